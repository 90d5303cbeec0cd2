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
