"""One figure written two ways is no `number` flag (rv44): digit grouping and decimal marks
of either language, "5m" / "5 million", "two and a half"; a figure the code cannot read on
one side is not compared (never a flag); real changes still flag."""
from __future__ import annotations

import pytest

from aligner.match.consistency import number_flag, numbers
from aligner.match.equivalents import read_digits
from tests.quote_helpers import read_jsonl, run_texts


@pytest.mark.parametrize("raw,want", [
    ("1,000.5", ("1000", "5")), ("1.000,5", ("1000", "5")), ("100.000", ("100000", "")),
    ("2,5", ("2", "5")), ("12.345.678,90", ("12345678", "90")), ("1000", ("1000", "")),
    ("1.000.5", None), ("1.9.2004", None), ("1,000,5.5", None), ("1234.567,8", None),
])
def test_read_digits(raw, want):
    assert read_digits(raw) == want


@pytest.mark.parametrize("one,other,lang", [
    ("The price is now 1,000.5 euros per tonne", "The price is now 1000.5 euros per tonne", "en"),
    ("The price is now 1.000,50 euros per tonne", "The price is now 1000.50 euros per tonne", "en"),
    ("Der Preis liegt bei 1.000,5 Euro pro Tonne", "Der Preis liegt bei 1000,5 Euro pro Tonne", "de"),
    ("We need 5m doses before the winter", "We need 5 million doses before the winter", "en"),
    ("We need 5m doses before the winter", "We need 5,000,000 doses before the winter", "en"),
    ("Inflation has risen to 2.5% this year", "Inflation has risen to two and a half percent this year", "en"),
    ("The talks took two and a half years", "The talks took 2.5 years", "en"),
    ("The wall is 5m high", "The wall is 5 metres high", "en"),
    # not read as one number on one side: not compared
    ("The price is 1.000.5 euros per tonne", "The price is 1000.5 euros per tonne", "en"),
    ("The price is now 1.000.5 euros", "It costs 1000.5 euros now", "en"),
])
def test_one_figure_written_two_ways_is_no_flag(one, other, lang):
    assert number_flag(one, other, lang) is None
    assert number_flag(other, one, lang) is None


@pytest.mark.parametrize("one,other,lang", [
    ("The price is now 1,000.5 euros per tonne", "The price is now 1,000.6 euros per tonne", "en"),
    ("Der Preis liegt bei 1.000,5 Euro pro Tonne", "Der Preis liegt bei 1.000,6 Euro pro Tonne", "de"),
    ("We need 5m doses before the winter", "We need 6m doses before the winter", "en"),
    ("We need 5m doses before the winter", "We need 6 million doses before the winter", "en"),
    ("Inflation has risen to two and a half percent", "Inflation has risen to two percent", "en"),
    ("Inflation has risen to 2.5% this year", "Inflation has risen to three and a half percent this year", "en"),
    ("We met on 1.9.2004 in Bonn", "We met on 2.9.2004 in Bonn", "en"),
    ("We sent 100,000 troops", "We sent 10,000 troops", "en"),
])
def test_a_changed_figure_still_flags(one, other, lang):
    assert number_flag(one, other, lang)


def test_numbers_reads_halves_and_marks():
    assert numbers("two and a half percent") == ["2.5"]
    assert numbers("2 and a half years") == ["2.5"]
    assert numbers("1,000.50 and 1.000,5") == ["1000.5", "1000.50"]
    assert numbers("at 01.40 and 15.30") == ["01.40", "15.30"]  # decimals as written: clock times written so


def test_two_outlets_with_and_without_thousands_separator_get_no_number_flag(tmp_path):
    run_texts(tmp_path, {
        "a.txt": 'Prices\n\n"The price is now 1,000.5 euros per tonne," Economy Minister Anna Weber '
                 'said in Berlin on Monday.\n',
        "b.txt": 'Grain\n\n"The price is now 1000.5 euros per tonne," said Anna Weber, the economy '
                 'minister, on Monday.\n',
    })
    clusters = read_jsonl(tmp_path / "run" / "clusters.jsonl")
    assert clusters
    assert not [p["details"] for c in clusters for p in c["pairs"] if "number" in p["flags"]]
