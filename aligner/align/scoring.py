"""Similarity of candidate beads: chrF of the MT against the target, embeddings, length.

Every candidate bead pairs a *unit* of the source (1..G consecutive sentences) with a
unit of the target.  Concatenations are scored as units, never guessed from their
parts.  For speed, chrF is computed for whole blocks of candidates at once:

- each text's character n-grams (orders 1..6, whitespace removed, as sacrebleu's
  chrF) are hashed with numpy into integer ids, giving one sparse count matrix per
  list of texts;
- a unit of k sentences is the sum of its sentences' count rows (n-grams across a
  sentence boundary are not counted: that is the only difference from sacrebleu's
  sentence chrF of the joined text, and it is exact for single sentences);
- the clipped match ``sum_g min(c_hyp(g), c_ref(g))`` equals a dot product once each
  count c is expanded into c binary "layers" (g, 1) .. (g, c), so the matches of a
  whole block of hypothesis units against a block of reference units are one sparse
  matrix product per n-gram order.

``UnitScorer.similarity(a, b, src_starts, tgt_starts)`` then returns the bead
similarity in [0, 1] for every (src unit, tgt unit) pair of a block: chrF, the
cosine of the cross-lingual embeddings of the originals when an encoder is given,
or both averaged; ``length_logprob`` is the Gale-Church length model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import scipy.sparse as sp

CHAR_ORDER = 6
BETA = 2.0
_P = np.uint64(1000003)


def _codes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated code points of every text without whitespace, and the text lengths."""
    stripped = ["".join(t.split()) for t in texts]
    lengths = np.fromiter((len(s) for s in stripped), dtype=np.int64, count=len(stripped))
    joined = "".join(stripped)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) if joined else np.zeros(0, np.uint64)
    return codes, lengths


def char_gram_counts(texts: Sequence[str], order: int = CHAR_ORDER) -> list[sp.csr_matrix]:
    """One sparse count matrix (texts x distinct grams) per n-gram order 1..order."""
    n_texts = len(texts)
    codes, lengths = _codes(texts)
    ends = np.cumsum(lengths)
    sid = np.repeat(np.arange(n_texts), lengths)
    out = []
    h = codes.copy()
    for n in range(1, order + 1):
        if n > 1:
            h = h[:-1] * _P + codes[n - 1 :] if len(h) else h
        m = len(h)
        valid = (np.arange(m) + n <= ends[sid[:m]]) if m else np.zeros(0, bool)
        keys = h[valid]
        rows = sid[:m][valid]
        uniq, cols = np.unique(keys, return_inverse=True)
        mat = sp.csr_matrix(
            (np.ones(len(rows), np.float32), (rows, cols.ravel())), shape=(n_texts, max(len(uniq), 1))
        )
        mat.sum_duplicates()
        out.append(mat)
    return out


