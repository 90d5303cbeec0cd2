"""report.html / report.md (rv56, rv54): what the contents table says of a cluster that could
not be compared, which clusters hold pairs never checked, which versions a flag is between,
badges and word diffs that read right as text, the quoted-titles note."""
from __future__ import annotations

import html
import re

from aligner.model import Article, Cluster, ClusterPair, QuoteVersion
from aligner.report.common import ReportNotes
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown

_NOTE = "no English rendering on one side: matched on cross-lingual embeddings of the originals"


def _v(qid: str, outlet: str, lang: str, text: str, english: str | None = None, flags=(), **kw) -> QuoteVersion:
    en = text if lang == "en" else (english or "")
    return QuoteVersion(qid, qid.split("#")[0], outlet, lang, text, en, 0, len(text), "direct", "Jana Krüger",
                        flags=list(flags), speaker_confidence=0.9, **kw)


def _articles(versions) -> list[Article]:
    return [Article(id=v.article_id, text=v.original, language=v.language, outlet=v.outlet, title=f"T {v.article_id}")
            for v in versions]


def _never_compared() -> Cluster:
    """A German and an English version with no English for the German: its one pair never compared."""
    vs = [_v("de1#q0000", "Tagesblatt", "de", "Wir werden genau 40 Kilometer Radwege bauen", flags=["no-english"]),
          _v("en2#q0000", "Daily Times", "en", "We will not build 14 kilometres of cycle lanes")]
    pair = ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="none", details={"note": _NOTE})
    return Cluster("cnever", vs, "Jana Krüger", inconsistency=0.5, flags=["cross-lingual"], pairs=[pair])


def _toc_rows(page: str) -> list[list[str]]:
    """The contents table's rows, each cell as the text a reader (or a screen reader) gets."""
    toc = page[page.index('<table class="toc">'):]
    toc = toc[:toc.index("</table>")]
    rows = re.findall(r"<tr data-cluster=.*?</tr>", toc, re.S)
    return [[html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td>(.*?)</td>", r, re.S)]
            for r in rows]


# rv56-11: a cluster none of whose pairs could be compared shows no number in the contents


def test_contents_table_says_not_compared_for_a_cluster_never_compared():
    c = _never_compared()
    page = render_html([c], _articles(c.versions))
    (row,) = _toc_rows(page)
    assert row[1] == "not compared"  # the legend's promise: "not compared" instead of a number
    assert "0.50" not in row[1]
    # the section says it too, as before
    assert '<span class="score">not compared</span>' in page


def test_contents_table_keeps_the_number_of_a_compared_cluster():
    c = _never_compared()
    c.pairs[0].compared = "english"
    c.pairs[0].chrf = 0.4
    c.inconsistency = 0.63
    (row,) = _toc_rows(render_html([c], _articles(c.versions)))
    assert row[1] == "0.63"


def test_markdown_contents_say_not_compared_for_a_cluster_never_compared():
    c = _never_compared()
    out = render_markdown([c], _articles(c.versions), run=ReportNotes(n_quotes=2))
    (line,) = [ln for ln in out.splitlines() if ln.startswith("- [1.")]
    assert line.split("):", 1)[1].rstrip().endswith("not compared")
