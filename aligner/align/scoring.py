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
  whole block of hypothesis units against a block of reference units, for every
  n-gram order at once, are one sparse matrix product (see ``ChrfUnits``).

``ChrfUnits.matrix(a, b, src_starts, tgt_starts)`` returns the chrF in [0, 1] of
every (src unit, tgt unit) pair of a block and ``EmbeddingUnits.matrix`` the cosine
of the cross-lingual embeddings of the originals (``core.BeadScorer`` mixes them);
``length_logprob`` is the Gale-Church length model; ``ContentWords`` tells how much
content crosses a candidate boundary between two beads, and how weakly the sentences
of a bead are tied to the other side by the content words they share; ``cut_inside``
which lines a sentence splitter cut inside a sentence.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import Callable, Sequence, cast

import numpy as np

from ..errors import ConfigError
from . import csr
from .csr import Csr, dense_product
from .threads import ordered_map

CHAR_ORDER = 6
# the n-gram orders (first, last) of ``ChrfUnits.contained``
CONTAIN_ORDERS = (3, 5)
BETA = 2.0
# the least share of a reference unit that recall is counted against (``unit_cover``): a
# hyp far shorter than its source is still read as part of a translation, not as nothing
COVER_FLOOR = 0.3
_P = np.uint64(1000003)


def _codes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenated code points of every text without whitespace, and the text lengths."""
    stripped = ["".join(t.split()) for t in texts]
    lengths = np.fromiter((len(s) for s in stripped), dtype=np.int64, count=len(stripped))
    joined = "".join(stripped)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) if joined else np.zeros(0, np.uint64)
    return codes, lengths


def char_gram_counts(texts: Sequence[str], order: int = CHAR_ORDER) -> list[Csr]:
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
        cols, n_uniq = _factorize(keys)
        out.append(csr.from_entries(rows, cols, (n_texts, max(n_uniq, 1))))
    return out


def _factorize(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """The rank of each key among the distinct keys (what ``np.unique(keys,
    return_inverse=True)`` gives), and how many there are.  A stable argsort is several
    times faster here than ``np.unique``'s own sort (20k x 20k sentences: 8 s -> 1 s)."""
    if len(keys) == 0:
        return np.zeros(0, np.int64), 0
    order = np.argsort(keys, kind="stable")
    ranked = keys[order]
    new = np.empty(len(keys), np.int64)
    new[0] = 0
    np.not_equal(ranked[1:], ranked[:-1], out=new[1:])
    ids = np.cumsum(new)
    out = np.empty(len(keys), np.int64)
    out[order] = ids
    return out, int(ids[-1]) + 1


def unit_sum(mat: Csr, k: int) -> Csr:
    """Rows s..s+k-1 summed, for every start s (len = n - k + 1)."""
    n = mat.shape[0]
    if k == 1:
        return mat
    m = max(n - k + 1, 0)
    if m == 0:
        return csr.empty(0, mat.shape[1], mat.data.dtype)
    return csr.add([mat[i : i + m] for i in range(k)])


def _layers(mat: Csr, cap: np.ndarray, offset: np.ndarray) -> Csr:
    """Expand counts into binary layers: column offset[g] + k is 1 when count(g) > k, k < cap[g]."""
    # canonical: sorted indices, so the layered columns come out sorted too
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
    indptr = bounds[mat.indptr].astype(idx)  # one index type: scipy would copy to unify them
    return Csr(np.ones(total, np.float32), cols, indptr, (mat.shape[0], ncols))


_LAZY_CHUNK = 1024  # units layered at once of a lazy unit size
_PAGE = 512  # units per page of a lazy unit size (ChrfUnits._paged)


def _count(sel) -> int:
    return sel.stop - sel.start if isinstance(sel, slice) else len(sel)


def _chunks(sel) -> list:
    if isinstance(sel, slice):
        return [slice(s, min(s + _LAZY_CHUNK, sel.stop)) for s in range(sel.start, sel.stop, _LAZY_CHUNK)]
    sel = np.asarray(sel)
    return [sel[s : s + _LAZY_CHUNK] for s in range(0, len(sel), _LAZY_CHUNK)]


@dataclass
class _Units:
    matrix: Csr | None  # layered counts, every order side by side (hyp) or one row per (unit, order) (ref); None: lazy
    totals: np.ndarray  # (order, n_units) n-gram totals
    chars: np.ndarray  # characters per unit (no whitespace)
    counts: list | None = None  # lazy: the single-sentence counts per order, layered when asked
    size: int = 1  # sentences per unit


