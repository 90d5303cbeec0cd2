"""Speaker names: a vowel pair or a y after a vowel writes another surname (Bauer / Baur); a
numeral after a capitalised word is a name's number, not a count before a plural noun; short
English role words do not hide inside first names and surnames."""

from __future__ import annotations

import pytest

from tests.quote_helpers import cluster_ids, quotes_in


@pytest.mark.parametrize("one,other", [
    ("Greta Kaiser", "Greta Kayser"), ("Jonas Bauer", "Jonas Baur"), ("Linus Freyer", "Linus Freier"),
])
def test_a_vowel_pair_spelt_another_way_is_another_surname(one, other):
    ids = cluster_ids([one, other])
    assert ids[one] != ids[other]


@pytest.mark.parametrize("one,other", [
    ("Frieda Moeller", "Frieda Möller"), ("Ilja Tymurenko", "Ilja Timurenko"), ("Oleg Sokolovsky", "Oleg Sokolowski"),
])
def test_an_umlaut_written_out_or_a_y_for_i_stays_one_person(one, other):
    ids = cluster_ids([one, other])
    assert ids[one] == ids[other]


def _quote_speakers(text: str) -> list[tuple[str | None, float | None]]:
    qs = quotes_in(text, "en")
    return [(q.speaker.name, q.speaker.confidence) if q.speaker else (None, None) for q in qs]


@pytest.mark.parametrize("text,name", [
    ("Article 7 states: “No tenant may be evicted in winter.”", "Article 7"),
    ("Section 118 says: “The fee is waived for pupils.”", "Section 118"),
    ("“The bridge will reopen in May,” Channel 9 reports.", "Channel 9"),
])
def test_digits_after_a_capitalised_word_number_a_name_before_a_verb(text, name):
    assert _quote_speakers(text) == [(name, 0.9)]


@pytest.mark.parametrize("text,noun", [
    ("The 50 states say little about the levy.", "states"), ("The officials put three states on notice.", "states"),
    ("Only 12 reports were filed in Tarnow.", "reports"), ("The 12 reports were filed late.", "reports"),
])
def test_a_count_before_a_plural_cue_form_makes_it_a_noun(text, noun):
    from aligner.quotes.base import find_cues

    start = text.index(noun)
    assert all(c.start != start for c in find_cues(text, 0, len(text), "en"))


@pytest.mark.parametrize("text,name", [
    ("“The ferry is late again,” Aiden Clark said.", "Aiden Clark"),
    ("“The ferry is late again,” said Herbert Headen.", "Herbert Headen"),
])
def test_a_short_english_role_word_inside_a_name_is_no_role(text, name):
    assert _quote_speakers(text) == [(name, 0.9)]


@pytest.mark.parametrize("word,role", [
    ("Aiden", False), ("Headen", False), ("Aides", True), ("Coaches", True), ("Mayors", True), ("Polizeichef", True),
    ("Herren", True), ("Zeugen", True),
])
def test_short_role_words_take_only_their_inflections(word, role):
    from aligner.quotes.speakers import is_role_word

    assert is_role_word(word) is role


@pytest.mark.parametrize("one,other,same", [
    ("Frieda Moeller", "Frieda Möller", True), ("Greta Kaiser", "Greta Kayser", False),
    ("Walentina Tschernobrowkina", "Valentina Chernobrovkina", True), ("Jonas Bauer", "Jonas Baur", False),
])
def test_clusters_join_exactly_when_the_surnames_match(one, other, same):
    from aligner.quotes.speakers import surname_match
    from aligner.text.names import fold_word

    assert surname_match(fold_word(one.split()[-1]), fold_word(other.split()[-1])) is same
    ids = cluster_ids([one, other, "Ilse Brandner"])
    assert (ids[one] == ids[other]) is same and ids["Ilse Brandner"] not in (ids[one], ids[other])
