"""The ``report`` stage of ``aligner run``: ``report.md`` and ``report.html`` from the
match stage's ``clusters.jsonl`` (with ``stories.jsonl`` and the quote count)."""

from __future__ import annotations

from typing import Any

from ..model import Cluster, Story
from ..store import RunStore
from . import check_tables, run_notes, write_reports


def write_from_store(store: RunStore) -> dict[str, Any]:
    """Write both reports from the tables in ``store``; returns the stage summary
    (``InputError`` when a table the report needs is missing: ``check_tables``)."""
    check_tables(store)
    clusters = store.read("clusters.jsonl", Cluster)
    articles = store.articles()
    md, html = write_reports(
        store.root,
        articles=articles,
        clusters=clusters,
        stories=store.read("stories.jsonl", Story),
        run=run_notes(store, store.records("quotes.jsonl"), articles),
    )
    return {"clusters": len(clusters), "files": [md.name, html.name]}


def stage(store: RunStore, cfg: Any):
    from ..pipeline import StageResult

    return StageResult("done", write_from_store(store))
