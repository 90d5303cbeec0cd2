"""The command line as the session-18 review used it.  The sentences are invented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _aligner(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aligner", *args], capture_output=True, text=True, timeout=300, **kw)


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text("Der Rat tagte lange.\n\n„Wir bauen die Brücke bis zum Herbst“, sagte "
                                  "Bürgermeisterin Jana Roth am Dienstag.\n", encoding="utf-8")
    return folder


def test_match_without_the_quotes_stage_is_refused_in_one_line(tmp_path):
    run = tmp_path / "run"
    assert _aligner("ingest", str(_articles(tmp_path / "in")), "--out", str(run)).returncode == 0
    proc = _aligner("match", str(run), "--embeddings", "none")
    assert proc.returncode == 2, proc.stdout
    assert "stage match needs quotes.jsonl" in proc.stderr and "Traceback" not in proc.stderr
    assert "flagged" not in proc.stdout
    assert not (run / "report.md").exists() and not (run / "clusters.jsonl").exists()
