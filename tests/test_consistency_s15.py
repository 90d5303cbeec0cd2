"""Session 15: the same statement said from the other side, shares written in words, a
reworded reversal, a degree sign read as a zero, a negated polar question (all sentences
invented for these tests).  And the distortions next to them that must stay flagged."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _opposed_or_number(a: str, b: str, lang: str = "en") -> list[str]:
    flags = set(compare(a, b, with_bleu=False, lang=lang).flags) | set(compare(b, a, with_bleu=False, lang=lang).flags)
    return sorted(flags & {"negation", "number"})


@pytest.mark.parametrize("a, b, lang", [
    ("The krone rose 3 percent against the zloty on Friday, traders said.",
     "The zloty fell 3 percent against the krone on Friday, traders said.", "en"),
    ("Der Rubel stieg am Montag gegenüber dem Dollar, sagten Händler.",
     "Der Dollar fiel am Montag gegenüber dem Rubel, sagten Händler.", "de"),
    ("Der Rubel ist gegenüber dem Dollar deutlich gestiegen, sagten Händler.",
     "Der Dollar ist gegenüber dem Rubel deutlich gefallen, sagten Händler.", "de"),
    ("Der Rubel stieg am Montag zum Dollar, sagten Händler.",
     "Der Dollar fiel am Montag zum Rubel, sagten Händler.", "de"),
])
def test_the_two_sides_of_a_comparison_swapped_with_the_direction_say_the_same(a, b, lang):
    assert _opposed_or_number(a, b, lang) == []


def test_one_side_of_a_comparison_going_the_other_way_is_still_the_opposite():
    assert _opposed_or_number("The krone rose 3 percent against the zloty on Friday, traders said.",
                              "The krone fell 3 percent against the zloty on Friday, traders said.") == ["negation"]
    assert _opposed_or_number("Der Franken stieg am Montag gegenüber dem Pfund, sagten Händler.",
                              "Der Franken fiel am Montag gegenüber dem Pfund, sagten Händler.", "de") == ["negation"]
    # the same side rising in both, against the other: no direction changed, no flag either way
    assert _opposed_or_number("The krone rose 3 percent against the zloty on Friday, traders said.",
                              "The zloty rose 3 percent against the krone on Friday, traders said.") == []
