"""transformers backend: ``AutoModelForSeq2SeqLM`` + ``AutoTokenizer``.

Works with a hub id or a local folder saved with ``save_pretrained`` (Marian /
opus-mt, NLLB-200, M2M100, ...).  Uses the GPU when there is one, sorts each batch
by length and restores input order, greedy or beam search.  torch and transformers
are imported here, never at CLI start-up.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..errors import StageUnavailable
from . import registry
from .base import Backend, Hypothesis


def load_pretrained(loader, model: str, what: str, src_lang: str, tgt_lang: str, **kwargs):
    """``loader.from_pretrained`` for a local folder or a hub id; offline -> StageUnavailable.

    The hub cache is tried first (``local_files_only``) and the network only when the
    hub answers, so an offline machine gets the explanation at once instead of after
    a minute of retries.
    """
    local = registry.find_local(model, kind="hf")
    if local is not None:
        try:
            return loader.from_pretrained(str(local), **kwargs)
        except Exception as exc:  # a damaged folder: a missing tokenizer file, bad weights
            raise registry.model_unavailable(model, src_lang, tgt_lang, _damaged(local, what, exc)) from exc
    p = Path(model).expanduser()
    if p.exists() or model.startswith((".", "/", "~")):
        raise registry.model_unavailable(model, src_lang, tgt_lang, f"{p} is not a transformers model folder (no config.json)")
    try:
        return loader.from_pretrained(model, local_files_only=True, **kwargs)
    except (OSError, ValueError):  # not in the Hugging Face cache: try the hub below
        pass
    if not registry.hub_reachable():
        raise registry.model_unavailable(model, src_lang, tgt_lang, "it is not on this machine and the Hugging Face hub cannot be reached")
    try:
        return loader.from_pretrained(model, **kwargs)
    except Exception as exc:  # bad id, gated model, ...: typed, with the cause
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise registry.model_unavailable(model, src_lang, tgt_lang, f"{what}: {first}") from exc


# the files a Marian (opus-mt) tokenizer reads; transformers fails with a TypeError without them
MARIAN_FILES = ("source.spm", "target.spm", "vocab.json")


def _damaged(folder: Path, what: str, exc: Exception) -> str:
    """Why a local model folder cannot be loaded: the missing tokenizer files when that
    is the cause, else the first line of the loader's error."""
    import json

    try:
        model_type = json.loads((folder / "config.json").read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError, AttributeError):
        model_type = None
    missing = [f for f in MARIAN_FILES if not (folder / f).is_file()] if model_type == "marian" else []
    if missing:
        return f"{folder} has no {', '.join(missing)} (the {what} needs it)"
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return f"{folder}: the {what} cannot be loaded: {first}"


def pick_device(device: str) -> str:
    import torch

    if device in (None, "", "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise StageUnavailable("--device cuda was asked for but no CUDA GPU is available here; use --device cpu")
    return device


def _max_len(tokenizer, config) -> int:
    found = [getattr(tokenizer, "model_max_length", None), getattr(config, "max_position_embeddings", None)]
    limits = [int(x) for x in found if isinstance(x, (int, float)) and 0 < x < 100_000]
    return min(limits) if limits else 512


def quiet_transformers() -> None:
    """No loading progress bars or advice on stderr: our own messages are the interface."""
    import warnings

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message=".*sacremoses.*")


