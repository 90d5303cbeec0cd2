"""aligner: clean, translate, sentence-align and quote-check news across outlets and languages.

The library in a few names (imported on first use, so ``import aligner`` stays cheap)::

    import aligner
    results = aligner.run(["corpora/seeds"], "runs/seeds", translations="corpora/translations/seeds.de-en.tsv")
    clusters = aligner.RunStore("runs/seeds").read("clusters.jsonl", aligner.Cluster)

Stages as functions: :func:`run` (everything, as ``aligner run``), :func:`ingest_paths`,
:func:`extract_quotes`, :func:`translate_texts`, :func:`align_sentences` (with
:func:`write_alignment` to write its pairs as TMX, Moses, TSV, JSONL or vecalign, and
:func:`get_encoder` for a sentence encoder), :func:`match_quotes`.  Data model: :class:`Article`, :class:`Sentence`, :class:`Quote`,
:class:`Cluster` with its :class:`ClusterPair` s, :class:`Story`, :class:`SentenceMatch`, ...
(``aligner.model``).  Errors: :class:`AlignerError` and subclasses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "run": "aligner.api",
    "match_quotes": "aligner.api",
    "ingest_paths": "aligner.ingest",
    "IngestResult": "aligner.ingest",
    "extract_quotes": "aligner.quotes",
    "translate_texts": "aligner.translate",
    "align_sentences": "aligner.align",
    "write_alignment": "aligner.align.formats",
    "get_encoder": "aligner.embed",
    "RunConfig": "aligner.pipeline",
    "TranslateConfig": "aligner.pipeline",
    "StageResult": "aligner.pipeline",
    "STAGES": "aligner.pipeline",
    "RunStore": "aligner.store",
    "Article": "aligner.model",
    "Paragraph": "aligner.model",
    "Sentence": "aligner.model",
    "Translation": "aligner.model",
    "AlignmentPair": "aligner.model",
    "Speaker": "aligner.model",
    "Quote": "aligner.model",
    "QuoteVersion": "aligner.model",
    "Cluster": "aligner.model",
    "ClusterPair": "aligner.model",
    "Story": "aligner.model",
    "StoryLink": "aligner.model",
    "SentenceMatch": "aligner.model",
    "AlignerError": "aligner.errors",
    "InputError": "aligner.errors",
    "StageUnavailable": "aligner.errors",
    "PipelineError": "aligner.errors",
    "ConfigError": "aligner.errors",
    "BackendError": "aligner.errors",
    "StoreError": "aligner.errors",
}

__all__ = [
    "__version__",
    "run", "match_quotes", "ingest_paths", "IngestResult", "extract_quotes", "translate_texts", "align_sentences",
    "write_alignment", "get_encoder", "RunConfig", "TranslateConfig", "StageResult", "STAGES", "RunStore",
    "Article", "Paragraph", "Sentence", "Translation", "AlignmentPair", "Speaker", "Quote", "QuoteVersion", "Cluster",
    "ClusterPair", "Story", "StoryLink", "SentenceMatch",
    "AlignerError", "InputError", "StageUnavailable", "PipelineError", "ConfigError", "BackendError", "StoreError",
]

if TYPE_CHECKING:
    from .align import align_sentences
    from .align.formats import write_alignment
    from .api import match_quotes, run
    from .embed import get_encoder
    from .errors import AlignerError, BackendError, ConfigError, InputError, PipelineError, StageUnavailable, StoreError
    from .ingest import IngestResult, ingest_paths
    from .model import (
        AlignmentPair,
        Article,
        Cluster,
        ClusterPair,
        Paragraph,
        Quote,
        QuoteVersion,
        Sentence,
        SentenceMatch,
        Speaker,
        Story,
        StoryLink,
        Translation,
    )
    from .pipeline import STAGES, RunConfig, StageResult, TranslateConfig
    from .quotes import extract_quotes
    from .store import RunStore
    from .translate import translate_texts


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aligner' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
