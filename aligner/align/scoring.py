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
    """Rows s..s+k-1 summed, for every start s (len = n - k + 1); canonical CSR."""
    n = mat.shape[0]
    if k == 1:
        return mat
    m = max(n - k + 1, 0)
    if m == 0:
        return sp.csr_matrix((0, mat.shape[1]), dtype=mat.dtype)
    # shifted row slices added up: the sum of canonical matrices comes out canonical
    # (sorted indices), so no sort is needed before layering
    out = mat[0:m]
    for i in range(1, k):
        out = out + mat[i : i + m]
    return out.tocsr()


def _layers(mat: sp.csr_matrix, cap: np.ndarray, offset: np.ndarray) -> sp.csr_matrix:
    """Expand counts into binary layers: column offset[g] + k is 1 when count(g) > k, k < cap[g]."""
    mat = mat.tocsr()
    mat.sum_duplicates()  # canonical: sorted indices, so the layered columns come out sorted too
    counts = np.minimum(mat.data.astype(np.int64), cap[mat.indices])
    bounds = np.concatenate([[0], np.cumsum(counts)])
    total = int(bounds[-1])
    ncols = max(int(offset[-1]), 1)
    # column of the layer at position p of entry e: p - bounds[e] + offset[g_e]
    idx = np.int32 if max(total, ncols) < 2**31 else np.int64
    starts = np.repeat((bounds[:-1] - offset[mat.indices]).astype(idx), counts)
    cols = np.arange(total, dtype=idx)
    cols -= starts
    del starts
    indptr = bounds[mat.indptr]
    return sp.csr_matrix((np.ones(total, np.float32), cols, indptr), shape=(mat.shape[0], ncols))


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
        self.counts = both[:3]  # orders 1-3 of the single-sentence counts (hyp rows, then ref rows), for the coarse pass
        self._cache: dict = {}
        nh = len(hyp)
        hmats = [m[:nh] for m in both]
        rmats = [m[nh:] for m in both]
        # layer width per order, shared by every unit size and both sides (high orders: small)
        kmax = [min(int(m.data.max()) * max_group if m.nnz else 1, 64) for m in both]
        # keep only the (gram, layer) columns that occur on both sides: the others never
        # match, and a small column space keeps every block product cheap.  Layer k of
        # gram g occurs on a side iff some unit there has more than k of g; the largest
        # units hold the most (every smaller unit lies inside one of them), so each
        # gram keeps min(kmax, its largest count on either side) layers, numbered in
        # (gram, layer) order.
        self._cap, self._offset = [], []
        for o in range(order):
            ncols = both[o].shape[1]
            most = [self._largest(mats[o], max_group, ncols) for mats in (hmats, rmats)]
            cap = np.minimum(np.minimum(most[0], most[1]), kmax[o])
            self._cap.append(cap)
            self._offset.append(np.concatenate([[0], np.cumsum(cap)]))
        self.hyp = [self._units(hmats, k) for k in range(1, max_group + 1)]
        self.ref = [self._units(rmats, k) for k in range(1, max_group + 1)]

    @staticmethod
    def _largest(mat: sp.csr_matrix, max_group: int, ncols: int) -> np.ndarray:
        """Largest count of each gram in any unit (up to max_group sentences) of one side."""
        k = min(max_group, mat.shape[0])
        if k == 0:
            return np.zeros(ncols, np.int64)
        big = _unit_sum(mat, k)
        out = np.zeros(ncols, np.int64)
        np.maximum.at(out, big.indices, big.data.astype(np.int64))
        return out

    def _units(self, counts: list[sp.csr_matrix], k: int) -> _Units:
        mats = [_unit_sum(m, k) for m in counts]
        layered = [_layers(m, cap, off) for m, cap, off in zip(mats, self._cap, self._offset)]
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
            hmat = self._rows(H, "h", a, o, src, False)
            rmat_t = self._rows(R, "r", b, o, tgt, True)
            match = (hmat @ rmat_t).toarray().astype(np.float64)
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

    def _rows(self, units: _Units, side: str, k: int, o: int, sel, transpose: bool) -> sp.csr_matrix:
        """Rows ``sel`` of one layered matrix (transposed to CSR for the reference side).

        A DP block asks for the same row range of one unit size under several bead
        types: a contiguous range is sliced (and transposed) once and reused.
        """
        if not isinstance(sel, slice) or sel.start is None or sel.stop is None or sel.stop - sel.start > 1024:
            # index arrays and whole-document slices (baselines): no copy kept
            mat = units.layered[o][sel]
            return mat.T.tocsr() if transpose else mat
        key = (side, k, o, sel.start, sel.stop)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) >= 256:
                self._cache.clear()
            hit = units.layered[o][sel]
            if transpose:
                hit = hit.T.tocsr()
            self._cache[key] = hit
        return hit

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
