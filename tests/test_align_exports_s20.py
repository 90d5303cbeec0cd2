"""`aligner align` and the run's aligned-corpus exports as the session-20 review used
them (a translator / corpus builder).  The sentences are invented."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = ["Der Fuchs schleicht durch den Garten.", "Die Eule ruft in der Nacht.", "Seit Dienstag schneit es in Hamburg."]
EN = ["The fox creeps through the garden.", "The owl calls at night.", "It has been snowing in Hamburg since Tuesday."]


def _write(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(x + end for x in lines), encoding="utf-8")
    return path


def _align(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner", "align", *args, "--embeddings", "none"],
                          cwd=tmp, capture_output=True, text=True, timeout=300)


# -- one language on both sides --------------------------------------------------------


def test_moses_same_language_writes_both_sides_under_their_own_names(tmp_path):
    _write(tmp_path / "a.txt", ["The fox creeps fast.", "The owl sleeps."])
    _write(tmp_path / "b.txt", ["The fox is creeping fast.", "The owl is asleep."])
    r = _align(tmp_path, "a.txt", "b.txt", "--presegmented", "--src-lang", "en", "--tgt-lang", "en",
               "--format", "moses", "-o", "out")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.en1").read_text(encoding="utf-8") == "The fox creeps fast.\nThe owl sleeps.\n"
    assert (tmp_path / "out.en2").read_text(encoding="utf-8") == "The fox is creeping fast.\nThe owl is asleep.\n"
    assert not (tmp_path / "out.en").exists()
    said = " ".join((r.stdout + r.stderr).split())
    assert "out.en1, out.en2" in said, said


def test_tmx_of_one_language_reads_back_both_sides(tmp_path):
    from aligner.align.formats import read_tmx

    _write(tmp_path / "a.txt", ["The fox creeps fast."])
    _write(tmp_path / "b.txt", ["The fox is creeping fast."])
    r = _align(tmp_path, "a.txt", "b.txt", "--presegmented", "--src-lang", "en", "--tgt-lang", "en",
               "--format", "tmx", "-o", "o.tmx")
    assert r.returncode == 0, r.stderr
    ET.parse(tmp_path / "o.tmx")
    assert read_tmx(tmp_path / "o.tmx") == [{"en": "The fox creeps fast.", "en#2": "The fox is creeping fast."}]


# -- blank lines of presegmented files ---------------------------------------------------


def test_presegmented_blank_lines_are_no_segments_in_any_export(tmp_path):
    (tmp_path / "s.txt").write_text(f"{DE[0]}\n\n{DE[1]}\r\n \t \r\n{DE[2]}\n", encoding="utf-8")
    _write(tmp_path / "t.txt", [EN[0], "A picture credit stood here.", EN[1], "One more stray line.", EN[2]])
    _write(tmp_path / "m.txt", [EN[0], "", EN[1], "  ", EN[2]])
    for fmt, out in (("moses", "o"), ("tsv", "o.tsv"), ("tmx", "o.tmx"), ("jsonl", "o.jsonl")):
        r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--translations", "m.txt", "--format", fmt, "-o", out)
        assert r.returncode == 0, r.stderr
        assert "aligned 3 x 5 sentences" in " ".join((r.stdout + r.stderr).split())
    src = (tmp_path / "o.de").read_text(encoding="utf-8").split("\n")[:-1]
    tgt = (tmp_path / "o.en").read_text(encoding="utf-8").split("\n")[:-1]
    assert len(src) == len(tgt) == 3 and all(a.strip() and b.strip() for a, b in zip(src, tgt)), (src, tgt)
    rows = [x.split("\t") for x in (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and all(r[0].strip() and r[1].strip() for r in rows), rows
    from aligner.align.formats import read_tmx

    assert all(u.get("de", "").strip() and u.get("en", "").strip() for u in read_tmx(tmp_path / "o.tmx"))
    import json

    text = (tmp_path / "s.txt").read_bytes().decode("utf-8")
    beads = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    # sentence numbers are the file's line numbers, the offsets point at the lines
    assert [b["src"] for b in beads if b["src"]] == [[0], [2], [4]]
    assert [text[a:b] for x in beads for a, b in x["src_spans"]] == DE


def test_corpus_writers_skip_a_bead_whose_side_is_blank(tmp_path):
    from aligner.align.formats import write_alignment
    from aligner.model import AlignmentPair

    pairs = [AlignmentPair([0], [0], 0.9, DE[0], EN[0]), AlignmentPair([1], [1], 0.9, " \x0b ", EN[1]),
             AlignmentPair([2], [2], 0.9, DE[2], "\u2028")]
    for fmt in ("tsv", "tmx"):
        write_alignment(pairs, tmp_path / f"c.{fmt}", fmt, "de", "en")
    files = write_alignment(pairs, tmp_path / "c", "moses", "de", "en")
    assert [f.read_text(encoding="utf-8") for f in files] == [DE[0] + "\n", EN[0] + "\n"]
    assert (tmp_path / "c.tsv").read_text(encoding="utf-8").count("\n") == 1
    assert (tmp_path / "c.tmx").read_text(encoding="utf-8").count("<tu>") == 1


def test_presegmented_trailing_blank_source_lines_are_not_sentences(tmp_path):
    (tmp_path / "s.txt").write_text(f"{DE[0]}\n{DE[1]}\n\n\n", encoding="utf-8")
    _write(tmp_path / "t.txt", EN[:2])
    _write(tmp_path / "m.txt", EN[:2])
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--translations", "m.txt", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8").count("\n") == 2


def test_translation_lines_are_counted_as_the_source_lines(tmp_path):
    # U+2028, form feed and NEL are inside a line for SRC, so for the MT file too
    _write(tmp_path / "s.txt", DE)
    _write(tmp_path / "t.txt", EN)
    _write(tmp_path / "m.txt", ["The fox creeps\u2028through the garden.", "The owl\x0ccalls at night.",
                                "It has been snowing\x85in Hamburg since Tuesday."])
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--translations", "m.txt", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "o.tsv").read_text(encoding="utf-8").count("\n") == 3


def test_translations_with_a_line_per_sentence_or_per_line_but_not_other_counts(tmp_path):
    from aligner.commands.align import mt_lines
    from aligner.errors import InputError

    src = [DE[0], DE[1]]
    line_of = [0, 2]  # a blank line between the two sentences
    p = Path("s.txt")
    assert mt_lines([EN[0], "", EN[1], ""], src, p, Path("m.txt"), line_of) == [EN[0], EN[1]]
    assert mt_lines([EN[0], EN[1], ""], src, p, Path("m.txt"), line_of) == [EN[0], EN[1]]
    try:
        mt_lines([EN[0], EN[1], EN[2], "x"], src, p, Path("m.txt"), line_of)
    except InputError as exc:
        assert "4 lines of translations but s.txt has 2 sentences (on 3 lines)" in str(exc)
    else:
        raise AssertionError("four lines for two sentences on three lines were taken")


# -- mt-corpus.* is the align stage's output ----------------------------------------------


def _corpus_run(tmp_path: Path, tsv_lines: list[str], mt_corpus: bool = True):
    import aligner
    from aligner.pipeline import RunConfig

    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / "eule_de.txt").write_text("\n\n".join(DE) + "\n", encoding="utf-8")
    (folder / "eule_en.txt").write_text("\n\n".join(EN) + "\n", encoding="utf-8")
    (folder / "metadata.tsv").write_text(
        "file\tlanguage\ttranslation_of\neule_de.txt\tde\t\neule_en.txt\ten\teule_de.txt\n", encoding="utf-8")
    (tmp_path / "tr.tsv").write_text("".join(x + "\n" for x in tsv_lines), encoding="utf-8")
    cfg = RunConfig(embeddings="none", translations=tmp_path / "tr.tsv")
    cfg.align.mt_corpus = mt_corpus
    return aligner.run([folder], tmp_path / "r", config=cfg)


def test_no_mt_corpus_rerun_removes_the_old_mt_corpus(tmp_path):
    tsv = [f"{d}\t{e}" for d, e in zip(DE, EN)]
    _corpus_run(tmp_path, tsv)
    assert "garden" in (tmp_path / "r" / "mt-corpus.tsv").read_text(encoding="utf-8")
    tsv[0] = f"{DE[0]}\tThe fox sneaks across the yard."
    res = _corpus_run(tmp_path, tsv, mt_corpus=False)
    assert res["align"].status == "done"
    assert not list((tmp_path / "r").glob("mt-corpus.*"))


def test_deleted_mt_corpus_files_are_written_again(tmp_path):
    tsv = [f"{d}\t{e}" for d, e in zip(DE, EN)]
    _corpus_run(tmp_path, tsv)
    for name in ("mt-corpus.tsv", "mt-corpus.tmx"):
        (tmp_path / "r" / name).unlink()
        res = _corpus_run(tmp_path, tsv)
        assert res["align"].status == "done" and res["align"].summary["mt_pairs"] == 3
        assert "garden" in (tmp_path / "r" / name).read_text(encoding="utf-8")


def test_the_align_stage_declares_the_mt_corpus():
    from aligner.pipeline import STAGES, _matches

    align = next(s for s in STAGES if s.name == "align")
    for name in ("mt-corpus.tsv", "mt-corpus.de", "mt-corpus.tmx", "mt-corpus.fr-en.tsv"):
        assert any(_matches(name, p) for p in align.assigns), name
