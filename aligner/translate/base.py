"""The small interface every translation backend implements.

A backend turns a batch of sentences into translations, each with a score (mean
log-probability per target token when the backend knows it).  Everything else
(length-sorted batching, splitting over-long inputs, guards, the translation
memory, logging model calls) lives in :mod:`aligner.translate.engine`, so that a
backend stays a thin wrapper around one library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Hypothesis:
    text: str
    score: float | None = None
    flags: list[str] = field(default_factory=list)


class Backend:
    """Base class.  Subclasses set ``name``, ``model`` and ``fingerprint``."""

    name: str = "base"
    model: str = ""  # what provenance records: model id, path or file
    fingerprint: str = ""  # changes whenever the outputs could change (weights, config)
    max_input_tokens: int | None = None  # inputs longer than this are split and rejoined
    parallel: int = 1  # how many batches the backend can run at once (ct2 inter_threads)
    threads: int | None = None  # the CPU threads it was asked for (--threads); None: its default
    calls_model: bool = True  # False for lookups (precomputed, identity): no model-call log

    def translate_batch(
        self,
        texts: list[str],
        src_lang: str,
        tgt_lang: str,
        *,
        beam: int = 1,
        batch_size: int = 32,
        options: dict[str, Any] | None = None,
    ) -> list[Hypothesis]:
        """One hypothesis per input, in input order."""
        raise NotImplementedError

    def count_tokens(self, text: str, src_lang: str) -> int:
        """Source length in the model's tokens (used to split over-long inputs)."""
        return len(text.split())

    def close(self) -> None:  # pragma: no cover - trivial
        pass


class IdentityBackend(Backend):
    """Pivot-language text passes through untranslated."""

    name = "identity"
    model = "identity"
    fingerprint = "identity"
    calls_model = False

    def translate_batch(self, texts, src_lang, tgt_lang, *, beam=1, batch_size=32, options=None):
        return [Hypothesis(t, 0.0) for t in texts]
