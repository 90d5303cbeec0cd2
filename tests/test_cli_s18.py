"""The command line as the session-18 review used it.  The sentences are invented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


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


def _align(tmp_path: Path, *options: str, code: int = 0) -> str:
    from typer.testing import CliRunner

    from aligner.cli import app

    files = {"a.txt": "Der Rat tagte.\nDie Brücke ist fertig.\nEs regnet heute.\nDer Hund bellt.\nDas Haus brennt.\n",
             "b.txt": "The council met.\nThe bridge is ready.\nThe dog barks.\nThe house is on fire.\n",
             "a.mt": "The council met.\nThe bridge is finished.\nIt is raining today.\nThe dog barks.\nThe house burns.\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--presegmented",
                                   "--translations", str(tmp_path / "a.mt"), "--embeddings", "none", "--format", "tsv",
                                   "-o", str(tmp_path / "o.tsv"), *options], env={"COLUMNS": "400"})
    assert res.exit_code == code, res.output
    return " ".join(res.output.split())


def test_align_min_score_says_what_it_kept_and_left_out(tmp_path):
    # "Es regnet heute." has no English line: an unaligned sentence (confidence 0)
    assert "aligned 5 x 4 sentences: 5 beads, 4 non-empty on both sides" in _align(tmp_path)
    said = _align(tmp_path, "--min-score", "0.01")
    assert "4 of 5 beads kept, 4 non-empty on both sides; 0 below --min-score 0.01 and 1 unaligned sentence left out" in said
    # a confidence is in [0, 1]: a --min-score above 1 is refused (session 20), as `aligner run --align-min-score` does
    said = _align(tmp_path, "--min-score", "1.01", code=2)
    assert "Invalid value for '--min-score'" in said


def test_translate_interrupted_says_what_was_kept_and_exits_130(tmp_path):
    """Ctrl-C (a real SIGINT, sent while the stage works) gives the one line `aligner run` gives."""
    run = tmp_path / "run"
    assert _aligner("ingest", str(_articles(tmp_path / "in")), "--out", str(run)).returncode == 0
    code = (
        "import os, signal, sys, time\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # as in a terminal, even if started with SIGINT ignored
        "import aligner.translate.stage as stage\n"
        "def interrupted(store, cfg, **kw):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(30)\n"
        "stage.translate_store = interrupted\n"
        "sys.argv = ['aligner'] + sys.argv[1:]\n"
        "from aligner.cli import main\n"
        "main()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, "translate", str(run), "--backend", "precomputed",
                           "--translations", str(tmp_path / "none.tsv")], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, (proc.stdout, proc.stderr)
    said = " ".join(proc.stderr.split())
    assert said.startswith("error: interrupted during translate; finished stages kept in") and "Traceback" not in said, said
    assert "re-run the same command to resume" in said


@pytest.mark.parametrize("command", ["ingest", "quotes"])
def test_other_commands_interrupted_say_so_and_exit_130(tmp_path, command):
    """Ctrl-C inside ingest or quotes gets one line too, not typer's silent exit 130."""
    src = _articles(tmp_path / "in")
    patch = {
        "ingest": "import aligner.ingest as m\nm.ingest_paths = interrupted\nimport aligner.commands.ingest\n",
        "quotes": "import aligner.quotes.stage as m\nm.extract_all = interrupted\n",
    }[command]
    code = (
        "import os, signal, sys, time\n"
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"  # as in a terminal, even if started with SIGINT ignored
        "def interrupted(*a, **kw):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(30)\n"
        + patch
        + "sys.argv = ['aligner'] + sys.argv[1:]\n"
        "from aligner.cli import main\n"
        "main()\n"
    )
    args = [str(src), "--out", str(tmp_path / "run")] if command == "ingest" else [str(src)]
    proc = subprocess.run([sys.executable, "-c", code, command, *args], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 130, (proc.stdout, proc.stderr)
    said = " ".join(proc.stderr.split())
    assert said.startswith("error: interrupted") and "Traceback" not in said, said


def test_an_interrupted_stage_is_not_listed_as_finished(tmp_path):
    """Ctrl-C in `aligner match` on a run an earlier command finished: the earlier run's
    record of match and report is not finished work of this one."""
    import json

    from aligner.commands.run import interrupted_message

    (tmp_path / "summary.json").write_text(json.dumps(
        {s: {"status": "done"} for s in ("ingest", "quotes", "match", "report")}), encoding="utf-8")
    said = interrupted_message(tmp_path, ("match", "report"))
    assert "during match, report" in said
    kept = said.split("finished stages kept in", 1)[1].split(";", 1)[0]
    assert "ingest" in kept and "quotes" in kept and "match" not in kept and "report" not in kept
