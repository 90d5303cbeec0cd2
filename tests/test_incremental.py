"""Incremental re-runs: unchanged stages are reused, a changed input redoes what depends on it."""

import shutil
from pathlib import Path

from aligner.pipeline import RunConfig, run_pipeline

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"
TSV = Path(__file__).resolve().parent.parent / "corpora" / "translations" / "seeds.de-en.tsv"


def _cfg(inputs: Path, out: Path, **kw) -> RunConfig:
    return RunConfig(inputs=[inputs], out=out, translations=TSV, embeddings="none", **kw)


def _statuses(results) -> dict[str, str]:
    return {name: r.status for name, r in results.items()}


def test_unchanged_rerun_reuses_and_a_changed_article_redoes_ingest(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    out = tmp_path / "run"
    first = _statuses(run_pipeline(_cfg(inputs, out)))
    assert set(first.values()) == {"done"}
    outputs = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    second = _statuses(run_pipeline(_cfg(inputs, out)))
    assert set(second.values()) == {"reused"}, second
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")}.keys() == outputs.keys()
    assert (out / "report.html").is_file() and (out / "clusters.jsonl").read_bytes() == outputs["clusters.jsonl"]

    # one article changes: ingest and what reads its tables run again
    art = sorted(p for p in inputs.iterdir() if p.is_file() and p.suffix in (".txt", ".html", ".jsonl"))[0]
    art.write_text(art.read_text(encoding="utf-8") + "\n\nEin neuer Absatz am Ende des Artikels.\n", encoding="utf-8")
    fourth = _statuses(run_pipeline(_cfg(inputs, out)))
    assert fourth["ingest"] == "done" and fourth["quotes"] == "done"

    # --fresh redoes everything, and the run after it reuses it
    fresh = _statuses(run_pipeline(_cfg(inputs, out, reuse=False)))
    assert set(fresh.values()) == {"done"}
    assert set(_statuses(run_pipeline(_cfg(inputs, out))).values()) == {"reused"}


def test_a_deleted_output_is_not_reused(tmp_path):
    out = tmp_path / "run"
    run_pipeline(_cfg(SEEDS, out))
    (out / "stories.jsonl").unlink()
    again = _statuses(run_pipeline(_cfg(SEEDS, out)))
    assert again["match"] == "done" and (out / "stories.jsonl").is_file()
    assert again["ingest"] == "reused"
