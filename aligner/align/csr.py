"""Compressed sparse rows in numpy: the few operations the alignment needs.

``Csr`` holds what scipy's ``csr_matrix`` holds (``data``, ``indices``, ``indptr``,
``shape``), always canonical: column indices ascending within each row, no duplicate
and no stored zero.  Slicing rows, stacking, row sums and the like are plain numpy
at any size.  The operations that need a sort or a sparse product (building from
entries, adding, transposing, multiplying) run in numpy on small inputs and go
through scipy on large ones (``BIG`` entries or more), so that aligning a short
document never imports scipy (about 0.15-0.2 CPU-seconds of every process start).

Every value the aligner stores here is a small whole number (n-gram counts, binary
layers, shared words), so both routes give the same numbers to the bit: float32
holds whole numbers exactly up to 2**24, in any order of summation.
"""

from __future__ import annotations

import sys
from typing import Sequence

import numpy as np

BIG = 1 << 18  # entries from which an operation goes through scipy
PAIRS = 1 << 21  # multiplications up to which a sparse product runs in numpy (while scipy is not loaded)


class Csr:
    """A canonical CSR matrix (see the module's docstring); treat it as read-only."""

    __slots__ = ("data", "indices", "indptr", "shape")

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]):
        self.data, self.indices, self.indptr = data, indices, indptr
        self.shape = (int(shape[0]), int(shape[1]))

    @property
    def nnz(self) -> int:
        return len(self.data)

    def row_ids(self) -> np.ndarray:
        """The row of each stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def __getitem__(self, sel) -> Csr:
        """Rows: a slice (step 1) or an array of row numbers."""
        if isinstance(sel, slice):
            start, stop, _ = sel.indices(self.shape[0])
            stop = max(stop, start)
            lo, hi = int(self.indptr[start]), int(self.indptr[stop])
            return Csr(self.data[lo:hi], self.indices[lo:hi], self.indptr[start : stop + 1] - lo,
                       (stop - start, self.shape[1]))
        rows = np.asarray(sel, dtype=np.int64)
        starts = self.indptr[rows].astype(np.int64)
        lengths = self.indptr[rows + 1] - starts
        indptr = np.zeros(len(rows) + 1, self.indptr.dtype)
        np.cumsum(lengths, out=indptr[1:])
        pos = np.repeat(starts - indptr[:-1], lengths) + np.arange(int(indptr[-1]))
        return Csr(self.data[pos], self.indices[pos], indptr, (len(rows), self.shape[1]))

    def row_sums(self) -> np.ndarray:
        """Sum of each row, in the data's type (as scipy's ``sum(axis=1)``)."""
        return np.bincount(self.row_ids(), weights=self.data, minlength=self.shape[0]).astype(self.data.dtype)

    def with_columns(self, ncols: int) -> Csr:
        """The same entries in a wider matrix."""
        return Csr(self.data, self.indices, self.indptr, (self.shape[0], ncols))

    def toarray(self) -> np.ndarray:
        out = np.zeros(self.shape, self.data.dtype)
        out[self.row_ids(), self.indices] = self.data
        return out

    @property
    def T(self) -> Csr:
        """The transpose, as CSR."""
        if self.nnz >= BIG or self.shape[1] >= BIG:  # scipy's counting sort in C
            return from_scipy(to_scipy(self).T.tocsr())
        order = np.argsort(self.indices, kind="stable")  # rows stay ascending within a column
        indptr = np.zeros(self.shape[1] + 1, self.indptr.dtype)
        np.cumsum(np.bincount(self.indices, minlength=self.shape[1]), out=indptr[1:])
        rows = self.row_ids()[order].astype(self.indices.dtype)
        return Csr(self.data[order], rows, indptr, (self.shape[1], self.shape[0]))


def _index_type(*sizes: int):
    return np.int32 if max(sizes, default=0) < 2**31 else np.int64


def empty(nrows: int, ncols: int, dtype=np.float32) -> Csr:
    return Csr(np.zeros(0, dtype), np.zeros(0, np.int32), np.zeros(nrows + 1, np.int32), (nrows, ncols))


def to_scipy(mat: Csr):
    """The same matrix as scipy's ``csr_matrix`` (sharing its arrays)."""
    import scipy.sparse as sp

    out = sp.csr_matrix((mat.data, mat.indices, mat.indptr), shape=mat.shape)
    out.has_canonical_format = True
    return out


