"""What the report says it could not check (review rv41): pairs never compared and pairs whose
negation and numbers were not judged counted in the match summary and named in the report, a
missing table refused rather than silently left out, translation problems with their reason.

Each test runs the CLI on small invented articles (built here, in a temporary folder)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

from aligner.cli import app

DE_A = """Streit um Stahlzölle: Ministerin warnt vor Jobverlusten

Berlin. Die Wirtschaftsministerin Anna Berger hat am Dienstag vor den Folgen neuer Zölle gewarnt.
„Wir werden keine neuen Zölle auf Stahl akzeptieren“, sagte Berger nach einem Treffen mit Gewerkschaftern.
Nach ihren Angaben sind in der Branche rund 40.000 Arbeitsplätze bedroht.
„Die Lage ist ernst, aber nicht hoffnungslos“, fügte die Ministerin hinzu.
Der Verbandspräsident Klaus Weber sagte: „Wir brauchen schnell eine Einigung mit Washington.“
"""
EN_B = """German minister warns of job losses in steel tariff dispute

BERLIN - Germany's economy minister Anna Berger warned on Tuesday about the consequences of new tariffs.
"We will accept new tariffs on steel," Berger said after meeting union leaders.
She said some 40,000 jobs in the industry were under threat.
"The situation is serious, but not hopeless," the minister added.
Industry association president Klaus Weber said: "We need a quick agreement with Washington."
"""
EN_C = """Steel tariffs: Berlin pushes back

Economy minister Anna Berger on Tuesday rejected new tariffs.
"We will not accept any new tariffs on steel," Berger told reporters.
About 14,000 jobs could be lost, she said.
Klaus Weber, who heads the industry association, said: "We need a quick agreement with Washington."
"""
DE_D = """Zollstreit: Weber fordert Einigung

Der Verbandspräsident Klaus Weber hat eine schnelle Lösung gefordert.
„Wir brauchen schnell eine Einigung mit Washington“, sagte Weber am Dienstag.
Die Ministerin Anna Berger sagte, es seien rund 14.000 Stellen in Gefahr.
„Wir werden neue Zölle auf Stahl akzeptieren“, sagte Berger.
"""
EN_NOQUOTE = """Steel prices climb as tariff talks stall

Steel prices rose for a third day on Wednesday as talks between Berlin and Washington stalled.
Analysts expect further increases in the coming weeks.
"""
EN_LONE = """Union chief demands guarantees

Union leader Maria Schulz said on Tuesday: "No worker should pay for this dispute."
She added that talks would continue next week.
"""
TEXTS = {"de_a.txt": DE_A, "en_b.txt": EN_B, "en_c.txt": EN_C, "de_d.txt": DE_D,
         "en_noquote.txt": EN_NOQUOTE, "en_lone.txt": EN_LONE}
OUTLETS = {"de_a.txt": ("ZeitungA", "de"), "en_b.txt": ("WireB", "en"), "en_c.txt": ("PaperC", "en"),
           "de_d.txt": ("BlattD", "de"), "en_noquote.txt": ("OutletE", "en"), "en_lone.txt": ("OutletF", "en")}

TR_A = [
    ("Streit um Stahlzölle: Ministerin warnt vor Jobverlusten", "Steel tariff dispute: minister warns of job losses"),
    ("Berlin.", "Berlin."),
    ("Die Wirtschaftsministerin Anna Berger hat am Dienstag vor den Folgen neuer Zölle gewarnt.",
     "Economy minister Anna Berger warned on Tuesday of the consequences of new tariffs."),
    ("„Wir werden keine neuen Zölle auf Stahl akzeptieren“, sagte Berger nach einem Treffen mit Gewerkschaftern.",
     "\"We will not accept any new tariffs on steel,\" Berger said after a meeting with trade unionists."),
    ("Nach ihren Angaben sind in der Branche rund 40.000 Arbeitsplätze bedroht.",
     "According to her, around 40,000 jobs in the industry are threatened."),
    ("„Die Lage ist ernst, aber nicht hoffnungslos“, fügte die Ministerin hinzu.",
     "\"The situation is serious but not hopeless,\" the minister added."),
    ("Der Verbandspräsident Klaus Weber sagte: „Wir brauchen schnell eine Einigung mit Washington.“",
     "Association president Klaus Weber said: \"We need an agreement with Washington quickly.\""),
]
TR_D = [
    ("Zollstreit: Weber fordert Einigung", "Tariff dispute: Weber calls for agreement"),
    ("Der Verbandspräsident Klaus Weber hat eine schnelle Lösung gefordert.",
     "Association president Klaus Weber has called for a quick solution."),
    ("„Wir brauchen schnell eine Einigung mit Washington“, sagte Weber am Dienstag.",
     "\"We need an agreement with Washington quickly,\" Weber said on Tuesday."),
    ("Die Ministerin Anna Berger sagte, es seien rund 14.000 Stellen in Gefahr.",
     "Minister Anna Berger said around 14,000 jobs were at risk."),
    ("„Wir werden neue Zölle auf Stahl akzeptieren“, sagte Berger.", "\"We will accept new tariffs on steel,\" Berger said."),
]
OTHER = [("Das Wetter bleibt am Wochenende wechselhaft.", "The weather stays changeable at the weekend."),
         ("Im Norden wird mit Sturm gerechnet.", "Storms are expected in the north.")]


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return tmp_path_factory.mktemp("fx47")


_RUNS: dict = {}


def corpus(root, name: str, files, extra=()):
    d = root / name
    if not d.exists():
        d.mkdir(parents=True)
        rows = ["file\toutlet\tlanguage\tdate"]
        for f in files:
            (d / f).write_text(TEXTS[f], encoding="utf-8")
            rows.append(f"{f}\t{OUTLETS[f][0]}\t{OUTLETS[f][1]}\t2026-03-03")
        (d / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        for f, data in extra:
            (d / f).write_bytes(data)
    return d


def tsv(root, name: str, rows) -> str:
    p = root / name
    p.write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    return str(p)


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def run(root, name: str, files, translations: str | None = None, extra=()):
    """``aligner run`` once per name in this module: (run directory, result)."""
    key = (str(root), name)
    if key not in _RUNS:
        src = corpus(root, "c_" + name, files, extra)
        out = root / ("r_" + name)
        _RUNS[key] = out, cli("run", src, "--out", out, *(["--translations", translations] if translations else []))
    return _RUNS[key]


C1 = ("de_a.txt", "en_b.txt", "en_c.txt", "de_d.txt")


def md(out) -> str:
    return (out / "report.md").read_text(encoding="utf-8")


def coverage(report_md: str) -> str:
    """The report's 'What could not be checked' section (up to the counts)."""
    i = report_md.find("What could not be checked")
    return report_md[i:report_md.find("\n- articles:")] if i >= 0 else ""


