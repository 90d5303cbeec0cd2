"""Decades and ages said in words, read as the figures they are.

"the mid-eighties" is the mid-80s: the number flag reads the figures of a quote, and a decade said in words held
none, so "in the mid-eighties" / "in the mid-1990s" was no change at all.  ``spelled_out`` writes an era said in
words ("the eighties", "the late nineties") as its figure before the figures are read; the faithful "the eighties"
/ "the 1980s" then reads as one decade, as "the 80s" / "the 1980s" does.  Only after "the": "her eighties" is an
age band, not a decade of a century.

``age_apart``: one age each, said in different frames or one of them in words ("84 years old" / "the age of
eighty-five"), that differ.  Not an age next to a range word ("aged 5 to 11", "between 5 and 11 years old": the
ends of a range, not one age).
"""

from __future__ import annotations

import re

from .equivalents import _LEX, NUMBER_WORDS_BY_LANGUAGE
from .word_amounts import amounts

_DECADES = {"twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s",
            "seventies": "70s", "eighties": "80s", "nineties": "90s"}
# "the eighties", "the mid-eighties", "the late nineties": an era; "her eighties" (an age) stays as written
_ERA = re.compile(r"\b(the\s+(?:(?:early|mid|late)(?:\s+|-))?)(" + "|".join(_DECADES) + r")\b", re.I)


# a decade in digits ("the 1990s", "the 90s", "the '90s"): the other version's, which makes "the nineties" a decade
_DECADE_DIGITS = re.compile(r"(?<![\w.,])(?:(?:1[89]|20)?\d0s|['’]\d0s)\b")


def spelled_out(text: str, other: str | None = None) -> str:
    """``text`` with a decade said in words written as its figure ("the mid-eighties" -> "the mid-80s"), where
    ``other`` (the other version; None: always) gives a decade in digits: "temperatures in the mid-twenties", "the
    death toll is in the forties", "inflation in the mid-twenties" are no decades of a century (pr34b-2)."""
    if "ties" not in text.lower() or other is not None and not (
            {m.group(0) for m in _DECADE_DIGITS.finditer(other)} - {m.group(0) for m in _DECADE_DIGITS.finditer(text)}):
        return text  # the other's decade in digits must be one this text lacks ("… the worst since the 1990s" in both)
    return _ERA.sub(lambda m: m.group(1) + _DECADES[m.group(2).lower()], text)


# a span of years said without a figure ("half a century", "vor einem Jahrzehnt"; ``equivalents.json`` "year_spans"),
# not after a hedge ("nearly a decade", "fast ein Jahrzehnt": a rounding, not the figure) nor before "-s" ("decades")
_SPANS = {lang: dict(t) for lang, t in _LEX["year_spans"].items()}
_HEDGES = sorted({h for side in _LEX["rounding_hedges"].values() for h in side}, key=len, reverse=True)
_SPAN = {lang: re.compile(r"(?i)(?<![\w-])(" + "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in t),
                                                                        key=len, reverse=True)) + r")(?![\w])")
         for lang, t in _SPANS.items()}
_HEDGED = re.compile(r"(?i)\b(?:" + "|".join(re.escape(h) for h in _HEDGES) + r")\s*$")
# a span that is part of a longer one: a fraction or part before it ("three quarters of a century", "the better part of
# a decade"), more after it ("a decade and a half", "a decade or so", "ein Jahrzehnt oder länger") (pr41b-2)
_SPAN_PART_BEFORE = re.compile(r"(?i)\b(?:of|von|eines)\s*$")
_SPAN_GOES_ON = re.compile(r"(?i)\s*(?:and|or|plus|und|oder|bis)\b")
# a count of years ("40 years", "ten-year", "zwei Jahren"): the other version's, which makes a worded span a figure
_YEAR_COUNT = re.compile(r"(?i)(?<![\w.,])(\d{1,4}|[^\W\d_]+)[\s-]+(?:years?|jahren?)\b")


def _year_counts(text: str, lang: str) -> set[str]:
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    return {m.group(1) if m.group(1).isdigit() else str(int(table[m.group(1).lower()]))
            for m in _YEAR_COUNT.finditer(text) if m.group(1).isdigit() or m.group(1).lower() in table}


