"""A long low-signal run aligned again line by line (``repair_windows``).

The search prices a bead by its similarity relative to random units, its lengths and a
charge per extra sentence.  Where a run of lines carries little signal (list items,
a debris line, headings in a row), one large bead (a 4-1 that takes a paragraph and
three items) next to a few null beads can cost it less than the right small beads,
each of which looks no better than random on its own.

This second pass takes every bead with ``realign_size`` or more lines on a side, the
``realign_reach`` beads on each side of it (a monotone stretch), and aligns the
stretch's lines again with a finer measure: each bead earns its characters (source
characters times the documents' length ratio, plus the target's) times its similarity
less ``realign_base`` (a pairing below that similarity is worth less than leaving its
lines out, which earns 0), over beads of at most ``realign_cap`` lines a side.  A line
with no counterpart that is glued into a good bead lowers the bead's similarity while
adding its own characters at about ``realign_base``: no gain; a paragraph that took
three items loses most of its similarity to what it holds of theirs.  The stretch is
replaced only where the new one earns at least ``realign_gain`` more per character of
the stretch than the search's own beads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .joins import _lengths

if TYPE_CHECKING:  # the scorer's module imports this one
    from .core import AlignParams, BeadScorer

Bead = tuple[int, int, int, int]


def _stretches(beads: list[Bead], size: int, reach: int) -> list[tuple[int, int]]:
    """(first, last + 1) bead index of the stretch around each bead of ``size`` or more
    lines on a side: ``reach`` beads each way, cut where the path is not monotone (a
    swap's crossing beads)."""
    out = []
    for k, (i0, i1, j0, j1) in enumerate(beads):
        if max(i1 - i0, j1 - j0) < size:
            continue
        lo, hi = k, k + 1
        while lo > max(0, k - reach) and beads[lo - 1][1] == beads[lo][0] and beads[lo - 1][3] == beads[lo][2]:
            lo -= 1
        while hi < min(len(beads), k + 1 + reach) and beads[hi][0] == beads[hi - 1][1] and beads[hi][2] == beads[hi - 1][3]:
            hi += 1
        out.append((lo, hi))
    return out


def _earned(scorer: BeadScorer, beads: list[Bead], base: float) -> np.ndarray:
    """What each bead earns: its characters times (similarity - ``base``); 0 for a null bead."""
    if not beads:
        return np.zeros(0)
    ls, lt = _lengths(scorer, beads)
    both = np.array([b[1] > b[0] and b[3] > b[2] for b in beads])
    return np.where(both, (ls * scorer.ratio + lt) * (scorer.sim_beads(beads) - base), 0.0)


def best_stretch(scorer: BeadScorer, span: Bead, cap: int, base: float) -> tuple[float, list[Bead]]:
    """The beads of at most ``cap`` lines a side (and 1-0, 0-1) through ``span`` that earn
    most (``_earned``), and what they earn together."""
    i0, i1, j0, j1 = span
    n, m = i1 - i0, j1 - j0
    types = [(a, b) for a in range(1, cap + 1) for b in range(1, cap + 1)]
    cands = [(x, x + a, y, y + b) for a, b in types for x in range(i0, i1 - a + 1) for y in range(j0, j1 - b + 1)]
    gain = dict(zip(cands, _earned(scorer, cands, base)))
    best = np.full((n + 1, m + 1), -np.inf)
    back: dict[tuple[int, int], Bead] = {}
    best[0, 0] = 0.0
    for x in range(n + 1):
        for y in range(m + 1):
            if x == y == 0:
                continue
            steps = [(1, 0), (0, 1)] + [t for t in types if t[0] <= x and t[1] <= y]
            for a, b in steps:
                if a > x or b > y:
                    continue
                bead = (i0 + x - a, i0 + x, j0 + y - b, j0 + y)
                val = best[x - a, y - b] + gain.get(bead, 0.0)
                if val > best[x, y]:
                    best[x, y] = val
                    back[x, y] = bead
    out: list[Bead] = []
    x, y = n, m
    while x or y:
        bead = back[x, y]
        out.append(bead)
        x, y = bead[0] - i0, bead[2] - j0
    return float(best[n, m]), out[::-1]


def repair_windows(beads, post, scorer: BeadScorer, params: AlignParams):
    """Each stretch around a bead of ``params.realign_size`` or more lines on a side
    (``_stretches``) replaced by ``best_stretch``'s beads where they earn at least
    ``params.realign_gain`` more per character of the stretch than the stretch's own
    beads; stretches that overlap one already replaced are left.  Off (unchanged) with
    ``realign_gain`` None.  The new beads with both sides keep the smallest confidence of
    the stretch's aligned beads; null beads get 0."""
    if params.realign_gain is None:
        return beads, post
    cap = max(1, min(params.realign_cap, scorer.G))
    repl: dict[int, tuple[int, list[Bead], float]] = {}
    taken: set[int] = set()
    for lo, hi in _stretches(beads, params.realign_size, params.realign_reach):
        if taken & set(range(lo, hi)):
            continue
        old = list(beads[lo:hi])
        span = (old[0][0], old[-1][1], old[0][2], old[-1][3])
        ls, lt = _lengths(scorer, [span])
        chars = max(float(ls[0] * scorer.ratio + lt[0]), 1.0)
        earned, new = best_stretch(scorer, span, cap, params.realign_base)
        if (earned - float(_earned(scorer, old, params.realign_base).sum())) / chars < params.realign_gain:
            continue
        aligned = [p for b, p in zip(old, post[lo:hi]) if b[1] > b[0] and b[3] > b[2]]
        repl[lo] = (hi, new, min(aligned) if aligned else 0.0)
        taken.update(range(lo, hi))
    if not repl:
        return beads, post
    out: list[Bead] = []
    out_post: list[float] = []
    k = 0
    while k < len(beads):
        if k in repl:
            hi, new, p = repl[k]
            out += new
            out_post += [p if b[1] > b[0] and b[3] > b[2] else 0.0 for b in new]
            k = hi
        else:
            out.append(beads[k])
            out_post.append(post[k])
            k += 1
    return out, out_post
