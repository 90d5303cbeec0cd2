"""Scale / engine edges (rv45): SIGTERM under --engine ray stops the run the CLI's way
(exit 143, one 'interrupted' line), mt-corpus.tsv keeps one row per pair whatever the
file names hold, --engine ray without Ray is refused before --out is made, and a bad
file whose name holds a newline is one warning line.  Invented inputs only."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aligner.console import one_line

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _corpus(where: Path, n: int) -> Path:
    corpus = where / "in"
    corpus.mkdir()
    for k in range(n):
        (corpus / f"b{k:03d}.txt").write_text(
            f"The harbour master of Lakeford{k} said on Friday that the pier would reopen in spring.\n\n"
            f"\"We checked every plank,\" said Ola Inventa{k} at a press briefing.\n", encoding="utf-8")
    return corpus


def _aligner(*args: str | Path, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=ENV, cwd=ROOT)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs libc's signal()")
def test_signal_handlers_replaced_in_c_during_ray_start_are_put_back():
    """What ray.init does (a C-level handler for SIGTERM, behind Python's back) is undone
    when _signals_kept ends: the Python handler runs on the next SIGTERM."""
    from aligner.engines.ray_data import _signals_kept

    got: list[int] = []
    before = signal.signal(signal.SIGTERM, lambda signum, frame: got.append(signum))
    try:
        with _signals_kept():
            libc = ctypes.CDLL(None)
            libc.signal.restype = ctypes.c_void_p
            libc.signal(signal.SIGTERM, ctypes.c_void_p(1))  # SIG_IGN, set in C
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(100):
            if got:
                break
            time.sleep(0.01)
        assert got == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, before)


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the ray extra is not installed")
def test_ray_engine_sigterm_exits_143_with_one_interrupted_line(tmp_path):
    corpus = _corpus(tmp_path, 12)
    err = tmp_path / "err.txt"
    with err.open("w") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "aligner", "run", str(corpus), "--out", str(tmp_path / "run"),
             "--engine", "ray", "--embeddings", "none", "--no-mt-corpus"],
            stdout=subprocess.DEVNULL, stderr=fh, start_new_session=True, env=ENV, cwd=ROOT)
        try:
            t0 = time.time()
            while "stage ingest" not in err.read_text(encoding="utf-8", errors="replace"):
                if proc.poll() is not None or time.time() - t0 > 45:
                    pytest.skip("the run ended before its first stage began")
                time.sleep(0.1)
            time.sleep(0.3)
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    text = err.read_text(encoding="utf-8", errors="replace")
    assert "SIGTERM received" not in text and "Traceback" not in text, text[-800:]
    assert rc == 143, (rc, text[-800:])
    assert [ln for ln in text.splitlines() if "interrupted" in ln][0].startswith("error: interrupted")


def test_mt_corpus_tsv_has_one_row_of_three_columns_per_pair(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    src = ["Der Fährmann hat am Mittwoch einen neuen Fahrplan angekündigt.",
           "Der Fährmann hat am Donnerstag einen neuen Fahrplan angekündigt.",
           "Die Gemeinde rechnet mit deutlich mehr Fahrgästen im Sommer."]
    mt = ["The ferryman announced a new timetable on Wednesday.", "The ferryman announced a new timetable on Thursday.",
          "The municipality expects clearly more passengers in summer."]
    (corpus / "tab\tname.txt").write_text(f"{src[0]}\n\n{src[2]}\n", encoding="utf-8")
    (corpus / "new\nline.txt").write_text(f"{src[1]}\n\n{src[2]}\n", encoding="utf-8")
    tsv = tmp_path / "tr.tsv"
    tsv.write_text("".join(f"{s}\t{t}\n" for s, t in zip(src, mt)), encoding="utf-8")
    out = tmp_path / "run"
    proc = _aligner("run", corpus, "--out", out, "--translations", tsv, "--embeddings", "none", "--jobs", "1",
                    "--only", "ingest", "--only", "translate", "--only", "align")
    assert proc.returncode == 0, proc.stderr[-800:]
    rows = [r.split("\t") for r in (out / "mt-corpus.tsv").read_text(encoding="utf-8").split("\n")[:-1]]
    assert len(rows) == (out / "mt-corpus.de").read_text(encoding="utf-8").count("\n") == 4
    assert all(len(r) == 3 for r in rows), rows
    ids = sorted(r[2] for r in rows)
    assert len(set(ids)) == 4  # the two files' sentences stay apart
    assert all(i.startswith(("new⟨U+000A⟩line#", "tab⟨U+0009⟩name#")) for i in ids), ids
    assert {(r[0], r[1]) for r in rows} == set(zip(src, mt))


_NO_RAY = """
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name == "ray" or name.startswith("ray."):
            raise ImportError("blocked " + name)
        return None
sys.meta_path.insert(0, _Block())
sys.argv[0] = "aligner"
from aligner.cli import main
main()
"""


def test_engine_ray_without_ray_is_refused_before_out_is_made(tmp_path):
    out = tmp_path / "run"
    proc = subprocess.run([sys.executable, "-c", _NO_RAY, "run", str(_corpus(tmp_path, 2)), "--out", str(out),
                           "--engine", "ray", "--embeddings", "none"],
                          capture_output=True, text=True, timeout=60, env=ENV, cwd=ROOT)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --engine ray needs Ray"), proc.stderr
    assert not out.exists()


def test_one_line_makes_tabs_newlines_and_hidden_marks_visible():
    assert one_line("a\nb\tc\u202ed") == "a⟨U+000A⟩b⟨U+0009⟩c⟨U+202E⟩d"
    assert one_line("Müller – ok.txt") == "Müller – ok.txt"


def test_bad_file_with_newline_in_its_name_is_one_warning_line(tmp_path):
    corpus = _corpus(tmp_path, 2)
    (corpus / "blank\nfile.txt").write_bytes(b"")
    proc = _aligner("run", corpus, "--out", tmp_path / "run", "--only", "ingest", "--jobs", "1")
    warn = [ln for ln in proc.stderr.splitlines() if "blank" in ln or "file.txt" in ln]
    assert len(warn) == 1, proc.stderr
    assert warn[0].startswith("warning: ") and "blank⟨U+000A⟩file.txt: empty file" in warn[0], warn