def summary(out) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def clusters(out) -> list[dict]:
    return [json.loads(ln) for ln in (out / "clusters.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]


def warnings(r) -> list[str]:
    return [ln for ln in r.output.splitlines() if ln.startswith("warning:")]


def _table(r) -> str:
    """The CLI's output with the table's borders and line breaks taken out (a long summary cell is folded)."""
    return re.sub(r"[\s│┃|]+", "", r.output)


def test_match_summary_counts_the_pairs_never_compared_and_the_table_shows_them(root):
    out, r = run(root, "h1", ("de_a.txt", "en_b.txt"))
    assert r.exit_code == 0, r.output
    pairs = [q for c in clusters(out) for q in c["pairs"] if q.get("link") != "continuation"]
    unchecked = sum(1 for q in pairs if q["compared"] == "none")
    if not unchecked:
        pytest.skip("German quotes got English here (a translation model is installed)")
    m = summary(out)["match"]
    assert m["pairs_not_compared"] == unchecked
    assert f"pairs_not_compared:{unchecked}" in _table(r)


def test_the_table_leaves_out_a_zero_count_of_pairs_never_compared(root):
    out, r = run(root, "h2", ("en_b.txt", "en_c.txt"))
    assert r.exit_code == 0, r.output
    assert summary(out)["match"]["pairs_not_compared"] == 0
    assert "pairs_not_compared" not in _table(r)


def test_pairs_whose_numbers_were_not_judged_are_counted_and_named(root):
    """Berger's "some 40,000 jobs ... under threat" and "About 14,000 jobs could be lost" are joined
    through their speaker, not on their words: the number difference is not judged (no flag), and
    the report says so where it lists what could not be checked."""
    out, r = run(root, "h2", ("en_b.txt", "en_c.txt"))
    nj = [q for c in clusters(out) for q in c["pairs"] if "not_judged" in (q.get("details") or {})]
    assert nj, "the situation (a pair not judged) was not reproduced"
    assert summary(out)["match"]["pairs_not_judged"] == len(nj)
    cov = coverage(md(out))
    assert re.search(rf"not judged for {len(nj)} pair\(s\), in cluster\(s\) \d", cov), cov
    html = (out / "report.html").read_text(encoding="utf-8")
    notes = html[html.find("What could not be checked"):html.find("Legend")]
    assert f"not judged for {len(nj)} pair(s)" in notes


H3_EXTRA = (("broken.txt", b"\x00\x01\x02 binary \x00"), ("empty.txt", b""))


@pytest.mark.parametrize("table", ["skipped.jsonl", "quotes.jsonl", "articles.jsonl"])
def test_report_refuses_a_run_directory_missing_a_table_it_reads(root, table):
    """Deleting a table the report reads is refused like a missing clusters.jsonl (one line naming
    it, non-zero exit), never a report without the unreadable inputs or the lone quotes."""
    out, r = run(root, "h3", ("de_a.txt", "en_b.txt", "en_lone.txt"), extra=H3_EXTRA)
    assert r.exit_code == 0, r.output
    assert "broken.txt" in md(out) and "found in one article only" in md(out)
    cp = root / f"r_h3_without_{table}"
    shutil.copytree(out, cp)
    (cp / "report.md").unlink()
    assert cli("report", cp).exit_code == 0  # the copy as it is: rebuilt
    assert "broken.txt" in md(cp)
    (cp / table).unlink()
    got = cli("report", cp)
    assert got.exit_code != 0
    assert table in str(got.exception) + got.output


def test_a_pair_not_judged_says_speaker_not_judged_not_same(root):
    out, r = run(root, "h2", ("en_b.txt", "en_c.txt"))
    nj = [q for c in clusters(out) for q in c["pairs"] if "not_judged" in (q.get("details") or {})]
    assert nj
    assert all(q["speaker_check"] in ("not judged", "unknown") for q in nj), [q["speaker_check"] for q in nj]


def test_markdown_shows_the_not_judged_reason_whole(root):
    out, r = run(root, "h2", ("en_b.txt", "en_c.txt"))
    lines = [ln for ln in md(out).splitlines() if "not\\_judged:" in ln]  # the pair lines
    assert lines, "the situation (a pair not judged) was not reproduced"
    assert all("negation, numbers, truncation and speaker not judged" in ln for ln in lines), lines


def _section(report_md: str, words: str) -> str:
    sec = [s for s in report_md.split("\n## ") if words in s and "|" in s]
    assert sec, f"no cluster section with {words!r}"
    return sec[0]


def test_markdown_says_which_pairs_were_never_compared_and_shows_no_score_for_them(root):
    """No MT, German + English: "Die Lage ist ernst" / "The situation is serious" are joined on
    embeddings and never compared; report.md says so for the pair, as report.html does, and gives
    the cluster no inconsistency number (the legend's 0 is for clusters whose pairs agree)."""
    out, r = run(root, "h1", ("de_a.txt", "en_b.txt"))
    cs = [c for c in clusters(out) if any("Die Lage ist ernst" in v["original"] for v in c["versions"])]
    assert cs
    if any(q["compared"] != "none" for q in cs[0]["pairs"]):
        pytest.skip("German quotes got English here (a translation model is installed)")
    sec = _section(md(out), "Die Lage ist ernst")
    assert "versions, not compared)" in sec.splitlines()[0] and "inconsistency" not in sec.splitlines()[0]
    assert re.search(r"\n- .* vs .*: not compared \(no English rendering on one side", sec), sec
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<span class="score">not compared</span>' in html


def test_translations_of_one_article_name_the_other_and_count_only_what_they_translate(root):
    """Translations of de_a only: de_d's sentences and quotes stay untranslated; a warning names
    de_d.txt, the report's note names it, and summary.json's 'translated' counts only the texts
    that have a translation."""
    out, r = run(root, "m3b", C1, tsv(root, "only_a.tsv", TR_A))
    assert r.exit_code == 0, r.output
    said = [w for w in warnings(r) if "only_a.tsv" in w and "de_d.txt" in w]
    assert len(said) == 1 and "de_a.txt" not in said[0], warnings(r)
    t = summary(out)["translate"]
    assert t["articles_untranslated"] == ["de_d.txt"]
    rows = [json.loads(ln) for ln in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines()]
    really = sum(1 for x in rows if x["backend"] not in ("identity", "none") and x["target"].strip())
    assert t["translated"] == really and t["missing"] > 0 and really + t["missing"] == len(
        [x for x in rows if x["backend"] not in ("identity", "none")])
    cov = coverage(md(out))
    assert "Translation missing (the brought translations match" in cov and "de\\_d.txt" in cov, cov


@pytest.mark.parametrize("name,rows,why", [("other.tsv", OTHER, "other articles"),
                                            ("emptytr.tsv", [(s, "") for s, _ in TR_A + TR_D], "is empty")])
def test_brought_translations_that_translate_nothing_fail_the_stage(root, name, rows, why):
    """Translations of another corpus, and a file whose every translation is empty, translate none
    of the German sentences: the translate stage the user asked for failed (one warning line naming
    the file and why, exit non-zero, summary 'failed' with the reason); quotes, match and report still
    run, each sentence is 'missing' in translations.jsonl and the report says 'Translation failed (...)'."""
    out, r = run(root, "m3c_" + name, C1, tsv(root, name, rows))
    assert r.exit_code != 0, r.output
    t = summary(out)["translate"]
    assert t["status"] == "failed" and t["translated"] == 0 and t["sentences_matched"] == 0
    assert name in t["reason"] and why in t["reason"], t["reason"]
    assert all(summary(out)[s]["status"] == "done" for s in ("quotes", "match", "report"))
    rows = [json.loads(ln) for ln in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert t["missing"] == sum(1 for x in rows if x["backend"] != "identity") > t["sentences_to_translate"]
    said = [w for w in warnings(r) if name in w and "match none of the" in w]
    assert len(said) == 1 and why in said[0], warnings(r)
    assert not [w for w in warnings(r) if "match 0 of the" in w], warnings(r)
    assert "Translation failed (" in coverage(md(out)) and name.replace("_", "\\_") in coverage(md(out))


def test_the_report_gives_why_translation_failed(tmp_path):
    from aligner.match.clusters import build_clusters
    from aligner.model import Article, QuoteVersion
    from aligner.report.stage import write_from_store
    from aligner.store import RunStore

    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", de, "", 0, len(de), "direct", None, flags=["no-english"])
          for k in (1, 2)]
    store = RunStore(tmp_path / "run")
    store.write("articles.jsonl", [Article(id=f"d{k}", text=de, language="de", outlet=f"d{k}") for k in (1, 2)])
    store.write("clusters.jsonl", build_clusters(vs))
    store.record_stage("translate", "failed", {"reason": "x.tsv: the model ran out of memory. Try --batch-size 8."})
    write_from_store(store)
    store.close()
    cov = coverage((tmp_path / "run" / "report.md").read_text(encoding="utf-8"))
    assert "Translation failed (x.tsv: the model ran out of memory)" in cov, cov


def test_translations_shifted_by_one_line_are_said_by_file_name(root):
    """Each German sentence given its neighbour's English: more than a tenth of the lines used have a
    length far from their source's (guard-flagged); one warning names the file.  The same lines in
    their places: no such warning."""
    rows = TR_A + TR_D
    out, r = run(root, "m4", C1, tsv(root, "shifted.tsv", [(s, t) for (s, _), (_, t) in zip(rows, rows[1:] + rows[:1])]))
    assert r.exit_code == 0, r.output
    assert [w for w in warnings(r) if "shifted.tsv" in w and "shifted against their sources" in w], warnings(r)
    out, r = run(root, "m4_right", C1, tsv(root, "right.tsv", rows))
    assert r.exit_code == 0, r.output
    assert not [w for w in warnings(r) if "shifted against" in w], warnings(r)


def test_translations_made_after_the_clusters_are_said_and_match_before_translate_too(root):
    """ingest + quotes, `aligner match` (no translate stage yet: said), `aligner translate` with
    translations, `aligner report`: the report says the clusters are older than the translations
    and to run `aligner match` again; after it, the note is gone."""
    src = corpus(root, "c_m5", list(C1))
    out = root / "r_m5"
    assert cli("run", src, "--out", out, "--only", "ingest", "--only", "quotes").exit_code == 0
    m = cli("match", out)
    assert m.exit_code == 0, m.output
    assert [w for w in warnings(m) if "no translate stage has run here" in w], m.output
    assert "Translation missing (no translate stage has run here)" in coverage(md(out))
    t = cli("translate", out, "--to", "en", "--translations", tsv(root, "full.tsv", TR_A + TR_D))
    assert t.exit_code == 0, t.output
    r = cli("report", out)
    assert r.exit_code == 0, r.output
    assert [w for w in warnings(r) if "run aligner match on this run directory again" in w], r.output
    assert "The clusters are older than the translations" in coverage(md(out))
    again = cli("match", out, "--translations", root / "full.tsv")
    assert again.exit_code == 0
    assert "older than the translations" not in md(out)
    assert "translations_read" not in again.output  # the digest the report compares: summary.json only


def test_an_article_without_quotes_is_named(root):
    out, r = run(root, "l3", ("de_a.txt", "en_b.txt", "en_noquote.txt"))
    assert r.exit_code == 0, r.output
    cov = coverage(md(out))
    assert "1 article(s) have no quote" in cov and "Steel prices climb as tariff talks stall" in cov, cov
    assert "German minister warns" not in cov
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Steel prices climb as tariff talks stall" in html[:html.find("Legend")]
