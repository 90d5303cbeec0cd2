"""Session 27, lead: mends found by the probe of the session's speaker rules (rv52)."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speaker(text: str, lang: str = "en"):
    quotes = normalise_speakers(extract_quotes(Article(id="t", text=text, language=lang)))
    assert quotes, text
    return quotes[0].speaker


@pytest.mark.parametrize("opener", ["But", "And", "Yesterday", "Later"])
def test_word_opening_the_clause_is_no_first_name_before_for_party(opener):
    sp = _speaker(f'Rachel Reeves spoke. "We will fix the roads by spring," {opener} Reeves for Labour said.')
    assert sp is not None and sp.name == "Reeves"


def test_full_name_before_for_party_stays_whole():
    sp = _speaker('"We will fix the roads by spring," Rachel Reeves for Labour said.')
    assert sp is not None and sp.name == "Rachel Reeves"


@pytest.mark.parametrize(("before", "word"), [("In Scotland the party is weak.", "Scotland"),
                                              ("Orthodox Jews are split.", "Jews"), ("The Unite union met.", "Unite")])
def test_a_capitalised_word_before_the_lone_word_is_no_full_name(before, word):
    # rt27: any capitalised word before it counted as the person's full name ("In Scotland … Scotland for Labour said")
    sp = _speaker(f'{before} "We will vote no," {word} for Labour said.')
    assert sp is None or sp.name != word


@pytest.mark.parametrize("word", ["Jews", "Scotland", "Britain", "Unite", "Momentum"])
def test_a_lone_word_before_for_party_named_nowhere_else_is_no_person(word):
    # rt27: a place or a group before "for Labour" became a person's name at 0.9 (en31 6224d2f)
    sp = _speaker(f'"We will fight this decision in every court," {word} for Labour said on Monday.')
    assert sp is None or sp.name != word


def test_a_quote_that_ends_its_sentence_keeps_its_colon_frame():
    # rv52: en31 cc2a9b8's late inverted frame gave the tweet to the one who said it was deleted (Anna Lee 0.9)
    sp = _speaker('Tom Reed tweeted: "We will win this seat." it was deleted within an hour, said Anna Lee.')
    assert sp is None or sp.name != "Anna Lee"


def test_a_stray_quote_pair_after_a_verb_of_saying_does_not_crash():
    # rt27: an empty subject span raised IndexError in frames_de (pre-existing on 90988a2); the article lost every quote
    text = 'Neue Regeln\n\nteilten " “\n\nDer Minister sagte: „Das ist gut für die Stadt.“'
    quotes = extract_quotes(Article(id="t", text=text, language="de"), language="de")
    assert any("Das ist gut" in q.text for q in quotes)


def test_not_before_against_only_from_with_another_verb_is_still_a_negation():
    # rt27: fx74's 'nicht vor' / 'erst ab' equivalence hid an opposite verb around the same date
    from aligner.match.consistency import compare

    changed = compare("Die Brücke wird nicht vor dem 18. Mai für den Verkehr geöffnet",
                      "Die Brücke wird erst ab dem 18. Mai für den Verkehr gesperrt", lang="de")
    same = compare("Die Brücke wird nicht vor dem 18. Mai für den Verkehr geöffnet",
                   "Die Brücke wird erst ab dem 18. Mai für den Verkehr geöffnet", lang="de")
    assert "negation" in changed.flags and "negation" not in same.flags


@pytest.mark.parametrize(("a", "b"), [
    ("We will not lift the restrictions before May 18 in any region", "We will lift the restrictions only from May 18 in any region"),
    ("We do not want an agreement before the election, said the minister", "We want an agreement only after the election, said the minister"),
])
def test_not_before_against_only_from_is_one_meaning_with_other_words_around(a, b):
    # rt27: _same_but_bound dropped the bound words ('in', 'the') and do-support from one side only
    from aligner.match.consistency import compare

    assert "negation" not in compare(a, b, lang="en").flags


def test_not_before_a_place_is_no_time_bound():
    # rt27: 'before the court' / 'only in the court' is no time: the negation stays (as at 90988a2)
    from aligner.match.consistency import compare

    flags = compare("We will not stand before the court and lie to the judges",
                    "We will stand only in the court and lie to the judges", lang="en").flags
    assert "negation" in flags
