"""Opposite words that the direction and negation measures do not read (rv77-17, rv77-19, rv77-4, rv76-17).

"The fire is under control" / "The fire is out of control", "The storm is strengthening" / "The storm is
weakening", "after midnight" / "before midnight", „Die Lage verschärft sich“ / „Die Lage entspannt sich“: a closed
list of pairs (``equivalents.json`` "opposites"), read only where the word diff replaces the one by the other (at
most two words each side) with ``REVERSAL_EQUAL`` equal words around them, a content word among them (the same
thing said of the same subject), and no negator or denying word near either ("is not under control" / "is out of
control" is the negation measure's question).  The multiplying verbs ("doubled", "tripled", "halved",
"verdoppelt": ``equivalents.json`` "factors") are read the same way: one factor below 1 against one above is an
opposite direction, two different factors on one side of 1 a number change ("doubled" / "tripled").  Nothing is read
where a word the diff takes out of one version stands elsewhere in the other: the same thing said from the other side
("The euro weakened against the dollar" / "The dollar strengthened against the euro", rt37-17).
"""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import lru_cache

from .equivalents import _LEX
from .equivalents import stem as _stem


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[tuple[str, ...], int, int]]:
    """(the phrase's words, its group, its side) for every phrase of the "opposites" groups."""
    return [(tuple(p.split()), g, side) for g, sides in enumerate(_LEX["opposites"])
            for side, ps in enumerate(sides) for p in ps]


def _pole(ws: list[str], i1: int, i2: int) -> set[tuple[int, int]]:
    """The (group, side) of the listed phrases in ``ws`` that hold a word of ``ws[i1:i2]``."""
    out = set()
    for words, g, side in _phrases():
        n = len(words)
        if any(tuple(ws[s:s + n]) == words for s in range(max(0, i1 - n + 1), i2)):
            out.add((g, side))
    return out


def _factor(ws: list[str], i1: int, i2: int) -> float | None:
    """The factor of the one multiplying verb in ``ws[i1:i2]``; None for none or several."""
    got = {_LEX["factors"][w] for w in ws[i1:i2] if w in _LEX["factors"]}
    return got.pop() if len(got) == 1 else None


def _replaced(wa: list[str], wb: list[str]) -> Iterator[tuple[int, int, int, int]]:
    """The replace operations of the stem diff of ``wa`` / ``wb`` (at most two words each side) with the same words
    around them (see above)."""
    from .consistency import replaced_alike

    sa, sb = [_stem(w) for w in wa], [_stem(w) for w in wb]
    ops = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False).get_opcodes()
    if _moved(ops, sa, sb):
        return  # "The euro weakened against the dollar" / "The dollar strengthened against the euro" (rt37-17)
    yield from replaced_alike(wa, wb, ops)


def _moved(ops: list, sa: list[str], sb: list[str]) -> bool:
    """Whether a word the diff takes out of one version stands elsewhere in the other (the same things said from
    the other side, clauses swapped: "Output halved while jobs doubled" / "Jobs doubled while output halved")."""
    inb, ina = set(sb), set(sa)
    return any(w in inb for tag, i1, i2, _j1, _j2 in ops if tag != "equal" for w in sa[i1:i2] if len(w) > 2) or any(
        w in ina for tag, _i1, _i2, j1, j2 in ops if tag != "equal" for w in sb[j1:j2] if len(w) > 2)


def _shown(wa: list[str], wb: list[str], i1: int, i2: int, j1: int, j2: int) -> str:
    return f"'{' '.join(wa[max(0, i1 - 2):i2 + 2])}' vs '{' '.join(wb[max(0, j1 - 2):j2 + 2])}'"


def opposite_words(wa: list[str], wb: list[str]) -> str | None:
    """The negation flag's note where one version says a listed opposite of the other's word, or a factor below 1
    against one above ("halved" / "doubled"); None otherwise (``wa`` / ``wb``: lowered words)."""
    for i1, i2, j1, j2 in _replaced(wa, wb):
        pa, pb = _pole(wa, i1, i2), _pole(wb, j1, j2)
        if any((g, 1 - side) in pb for g, side in pa) and not pa & pb:
            return f"{_shown(wa, wb, i1, i2, j1, j2)} (opposite)"
        fa, fb = _factor(wa, i1, i2), _factor(wb, j1, j2)
        if fa is not None and fb is not None and (fa < 1) != (fb < 1):
            return f"{_shown(wa, wb, i1, i2, j1, j2)} (opposite direction)"
    return None


def factor_change(wa: list[str], wb: list[str]) -> str | None:
    """The number flag's note where one version's multiplying verb says another factor on the same side of 1
    ("doubled" / "tripled", "verdoppelt" / "verdreifacht"); None otherwise."""
    for i1, i2, j1, j2 in _replaced(wa, wb):
        fa, fb = _factor(wa, i1, i2), _factor(wb, j1, j2)
        if fa is not None and fb is not None and fa != fb and (fa < 1) == (fb < 1):
            return f"{_shown(wa, wb, i1, i2, j1, j2)} (a factor of {fa:g} vs {fb:g})"
    return None
