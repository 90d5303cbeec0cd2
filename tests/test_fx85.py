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
    assert "not compared" in line.split("):", 1)[1]


# rv56-12: which clusters hold pairs matched on embeddings only (wording, negation, numbers not checked)


def _partly_checked() -> Cluster:
    """A German version without English and two English ones: the two English compared, the
    German one's two pairs never."""
    vs = [_v("de1#q0000", "Tagesblatt", "de", "Wir werden genau 40 Kilometer Radwege bauen", flags=["no-english"]),
          _v("en2#q0000", "Daily Times", "en", "We will build 40 kilometres of cycle lanes"),
          _v("en3#q0000", "World Wire", "en", "We will build 40 kilometres of new cycle lanes")]
    pairs = [ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="none", details={"note": _NOTE}),
             ClusterPair(vs[0].quote_id, vs[2].quote_id, compared="none", details={"note": _NOTE}),
             ClusterPair(vs[1].quote_id, vs[2].quote_id, compared="english", chrf=0.9)]
    return Cluster("cpart", vs, "Jana Krüger", inconsistency=1.05, flags=["cross-lingual"], pairs=pairs)


def _all_checked(flags=("number",)) -> Cluster:
    vs = [_v("en4#q0000", "Post", "en", "Prices rose by 5 percent this year"),
          _v("en5#q0000", "Herald", "en", "Prices rose by 7 percent this year")]
    pair = ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="english", chrf=0.8, flags=list(flags))
    return Cluster("call", vs, "Jana Krüger", inconsistency=2.6, flags=list(flags), pairs=[pair])


def _german_only() -> Cluster:
    """Two German versions without English: compared on their own words in German."""
    vs = [_v("de6#q0000", "Blatt", "de", "Wir bauen genau 40 Kilometer", flags=["no-english"]),
          _v("de7#q0000", "Zeitung", "de", "Wir bauen genau 40 Kilometer neu", flags=["no-english"])]
    pair = ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="original (de)", chrf=0.9)
    return Cluster("cde", vs, None, inconsistency=0.1, flags=[], pairs=[pair])


def _page(clusters, run=ReportNotes()) -> str:
    return render_html(clusters, _articles([v for c in clusters for v in c.versions]), run=run)


def test_contents_row_marks_a_cluster_with_pairs_never_compared_in_text():
    clusters = [_all_checked(), _partly_checked(), _german_only(), _never_compared()]
    page = _page(clusters)
    rows = {r[0]: r for r in _toc_rows(page)}
    # reading order: the serious one first, then by inconsistency
    assert [r[2] for r in _toc_rows(page)][0].count("number") == 1
    flags = {n: r[2] for n, r in rows.items()}
    partly = next(f for f in flags.values() if "2 of 3" in f)
    assert "no-english" in partly and "not checked" in partly
    never = [f for f in flags.values() if "no-english" in f and "2 of 3" not in f]
    assert len(never) == 1 and "not checked" in never[0]
    # compared pairs only (English, or German with German): no mark
    assert sum("not checked" in f for f in flags.values()) == 2


def test_flag_filter_finds_the_clusters_with_pairs_never_compared():
    page = _page([_all_checked(), _partly_checked(), _german_only()])
    assert '<option value="no-english">' in page
    by_id = dict(re.findall(r'<tr data-cluster="([^"]+)" data-flags="([^"]*)"', page))
    assert "no-english" in by_id["cpart"].split("\n")
    assert "no-english" not in by_id["call"].split("\n") and "no-english" not in by_id["cde"].split("\n")
    # the section carries the same data-flags (the filter hides both)
    sections = dict(re.findall(r'<section class="cluster" id="[^"]+" data-cluster="([^"]+)" data-flags="([^"]*)"', page))
    assert sections == by_id
    # no such cluster: no such option
    assert '<option value="no-english">' not in _page([_all_checked(), _german_only()])


def test_note_names_the_clusters_whose_pairs_were_not_checked():
    clusters = [_partly_checked(), _all_checked(), _german_only()]  # listed: all-checked 1, partly 2, German 3
    page = _page(clusters, ReportNotes(n_quotes=7, no_english=3))
    notes = html.unescape(page[page.index('<div class="notes">'):page.index('<div class="legend">')])
    (note,) = [n for n in re.findall(r"<li>(.*?)</li>", notes, re.S) if "NOT checked" in n]
    m = re.search(r"NOT checked \(in (\d+) cluster\(s\): ([\d, ]+)[;)]", note)
    assert m and m.group(1) == "1" and m.group(2).strip() == "2"


