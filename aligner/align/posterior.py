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

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .dp import Band, KeptCosts

NEG = -np.inf


def link_posteriors(
    path: Sequence[tuple[int, int, int, int]],
    n: int,
    m: int,
    kept: KeptCosts,
    open_cost: float,
    ext_cost: float,
    temperature: float = 1.0,
) -> list[float]:
    """Confidence of each bead of ``path``: the smallest posterior of its sentence links.

    The posterior of a link (source s, target u) is the probability that s and u end
    up in the same bead, whatever its shape: a 1-1 bead whose two sentences could as
    well be part of a 2-2 bead keeps a high confidence, a bead that swallowed a stray
    sentence (whose links to it are unlikely) gets a low one.  0.0 for 1-0 and 0-1 beads.

    ``kept``: the band of the DP pass that produced the costs and, per bead type (a, b),
    the cost of a bead (a, b) ending at each cell of it (flat, ``dp.Band``; np.inf
    where none fits), as ``banded_dp(keep=...)`` gives them.
    """
    bd, costs = kept
    types = sorted(costs)
    T = float(temperature)
    # (type, cell) log-weights, with a sentinel cell of weight 0 (log -inf) at the end
    score = np.full((len(types), bd.size + 1), NEG)
    for k, t in enumerate(types):
        score[k, :-1] = -costs[t] / T
    lattice = _Lattice(bd, types, score, open_cost / T, ext_cost / T)
    logz = lattice.forward(m)
    if not np.isfinite(logz):
        return [0.0] * len(path)
    lattice.backward(m)
    links = [(s_, u) for i0, i1, j0, j1 in path if i1 > i0 and j1 > j0 for s_ in range(i0, i1) for u in range(j0, j1)]
    if not links:
        return [0.0] * len(path)
    S = np.array([x for x, _ in links])
    U = np.array([y for _, y in links])
    link = dict(zip(links, lattice.link_mass(S, U, logz)))
    out = []
    for i0, i1, j0, j1 in path:
        if i1 == i0 or j1 == j0:
            out.append(0.0)
            continue
        out.append(float(min(link[(x, y)] for x in range(i0, i1) for y in range(j0, j1))))
    return out