class ChrfUnits:
    """chrF between hypothesis units (MT of source groups) and reference units.

    The layered matrices of the orders share one column space (order o in its own
    range of columns).  A hypothesis unit is one row over all of them; a reference
    unit is ``order`` rows, one per order, so that a single sparse product of a block
    of hypothesis rows with a block of reference rows gives the clipped matches of
    every (hypothesis unit, reference unit, order) at once: one product per bead
    type and block instead of one per order (the per-call overhead of scipy is most
    of the cost at these block sizes).
    """

    def __init__(self, hyp: Sequence[str], ref: Sequence[str], max_group: int, order: int = CHAR_ORDER, beta: float = BETA,
                 eager: int | None = None, cover: np.ndarray | None = None, cover_weight: float = 1.0):
        self.order = order
        self.factor = beta * beta
        # the share of its reference each single hyp line can cover (``mt_cover``); units of
        # two or more lines count as whole (a cut line must not lend its neighbour a
        # forgiven recall: a short unrelated MT would glue the two); None: recall against
        # the whole reference unit everywhere
        self.cover = None if cover is None else unit_cover(cover, 1, cover_weight)
        both = char_gram_counts(list(hyp) + list(ref), order)
        self.counts = both[:3]  # orders 1-3 of the single-sentence counts (hyp rows, then ref rows), for the coarse pass
        self._cache: dict = {}
        self._pages: dict = {}  # layered pages of the lazy unit sizes, oldest first
        self._page_lock = threading.Lock()
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
        sides = [mat for pair in zip(hmats, rmats) for mat in pair]  # order 1 hyp, order 1 ref, order 2 hyp, ...
        largest = list(ordered_map(lambda mat: self._largest(mat, max_group, mat.shape[1]), sides))
        for o in range(order):
            most = largest[2 * o : 2 * o + 2]
            cap = np.minimum(np.minimum(most[0], most[1]), kmax[o])
            self._cap.append(cap)
            self._offset.append(np.concatenate([[0], np.cumsum(cap)]))
        # one column space for all orders: order o's layers from column start[o]; in the
        # counts put side by side, order o's grams come after those of the lower orders
        widths = [max(int(off[-1]), 1) for off in self._offset]
        self._start = np.concatenate([[0], np.cumsum(widths)])  # first column of each order
        self._cap_all = np.concatenate(self._cap)
        self._offset_all = np.concatenate(
            [self._start[o] + off[:-1] for o, off in enumerate(self._offset)] + [[self._start[-1]]]
        )
        # units up to ``eager`` sentences are layered once for the whole document; larger
        # ones (read by the narrow second pass and the baselines only) are layered for
        # the rows asked, when asked: at 20k sentences the units of 3-5 sentences of both
        # sides would otherwise hold about 2 GB of layers
        eager = max_group if eager is None else min(max(eager, 1), max_group)
        self._hmats, self._rmats = hmats, rmats
        jobs = [(hmats, k, True) for k in range(1, eager + 1)] + [(rmats, k, False) for k in range(1, eager + 1)]
        units = list(ordered_map(lambda job: self._units(*job), jobs))
        self.hyp = units[:eager] + [self._lazy(hmats, k) for k in range(eager + 1, max_group + 1)]
        self.ref = units[eager:] + [self._lazy(rmats, k) for k in range(eager + 1, max_group + 1)]

    @staticmethod
    def _lazy(counts: list[Csr], k: int) -> _Units:
        """A unit size layered on demand: the totals and lengths only (no matrix)."""
        n = counts[0].shape[0] if counts else 0
        m = max(n - k + 1, 0)
        single = np.vstack([c.row_sums() for c in counts]) if counts else np.zeros((0, n))
        csum = np.concatenate([np.zeros((single.shape[0], 1)), np.cumsum(single, axis=1)], axis=1)
        totals = csum[:, k : k + m] - csum[:, :m]
        return _Units(None, totals, totals[0] if len(totals) else np.zeros(0), counts, k)

    def _paged(self, units: _Units, side: str, sel: slice) -> Csr:
        """Layered rows of the units ``sel`` of a lazy unit size, cut from pages of
        ``_PAGE`` units layered at once and kept a while (the DP asks for neighbouring
        row ranges block after block: one layering per page, not per block)."""
        per = self.order if side == "r" else 1
        parts = []
        for page in range(sel.start // _PAGE, (max(sel.stop, sel.start + 1) - 1) // _PAGE + 1):
            p0 = page * _PAGE
            key = ("page", side, units.size, page)
            with self._page_lock:
                mat = self._pages.get(key)
            if mat is None:
                n_units = units.totals.shape[1]
                mat = self._layered(units, side, slice(p0, min(p0 + _PAGE, n_units)))
                with self._page_lock:  # threads share the pages
                    if len(self._pages) >= 8:
                        self._pages.pop(next(iter(self._pages)))
                    self._pages[key] = mat
            lo, hi = max(sel.start, p0) - p0, min(sel.stop, p0 + _PAGE) - p0
            parts.append(mat[lo * per : hi * per])
        return csr.vstack(parts)

    def _layered(self, units: _Units, side: str, sel) -> Csr:
        """Layered rows of the units ``sel`` of a lazy unit size (see ``_units``)."""
        k = units.size
        counts = units.counts or []
        if isinstance(sel, slice):
            mats = [unit_sum(m[sel.start : sel.stop + k - 1], k) for m in counts]
        else:
            sel = np.asarray(sel)
            mats = [csr.add([m[sel + q] for q in range(k)]) for m in counts]
        return cast(Csr, self._units_of(mats, side == "h").matrix)

    @staticmethod
    def _largest(mat: Csr, max_group: int, ncols: int) -> np.ndarray:
        """Largest count of each gram in any unit (up to max_group sentences) of one side."""
        k = min(max_group, mat.shape[0])
        if k == 0:
            return np.zeros(ncols, np.int64)
        big = unit_sum(mat, k)
        out = np.zeros(ncols, np.int64)
        np.maximum.at(out, big.indices, big.data.astype(np.int64))
        return out

    def _units(self, counts: list[Csr], k: int, side_by_side: bool) -> _Units:
        return self._units_of([unit_sum(m, k) for m in counts], side_by_side)

    def _units_of(self, mats: list[Csr], side_by_side: bool) -> _Units:
        totals = np.vstack([m.row_sums() for m in mats]) if mats else np.zeros((0, 0))
        n_units = mats[0].shape[0] if mats else 0
        # the counts of all orders side by side (canonical: columns ascend across orders)
        combined = csr.hstack(mats) if len(mats) > 1 else mats[0]
        if not side_by_side:
            # one row per (unit, order): the same entries, with each row cut where the
            # order changes (no data moves, only the row pointers are finer)
            per_row = np.stack([np.diff(m.indptr) for m in mats], axis=1).ravel()
            indptr = np.concatenate([[0], np.cumsum(per_row)]).astype(combined.indptr.dtype)
            combined = Csr(combined.data, combined.indices, indptr, (n_units * self.order, combined.shape[1]))
        del mats
        matrix = _layers(combined, self._cap_all, self._offset_all)
        return _Units(matrix, totals, totals[0] if len(totals) else np.zeros(0))

    def matrix(self, a: int, b: int, src, tgt) -> np.ndarray:
        """chrF of hyp units of size a starting in ``src`` against ref units of size b in ``tgt``.

        ``src`` and ``tgt``: slices with explicit bounds, or arrays of unit starts.
        """
        def block(src, tgt) -> np.ndarray:
            match, th, tr = self._block_matches(a, b, src, tgt)
            # as sacrebleu 2.x: precision and recall averaged over the orders in which both
            # sides have n-grams, then F-beta (match is 0 wherever either side has none)
            orders = np.maximum(((th > 0).T.astype(np.float64) @ (tr > 0).astype(np.float64)), 1)
            return self._fscore(match, th.T[:, None, :], tr.T[None, :, :], orders, self._cover(a, src, 2))

        return self._in_chunks(block, a, b, src, tgt)

    def _in_chunks(self, block: Callable, a: int, b: int, src, tgt) -> np.ndarray:
        """``block(src, tgt)``'s (rows, cols) result, computed in chunks of rows or columns
        of a lazy unit size: a whole document at once would hold what the lazy layering
        saves."""
        if self.hyp[a - 1].matrix is None and _count(src) > _LAZY_CHUNK:
            return np.vstack([self._in_chunks(block, a, b, part, tgt) for part in _chunks(src)])
        if self.ref[b - 1].matrix is None and _count(tgt) > _LAZY_CHUNK:
            return np.hstack([self._in_chunks(block, a, b, src, part) for part in _chunks(tgt)])
        return block(src, tgt)

    def _block_matches(self, a: int, b: int, src, tgt) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Clipped matches (rows, cols, order) of hyp units (size a) ``src`` against ref
        units (size b) ``tgt``, and each side's n-gram totals (order, units)."""
        H, R = self.hyp[a - 1], self.ref[b - 1]
        th = H.totals[:, src]  # (order, rows)
        tr = R.totals[:, tgt]
        nrow, ncol = th.shape[1], tr.shape[1]
        # one side is transposed for the product: the smaller one (a block of rows, or
        # the sampled units of the baselines), never a whole document
        if nrow <= ncol * self.order:
            prod = dense_product(self._rows(R, "r", b, tgt, False), self._rows(H, "h", a, src, True)).T
        else:
            prod = dense_product(self._rows(H, "h", a, src, False), self._rows(R, "r", b, tgt, True))
        return prod.reshape(nrow, ncol, self.order).astype(np.float64), th, tr

    def _pair_matches(self, a: int, b: int, src: np.ndarray, tgt: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Clipped matches (pairs, 1, order) of hyp unit src[k] against ref unit tgt[k],
        and each side's n-gram totals (order, pairs)."""
        H, R = self.hyp[a - 1], self.ref[b - 1]
        hrows = self._rows(H, "h", a, src, False)
        rrows = self._rows(R, "r", b, tgt, False)  # one row per (unit, order)
        # hyp row k against ref rows (k, 0..order-1): each ref row holds one order's columns
        hrep = hrows[np.repeat(np.arange(len(src)), self.order)]
        match = csr.row_dots(hrep, rrows).reshape(len(src), 1, self.order)
        return match, H.totals[:, src], R.totals[:, tgt]

    def pairs(self, a: int, b: int, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
        """chrF of hyp unit src[k] (size a) against ref unit tgt[k] (size b), for every k:
        the diagonal of ``matrix(a, b, src, tgt)`` without the rest of it."""
        src, tgt = np.asarray(src), np.asarray(tgt)
        if len(src) == 0:
            return np.zeros(0)
        match, th, tr = self._pair_matches(a, b, src, tgt)
        orders = np.maximum(((th > 0) & (tr > 0)).sum(axis=0).astype(np.float64), 1)[:, None]
        return self._fscore(match, th.T[:, None, :], tr.T[:, None, :], orders, self._cover(a, src, 2))[:, 0]

    def _cover(self, a: int, src, dims: int) -> np.ndarray | None:
        """The cover of the hyp units (size a) ``src`` shaped to broadcast over (rows, ...,
        order) with ``dims`` axes after the rows; None without ``cover`` or for units of two
        or more lines."""
        if self.cover is None or a > 1:
            return None
        return self.cover[src].reshape((-1,) + (1,) * dims)

    def contained(self, a: int, b: int, src, tgt, side: str, pairs: bool = False) -> np.ndarray:
        """Share of the character n-grams (orders ``CONTAIN_ORDERS``) of the ``side``
        units ("h": the hyp units ``src``, "r": the ref units ``tgt``) found in the other
        side's units (clipped counts; averaged over the orders the unit has), for every
        (src, tgt) pair of the block, or with ``pairs`` for src[k] against tgt[k] (shape
        (pairs, 1)).  A sentence folded into a longer line keeps a high share where
        chrF, which also counts the rest of the line, does not."""
        lo, hi = CONTAIN_ORDERS[0] - 1, min(CONTAIN_ORDERS[1], self.order)

        def shares(match: np.ndarray, th: np.ndarray, tr: np.ndarray) -> np.ndarray:
            own = (th if side == "h" else tr)[lo:hi].T  # (units, orders)
            # the units' axis of the (rows, cols) result: rows for hyp units or pairs, else cols
            own = own[:, None, :] if side == "h" or pairs else own[None, :, :]
            share = (match[:, :, lo:hi] / np.maximum(own, 1)).sum(axis=2)
            return share / np.maximum((own > 0).sum(axis=2), 1)

        if not pairs:
            return self._in_chunks(lambda s, t: shares(*self._block_matches(a, b, s, t)), a, b, src, tgt)
        if len(src) == 0:
            return np.zeros((0, 1))
        return shares(*self._pair_matches(a, b, np.asarray(src), np.asarray(tgt)))

    def _fscore(self, match: np.ndarray, nh: np.ndarray, nr: np.ndarray, orders: np.ndarray,
                cover: np.ndarray | None = None) -> np.ndarray:
        """chrF from the clipped matches (rows, cols, order) and the n-gram totals of
        each side (broadcasting to it), averaged over ``orders`` (rows, cols).  With
        ``cover`` (rows, 1, 1): recall against that share of the reference's n-grams (a
        hyp that translates only part of its source finds only that part), at most 1."""
        prec = (match / np.maximum(nh, 1)).sum(axis=2) / orders
        if cover is None:
            rec = (match / np.maximum(nr, 1)).sum(axis=2) / orders
        else:
            rec = np.minimum(match / np.maximum(nr * cover, 1), 1.0).sum(axis=2) / orders
        f = self.factor
        with np.errstate(divide="ignore", invalid="ignore"):
            out = (1 + f) * prec * rec / (f * prec + rec)
        out[~np.isfinite(out)] = 0.0
        return out

    def _rows(self, units: _Units, side: str, k: int, sel, transpose: bool) -> Csr:
        """The rows of the units ``sel`` (transposed to CSR when asked).

        A DP block asks for the same row range of one unit size under several bead
        types: a contiguous range is sliced (and transposed) once and reused.
        """
        per = self.order if side == "r" else 1
        if units.matrix is None:  # a lazy unit size
            if not isinstance(sel, slice):
                picked = self._layered(units, side, sel)
                return picked.T if transpose else picked
            key = (side, k, sel.start, sel.stop, transpose)
            hit = self._cache.get(key)
            if hit is None:
                hit = self._paged(units, side, sel)
                if transpose:
                    hit = hit.T
                if sel.stop - sel.start <= 256:  # DP blocks, not the baselines' chunks
                    if len(self._cache) >= 256:
                        self._cache.clear()
                    self._cache[key] = hit
            return hit
        if isinstance(sel, slice):
            rows = slice(sel.start * per, sel.stop * per)
            if rows.start == 0 and rows.stop >= units.matrix.shape[0] and not transpose:
                return units.matrix  # a whole document: no copy
        else:  # unit starts: every row of each
            sel = np.asarray(sel)
            rows = (sel[:, None] * per + np.arange(per)[None, :]).ravel()
        if not isinstance(sel, slice) or sel.stop - sel.start > 1024:
            # index arrays and long slices (baselines): no copy kept
            picked = units.matrix[rows]
            return picked.T if transpose else picked
        key = (side, k, sel.start, sel.stop, transpose)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) >= 256:
                self._cache.clear()
            hit = units.matrix[rows]
            if transpose:
                hit = hit.T
            self._cache[key] = hit
        return hit

    def chars_src(self, a: int) -> np.ndarray:
        return self.hyp[a - 1].chars

    def chars_tgt(self, b: int) -> np.ndarray:
        return self.ref[b - 1].chars


class EmbeddingUnits:
    """Embeddings of source and target units: units of up to ``concat_max`` sentences
    embedded as one text, larger ones the normalised sum of their sentences' vectors
    (``concat_max`` 1, the default: every unit a sum; encoding each 2- and 3-sentence
    window as well costs three times the encoding of the document itself)."""

    def __init__(self, encoder, src: Sequence[str], tgt: Sequence[str], max_group: int, concat_max: int = 1):
        self.encoder = encoder
        self.src = list(src)
        self.tgt = list(tgt)
        self.concat_max = concat_max
        # one call for both sides: the encoder picks its engine by the size of a call
        both = encoder.encode(self.src + self.tgt) if self.src or self.tgt else np.zeros((0, 1), np.float32)
        empty = np.zeros((0, 1), np.float32)
        self.src_vecs = [both[: len(self.src)] if self.src else empty]
        self.tgt_vecs = [both[len(self.src) :] if self.tgt else empty]
        for k in range(2, max_group + 1):
            self.src_vecs.append(self._group(self.src, self.src_vecs[0], k))
            self.tgt_vecs.append(self._group(self.tgt, self.tgt_vecs[0], k))

    def _group(self, texts: list[str], single: np.ndarray, k: int) -> np.ndarray:
        m = max(len(texts) - k + 1, 0)
        if m == 0:
            return np.zeros((0, single.shape[1] if single.ndim == 2 else 1), np.float32)
        if k <= self.concat_max:
            return self.encoder.encode([" ".join(texts[s : s + k]) for s in range(m)])
        summed = sum(single[i : i + m] for i in range(k))
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        norms[norms == 0] = 1
        return (summed / norms).astype(np.float32)

    def matrix(self, a: int, b: int, src: slice, tgt: slice) -> np.ndarray:
        return self.src_vecs[a - 1][src] @ self.tgt_vecs[b - 1][tgt].T

    def pairs(self, a: int, b: int, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
        """Cosine of source unit src[k] with target unit tgt[k], for every k."""
        return np.einsum("kd,kd->k", self.src_vecs[a - 1][src], self.tgt_vecs[b - 1][tgt])


def length_logprob(ls: np.ndarray, lt: np.ndarray, ratio: float, var: float = 6.8) -> np.ndarray:
    """Gale-Church: log probability that lengths ls (source) and lt (target) match.

    delta = (lt - ls * ratio) / sqrt(ls * var);  p = 2 * (1 - Phi(|delta|)).
    """
    mean = (ls + lt / ratio) / 2.0
    delta = (lt - ls * ratio) / np.sqrt(np.maximum(mean, 1.0) * var)
    # survival function of the standard normal via erfc (numpy: importing
    # scipy.special costs about 0.2 s of every process start)
    p = _erfc(np.abs(delta) / math.sqrt(2.0))
    return np.log(np.maximum(p, 1e-12))


def unit_cover(cover: np.ndarray, k: int, weight: float = 1.0) -> np.ndarray:
    """The cover of every unit of k consecutive lines from the lines' ``cover`` (their
    (covered, expected) characters, shape (lines, 2)): covered over expected, summed over
    the unit, at most 1; ``weight`` < 1 moves it that far from 1 only."""
    csum = np.concatenate([np.zeros((1, 2)), np.cumsum(np.asarray(cover, dtype=np.float64).reshape(-1, 2), axis=0)])
    part = csum[k:] - csum[:-k] if len(csum) > k else np.zeros((0, 2))
    share = np.clip(part[:, 0] / np.maximum(part[:, 1], 1.0), COVER_FLOOR, 1.0)
    return 1.0 - weight * (1.0 - share)


def _erfc(x: np.ndarray) -> np.ndarray:
    """erfc of x >= 0 (Numerical Recipes' erfcc, Chebyshev fit: relative error below
    1.2e-7 everywhere)."""
    x = np.asarray(x, dtype=np.float64)
    t = 1.0 / (1.0 + 0.5 * x)
    poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    return t * np.exp(poly)


_WORD = re.compile(r"\w+")


def content_stems(text: str, prefix: int = 4) -> set[str]:
    """The words of ``text`` that carry content, cut to their first ``prefix`` letters.

    Words of at least ``prefix`` letters, lowercased (a crude stem, the same in any
    language: "premiers" and "premières" share "prem"), and every number.
    """
    return {w[:prefix] for w in _WORD.findall(text.lower()) if len(w) >= prefix or w.isdigit()}


# the last word of a line and its closing full stop ("Leiter Ch .", "durch B.M .",
# "Band-J ."), not a unit glued to a number ("30°C.")
_LAST_WORD = re.compile(r"(?:^|[\s.\-'’(])(\w+)\s*\.\s*$")


def cut_inside(texts: Sequence[str]) -> np.ndarray:
    """Which lines end where a sentence splitter cut a sentence in two.

    A line that ends in a capitalised word of one or two letters and a full stop ends
    in an initial or a short abbreviation ("Leiter Ch .", "durch B.M .", "No ."), the
    best-known place where splitters cut inside a sentence.  "I ." is left out: a
    numeral or the English pronoun far more often than an initial; all-capital words
    ("in the US .") are real sentence ends.
    """
    out = np.zeros(len(texts), bool)
    for k, text in enumerate(texts):
        m = _LAST_WORD.search(text)
        if m is None:
            continue
        w = m.group(1)
        out[k] = len(w) <= 2 and w.isalpha() and w[0].isupper() and w[1:] == w[1:].lower() and w != "I"
    return out


# a line that ends so is not a sentence's end: a label ("Literatur :"), a clause, an
# opened bracket
_OPEN_ENDS = ":,;("
# a line that starts so goes on the line before it
_GOES_ON = ",;:)]"


def glue_after(texts: Sequence[str], open_weight: float = 0.0, letters: int | None = None,
               list_links: int = 0) -> np.ndarray:
    """For each line, how surely it and the next line are one sentence that an OCR or a
    sentence splitter cut in two (0 after the last line).

    1 where the line ends in a colon, comma, semicolon, opening bracket, a hyphen
    after a letter, or an initial (``cut_inside``), or where the next line starts with
    punctuation that goes on a sentence (", .", ") .", or is a lone "?", "!" or "."),
    or where the line ends in a letter or digit and the next starts with a lower-case
    letter; ``open_weight`` where only one of these two holds (a heading or a debris
    line ends so as often as a cut, chat and forum posts start lower-case); else 0.
    ``letters``: but for an initial, only where one of the two lines has fewer letters
    than this (a piece of a sentence is short).  ``list_links``: where ``list_links`` or
    more lines in a row are each glued to the next only by that lower-case start, the
    lines are the items of a list ("Personenbeschreibung: schlank" | "braune Augen" |
    "lange Haare"), not one sentence cut in pieces: none of those links is glued (0: off).
    """
    out = np.zeros(len(texts))
    lower = np.zeros(len(texts), bool)  # glued only by the next line's lower-case start
    cut = cut_inside(texts)
    size = [sum(map(str.isalpha, t)) for t in texts] if letters is not None else []
    for k in range(len(texts) - 1):
        a, b = texts[k].rstrip(), texts[k + 1].lstrip()
        if cut[k]:  # an initial: glued whatever the lengths (as ``cut_inside`` alone was)
            out[k] = 1.0
            continue
        if not a or not b or (letters is not None and min(size[k], size[k + 1]) >= letters):
            continue
        lone = b[0] in ".?!" and len(b.replace(" ", "")) <= 2 and not any(c.isalnum() for c in b)
        if a[-1] in _OPEN_ENDS or (a[-1] == "-" and a[-2:-1].isalpha()) or b[0] in _GOES_ON or lone:
            out[k] = 1.0
        elif a[-1].isalnum() and b[0].islower():
            out[k], lower[k] = 1.0, True
        elif a[-1].isalnum() or b[0].islower():
            out[k] = open_weight
    if list_links:
        _unglue_lists(out, lower, list_links)
    return out


def _unglue_lists(out: np.ndarray, lower: np.ndarray, links: int) -> None:
    """``out`` with 0 at every run of ``links`` or more consecutive ``lower`` links."""
    k = 0
    while k < len(lower):
        if not lower[k]:
            k += 1
            continue
        end = k
        while end < len(lower) and lower[end]:
            end += 1
        if end - k >= links:
            out[k:end] = 0.0
        k = end


def short_lines(texts: Sequence[str], letters: int = 12) -> np.ndarray:
    """1.0 for each line with fewer than ``letters`` letters (page numbers, separators,
    "24 a !", headings), else 0.0."""
    return np.array([sum(map(str.isalpha, t)) < letters for t in texts], dtype=np.float64)


def debris_lines(texts: Sequence[str], glue: np.ndarray | None = None, letters: int = 12) -> np.ndarray:
    """How much each line looks like OCR or layout debris (a page number, a separator,
    "24 a !", "ADVERTISEMENT"): 0 for a line of ``letters`` letters or more or one glued
    to a neighbour (``glue``: per line, the glue with the next, see ``glue_after``: a
    piece of a sentence); else 1 where it holds no letter, no lower-case letter, or at
    least as many digits and symbols as letters, 0.5 where it is one bare word (no
    closing punctuation: "Anzeige", also a one-word heading), 0 otherwise."""
    out = np.zeros(len(texts))
    glue = np.zeros(len(texts)) if glue is None else np.asarray(glue, np.float64)
    for k, text in enumerate(texts):
        n_letters = sum(map(str.isalpha, text))
        if n_letters >= letters or not text.strip():
            continue
        others = sum(1 for c in text if not c.isalpha() and not c.isspace())
        if n_letters == 0 or not any(map(str.islower, text)) or others >= n_letters:
            out[k] = 1.0
        elif len(text.split()) == 1 and text.rstrip()[-1].isalnum():
            out[k] = 0.5
        stuck = max(glue[k], glue[k - 1] if k > 0 else 0.0)
        out[k] *= 1.0 - stuck
    return out


# a picture caption: a credit label before it or an agency's name in brackets after it
_CAPTION = re.compile(r"^\W*(?:photo|foto|bild|picture|image|grafik|graphic)s?\s*:|"
                      r"\((?:photo:?\s*)?(?:reuters|dpa|afp|ap|epa|getty images|keystone|imago)\)\W*$",
                      re.IGNORECASE)


def caption_lines(texts: Sequence[str]) -> np.ndarray:
    """1.0 for each line that looks like a picture caption ("Photo: ...", "Foto: ...",
    "... (Reuters)"), else 0.0."""
    return np.array([_CAPTION.search(t.strip()) is not None for t in texts], dtype=np.float64)


def _stem_set(X: Csr, k: int) -> set[int]:
    """The stems (column numbers) of row k of a binary stem matrix."""
    return set(X.indices[X.indptr[k] : X.indptr[k + 1]].tolist())


def _place(q: int, k: int) -> int:
    """Index into ``ContentWords._weights`` of the q-th last line of a unit of k >= 2."""
    return 0 if q == k else 2 if q == 1 else 1


class ContentWords:
    """Which content words (``content_stems``) source and target sentences share.

    Two signals of where bead boundaries belong, which the sentence-level chrF misses:

    ``crossing(rows, cols)``: how much content crosses a candidate boundary between two
    beads.  A boundary at cell (i, j) puts source sentences < i and target sentences
    < j on one side.  Where a translator moved a clause across a sentence boundary (a
    2-2 bead: "... took hours, 250 m took two days." | "Six hours ..." against "...
    cost hours." | "250 m took two days. Six hours ..."), the last source sentence
    before the boundary shares words with the first target sentence after it, found
    in neither sentence on its own side; between two clean 1-1 beads it shares none.
    The value is the stems of source i-1 found in target j but in neither target j-1
    nor source i, plus those of source i found in target j-1 but in neither target j
    nor source i-1, as a share of all the stems these four sentences match across: 0
    where nothing crosses, 1 where everything does; 0 on the edges (i or j is 0 or
    the end).

    ``exchange(i, j)``: the same boundary seen from each source sentence's own content:
    of the words of source i-1 that source i lacks, the share found in target j and in
    neither target j-1 nor source i (and the same for source i in target j-1), the
    larger of the two, each word weighted by its inverse document frequency (lines of
    both sides that hold it: a word of many lines tells little).  A moved clause takes a
    good part of its sentence's own words into the other line; two right 1-1 lines next
    to each other exchange none, or a word or two of the many a sentence has.

    ``pull(i, beside, here, there)``: how much more of source i's own words (those of
    none of the sentences ``beside`` it) target ``there`` holds than target ``here``: a
    sentence folded into a neighbour's line, put by the search in the bead on its other
    side, has its words in the line it was folded into.

    ``unsupported(a, b, rows, cols)``: for beads (a, b) ending at each cell, how weakly
    the sentences on a side with two or more are tied to the other side: the sum of
    2 ** -c over them, c the content words a sentence shares with the other side's
    sentences (1 for a sentence that shares none, 1/2 for one word, ...).  A caption,
    a page number or a translator's note swallowed by a 1-2 bead instead of being
    left unaligned shares nothing.

    The source side is its MT when there is one.
    """

    def __init__(self, hyp: Sequence[str], ref: Sequence[str], prefix: int = 4, max_group: int = 6,
                 short_weight: float = 0.0, short_letters: int = 12, glued: tuple | None = None):
        self.max_group = max_group
        # a short line (fewer than short_letters letters: a page number, a separator, a
        # heading) left unsupported inside a multi-sentence side weighs 1 + short_weight,
        # times how surely it is not glued to a neighbour in the same unit (``glued``:
        # per side, the glue of each line with the next, see ``glue_after``): a piece of
        # a sentence in its sentence's bead is no stray line
        gs, gt = glued if glued is not None else (np.zeros(len(hyp)), np.zeros(len(ref)))
        self.src_w = self._weights(short_weight * short_lines(hyp, short_letters), gs)
        self.tgt_w = self._weights(short_weight * short_lines(ref, short_letters), gt)
        self._last = threading.local()  # the last DP block of each thread (``_block``)
        vocab: dict[str, int] = {}
        self.vocab, self.prefix = vocab, prefix  # stem -> column (``exchange_edges``)
        H = self._binary(hyp, vocab, prefix)
        R = self._binary(ref, vocab, prefix)
        V = max(len(vocab), 1)
        H, R = H.with_columns(V), R.with_columns(V)
        self.H, self.R = H, R
        self.n, self.m = H.shape[0], R.shape[0]
        # inverse document frequency of each stem over the lines of both sides
        df = np.bincount(np.concatenate([H.indices, R.indices]).astype(np.int64), minlength=V)
        self.idf = np.log((self.n + self.m) / np.maximum(df, 1))
        # row i of "cur" is sentence i, of "prev" sentence i-1 (empty rows past the ends)
        h_cur, h_prev = self._shifted(H)
        r_cur, r_prev = self._shifted(R)

        only = csr.difference  # stems of x that are not in y
        # crossing: (source i-1 only) x (target j only) + (source i only) x (target j-1 only)
        self._hx = csr.hstack([only(h_prev, h_cur), only(h_cur, h_prev)])
        self._rx = csr.hstack([only(r_cur, r_prev), only(r_prev, r_cur)])
        # straight: source i-1 x target j-1 + source i x target j
        self._hy = csr.hstack([h_prev, h_cur])
        self._ry = csr.hstack([r_prev, r_cur])

    @staticmethod
    def _binary(texts: Sequence[str], vocab: dict[str, int], prefix: int) -> Csr:
        rows, cols = [], []
        for r, text in enumerate(texts):
            for stem in content_stems(text, prefix):
                rows.append(r)
                cols.append(vocab.setdefault(stem, len(vocab)))
        return csr.from_entries(np.array(rows, np.int64), np.array(cols, np.int64), (len(texts), max(len(vocab), 1)))

    @staticmethod
    def _shifted(X: Csr) -> tuple[Csr, Csr]:
        empty = csr.empty(1, X.shape[1], X.data.dtype)
        return csr.vstack([X, empty]), csr.vstack([empty, X])

    def crossing(self, rows: slice, cols: slice) -> np.ndarray:
        """Crossing share of the boundary cells rows x cols (0 <= i <= n, 0 <= j <= m)."""
        x = dense_product(self._hx[rows], self._rx[cols].T)
        y = dense_product(self._hy[rows], self._ry[cols].T)
        out = x / np.maximum(x + y, 1.0)
        i = np.arange(rows.start, rows.stop)
        j = np.arange(cols.start, cols.stop)
        out[(i == 0) | (i >= self.n), :] = 0.0
        out[:, (j == 0) | (j >= self.m)] = 0.0
        return out

    def exchange(self, i: int, j: int) -> float:
        """Exchange share of the boundary cell (i, j) (see the class); 0 on the edges."""
        if not (0 < i < self.n and 0 < j < self.m):
            return 0.0
        h1, h2, t1, t2 = (_stem_set(X, k) for X, k in ((self.H, i - 1), (self.H, i), (self.R, j - 1), (self.R, j)))
        out = 0.0
        for own, there, here in ((h1 - h2, t2, t1), (h2 - h1, t1, t2)):
            moved = (own & there) - here
            if own:
                out = max(out, float(self.idf[list(moved)].sum() / max(self.idf[list(own)].sum(), 1e-9)))
        return out

    def exchange_edges(self, i: int, j: int, last: str | None, first: str | None) -> float:
        """``exchange`` at the boundary cell (i, j) read for the sentences that meet there:
        the own words of ``last`` (source i-1's last sentence; None: the whole line) that
        source i lacks, and of ``first`` (source i's first sentence) that source i-1 lacks;
        the larger share found in the other's target line and not in its own.  0 on the
        edges."""
        if not (0 < i < self.n and 0 < j < self.m):
            return 0.0
        h1, h2, t1, t2 = (_stem_set(X, k) for X, k in ((self.H, i - 1), (self.H, i), (self.R, j - 1), (self.R, j)))
        e1 = h1 if last is None else self._stems(last)
        e2 = h2 if first is None else self._stems(first)
        out = 0.0
        for own, there, here in ((e1 - h2, t2, t1), (e2 - h1, t1, t2)):
            moved = (own & there) - here
            if own:
                out = max(out, float(self.idf[list(moved)].sum() / max(self.idf[list(own)].sum(), 1e-9)))
        return out

    def _stems(self, text: str) -> set[int]:
        """The columns of ``text``'s content stems (those of the document's lines)."""
        return {self.vocab[w] for w in content_stems(text, self.prefix) if w in self.vocab}

    def pull(self, i: int, beside: Sequence[int], here: int, there: int) -> float:
        """How much more of source i's own words (those of none of the source sentences
        ``beside``) target ``there`` holds than target ``here``: the idf-weighted words
        found only in ``there`` minus those found only in ``here``, as a share of all its
        own words (-1 .. 1; 0 without own words)."""
        own = _stem_set(self.H, i).difference(*(_stem_set(self.H, k) for k in beside))
        t_here, t_there = _stem_set(self.R, here), _stem_set(self.R, there)
        total = float(self.idf[list(own)].sum())
        if total <= 0:
            return 0.0
        gain = self.idf[list((own & t_there) - t_here)].sum() - self.idf[list((own & t_here) - t_there)].sum()
        return float(gain / total)

    def support(self, side: str, x: int, bead: tuple[int, int, int, int]) -> float:
        """The share of line x's content words (of the source side with ``side`` "s",
        else of the target side) found in the bead's other side, each word weighted by
        its rarity (idf); 0 for a line without content words."""
        i0, i1, j0, j1 = bead
        own, lines, other = (_stem_set(self.H, x), range(j0, j1), self.R) if side == "s" else \
            (_stem_set(self.R, x), range(i0, i1), self.H)
        there = set().union(*(_stem_set(other, k) for k in lines))
        total = float(self.idf[list(own)].sum())
        return float(self.idf[list(own & there)].sum() / total) if total > 0 else 0.0

    def unsupported(self, a: int, b: int, rows: slice, cols: slice) -> np.ndarray:
        """Sum of 2 ** -(shared content words) over the sentences of beads (a, b) ending at
        rows x cols, on each side of two or more sentences; 0 where no such bead fits
        (its cost is infinite anyway).
        """
        I = np.arange(rows.start, rows.stop)[:, None]
        J = np.arange(cols.start, cols.stop)[None, :]
        out = np.zeros((len(I), J.shape[1]))
        if a < 2 and b < 2:
            return out
        if max(a, b) > self.max_group:
            raise ConfigError(f"bead {a}-{b} is larger than max_group {self.max_group}")
        s0, t0, along, down = self._block(rows, cols)
        s1, t1 = s0 + along.shape[0], t0 + down.shape[1]
        if s1 <= s0 or t1 <= t0:
            return out
        ok = (I - a >= 0) & (I <= s1) & (J - b >= 0) & (J <= t1)
        Ii = np.clip(I, s0 + a, s1) - s0  # bead end, relative to the block
        Jj = np.clip(J, t0 + b, t1) - t0
        if a >= 2:  # each source sentence against the target unit
            for q in range(1, a + 1):
                w = self.src_w[_place(q, a)][np.clip(s0 + Ii - q, 0, self.n - 1)]
                out += w * np.exp2(-(along[Ii - q, Jj] - along[Ii - q, Jj - b]))
        if b >= 2:  # each target sentence against the source unit
            for q in range(1, b + 1):
                w = self.tgt_w[_place(q, b)][np.clip(t0 + Jj - q, 0, self.m - 1)]
                out += w * np.exp2(-(down[Ii, Jj - q] - down[Ii - a, Jj - q]))
        return np.where(ok, out, 0.0)

    @staticmethod
    def _weights(short: np.ndarray, after: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weight of each line as the first, an inner or the last line of a unit of two
        or more (``_place``): 1, plus the short-line weight ``short`` unless the line is
        glued to a neighbour inside the unit (``after``: the glue with the next line)."""
        before = np.concatenate([[0.0], after[:-1]]) if len(after) else after
        return (1.0 + short * (1.0 - after), 1.0 + short * (1.0 - np.maximum(after, before)),
                1.0 + short * (1.0 - before))

    def _block(self, rows: slice, cols: slice):
        """Running counts of shared words around a DP block, for every bead type of it.

        The DP asks for all bead types of one block in a row, from one thread: the
        last block of each thread is kept.  ``along[k, j]``: the content words source
        s0+k shares with targets t0..t0+j-1, summed over them; ``down[k, j]``: those
        target t0+j shares with sources s0..s0+k-1; the block reaches ``max_group``
        sentences before its rows and columns.
        """
        key = (rows.start, rows.stop, cols.start, cols.stop)
        hit = getattr(self._last, "block", None)
        if hit is not None and hit[0] == key:
            return hit[1]
        s0, s1 = max(rows.start - self.max_group, 0), min(rows.stop, self.n)
        t0, t1 = max(cols.start - self.max_group, 0), min(cols.stop, self.m)
        shared = dense_product(self.H[s0:s1], self.R[t0:t1].T) if s1 > s0 and t1 > t0 else np.zeros((0, 0))
        along = np.zeros((shared.shape[0], shared.shape[1] + 1))
        along[:, 1:] = np.cumsum(shared, axis=1)
        down = np.zeros((shared.shape[0] + 1, shared.shape[1]))
        down[1:, :] = np.cumsum(shared, axis=0)
        value = (s0, t0, along, down)
        self._last.block = (key, value)
        return value
