"""The report's count of flagged clusters keeps serious flags (negation, number, speaker,
truncation) apart from the ones only worth a look (paraphrase, wording)."""

from __future__ import annotations

import re

from aligner.model import Article, Cluster
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown


def _clusters() -> list[Cluster]:
    kinds = [["negation", "cross-lingual"], ["paraphrase"], ["wording", "truncation"], ["wording"],
             ["mixed-kinds"], []]
    return [Cluster(id=f"c{n}", versions=[], flags=flags) for n, flags in enumerate(kinds)]


def test_markdown_header_separates_serious_from_worth_a_look():
    md = render_markdown(_clusters(), [Article(id="a", text="x", language="en")])
    (line,) = [ln for ln in md.splitlines() if ln.startswith("- flagged clusters:")]
    assert re.search(r"\b2 with a serious flag\b", line) and re.search(r"\b2 worth a look\b", line)


def test_html_header_separates_serious_from_worth_a_look():
    page = render_html(_clusters(), [Article(id="a", text="x", language="en")])
    assert "6 quote clusters (flagged: 2 with a serious flag" in page and "2 worth a look" in page
    # a serious badge says so in text too: "serious: " for screen readers, a mark for the eye
    badges = dict((f, cls) for cls, f in re.findall(
        r'<span class="badge( serious)?" title="[^"]*">(?:<span class="vh">serious: </span>'
        r'<span aria-hidden="true">⚠ </span>)?([a-z-]+)</span>', page))
    assert badges["negation"] == badges["truncation"] == " serious"
    assert badges["paraphrase"] == badges["wording"] == ""  # worth a look: not marked serious


def test_consistency_counts_serious_and_worth_a_look_apart():
    from aligner.match.consistency import flagged_counts

    assert flagged_counts(_clusters()) == (2, 2)


def test_run_summary_counts_serious_flags_apart(tmp_path):
    import json

    import aligner

    said = "We will not close the harbour before the storm season ends next year"
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(f"The harbour master spoke on Friday. “{said},” said Lena Okafor.\n", encoding="utf-8")
    (src / "b.txt").write_text(f"The port was busy. “{said.replace('not ', '')},” said Lena Okafor on Friday.\n",
                               encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(src)], str(out), embeddings="none")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))["match"]
    clusters = [json.loads(line) for line in (out / "clusters.jsonl").read_text(encoding="utf-8").splitlines()]
    negated = [c for c in clusters if "negation" in c["flags"]]
    assert negated and summary["flagged_serious"] == len(negated) and summary["flagged_worth_a_look"] == 0
    assert "flagged" not in summary  # one count of both kinds said 'flagged' of a mere paraphrase
