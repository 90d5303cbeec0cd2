"""The translation engine through a tiny random Marian model (hf and ct2), the
precomputed backend, the guards, the stage and the CLI."""

from __future__ import annotations

import json

import pytest
from tiny_models import GERMAN, convert_with_cli, make_run, offline_models, one_torch_thread, tiny_models_dir
from typer.testing import CliRunner

pytest.importorskip("transformers")
pytest.importorskip("ctranslate2")

from aligner.cli import app  # noqa: E402
from aligner.errors import StageUnavailable  # noqa: E402
from aligner.model import Quote, Translation  # noqa: E402
from aligner.store import RunStore  # noqa: E402
from aligner.translate import (  # noqa: E402
    Backend,
    Hypothesis,
    get_backend,
    guards,  # noqa: E402
    translate_texts,
)
from aligner.translate.engine import Engine, split_long  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    with one_torch_thread():
        yield tiny_models_dir()


@pytest.fixture(autouse=True)
def _models_env(monkeypatch, models):
    offline_models(monkeypatch, models)


@pytest.fixture(scope="module")
def ct2_dir(models):
    out = convert_with_cli(models, ["tiny-marian"])["tiny-marian"]
    assert (out / "model.bin").is_file()
    return out


class Recorder(Backend):
    """Wraps a backend and records every batch it receives."""

    def __init__(self, inner: Backend, fail_after: int | None = None):
        self.inner = inner
        self.name, self.model, self.fingerprint = inner.name, inner.model, inner.fingerprint
        self.max_input_tokens, self.parallel = inner.max_input_tokens, inner.parallel
        self.calls: list[list[str]] = []
        self.fail_after = fail_after

    def count_tokens(self, text, src_lang):
        return self.inner.count_tokens(text, src_lang)

    def translate_batch(self, texts, src_lang, tgt_lang, **kw):
        if self.fail_after is not None and len(self.calls) >= self.fail_after:
            raise KeyboardInterrupt("simulated crash")
        self.calls.append(list(texts))
        return self.inner.translate_batch(texts, src_lang, tgt_lang, **kw)


# -- backends -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["hf", "ct2"])
def test_one_output_per_input_in_order_and_batch_independent(kind, ct2_dir):
    texts = GERMAN + [GERMAN[2], "", GERMAN[0]]
    backend = get_backend(kind, "tiny-marian", "de", "en", device="cpu")
    b1 = translate_texts(texts, "de", backend=backend, batch_size=1, guards=False)
    b8 = translate_texts(texts, "de", backend=backend, batch_size=8, guards=False)
    assert len(b1) == len(b8) == len(texts)
    assert [t.source for t in b8] == texts
    assert [t.sentence_id for t in b8] == [str(i) for i in range(len(texts))]
    # greedy decoding does not depend on the batch (padding, length sorting)
    assert [t.target for t in b1] == [t.target for t in b8]
    # input order restored: each output equals that sentence translated on its own
    for i in (0, 3, 7, 10):
        alone = translate_texts([texts[i]], "de", backend=backend, guards=False)[0]
        assert alone.target == b8[i].target
    assert b8[-3].target == b8[2].target and b8[-1].target == b8[0].target
    assert b8[-2].target == ""  # empty in, empty out
    assert len({t.target for t in b8 if t.source}) > 3  # not one constant output
    for t in b8:
        assert t.backend == kind and t.model == "tiny-marian"
        if t.source:
            assert t.score is not None and t.score <= 0


def test_hf_loads_local_folder_by_path_and_by_name(models):
    by_name = get_backend("hf", "tiny-marian", device="cpu")
    by_path = get_backend("hf", str(models / "tiny-marian"), device="cpu")
    assert by_name.fingerprint == by_path.fingerprint
    assert by_name.max_input_tokens == 64
    out = translate_texts(GERMAN[:2], "de", backend=by_path, guards=False)
    assert out[0].target == translate_texts(GERMAN[:1], "de", backend=by_name, guards=False)[0].target


