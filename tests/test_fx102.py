"""fx102: negation flags against negative idioms (rv60-18), cuts before a negated tail (rv60-5),
whole sentences quoted in part (rv60-12: taken back by the lead after rt31-4 and pr31b-7)."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare

# --- rv60-18: the version without the negator says the negation in an idiom: worth a look

IDIOMS = [
    ("A cooperation with the AfD is not an option for us.", "Cooperation with the AfD is out of the question for us."),
    ("The SPD has hardly lost votes.", "The SPD lost very few votes."),
    ("The SPD has not lost many votes.", "The SPD lost very few votes."),
    ("A coalition with the Greens is not possible for us.", "A coalition with the Greens is off the table for us."),
]


@pytest.mark.parametrize(("a", "b"), IDIOMS)
def test_a_negative_idiom_is_worth_a_look_not_a_negation(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        rep = compare(x, y)
        assert "negation" not in rep.flags, rep.details
        assert "wording" in rep.flags
        assert "in its own words" in rep.details["wording"]


NEGATIONS = [
    ("A cooperation with the AfD is not an option for us.", "Cooperation with the AfD is an option for us."),
    ("The SPD has hardly lost votes.", "The SPD lost a lot of votes."),
    # the idiom on both sides: the negator one side adds is a negation of it
    ("Cooperation with the AfD is out of the question for us.",
     "Cooperation with the AfD is not out of the question for us."),
    ("We did not rule out a coalition.", "We ruled out a coalition."),
    ("We will work with them.", "We will never work with them."),
    # an idiom far from the negation does not speak for it
    ("We will not raise taxes on fuel or on food in the next two years, said the minister. Very few people expected it.",
     "We will raise taxes on fuel or on food in the next two years, said the minister. Very few people expected it."),
]


@pytest.mark.parametrize(("a", "b"), NEGATIONS)
def test_negations_next_to_idioms_stay_flagged(a: str, b: str) -> None:
    assert "negation" in compare(a, b).flags


def test_german_idiom_with_its_own_negator() -> None:
    rep = compare("Eine Koalition kommt für uns nicht infrage.", "Eine Koalition kommt für uns infrage.", lang="de")
    assert "negation" in rep.flags


# --- rv60-5: a version cut before a contrast tail (", not a blank cheque") is no negation

LONG = "We won 338 seats and 36.2% of the vote. That is a mandate for change, not a blank cheque."


def test_a_cut_before_a_negated_tail_is_no_negation() -> None:
    short = "We won 338 seats and 36.2 per cent of the vote. That is a mandate for change."
    rep = compare(LONG, short)
    assert "negation" not in rep.flags, rep.details
    assert "partial" in rep.flags and "not a blank cheque" in rep.details["partial"]
    rep = compare("That is a mandate for change, not a blank cheque.", "That is a mandate for change.")
    assert rep.flags == ["truncation"], rep.details


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("That is a mandate for change.", "That is not a mandate for change.", "en"),
    ("Das ist ein Auftrag für den Wandel, nicht für ein Weiter-so.", "Das ist kein Auftrag für den Wandel.", "de"),
    ("Wir erhöhen die Steuern.", "Wir erhöhen die Steuern nicht.", "de"),
])
def test_negations_near_a_contrast_tail_stay(a: str, b: str, lang: str) -> None:
    assert "negation" in compare(a, b, lang=lang).flags
