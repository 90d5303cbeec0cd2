"""Session 21 (fx24a): one speaker's two statements on two days are not one statement
turned round; a live blog's repeat of a quote is set aside, not clustered apart from its
first copy nor counted as found in one article only; a translator's word is not flagged as
a changed word.  The four end-to-end tests are reviewer rv24's reproducers, as written.
Invented text only."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from aligner.cli import app
from aligner.match.clusters import _outlet_check
from aligner.match.consistency import opposed_texts
from aligner.model import QuoteVersion


def _run(tmp_path: Path, files: dict[str, str], meta: list[tuple[str, ...]] | None = None,
         tsv: list[tuple[str, str]] | None = None):
    inp = tmp_path / "in"
    inp.mkdir()
    for name, text in files.items():
        (inp / name).write_text(text, encoding="utf-8")
    if meta:
        rows = "".join("\t".join(r) + "\n" for r in meta)
        (inp / "metadata.tsv").write_text("file\toutlet\tlanguage\tdate\n" + rows, encoding="utf-8")
    out = tmp_path / "run"
    args = ["run", str(inp), "--out", str(out)]
    if tsv:
        (tmp_path / "t.tsv").write_text("".join(f"{a}\t{b}\n" for a, b in tsv), encoding="utf-8")
        args += ["--translations", str(tmp_path / "t.tsv")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    clusters = [json.loads(line) for line in (out / "clusters.jsonl").read_text().splitlines() if line.strip()]
    return out, clusters


def _ids(cluster: dict) -> set[str]:
    return {v["quote_id"] for v in cluster["versions"]}


# ---------------------------------------------------------------- reviewer rv24's reproducers

MONDAY_THURSDAY = {
    "mon_a.txt": "EU rules out gas price cap\n\nBRUSSELS — The commissioner spoke on Monday.\n\n"
                 "\"We will not introduce a gas price cap this winter,\" Energy Commissioner Anna Lindqvist "
                 "said on Monday.\n",
    "mon_b.txt": "No cap for now, says Brussels\n\nBRUSSELS — Reporters asked about prices on Monday.\n\n"
                 "\"We will not introduce a gas price cap this winter,\" Energy Commissioner Anna Lindqvist "
                 "told reporters on Monday.\n",
    "thu_a.txt": "Lindqvist opens door to price cap\n\nBRUSSELS — The commissioner changed course on Thursday.\n\n"
                 "\"We will introduce a gas price cap if prices double,\" Energy Commissioner Anna Lindqvist "
                 "said on Thursday.\n",
    "thu_b.txt": "Brussels signals cap is possible\n\nBRUSSELS — Industry leaders met the commissioner on Thursday.\n\n"
                 "\"We will introduce a gas price cap if prices double,\" Energy Commissioner Anna Lindqvist "
                 "said on Thursday.\n",
}
MONDAY_THURSDAY_META = [("mon_a.txt", "ledger", "en", "2026-11-30"), ("mon_b.txt", "gazette", "en", "2026-11-30"),
                        ("thu_a.txt", "ledger", "en", "2026-12-03"), ("thu_b.txt", "gazette", "en", "2026-12-03")]


def test_two_statements_on_different_days_not_joined_as_negation(tmp_path):
    """HIGH (wrong join + false negation flag). Monday: "We will not introduce a gas price cap
    this winter"; Thursday (other dates in the sidecar, "Thursday" in the text), the same speaker:
    "We will introduce a gas price cap if prices double". Each is reported verbatim by two outlets.
    Today all four versions form ONE cluster flagged **negation** ("'we will not introduce a' vs
    'we will introduce'"): the report tells a fact-checker that two outlets reversed her words.
    The same outlet (ledger) carries both, worded differently, on two dates."""
    _, clusters = _run(tmp_path, MONDAY_THURSDAY, MONDAY_THURSDAY_META)
    monday = {"mon_a#q0000", "mon_b#q0000", "mon_b#q0001"}
    thursday = {"thu_a#q0000", "thu_b#q0000"}
    for c in clusters:
        assert not (_ids(c) & monday and _ids(c) & thursday), c["flags"]
        assert "negation" not in c["flags"]


# ---------------------------------------------------------------- the rules on their own

def test_negation_with_a_condition_on_one_side_only_is_not_a_reversal():
    assert opposed_texts("We will not introduce a gas price cap this winter",
                         "We will introduce a gas price cap if prices double") is None
    assert opposed_texts("The ferry will not sail unless the storm passes", "The ferry will sail tomorrow") is None
    # the same statement turned round is still flagged, a condition on both sides or none
    assert opposed_texts("We will not introduce a gas price cap this winter",
                         "We will introduce a gas price cap this winter")
    assert opposed_texts("We will not raise the fees if the budget allows it",
                         "We will raise the fees if the budget allows it")


def _qv(qid: str, art: str, outlet: str, en: str, start: int = 0, speaker: str | None = "Anna Lindqvist",
        kind: str = "direct") -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=outlet, language="en", original=en, english=en,
                        start=start, end=start + len(en), kind=kind, speaker=speaker)


def test_one_outlets_two_versions_turned_round_are_not_one_statement():
    vs = [_qv("a#0", "a", "ledger", "We will not introduce a gas price cap this winter"),
          _qv("b#0", "b", "ledger", "We will introduce a gas price cap if prices double"),
          _qv("c#0", "c", "gazette", "We will not introduce a gas price cap this winter")]
    agree = _outlet_check(vs, {}, lambda i, j: True)  # (every pair words alike enough on chrF)
    assert not agree([0], [1])
    assert agree([0], [2])  # two outlets: not the outlet check's to judge
