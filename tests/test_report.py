"""The report: self-contained HTML, hostile text escaped, rebuilt by ``aligner report``."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from aligner.cli import app
from aligner.match.clusters import build_clusters
from aligner.model import Article, QuoteVersion
from aligner.report import rebuild
from aligner.report.common import ReportNotes
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
    # the one script is the page's own filter; the hostile one is text
    assert page.count("<script") == 1 and "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>bold</b>" not in page and "Outlet &lt;One&gt;" in page
    # nothing to fetch: no external resources, every link is an in-page anchor
    assert not re.search(r"""(?:src|href)=["'](?!#)""", page)
    assert "<link" not in page
    # each version links to its quote, highlighted inside the embedded article
    marks = re.findall(r'<mark id="([^"]+)" title="([^"]+)"', page)
    assert sorted(title for _, title in marks) == sorted(v.quote_id for v in clusters[0].versions)
    for mark_id, _ in marks:
        assert f'href="#{mark_id}"' in page
    # the negation difference is highlighted in the second version
    assert "<del>not</del>" in page


def test_markdown_summary_lists_flags():
    articles, clusters = _data()
    md = render_markdown(clusters, articles, run=ReportNotes(n_quotes=2))
    assert md.startswith("# Quote consistency report")
    assert "- quotes: 2" in md and "**negation**" in md
    flagged = [ln for ln in md.splitlines() if ln.startswith("- ") and " vs " in ln]
    assert len(flagged) == 1 and "negation" in flagged[0]
    # versions named by outlet and title, not by hash ids
    assert "Outlet Two" in flagged[0] and "a2\\#q0000" not in flagged[0] and "a2#q0000" not in flagged[0]


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
    assert "&lt;script&gt;" in page and "1 quote clusters (flagged: 1 with a serious flag" in page
    assert (tmp_path / "run" / "report.md").exists()


def test_cli_report_missing_clusters_is_one_line_error(tmp_path):
    (tmp_path / "run").mkdir()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "run")])
    assert result.exit_code != 0
    assert "clusters.jsonl" in str(result.exception) or "clusters.jsonl" in result.output


def test_rebuild_equals_stage_output(tmp_path):
    articles, clusters = _run_dir(tmp_path / "r")
    md, html = rebuild(tmp_path / "r")
    assert html.read_text(encoding="utf-8") == render_html(clusters, articles, [])


def test_markdown_escapes_hostile_text_and_shows_english_originals():
    articles, clusters = _data()
    md = render_markdown(clusters, articles, run=ReportNotes(n_quotes=2))
    assert "<script>" not in md and "&lt;script\\>" in md
    assert "Outlet &lt;One\\>" in md
    rows = [line for line in md.splitlines() if line.startswith("| Outlet")]
    assert len(rows) == 2 and all("(same)" in r and "deployment near our borders" in r for r in rows)


HOSTILE_NAME = 'a<img src=x onerror=alert(1)>[x](javascript:alert(2))`b`'


def _hostile_named():
    """Two articles whose id, outlet and title are hostile strings (a file name such as
    ``a<img src=x onerror=...>.txt`` becomes the article id)."""
    q = "We will never accept these missiles near our borders, the minister told the press."
    t1, t2 = f"He said: {q}", f"She said: {q.replace('never ', '')}"
    a1 = Article(id=HOSTILE_NAME, text=t1, language="en", outlet="\u202eevil\u202c outlet", title=HOSTILE_NAME)
    a2 = Article(id="b", text=t2, language="en", outlet="Two\x07", title="**bold** # heading")
    q2 = q.replace("never ", "")
    vs = [QuoteVersion(f"{a1.id}#q0", a1.id, a1.outlet, "en", q, q, 9, 9 + len(q), "direct", "Olaf\u202e Scholz"),
          QuoteVersion("b#q0", "b", a2.outlet, "en", q2, q2, 10, 10 + len(q2), "direct", "Olaf Scholz")]
    return [a1, a2], build_clusters(vs)


def test_markdown_neutralises_hostile_file_names():
    articles, clusters = _hostile_named()
    assert clusters and "negation" in clusters[0].flags
    md = render_markdown(clusters, articles)
    assert "<img" not in md and "&lt;img src=x onerror=alert\\(1\\)\\>" in md
    assert "](javascript" not in md and "\\[x\\]\\(javascript" in md
    assert "`b`" not in md  # no code span break-out
    assert "**bold**" not in md and "\\*\\*bold\\*\\*" in md
    # the bidi override and the bell are visible codes, not live characters
    assert "\u202e" not in md and "⟨U\\+202E⟩" in md and "\x07" not in md and "⟨U\\+0007⟩" in md


