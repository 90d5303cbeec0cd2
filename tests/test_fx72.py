"""fx72: a form of address against a first name of the other gender, with particles in the
surname or a hyphen in the first name; one line splitter for presegmented and translations files."""
import pytest

from aligner.match.speaker_flag import names_verdict
from aligner.quotes.speakers import address_clash, cluster_article_names


@pytest.mark.parametrize("bare,full", [
    ("Herr von der Leyen", "Ursula von der Leyen"),
    ("Herr de Maizière", "Anna de Maizière"),
    ("Mr Van Rompuy", "Anna Van Rompuy"),
    ("Mr Smith", "Anna-Lena Smith"),
    ("Herr Schmidt", "Anna-Lena Schmidt"),
    ("Frau Schmidt", "Hans-Peter Schmidt"),
    ("Mr El Masri", "Anna El Masri"),
])
def test_address_of_other_gender_keeps_people_apart(bare, full):
    ids = cluster_article_names([("a1", bare), ("a2", full)])
    assert ids[("a1", bare)][0] != ids[("a2", full)][0]
    assert names_verdict(bare, full) is not True


@pytest.mark.parametrize("bare,full", [
    ("Frau von der Leyen", "Ursula von der Leyen"),
    ("Herr de Maizière", "Thomas de Maizière"),
    ("Frau Schmidt", "Anna-Lena Schmidt"),
    ("Herr Schmidt", "Hans-Peter Schmidt"),
])
def test_address_of_same_gender_still_joins(bare, full):
    ids = cluster_article_names([("a1", bare), ("a2", full)])
    assert ids[("a1", bare)][0] == ids[("a2", full)][0]


@pytest.mark.parametrize("address,given", [
    ("Herr Schmidt", "Jean-Marie"),   # the parts disagree: no gender read
    ("Frau Schmidt", "Marie-Paul"),
    ("Herr Schmidt", "Anna-Xyzq"),    # one part unlisted: no gender read
    ("Herr von Weber", "Andrea"),     # a name of either gender
    ("Frau Schmidt", "Kim"),
    ("Herr Hans von Weber", "Anna"),  # a first name of its own
])
def test_no_clash_where_gender_is_not_read(address, given):
    assert not address_clash(address, given)


def test_translations_file_with_bare_cr_counts_lines_as_align_does(tmp_path):
    from aligner.commands.align import file_lines
    from aligner.translate.precomputed import read_pairs
    text = "Der Hund bellt.\tThe dog barks.\rDie Katze schläft.\tThe cat sleeps.\r\nDer Vogel singt.\tThe bird sings.\n"
    path = tmp_path / "t.tsv"
    path.write_bytes(text.encode("utf-8"))
    assert len(file_lines(text)) == 3
    assert read_pairs(path) == [("Der Hund bellt.", "The dog barks."), ("Die Katze schläft.", "The cat sleeps."),
                                ("Der Vogel singt.", "The bird sings.")]


def test_one_line_splitter_keeps_offsets_and_separators():
    from aligner.commands.align import file_lines, line_spans
    text = "eins\r\nzwei\rdrei\u2028vier\nfünf"
    assert file_lines(text) == ["eins", "zwei", "drei\u2028vier", "fünf"]
    assert [text[a:b] for a, b in line_spans(text)] == file_lines(text)
    assert file_lines("a\n") == ["a"]
