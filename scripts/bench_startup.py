"""CPU time of CLI commands that need no model (start-up cost), median over repeats.

    python scripts/bench_startup.py [--repeats 5]

Prints one row per command: median user+sys CPU seconds of the child process (robust
on a shared machine, unlike wall time), median wall seconds, and whether torch was
imported (``python -X importtime``).  The target is < 0.5 CPU-seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _commands(tmp: Path) -> dict[str, list[str]]:
    src, tgt = tmp / "s.txt", tmp / "t.txt"
    src.write_text("Das ist gut.\nDer Himmel ist blau.\n", encoding="utf-8")
    tgt.write_text("That is good.\nThe sky is blue.\n", encoding="utf-8")
    return {
        "aligner --version": ["--version"],
        "aligner --help": ["--help"],
        "aligner run --help": ["run", "--help"],
        "aligner models list": ["models", "list"],
        "aligner align (no model here)": ["align", str(src), str(tgt), "--presegmented", "--embeddings", "none",
                                          "--out", str(tmp / "a.jsonl")],
    }


def _once(args: list[str], env: dict[str, str]) -> tuple[float, float, bool]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "aligner", *args],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    torch = any(line.rstrip().endswith("| torch") for line in proc.stderr.splitlines())
    return cpu, wall, torch


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        env = {**os.environ, "ALIGNER_MODELS": str(tmp / "models"), "HF_HUB_OFFLINE": "1"}
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.repeats} repeats")
        print(f"{'command':34} {'CPU s (median)':>15} {'wall s (median)':>16} {'torch imported':>15}")
        for name, cmd in _commands(tmp).items():
            runs = [_once(cmd, env) for _ in range(args.repeats)]
            cpu = statistics.median(r[0] for r in runs)
            wall = statistics.median(r[1] for r in runs)
            print(f"{name:34} {cpu:15.2f} {wall:16.2f} {str(any(r[2] for r in runs)):>15}")


if __name__ == "__main__":
    main()
