"""Brought translations (a TSV) that cannot be used as given: a source given twice with
different translations, a "translation" in the source language.  The sentences are invented."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

import aligner
from aligner.translate.guards import in_source_language
from aligner.translate.precomputed import load_tsv, source_key, tsv_left_out

ARTICLES = {
    "a.txt": "Die Stadtwerke erhöhen die Preise.\n\n„Wir werden die Gebühren im Sommer nicht senken“, sagte "
             "Bürgermeisterin Jana Roth am Dienstag.\n",
    "b.txt": "Der Stadtrat tagte lange.\n\n„Die neue Brücke über den Fluss ist bis zum Herbst fertig“, sagte "
             "Bürgermeisterin Jana Roth am Mittwoch.\n",
}


@pytest.fixture
def warnings(caplog):
    logger = logging.getLogger("aligner")  # the CLI tests may have stopped its propagation
    logger.addHandler(caplog.handler)
    with caplog.at_level(logging.WARNING, logger="aligner"):
        # one message per record (the handler on "aligner" may see a record twice, through propagation)
        yield lambda: [r.getMessage() for r in {id(r): r for r in caplog.records}.values()]
    logger.removeHandler(caplog.handler)


def _tsv(tmp_path: Path, rows: list[str]) -> Path:
    p = tmp_path / "t.tsv"
    p.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def test_sources_given_twice_with_different_translations_are_counted_named_and_the_first_wins(tmp_path, warnings):
    rows = [f"Satz {n} ist hier.\tSentence {n} is right." for n in range(1, 5)]
    rows += ["Der Hund schläft.\tThe dog sleeps."]
    rows += [f"Satz {n} ist hier.\tSentence {n} is wrong." for n in range(1, 5)]
    rows += ["„Der Hund schläft“\t\"The dog sleeps\""]  # the same translation in other marks: no conflict
    tsv = _tsv(tmp_path, rows)
    table = load_tsv(tsv)
    assert table[source_key("Satz 2 ist hier.")] == "Sentence 2 is right."
    assert table[source_key("Der Hund schläft.")] == "The dog sleeps."
    said = [m for m in warnings() if "given twice" in m]
    assert len(said) == 1, warnings()
    assert "4 source(s)" in said[0] and "the first line" in said[0] and "and 1 more" in said[0]
    assert '"Satz 1 ist hier." (lines 1, 6)' in said[0] and "Satz 4" not in said[0]
    assert len(tsv_left_out(tsv)["conflicting"]) == 4


def test_a_translation_in_the_source_language_is_not_used_and_is_said(tmp_path, warnings):
    german = "Die Stadtwerke wollen die Preise im kommenden Jahr deutlich erhöhen, sagte die Sprecherin."
    tsv = _tsv(tmp_path, [f"Die Stadtwerke erhöhen die Preise.\t{german}",
                          "Der Stadtrat tagte lange.\tThe city council met for a long time."])
    table = load_tsv(tsv)
    assert source_key("Die Stadtwerke erhöhen die Preise.") not in table
    assert table[source_key("Der Stadtrat tagte lange.")] == "The city council met for a long time."
    said = [m for m in warnings() if "written in de, not en" in m]
    assert len(said) == 1 and "1 translation(s)" in said[0] and "line 1" in said[0], warnings()


@pytest.mark.parametrize("english", [
    "Mayor Jana Roth opened the Schützenfest in Oberammergau on Sunday.",
    "Batteries from #EAutos are often far from exhausted, says the #Stadtwerke Bürgerbüro.",
    "Yes.",
    '"Das ist nicht akzeptabel", said the minister.',  # German words reported in quotation marks
    "The fans sang „so ein Tag, so wunderschön wie heute“ in the stadium.",
])
def test_english_with_german_names_is_english(english):
    assert not in_source_language(english, "de", "en")


def test_a_german_translation_of_a_quote_is_german():
    assert in_source_language("„Wir werden die Gebühren im Sommer nicht senken“, sagte die Bürgermeisterin.", "de", "en")


def test_run_with_a_german_translation_counts_it_missing_and_the_report_says_what_was_not_checked(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    german = "Wir wollen die Gebühren in diesem Sommer auf keinen Fall senken, sagte die Bürgermeisterin."
    rows = ["Die Stadtwerke erhöhen die Preise.\tThe utilities are raising prices.",
            "Die Stadtwerke erhöhen die Preise.\tThe utilities are cutting prices.",
            f"„Wir werden die Gebühren im Sommer nicht senken“, sagte Bürgermeisterin Jana Roth am Dienstag.\t{german}",
            "Der Stadtrat tagte lange.\tThe city council met for a long time."]
    out = tmp_path / "run"
    res = aligner.run([str(src)], str(out), translations=str(_tsv(tmp_path, rows)), embeddings="none")
    summary = res["translate"].summary
    assert summary["conflicting_duplicates"] == 1 and summary["not_in_target_language"] == 1
    assert summary["missing"] >= 1
    done = [json.loads(x) for x in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not [t for t in done if t["target"] == german]
    assert any("not-target-language" in t["flags"] and "missing-translation" in t["flags"] for t in done)
    assert any(t["target"] == "The utilities are raising prices." for t in done)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "What could not be checked" in report and "no English rendering" in report


def test_a_german_line_beside_an_english_one_for_the_same_source_leaves_the_english(tmp_path, warnings):
    tsv = _tsv(tmp_path, ["Der Rat tagte lange.\tDer Stadtrat hat gestern sehr lange über die neue Brücke beraten.",
                          "Der Rat tagte lange.\tThe council met for a long time."])
    assert load_tsv(tsv)[source_key("Der Rat tagte lange.")] == "The council met for a long time."
    assert tsv_left_out(tsv) == {"conflicting": [], "not_target_language": [source_key("Der Rat tagte lange.")]}
    assert [m for m in warnings() if "1 translation(s) written in de" in m and "line 1" in m]
