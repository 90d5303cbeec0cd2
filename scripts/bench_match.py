"""Speed and memory of order-free sentence matching at corpus scale.

Synthetic corpus: articles of 50 sentences of 12-30 words drawn from a Zipfian
vocabulary of 30,000 made-up words; 20% of the sentences are re-used from an
article of the same "story" (10 articles), with 0-3 words swapped and sometimes
the second half cut (as outlets do with agency copy and quotes).  Each size is
run in a fresh process so that its peak memory (max RSS) is its own.  Matching =
string retrieval (``NgramIndex``) + chrF scoring (over ``--jobs`` forked
processes) + margin + mutual best per article pair
(``aligner.match.stories.match_sentences``; every sentence has English, as with
translated or brought translations, so nothing is embedded).

    python scripts/bench_match.py [--sizes 10000,50000,100000] [--jobs 2]

Prints one row per size: sentences, articles, wall seconds (generation excluded),
CPU seconds (this process and its workers), cores used (CPU / wall), CPU
microseconds per sentence (flat when the matcher is linear), peak RSS of the
main process and of the largest worker, matches, recall of the planted re-uses.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(n_sent: int, per_article: int = 50, seed: int = 1):
    from aligner.model import Sentence

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 10))) for _ in range(30000)]
    weights = [1.0 / (r + 1) for r in range(len(vocab))]
    cum = []
    acc = 0.0
    for w in weights:
        acc += w
        cum.append(acc)

    def sentence():
        k = rng.randint(12, 30)
        return " ".join(rng.choices(vocab, cum_weights=cum, k=k)).capitalize() + "."

    n_art = max(2, n_sent // per_article)
    sents, planted = [], []
    texts_by_art: list[list[str]] = []
    for a in range(n_art):
        story = a // 10
        texts = []
        for k in range(per_article):
            donor = rng.randrange(story * 10, a) if a > story * 10 else None
            if donor is not None and rng.random() < 0.2 and texts_by_art[donor]:
                j = rng.randrange(len(texts_by_art[donor]))
                words = texts_by_art[donor][j].split()
                for _ in range(rng.randint(0, 3)):
                    words[rng.randrange(len(words))] = rng.choice(vocab)
                if rng.random() < 0.2:
                    words = words[: max(6, len(words) // 2)]
                texts.append(" ".join(words))
                planted.append((f"a{donor:05d}#s{j:04d}", f"a{a:05d}#s{k:04d}"))
            else:
                texts.append(sentence())
        texts_by_art.append(texts)
        for k, t in enumerate(texts):
            sents.append(Sentence(f"a{a:05d}#s{k:04d}", f"a{a:05d}", f"a{a:05d}#p0", k, 0, len(t), t, "en"))
    return sents, planted, n_art


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def one(n: int, jobs: int) -> dict:
    from aligner import parallel
    from aligner.match.stories import match_sentences

    parallel.set_jobs(jobs)
    sents, planted, n_art = corpus(n)
    c0, t0 = _cpu(), time.perf_counter()
    edges = match_sentences(sents, [s.text for s in sents], encoder=None)
    secs, cpu = time.perf_counter() - t0, _cpu() - c0
    found = {frozenset((sents[e.i].id, sents[e.j].id)) for e in edges}
    rec = sum(1 for p in planted if frozenset(p) in found) / max(len(planted), 1)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"sentences": len(sents), "articles": n_art, "seconds": secs, "cpu": cpu, "rss_mb": rss,
            "rss_worker_mb": rss_kids, "matches": len(edges), "planted": len(planted), "recall": rec}


def main() -> None:
    ap = argparse.ArgumentParser(description="bench order-free sentence matching")
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for chrF scoring (0: all cores)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.jobs)))
        return
    print(f"--jobs {args.jobs}; load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("| sentences | articles | wall s | CPU s | cores | CPU us/sent | peak MB main/worker | matches | planted | recall |")
    print("|----------:|---------:|-------:|------:|------:|------------:|--------------------:|--------:|--------:|-------:|")
    for n in (int(x) for x in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--jobs", str(args.jobs)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['sentences']:>9} | {r['articles']:>8} | {r['seconds']:>6.1f} | {r['cpu']:>5.1f} "
              f"| {r['cpu'] / r['seconds']:>5.2f} | {1e6 * r['cpu'] / r['sentences']:>11.0f} "
              f"| {r['rss_mb']:>8.0f} / {r['rss_worker_mb']:<8.0f} | {r['matches']:>7} | {r['planted']:>7} "
              f"| {r['recall']:>6.3f} |", flush=True)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
