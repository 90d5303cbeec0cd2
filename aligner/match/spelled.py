"""Spans of time and ages said in words, read as the figures they are.

"half a century" is 50 years, "a quarter of a century" 25, "the mid-eighties" the mid-80s: the number flag
reads the figures of a quote, and a span said in words held none, so "for half a century" / "for 40 years" was no
change at all.  ``spelled_out`` writes such spans as figures before the figures are read (the faithful "half a
century" / "50 years" then reads as one figure).  Not "a decade" or "a century" alone: said loosely as often as
not ("for a decade" of eleven years), and not after a bound ("more than half a century": a bound against an exact
figure is the bounds readers' matter).  Not "in her eighties" (an age band, not the decade of a century).

``age_apart``: one age each, said in different frames ("84 years old" / "the age of eighty-five"), that differ.
"""

from __future__ import annotations

import re

from .equivalents import NUMBER_WORDS_BY_LANGUAGE
from .word_amounts import amounts

_SPANS = {"half a century": "50 years", "a quarter of a century": "25 years", "a quarter century": "25 years",
          "a quarter-century": "25 years", "half a decade": "5 years", "three quarters of a century": "75 years",
          "ein halbes jahrhundert": "50 Jahre", "einem halben jahrhundert": "50 Jahren",
          "eines halben jahrhunderts": "50 Jahren", "ein vierteljahrhundert": "25 Jahre",
          "einem vierteljahrhundert": "25 Jahren", "eines vierteljahrhunderts": "25 Jahren"}
# a bound or hedge before a span leaves it as written ("nearly half a century" / "48 years" is the rounding
# reader's matter, which reads the quote as written)
_BOUND_BEFORE = re.compile(r"(?:more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|at\s+most|upwards\s+of|"
                           r"nearly|almost|about|around|some|roughly|approximately|close\s+to|just|barely|well|"
                           r"mehr\s+als|weniger\s+als|über|unter|mindestens|höchstens|fast|knapp|rund|etwa|ungefähr|"
                           r"beinahe|gut)\s+$", re.I)
_SPAN = re.compile(r"\b(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in _SPANS) + r")\b", re.I)
_DECADES = {"twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s",
            "seventies": "70s", "eighties": "80s", "nineties": "90s"}
# "the eighties", "the mid-eighties", "the late nineties": an era; "her eighties" (an age) stays as written
_ERA = re.compile(r"\b(the\s+(?:(?:early|mid|late)(?:\s+|-))?)(" + "|".join(_DECADES) + r")\b", re.I)


def _span(m: re.Match[str]) -> str:
    if _BOUND_BEFORE.search(m.string, 0, m.start()):
        return m.group(0)
    return _SPANS[" ".join(m.group(0).lower().split())]


def spelled_out(text: str) -> str:
    """``text`` with a span of years said in words written as a figure ("half a century" -> "50 years") and a
    decade said in words as the figure ("the mid-eighties" -> "the mid-80s")."""
    text = _SPAN.sub(_span, text)
    return _ERA.sub(lambda m: m.group(1) + _DECADES[m.group(2).lower()], text)


_NUMBER = r"(?P<n>\d{1,3}|[a-z]+(?:[- ][a-z]+)?)"
_AGE = [re.compile(p, re.I) for p in (
    rf"\b{_NUMBER}[- ]years?[- ]old\b", rf"\bthe\s+age\s+of\s+{_NUMBER}\b", rf"\baged\s+{_NUMBER}\b",
    rf"\bim\s+alter\s+von\s+{_NUMBER}\b", rf"\b{_NUMBER}\s+jahre\s+alt\b", rf"\b{_NUMBER}-jährig")]


def _age(m: re.Match[str], lang: str) -> int | None:
    """The age ``m`` reads: digits, one number word, or an amount of number words ("eighty-five"); else None."""
    n = m.group("n").lower()
    for said in (n, n.split()[-1]):  # "be eighty years old": the number is the last word
        if said.isdigit():
            return int(said)
        table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
        if said in table:
            return int(table[said])
        got = [v for s, e, v in amounts(said, lang) if s == 0 and e == len(said)]
        if len(got) == 1 and got[0] == int(got[0]):
            return int(got[0])
    return None


def _ages(text: str, lang: str) -> list[tuple[int | None, str]]:
    found = {(m.start("n"), m.end("n")): m for p in _AGE for m in p.finditer(text)}
    return [(_age(m, lang), m.group(0)) for _, m in sorted(found.items())]


def age_apart(a: str, b: str, lang: str = "en") -> str | None:
    """Each version states one age ("N years old", "the age of N", "aged N", "N-year-old", "im Alter von N", "N
    Jahre alt"), both read, and they differ: the one age of the statement changed, whatever frame each used.  A
    version with two ages, or an age not read, is not compared."""
    xa, xb = _ages(a, lang), _ages(b, lang)
    if len(xa) != 1 or len(xb) != 1 or xa[0][0] is None or xb[0][0] is None or xa[0][0] == xb[0][0]:
        return None
    return f"{xa[0][1]} vs {xb[0][1]}"
