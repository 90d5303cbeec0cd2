"""NLLB-200 and M2M100 through the project's own code path, with tiny random models.

``tests/tiny_models.py`` builds an M2M100ForConditionalGeneration with an
M2M100Tokenizer (laid out like facebook/m2m100_418M) and one with an NllbTokenizer
(like facebook/nllb-200-distilled-600M).  The tests check what the backends hand to
``generate`` / ``Translator.translate_batch``: the source language token opens the
input, the target language token is forced as the first output token (hf) or given
as the target prefix (ct2), and it does not leak into the text.
"""

from __future__ import annotations

import json
import shutil

import pytest
from tiny_models import GERMAN, convert_with_cli, offline_models, one_torch_thread, tiny_multilingual_dir
from typer.testing import CliRunner

pytest.importorskip("transformers")
pytest.importorskip("ctranslate2")

from aligner.cli import app  # noqa: E402
from aligner.errors import AlignerError  # noqa: E402
from aligner.translate import registry, translate_texts  # noqa: E402

# folder name -> (source language token, target language token) for de -> en
MODELS = {
    "tiny-m2m100_418M": ("__de__", "__en__"),
    "tiny-nllb-200-distilled": ("deu_Latn", "eng_Latn"),
}

runner = CliRunner()


@pytest.fixture(scope="session")
def multi_dir():
    with one_torch_thread():
        yield tiny_multilingual_dir()


@pytest.fixture(autouse=True)
def _env(monkeypatch, multi_dir):
    offline_models(monkeypatch, multi_dir)


@pytest.fixture(scope="session")
def ct2_dirs(multi_dir):
    """Both models converted with the project's own `aligner models convert FOLDER`."""
    return convert_with_cli(multi_dir, MODELS)


def _tokenizer(folder):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(folder))


@pytest.fixture
def generate_calls(monkeypatch):
    """Every call of M2M100ForConditionalGeneration.generate: (kwargs, output)."""
    from transformers import M2M100ForConditionalGeneration

    calls = []
    real = M2M100ForConditionalGeneration.generate

    def spy(self, *args, **kwargs):
        out = real(self, *args, **kwargs)
        calls.append((kwargs, out))
        return out

    monkeypatch.setattr(M2M100ForConditionalGeneration, "generate", spy)
    return calls


@pytest.fixture
def ct2_calls(monkeypatch):
    """Every call of ctranslate2.Translator.translate_batch: (source tokens, target prefix, results)."""
    import ctranslate2

    calls = []
    real_cls = ctranslate2.Translator

    class Recording:
        def __init__(self, *args, **kwargs):
            self._t = real_cls(*args, **kwargs)

        def translate_batch(self, source, target_prefix=None, **kwargs):
            res = self._t.translate_batch(source, target_prefix, **kwargs)
            calls.append((source, target_prefix, res))
            return res

        def __getattr__(self, name):
            return getattr(self._t, name)

    monkeypatch.setattr(ctranslate2, "Translator", Recording)
    return calls


def test_folders_are_laid_out_like_hub_checkpoints(multi_dir):
    m2m, nllb = multi_dir / "tiny-m2m100_418M", multi_dir / "tiny-nllb-200-distilled"
    for folder in (m2m, nllb):
        config = json.loads((folder / "config.json").read_text())
        assert config["model_type"] == "m2m_100"
        assert config["architectures"] == ["M2M100ForConditionalGeneration"]
        assert (folder / "sentencepiece.bpe.model").is_file() and (folder / "model.safetensors").is_file()
    assert (m2m / "vocab.json").is_file() and (m2m / "special_tokens_map.json").is_file()
    assert json.loads((nllb / "config.json").read_text())["tokenizer_class"] == "NllbTokenizer"
    assert (nllb / "tokenizer.json").is_file()
    tm, tn = _tokenizer(m2m), _tokenizer(nllb)
    assert type(tm).__name__ == "M2M100Tokenizer" and type(tn).__name__.startswith("NllbTokenizer")
    # language tokens are special tokens with ids inside the model's vocabulary
    for tok, folder, tokens in ((tm, m2m, ("__de__", "__en__")), (tn, nllb, ("deu_Latn", "eng_Latn"))):
        vocab_size = json.loads((folder / "config.json").read_text())["vocab_size"]
        for t in tokens:
            assert t in tok.all_special_tokens
            assert tok.unk_token_id != tok.convert_tokens_to_ids(t) < vocab_size
    assert tm.get_lang_id("en") == tm.convert_tokens_to_ids("__en__")