def _unit_sum(mat: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Rows s..s+k-1 summed, for every start s (len = n - k + 1)."""
    n = mat.shape[0]
    if k == 1:
        return mat
    m = max(n - k + 1, 0)
    if m == 0:
        return sp.csr_matrix((0, mat.shape[1]), dtype=mat.dtype)
    rows = np.repeat(np.arange(m), k)
    cols = (np.arange(m)[:, None] + np.arange(k)[None, :]).ravel()
    summer = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(m, n))
    return (summer @ mat).tocsr()


def _layers(mat: sp.csr_matrix, kmax: int) -> sp.csr_matrix:
    """Expand counts into binary layers: column g*kmax + k is 1 when count(g) > k."""
    mat = mat.tocsr()
    mat.sum_duplicates()  # canonical: sorted indices, so the layered columns come out sorted too
    counts = np.minimum(mat.data.astype(np.int64), kmax)
    rep = np.repeat(np.arange(len(counts)), counts)
    bounds = np.concatenate([[0], np.cumsum(counts)])
    layer = np.arange(len(rep)) - bounds[:-1][rep]
    cols = mat.indices[rep].astype(np.int64) * kmax + layer
    ncols = mat.shape[1] * kmax
    if ncols < 2**31:
        cols = cols.astype(np.int32)
    indptr = bounds[mat.indptr]
    return sp.csr_matrix((np.ones(len(rep), np.float32), cols, indptr), shape=(mat.shape[0], ncols))


def _keep_columns(mat: sp.csr_matrix, lut: np.ndarray, ncommon: int) -> sp.csr_matrix:
    """``mat`` restricted to the columns c with ``lut[c] >= 0``, renumbered to ``lut[c]``."""
    new_cols = lut[mat.indices]
    keep = new_cols >= 0
    indptr = np.concatenate([[0], np.cumsum(keep, dtype=np.int64)])[mat.indptr]
    # order within a row is kept, so the indices stay sorted
    return sp.csr_matrix((mat.data[keep], new_cols[keep], indptr), shape=(mat.shape[0], max(ncommon, 1)))


@dataclass
class _Units:
    layered: list[sp.csr_matrix]  # per order
    totals: np.ndarray  # (order, n_units) n-gram totals
    chars: np.ndarray  # characters per unit (no whitespace)


class ChrfUnits:
    """chrF between hypothesis units (MT of source groups) and reference units."""

    def __init__(self, hyp: Sequence[str], ref: Sequence[str], max_group: int, order: int = CHAR_ORDER, beta: float = BETA):
        self.order = order
        self.factor = beta * beta
        both = char_gram_counts(list(hyp) + list(ref), order)
        nh = len(hyp)
        hmats = [m[:nh] for m in both]
        rmats = [m[nh:] for m in both]
        # layer width per order, shared by every unit size and both sides (high orders: small)
        kmax = [min(int(m.data.max()) * max_group if m.nnz else 1, 64) for m in both]
        self.hyp = [self._units(hmats, k, kmax) for k in range(1, max_group + 1)]
        self.ref = [self._units(rmats, k, kmax) for k in range(1, max_group + 1)]
        # keep only the (gram, layer) columns that occur on both sides: the others never
        # match, and a small column space keeps every block product cheap
        for o in range(order):
            ncols = self.hyp[0].layered[o].shape[1]
            in_h = np.zeros(ncols, bool)
            in_r = np.zeros(ncols, bool)
            for u in self.hyp:
                in_h[u.layered[o].indices] = True
            for u in self.ref:
                in_r[u.layered[o].indices] = True
            common = in_h & in_r
            lut = np.where(common, np.cumsum(common) - 1, -1)  # old column -> new column or -1
            for u in self.hyp + self.ref:
                u.layered[o] = _keep_columns(u.layered[o], lut, int(common.sum()))

    def _units(self, counts: list[sp.csr_matrix], k: int, kmax: list[int]) -> _Units:
        mats = [_unit_sum(m, k) for m in counts]
        layered = [_layers(m, km) for m, km in zip(mats, kmax)]
        totals = np.vstack([np.asarray(m.sum(axis=1)).ravel() for m in mats]) if mats else np.zeros((0, 0))
        return _Units(layered, totals, totals[0] if len(totals) else np.zeros(0))

    def matrix(self, a: int, b: int, src: slice, tgt: slice) -> np.ndarray:
        """chrF of hyp units of size a starting in ``src`` against ref units of size b in ``tgt``."""
        H, R = self.hyp[a - 1], self.ref[b - 1]
        th = H.totals[:, src]
        tr = R.totals[:, tgt]
        sum_prec = np.zeros((th.shape[1], tr.shape[1]), np.float64)
        sum_rec = np.zeros_like(sum_prec)
        orders = np.zeros_like(sum_prec)
        f = self.factor
        for o in range(self.order):
            hmat = H.layered[o][src]
            rmat = R.layered[o][tgt]
            match = (hmat @ rmat.T).toarray().astype(np.float64)
            nh = th[o][:, None]
            nr = tr[o][None, :]
            orders += (nh > 0) & (nr > 0)
            # match is 0 wherever either side has no n-gram of this order
            sum_prec += match / np.maximum(nh, 1)
            sum_rec += match / np.maximum(nr, 1)
        # as sacrebleu 2.x: precision and recall averaged over the orders, then F-beta
        k = np.maximum(orders, 1)
        prec, rec = sum_prec / k, sum_rec / k
        with np.errstate(divide="ignore", invalid="ignore"):
            out = (1 + f) * prec * rec / (f * prec + rec)
        out[~np.isfinite(out)] = 0.0
        return out

    def chars_src(self, a: int) -> np.ndarray:
        return self.hyp[a - 1].chars

    def chars_tgt(self, b: int) -> np.ndarray:
        return self.ref[b - 1].chars


class EmbeddingUnits:
    """Embeddings of source and target units (concatenations embedded as units)."""

    def __init__(
        self, encoder, src: Sequence[str], tgt: Sequence[str], max_group: int, concat: bool = True, concat_max: int = 3
    ):
        self.encoder = encoder
        self.src = list(src)
        self.tgt = list(tgt)
        self.concat = concat
        # units of more than concat_max sentences: the normalised sum of their
        # sentences' vectors (embedding every 4- and 5-sentence window would cost
        # several times the encoding of the document itself)
        self.concat_max = concat_max
        self.src_vecs = [encoder.encode(self.src) if self.src else np.zeros((0, 1), np.float32)]
        self.tgt_vecs = [encoder.encode(self.tgt) if self.tgt else np.zeros((0, 1), np.float32)]
        for k in range(2, max_group + 1):
            self.src_vecs.append(self._group(self.src, self.src_vecs[0], k))
            self.tgt_vecs.append(self._group(self.tgt, self.tgt_vecs[0], k))

    def _group(self, texts: list[str], single: np.ndarray, k: int) -> np.ndarray:
        m = max(len(texts) - k + 1, 0)
        if m == 0:
            return np.zeros((0, single.shape[1] if single.ndim == 2 else 1), np.float32)
        if self.concat and k <= self.concat_max:
            return self.encoder.encode([" ".join(texts[s : s + k]) for s in range(m)])
        summed = sum(single[i : i + m] for i in range(k))
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        norms[norms == 0] = 1
        return (summed / norms).astype(np.float32)

    def matrix(self, a: int, b: int, src: slice, tgt: slice) -> np.ndarray:
        return self.src_vecs[a - 1][src] @ self.tgt_vecs[b - 1][tgt].T


def length_logprob(ls: np.ndarray, lt: np.ndarray, ratio: float, var: float = 6.8) -> np.ndarray:
    """Gale-Church: log probability that lengths ls (source) and lt (target) match.

    delta = (lt - ls * ratio) / sqrt(ls * var);  p = 2 * (1 - Phi(|delta|)).
    """
    mean = (ls + lt / ratio) / 2.0
    delta = (lt - ls * ratio) / np.sqrt(np.maximum(mean, 1.0) * var)
    # survival function of the standard normal via erfc
    from scipy.special import erfc

    p = erfc(np.abs(delta) / math.sqrt(2.0))
    return np.log(np.maximum(p, 1e-12))
