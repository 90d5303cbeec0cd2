"""A round figure under a hedge against the exact figure it rounds: "more than 61,000" / "61,672",
"nearly 62,000" / "61,672", "about 0.03" / "0.027".  Both can hold of one amount; the outlet
rounded inside the quotation marks, or the speaker did once and not the other time.  The number
flag (a changed number, serious) is then a note worth a look with this reason, never serious.

The hedge must fit the rounding: above ("more than", "over", "mehr als": the exact figure lies
above the round one by less than one step of its last digit), below ("nearly", "almost", "just
under", "knapp": below it by less than one step), about ("about", "around", "rund": within half
a step).  The exact figure is written more precisely than the round one.  "more than 51,000" /
"61,672" (ten steps off), "nearly 62,000" / "62,100" (above, not below), "about 0.03" / "0.036"
stay number flags.  The hedge words are package data (``equivalents.json``, "rounding_hedges")."""

from __future__ import annotations

import re
from collections import Counter

from .bounds import NEGATORS
from .equivalents import _LEX, NUMBER_WORDS_BY_LANGUAGE, read_digits, scale_end, scale_factor

_HEDGES: dict[str, list[tuple[str, ...]]] = {
    side: sorted((tuple(p.split()) for p in phrases), key=len, reverse=True)
    for side, phrases in _LEX["rounding_hedges"].items()}
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)")
_SAME_HEDGES: list[frozenset[str]] = [frozenset(g) for g in _LEX["same_hedges"]]


def same_hedge(xs: list[str], ys: list[str]) -> bool:
    """One hedge word against another that says the same of the figure after it ("nearly" / "almost",
    "around" / "about": ``equivalents.json`` "same_hedges"); the caller checks a figure follows."""
    if len(xs) != 1 or len(ys) != 1:
        return False
    x, y = xs[0].lower(), ys[0].lower()
    return x != y and any(x in g and y in g for g in _SAME_HEDGES)


def _hedge(text: str, start: int) -> str | None:
    """The side ("above", "below", "about") of the hedge right before ``text[start:]``, else None."""
    before = re.findall(r"[\w.]+", text[max(0, start - 40):start].lower())
    before = [w.rstrip(".") for w in before]
    for side, phrases in _HEDGES.items():
        for p in phrases:
            if tuple(before[-len(p):]) == p:
                # "not more than 61,000", "nicht mehr als": a denied bound says the opposite, no rounding; "keine mehr
                # als 61.000 Euro teure Zahlung" denies the payment: no rounding either
                denied = before[-len(p) - 2 : -len(p)] if len(before) > len(p) else []
                return None if any(w in NEGATORS or w in ("kein", "keine") for w in denied) else side
    return None



def _read(text: str, m: re.Match, lang: str) -> tuple[float, float] | None:
    """(value, step of its last digit) of the figure ``m`` of ``text`` with its scale word ("1.5 million":
    1500000, 100000; "61,000": 61000, 1000; "0.03": 0.03, 0.01); None for marks that read as no number."""
    read = read_digits(m.group(0))
    if read is None:
        return None
    whole, frac = read
    if frac:
        value, step = float(f"{whole}.{frac}"), 10.0 ** -len(frac)
    else:
        zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
        value, step = float(whole), 10.0 ** zeros
    end = scale_end(text, m.end())
    if end > m.end():
        factor = scale_factor(text[m.end():end], lang)
        value, step = value * factor, step * factor
    return value, step


def _figures(text: str, lang: str) -> list[tuple[float, float, str | None, str, int]]:
    """(value, step, hedge side, as written with its scale word, where it starts) of each figure in digits of
    ``text``."""
    out = []
    for m in _FIGURE.finditer(text):
        got = _read(text, m, lang)
        if got is not None:
            side = _hedge(text, m.start())
            out.append((got[0], got[1], side, text[m.start():scale_end(text, m.end())], m.start()))
    return out


def _fits(side: str, rounded: float, step: float, exact: float) -> bool:
    """Whether ``exact`` is ``rounded`` under the hedge ``side`` (less than one ``step`` above or below it, or
    within half a step)."""
    gap = exact - rounded
    if side == "above":
        return 0 < gap < step
    if side == "below":
        return 0 < -gap < step
    return abs(gap) <= step / 2


