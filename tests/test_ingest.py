"""Ingestion end to end: the seeds, formats, metadata, ids, offsets and the CLI."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from aligner.cli import app
from aligner.ingest import ingest_paths
from aligner.model import Article, Sentence
from aligner.store import read_jsonl

SEED_IDS = [
    "000_56f271b78337dfd8",
    "001_7ebaa70a95fbca75",
    "002_83faf26270295b7a",
    "003_8d4c6674a1dcbac4",
    "004_6e0dd339ea760a16",
]


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    return ingest_paths([seeds_dir], quiet=True)


def by_article(items, aid):
    return [x for x in items if x.article_id == aid]


def test_seed_articles_ids_languages_metadata(seeds, seeds_dir):
    assert [a.id for a in seeds.articles] == SEED_IDS  # stable: the file stems, metadata.tsv not an article
    assert [a.language for a in seeds.articles] == ["de", "de", "de", "en", "en"]
    assert seeds.skipped == []
    arts = {a.id: a for a in seeds.articles}
    a3, a4 = arts["003_8d4c6674a1dcbac4"], arts["004_6e0dd339ea760a16"]
    assert a3.outlet == "sputnik-international" and a3.date == "2022-01-25"
    assert a3.title.startswith("Kremlin Says Moscow, Havana Have")
    assert a4.date == "2022-01-13" and a4.outlet == "outlet-004"
    assert arts["000_56f271b78337dfd8"].date is None and arts["000_56f271b78337dfd8"].outlet == "outlet-000"
    for a in seeds.articles:
        path = seeds_dir / f"{a.id}.txt"
        assert a.text == path.read_text(encoding="utf-8")  # the original text, unedited
        assert a.source_format == "txt" and a.encoding == "utf-8"


def test_sentence_offsets_and_ids(seeds):
    texts = {a.id: a.text for a in seeds.articles}
    for aid in SEED_IDS:
        sents = by_article(seeds.sentences, aid)
        assert sents
        for k, s in enumerate(sents):
            assert texts[aid][s.start : s.end] == s.text
            assert s.index == k
            assert s.id == f"{aid}#s{k:04d}"
            assert re.fullmatch(re.escape(aid) + r"#p\d{4}", s.paragraph_id)
        assert [s.start for s in sents] == sorted(s.start for s in sents)
    pids = {p.id for p in seeds.paragraphs}
    assert all(s.paragraph_id in pids for s in seeds.sentences)
    assert all(p.kept for p in seeds.paragraphs if any(s.paragraph_id == p.id for s in seeds.sentences))


def _kept_text(seeds, aid):
    return " ".join(s.text for s in by_article(seeds.sentences, aid))


def test_every_sentence_of_seed_000_and_002_survives(seeds, seeds_dir):
    for aid, lost_lines in (("000_56f271b78337dfd8", 0), ("002_83faf26270295b7a", 1)):
        lines = [l.strip() for l in (seeds_dir / f"{aid}.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
        kept = [p for p in by_article(seeds.paragraphs, aid) if p.kept]
        assert [p.text for p in kept] == lines[: len(lines) - lost_lines]
        # the sentences of each kept paragraph put back together give the whole line
        for p in kept:
            assert " ".join(s.text for s in seeds.sentences if s.paragraph_id == p.id) == p.text
        assert len(by_article(seeds.removals, aid)) == lost_lines
    (rem,) = by_article(seeds.removals, "002_83faf26270295b7a")
    assert rem.reason == "teaser" and rem.text.startswith("Mehr zum Thema - ")
    assert "Mehr zum Thema" not in _kept_text(seeds, "002_83faf26270295b7a")


def test_per_seed_counts(seeds):
    """Paragraphs kept/removed and sentences per seed, as checked by hand against the files."""
    got = {}
    for aid in SEED_IDS:
        paras = by_article(seeds.paragraphs, aid)
        got[aid[:3]] = (sum(p.kept for p in paras), sum(not p.kept for p in paras), len(by_article(seeds.sentences, aid)))
    # 000: 11 one-sentence paragraphs; 001: 4 body paragraphs (15 sentences) + 4 comments;
    # 002: 9 paragraphs (22 sentences) + teaser; 003: 8 kept (headline, lead, 6 body) of 15;
    # 004: 15 kept (headline + 14 body paragraphs) of 29
    assert got == {"000": (11, 0, 11), "001": (4, 4, 15), "002": (9, 1, 22), "003": (8, 7, 13), "004": (15, 14, 25)}


def test_removals_point_at_the_dropped_text(seeds):
    texts = {a.id: a.text for a in seeds.articles}
    assert seeds.removals
    for r in seeds.removals:
        assert texts[r.article_id][r.start : r.end] == r.text
        assert r.reason
    reasons = {r.reason for r in seeds.removals}
    assert {"reader-comments", "near-duplicate", "duplicate", "caption", "photo-credit", "timestamp", "teaser",
            "author-bio", "comment-form", "byline", "registration", "furniture"} <= reasons


def test_summary_counts(seeds):
    s = seeds.summary()
    assert s["articles"] == 5 and s["sentences"] == 86 and s["skipped"] == 0
    assert s["languages"] == {"de": 3, "en": 2}
    assert sum(s["removed"].values()) == 26


# -- formats and metadata ----------------------------------------------------------------------

DE = "Die Regierung hat am Dienstag neue Regeln für den Export beschlossen. Kritiker bemängelten zu viele Ausnahmen."
EN = "The government adopted new export rules on Tuesday. Critics said there were too many exceptions."


def test_jsonl_fields_become_article_fields(tmp_path):
    line = {"id": "rt-42", "outlet": "rt-de", "lang": "de", "date": "2022-01-14", "title": "Regeln", "url": "https://example.org/a", "text": DE, "section": "politik"}
    (tmp_path / "a.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    res = ingest_paths([tmp_path / "a.jsonl"], quiet=True)
    (a,) = res.articles
    assert (a.id, a.outlet, a.language, a.date, a.title, a.url, a.source_format) == ("rt-42", "rt-de", "de", "2022-01-14", "Regeln", "https://example.org/a", "jsonl")
    assert a.meta["section"] == "politik"
    assert [s.id for s in res.sentences] == ["rt-42#s0000", "rt-42#s0001"]


def test_html_main_text_and_metadata(tmp_path):
    body = " ".join([DE] * 3)
    html = (
        "<!DOCTYPE html><html><head><title>Neue Exportregeln</title><meta name='date' content='2022-01-13'></head>"
        f"<body><nav>Startseite | Politik | Wirtschaft</nav><article><h1>Neue Exportregeln</h1><p>{body}</p>"
        f"<p>{DE}</p></article><footer>Impressum | Datenschutz</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    (a,) = res.articles
    assert a.source_format == "html" and a.id == "page"
    assert a.title == "Neue Exportregeln" and a.date == "2022-01-13"
    assert "Impressum" not in a.text and "Startseite" not in a.text
    assert "Kritiker bemängelten zu viele Ausnahmen." in a.text
    for s in res.sentences:
        assert a.text[s.start : s.end] == s.text


def test_folder_sidecar_is_metadata_not_an_article(tmp_path):
    (tmp_path / "one.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,outlet,date,url\none.txt,taz,2022-01-12,https://taz.example/1\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    arts = {a.id: a for a in res.articles}
    assert set(arts) == {"one", "two"}
    assert (arts["one"].outlet, arts["one"].date, arts["one"].url) == ("taz", "2022-01-12", "https://taz.example/1")
    assert arts["two"].outlet.startswith("outlet-")  # neutral id, not invented
    assert arts["two"].outlet != arts["one"].outlet


def test_explicit_metadata_json_by_stem(tmp_path):
    (tmp_path / "one.txt").write_text(DE, encoding="utf-8")
    meta = tmp_path.parent / f"{tmp_path.name}-meta.json"
    meta.write_text(json.dumps({"one": {"outlet": "faz", "language": "de", "translation_of": "x1"}}), encoding="utf-8")
    (a,) = ingest_paths([tmp_path / "one.txt"], metadata=meta, quiet=True).articles
    assert (a.outlet, a.language, a.translation_of) == ("faz", "de", "x1")


def test_bad_metadata_is_reported_and_the_articles_still_come(tmp_path):
    (tmp_path / "one.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text("no key columns here\tx\n1\t2\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    assert [a.id for a in res.articles] == ["one"]
    assert len(res.skipped) == 1 and "metadata needs a header" in res.skipped[0].reason


def test_duplicate_ids_are_made_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(EN, encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    assert [a.id for a in res.articles] == ["x", "x-2"]
    assert {s.id.split("#")[0] for s in res.sentences} == {"x", "x-2"}


def test_mixed_language_article_is_tagged_per_paragraph(tmp_path):
    de_par = "Die Bundesregierung hat am Dienstag neue Regeln für den Export von Rüstungsgütern beschlossen, die ab dem kommenden Jahr gelten sollen."
    en_par = "The German government on Tuesday adopted new rules for arms exports, which are to apply from next year, a spokesman said in Berlin."
    (tmp_path / "mixed.txt").write_text("\n".join([de_par, en_par, de_par.replace("Dienstag", "Mittwoch")]), encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    (a,) = res.articles
    assert a.language == "de"
    assert [p.language for p in res.paragraphs] == ["de", "en", "de"]
    assert [s.language for s in res.sentences] == ["de", "en", "de"]
    assert a.meta["paragraph_languages"] == {"de": 2, "en": 1}


# -- CLI --------------------------------------------------------------------------------------


def test_cli_ingest_explain(seeds_dir, tmp_path):
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--out", str(out), "--explain"])
    assert res.exit_code == 0, res.output
    for line in ("reader-comments", "near-duplicate", "photo-credit", "Gleiche und Gleiches gesellt sich gern!", "Leave a Reply"):
        assert line in res.output
    arts = read_jsonl(out / "articles.jsonl", Article)
    sents = read_jsonl(out / "sentences.jsonl", Sentence)
    assert len(arts) == 5 and len(sents) == 86
    assert len(read_jsonl(out / "paragraphs.jsonl")) == 73  # 11 + 8 + 10 + 15 + 29
    assert len(read_jsonl(out / "removals.jsonl")) == 26
    assert read_jsonl(out / "skipped.jsonl") == []


def test_cli_run_writes_ingest_outputs(seeds_dir, tmp_path):
    """`aligner run corpora/seeds --out tmp`, limited to the ingest stage (later stages have their own tests)."""
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["run", str(seeds_dir), "--out", str(out), "--only", "ingest"])
    assert res.exit_code == 0, res.output
    arts = read_jsonl(out / "articles.jsonl", Article)
    sents = read_jsonl(out / "sentences.jsonl", Sentence)
    assert [a.id for a in arts] == SEED_IDS
    texts = {a.id: a.text for a in arts}
    assert all(texts[s.article_id][s.start : s.end] == s.text for s in sents)
    assert (out / "skipped.jsonl").exists() and read_jsonl(out / "skipped.jsonl") == []
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["status"] == "done" and summary["ingest"]["articles"] == 5


def test_cli_run_fails_cleanly_when_nothing_can_be_ingested(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "run"), "--only", "ingest"])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    assert len(read_jsonl(tmp_path / "run" / "skipped.jsonl")) == 1


# -- odd but valid inputs -----------------------------------------------------------------------


def test_crlf_line_endings(tmp_path):
    text = "Titel der Meldung hier\r\n\r\n" + DE + "\r\n" + DE.replace("Dienstag", "Mittwoch") + "\r\nAnzeige\r\n"
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    res = ingest_paths([tmp_path], quiet=True)
    (a,) = res.articles
    assert a.text == text  # \r\n kept: offsets are into the file as it is
    assert [(p.text, p.kept, p.reason) for p in res.paragraphs] == [
        ("Titel der Meldung hier", True, ""),
        (DE, True, ""),
        (DE.replace("Dienstag", "Mittwoch"), True, ""),
        ("Anzeige", False, "furniture"),
    ]
    assert a.title == "Titel der Meldung hier" and a.meta["title_source"] == "first line"
    assert all("\r" not in s.text and a.text[s.start : s.end] == s.text for s in res.sentences)


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    (tmp_path / "page.txt").write_text(f"<!DOCTYPE html><html><body><article><p>{DE} {DE}</p></article></body></html>", encoding="utf-8")
    (a,) = ingest_paths([tmp_path], quiet=True).articles
    assert a.source_format == "html" and "<p>" not in a.text


def test_article_of_nothing_but_furniture_is_skipped(tmp_path):
    (tmp_path / "f.txt").write_text("Leave a Reply\nYour email address will not be published.\n2022-01-13 16:09\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    assert res.articles == []
    assert res.skipped[0].reason == "nothing left after cleaning (comment-form 2, timestamp 1)"


def test_utf16_jsonl(tmp_path):
    (tmp_path / "u.jsonl").write_bytes(b"\xff\xfe" + (json.dumps({"id": "u1", "text": DE}) + "\n").encode("utf-16-le"))
    (a,) = ingest_paths([tmp_path], quiet=True).articles
    assert a.id == "u1" and a.text == DE


def test_cli_rejects_unknown_language_code(seeds_dir, tmp_path):
    res = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--out", str(tmp_path / "r"), "--languages", "de,xx"])
    assert res.exit_code == 2
    assert "unknown language code 'xx'" in res.output and "Traceback" not in res.output
