#!/usr/bin/env python3
"""Where the development protocol's documents lose their gold beads: every error site of
every document, by what was planted there.

Each document is aligned as the library does it (``align_sentences`` with its MT, at the
defaults or ``--set``'s fields).  An *error site* is a connected group of missed gold beads
and wrong predicted beads (linked when they share a sentence).  Each site is labelled by
the kinds of the gold beads it misses (``evaluate.PHENOMENA``): a planted phenomenon
(swap, short, debris, caption, fragment) if one is there, else a literary bead (merge,
merge22, merge3, split, drop, insert), else ``unplanted`` (1-1 and free lines only);
``+near:KIND`` when a planted phenomenon's gold bead lies next to the site (one gold bead
away).  Printed: per document its F1, missed gold beads by kind, and its sites with what
each costs (the F1 the document would have with that site alone right); then the sites
pooled by label over all documents and over those below ``--below``.  ``--show DOC``
prints the texts of that document's sites.

    python scripts/eval_align_sites.py --seed 4,5,6,7 [--set KEY=VALUE ...] [--below 0.91] [--show wmt23-05/s6] [--show-below 0.92]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from eval_align_protocol import build_docs  # noqa: E402
from eval_align_repairs import add_document_args  # noqa: E402
from eval_textberg import parse_set  # noqa: E402

from aligner.align import AlignParams, align_sentences  # noqa: E402
from aligner.align.evaluate import _norm, score_alignment  # noqa: E402

PLANTED = ("swap", "short", "debris", "caption", "fragment")
LITERARY = ("merge", "merge22", "merge3", "split", "drop", "insert", "restructure")


def sites(gold, kinds, pred) -> list[dict]:
    """The error sites of one document: connected groups of missed gold beads and wrong
    predicted beads (sharing a sentence)."""
    gold_set, pred_set = _norm(gold), _norm(pred)
    missed = [k for k, (s, t) in enumerate(gold) if (tuple(s), tuple(t)) not in pred_set]
    wrong = [b for b in pred_set if b not in gold_set]
    parent = {("g", k): ("g", k) for k in missed} | {("p", b): ("p", b) for b in wrong}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple[str, int], tuple] = {}
    for node in parent:
        s, t = gold[node[1]] if node[0] == "g" else node[1]
        for key in [("s", i) for i in s] + [("t", j) for j in t]:
            if key in owner:
                parent[find(node)] = find(owner[key])
            else:
                owner[key] = node
    groups: dict[tuple, list] = defaultdict(list)
    for node in parent:
        groups[find(node)].append(node)
    out = []
    for nodes in groups.values():
        ks = sorted(n[1] for n in nodes if n[0] == "g")
        ps = sorted((n[1] for n in nodes if n[0] == "p"), key=lambda b: (min(b[0] or b[1]), b))
        out.append({"gold": ks, "pred": ps, "label": label(ks, kinds)})
    return sorted(out, key=lambda x: x["gold"][:1] or [-1])


def label(ks: list[int], kinds: list[str]) -> str:
    here = {kinds[k] for k in ks}
    planted = sorted(here & set(PLANTED))
    literary = sorted(here & set(LITERARY))
    name = "+".join(planted) if planted else ("lit:" + "+".join(literary) if literary else "unplanted")
    near = set()
    for k in ks:
        for n in (k - 1, k + 1):
            if 0 <= n < len(kinds) and n not in ks and kinds[n] in PLANTED:
                near.add(kinds[n])
    return name + (f" +near:{'+'.join(sorted(near))}" if near else "")


def site_gain(site, gold, pred) -> float:
    """The document's strict F1 with this site alone aligned as gold, less its F1."""
    wrong = set(site["pred"])
    fixed = [b for b in _norm(pred) if b not in wrong] + [gold[k] for k in site["gold"]]
    return score_alignment(gold, fixed).strict_f1 - score_alignment(gold, pred).strict_f1