class _Lattice:
    """Forward and backward log-masses over the cells of a band (flat arrays, each with
    a sentinel slot of mass 0 at the end for the cells outside the band)."""

    def __init__(self, bd: Band, types: list[tuple[int, int]], score: np.ndarray, o: float, e: float):
        self.bd, self.types, self.score, self.o, self.e = bd, types, score, o, e
        I, J = bd.cells(0, bd.n + 1)
        self.I, self.J = I, J
        # per type: the cell a bead of that type ending in each cell starts from
        self.pred = np.stack([bd.flat(I - a, J - b) for a, b in types]) if types else np.zeros((0, bd.size), np.int64)
        self.up = bd.flat(I - 1, J)
        size = bd.size + 1
        self.Xf, self.Ef, self.Ff, self.Df = (np.full(size, NEG) for _ in range(4))
        self.Xb, self.Eb = np.full(size, NEG), np.full(size, NEG)

    def forward(self, m: int) -> float:
        """Log-mass of the paths from (0, 0) to each cell, by state; returns log Z."""
        bd = self.bd
        for i in range(bd.n + 1):
            c = bd.row(i)
            L = c.stop - c.start
            if i == 0:
                X = np.where(self.J[c] == 0, 0.0, NEG)
                E = np.full(L, NEG)
            else:
                X = np.logaddexp.reduce(self.Df[self.pred[:, c]] + self.score[:, c], axis=0) if self.types else np.full(L, NEG)
                up = self.up[c]
                not_e = np.logaddexp(self.Xf[up], self.Ff[up])
                E = np.logaddexp(not_e - self.o, self.Ef[up] - self.e)
            # F[q] = log sum_{p<q} exp(N[p] - o - (q-1-p) e), N = X or E: cumulative log-sum-exp
            N = np.logaddexp(X, E)
            F = np.full(L, NEG)
            if L > 1:
                k = np.arange(L, dtype=np.float64)
                acc = np.logaddexp.accumulate(N + k * self.e)
                F[1:] = acc[:-1] - self.o - (k[1:] - 1) * self.e
            self.Xf[c], self.Ef[c], self.Ff[c] = X, E, F
            self.Df[c] = np.logaddexp(np.logaddexp(X, E), F)
        return float(self.Df[bd.flat(np.array([bd.n]), np.array([m]))[0]])

    def backward(self, m: int) -> None:
        """Log-mass of the completions from each cell to (n, m), by state."""
        bd = self.bd
        # per type: the cell a bead of that type starting in each cell ends in
        succ = np.full((len(self.types), bd.size + 1), bd.size)
        cells = np.arange(bd.size)
        for t in range(len(self.types)):
            ok = self.pred[t] < bd.size
            succ[t, self.pred[t][ok]] = cells[ok]
        down = np.full(bd.size + 1, bd.size)
        ok = self.up < bd.size
        down[self.up[ok]] = cells[ok]
        rows = np.arange(len(self.types))[:, None]
        for i in range(bd.n, -1, -1):
            c = bd.row(i)
            L = c.stop - c.start
            nxt = succ[:, c]
            G = np.logaddexp.reduce(self.score[rows, nxt] + self.Xb[nxt], axis=0) if self.types else np.full(L, NEG)
            nxt_e = self.Eb[down[c]]  # next bead is 1-0
            if i == bd.n:
                G[self.J[c] == m] = 0.0  # the end of the path
            # next bead 0-1, into column j + 1 of this row: Fb[j] = log(H[j] + e^-e Fb[j+1]) for the F state
            H = np.logaddexp(G, nxt_e - self.o)
            k = np.arange(L, dtype=np.float64)
            Fb = np.logaddexp.accumulate((H - k * self.e)[::-1])[::-1] + k * self.e
            into_f = np.full(L, NEG)
            into_f[:-1] = Fb[1:]  # completions that start with a 0-1 bead into j + 1
            self.Xb[c] = np.logaddexp(np.logaddexp(G, nxt_e - self.o), into_f - self.o)
            self.Eb[c] = np.logaddexp(np.logaddexp(G, nxt_e - self.e), into_f - self.o)

    def link_mass(self, S: np.ndarray, U: np.ndarray, logz: float) -> np.ndarray:
        """P(source sentence S[k] and target sentence U[k] in the same bead), summed over
        every bead type and position that covers the link.  The posterior of a bead
        (a, b) ending at (i, j) is exp(Df[i-a][j-b] + score + Xb[i][j] - logz)."""
        bd = self.bd
        mass = np.zeros(len(S))
        for k, (a, b) in enumerate(self.types):
            for di in range(1, a + 1):
                for dj in range(1, b + 1):
                    end = bd.flat(S + di, U + dj)
                    start = bd.flat(S + di - a, U + dj - b)
                    lp = self.Df[start] + self.score[k, end] + self.Xb[end] - logz
                    mass += np.exp(np.minimum(lp, 0.0))
        return np.minimum(mass, 1.0)


# --- whether a bead's content matches ------------------------------------------------
#
# The posterior is mass over monotone paths: where both sides have an unmatched
# sentence at the same place (a photo credit against a newsletter line), the 1-1 bead
# of the two wins whatever their content, as leaving both out costs two skips.  The
# confidence reported with a bead is therefore its posterior times the probability
# that its sentences match given how similar they are (``match_probability``).


@dataclass(frozen=True)
class MatchModel:
    """Logistic P(match | content) of a bead: bias + w_rel * rel + w_sim * sim +
    w_extra * (a + b - 2).  ``rel``: the bead's distance relative to that of random
    sentences of the same document (about 1 for unrelated sentences, 0 for identical
    ones), ``sim``: its reported similarity, a + b: its number of sentences."""

    bias: float
    w_rel: float
    w_sim: float
    w_extra: float

    def __call__(self, feats: np.ndarray) -> np.ndarray:
        x = self.bias + self.w_rel * feats[:, 0] + self.w_sim * feats[:, 1] + self.w_extra * feats[:, 2]
        return 1.0 / (1.0 + np.exp(-np.clip(x, -50.0, 50.0)))


