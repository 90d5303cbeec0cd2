#!/usr/bin/env python3
"""Every 2-2 join candidate of the development protocol (two touching 1-1 beads of the
search, ``joins.join_candidates``) with what the join's gates and the candidate gates of
session 23 read, and what the join would do: "fold" (the joined bead is a gold bead: a
cut 2-2 fold repaired), "right" (both pieces are gold beads: two right 1-1 beads broken;
"right-untouched" where both are lines nothing was planted on, 1-1 or free), "other".

Read per candidate: the similarity gain over the pieces' weighted mean (``join_margin``),
the length fit (``join_length``), the exchange (``join_exchange``), the pieces' and the
joined bead's similarity, each piece's own gain (the joined bead's similarity minus the
piece's: ``join_piece``), the cross similarities (first source with second target and
back), and each piece's length ratio.  One search per document (``core.searched_path``)
as ``eval_align_repairs.py``; the table shows how many folds and right pairs pass the
session's gate (margin 0.01, length 1.0, exchange 0.15) and each candidate gate on top.

    python scripts/eval_align_joins.py --seed 1,2,3 --set debris_null=0.4 caption_null=0.3 --dump FILE
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from eval_align_protocol import build_docs  # noqa: E402
from eval_align_repairs import add_document_args  # noqa: E402
from eval_textberg import parse_set  # noqa: E402

from aligner.align import AlignParams  # noqa: E402
from aligner.align.core import _checked, searched_path  # noqa: E402
from aligner.align.joins import _lengths, join_candidates, join_exchange, join_gains  # noqa: E402

UNTOUCHED = ("1-1", "free")


def label(gold: dict, kinds: list, path, k: int, joined) -> str:
    """What joining beads k and k+1 of ``path`` does against the gold beads."""
    if joined in gold:
        return "fold"
    a, b = gold.get(path[k]), gold.get(path[k + 1])
    if a is None or b is None:
        return "other"
    return "right-untouched" if kinds[a] in UNTOUCHED and kinds[b] in UNTOUCHED else "right"


def candidates(doc, base: AlignParams, max_group: int) -> list[dict]:
    src, tgt, mt, _ = _checked(doc.src, doc.tgt, doc.mt, None)
    scorer, path, _post = searched_path(src, tgt, mt, None, None, max_group, base)
    path = [tuple(int(x) for x in b) for b in path]
    cands = join_candidates(path, {(2, 2)})
    if not cands:
        return []
    gain, fit = join_gains(scorer, path, cands)
    exch = join_exchange(scorer, path, cands)
    firsts = [path[k] for k, _ in cands]
    seconds = [path[k + 1] for k, _ in cands]
    sim1, sim2 = scorer.sim_beads(firsts), scorer.sim_beads(seconds)
    simj = scorer.sim_beads([j for _, j in cands])
    cross12 = scorer.sim_beads([(a[0], a[1], b[2], b[3]) for a, b in zip(firsts, seconds)])
    cross21 = scorer.sim_beads([(b[0], b[1], a[2], a[3]) for a, b in zip(firsts, seconds)])
    (ls1, lt1), (ls2, lt2) = _lengths(scorer, firsts), _lengths(scorer, seconds)
    usual = float(np.median(scorer.sim_beads([b for b in path if b[1] - b[0] == 1 and b[3] - b[2] == 1])))
    gold = {}
    for g, (s, t) in enumerate(doc.gold):
        if s and t:
            gold[(s[0], s[-1] + 1, t[0], t[-1] + 1)] = g
    kinds = doc.kinds or ["?"] * len(doc.gold)
    out = []
    for c, (k, joined) in enumerate(cands):
        out.append({
            "doc": doc.name, "k": k, "label": label(gold, kinds, path, k, joined),
            "gain": float(gain[c]), "fit": float(fit[c]), "exchange": float(exch[c]),
            "sim1": float(sim1[c]), "sim2": float(sim2[c]), "simj": float(simj[c]),
            "cross12": float(cross12[c]), "cross21": float(cross21[c]),
            "ratio1": math.log(max(lt1[c], 1.0) / max(ls1[c] * scorer.ratio, 1.0)),
            "ratio2": math.log(max(lt2[c], 1.0) / max(ls2[c] * scorer.ratio, 1.0)),
            "chars": float(ls1[c] + ls2[c]), "usual": usual,
        })
    return out


def gates() -> dict:
    """The session's gate and candidate gates on top of it (name: test of a candidate)."""
    def cons(c):
        return c["gain"] >= 0.01 and c["fit"] >= 1.0 and c["exchange"] >= 0.15

    def piece(c):
        return c["simj"] - max(c["sim1"], c["sim2"])

    def cross(c):
        return max(c["cross12"], c["cross21"]) - min(c["sim1"], c["sim2"])

    out = {"session 22 (margin 0.01)": cons}
    for m in (0.02, 0.03, 0.05):
        out[f"margin {m}"] = lambda c, m=m: cons(c) and c["gain"] >= m
    for p in (-0.05, -0.02, 0.0, 0.02):
        out[f"piece gain >= {p}"] = lambda c, p=p: cons(c) and piece(c) >= p
    for x in (-0.2, -0.1, 0.0):
        out[f"cross - weaker piece >= {x}"] = lambda c, x=x: cons(c) and cross(c) >= x
    for f in (0.3, 0.4, 0.5):
        out[f"floor {f}"] = lambda c, f=f: cons(c) and min(c["sim1"], c["sim2"]) >= f * c["usual"]
    for r in (0.1, 0.2):
        out[f"opposite ratios >= {r}"] = lambda c, r=r: cons(c) and -c["ratio1"] * c["ratio2"] >= r * r
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_document_args(ap)
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args()
    args.no_textberg = True  # development documents only
    docs = build_docs(args)
    if not docs:
        print("../shared/eval is not present", file=sys.stderr)
        return 1
    base = dataclasses.replace(AlignParams(), **parse_set(args.set))
    rows = [c for d in docs for c in candidates(d, base, args.max_group)]
    if args.dump:
        args.dump.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    labels = ["fold", "right-untouched", "right", "other"]
    print(f"2-2 join candidates: {len(rows)} in {len(docs)} documents, seed {args.seed}, {args.set or 'defaults'}")
    print("| gate | " + " | ".join(labels) + " |")
    print("|---|" + "---:|" * len(labels))
    for name, test in gates().items():
        print(f"| {name} | " + " | ".join(str(sum(1 for r in rows if r["label"] == lab and test(r))) for lab in labels) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