class HFBackend(Backend):
    name = "hf"

    def __init__(self, model: str, src_lang: str = "de", tgt_lang: str = "en", device: str = "auto", dtype: str | None = None,
                 threads: int | None = None):
        registry.require("hf", "torch", "transformers", "sentencepiece")
        registry.check_available(model, src_lang, tgt_lang)  # before the seconds-long torch import
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        quiet_transformers()
        if threads is not None:
            torch.set_num_threads(max(1, threads))
        self.threads = threads
        self.model = model
        self.tokenizer = load_pretrained(AutoTokenizer, model, "tokenizer", src_lang, tgt_lang)
        self.net = load_pretrained(AutoModelForSeq2SeqLM, model, "model", src_lang, tgt_lang)
        self.device = pick_device(device)
        if self.device != "cpu":
            self.net = self.net.to(self.device)
            if dtype in (None, "float16") and self.device.startswith("cuda"):
                self.net = self.net.half()
        self.net.eval()
        self.torch = torch
        config = self.net.config
        self.family = registry.family(model, getattr(config, "model_type", None), type(self.tokenizer).__name__)
        self.max_input_tokens = _max_len(self.tokenizer, config)
        max_pos = getattr(config, "max_position_embeddings", None) or 1024
        gen_max = getattr(self.net.generation_config, "max_length", None) or 512
        self.max_new_tokens = max(1, min(int(gen_max), int(max_pos) - 1))
        local = registry.find_local(model, kind="hf")
        if local is not None:
            self.fingerprint = registry.folder_fingerprint(local)
        else:
            commit = getattr(config, "_commit_hash", None) or ""
            self.fingerprint = hashlib.sha1(f"{model}@{commit}".encode()).hexdigest()[:16]
        self.fingerprint += f"/{self.device.split(':')[0]}"

    # -- helpers -------------------------------------------------------------
    def _set_langs(self, src_lang: str, tgt_lang: str) -> dict[str, Any]:
        if self.family in ("nllb", "m2m100"):
            token = registry.set_pair(self.tokenizer, self.family, src_lang, tgt_lang, self.model)
            if self.family == "m2m100" and hasattr(self.tokenizer, "get_lang_id"):
                return {"forced_bos_token_id": self.tokenizer.get_lang_id(registry.lang_code(self.family, tgt_lang))}
            return {"forced_bos_token_id": self.tokenizer.convert_tokens_to_ids(token)}
        return {}

    def count_tokens(self, text: str, src_lang: str) -> int:
        return len(self.tokenizer(text, truncation=False)["input_ids"])

    def translate_batch(self, texts, src_lang, tgt_lang, *, beam=1, batch_size=32, options=None):
        options = dict(options or {})
        want_scores = options.pop("scores", True)
        gen = self._set_langs(src_lang, tgt_lang)
        gen.update(num_beams=beam, do_sample=False)
        gen["max_new_tokens"] = options.pop("max_new_tokens", None) or self.max_new_tokens
        gen["max_length"] = None
        if "min_new_tokens" in options:
            gen["min_new_tokens"] = options.pop("min_new_tokens")
        gen.update(options)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[Hypothesis | None] = [None] * len(texts)
        torch = self.torch
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            enc = self.tokenizer([texts[i] for i in idx], return_tensors="pt", padding=True, truncation=False)
            enc = {k: v.to(self.device) for k, v in enc.items()}
            with torch.inference_mode():
                res = self.net.generate(**enc, **gen, return_dict_in_generate=True, output_scores=want_scores)
            seqs = res.sequences
            shown = seqs
            if gen.get("forced_bos_token_id") is not None and self.tokenizer.pad_token_id is not None:
                # the target language token is never part of the text, even where the
                # tokenizer does not count it among its special tokens
                shown = seqs.masked_fill(seqs == gen["forced_bos_token_id"], self.tokenizer.pad_token_id)
            decoded = self.tokenizer.batch_decode(shown, skip_special_tokens=True)
            scores: list[float | None] = [None] * len(idx)
            if want_scores:
                if beam > 1 and getattr(res, "sequences_scores", None) is not None:
                    scores = [float(s) for s in res.sequences_scores]
                else:
                    trans = self.net.compute_transition_scores(seqs, res.scores, normalize_logits=True)
                    gen_tokens = seqs[:, -trans.shape[1] :]
                    mask = gen_tokens != self.tokenizer.pad_token_id
                    tot = (trans.float().masked_fill(~mask, 0).sum(1) / mask.sum(1).clamp(min=1)).tolist()
                    scores = [float(s) for s in tot]
            for j, i in enumerate(idx):
                out[i] = Hypothesis(decoded[j].strip(), scores[j])
        return out