# per scoring mode: "mt" (chrF of the MT), "plain" (chrF of the originals and length),
# "embed" (with sentence embeddings; fitted without MT, also serves embeddings with MT).
# Fitted by ``scripts/eval_align_confidence.py --fit [--embeddings]`` on WMT22 de-en
# (documents of 250 lines, edit draws 1-3, an unrelated sentence inserted on both sides
# at the same position at 3 % per source sentence); checked on WMT23 (``--year 23``):
# at 0.8 the share of wrong beads removed rises from 0.74 to 0.85 with MT, from 0.78 to
# 0.87 with embeddings and no MT, from 0.77 to 0.80 with neither; right beads kept
# 0.982 -> 0.982, 0.983 -> 0.980, 0.936 -> 0.934.
MATCH_MODELS = {
    "mt": MatchModel(bias=93.095, w_rel=-89.201, w_sim=-50.811, w_extra=-1.369),
    "plain": MatchModel(bias=87.456, w_rel=-83.054, w_sim=-29.215, w_extra=-1.502),
    "embed": MatchModel(bias=39.762, w_rel=-59.759, w_sim=27.896, w_extra=-2.739),
}


def scoring_mode(scorer) -> str:
    """The key of ``MATCH_MODELS`` for a ``core.BeadScorer``."""
    if scorer.emb is not None:
        return "embed"
    return "mt" if scorer.has_mt else "plain"


def match_features(scorer, beads: Sequence[tuple[int, int, int, int]]) -> np.ndarray:
    """(rel, sim, a + b - 2) of each bead (a row of NaN for a bead with an empty side).

    rel: the sum over the scorer's signals (weight w, similarity s) of
    w (1 - s) / (1 - mu), mu the mean similarity of the bead's sentences to random
    single sentences of the other side (the 1-1 baselines of the search, averaged over
    the bead's sentences), as the ratio cost normalises a bead's distance."""
    out = np.full((len(beads), 3), np.nan)
    both = [k for k, (i0, i1, j0, j1) in enumerate(beads) if i1 > i0 and j1 > j0]
    if not both:
        return out
    sim = np.asarray(scorer.sim_beads([beads[k] for k in both]), dtype=np.float64)
    rel = np.zeros(len(both))
    signals = scorer.pair_signals
    for k, (weight, fn) in enumerate(signals):
        s_k = sim if len(signals) == 1 else _signal_of(fn, [beads[x] for x in both])
        mu = np.array([_random_sim(scorer, k, beads[x]) for x in both])
        rel += weight * np.maximum(1.0 - s_k, 0.0) / np.maximum(1.0 - mu, 1e-3)
    out[both, 0] = rel
    out[both, 1] = np.clip(sim, 0.0, 1.0)
    out[both, 2] = [beads[x][1] - beads[x][0] + beads[x][3] - beads[x][2] - 2 for x in both]
    return out


def _signal_of(fn, beads: Sequence[tuple[int, int, int, int]]) -> np.ndarray:
    """One signal's similarity (a ``pair_signals`` function) of each bead."""
    return np.array([float(fn(i1 - i0, j1 - j0, np.array([i0]), np.array([j0]))[0]) for i0, i1, j0, j1 in beads])


def _random_sim(scorer, k: int, bead: tuple[int, int, int, int]) -> float:
    """Mean similarity (signal k) of the bead's sentences to random single sentences."""
    i0, i1, j0, j1 = bead
    src, tgt = scorer.mu_src.get((1, 1)), scorer.mu_tgt.get((1, 1))
    if src is None or tgt is None:
        return 0.0
    return 0.5 * (float(src[k][i0:i1].mean()) + float(tgt[k][j0:j1].mean()))


def bead_confidence(post: Sequence[float], feats: np.ndarray, mode: str) -> list[float]:
    """The confidence of each bead: its posterior times ``MATCH_MODELS[mode]``'s
    probability that its content matches (0 for a bead with an empty side)."""
    p = MATCH_MODELS[mode](np.nan_to_num(feats, nan=1.0))
    return [float(x * y) if np.isfinite(f[0]) else 0.0 for x, y, f in zip(post, p, feats)]
