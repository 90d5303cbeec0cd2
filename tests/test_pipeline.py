"""The stage contract of aligner.pipeline: declared tables, order checks, signatures."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from aligner.errors import AlignerError, PipelineError
from aligner.pipeline import (
    STAGES,
    AlignConfig,
    RunConfig,
    Stage,
    StageResult,
    check_order,
    fingerprint,
    run_pipeline,
    select,
)
from aligner.store import RunStore

SEEDS = Path(__file__).resolve().parents[1] / "corpora" / "seeds"
PACKAGE = Path(__file__).resolve().parents[1] / "aligner"


def test_the_pipeline_order_is_consistent_and_every_stage_loads():
    check_order(STAGES)
    for st in STAGES:
        assert callable(st.load())
        assert dataclasses.is_dataclass(getattr(RunConfig(), st.name)), st.name  # its own typed section
        for p in st.params:
            assert p in {f.name for f in dataclasses.fields(RunConfig)}, (st.name, p)
        assert st.unit in ("input", "article", "run")
    assert [s.name for s in STAGES][-2:] == ["match", "report"]


def test_a_stage_before_the_one_that_writes_its_table_is_refused():
    by = {s.name: s for s in STAGES}
    with pytest.raises(PipelineError, match="stage match reads quotes.jsonl, which stage quotes writes after it"):
        check_order([by["ingest"], by["match"], by["quotes"]])
    with pytest.raises(PipelineError, match="report needs clusters.jsonl"):
        check_order([by["ingest"], by["report"]])
    check_order([by["report"]], have={"articles.jsonl", "clusters.jsonl"})


def test_only_a_stage_whose_inputs_are_missing_fails_before_running(tmp_path):
    with pytest.raises(PipelineError, match="needs articles.jsonl"):
        run_pipeline(RunConfig(out=tmp_path / "run"), only=["match"])
    assert not (tmp_path / "run" / "summary.json").exists()
    with pytest.raises(PipelineError, match="unknown stage nope"):
        select(["nope"])


def test_a_missing_stage_module_is_an_error_not_a_skip(monkeypatch, tmp_path):
    import aligner.pipeline as pipeline

    ghost = Stage("ingest", "aligner.no_such_module:stage", assigns=("articles.jsonl",))
    monkeypatch.setattr(pipeline, "STAGES", [ghost])
    with pytest.raises(PipelineError, match="cannot load aligner.no_such_module:stage"):
        run_pipeline(RunConfig(inputs=[SEEDS], out=tmp_path / "run"))
    assert issubclass(PipelineError, AlignerError)


def test_a_failed_stage_skips_those_that_require_its_tables(tmp_path):
    (tmp_path / "in").mkdir()
    results = run_pipeline(RunConfig(inputs=[tmp_path / "in"], out=tmp_path / "run"))
    assert results["ingest"].status == "failed"
    assert results["quotes"].status == "skipped"
    assert "stage ingest did not write" in results["report"].summary["reason"]


def test_run_records_its_signature_and_stage_settings(tmp_path):
    import aligner

    out = tmp_path / "run"
    run_pipeline(RunConfig(inputs=[SEEDS], out=out, embeddings="none", align=AlignConfig(max_group=3)),
                 only=["ingest", "quotes"])
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    sig = summary["signature"]
    assert sig["aligner"] == aligner.__version__
    assert sig["config"]["align"] == {"max_group": 3, "min_score": None, "mt_corpus": True}
    assert sig["config"]["inputs"] == [str(SEEDS)]
    code = aligner.incremental.code_digest()  # the version string stays while the code changes
    assert sig["code"] == code and len(code) == 12
    assert sig["string"].startswith(f"aligner:{aligner.__version__}+{code}|pivot:en|")
    assert summary["ingest"]["status"] == "done" and summary["quotes"]["status"] == "done"


def test_fingerprint_follows_settings_and_input_tables(tmp_path):
    by = {s.name: s for s in STAGES}
    store = RunStore(tmp_path / "run")
    store.write_text("articles.jsonl", "{}\n")
    store.write_text("sentences.jsonl", "{}\n")
    cfg = RunConfig(out=store.root)
    base = fingerprint(by["align"], cfg, store)
    assert fingerprint(by["align"], cfg, store) == base
    assert fingerprint(by["align"], dataclasses.replace(cfg, align=AlignConfig(max_group=2)), store) != base
    assert fingerprint(by["align"], dataclasses.replace(cfg, out=tmp_path / "elsewhere"), store) == base
    store.write_text("translations.jsonl", "{}\n")  # a table it reads when present
    assert fingerprint(by["align"], cfg, store) != base
    # a setting of another stage does not touch it
    cfg2 = dataclasses.replace(cfg, ingest=dataclasses.replace(cfg.ingest, max_size_mb=1.0))
    assert fingerprint(by["align"], cfg2, store) == fingerprint(by["align"], cfg, store)
    store.close()


def test_stage_results_are_plain_dataclasses():
    assert StageResult().status == "done" and StageResult().summary == {}


def test_no_scaffolding_comments_in_the_package():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("not built yet", "once that stage exists", "(issue "):
            if needle in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {needle}")
    assert offenders == []


def test_signature_names_the_translation_model_even_from_the_memory(tmp_path):
    from aligner.pipeline import signature

    model = tmp_path / "opus-mt-de-en-ct2-int8"
    model.mkdir()
    (model / "model.bin").write_bytes(b"weights")
    store = RunStore(tmp_path / "run")
    store.write("translations.jsonl", [
        {"sentence_id": "a#s0", "backend": "ct2", "model": str(model), "cached": True},
        {"sentence_id": "b#s0", "backend": "identity", "model": "identity"},
    ])
    sig = signature(RunConfig(out=store.root, embeddings="none"), store)
    assert list(sig["models"]) == [f"ct2:{model}"]
    assert sig["models"][f"ct2:{model}"].startswith("opus-mt-de-en-ct2-int8@")
    (model / "model.bin").write_bytes(b"other weights")
    assert signature(RunConfig(out=store.root, embeddings="none"), store)["models"] != sig["models"]
    store.close()


def _ingested_only(tmp_path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Der Rat tagte lange.\n\n„Wir bauen die Brücke bis zum Herbst“, sagte Bürgermeisterin "
                               "Jana Roth am Dienstag.\n", encoding="utf-8")
    out = tmp_path / "run"
    run_pipeline(RunConfig(inputs=[src], out=out, embeddings="none"), only=["ingest"])
    assert not (out / "quotes.jsonl").exists()
    return out


def test_match_on_a_run_whose_quotes_stage_never_ran_is_refused(tmp_path):
    """Nothing was looked for: matching refuses instead of reporting "0 flagged"."""
    import aligner

    out = _ingested_only(tmp_path)
    with pytest.raises(PipelineError, match=r"stage match needs quotes.jsonl: run an earlier stage .* \(quotes\)$"):
        aligner.run([], str(out), only=["match"], embeddings="none")
    with pytest.raises(PipelineError, match="needs quotes.jsonl"):
        aligner.match_quotes(out, embeddings="none")
    assert not (out / "clusters.jsonl").exists() and not (out / "report.md").exists()
    # with the quotes stage run first (same call, or an earlier one) matching goes ahead
    results = aligner.run([], str(out), only=["quotes", "match"], embeddings="none")
    assert results["match"].status == "done"
    assert aligner.match_quotes(out, embeddings="none")["quotes"] >= 1
