"""Dates said two ways that the number flag cannot compare figure for figure.

- A date counted back or forward from the day a statement was made ("two years ago",
  "for the past three years", „vor zwei Jahren“, „seit drei Jahren“) against a year
  ("in 2024", „seit 2023“): a count of years and a year are two kinds of figure, and
  which year a count means depends on when the words were said, which the quote does
  not say (the article dates are not read here).  Not compared, and said so: the same
  as "last year" / "in 2024", where one side has words and the other a figure.

``masked(a, b, lang)`` replaces such a pair (exactly one on each side, neither's
figure found in the other version) by one placeholder word in both texts and says
what it set aside; everything else is left to the number flag.
"""

from __future__ import annotations

import re

from .equivalents import NUMBER_WORDS_BY_LANGUAGE

_WORDS = "|".join(sorted({w for t in NUMBER_WORDS_BY_LANGUAGE.values() for w, v in t.items() if 2 <= v <= 99},
                         key=len, reverse=True))
_COUNT = rf"(?:\d{{1,2}}|{_WORDS})"
# a count of years back or forward from when the words were said
_RELATIVE = {
    "en": re.compile(rf"\b(?:(?:for|over|in|during)\s+the\s+(?:past|last|next|coming)\s+{_COUNT}\s+years"
                     rf"|{_COUNT}\s+years\s+(?:ago|back|from\s+now)"
                     rf"|(?:for|in|within)\s+{_COUNT}\s+years(?:'\s+time)?)\b", re.I),
    "de": re.compile(rf"\b(?:(?:vor|seit|in|binnen|innerhalb\s+von)\s+{_COUNT}\s+Jahren"
                     rf"|{_COUNT}\s+Jahren?\s+(?:zuvor|vorher|lang))\b", re.I),
}
_YEAR = re.compile(r"(?<![\d.,:/])\b(?:1[89]\d{2}|20\d{2})\b(?![.,:/]?\d)")
PLACEHOLDER = "samedatefig"


def _years(text: str) -> list[re.Match]:
    return list(_YEAR.finditer(text))


def _one_pair(a: str, b: str, lang: str) -> tuple[str, str, str] | None:
    """(a, b, what was set aside) with one relative date of ``a`` and one year of ``b``
    replaced, or None."""
    rel = [m for m in _RELATIVE.get(lang, _RELATIVE["en"]).finditer(a)
           if m.group(0).lower() not in b.lower()]
    years_a = {m.group(0) for m in _years(a)}
    year = [m for m in _years(b) if m.group(0) not in years_a]
    if len(rel) != 1 or len(year) != 1 or _RELATIVE.get(lang, _RELATIVE["en"]).search(b):
        return None
    if years_a - {m.group(0) for m in _years(b)}:
        return None  # a year of its own the other lacks: that year may be the one the other changed (pr34b-6)
    r, y = rel[0], year[0]
    return (a[:r.start()] + PLACEHOLDER + a[r.end():], b[:y.start()] + PLACEHOLDER + b[y.end():],
            f"'{r.group(0)}' vs '{y.group(0)}': a count of years against a year, not compared "
            "(which year the count means depends on when it was said)")


def masked(a: str, b: str, lang: str = "en") -> tuple[str, str, str | None]:
    """``a`` and ``b`` with one relative date against one year replaced by one placeholder in both (the module's docstring), and
    the note of what was set aside (None, texts unchanged, when nothing was)."""
    for find in (_one_pair,):
        got = find(a, b, lang)
        if got:
            return got
        got = find(b, a, lang)
        if got:
            return got[1], got[0], got[2]
    return a, b, None
