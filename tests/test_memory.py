"""The translation memory: dedup, zero model calls on re-runs, resume after a crash."""

from __future__ import annotations

import pytest
from tiny_models import offline_models, tiny_ct2_dir, tiny_models_dir

pytest.importorskip("ctranslate2")

from aligner.store import RunStore  # noqa: E402
from aligner.translate import get_backend  # noqa: E402
from aligner.translate.engine import Engine  # noqa: E402
from aligner.translate.memory import TranslationMemory, memory_key, normalise  # noqa: E402

TEXTS = [f"Satz Nummer {i} über Russland und Kuba." for i in range(14)]


@pytest.fixture(autouse=True)
def _models_env(monkeypatch):
    offline_models(monkeypatch, tiny_models_dir())


@pytest.fixture(scope="module")
def ct2():
    tiny_ct2_dir()
    import os

    os.environ.setdefault("ALIGNER_MODELS", str(tiny_models_dir()))
    return get_backend("ct2", str(tiny_ct2_dir()), device="cpu")


class Counting:
    """Wraps a backend: counts the texts it is asked to translate; can crash."""

    def __init__(self, inner, crash_after_calls=None):
        self.inner = inner
        self.seen: list[str] = []
        self.calls = 0
        self.crash_after_calls = crash_after_calls

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def translate_batch(self, texts, *a, **kw):
        if self.crash_after_calls is not None and self.calls >= self.crash_after_calls:
            raise KeyboardInterrupt("simulated crash")
        self.calls += 1
        self.seen.extend(texts)
        return self.inner.translate_batch(texts, *a, **kw)


def test_normalise_and_key():
    assert normalise("  Der\u00a0Kreml \n sagt.  ") == "Der Kreml sagt."
    assert normalise("Mu\u0308nchen") == "München"  # NFC
    k = memory_key("hf", "fp", "de", "en", "Der Kreml sagt.")
    assert k == memory_key("hf", "fp", "de", "en", "  Der   Kreml sagt. ")
    assert k != memory_key("hf", "fp2", "de", "en", "Der Kreml sagt.")
    assert k != memory_key("ct2", "fp", "de", "en", "Der Kreml sagt.")
    assert k != memory_key("hf", "fp", "fr", "en", "Der Kreml sagt.")


def test_duplicates_translated_once(tmp_path, ct2):
    store = RunStore(tmp_path)
    be = Counting(ct2)
    texts = TEXTS[:3] + [TEXTS[0], "  " + TEXTS[1].replace(" ", "  ") + " ", TEXTS[2]]
    out = Engine(be, store, guards=False).translate(texts, "de", "en", batch_size=4)
    assert sorted(be.seen) == sorted(TEXTS[:3])
    assert out[3].target == out[0].target and out[4].target == out[1].target
    store.close()


def test_rerun_makes_zero_model_calls_and_memory_survives_reopen(tmp_path, ct2):
    store = RunStore(tmp_path)
    first = Engine(Counting(ct2), store).translate(TEXTS, "de", "en", batch_size=4)
    logged = store.db.execute("SELECT COUNT(*), SUM(n_inputs) FROM model_calls").fetchone()
    assert logged[0] >= 2 and logged[1] >= len(TEXTS)
    store.close()

    store = RunStore(tmp_path)  # a new process would open the same aligner.sqlite
    be = Counting(ct2)
    eng = Engine(be, store)
    again = eng.translate(TEXTS, "de", "en", batch_size=4)
    assert be.calls == 0 and be.seen == []
    assert eng.last_stats.hits == len(TEXTS) and eng.last_stats.misses == 0 and eng.last_stats.model_calls == 0
    assert [t.target for t in again] == [t.target for t in first]
    assert [t.flags for t in again] == [t.flags for t in first]
    assert [t.to_dict() for t in again] == [t.to_dict() for t in first]  # memory hits are counted, not marked per row
    assert store.db.execute("SELECT COUNT(*) FROM model_calls").fetchone()[0] == logged[0]
    assert TranslationMemory.for_store(store).size() == len(TEXTS)
    store.close()


def test_other_model_does_not_reuse_entries(tmp_path, ct2):
    store = RunStore(tmp_path)
    Engine(ct2, store, guards=False).translate(TEXTS[:3], "de", "en")
    hf = get_backend("hf", "tiny-marian", device="cpu")
    be = Counting(hf)
    eng = Engine(be, store, guards=False)
    eng.translate(TEXTS[:3], "de", "en")
    assert eng.last_stats.hits == 0 and sorted(be.seen) == sorted(TEXTS[:3])
    store.close()


def test_resume_after_crash_mid_run(tmp_path, ct2):
    ref_store = RunStore(tmp_path / "ref")
    reference = Engine(ct2, ref_store).translate(TEXTS, "de", "en", batch_size=2)
    ref_store.close()

    store = RunStore(tmp_path / "run")
    crashing = Counting(ct2, crash_after_calls=2)
    with pytest.raises(KeyboardInterrupt):
        Engine(crashing, store).translate(TEXTS, "de", "en", batch_size=2)
    done = TranslationMemory.for_store(store).size()
    assert 0 < done < len(TEXTS)  # the batches before the crash were committed
    store.close()

    store = RunStore(tmp_path / "run")
    be = Counting(ct2)
    eng = Engine(be, store)
    out = eng.translate(TEXTS, "de", "en", batch_size=2)
    assert eng.last_stats.hits == done and eng.last_stats.misses == len(TEXTS) - done
    assert len(set(be.seen) & set(crashing.seen)) == 0  # nothing translated twice (first passes)
    assert [t.target for t in out] == [t.target for t in reference]
    store.close()
