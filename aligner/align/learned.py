"""A bead cost learned across documents (``AlignParams.bead_weights``; off by default).

The hand-set cost (``core.BeadScorer.cost_of``) adds a normalised chrF distance, a
Gale-Church term, a penalty per extra sentence and a few corrections, each with a
weight set by hand.  Here the same signals, and a few the hand-set cost lacks, are
features of a candidate bead, and a logistic regression fitted on many documents
(gold beads against the beads the search could put in their place: ``training_rows``,
``fit_logistic``) weighs them; the DP's cost of a bead is then ``bead_scale`` times
``-log P(gold | features)``.  The features (``FEATURES``), for a bead of a source
unit of a sentences and a target unit of b:

- a bias per bead class: 1-1, 1-2 and 2-1, 2-2, anything larger;
- the normalised chrF distance of the bead (as the hand-set cost's: ``1 - chrF`` over
  ``1 - chrF to random sentences``, at most 1.5) and its square; the same for the
  embedding cosine when there are embeddings (0 without);
- the gain of the bead's chrF over the best 1-1 pair of sentences inside it (0 for a
  1-1 bead): a sentence folded into the bead raises it, a stray line lowers it;
- the squared log ratio of the target's characters to the source's (times the
  documents' ratio), one feature per bead class: a variance learned per bead type;
- the glue a bead holds on one side only and the unsupported sentences of its
  many-sentence side (``scoring.ContentWords.unsupported``), as the hand-set cost;
- whether both sides have fewer than ``short_letters`` letters (a heading, an
  exclamation), alone and times the chrF distance: few letters, little chrF signal;
- the hand-set cost itself, so that a fit can start from what was tuned.

``scripts/eval_align_protocol.py --learn`` fits the weights on the training folds of
its documents and scores the held-out fold; ``--learn-perceptron`` fits the linear form
(``bead_form="linear"``: the weighted features themselves) by an averaged structured
perceptron started at the hand-set cost (``hand_weights``, ``path_difference``).  No
fitted weights ship with the package (docs/alignment-tuning.md, session 20).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

from ..errors import ConfigError

if TYPE_CHECKING:  # the scorer's module imports this one
    from .core import BeadScorer

FEATURES = (
    "bias", "class 1-2", "class 2-2", "class larger", "chrF distance", "chrF distance squared",
    "embedding distance", "gain over best 1-1", "length 1-1", "length 1-2", "length larger", "glue", "unsupported",
    "short x chrF distance", "short", "hand-set cost",
)
Bead = tuple[int, int, int, int]


def bead_class(a: int, b: int) -> int:
    """0: 1-1, 1: 1-2 or 2-1, 2: 2-2, 3: anything larger."""
    if a == 1 and b == 1:
        return 0
    if min(a, b) == 1 and max(a, b) == 2:
        return 1
    return 2 if a == 2 and b == 2 else 3


def best_pair(one: np.ndarray, a: int, b: int, shape: tuple[int, int]) -> np.ndarray:
    """For each bead of a x b sentences starting at cell (r, c) of ``shape``, the largest
    1-1 similarity ``one[r + p, c + q]`` (p < a, q < b) inside it.  ``one``: the 1-1
    similarities of the rows and columns the beads cover (shape[0] + a - 1 rows)."""
    R, C = shape
    out = np.full(shape, -np.inf)
    for p in range(a):
        for q in range(b):
            np.maximum(out, one[p : p + R, q : q + C], out=out)
    return out


def features(scorer: BeadScorer, a: int, b: int, sims: list[np.ndarray], r0: int, c0: int,
             unsupported: np.ndarray | float) -> np.ndarray:
    """(len(FEATURES), R, C) features of the beads (a, b) whose units start at rows
    r0.. and columns c0.. (``sims``: one (R, C) similarity matrix per scorer signal,
    chrF first)."""
    R, C = sims[0].shape
    s = np.arange(r0, r0 + R)[:, None]
    t = np.arange(c0, c0 + C)[None, :]
    cls = bead_class(a, b)
    out = np.zeros((len(FEATURES), R, C))
    out[0] = 1.0
    if cls:
        out[cls] = 1.0
    dists = []
    for k, sim in enumerate(sims[:2]):
        mu1 = 0.5 * (scorer.mu_src[a, 1][k][s] + scorer.mu_tgt[1, b][k][t])
        dists.append(np.minimum(np.maximum(1 - sim, 0) / np.maximum(1 - mu1, 1e-3), 1.5))
    out[4], out[5] = dists[0], dists[0] ** 2
    if len(dists) > 1:
        out[6] = dists[1]
    if a > 1 or b > 1:
        one = scorer.chrf.matrix(1, 1, slice(r0, r0 + R + a - 1), slice(c0, c0 + C + b - 1))
        out[7] = sims[0] - best_pair(one, a, b, (R, C))
        out[11] = np.abs(scorer.glue_in_src[a - 1][s] - scorer.glue_in_tgt[b - 1][t])
        out[12] = unsupported
    x, y = scorer.src_chars[a - 1][s], scorer.tgt_chars[b - 1][t]
    out[8 + min(cls, 2)] = np.log((y + 10.0) / (scorer.ratio * (x + 10.0))) ** 2
    short = scorer.learn_short[0][a - 1][s] & scorer.learn_short[1][b - 1][t]
    out[13], out[14] = short * dists[0], short
    out[15] = scorer.cost_of(a, b, sims, s, t)
    return out


def bead_cost(weights: np.ndarray, feats: np.ndarray, scale: float, form: str = "logistic") -> np.ndarray:
    """``scale * -log P(gold)`` of each bead, P the logistic of the weighted features
    (form "logistic"), or ``scale`` times the weighted features (form "linear": a cost
    whose weights a structured perceptron fits, ``perceptron_step``)."""
    z = np.tensordot(weights, feats, axes=1)
    if form == "linear":
        return scale * z
    if form != "logistic":
        raise ConfigError(f"bead_form {form!r}: 'logistic' or 'linear'")
    return scale * np.logaddexp(0.0, -z)


def hand_weights(unsupported_penalty: float) -> np.ndarray:
    """Linear weights that give the hand-set cost exactly: the start of the perceptron."""
    w = np.zeros(len(FEATURES))
    w[FEATURES.index("hand-set cost")] = 1.0
    w[FEATURES.index("unsupported")] = unsupported_penalty
    return w


def path_difference(vectors: dict, gold: set[Bead], pred: set[Bead]) -> np.ndarray:
    """Sum of the feature vectors of the predicted beads gold lacks, minus those of the
    gold beads the prediction lacks (beads with both sides only): the structured
    perceptron adds this times its rate to the weights of a cost (the predicted wrong
    beads' costs go up, the missed gold beads' down)."""
    out = np.zeros(len(FEATURES))
    for bead in pred - gold:
        out += vectors[bead]
    for bead in gold - pred:
        out -= vectors[bead]
    return out


def checked_weights(weights: Sequence[float]) -> np.ndarray:
    w = np.asarray(weights, dtype=np.float64)
    if w.shape != (len(FEATURES),) or not np.all(np.isfinite(w)):
        raise ConfigError(f"bead_weights: {len(FEATURES)} finite numbers, one per feature ({', '.join(FEATURES)})")
    return w


def gold_spans(gold: Sequence) -> tuple[set[Bead], list[Bead]]:
    """The gold beads with both sides non-empty and contiguous, as (i0, i1, j0, j1),
    and every contiguous gold bead (nulls too): the gold path."""
    beads, path = set(), []
    for src, tgt in gold:
        src, tgt = sorted(src), sorted(tgt)
        if (src and src[-1] - src[0] + 1 != len(src)) or (tgt and tgt[-1] - tgt[0] + 1 != len(tgt)):
            continue
        if not src and not tgt:
            continue
        i0 = src[0] if src else None
        j0 = tgt[0] if tgt else None
        if i0 is not None and j0 is not None:
            beads.add((i0, i0 + len(src), j0, j0 + len(tgt)))
            path.append((i0, i0 + len(src), j0, j0 + len(tgt)))
    return beads, path


def near_path(path: list[Bead], n: int, m: int, reach: int) -> np.ndarray:
    """(n+1, m+1) cells within ``reach`` (Chebyshev) of a corner of a gold bead."""
    mask = np.zeros((n + 1, m + 1), bool)
    for i0, i1, j0, j1 in path:
        for i, j in ((i0, j0), (i1, j1)):
            mask[max(i - reach, 0) : i + reach + 1, max(j - reach, 0) : j + reach + 1] = True
    return mask


def training_rows(scorer: BeadScorer, gold: Sequence, max_group: int, reach: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels (1: a gold bead) of the candidate beads of one document whose
    start and end both lie within ``reach`` of the gold path: the gold beads and the
    beads the search could put in their place (their pieces, their unions, beads with a
    boundary shifted)."""
    from .dp import bead_types

    n, m = scorer.n, scorer.m
    beads, path = gold_spans(gold)
    near = near_path(path, n, m, reach)
    xs, ys = [], []
    for a, b in bead_types(max_group):
        if not (a and b) or a > n or b > m:
            continue
        feats = scorer.features(a, b)  # beads starting at (s, t), s <= n - a, t <= m - b
        S, T = np.nonzero(near[: n - a + 1, : m - b + 1] & near[a:, b:])
        if len(S) == 0:
            continue
        xs.append(feats[:, S, T].T)
        ys.append(np.array([(s, s + a, t, t + b) in beads for s, t in zip(S.tolist(), T.tolist())], np.float64))
    if not xs:
        return np.zeros((0, len(FEATURES))), np.zeros(0)
    return np.vstack(xs), np.concatenate(ys)


def fit_logistic(x: np.ndarray, y: np.ndarray, ridge: float = 1e-2, steps: int = 50) -> np.ndarray:
    """Weights of a logistic regression (Newton's method, an L2 penalty ``ridge`` on
    every weight but the bias, in units of the rows' count)."""
    if len(x) == 0 or not (0 < y.sum() < len(y)):
        raise ConfigError("fit_logistic: both labels are needed")
    k = x.shape[1]
    w = np.zeros(k)
    pen = np.full(k, ridge * len(x))
    pen[0] = 0.0
    for _ in range(steps):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-9 * np.eye(k)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w
