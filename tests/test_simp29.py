"""Session 29 (simp29): metadata dates in ISO 8601 forms besides YYYY-MM-DD (rt28-2), and the
language of German text in the report's pairs table."""

from __future__ import annotations

import logging

import pytest

from aligner.ingest import ingest_paths
from aligner.readers import load_metadata

pytestmark = pytest.mark.usefixtures("aligner_log")  # warnings heard even after a CLI test stopped their propagation


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def _dates(tmp_path, *written: str) -> dict[str, str | None]:
    p = tmp_path / "meta.tsv"
    p.write_text("file\toutlet\tdate\n" + "".join(f"r{i}.txt\tORF\t{w}\n" for i, w in enumerate(written)),
                 encoding="utf-8")
    table = load_metadata(p)
    return {w: table[f"r{i}.txt"].get("date") for i, w in enumerate(written)}


# -- ISO 8601 to the month, and the basic (compact) form -------------------------------


def test_an_iso_month_is_kept_as_a_month_with_no_day_made_up(tmp_path, caplog):
    assert _dates(tmp_path, "2026-12", "1999-01") == {"2026-12": "2026-12", "1999-01": "1999-01"}
    assert not _warnings(caplog)


@pytest.mark.parametrize("written, iso", [
    ("20261204", "2026-12-04"), ("19991231", "1999-12-31"), ("20240229", "2024-02-29"),  # a leap day
    ("20261204T103000Z", "2026-12-04"), ("20261204T1030+0100", "2026-12-04"),  # basic date and time: the day
])
def test_an_iso_basic_date_is_read(tmp_path, caplog, written, iso):
    assert _dates(tmp_path, written) == {written: iso}
    assert not _warnings(caplog)


@pytest.mark.parametrize("written", ["2026-13", "2026-00", "20261304", "20250229", "20261232", "202612"])
def test_a_month_or_compact_date_that_does_not_exist_is_dropped_with_one_line_naming_file_and_row(tmp_path, caplog,
                                                                                                   written):
    got = _dates(tmp_path, "2026-12-02", written)
    assert got == {"2026-12-02": "2026-12-02", written: None}
    lines = _warnings(caplog)
    assert len(lines) == 1 and "\n" not in lines[0]
    assert "meta.tsv" in lines[0] and "'r1.txt'" in lines[0] and repr(written) in lines[0]


def test_an_article_keeps_its_iso_month_and_compact_date_end_to_end(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "Die Regierung hat neue Regeln beschlossen. „Das ist ein guter Tag“, sagte Anna Weber in Berlin."
    for name in ("monthly.txt", "compact.txt"):
        (corpus / name).write_text(text, encoding="utf-8")
    (tmp_path / "m.tsv").write_text("file\toutlet\tdate\nmonthly.txt\tORF\t2026-12\ncompact.txt\tNZZ\t20261204\n",
                                    encoding="utf-8")
    result = ingest_paths([corpus], metadata=tmp_path / "m.tsv", quiet=True)
    assert {a.id: a.date for a in result.articles} == {"monthly": "2026-12", "compact": "2026-12-04"}


# -- the pairs table: German words read as German ----------------------------------------


def _pair_texts(page: str) -> list[tuple[str, str]]:
    """Each piece of text in the report's pairs tables with the language it is read in
    (the nearest lang attribute around it; the page is English)."""
    from html.parser import HTMLParser

    got: list[tuple[str, str]] = []

    class Langs(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[tuple[str, str]] = [("html", "en")]
            self.in_pairs = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("br", "img", "input", "meta", "link"):
                return
            a = dict(attrs)
            if tag == "table" and a.get("class") == "pairs":
                self.in_pairs += 1
            self.stack.append((tag, a.get("lang") or self.stack[-1][1]))

        def handle_endtag(self, tag):
            while len(self.stack) > 1:
                top, _ = self.stack.pop()
                if top == tag:
                    break
            if tag == "table" and self.in_pairs:
                self.in_pairs -= 1

        def handle_data(self, data):
            if self.in_pairs and data.strip():
                got.append((data.strip(), self.stack[-1][1]))

    Langs().feed(page)
    return got


def _german_cluster(a: str, b: str, compared: str):
    from aligner.match.consistency import compare
    from aligner.model import Article, Cluster, ClusterPair, QuoteVersion

    va = QuoteVersion("qa", "da", "ORF", "de", a, "", 0, len(a), "direct", "Anna Weber")
    vb = QuoteVersion("qb", "db", "NZZ", "de", b, "", 0, len(b), "direct", "Anna Weber")
    rep = compare(a, b, lang="de").to_dict()
    pair = ClusterPair("qa", "qb", chrf=rep["chrf"], bleu=rep["bleu"], diff=rep["diff"], flags=rep["flags"],
                       details=rep["details"], compared=compared)
    arts = [Article(id="da", text=a, language="de", outlet="ORF"), Article(id="db", text=b, language="de", outlet="NZZ")]
    return Cluster("c1", [va, vb], speaker="Anna Weber", pairs=[pair]), arts


def test_german_words_in_a_pairs_details_and_word_diff_carry_lang_de():
    from aligner.report.html import render_html

    cluster, arts = _german_cluster("„Die Bürger der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "„Die Einwohner der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "original (de)")
    texts = _pair_texts(render_html([cluster], arts))
    german = [t for t, lang in texts if lang == "de"]
    assert german.count("Bürger") == 2 and german.count("Einwohner") == 2  # in the details and in the word diff
    assert all(lang == "en" for t, lang in texts if t.startswith("[") or t in ("wording:", "vs"))


def test_the_english_of_a_german_pairs_details_stays_english():
    from aligner.report.html import render_html

    cluster, arts = _german_cluster("„Wir haben viele neue Wohnungen in der Stadt gebaut und sind stolz darauf, sagte er "
                                    "gestern in Wien“", "„Wir haben viele neue Wohnungen in der Stadt gebaut“",
                                    "original (de)")
    texts = _pair_texts(render_html([cluster], arts))
    assert ("und sind stolz darauf, sagte er gestern in Wien", "de") in texts  # the words the shorter one lacks
    said = [(t, lang) for t, lang in texts if "missing" in t]
    assert said and all(lang == "en" for _, lang in said)  # "... the end of the longer version is missing"


def test_a_pair_compared_in_english_has_no_german_in_its_details():
    from aligner.report.html import render_html

    cluster, arts = _german_cluster("„Die Bürger der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "„Die Einwohner der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "english")
    texts = _pair_texts(render_html([cluster], arts))  # (the versions' labels are in their own language)
    shown = [lang for t, lang in texts if "Bürger" in t or "Einwohner" in t]
    assert len(shown) == 3 and set(shown) == {"en"}  # details (one piece), and the two words of the diff


def test_a_german_pairs_empty_detail_stays_empty():
    from aligner.report.html import render_html

    cluster, arts = _german_cluster("„Die Bürger der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "„Die Einwohner der Stadt sind mit dem neuen Plan sehr zufrieden und froh“",
                                    "original (de)")
    cluster.pairs[0].details["coverage"] = None
    shown = " ".join(t for t, _ in _pair_texts(render_html([cluster], arts)))
    assert "coverage:" in shown and "None" not in shown
