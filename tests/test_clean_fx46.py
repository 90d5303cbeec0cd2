"""Narrower cleaning rules after read-through rt23: a cleaner must never drop article
text.  Interview answers after a quotation, sentences about cookies, one-word sentences
opening a paragraph and classes that merely contain 'table' stay.  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.readers import _kind_of
from tests.test_clean_fx40 import DE_BODY, EN_BODY, _kept, _kept_in_middle, _sentences

# -- 1. an answer after a quotation is no pull quote ------------------------------------

@pytest.mark.parametrize("question, answer", [
    ("Frau Weber, Sie haben einmal gesagt: „Der Markt wird es richten.“ Glauben Sie das noch?",
     "„Der Markt wird es richten“ – ja, das glaube ich noch heute."),
    ("Ms Weber, you once said: \"The market will sort it out.\" Do you still believe that?",
     "\"The market will sort it out\" - yes, I still believe that today."),
    ("Your coach said after the final: \"We were simply not good enough.\" Is he right?",
     "\"We were simply not good enough\" - that is too harsh."),
    ("Herr Kern, Ihr Trainer sagte: „Wir waren einfach nicht gut genug.“ Hat er recht?",
     "„Wir waren einfach nicht gut genug“ – das ist mir zu hart"),
    ("You wrote in 2019: \"Nobody will buy electric lorries.\" Were you wrong?",
     "\"Nobody will buy electric lorries\" - well, I was wrong about the timing"),
    ("Sie schrieben 2019: „Niemand wird Elektro-Lkw kaufen.“ Lagen Sie falsch?",
     "„Niemand wird Elektro-Lkw kaufen“ — damals stimmte das auch!"),
    ("Asked about it, she said: \"We will not raise taxes.\" Her party disagreed.",
     "\"We will not raise taxes\" - a promise she repeated twice"),
    ("Er rief: „Wir sind das Volk!“ Tausende stimmten ein.", "„Wir sind das Volk“ – so klang es in Leipzig"),
])
def test_interview_answer_repeating_the_question_stays(question, answer):
    body = DE_BODY if "„" in question else EN_BODY
    assert all(_kept(body[:2] + [question, answer] + body[2:]))


@pytest.mark.parametrize("line", [
    "\"We grew too fast\" - Linda Park, CEO",
    "\"We grew too fast\" - Linda Park, chief executive of Acme",
])
def test_pull_quote_with_a_name_after_the_dash_still_goes(line):
    body = [EN_BODY[0], "\"We grew too fast,\" said Linda Park, who founded the company in 2009.",
            EN_BODY[1], line, EN_BODY[2]]
    assert _kept(body) == [True, True, True, False, True]


def test_german_pull_quote_with_role_after_the_dash_still_goes():
    body = [DE_BODY[0], "„Wir fordern einen Baustopp“, sagte Anna Weber am Montag in der Sitzung.",
            DE_BODY[1], "„Wir fordern einen Baustopp“ – Anna Weber, Sprecherin der Grünen", DE_BODY[2]]
    assert _kept(body) == [True, True, True, False, True]


# -- 2. sentences about cookies are no banner -----------------------------------------

@pytest.mark.parametrize("line, body", [
    ("We use cookies to improve your experience. Regulators say that is not consent.", EN_BODY),
    ("This site uses cookies. Privacy campaigners call that illegal.", EN_BODY),
    ("We use cookies to improve your experience. That banner alone does not amount to consent under EU law.", EN_BODY),
    ("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Datenschützer halten das für unzulässig.", DE_BODY),
    ("Diese Website verwendet Cookies. Verbraucherschützer sehen darin keine echte Zustimmung.", DE_BODY),
    ("Diese Website verwendet Cookies. Sie akzeptieren diese Praxis nicht, klagen die Verbraucherschützer.", DE_BODY),
    ("This site uses cookies. Critics argue the privacy settings are hidden too deep.", EN_BODY),
    ("This website uses cookies. Settings are hard to find, critics say.", EN_BODY),
    ("Wir setzen Cookies ein. Einverstanden sind damit laut Umfrage nur 12 Prozent der Nutzer.", DE_BODY),
])
def test_sentences_about_cookie_banners_stay(line, body):
    assert _kept_in_middle(line, body)


@pytest.mark.parametrize("line, body", [
    ("Diese Website verwendet Cookies. Mehr erfahren", DE_BODY),
    ("This site uses cookies. Learn more", EN_BODY),
    ("We use cookies to improve your experience. By continuing you agree to our privacy policy.", EN_BODY),
    ("Wir verwenden Cookies, um Ihnen ein gutes Nutzungserlebnis zu bieten. Mit Klick auf Akzeptieren stimmen Sie zu.", DE_BODY),
    ("This site uses cookies. OK", EN_BODY),
])
def test_cookie_banners_still_go(line, body):
    assert not _kept_in_middle(line, body)


# -- 3. a one-word sentence opening a paragraph is no dateline ---------------------------

@pytest.mark.parametrize("lang, text, first", [
    ("en", "Fake. That is what the president called the report on Monday.", "Fake."),
    ("de", "Krieg. Das Wort fiel am Montag im Bundestag gleich mehrfach.", "Krieg."),
    ("de", "Die Züge fahren wieder.\n\nChaos. Die Bahn hat am Montag erneut Verspätungen gemeldet.", "Die Züge"),
    ("en", "The trains run again.\n\nChaos. Commuters waited for hours at the main station on Monday.", "The trains"),
    ("de", "Die Lage bleibt ernst.\n\nPanik. So beschrieb eine Anwohnerin die Stimmung am Abend.", "Die Lage"),
])
def test_one_word_sentence_stays(lang, text, first):
    sents = _sentences(text, lang)
    word = text.split("\n\n")[-1].split()[0]
    assert sents[0].startswith(first) and word in sents


@pytest.mark.parametrize("lang, text, gone", [
    ("en", "The trade row grows.\n\nWASHINGTON. The president said on Monday that he would sign the bill.", "WASHINGTON."),
    ("de", "Die Regierung ringt um Einigkeit.\n\nBerlin (dpa). Die Koalition hat sich am Montag geeinigt.", "Berlin (dpa)."),
])
def test_datelines_still_go(lang, text, gone):
    assert gone not in _sentences(text, lang)


@pytest.mark.parametrize("lang, text, word", [
    ("de", "Washington. US-Präsident Donald Trump hat am Montag neue Zölle angekündigt.", "Washington."),
    ("de", "Allgemein. Die Anzeige wird mit dem Schalter auf die gewünschte Sprache eingestellt.", "Allgemein."),
])
def test_a_capitalised_word_alone_stays_a_sentence(lang, text, word):
    """Only a word in capitals or with an agency is a dateline for sure; 'Washington.' or a manual's heading
    'Allgemein.' stays a sentence of its own (left out of every sentence, such a word shifted a quote's span in a
    WMT23 manual and gave a false truncation flag)."""
    assert word in _sentences(text, lang)


# -- 4. 'table' as a word, not inside 'notable' -----------------------------------------

@pytest.mark.parametrize("context, kind", [
    ("div.notable-quote p", "html-boilerplate"),
    ("div.stable-layout p", "html-boilerplate"),
    ("table td", "html-table"),
    ("div.data-table td", "html-table"),
    ("nav.main-navigation li", "html-navigation"),
    ("div.site-comments p", "html-comments"),
])
def test_kind_of_matches_words(context, kind):
    assert _kind_of(context) == kind
