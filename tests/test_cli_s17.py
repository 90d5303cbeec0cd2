"""The command line as the session-17 review used it: ``python -m aligner.cli`` and the
help texts.  The sentences are invented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import aligner

REPO = Path(aligner.__file__).resolve().parent.parent


def _python_m(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_python_m_aligner_cli_runs_the_command(tmp_path):
    (tmp_path / "a.txt").write_text("Die Stadt baut eine neue Brücke über den Fluss. Sie soll im Sommer fertig sein.\n",
                                    encoding="utf-8")
    proc = _python_m("aligner.cli", "run", "a.txt", "--out", "r", "--only", "ingest", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "r" / "sentences.jsonl").is_file(), "python -m aligner.cli run did nothing"


def test_python_m_aligner_cli_reports_a_usage_error(tmp_path):
    proc = _python_m("aligner.cli", "run", cwd=tmp_path)
    assert proc.returncode == 2 and "Missing argument" in proc.stderr and "Traceback" not in proc.stderr
