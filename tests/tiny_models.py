"""A tiny randomly initialised Marian model, saved exactly like an opus-mt folder.

``build_tiny_marian(out_dir)`` trains a small SentencePiece vocabulary on the seed
articles (German and English), builds a 2+2-layer MarianMTModel with random weights
and saves model + tokenizer with ``save_pretrained``: ``config.json``,
``model.safetensors``, ``source.spm``, ``target.spm``, ``vocab.json``,
``tokenizer_config.json``, ... so that the project loads it through the same code
path as ``Helsinki-NLP/opus-mt-de-en``.  Its translations are nonsense but
deterministic, which is all the engine tests need.

``build_tiny_m2m100`` and ``build_tiny_nllb`` do the same for the multilingual
models (M2M100ForConditionalGeneration with an M2M100Tokenizer, laid out like
``facebook/m2m100_418M``, or with an NllbTokenizer, like
``facebook/nllb-200-distilled-600M``); ``tiny_multilingual_dir()`` builds both once.
"""

from __future__ import annotations

import io
import json
import re
from contextlib import contextmanager
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "corpora" / "seeds"


def training_lines(german_only: bool = False) -> list[str]:
    """Sentences of the seed articles (000-002 are German, 003-004 English)."""
    lines: list[str] = []
    for p in sorted(SEEDS.glob("*.txt")):
        if german_only and p.name[:3] not in ("000", "001", "002"):
            continue
        text = p.read_text(encoding="utf-8")
        for para in text.splitlines():
            for sent in re.split(r"(?<=[.!?])\s+", para.strip()):
                if len(sent) > 3:
                    lines.append(sent)
    return lines


def _tiny_dims(d_model: int, layers: int) -> dict:
    """The sizes shared by every tiny seq2seq config: 2 heads, FFN twice d_model, 64 positions."""
    return dict(
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model,
        max_position_embeddings=64,
    )


def build_tiny_marian(out_dir: Path, vocab_size: int = 400, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    spm_bytes = _train_spm(vocab_size, "unigram", unk_id=0, bos_id=-1, eos_id=1)
    (out_dir / "source.spm").write_bytes(spm_bytes)
    (out_dir / "target.spm").write_bytes(spm_bytes)
    proc = spm.SentencePieceProcessor(model_proto=spm_bytes)
    pieces = [proc.id_to_piece(i) for i in range(proc.get_piece_size())]
    # Marian layout: </s> = 0, <unk> = 1, the pieces, <pad> last
    vocab = {"</s>": 0, "<unk>": 1}
    for piece in pieces:
        if piece not in vocab:
            vocab[piece] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(str(out_dir / "source.spm"), str(out_dir / "target.spm"), str(out_dir / "vocab.json"), model_max_length=64)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        **_tiny_dims(d_model, layers),
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
        scale_embedding=True,
        activation_function="swish",
        init_std=0.2,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.generation_config.bad_words_ids = [[pad]]
    model.generation_config.max_length = 20  # short outputs keep the tests fast
    model.generation_config.num_beams = 1
    model.eval()
    model.save_pretrained(str(out_dir))
    tok.save_pretrained(str(out_dir))
    return out_dir


def _train_spm(vocab_size: int, model_type: str, **special_ids: int) -> bytes:
    """A SentencePiece model trained on the seed sentences, as bytes."""
    import sentencepiece as spm

    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(training_lines()),
        model_writer=buf,
        vocab_size=vocab_size,
        model_type=model_type,
        character_coverage=1.0,
        num_threads=1,
        pad_id=-1,
        minloglevel=2,
        **special_ids,
    )
    return buf.getvalue()


def _train_bpe_spm(vocab_size: int) -> bytes:
    """A SentencePiece BPE model (the kind fairseq's ``sentencepiece.bpe.model`` is) with
    fairseq's special ids: <unk> = 0, <s> = 1, </s> = 2, no <pad>."""
    return _train_spm(vocab_size, "bpe", unk_id=0, bos_id=1, eos_id=2)


