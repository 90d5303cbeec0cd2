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


def test_match_records_round_trip_as_dataclasses(tmp_path):
    """Clusters with their compared pairs, stories with their links and sentence matches
    are dataclasses of aligner.model that read back equal, nested records included."""
    from aligner.model import Cluster, ClusterPair, QuoteVersion, SentenceMatch, Story, StoryLink

    v = QuoteVersion("a#q0", "a", "A", "de", "Ja.", "Yes.", 0, 3, "direct")
    pair = ClusterPair("a#q0", "b#q0", chrf=0.5, flags=["number"], details={"number": "7 vs 9"},
                       diff=[{"op": "replace", "a": "7", "b": "9"}], match={"score": 0.5, "method": "chrf"})
    cluster = Cluster("c1", [v, QuoteVersion.from_dict(v.to_dict() | {"quote_id": "b#q0"})], pairs=[pair])
    story = Story("story-1", ["a", "b"], links=[StoryLink("a", "b", 2, 0.3, None)], sentence_matches=1)
    match = SentenceMatch("story-1", "a#s0", "b#s0", "a", "b", "Ja.", "Yes.", None, "Yes.", 0.9, 2.0, "chrf")
    store = RunStore(tmp_path / "run")
    for name, rec, cls in (("clusters.jsonl", cluster, Cluster), ("stories.jsonl", story, Story),
                           ("sentence_matches.jsonl", match, SentenceMatch)):
        store.write(name, [rec])
        (back,) = store.read(name, cls)
        assert back == rec
    (back_cluster,) = store.read("clusters.jsonl", Cluster)
    assert isinstance(back_cluster.pairs[0], ClusterPair) and back_cluster.pairs[0].details["number"] == "7 vs 9"
    assert isinstance(store.read("stories.jsonl", Story)[0].links[0], StoryLink)


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


# -- numbered migrations ---------------------------------------------------------


def test_a_new_database_gets_every_migration(tmp_path):
    import aligner.store as store_mod

    with RunStore(tmp_path) as store:
        assert store_mod.schema_version(store.db) == store_mod.SCHEMA_VERSION == len(store_mod.MIGRATIONS) >= 2
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"stages", "model_calls", "translation_memory"} <= tables


def test_a_database_from_before_versioning_is_migrated_and_keeps_its_rows(tmp_path):
    import sqlite3

    import aligner.store as store_mod

    conn = sqlite3.connect(tmp_path / store_mod.DB_NAME)
    conn.executescript(store_mod.MIGRATIONS[0][1])  # the old base schema, user_version 0
    conn.execute("INSERT INTO stages VALUES ('ingest', 'done', '{}', 1.0)")
    conn.commit()
    conn.close()
    with RunStore(tmp_path) as store:
        assert store_mod.schema_version(store.db) == store_mod.SCHEMA_VERSION
        assert list(store.stage_summaries()) == [("ingest", "done", {})]


def test_a_failing_migration_leaves_the_database_at_the_last_good_version(tmp_path, monkeypatch):
    import sqlite3

    import aligner.store as store_mod

    bad = [*store_mod.MIGRATIONS, ("broken", "CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);")]
    monkeypatch.setattr(store_mod, "MIGRATIONS", bad)
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", len(bad))
    from aligner.errors import StoreError

    with pytest.raises(StoreError, match="migration 3 \\(broken\\) failed"):
        _ = RunStore(tmp_path).db
    conn = sqlite3.connect(tmp_path / store_mod.DB_NAME)
    assert store_mod.schema_version(conn) == len(bad) - 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name='half'").fetchone() is None
    conn.close()


def test_a_database_from_a_newer_aligner_is_refused(tmp_path):
    import sqlite3

    import aligner.store as store_mod
    from aligner.errors import StoreError

    conn = sqlite3.connect(tmp_path / store_mod.DB_NAME)
    conn.execute(f"PRAGMA user_version = {store_mod.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this aligner"):
        _ = RunStore(tmp_path).db
