"""Line ends, one definition: LF, CR LF and a bare CR (classic Mac OS) each end one line, as Python's
universal newlines read them; U+2028, NEL, form feeds and the other characters ``str.splitlines`` also
breaks on stay inside a line."""

from __future__ import annotations

import re

LINE_END = re.compile(r"\r\n|\r|\n")
LINE = re.compile(r"[^\n\r]+")  # a line's text, where it has any
BARE_CR = re.compile(r"\r(?!\n)")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of a one-sentence-per-line file, its line end left out:
    lines end at "\\n", "\\r\\n" (Windows) or a bare "\\r" (classic Mac OS), as Python's
    universal newlines read them; U+2028, NEL, form feeds and the other characters
    ``str.splitlines`` also breaks on stay inside a line.  The line end at the end of the
    file makes no line."""
    spans, pos = [], 0
    for m in LINE_END.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def line_ends(text: str, a: int, b: int) -> int:
    """How many line ends (LF, CR LF or a bare CR) stand between ``a`` and ``b``."""
    return text.count("\n", a, b) + text.count("\r", a, b) - text.count("\r\n", a, b)


def opens_line(text: str, i: int) -> bool:
    """Whether ``i`` is the start of ``text`` or follows a line end."""
    return i == 0 or text[i - 1] in "\n\r"


def has_bare_cr(text: str) -> bool:
    """Whether a line of ``text`` ends in a bare CR."""
    return "\r" in text and BARE_CR.search(text) is not None


def with_lf(text: str) -> str:
    """``text`` with each bare CR written as LF: the same lines, every offset kept (one character for one)."""
    return BARE_CR.sub("\n", text)
