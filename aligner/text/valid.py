"""Text UTF-8 can hold: a byte of a file name that is not UTF-8 stays in a Python string as a lone
surrogate (``os.fsdecode``'s surrogateescape), which no file, JSON or sqlite write accepts.  One
test and one escape for every place that shows or stores such a name."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def is_valid_text(text: str) -> bool:
    """Whether ``text`` holds no lone surrogate (it encodes as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def valid_text(text: str, in_json: bool = False) -> str:
    """``text`` with every lone surrogate (a byte of a file name that is not UTF-8, as Python
    keeps it) written out as ``\\xff`` (``\\uXXXX`` for other ones), what UTF-8 can hold;
    ``in_json``: inside JSON strings, where the backslash itself is escaped."""
    if is_valid_text(text):
        return text
    slash = "\\\\" if in_json else "\\"
    return _LONE_SURROGATE.sub(lambda m: slash + _escaped(ord(m.group())), text)


def without_surrogates(text: str, by: str = "\ufffd") -> str:
    """``text`` with every lone surrogate replaced by ``by`` (U+FFFD, as an undecodable byte is): for text
    that is read, where ``valid_text`` is for a name that is shown."""
    return text if is_valid_text(text) else _LONE_SURROGATE.sub(by, text)


def _escaped(code: int) -> str:
    return f"x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"u{code:04x}"
