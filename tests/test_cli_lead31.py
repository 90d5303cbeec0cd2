"""aligner quotes --out inside its input (rt31-7 on fx104's cb54383): a run directory's loader reads only the
run's own files, so another file there may be written again; a plain folder's files are articles."""
from __future__ import annotations

from typer.testing import CliRunner

import aligner
from aligner.cli import app
from aligner.pipeline import RunConfig

runner = CliRunner()
TEXT = '"We will build the bridge next year," Mayor Anna Weber said on Monday.\n'


def test_quotes_into_a_run_directory_can_be_run_again(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    aligner.run([tmp_path / "in"], tmp_path / "rd", config=RunConfig(embeddings="none"), only=["ingest"])
    out = tmp_path / "rd" / "mine.jsonl"
    for _ in range(2):
        result = runner.invoke(app, ["quotes", str(tmp_path / "rd"), "--out", str(out)])
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["quotes", str(tmp_path / "rd"), "--out", str(tmp_path / "rd" / "articles.jsonl")])
    assert result.exit_code != 0 and "articles.jsonl" in result.output


def test_quotes_into_a_plain_input_folder_is_refused_the_first_time(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(tmp_path / "in"), "--out", str(tmp_path / "in" / "q.jsonl")])
    assert result.exit_code != 0 and "next run" in result.output and not (tmp_path / "in" / "q.jsonl").exists()