def test_markdown_contents_and_section_mark_the_pairs_not_checked():
    clusters = [_all_checked(), _partly_checked()]
    out = render_markdown(clusters, _articles([v for c in clusters for v in c.versions]), run=ReportNotes(n_quotes=5))
    contents = [ln for ln in out.splitlines() if ln.startswith("- [")]
    assert "not checked" not in contents[0] and "2 of 3 pairs not checked" in contents[1]
    flags_lines = [ln for ln in out.splitlines() if ln.startswith("Flags:")]
    assert "not checked" not in flags_lines[0] and "2 of 3 pairs not checked" in flags_lines[1]


# rv56-3: a version's flag badge says which versions it differs from


def _one_outlier() -> Cluster:
    """Three English versions, every pair compared: only Daily Times says "not"; its two pairs
    carry the negation flag, so all three versions do (a version's flags are its pairs')."""
    vs = [_v("en1#q0000", "City Wire", "en", "We will build 40 kilometres of cycle lanes", flags=["negation"]),
          _v("en2#q0000", "Daily Times", "en", "We will not build 40 kilometres of cycle lanes", flags=["negation"]),
          _v("en3#q0000", "World News", "en", "We will build 40 kilometres of cycle lanes", flags=["negation"]),
          _v("en4#q0000", "Post", "en", "We will build 40 kilometres of cycle lanes")]
    pairs = [ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="english", chrf=0.8, flags=["negation"]),
             ClusterPair(vs[0].quote_id, vs[2].quote_id, compared="english", chrf=1.0),
             ClusterPair(vs[1].quote_id, vs[2].quote_id, compared="english", chrf=0.8, flags=["negation"]),
             ClusterPair(vs[3].quote_id, vs[0].quote_id, compared="english", chrf=1.0)]
    return Cluster("cout", vs, "Jana Krüger", inconsistency=6.0, flags=["negation"], pairs=pairs)


def _meta_texts(page: str) -> dict[str, str]:
    """Each version box's head line (outlet, speaker, article, badges) as text, by outlet."""
    section = page[page.index('<section class="cluster"'):page.index("</section>")]
    metas = [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r'<div class="meta">(.*?)</div>', section, re.S)]
    return {m.split(" · ")[0]: m for m in metas}


def test_a_versions_badge_names_the_versions_it_differs_from():
    c = _one_outlier()
    metas = _meta_texts(_page([c]))
    # the accurate versions: their negation is against Daily Times only
    for outlet in ("City Wire", "World News"):
        head, badge = metas[outlet].split("negation", 1)
        assert "Daily Times" in badge and "World News" not in badge.replace(outlet, "") and "City Wire" not in badge.replace(outlet, "")
    # the one that differs: against both of the others, counted
    badge = metas["Daily Times"].split("negation", 1)[1]
    assert "City Wire" in badge and "World News" in badge and re.search(r"\b2 of the 2\b", badge)
    # a version in no flagged pair: no badge
    assert "negation" not in metas["Post"]


def test_the_cluster_keeps_its_flag_and_the_badge_stays_escaped():
    c = _one_outlier()
    c.versions[1].outlet = 'Daily <b onmouseover="x">Times'
    page = _page([c])
    section = page[page.index('<section class="cluster"'):page.index("</section>")]
    head = section[:section.index('<div class="versions">')]
    assert "negation" in head  # the cluster-level flag as before
    assert '<b onmouseover' not in page and "Daily &lt;b onmouseover=&quot;x&quot;&gt;Times" in section


# rv56-5: badges parted in text, not by CSS margin only


def test_badges_are_parted_in_text_everywhere():
    c = _one_outlier()
    c.flags = ["cross-lingual", "negation", "number"]
    c.pairs[0].flags = ["negation", "number"]
    c.pairs[0].kinds = "direct vs indirect"
    c.versions[0].flags = c.versions[1].flags = ["negation", "number"]
    page = _page([c, _partly_checked()])
    assert not re.search(r"(?<!, )</span>\s*<span class=\"badge", page)  # no two badges back to back
    (row, _) = _toc_rows(page)
    assert re.search(r"cross-lingual\W+serious: \W*negation\W+serious: \W*number", row[2])
    assert not re.search(r"lingualserious|negationserious", row[2])
    shown = re.sub(r"<select.*?</select>|<datalist.*?</datalist>", "", page, flags=re.S)  # the filter's choices
    text = html.unescape(re.sub(r"<[^>]+>", "", shown))
    assert not re.search(r"(negation|number|lingual|checked)(serious|no-english|direct vs)", text)
    assert re.search(r"number\W+direct vs indirect", text)  # the pairs row: flags, then the kinds