# a number word that a hedge puts before it ("almost nine months", "knapp zwei Promille") is a round figure as its
# digits are ("almost 9 months"); the exact figure must still be written in digits, more precisely
_WORD = re.compile(r"[^\W\d_]+")


def _hedged_number_words(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of each number word of two or more right after a hedge in ``text`` ("almost nine
    months": "nine", "9"); articles ("a", "ein") and scale words alone ("hundred") are left as written."""
    words = NUMBER_WORDS_BY_LANGUAGE.get(lang, {})
    out = []
    for m in _WORD.finditer(text):
        value = words.get(m.group(0).lower())
        if value is None or not 2 <= value < 100 or _hedge(text, m.start()) is None:
            continue
        out.append((m.start(), m.end(), str(int(value)) if value == int(value) else str(value)))
    return out


def _hedged_words_as_digits(text: str, lang: str) -> str:
    """``text`` with each number word right after a hedge written in digits (``_hedged_number_words``: "almost
    nine months" -> "almost 9 months")."""
    out, last = [], 0
    for start, end, digits in _hedged_number_words(text, lang):
        out.append(text[last:start] + digits)
        last = end
    return "".join(out) + text[last:]


def _as_the_outlet_wrote(text: str, lang: str, start: int, end: int) -> str:
    """The words of ``text`` that ``[start, end)`` of its ``_hedged_words_as_digits`` form stands for: the figure
    as the outlet wrote it ("nine", "zwei Millionen"), not the digits it is read as."""
    def back(at: int) -> int:
        shift = 0
        for s, e, digits in _hedged_number_words(text, lang):
            if s - shift >= at:  # where the word stands in the form with digits
                break
            shift += (e - s) - len(digits)
        return at + shift

    return text[back(start):back(end)]


_HEDGE_WORDS = frozenset(w for phrases in _HEDGES.values() for p in phrases for w in p)


def _other_words(text: str) -> Counter[str]:
    """The words of ``text`` but its figures and hedge words (lower-cased): what a round figure in words must leave
    as it is to be read as the other's rounding."""
    return Counter(w for w in (x.lower() for x in _WORD.findall(text)) if w not in _HEDGE_WORDS)


def rounded_figure(a: str, b: str, lang: str = "en") -> tuple[str, float, float] | None:
    """The reason and the two values (``a``'s, ``b``'s), where the one figure in digits each version has and
    the other lacks is a round figure under a hedge in one and the exact figure in the other, more precisely
    written and without a bound of its own ("61,672 vs more than 61,000 (rounded: ...)", 61672, 61000); else None.
    A round figure in words under a hedge counts as in digits ("almost nine" / "8.7")."""
    wa, wb = _hedged_words_as_digits(a, lang), _hedged_words_as_digits(b, lang)
    if (wa, wb) != (a, b) and _other_words(wa) != _other_words(wb):
        return None  # "Prices rose 8.7 percent" / "Prices fell almost nine percent": more changed than the figure (pr35b-7)
    said, (a, b) = (a, b), (wa, wb)
    fa, fb = _figures(a, lang), _figures(b, lang)
    only_a = [f for f in fa if not any(f[0] == g[0] for g in fb)]
    only_b = [g for g in fb if not any(g[0] == f[0] for f in fa)]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    (x, y), flip = (only_a[0], only_b[0]), False
    if x[2] is None or x[2] == "about" and y[2] == "about" and x[1] < y[1]:
        (x, y), flip = (y, x), True
    value, step, side, written, at = x
    if side is None or y[2] is not None or not y[1] < step or not _fits(side, value, step, y[0]):
        return None
    near = abs(y[0] - value) < _NEAR * abs(value)
    if not (near or bound_held(a if not flip else b, b if not flip else a, written, step, abs(y[0] - value))) \
            or _unit_after(a if not flip else b, at + len(written)) != _unit_after(b if not flip else a, y[4] + len(y[3])):
        return None  # "nearly 100" / "10", "about 100" / "51": no rounding; "more than 61 kilometres" / "61.7 miles"
    hedge = _hedge_words(a if not flip else b, at)
    written = _as_the_outlet_wrote(said[flip], lang, at, at + len(written))  # "nearly nine", not "nearly 9"
    shown = (f"{hedge}{written}", y[3]) if not flip else (y[3], f"{hedge}{written}")
    why = f"{shown[0]} vs {shown[1]} ({'rounded' if near else 'bound'}: {hedge}{written} holds of {y[3]})"
    return (why, y[0], value) if flip else (why, value, y[0])


# how near the exact figure must lie to the round one, as a share of the round one: "more than 61,000" / "61,672"
# (1 %), "about 0.03" / "0.027" (10 % is too far: "some 40" / "36"); a one-digit round figure's step ("100": a
# hundred) would otherwise take in almost any figure
_NEAR = 0.1


_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _unit_after(text: str, end: int) -> str:
    """The word right after the figure of ``text`` that ends at ``end`` (its unit or currency word: "kilometres",
    "euros"), lower-cased; "" when a sign or nothing follows."""
    m = _WORD_AFTER.match(text, end)
    word = m.group(1).lower() if m else ""
    return word.rstrip("s")


def _hedge_words(text: str, at: int) -> str:
    """The hedge words before the figure of ``text`` that starts at ``at``, as written there, with a space after them."""
    before = text[max(0, at - 40):at]
    for phrases in _HEDGES.values():
        for p in phrases:
            m = re.search(r"(?i)\b" + r"\s+".join(map(re.escape, p)) + r"\.?\s*$", before)
            if m:
                return before[m.start():m.end()].rstrip() + " "
    return ""


# --- a bound the exact figure meets: "more than 10 years" / "12 years", "fewer than 10" / "8" ---------------------
# Farther than ``_NEAR`` from the round figure, a bound still holds of a figure within a quarter of the bound's step
# ("more than 10" / 11-12, "more than 100" / 101-125, "fewer than 10" / 8-9), and only where it is plainly a bound:
# one of these words right before the figure (not "over 10 years", which may be the span; not German "über" / "unter"
# save "seit über", which may be "about" / "among"), no word narrowing it before ("slightly more than 100", "knapp
# über", "etwas mehr als": the speaker put it close to the bound), and no rule or need in either version ("We need
# more than 10 votes", "Speeds of over 100 km/h are banned": the figure is the rule itself).
_BOUND_WORDS = ("more than", "above", "in excess of", "upwards of", "at least", "over", "fewer than", "less than",
                "under", "mehr als", "mindestens", "weniger als", "seit über")
_BOUND_RE = re.compile(r"(?i)(?:^|(?<=[^\w]))(" + "|".join(w.replace(" ", r"\s+") for w in _BOUND_WORDS) + r")\s+$")
_NARROWING = re.compile(r"(?i)\b(?:slightly|barely|(?:a\s+)?little|just|only|scarcely|hardly|marginally|a\s+bit|"
                        r"knapp|etwas|kaum|gerade|nur|wenig|not|no|never|nicht|nie|kein\w*)\s+$")
_SPAN_AFTER = re.compile(r"(?i)\s*(?:years?|months?|weeks?|days?|decades?|hours?|centuries|century|seasons?)\b")
_RULE = re.compile(r"(?i)\b(?:need(?:s|ed)?|require[sd]?|requirement|must|banned|ban|bans|limit\w*|allowed|permitted|"
                   r"forbidden|illegal|maximum|minimum|threshold|eligible|qualif\w+|brauch\w*|benötig\w*|erforderlich|"
                   r"verboten|erlaubt|Grenze|Limit|Höchst\w*|Mindest\w*|muss|müssen|darf|dürfen|zulässig)\b")
_BOUND_SHARE = 0.25


def bound_held(text: str, other: str, written: str, step: float, gap: float) -> bool:
    """Whether figure ``written`` of ``text`` stands right after a plain bound (``_BOUND_WORDS``, no narrowing word
    before it, not "over" a span of time), neither version speaks of a rule or a need (``_RULE``), and ``gap`` (from
    the bound to the other version's figure, on the side the caller checked) is at most ``_BOUND_SHARE`` of ``step``.
    The figure must stand once in ``text`` as a number of its own ("10" in "10,000" is not it: rt34-1)."""
    places = [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", text)]
    at = places[0] if len(places) == 1 else -1
    if at < 0 or not 0 < gap <= _BOUND_SHARE * step or _RULE.search(text) or _RULE.search(other):
        return False
    m = _BOUND_RE.search(text[max(0, at - 40):at])
    if m is None:
        return False
    word = " ".join(m.group(1).lower().split())
    if word == "over" and _SPAN_AFTER.match(text, at + len(written)):
        return False
    before = text[max(0, at - 40):at][: m.start()]
    return not _NARROWING.search(before)


# --- an age band against the exact age: "in her 80s" / "84", "war Mitte 80" / "war 84" ----------------------------
# Read only where both are plainly an age.  The band: English "in" and a possessive before the decade ("in her 80s",
# "in his early 20s"; not "in the 80s", a time); German "Anfang" / "Mitte" / "Ende" and a two-digit decade after a
# form of "sein" or "mit" and before the clause ends ("Sie war Mitte 80, als ...", "mit Ende 30 starb er"; not "Am Ende
# 30 Prozent", "Wir hatten Ende 30 Mitarbeiter").  The exact age: "aged 84", "the age of 84", "84 years old",
# "84-year-old", "was 84" / "died at 84" before the clause ends ("She is 84 kilometres away", "scored 25 goals": no
# age); German "84 Jahre alt", "84-jährig", "im Alter von 84", "war 84" / "mit 84" before the clause ends or "Jahren".
# The part of the decade: "early" / "Anfang" its first four years, "mid" / "Mitte" the middle four, "late" / "Ende"
# the last four.
_POSS = r"(?:her|his|their|my|your|our)"
_BAND_EN = re.compile(r"(?i)\bin\s+" + _POSS + r"\s+(?:(early|mid|late)[\s-]+)?([2-9]0)'?s\b")
_BE_DE = r"(?:war|ist|sind|waren|bin|bist|seid|wäre|wird|wurde|mit)"
_BAND_DE = re.compile(r"\b" + _BE_DE + r"\s+(Anfang|Mitte|Ende)\s+([2-9]0)(?=\s*(?:[,.;:!?)“”\"]|$|und\b|als\b))")
_CLAUSE_END = r"(?=\s*(?:[,.;:!?)“”\"—–]|$|when\b|and\b|as\b|after\b|years\b))"
_AGE_EN = (re.compile(r"(?i)\b(?:aged|age\s+of)\s+(\d{2})\b"), re.compile(r"(?i)\b(\d{2})(?:\s+|-)years?(?:\s+|-)old\b"),
           re.compile(r"(?i)\b(?:was|is|were|are|'s|turned|turns|be|been|died\s+at|dies\s+at)\s+(\d{2})" + _CLAUSE_END))
_AGE_DE = (re.compile(r"\b(\d{2})(?:\s+Jahre\s+alt\b|-jährig)"), re.compile(r"\bim\s+Alter\s+von\s+(\d{2})\b"),
           re.compile(r"\b" + _BE_DE + r"\s+(\d{2})(?=\s*(?:[,.;:!?)“”\"]|$|und\b|als\b|Jahren\b))"))
_PART = {None: (0, 9), "early": (0, 3), "anfang": (0, 3), "mid": (3, 6), "mitte": (3, 6), "late": (6, 9), "ende": (6, 9)}


def _ages(text: str) -> list[int]:
    """The whole figures ``text`` plainly gives as an age (``_AGE_EN``, ``_AGE_DE``), each time it gives one."""
    return [int(m.group(1)) for r in (*_AGE_EN, *_AGE_DE) for m in r.finditer(text)]


def age_band(a: str, b: str) -> tuple[str, float, float] | None:
    """The reason and the two values (``a``'s, ``b``'s), where one version gives an age band ("in her 80s", "war Mitte
    80") and the other plainly an age in that part of the decade ("was 84"), and no other band; else None.  The
    caller checks these are the only numbers that differ."""
    found = [(m, 0) for r in (_BAND_EN, _BAND_DE) for m in r.finditer(a)]
    found += [(m, 1) for r in (_BAND_EN, _BAND_DE) for m in r.finditer(b)]
    if len(found) != 1:
        return None
    m, side = found[0]
    decade = int(m.group(2))
    low, high = _PART[m.group(1).lower() if m.group(1) else None]
    ages = [x for x in _ages(b if side == 0 else a) if decade + low <= x <= decade + high]
    if len(ages) != 1 or _ages(a if side == 0 else b):
        return None  # two ages, or an age beside the band ("in her 80s and he was 84"): whose age is whose is unclear
    band = m.group(0).split(None, 1)[1] if m.re is _BAND_DE else m.group(0)
    shown = (band, ages[0]) if side == 0 else (ages[0], band)
    why = f"{shown[0]} vs {shown[1]} (an age band: {ages[0]} is {band})"
    return (why, float(decade), float(ages[0])) if side == 0 else (why, float(ages[0]), float(decade))
