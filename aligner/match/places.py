"""A place in a league table said two ways ("second in the table" / "top of the table"), and one day said in two
date styles ("March 1, 2027" / "1 May 2027").

``number_change`` reads ordinals before the same word (``_ordinal_change``), but "top of the
table" holds no ordinal: it is the first place said in words.  Two versions that each name one
place in one table, at the same spot of the sentence (the words before and after the place the
same), and the places differ, say two different standings.
"""

from __future__ import annotations

import re

from .equivalents import ORDINALS, dates, same_date

# the tables a team stands in
_TABLE = r"(?:table|league|standings|group|division)"
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
# "second in the table", "2nd in the league", "top of the table", "bottom of the group", "at the top of the table"
_PLACE_EN = re.compile(
    rf"\b(?:(?P<ord>{_ORDINAL_WORDS}|\d{{1,2}}(?:st|nd|rd|th))(?:[- ]placed)?\s+(?:in|of)"
    rf"|(?:at\s+)?(?:the\s+)?(?P<end>top|bottom)\s+of)\s+the\s+(?P<table>{_TABLE})\b(?!-)", re.I)
# "Tabellenzweiter", "Tabellenführer", "an der Tabellenspitze", "Tabellenletzter"
_PLACE_DE = re.compile(r"\b(?:an\s+der\s+)?tabellen(?P<word>erste[rn]?|zweite[rn]?|dritte[rn]?|vierte[rn]?|"
                       r"fünfte[rn]?|sechste[rn]?|führer|spitze|letzte[rn]?|ende)\b", re.I)
_DE_PLACES: dict[str, int | str] = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "führer": 1, "spitze": 1,
              "letzte": "bottom", "ende": "bottom"}
SAME_AROUND = 2  # words before and after the place that both versions must share


def _value(m: re.Match[str]) -> int | str | None:
    if "word" in m.groupdict():
        w = m.group("word").lower()
        return _DE_PLACES.get(w.rstrip("rn") if w not in _DE_PLACES else w)
    if m.group("end"):
        return 1 if m.group("end").lower() == "top" else "bottom"
    o = m.group("ord").lower()
    return int(o[:-2]) if o[:1].isdigit() else ORDINALS.get(o)


def _places(text: str) -> list[tuple[int | str | None, str, str, str]]:
    """(place, the words as written, a few words before, a few after) of each table place in ``text``."""
    out = []
    for pattern in (_PLACE_EN, _PLACE_DE):
        for m in pattern.finditer(text):
            before = re.findall(r"\w+", text[:m.start()].lower())[-SAME_AROUND:]
            after = re.findall(r"\w+", text[m.end():].lower())[:SAME_AROUND]
            out.append((_value(m), m.group(0).strip(), " ".join(before), " ".join(after)))
    return out


def _differ(x: int | str | None, y: int | str | None) -> bool:
    """Two places that cannot be one: two numbers, or the top against the bottom; the bottom against a number
    is unknown (how many teams)."""
    if x is None or y is None or x == y:
        return False
    return isinstance(x, int) and isinstance(y, int) or {x, y} == {1, "bottom"}


def table_place_apart(a: str, b: str) -> str | None:
    """"second in the table" / "top of the table": one place in a table in each version, at the same spot
    (``SAME_AROUND`` words before or after the same), the two places different.  A version with two places, or
    places at different spots, is not compared."""
    pa, pb = _places(a), _places(b)
    if len(pa) != 1 or len(pb) != 1:
        return None
    (x, tx, bx, ax), (y, ty, by, ay) = pa[0], pb[0]
    if not _differ(x, y) or (bx != by and ax != ay) or not (bx or ax):
        return None
    return f"{tx} vs {ty}"


def date_apart(a: str, b: str) -> str | None:
    """Each version names one day (a day and a month, in any order or style: "1 March 2027", "March 1, 2027",
    "1.3.2027", "3/1/2027" read both ways) and no reading of one is the other's day: the date of the statement
    changed ("by 1 March 2027" / "by 1 May 2027"), even where the two orders keep the word diff from lining the
    months up.  A version with two days, or a month without a day ("in March"), is not compared; a year only one
    version gives is no difference."""
    da, db = dates(a), dates(b)
    if len(da) != 1 or len(db) != 1:
        return None
    x, y = da[0], db[0]
    if any(same_date(r, s) for r in x.readings for s in y.readings):
        return None
    return f"{a[x.start:x.end].strip()} vs {b[y.start:y.end].strip()}"
