"""The public API: names, docstrings, the README example, defaults equal to the CLI's,
and logging instead of printing."""

from __future__ import annotations

import inspect
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

import aligner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora" / "seeds"


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


def test_every_public_name_imports_and_has_a_docstring():
    assert {"run", "ingest_paths", "extract_quotes", "translate_texts", "align_sentences", "match_quotes",
            "Article", "Sentence", "Quote", "Cluster", "AlignerError"} <= set(aligner.__all__)
    for name in aligner.__all__:
        value = getattr(aligner, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), f"aligner.{name} has no docstring"
    assert set(aligner.__all__) == set(aligner._EXPORTS) | {"__version__"}
    with pytest.raises(AttributeError):
        aligner.no_such_thing  # noqa: B018


def test_import_aligner_stays_cheap():
    code = "import sys, aligner; print(sorted(m for m in ('aligner.model', 'aligner.pipeline', 'numpy', 'torch') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr


def test_readme_api_example_runs(tmp_path):
    (tmp_path / "corpora").symlink_to(ROOT / "corpora")
    script = tmp_path / "example.py"
    script.write_text(readme_example(), encoding="utf-8")
    assert len(readme_example().strip().splitlines()) <= 10
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert all(f"'{s}': 'done'" in lines[0] for s in ("ingest", "quotes", "translate", "align", "match", "report"))
    assert any(line.startswith("Sergej Rjabkow") and "['de', 'en']" in line for line in lines)
    assert lines[-1] == "[('Wir verhandeln nicht', 'Scholz')]"
    assert proc.stderr.strip() == ""  # the library does not print; nobody configured logging


def _cli_defaults(command: str) -> dict[str, object]:
    import typer.main

    from aligner.cli import app

    group = typer.main.get_command(app)
    cmd = group.commands[command]  # type: ignore[attr-defined]
    return {p.name: p.default for p in cmd.params}


def test_run_api_defaults_are_the_cli_defaults():
    from aligner.api import run
    from aligner.pipeline import RunConfig

    cli = _cli_defaults("run")
    cfg = RunConfig()
    sig = inspect.signature(run).parameters
    # run()'s keywords default to None: "RunConfig's" (or the given config's) value
    assert sig["languages"].default is sig["pivot"].default is sig["embeddings"].default is None
    assert ",".join(cfg.languages) == cli["languages"]
    assert cfg.pivot == cli["to"]
    assert cfg.embeddings == cli["embeddings"]
    assert cfg.translate.batch_size == cli["batch_size"] and cfg.translate.beam == cli["beam"]
    assert cfg.translate.device == cli["device"] and cfg.translate.backend == cli["backend"]
    assert cfg.align.max_group == cli["align_max_group"] and cfg.align.min_score == cli["align_min_score"]


def test_translate_api_defaults_are_the_cli_defaults():
    from aligner.translate import translate_texts

    cli = _cli_defaults("translate")
    sig = inspect.signature(translate_texts).parameters
    for api, opt in (("batch_size", "batch_size"), ("beam", "beam"), ("device", "device"), ("tgt_lang", "to")):
        assert sig[api].default == cli[opt], api


def test_align_api_defaults_are_the_cli_defaults():
    from aligner.align import align_sentences

    cli = _cli_defaults("align")
    sig = inspect.signature(align_sentences).parameters
    assert sig["max_group"].default == cli["max_group"]
    assert sig["min_score"].default == cli["min_score"]


def test_pipeline_logs_instead_of_printing(tmp_path, capsys, caplog, monkeypatch):
    from aligner.pipeline import RunConfig, run_pipeline

    logger = logging.getLogger("aligner")  # as a library user finds it: no CLI handler
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", True)
    with caplog.at_level(logging.INFO, logger="aligner"):
        run_pipeline(RunConfig(inputs=[SEEDS], out=tmp_path / "run"), only=["ingest", "translate"])
    out, err = capsys.readouterr()
    assert out == "" and "stage ingest" not in err
    assert "stage ingest" in caplog.messages
    assert any(m.startswith("translate skipped: ") for m in caplog.messages)


def test_match_api_defaults_are_the_cli_defaults():
    from aligner.api import match_quotes

    cli = _cli_defaults("match")
    sig = inspect.signature(match_quotes).parameters
    assert sig["embeddings"].default == cli["embeddings"]
    assert sig["pivot"].default == cli["to"]
    assert sig["translations"].default == cli["translations"]