def show(d, site) -> None:
    for k in site["gold"]:
        s, t = d.gold[k]
        print(f"    gold {d.kinds[k]:8} {s}-{t}")
    for s, t in site["pred"]:
        print(f"    pred {list(s)}-{list(t)}")
    lo = min([i for k in site["gold"] for i in d.gold[k][0]] + [i for s, _ in site["pred"] for i in s] or [0])
    hi = max([i for k in site["gold"] for i in d.gold[k][0]] + [i for s, _ in site["pred"] for i in s] or [0])
    tlo = min([j for k in site["gold"] for j in d.gold[k][1]] + [j for _, t in site["pred"] for j in t] or [0])
    thi = max([j for k in site["gold"] for j in d.gold[k][1]] + [j for _, t in site["pred"] for j in t] or [0])
    for i in range(max(lo - 1, 0), min(hi + 2, len(d.src))):
        print(f"    S{i}: {d.src[i][:110]}")
        print(f"    M{i}: {(d.mt[i] if d.mt else '')[:110]}")
    for j in range(max(tlo - 1, 0), min(thi + 2, len(d.tgt))):
        print(f"    T{j}: {d.tgt[j][:110]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_document_args(ap)
    ap.add_argument("--below", type=float, default=0.91, help="the pooled table also over documents below this F1")
    ap.add_argument("--show", nargs="*", default=[], metavar="DOC", help="print these documents' sites with texts")
    ap.add_argument("--show-below", type=float, default=None, metavar="F1",
                    help="print the sites with texts of every document below this F1")
    ap.add_argument("--dump", type=Path, default=None, help="write per-document F1 and sites here (JSON)")
    args = ap.parse_args()
    args.no_textberg = True
    docs = build_docs(args)
    if not docs:
        print("../shared/eval is not present", file=sys.stderr)
        return 1
    params = dataclasses.replace(AlignParams(), **parse_set(args.set))
    pooled: dict[str, Counter] = {"all": Counter(), "low": Counter()}
    costs: dict[str, Counter] = {"all": Counter(), "low": Counter()}
    near: dict[str, Counter] = {"all": Counter(), "low": Counter()}
    rows = []
    print(f"Error sites, seed {args.seed}, parameters {args.set or 'defaults'}")
    for d in docs:
        pred = [(p.src, p.tgt) for p in align_sentences(d.src, d.tgt, d.mt, max_group=args.max_group, params=params)]
        score = score_alignment(d.gold, pred).strict_f1
        found = sites(d.gold, d.kinds, pred)
        missed = Counter(d.kinds[k] for s in found for k in s["gold"])
        print(f"\n{d.name} ({d.mt_name}) F1 {score:.3f}; missed {sum(missed.values())}: "
              + ", ".join(f"{k} {n}" for k, n in missed.most_common()))
        for s in found:
            s["gain"] = gain = site_gain(s, d.gold, pred)
            shapes = " ".join(f"{len(a)}-{len(b)}" for a, b in s["pred"])
            gk = " ".join(d.kinds[k] for k in s["gold"])
            print(f"  +{gain:.3f} {s['label']:28} gold [{gk}] pred [{shapes}] at gold {s['gold'][:1]}")
            main_label = s["label"].split(" +near")[0]
            for group in ("all", "low") if score < args.below else ("all",):
                pooled[group][main_label] += len(s["gold"])
                costs[group][main_label] += gain
                near[group][main_label] += "+near" in s["label"]
        if d.name in args.show or (args.show_below is not None and score < args.show_below):
            for s in found:
                print(f"  -- site {s['label']}")
                show(d, s)
        rows.append({"doc": d.name, "f1": score, "sites": [{"label": s["label"], "gold": s["gold"],
                     "kinds": [d.kinds[k] for k in s["gold"]],
                     "pred": [[list(a), list(b)] for a, b in s["pred"]],
                     "gold_beads": [[list(d.gold[k][0]), list(d.gold[k][1])] for k in s["gold"]],
                     "gain": s["gain"]} for s in found]})
    f1s = [r["f1"] for r in rows]
    print(f"\nmean {statistics.mean(f1s):.4f}, worst {min(f1s):.3f}, below 0.90: {sum(x < 0.90 for x in f1s)}")
    for group, title in (("all", "all documents"), ("low", f"documents below {args.below}")):
        n = sum(r["f1"] < args.below for r in rows) if group == "low" else len(rows)
        print(f"\nSites by label, {title} ({n}): missed gold beads, F1 cost (each site's gain if it alone were right, summed)")
        print("| label | missed gold beads | sites next to a planted line | F1 cost summed | mean per document |")
        print("|---|---:|---:|---:|---:|")
        for lab, c in costs[group].most_common():
            print(f"| {lab} | {pooled[group][lab]} | {near[group][lab]} | {c:.3f} | {c / max(n, 1):.4f} |")
    if args.dump:
        args.dump.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
