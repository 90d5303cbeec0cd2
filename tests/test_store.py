import json
import os

import pytest

from aligner.model import Article, Quote, Sentence, Speaker
from aligner.store import RunStore, atomic_write_text, read_jsonl, write_jsonl


def test_jsonl_round_trip_of_records(tmp_path):
    art = Article(id="a1", text="Er sagte: „Ja.“", language="de", outlet="x")
    q = Quote(id="a1#q0000", article_id="a1", text="Ja.", start=11, end=14, kind="direct", language="de",
              speaker=Speaker(mention="Er", name=None))
    assert write_jsonl(tmp_path / "q.jsonl", [q]) == 1
    back = read_jsonl(tmp_path / "q.jsonl", Quote)[0]
    assert back == q and isinstance(back.speaker, Speaker)
    assert art.text[back.start:back.end] == back.text
    store = RunStore(tmp_path / "run")
    store.write("articles.jsonl", [art])
    assert store.articles() == [art]


def test_unknown_keys_are_ignored_on_load():
    s = Sentence.from_dict({"id": "a#s0", "article_id": "a", "paragraph_id": "a#p0", "index": 0, "start": 0,
                            "end": 2, "text": "Hi", "language": "en", "added_later": 1})
    assert s.text == "Hi"


def test_interrupted_write_leaves_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "sentences.jsonl"
    write_jsonl(target, [{"n": 1}])

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(target, '{"n": 2}\n')
    monkeypatch.undo()
    assert read_jsonl(target) == [{"n": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["sentences.jsonl"]  # no temp file left behind


def test_stage_bookkeeping_and_model_call_log(tmp_path):
    with RunStore(tmp_path) as store:
        store.record_stage("ingest", "done", {"articles": 3})
        store.log_model_call("translate", "hf", "tiny", n_inputs=8, seconds=0.5, batch=8)
        assert list(store.stage_summaries()) == [("ingest", "done", {"articles": 3})]
        (n, info), = store.db.execute("SELECT n_inputs, info FROM model_calls").fetchall()
        assert n == 8 and json.loads(info) == {"batch": 8}
    assert json.loads((tmp_path / "summary.json").read_text())["ingest"] == {"status": "done", "articles": 3}


def test_clear_outputs_only_in_a_run_directory(tmp_path):
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.jsonl").write_text("{}\n")
    assert RunStore(foreign).clear_outputs() == []
    assert (foreign / "notes.jsonl").exists()

    with RunStore(tmp_path / "run") as store:
        store.write("translations.jsonl", [{"a": 1}])
        store.write_text("corpus.tmx", "<tmx/>")
        store.record_stage("translate", "done", {})
        store.db.execute("CREATE TABLE IF NOT EXISTS translation_memory (k TEXT)")
        removed = {p.name for p in store.clear_outputs()}
        assert removed == {"translations.jsonl", "corpus.tmx", "summary.json"}
        assert list(store.stage_summaries()) == []
        # the translation memory survives
        assert store.db.execute("SELECT name FROM sqlite_master WHERE name='translation_memory'").fetchone()


def test_results_are_readable_by_others(tmp_path):
    write_jsonl(tmp_path / "x.jsonl", [{"a": 1}])
    mode = (tmp_path / "x.jsonl").stat().st_mode & 0o777
    assert mode & 0o044 == 0o044 & ~_current_umask()


def _current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask
