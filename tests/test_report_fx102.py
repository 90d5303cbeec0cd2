"""fx102 (pr30b-12): the report's "Not compared" line and the legend say what the comparison flags."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare
from aligner.report.common import FLAG_HELP, NOT_COMPARED_WORDS

SPEND = "We will spend {} 200 million euros."


@pytest.mark.parametrize(("x", "y"), [("more than", "less than"), ("more than", "at most"),
                                      ("more than", "no more than"), ("more than", "fewer than")])
def test_the_bounds_the_note_says_are_flagged_are(x: str, y: str) -> None:
    assert f"'{x}' against" in NOT_COMPARED_WORDS and f"'{y}'" in NOT_COMPARED_WORDS
    assert "negation" in compare(SPEND.format(x), SPEND.format(y)).flags


REWORDED = ("The ministry said it will spend {} 200 million euros on new schools next year.",
            "Next year the ministry will spend {} 200 million euros on schools, it said.")


@pytest.mark.parametrize(("x", "y"), [("at most", "at least"), ("over", "under"), ("up to", "at least")])
def test_the_bounds_the_note_flags_only_word_for_word_are_so(x: str, y: str) -> None:
    # the lead, after fx101's turned bound (bounds.turned_bound): a negation where every other word is the same
    assert f"'{x}' / '{y}'" in NOT_COMPARED_WORDS and "only where every other word" in NOT_COMPARED_WORDS
    assert "negation" in compare(SPEND.format(x), SPEND.format(y)).flags
    assert not set(compare(REWORDED[0].format(x), REWORDED[1].format(y)).flags) & set(DISTORTION_FLAGS)
    assert "only a bound turned into its opposite" not in NOT_COMPARED_WORDS


def test_units_the_note_says_are_flagged_are() -> None:
    assert "flagged only for masses, volumes, doses, power and energy" in NOT_COMPARED_WORDS  # not "units are not compared"
    assert "'50 micrograms' / '50 milligrams'" in NOT_COMPARED_WORDS
    assert "number" in compare("The patient got 50 micrograms of the drug.",
                               "The patient got 50 milligrams of the drug.").flags
    assert "'degrees Fahrenheit' / 'degrees Celsius'" in NOT_COMPARED_WORDS
    assert not compare("It was 30 degrees Fahrenheit.", "It was 30 degrees Celsius.").flags


def test_the_legend_names_what_wording_holds() -> None:
    rounded = compare("More than 61,000 people came to the rally on Sunday.",
                      "61,672 people came to the rally on Sunday.")
    assert rounded.flags == ["wording"]
    assert "rounded" in FLAG_HELP["wording"]
    idiom = compare("A coalition with them is not an option for us.",
                    "A coalition with them is out of the question for us.")
    assert idiom.flags == ["wording"]
    assert "negative idiom" in FLAG_HELP["wording"]
