"""Brought translations (--translations TSV or folder): what is not a translation of the
sentence is not used as one, and what the file could not give is said.  Invented text."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import aligner
from aligner.translate.precomputed import read_pairs, source_key

BRIDGE = ["Die Brücke ist seit Montag wieder offen.", "Der Verkehr rollt wieder über den Fluss.",
          "Anwohner freuen sich über kürzere Wege."]


def _translations(out: Path) -> dict[str, dict]:
    text = (out / "translations.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in text.split("\n") if x.strip()]
    return {r["source"]: r for r in rows}


def _article(folder: Path, name: str, paragraphs: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.fixture
def caplog(caplog):
    """caplog on the "aligner" logger itself: a CLI test run in this process before may
    have stopped its propagation (console.setup_logging)."""
    logger = logging.getLogger("aligner")
    logger.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        logger.removeHandler(caplog.handler)


def _warnings(caplog) -> list[str]:
    """Each warning once (with propagation on, the root handler sees it a second time)."""
    seen = {id(r): r for r in caplog.records if r.levelno >= logging.WARNING}
    return [r.getMessage() for r in seen.values()]


def test_folder_translation_of_another_document_is_not_used(tmp_path, caplog):
    _article(tmp_path / "in", "bruecke.txt", BRIDGE)
    (tmp_path / "tr").mkdir()
    (tmp_path / "tr" / "bruecke.txt").write_text(
        "The zoo has a new elephant.\nThe animal comes from a park in Poland.\nVisitors may see it from June.\n",
        encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        res = aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr", only=["ingest", "translate"])
    rows = _translations(tmp_path / "r")
    assert all(not r["target"] and "missing-translation" in r["flags"] for r in rows.values()), rows
    assert res["translate"].summary.get("low_confidence_pairs") == 3, res["translate"].summary
    said = [m for m in _warnings(caplog) if "tr/bruecke.txt" in m and "in/bruecke.txt" in m]
    assert len(said) == 1, _warnings(caplog)


def test_folder_translation_of_the_right_document_is_used(tmp_path):
    _article(tmp_path / "in", "bruecke.txt", BRIDGE)
    (tmp_path / "tr").mkdir()
    (tmp_path / "tr" / "bruecke.txt").write_text(
        "The bridge has been open again since Monday.\nTraffic is rolling across the river again.\n"
        "Residents are happy about shorter journeys.\n", encoding="utf-8")
    aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr", only=["ingest", "translate"])
    rows = _translations(tmp_path / "r")
    assert rows[BRIDGE[1]]["target"] == "Traffic is rolling across the river again."
    assert not any(r["flags"] for r in rows.values()), rows


def test_folder_in_the_source_language_is_not_used(tmp_path, caplog):
    _article(tmp_path / "in", "bruecke.txt", BRIDGE)
    _article(tmp_path / "tr", "bruecke.txt", BRIDGE)
    with caplog.at_level(logging.WARNING, logger="aligner"):
        aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr", only=["ingest", "translate"])
    rows = _translations(tmp_path / "r")
    assert all(not r["target"] and "not-target-language" in r["flags"] for r in rows.values()), rows
    assert any("tr/bruecke.txt" in m and "written in de" in m for m in _warnings(caplog)), _warnings(caplog)


def test_cli_refuses_a_folder_in_the_source_language(tmp_path):
    _article(tmp_path / "in", "bruecke.txt", BRIDGE)
    _article(tmp_path / "tr", "bruecke.txt", BRIDGE)
    r = subprocess.run([sys.executable, "-m", "aligner", "run", "in", "--out", "r", "--translations", "tr",
                        "--only", "ingest", "--only", "translate", "--jobs", "1"],
                       cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    assert "--translations are in 'de'" in r.stderr, r.stderr
    # the advice fits a source-language folder: no translations, not "give --to de" first
    assert "articles' language" in r.stderr and "give --to de" not in r.stderr, r.stderr
    assert len([ln for ln in r.stderr.splitlines() if ln.strip()]) == 1, r.stderr


def test_max_size_applies_to_the_translations_file(tmp_path):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder."])
    rows = ["Die Brücke ist offen.\tThe bridge is open.", "Der Verkehr rollt wieder.\tTraffic is flowing again."]
    rows += [f"Satz Nummer {i} über etwas anderes.\tSentence number {i} about something else." for i in range(400)]
    (tmp_path / "tr.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    env = {**os.environ, "ALIGNER_MAX_INPUT_MB": "0.01"}
    cmd = [sys.executable, "-m", "aligner", "run", "in", "--out", "r", "--translations", "tr.tsv",
           "--only", "ingest", "--only", "translate", "--jobs", "1"]
    refused = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert refused.returncode != 0
    assert "over the 0.01 MB size limit" in refused.stderr, refused.stderr
    r = subprocess.run(cmd + ["--max-size", "1"], cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    assert _translations(tmp_path / "r")["Die Brücke ist offen."]["target"] == "The bridge is open."


def test_tsv_lines_end_at_line_feeds_only(tmp_path):
    tsv = tmp_path / "tr.tsv"
    tsv.write_text("Die Brücke ist offen.\tThe bridge\u2028is open.\r\nDer Zug\x0cfährt.\tThe train\x0bleaves.\n",
                   encoding="utf-8")
    assert read_pairs(tsv) == [("Die Brücke ist offen.", "The bridge is open."), ("Der Zug\x0cfährt.", "The train leaves.")]


def test_tsv_translation_with_line_separator_is_not_truncated(tmp_path):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder."])
    (tmp_path / "tr.tsv").write_text("Die Brücke ist offen.\tThe bridge\u2028is open.\n"
                                     "Der Verkehr rollt wieder.\tTraffic is flowing again.\n", encoding="utf-8")
    aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv", only=["ingest", "translate"])
    assert _translations(tmp_path / "r")["Die Brücke ist offen."]["target"] == "The bridge is open."


def test_source_key_drops_invisible_format_characters():
    assert source_key("Der Ver\u00adkehr rollt\u200b wieder.") == source_key("Der Verkehr rollt wieder.")
    assert source_key("\u200fAnwohner\u200d freuen\ufeff sich.") == source_key("Anwohner freuen sich.")


def test_invisible_characters_do_not_hide_a_brought_translation(tmp_path):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Ver\u00adkehr rollt wieder.",
                                            "Anwohner\u200b freuen sich \u200fsehr."])
    (tmp_path / "tr.tsv").write_text("Die Brücke ist offen.\tThe bridge is open.\n"
                                     "Der Verkehr rollt wieder.\tTraffic is flowing again.\n"
                                     "Anwohner freuen sich sehr.\tResidents are very happy.\n", encoding="utf-8")
    aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv", only=["ingest", "translate"])
    missing = [r["source"] for r in _translations(tmp_path / "r").values() if "missing-translation" in r["flags"]]
    assert not missing, missing


def test_empty_translation_in_tsv_counts_as_missing(tmp_path, caplog):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder.", "Anwohner freuen sich."])
    (tmp_path / "tr.tsv").write_text("Die Brücke ist offen.\tThe bridge is open.\nDer Verkehr rollt wieder.\t \n"
                                     "Anwohner freuen sich.\tResidents are happy.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        res = aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv", only=["ingest", "translate"])
    row = _translations(tmp_path / "r")["Der Verkehr rollt wieder."]
    assert "missing-translation" in row["flags"] and "merged" not in row["flags"], row["flags"]
    assert res["translate"].summary.get("missing") == 1, res["translate"].summary
    assert any("tr.tsv" in m and "line 2" in m for m in _warnings(caplog)), _warnings(caplog)


def test_translations_that_match_no_sentence_are_said(tmp_path, caplog):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder.", "Anwohner freuen sich."])
    (tmp_path / "other.tsv").write_text("Der Zoo hat einen Elefanten.\tThe zoo has an elephant.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        res = aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "other.tsv", only=["ingest", "translate"])
    said = [m for m in _warnings(caplog) if "other.tsv" in m]
    assert len(said) == 1 and "match none of the 3 sentences" in said[0], _warnings(caplog)
    assert res["translate"].status == "failed" and "other.tsv" in res["translate"].summary["reason"]


def test_translations_that_match_every_sentence_are_not_warned_about(tmp_path, caplog):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder."])
    (tmp_path / "tr.tsv").write_text("Die Brücke ist offen.\tThe bridge is open.\n"
                                     "Der Verkehr rollt wieder.\tTraffic is flowing again.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv", only=["ingest", "translate"])
    assert not [m for m in _warnings(caplog) if "tr.tsv" in m], _warnings(caplog)


def test_tab_inside_a_translation_is_said(tmp_path, caplog):
    _article(tmp_path / "in", "a_de.txt", ["Die Brücke ist offen.", "Der Verkehr rollt wieder."])
    (tmp_path / "tr.tsv").write_text("Die Brücke ist offen.\tThe bridge is open.\n"
                                     "Der Verkehr rollt wieder.\tTraffic\tis flowing again.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        aligner.run([tmp_path / "in"], tmp_path / "r", translations=tmp_path / "tr.tsv", only=["ingest", "translate"])
    said = [m for m in _warnings(caplog) if "tr.tsv" in m and "line 2" in m and "TAB" in m]
    assert len(said) == 1, _warnings(caplog)
    # the documented behaviour stays: the translation ends at the second TAB
    assert _translations(tmp_path / "r")["Der Verkehr rollt wieder."]["target"] == "Traffic"
