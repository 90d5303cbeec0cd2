"""``aligner eval mt``: sacrebleu BLEU and chrF, equal to the sacrebleu CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import shared_path
from typer.testing import CliRunner

from aligner.cli import app

runner = CliRunner()


def _eval(*args):
    res = runner.invoke(app, ["eval", "mt", *args])
    return res


def test_identical_hypothesis_scores_100(tmp_path):
    ref = tmp_path / "ref.en"
    ref.write_text("The Kremlin rejected the accusations.\nTalks in Geneva ended without a result.\n", encoding="utf-8")
    res = _eval("--hyp", str(ref), "--ref", str(ref), "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["bleu"] == 100.0 and data["chrf"] == 100.0
    assert data["lines"] == 2
    assert data["bleu_signature"].startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp")
    assert "nc:6|nw:0" in data["chrf_signature"]


def test_unrelated_hypothesis_scores_low(tmp_path):
    ref = tmp_path / "ref.en"
    hyp = tmp_path / "hyp.en"
    ref.write_text("The Kremlin rejected the accusations.\n", encoding="utf-8")
    hyp.write_text("Bananas grow quickly in summer\n", encoding="utf-8")
    data = json.loads(_eval("--hyp", str(hyp), "--ref", str(ref), "--json").output)
    assert data["bleu"] < 5 and data["chrf"] < 25


def test_line_count_mismatch_is_one_line_error(tmp_path):
    ref = tmp_path / "ref.en"
    hyp = tmp_path / "hyp.en"
    ref.write_text("a\nb\n", encoding="utf-8")
    hyp.write_text("a\n", encoding="utf-8")
    res = _eval("--hyp", str(hyp), "--ref", str(ref))
    assert res.exit_code == 2
    assert "ref.en" in res.output and "has 2 lines" in res.output and "Traceback" not in res.output


def test_equals_sacrebleu_cli_on_wmt22():
    txt = shared_path("eval", "wmt22-de-en", "txt")
    hyp = txt / "system-outputs" / "generaltest2022.de-en.hyp.Online-B.en"
    refs = [txt / "references" / f"generaltest2022.de-en.ref.{x}.en" for x in "AB"]
    for use in (refs[:1], refs):
        args = ["--hyp", str(hyp)] + [a for r in use for a in ("--ref", str(r))] + ["--json"]
        res = _eval(*args)
        assert res.exit_code == 0, res.output
        ours = json.loads(res.output)
        cli = subprocess.run(
            [sys.executable, "-m", "sacrebleu", *map(str, use), "-i", str(hyp), "-m", "bleu", "chrf", "-b", "-w", "4"],
            capture_output=True, text=True, check=True,
        )
        bleu, chrf = json.loads(cli.stdout)
        assert (ours["bleu"], ours["chrf"]) == (bleu, chrf)
        assert ours["bleu_signature"].startswith(f"nrefs:{len(use)}|")
