"""CTranslate2 backend: int8 on CPU, float16 on GPU.

The model folder is a conversion made by ``aligner models convert`` (``model.bin``
plus the tokenizer saved beside it).  On a 2-core machine two workers of one thread
each (``inter_threads=2, intra_threads=1``) measured fastest, so the engine hands
this backend ``batch_size * inter_threads`` sentences at a time and CTranslate2
splits them into length-sorted batches of ``batch_size`` run in parallel.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

from ..errors import AlignerError, StageUnavailable
from . import registry
from .base import Backend, Hypothesis

SIDECAR = registry.SIDECAR

log = logging.getLogger(__name__)


def _converter_class():
    import ctranslate2

    class Converter(ctranslate2.converters.TransformersConverter):
        """Puts an M2M100 tokenizer's language tokens (``__de__`` ...) into the vocabulary
        even when transformers does not list them among its special tokens (a tokenizer
        built from vocab.json + sentencepiece.bpe.model and saved with transformers 5),
        so that the vocabulary has the model's size and the tokens keep their ids."""

        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            tok = super().load_tokenizer(tokenizer_class, model_name_or_path, **kwargs)
            langs = getattr(tok, "lang_token_to_id", None)
            if langs:
                vocab = tok.get_vocab()
                if any(t not in vocab for t in langs):
                    vocab.update(langs)
                    tok.get_vocab = lambda: dict(vocab)
            return tok

    return Converter


def _convertible(model: str, local: Path | None) -> None:
    """One clear line for a path that cannot be converted: missing, or already a conversion."""
    p = Path(model).expanduser()
    if local is not None or not (p.exists() or model.startswith((".", "/", "~"))):
        return
    if not p.exists():
        raise AlignerError(f"{model}: does not exist (give a transformers model folder or a hub id)")
    if registry.is_ct2_dir(p):
        raise AlignerError(f"{model}: already a CTranslate2 model; use it as it is: --backend ct2 --model {model}")


