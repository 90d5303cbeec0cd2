"""Hostile inputs and faults (issue 14): each defect found by the campaign is a test.

Every case asserts what a user sees: no traceback, one line naming the file and the
reason, the exit code, and that nothing done is lost (the good articles' outputs are
those of a clean run; a damaged database costs no output file).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpora" / "seeds"
TSV = REPO / "corpora" / "translations" / "seeds.de-en.tsv"
DE_SEED = SEEDS / "000_56f271b78337dfd8.txt"
EN_SEED = SEEDS / "003_8d4c6674a1dcbac4.txt"

DE = (
    "Die Bürger in Köln zahlen künftig mehr für Öl und Gas, sagte der Bürgermeister am Dienstag. "
    "Die Straßenbahn fährt häufiger, meinten viele Fahrgäste am Abend."
)
EN = "The mayor said on Tuesday that the city would pay more for oil and gas next year, and that buses would run more often."


def aligner(*args: str, timeout: float = 300, **kw) -> subprocess.CompletedProcess:
    """The real CLI in a fresh interpreter, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env, **kw)


def no_traceback(proc) -> None:
    text = proc.stdout + proc.stderr
    assert "Traceback" not in text and "Error:" not in text.replace("error:", ""), text


def lines_with(proc, needle: str) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if needle in ln]


def two_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DE_SEED, folder / DE_SEED.name)
    shutil.copy(EN_SEED, folder / EN_SEED.name)
    return folder


def jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


# -- file names are not terminal markup ------------------------------------------------------


def test_markup_in_file_and_folder_names(tmp_path):
    src = two_articles(tmp_path / "in[/b]")
    (src / "[entwurf].txt").write_bytes(b"")  # skipped with a warning that must name it
    out = tmp_path / "out[/b]"
    proc = aligner("run", src, "--out", out, "--only", "ingest", "--only", "quotes")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert lines_with(proc, "[entwurf].txt: empty file")
    assert len(jsonl(out / "articles.jsonl")) == 2
    assert str(out) in proc.stderr

    proc = aligner("ingest", src, "--out", tmp_path / "ing[/i]", "--explain")
    no_traceback(proc)
    assert proc.returncode == 0 and lines_with(proc, "[entwurf].txt: empty file")

    proc = aligner("quotes", src / DE_SEED.name, "--out", tmp_path / "q[/b].tsv")
    no_traceback(proc)
    assert proc.returncode == 0 and str(tmp_path / "q[/b].tsv") in proc.stderr

    (tmp_path / "a[").mkdir()
    a, b = tmp_path / "a[" / "b].txt", tmp_path / "b[red].txt"  # the path reads a[/b].txt
    a.write_text("Der Satz eins.\nDer Satz zwei.\n", encoding="utf-8")
    b.write_text("Sentence one.\nSentence two.\n", encoding="utf-8")
    proc = aligner("align", a, b, "--presegmented", "--embeddings", "none", "--format", "tsv", "--out", tmp_path / "x[/b].tsv")
    no_traceback(proc)
    assert proc.returncode == 0 and str(tmp_path / "x[/b].tsv") in proc.stderr


# -- impossible options are refused before any work --------------------------------------


@pytest.mark.parametrize("case", ["missing", "no-tab", "backend", "wrong-target", "out-is-file"])
def test_impossible_options_refused_before_any_work(tmp_path, case):
    src = two_articles(tmp_path / "in")
    out = tmp_path / "run"
    args: list = ["run", src, "--out", out, "--embeddings", "none"]
    named = ""
    if case == "missing":
        named = str(tmp_path / "nope.tsv")
        args += ["--translations", named]
    elif case == "no-tab":
        bad = tmp_path / "bad.tsv"
        bad.write_text("Ein Satz ohne Tabulator\nnoch einer\n", encoding="utf-8")
        args += ["--translations", bad]
        named = str(bad)
    elif case == "backend":
        args += ["--backend", "telepathy"]
        named = "telepathy"
    elif case == "wrong-target":
        args += ["--translations", TSV, "--to", "de"]  # the file translates into English
        named = str(TSV)
    else:
        out.write_text("not a folder", encoding="utf-8")
        named = str(out)
    proc = aligner(*args)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    errors = lines_with(proc, "error:")
    assert len(errors) == 1 and named in errors[0], proc.stderr
    assert "stage ingest" not in proc.stderr  # refused before any work
    assert not (out / "articles.jsonl").exists() if out.is_dir() else out.read_text() == "not a folder"


