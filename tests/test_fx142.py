"""fx142: flags left from session 36 (rv79-5, rv78-15; its rt37-21, rt37-6 and rv80-18 rules were taken back).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str) -> tuple[list[str], list[str]]:
    return compare(a, b, lang=lang).flags, compare(b, a, lang=lang).flags


# rv79-5: a figure said with another period is a number change

@pytest.mark.parametrize("a,b,lang", [
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more per year for each porter.", "en"),
    ("Porters earn 2,800 euros a month.", "Porters earn 2,800 euros a year.", "en"),
    ("Our cooks often work 14-hour shifts in summer.", "Our cooks often work 14-day shifts in summer.", "en"),
    ("Die Gewerkschaft fordert 420 Euro mehr im Monat für jeden Träger.",
     "Die Gewerkschaft fordert 420 Euro mehr pro Jahr für jeden Träger.", "de"),
    ("Unsere Köche arbeiten oft 14-Stunden-Schichten im Sommer.", "Unsere Köche arbeiten oft 14-Tage-Schichten im Sommer.", "de"),
])
def test_another_period_next_to_the_same_figure_is_a_number_change_rv79_5(a: str, b: str, lang: str) -> None:
    assert all("number" in f for f in _flags(a, b, lang))


@pytest.mark.parametrize("a,b,lang", [
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more monthly for each porter.", "en"),
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more a month for each porter.", "en"),
    ("Die Gewerkschaft fordert 420 Euro mehr im Monat.", "Die Gewerkschaft fordert 420 Euro mehr monatlich.", "de"),
    ("We saw 3 years of growth a year ago.", "We saw 3 years of growth a month ago.", "en"),
    ("The walkout lasted 14 days in May.", "The walkout lasted two weeks in May.", "en"),
])
def test_one_period_or_no_rate_is_no_number_change(a: str, b: str, lang: str) -> None:
    assert not any("number" in f for f in _flags(a, b, lang))


# rv78-15: a grade turned into its opposite on the scale

@pytest.mark.parametrize("a,b,lang", [
    ("The inspectors found the nursery inadequate in all four areas.", "The inspectors found the nursery good in all four areas.", "en"),
    ("The inspectors found the nursery inadequate in all four areas.", "The inspectors found the nursery outstanding in all four areas.", "en"),
    ("The panel rated the ward as requires improvement last week.", "The panel rated the ward as outstanding last week.", "en"),
    ("Die Prüfer bewerteten die Kita in allen Bereichen als mangelhaft.", "Die Prüfer bewerteten die Kita in allen Bereichen als gut.", "de"),
])
def test_a_grade_turned_round_is_flagged_rv78_15(a: str, b: str, lang: str) -> None:
    assert all("negation" in f for f in _flags(a, b, lang))


@pytest.mark.parametrize("a,b,lang", [
    ("The nursery is good, the mayor said.", "The nursery is outstanding, the mayor said.", "en"),  # neighbours on the scale
    ("She took gold in Lyon and bronze in Turin.", "She took bronze in Lyon and gold in Turin.", "en"),  # words moved
    ("She took gold in Lyon.", "She took silver in Lyon.", "en"),
    ("Die Prüfer bewerteten die Kita als sehr gut.", "Die Prüfer bewerteten die Kita als gut.", "de"),
    ("The food was good but the service was inadequate.", "The food was inadequate but the service was good.", "en"),
])
def test_near_grades_and_moved_grades_are_no_negation(a: str, b: str, lang: str) -> None:
    assert not any("negation" in f for f in _flags(a, b, lang))
