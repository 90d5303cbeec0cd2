"""English: the writer's own comment after a dash that follows someone's quoted words ("She insisted that “most ground
stops have been lifted” — cold comfort to the families still stuck at the gate"): no part of the reported message."""

from __future__ import annotations

import re

# a spaced or bare dash right after a closing quote mark
_DASH_AFTER_QUOTE_EN = re.compile(r"[”\"’'](\s*[—–]\s*|\s+-{1,2}\s+)")
# what opens a message's own continuation after the dash ("— and that it would be cheap", "— which …")
_GOES_ON_EN = re.compile(r"(?:and|but|or|nor|that|which|who|whom|whose|because|if|when|while|as|so|although|though|not|"
                         r"including|to|then|adding|saying|he|she|they|it|we|I)\b")


def aside_end_en(text: str, a: int, b: int) -> int:
    """The end of a reported message [a, b) without the writer's aside after a quote closed by a dash: the closing
    mark's end when one dash follows a closing mark, no other dash stands in the message, no quote mark follows, and the words
    after the dash do not carry the message on (a conjunction, relative word or pronoun); else ``b``."""
    m = _DASH_AFTER_QUOTE_EN.search(text, a, b)
    if m is None:
        return b
    rest = text[m.end() : b]
    if re.search(r"[—–“”\"]|\s-{1,2}\s", rest) or _GOES_ON_EN.match(rest) or not rest.strip():
        return b
    if re.search(r"[—–]|\s-{1,2}\s", text[a : m.start()]):
        return b  # "messages - like ''…'' - were far less compelling": the quote inside a pair of dashes, the clause goes on
    return m.start() + 1
