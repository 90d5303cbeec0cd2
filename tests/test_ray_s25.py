"""The watchdog of a local Ray cluster (aligner/engines/ray_reaper.py): a run killed
before it stops Ray leaves none of the cluster's processes; a run that stops Ray itself
leaves the watchdog nothing to do.  Tested with a stand-in "cluster" process (no Ray)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the watchdog reads /proc")

ROOT = Path(__file__).resolve().parents[1]
RUN = """
import subprocess, sys, time
from aligner.engines import ray_reaper
member = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
ray_reaper.watch()
print(member.pid, flush=True)
if sys.argv[1] == "stop":
    ray_reaper.release()
    print("released", flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def _start(how: str) -> tuple[subprocess.Popen, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", RUN, how], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    member = int(proc.stdout.readline())
    if how == "stop":
        assert proc.stdout.readline().strip() == "released"
    return proc, member


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not _alive(pid)


def test_a_killed_run_leaves_no_process_of_its_cluster():
    proc, member = _start("kill")
    try:
        assert _alive(member)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _gone_within(member, 60)
    finally:
        if _alive(member):
            os.kill(member, signal.SIGKILL)


def test_a_run_that_stopped_ray_leaves_the_rest_alone():
    proc, member = _start("stop")
    try:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert not _gone_within(member, 5)  # the watchdog was told: it ended nothing
    finally:
        if _alive(member):
            os.kill(member, signal.SIGKILL)


HOST = """
import subprocess, sys, time
from aligner.engines import ray_reaper
host_child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
before = ray_reaper.descendants()
member = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
ray_reaper.watch(before)
print(host_child.pid, member.pid, flush=True)
time.sleep(120)
"""


def test_a_child_the_host_started_before_ray_is_left_alone():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOST], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    host_child, member = (int(x) for x in proc.stdout.readline().split())
    try:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _gone_within(member, 60)
        assert _alive(host_child)  # not part of the cluster: the watchdog never touches it
    finally:
        for pid in (host_child, member):
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
