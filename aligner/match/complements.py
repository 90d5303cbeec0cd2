"""A count against its complement, said with the opposite outcome (rv84-13).

"Only one of the five defendants was acquitted" / "Four of the five defendants were convicted": the same five
counted from the two sides of an outcome with no third one (``equivalents.json`` "complements": acquitted /
convicted, survived / died, passed / failed, released / held).  Read only where each version counts one part of
the same whole ("K of the N", "K der N"), the two parts add up to that whole, the one version says the one outcome
and the other the other (and neither both), no negator stands in either, and no other number differs.  So "one of
the five was acquitted" / "two of the five were convicted" (the parts do not add up), "... were acquitted" in both
(one outcome), "one of the five was not convicted" (a negator) stay as they were.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .equivalents import _K_OF_N, _LEX

_NEGATORS = re.compile(r"(?i)\b(?:not|no|never|nicht|nie|kein\w*)\b|n't\b")
_PLACEHOLDER = "samecount"


@lru_cache(maxsize=1)
def _outcomes() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """One pattern for each side of each listed pair."""
    def pattern(phrases: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b")
    return [(pattern(one), pattern(other)) for one, other in _LEX["complements"]]


def _count(written: str) -> int | None:
    from .equivalents import NUMBER_WORDS_BY_LANGUAGE

    w = written.lower()
    if w.isdigit():
        return int(w)
    got = {t[w] for t in NUMBER_WORDS_BY_LANGUAGE.values() if w in t}
    return int(got.pop()) if len(got) == 1 else None


def _part(text: str) -> tuple[re.Match[str], int, int] | None:
    """The one "K of the N" of ``text`` (its match, K, N), None for none or several."""
    found = list(_K_OF_N.finditer(text))
    if len(found) != 1:
        return None
    k, n = _count(found[0].group(1)), _count(found[0].group(2))
    return (found[0], k, n) if k is not None and n is not None and 0 < k < n else None


def _opposite_outcomes(a: str, b: str) -> bool:
    """The one version says one outcome of a listed pair and the other the other, neither both."""
    for one, other in _outcomes():
        for x, y in ((a, b), (b, a)):
            if one.search(x) and other.search(y) and not other.search(x) and not one.search(y):
                return True
    return False


def complement_masked(a: str, b: str) -> tuple[str, str] | None:
    """``a`` and ``b`` with their counts of one whole replaced by one placeholder, where the one counts the
    complement of the other with the opposite outcome (see above); None otherwise.  The caller compares the
    masked texts for any other number."""
    pa, pb = _part(a), _part(b)
    if pa is None or pb is None or pa[2] != pb[2] or pa[1] + pb[1] != pa[2] or pa[1] == pb[1]:
        return None
    if _NEGATORS.search(a) or _NEGATORS.search(b) or not _opposite_outcomes(a, b):
        return None
    (ma, _, _), (mb, _, _) = pa, pb
    return a[:ma.start()] + _PLACEHOLDER + a[ma.end():], b[:mb.start()] + _PLACEHOLDER + b[mb.end():]
