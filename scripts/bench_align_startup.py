#!/usr/bin/env python3
"""Start-up cost of aligning one short document: CPU-seconds of a whole process.

Each row runs a fresh Python process ``--repeats`` times and prints the median
user + system CPU-seconds of that process (robust on a shared machine, unlike wall
time), the median wall seconds, and which heavy libraries it imported (scipy, torch).
The documents are the synthetic ones of ``bench_align.py`` (random words, with
merges, splits, drops and inserts, and a noisy "MT"), of a few sizes:

- ``python -c pass`` and ``import numpy``: the floor no aligner can go below;
- ``align_sentences`` in-process: ``import aligner.align`` plus one alignment;
- ``aligner --version``: the command line's own start-up (typer, rich);
- ``aligner align --presegmented --translations``: what a user runs per document.

Python's bytecode cache is on, as in an installed package (PYTHONDONTWRITEBYTECODE is
removed from the children's environment; an untimed first run of each row writes the
cache): compiling the package's sources anew costs about 0.2 CPU-seconds per process.
The target of issue 17 is < 0.5 CPU-seconds per short document.  ``--against DIR``
runs every row a second time with DIR (another checkout) first on PYTHONPATH, the two
interleaved run by run, so that a change is compared at the same load.

    python scripts/bench_align_startup.py [--sizes 3,30,150] [--repeats 5] [--against DIR]
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

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from bench_align import synthetic  # noqa: E402

HEAVY = ("scipy", "torch", "transformers", "pydantic", "rich")


def _in_process(src: Path, tgt: Path, mt: Path) -> list[str]:
    code = (
        "from aligner.align import align_sentences\n"
        f"r = lambda p: open(p, encoding='utf-8').read().splitlines()\n"
        f"align_sentences(r({str(src)!r}), r({str(tgt)!r}), r({str(mt)!r}))\n"
    )
    return ["-c", code]


def _once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # run in the data directory: with -c or -m the working directory comes first on sys.path
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=os.path.dirname(env["ALIGNER_MODELS"]))
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)[:80]}: exit {proc.returncode}: {proc.stderr.strip().splitlines()[-1:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def _heavy(args: list[str], env: dict[str, str]) -> str:
    """The heavy top-level packages a process imports (one untimed run with -X importtime)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=env,
                          cwd=os.path.dirname(env["ALIGNER_MODELS"]))
    names = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    return " ".join(m for m in HEAVY if m in names) or "-"


def _documents(tmp: Path, n: int) -> tuple[Path, Path, Path]:
    src, tgt, mt, _ = synthetic(n, n)
    paths = tmp / f"src{n}.txt", tmp / f"tgt{n}.txt", tmp / f"mt{n}.txt"
    for path, lines in zip(paths, (src, tgt, mt)):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _rows(tmp: Path, sizes: list[int]) -> dict[str, list[str]]:
    rows = {"python -c pass": ["-c", "pass"], "import numpy": ["-c", "import numpy"]}
    for n in sizes:
        src, tgt, mt = _documents(tmp, n)
        rows[f"align_sentences, {n} sentences"] = _in_process(src, tgt, mt)
    rows["aligner --version"] = ["-m", "aligner", "--version"]
    for n in sizes:
        src, tgt, mt = (tmp / f"{name}{n}.txt" for name in ("src", "tgt", "mt"))
        rows[f"aligner align, {n} sentences"] = [
            "-m", "aligner", "align", str(src), str(tgt), "--presegmented", "--translations", str(mt),
            "--out", str(tmp / f"out{n}.jsonl"),
        ]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="3,30,150", help="sentences per document, comma-separated")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another checkout to measure alongside (same rows, interleaved)")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        checkouts = [("", REPO)] + ([(f" [{args.against.name}]", args.against.resolve())] if args.against else [])
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        envs = [
            {**base, "ALIGNER_MODELS": str(tmp / "models"), "HF_HUB_OFFLINE": "1",
             "PYTHONPATH": os.pathsep.join(x for x in (str(root), os.environ.get("PYTHONPATH", "")) if x)}
            for _, root in checkouts
        ]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.repeats} repeats per row")
        print(f"| {'process':44} | {'CPU s (median)':>14} | {'CPU s (min)':>11} | {'wall s (median)':>15} | heavy imports |")
        print(f"|{'-' * 46}|{'-' * 15}:|{'-' * 12}:|{'-' * 16}:|---------------|")
        for name, cmd in _rows(tmp, sizes).items():
            for env in envs:  # untimed: writes the bytecode cache
                _once(cmd, env)
            both = [[_once(cmd, env) for env in envs] for _ in range(args.repeats)]
            for k, (label, _) in enumerate(checkouts):
                runs = [pair[k] for pair in both]
                cpu = statistics.median(r[0] for r in runs)
                wall = statistics.median(r[1] for r in runs)
                heavy = _heavy(cmd, envs[k])
                print(f"| {name + label:44} | {cpu:14.2f} | {min(r[0] for r in runs):11.2f} | {wall:15.2f} | {heavy:13} |")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")

if __name__ == "__main__":
    main()
