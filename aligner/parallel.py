"""Work spread over the cores of one machine, results in input order.

``jobs()`` is the number of worker processes to use: ``--jobs N`` on the command
line sets ``JOBS``; by default every core this process may run on.  ``pmap``
maps a function over a list with a pool of forked workers (so the function and
any large read-only data it closes over are inherited, not pickled) and returns
the results in the order of the inputs, so that output never depends on the
number of workers.  With one job, on a platform without ``fork``, or for a list
too short to be worth a pool, it is a plain loop in this process.

Another engine can take over the mapping: while ``MAPPER`` is set (``use_mapper``),
``pmap`` hands it ``(fn, items, on_result)`` and returns what it returns, which must be
``[fn(x) for x in items]`` in that order, calling ``on_result(i, result)`` (when not
None) in order as results come back (``aligner.engines.ray_data`` maps over a Ray
cluster this way).

``map_reduce`` is the grouped form: each item maps to ``(key, value)`` rows, the rows
are grouped by key and each group reduced to one result.  Here the map and the
reduce are ``pmap``s; the Ray engine runs the same two functions as a Ray Data
``flat_map`` followed by ``groupby(key).map_groups`` (``REDUCER``).  Either way a
reduce sees its group's values in the order of the items and rows that made them,
so the result never depends on the engine or the number of workers.
"""

from __future__ import annotations

import contextlib
import heapq
import multiprocessing as mp
import multiprocessing.connection as mp_connection
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

JOBS: int | None = None  # None: every available core
OnResult = Callable[[int, Any], None]
# another engine's ordered map: (fn, items, on_result) -> [fn(x) for x in items]
Mapper = Callable[[Callable[[Any], Any], Sequence[Any], "OnResult | None"], list[Any]]
MAPPER: Mapper | None = None
MapFn = Callable[[Any], "list[tuple[int, Any]]"]
ReduceFn = Callable[[int, "list[Any]"], Any]
REDUCER: Callable[[MapFn, Sequence[Any], ReduceFn], dict[int, Any]] | None = None  # another engine's map_reduce


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def jobs() -> int:
    return max(1, JOBS if JOBS else cores())


def set_jobs(n: int | None) -> None:
    global JOBS
    if n is not None and n < 0:
        from .errors import ConfigError

        raise ConfigError(f"--jobs must be 0 (all cores) or more, not {n}")
    JOBS = n or None


@contextmanager
def use_mapper(
    mapper: Mapper,
    reducer: Callable[[MapFn, Sequence[Any], ReduceFn], dict[int, Any]] | None = None,
) -> Iterator[None]:
    """``pmap`` goes through ``mapper`` (and ``map_reduce`` through ``reducer``) inside this block."""
    global MAPPER, REDUCER
    saved, MAPPER = (MAPPER, REDUCER), mapper
    REDUCER = reducer
    try:
        yield
    finally:
        MAPPER, REDUCER = saved


def map_reduce(
    map_fn: MapFn,
    items: Sequence[Any],
    reduce_fn: ReduceFn,
    label: str | None = None,
    *,
    map_here: bool = False,
    reduce_here: bool = False,
) -> dict[int, Any]:
    """``{key: reduce_fn(key, values)}`` over the ``(key, value)`` rows that ``map_fn``
    makes of each item; ``values`` in the order of the items and of the rows each made.
    Keys are ints >= 0.  Both steps run over the cores (``pmap``; ``map_here`` /
    ``reduce_here``: that step is too cheap for worker processes and runs in this one),
    or on another engine's cluster (``REDUCER``, set by ``use_mapper``)."""
    if REDUCER is not None and items:
        return REDUCER(map_fn, items, reduce_fn)
    groups: dict[int, list[Any]] = {}
    for rows in pmap(map_fn, items, n_jobs=1 if map_here else None):
        for key, value in rows:
            groups.setdefault(key, []).append(value)
    keys = sorted(groups)
    done = pmap(lambda k: reduce_fn(k, groups[k]), keys, n_jobs=1 if reduce_here else None, label=label)
    return dict(zip(keys, done))


