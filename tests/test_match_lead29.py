"""Session 29 (rt29-2, pr29b-13): percentage points written with a percent word are points, not percent."""

import pytest

from aligner.match.consistency import number_flag


@pytest.mark.parametrize("a, b, lang", [
    ("Unemployment rose by 1.2 percentage points.", "Unemployment rose by 1.2 percent points.", "en"),
    ("Unemployment rose by 1.2 per cent points.", "Unemployment rose by 1.2 percentage points.", "en"),
    ("Unemployment rose by 2 %-points.", "Unemployment rose by two percentage points.", "en"),
    ("Die Quote stieg um 1,2 Prozentpunkte.", "Die Quote stieg um 1,2 Prozent-Punkte.", "de"),
    ("Die Arbeitslosigkeit stieg um 2 %-Punkte.", "Die Arbeitslosigkeit stieg um zwei Prozentpunkte.", "de"),
])
def test_points_written_with_a_percent_word_are_no_number_change(a, b, lang):
    assert number_flag(a, b, lang) is None


@pytest.mark.parametrize("a, b, lang", [
    ("Unemployment rose by 1.2 percentage points.", "Unemployment rose by 1.2 percent.", "en"),
    ("Die Quote stieg um 1,2 Prozentpunkte.", "Die Quote stieg um 1,2 Prozent.", "de"),
])
def test_points_against_percent_stay_a_number_change(a, b, lang):
    assert number_flag(a, b, lang) is not None
