"""The scorer's test of a speaker against a gold source that is a possessive with a noun of view
("seiner Meinung nach"): the possessor is the source, as for a pronoun; other possessed nouns are
other people.  Invented sentences."""

from __future__ import annotations

from aligner.model import Speaker
from aligner.quotes import evaluate
from aligner.quotes.evaluate import gold_direct, speaker_right

TEXT = ("Paul Krüger forderte eine Untersuchung. Die Regierung schwieg. Es habe sich seiner Meinung nach um einen "
        "„schweren Angriff auf Zivilisten“ gehandelt.")


def _gold(source: str) -> dict:
    a, s = TEXT.index("schweren Angriff"), TEXT.index(source)
    message = (a, a + len("schweren Angriff auf Zivilisten"))
    annotated = [{"cls": "direct", "message": [message], "source": [(s, s + len(source))]},
                 {"cls": "indirect", "message": [(14, 38)], "source": [(0, 11)]}]  # "Paul Krüger" forderte …
    (g,), _ = gold_direct(TEXT, annotated, {0})
    return g


def test_the_possessor_of_a_view_is_the_source():
    g = _gold("seiner Meinung")
    kruger = Speaker(mention="Paul Krüger", start=0, end=11, name="Paul Krüger")
    assert speaker_right(TEXT, Speaker(mention="Krüger", name="Paul Krüger"), g["source_chars"], g["alt_words"])
    assert speaker_right(TEXT, kruger, g["source_chars"], g["alt_words"])
    assert not speaker_right(TEXT, Speaker(mention="die Regierung", name="Regierung"), g["source_chars"], g["alt_words"])


def test_the_old_test_is_kept_behind_a_switch():
    evaluate.POSSESSIVE_SOURCES["on"] = False
    try:
        g = _gold("seiner Meinung")
        assert not speaker_right(TEXT, Speaker(mention="Krüger", name="Paul Krüger"), g["source_chars"], g["alt_words"])
    finally:
        evaluate.POSSESSIVE_SOURCES["on"] = True


def test_a_possessed_person_is_not_the_possessor():
    assert not evaluate._pronoun_source("sein Anwalt", [(0, 11)])
    assert evaluate._pronoun_source("ihrer Ansicht", [(0, 13)])
