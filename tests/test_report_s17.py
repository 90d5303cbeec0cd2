"""The report states only what it knows (product review s17): a speaker found with low
confidence is marked and never titles a cluster, each cluster says which of its pairs'
speakers were not compared and why, the skipped inputs and the quotes that could not be
compared are counted, the legend explains every flag shown, anchors and labels are
unique.  Sentences are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aligner.match.clusters import build_clusters
from aligner.model import Article, QuoteVersion
from aligner.report.common import ReportNotes
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown
from tests.quote_helpers import read_jsonl

QUOTE = "We will not sign the harbour treaty before the winter session of the council"


def _version(k: int, speaker: str | None, conf: float | None, text: str = QUOTE) -> QuoteVersion:
    return QuoteVersion(f"a{k}#q0", f"a{k}", f"Outlet {k}", "en", text, text, 0, len(text), "direct", speaker,
                        speaker_mention=speaker, speaker_confidence=conf)


def _articles(n: int, text: str = QUOTE) -> list[Article]:
    return [Article(id=f"a{k}", text=text, language="en", outlet=f"Outlet {k}") for k in range(n)]


def _headings(md: str) -> list[str]:
    return re.findall(r"^## \d+\. (.*)$", md, re.M)


def _notes(md: str) -> str:
    return md.split("- articles:")[0]


# --- speakers below the bar are never shown as facts ----------------------------------

def test_a_cluster_whose_speakers_are_all_uncertain_is_not_titled_with_one():
    vs = [_version(0, "Weeks", 0.7), _version(1, "Clara Brandt", 0.7)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1 and clusters[0].speaker is None
    md = render_markdown(clusters, _articles(2), run=ReportNotes(n_quotes=2))
    [heading] = _headings(md)
    assert heading.startswith("speaker uncertain") and "Weeks?" in heading
    # each version's speaker is marked, in the table and on the page
    rows = [ln for ln in md.splitlines() if ln.startswith("| Outlet")]
    assert len(rows) == 2 and all("\\(uncertain\\)" in r for r in rows)
    page = render_html(clusters, _articles(2))
    h2 = re.findall(r"<h2>1\. (.*?)</h2>", page)[0]
    assert "speaker uncertain" in h2 and "Weeks?" in h2
    assert "Weeks (uncertain)" in page and "<bdi>Weeks</bdi>" not in page


def test_the_confident_speaker_titles_the_cluster_over_a_more_frequent_guess():
    vs = [_version(0, "Weeks", 0.7), _version(1, "Weeks", 0.7), _version(2, "Clara Brandt", 0.9)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1 and clusters[0].speaker == "Clara Brandt"
    md = render_markdown(clusters, _articles(3))
    assert _headings(md)[0].startswith("Clara Brandt (")


def test_each_cluster_says_which_pair_was_not_compared_for_its_speaker_and_why():
    confident = build_clusters([_version(0, "Clara Brandt", 0.9), _version(1, "Clara Brandt", 0.9)])
    vs = [_version(2, "Weeks", 0.7, QUOTE.replace("harbour", "river")),
          _version(3, None, None, QUOTE.replace("harbour", "river"))]
    unsure = build_clusters(vs)
    assert len(confident) == len(unsure) == 1
    md = render_markdown(confident + unsure, _articles(4), run=ReportNotes(n_quotes=4))
    # the report orders clusters itself (serious flags first, then by inconsistency)
    sections = [s for s in md.split("\n## ") if re.match(r"\d+\. ", s)][:2]  # the clusters' sections
    first, second = sorted(sections, key=lambda s: "Clara Brandt" not in s)
    number = second.split(".")[0]
    assert "not compared" not in first
    line = next(ln for ln in second.splitlines() if "speaker not compared" in ln).replace("\\", "")
    assert "Outlet 2" in line and "Outlet 3" in line
    assert "Weeks: found with low confidence (0.70" in line and "no speaker found" in line
    # the global note names the cluster
    assert re.search(rf"Speaker not compared for 1 pair\(s\), in cluster\(s\) {number}\b", _notes(md))
    page = render_html(confident + unsure, _articles(4))
    section = page[page.index(f"<h2>{number}. "):]
    assert "speaker not compared" in section.split("<details>")[0] and "no speaker found" in section


# --- the inputs that could not be read are named ----------------------------------------

LONE = ("Die Lage am Hafen bleibt angespannt.\n\n„Wir zahlen nicht mehr für den Strom, den wir nicht bekommen.“\n\n"
        "„Die Fähren fahren ab Montag wieder nach Plan“, sagte Jonas Pfeiffer am Abend.\n")


@pytest.fixture(scope="module")
def small_run(tmp_path_factory) -> Path:
    """``aligner run`` on two outlets giving one quote, a third article whose two quotes
    no other article has (one of them without a speaker), an empty and a binary file."""
    import aligner

    inp = tmp_path_factory.mktemp("s17") / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("„Wir werden mit den Bauern über die Preise verhandeln“, sagte Greta Olsen "
                               "am Freitag in Kiel.\n", encoding="utf-8")
    (inp / "b.txt").write_text("„Wir werden mit den Bauern über die Preise verhandeln“, sagte Greta Olsen "
                               "am Freitag vor der Presse.\n", encoding="utf-8")
    (inp / "c.txt").write_text(LONE, encoding="utf-8")
    (inp / "leer.txt").write_bytes(b"")
    (inp / "bild.txt").write_bytes(b"\x00\x07\x03raw\x00" * 40)
    out = inp.parent / "run"
    aligner.run([str(inp)], str(out))
    return out


def test_report_names_the_inputs_it_could_not_read(small_run):
    md = (small_run / "report.md").read_text(encoding="utf-8")
    page = (small_run / "report.html").read_text(encoding="utf-8")
    for text in (_notes(md), page.split("Legend")[0]):
        assert "2 input(s) could not be read" in text
        assert "leer.txt (empty file)" in text and re.search(r"bild\.txt \(binary", text)


def test_skipped_inputs_are_named_apart_escaped_and_counted():
    from aligner.model import Skipped
    from aligner.report.common import SKIPPED_LISTED

    skipped = [Skipped("/in/o1/article.txt", "empty file"), Skipped("/in/o2/article.txt", "empty file"),
               Skipped("/in/[x](javascript:alert(1)).txt", "binary file")]
    skipped += [Skipped(f"/in/more/f{k}.txt", "empty file") for k in range(SKIPPED_LISTED)]
    md = render_markdown([], _articles(1), run=ReportNotes(skipped=skipped))
    notes = _notes(md)
    assert f"{len(skipped)} input(s) could not be read" in notes
    assert "o1/article.txt" in notes and "o2/article.txt" in notes
    assert not re.search(r"(?<!\\)\]\(javascript", md) and "\\[x\\](javascript" in md  # no live link
    assert f"and {len(skipped) - SKIPPED_LISTED} more" in notes and "f9.txt" not in notes
    page = render_html([], _articles(1), run=ReportNotes(skipped=skipped))
    assert "o1/article.txt" in page and "skipped.jsonl" in page


# --- the quotes that could not be compared are counted ----------------------------------

def test_report_counts_the_quotes_found_in_one_article_only_and_without_a_speaker(small_run):
    quotes = read_jsonl(small_run / "quotes.jsonl")
    clusters = read_jsonl(small_run / "clusters.jsonl")
    clustered = {v["quote_id"] for c in clusters for v in c["versions"]}
    no_speaker = [q for q in quotes if not (q.get("speaker") or {}).get("name")]
    assert len(clusters) == 1 and len(quotes) - len(clustered) == 2 and len(no_speaker) == 1
    for text in (_notes((small_run / "report.md").read_text(encoding="utf-8")),
                 (small_run / "report.html").read_text(encoding="utf-8").split("Legend")[0]):
        assert re.search(rf"\b2 of {len(quotes)} quotes were found in one article only[^\n]*not compared", text)
        assert re.search(rf"\b1 of the {len(quotes)} quote\(s\) have no speaker[^\n]*not compared", text)


def test_quotes_without_a_speaker_inside_clusters_are_counted_there():
    vs = [_version(0, None, None), _version(1, "Clara Brandt", 0.9)]
    md = render_markdown(build_clusters(vs), _articles(2), run=ReportNotes(n_quotes=9, unattributed=4))
    notes = _notes(md)
    assert "7 of 9 quotes were found in one article only" in notes
    assert "4 of the 9 quote(s) have no speaker" in notes and "(1 of them in clusters)" in notes


# --- the legend explains every flag a cluster can show ----------------------------------

def test_legend_lists_the_informational_flags_as_not_findings():
    from aligner.report.common import FLAG_HELP

    vs = [_version(0, "Clara Brandt", 0.9), _version(1, "Clara Brandt", 0.9)]
    clusters = build_clusters(vs)
    clusters[0].flags = sorted(clusters[0].flags + ["cross-lingual", "mixed-kinds"])
    md = render_markdown(clusters, _articles(2))
    legend = md.split("Legend:")[1].split("\n## ")[0]
    page = render_html(clusters, _articles(2))
    html_legend = page.split('class="legend"')[1].split("</details>")[0]
    for flag in ("cross-lingual", "mixed-kinds"):
        line = next(ln for ln in legend.splitlines() if ln.startswith(f"- {flag}"))
        assert "informational, not a finding" in line and FLAG_HELP[flag] in line
        item = next(li for li in html_legend.split("<li>") if f">{flag}<" in li)
        assert "informational, not a finding" in item


# --- anchors and names that tell articles apart ----------------------------------------

def test_anchors_are_unique_and_every_link_finds_its_quote():
    arts = [Article(id=x, text=QUOTE, language="en", outlet=f"Outlet {k}") for k, x in enumerate(("a b", "a_b"))]
    vs = [QuoteVersion(f"{a.id}#q0", a.id, a.outlet, "en", QUOTE, QUOTE, 0, len(QUOTE), "direct", "Clara Brandt",
                       speaker_confidence=0.9) for a in arts]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    page = render_html(clusters, arts)
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    targets = re.findall(r'href="#([^"]+)"', page)
    assert targets and set(targets) <= set(ids)
    quote_links = {t for t in targets if t.startswith("q-")}
    assert len(quote_links) == 2  # one per version, each to its own article's mark


def test_files_of_one_name_in_two_folders_are_told_apart(tmp_path):
    import aligner

    for folder, where in (("o1", "in Kiel"), ("o2", "vor der Presse")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "article.txt").write_text(
            f"„Wir werden mit den Bauern über die Preise verhandeln“, sagte Greta Olsen am Freitag {where}.\n",
            encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(tmp_path / "in")], str(out))
    md = (out / "report.md").read_text(encoding="utf-8").replace("\\", "")
    page = (out / "report.html").read_text(encoding="utf-8")
    for text in (md, page):
        assert "o1/article.txt" in text and "o2/article.txt" in text


def test_a_cluster_in_many_outlets_lists_a_few_unknown_speaker_pairs_and_counts_the_rest():
    from aligner.report.common import SPEAKER_PAIRS_LISTED

    n = SPEAKER_PAIRS_LISTED + 6
    vs = [_version(k, None, None) for k in range(n)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    unknown = sum(1 for p in clusters[0].pairs if p.speaker_check == "unknown")
    assert unknown > SPEAKER_PAIRS_LISTED
    md = render_markdown(clusters, _articles(n))
    lines = [ln for ln in md.splitlines() if ln.startswith("- speaker not compared")]
    assert len(lines) == SPEAKER_PAIRS_LISTED + 1
    assert f"{unknown - SPEAKER_PAIRS_LISTED} more pair" in lines[-1].replace("\\", "")


# --- one notion of "not confident": title, row marker and the pair's reason -------------

GERMAN = "Wir unterschreiben den Hafenvertrag nicht vor der Wintersitzung des Rates"


def _german(k: int, speaker: str | None, conf: float | None) -> QuoteVersion:
    return QuoteVersion(f"a{k}#q0", f"a{k}", f"Outlet {k}", "de", GERMAN, QUOTE, 0, len(GERMAN), "direct", speaker,
                        speaker_id=f"spk:{speaker.lower()}" if speaker else None, speaker_mention=speaker,
                        speaker_confidence=conf)


def _rows(md: str) -> list[str]:
    return [ln.replace("\\", "") for ln in md.splitlines() if ln.startswith("| Outlet")]


def test_a_one_word_name_too_few_articles_give_is_uncertain_in_title_row_and_reason():
    from aligner.match.speaker_flag import SURNAME_ARTICLES

    vs = [_german(0, "Falkner", 0.9), _german(1, None, None)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    md = render_markdown(clusters, _articles(2))
    assert _headings(md)[0].startswith("speaker uncertain \\(Falkner?\\)")
    [row] = [r for r in _rows(md) if "Falkner" in r]
    assert "Falkner (uncertain)" in row
    line = next(ln for ln in md.splitlines() if "speaker not compared" in ln).replace("\\", "")
    assert f"Falkner: a one-word name, given by fewer than {SURNAME_ARTICLES} articles" in line
    page = render_html(clusters, _articles(2))
    assert "Falkner (uncertain)" in page and "one-word name" in page


def test_a_one_word_name_enough_articles_give_titles_the_cluster_unmarked():
    from aligner.match.speaker_flag import SURNAME_ARTICLES

    vs = [_german(k, "Falkner", 0.9) for k in range(SURNAME_ARTICLES)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    md = render_markdown(clusters, _articles(SURNAME_ARTICLES))
    assert _headings(md)[0].startswith("Falkner (")
    rows = _rows(md)
    assert len(rows) == SURNAME_ARTICLES and not any("uncertain" in r for r in rows)


def test_a_speaker_under_the_bar_of_its_language_is_marked_where_its_pair_is_not_compared():
    from aligner.match.speaker_flag import SPEAKER_FLAG_MIN

    conf = round(SPEAKER_FLAG_MIN - 0.03, 2)  # at or above the English bar, under the German one
    vs = [_german(0, "Jonas Falkner", conf), _german(1, "Greta Olsen", 0.9)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    md = render_markdown(clusters, _articles(2))
    [marked] = [r for r in _rows(md) if "Jonas Falkner" in r]
    assert "Jonas Falkner (uncertain)" in marked
    line = next(ln for ln in md.splitlines() if "speaker not compared" in ln).replace("\\", "")
    assert f"Jonas Falkner: found with low confidence ({conf:.2f}, a speaker needs {SPEAKER_FLAG_MIN:.2f})" in line


def test_the_reason_does_not_repeat_the_outlets_of_the_pair_label():
    vs = [_version(0, "Weeks", 0.7), _version(1, "Clara Brandt", 0.6)]
    md = render_markdown(build_clusters(vs), _articles(2))
    line = next(ln for ln in md.splitlines() if "speaker not compared" in ln).replace("\\", "")
    assert line.count("Outlet 0") == 1 and line.count("Outlet 1") == 1
    assert "Weeks: found with low confidence" in line and "Clara Brandt: found with low confidence" in line
