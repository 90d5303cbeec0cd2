"""Alignment exporters and readers: TMX parsed back, Moses line counts, TSV columns, Vecalign, JSONL."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from aligner.align.formats import parse_vecalign, read_tmx, read_vecalign, write_alignment
from aligner.errors import InputError
from aligner.model import AlignmentPair

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sample_pairs():
    return [
        AlignmentPair([0], [0], 0.91, "Er sagte: «Wir kommen» & <gehen>.", 'He said: "we come" & <go>.',
                      src_ids=["a#s0"], tgt_ids=["b#s0"], src_spans=[[0, 33]], tgt_spans=[[0, 26]],
                      src_article="a", tgt_article="b"),
        AlignmentPair([1, 2], [1], 0.5, "Zeile\teins. Zwei\nzwei.", "Line one two.", src_article="a", tgt_article="b"),
        AlignmentPair([3], [], 0.0, "Nur deutsch.", ""),
        AlignmentPair([], [2], 0.0, "", "English only \x07 bell."),
    ]


def test_tmx_is_valid_xml_with_languages_and_escaping(tmp_path):
    out = tmp_path / "c.tmx"
    write_alignment(sample_pairs(), out, "tmx", "de", "en")
    root = ET.parse(out).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "de"
    tus = root.findall("./body/tu")
    assert len(tus) == 2  # beads empty on one side are not translation units
    langs = [[tuv.get(XML_LANG) for tuv in tu.findall("tuv")] for tu in tus]
    assert langs == [["de", "en"], ["de", "en"]]
    units = read_tmx(out)
    assert units[0] == {"de": "Er sagte: «Wir kommen» & <gehen>.", "en": 'He said: "we come" & <go>.'}
    assert units[1]["de"] == "Zeile eins. Zwei zwei."  # tabs and newlines flattened


def test_moses_files_are_line_aligned(tmp_path):
    files = write_alignment(sample_pairs(), tmp_path / "corpus", "moses", "de", "en")
    assert [f.name for f in files] == ["corpus.de", "corpus.en"]
    de = files[0].read_text(encoding="utf-8").split("\n")
    en = files[1].read_text(encoding="utf-8").split("\n")
    assert len(de) == len(en) == 3  # two lines and the final newline
    assert de[1] == "Zeile eins. Zwei zwei." and en[1] == "Line one two."


def test_tsv_has_four_columns(tmp_path):
    out = tmp_path / "c.tsv"
    write_alignment(sample_pairs(), out, "tsv")
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r) == 4 for r in rows)  # src, tgt, score, similarity
    assert float(rows[0][2]) == pytest.approx(0.91)
    assert rows[1][0] == "Zeile eins. Zwei zwei."


def test_vecalign_round_trip(tmp_path):
    out = tmp_path / "p.va"
    write_alignment(sample_pairs(), out, "vecalign")
    lines = out.read_text().splitlines()
    assert lines[0] == "[0]:[0]:0.9100" and lines[2] == "[3]:[]:0.0000" and lines[3] == "[]:[2]:0.0000"
    back = read_vecalign(out)
    assert [(s, t) for s, t, _ in back] == [([0], [0]), ([1, 2], [1]), ([3], []), ([], [2])]
    assert back[1][2] == pytest.approx(0.5)


def test_vecalign_gold_style_lines_without_scores():
    beads = parse_vecalign("[0]:[0]\n[8, 9]:[10, 11, 12]\n\n[]:[16]\n")
    assert beads == [([0], [0], None), ([8, 9], [10, 11, 12], None), ([], [16], None)]


def test_malformed_vecalign_line_is_an_input_error(tmp_path):
    bad = tmp_path / "bad.va"
    bad.write_text("[0]:[0]\n0 -> 1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_vecalign(bad)
    assert "bad.va:2" in str(err.value)


def test_jsonl_records_round_trip(tmp_path):
    out = tmp_path / "a.jsonl"
    write_alignment(sample_pairs(), out, "jsonl")
    rows = [AlignmentPair.from_dict(json.loads(x)) for x in out.read_text(encoding="utf-8").splitlines()]
    assert rows == sample_pairs()


def test_unknown_format():
    with pytest.raises(ValueError):
        write_alignment(sample_pairs(), "x", "xlsx")


def test_vecalign_merges_crossing_beads_jsonl_keeps_them(tmp_path):
    from aligner.model import AlignmentPair

    pairs = [AlignmentPair(src=[0], tgt=[0], score=0.9), AlignmentPair(src=[1], tgt=[2], score=0.8),
             AlignmentPair(src=[2], tgt=[1], score=0.7), AlignmentPair(src=[], tgt=[3], score=0.0),
             AlignmentPair(src=[3], tgt=[4], score=0.95)]
    out = tmp_path / "p.va"
    write_alignment(pairs, out, "vecalign")
    assert out.read_text().splitlines() == ["[0]:[0]:0.9000", "[1,2]:[1,2]:0.7000", "[]:[3]:0.0000", "[3]:[4]:0.9500"]
    js = tmp_path / "p.jsonl"
    write_alignment(pairs, js, "jsonl")
    import json

    recs = [json.loads(line) for line in js.read_text().splitlines()]
    assert [(r["src"], r["tgt"]) for r in recs[1:3]] == [([1], [2]), ([2], [1])]