def test_html_isolates_bidi_and_shows_control_characters():
    articles, clusters = _hostile_named()
    page = render_html(clusters, articles)
    assert "\u202e" not in page and "⟨U+202E⟩" in page and "\x07" not in page
    assert "<img" not in page and "&lt;img" in page
    assert "<bdi>" in page and 'dir="auto"' in page
    # every user string in a data- attribute is escaped (the filter script reads only those)
    for m in re.finditer(r'data-(?:speaker|outlets|flags)="([^"]*)"', page):
        assert "<" not in m.group(1)


def test_html_has_legend_toc_filters_and_says_what_is_against_what():
    articles, clusters = _data()
    page = render_html(clusters, articles)
    assert "Legend" in page and "inconsistency:" in page
    for f in ("negation", "number", "speaker", "truncation"):
        assert 'title="' in page and f in page
    assert 'id="f-flag"' in page and 'id="f-speaker"' in page and 'id="f-outlet"' in page
    assert "differences marked against" in page
    # versions are named by outlet and title in the pair table, not by quote ids
    assert "a2#q0000" not in page.split("pairs of versions")[1].split("</table>")[0]


def test_report_says_what_could_not_be_checked_without_mt():
    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    de2 = "Wir werden das Ziel in diesem Jahr erreichen, sagte die Ministerin am Montag in Berlin."
    en = "We will miss the target this year, the minister said in Berlin on Monday."
    arts = [Article(id=x, text=t, language=lang, outlet=x) for x, t, lang in (("d1", de, "de"), ("d2", de2, "de"),
                                                                            ("e1", en, "en"))]
    vs = [QuoteVersion("d1#q0", "d1", "d1", "de", de, "", 0, len(de), "direct", None, flags=["no-english"]),
          QuoteVersion("d2#q0", "d2", "d2", "de", de2, "", 0, len(de2), "direct", None, flags=["no-english"])]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    md = render_markdown(clusters, arts, run=ReportNotes(n_quotes=3))
    head = md.split("- articles:")[0]
    assert "What could not be checked" in head and "no English rendering" in head
    # both versions German: compared in German, and no "0 pair(s) ... NOT checked" (review rv41)
    assert "compared in that language" in head and "NOT checked" not in head
    page = render_html(clusters, arts)
    assert "What could not be checked" in page.split("Legend")[0]


def test_unchecked_note_counts_every_quote_without_english():
    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", de, "", 0, len(de), "direct", None, flags=["no-english"])
          for k in (1, 2)]
    arts = [Article(id=f"d{k}", text=de, language="de", outlet=f"d{k}", source_path=f"/in/bericht-{k}.txt")
            for k in (1, 2)]
    md = render_markdown(build_clusters(vs), arts, run=ReportNotes(n_quotes=40, no_english=35))
    head = md.split("- articles:")[0]
    assert "35 quote(s) have no English rendering" in head and "2 of them in clusters" in head
    # an untitled article is named by its file name, not by its id
    assert "bericht\\-1\\.txt" in md and "| d1 |" not in md


def test_unchecked_note_says_why_translation_was_skipped():
    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", de, "", 0, len(de), "direct", None, flags=["no-english"])
          for k in (1, 2)]
    arts = [Article(id=f"d{k}", text=de, language="de", outlet=f"d{k}") for k in (1, 2)]
    reason = "cannot load the translation model 'x' for de->en (not on this machine). Give --model PATH."
    md = render_markdown(build_clusters(vs), arts, run=ReportNotes(n_quotes=3, no_english=3, translation_skipped=reason))
    head = md.split("- articles:")[0]
    assert "Translation skipped (cannot load the translation model" in head and "3 quote(s)" in head
    assert "Give --model" not in head  # the reason's first sentence only
    assert "Translation skipped" in render_html(build_clusters(vs), arts, run=ReportNotes(translation_skipped=reason)).split("Legend")[0]
    page = render_html(build_clusters(vs), arts, run=ReportNotes(translation_skipped="no model at <img src=x onerror=alert(1)>"))
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_report_stage_reads_why_translation_was_skipped(tmp_path):
    from aligner.report.stage import write_from_store

    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", de, "", 0, len(de), "direct", None, flags=["no-english"])
          for k in (1, 2)]
    store = RunStore(tmp_path / "run")
    store.write("articles.jsonl", [Article(id=f"d{k}", text=de, language="de", outlet=f"d{k}") for k in (1, 2)])
    store.write("clusters.jsonl", build_clusters(vs))
    store.record_stage("translate", "skipped", {"reason": "cannot load the translation model 'm'. Give --model."})
    store.record_stage("match", "done", {"no_english": 2})
    write_from_store(store)
    head = (tmp_path / "run" / "report.md").read_text(encoding="utf-8").split("- articles:")[0]
    assert "Translation skipped (cannot load the translation model" in head


