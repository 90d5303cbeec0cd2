"""A question and the statement that answers it are two quotes, not two versions of one.

An interviewer's question echoes the answer's words ("Did you make mistakes with the
heating law?" / "We made mistakes with the heating law"; „Haben Sie Fehler gemacht?“ /
„Wir haben Fehler gemacht“), so the content link joins them, and the two (right)
speakers then read as a disputed attribution.  ``question_and_statement`` tells such a
link apart: one version is a single question (its direct quote, in its own language and
in English, is one sentence that ends in a question mark) and the other a statement (no
question mark, and it does not open as a question does: an outlet may end a question
with a comma, "Why should we pay for it," he asked).  A quote of several sentences
that ends in a question ("We made mistakes. Who doesn't?") is neither: such links stand.
"""

from __future__ import annotations

import re

from ..model import QuoteVersion
from .consistency import quoted_part

# the words a question opens with: the question words and the verbs a yes/no question puts first
_OPENERS = frozenset("""
who whom whose what which when where why how whether
do does did is are was were am will would shall should can could may might must have has had
wer wen wem wessen was welche welcher welches welchen welchem wann wo woher wohin warum weshalb wieso wie ob
habe hast hat haben habt hatte hatten ist sind bist seid war waren wird werden wirst werdet würde würden
kann können kannst konnte konnten soll sollen sollte sollten muss müssen musste mussten darf dürfen will wollen
gibt gab glauben glaubt sehen seht
""".split())
_CLOSERS = "\"'”“„«»‹›’‘ \t\n"
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _texts(v: QuoteVersion) -> list[str]:
    return [quoted_part(t).strip().strip(_CLOSERS) for t in (v.original, v.english) if t and t.strip()]


def asks(v: QuoteVersion) -> bool | None:
    """True when the version's quote is one question (a direct quote of one sentence that opens with a
    capital and ends in "?", in its own language and in its English: a quoted piece of a longer question,
    "... why the appointment can't take place outdoors?", is none), False
    when it is a statement (no "?" and no question's opening word), None otherwise."""
    texts = _texts(v)
    if not texts:
        return None
    if all(t.endswith("?") for t in texts):  # in its own language and in English: not a fragment of a question
        one = v.kind == "direct" and all(t[:1].isupper() and not _SENTENCE_END.search(t[:-1]) for t in texts)
        return True if one else None
    if any("?" in t for t in texts):
        return None
    first = {(re.findall(r"\w+", t.lower()) or [""])[0] for t in texts}
    return None if first & _OPENERS else False


def question_and_statement(a: QuoteVersion, b: QuoteVersion) -> bool:
    """Whether one of the two versions is a question and the other a statement (``asks``)."""
    return {asks(a), asks(b)} == {True, False}