def from_scipy(mat) -> Csr:
    mat = mat.tocsr()
    mat.sum_duplicates()
    mat.eliminate_zeros()
    return Csr(mat.data, mat.indices, mat.indptr, mat.shape)


def _from_keys(keys: np.ndarray, values: np.ndarray, shape: tuple[int, int], dtype) -> Csr:
    """A canonical matrix from entry keys (row * ncols + column) and values, summing
    the values of equal keys."""
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], values[order]
    first = np.ones(len(keys), bool)
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    sums = np.add.reduceat(values, starts).astype(dtype) if len(keys) else values.astype(dtype)
    ukeys = keys[starts]
    keep = sums != 0
    ukeys, sums = ukeys[keep], sums[keep]
    idx = _index_type(shape[1], len(ukeys))
    rows, cols = np.divmod(ukeys, max(shape[1], 1))
    indptr = np.zeros(shape[0] + 1, idx)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return Csr(sums, cols.astype(idx), indptr, shape)


def from_entries(rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int], values: np.ndarray | None = None) -> Csr:
    """The matrix with ``values`` (default 1) at (rows, cols), duplicates summed (float32)."""
    rows = np.asarray(rows, np.int64)
    cols = np.asarray(cols, np.int64)
    values = np.ones(len(rows), np.float32) if values is None else np.asarray(values, np.float32)
    if len(rows) >= BIG:
        import scipy.sparse as sp

        return from_scipy(sp.csr_matrix((values, (rows, cols)), shape=shape))
    return _from_keys(rows * max(shape[1], 1) + cols, values, shape, np.float32)


def _keys(mat: Csr) -> np.ndarray:
    """row * ncols + column of each entry: ascending, as the matrix is canonical."""
    return mat.row_ids() * max(mat.shape[1], 1) + mat.indices


def add(mats: Sequence[Csr]) -> Csr:
    """The sum of matrices of one shape."""
    if len(mats) == 1:
        return mats[0]
    if sum(m.nnz for m in mats) >= BIG:
        total = to_scipy(mats[0])
        for m in mats[1:]:
            total = total + to_scipy(m)
        return from_scipy(total)
    keys = np.concatenate([_keys(m) for m in mats])
    values = np.concatenate([m.data for m in mats])
    return _from_keys(keys, values, mats[0].shape, mats[0].data.dtype)


def hstack(mats: Sequence[Csr]) -> Csr:
    """Matrices with the same rows, side by side."""
    lengths = [np.diff(m.indptr) for m in mats]
    indptr = np.zeros(mats[0].shape[0] + 1, np.int64)
    np.cumsum(np.sum(lengths, axis=0), out=indptr[1:])
    ncols = sum(m.shape[1] for m in mats)
    idx = _index_type(ncols, int(indptr[-1]))
    data = np.empty(int(indptr[-1]), mats[0].data.dtype)
    indices = np.empty(int(indptr[-1]), idx)
    before = indptr[:-1].copy()  # where each row's entries of the next matrix go
    offset = 0
    for m, n in zip(mats, lengths):
        pos = np.repeat(before - m.indptr[:-1], n) + np.arange(m.nnz)
        data[pos] = m.data
        indices[pos] = m.indices + offset
        before += n
        offset += m.shape[1]
    return Csr(data, indices, indptr.astype(idx), (mats[0].shape[0], ncols))


def vstack(mats: Sequence[Csr]) -> Csr:
    """Matrices with the same columns, one below the other."""
    if len(mats) == 1:
        return mats[0]
    nnz = sum(m.nnz for m in mats)
    idx = _index_type(mats[0].shape[1], nnz)
    ends = np.cumsum([0] + [m.nnz for m in mats])
    indptr = np.concatenate([[0]] + [m.indptr[1:].astype(np.int64) + e for m, e in zip(mats, ends)]).astype(idx)
    return Csr(np.concatenate([m.data for m in mats]), np.concatenate([m.indices for m in mats]).astype(idx),
               indptr, (sum(m.shape[0] for m in mats), mats[0].shape[1]))


