"""fx120: false serious flags on relative dates, ratios, a question and its answer, two
translations of one short answer (session 33 reviewers' findings rv70-25, rv70-26,
rv69-17, rv69-18)."""

from __future__ import annotations

import pytest

from aligner.match.clusters import build_clusters
from aligner.match.consistency import compare
from aligner.model import QuoteVersion


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# --- rv70-25: a count of years against a year -------------------------------------

@pytest.mark.parametrize("a,b,lang", [
    ("The law was passed two years ago.", "The law was passed in 2024.", "en"),
    ("We have waited for the past three years for the grid link.", "We have waited since 2023 for the grid link.", "en"),
    ("Das Gesetz wurde vor zwei Jahren beschlossen.", "Das Gesetz wurde 2024 beschlossen.", "de"),
    ("Wir warten seit drei Jahren auf die Netzanbindung.", "Wir warten seit 2023 auf die Netzanbindung.", "de"),
])
def test_count_of_years_against_a_year_is_not_compared_and_said(a: str, b: str, lang: str) -> None:
    for x, y in ((a, b), (b, a)):
        got = compare(x, y, lang=lang)
        assert "number" not in got.flags
        assert "not compared" in got.details["number_not_compared"]


@pytest.mark.parametrize("a,b,lang", [
    ("The law was passed two years ago.", "The law was passed three years ago.", "en"),  # two counts: compared
    ("The plant closed in 2021.", "The plant closed in 2023.", "en"),  # two years: compared
    ("Das Gesetz wurde vor zwei Jahren beschlossen.", "Das Gesetz wurde vor drei Jahren beschlossen.", "de"),
])
def test_counts_and_years_of_one_kind_still_compared(a: str, b: str, lang: str) -> None:
    assert "number" in _flags(a, b, lang)


def test_other_changed_figure_next_to_a_relative_date_still_flagged() -> None:
    got = compare("The law was passed two years ago with 400 votes.", "The law was passed in 2024 with 380 votes.")
    assert "number" in got.flags and "400" in got.details["number"]


# --- rv69-17: two renderings of one short answer are no cut ------------------------

def _v(qid: str, art: str, en: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=0, end=len(en), kind="direct", speaker=None, speaker_id=None)


_FRAME = "Scholz said of sending German soldiers to the front on Monday in Berlin."


def _part_pair(short: str, long: str):
    vs = [_v("short", "a-1", short), _v("long", "b-1", long)]
    clusters = build_clusters(vs, contexts=[f"“{short},” {_FRAME}", f"“{long},” {_FRAME}"], with_bleu=False)
    assert len(clusters) == 1
    (pair,) = clusters[0].pairs
    return pair


@pytest.mark.parametrize("short,long", [
    ("I rule that out", "That is out of the question for me"),
    ("I rule that out completely", "For me that is out of the question"),
])
def test_two_renderings_of_one_short_answer_are_no_truncation(short: str, long: str) -> None:
    pair = _part_pair(short, long)
    assert "truncation" not in pair.flags
    assert "not a truncation" in pair.details["coverage"]


@pytest.mark.parametrize("short,long", [
    ("I rule that out", "That is out of the question for me and for the whole government"),
    ("I rule that out", "That is out of the question for me and my party"),
])
def test_a_short_answer_against_a_much_longer_rendering_is_still_a_cut(short: str, long: str) -> None:
    assert "truncation" in _part_pair(short, long).flags
