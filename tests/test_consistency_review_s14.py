"""Same statement, no flag: 'up' / 'down' as a verb's particle, 'grew' before a comparative,
one share or count written two ways (the reviewer's reproducers of session 14; all
sentences invented).  And the distortions next to them that must stay flagged."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare, numbers
from aligner.match.equivalents import _dates, shares


def _opposed_or_number(a: str, b: str, lang: str = "en") -> list[str]:
    flags = set(compare(a, b, with_bleu=False, lang=lang).flags) | set(compare(b, a, with_bleu=False, lang=lang).flags)
    return sorted(flags & {"negation", "number"})


@pytest.mark.parametrize("a, b", [
    ("The index gave up 2 percent on Monday.", "The index dropped 2 percent on Monday."),
    ("Stocks are down 5 percent.", "Stocks gave up 5 percent."),
    ("He backed down 2 days later.", "He gave up 2 days later."),
    ("Shares ended up 5 percent lower.", "Shares ended down 5 percent."),
])
def test_particle_up_or_down_before_a_figure_is_no_direction(a, b):
    assert _opposed_or_number(a, b) == []


def test_grew_smaller_is_no_rise():
    assert _opposed_or_number("The number of fans dropped from 500 to 300.",
                              "The number of fans grew smaller, from 500 to 300.") == []


@pytest.mark.parametrize("a, b", [
    ("A fifth of the members voted yes.", "20 percent of the members voted yes."),
    ("One in four members voted yes.", "25 percent of the members voted yes."),
    ("Two thirds of voters stayed home.", "66 percent of voters stayed home."),
    ("Two dozen people died.", "24 people died."),
])
def test_one_share_or_count_written_two_ways_is_no_number_change(a, b):
    assert _opposed_or_number(a, b) == []


@pytest.mark.parametrize("a, b, flag", [
    ("Orders at the bakery were still up 4 percent in March.",
     "Orders at the bakery were still down 4 percent in March.", "negation"),
    ("The harbour index closed down 3 points on Tuesday.",
     "The harbour index rose 3 points on Tuesday.", "negation"),
    ("The queue at the ferry grew from 40 to 90 cars.",
     "The queue at the ferry shrank from 40 to 90 cars.", "negation"),
    ("A fifth of the rowers trained at night.", "A third of the rowers trained at night.", "number"),
    ("One in four rowers trained at night.", "One in three rowers trained at night.", "number"),
    ("One in four rowers trained at night.", "40 percent of the rowers trained at night.", "number"),
    ("Two dozen rowers trained at night.", "Three dozen rowers trained at night.", "number"),
    ("Two dozen rowers trained at night.", "30 rowers trained at night.", "number"),
    ("The fifth regatta was cancelled.", "The fourth regatta was cancelled.", "number"),
])
def test_the_distortions_next_to_them_are_still_flagged(a, b, flag):
    assert flag in _opposed_or_number(a, b)


def test_a_bare_ordinal_is_no_share_and_one_in_n_is_one():
    assert shares("The fifth regatta was cancelled.") == []
    assert sorted(round(s[2], 3) for s in shares("One in eight rowers, a tenth of the crews.")) == [0.1, 0.125]
    assert numbers("One in eight rowers, two dozen boats.") == ["24"]


def test_one_in_one_is_no_share():
    assert numbers("The dog is 1 in 1 my child.") == ["1", "1"]
    assert shares("The dog is 1 in 1 my child.") == []


def test_negative_growth_is_a_fall_not_a_rise():
    assert _opposed_or_number("The orchard's yield saw negative growth of 3 percent this season.",
                              "The orchard's yield saw a drop of 3 percent this season.") == []
    assert "negation" in _opposed_or_number("The orchard's yield saw growth of 3 percent this season.",
                                            "The orchard's yield saw a drop of 3 percent this season.")


@pytest.mark.parametrize("words, figure", [
    ("Dreizehn", "13"), ("Neunzehn", "19"), ("Sechzig", "60"), ("Neunzig", "90"),
    ("Einundzwanzig", "21"), ("Siebenundachtzig", "87"), ("Fünfunddreißig", "35"),
])
def test_german_teens_tens_and_their_compounds_are_numbers(words, figure):
    assert _opposed_or_number(f"{words} Menschen warteten am Hafen.", f"{figure} Menschen warteten am Hafen.",
                              lang="de") == []
    assert numbers(f"{words} Menschen warteten am Hafen.", "de") == [figure]


@pytest.mark.parametrize("a, b", [
    ("Dreizehn Menschen warteten am Hafen.", "30 Menschen warteten am Hafen."),
    ("Sechzig Menschen warteten am Hafen.", "16 Menschen warteten am Hafen."),
    ("Dreiundzwanzig Menschen warteten am Hafen.", "32 Menschen warteten am Hafen."),
])
def test_a_different_german_number_word_is_flagged(a, b):
    assert "number" in _opposed_or_number(a, b, lang="de")


def test_no_compound_beyond_the_tens_and_units_rule():
    assert numbers("Zehnundzwanzig und einsundzwanzig Boote.", "de") == []


def test_one_month_table_read_alone_and_next_to_a_day():
    from aligner.match.consistency import DATE_WORDS, DATE_WORDS_DE
    from aligner.match.equivalents import MONTHS, MONTHS_ALONE

    assert set(MONTHS_ALONE) < set(MONTHS)
    assert {"may", "mai", "jan", "mar"}.isdisjoint(set(DATE_WORDS) | set(DATE_WORDS_DE))
    assert DATE_WORDS["march"] == DATE_WORDS_DE["märz"]
    assert numbers("We may go in March, Jan said.") == ["March"]


def test_may_the_modal_verb_is_no_date():
    assert _dates("All 5 may go home on Friday.") == []
    assert _dates("They met on 5 May and on Jan 3.") != []
    assert len(_dates("They met on 5 May and on Jan 3.")) == 2
    assert _opposed_or_number("All 5 may go home on 5 May.", "All 5 can go home on May 5.") == []
    assert "number" in _opposed_or_number("All 5 may go home on 5 May.", "All 5 can go home on May 6.")


def test_a_third_of_nine_against_four_of_nine_is_a_number_change():
    assert "number" in _opposed_or_number("A third of the 9 seats went to the Greens.",
                                          "4 of the 9 seats went to the Greens.")
    assert _opposed_or_number("A third of the 9 seats went to the Greens.",
                              "3 of the 9 seats went to the Greens.") == []
    assert _opposed_or_number("Half of the 10 boats sank.", "5 out of 10 boats sank.") == []
    assert [round(s[2], 3) for s in shares("4 of the 9 seats, 3 of 10 percent")] == [0.1, 0.444]
