"""Amounts written in number words of more than one word, read as one number: "two hundred
and fifty million" (250000000), "one thousand two hundred" (1200), "twenty five" (25), "half a
billion" (500000000), "a quarter of a million" (250000), "one and a half million", "eine halbe
Milliarde", "zweihundertfünfzig" (German writes the words of a number as one), "zwölfhundert".

One reader for every reader of figures: ``consistency.numbers`` reads the words as the one
number, ``equivalents.same_figures`` pairs such an amount with the same amount written in
digits ("500 million", "€250m"), and ``figure_text`` counts it as one figure.  A run of number
words that is no one number ("two and three million", "one two three") is left to the
readers of single number words; a fraction without a scale after it ("half a year", "a
quarter") is a share, not an amount."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .equivalents import (
    ARTICLES,
    FRACTIONS,
    MULTIPLIERS,
    NUMBER_WORDS_BY_LANGUAGE,
    SCALES,
    THOUSAND_SLANG,
    THOUSAND_SLANG_RE,
)

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_JOINER = re.compile(r"\s+|\s*-\s*|\s*–\s*")  # the words of one amount stand apart by spaces or a hyphen
_AND = {"en": "and", "de": "und"}
_FILLERS = ("a", "an", "of")  # "half a billion", "a quarter of a million": between a fraction and its scale
# German fractions inflect before their noun ("eine halbe Milliarde")
_FRACTION_FORMS = {**FRACTIONS, "halbe": 0.5, "halben": 0.5, "halber": 0.5, "halbes": 0.5}
Amount = tuple[int, int, float]  # start, end, value


def _kind(w: str, lang: str) -> tuple[str, float] | None:
    """("art" | "small" | "mult" | "scale" | "frac", value) of one word, None for no number word."""
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    if w in SCALES.get(lang, SCALES["en"]) and w not in ("mio", "mrd", "mia", "tsd", "bn", "mln", "bln", "bio"):
        return "scale", SCALES[lang if lang in SCALES else "en"][w]
    if w in MULTIPLIERS and w in table:
        return "mult", float(table[w])
    if w in ARTICLES:
        return "art", 1.0
    if w in table and table[w] < 1000:
        return "small", float(table[w])
    if w in _FRACTION_FORMS and not w.endswith(("th", "ths", "d", "ds")) or w in ("half", "quarter", "quarters"):
        return "frac", _FRACTION_FORMS[w]
    if lang == "de":
        got = _german_compound(w)
        if got is not None:
            return "small", got
    return None


@lru_cache(maxsize=4096)
def _german_compound(w: str) -> float | None:
    """The value of a German number written as one word of several number words
    ("zweihundertfünfzig" 250, "zwölfhundert" 1200, "dreitausendzwei" 3002); None for any
    other word ("Elfmeter", "Zehntausende") and for a number word of the table itself."""
    parts = _morphemes(w)
    if parts is None or len(parts) < 2:
        return None
    table = NUMBER_WORDS_BY_LANGUAGE["de"]
    total, cur = 0.0, 0.0
    for p in parts:
        v = float(table[p])
        if p == "tausend":
            total, cur = total + (cur or 1.0) * v, 0.0
        elif p == "hundert":
            cur = (cur or 1.0) * v
        elif cur and cur % 100 == 0 or not cur:
            cur += v
        else:
            return None  # two units in a row: no one number
    return total + cur


def _morphemes(w: str) -> list[str] | None:
    """``w`` cut into number words of the German table (longest first), or None."""
    if not w:
        return []
    table = NUMBER_WORDS_BY_LANGUAGE["de"]
    for n in range(len(w), 2, -1):
        head = w[:n]
        if head in table and table[head] < 1e6 and head not in ("eine", "einen", "einem", "null", "dutzend"):
            rest = _morphemes(w[n:])
            if rest is not None:
                return [head, *rest]
    return None


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(lower-cased word, start, end, joined to the word before by a space or a hyphen only)."""
    out: list[tuple[str, int, int, bool]] = []
    for m in _TOKEN.finditer(text):
        joined = bool(out) and _JOINER.fullmatch(text[out[-1][2]:m.start()]) is not None
        out.append((m.group(0).lower(), m.start(), m.end(), joined))
    return out


