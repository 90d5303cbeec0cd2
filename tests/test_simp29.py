"""Session 29 (simp29): metadata dates in ISO 8601 forms besides YYYY-MM-DD (rt28-2), and the
language of German text in the report's pairs table."""

from __future__ import annotations

import logging

import pytest

from aligner.ingest import ingest_paths
from aligner.readers import load_metadata


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
