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

from ..errors import ConfigError
from .threads import ordered_map

Bead = tuple[int, int]
CostFn = Callable[[int, int, slice, slice], np.ndarray]


MAX_GROUP = 6
MAX_BOTH = 3  # up to 3-3 every bead type; beyond, only one sentence against many (1-k, k-1)


def bead_types(max_group: int = 2) -> list[Bead]:
    """0-1, 1-0, every a-b with 1 <= a, b <= min(max_group, 3), and 1-k, k-1 up to max_group.

    Large beads are nearly always one long sentence split into many on the other side
    (a list, a sentence cut at colons and semicolons); many-to-many beads beyond 3-3
    are left out: they cost time and invite the search to swallow whole passages.
    """
    if not 1 <= max_group <= MAX_GROUP:
        raise ConfigError(f"max_group must be between 1 and {MAX_GROUP}")
    types: list[Bead] = [(0, 1), (1, 0)]
    types += [
        (a, b)
        for a in range(1, max_group + 1)
        for b in range(1, max_group + 1)
        if max(a, b) <= MAX_BOTH or min(a, b) == 1
    ]
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
    gap_extend: float | None = None,
    threads: int | None = None,
    keep_costs: list | None = None,
    boundary: Callable[[slice, slice], np.ndarray] | None = None,
) -> list[tuple[int, int, int, int]]:
    """The cheapest path as a list of beads (i0, i1, j0, j1), in order.

    Unaligned sentences have affine costs: the first of a run of 0-1 beads costs
    ``ins_cost``, the first of a run of 1-0 beads ``del_cost``, every further one in
    the same run ``gap_extend`` (default: the same as the first, i.e. linear).  A long
    run of untranslated sentences (captions, a dropped paragraph) is then one cheap
    gap instead of a string of poor beads that swallow it piecemeal.

    ``costs`` is called from ``threads`` threads at once (default: one per core, see
    ``threads.thread_count``), for different blocks; the path does not depend on it.
    ``keep_costs``: a list that receives, per row i, {(a, b): cost of each cell of the
    row's band} for the bead types with sentences on both sides (for the posteriors).
    ``boundary(rows, cols)``: an extra cost of a boundary between two beads at each
    cell, added to every bead with sentences on both sides that ends there.
    """
    lo, hi = band if band is not None else full_band(n, m)
    lo = np.asarray(lo, np.int64)
    hi = np.asarray(hi, np.int64)
    ins_ext = ins_cost if gap_extend is None else gap_extend
    del_ext = del_cost if gap_extend is None else gap_extend
    grow = [t for t in types if t[0] >= 1 and t[1] >= 1]
    tlist = [(0, 1), (1, 0)] + grow
    inf = np.inf
    D: list[np.ndarray] = []  # best cost of each cell
    E: list[np.ndarray] = []  # best cost of each cell when the last bead is 1-0
    EB: list[np.ndarray] = []  # the 1-0 run went on from E[i-1] (True) or began at D[i-1]
    T2: list[np.ndarray] = []  # step that reached X2 (index into tlist; 1 = from E)
    GAP: list[np.ndarray] = []  # start column of the 0-1 run that reached D, or -1

    def block_costs(r0: int):
        # the costs of a block depend on the band only, never on the DP: blocks ahead
        # are computed by other threads while this one runs the DP over earlier rows
        r1 = min(r0 + block, n + 1)
        c0 = int(lo[r0:r1].min())
        c1 = int(hi[r0:r1].max())
        rows, cols = slice(r0, r1), slice(c0, c1)
        out = {t: costs(t[0], t[1], rows, cols) for t in grow}
        if boundary is not None:
            extra = boundary(rows, cols)
            for c in out.values():
                c += extra
        return r0, r1, c0, out

    for r0, r1, c0, cblock in ordered_map(block_costs, range(0, n + 1, block), threads):
        for i in range(r0, r1):
            J = np.arange(lo[i], hi[i])
            L = len(J)
            if keep_costs is not None:
                keep_costs.append({t: cblock[t][i - r0, J - c0] for t in grow})
            X = np.full(L, inf)
            T = np.ones(L, np.int16)
            Ei = np.full(L, inf)
            EBi = np.zeros(L, bool)
            if i == 0:
                X[J == 0] = 0.0
            else:
                for ti, (a, b) in enumerate(tlist):
                    if a == 0 or b == 0 or i - a < 0:
                        continue
                    prev = D[i - a]
                    idx = J - b - lo[i - a]
                    ok = (idx >= 0) & (idx < len(prev))
                    if not ok.any():
                        continue
                    cand = np.full(L, inf)
                    cand[ok] = prev[idx[ok]]
                    cand += cblock[(a, b)][i - r0, J - c0]
                    better = cand < X
                    X[better] = cand[better]
                    T[better] = ti
                # 1-0: open from D[i-1] or extend E[i-1] (same column)
                idx = J - lo[i - 1]
                ok = (idx >= 0) & (idx < len(D[i - 1]))
                opened = np.full(L, inf)
                opened[ok] = D[i - 1][idx[ok]] + del_cost
                extended = np.full(L, inf)
                extended[ok] = E[i - 1][idx[ok]] + del_ext
                EBi = extended < opened
                Ei = np.where(EBi, extended, opened)
                better = Ei < X
                X[better] = Ei[better]
                T[better] = 1
            # 0-1 runs in this row: F[j] = min_{k<j} X[k] + ins_cost + (j - k - 1) * ins_ext
            G = np.full(L, -1, np.int64)
            Di = X
            if L > 1:
                steps = (J - J[0]) * ins_ext
                Y = X - steps
                best = np.minimum.accumulate(Y)
                arg = _running_argmin(Y)
                F = np.full(L, inf)
                F[1:] = best[:-1] + steps[1:] + ins_cost - ins_ext
                use = F < X - 1e-9
                Di = np.where(use, F, X)
                G[1:] = np.where(use[1:], J[0] + arg[:-1], -1)
            D.append(Di)
            E.append(Ei)
            EB.append(EBi)
            T2.append(T)
            GAP.append(G)
    # backtrack through the three states
    path: list[tuple[int, int, int, int]] = []
    i, j = n, m
    if not (lo[n] <= m < hi[n]) or not np.isfinite(D[n][m - lo[n]]):
        raise RuntimeError("no alignment path inside the band")
    state = "D"
    while i > 0 or j > 0:
        k = j - lo[i]
        if state == "D":
            start = int(GAP[i][k])
            if start >= 0:
                path.extend((i, i, t, t + 1) for t in range(j - 1, start - 1, -1))
                j = start
            state = "X"
        elif state == "X":
            a, b = tlist[int(T2[i][k])]
            if (a, b) == (1, 0):
                state = "E"
            else:
                path.append((i - a, i, j - b, j))
                i, j = i - a, j - b
                state = "D"
        else:  # in a run of 1-0 beads
            path.append((i - 1, i, j, j))
            state = "E" if EB[i][k] else "D"
            i -= 1
    path.reverse()
    return path


def _running_argmin(y: np.ndarray) -> np.ndarray:
    """Index of the (first) minimum of y[:k+1] for every k."""
    best = np.minimum.accumulate(y)
    is_new = np.empty(len(y), bool)
    is_new[0] = True
    is_new[1:] = y[1:] < best[:-1]
    idx = np.where(is_new, np.arange(len(y)), 0)
    return np.maximum.accumulate(idx)


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
