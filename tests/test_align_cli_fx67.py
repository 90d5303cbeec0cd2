"""`aligner align` as a translator / corpus builder runs it (rv47's review, session 26):
outputs that would overwrite inputs, empty presegmented sides, hostile file names, line
ends, language tags.  The sentences are invented."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from aligner.cli import main

DE = ["Die Regierung hat am Montag einen neuen Plan vorgestellt.",
      "Er soll die Kosten für Familien bis 2030 deutlich senken.",
      "Die Opposition nannte den Entwurf unausgegoren."]
EN = ["The government presented a new plan on Monday.",
      "It is meant to lower costs for families considerably by 2030.",
      "The opposition called the draft half-baked."]


def _write(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.write_text("".join(x + end for x in lines), encoding="utf-8")
    return path


@pytest.fixture
def align(tmp_path, monkeypatch, capsys):
    """Run ``aligner align ARGS --embeddings none`` in ``tmp_path``: (exit code, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str | Path) -> tuple[int, str]:
        monkeypatch.setattr(sys, "argv", ["aligner", "align", *map(str, args), "--embeddings", "none"])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        return code, capsys.readouterr().err

    return run


# -- an output that is an input ----------------------------------------------------------


def test_moses_prefix_that_names_the_inputs_is_refused_before_any_work(tmp_path, align):
    src = _write(tmp_path / "corpus.de", ["Kurz.", *DE])
    tgt = _write(tmp_path / "corpus.en", EN)
    before = (src.read_bytes(), tgt.read_bytes())
    code, err = align("--presegmented", "--format", "moses", "-o", "corpus", "corpus.de", "corpus.en")
    assert code == 2
    assert (src.read_bytes(), tgt.read_bytes()) == before
    assert len(err.strip().splitlines()) == 1
    assert "corpus.de" in err and "overwrite" in err and "aligned" not in err


@pytest.mark.parametrize("fmt", ["tsv", "jsonl", "tmx", "vecalign"])
def test_output_file_that_is_the_target_is_refused(tmp_path, align, fmt):
    _write(tmp_path / "doc.de", DE)
    tgt = _write(tmp_path / "doc.en", EN)
    before = tgt.read_bytes()
    code, err = align("--presegmented", "--format", fmt, "-o", "doc.en", "doc.de", "doc.en")
    assert code == 2 and tgt.read_bytes() == before
    assert "doc.en" in err and "overwrite" in err


def test_output_through_another_path_or_a_link_is_refused(tmp_path, align):
    (tmp_path / "sub").mkdir()
    src = _write(tmp_path / "doc.de", DE)
    tgt = _write(tmp_path / "doc.en", EN)
    mt = _write(tmp_path / "doc.mt", EN)
    os.symlink(tgt, tmp_path / "link.en")
    before = (src.read_bytes(), tgt.read_bytes(), mt.read_bytes())
    assert align("--presegmented", "-o", "sub/../doc.de", "doc.de", "doc.en")[0] == 2
    assert align("--presegmented", "-o", "link.en", "doc.de", "doc.en")[0] == 2
    assert align("--presegmented", "-o", str(tmp_path / "doc.mt"), "--translations", "doc.mt",
                 "doc.de", "doc.en")[0] == 2
    assert (src.read_bytes(), tgt.read_bytes(), mt.read_bytes()) == before


def test_moses_prefix_beside_the_inputs_is_written(tmp_path, align):
    _write(tmp_path / "corpus.de", DE)
    _write(tmp_path / "corpus.en", EN)
    code, err = align("--presegmented", "--format", "moses", "-o", "out", "corpus.de", "corpus.en")
    assert code == 0, err
    assert (tmp_path / "out.de").read_text(encoding="utf-8").splitlines() == DE
    assert (tmp_path / "corpus.de").read_text(encoding="utf-8").splitlines() == DE


# -- empty presegmented sides ------------------------------------------------------------


@pytest.mark.parametrize("content", ["", "\n\n  \n", "\x07\n\t\n"])
@pytest.mark.parametrize("side", ["src", "tgt"])
def test_presegmented_empty_side_is_an_error_as_without_it(tmp_path, align, content, side):
    src = _write(tmp_path / "doc.de", DE)
    tgt = _write(tmp_path / "doc.en", EN)
    empty = src if side == "src" else tgt
    empty.write_text(content, encoding="utf-8")
    code, err = align("--presegmented", "--format", "tmx", "-o", "out.tmx", "doc.de", "doc.en")
    assert code == 2
    assert f"{empty.name}: empty file" in err
    assert not (tmp_path / "out.tmx").exists()


