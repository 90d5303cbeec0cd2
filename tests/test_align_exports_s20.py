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


def _corpus_run(tmp_path: Path, tsv_lines: list[str], mt_corpus: bool = True, only: list[str] | None = None):
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
    return aligner.run([folder], tmp_path / "r", config=cfg, only=only)


def test_no_mt_corpus_rerun_removes_the_old_mt_corpus(tmp_path):
    tsv = [f"{d}\t{e}" for d, e in zip(DE, EN)]
    _corpus_run(tmp_path, tsv)
    assert "garden" in (tmp_path / "r" / "mt-corpus.tsv").read_text(encoding="utf-8")
    tsv[0] = f"{DE[0]}\tThe fox sneaks across the yard."
    res = _corpus_run(tmp_path, tsv, mt_corpus=False)
    assert res["align"].status == "done"
    assert not list((tmp_path / "r").glob("mt-corpus.*"))


def test_no_mt_corpus_align_only_rerun_removes_the_old_mt_corpus_and_renamed_pairs(tmp_path):
    """The align stage does not remove mt-corpus.* itself: the pipeline forgets every
    file the stage assigns before it runs it again."""
    tsv = [f"{d}\t{e}" for d, e in zip(DE, EN)]
    _corpus_run(tmp_path, tsv)
    (tmp_path / "r" / "mt-corpus.fr-en.tsv").write_text("Un renard.\tA fox.\tx#s0000\n", encoding="utf-8")
    res = _corpus_run(tmp_path, tsv, mt_corpus=False, only=["align"])
    assert res["align"].status == "done"
    assert not list((tmp_path / "r").glob("mt-corpus.*"))
    res = _corpus_run(tmp_path, tsv, only=["align"])
    assert res["align"].summary["mt_pairs"] == 3
    assert sorted(p.name for p in (tmp_path / "r").glob("mt-corpus.*")) == [
        "mt-corpus.de", "mt-corpus.en", "mt-corpus.tmx", "mt-corpus.tsv"]


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


# -- what the confidence can say --------------------------------------------------------


def test_nfd_text_is_scored_as_its_nfc_form_and_written_as_given():
    import unicodedata

    from aligner.align import align_sentences

    de = ["Die Bäuerin füttert die Hühner.", "Über dem Moor zieht Nebel auf.", "Am Abend kam die Sonne heraus."]
    nfd = [unicodedata.normalize("NFD", x) for x in de]
    assert nfd != de
    pairs = align_sentences(EN, nfd, de)  # the "MT" of EN: the very same German, composed
    sims = [p.similarity for p in pairs if p.src and p.tgt]
    assert len(sims) == 3 and min(sims) > 0.99, sims
    assert [p.tgt_text for p in pairs] == nfd  # the written text is the file's


def test_confidence_without_mt_or_embeddings_stays_below_one_half(tmp_path):
    _write(tmp_path / "s.txt", ["Die Fähre legt um acht Uhr ab.", "Der Bäcker hat heute geschlossen.",
                                "Im Park blühen die Kirschbäume."])
    _write(tmp_path / "t.txt", ["The museum opens a new wing.", "Its roof is made of glass and steel.",
                                "Tickets go on sale next week."])
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0, r.stderr
    scores = [float(x.split("\t")[2]) for x in (tmp_path / "o.tsv").read_text(encoding="utf-8").splitlines()]
    assert scores and max(scores) < 0.5, scores
    said = " ".join((r.stdout + r.stderr).split())
    assert "length-only" in said, said
    assert "do not look like translations" not in said  # length alone cannot tell


def test_align_help_says_confidences_without_mt_or_embeddings_are_length_only():
    from typer.testing import CliRunner

    from aligner.cli import app

    res = CliRunner().invoke(app, ["align", "--help"], env={"COLUMNS": "400"})
    assert "length-only" in " ".join(res.output.split())