def map_balanced(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    costs: Sequence[float],
    label: str | None = None,
    per_job: int = 4,
    on_task: Callable[[list[int], list[Any]], None] | None = None,
) -> list[Any]:
    """``[fn(x) for x in items]`` in the order of ``items``, the items dealt into about
    ``per_job`` tasks per worker of about equal summed cost (each item, costliest first,
    onto the task with the least cost so far), so that one large item started last
    does not leave the other workers idle; the tasks run through ``pmap`` (or the
    engine's mapper).  ``costs[i]``: item i's expected cost, any unit.  ``on_task``:
    called with each task's item indices and results as the task comes back."""
    n = min(len(items), per_job * jobs())
    if n <= 1 and MAPPER is None:
        each = (lambda i, r: on_task([i], [r])) if on_task is not None else None
        return pmap(fn, items, n_jobs=1, label=label, on_result=each)
    tasks: list[list[int]] = [[] for _ in range(n)]
    heap = [(0.0, t) for t in range(n)]
    for k in sorted(range(len(items)), key=lambda k: (-costs[k], k)):
        load, t = heapq.heappop(heap)
        tasks[t].append(k)
        heapq.heappush(heap, (load + costs[k], t))
    each = (lambda t, results: on_task(tasks[t], results)) if on_task is not None else None
    done = pmap(lambda task: [fn(items[k]) for k in task], tasks, label=label, sizes=[len(t) for t in tasks],
                on_result=each)
    out: list[Any] = [None] * len(items)
    for task, results in zip(tasks, done):
        for k, r in zip(task, results):
            out[k] = r
    return out


_TASK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
_STOP = (signal.SIGINT, signal.SIGTERM)


def _run(i: int) -> Any:
    assert _TASK is not None
    fn, items = _TASK
    return fn(items[i])


def pmap(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    n_jobs: int | None = None,
    min_items: int = 2,
    label: str | None = None,
    sizes: Sequence[int] | None = None,
    on_result: OnResult | None = None,
) -> list[Any]:
    """``[fn(x) for x in items]``, over ``n_jobs`` forked processes when worth it.

    ``label``: show a progress bar with that name (counts, rate and time left; only
    on a terminal), advancing by ``sizes[i]`` (default 1) when item i is done.
    ``on_result(i, result)``: called here, in input order, as each result comes back
    (so a caller can keep finished work before the whole map is done)."""
    global _TASK
    if MAPPER is not None and items:
        return MAPPER(fn, items, on_result)
    n = jobs() if n_jobs is None else max(1, n_jobs)
    n = min(n, len(items))
    done = on_result or (lambda i, r: None)
    with _bar(label, sizes if sizes is not None else [1] * len(items)) as advance:
        def each(i: int, r: Any) -> None:
            done(i, r)
            advance(i)

        if n <= 1 or len(items) < min_items or "fork" not in mp.get_all_start_methods():
            out = []
            for i, x in enumerate(items):
                out.append(fn(x))
                each(i, out[-1])
            return out
        _TASK = (fn, items)
        try:
            return _fork_map(n, len(items), each)
        finally:
            _TASK = None


def _fork_map(n: int, count: int, each: OnResult) -> list[Any]:
    """``[_run(i) for i in range(count)]`` over ``n`` forked workers, each handed the next
    index when it sends a result back; ``each(i, result)`` in order of i.  Nothing is shared
    between the workers but their own pipe to this process, so a worker killed at any moment
    (by a signal to the whole process group, say) cannot block the others or the end: this
    process ends them all, at once and under Ctrl-C or SIGTERM too, before it returns or raises."""
    ctx = mp.get_context("fork")
    workers: dict[Any, Any] = {}
    try:
        with _held():  # a stop signal while forking waits until every started worker is known
            for _ in range(n):
                here, there = ctx.Pipe()
                # the worker closes its copies of this process's ends (its own and the earlier
                # workers'), so that this process's death, even by SIGKILL, ends it too
                workers[here] = ctx.Process(target=_serve, args=(there, [here, *workers], os.getpid()), daemon=True)
                workers[here].start()
                there.close()
        return _collect(workers, count, each)
    finally:
        with _held():  # ... and while ending them, so that none is left behind
            for proc in workers.values():
                proc.kill()
            for conn, proc in workers.items():
                proc.join()
                proc.close()  # its sentinel pipe: a pmap that fails would leave it open
                conn.close()


