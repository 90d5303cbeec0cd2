"""The report's 'clusters are older than the translations' note: said only when
translations.jsonl changed since the match read it, not for the same translations written again."""

from __future__ import annotations

from aligner.match.stage import translations_digest
from aligner.model import Translation
from aligner.report import clusters_older
from aligner.store import RunStore


def _tr(target: str) -> list[Translation]:
    return [Translation("a#s0", "Der Zug fährt wieder.", target, "de", "en", "precomputed", "x")]


def _run(tmp_path, read_digest: bool = True) -> RunStore:
    store = RunStore(tmp_path / "run")
    store.write("translations.jsonl", _tr("The train runs again."))
    summary = {"clusters": 1, **({"translations_read": translations_digest(store)} if read_digest else {})}
    store.record_stage("match", "done", summary)
    store.record_stage("translate", "done", {"translated": 1})
    with store.db:  # the translate stage finished after the match (no clock in the test)
        store.db.execute("UPDATE stages SET finished = 1 WHERE name = 'match'")
        store.db.execute("UPDATE stages SET finished = 2 WHERE name = 'translate'")
    return store


def test_the_same_translations_written_again_are_not_newer_than_the_clusters(tmp_path):
    store = _run(tmp_path)
    store.write("translations.jsonl", _tr("The train runs again."))
    assert clusters_older(store, store.stages()) is False


def test_changed_translations_are_newer_than_the_clusters(tmp_path):
    store = _run(tmp_path)
    store.write("translations.jsonl", _tr("The train is running again."))
    assert clusters_older(store, store.stages()) is True


def test_a_match_summary_without_the_digest_falls_back_to_the_time(tmp_path):
    store = _run(tmp_path, read_digest=False)
    assert clusters_older(store, store.stages()) is True
