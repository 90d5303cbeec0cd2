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


# --- help texts ------------------------------------------------------------------------

def _help(*args: str) -> str:
    from typer.testing import CliRunner

    from aligner.cli import app

    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def _commands():
    import typer.main

    from aligner.cli import app

    stack = [([], typer.main.get_command(app))]
    while stack:
        path, cmd = stack.pop()
        subs = getattr(cmd, "commands", None)
        if subs:
            stack += [([*path, name], sub) for name, sub in subs.items()]
        else:
            yield path, cmd


def test_every_option_of_every_command_is_described():
    bare = [(" ".join(path), p.opts[0]) for path, cmd in _commands() for p in cmd.params
            if p.param_type_name == "option" and not (p.help or "").strip()]
    assert not bare, f"options without a description in --help: {bare}"


def _option_line(help_text: str, option: str) -> str:
    """An option's help entry, its wrapped lines joined."""
    lines = help_text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip().startswith(option + " "))
    entry = [lines[start]]
    for ln in lines[start + 1:]:
        if ln.strip().startswith("-") or not ln.startswith(" "):
            break
        entry.append(ln)
    return " ".join(" ".join(entry).split())


def test_batch_size_and_beam_are_described_with_their_defaults():
    for command in ("run", "translate"):
        text = _help(command)
        batch, beam = _option_line(text, "--batch-size"), _option_line(text, "--beam")
        assert "sentences" in batch.lower() and "default: 32" in batch, batch
        assert "greedy" in beam.lower() and "default: 1" in beam, beam


def test_run_backend_states_its_default():
    line = _option_line(_help("run"), "--backend")
    assert "default" in line and "hf" in line.split("default", 1)[1], line


def test_arguments_read_as_metavars_in_usage_and_help():
    run_help, align_help = _help("run"), _help("align")
    usage = run_help.splitlines()[0]
    assert usage.rstrip().endswith("[OPTIONS] INPUT..."), usage
    assert "{" not in usage and "<list[" not in run_help, run_help[:400]
    assert align_help.splitlines()[0].rstrip().endswith("[OPTIONS] SRC TGT")
    for path, _ in _commands():
        text = _help(*path)
        assert "<list[" not in text and "{" not in text.splitlines()[0], (path, text[:300])
