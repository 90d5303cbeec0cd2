"""Posterior probability of each bead of an alignment (forward-backward over the band).

The DP costs define a distribution over monotone bead sequences, P(path) proportional
to exp(-cost(path) / T), with the same affine costs for runs of unaligned sentences
as ``dp.banded_dp``.  The posterior of a bead is the probability mass of the paths
that contain it; that of a sentence link, the mass of the paths in which the two
sentences share a bead: close to 1 where no other reading of that stretch comes near
in cost, about 0.5 where two readings cost the same.  It is computed over the same band
as the last DP pass, in log space, row by row; the same-row runs of 0-1 beads are
summed with cumulative log-sum-exp, as the DP resolves them with a running minimum.

Three states per cell tell how the last bead ended, so that every bead sequence is
counted once: X (a bead with sentences on both sides, or the start), E (in a run of
1-0 beads), F (in a run of 0-1 beads).  A run opens (``open_cost``) after any other
state and goes on (``ext_cost``) within its own.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

NEG = -np.inf


def _lse(*xs: np.ndarray) -> np.ndarray:
    out = xs[0]
    for x in xs[1:]:
        out = np.logaddexp(out, x)
    return out


def _at(rows: list, lo: np.ndarray, i: int, cols: np.ndarray, key=None) -> np.ndarray:
    """rows[i][cols - lo[i]] (rows[i][key][...] when rows hold dicts), -inf where a column
    is outside row i's band or i is outside the rows."""
    out = np.full(len(cols), NEG)
    if i < 0 or i >= len(rows) or rows[i] is None:
        return out
    row = rows[i] if key is None else rows[i].get(key)
    if row is None:
        return out
    idx = cols - lo[i]
    ok = (idx >= 0) & (idx < len(row))
    out[ok] = row[idx[ok]]
    return out


