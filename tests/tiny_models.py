"""A tiny randomly initialised Marian model, saved exactly like an opus-mt folder.

``build_tiny_marian(out_dir)`` trains a small SentencePiece vocabulary on the seed
articles (German and English), builds a 2+2-layer MarianMTModel with random weights
and saves model + tokenizer with ``save_pretrained``: ``config.json``,
``model.safetensors``, ``source.spm``, ``target.spm``, ``vocab.json``,
``tokenizer_config.json``, ... so that the project loads it through the same code
path as ``Helsinki-NLP/opus-mt-de-en``.  Its translations are nonsense but
deterministic, which is all the engine tests need.
"""

from __future__ import annotations

import io
import json
import re
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


def build_tiny_marian(out_dir: Path, vocab_size: int = 400, d_model: int = 32, layers: int = 2, seed: int = 0) -> Path:
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(training_lines()),
        model_writer=buf,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,
        bos_id=-1,
        eos_id=1,
        unk_id=0,
        pad_id=-1,
        minloglevel=2,
    )
    spm_bytes = buf.getvalue()
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
        d_model=d_model,
        encoder_layers=layers,
        decoder_layers=layers,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model,
        max_position_embeddings=64,
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
