"""report.md escapes untrusted text one way: Markdown syntax by backslash, and an
entity only for what could start HTML (``<``, an entity-like ``&name;``), so the raw
file reads as written and a renderer shows the text and runs nothing.  Sentences are
invented."""

from __future__ import annotations

import html
import re

import pytest

from aligner.match.clusters import build_clusters
from aligner.model import Article, QuoteVersion
from aligner.report.common import ReportNotes
from aligner.report.markdown import render_markdown

QUOTE = ('Both sides discussed "questions of closer cooperation" with Keller & Brandt, AT&T and '
         'the &copy; office <b>today</b> <script>alert(1)</script> as 3 > 2 | done')


def _report() -> str:
    arts = [Article(id=f"a{k}", text=QUOTE, language="en", outlet=f"Outlet {k}") for k in range(2)]
    vs = [QuoteVersion(f"a{k}#q0", f"a{k}", f"Outlet {k}", "en", QUOTE, QUOTE, 0, len(QUOTE), "direct",
                       "Clara Brandt", speaker_mention="Clara Brandt", speaker_confidence=0.9) for k in range(2)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    return render_markdown(clusters, arts, run=ReportNotes(n_quotes=2))


def test_markdown_keeps_quote_marks_and_ampersands_readable():
    md = _report()
    row = next(ln for ln in md.splitlines() if ln.startswith("| Outlet 0"))
    assert '"questions of closer cooperation"' in row and "&quot;" not in md
    assert "Keller & Brandt" in row and "AT&T" in row
    # the only entities are the two that keep HTML out
    assert set(re.findall(r"&#?\w+;", md)) <= {"&lt;", "&amp;"}
    assert "<" not in md.replace("&lt;", "")  # not even inside a backslash escape


def test_rendered_markdown_shows_the_text_and_runs_no_html():
    markdown_it = pytest.importorskip("markdown_it")
    page = markdown_it.MarkdownIt("commonmark").enable("table").render(_report())
    assert "<script" not in page and "<b>" not in page
    cells = re.findall(r"<td>(.*?)</td>", page)
    shown = [html.unescape(c) for c in cells]
    assert QUOTE[:150] in "\n".join(shown)
    assert any("&copy; office <b>today</b> <script>alert(1)</script> as 3 > 2 | done" in c for c in shown)
