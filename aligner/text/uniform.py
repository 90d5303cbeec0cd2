"""One Unicode form for every article's text, set once at ingest.

``uniform`` composes the text to NFC (a macOS file or a PDF copy writes "ü" as "u" plus a
combining diaeresis, which no name pattern reads as part of a word) and drops the invisible
characters that cut a word in two for every later rule: soft hyphens (U+00AD, left by a CMS's
hyphenation), zero-width spaces (U+200B), word joiners (U+2060) and byte-order marks (U+FEFF)
everywhere; zero-width joiners and non-joiners (U+200C, U+200D) and direction marks (U+200E,
U+200F) next to a Latin, Greek or Cyrillic letter (between emoji or in scripts that need them
they stay).  Applied twice it changes nothing.

``UniformView`` keeps the way back: for a text that is not yet uniform it maps offsets into
the uniform text to offsets into the original, for callers (``extract_quotes`` given an
``Article`` built by hand) whose offsets must point into the text as given.
"""

from __future__ import annotations

import re
import unicodedata

_DROP = frozenset("\u00ad\u200b\u2060\ufeff")
_DROP_BY_LETTER = frozenset("\u200c\u200d\u200e\u200f")
_SPECIAL = _DROP | _DROP_BY_LETTER
_WORD = re.compile(r"[ \t\n\r]|[^ \t\n\r]+")


def _word_letter(ch: str) -> bool:
    if not ch.isalpha():
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("LATIN", "GREEK", "CYRILLIC"))


def _dropped(text: str, i: int) -> bool:
    ch = text[i]
    if ch in _DROP:
        return True
    if ch not in _DROP_BY_LETTER:
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return _word_letter(before) or _word_letter(after)


def is_uniform(text: str) -> bool:
    """True when ``uniform(text) == text`` (cheap for the usual NFC text)."""
    return text.isascii() or uniform(text) == text


def uniform(text: str) -> str:
    """``text`` in NFC without soft hyphens and the zero-width characters inside words."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    if not any(ch in _SPECIAL for ch in text):
        return text
    return "".join(ch for i, ch in enumerate(text) if not _dropped(text, i))


class UniformView:
    """The uniform form of ``original`` with a map of its offsets back into ``original``.

    The text is cut into words at ASCII whitespace (nothing composes with it, and no rule drops
    a character next to it), and each word into pieces, each a character with the combining
    marks after it; a piece is composed on its own (NFC composes only within such a piece for
    Latin, Greek and Cyrillic) or dropped whole.  A word where that does not give ``uniform``'s
    text (decomposed Hangul, a soft hyphen carrying a mark) maps as a whole, so that ``text``
    is always ``uniform(original)``."""

    def __init__(self, original: str) -> None:
        self.original = original
        out: list[str] = []
        starts: list[int] = []  # per uniform character: where its piece starts in ``original``
        ends: list[int] = []  # ... and where it ends
        for w0, w1 in _words(original):
            text, ws, we = _pieces(original, w0, w1)
            want = uniform(original[w0:w1])
            if text != want:  # the word as one piece
                text, ws, we = want, [w0] * len(want), [w1] * len(want)
            out.append(text)
            starts += ws
            ends += we
        self.text = "".join(out)
        if self.text != uniform(original):  # not expected: the whole text as one piece
            self.text = uniform(original)
            starts, ends = [0] * len(self.text), [len(original)] * len(self.text)
        self._starts, self._ends = starts, ends

    def start(self, k: int) -> int:
        """The original offset of a span starting at uniform offset ``k``."""
        return self._starts[k] if k < len(self._starts) else len(self.original)

    def end(self, k: int) -> int:
        """The original offset of a span ending at uniform offset ``k``."""
        return self._ends[k - 1] if k > 0 else 0


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of ``text`` between ASCII spaces, tabs and line breaks, and of
    each of those."""
    return [m.span() for m in _WORD.finditer(text)]


def _pieces(original: str, i: int, n: int) -> tuple[str, list[int], list[int]]:
    """``original[i:n]`` made uniform piece by piece, with each character's piece bounds."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        if not (j == i + 1 and _dropped(original, i)):
            piece = unicodedata.normalize("NFC", original[i:j])
            out.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([j] * len(piece))
        i = j
    return "".join(out), starts, ends
