"""fx102: negation flags against negative idioms (rv60-18), cuts before a negated tail (rv60-5: taken back by the lead after rt31-12),
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