# -- a stray control character is no binary file ----------------------------------------


def test_short_file_with_one_nel_aligns(tmp_path, align):
    (tmp_path / "n.de").write_text("Erste Zeile.\u0085Zweite Zeile.\nDritte Zeile.\n", encoding="utf-8")
    _write(tmp_path / "n.en", ["First line. Second line.", "Third line."])
    code, err = align("--presegmented", "-o", "n.jsonl", "n.de", "n.en")
    assert code == 0, err
    assert "binary" not in err


@pytest.mark.parametrize("stray", ["\x07", "\x1b\x7f", "\u0085\u0085\u0085\u0085\u0085\u0085\u0085\u0085\u0085"])
def test_a_few_stray_controls_in_a_short_text_are_text(stray):
    from aligner.readers import decode_bytes

    text = f"Die Eule ruft{stray} in der Nacht.\nDer Fuchs schleicht.\n"
    assert decode_bytes(text.encode("utf-8"))[0] == text


def test_binary_says_mostly_only_when_most_are_controls():
    from aligner.errors import InputError
    from aligner.readers import decode_bytes

    quarter = ("abc\x01" * 40).encode()  # 40 of 160 characters
    with pytest.raises(InputError) as some:
        decode_bytes(quarter, "q.bin")
    assert "binary" in str(some.value) and "mostly" not in str(some.value)
    assert "40 control characters in the first 160" in str(some.value)
    with pytest.raises(InputError, match="mostly control characters"):
        decode_bytes(bytes([1, 2, 3, 14, 15]) * 30 + b"abc", "m.bin")


# -- hostile file names ------------------------------------------------------------------


def test_error_naming_a_hostile_file_is_one_visible_line(tmp_path, align):
    _write(tmp_path / "doc.de", DE)
    bad = tmp_path / "bad\nname\x1b[31m.en"
    bad.write_text("", encoding="utf-8")
    code, err = align("-o", "o.tmx", "--format", "tmx", "doc.de", bad.name)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "\x1b" not in err
    assert "bad⟨U+000A⟩name⟨U+001B⟩[31m.en: empty file" in err


def test_presegmented_error_naming_a_hostile_file_is_one_line(tmp_path, align):
    _write(tmp_path / "doc.de", DE)
    (tmp_path / "x\ty\r.en").write_text("\n \n", encoding="utf-8")
    code, err = align("--presegmented", "-o", "o.jsonl", "doc.de", "x\ty\r.en")
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert "x⟨U+0009⟩y⟨U+000D⟩.en: empty file" in err


# -- line ends of presegmented files -----------------------------------------------------


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_presegmented_lines_end_at_cr_crlf_and_lf(tmp_path, align, end):
    (tmp_path / "m.de").write_bytes(end.join(DE).encode() + end.encode())
    (tmp_path / "m.en").write_bytes(end.join(EN).encode())  # no line end after the last line
    code, err = align("--presegmented", "--format", "moses", "-o", "mo", "m.de", "m.en")
    assert code == 0, err
    assert (tmp_path / "mo.de").read_text(encoding="utf-8").splitlines() == DE
    assert (tmp_path / "mo.en").read_text(encoding="utf-8").splitlines() == EN


def test_presegmented_cr_offsets_and_line_numbers(tmp_path):
    from aligner.commands.align import presegmented

    text = f"{DE[0]}\r\r{DE[1]}\r\n{DE[2]}\n"
    (tmp_path / "o.de").write_bytes(text.encode())
    sents = presegmented(tmp_path / "o.de", "de")
    assert [s.index for s in sents] == [0, 2, 3]
    assert [text[s.start:s.end] for s in sents] == DE


