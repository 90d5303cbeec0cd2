"""One figure said with another period: "555 euros more per month" / "555 euros more per year", "a 12-hour
shift" / "a 12-day shift", "40 Stunden pro Woche" / "40 Stunden im Monat" (rv79-5).  The number flag reads
the numbers only, and the period was a word change (worth a look) or nothing.  In a wage dispute or a
working-time rule the period is the figure: 555 a month is twelve times 555 a year.

A period is read right after a number (and its unit or currency, up to three words: "555 euros more per
month"): "per" / "a" / "an" / "each" / "every" / "pro" / "je" / "im" / "in der" with one of the period's
nouns, or an adverb alone ("monthly", "jährlich"); or a compound duration, the number, a hyphen and the
period ("12-hour", "12-Stunden-Schicht").  Closed lists (``equivalents.json`` "time_bases").  Flagged only
where each version has exactly one such figure the other lacks, the two with the same number written, another
period, and the same two words before the number in both (the statement's own words around it); "14 days" /
"two weeks" (another number) and "per month" / "monthly" (one period) stay as they were.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .equivalents import _LEX
from .unit_change import lone_pair

_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_A_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_PER = r"(?:per|a|an|each|every|pro|je|im|am|in\s+der|in\s+the)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(period of each listed form, the rate pattern, the compound pattern)."""
    of: dict[str, str] = {}
    for period, forms in _LEX["time_bases"].items():
        for key in ("nouns", "adverbs", "compound"):
            of.update({f: period for f in forms[key]})
    nouns = "|".join(f for p in _LEX["time_bases"].values() for f in p["nouns"])
    adverbs = "|".join(f for p in _LEX["time_bases"].values() for f in p["adverbs"])
    compound = "|".join(f for p in _LEX["time_bases"].values() for f in p["compound"])
    filler = rf"(?:\s+(?!(?:{nouns})(?:s|e|en|es)?\b|{_PER}\b)[^\W\d]+){{0,3}}?"  # "euros more": no period noun ("3 years of growth")
    rate = re.compile(rf"(?<![\w.,])({_NUMBER})({filler})\s+(?:{_PER}\s+({nouns})(?:s|e|es)?|({adverbs}))(?![\w-])"
                      rf"(?!\s*\d|\s+(?:ago|later|earlier|before|after|since|old|back|zuvor|später|früher|vorher|danach|alt)\b)",
                      re.I)
    compound_re = re.compile(rf"(?<![\w.,])({_NUMBER})-({compound})s?(?![\w])", re.I)
    return of, rate, compound_re


def _figures(text: str) -> list[tuple[str, str, str, int, int]]:
    """(number as written, "rate" or "duration", period, start, end) of each figure with a period of ``text``."""
    of, rate, compound = _patterns()
    out = [(m.group(1), "rate", of[(m.group(3) or m.group(4)).lower()], m.start(), m.end()) for m in rate.finditer(text)
           if m.group(2).strip() or not _A_YEAR.fullmatch(m.group(1))]  # "in 2024 a year later"
    out += [(m.group(1), "duration", of[m.group(2).lower()], m.start(), m.end()) for m in compound.finditer(text)]
    return out


def period_changed(a: str, b: str) -> str | None:
    """"555 euros more per month vs 555 euros more per year" where each version has one figure with a period the
    other lacks, with the same number written, the same kind (a rate, a compound duration), another period and
    the same two words before the number in both (see above); else None."""
    pair = lone_pair(a, b, _figures(a), _figures(b))
    if pair is None:
        return None
    (na, ka, pa, sa, ea), (nb, kb, pb, sb, eb) = pair
    if na != nb or ka != kb or pa == pb:
        return None
    return f"{a[sa:ea]} vs {b[sb:eb]}"
