"""A run stopped in the middle keeps what it finished, and the run after it makes what an
uninterrupted run makes (invented articles)."""

import json

import pytest

from aligner import incremental
from aligner.pipeline import RunConfig, run_pipeline

TOPICS = ["Brücke", "Schule", "Bahnhof", "Hafen", "Museum", "Stadion", "Klinik", "Bibliothek"]


def _corpus(folder, n):
    folder.mkdir()
    for i in range(n):
        topic = TOPICS[i % len(TOPICS)]
        text = (f"Die neue {topic} in Nordhausen Nummer {i} wird im Herbst eröffnet.\n\n"
                f"„Wir sind sehr zufrieden mit dem Bau“, sagte Bürgermeisterin Anna Kessler am Montag.\n\n"
                f"Die Kosten lagen bei {i + 3} Millionen Euro.\n")
        (folder / f"a{i:03d}-de.txt").write_text(text, encoding="utf-8")
    return folder


def _cfg(inputs, out):
    return RunConfig(inputs=[inputs], out=out, embeddings="none")


class Stop(Exception):
    pass


def _stop_after(monkeypatch, module, name, calls):
    """``module.name`` raises after ``calls`` calls (in this process: one job)."""
    real, seen = getattr(module, name), []

    def counted(*a, **kw):
        seen.append(1)
        if len(seen) > calls:
            raise KeyboardInterrupt
        return real(*a, **kw)

    monkeypatch.setattr(module, name, counted)


def test_an_ingest_stopped_half_way_keeps_the_articles_it_finished(tmp_path, monkeypatch, one_job):
    from aligner import ingest

    inputs, out = _corpus(tmp_path / "in", 64), tmp_path / "run"
    _stop_after(monkeypatch, ingest, "process_doc", 40)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(_cfg(inputs, out))
    monkeypatch.undo()
    assert incremental.ITEMS is None
    again = run_pipeline(_cfg(inputs, out))
    assert again["ingest"].status == "done"
    # blocks of 8 documents: the 5 blocks done before the 41st document are kept
    assert again["ingest"].summary.get("articles_reused") == 40


def test_quotes_stopped_half_way_keep_the_articles_they_finished(tmp_path, monkeypatch, one_job):
    from aligner.quotes import stage as quotes_stage

    inputs, out = _corpus(tmp_path / "in", 64), tmp_path / "run"
    _stop_after(monkeypatch, quotes_stage, "extract_quotes", 40)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(_cfg(inputs, out))
    monkeypatch.undo()
    again = run_pipeline(_cfg(inputs, out))
    assert again["ingest"].status == "reused" and again["quotes"].status == "done"
    assert 0 < again["quotes"].summary.get("articles_reused", 0) < 64


def test_a_run_stopped_after_match_keeps_the_quotes_english(tmp_path, monkeypatch):
    """match writes each quote's English into quotes.jsonl; a run stopped in report must
    not leave the next run to rewrite quotes.jsonl without it and reuse match."""
    from aligner import pipeline

    inputs = tmp_path / "in"
    inputs.mkdir()
    de = ("„Die Brücke wird im Herbst fertig“, sagte Bürgermeisterin Anna Kessler am Montag.\n\n"
          "Die Kosten lagen bei drei Millionen Euro.\n")
    en = ("\"The bridge will be finished in the autumn,\" Mayor Anna Kessler said on Monday.\n\n"
          "The cost was three million euros.\n")
    (inputs / "bruecke-de.txt").write_text(de, encoding="utf-8")
    (inputs / "bridge-en.txt").write_text(en, encoding="utf-8")
    tsv = tmp_path / "brought.tsv"
    tsv.write_text("„Die Brücke wird im Herbst fertig“, sagte Bürgermeisterin Anna Kessler am Montag.\t"
                   "\"The bridge will be ready in autumn,\" said Mayor Anna Kessler on Monday.\n"
                   "Die Kosten lagen bei drei Millionen Euro.\tThe costs were three million euros.\n",
                   encoding="utf-8")
    cfg = RunConfig(inputs=[inputs], out=tmp_path / "run", translations=tsv, embeddings="none")
    whole = RunConfig(inputs=[inputs], out=tmp_path / "whole", translations=tsv, embeddings="none")
    run_pipeline(whole)
    expected = (whole.out / "quotes.jsonl").read_text(encoding="utf-8")
    assert '"english": "' in expected  # the German quote has its English

    real = pipeline._run_one

    def stop_in_report(stage, *a, **kw):
        if stage.name == "report":
            raise KeyboardInterrupt
        return real(stage, *a, **kw)

    monkeypatch.setattr(pipeline, "_run_one", stop_in_report)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(cfg)
    monkeypatch.undo()
    again = run_pipeline(cfg)
    assert again["report"].status == "done" and again["match"].status == "reused"
    assert (cfg.out / "quotes.jsonl").read_text(encoding="utf-8") == expected
    third = run_pipeline(cfg)
    assert {r.status for r in third.values()} == {"reused"}
    assert (cfg.out / "quotes.jsonl").read_text(encoding="utf-8") == expected


def test_results_of_other_code_are_not_reused(tmp_path, monkeypatch, one_job):
    """The version string stays while the code changes: a re-run after an update runs
    every stage and every article again."""
    inputs, out = _corpus(tmp_path / "in", 12), tmp_path / "run"
    ran = [name for name, r in run_pipeline(_cfg(inputs, out)).items() if r.status == "done"]
    assert {"ingest", "quotes", "match", "report"} <= set(ran)
    same = run_pipeline(_cfg(inputs, out))
    assert {same[name].status for name in ran} == {"reused"}
    monkeypatch.setattr(incremental, "code_digest", lambda: "other-code")
    updated = run_pipeline(_cfg(inputs, out))
    assert {updated[name].status for name in ran} == {"done"}
    # the key is always there (fx75: 0, not absent, so a table of runs has no holes)
    assert updated["ingest"].summary["articles_reused"] == 0 and updated["quotes"].summary["articles_reused"] == 0
    assert "other-code" in json.loads((out / "summary.json").read_text(encoding="utf-8"))["signature"]["string"]


def _confidences(out):
    rows = [json.loads(line) for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["speaker"]["confidence"] for r in rows if r.get("speaker")}


def test_a_speaker_table_given_by_the_environment_decides_a_rerun(tmp_path, monkeypatch, one_job):
    """$ALIGNER_SPEAKER_CONFIDENCE names a table: a re-run with another table (or the
    same file with other numbers) gives every quote the new numbers, also when one
    article changed and the others come from the item cache."""
    inputs, out = _corpus(tmp_path / "in", 6), tmp_path / "run"
    table = tmp_path / "confidence.json"
    table.write_text(json.dumps({"frame-after": 0.55}), encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(tmp_path / "confidence.json"))
    run_pipeline(_cfg(inputs, out))
    assert _confidences(out) == {0.55}
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"frame-after": 0.45}), encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(other))
    again = run_pipeline(_cfg(inputs, out))
    assert again["quotes"].status == "done" and _confidences(out) == {0.45}
    first = sorted(inputs.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nDer Bau begann im Frühjahr.\n", encoding="utf-8")
    monkeypatch.setenv("ALIGNER_SPEAKER_CONFIDENCE", str(table))
    edited = run_pipeline(_cfg(inputs, out))
    assert edited["quotes"].status == "done" and _confidences(out) == {0.55}
    monkeypatch.delenv("ALIGNER_SPEAKER_CONFIDENCE")
    assert run_pipeline(_cfg(inputs, out))["quotes"].status == "done"
    assert 0.55 not in _confidences(out)
