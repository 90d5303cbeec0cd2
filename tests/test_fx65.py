"""fx65 (session 26): consistency flags on one wire story as several outlets ran it
(product review rv48).  Invented sentences only."""
from __future__ import annotations

from pathlib import Path

import pytest

import aligner
from aligner.match.consistency import compare, number_flag, word_diff
from aligner.match.equivalents import shares

PLANT = "The merger was a hard choice, but the plant has lost money for five straight years"


def _run(tmp: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    """articles: file name -> (outlet, title, text); all English, one date."""
    src = tmp / "in"
    src.mkdir()
    rows = ["file\toutlet\tlanguage\tdate\ttitle"]
    for name, (outlet, title, text) in articles.items():
        (src / name).write_text(text, encoding="utf-8")
        rows.append(f"{name}\t{outlet}\ten\t2026-03-02\t{title}")
    (src / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp / "run"
    aligner.run([str(src)], str(out))
    return out


def _pairs(out: Path) -> list[aligner.ClusterPair]:
    return [p for c in aligner.RunStore(str(out)).read("clusters.jsonl", aligner.Cluster) for p in c.pairs]


# ---------------------------------------------------------------- square brackets: the outlet's words

@pytest.mark.parametrize("inserted", ["[the Norbury works]", "[Castell]", "[the old Norbury works]"])
def test_bracketed_insertion_is_no_wording_flag(inserted):
    rep = compare(PLANT, PLANT.replace("the plant", inserted))
    assert "wording" not in rep.flags and "paraphrase" not in rep.flags, rep.flags
    assert rep.details["bracketed"].startswith("bracketed insertion, not compared")


def test_bracketed_stretch_is_one_diff_token():
    ops = [d for d in word_diff(PLANT, PLANT.replace("the plant", "[the Norbury works]")) if d.op != "equal"]
    assert [(d.a, d.b) for d in ops] == [("the plant", "[the Norbury works]")]


def test_a_wording_change_outside_the_brackets_is_still_flagged():
    other = PLANT.replace("the plant", "[the Norbury works]").replace("hard", "cruel")
    rep = compare(PLANT, other)
    assert rep.flags == ["wording"] and rep.details["wording"] == "hard vs cruel"


def test_same_bracketed_words_on_both_sides_are_equal_and_unnoted():
    text = PLANT.replace("the plant", "[the Norbury works]")
    assert "bracketed" not in compare(text, text).details


def test_omission_mark_in_brackets_is_no_insertion_note():
    rep = compare(PLANT, PLANT.replace("hard choice, but", "hard choice [...] but"))
    assert "bracketed" not in rep.details


def test_number_inside_brackets_against_another_number_still_flags():
    # the brackets keep the wording flag away, never the number flag
    rep = compare("we will hire 40 new drivers by the spring", "we will hire [60] new drivers by the spring")
    assert rep.flags == ["number"], rep.flags


# ---------------------------------------------------------------- shares: "one of the four hundred"

@pytest.mark.parametrize("a, b", [
    ("every one of the three hundred nurses will keep a job", "every one of the 300 nurses will keep a job"),
    ("one of the two hundred drivers was hurt", "one of the 200 drivers was hurt"),
    ("one in five hundred homes has no heating", "one in 500 homes has no heating"),
    ("two of the three dozen ferries were late", "two of the 36 ferries were late"),
])
def test_number_words_with_a_multiplier_read_as_one_count(a, b):
    assert number_flag(a, b) is None


def test_a_share_of_hundreds_that_differs_is_still_flagged():
    got = number_flag("every one of the three hundred nurses will keep a job",
                      "every one of the 400 nurses will keep a job")
    assert got is not None and "300" in got and "400" in got


def test_share_reader_values_with_multipliers():
    assert [round(s[2], 6) for s in shares("one of the four hundred workers")] == [0.0025]
    assert [round(s[2], 6) for s in shares("two hundred of the four hundred seats")] == [0.5]
    assert [round(s[2], 6) for s in shares("four of the nine seats")] == [round(4 / 9, 6)]
    assert shares("one of the four thousand workers") == []  # a count before a scale word: not 1/4
    assert shares("one in four hundred thousand") == []
