"""simp28: the library's runs check --out against the inputs as the CLI does (one check for both);
an input file inside --out (a table of the run directory itself) is refused before it is removed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import aligner
from aligner.errors import AlignerError

DE = ("„Wir bauen die neue Brücke im Sommer“, sagte Bürgermeisterin Lena Hofbauer am Dienstag.\n\n"
      "Der Bau der Brücke soll zwei Jahre dauern.\n")


def _archive(tmp_path: Path) -> Path:
    inp = tmp_path / "archive"
    inp.mkdir()
    (inp / "a.txt").write_text(DE, encoding="utf-8")
    return inp


def _cli(*args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "aligner", "run", *map(os.fspath, args)], capture_output=True,
                          text=True, timeout=300, errors="replace")


def test_library_run_into_the_input_folder_is_refused_and_writes_nothing_there(tmp_path):
    inp = _archive(tmp_path)
    with pytest.raises(AlignerError) as info:
        aligner.run([inp], inp, only=["ingest"], embeddings="none")
    message = str(info.value)
    assert "\n" not in message and message.count(str(inp)) == 2 and "is the input folder" in message
    assert sorted(p.name for p in inp.iterdir()) == ["a.txt"]  # no tables, no lock, no database among the articles


def test_library_run_into_a_folder_that_holds_the_input_is_refused(tmp_path):
    inp = _archive(tmp_path)
    with pytest.raises(AlignerError, match="holds the input folder") as info:
        aligner.run([inp], tmp_path, only=["ingest"], embeddings="none")
    assert str(inp) in str(info.value) and str(tmp_path) in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]


def test_an_input_file_of_the_run_directory_itself_is_refused_and_the_table_is_kept(tmp_path):
    inp = _archive(tmp_path)
    run = tmp_path / "run"
    assert _cli(inp, "--out", run, "--only", "ingest").returncode == 0
    table = run / "articles.jsonl"
    before = table.read_bytes()
    assert b"Hofbauer" in before
    proc = _cli(table, "--out", run, "--only", "ingest")  # re-ingest the run's own articles into it
    assert proc.returncode == 2, proc.stderr
    (line,) = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert "holds the input file" in line and str(table) in line and "Traceback" not in proc.stderr
    assert table.read_bytes() == before  # not removed before ingest could read it
    with pytest.raises(AlignerError, match="holds the input file"):
        aligner.run([table], run, only=["ingest"], embeddings="none")
    assert table.read_bytes() == before
