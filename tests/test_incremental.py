"""Incremental re-runs: unchanged stages are reused, a changed input redoes what depends on it."""

import json
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


def test_a_changed_article_redoes_only_that_article(tmp_path):
    from aligner import incremental, ingest

    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    out = tmp_path / "run"
    run_pipeline(_cfg(inputs, out))
    first = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    arts = sorted(p for p in inputs.iterdir() if p.is_file() and p.suffix in (".txt", ".html"))
    assert len(arts) >= 3
    art = arts[0]
    art.write_text(art.read_text(encoding="utf-8") + "\n\nEin neuer Absatz am Ende des Artikels.\n", encoding="utf-8")

    from aligner import parallel
    from aligner.quotes import stage as quotes_stage

    calls: dict[str, list[str]] = {"ingest": [], "quotes": []}
    real_doc, real_quotes = ingest.process_doc, quotes_stage.extract_quotes

    def counting_doc(doc, *a, **kw):
        calls["ingest"].append(doc.source_path)
        return real_doc(doc, *a, **kw)

    def counting_quotes(article, *a, **kw):
        calls["quotes"].append(article.source_path)
        return real_quotes(article, *a, **kw)

    parallel.set_jobs(1)  # the counters live in this process
    try:
        ingest.process_doc, quotes_stage.extract_quotes = counting_doc, counting_quotes
        second = run_pipeline(_cfg(inputs, out))
    finally:
        ingest.process_doc, quotes_stage.extract_quotes = real_doc, real_quotes
        parallel.set_jobs(None)
    assert second["ingest"].status == "done" and second["quotes"].status == "done"
    assert [Path(p).name for p in calls["ingest"]] == [art.name]
    assert [Path(p).name for p in calls["quotes"]] == [art.name]
    assert second["ingest"].summary["articles_reused"] == len(arts) - 1
    # and the outputs are those of a fresh run over the changed inputs (translations
    # served by the memory included: the table does not say which run made them)
    def tables(run: Path) -> dict[str, list[dict]]:
        return {p.name: [json.loads(ln) for ln in p.read_text(encoding="utf-8").splitlines()] for p in run.glob("*.jsonl")}

    again = tables(out)
    fresh = tmp_path / "fresh"
    run_pipeline(_cfg(inputs, fresh, reuse=False))
    assert again == tables(fresh)
    assert not any("cached" in json.loads(ln) for ln in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines())
    assert again["articles.jsonl"] != [json.loads(ln) for ln in first["articles.jsonl"].decode().splitlines()]
    assert incremental.ITEMS is None  # closed after the run


def test_brought_translations_go_through_the_translation_memory(tmp_path):
    from aligner.store import RunStore
    from aligner.translate.engine import Engine
    from aligner.translate.memory import TranslationMemory
    from aligner.translate.precomputed import PrecomputedBackend

    tsv = tmp_path / "t.tsv"
    tsv.write_text("Guten Morgen.\tGood morning.\nEin Satz, zwei Sätze. Zweiter.\tOne sentence.\n", encoding="utf-8")
    store = RunStore(tmp_path / "run")
    first = Engine(PrecomputedBackend(tsv, store), store).translate(["Guten Morgen.", "Unbekannt hier."], "de", "en")
    assert [t.target for t in first] == ["Good morning.", ""]
    assert "missing-translation" in first[1].flags
    assert TranslationMemory.for_store(store).size() == 1  # a missing line is not remembered
    again = Engine(PrecomputedBackend(tsv, store), store)
    second = again.translate(["Guten  Morgen.", "Unbekannt hier."], "de", "en")
    assert second[0].target == "Good morning." and again.last_stats.hits == 1
    assert (again.stats.hits, again.stats.misses) == (1, 1)
    store.close()
