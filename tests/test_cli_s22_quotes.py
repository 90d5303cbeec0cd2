"""Session 22 simp22: `aligner quotes` and an article whose quotes cannot be extracted, as
`aligner run` reports it: one warning line naming it and a non-zero exit; the other articles' quotes are
written.  A run directory is only read: its skipped.jsonl describes the run's own quotes.jsonl, which this
command does not rewrite, so it stays as it was.  Invented sentences only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOOD = "“The ferry will run again in April,” said harbour master Jonas Eklund.\n"
FLOOD = "Die Liste: " + "„a“ " * 5001 + "\n"  # over the quotation marks an article may hold


def _aligner(*args) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "300"}
    return subprocess.run([sys.executable, "-m", "aligner", *map(str, args)], capture_output=True, text=True,
                          timeout=300, env=env)


def _inputs(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "listing.txt").write_text(FLOOD, encoding="utf-8")
    return folder


def _warnings(proc) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if ln.startswith(("warning:", "error:"))]


def _texts(path: Path) -> list[str]:
    return [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_quotes_of_a_run_directory_warn_and_leave_the_run_alone(tmp_path):
    src = _inputs(tmp_path / "in")
    run = tmp_path / "run"
    assert _aligner("ingest", src, "--out", run).returncode == 0
    row = {"path": str(src / "good.txt"), "stage": "quotes", "reason": "an earlier run's reason"}
    (run / "skipped.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    before = _files(run)
    for lang in ("auto", "de"):
        proc = _aligner("quotes", run, "--lang", lang, "--out", tmp_path / "q.jsonl")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        (line,) = _warnings(proc)
        assert str(src / "listing.txt") in line and "quotation marks" in line and "(no quotes taken from it)" in line
        assert _files(run) == before  # skipped.jsonl and everything else in the run directory unchanged


def test_quotes_of_a_run_directory_write_the_good_articles_quotes(tmp_path):
    src = _inputs(tmp_path / "in")
    run = tmp_path / "run"
    assert _aligner("ingest", src, "--out", run).returncode == 0
    proc = _aligner("quotes", run, "--out", tmp_path / "q.jsonl")
    assert proc.returncode == 1, proc.stderr
    assert _texts(tmp_path / "q.jsonl") == ["The ferry will run again in April"]


def test_quotes_of_article_files_name_the_failed_one_and_exit_non_zero(tmp_path):
    src = _inputs(tmp_path / "in")
    proc = _aligner("quotes", src, "--out", tmp_path / "q.jsonl")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    # (the listing's sentences over 4,000 characters are said too, since fx104's rv64-2: one more warning line)
    (line,) = [ln for ln in _warnings(proc) if "quotation marks" in ln]
    assert str(src / "listing.txt") in line and "(no quotes taken from it)" in line
    assert _texts(tmp_path / "q.jsonl") == ["The ferry will run again in April"]
    assert sorted(p.name for p in src.iterdir()) == ["good.txt", "listing.txt"]  # nothing written beside the inputs
