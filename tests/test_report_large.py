"""The report of a very large cluster (one agency quote in many outlets): its flagged
pairs and a few others listed, the rest counted and pointed to in clusters.jsonl."""

from __future__ import annotations

import re

from aligner.match.clusters import MAX_SCAN_VERSIONS
from aligner.model import Article, Cluster, ClusterPair, QuoteVersion
from aligner.report.html import OTHER_PAIRS_LISTED, render_html


def _cluster(n: int, cid: str) -> tuple[list[Article], Cluster]:
    text = "The talks will go on next week, the <b>minister</b> said."
    arts = [Article(id=f"{cid}-{k}", text=text, language="en", outlet=f"Outlet {k}") for k in range(n)]
    vs = [QuoteVersion(f"{cid}-{k}#q0", f"{cid}-{k}", f"Outlet {k}", "en", text, text, 0, len(text), "direct", "Minister")
          for k in range(n)]
    pairs = [ClusterPair(vs[0].quote_id, v.quote_id, chrf=1.0) for v in vs[1:]]
    pairs += [ClusterPair(v.quote_id, w.quote_id, chrf=0.9) for v, w in zip(vs[1:], vs[2:])]
    for p in pairs[5:8]:
        p.flags, p.details = ["number"], {"number": "<7> vs 9"}
    return arts, Cluster(id=cid, versions=vs, speaker="Minister", flags=["number"], pairs=pairs)


def _listed_rows(page: str, cid: str) -> int:
    section = page[page.index(f'id="c-{cid}"'):]
    section = section[: section.index("</section>")]
    return section.count("<tr>") - 1  # less the header row


def test_large_cluster_lists_flagged_pairs_and_says_where_the_rest_are():
    n = MAX_SCAN_VERSIONS + 5
    arts, big = _cluster(n, "cbig")
    page = render_html([big], arts)
    total = len(big.pairs)  # 2n - 3
    assert _listed_rows(page, "cbig") == 3 + OTHER_PAIRS_LISTED < total
    assert page.count("&lt;7&gt; vs 9") == 3 and "<7>" not in page
    left = total - 3 - OTHER_PAIRS_LISTED
    assert re.search(rf"the other {left} pairs \(no flag\) are not listed", page)
    assert "clusters.jsonl" in page and "&quot;cbig&quot;" in page
    assert f"({3 + OTHER_PAIRS_LISTED} of {total} listed)" in page
    assert page.count('class="version"') == n  # every version is still shown


def test_cluster_at_the_scan_limit_lists_every_pair():
    arts, small = _cluster(MAX_SCAN_VERSIONS, "csmall")
    page = render_html([small], arts)
    assert _listed_rows(page, "csmall") == len(small.pairs) > OTHER_PAIRS_LISTED + 3
    assert "not listed" not in page
