"""fx149: spans of years in words (rv81-10), one statement given to two people (rv81-7), interrupted quotes
compared half by half (rv80-18).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import number_flag

# rv81-10: a span of years said without a figure against a count of years
SPAN_CHANGED = [
    ("The archive stayed closed for half a century.", "The archive stayed closed for 30 years.", "en"),
    ("The mill was built a century ago.", "The mill was built 300 years ago.", "en"),
    ("For a decade the village had no doctor.", "For three years the village had no doctor.", "en"),
    ("It is a century-old custom.", "It is a 150-year-old custom.", "en"),
    ("Die Orgel schwieg ein halbes Jahrhundert.", "Die Orgel schwieg 30 Jahre.", "de"),
    ("Die Mühle wurde vor einem Jahrzehnt verkauft.", "Die Mühle wurde vor drei Jahren verkauft.", "de"),
]
SPAN_SAME = [
    ("The archive stayed closed for half a century.", "The archive stayed closed for 50 years.", "en"),
    ("For a decade the village had no doctor.", "For ten years the village had no doctor.", "en"),
    ("The mill was built a century ago.", "The mill was built 100 years ago.", "en"),
    ("Die Mühle wurde vor einem Jahrzehnt verkauft.", "Die Mühle wurde vor zehn Jahren verkauft.", "de"),
    # a hedge before the span: a rounding, not a figure
    ("For nearly a decade the village had no doctor.", "For nine years the village had no doctor.", "en"),
    ("Die Orgel schwieg fast ein halbes Jahrhundert.", "Die Orgel schwieg 45 Jahre.", "de"),
    # no count of years in the other version: nothing read as a figure
    ("A century of brewing ends today.", "A long history of brewing ends today.", "en"),
    ("For decades the village had no doctor.", "For 20 years the village had no doctor.", "en"),
    ("He scored a century in the final.", "He scored 100 runs in the final two years ago.", "en"),
]


@pytest.mark.parametrize("a,b,lang", SPAN_CHANGED)
def test_span_of_years_against_another_count_is_a_number_change(a: str, b: str, lang: str) -> None:
    assert number_flag(a, b, lang) and number_flag(b, a, lang)


@pytest.mark.parametrize("a,b,lang", SPAN_SAME)
def test_span_of_years_against_the_same_count_or_none_is_no_change(a: str, b: str, lang: str) -> None:
    assert number_flag(a, b, lang) is None and number_flag(b, a, lang) is None