def spans_in_years(text: str, other: str, lang: str = "en") -> str:
    """``text`` with each span of years said without a figure ("half a century", "a decade", "vor einem Jahrzehnt")
    written as its count of years ("50 years", "vor 10 Jahren"), where ``other`` gives a count of years this text
    lacks (rv81-10: "half a century" / "40 years" a changed number, "a decade" / "10 years" none); ``text`` as it is
    where ``other`` gives none ("a century of tradition": no figure to compare) or the span follows a hedge."""
    spans = _SPANS.get(lang, _SPANS["en"])
    if not _year_counts(other, lang) - _year_counts(text, lang):
        return text

    def years(m: re.Match[str]) -> str:
        said = " ".join(m.group(1).lower().split())
        if _HEDGED.search(text[:m.start()]) or _SPAN_PART_BEFORE.search(text[:m.start()]) or _SPAN_GOES_ON.match(text, m.end()):
            return m.group(0)  # "a decade and a half", "a decade or so", "three quarters of a century": not the span (pr41b-2)
        if lang == "de":
            return f"{spans[said]} {'Jahren' if said.startswith('einem') else 'Jahre'}"
        return f"{spans[said]} years"
    return _SPAN.get(lang, _SPAN["en"]).sub(years, text)


_NUMBER = r"(?P<n>\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)?)"
_AGE = [re.compile(p, re.I) for p in (
    rf"\b{_NUMBER}[- ]years?[- ]old\b", rf"\bthe\s+age\s+of\s+{_NUMBER}\b", rf"\baged\s+{_NUMBER}\b",
    rf"\bim\s+alter\s+von\s+{_NUMBER}\b", rf"\b{_NUMBER}\s+jahre\s+alt\b", rf"\b{_NUMBER}-jährig")]
# a figure and a range word right before or after the age make it one end of a range ("aged 5 to 11", "between 5
# and 11 years old", "18- to 60-year-olds", "im Alter von 5 bis 11"): not one age
_FIG = r"(?:\d+|" + "|".join(sorted({w for t in NUMBER_WORDS_BY_LANGUAGE.values() for w in t if w.isalpha()},
                                    key=len, reverse=True)) + r")"
_RANGE_WORD = r"[\s-]*(?:to|and|or|bis|und|oder|-|–)\s*"
_RANGE_BEFORE = re.compile(r"(?i)\b" + _FIG + r"(?:[\s-]+years?)?" + _RANGE_WORD + r"$")
_RANGE_AFTER = re.compile(r"(?i)(?:[\s-]+years?)?" + _RANGE_WORD + _FIG + r"\b")


def _age(m: re.Match[str], lang: str) -> int | None:
    """The age ``m`` reads: digits, one number word, or an amount of number words ("eighty-five"); else None."""
    said = m.group("n").lower()
    if said.isdigit():
        return int(said)
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    if said in table:
        return int(table[said])
    got = [v for s, e, v in amounts(said.replace("-", " "), lang) if s == 0 and e == len(said)]
    return int(got[0]) if len(got) == 1 and got[0] == int(got[0]) else None


def _ranged(text: str, m: re.Match[str]) -> bool:
    """Whether the age of frame ``m`` is one end of a range ("5 to 11", "18 and 60")."""
    return bool(_RANGE_BEFORE.search(text, 0, m.start("n")) or _RANGE_AFTER.match(text, m.end("n")))


def _run_on(text: str, m: re.Match[str]) -> bool:
    """Whether a number word or a figure stands right before the age of frame ``m`` ("twenty one year old": the
    frame holds "one" of "twenty one")."""
    before = re.findall(r"[^\W_]+", text[:m.start("n")])
    return bool(before) and (before[-1].isdigit() or before[-1].lower() in _WORDS)


_WORDS = frozenset(w for t in NUMBER_WORDS_BY_LANGUAGE.values() for w in t)


def _ages(text: str, lang: str) -> list[tuple[int | None, str]]:
    found = {(m.start("n"), m.end("n")): m for p in _AGE for m in p.finditer(text)}
    return [(None if _ranged(text, m) or _run_on(text, m) else _age(m, lang), m.group(0))
            for _, m in sorted(found.items())]


