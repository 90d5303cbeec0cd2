"""Words that look like negators and are none, or say "no" as a number, read plainly for the negation flag.

- "zero" / German "null" before what is counted ("zero new coal plants", "zero emissions", "null neue
  Kohlekraftwerke") say "no" / "kein" with a figure: read as the negator they mean, so that "zero emissions" /
  "no emissions" is one claim (rv70-23).  Not after "net" / "absolute" ("net zero emissions" is a target's
  name), not before a unit, a function word or a figure ("zero percent", "to zero by 2045", "auf null senken"),
  and only where that makes the two versions' "no"s as many (the one writes "zero" where the other writes "no";
  against "0", "Null-Toleranz", "two" or "some" it is a figure, the number flag's: pr34b-4).
- "not least" / "nicht zuletzt" ("rose, not least because of the carbon price") say "above all", not "not":
  left out, so the negator count is that of the rest (rv70-24); only written as two words with nothing between
  ("I do not, least of all now, want to resign" keeps its "not": pr34b-7).
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
_NO_EN = re.compile(r"\bno\b", re.I)
_NO_DE = re.compile(r"\bkein(?:e|en|em|er|es)?\b", re.I)
# an answer's "No," / "No." / "Nein," opening a version: a word of its own, not the "no" of "no one" after it
# ("No, one person was injured" is "One person was injured" with an answer before it: pr34b-1)
_ANSWER_NO = re.compile(r"^\W*(?:no|nein)\s*[,.!;:–—]", re.I)
# "not least" as two words with nothing between, not "not least of all" ("not, least of all now" is a "not")
_NOT_LEAST = re.compile(r"\b(?:not\s+least|nicht\s+zuletzt)\b(?!\s+of\s+all)", re.I)


def _zero_word(a: str, b: str, lang: str) -> str | None:
    """The word read as "no" / "kein" in this pair ("zero" / "null"), or None: only where the one version says it
    where the other says "no" / "kein", as many times (``_ZERO_EN`` / ``_NULL_DE`` against ``_NO_EN`` / ``_NO_DE``)."""
    zero, no, word = (_NULL_DE, _NO_DE, "null") if lang == "de" else (_ZERO_EN, _NO_EN, "zero")
    za, zb = len(zero.findall(a)), len(zero.findall(b))
    na, nb = len(no.findall(a)), len(no.findall(b))
    return word if za + zb and na != nb and za + na == zb + nb else None


def plain_readers(a: str, b: str, lang: str) -> tuple[Callable[[list[str]], list[str]], Callable[[list[str]], list[str]]]:
    """Functions giving ``words`` of ``a`` and of ``b`` read plainly: "zero" / "null" as "no" / "kein" where the
    pair counts with them (``_zero_word``), "not least" / "nicht zuletzt" left out where the text writes them so, an
    answer's "No," opening the text left out (``_ANSWER_NO``)."""
    zero = _zero_word(a, b, lang)

    def reader(text: str) -> Callable[[list[str]], list[str]]:
        least = _NOT_LEAST.search(text) is not None
        answer = _ANSWER_NO.match(text) is not None

        def read(ws: list[str]) -> list[str]:
            out: list[str] = []
            k = 1 if answer and ws[:1] in (["no"], ["nein"]) else 0
            while k < len(ws):
                if least and tuple(ws[k:k + 2]) in (("not", "least"), ("nicht", "zuletzt")) \
                        and ws[k + 2:k + 4] != ["of", "all"]:
                    k += 2
                    continue
                out.append("kein" if zero == "null" and ws[k] == "null" else "no" if zero == "zero" and ws[k] == "zero"
                           else ws[k])
                k += 1
            return out

        return read

    return reader(a), reader(b)
