"""Brought translations with articles in two source languages: the translations folder is
paired with the run's documents once, and what it could not use is said once.  Invented text."""

from __future__ import annotations

import logging

import pytest
from tiny_models import make_run

from aligner.errors import InputError
from aligner.model import Translation
from aligner.pipeline import RunConfig
from aligner.store import RunStore
from aligner.translate import precomputed
from aligner.translate.stage import stage

BRIDGE_DE = ["Die Brücke ist seit Montag wieder offen.", "Der Verkehr rollt wieder über den Fluss."]
BRIDGE_EN = ["The bridge has been open again since Monday.", "Traffic is rolling across the river again."]
MARKET_FR = ["Le marché de la place centrale rouvre samedi matin.", "Les marchands attendent beaucoup de visiteurs."]


@pytest.fixture
def caplog(caplog):
    """caplog on the "aligner" logger itself (a CLI test before may have stopped its propagation)."""
    logger = logging.getLogger("aligner")
    logger.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        logger.removeHandler(caplog.handler)


def test_a_folder_is_paired_once_for_two_source_languages(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(precomputed, "_aligner", lambda: None)  # 1-1 by line: no encoder needed
    paired: list[str] = []
    pair = precomputed._pair_document
    monkeypatch.setattr(precomputed, "_pair_document", lambda got, doc, *a: (paired.append(doc.name), pair(got, doc, *a)))
    store = RunStore(tmp_path / "run")
    make_run(store, [("b1", "de", BRIDGE_DE), ("m1", "fr", MARKET_FR)])
    folder = tmp_path / "tr"
    folder.mkdir()
    (folder / "b1.txt").write_text("\n".join(BRIDGE_EN) + "\n", encoding="utf-8")
    (folder / "m1.txt").write_text("\n".join(MARKET_FR) + "\n", encoding="utf-8")  # not translated
    with caplog.at_level(logging.WARNING, logger="aligner"):
        res = stage(store, RunConfig(out=store.root, translations=folder))
    got = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}
    assert [got[f"b1#s{i:04d}"].target for i in range(2)] == BRIDGE_EN
    assert all("not-target-language" in got[f"m1#s{i:04d}"].flags for i in range(2))
    assert paired == ["b1.txt"]
    said = {id(r): r.getMessage() for r in caplog.records if "m1.txt" in r.getMessage()}
    assert len(said) == 1 and "written in fr" in next(iter(said.values())), said
    assert res.summary["not_in_target_language"] == 2, res.summary
    store.close()


def test_a_tsv_without_a_tab_is_refused_before_any_work(tmp_path):
    tsv = tmp_path / "tr.tsv"
    tsv.write_text("Die Brücke ist offen. The bridge is open.\nDer Verkehr rollt.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no line has a TAB"):
        precomputed.check_given(tsv, "en")


def test_a_tsv_with_only_empty_translations_passes_the_check_and_the_stage_says_it_has_no_pairs(tmp_path):
    tsv = tmp_path / "tr.tsv"
    tsv.write_text(f"{BRIDGE_DE[0]}\t\n{BRIDGE_DE[1]}\t  \n", encoding="utf-8")
    precomputed.check_given(tsv, "en")  # TABs are there: not "no line has a TAB"
    with pytest.raises(InputError, match="no source<TAB>translation lines found"):
        precomputed.load_tsv(tsv)


def test_skipped_tsv_lines_are_said_once_by_the_stage_not_by_the_check(tmp_path, caplog):
    tsv = tmp_path / "tr.tsv"
    tsv.write_text(f"{BRIDGE_DE[0]}\t{BRIDGE_EN[0]}\nno tab here\n\t{BRIDGE_EN[1]}\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="aligner"):
        precomputed.check_given(tsv, "en")
        assert not caplog.records, [r.getMessage() for r in caplog.records]
        table = precomputed.load_tsv(tsv)
        precomputed.read_pairs(tsv)
    assert table == {precomputed.source_key(BRIDGE_DE[0]): BRIDGE_EN[0]}
    said = sorted({id(r): r.getMessage() for r in caplog.records}.values())
    assert said == [f"{tsv}: 1 line(s) skipped, no TAB between source and translation: line 2",
                    f"{tsv}: 1 line(s) skipped, no source before the TAB: line 3"], said
