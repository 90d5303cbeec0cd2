"""Word and token patterns, one definition each (Unicode-aware: ``\\w`` covers ä, ß, é ...)."""

from __future__ import annotations

import re

WORD = re.compile(r"\w+")  # runs of letters, digits and underscore
WORD_OR_PUNCT = re.compile(r"\w+|[^\w\s]")  # words and single punctuation marks
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only, three or more: for topic bags and retrieval
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # 1, 1.000, 3,5, 2.500.000


def words(text: str) -> list[str]:
    """The word runs of ``text``, as written."""
    return WORD.findall(text)


def content_words(text: str) -> list[str]:
    """Lower-cased words of three or more letters (no digits)."""
    return CONTENT_WORD.findall(text.lower())