@pytest.mark.parametrize("name", list(MODELS))
def test_hf_sets_source_language_and_forces_target_language(name, multi_dir, generate_calls):
    src_tok, tgt_tok = MODELS[name]
    tok = _tokenizer(multi_dir / name)
    src_id, tgt_id = tok.convert_tokens_to_ids(src_tok), tok.convert_tokens_to_ids(tgt_tok)
    out = translate_texts(GERMAN, "de", "en", backend="hf", model=str(multi_dir / name), batch_size=8, guards=False)
    assert [t.source for t in out] == GERMAN and all(t.backend == "hf" for t in out)
    assert generate_calls and sum(len(kw["input_ids"]) for kw, _ in generate_calls) == len(GERMAN)
    for kwargs, res in generate_calls:
        assert kwargs["forced_bos_token_id"] == tgt_id
        for row, mask in zip(kwargs["input_ids"].tolist(), kwargs["attention_mask"].tolist()):
            real = [t for t, m in zip(row, mask) if m]
            assert real[0] == src_id and real[-1] == tok.eos_token_id  # "__de__ ... </s>" / "deu_Latn ... </s>"
        # decoder start </s>, then the forced target language token
        assert res.sequences[:, 0].tolist() == [2] * len(res.sequences)
        assert res.sequences[:, 1].tolist() == [tgt_id] * len(res.sequences)
    assert not any(tgt_tok in t.target or src_tok in t.target for t in out)


@pytest.mark.parametrize("backend", ["hf", "ct2"])
@pytest.mark.parametrize("name", list(MODELS))
def test_one_output_per_input_in_order_and_batch_independent(name, backend, multi_dir, ct2_dirs):
    folder = str(multi_dir / name)
    b1 = translate_texts(GERMAN, "de", backend=backend, model=folder, batch_size=1, guards=False)
    b8 = translate_texts(GERMAN, "de", backend=backend, model=folder, batch_size=8, guards=False)
    assert len(b8) == len(GERMAN) and [t.source for t in b8] == GERMAN
    assert [t.target for t in b1] == [t.target for t in b8]  # batch 1 = each sentence on its own
    assert len({t.target for t in b8}) >= 4  # the model tells inputs apart, so the order check has teeth
    rev = translate_texts(GERMAN[::-1], "de", backend=backend, model=folder, batch_size=8, guards=False)
    assert [t.target for t in rev] == [t.target for t in b8][::-1]
    assert {t.model for t in b8} == {folder} and {t.backend for t in b8} == {backend}


@pytest.mark.parametrize("name", list(MODELS))
def test_ct2_conversion_keeps_language_tokens(name, multi_dir, ct2_dirs):
    out = ct2_dirs[name]
    assert (out / "model.bin").is_file()
    assert json.loads((out / "aligner_source.json").read_text())["model_type"] == "m2m_100"
    vocab = json.loads((out / "shared_vocabulary.json").read_text())
    config = json.loads((multi_dir / name / "config.json").read_text())
    assert len(vocab) == config["vocab_size"]
    tok = _tokenizer(multi_dir / name)
    for t in MODELS[name]:
        assert vocab[tok.convert_tokens_to_ids(t)] == t  # same ids in both worlds
    assert registry.list_local()  # `aligner models list` sees hf folders and conversions
    res = runner.invoke(app, ["models", "list"])
    assert res.exit_code == 0 and f"{name}-ct2-int8" in res.output


@pytest.mark.parametrize("name", list(MODELS))
def test_ct2_gets_source_token_and_target_prefix(name, multi_dir, ct2_dirs, ct2_calls):
    src_tok, tgt_tok = MODELS[name]
    out = translate_texts(GERMAN, "de", "en", backend="ct2", model=str(multi_dir / name), batch_size=8, guards=False)
    assert [t.source for t in out] == GERMAN and all(t.backend == "ct2" for t in out)
    assert sum(len(src) for src, _, _ in ct2_calls) == len(GERMAN)
    for source, prefix, results in ct2_calls:
        assert all(toks[0] == src_tok and toks[-1] == "</s>" for toks in source)
        assert prefix == [[tgt_tok]] * len(source)
        assert all(r.hypotheses[0][0] == tgt_tok for r in results)
    assert not any(tgt_tok in t.target or src_tok in t.target for t in out)


def test_nllb_is_recognised_by_its_tokenizer_whatever_the_folder_name(multi_dir, generate_calls):
    """An NLLB fine-tune saved as models/my-de-en is an m2m_100 model: the NllbTokenizer decides."""
    import tempfile
    from pathlib import Path

    root = Path(tempfile.mkdtemp(prefix="mt-"))  # not tmp_path: its name holds the test's name ("nllb")
    folder = root / "my-de-en"
    shutil.copytree(multi_dir / "tiny-nllb-200-distilled", folder)
    assert "nllb" not in str(folder).lower()
    tok = _tokenizer(folder)
    out = translate_texts(GERMAN[:3], "de", backend="hf", model=str(folder), guards=False)
    assert len(out) == 3
    assert {kw["forced_bos_token_id"] for kw, _ in generate_calls} == {tok.convert_tokens_to_ids("eng_Latn")}
    assert {kw["input_ids"][0, 0].item() for kw, _ in generate_calls} == {tok.convert_tokens_to_ids("deu_Latn")}
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("backend", ["hf", "ct2"])
def test_language_without_a_token_is_a_clear_error(backend, multi_dir, ct2_dirs):
    # 'sv' is not in the registry's NLLB codes, and must not silently become <unk> or a BPE piece
    with pytest.raises(AlignerError, match=r"no language token for 'sv'.*registry\.json"):
        translate_texts(["Hej då."], "sv", "en", backend=backend, model=str(multi_dir / "tiny-nllb-200-distilled"))
    # M2M100 knows Swedish under its own code
    out = translate_texts(["Hej då."], "sv", "en", backend=backend, model=str(multi_dir / "tiny-m2m100_418M"), guards=False)
    assert len(out) == 1


