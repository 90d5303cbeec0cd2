"""A map's worker processes end when the process that started them is killed outright
(SIGKILL: the OOM killer, ``kill -9``), whether they wait for work or are in the middle of
an item, instead of waiting forever, orphaned, holding their copy of its memory."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# each worker notes its pid when it starts an item; the items take `pause` seconds each
SCRIPT = """
import os, sys, time
from aligner import parallel

marks, pause = sys.argv[1], float(sys.argv[2])

def work(x):
    open(os.path.join(marks, str(os.getpid())), "w").close()
    time.sleep(pause)
    return x

parallel.set_jobs(2)
parallel.pmap(work, list(range(200)))
"""


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its new parent to reap it has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait(until, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while not until():
        if time.monotonic() > end:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("pause", [0.05, 60.0], ids=["between-items", "inside-an-item"])
def test_workers_end_when_parent_is_killed(tmp_path: Path, pause: float) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    parent = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path), str(pause)], env=env)
    workers: list[int] = []
    try:
        assert _wait(lambda: len(list(tmp_path.iterdir())) >= 2, 15), "the workers never started"
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert parent.pid not in workers and len(workers) == 2
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        assert _wait(lambda: not any(_alive(w) for w in workers), 10), \
            f"workers still running 10 s after their parent was killed: {[w for w in workers if _alive(w)]}"
    finally:
        parent.kill()
        parent.wait()
        for w in workers:  # leave nothing behind when the test fails
            with contextlib.suppress(OSError):
                if _alive(w):
                    os.kill(w, signal.SIGKILL)
