"""Speaker names: a vowel pair or a y after a vowel writes another surname (Bauer / Baur); a
numeral after a capitalised word is a name's number, not a count before a plural noun; short
English role words do not hide inside first names and surnames."""

from __future__ import annotations

import pytest

from aligner.quotes.speakers import cluster_names


def _ids(names: list[str]) -> dict[str, str]:
    return {n: sid for n, (sid, _) in cluster_names(names).items()}


@pytest.mark.parametrize("one,other", [
    ("Greta Kaiser", "Greta Kayser"), ("Jonas Bauer", "Jonas Baur"), ("Linus Freyer", "Linus Freier"),
])
def test_a_vowel_pair_spelt_another_way_is_another_surname(one, other):
    ids = _ids([one, other])
    assert ids[one] != ids[other]


@pytest.mark.parametrize("one,other", [
    ("Frieda Moeller", "Frieda Möller"), ("Ilja Tymurenko", "Ilja Timurenko"), ("Oleg Sokolovsky", "Oleg Sokolowski"),
])
def test_an_umlaut_written_out_or_a_y_for_i_stays_one_person(one, other):
    ids = _ids([one, other])
    assert ids[one] == ids[other]
