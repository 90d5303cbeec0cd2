"""A watchdog for a local Ray cluster started by one run (``--engine ray`` without
``--ray-address``): when the run's process dies without stopping Ray (SIGKILL by a
scheduler or the out-of-memory killer), Ray's GCS and raylet go, but the raylet's agents
(``ray::DashboardAgent``, ``ray::RuntimeEnvAgent``) wait for minutes on the dead GCS
before they exit.  The watchdog, a small process of its own session, waits for the run's
process to end (its stdin reaches end of file) and then ends the processes of that
cluster that are still there: those the run started (checked by start time, so that a
reused process id is never hit) and those the cluster's raylet started (``RAY_RAYLET_PID``
in their environment).  A run that stops Ray itself tells the watchdog so, and it ends
without touching anything.  Linux only (``/proc``); elsewhere nothing is watched."""

from __future__ import annotations

import os
import subprocess
import sys

# The watchdog's code, run by ``python -c`` (arguments: the raylet's pid, then
# "pid:start time" of each process of the cluster).
_WATCHDOG = r"""
import os, signal, sys, time

def start_time(pid):
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return int(fh.read().rsplit(b")", 1)[1].split()[19])
    except (OSError, ValueError, IndexError):
        return None

def raylet_children(raylet, since):
    mark = f"RAY_RAYLET_PID={raylet}".encode()
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/environ", "rb") as fh:
                    env = fh.read().split(b"\0")
            except OSError:
                continue
            when = start_time(d)
            if mark in env and when is not None and when >= since:
                yield int(d), when

if sys.stdin.read() == "done":
    sys.exit(0)
time.sleep(3)  # Ray's own processes that share its fate go first
raylet = int(sys.argv[1])
procs = [tuple(int(x) for x in a.split(":")) for a in sys.argv[2:]]
since = min((w for _, w in procs), default=0)
for pid, when in procs + list(raylet_children(raylet, since)):
    if pid != os.getpid() and start_time(pid) == when:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
"""

_WATCHER: list[subprocess.Popen] = []


def proc_stat() -> dict[int, tuple[str, list[bytes]]]:
    """(command name, the fields after it: state, parent pid, ...) of every process, from
    /proc/PID/stat (a process that ends meanwhile is left out)."""
    out = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", "rb") as fh:
                    head, rest = fh.read().rsplit(b")", 1)
            except OSError:
                continue
            out[int(d)] = (head.split(b"(", 1)[-1].decode(errors="replace"), rest.split())
    return out


def _stats() -> dict[int, tuple[int, str, int]]:
    """(parent pid, command name, start time) of every process, from /proc."""
    return {pid: (int(fields[1]), name, int(fields[19])) for pid, (name, fields) in proc_stat().items()}


def descendants_in(stats: dict[int, tuple]) -> list[int]:
    """The process ids below this process in ``stats`` (pid -> (parent pid, ...))."""
    children: dict[int, list[int]] = {}
    for pid, (ppid, *_) in stats.items():
        children.setdefault(ppid, []).append(pid)
    todo, mine = list(children.get(os.getpid(), [])), []
    while todo:
        pid = todo.pop()
        mine.append(pid)
        todo += children.get(pid, [])
    return mine


def descendants() -> set[int]:
    """This process's descendants now (taken before Ray starts: :func:`watch` leaves them alone)."""
    if not sys.platform.startswith("linux"):
        return set()
    try:
        return set(descendants_in(_stats()))
    except (OSError, ValueError, IndexError):
        return set()


def watch(before: set[int] | frozenset[int] = frozenset()) -> None:
    """Start the watchdog over this process's descendants that were not there ``before`` (the local
    cluster just started; another child of a host process is never one of them)."""
    if not sys.platform.startswith("linux") or _WATCHER:
        return
    try:
        stats = _stats()
    except (OSError, ValueError, IndexError):
        return
    mine = [pid for pid in descendants_in(stats) if pid not in before]
    raylets = [pid for pid in mine if stats[pid][1] == "raylet"]
    if not mine:
        return
    args = [str(raylets[0] if raylets else 0)] + [f"{pid}:{stats[pid][2]}" for pid in mine]
    _WATCHER.append(subprocess.Popen(
        [sys.executable, "-c", _WATCHDOG, *args], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True))  # a kill of the run's process group spares it


def release() -> None:
    """The run stopped Ray itself: the watchdog ends without ending anything."""
    while _WATCHER:
        proc = _WATCHER.pop()
        try:
            proc.communicate(b"done", timeout=10)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
