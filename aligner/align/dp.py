"""Monotone alignment by dynamic programming over bead types, inside a band.

``banded_dp`` finds the cheapest monotone path from (0, 0) to (n, m) where a step of
type (a, b) consumes a source and b target sentences (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, ...).
Only cells inside a band ``lo[i] <= j < hi[i]`` are visited, so time and memory are
proportional to the band's area.  Each row is computed with numpy; the same-row
0-1 steps (target insertions) are resolved with a running minimum, so that no Python
loop runs over cells.

Costs come from a callback ``costs(a, b, rows, cols) -> ndarray`` giving the cost of a
bead of type (a, b) *ending* at (i, j) for i in ``rows`` and j in ``cols`` (np.inf where
no such bead fits); it is called once per block of rows, so that the similarity of a
whole block of candidates is computed in a few vectorised operations.

``band_from_path`` turns a coarse alignment (of blocks of sentences) into the band of
the fine search, as Vecalign does: the fine path is searched only near the cells the
coarse path passes through.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

Bead = tuple[int, int]
CostFn = Callable[[int, int, slice, slice], np.ndarray]


def bead_types(max_group: int = 2) -> list[Bead]:
    """0-1, 1-0 and every a-b with 1 <= a, b <= max_group."""
    if not 1 <= max_group <= 4:
        raise ValueError("max_group must be between 1 and 4")
    types: list[Bead] = [(0, 1), (1, 0)]
    types += [(a, b) for a in range(1, max_group + 1) for b in range(1, max_group + 1)]
    return types


def full_band(n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    return np.zeros(n + 1, np.int64), np.full(n + 1, m + 1, np.int64)


def banded_dp(
    n: int,
    m: int,
    types: Sequence[Bead],
    costs: CostFn,
    ins_cost: float,
    del_cost: float,
    band: tuple[np.ndarray, np.ndarray] | None = None,
    block: int = 64,
) -> list[tuple[int, int, int, int]]:
    """The cheapest path as a list of beads (i0, i1, j0, j1), in order.

    ``ins_cost`` is the cost of a 0-1 bead (a target sentence left unaligned),
    ``del_cost`` of a 1-0 bead.  ``types`` must contain (0, 1) and (1, 0).
    """
    lo, hi = band if band is not None else full_band(n, m)
    lo = np.asarray(lo, np.int64)
    hi = np.asarray(hi, np.int64)
    grow = [t for t in types if t[0] >= 1 and t[1] >= 1]
    D: list[np.ndarray] = []
    B: list[np.ndarray] = []  # index into tlist of the step that reached the cell
    tlist = [(0, 1), (1, 0)] + grow
    inf = np.inf
    for r0 in range(0, n + 1, block):
        r1 = min(r0 + block, n + 1)
        c0 = int(lo[r0:r1].min())
        c1 = int(hi[r0:r1].max())
        cblock = {t: costs(t[0], t[1], slice(r0, r1), slice(c0, c1)) for t in grow}
        for i in range(r0, r1):
            J = np.arange(lo[i], hi[i])
            X = np.full(len(J), inf)
            T = np.zeros(len(J), np.int16)
            if i == 0:
                X[J == 0] = 0.0
            else:
                for ti, (a, b) in enumerate(tlist):
                    if a == 0 or i - a < 0:
                        continue
                    prev = D[i - a]
                    idx = J - b - lo[i - a]
                    ok = (idx >= 0) & (idx < len(prev))
                    if not ok.any():
                        continue
                    cand = np.full(len(J), inf)
                    cand[ok] = prev[idx[ok]]
                    if b == 0:
                        cand += del_cost
                    else:
                        cand += cblock[(a, b)][i - r0, J - c0]
                    better = cand < X
                    X[better] = cand[better]
                    T[better] = ti
            # same-row 0-1 steps: D[j] = min_k<=j X[k] + (j - k) * ins_cost
            steps = (J - J[0]) * ins_cost if len(J) else J
            run = np.minimum.accumulate(X - steps) + steps if len(J) else X
            from_left = run < X - 1e-9  # (X - steps) + steps may round below X
            run = np.where(from_left, run, X)
            T[from_left] = 0
            D.append(run)
            B.append(T)
    # backtrack
    path = []
    i, j = n, m
    if not (lo[n] <= m < hi[n]) or not np.isfinite(D[n][m - lo[n]]):
        raise RuntimeError("no alignment path inside the band")
    while i > 0 or j > 0:
        a, b = tlist[int(B[i][j - lo[i]])]
        path.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    path.reverse()
    return path


def band_from_path(
    path: Sequence[tuple[int, int, int, int]], ks: int, kt: int, n: int, m: int, width: int
) -> tuple[np.ndarray, np.ndarray]:
    """Fine band around a coarse path over blocks of ks source and kt target sentences."""
    lo = np.full(n + 1, m + 1, np.int64)
    hi = np.zeros(n + 1, np.int64)
    for p0, p1, q0, q1 in path:
        r0, r1 = min(p0 * ks, n), min(p1 * ks, n)
        s0, s1 = min(q0 * kt, m), min(q1 * kt, m)
        lo[r0 : r1 + 1] = np.minimum(lo[r0 : r1 + 1], s0)
        hi[r0 : r1 + 1] = np.maximum(hi[r0 : r1 + 1], s1 + 1)
    lo = np.maximum(lo - width, 0)
    hi = np.minimum(hi + width, m + 1)
    # monotone and connected: lo non-decreasing (suffix min), hi non-decreasing (prefix max)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0] = 0
    hi[n] = m + 1
    lo[1:] = np.minimum(lo[1:], hi[:-1] - 1)  # consecutive rows overlap
    return lo, hi
