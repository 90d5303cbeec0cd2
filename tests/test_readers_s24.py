"""Input folders with links: a link to a folder above the input folder is not followed (it would
read files the user never gave) and is noted; a link to another folder is followed."""

import json
import os

from typer.testing import CliRunner

from aligner.cli import app


def _run(inp, out):
    return CliRunner().invoke(app, ["run", str(inp), "--out", str(out), "--only", "ingest"])


def _paths(out):
    return [json.loads(line)["source_path"] for line in (out / "articles.jsonl").read_text().splitlines()]


def test_a_link_to_a_folder_above_the_input_is_not_read_and_is_noted(tmp_path):
    inp, other = tmp_path / "proj" / "in", tmp_path / "proj" / "other"
    inp.mkdir(parents=True)
    other.mkdir()
    (inp / "a.txt").write_text('"We will not accept this," Anna Berger said on Monday in Berlin.\n')
    (other / "private.txt").write_text("Private notes about the family budget for next year.\n")
    os.symlink("..", inp / "up")
    res = _run(inp, tmp_path / "r")
    assert res.exit_code == 0, res.output
    assert not any("private" in p for p in _paths(tmp_path / "r"))
    skipped = [json.loads(line) for line in (tmp_path / "r" / "skipped.jsonl").read_text().splitlines()]
    assert any(s["path"].endswith("up") and "holds the input folder" in s["reason"] for s in skipped)


def test_a_link_to_a_folder_beside_the_input_is_read(tmp_path):
    inp, real = tmp_path / "in", tmp_path / "real"
    inp.mkdir()
    real.mkdir()
    (inp / "b.txt").write_text('"Wir werden das nicht hinnehmen", sagte Anna Berger am Montag in Berlin.\n')
    (real / "a.txt").write_text('"We will not accept this," Anna Berger said on Monday in Berlin.\n')
    os.symlink(real, inp / "linked")
    res = _run(inp, tmp_path / "r")
    assert res.exit_code == 0, res.output
    assert any(p.endswith("a.txt") for p in _paths(tmp_path / "r"))
