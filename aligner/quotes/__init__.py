"""Quotation extraction and speaker attribution for German and English news.

``extract_quotes(article, sentences)`` finds direct quotes, fragments, mixed and
indirect speech with their speakers and cues in one article; ``normalise_speakers``
clusters the speaker names of a whole run (transliteration-aware) and sets each
quote's ``speaker.id`` / ``speaker.name``; ``aligner.quotes.stage:stage`` does both
for ``aligner run`` and writes ``quotes.jsonl``.
"""

from __future__ import annotations

from .extract import extract_quotes
from .marks import find_quote_spans
from .speakers import cluster_names, fold_name, normalise_speakers, parse_mention

__all__ = ["extract_quotes", "normalise_speakers", "find_quote_spans", "cluster_names", "fold_name", "parse_mention"]