def convert(model: str, out_dir: Path | None = None, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a transformers model (id or folder) to ``<models folder>/<name>-ct2-<quantization>/``."""
    registry.require("convert", "ctranslate2", "torch", "transformers", "sentencepiece")
    from transformers import AutoTokenizer

    from .hf import load_pretrained, quiet_transformers

    quiet_transformers()

    local = registry.find_local(model, kind="hf")
    src = str(local) if local is not None else model
    _convertible(model, local)
    if out_dir is None:
        out_dir = registry.models_dir() / (Path(model.rstrip("/\\")).name + f"-ct2-{quantization}")
    out_dir = Path(out_dir)
    if out_dir.exists() and not force:
        if registry.is_ct2_dir(out_dir) and registry.conversion_of(out_dir, local):
            return out_dir
        if registry.is_ct2_dir(out_dir) and not (out_dir / SIDECAR).is_file():
            raise AlignerError(f"{out_dir}: exists and was not made from {model} by `aligner models convert`; remove it or pass --force")
        if registry.is_ct2_dir(out_dir):
            log.warning(f"{out_dir}: made from other weights than those now in {local}; converting again")
        else:
            raise AlignerError(f"{out_dir}: exists and is not a CTranslate2 model; remove it or pass --force")
    # load first through the project's own loading path (local folder, cache, or offline message)
    tokenizer = load_pretrained(AutoTokenizer, src, "tokenizer", "", "")
    if local is None:
        from huggingface_hub import snapshot_download

        src = snapshot_download(model, local_files_only=not registry.hub_reachable())
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.with_name(out_dir.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    converter = _converter_class()(src)
    try:
        converter.convert(str(tmp), quantization=quantization, force=True)
    except Exception as exc:  # unsupported architecture, vocabulary and weights that disagree, bad files: typed, with the cause
        shutil.rmtree(tmp, ignore_errors=True)
        raise AlignerError(f"{model}: CTranslate2 cannot convert this model: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    tokenizer.save_pretrained(str(tmp))
    if (Path(src) / "generation_config.json").is_file():
        shutil.copy(Path(src) / "generation_config.json", tmp / "generation_config.json")
    try:
        hf_config = json.loads((Path(src) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        hf_config = {}
    (tmp / SIDECAR).write_text(
        json.dumps(
            {"source_model": model, "model_type": hf_config.get("model_type"),
             "max_position_embeddings": hf_config.get("max_position_embeddings"), "quantization": quantization, "source_fingerprint": registry.folder_fingerprint(Path(src))},
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    if out_dir.exists():
        shutil.rmtree(out_dir)
    os.replace(tmp, out_dir)
    return out_dir


def _torch_threads(restore: int | None = None) -> int | None:
    """torch's intra-op thread count (or restore it), when torch is already loaded."""
    import sys

    torch = sys.modules.get("torch")
    if torch is None:
        return None
    if restore:
        torch.set_num_threads(restore)
    return torch.get_num_threads()


def _json_beside(path: Path):
    """A JSON file of a conversion folder, {} when there is none; an unreadable one raises
    (unlike ``registry.conversion_meta``, which looks for a conversion and may pass one over)."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


class CT2Backend(Backend):
    name = "ct2"

    def __init__(
        self,
        model: str,
        src_lang: str = "de",
        tgt_lang: str = "en",
        device: str = "auto",
        compute_type: str | None = None,
        inter_threads: int = 2,
        intra_threads: int | None = None,
        threads: int | None = None,
    ):
        if threads is not None:  # --threads: that many in all, two workers when there are two
            inter_threads = max(1, min(inter_threads, threads))
            intra_threads = max(1, threads // inter_threads)
        registry.require("ct2", "ctranslate2", "transformers", "sentencepiece")
        folder = registry.find_local(model, kind="ct2")  # before any heavy import
        hf_local = registry.find_local(model, kind="hf") if folder is None else None
        if folder is None and hf_local is None:
            name = registry.ct2_folder_name(model)
            raise registry.model_unavailable(
                model, src_lang, tgt_lang, f"no CTranslate2 conversion found (looked for {registry.models_dir() / name}); run `aligner models convert {model}`"
            )
        import ctranslate2
        from transformers import AutoTokenizer

        from .hf import quiet_transformers

        quiet_transformers()
        if folder is None:  # a local transformers folder: convert it once
            folder = convert(str(hf_local))
        if device in (None, "", "auto"):
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        if device.startswith("cuda") and ctranslate2.get_cuda_device_count() == 0:
            raise StageUnavailable("--device cuda was asked for but no CUDA GPU is available here; use --device cpu")
        if compute_type is None:
            compute_type = "float16" if device.startswith("cuda") else "int8"
        if intra_threads is None:
            intra_threads = max(1, (os.cpu_count() or 2) // max(1, inter_threads))
        self.folder = folder
        self.threads = threads
        self.device = device
        self.model = model
        self.parallel = inter_threads if device == "cpu" else 1
        torch_threads = _torch_threads()
        self.translator = ctranslate2.Translator(
            str(folder), device=device.split(":")[0], compute_type=compute_type, inter_threads=inter_threads, intra_threads=intra_threads
        )
        _torch_threads(torch_threads)  # CTranslate2 sets the process-wide OpenMP thread count
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
        meta = _json_beside(folder / SIDECAR)  # read strictly: a corrupt sidecar is an error, not a guessed family
        self.family = registry.family(meta.get("source_model", model), meta.get("model_type"), type(self.tokenizer).__name__)
        found = [getattr(self.tokenizer, "model_max_length", None), meta.get("max_position_embeddings")]
        gen = _json_beside(folder / "generation_config.json")
        limits = [int(x) for x in found if isinstance(x, (int, float)) and 0 < x < 100_000]
        self.max_input_tokens = min(limits) if limits else 512
        self.max_new_tokens = max(1, min(int(gen.get("max_length") or 512), int(meta.get("max_position_embeddings") or 1024) - 1))
        self.fingerprint = f"{registry.folder_fingerprint(folder)}/{compute_type}"

    def _even_batch(self, n: int, batch_size: int) -> int:
        """Largest batch size <= ``batch_size`` that gives every worker the same number of
        batches (96 sentences at batch 32 on 2 workers: 4 batches of 24, not 3 of 32
        with one worker idle for the last)."""
        workers = max(1, self.parallel)
        if n <= 1 or workers == 1:
            return batch_size
        batches = -(-n // batch_size)
        batches = -(-batches // workers) * workers
        return max(1, -(-n // batches))

    def count_tokens(self, text: str, src_lang: str) -> int:
        return len(self.tokenizer(text, truncation=False)["input_ids"])

    def translate_batch(self, texts, src_lang, tgt_lang, *, beam=1, batch_size=32, options=None):
        options = dict(options or {})
        want_scores = options.pop("scores", True)
        prefix = None
        if self.family in ("nllb", "m2m100"):
            prefix = [[registry.set_pair(self.tokenizer, self.family, src_lang, tgt_lang, self.model)]] * len(texts)
        tokens = [self.tokenizer.convert_ids_to_tokens(self.tokenizer(t, truncation=False)["input_ids"]) for t in texts]
        kwargs = dict(
            max_batch_size=self._even_batch(len(texts), batch_size),
            beam_size=beam,
            return_scores=want_scores,
            max_input_length=0,
            max_decoding_length=options.pop("max_new_tokens", None) or self.max_new_tokens,
        )
        if "min_new_tokens" in options:
            kwargs["min_decoding_length"] = options.pop("min_new_tokens")
        kwargs.update(options)
        results = self.translator.translate_batch(tokens, prefix, **kwargs)
        out = []
        for r in results:
            toks = r.hypotheses[0]
            if prefix is not None and toks and toks[0] == prefix[0][0]:
                toks = toks[1:]
            text = self.tokenizer.decode(self.tokenizer.convert_tokens_to_ids(toks), skip_special_tokens=True)
            score = float(r.scores[0]) if want_scores and r.scores else None
            out.append(Hypothesis(text.strip(), score))
        return out
