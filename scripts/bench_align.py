#!/usr/bin/env python3
"""Time and peak memory of ``align_sentences`` on synthetic documents.

Each size N builds a source document of N sentences and a "translation" with
merges (2-1), splits (1-2), deletions (1-0) and insertions (0-1); the MT of the
source is the source itself with some words dropped (noisy MT).  Each size runs in
its own subprocess, ``--repeat`` times; prints, per size, the CPU-seconds (user +
system, all threads) and wall seconds of ``align_sentences`` (building the documents
excluded), the peak resident memory of that process (ru_maxrss, the interpreter and
libraries included), the strict F1 against the known gold, and the load average at
the start.  CPU-seconds are the figure to compare on a shared machine (wall time
depends on the other processes); ``ALIGNER_THREADS=1`` measures one thread.

    python scripts/bench_align.py [--sizes 1000,5000,20000] [--max-group 5] [--repeat 3] [--set KEY=VALUE ...]

``--set`` runs ``align_sentences`` with those ``AlignParams`` fields changed (as
``eval_textberg.py --set``), to measure a candidate point before it becomes the default.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from aligner.align import align_sentences  # noqa: E402
from aligner.align.evaluate import score_alignment  # noqa: E402

VOCAB = [
    "".join(random.Random(k).choice("abcdefghijklmnoprstuvwz") for _ in range(random.Random(k + 7).randint(3, 10)))
    for k in range(3000)
]


def synthetic(n: int, seed: int):
    rng = random.Random(seed)
    src = [" ".join(rng.choice(VOCAB) for _ in range(rng.randint(6, 25))) + f" {rng.randint(1, 9999)}." for _ in range(n)]
    tgt, gold, i = [], [], 0
    while i < n:
        r = rng.random()
        if r < 0.05 and i + 1 < n:
            gold.append(([i, i + 1], [len(tgt)]))
            tgt.append(src[i] + " " + src[i + 1])
            i += 2
        elif r < 0.10:
            w = src[i].split()
            h = len(w) // 2
            gold.append(([i], [len(tgt), len(tgt) + 1]))
            tgt += [" ".join(w[:h]), " ".join(w[h:])]
            i += 1
        elif r < 0.12:
            gold.append(([i], []))
            i += 1
        elif r < 0.14:
            gold.append(([], [len(tgt)]))
            tgt.append(" ".join(rng.choice(VOCAB) for _ in range(8)) + ".")
        else:
            gold.append(([i], [len(tgt)]))
            tgt.append(src[i])
            i += 1
    mt = [" ".join(w for w in s.split() if rng.random() > 0.2) or s for s in src]
    return src, tgt, mt, gold


def one(n: int, max_group: int, sets: list[str]) -> dict:
    from eval_textberg import parse_set

    from aligner.align import AlignParams

    params = dataclasses.replace(AlignParams(), **parse_set(sets))
    src, tgt, mt, gold = synthetic(n, n)
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    base = r0.ru_maxrss / 1024
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    pred = align_sentences(src, tgt, mt, max_group=max_group, params=params)
    secs = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    peak = r1.ru_maxrss / 1024
    user, system = r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime
    f1 = score_alignment(gold, [(p.src, p.tgt) for p in pred]).strict_f1
    return {"n": n, "m": len(tgt), "seconds": secs, "user": user, "system": system, "peak_mib": peak,
            "before_mib": base, "f1": f1, "load": load}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,20000")
    ap.add_argument("--max-group", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=1, help="runs per size (each in a fresh process)")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="AlignParams fields changed")
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one, args.max_group, args.set)))
        return 0
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        for _ in range(args.repeat):
            res = subprocess.run(
                [sys.executable, __file__, "--one", str(n), "--max-group", str(args.max_group), "--set", *args.set],
                capture_output=True, text=True, check=True,
            )
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
            print(f"done {n}", file=sys.stderr, flush=True)
    from aligner.align.threads import thread_count

    print(f"max_group={args.max_group}, threads={thread_count()} (ALIGNER_THREADS), parameters: {' '.join(args.set) or 'defaults'}")
    print("| src sents | tgt sents | CPU s (user + sys) | wall s | peak RSS MiB (before align) | strict F1 | load |")
    print("|----------:|----------:|-------------------:|-------:|----------------------------:|----------:|-----:|")
    for r in rows:
        print(f"| {r['n']:9d} | {r['m']:9d} | {r['user'] + r['system']:6.1f} ({r['user']:.1f} + {r['system']:.1f}) "
              f"| {r['seconds']:6.1f} | {r['peak_mib']:14.0f} ({r['before_mib']:5.0f})      | {r['f1']:9.3f} "
              f"| {r['load']:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
