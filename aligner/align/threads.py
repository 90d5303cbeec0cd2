"""Work spread over the machine's cores with threads.

The heavy parts of alignment are scipy sparse products and large numpy operations,
which release the GIL, so plain threads run them in parallel without copying the
data into other processes.  ``ordered_map`` yields results in input order and keeps
only a few tasks in flight, so that a long series of cost blocks never sits in
memory at once.  ``ALIGNER_THREADS`` overrides the number of threads (1: none).
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from typing import Callable, Iterable, Iterator, TypeVar

from ..errors import AlignerError

T = TypeVar("T")
R = TypeVar("R")

MAX_THREADS = 4


def thread_count() -> int:
    """Threads to use: ``ALIGNER_THREADS`` if set, else the usable cores (at most 4)."""
    env = os.environ.get("ALIGNER_THREADS", "").strip()
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise AlignerError(f"ALIGNER_THREADS must be a whole number, not {env!r}") from None
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_THREADS))


def ordered_map(fn: Callable[[T], R], items: Iterable[T], threads: int | None = None) -> Iterator[R]:
    """``fn`` over ``items``, results in order; computed ahead by a thread pool."""
    threads = thread_count() if threads is None else threads
    items = list(items)
    if threads <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    ahead = 2 * threads
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="aligner") as pool:
        pending = deque(pool.submit(fn, x) for x in items[:ahead])
        queued = len(pending)
        while pending:
            result = pending.popleft().result()
            if queued < len(items):
                pending.append(pool.submit(fn, items[queued]))
                queued += 1
            yield result


# numpy's OpenBLAS entry points that set and read its thread count, by build
_BLAS_SETTERS = (("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
                 ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
                 ("openblas_set_num_threads", "openblas_get_num_threads"))


@lru_cache(maxsize=1)
def _blas_controls():
    """(set, get) of the OpenBLAS that numpy loaded, or None (another BLAS, not Linux);
    found once per process (numpy loads it at import), not on each ``blas_threads``."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    except OSError:
        return None
    libs = []
    for path in sorted(paths, key=lambda p: "numpy" not in p):  # numpy's own first
        try:
            libs.append(ctypes.CDLL(path))
        except OSError:
            continue
    for set_name, get_name in _BLAS_SETTERS:  # numpy's build's names first
        for lib in libs:
            if hasattr(lib, set_name) and hasattr(lib, get_name):
                return getattr(lib, set_name), getattr(lib, get_name)
    return None


@contextmanager
def blas_threads(count: int) -> Iterator[None]:
    """numpy's OpenBLAS on ``count`` threads inside the block, as before after it (nothing
    where its controls are not found).  The embedding products of alignment are small
    (a few hundred rows by 384): OpenBLAS's own threads cost about four times the CPU
    of one thread on them on a busy machine, and the alignment has its own threads."""
    controls = _blas_controls()
    if controls is None:
        yield
        return
    set_threads, get_threads = controls
    before = int(get_threads())
    set_threads(count)
    try:
        yield
    finally:
        set_threads(before)