class _Reader:
    """Reads one amount from the words ``toks[i:]`` (``read``): the words joined, each in its place."""

    def __init__(self, toks: list[tuple[str, int, int, bool]], lang: str, text: str = "") -> None:
        self.toks, self.lang, self.text, self.at = toks, lang, text, 0
        self.total, self.cur, self.prev, self.last_small, self.last_scale = 0.0, 0.0, "", 0.0, 0.0

    def _next_is(self, k: int, *ws: str) -> bool:
        return all(k + n < len(self.toks) and self.toks[k + n][3] and self.toks[k + n][0] == w
                   for n, w in enumerate(ws))

    def _and(self, k: int) -> int:
        """How many words the "and" at ``k`` takes: 3 for "and a half" after a count, 1 before a count after
        "hundred" or a scale, 0 where it joins two amounts ("two and three million")."""
        if self.lang == "en" and self.prev in ("small", "art") and self.toks[k - 1][0] not in ("a", "an") \
                and self._next_is(k + 1, "a", "half"):
            self.cur += 0.5
            self.prev = "half"
            return 3
        if self.lang == "en" and self.prev == "scale" and not self.cur and self._next_is(k + 1, "a", "half"):
            self.total += 0.5 * self.last_scale  # "a million and a half": 1500000
            self.prev = "half"
            return 3
        if k + 1 >= len(self.toks):
            return 0  # "we need two and": the text ends at the "and"
        after = _kind(self.toks[k + 1][0], self.lang) if self._next_is(k + 1, self.toks[k + 1][0]) else None
        if self.prev in ("mult", "scale") and self._second_amount(k):
            return 0  # "one million and two million", "ten thousand and twenty thousand", "one hundred and two hundred"
        if self.prev in ("mult", "scale") and after is not None and after[0] == "small" and after[1] < 100:
            self.prev = "and"
            return 1
        return 0

    def _second_amount(self, k: int) -> bool:
        """Whether the number words joined after the "and" at ``k`` hold a multiplier or scale as large as the one
        before it: a second amount, not the first's tail ("two million and fifty thousand" is one amount)."""
        before = _kind(self.toks[k - 1][0], self.lang)
        if before is None:
            return False
        for j in range(k + 1, len(self.toks)):
            if not self.toks[j][3]:
                break
            got = _kind(self.toks[j][0], self.lang)
            if got is None:
                break
            if got[0] in ("mult", "scale") and (got[0] == before[0] and got[1] >= before[1] or got[0] == "scale" and before[0] == "scale"
                                                and got[1] >= before[1]):
                return True
        return False

    def _one_after_tens(self) -> bool:
        """Whether the word at ``self.at`` is an English "one" after a tens word and not before a hyphen."""
        w, _s, e, _j = self.toks[self.at]
        return self.lang == "en" and w == "one" and _tens_and_units(self.last_small, 1) and self.cur == self.last_small \
            and not (self.at + 1 < len(self.toks) and self.toks[self.at + 1][3] and self.toks[self.at + 1][1] > e
                     and "-" in self.text[e:self.toks[self.at + 1][1]])

    def _take(self, kind: str, v: float) -> bool:
        """Whether the word of ``kind`` and value ``v`` goes on the amount read so far (and add it)."""
        prev = self.prev
        if kind == "art" and not prev:
            self.cur = 1.0
        elif kind == "small" and (not prev or prev == "scale"):
            self.cur = v
        elif kind == "art" and prev == "small" and v == 1 and self._one_after_tens():
            self.cur += v  # "twenty one people": 21 (not "twenty one-year contracts")
            kind = "small"
        elif kind == "small" and (prev == "small" and _tens_and_units(self.last_small, v)
                                  or prev in ("mult", "and") and v < 100):
            self.cur += v
        elif kind == "mult" and prev in ("small", "art", "frac"):
            self.cur *= v  # "two dozen", "a hundred", "half a dozen" (6), "ein halbes Dutzend"
        elif kind == "frac" and (prev in ("", "art") or prev == "small" and self.cur < 20):
            self.cur = (self.cur if prev == "small" else 1.0) * v
        elif kind == "scale" and prev in ("small", "art", "mult", "frac", "half"):
            self.total, self.cur = self.total + self.cur * v, 0.0
        else:
            return False
        self.last_small = v if kind == "small" else self.last_small
        self.last_scale = v if kind == "scale" else self.last_scale
        self.prev = kind
        return True

    def read(self, i: int) -> tuple[int, float] | None:
        """(index after the last word, value) of the longest amount from ``i``; None where none."""
        best = None
        k = i
        while k < len(self.toks) and (k == i or self.toks[k][3]):
            w = self.toks[k][0]
            if w == _AND.get(self.lang) and k > i:
                took = self._and(k)
                if not took:
                    break
                k += took
            elif self.prev == "frac" and w in _FILLERS:
                k += 1  # "half a", "a quarter of a": before the scale
                continue
            else:
                got = _kind(w, self.lang)
                self.at = k
                if got is None or not self._take(*got):
                    break
                k += 1
            if self.prev in ("small", "mult", "scale", "half"):
                best = (k, self.total + self.cur)
        return best


def _tens_and_units(tens: float, unit: float) -> bool:
    return 20 <= tens <= 90 and tens % 10 == 0 and 1 <= unit <= 9


def amounts(text: str, lang: str = "en") -> list[Amount]:
    """(start, end, value) of each amount of ``text`` written in more than one number word (see the
    module's doc), or in one German word made of several ("zweihundertfünfzig")."""
    toks = _slang_thousands(_tokens(text), text, lang)
    out: list[Amount] = []
    i = 0
    while i < len(toks):
        got = _Reader(toks, lang, text).read(i)
        if got is not None and (got[0] - i >= 2 or lang == "de" and _german_compound(toks[i][0]) is not None):
            j, value = got
            out.append((toks[i][1], toks[j - 1][2], value))
            i = j
        else:
            i += 1
    return out


_SLANG = re.compile(THOUSAND_SLANG_RE)


def _slang_thousands(toks: list[tuple[str, int, int, bool]], text: str, lang: str) -> list[tuple[str, int, int, bool]]:
    """``toks`` with "grand" / "Mille" read as "thousand" right after a number word ("ten grand a year", "fünfzig
    Mille"; ``equivalents.THOUSAND_SLANG_RE``: not "two grand pianos"); not after "a" ("a grand plan")."""
    out = list(toks)
    for k in range(1, len(out)):
        w, s, e, joined = out[k]
        before = _kind(out[k - 1][0], lang)
        if w in THOUSAND_SLANG and joined and before is not None and before[0] in ("small", "mult") \
                and _SLANG.match(text, s):
            out[k] = ("tausend" if w == "mille" else "thousand", s, e, joined)
    return out


def written(value: float) -> str:
    """An amount in digits, without a decimal point where it is whole ("500000000", "1.5")."""
    d = Decimal(repr(value))
    return str(int(d)) if d == d.to_integral_value() else format(d.normalize(), "f")


def as_digits(text: str, lang: str = "en") -> str:
    """``text`` with each amount of ``amounts`` written in digits ("two hundred and fifty million euros" ->
    "250000000 euros")."""
    for start, end, value in reversed(amounts(text, lang)):
        text = text[:start] + written(value) + text[end:]
    return text