def row_dots(A: Csr, B: Csr) -> np.ndarray:
    """sum_k A[i, k] * B[i, k] for every row i (float64)."""
    if A.nnz + B.nnz >= BIG:
        return np.asarray(to_scipy(A).multiply(to_scipy(B)).sum(axis=1), np.float64).ravel()
    ka, kb = _keys(A), _keys(B)
    pos = np.minimum(np.searchsorted(kb, ka), max(len(kb) - 1, 0))
    hit = (kb[pos] == ka) if len(kb) else np.zeros(len(ka), bool)
    prod = A.data[hit].astype(np.float64) * B.data[pos[hit]]
    return np.bincount(A.row_ids()[hit], weights=prod, minlength=A.shape[0])


def difference(A: Csr, B: Csr) -> Csr:
    """The entries of A where B has none."""
    if A.nnz + B.nnz >= BIG:
        a = to_scipy(A)
        return from_scipy(a - a.multiply(to_scipy(Csr(np.ones_like(B.data), B.indices, B.indptr, B.shape))))
    ka, kb = _keys(A), _keys(B)
    pos = np.minimum(np.searchsorted(kb, ka), max(len(kb) - 1, 0))
    keep = (kb[pos] != ka) if len(kb) else np.ones(len(ka), bool)
    lengths = np.bincount(A.row_ids()[keep], minlength=A.shape[0])
    indptr = np.zeros(A.shape[0] + 1, A.indptr.dtype)
    np.cumsum(lengths, out=indptr[1:])
    return Csr(A.data[keep], A.indices[keep], indptr, A.shape)


def dense_product(A: Csr, B: Csr) -> np.ndarray:
    """``A @ B`` as a dense array (A: M x K, B: K x N), in A's data type.

    In numpy while the product is small (``PAIRS`` multiplications at most) and scipy
    is not loaded: every entry (i, k) of A meets every entry (k, j) of B, and the
    products are summed per (i, j).  Otherwise scipy's numeric kernel of the sparse
    product, called directly: its public product first runs a symbolic pass that
    counts the entries of the result, which the dense size of the result bounds here
    (one DP block of 32 rows of 1-1 beads: 1.10 -> 0.59 ms).
    """
    M, N = A.shape[0], B.shape[1]
    starts = B.indptr[A.indices].astype(np.int64)
    lengths = B.indptr[A.indices + 1] - starts
    total = int(lengths.sum())
    if total > PAIRS or _scipy_loaded():
        return _sparse_product(A, B)
    ends = np.cumsum(lengths)
    pos = np.repeat(starts - (ends - lengths), lengths) + np.arange(total)
    cell = np.repeat(A.row_ids() * N, lengths) + B.indices[pos]
    if np.all(A.data == 1) and np.all(B.data == 1):
        out = np.bincount(cell, minlength=M * N)
    else:
        out = np.bincount(cell, weights=np.repeat(A.data.astype(np.float64), lengths) * B.data[pos], minlength=M * N)
    return out.astype(A.data.dtype).reshape(M, N)


_DENSE_LIMIT = 1 << 26  # entries of a product result that the scipy kernel fills directly


def _sparse_product(A: Csr, B: Csr) -> np.ndarray:
    M, N = A.shape[0], B.shape[1]
    idx = np.int32 if max(A.nnz, B.nnz, A.shape[1], N, M * N) < 2**31 else np.int64
    kernel = _matmat()
    if kernel is None or M * N > _DENSE_LIMIT or A.data.dtype != B.data.dtype:
        return (to_scipy(A) @ to_scipy(B)).toarray()
    indptr = np.empty(M + 1, idx)
    indices = np.empty(max(M * N, 1), idx)
    data = np.empty(max(M * N, 1), A.data.dtype)
    kernel(M, N, A.indptr.astype(idx, copy=False), A.indices.astype(idx, copy=False), A.data,
           B.indptr.astype(idx, copy=False), B.indices.astype(idx, copy=False), B.data, indptr, indices, data)
    nnz = int(indptr[-1])
    out = np.zeros((M, N), A.data.dtype)
    out[np.repeat(np.arange(M), np.diff(indptr)), indices[:nnz]] = data[:nnz]
    return out


def _scipy_loaded() -> bool:
    return "scipy.sparse" in sys.modules


_KERNEL: list = []  # scipy's csr_matmat, looked up once (None: this scipy has none)


def _matmat():
    if not _KERNEL:
        try:
            from scipy.sparse._sparsetools import csr_matmat
        except ImportError:  # pragma: no cover - another scipy layout: the public product
            csr_matmat = None
        _KERNEL.append(csr_matmat)
    return _KERNEL[0]
