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
    badges = dict((f, cls) for cls, f in re.findall(r'<span class="badge( serious)?" title="[^"]*">([a-z-]+)</span>', page))
    assert badges["negation"] == badges["truncation"] == " serious"
    assert badges["paraphrase"] == badges["wording"] == ""  # worth a look: not marked serious
