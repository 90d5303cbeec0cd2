"""The report: self-contained HTML, hostile text escaped, rebuilt by ``aligner report``."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from aligner.cli import app
from aligner.match.clusters import build_clusters
from aligner.model import Article, QuoteVersion
from aligner.report import rebuild
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown
from aligner.store import RunStore

HOSTILE = 'We will not <script>alert("x")</script> accept & "tolerate" this deployment near our borders'


def _data():
    t1 = f"Intro. The minister said: {HOSTILE}. End."
    t2 = f"Other outlet. He said {HOSTILE.replace('not ', '')}. Fin."
    a1 = Article(id="a1", text=t1, language="en", outlet="Outlet <One>", title="A <b>bold</b> title")
    a2 = Article(id="a2", text=t2, language="en", outlet="Outlet Two")
    q1 = HOSTILE
    q2 = HOSTILE.replace("not ", "")
    s1, s2 = t1.index(q1), t2.index(q2)
    vs = [
        QuoteVersion("a1#q0000", "a1", a1.outlet, "en", q1, q1, s1, s1 + len(q1), "direct", "Minister"),
        QuoteVersion("a2#q0000", "a2", a2.outlet, "en", q2, q2, s2, s2 + len(q2), "direct", "Minister"),
    ]
    clusters = build_clusters(vs)
    return [a1, a2], clusters


def test_html_escapes_everything_and_is_self_contained():
    articles, clusters = _data()
    assert len(clusters) == 1 and "negation" in clusters[0].flags
    page = render_html(clusters, articles)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>bold</b>" not in page and "Outlet &lt;One&gt;" in page
    # nothing to fetch: no external resources, every link is an in-page anchor
    assert not re.search(r"""(?:src|href)=["'](?!#)""", page)
    assert "<link" not in page
    # each version links to its quote, highlighted inside the embedded article
    for v in clusters[0].versions:
        anchor = "q-" + re.sub(r"[^A-Za-z0-9_-]", "_", v.quote_id)
        assert f'href="#{anchor}"' in page
        assert f'<mark id="{anchor}"' in page
    # the negation difference is highlighted in the second version
    assert "<del>not</del>" in page


def test_markdown_summary_lists_flags():
    articles, clusters = _data()
    md = render_markdown(clusters, articles, n_quotes=2)
    assert md.startswith("# Quote consistency report")
    assert "- quotes: 2" in md and "**negation**" in md
    assert "negation" in md.split("vs `a2#q0000`")[1].splitlines()[0]


def _run_dir(path):
    """A run directory holding the test articles and clusters; returns them."""
    articles, clusters = _data()
    store = RunStore(path)
    store.write("articles.jsonl", articles)
    store.write("clusters.jsonl", clusters)
    store.close()
    return articles, clusters


def test_cli_report_rebuilds(tmp_path):
    _run_dir(tmp_path / "run")
    result = CliRunner().invoke(app, ["report", str(tmp_path / "run")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "run" / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in page and "1 quote clusters (1 flagged)" in page
    assert (tmp_path / "run" / "report.md").exists()


def test_cli_report_missing_clusters_is_one_line_error(tmp_path):
    (tmp_path / "run").mkdir()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "run")])
    assert result.exit_code != 0
    assert "clusters.jsonl" in str(result.exception) or "clusters.jsonl" in result.output


def test_rebuild_equals_stage_output(tmp_path):
    articles, clusters = _run_dir(tmp_path / "r")
    md, html = rebuild(tmp_path / "r")
    assert html.read_text(encoding="utf-8") == render_html(clusters, articles, [], None)


def test_markdown_escapes_hostile_text_and_shows_english_originals():
    articles, clusters = _data()
    md = render_markdown(clusters, articles, n_quotes=2)
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "Outlet &lt;One&gt;" in md
    rows = [line for line in md.splitlines() if line.startswith("| Outlet")]
    assert len(rows) == 2 and all("(same)" in r and "deployment near our borders" in r for r in rows)