def test_diff_marks_only_the_quoted_words_of_a_mixed_quote():
    from aligner.report.html import diff_html

    ref = "the talks will not go on without the allies, he said"
    text = 'Officials said on Monday that "the talks will go on without the allies," the minister added.'
    out = diff_html(ref, text)
    assert "<del>not</del>" in out
    # the narration around the quote marks is shown plain, never as inserted words
    assert "Officials said on Monday" in out and "Monday</ins>" not in out and "added.</ins>" not in out
    assert '<span class="narr">' in out


def test_filters_clicked_in_headless_chromium(tmp_path):
    """The page's filters picked the way a click does, in Chromium
    (``scripts/screenshot_report.py --click``): each option shows exactly the rows
    and sections that carry it; hostile names stay options, not markup."""
    import importlib.util
    import shutil
    from pathlib import Path

    import pytest

    if not (shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")):
        pytest.skip("chromium not installed")
    spec = importlib.util.spec_from_file_location("shot", Path(__file__).parents[1] / "scripts" / "screenshot_report.py")
    shot = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(shot)  # type: ignore[union-attr]
    articles, clusters = _data()  # one cluster: negation, outlets "Outlet <One>" / "Outlet Two", speaker Minister
    other = "Prices for heating oil rose by a tenth in the last month alone"
    a3 = Article(id="a3", text=f"“{other}”, said Anna Berg.", language="en", outlet="Outlet Two")
    a4 = Article(id="a4", text=f"“{other}”, Berg said.", language="en", outlet="Outlet Three")
    vs = [QuoteVersion("a3#q0000", "a3", "Outlet Two", "en", other, other, 1, 1 + len(other), "direct", "Anna Berg",
                       speaker_mention="Anna Berg"),
          QuoteVersion("a4#q0000", "a4", "Outlet Three", "en", other, other, 1, 1 + len(other), "direct", "Anna Berg",
                       speaker_mention="Berg")]
    clusters = clusters + build_clusters(vs)
    assert len(clusters) == 2
    page = tmp_path / "report.html"
    page.write_text(render_html(clusters, [*articles, a3, a4]), encoding="utf-8")
    got = {(r["filter"], r["option"]): r for r in shot.click_filters(page)}
    assert all(r["wrong"] == 0 and r["hidden_but_matching"] == 0 for r in got.values())
    assert (got[("flag", "all")]["rows"], got[("flag", "all")]["sections"]) == (2, 2)
    assert (got[("flag", "negation")]["rows"], got[("flag", "negation")]["sections"]) == (1, 1)
    assert got[("outlet", "Outlet <One>")]["sections"] == 1 and got[("outlet", "Outlet Two")]["sections"] == 2
    assert got[("outlet", "Outlet Three")]["sections"] == 1
    # one speaker option for "Anna Berg" and "Berg": the person, however the article named her
    assert got[("speaker", "Anna Berg")]["sections"] == 1 and ("speaker", "Berg") not in got


def test_a_mixed_quote_whose_narration_was_cut_by_position_is_noted_approximate():
    en = "If prices keep rising, \"we will talk with the partners about new steps\""
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", "Falls die Preise weiter steigen, ...", en, 0, 40,
                       "mixed", "Anna Berger", scores={"english_source": "sentence-marks-narration"}) for k in (1, 2)]
    arts = [Article(id=f"d{k}", text="x" * 40, language="de", outlet=f"d{k}") for k in (1, 2)]
    head = render_markdown(build_clusters(vs), arts).split("- articles:")[0]
    assert "2 version(s) mix narration and quoted words" in head and "approximate" in head
