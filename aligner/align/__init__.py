"""Sentence alignment of documents with their translations.

``align_sentences(src, tgt, src_mt=None, encoder=None, max_group=5)`` returns the
alignment (monotone, but for local swaps given as two crossing 1-1 beads) as ``AlignmentPair`` beads; ``formats`` reads and writes Vecalign
index lines, TSV, Moses, TMX and JSONL; ``evaluate`` scores a prediction against a
gold alignment (strict and lax P/R/F1); ``stage`` is the ``aligner run`` stage.
"""

from .core import AlignParams, align_sentences, auto_embeddings

__all__ = ["AlignParams", "align_sentences", "auto_embeddings"]