def _tiny_m2m100_config(vocab_size: int, d_model: int, layers: int, **extra):
    from transformers import M2M100Config

    return M2M100Config(
        vocab_size=vocab_size,
        **_tiny_dims(d_model, layers),
        activation_function="relu",
        scale_embedding=True,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
        init_std=1.0,  # large random weights: different inputs give different outputs
        **extra,
    )


def _save_seq2seq(config, out_dir: Path, seed: int) -> None:
    import torch
    from transformers import M2M100ForConditionalGeneration

    torch.manual_seed(seed)
    model = M2M100ForConditionalGeneration(config)
    model.generation_config.max_length = 20  # short outputs keep the tests fast
    model.generation_config.num_beams = 1
    model.eval()
    model.save_pretrained(str(out_dir))


def build_tiny_m2m100(out_dir: Path, vocab_size: int = 500, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    """A random M2M100ForConditionalGeneration laid out like ``facebook/m2m100_418M``:
    ``sentencepiece.bpe.model``, ``vocab.json`` (<s> <pad> </s> <unk>, then the pieces),
    ``tokenizer_config.json`` (M2M100Tokenizer), ``special_tokens_map.json`` (the 100
    language tokens ``__de__`` ... as additional special tokens), ``config.json``.  The
    language tokens follow the vocabulary, then 8 made-up words.

    The tokenizer files are written the way they are on the hub (constructing an
    M2M100Tokenizer directly in transformers 5 would not register the language tokens
    as special tokens, which no real folder does)."""
    import sentencepiece as spm
    from transformers import AutoTokenizer
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    spm_bytes = _train_bpe_spm(vocab_size)
    (out_dir / "sentencepiece.bpe.model").write_bytes(spm_bytes)
    proc = spm.SentencePieceProcessor(model_proto=spm_bytes)
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    specials = {"bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>"}
    lang_tokens = [f"__{code}__" for code in FAIRSEQ_LANGUAGE_CODES["m2m100"]]
    (out_dir / "special_tokens_map.json").write_text(json.dumps({**specials, "additional_special_tokens": lang_tokens}), encoding="utf-8")
    tok_config = {"src_lang": None, "tgt_lang": None, **specials, "language_codes": "m2m100", "num_madeup_words": 8,
                  "model_max_length": 64, "tokenizer_class": "M2M100Tokenizer"}
    (out_dir / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2), encoding="utf-8")
    tok = AutoTokenizer.from_pretrained(str(out_dir))
    assert tok.get_lang_id("de") == len(vocab) + FAIRSEQ_LANGUAGE_CODES["m2m100"].index("de")
    config = _tiny_m2m100_config(len(vocab) + len(lang_tokens) + tok.num_madeup_words, d_model, layers)
    _save_seq2seq(config, out_dir, seed)
    return out_dir


def build_tiny_nllb(out_dir: Path, vocab_size: int = 500, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    """A random M2M100ForConditionalGeneration with an NllbTokenizer, laid out like
    ``facebook/nllb-200-distilled-600M``: ``config.json`` (model_type m2m_100,
    tokenizer_class NllbTokenizer), ``sentencepiece.bpe.model``, ``tokenizer.json``,
    ``tokenizer_config.json``; the 202 language tokens ``deu_Latn`` ... are special tokens."""
    from transformers import NllbTokenizer
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "sentencepiece.bpe.model").write_bytes(_train_bpe_spm(vocab_size))
    # the tokenizer is converted from the SentencePiece model; the language codes are
    # added explicitly (from a bare .model file transformers 5 would leave them out)
    tok = NllbTokenizer.from_pretrained(str(out_dir), extra_special_tokens=list(FAIRSEQ_LANGUAGE_CODES), model_max_length=64)
    assert tok.convert_tokens_to_ids("deu_Latn") != tok.unk_token_id
    config = _tiny_m2m100_config(len(tok), d_model, layers, tokenizer_class="NllbTokenizer")
    _save_seq2seq(config, out_dir, seed)
    tok.save_pretrained(str(out_dir))
    return out_dir


_CACHE: dict[str, Path] = {}


def tiny_models_dir() -> Path:
    """A temporary ``models/`` folder holding ``tiny-marian`` (built once per test session)."""
    if "dir" not in _CACHE:
        import atexit
        import shutil
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="aligner-tiny-models-"))
        atexit.register(shutil.rmtree, root, True)
        build_tiny_marian(root / "tiny-marian")
        _CACHE["dir"] = root
    return _CACHE["dir"]


