"""Consistency flags: synthetic distortions are flagged, MT-like variation is not."""

from __future__ import annotations

import pytest

from aligner.match.consistency import (
    NOISE_CHRF_P05,
    compare,
    inconsistency,
    negation_count,
    numbers,
    tokens,
    word_diff,
)

BASE = "We will not accept any deployment of missiles near our borders, and we expect an answer by 15 February."

# Two renderings of one statement as different MT systems would give it (written for
# this test): synonyms, word order, contractions; no change of meaning.
MT_VARIANTS = [
    ("We will not accept any deployment of missiles near our borders, and we expect an answer by 15 February.",
     "We won't accept any stationing of missiles close to our borders and we expect a response by February 15."),
    ("The talks were constructive, but the decisive questions remain open.",
     "The talks were constructive, but the crucial issues are still unresolved."),
    ("Russia has no plans to attack anyone, the spokesman told reporters on Tuesday.",
     "Russia does not plan to attack anybody, the spokesman told journalists on Tuesday."),
    ("We expect about 300 delegates from 40 countries at the conference in March.",
     "We are expecting around 300 delegates from 40 countries at the March conference."),
]


def test_tokens_split_contractions():
    assert tokens("We won't go") == ["we", "will", "n't", "go"]
    assert negation_count(tokens("I cannot and will not")) == 2


def test_numbers_normalised():
    assert numbers("100,000 soldiers and 100.000 more") == ["100000", "100000"]
    assert numbers("in March, twenty people") == ["20", "March"]


def test_negation_flagged_both_ways():
    added = compare(BASE, BASE.replace("will not accept", "will accept"))
    assert "negation" in added.flags
    removed = compare("We will accept the offer.", "We will never accept the offer.")
    assert "negation" in removed.flags


def test_number_and_date_flagged():
    rep = compare(BASE, BASE.replace("15 February", "25 February"))
    assert rep.flags == ["number"]
    rep = compare(BASE, BASE.replace("February", "March"))
    assert "number" in rep.flags
    rep = compare("There are almost 100,000 soldiers at the border.", "There are almost 10,000 soldiers at the border.")
    assert "number" in rep.flags


def test_truncation_flagged_and_not_number():
    half = "We will not accept any deployment of missiles near our borders"
    rep = compare(BASE, half)
    assert "truncation" in rep.flags
    # the dropped half had the date: a truncation drops it legitimately
    assert "number" not in rep.flags and "negation" not in rep.flags


def test_truncation_with_changed_number_in_kept_part():
    rep = compare("Russia has 100,000 soldiers at the border, and the exercises will go on until March.",
                  "Russia has 50,000 soldiers at the border")
    assert "truncation" in rep.flags and "number" in rep.flags


def test_speaker_flag_from_compare():
    rep = compare(BASE, BASE, speaker_a="ryabkov", speaker_b="peskov")
    assert rep.flags == ["speaker"]
    assert compare(BASE, BASE, speaker_a="ryabkov", speaker_b="ryabkov").flags == []


@pytest.mark.parametrize("a,b", MT_VARIANTS)
def test_mt_variation_not_flagged(a, b):
    rep = compare(a, b)
    assert not set(rep.flags) & {"negation", "number", "speaker", "truncation", "paraphrase"}, rep.to_dict()


def test_paraphrase_below_noise_band():
    rep = compare("We will respond decisively to any provocation.",
                  "Moscow's answer to provocations would be firm, the official made clear.")
    assert rep.chrf < NOISE_CHRF_P05
    assert "paraphrase" in rep.flags


def test_wording_flag_for_unrelated_substitution():
    a = "in accordance with the principles of strategic partnership and the traditions of friendship and mutual understanding"
    b = "in accordance with the principles of strategic partnership and the traditions of friendship and mutual getting-to-know"
    rep = compare(a, b)
    assert "wording" in rep.flags
    assert rep.details["wording"] == "understanding vs getting-to-know"
    # a synonym-free identical pair has no flag at all
    assert compare(a, a).flags == []


def test_word_diff_ops():
    ops = [(d.op, d.a, d.b) for d in word_diff("the quick brown fox", "the slow brown fox jumps")]
    assert ops == [("equal", "the", "the"), ("replace", "quick", "slow"), ("equal", "brown fox", "brown fox"), ("insert", "", "jumps")]


def test_inconsistency_orders_by_flags():
    calm = [{"chrf": 0.9, "flags": []}]
    bad = [{"chrf": 0.9, "flags": ["negation"]}]
    assert inconsistency(bad) > inconsistency(calm) > 0
    assert inconsistency([]) == 0.0


def test_weekday_and_month_differences_are_named_in_the_flag_details():
    from aligner.match.consistency import numbers

    assert numbers("They met on Monday in March.") == ["March", "Monday"]
    assert numbers("talks on Tuesday") != numbers("talks on Monday")