def test_translations_with_cr_lines_match_cr_source_lines(tmp_path, align):
    (tmp_path / "c.de").write_bytes("\r".join(DE).encode() + b"\r")
    (tmp_path / "c.mt").write_bytes("\r".join(EN).encode() + b"\r")
    _write(tmp_path / "c.en", EN)
    code, err = align("--presegmented", "--translations", "c.mt", "-o", "c.jsonl", "c.de", "c.en")
    assert code == 0, err
    assert "MT from c.mt" in err


# -- language tags -----------------------------------------------------------------------


@pytest.mark.parametrize("tag", ['de"><x', "deutsch", "d", "de_DE", "", "de-", "en-GB-x"])
def test_language_that_is_no_tag_is_refused_before_any_work(tmp_path, align, tag):
    _write(tmp_path / "l.de", DE)
    _write(tmp_path / "l.en", EN)
    code, err = align("--presegmented", "--format", "tmx", "-o", "l.tmx", "--src-lang", tag, "l.de", "l.en")
    assert code == 2
    assert "--src-lang" in err and "no language tag" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "l.tmx").exists()


@pytest.mark.parametrize("tag", ["de-CH", "gsw", "zh-Hant", "sr-Latn-RS", "es-419"])
def test_language_tags_are_written_into_the_tmx(tmp_path, align, tag):
    import xml.etree.ElementTree as ET

    _write(tmp_path / "l.de", DE)
    _write(tmp_path / "l.en", EN)
    code, err = align("--presegmented", "--format", "tmx", "-o", "l.tmx", "--tgt-lang", tag, "l.de", "l.en")
    assert code == 0, err
    langs = {t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in ET.parse(tmp_path / "l.tmx").iter("tuv")}
    assert langs == {"de", tag}


# -- translations that do not match the ingestion's sentences ----------------------------


def test_line_by_line_mt_without_presegmented_points_to_it(tmp_path, align):
    _write(tmp_path / "two.de", ["Die Regierung hat am Montag einen neuen Plan vorgestellt.",
                                 "Er soll die Kosten senken. Die Opposition ist dagegen.",
                                 "Der Minister sagte, das sei notwendig."])
    lines = ["The government presented a new plan on Monday.",
             "It is meant to lower costs. The opposition is against it.",
             "The minister said this was necessary."]
    _write(tmp_path / "two.en", lines)
    _write(tmp_path / "two.mt", lines)
    code, err = align("--translations", "two.mt", "-o", "two.jsonl", "two.de", "two.en")
    assert code == 2
    assert "3 lines of translations but two.de has 4 sentences" in err
    assert "add --presegmented" in err
    code, err = align("--presegmented", "--translations", "two.mt", "-o", "two.jsonl", "two.de", "two.en")
    assert code == 0, err


# -- the TSV export: unquoted, read back with QUOTE_NONE -----------------------------------


def test_tsv_reads_back_exactly_with_quote_none(tmp_path, align):
    import csv

    src = ['"Nein", sagte sie am Montag.', "Sie sagte: \"Wir 'warten'.\""]
    tgt = ['"No," she said on Monday.', "She said: \"We 'wait'.\""]
    _write(tmp_path / "q.de", src)
    _write(tmp_path / "q.en", tgt)
    code, err = align("--presegmented", "--format", "tsv", "-o", "q.tsv", "q.de", "q.en")
    assert code == 0, err
    with open(tmp_path / "q.tsv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert [r[:2] for r in rows] == [list(p) for p in zip(src, tgt)]
    assert all(len(r) == 4 for r in rows)


def test_tsv_is_documented_as_unquoted():
    from aligner.commands.align import FORMAT_HELP

    assert "QUOTE_NONE" in FORMAT_HELP and "unquoted" in FORMAT_HELP


def test_regional_tag_ingests_as_its_language_and_is_written_whole(tmp_path, align):
    import json

    _write(tmp_path / "r.de", [" ".join(DE)])
    _write(tmp_path / "r.en", [" ".join(EN)])
    code, err = align("--src-lang", "de-CH", "--format", "tmx", "-o", "r.tmx", "r.de", "r.en")
    assert code == 0, err
    assert 'xml:lang="de-CH"' in (tmp_path / "r.tmx").read_text(encoding="utf-8")
    code, err = align("--src-lang", "de-CH", "-o", "r.jsonl", "r.de", "r.en")
    assert code == 0, err
    beads = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(beads) == 3 and all(b["src"] and b["tgt"] for b in beads)
