"""aligner.align.csr: each operation against dense numpy arithmetic, on both routes
(numpy for small inputs, scipy for large ones), and the alignment the same on both."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from aligner.align import csr


def _random(rng, rows: int, cols: int, density: float = 0.2) -> np.ndarray:
    return ((rng.random((rows, cols)) < density) * rng.integers(1, 4, (rows, cols))).astype(np.float32)


def _csr(dense: np.ndarray) -> csr.Csr:
    r, c = np.nonzero(dense)
    return csr.from_entries(r, c, dense.shape, dense[r, c])


@pytest.fixture(params=["numpy", "scipy"])
def route(request, monkeypatch):
    """Every operation through numpy (nothing is large) or through scipy (everything is)."""
    if request.param == "scipy":
        monkeypatch.setattr(csr, "BIG", 0)
        monkeypatch.setattr(csr, "PAIRS", -1)
    else:
        monkeypatch.setattr(csr, "BIG", 1 << 40)
        monkeypatch.setattr(csr, "_scipy_loaded", lambda: False)
    return request.param


def _check(mat: csr.Csr, want: np.ndarray) -> None:
    """mat holds want, canonically: sorted columns per row, no duplicate, no stored zero."""
    assert mat.shape == want.shape
    assert np.array_equal(mat.toarray(), want)
    assert mat.indptr[0] == 0 and mat.indptr[-1] == mat.nnz == np.count_nonzero(want)
    for r in range(mat.shape[0]):
        cols = mat.indices[mat.indptr[r] : mat.indptr[r + 1]]
        assert np.all(np.diff(cols) > 0)
    assert np.all(mat.data != 0)


def test_from_entries_sums_duplicates(route):
    rows = np.array([2, 0, 2, 2, 1, 0])
    cols = np.array([3, 1, 3, 0, 4, 1])
    want = np.zeros((4, 5), np.float32)
    np.add.at(want, (rows, cols), 1)
    _check(csr.from_entries(rows, cols, (4, 5)), want)


@pytest.mark.parametrize("shape", [(0, 4), (6, 0), (7, 9), (40, 120)])
def test_rows_sums_transpose_stack(route, shape):
    rng = np.random.default_rng(sum(shape))
    dense = _random(rng, *shape)
    mat = _csr(dense)
    _check(mat, dense)
    _check(mat.T, dense.T)
    _check(mat[1:5], dense[1:5])
    pick = rng.integers(0, max(shape[0], 1), size=11) if shape[0] else np.zeros(0, np.int64)
    _check(mat[pick], dense[pick])
    assert np.array_equal(mat.row_sums(), dense.sum(axis=1))
    other = _random(rng, shape[0], 5)
    _check(csr.hstack([mat, _csr(other)]), np.hstack([dense, other]))
    _check(csr.vstack([mat, csr.empty(1, shape[1]), mat]), np.vstack([dense, np.zeros((1, shape[1])), dense]))


def test_add_difference_row_dots(route):
    rng = np.random.default_rng(5)
    a, b, c = (_random(rng, 30, 50, 0.3) for _ in range(3))
    A, B, C = _csr(a), _csr(b), _csr(c)
    _check(csr.add([A, B, C]), a + b + c)
    _check(csr.difference(A, B), np.where(b != 0, 0, a))
    assert np.array_equal(csr.row_dots(A, B), (a.astype(np.float64) * b).sum(axis=1))


@pytest.mark.parametrize("M,K,N", [(0, 5, 3), (3, 0, 4), (5, 7, 0), (32, 400, 90), (90, 50, 7)])
def test_dense_product(route, M, K, N):
    rng = np.random.default_rng(M * 7 + K + N)
    a, b = _random(rng, M, K, 0.1), _random(rng, K, N)
    got = csr.dense_product(_csr(a), _csr(b))
    assert got.shape == (M, N)
    assert np.array_equal(got, a.astype(np.float64) @ b.astype(np.float64))


def test_alignment_identical_on_both_routes(monkeypatch):
    """The numpy route and scipy's give the same beads and confidences, to the bit."""
    sys.path.insert(0, "scripts")
    from bench_align import synthetic

    from aligner.align import align_sentences

    src, tgt, mt, _ = synthetic(150, 4)
    runs = []
    for big, work, loaded in ((1 << 40, 1 << 40, False), (0, -1, True)):
        monkeypatch.setattr(csr, "BIG", big)
        monkeypatch.setattr(csr, "PAIRS", work)
        monkeypatch.setattr(csr, "_scipy_loaded", lambda loaded=loaded: loaded)
        pairs = align_sentences(src, tgt, mt)
        runs.append([(p.src, p.tgt, p.score, p.similarity) for p in pairs])
    assert runs[0] == runs[1]
    assert len(runs[0]) > 100


def test_short_document_does_not_import_scipy():
    code = (
        "import sys\n"
        "from aligner.align import align_sentences\n"
        "p = align_sentences(['Das ist gut.', 'Der Himmel ist blau.', 'Er kam.'],\n"
        "                    ['The sky is blue.', 'That is good.', 'He came.'],\n"
        "                    ['That is good.', 'The sky is blue.', 'He came.'])\n"
        "assert len(p) >= 2, p\n"
        "print('scipy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
