"""fx138: speakers from session 36's review rv80 (rv80-17, -21, -24, -23, -25, -11).  Invented sentences."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _quotes(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None) for q in quotes]


def _speaker_of(text: str, lang: str, words: str) -> tuple[str | None, float | None]:
    found = [(name, conf) for t, name, conf in _quotes(text, lang) if words in t]
    assert found, (text, _quotes(text, lang))
    return found[0]


# --- rv80-17: the words of an indirect question in marks are the asker's, never the answerer's --------------------

@pytest.mark.parametrize("text,lang,words", [
    ('Asked whether "the tunnel project is dead", Marta Kellner said the council would decide in spring.', "en",
     "tunnel project is dead"),
    ('When a journalist asked if "the tunnel project is dead", Kellner replied: "We decide in spring."', "en",
     "tunnel project is dead"),
    ('Pressed on whether "the tunnel project is dead", Kellner answered that the council would decide in spring.',
     "en", "tunnel project is dead"),
    ('"We decide in spring," Kellner said when asked whether "the tunnel project is dead".', "en",
     "tunnel project is dead"),
    ("Auf die Frage, ob „das Tunnelprojekt tot ist“, sagte Kellner, der Rat entscheide im Frühjahr.", "de",
     "Tunnelprojekt tot ist"),
    ("Gefragt, ob „das Tunnelprojekt tot ist“, antwortete Kellner, der Rat entscheide im Frühjahr.", "de",
     "Tunnelprojekt tot ist"),
])
def test_asked_question_in_marks_is_not_the_answerers(text, lang, words):
    name, conf = _speaker_of(text, lang, words)
    assert name is None or "Kellner" not in name or (conf or 0) < 0.8, (name, conf)


@pytest.mark.parametrize("text,lang,words,who", [
    ('A journalist asked whether "the tunnel project is dead".', "en", "tunnel project is dead", None),
    ('"The tunnel project is dead," Kellner said when asked whether the council would vote.', "en",
     "tunnel project is dead", "Kellner"),
    ('When asked about the vote, Kellner said: "The tunnel project is dead."', "en", "tunnel project is dead", "Kellner"),
    ("„Das Tunnelprojekt ist tot“, sagte Kellner auf die Frage, ob der Rat abstimmt.", "de", "Tunnelprojekt ist tot",
     "Kellner"),
])
def test_answers_next_to_a_question_keep_their_speaker(text, lang, words, who):
    name, conf = _speaker_of(text, lang, words)
    if who is None:
        assert name is None or "Kellner" not in name
    else:
        assert name is not None and who in name and (conf or 0) >= 0.8, (name, conf)


# --- rv80-21: a former holder named with an acronym's office ("Former NATO Chief ...") is no candidate for "the <role>" ---

@pytest.mark.parametrize("text", [
    'Former IMF President Jonas Ekberg criticised the plan. "We will not wait," the IMF president said.',
    'Former IMF President Jonas Ekberg criticised the plan. "We will not wait," the president said on Monday.',
    'Ex-NATO President Jonas Ekberg criticised the plan. "We will not wait," the NATO president said.',
])
def test_former_holder_of_an_acronyms_office_is_not_the_holder(text):
    name, _ = _speaker_of(text, "en", "We will not wait")
    assert name is None or "Ekberg" not in name


@pytest.mark.parametrize("text,who", [
    ('IMF President Jonas Ekberg criticised the plan. "We will not wait," the IMF president said.', "Ekberg"),
    ('Former IMF President Jonas Ekberg met IMF President Carla Renzi. "We will not wait," the IMF president said.', "Renzi"),
])
def test_sitting_holder_of_an_acronyms_office_still_resolves(text, who):
    name, conf = _speaker_of(text, "en", "We will not wait")
    assert name is not None and who in name and (conf or 0) >= 0.8, (name, conf)


# --- rv80-24 / rv80-23: an unnamed trader, policymaker or insider is a role, never a name -------------------------

@pytest.mark.parametrize("text,lang", [
    ('"Bond markets look tired," said one Paris-based trader.', "en"),
    ('"Bond markets look tired," said a bond trader on Tuesday.', "en"),
    ('"Bond markets look tired," said Frankfurt insiders.', "en"),
    ("„Die Anleihemärkte wirken müde“, sagte ein Münchner Händler.", "de"),
    ("„Die Anleihemärkte wirken müde“, sagte ein Anleihehändler am Dienstag.", "de"),
    ("„Die Anleihemärkte wirken müde“, sagte ein Wiener Devisenhändler.", "de"),
])
def test_unnamed_market_source_has_no_name(text, lang):
    name, _ = _speaker_of(text, lang, "Bond markets" if lang == "en" else "wirken")
    assert name is None, name


@pytest.mark.parametrize("text,lang,who", [
    ('"Bond markets look tired," said Lena Trader, a strategist at Nordbank.', "en", "Lena Trader"),
    ('"Bond markets look tired," said trader Lena Kraus.', "en", "Lena Kraus"),
    ("„Die Anleihemärkte wirken müde“, sagte Petra Händler.", "de", "Petra Händler"),
    ("„Die Anleihemärkte wirken müde“, sagte Devisenhändlerin Petra Kraus.", "de", "Petra Kraus"),
])
def test_traders_named_keep_their_name(text, lang, who):
    name, conf = _speaker_of(text, lang, "Bond markets" if lang == "en" else "wirken")
    assert name == who and (conf or 0) >= 0.8, (name, conf)


# --- rv80-25: a deputy's or shadow's compound office is another office; "the rapporteur" is a role ----------------

@pytest.mark.parametrize("text,lang", [
    ("Bundesbank-Vizepräsidentin Carla Renzi eröffnete die Tagung. „Wir bleiben wachsam“, sagte die Präsidentin.", "de"),
    ("Der Grünen-Schattenberichterstatter Jonas Ekberg lehnte den Text ab. „Wir bleiben wachsam“, sagte der Berichterstatter.", "de"),
    ('Greens shadow rapporteur Jonas Ekberg rejected the text. "We stay alert," the rapporteur said.', "en"),
])
def test_deputy_or_shadow_is_not_the_holder(text, lang):
    name, _ = _speaker_of(text, lang, "wachsam" if lang == "de" else "alert")
    assert name is None, name


@pytest.mark.parametrize("text,lang,who", [
    ("Bundesbank-Präsidentin Carla Renzi eröffnete die Tagung. „Wir bleiben wachsam“, sagte die Präsidentin.", "de", "Carla Renzi"),
    ("Bundesbank-Vizepräsidentin Carla Renzi eröffnete die Tagung. „Wir bleiben wachsam“, sagte die Vizepräsidentin.", "de",
     "Carla Renzi"),
    ("Regierungssprecher Jonas Ekberg trat vor die Presse. „Wir bleiben wachsam“, sagte der Sprecher.", "de", "Jonas Ekberg"),
])
def test_same_office_still_resolves(text, lang, who):
    name, conf = _speaker_of(text, lang, "wachsam")
    assert name == who and (conf or 0) >= 0.8, (name, conf)
