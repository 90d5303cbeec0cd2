"""The same figures in swapped places, everything else the same ("carried by 328 votes to 291" / "by 291 votes
to 328", "30 gigawatts by 2030 and 70 gigawatts by 2045" / "70 ... by 2030 and 30 ... by 2045", "bis 2030,
nicht erst bis 2035" / "bis 2035, nicht erst bis 2030").  Every number rule compares the figures as a set, so
these two say opposite things and read as agreeing.

Read only where the two texts are the same word for word once each figure is set aside (case and spaces apart)
and give the same figures: the change is where they stand and nothing else.  Two figures that swap places
right beside each other are not read: a tally or a date written the other way round ("2-1" / "1-2", "3/12" /
"12/3": house style), a range ("between 5 and 7" / "between 7 and 5", "5 percent to 7 percent": the same range)
and a move ("from 3 to 4": ``consistency._swapped_pair`` reads it).
"""
from __future__ import annotations

import re

_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_WORD = re.compile(r"[^\W\d_]+")
# the words that join two figures of one range or tally ("5 to 7", "between 5 and 7", "5 oder 6", "3 zu 1")
RANGE_WORDS = frozenset({"to", "and", "or", "bis", "und", "oder", "zu", "auf", "von", "from", "between", "zwischen"})


def _frame(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for s, e in spans:
        out.append(text[at:s])
        out.append("#")
        at = e
    out.append(text[at:])
    return re.sub(r"\s+", " ", "".join(out).lower()).strip()


def _joined(text: str, first: re.Match, second: re.Match) -> bool:
    """Whether two figures next to each other are one range, tally or date: only range words between them, or
    a unit said after each ("5 percent and 7 percent")."""
    between = _WORD.findall(text[first.end():second.start()].lower())
    after = _WORD.match(text[second.end():].lstrip().lower())
    unit = {after.group(0)} if after else set()
    return not (set(between) - RANGE_WORDS - unit)


def figures_swapped(a: str, b: str) -> str | None:
    """The figures of ``a`` and ``b`` where the two are the same text and the same figures but two or more of
    them stand in each other's places (the module's note); None otherwise."""
    fa, fb = list(_FIGURE.finditer(a)), list(_FIGURE.finditer(b))
    xa, xb = [m.group(0) for m in fa], [m.group(0) for m in fb]
    if len(xa) < 2 or xa == xb or sorted(xa) != sorted(xb):
        return None
    if _frame(a, [m.span() for m in fa]) != _frame(b, [m.span() for m in fb]):
        return None
    moved = [k for k in range(len(xa)) if xa[k] != xb[k]]
    if any(k + 1 in moved and (_joined(a, fa[k], fa[k + 1]) or _joined(b, fb[k], fb[k + 1])) for k in moved):
        return None
    return f"{' … '.join(xa[k] for k in moved)} vs {' … '.join(xb[k] for k in moved)} (the same figures in swapped places)"