def test_default_backend_prefers_ct2_conversion(ct2_dir):
    assert get_backend(None, "tiny-marian", device="cpu").name == "ct2"
    assert get_backend("hf", "tiny-marian", device="cpu").name == "hf"


def test_beam_search_runs_and_differs_in_provenance_only(ct2_dir):
    for kind in ("hf", "ct2"):
        out = translate_texts(GERMAN[:3], "de", backend=kind, model="tiny-marian", beam=4, guards=False, device="cpu")
        assert len(out) == 3 and all(t.target for t in out)


def test_long_input_is_split_not_truncated(models):
    inner = get_backend("hf", "tiny-marian", device="cpu")
    rec = Recorder(inner)
    long_text = " ".join(GERMAN * 3)  # far beyond the tiny model's 64 tokens
    assert inner.count_tokens(long_text, "de") > 64
    out = Engine(rec, guards=False).translate([long_text, GERMAN[0]], "de", "en")
    pieces = [p for call in rec.calls for p in call]
    assert len(pieces) > 2
    assert all(inner.count_tokens(p, "de") <= 64 for p in pieces)
    # every word of the source went to the model exactly as often as it occurs
    assert sorted(" ".join(p for p in pieces if p != GERMAN[0]).split()) == sorted(long_text.split())
    assert "split" in out[0].flags and "split" not in out[1].flags


def test_split_long_keeps_every_character():
    text = "eins zwei, drei vier. fünf sechs sieben; acht neun zehn elf zwölf"
    parts = split_long(text, 3, lambda s: len(s.split()))
    assert all(len(p.split()) <= 3 for p in parts)
    assert " ".join(parts).split() == text.split()
    assert split_long("kurz", 3, lambda s: 1) == ["kurz"]


# -- guards -------------------------------------------------------------------


def test_guard_checks():
    assert guards.check("Das ist ein Test mit vielen Wörtern.", "This is a test with many words.") == []
    assert guards.check("Das ist ein Test.", "the the the the") == ["repetition"]
    assert "repetition" in guards.check("Er sagte dies.", "He said that he said that he said that")
    assert guards.check("Die Regierung in Moskau lehnt das ab.", "No.") == ["length-ratio"]
    assert guards.check("Ja.", "Yes.") == []
    assert guards.check("Hallo!!!!", "Hello!!!!") == []


class Scripted(Backend):
    """Greedy output loops; beam search output is fine (or loops too)."""

    name, model, fingerprint = "scripted", "scripted", "fp"

    def __init__(self, beam_fixes: bool):
        self.beam_fixes = beam_fixes
        self.beams: list[int] = []

    def translate_batch(self, texts, src_lang, tgt_lang, *, beam=1, batch_size=32, options=None):
        self.beams.append(beam)
        good = beam > 1 and self.beam_fixes
        return [Hypothesis("A fine translation." if good or t.startswith("Gut") else "no no no no no no", -1.0) for t in texts]


@pytest.mark.parametrize("beam_fixes", [True, False])
def test_guard_retries_once_with_beam_then_flags(beam_fixes):
    be = Scripted(beam_fixes)
    eng = Engine(be)
    out = eng.translate(["Gut gemacht, sagte er.", "Schlecht gemacht, sagte er."], "de", "en")
    assert be.beams == [1, 4]  # one retry, with beam search, of the bad one only
    assert out[0].flags == [] and out[0].target == "A fine translation."
    if beam_fixes:
        assert out[1].target == "A fine translation." and out[1].flags == []
        assert eng.stats.flagged == 0
    else:
        assert out[1].flags == ["repetition"] and eng.stats.flagged == 1
    assert eng.stats.retried == 1


# -- precomputed --------------------------------------------------------------


