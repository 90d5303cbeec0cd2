#!/usr/bin/env python3
"""The post-search repairs (``joins.repair_joins``, ``joins.repair_shifts``) on the
development protocol, one repair at a time: what each earns and what it breaks.

The join and shift repairs run after the search and use none of its parameters, so
each document is searched once (``core.searched_path``, with ``--set``'s parameters,
e.g. the line prices) and every repair variant is applied to that one path.  Variants:
no repair, all of session 19's repairs (``FULL``: join_margin 0.01, join_length 1.0,
join_exchange 0.15, shift_pull 0.15), each gate alone and each left out (a gate left
out: -inf; the exchange 0; the shift None), and ``--variant NAME:KEY=V,KEY=V`` on top of
``FULL``.  Printed: each variant's mean / worst / paired difference against no repair,
the gold beads each variant gains and loses by kind (``evaluate.PHENOMENA``), what the
lost ones on untouched lines (1-1 and free) became and next to what, and the 7-fold
cross-validation by document over the variants (the protocol script's).

    python scripts/eval_align_repairs.py --no-textberg --seed 1,2,3 --set debris_null=0.4 caption_null=0.3
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO))

from eval_align_protocol import PROTOCOLS, build_docs, cross_validate, paired, protocol_list  # noqa: E402
from eval_textberg import parse_set  # noqa: E402

from aligner.align import AlignParams  # noqa: E402
from aligner.align.core import REPAIRS, _checked, searched_path  # noqa: E402
from aligner.align.evaluate import _norm, phenomenon_errors, score_alignment  # noqa: E402
from aligner.align.joins import repair_joins  # noqa: E402

OFF = float("-inf")
NONE = {"join_margin": None, "join_length": 1.0, "join_exchange": 0.0, "shift_pull": None}
FULL = {"join_margin": 0.01, "join_length": 1.0, "join_exchange": 0.15, "shift_pull": 0.15}
VARIANTS = {
    "none": NONE,
    "all": FULL,
    "margin alone": {**NONE, "join_margin": 0.01, "join_length": OFF},
    "length alone": {**NONE, "join_margin": OFF, "join_length": 1.0},
    "exchange alone": {**NONE, "join_margin": OFF, "join_length": OFF, "join_exchange": 0.15},
    "shift alone": {**NONE, "shift_pull": 0.15},
    "without margin": {**FULL, "join_margin": OFF},
    "without length": {**FULL, "join_length": OFF},
    "without exchange": {**FULL, "join_exchange": 0.0},
    "without shift (join alone)": {**FULL, "shift_pull": None},
}
UNTOUCHED = ("1-1", "free")


def beads_of(path) -> list[tuple[list[int], list[int]]]:
    return [(list(range(i0, i1)), list(range(j0, j1))) for i0, i1, j0, j1 in path]


def shape(bead) -> str:
    return f"{len(bead[0])}-{len(bead[1])}"


def lost_context(gold, kinds, before, after) -> Counter:
    """For each untouched gold bead held ``before`` but not ``after``: (the predicted
    bead holding its sentences now, by shape, and the kinds of the other gold beads it
    touches)."""
    held_before, held_after = _norm(before), _norm(after)
    gold_of = {}
    for k, (s, t) in enumerate(gold):
        gold_of.update({("s", i): k for i in s})
        gold_of.update({("t", j): k for j in t})
    out: Counter = Counter()
    for k, (s, t) in enumerate(gold):
        key = (tuple(s), tuple(t))
        if kinds[k] not in UNTOUCHED or key not in held_before or key in held_after:
            continue
        for ps, pt in held_after:
            if set(ps) & set(s) or set(pt) & set(t):
                others = {gold_of.get(("s", i)) for i in ps} | {gold_of.get(("t", j)) for j in pt}
                others.discard(k)
                out[(f"{len(ps)}-{len(pt)}", "+".join(sorted(kinds[o] for o in others if o is not None)) or "-")] += 1
    return out


def apply(variant: dict, base: AlignParams, scorer, path, post, steps: bool = False):
    params = dataclasses.replace(base, **variant)
    joined = path
    for repair in REPAIRS:  # the aligner's repairs in its order; ``steps``: also the path right after the joins
        path, post = repair(path, post, scorer, params)
        joined = path if repair is repair_joins else joined
    return (joined, path) if steps else path


def variant_arg(text: str) -> tuple[str, dict]:
    name, _, items = text.partition(":")
    return name, {**FULL, **parse_set([x for x in items.split(",") if x])}


def add_document_args(ap: argparse.ArgumentParser) -> None:
    """The protocol's documents (draws, sizes, planting) and the search parameters, as this script and
    eval_align_joins.py take them."""
    ap.add_argument("--seed", default="1,2,3")
    ap.add_argument("--doc22", type=int, default=250)
    ap.add_argument("--doc23", type=int, default=110)
    ap.add_argument("--max-group", type=int, default=5)
    ap.add_argument("--no-plant", action="store_true")
    ap.add_argument("--protocol", default="3", type=protocol_list)
    ap.add_argument("--plant", nargs="*", default=[])
    ap.add_argument("--set", nargs="*", default=[], metavar="KEY=VALUE", help="search parameters (e.g. line prices)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_document_args(ap)
    ap.add_argument("--no-textberg", action="store_true")
    ap.add_argument("--variant", nargs="*", default=[], type=variant_arg, metavar="NAME:KEY=V,KEY=V",
                    help="more variants: FULL with these fields changed")
    ap.add_argument("--only", default=None, help="comma-separated variant names to run (default: all)")
    ap.add_argument("--folds", type=int, default=7)
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--cv-dumps", nargs="*", type=Path, default=None, metavar="FILE",
                    help="no search: cross-validate over the documents of these --dump files together (the "
                         "variants they all hold; --base first: ties go to it); eval_align_protocol.py --sweep "
                         "dumps too (their grid points as variants, the first named 'default')")
    ap.add_argument("--base", default="cons", help="with --cv-dumps: the variant paired differences are taken against")
    args = ap.parse_args()
    if args.cv_dumps:
        return cv_dumps(args.cv_dumps, args.base, args.folds)
    assert args.protocol[0] in PROTOCOLS
    docs = build_docs(args)
    if not docs:
        print("../shared/eval is not present", file=sys.stderr)
        return 1
    base = dataclasses.replace(AlignParams(), **parse_set(args.set))
    variants = dict(VARIANTS)
    if args.only:
        keep = ["none", *args.only.split(",")]
        variants = {k: v for k, v in variants.items() if k in keep}
    variants.update(dict(args.variant))  # always run
    f1s: dict[str, list[float]] = {v: [] for v in variants}
    phen: dict[str, Counter] = {v: Counter() for v in variants}
    gained: dict[str, Counter] = {v: Counter() for v in variants}
    lost: dict[str, Counter] = {v: Counter() for v in variants}
    context: dict[str, Counter] = {"join": Counter(), "shift": Counter()}
    for d in docs:
        src, tgt, mt, _ = _checked(d.src, d.tgt, d.mt, None)
        scorer, path, post = searched_path(src, tgt, mt, None, None, args.max_group, base)
        none = beads_of(path)
        for name, variant in variants.items():
            pred = beads_of(apply(variant, base, scorer, path, post))
            f1s[name].append(score_alignment(d.gold, pred).strict_f1)
            if not d.kinds:
                continue
            for kind, (n, held, _) in phenomenon_errors(d.gold, pred, d.kinds).items():
                phen[name][kind] += n - held
            now, before = _norm(pred), _norm(none)
            for (s, t), kind in zip(d.gold, d.kinds):
                key = (tuple(s), tuple(t))
                gained[name][kind] += key in now and key not in before
                lost[name][kind] += key in before and key not in now
        if d.kinds:
            joined, shifted = (beads_of(x) for x in apply(FULL, base, scorer, path, post, steps=True))
            context["join"] += lost_context(d.gold, d.kinds, none, joined)
            context["shift"] += lost_context(d.gold, d.kinds, joined, shifted)
    report(docs, variants, f1s, phen, gained, lost, context, args)
    return 0


def _as_variants(dump: dict) -> dict:
    """A ``--dump`` of this script as it is; one of ``eval_align_protocol.py --sweep``
    (its grid points, the first one "default") as variants named by their points."""
    if "variants" in dump:
        return dump
    return {"names": dump["names"], "variants": {label: f1s for label, f1s in dump["points"]}}


def cv_dumps(files: list[Path], base: str, folds: int) -> int:
    """The 7-fold cross-validation (by document) over the documents of several ``--dump``
    files (e.g. seeds 1-3 and 4-7), each variant's mean / worst / paired difference against
    ``base``, and the sensitivity of each variant against it."""
    dumps = [_as_variants(json.loads(f.read_text())) for f in files]
    common = [v for v in dumps[0]["variants"] if all(v in d["variants"] for d in dumps)]
    if base not in common:
        raise SystemExit(f"--base {base!r} is not in every dump ({', '.join(common)})")
    order = [base, *[v for v in common if v != base]]
    names = [n for d in dumps for n in d["names"]]
    f1s = {v: [x for d in dumps for x in d["variants"][v]] for v in order}
    print(f"{len(names)} documents from {', '.join(map(str, files))}")
    print(f"| variant | mean F1 | worst | below 0.90 | below 0.92 | paired against {base} |")
    print("|---|---:|---:|---:|---:|---|")
    for v in order:
        f = f1s[v]
        print(f"| {v} | {statistics.mean(f):.4f} | {min(f):.3f} | {sum(x < 0.90 for x in f)} | "
              f"{sum(x < 0.92 for x in f)} | {paired([a - b for a, b in zip(f, f1s[base])])} |")
    tail = [k for k, n in enumerate(names) if min(f1s[v][k] for v in order) < 0.92]
    if tail:
        print("\nDocuments below 0.92 at any variant: " + " | ".join(order))
        for k in tail:
            print(f"{names[k]}: " + " ".join(f"{f1s[v][k]:.3f}" for v in order))
    cross_validate([({"variant": v}, f1s[v]) for v in order], names, list(range(len(names))), None, folds)
    return 0


def report(docs, variants, f1s, phen, gained, lost, context, args) -> None:
    names = [d.name for d in docs]
    print(f"Repairs on protocol {args.protocol[0]}: {len(docs)} documents, seed {args.seed}, search parameters "
          f"{args.set or 'defaults'}")
    print("| variant | mean F1 | worst | below 0.90 | paired against no repair | paired against all |")
    print("|---|---:|---:|---:|---|---|")
    for name in variants:
        f = f1s[name]
        vs_all = paired([a - b for a, b in zip(f, f1s["all"])]) if "all" in f1s else ""
        print(f"| {name} | {statistics.mean(f):.4f} | {min(f):.3f} | {sum(x < 0.90 for x in f)} | "
              f"{paired([a - b for a, b in zip(f, f1s['none'])])} | {vs_all} |")
    kinds = sorted({k for c in phen.values() for k in c}, key=lambda k: -phen["none"][k])
    print("\nMissed gold beads by kind (WMT pooled); in brackets: gained / lost against no repair")
    print("| kind | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for kind in kinds:
        cells = [f"{phen[v][kind]} (+{gained[v][kind]}/-{lost[v][kind]})" for v in variants]
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print("\nUntouched gold beads (1-1, free) that all repairs lose, by step: the predicted bead that holds them now "
          "(shape) and the kinds of the other gold beads in it")
    for step, counts in context.items():
        print(f"{step}: " + (", ".join(f"{s} with {o}: {c}" for (s, o), c in counts.most_common()) or "none"))
    results = [({"variant": v}, f1s[v]) for v in variants]
    wmt = [i for i, n in enumerate(names) if n != "textberg-eval1957"]
    held = cross_validate([(p, f) for p, f in results], names, wmt, None, args.folds)
    if args.dump:
        args.dump.write_text(json.dumps({"names": names, "variants": {v: f1s[v] for v in variants},
                                         "held": held}))


if __name__ == "__main__":
    raise SystemExit(main())