# rv56-4: word diffs said in text, not by <ins>/<del> alone


def test_word_diff_says_added_and_removed_in_hidden_text():
    from aligner.report.html import diff_html

    out = diff_html("We will build exactly 40 kilometres of cycle lanes", "We will not build 14 kilometres of cycle lanes")
    text = html.unescape(re.sub(r"<[^>]+>", "", out))
    # a screen reader no longer reads the reference's "exactly 40" as part of this quote
    assert re.search(r"\[added: not\]\s*build", text) and re.search(r"\[removed: exactly 40\]\s*\[added: 14\]", text)
    # the markers are hidden from the eye (the page looks as before) and spoken in English
    for m in re.finditer(r'<span([^>]*)>\[(?:added|removed): </span>', out):
        assert 'class="vh"' in m.group(1) and 'lang="en"' in m.group(1)
    assert "<del>exactly 40</del>" in out and "<ins>not</ins>" in out


def test_every_ins_and_del_of_the_page_is_said_in_text():
    c = _one_outlier()
    c.pairs[0].diff = [{"op": "insert", "a": "", "b": "not"}, {"op": "replace", "a": "40", "b": "41"}]
    for v in c.versions:
        v.scores["diff_ref"] = c.versions[0].quote_id
    page = _page([c])
    assert page.count("<ins>") >= 3 and page.count("<del>") >= 1
    assert page.count("<ins>") == page.count('[added: </span><ins>')
    assert page.count("<del>") == page.count('[removed: </span><del>')
    assert page.count("</ins>") == page.count('</ins><span class="vh">]</span>')


# rv54-12: the quoted-titles note names only titles whose quoted words no quote of the article holds


def _titles_run(tmp_path, quotes: dict[str, list[str]]):
    from aligner.model import Quote
    from aligner.report import run_notes
    from aligner.store import RunStore

    head = '"It\'s a question of modernization": Q&A with the White House\'s Tom Alvarez'
    other = 'Castell boss: "We will keep every baker"'
    arts = [Article(id="06_head", text=head + "\n\nTom Alvarez spoke with us.", language="en", title=head),
            Article(id="wire", text="The bakery stays open, the boss said.", language="en", title=other),
            Article(id="plain", text="Bakers fear for jobs.", language="en", title="Bakers fear for jobs")]
    store = RunStore(tmp_path / "run")
    store.write("articles.jsonl", arts)
    store.write("quotes.jsonl", [Quote(f"{a}#q{k:04d}", a, t, 0, len(t), "direct", "en")
                                 for a, ts in quotes.items() for k, t in enumerate(ts)])
    store.write("clusters.jsonl", [])
    return run_notes(store, sum(len(t) for t in quotes.values()))


def test_a_title_whose_quote_was_read_is_not_called_unread(tmp_path):
    notes = _titles_run(tmp_path, {"06_head": ["It's a question of modernization"], "wire": ["unrelated words here"]})
    # 06's headline is its text's first line: its quote was read (and compared); the wire's title
    # is given apart from its text and its words are in no quote: that one stays named
    assert list(notes.quoted_titles) == ['Castell boss: "We will keep every baker"']


def test_a_title_quote_is_read_when_a_longer_quote_holds_its_words(tmp_path):
    notes = _titles_run(tmp_path, {"06_head": ["This is not about money; it's a question of modernization."],
                                   "wire": ["We will keep every baker, and more"]})
    assert list(notes.quoted_titles) == []


def test_title_quote_words_in_a_quote_of_another_article_do_not_count(tmp_path):
    notes = _titles_run(tmp_path, {"wire": ["It's a question of modernization", "We will keep"]})
    # held by another article's quote (06 has none), or only in part ("We will keep"): named
    assert sorted(notes.quoted_titles) == sorted(['"It\'s a question of modernization": Q&A with the White '
                                                  "House's Tom Alvarez", 'Castell boss: "We will keep every baker"'])


def test_quoted_titles_note_says_what_it_is_about():
    from aligner.report.common import quoted_titles_note

    note = quoted_titles_note(['Castell boss: "We will keep every baker"'])
    assert "no quote of their article holds" in note and "were not compared" in note