def _collect(workers: dict[Any, Any], count: int, each: OnResult) -> list[Any]:
    out: list[Any] = []
    ready: dict[int, tuple[bool, Any]] = {}
    busy = set(workers)
    handed = 0
    for conn in workers:
        _hand(conn, handed)
        handed += 1
    while len(out) < count:
        answered: list[Any] = mp_connection.wait(list(busy))
        for conn in answered:
            try:
                i, ok, result = conn.recv()
            except EOFError:
                from .errors import PipelineError

                workers[conn].join()
                raise PipelineError(f"a worker process ended unexpectedly (exit code {workers[conn].exitcode}; "
                                    "out of memory?)") from None
            ready[i] = (ok, result)
            _hand(conn, handed if handed < count else None)
            if handed >= count:
                busy.discard(conn)
            handed += 1
        while len(out) in ready:
            ok, result = ready.pop(len(out))
            if not ok:
                raise result[0] from _WorkerTraceback(result[1])
            out.append(result)
            each(len(out) - 1, result)
    return out


def _hand(conn: Any, i: int | None) -> None:
    """Send a worker its next index (None: no more); one that has died is found at the next wait."""
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        conn.send(i)


def _serve(conn: Any, parents: list[Any], parent: int) -> None:
    """A worker: runs each index that comes down ``conn`` and sends back ``(i, ok, result)``.
    It ignores Ctrl-C (a terminal sends it to the whole process group: the parent gets it
    and ends the workers, with no traceback from each) and dies at SIGTERM (as
    any forked child: the CLI resets SIGTERM at each fork).  It ends when
    the parent ``parent`` does, however that dies: ``parents`` (the parent's ends of the
    pipes, inherited at the fork) are closed here, so the parent's death is an end of file
    on ``conn``; on Linux the kernel also kills it at once (even in the middle of an item)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in parents:
        end.close()
    _die_with_parent(parent)
    while (i := _next(conn)) is not None:
        try:
            reply = (i, True, _run(i))
        except Exception as exc:  # raised in the parent, with this traceback as its cause
            reply = (i, False, (_portable(exc), traceback.format_exc()))
        try:
            conn.send(reply)
        except (BrokenPipeError, ConnectionResetError):
            return  # the parent is gone
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError) as exc:  # a result that cannot be pickled
            from .errors import PipelineError

            conn.send((i, False, (PipelineError(f"item {i}'s result cannot be sent back from a worker: {exc}"), "")))


def _next(conn: Any) -> int | None:
    """The next index from the parent; None when there are no more or the parent is gone."""
    try:
        return conn.recv()
    except (EOFError, ConnectionResetError):
        return None


def _die_with_parent(parent: int) -> None:
    """On Linux: ask the kernel for SIGKILL when the parent dies (a no-op elsewhere),
    and end now if it already has (it may have died before the request was made)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no libc or no prctl
        return
    if os.getppid() != parent:
        os._exit(0)


class _WorkerTraceback(Exception):
    """The traceback, in a worker process, of the error a map raises."""


def _portable(exc: Exception) -> Exception:
    """``exc``, or where a copy of it cannot be made in another process, what it says."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception as why:
        from .errors import PipelineError

        return PipelineError(f"{type(exc).__name__}: {exc} (not sent whole from a worker: {why})")


@contextmanager
def _held() -> Iterator[None]:
    """Ctrl-C and SIGTERM that come inside this block take effect at its end, as they
    would have (only the main thread gets Python's signal handlers: elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[signal.Signals] = []
    saved = {s: signal.signal(s, lambda signum, frame: came.append(signal.Signals(signum))) for s in _STOP
             if signal.getsignal(s) is not None}
    try:
        yield
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
        for s in came:
            signal.raise_signal(s)


@contextmanager
def _bar(label: str | None, sizes: Sequence[int]) -> Iterator[Callable[[int], None]]:
    with progress_bar(label, sum(sizes)) as advance:
        yield lambda i: advance(sizes[i])


@contextmanager
def progress_bar(label: str | None, total: int, unit: str = "items") -> Iterator[Callable[[int], None]]:
    """``advance(n)`` of a rich progress bar (counts, rate, time left) called ``label``;
    nothing is shown without a label or where :func:`aligner.console.draws_progress` says no."""
    from .console import draws_progress, progress

    if label is None or not draws_progress():
        yield lambda n: None
        return

    with progress(unit) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
