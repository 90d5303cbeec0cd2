"""fx120: false serious flags on relative dates, ratios, a question and its answer, two
translations of one short answer (session 33 reviewers' findings rv70-25, rv70-26,
rv69-17, rv69-18)."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


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