# -- exit codes ----------------------------------------------------------------------------------


def test_requested_stage_that_fails_exits_nonzero(tmp_path, monkeypatch):
    import aligner.match.stage as match_stage
    from aligner.errors import AlignerError

    def broken(store, cfg):
        raise AlignerError("the match stage broke")

    monkeypatch.setattr(match_stage, "stage", broken)
    src = two_articles(tmp_path / "in")
    res = CliRunner().invoke(app, ["run", str(src), "--out", str(tmp_path / "r"), "--embeddings", "none"])
    assert res.exit_code == 1, res.output
    assert (tmp_path / "r" / "articles.jsonl").exists()  # what worked is kept


def test_ctrl_c_says_what_was_kept_and_exits_130(tmp_path):
    src = two_articles(tmp_path / "in")
    out = tmp_path / "r"
    # a real SIGINT, delivered while the translate stage runs
    code = (
        "import os, signal, sys\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # as in a terminal, even when CI starts us with SIGINT ignored
        "import aligner.translate.stage as t\n"
        "def slow(store, cfg):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    import time; time.sleep(5)\n"
        "t.stage = slow\n"
        "sys.argv = ['aligner'] + sys.argv[1:]\n"
        "from aligner.cli import main; main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "run", str(src), "--out", str(out), "--embeddings", "none"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
    no_traceback(proc)
    assert proc.returncode == 128 + signal.SIGINT
    (line,) = lines_with(proc, "interrupted")
    assert "ingest" in line and "quotes" in line and "re-run" in line and str(out) in line
    assert len(jsonl(out / "articles.jsonl")) == 2  # the finished stages' results are kept


# -- the run directory: --out a file, a lock, a damaged database ---------------------------------


def test_second_run_into_the_same_directory_is_refused_naming_the_holder(tmp_path):
    from aligner.store import RunStore

    src = two_articles(tmp_path / "in")
    out = tmp_path / "r"
    with RunStore(out).lock("aligner run (test holder)"):
        proc = aligner("run", src, "--out", out, "--embeddings", "none")
        no_traceback(proc)
        assert proc.returncode == 75  # EX_TEMPFAIL: an overlap, not a fault (fx76; was 2)
        (line,) = lines_with(proc, "error:")
        assert str(out) in line and f"pid {os.getpid()}" in line and "in use" in line
        assert not (out / "articles.jsonl").exists()
    proc = aligner("run", src, "--out", out, "--only", "ingest")  # released: runs
    assert proc.returncode == 0, proc.stderr


def _fill_memory(out: Path, n: int) -> None:
    from aligner.store import RunStore
    from aligner.translate.base import Hypothesis
    from aligner.translate.memory import TranslationMemory

    with RunStore(out) as store:
        TranslationMemory.for_store(store).put_many(
            [(f"key{i}", "hf", "m", "fp", "de", "en", f"Satz Nummer {i} " * 6, Hypothesis(f"Sentence {i} " * 6, 0.5, []))
             for i in range(n)]
        )


@pytest.mark.parametrize("damage", ["truncated", "garbage", "header"])
def test_damaged_database_loses_no_output(tmp_path, damage):
    src = two_articles(tmp_path / "in")
    clean, out = tmp_path / "clean", tmp_path / "r"
    args = ["--embeddings", "none", "--translations", TSV]
    assert aligner("run", src, "--out", clean, *args).returncode == 0
    assert aligner("run", src, "--out", out, *args).returncode == 0
    _fill_memory(out, 2000)
    with sqlite3.connect(out / "aligner.sqlite") as conn:  # 2000 + the brought translations, which go through it too
        entries = conn.execute("SELECT COUNT(*) FROM translation_memory").fetchone()[0]
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(("aligner.sqlite", "."))}
    db = out / "aligner.sqlite"
    data = bytearray(db.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data[len(data) // 3 : len(data) // 3 + 16384] = os.urandom(16384)
    else:
        data[:100] = b"\x00" * 100
    db.write_bytes(bytes(data))

    proc = aligner("run", src, "--out", out, *args)
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    (line,) = lines_with(proc, "damaged database")
    assert str(db) in line and "moved aside" in line and "translation memory" in line
    if damage == "garbage":
        assert "lost" in line and f"of about {entries} entries recovered" in line
    assert list(out.glob("aligner.sqlite.damaged-*"))
    after = {p.name for p in out.iterdir()}
    assert set(before) <= after  # no output file lost
    for name in ("articles.jsonl", "sentences.jsonl", "translations.jsonl", "corpus.tsv"):
        if (clean / name).exists():
            assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    with sqlite3.connect(db) as conn:  # rebuilt and usable
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


# -- inputs: run directories, outlet ids, sidecars, NUL bytes -------------------------------------


def test_run_directories_inside_the_input_are_not_articles(tmp_path):
    src = two_articles(tmp_path / "in")
    first = aligner("run", src, "--out", src / "run1", "--only", "ingest")  # --out inside the input
    assert first.returncode == 0, first.stderr
    assert len(jsonl(src / "run1" / "articles.jsonl")) == 2
    second = aligner("run", src, "--out", tmp_path / "run2", "--only", "ingest")
    no_traceback(second)
    assert len(jsonl(tmp_path / "run2" / "articles.jsonl")) == 2  # not 2 + everything in run1


def test_outlet_ids_do_not_depend_on_path_spelling(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(DE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rel = ingest_paths([Path("in/a.txt")], quiet=True).articles[0]
    absolute = ingest_paths([src / "a.txt"], quiet=True).articles[0]
    dotted = ingest_paths([Path("./in/../in/a.txt")], quiet=True).articles[0]
    assert rel.outlet == absolute.outlet == dotted.outlet
    assert rel.id == absolute.id == dotted.id


def test_single_file_picks_up_its_folders_metadata(tmp_path):
    res = ingest_paths([EN_SEED], quiet=True)
    (art,) = res.articles
    assert art.outlet == "sputnik-international" and art.date == "2022-01-25"


def test_nul_bytes_anywhere_never_reach_the_outputs(tmp_path):
    late = tmp_path / "late.txt"
    late.write_bytes(((DE + "\n") * 60).encode("utf-8") + DE.encode("utf-8")[:20] + b"\x00\x00" + DE.encode("utf-8")[20:] + b"\n")
    assert late.stat().st_size > 9000
    jl = tmp_path / "x.jsonl"
    jl.write_text(json.dumps({"id": "j1", "text": DE.replace("Köln", "K\u0000öln"), "title": "T\u0000itel"}) + "\n", encoding="utf-8")
    res = ingest_paths([late, jl], quiet=True)
    assert not res.skipped and len(res.articles) == 2
    for rec in res.articles + res.sentences + res.paragraphs:
        assert "\x00" not in json.dumps(rec.to_dict(), ensure_ascii=False)
    assert any("Köln" in s.text for s in res.sentences if s.article_id == "j1")


# -- one decoder for every command ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_align_reads_what_ingest_reads(tmp_path, encoding):
    a, b = tmp_path / "de.txt", tmp_path / "en.txt"
    a.write_bytes("Die Bürger zahlen mehr.\nDer Bürgermeister sagte das am Dienstag.\n".encode(encoding))
    b.write_bytes("The citizens pay more.\nThe mayor said so on Tuesday.\n".encode(encoding))
    out = tmp_path / "o.tsv"
    res = CliRunner().invoke(app, ["align", str(a), str(b), "--presegmented", "--embeddings", "none", "--format", "tsv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("Die Bürger zahlen mehr.\tThe citizens pay more.")


def test_align_refuses_an_oversize_file_without_reading_it(tmp_path, monkeypatch):
    from aligner import readers

    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(30 * 1024 * 1024)
    small = tmp_path / "s.txt"
    small.write_text("A sentence.\n", encoding="utf-8")
    monkeypatch.setattr(readers, "_read_bytes", lambda p: pytest.fail(f"read {p} whole"))
    res = CliRunner().invoke(app, ["align", str(big), str(small), "--presegmented", "--embeddings", "none", "--out", str(tmp_path / "o")])
    from aligner.errors import InputError

    assert isinstance(res.exception, InputError)  # the CLI's main prints it as one line, exit 2
    assert "over the 20 MB limit" in str(res.exception) and str(big) in str(res.exception)


# -- the bilingual corpus --------------------------------------------------------------------------


def _declared_pair_store(tmp_path):
    from run_stores import declared_pair_run

    de = ["Der Gipfel ist 8848 m hoch.", "Die Expedition begann im Mai.", "Sie kehrten im Juni zurück."]
    en = ["The summit is 8848 m high.", "The expedition began in May.", "They returned in June."]
    mt = list(en)
    mt[2] = ""  # a missing translation
    store, _ = declared_pair_run(tmp_path, de, en, mt)
    return store, de, en


def test_bilingual_corpus_holds_document_pairs_only(tmp_path):
    from aligner.align.stage import stage
    from aligner.pipeline import RunConfig

    store, de, en = _declared_pair_store(tmp_path)
    res = stage(store, RunConfig(out=store.root, embeddings="none"))
    corpus_de = store.path("corpus.de").read_text(encoding="utf-8").splitlines()
    assert corpus_de == de  # each German sentence once, with its human translation
    assert store.path("corpus.en").read_text(encoding="utf-8").splitlines() == en
    rows = [ln.split("\t") for ln in store.path("corpus.tsv").read_text(encoding="utf-8").splitlines()]
    beads = {r["src_text"]: r["score"] for r in store.read("alignments.jsonl")}
    for src, tgt, score, _similarity in rows:
        assert src.strip() and tgt.strip()
        assert abs(float(score) - beads[src]) < 1e-4  # the aligner's confidence, not a constant
    assert all(r["tgt_article"] == "a-en" for r in store.read("alignments.jsonl"))  # no MT beads mixed in
    # the MT pairs: their own file, marked as MT, no empty target
    mt_rows = [ln.split("\t") for ln in store.path("mt-corpus.tsv").read_text(encoding="utf-8").splitlines()]
    assert [(s, t) for s, t, _ in mt_rows] == [(de[0], en[0]), (de[1], en[1])]
    assert [sid for _, _, sid in mt_rows] == ["a-de#s0000", "a-de#s0001"]
    assert res.summary["corpus_pairs"] == 3 and res.summary["mt_pairs"] == 2

    # --no-mt-corpus: no MT files at all
    for p in store.root.glob("mt-corpus.*"):
        p.unlink()
    from aligner.pipeline import AlignConfig

    stage(store, RunConfig(out=store.root, embeddings="none", align=AlignConfig(mt_corpus=False)))
    assert not list(store.root.glob("mt-corpus.*")) and store.path("corpus.tsv").exists()


def test_seeds_say_there_is_no_bilingual_corpus(tmp_path):
    out = tmp_path / "r"
    proc = aligner("run", SEEDS, "--out", out, "--embeddings", "none", "--translations", TSV, "--only", "ingest",
                   "--only", "translate", "--only", "align")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert lines_with(proc, "no bilingual corpus")
    assert not list(out.glob("corpus*"))  # not the translations file echoed back as a corpus
    summary = json.loads((out / "summary.json").read_text())
    assert summary["align"]["bilingual_corpus"].startswith("none")
    mt = (out / "mt-corpus.tsv").read_text(encoding="utf-8").splitlines()
    assert mt and all(len(r.split("\t")) == 3 and all(c.strip() for c in r.split("\t")) for r in mt)
    assert len({r.split("\t")[2] for r in mt}) == len(mt)  # each sentence once


# -- huge articles: bounded, linear ---------------------------------------------------------------


def test_a_huge_single_line_article_is_split_in_bounded_pieces(monkeypatch):
    """SoMaJo never sees more than MAX_PIECE characters at once, and at most the article
    budget in all; the rest is split by punctuation (and said so in the article's meta)."""
    import aligner.ingest as ingest_mod
    import aligner.segment as seg
    from aligner.readers import RawDoc

    seen: list[int] = []
    real = seg._tokenizer

    class Spy:
        def __init__(self, tok):
            self.tok = tok

        def tokenize_text(self, paras):
            seen.append(sum(len(p) for p in paras))
            return self.tok.tokenize_text(paras)

    monkeypatch.setattr(seg, "_tokenizer", lambda model: Spy(real(model)))
    monkeypatch.setattr(ingest_mod, "SOMAJO_BUDGET_CHARS", 20_000)
    text = (DE + " ") * 1500  # about 240 KB on one line
    res = ingest_mod.process_doc(RawDoc(id="big", text=text, source_path="big.txt", source_format="txt"), ("de", "en"))
    assert max(seen) <= seg.MAX_PIECE and sum(seen) <= 20_000
    assert len(res.sentences) == 3000  # two sentences per repeat, none lost at the cuts
    assert all(s.text in DE for s in res.sentences)
    assert res.articles[0].meta["punctuation_split_paragraphs"] == 1


def test_long_paragraphs_cut_at_sentence_ends():
    from aligner.segment import MAX_PIECE, split_sentences

    text = " ".join(f"Satz Nummer {k} steht hier am {k % 28 + 1}. Dezember." for k in range(400))
    assert len(text) > 4 * MAX_PIECE
    spans = split_sentences(text, "de")
    assert len(spans) == 400  # "14. Dezember" is never a boundary, nothing lost at the cuts
    assert all(text[s:e].endswith("Dezember.") for s, e in spans)


# -- HTML -----------------------------------------------------------------------------------------------


def test_html_unclosed_h1_is_not_the_whole_body(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(f"<html><head><title>Köln | Zeitung</title></head><body><h1>Köln zahlt mehr <div>{DE}</div><div>{DE} Noch mehr.</div></body></html>", encoding="utf-8")
    (art,) = ingest_paths([page], quiet=True).articles
    assert art.title == "Köln zahlt mehr"


def test_html_deeply_nested_page_keeps_its_text(tmp_path):
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 3000 + f"<p>{DE}</p><p>{DE} Zweiter Absatz.</p>" + "</div>" * 3000 + "</body></html>", encoding="utf-8")
    res = ingest_paths([page], quiet=True)
    assert not res.skipped, res.skipped
    (art,) = res.articles
    assert "Die Straßenbahn fährt häufiger" in art.text and "plain text" in art.meta["html_extraction"]


def test_html_what_the_extraction_dropped_is_recorded(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(
        f"<html><body><nav><a href=/>Startseite</a> <a href=/p>Politik</a></nav><article><h1>Titel der Geschichte hier</h1>"
        f"<p class=byline>Von Max Mustermann</p><p>{DE}</p><figure><img src=x><figcaption>Ein Bild der Stadt Köln am Rhein</figcaption>"
        f"</figure><p>{DE} Mehr dazu.</p></article><div class=comments><h3>Kommentare</h3><p>Leser: So ein Unsinn, wirklich!</p></div>"
        "<footer>Impressum Datenschutz</footer></body></html>",
        encoding="utf-8",
    )
    res = ingest_paths([page], quiet=True)
    dropped = {r.text: r.reason for r in res.removals if r.start < 0}
    assert dropped["Startseite Politik"] == "html-navigation"
    assert dropped["Von Max Mustermann"] == "html-byline"
    assert dropped["Ein Bild der Stadt Köln am Rhein"] == "html-caption"
    assert dropped["Leser: So ein Unsinn, wirklich!"] == "html-comments"
    assert dropped["Impressum Datenschutz"] == "html-footer"
    res2 = CliRunner().invoke(app, ["ingest", str(page), "--out", str(tmp_path / "r"), "--explain"])
    assert res2.exit_code == 0 and "nothing removed" not in res2.output and "html-byline" in res2.output


# -- a batch of hostile inputs next to good articles ------------------------------------------------


def test_good_articles_come_out_as_in_a_clean_run_whatever_lies_beside_them(tmp_path):
    clean = tmp_path / "clean"
    # an article without metadata takes its outlet from its file's path: outlets are not compared here
    assert aligner("run", two_articles(tmp_path / "good"), "--out", clean, "--only", "ingest", "--only", "quotes").returncode == 0
    src = two_articles(tmp_path / "in")
    hostile = {
        "img.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        "empty.txt": b"",
        "[entwurf].txt": b" \n",
        "a<img src=x onerror=alert(1)>.txt": DE.encode(),
        "\u202eevil\u202c.txt": EN.encode(),
        "nul.txt": ((DE + "\n") * 100).encode() + b"\x00" + DE.encode(),
        "lines.jsonl": b'{"id": "j1", "text": "' + DE.encode() + b'"}\n{oops\n',
        "junk.html": b"<html><<<<>>>></dif></html",
    }
    for name, data in hostile.items():
        (src / name).write_bytes(data)
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    out = tmp_path / "r"
    proc = aligner("run", src, "--out", out, "--only", "ingest", "--only", "quotes")
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    for name in ("img.txt: binary file", "empty.txt: empty file", "[entwurf].txt: empty file", "lines.jsonl:2: malformed JSON",
                 "junk.html: no article text", "dangling.txt: broken symbolic link"):
        assert len(lines_with(proc, name)) == 1, (name, proc.stderr)
    for table in ("articles.jsonl", "sentences.jsonl", "quotes.jsonl"):
        want = {json.dumps({k: v for k, v in r.items() if k not in ("source_path", "outlet")}, sort_keys=True) for r in jsonl(clean / table)}
        got = {json.dumps({k: v for k, v in r.items() if k not in ("source_path", "outlet")}, sort_keys=True) for r in jsonl(out / table)}
        assert want <= got, table  # every good article's records exactly as in the clean run
    ids = {a["id"] for a in jsonl(out / "articles.jsonl")}
    assert {"a<img src=x onerror=alert(1)>", "\u202eevil\u202c", "nul", "j1"} <= ids  # odd but readable: kept


def test_translations_tsv_read_by_the_one_decoder_and_warned_once(tmp_path, caplog):
    """A Latin-1 translations file passes the up-front check (readers.read_text_file), so
    the stages must decode it the same way; a line without a TAB is reported once per
    run although the translate and match stages both read the file."""
    import logging

    from aligner.translate.precomputed import read_pairs

    tsv = tmp_path / "t.tsv"
    tsv.write_bytes("Grüße aus Köln.\tGreetings from Cologne.\nohne Tabulator\n".encode("latin-1"))
    logger = logging.getLogger("aligner")  # the CLI tests may have stopped its propagation
    logger.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.WARNING, logger="aligner"):
            first = read_pairs(tsv)
            second = read_pairs(tsv)
    finally:
        logger.removeHandler(caplog.handler)
    assert first == second == [("Grüße aus Köln.", "Greetings from Cologne.")]
    # one record (the handler sits on "aligner" and, through propagation, may see it twice)
    assert len({id(r) for r in caplog.records if "no TAB" in r.getMessage()}) == 1


def test_a_folder_of_translations_is_read_by_the_one_decoder(tmp_path):
    """A translated document in Latin-1 (as ingest would read it) pairs with its article
    instead of being skipped as 'not UTF-8 text'."""
    from aligner.model import Article, Sentence
    from aligner.translate.precomputed import load_folder, source_key

    text = "Grüße aus Köln."
    art = Article(id="a", text=text, source_path=str(tmp_path / "a.txt"))
    sent = Sentence("a#s0000", "a", "a#p0000", 0, 0, len(text), text, "de")
    folder = tmp_path / "translated"
    folder.mkdir()
    (folder / "a.txt").write_bytes("Greetings from Cologne, naïvely.\n".encode("latin-1"))
    table, counts = load_folder(folder, [art], [sent])
    assert counts["documents"] == 1 and table[source_key(text)] == "Greetings from Cologne, naïvely."


def test_html_with_a_malformed_declaration_keeps_what_was_read():
    """html.parser's one complaint (AssertionError on an unknown <![...[ section) is the
    only error the page scan absorbs; its text before that is kept."""
    from aligner.readers import PageText

    page = PageText.of(f"<p>{DE}</p><![bogus[ x ]]><p>more</p>")
    assert [line for line, _tag in page.lines] == [DE]