def test_precomputed_tsv(tmp_path):
    tsv = tmp_path / "mine.tsv"
    tsv.write_text(
        "Das ist ein Test.\tThis is a test.\nKeine Tabulatoren hier\n  Der Kreml   wies die Vorwürfe zurück. \tThe Kremlin rejected the accusations.\n",
        encoding="utf-8",
    )
    out = translate_texts(["Der Kreml wies die Vorwürfe zurück.", "Das ist ein Test.", "Unbekannt."], "de", translations=tsv)
    assert [t.target for t in out] == ["The Kremlin rejected the accusations.", "This is a test.", ""]
    assert out[2].flags == ["missing-translation"]
    assert {t.backend for t in out} == {"precomputed"} and out[0].model == str(tsv)


def test_precomputed_tsv_errors(tmp_path):
    from aligner.errors import InputError

    bad = tmp_path / "bad.tsv"
    bad.write_text("no tabs at all\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tsv"):
        translate_texts(["x"], "de", translations=bad)
    with pytest.raises(InputError, match="missing.tsv"):
        translate_texts(["x"], "de", translations=tmp_path / "missing.tsv")


@pytest.mark.parametrize("by_line", [True, False])
def test_precomputed_folder_pairs_documents_by_file_name(tmp_path, monkeypatch, by_line):
    from aligner.translate import precomputed

    if by_line:  # as before the sentence aligner existed: 1-1 by line
        monkeypatch.setattr(precomputed, "_aligner", lambda: None)
    elif precomputed._aligner() is None:
        pytest.skip("aligner.align is not available")
    store = RunStore(tmp_path / "run")
    de = [
        "Russland droht mit der Stationierung von Truppen in Kuba und Venezuela.",
        "Die Gespräche in Genf endeten am Montag ohne ein Ergebnis.",
        "Der Kreml wies die Vorwürfe aus Washington entschieden zurück.",
    ]
    make_run(store, [("a1", "de", de), ("a2", "de", ["Ein anderer Satz ohne Übersetzung."]), ("e1", "en", ["Already English."])])
    store.write("quotes.jsonl", [Quote("a1#q0000", "a1", "ohne ein Ergebnis", 0, 0, "fragment", "de", sentence_ids=["a1#s0001"])])
    folder = tmp_path / "translated"
    folder.mkdir()
    en = [
        "Russia threatens to station troops in Cuba and Venezuela.",
        "The talks in Geneva ended on Monday without a result.",
        "The Kremlin firmly rejected the accusations from Washington.",
    ]
    (folder / "a1.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    from aligner.pipeline import RunConfig
    from aligner.translate.stage import stage

    res = stage(store, RunConfig(out=store.root, translations=folder))
    got_q = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}["a1#q0000"]
    assert got_q.target == en[1] and got_q.flags == ["sentence-level"]
    assert res.status == "done"
    got = {t.sentence_id: t for t in store.read("translations.jsonl", Translation)}
    assert [got[f"a1#s{i:04d}"].target for i in range(3)] == en
    assert got["a2#s0000"].flags == ["missing-translation"]
    assert got["e1#s0000"].backend == "identity" and got["e1#s0000"].target == "Already English."
    assert res.summary["missing"] == 1
    store.close()


# -- offline / missing model ----------------------------------------------------


def test_missing_model_raises_stage_unavailable_quickly():
    with pytest.raises(StageUnavailable) as exc:
        translate_texts(["Hallo Welt."], "de", backend="hf", model="aligner-test/no-such-model")
    msg = str(exc.value)
    assert "aligner-test/no-such-model" in msg and "--model" in msg and "--translations" in msg
    assert "aligner models convert" in msg
    with pytest.raises(StageUnavailable, match="aligner models convert"):
        get_backend("ct2", "aligner-test/no-such-model")


def test_cli_translate_offline_error_is_one_paragraph(tmp_path):
    store = RunStore(tmp_path / "run")
    make_run(store, [("a1", "de", GERMAN[:2])])
    store.close()
    res = runner.invoke(app, ["translate", str(tmp_path / "run"), "--model", "aligner-test/no-such-model"])
    assert res.exit_code != 0
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "Traceback" not in res.output
    assert "error:" in res.output and "--translations" in res.output


