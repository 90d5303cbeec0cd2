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
("The euro weakened against the dollar" / "The dollar strengthened against the euro", rt37-17).  A listed opposite
of "opposites_guarded" (session 38) is read only as the one listed word the versions differ in, with the three words around it the same, no quantifier,
negator or doubting word before it in either version ("None of the bridges are safe" / "All of the bridges are
unsafe", "I doubt it is safe" / "I think it is unsafe", "likely unlawful" / "unlikely lawful": pr40-2, pr40-3,
pr40-6) and, for a market verb ("surged" / "plunged"), a market word near it (pr40-4): ``_plain_pair``.
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
    return [(tuple(p.split()), g, side) for g, sides in enumerate(_LEX["opposites"] + _LEX["opposites_guarded"])
            for side, ps in enumerate(sides) for p in ps]


_GUARDED_FROM = len(_LEX["opposites"])  # groups from here on are read only as a plain pair (``_plain_pair``)


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
    inb, ina = set(sb) - _ARTICLES, set(sa) - _ARTICLES  # "has lifted the ban" / "has imposed a ban" (rv83-4)
    return any(w in inb for tag, i1, i2, _j1, _j2 in ops if tag != "equal" for w in sa[i1:i2] if len(w) > 2) or any(
        w in ina for tag, _i1, _i2, j1, j2 in ops if tag != "equal" for w in sb[j1:j2] if len(w) > 2)


_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})
_ARTICLES_ANY = _ARTICLES | {"a", "an", "ein", "eine", "einen", "einem", "einer", "eines"}


def _short_of(ws: list[str]) -> list[str]:
    """``ws`` without the "of" of "fell short of" ("exceeded our targets" / "fell short of our targets": one word
    against two, as the diff reads them; rv82-26)."""
    return [w for k, w in enumerate(ws) if not (w == "of" and k >= 2 and ws[k - 1] == "short"
                                                and ws[k - 2] in ("fell", "falls", "fall", "falling"))]


def _shown(wa: list[str], wb: list[str], i1: int, i2: int, j1: int, j2: int) -> str:
    return f"'{' '.join(wa[max(0, i1 - 2):i2 + 2])}' vs '{' '.join(wb[max(0, j1 - 2):j2 + 2])}'"


_GUARDS = _LEX["opposite_guards"]
_QUANTIFIERS = frozenset(_GUARDS["quantifiers"])
_MARKETS = _LEX["in_markets"]


def _doubting(w: str) -> bool:
    """A quantifier, negator, denying or doubting word ("all", "not", "failed", "doubt", "bezweifeln")."""
    from .consistency import denies, is_negator

    return (w in _QUANTIFIERS or is_negator(w) or denies(w) and w not in ("rather", "instead")
            or any(w.startswith(d) for d in _GUARDS["doubting"]))


def _plain_pair(wa: list[str], wb: list[str], i1: int, i2: int, j1: int, j2: int) -> bool:
    """Whether the listed pair at ``wa[i1:i2]`` / ``wb[j1:j2]`` is the one listed pair the versions differ in, with
    no quantifier or doubting word before it in either ("None of the bridges are safe" / "All of the bridges are
    unsafe", "failed to prove effective" / "proved ineffective": pr40-2, pr40-3, pr40-6), the three words around
    it the same in both (articles aside: "effective unless" / "ineffective if") and, for a market verb, a market
    word near it in both ("The bus plunged off the bridge" / "jumped off the bridge": pr40-4)."""
    if any(_doubting(w) for w in [*wa[:i1], *wb[:j1]]):
        return False
    ops = difflib.SequenceMatcher(a=[_stem(w) for w in wa], b=[_stem(w) for w in wb], autojunk=False).get_opcodes()
    if sum(1 for tag, a1, a2, b1, b2 in ops if tag != "equal" and (_pole(wa, a1, a2) or _pole(wb, b1, b2))) != 1:
        return False
    if not (_around_equal(ops, wa, i1, i2, 0) and _around_equal(ops, wb, j1, j2, 1)):
        return False
    if not (_only_listed(wa, i1, i2) and _only_listed(wb, j1, j2)):
        return False  # "effective unless" / "ineffective if": one replace of two words each
    return _in_market(wa, i1, i2) and _in_market(wb, j1, j2)


def _around_equal(ops: list, ws: list[str], k1: int, k2: int, side: int) -> bool:
    """Whether the three words before ``ws[k1:k2]`` and the three after stand in the diff's equal parts (or are
    articles)."""
    matched = {k for op in ops if op[0] == "equal" for k in range(op[1 + 2 * side], op[2 + 2 * side])}
    return all(k in matched or ws[k] in _ARTICLES_ANY
               for k in [*range(max(0, k1 - 3), k1), *range(k2, min(len(ws), k2 + 3))])


def _only_listed(ws: list[str], k1: int, k2: int) -> bool:
    """Whether every word of ``ws[k1:k2]`` belongs to a listed phrase there or is an article."""
    return all(ws[k] in _ARTICLES_ANY or _pole(ws, k, k + 1) for k in range(k1, k2))


def _in_market(ws: list[str], k1: int, k2: int) -> bool:
    """A market verb ("surged", "plunged") with a market word within three words of it; True for other words."""
    if not any(w in _MARKETS["words"] for w in ws[k1:k2]):
        return True
    return any(w in _MARKETS["market"] for w in [*ws[max(0, k1 - 3):k1], *ws[k2:k2 + 3]])


def opposite_words(wa: list[str], wb: list[str]) -> str | None:
    """The negation flag's note where one version says a listed opposite of the other's word (one of
    "opposites_guarded" only as ``_plain_pair``), or
    a factor below 1 against one above ("halved" / "doubled"); None otherwise (``wa`` / ``wb``: lowered words)."""
    wa, wb = _short_of(wa), _short_of(wb)
    for i1, i2, j1, j2 in _replaced(wa, wb):
        pa, pb = _pole(wa, i1, i2), _pole(wb, j1, j2)
        turned = {g for g, side in pa if (g, 1 - side) in pb}
        if turned and not pa & pb:
            if min(turned) < _GUARDED_FROM or _plain_pair(wa, wb, i1, i2, j1, j2):
                return f"{_shown(wa, wb, i1, i2, j1, j2)} (opposite)"
            continue
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