def _figures(text: str, lang: str) -> set[int]:
    """The whole numbers ``text`` gives, in digits or words."""
    got = {int(x) for x in re.findall(r"(?<![\d.,])\d+(?![\d]|[.,]\d)", text)}
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    got |= {int(table[w.lower()]) for w in re.findall(r"[^\W\d_]+", text) if w.lower() in table}
    return got | {int(v) for _, _, v in amounts(text, lang) if v == int(v)}


def age_apart(a: str, b: str, lang: str = "en") -> str | None:
    """Each version states one age ("N years old", "the age of N", "aged N", "N-year-old", "im Alter von N", "N
    Jahre alt"), both read and no end of a range, and they differ: the one age of the statement changed, whatever
    frame each used.  A version with two ages, an age not read (one end of a range, the last word of "twenty one
    year old"), or an age the other version gives too ("she was 17 ..., now aged 19" / "at the age of 17 ..., now 19"),
    is not compared."""
    xa, xb = _ages(a, lang), _ages(b, lang)
    if len(xa) != 1 or len(xb) != 1 or xa[0][0] is None or xb[0][0] is None or xa[0][0] == xb[0][0]:
        return None
    if xa[0][0] in _figures(b, lang) or xb[0][0] in _figures(a, lang):
        return None
    return f"{xa[0][1]} vs {xb[0][1]}"


# --- a year said as English speech says it: "nineteen ninety-one", "twenty twenty one", "nineteen hundred" ---------
# Read only where the other version writes that very year in digits and the word before the spoken year places a
# time ("in", "since", "by", a month, "summer" ...): then the two are one year, not "nineteen ninety one" / "1991"
# as two numbers apart.  A spoken year that the other version does not write stays as it was read.
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TIME_BEFORE = frozenset(
    "in since until till from by before after of during around to through year summer spring autumn fall winter "
    "early late mid january february march april may june july august september october november december".split())
_SPOKEN_YEAR = re.compile(
    r"(?i)\b(?P<h>" + "|".join(_TEENS) + r"|twenty)\s+(?:(?P<hundred>hundred)|(?:oh|o)\s+(?P<oh>"
    + "|".join(_UNITS) + r")|(?P<teen>" + "|".join(_TEENS) + r")|(?P<tens>" + "|".join(_TENS) + r")(?:[\s-]+(?P<unit>"
    + "|".join(_UNITS) + r"))?)\b")


def _spoken_year(m: re.Match[str]) -> int:
    """The year spoken year ``m`` of ``_SPOKEN_YEAR`` says."""
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    head = _TEENS.get(g["h"] or "", 20) * 100
    if g["hundred"]:
        return head
    if g["oh"]:
        return head + _UNITS[g["oh"]]
    if g["teen"]:
        return head + _TEENS[g["teen"]]
    return head + _TENS[g["tens"]] + (_UNITS[g["unit"]] if g["unit"] else 0)


def _years_written(text: str, other: str) -> str:
    """``text`` with each spoken year that ``other`` writes in digits, after a word placing a time, in digits."""
    def put(m: re.Match[str]) -> str:
        before = re.findall(r"[^\W\d_]+", text[:m.start()])
        if not before or before[-1].lower() not in _TIME_BEFORE:
            return m.group(0)
        year = _spoken_year(m)
        if _written(year, other):
            return str(year)
        if m.group("unit") and _written(year - _UNITS[m.group("unit").lower()], other):  # "in nineteen ninety one
            return str(year - _UNITS[m.group("unit").lower()]) + m.string[m.end("tens"):m.end()]  # town": 1990, one
        return m.group(0)
    return _SPOKEN_YEAR.sub(put, text)


def _written(year: int, text: str) -> bool:
    """Whether ``text`` writes ``year`` in digits."""
    return re.search(rf"(?<![\d.,]){year}(?![\d]|[.,]\d)", text) is not None


def spoken_years(a: str, b: str, lang: str = "en") -> tuple[str, str]:
    """``a`` and ``b`` with an English spoken year the other writes in digits written in digits too."""
    if lang != "en":
        return a, b
    return _years_written(a, b), _years_written(b, a)
