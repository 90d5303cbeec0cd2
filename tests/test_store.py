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