def link_posteriors(
    path: Sequence[tuple[int, int, int, int]],
    n: int,
    m: int,
    band: tuple[np.ndarray, np.ndarray],
    row_costs: list[dict[tuple[int, int], np.ndarray]],
    open_cost: float,
    ext_cost: float,
    temperature: float = 1.0,
) -> list[float]:
    """Confidence of each bead of ``path``: the smallest posterior of its sentence links.

    The posterior of a link (source s, target u) is the probability that s and u end
    up in the same bead, whatever its shape: a 1-1 bead whose two sentences could as
    well be part of a 2-2 bead keeps a high confidence, a bead that swallowed a stray
    sentence (whose links to it are unlikely) gets a low one.  0.0 for 1-0 and 0-1 beads.

    ``row_costs[i][(a, b)]``: the cost of a bead (a, b) ending at (i, j) for every j
    of row i's band (``lo[i] <= j < hi[i]``), np.inf where none fits; ``band``: the
    (lo, hi) of the DP pass that produced those costs.
    """
    lo = np.asarray(band[0], np.int64)
    hi = np.asarray(band[1], np.int64)
    T = float(temperature)
    o, e = open_cost / T, ext_cost / T
    types = sorted({t for rc in row_costs for t in rc})
    score = [{t: -c / T for t, c in rc.items()} for rc in row_costs]
    # -- forward: log-mass of the paths from (0, 0) to each cell, by state
    Xf: list[np.ndarray] = []
    Ef: list[np.ndarray] = []
    Ff: list[np.ndarray] = []
    Df: list[np.ndarray] = []
    for i in range(n + 1):
        J = np.arange(lo[i], hi[i])
        L = len(J)
        X = np.full(L, NEG)
        E = np.full(L, NEG)
        if i == 0:
            X[J == 0] = 0.0
        else:
            for a, b in types:
                if i - a >= 0:
                    X = np.logaddexp(X, _at(Df, lo, i - a, J - b) + score[i][(a, b)])
            not_e = _lse(_at(Xf, lo, i - 1, J), _at(Ff, lo, i - 1, J))
            E = np.logaddexp(not_e - o, _at(Ef, lo, i - 1, J) - e)
        # F[q] = log sum_{p<q} exp(N[p] - o - (q-1-p) e), N = X or E: cumulative log-sum-exp
        N = np.logaddexp(X, E)
        F = np.full(L, NEG)
        if L > 1:
            k = np.arange(L, dtype=np.float64)
            acc = np.logaddexp.accumulate(N + k * e)
            F[1:] = acc[:-1] - o - (k[1:] - 1) * e
        Xf.append(X)
        Ef.append(E)
        Ff.append(F)
        Df.append(_lse(X, E, F))
    logz = _at(Df, lo, n, np.array([m]))[0]
    if not np.isfinite(logz):
        return [0.0] * len(path)
    # -- backward: log-mass of the completions from each cell to (n, m), by state
    Xb: list[np.ndarray | None] = [None] * (n + 1)
    Eb: list[np.ndarray | None] = [None] * (n + 1)
    for i in range(n, -1, -1):
        J = np.arange(lo[i], hi[i])
        L = len(J)
        G = np.full(L, NEG)  # next bead has sentences on both sides
        for a, b in types:
            if i + a <= n:
                G = np.logaddexp(G, _at(score, lo, i + a, J + b, key=(a, b)) + _at(Xb, lo, i + a, J + b))
        nxt_e = _at(Eb, lo, i + 1, J)  # next bead is 1-0
        end = (J == m) & (i == n)
        G[end] = 0.0  # the end of the path
        # next bead 0-1, into column j + 1 of this row: Fb[j] = log(H[j] + e^-e Fb[j+1]) for the F state
        H = np.logaddexp(G, nxt_e - o)
        k = np.arange(L, dtype=np.float64)
        Fb = np.logaddexp.accumulate((H - k * e)[::-1])[::-1] + k * e
        into_f = np.full(L, NEG)
        into_f[:-1] = Fb[1:]  # completions that start with a 0-1 bead into j + 1
        Xb[i] = _lse(G, nxt_e - o, into_f - o)
        Eb[i] = _lse(G, nxt_e - e, into_f - o)
    # -- the posterior of a candidate bead (a, b) ending at (i, j) is
    # exp(Df[i-a][j-b] + score + Xb[i][j] - logz): gathered from flat copies of the rows
    sizes = hi - lo
    rowstart = np.concatenate([[0], np.cumsum(sizes)])
    flat_df = np.concatenate(Df)
    flat_xb = np.concatenate([x for x in Xb if x is not None])
    flat_score = {
        t: np.concatenate([rc.get(t, np.full(int(sizes[i]), NEG)) for i, rc in enumerate(score)]) for t in types
    }

    def gather(flat, I, Jc):
        out = np.full(len(I), NEG)
        ok = (I >= 0) & (I <= n)
        Ii = np.where(ok, I, 0)
        ok &= (Jc >= lo[Ii]) & (Jc < hi[Ii])
        out[ok] = flat[rowstart[Ii[ok]] + Jc[ok] - lo[Ii[ok]]]
        return out

    def cell_mass(t, I, Jc):
        """Posterior of the beads of type t ending at cells (I, Jc); 0 outside the band."""
        lp = gather(flat_df, I - t[0], Jc - t[1]) + gather(flat_score[t], I, Jc) + gather(flat_xb, I, Jc) - logz
        return np.exp(np.minimum(lp, 0.0))

    # -- link posterior: P(source sentence s and target sentence u in the same bead),
    # summed over every bead type and position that covers the link
    links = [(s_, u) for i0, i1, j0, j1 in path if i1 > i0 and j1 > j0 for s_ in range(i0, i1) for u in range(j0, j1)]
    if not links:
        return [0.0] * len(path)
    S = np.array([x for x, _ in links])
    U = np.array([y for _, y in links])
    mass = np.zeros(len(links))
    for a, b in types:
        for di in range(1, a + 1):
            for dj in range(1, b + 1):
                mass += cell_mass((a, b), S + di, U + dj)
    link = dict(zip(links, np.minimum(mass, 1.0)))
    out = []
    for i0, i1, j0, j1 in path:
        if i1 == i0 or j1 == j0:
            out.append(0.0)
            continue
        out.append(float(min(link[(x, y)] for x in range(i0, i1) for y in range(j0, j1))))
    return out
