"""The report lists every cluster with a serious flag before those only worth a look,
and its summary says where they are (invented clusters)."""

from __future__ import annotations

import re

from aligner.match.consistency import reading_order
from aligner.model import Article, Cluster, QuoteVersion
from aligner.report.common import ReportNotes
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown


def _version(qid: str, text: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet="o", language="en", original=text,
                        english=text, start=0, end=len(text), kind="direct")


def _clusters() -> list[Cluster]:
    # the worth-a-look clusters score higher than the serious one (a truncation with a high chrF)
    specs = [("c-look1", ["paraphrase"], 2.1, "The ferry leaves at dawn"), ("c-look2", ["wording"], 1.9, "Bread is dear"),
             ("c-serious", ["truncation"], 1.05, "We will rebuild the pier"), ("c-none", [], 0.2, "Hello all")]
    return [Cluster(id=cid, versions=[_version(f"{cid}a#q0", text), _version(f"{cid}b#q0", text)], flags=flags,
                    inconsistency=score) for cid, flags, score, text in specs]


def test_serious_clusters_come_first_then_by_inconsistency():
    assert [c.id for c in reading_order(_clusters())] == ["c-serious", "c-look1", "c-look2", "c-none"]


def test_markdown_lists_the_serious_cluster_first_and_says_so():
    md = render_markdown(_clusters(), [Article(id="a", text="x", language="en")])
    sections = [s for s in md.split("\n## ") if re.match(r"\d+\. ", s)]  # the clusters' sections
    assert sections[0].startswith("1.") and "We will rebuild the pier" in sections[0]
    assert "The ferry leaves at dawn" in sections[1]
    (line,) = [ln for ln in md.splitlines() if ln.startswith("- flagged clusters:")]
    assert re.search(r"1 with a serious flag \([a-z, ]+\) \(cluster 1, listed first\)", line)


def test_html_numbers_the_serious_cluster_first():
    page = render_html(_clusters(), [Article(id="a", text="x", language="en")])
    assert page.index("We will rebuild the pier") < page.index("The ferry leaves at dawn")
    assert "(cluster 1, listed first)" in page


def test_no_serious_flag_names_no_cluster():
    md = render_markdown([c for c in _clusters() if c.id != "c-serious"], [Article(id="a", text="x", language="en")])
    (line,) = [ln for ln in md.splitlines() if ln.startswith("- flagged clusters:")]
    assert line.startswith("- flagged clusters: 0 with a serious flag") and "listed first" not in line


def test_links_refused_between_topics_are_said():
    """The match stage's count of quote pairs it did not join across topics reaches the
    report's 'what could not be checked' list (review_s19b #5)."""
    arts = [Article(id="a", text="x", language="en")]
    md = render_markdown(_clusters(), arts, run=ReportNotes(between_topics=2))
    assert re.search(r"2 pair\(s\) of quotes were not joined because their articles are on different topics", md)
    page = render_html(_clusters(), arts, run=ReportNotes(between_topics=2))
    assert "2 pair(s) of quotes were not joined" in page
    assert "different topics" not in render_markdown(_clusters(), arts, run=ReportNotes(between_topics=0))


def test_run_notes_read_the_match_stage_count(tmp_path):
    from aligner.report import run_notes
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    try:
        store.record_stage("match", "done", {"links_refused_between_topics": 4})
        assert run_notes(store, None).between_topics == 4
    finally:
        store.close()


def test_speaker_filter_is_a_search_box_with_suggestions():
    """Hundreds of speakers make a drop-down to scroll (review_s19 #5, LOW): the speaker
    filter is a text box whose suggestions are the speakers, escaped; the script keeps
    the rows whose speaker contains what is typed."""
    from aligner.report.html import JS

    clusters = _clusters()
    clusters[0].versions[0].speaker = 'Lena "Lee" <Ostrova>'
    page = render_html(clusters, [Article(id="a", text="x", language="en")])
    box = page[page.index('<input id="f-speaker"'):page.index("</datalist>")]
    assert 'list="l-speaker"' in box and '<datalist id="l-speaker">' in box
    assert 'value="Lena &quot;Lee&quot; &lt;Ostrova&gt;"' in box and "<Ostrova>" not in box
    assert "addEventListener('input', apply)" in JS and "toLowerCase().indexOf(v)" in JS