@pytest.fixture(scope="session")
def m2m100_saved_by_constructor(multi_dir):
    """The same M2M100 model with its tokenizer built from vocab.json + sentencepiece.bpe.model
    and saved by transformers 5: the language tokens are then not listed as special tokens."""
    import tempfile
    from pathlib import Path

    from transformers import M2M100Tokenizer

    root = Path(tempfile.mkdtemp(prefix="mt-"))
    folder = root / "m2m100-resaved"
    shutil.copytree(multi_dir / "tiny-m2m100_418M", folder)
    (folder / "special_tokens_map.json").unlink()
    (folder / "tokenizer_config.json").unlink()
    tok = M2M100Tokenizer(str(folder / "vocab.json"), str(folder / "sentencepiece.bpe.model"), model_max_length=64)
    tok.save_pretrained(str(folder))
    assert "__en__" not in _tokenizer(folder).all_special_tokens  # the case under test
    yield folder
    shutil.rmtree(root, ignore_errors=True)


def test_m2m100_language_tokens_not_special_still_convert_and_never_leak(m2m100_saved_by_constructor):
    folder = m2m100_saved_by_constructor
    res = runner.invoke(app, ["models", "convert", str(folder), "--out", str(folder.parent / "resaved-ct2")])
    assert res.exit_code == 0, res.output
    vocab = json.loads((folder.parent / "resaved-ct2" / "shared_vocabulary.json").read_text())
    tok = _tokenizer(folder)
    assert len(vocab) == json.loads((folder / "config.json").read_text())["vocab_size"]
    assert vocab[tok.get_lang_id("en")] == "__en__" and vocab[tok.get_lang_id("de")] == "__de__"
    for backend, model in (("hf", folder), ("ct2", folder.parent / "resaved-ct2")):
        out = translate_texts(GERMAN[:4], "de", backend=backend, model=str(model), guards=False)
        assert len(out) == 4 and not any(t.target.startswith("__en__") for t in out), [t.target for t in out]


def test_convert_failure_is_one_line_error_not_traceback(multi_dir, tmp_path):
    """A vocabulary that does not fit the weights: CTranslate2 refuses, the CLI says why."""
    folder = tmp_path / "broken-m2m100"
    shutil.copytree(multi_dir / "tiny-m2m100_418M", folder)
    config = json.loads((folder / "tokenizer_config.json").read_text())
    config["num_madeup_words"] = 20  # 12 more tokens than the model has rows
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    res = runner.invoke(app, ["models", "convert", str(folder), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "CTranslate2 cannot convert" in res.output and "vocabulary" in res.output
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.partial").exists()


@pytest.mark.parametrize("name", list(MODELS))
def test_guard_retries_with_beam_keep_the_language_tokens(name, multi_dir, ct2_dirs, generate_calls, ct2_calls):
    """The random models loop ("okokok..."), so the guards retry with beam search: the
    retry must force the same target language."""
    src_tok, tgt_tok = MODELS[name]
    tok = _tokenizer(multi_dir / name)
    for backend in ("hf", "ct2"):
        out = translate_texts(GERMAN, "de", backend=backend, model=str(multi_dir / name), batch_size=8)
        assert len(out) == len(GERMAN) and any(t.flags for t in out)
    beams = [kw["num_beams"] for kw, _ in generate_calls]
    assert max(beams) > 1 and beams[0] == 1  # a retry happened
    assert {kw["forced_bos_token_id"] for kw, _ in generate_calls} == {tok.convert_tokens_to_ids(tgt_tok)}
    assert len(ct2_calls) >= 2  # first pass and retry
    assert all(prefix == [[tgt_tok]] * len(src) and all(s[0] == src_tok for s in src) for src, prefix, _ in ct2_calls)


def test_cli_translate_run_with_an_nllb_folder(multi_dir, tmp_path):
    from tiny_models import make_run

    from aligner.model import Translation
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    make_run(store, [("a1", "de", GERMAN[:5]), ("e1", "en", ["Russia threatens Cuba."])])
    store.close()
    model = str(multi_dir / "tiny-nllb-200-distilled")
    args = ["translate", str(tmp_path / "run"), "--to", "en", "--backend", "hf", "--model", model, "--stats"]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    rows = [Translation.from_dict(json.loads(x)) for x in (tmp_path / "run" / "translations.jsonl").read_text().splitlines()]
    by_id = {t.sentence_id: t for t in rows}
    assert [by_id[f"a1#s{i:04d}"].source for i in range(5)] == GERMAN[:5]
    assert {by_id[f"a1#s{i:04d}"].model for i in range(5)} == {model}
    assert by_id["e1#s0000"].backend == "identity" and by_id["e1#s0000"].target == "Russia threatens Cuba."
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "model calls 0" in again.output
