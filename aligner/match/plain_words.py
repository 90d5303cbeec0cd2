"""Words that look like negators and are none, or say "no" as a number, read plainly for the negation flag.

- "zero" / German "null" before what is counted ("zero new coal plants", "zero emissions", "null neue
  Kohlekraftwerke") say "no" / "kein" with a figure: read as the negator they mean, so that "zero emissions" /
  "no emissions" is one claim (rv70-23).  Not after "net" / "absolute" ("net zero emissions" is a target's
  name), not before a unit, a function word or a figure ("zero percent", "to zero by 2045", "auf null senken"),
  and only where the pair says "no" / "kein" too (against "0" or "two" it is a figure, the number flag's).
- "not least" / "nicht zuletzt" ("rose, not least because of the carbon price") say "above all", not "not":
  left out, so the negator count is that of the rest (rv70-24).
"""
from __future__ import annotations

import re
from collections.abc import Callable

_UNITS_AFTER_ZERO = ("percent", "per", "cent", "degree", "degrees", "point", "points", "hour", "hours", "times",
                     "sum", "o'clock", "prozent", "grad", "uhr", "komma", "punkt", "punkte", "stunde")
# "zero" before a word that is counted: not after "net" / "absolute", not before a function word, a unit or a figure
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS_AFTER_ZERO)
_ZERO_EN = re.compile(rf"(?<![\w-])(?<!net )(?<!absolute )zero\s+(?!(?:{_UNIT_RE})\b)(?!(?:by|to|in|on|at|and|or|of|"
                      r"for|from|the|a|an|this|that|is|was|are|were|will|be|if|as|with|than)\b)[a-z][a-z-]+\b", re.I)
# German "null" before a noun, or an adjective and a noun ("null neue Kohlekraftwerke", "null Toleranz"); written so
# (capitals), the noun tells it from "auf null senken", "Stunde null"
_NULL_DE = re.compile(r"(?<![\w-])(?<![Ss]tunde )(?-i:null)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?"
                      r"(?!(?:Prozent|Grad|Uhr|Komma|Punkte?)\b)[A-ZÄÖÜ][a-zäöüß]")


# the negator "zero" / "null" stands against: read as it only where the pair says "no" / "kein" (against "0",
# "two" or "some" it is a figure, the number flag's)
_NO_EN = re.compile(r"\bno\b", re.I)
_NO_DE = re.compile(r"\bkein(?:e|en|em|er|es)?\b", re.I)


def plain_reader(text: str, lang: str) -> Callable[[list[str]], list[str]]:
    """A function giving ``words`` of ``text`` read plainly: "zero" / "null" as "no" / "kein" where ``text``
    counts with them, "not least" / "nicht zuletzt" left out."""
    zero = "zero" if _ZERO_EN.search(text) and _NO_EN.search(text) else None
    null = "null" if lang == "de" and _NULL_DE.search(text) and _NO_DE.search(text) else None

    def read(ws: list[str]) -> list[str]:
        out: list[str] = []
        k = 0
        while k < len(ws):
            pair = tuple(ws[k:k + 2])
            if pair in (("not", "least"), ("nicht", "zuletzt")):
                k += 2
                continue
            w = ws[k]
            out.append("no" if w == zero else "kein" if w == null else w)
            k += 1
        return out

    return read
