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


class Band:
    """The cells ``lo[i] <= j < hi[i]`` of rows 0..n, numbered row by row.

    Every per-cell quantity of the search (costs, best costs, back pointers) is one
    flat array over these cells; ``flat`` maps cells to their numbers, with ``size``
    (one past the last cell: a sentinel slot) for cells outside the band.
    """

    def __init__(self, lo, hi):
        self.lo = np.asarray(lo, np.int64)
        self.hi = np.asarray(hi, np.int64)
        self.n = len(self.lo) - 1
        self.start = np.concatenate([[0], np.cumsum(self.hi - self.lo)]).astype(np.int64)
        self.size = int(self.start[-1])

    def row(self, i: int) -> slice:
        return slice(int(self.start[i]), int(self.start[i + 1]))

    def cells(self, r0: int, r1: int) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of every cell of rows r0..r1-1, in their flat order."""
        I = np.repeat(np.arange(r0, r1), self.hi[r0:r1] - self.lo[r0:r1])
        J = np.arange(self.start[r0], self.start[r1]) - self.start[I] + self.lo[I]
        return I, J

    def flat(self, I: np.ndarray, J: np.ndarray) -> np.ndarray:
        """Number of each cell (I, J); ``size`` where it is outside the band."""
        ok = (I >= 0) & (I <= self.n)
        Ii = np.where(ok, I, 0)
        ok &= (J >= self.lo[Ii]) & (J < self.hi[Ii])
        return np.where(ok, self.start[Ii] + J - self.lo[Ii], self.size)

    def inside(self, I: np.ndarray, J: np.ndarray) -> bool:
        return bool((self.flat(I, J) < self.size).all())


# costs of the bead types with sentences on both sides, kept over a band: the band and
# one flat array per type (``banded_dp``'s ``keep`` and ``known``)
KeptCosts = tuple[Band, dict[Bead, np.ndarray]]


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
    keep: dict | None = None,
    boundary: Callable[[slice, slice], np.ndarray] | None = None,
    known: KeptCosts | None = None,
    gap_boundary: Callable[[slice, slice], np.ndarray] | None = None,
    line_gaps: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[tuple[int, int, int, int]]:
    """The cheapest path as a list of beads (i0, i1, j0, j1), in order.

    Unaligned sentences have affine costs: the first of a run of 0-1 beads costs
    ``ins_cost``, the first of a run of 1-0 beads ``del_cost``, every further one in
    the same run ``gap_extend`` (default: the same as the first, i.e. linear).  A long
    run of untranslated sentences (captions, a dropped paragraph) is then one cheap
    gap instead of a string of poor beads that swallow it piecemeal.

    ``costs`` is called from ``threads`` threads at once (default: one per core, see
    ``threads.thread_count``), for different blocks; the path does not depend on it.
    ``keep``: a dict that receives {(a, b): cost of each cell of the band (flat, see
    ``Band``)} for the bead types with sentences on both sides, and "band": the
    ``Band`` (for the posteriors, or for a later pass's ``known``).
    ``boundary(rows, cols)``: an extra cost of a boundary between two beads at each
    cell, added to every bead with sentences on both sides that ends there.
    ``known``: costs kept by an earlier pass (same ``costs`` and ``boundary``), read
    instead of computed for the blocks whose cells all lie in its band.
    ``gap_boundary(rows, cols)``: an extra cost at each cell where a run of 1-0 or of
    0-1 beads ends (a boundary that unaligned sentences make, e.g. a piece of a
    sentence left out: ``core.BeadScorer.gap_boundary``).
    ``line_gaps``: (per source line, per target line) an extra cost of leaving that
    line unaligned, added to the open or extend cost of its 1-0 or 0-1 bead (a line
    with no counterpart nearby may be cheaper to leave out: ``core.null_gaps``).
    """
    bd = Band(*(band if band is not None else full_band(n, m)))
    grow = [t for t in types if t[0] >= 1 and t[1] >= 1]
    search = _Search(bd, grow, ins_cost, del_cost, ins_cost if gap_extend is None else gap_extend,
                     del_cost if gap_extend is None else gap_extend)
    if line_gaps is not None:
        search.src_gap, search.tgt_gap = (np.asarray(g, np.float64) for g in line_gaps)
    if keep is not None:
        keep["band"] = bd
        for t in grow:
            keep[t] = np.empty(bd.size)

    def block_costs(r0: int):
        # the costs of a block depend on the band only, never on the DP: blocks ahead
        # are computed by other threads while this one runs the DP over earlier rows
        r1 = min(r0 + block, n + 1)
        gaps = None
        if gap_boundary is not None:
            I, J = bd.cells(r0, r1)
            c0, c1 = int(bd.lo[r0:r1].min()), int(bd.hi[r0:r1].max())
            gaps = gap_boundary(slice(r0, r1), slice(c0, c1))[I - r0, J - c0]
        return r0, r1, _flat_costs(bd, r0, r1, grow, costs, boundary, known), gaps

    for r0, r1, cflat, gaps in ordered_map(block_costs, range(0, n + 1, block), threads):
        if keep is not None:
            for t, c in zip(grow, cflat):
                keep[t][bd.start[r0] : bd.start[r1]] = c
        search.rows(r0, r1, cflat, gaps)
    return search.backtrack(n, m)


def _flat_costs(bd: Band, r0: int, r1: int, grow: list[Bead], costs: CostFn, boundary, known) -> np.ndarray:
    """(type, cell) costs of the cells of rows r0..r1-1 (flat order), boundary included."""
    I, J = bd.cells(r0, r1)
    out = np.empty((len(grow), len(I)))
    if known is not None and known[0].inside(I, J):
        at = known[0].flat(I, J)
        todo = [k for k, t in enumerate(grow) if t not in known[1]]
        for k, t in enumerate(grow):
            if t in known[1]:
                out[k] = known[1][t][at]
    else:
        todo = list(range(len(grow)))
    if not todo:
        return out
    c0, c1 = int(bd.lo[r0:r1].min()), int(bd.hi[r0:r1].max())
    rows, cols = slice(r0, r1), slice(c0, c1)
    extra = boundary(rows, cols)[I - r0, J - c0] if boundary is not None else None
    for k in todo:
        out[k] = costs(grow[k][0], grow[k][1], rows, cols)[I - r0, J - c0]
        if extra is not None:
            out[k] += extra
    return out


class _Search:
    """The DP's state over a band, filled row by row (``rows``), then ``backtrack``.

    Three states per cell: X, the last bead has sentences on both sides (or is the
    start, or a 1-0 bead: see T); E, the last bead is 1-0 (a run of deletions); D, the
    best of X and a run of 0-1 beads ending in the cell.
    """

    def __init__(self, bd: Band, grow: list[Bead], ins_cost: float, del_cost: float, ins_ext: float, del_ext: float):
        self.bd, self.grow = bd, grow
        self.tlist = [(0, 1), (1, 0)] + grow
        self.ins_cost, self.del_cost, self.ins_ext, self.del_ext = ins_cost, del_cost, ins_ext, del_ext
        size = bd.size
        self.D = np.full(size + 1, np.inf)  # best cost of each cell (+ a sentinel slot)
        self.E = np.full(size + 1, np.inf)  # best cost of each cell when the last bead is 1-0
        self.EB = np.zeros(size, bool)  # the 1-0 run went on from E[i-1] (True) or began at D[i-1]
        self.T = np.ones(size, np.int16)  # step that reached X (index into tlist; 1 = from E)
        self.GAP = np.full(size, -1, np.int64)  # start column of the 0-1 run that reached D, or -1
        self.src_gap: np.ndarray | None = None  # extra cost of leaving each source line out
        self.tgt_gap: np.ndarray | None = None  # ... each target line

    def rows(self, r0: int, r1: int, cflat: np.ndarray, gaps: np.ndarray | None = None) -> None:
        """Fill rows r0..r1-1, given the (type, cell) costs of their cells (and the
        extra cost of a run of unaligned sentences ending in each cell)."""
        bd = self.bd
        I, J = bd.cells(r0, r1)
        # the cell each bead type comes from, and the cell above (1-0)
        pred = np.stack([bd.flat(I - a, J - b) for a, b in self.grow]) if self.grow else np.zeros((0, len(I)), np.int64)
        up = bd.flat(I - 1, J)
        base = int(bd.start[r0])
        for i in range(r0, r1):
            s = slice(int(bd.start[i]) - base, int(bd.start[i + 1]) - base)
            self._row(i, pred[:, s], up[s], cflat[:, s], gaps[s] if gaps is not None else None)

    def _row(self, i: int, pred: np.ndarray, up: np.ndarray, cost: np.ndarray, gaps: np.ndarray | None) -> None:
        bd = self.bd
        cells = bd.row(i)
        L = cells.stop - cells.start
        J = np.arange(bd.lo[i], bd.hi[i])
        if i == 0:
            X = np.where(J == 0, 0.0, np.inf)
            T = np.ones(L, np.int16)
            Ei = np.full(L, np.inf)
            EBi = np.zeros(L, bool)
        else:
            # beads with sentences on both sides: the first cheapest type wins ties
            if len(pred):
                cand = self.D[pred] + cost
                T = (cand.argmin(axis=0) + 2).astype(np.int16)
                X = cand.min(axis=0)
            else:
                T = np.ones(L, np.int16)
                X = np.full(L, np.inf)
            # 1-0: open from D[i-1] or extend E[i-1] (same column)
            line = float(self.src_gap[i - 1]) if self.src_gap is not None else 0.0
            opened = self.D[up] + (self.del_cost + line)
            extended = self.E[up] + (self.del_ext + line)
            EBi = extended < opened
            Ei = np.where(EBi, extended, opened)
            ended = Ei + gaps if gaps is not None else Ei  # the run of 1-0 beads ends here
            better = ended < X
            X[better] = ended[better]
            T[better] = 1
        self.D[cells], self.GAP[cells] = self._insertions(X, J, gaps)
        self.E[cells], self.EB[cells], self.T[cells] = Ei, EBi, T

    def _insertions(self, X: np.ndarray, J: np.ndarray, gaps: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Runs of 0-1 beads within a row: D[j] = min(X[j], min_{k<j} X[k] + ins_cost +
        (j - k - 1) * ins_ext + gaps[j]) (plus ``tgt_gap`` of lines k..j-1) by a running
        minimum; the start column of the run, or -1."""
        L = len(X)
        G = np.full(L, -1, np.int64)
        if L <= 1:
            return X, G
        if self.tgt_gap is None:
            steps = (J - J[0]) * self.ins_ext
        else:  # the 0-1 bead into column j leaves target line j-1 out
            steps = np.concatenate([[0.0], np.cumsum(self.ins_ext + self.tgt_gap[J[1:] - 1])])
        Y = X - steps
        best = np.minimum.accumulate(Y)
        arg = _running_argmin(Y)
        F = np.full(L, np.inf)
        F[1:] = best[:-1] + steps[1:] + self.ins_cost - self.ins_ext
        if gaps is not None:
            F += gaps
        use = F < X - 1e-9
        G[1:] = np.where(use[1:], J[0] + arg[:-1], -1)
        return np.where(use, F, X), G

    def backtrack(self, n: int, m: int) -> list[tuple[int, int, int, int]]:
        """The beads of the cheapest path to (n, m), in order, through the three states."""
        bd = self.bd
        if not (bd.lo[n] <= m < bd.hi[n]) or not np.isfinite(self.D[bd.start[n] + m - bd.lo[n]]):
            raise RuntimeError("no alignment path inside the band")
        path: list[tuple[int, int, int, int]] = []
        i, j = n, m
        state = "D"
        while i > 0 or j > 0:
            k = int(bd.start[i] + j - bd.lo[i])
            if state == "D":
                start = int(self.GAP[k])
                if start >= 0:
                    path.extend((i, i, t, t + 1) for t in range(j - 1, start - 1, -1))
                    j = start
                state = "X"
            elif state == "X":
                a, b = self.tlist[int(self.T[k])]
                if (a, b) == (1, 0):
                    state = "E"
                else:
                    path.append((i - a, i, j - b, j))
                    i, j = i - a, j - b
                    state = "D"
            else:  # in a run of 1-0 beads
                path.append((i - 1, i, j, j))
                state = "E" if self.EB[k] else "D"
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