def make_run(store, articles: list[tuple[str, str, list[str]]]) -> None:
    """Write articles.jsonl + sentences.jsonl for (article id, language, sentences)."""
    from aligner.model import Article, Sentence

    arts, sents = [], []
    for aid, lang, sentences in articles:
        text = " ".join(sentences)
        arts.append(Article(id=aid, text=text, language=lang, source_path=f"/input/{aid}.txt"))
        pos = 0
        for i, s in enumerate(sentences):
            start = text.index(s, pos)
            pos = start + len(s)
            sents.append(Sentence(f"{aid}#s{i:04d}", aid, f"{aid}#p0000", i, start, pos, s, lang))
    store.write("articles.jsonl", arts)
    store.write("sentences.jsonl", sents)


def tiny_ct2_dir() -> Path:
    """``tiny-marian`` converted with the project's own ``aligner models convert`` (once)."""
    if "ct2" not in _CACHE:
        from typer.testing import CliRunner

        from aligner.cli import app

        models = tiny_models_dir()
        out = models / "tiny-marian-ct2-int8"
        if not (out / "model.bin").is_file():
            res = CliRunner().invoke(app, ["models", "convert", str(models / "tiny-marian"), "--out", str(out)])
            assert res.exit_code == 0, res.output
        _CACHE["ct2"] = out
    return _CACHE["ct2"]


def tiny_multilingual_dir() -> Path:
    """A temporary ``models/`` folder holding ``tiny-m2m100_418M`` and
    ``tiny-nllb-200-distilled`` (built once per test session)."""
    if "multi" not in _CACHE:
        import atexit
        import shutil
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="aligner-tiny-multi-"))
        atexit.register(shutil.rmtree, root, True)
        build_tiny_m2m100(root / "tiny-m2m100_418M")
        build_tiny_nllb(root / "tiny-nllb-200-distilled")
        _CACHE["multi"] = root
    return _CACHE["multi"]


# German sentences the translation tests feed through tiny models
GERMAN = [
    "Russland droht mit einer Stationierung von Truppen in Kuba.",
    "Die Gespräche in Genf endeten ohne Ergebnis.",
    "Das ist ein Test.",
    "Der Kreml wies die Vorwürfe zurück.",
    "Washington reagierte gelassen auf die Drohung aus Moskau.",
    "Putin und Diaz-Canel telefonierten am Montag.",
    "Die Nato lehnt die Forderungen ab.",
    "Ja.",
    "Der stellvertretende Außenminister Sergej Rjabkow sagte, er wolle nichts ausschließen.",
    "Kuba und Venezuela sind enge Verbündete Russlands.",
    "Die USA kündigten Sanktionen an.",
]


def offline_models(monkeypatch, folder: Path) -> None:
    """Models come from ``folder`` only, and the hub is unreachable (as in this workplace)."""
    from aligner.translate import registry

    monkeypatch.setenv("ALIGNER_MODELS", str(folder))
    monkeypatch.setattr(registry, "hub_reachable", lambda timeout=3.0: False)


@contextmanager
def one_torch_thread():
    """Torch on one thread while the block runs: on a shared 2-core machine two spinning
    OpenMP threads are several times slower than one."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def convert_with_cli(models_dir: Path, names) -> dict[str, Path]:
    """Each model folder converted with the project's own ``aligner models convert FOLDER``,
    with ``ALIGNER_MODELS`` pointing at ``models_dir`` meanwhile (restored after)."""
    import os

    from typer.testing import CliRunner

    from aligner.cli import app

    old = os.environ.get("ALIGNER_MODELS")
    os.environ["ALIGNER_MODELS"] = str(models_dir)
    try:
        for name in names:
            res = CliRunner().invoke(app, ["models", "convert", str(models_dir / name)])
            assert res.exit_code == 0, res.output
    finally:
        if old is None:
            os.environ.pop("ALIGNER_MODELS", None)
        else:
            os.environ["ALIGNER_MODELS"] = old
    return {name: models_dir / f"{name}-ct2-int8" for name in names}
