#!/usr/bin/env python
"""Translation speed: transformers vs CTranslate2, and the translation memory.

Builds a randomly initialised model with exactly the opus-mt-de-en architecture
(MarianMTModel, d_model 512, 6+6 layers, 8 heads, FFN 2048, vocabulary 58101;
about 74M parameters) with a real MarianTokenizer (a small SentencePiece model
trained on the seed articles, its vocabulary padded to 58101 entries), saves it
with ``save_pretrained``, converts it with the project's own converter (int8) and
translates German seed sentences through both backends with outputs fixed at 40
tokens (min length = max length), greedy and beam 4, batch 1/8/32.  Like against
like: both backends get the same threads (``--threads``; CT2 one replica with that
many intra-op threads) and every rate is given per wall second and per CPU-second of
the process (user + system, all threads).  Prints target tokens/s per setting, then times an unchanged second run of the same corpus through
the translation memory, and as its LAST line
``ct2/hf speedup (greedy, batch 32): X.XX``.

    python scripts/bench_translate.py [--quick] [--threads N]

Timings depend on what else runs on the machine: on shared CPUs they are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

OUT_TOKENS = 40
VOCAB = 58101


def build_opus_mt_sized(out_dir: Path) -> Path:
    import io

    import sentencepiece as spm
    import torch
    from tiny_models import training_lines
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(training_lines()), model_writer=buf, vocab_size=1000, model_type="unigram",
        character_coverage=1.0, num_threads=1, bos_id=-1, eos_id=1, unk_id=0, pad_id=-1, minloglevel=2,
    )
    for name in ("source.spm", "target.spm"):
        (out_dir / name).write_bytes(buf.getvalue())
    proc = spm.SentencePieceProcessor(model_proto=buf.getvalue())
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(proc.get_piece_size()):
        vocab.setdefault(proc.id_to_piece(i), len(vocab))
    filler = 0
    while len(vocab) < VOCAB - 1:  # pad to opus-mt-de-en's size; <pad> is the last id
        vocab.setdefault(f"▁w{filler}", len(vocab))
        filler += 1
    vocab["<pad>"] = len(vocab)
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = MarianTokenizer(str(out_dir / "source.spm"), str(out_dir / "target.spm"), str(out_dir / "vocab.json"))
    config = MarianConfig(
        vocab_size=VOCAB, decoder_vocab_size=VOCAB, d_model=512, encoder_layers=6, decoder_layers=6,
        encoder_attention_heads=8, decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048,
        max_position_embeddings=512, pad_token_id=VOCAB - 1, eos_token_id=0, decoder_start_token_id=VOCAB - 1,
        forced_eos_token_id=0, share_encoder_decoder_embeddings=True, scale_embedding=True,
        activation_function="swish", static_position_embeddings=True,
    )
    torch.manual_seed(0)
    model = MarianMTModel(config).eval()
    model.generation_config.bad_words_ids = [[VOCAB - 1]]
    model.generation_config.max_length = 512
    model.save_pretrained(str(out_dir))
    tok.save_pretrained(str(out_dir))
    return out_dir


def sentences(n: int) -> list[str]:
    from tiny_models import training_lines

    lines = [s for s in training_lines(german_only=True) if 20 <= len(s) <= 200]
    out = []
    while len(out) < n:
        out.extend(lines)
    return out[:n]


def time_backend(backend, texts: list[str], batch: int, beam: int) -> tuple[float, float]:
    """(target tokens per wall second, target tokens per CPU-second of this process)."""
    warm = {"min_new_tokens": 4, "max_new_tokens": 4, "scores": False}
    backend.translate_batch(texts[:2], "de", "en", beam=beam, batch_size=batch, options=warm)
    opts = {"min_new_tokens": OUT_TOKENS, "max_new_tokens": OUT_TOKENS, "scores": False}
    t0, c0 = time.perf_counter(), time.process_time()
    out = backend.translate_batch(texts, "de", "en", beam=beam, batch_size=batch, options=opts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert len(out) == len(texts)
    return len(texts) * OUT_TOKENS / secs, len(texts) * OUT_TOKENS / cpu


def check_fixed_length(hf, ct2, text: str) -> None:
    """Both backends really produce OUT_TOKENS target tokens per sentence."""
    import torch

    enc = hf.tokenizer([text], return_tensors="pt")
    with torch.inference_mode():
        seq = hf.net.generate(**enc, min_new_tokens=OUT_TOKENS, max_new_tokens=OUT_TOKENS, num_beams=1, max_length=None)
    assert seq.shape[1] - 1 == OUT_TOKENS, seq.shape
    toks = ct2.tokenizer.convert_ids_to_tokens(ct2.tokenizer(text)["input_ids"])
    res = ct2.translator.translate_batch([toks], beam_size=1, min_decoding_length=OUT_TOKENS, max_decoding_length=OUT_TOKENS)
    assert len(res[0].hypotheses[0]) == OUT_TOKENS, len(res[0].hypotheses[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer sentences per setting (about a third of the time)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2, help="threads for both backends: torch threads for hf, intra-op threads of one CT2 replica (default: all cores)")
    ap.add_argument("--keep", type=Path, default=None, help="build the model here and keep it")
    args = ap.parse_args()

    import torch

    from aligner.store import RunStore
    from aligner.translate.ct2 import CT2Backend, convert
    from aligner.translate.engine import Engine
    from aligner.translate.hf import HFBackend

    torch.set_num_threads(args.threads)
    work = Path(tempfile.mkdtemp(prefix="bench-translate-"))
    try:
        t0 = time.perf_counter()
        model_dir = build_opus_mt_sized((args.keep or work) / "opus-mt-sized-random")
        ct2_dir = convert(str(model_dir), out_dir=work / "opus-mt-sized-random-ct2-int8", force=True)
        hf = HFBackend(str(model_dir), device="cpu")
        ct2 = CT2Backend(str(ct2_dir), device="cpu", inter_threads=1, intra_threads=args.threads)
        torch.set_num_threads(args.threads)
        n_params = sum(p.numel() for p in hf.net.parameters())
        print(f"model: random MarianMTModel, {n_params / 1e6:.1f}M parameters, vocabulary {VOCAB}; "
              f"ct2 int8, inter_threads=1 intra_threads={args.threads}; torch threads {torch.get_num_threads()}; "
              f"{os.cpu_count()} CPUs; setup {time.perf_counter() - t0:.0f}s", flush=True)
        check_fixed_length(hf, ct2, sentences(1)[0])

        sizes = {1: 2, 8: 16, 32: 32} if args.quick else {1: 8, 8: 32, 32: 96}
        rows = []
        load = os.getloadavg()[0]
        print(f"load average {load:.2f} on {os.cpu_count()} CPUs")
        print(f"\n{'backend':8} {'search':8} {'batch':>5} {'sentences':>9} {'target tok/s':>13} {'tok/CPU-s':>10}")
        for beam in (1, 4):
            for batch, n in sizes.items():
                texts = sentences(n)
                for name, be in (("hf", hf), ("ct2", ct2)):
                    rate, per_cpu = time_backend(be, texts, batch, beam)
                    rows.append((name, beam, batch, rate, per_cpu))
                    search = "greedy" if beam == 1 else f"beam {beam}"
                    print(f"{name:8} {search:8} {batch:>5} {n:>9} {rate:>13.1f} {per_cpu:>10.1f}", flush=True)

        # translation memory: the same corpus twice through the engine and a run store
        texts = sentences(sizes[32])
        opts = {"min_new_tokens": OUT_TOKENS, "max_new_tokens": OUT_TOKENS, "scores": False}
        store = RunStore(work / "run")
        eng = Engine(ct2, store, guards=False)
        t1 = time.perf_counter()
        eng.translate(texts, "de", "en", batch_size=32, options=opts)
        first = time.perf_counter() - t1
        eng2 = Engine(ct2, store, guards=False)
        t2 = time.perf_counter()
        eng2.translate(texts, "de", "en", batch_size=32, options=opts)
        second = time.perf_counter() - t2
        assert eng2.last_stats.model_calls == 0 and eng2.last_stats.hits == eng2.last_stats.unique
        store.close()
        print(f"\ntranslation memory ({len(texts)} sentences, ct2 greedy batch 32): first run {first:.3f}s, "
              f"unchanged re-run {second * 1000:.1f} ms, {first / second:.0f}x faster, 0 model calls")

        rate = {(n, b, bs): r for n, b, bs, r, _ in rows}
        cpu = {(n, b, bs): c for n, b, bs, _, c in rows}
        for beam in (1, 4):
            for bs in sizes:
                search = "greedy" if beam == 1 else f"beam {beam}"
                print(f"ct2/hf speedup ({search}, batch {bs}): {rate[('ct2', beam, bs)] / rate[('hf', beam, bs)]:.2f} wall, "
                      f"{cpu[('ct2', beam, bs)] / cpu[('hf', beam, bs)]:.2f} per CPU-second")
        print(f"ct2/hf speedup (greedy, batch 32): {rate[('ct2', 1, 32)] / rate[('hf', 1, 32)]:.2f} wall, "
              f"{cpu[('ct2', 1, 32)] / cpu[('hf', 1, 32)]:.2f} per CPU-second")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
