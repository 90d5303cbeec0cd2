"""Session 22 simp22: `aligner quotes` and an article whose quotes cannot be extracted, as
`aligner run` reports it: one warning line naming it, a skipped.jsonl row when reading a run
directory, a non-zero exit; the other articles' quotes are written.  Invented sentences only."""

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


def test_quotes_of_a_run_directory_record_a_failed_article_in_skipped_jsonl(tmp_path):
    src = _inputs(tmp_path / "in")
    run = tmp_path / "run"
    assert _aligner("ingest", src, "--out", run).returncode == 0
    for _ in range(2):  # a second time: the row is replaced, not repeated
        proc = _aligner("quotes", run, "--out", tmp_path / "q.jsonl")
        assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
        (line,) = _warnings(proc)
        assert str(src / "listing.txt") in line and "quotation marks" in line and "(no quotes taken from it)" in line
        assert _texts(tmp_path / "q.jsonl") == ["The ferry will run again in April"]
        rows = [json.loads(x) for x in (run / "skipped.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [(r["path"], r["stage"]) for r in rows] == [(str(src / "listing.txt"), "quotes")]
        assert rows[0]["reason"].startswith("10,002 quotation marks")  # the reason alone: the path names the file


def test_quotes_of_article_files_name_the_failed_one_and_exit_non_zero(tmp_path):
    src = _inputs(tmp_path / "in")
    proc = _aligner("quotes", src, "--out", tmp_path / "q.jsonl")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    (line,) = _warnings(proc)
    assert str(src / "listing.txt") in line and "(no quotes taken from it)" in line
    assert _texts(tmp_path / "q.jsonl") == ["The ferry will run again in April"]
    assert sorted(p.name for p in src.iterdir()) == ["good.txt", "listing.txt"]  # nothing written beside the inputs
