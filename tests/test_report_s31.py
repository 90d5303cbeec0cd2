"""The report for a reader who navigates, listens or reads German (review rv31): German text
marked as German, the stories listed in the page, a contents list in report.md whose links
reach the cluster sections, '(central)' explained, insertions not shown by colour alone."""

from __future__ import annotations

import re

from aligner.model import Article, Cluster, ClusterPair, QuoteVersion, Story
from aligner.report.html import CSS, render_html
from aligner.report.markdown import render_markdown


def _version(qid, aid, outlet, lang, text, english):
    return QuoteVersion(qid, aid, outlet, lang, text, english, 0, len(text), "direct", "Lena Vogt",
                        speaker_confidence=0.9)


def _cluster(cid="c1", words="Wir bauen die Brücke neu", english="We will rebuild the bridge"):
    a = _version(f"{cid}d#q0", "d1", "Kurier", "de", words, english)
    b = _version(f"{cid}e#q0", "e1", "Gazette", "en", english, english)
    a.scores = {"medoid": 1.0}
    return Cluster(cid, [a, b], speaker="Lena Vogt", pairs=[ClusterPair(a.quote_id, b.quote_id, chrf=1.0)])


def _articles():
    return [Article(id="d1", text="„Wir bauen die Brücke neu“, sagte Lena Vogt.", language="de", outlet="Kurier",
                    title="Vogt will Brücke neu bauen"),
            Article(id="e1", text="\"We will rebuild the bridge,\" Lena Vogt said.", language="en",
                    outlet="Gazette", title="Vogt to rebuild bridge")]


def test_german_original_and_article_are_marked_german():
    page = render_html([_cluster()], _articles())
    orig = re.search(r'<p class="orig">.*?</p>', page).group(0)
    assert 'lang="de"' in orig and "Brücke" in orig
    article = re.search(r'<section class="article" id="a-d1">.*?</section>', page).group(0)
    assert '<pre dir="auto" lang="de">' in article
    english = re.search(r'<p class="en">.*?</p>', page).group(0)
    assert 'lang="en"' in english


def test_a_language_code_that_is_no_tag_gives_no_attribute():
    c = _cluster()
    c.versions[0].language = 'de" onmouseover="x'
    page = render_html([c], _articles())
    assert "onmouseover=\"x" not in page
    assert 'lang="de" onmouseover' not in page


def test_html_lists_each_story_with_its_articles():
    story = Story("s1", ["d1", "e1"], outlets=["Gazette", "Kurier"], languages=["de", "en"], sentence_matches=3)
    page = render_html([_cluster()], _articles(), [story])
    section = re.search(r'<section class="stories"><h2>Stories</h2>.*?</section>', page).group(0)
    assert "Vogt will Brücke neu bauen" in section and "Vogt to rebuild bridge" in section
    assert "3 sentence matches" in section


def test_single_article_story_is_not_listed():
    story = Story("s1", ["d1"], outlets=["Kurier"], languages=["de"], sentence_matches=0)
    assert '<section class="stories">' not in render_html([_cluster()], _articles(), [story])


def test_markdown_contents_links_reach_the_cluster_headings():
    clusters = [_cluster("c1"), _cluster("c2", "Die Steuern steigen nicht", "Taxes will not rise")]
    md = render_markdown(clusters, _articles())
    links = re.findall(r"^- \[(\d+)\. .*?\]\(#([^)]+)\)", md, flags=re.M)
    assert [n for n, _ in links] == ["1", "2"]
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    # the anchor a GitHub-style renderer derives from each heading as displayed
    shown = [re.sub(r"\\(.)", r"\1", h) for h in headings]
    slugs = [re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in shown]
    for _, target in links:
        assert target in slugs


def test_markdown_legend_says_what_central_means():
    md = render_markdown([_cluster()], _articles())
    assert "(central)" in md.split("\n## 1.")[1]
    legend = md.split("\n## 1.")[0]
    assert "(central)" in legend and "compared" in legend


def test_insertions_are_underlined_and_long_words_wrap():
    ins = re.search(r"ins\{([^}]*)\}", CSS).group(1).replace(" ", "")
    assert "text-decoration:none" not in ins
    version = re.search(r"\.version\{([^}]*)\}", CSS).group(1)
    assert "overflow-wrap:anywhere" in version


def test_story_titles_link_to_the_articles_the_page_shows():
    story = Story("s1", ["d1", "e1", "x9"], outlets=["Gazette", "Kurier", "Blatt"], languages=["de", "en"],
                  sentence_matches=2)
    arts = [*_articles(), Article(id="x9", text="Kein Zitat hier.", language="de", outlet="Blatt", title="Ohne Zitat")]
    page = render_html([_cluster()], arts, [story])
    section = re.search(r'<section class="stories">.*?</section>', page).group(0)
    assert '<a href="#a-d1">' in section and '<a href="#a-e1">' in section
    assert 'href="#a-x9"' not in section and "Ohne Zitat" in section  # no quote of it is shown: no dead link
    assert 'id="a-d1"' in page