def test_same_language_pair_in_a_run_without_embeddings_is_compared_by_its_text(tmp_path):
    import aligner

    folder = tmp_path / "in"
    folder.mkdir()
    en = ["The ferry leaves at eight.", "The bakery is closed today.", "Cherry trees bloom in the park."]
    (folder / "a_en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    (folder / "b_en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    (folder / "metadata.tsv").write_text("file\tlanguage\ttranslation_of\na_en.txt\ten\t\nb_en.txt\ten\ta_en.txt\n",
                                         encoding="utf-8")
    res = aligner.run([folder], tmp_path / "r", embeddings="none", only=["ingest", "align"])
    assert res["align"].summary["corpus_pairs"] == 3 and "length_only_pairs" not in res["align"].summary
    scores = [float(x.split("\t")[2]) for x in (tmp_path / "r" / "corpus.tsv").read_text(encoding="utf-8").splitlines()]
    assert min(scores) > 0.8, scores  # one language: the texts themselves are compared, not only their lengths
    assert (tmp_path / "r" / "corpus.en1").is_file() and (tmp_path / "r" / "corpus.en2").is_file()


# -- a pair that is not one is said -----------------------------------------------------

FERRY_DE = ["Die Fähre legt wieder um acht Uhr ab.", "Im Winter fuhr sie nur zweimal am Tag.",
            "Pendler sparen so eine halbe Stunde."]
MUSEUM_EN = ["The museum opens a new wing in May.", "Its roof is made of glass and steel.",
             "Tickets for the opening go on sale next week."]
FERRY_EN = ["The ferry leaves at eight o'clock again.", "In winter it only ran twice a day.",
            "Commuters thus save half an hour."]


def _declared(tmp_path: Path, target: list[str]):
    import logging

    import aligner

    folder = tmp_path / "in"
    folder.mkdir(parents=True)
    (folder / "faehre_de.txt").write_text("\n\n".join(FERRY_DE) + "\n", encoding="utf-8")
    (folder / "museum_en.txt").write_text("\n\n".join(target) + "\n", encoding="utf-8")
    (folder / "metadata.tsv").write_text(
        "file\tlanguage\ttranslation_of\nfaehre_de.txt\tde\t\nmuseum_en.txt\ten\tfaehre_de.txt\n", encoding="utf-8")
    (tmp_path / "tr.tsv").write_text("".join(f"{d}\t{e}\n" for d, e in zip(FERRY_DE, FERRY_EN)), encoding="utf-8")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("aligner").addHandler(handler)
    try:
        res = aligner.run([folder], tmp_path / "r", translations=tmp_path / "tr.tsv", embeddings="none")
    finally:
        logging.getLogger("aligner").removeHandler(handler)
    said = [r.getMessage() for r in records if r.levelno >= logging.WARNING]
    return res["align"], said


def test_unrelated_declared_pair_is_said_in_one_line_and_in_the_summary(tmp_path):
    align, said = _declared(tmp_path, MUSEUM_EN)
    scores = [float(x.split("\t")[2]) for x in (tmp_path / "r" / "corpus.tsv").read_text(encoding="utf-8").splitlines()]
    assert max(scores) < 0.3, scores  # the premise: the aligner knows
    lines = [x for x in said if "museum_en.txt" in x and "faehre_de.txt" in x]
    assert len(lines) == 1 and "3 of 3 beads" in lines[0], said
    assert align.summary["unrelated_pairs"] == [lines[0].removeprefix("align: ")]


def test_a_true_declared_pair_is_not_said(tmp_path):
    align, said = _declared(tmp_path, FERRY_EN)
    assert align.summary["corpus_pairs"] == 3 and "unrelated_pairs" not in align.summary
    assert not [x for x in said if "translations of each other" in x], said


def test_align_translations_of_another_document_are_said(tmp_path):
    _write(tmp_path / "s.txt", FERRY_DE)
    _write(tmp_path / "t.txt", FERRY_EN)
    _write(tmp_path / "m.txt", MUSEUM_EN)
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--translations", "m.txt", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0, r.stderr
    warned = [x for x in (r.stderr + r.stdout).splitlines() if x.startswith("warning") and "m.txt" in x]
    assert len(warned) == 1 and "3 of 3 beads" in warned[0], r.stderr
    _write(tmp_path / "m.txt", FERRY_EN)  # the right MT: not a word
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--translations", "m.txt", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0 and "translations of each other" not in r.stderr + r.stdout, r.stderr


# -- options that cannot work are refused first -----------------------------------------


def test_align_min_score_outside_0_1_is_refused(tmp_path):
    _write(tmp_path / "s.txt", DE)
    _write(tmp_path / "t.txt", EN)
    for bad in ("2", "-0.1", "1.01"):
        r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--min-score", bad, "--format", "tsv", "-o", "o.tsv")
        assert r.returncode == 2 and "--min-score" in r.stderr, (bad, r.stderr)
        assert not (tmp_path / "o.tsv").exists()
    r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", "--min-score", "1", "--format", "tsv", "-o", "o.tsv")
    assert r.returncode == 0, r.stderr


def test_align_output_folder_is_refused_in_one_line_before_work(tmp_path):
    _write(tmp_path / "s.txt", DE)
    _write(tmp_path / "t.txt", EN)
    (tmp_path / "outdir").mkdir()
    (tmp_path / "pre.en").mkdir()
    for args in (["-o", "outdir"], ["--format", "moses", "-o", "pre"]):
        r = _align(tmp_path, "s.txt", "t.txt", "--presegmented", *args)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert r.returncode != 0 and len(lines) == 1 and "folder" in lines[0], r.stderr
        assert "Traceback" not in r.stderr and not (tmp_path / "pre.de").exists()