def test_run_pipeline_records_translate_as_skipped(tmp_path):
    from aligner.pipeline import RunConfig, TranslateConfig, run_pipeline

    store = RunStore(tmp_path / "run")
    make_run(store, [("a1", "de", GERMAN[:2])])
    store.close()
    results = run_pipeline(RunConfig(out=tmp_path / "run", translate=TranslateConfig(model="aligner-test/no-such-model")), only=["translate"])
    assert results["translate"].status == "skipped"
    assert "--translations" in results["translate"].summary["reason"]
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["translate"]["status"] == "skipped"


# -- stage and CLI ----------------------------------------------------------------


def test_stage_translates_sentences_and_quotes(tmp_path, ct2_dir):
    from aligner.pipeline import RunConfig, TranslateConfig
    from aligner.translate.stage import stage

    store = RunStore(tmp_path / "run")
    make_run(store, [("a1", "de", GERMAN[:4]), ("e1", "en", ["Russia threatens Cuba.", "Talks failed."])])
    q = Quote("a1#q0000", "a1", "ein Test", 0, 8, "direct", "de")
    qe = Quote("e1#q0000", "e1", "Talks failed.", 0, 13, "direct", "en")
    store.write("quotes.jsonl", [q, qe])
    res = stage(store, RunConfig(out=store.root, translate=TranslateConfig(backend="ct2", model="tiny-marian", device="cpu")))
    rows = store.read("translations.jsonl", Translation)
    by_id = {t.sentence_id: t for t in rows}
    assert len(rows) == 8
    assert {f"a1#s{i:04d}" for i in range(4)} | {"e1#s0000", "e1#s0001", "a1#q0000", "e1#q0000"} == set(by_id)
    assert by_id["a1#q0000"].backend == "ct2" and by_id["a1#q0000"].source == "ein Test"
    assert by_id["e1#q0000"].backend == "identity" and by_id["e1#q0000"].target == "Talks failed."
    assert res.summary["translated"] == 5 and res.summary["identity"] == 3
    assert res.summary["misses"] == 5 and res.summary["hits"] == 0
    calls = store.db.execute("SELECT SUM(n_inputs), COUNT(*) FROM model_calls WHERE backend = 'ct2'").fetchone()
    assert calls[0] >= 5 and calls[1] == res.summary["model_calls"]
    store.close()


def test_cli_translate_twice_second_run_makes_no_model_calls(tmp_path, ct2_dir):
    store = RunStore(tmp_path / "run")
    make_run(store, [("a1", "de", GERMAN)])
    store.close()
    args = ["translate", str(tmp_path / "run"), "--backend", "ct2", "--model", "tiny-marian", "--batch-size", "4", "--stats"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "memory hits 0" in first.output
    rows1 = (tmp_path / "run" / "translations.jsonl").read_text(encoding="utf-8")
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    assert f"memory hits {len(GERMAN)}, misses 0, model calls 0" in second.output
    assert "translation memory" in second.output  # the --stats table
    rows2 = [Translation.from_dict(json.loads(x)) for x in (tmp_path / "run" / "translations.jsonl").read_text().splitlines()]
    first_rows = [Translation.from_dict(json.loads(x)) for x in rows1.splitlines()]
    assert [t.target for t in rows2] == [t.target for t in first_rows]
    assert rows2 == first_rows  # served by the memory: the same rows (the summary counts the hits)


def test_ct2_keeps_both_workers_busy(ct2_dir):
    be = get_backend("ct2", "tiny-marian", device="cpu")
    assert be.parallel == 2
    # batches never exceed the asked size and come in multiples of the worker count
    for n, bs, want in [(96, 32, 24), (64, 32, 32), (32, 32, 16), (8, 1, 1), (5, 8, 3)]:
        got = be._even_batch(n, bs)
        assert got == want and got <= bs
        assert (-(-n // got)) % 2 == 0
