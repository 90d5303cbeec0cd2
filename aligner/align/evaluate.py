"""Strict and lax precision, recall and F1 of a sentence alignment (Sennrich & Volk 2010).

The metric reported by Bleualign, Vecalign and Bertalign.  Alignments are lists of
beads ``(src_ids, tgt_ids)``.

- Precision is computed over the *predicted* beads, 1-0 and 0-1 beads included.  A
  predicted bead is a strict hit when the identical bead is in the gold alignment; it
  is a lax hit when it is a strict hit or when some gold bead shares a source sentence
  with it and, through the gold beads of its source sentences, also a target sentence.
- Recall is the same computation with the roles swapped (gold beads judged against
  the prediction), over beads that are non-empty on both sides only.

Counts are summed over all documents before dividing (micro average).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def _norm(beads: Iterable) -> set[Bead]:
    out = set()
    for src, tgt in beads:
        s, t = tuple(src), tuple(tgt)
        if s or t:
            out.add((s, t))
    return out


def _hits(judged: set[Bead], reference: set[Bead]) -> tuple[int, int, int]:
    """(strict hits, lax hits, total) of the beads in ``judged`` against ``reference``."""
    links: dict[int, set[int]] = defaultdict(set)
    for s, t in reference:
        for i in s:
            links[i].update(t)
    strict = lax = 0
    for s, t in judged:
        if (s, t) in reference:
            strict += 1
            lax += 1
            continue
        linked = set()
        for i in s:
            linked |= links.get(i, set())
        if linked.intersection(t):
            lax += 1
    return strict, lax, len(judged)


@dataclass
class AlignmentScores:
    strict_p: float
    strict_r: float
    strict_f1: float
    lax_p: float
    lax_r: float
    lax_f1: float
    n_gold: int
    n_pred: int

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_alignments(gold_docs: Sequence[Iterable], pred_docs: Sequence[Iterable]) -> AlignmentScores:
    """Micro-averaged scores over several documents (lists of beads, same order)."""
    if len(gold_docs) != len(pred_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(pred_docs)} predicted")
    ps = pl = pn = rs = rl = rn = 0
    n_gold = n_pred = 0
    for gold_beads, pred_beads in zip(gold_docs, pred_docs):
        gold = _norm(gold_beads)
        pred = _norm(pred_beads)
        n_gold += len(gold)
        n_pred += len(pred)
        s, l, n = _hits(pred, gold)
        ps, pl, pn = ps + s, pl + l, pn + n
        gold_both = {x for x in gold if x[0] and x[1]}
        pred_both = {x for x in pred if x[0] and x[1]}
        s, l, n = _hits(gold_both, pred_both)
        rs, rl, rn = rs + s, rl + l, rn + n
    sp_, lp_ = (ps / pn, pl / pn) if pn else (0.0, 0.0)
    sr_, lr_ = (rs / rn, rl / rn) if rn else (0.0, 0.0)
    return AlignmentScores(sp_, sr_, _f1(sp_, sr_), lp_, lr_, _f1(lp_, lr_), n_gold, n_pred)


def score_alignment(gold: Iterable, pred: Iterable) -> AlignmentScores:
    return score_alignments([list(gold)], [list(pred)])


# -- known-gold test documents from sentence-parallel text --------------------------

# probability per source sentence of each edit made by ``edit_parallel``
EDITS = {"merge": 0.06, "split": 0.06, "drop": 0.02, "insert": 0.02}


def split_point(text: str) -> int | None:
    """A comma or semicolon near the middle (30-70 % of the length), or None."""
    n = len(text)
    cands = [k for k, c in enumerate(text) if c in ",;" and 0.3 * n <= k <= 0.7 * n]
    return min(cands, key=lambda k: abs(k - n / 2)) + 1 if cands else None


def edit_parallel(src, ref, mts, strays, rng):
    """A sentence-parallel text (``src`` line i translated by ``ref`` line i) with known edits.

    Per source sentence, with the probabilities in ``EDITS``: two neighbouring
    reference lines joined (gold 2-1), a reference line cut at a comma or semicolon
    near its middle (1-2), a reference line left out (1-0), a line from ``strays``
    inserted (0-1).  ``mts``: name -> MT of each source line, kept in step with the
    source.  Returns (source lines, MT lines per name, target lines, gold beads).
    """
    src_out: list[str] = []
    mt_out: dict[str, list[str]] = {name: [] for name in mts}
    tgt: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    i = 0
    while i < len(src):
        r = rng.random()
        s0 = len(src_out)
        if r < EDITS["insert"]:
            gold.append(([], [len(tgt)]))
            tgt.append(rng.choice(strays))
            continue
        src_out.append(src[i])
        for name, mt in mts.items():
            mt_out[name].append(mt[i])
        r -= EDITS["insert"]
        if r < EDITS["merge"] and i + 1 < len(src):
            src_out.append(src[i + 1])
            for name, mt in mts.items():
                mt_out[name].append(mt[i + 1])
            gold.append(([s0, s0 + 1], [len(tgt)]))
            tgt.append(ref[i] + " " + ref[i + 1])
            i += 2
            continue
        r -= EDITS["merge"]
        cut = split_point(ref[i]) if r < EDITS["split"] else None
        if cut is not None:
            gold.append(([s0], [len(tgt), len(tgt) + 1]))
            tgt += [ref[i][:cut].strip(), ref[i][cut:].strip()]
        elif EDITS["split"] <= r < EDITS["split"] + EDITS["drop"]:
            gold.append(([s0], []))
        else:
            gold.append(([s0], [len(tgt)]))
            tgt.append(ref[i])
        i += 1
    return src_out, mt_out, tgt, gold