# rv56-8: the "original" / "English" labels readable (WCAG AA: 4.5:1 for small text)


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    h = "".join(c * 2 for c in h) if len(h) == 3 else h
    chans = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in chans]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_version_labels_have_enough_contrast():
    from aligner.report.html import CSS

    label = re.search(r"\.lbl\{[^}]*color:(#[0-9a-fA-F]{3,6})", CSS).group(1)
    box = re.search(r"\.version\{[^}]*background:(#[0-9a-fA-F]{3,6})", CSS).group(1)
    assert _contrast(label, box) >= 4.5 and _contrast(label, "#fff") >= 4.5


# rv56-7 / rv56-6: a skip link past the legend and contents, a labelled nav, link texts that say which cluster


def test_skip_link_leads_to_the_first_cluster_and_the_nav_is_labelled():
    page = _page([_partly_checked(), _all_checked()])
    body = page[page.index("<body>") + len("<body>"):]
    m = re.match(r'<a class="skip" href="#([^"]+)">([^<]+)</a>', body)
    assert m and "cluster" in m.group(2).lower()
    first = re.search(r'<section class="cluster" id="([^"]+)"', page).group(1)
    assert m.group(1) == first
    assert re.search(r'<nav class="toc" aria-label="[^"]+">', page)
    # nothing to skip to: no link
    empty = render_html([], [Article(id="a", text="x", language="en")])
    assert 'class="skip"' not in empty


def test_contents_links_say_which_cluster():
    c = _one_outlier()
    c.speaker = 'Jana <img src=x onerror="y">'
    for v in c.versions:
        v.speaker = c.speaker
    page = _page([c, _german_only()])
    links = re.findall(r'<tr data-cluster=.*?<td>(<a href="#c-[^"]+">.*?</a>)</td>', page, re.S)
    texts = [html.unescape(re.sub(r"<[^>]+>", "", x)) for x in links]
    assert texts[0].startswith("cluster 1") and 'Jana <img src=x onerror="y">' in texts[0]
    assert texts[1].startswith("cluster 2") and "speaker" in texts[1]  # "speaker unknown"
    assert "<img src=x" not in page


# rv56-16: informational tags told from findings in text, not only by the legend


def test_informational_tags_say_so_and_findings_do_not():
    c = _one_outlier()
    c.flags = ["cross-lingual", "mixed-kinds", "paraphrase", "wording", "negation"]
    page = _page([c])
    (row,) = _toc_rows(page)
    cell = row[2]
    assert re.search(r"informational: \W*cross-lingual", cell) and re.search(r"informational: \W*mixed-kinds", cell)
    for finding in ("paraphrase", "wording", "negation"):
        assert not re.search(rf"informational: \W*{finding}", cell)
    # drawn apart too: not the class of the worth-a-look badges
    look = re.search(r'<span class="([^"]+)" title="[^"]*">wording</span>', page).group(1)
    tag = re.search(r'<span class="([^"]+)" title="[^"]*"><span class="vh">informational: ', page).group(1)
    assert look != tag


# rv56-9: German titles in the "speaker not compared" lines carry lang="de"


def test_speaker_not_compared_lines_mark_german_labels_german():
    vs = [_v("de1#q0000", "Tagesblatt", "de", "Wir bauen genau 40 Kilometer", english="We build exactly 40 kilometres"),
          _v("en2#q0000", "Daily <Times>", "en", "We build exactly 40 kilometres")]
    pair = ClusterPair(vs[0].quote_id, vs[1].quote_id, compared="english", chrf=1.0, speaker_check="unknown",
                       details={"speaker_not_compared": "no speaker found in Daily Times"})
    c = Cluster("cspk", vs, "Jana Krüger", inconsistency=0.0, flags=["cross-lingual"], pairs=[pair])
    arts = _articles(vs)
    arts[0].title = "Radwege: Senat plant 40 Kilometer"
    page = render_html([c], arts)
    (line,) = re.findall(r'<p class="left-out">speaker not compared: (.*?)</p>', page)
    assert '<bdi lang="de">Tagesblatt: Radwege: Senat plant 40 Kilometer' in line
    assert '<bdi lang="en">Daily &lt;Times&gt;: ' in line and "no speaker found in Daily Times" in line
    # report.md says the same line as before
    md_out = render_markdown([c], arts)
    assert "speaker not compared: Tagesblatt: Radwege: Senat plant 40 Kilometer vs Daily" in md_out
