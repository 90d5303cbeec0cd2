"""Batch machine translation into the pivot language.

Public API::

    translate_texts(texts, src_lang, tgt_lang="en", backend=None, model=None,
                    translations=None, store=None, batch_size=32, beam=1,
                    device="auto") -> list[Translation]
    get_backend(backend=None, model=None, src_lang="de", tgt_lang="en",
                translations=None, store=None, device="auto") -> Backend

Backends: ``hf`` (transformers), ``ct2`` (CTranslate2), ``precomputed`` (bring your
own translations), ``identity`` (pivot-language text).  Heavy libraries are only
imported when a backend is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..model import Translation
from .base import Backend, Hypothesis, IdentityBackend
from .memory import MemoryStats, TranslationMemory, normalise

__all__ = [
    "Backend",
    "Hypothesis",
    "MemoryStats",
    "TranslationMemory",
    "get_backend",
    "normalise",
    "translate_texts",
]

BACKENDS = ("hf", "ct2", "precomputed", "identity")


def get_backend(
    backend: str | None = None,
    model: str | None = None,
    src_lang: str = "de",
    tgt_lang: str = "en",
    translations: str | Path | None = None,
    store=None,
    device: str = "auto",
    max_mb: float | None = None,
    threads: int | None = None,
    **kwargs: Any,
) -> Backend:
    """Build a backend.  Raises ``StageUnavailable`` (one paragraph: what to do) when
    the model cannot be loaded here.

    ``backend=None`` picks ``precomputed`` when translations are given, ``ct2`` when a
    CTranslate2 conversion of the model exists in the models folder, else ``hf``.
    ``max_mb``: the size limit of a translations file or document (--max-size).
    ``threads``: the CPU threads of the model (--threads; None = the backend's default).
    """
    from ..errors import AlignerError, ModelUnavailable
    from . import registry

    if backend is not None and backend not in BACKENDS:
        raise AlignerError(f"unknown translation backend {backend!r}; choose one of {', '.join(BACKENDS[:3])}")
    if backend == "identity" or (backend is None and src_lang == tgt_lang):
        return IdentityBackend()
    if backend == "precomputed" or (backend is None and translations is not None):
        if translations is None:
            raise AlignerError("--backend precomputed needs --translations FILE.tsv or FOLDER")
        from .precomputed import PrecomputedBackend

        return PrecomputedBackend(translations, store=store, tgt_lang=tgt_lang, src_lang=src_lang, max_mb=max_mb)
    model = model or registry.default_model(src_lang, tgt_lang)
    registry.check_pair(model, src_lang, tgt_lang)
    missing = registry.missing_path(model)
    if missing:  # a stage that cannot run here: skipped and said, as for any model that does not load (rv86-7)
        raise ModelUnavailable(missing, "give an existing model folder with --model PATH, or bring translations with --translations FILE")
    if backend is None:
        backend = "ct2" if registry.find_local(model, kind="ct2") is not None else "hf"
    if threads is not None:
        kwargs["threads"] = threads
    if backend == "ct2":
        from .ct2 import CT2Backend

        return CT2Backend(model, src_lang, tgt_lang, device=device, **kwargs)
    from .hf import HFBackend

    return HFBackend(model, src_lang, tgt_lang, device=device, **kwargs)


def translate_texts(
    texts: Sequence[str],
    src_lang: str,
    tgt_lang: str = "en",
    backend: str | Backend | None = None,
    model: str | None = None,
    translations: str | Path | None = None,
    store=None,
    batch_size: int = 32,
    beam: int = 1,
    device: str = "auto",
    *,
    ids: Sequence[str] | None = None,
    guards: bool = True,
    options: dict[str, Any] | None = None,
    stage: str = "translate",
) -> list[Translation]:
    """One Translation per input, in input order.

    With a ``store`` (a :class:`aligner.store.RunStore`) every text goes through the
    run's translation memory (committed batch by batch) and every model call is
    logged.  Text already in ``tgt_lang`` passes through (backend ``identity``).
    ``ids`` become ``Translation.sentence_id`` (default: the input positions).
    """
    from .engine import Engine, identity_translations

    texts = list(texts)
    if src_lang == tgt_lang and not isinstance(backend, Backend) and backend in (None, "identity"):
        return identity_translations(texts, src_lang, ids)
    if not isinstance(backend, Backend):
        backend = get_backend(backend, model, src_lang, tgt_lang, translations=translations, store=store, device=device)
    engine = Engine(backend, store, stage=stage, guards=guards)
    return engine.translate(texts, src_lang, tgt_lang, ids=ids, batch_size=batch_size, beam=beam, options=options)
