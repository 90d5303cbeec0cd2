"""Ctrl-C during a map over worker processes: one KeyboardInterrupt here, no traceback
from every worker."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = """
import signal, sys, time
from pathlib import Path
from aligner import parallel

# as a terminal leaves it: a shell starts background jobs with SIGINT ignored, and a test run in
# the background would hand that on to this process
signal.signal(signal.SIGINT, signal.default_int_handler)

marks = Path(sys.argv[1])
def work(x):
    (marks / f"started-{x}").touch()
    time.sleep(60)

parallel.set_jobs(2)
try:
    parallel.pmap(work, list(range(4)))
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


def test_ctrl_c_stops_the_workers_without_a_traceback_from_each(tmp_path):
    marks = tmp_path / "marks"
    marks.mkdir()
    script = tmp_path / "map.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    p = subprocess.Popen([sys.executable, str(script), str(marks)], env=env, cwd=tmp_path, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(list(marks.iterdir())) < 2 and time.monotonic() < deadline:  # both workers busy
            time.sleep(0.05)
        assert len(list(marks.iterdir())) == 2
        os.killpg(p.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        out, err = p.communicate(timeout=60)
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
    assert out.strip() == "interrupted"
    assert "Traceback" not in err and "ForkPoolWorker" not in err, err


def test_cached_map_loads_once_here_what_the_workers_then_share(tmp_path):
    """``warm`` runs once in this process before the workers fork (they inherit what it
    loaded), and not at all when every result comes from the item cache."""
    from aligner import incremental, parallel

    loaded: dict[str, int] = {}
    calls = []

    def warm():
        calls.append(1)
        loaded["model"] = 42

    parallel.set_jobs(2)
    incremental.ITEMS = incremental.ItemCache(tmp_path / "items.sqlite")
    try:
        keys = [incremental.item_key("warm", i) for i in range(40)]
        got = incremental.cached_map("warm", lambda x: (x, loaded.get("model")), list(range(40)), keys, warm=warm)
        assert got == [(x, 42) for x in range(40)] and calls == [1]
        again = incremental.cached_map("warm", lambda x: (x, None), list(range(40)), keys, warm=warm)
        assert again == got and calls == [1]
    finally:
        incremental.close_items()
        parallel.set_jobs(None)
