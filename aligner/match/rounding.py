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

from .bounds import NEGATORS
from .equivalents import _LEX, read_digits, scale_end, scale_factor

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


def _figures(text: str, lang: str) -> list[tuple[float, float, str | None, str]]:
    """(value, step, hedge side, as written with its hedge) of each figure in digits of ``text``."""
    out = []
    for m in _FIGURE.finditer(text):
        got = _read(text, m, lang)
        if got is not None:
            side = _hedge(text, m.start())
            out.append((got[0], got[1], side, text[m.start():scale_end(text, m.end())]))
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


def rounded_figure(a: str, b: str, lang: str = "en") -> tuple[str, float, float] | None:
    """The reason and the two values (``a``'s, ``b``'s), where the one figure in digits each version has and
    the other lacks is a round figure under a hedge in one and the exact figure in the other, more precisely
    written and without a bound of its own ("61,672 vs more than 61,000 (rounded: ...)", 61672, 61000); else None."""
    fa, fb = _figures(a, lang), _figures(b, lang)
    only_a = [f for f in fa if not any(f[0] == g[0] for g in fb)]
    only_b = [g for g in fb if not any(g[0] == f[0] for f in fa)]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    (x, y), flip = (only_a[0], only_b[0]), False
    if x[2] is None or x[2] == "about" and y[2] == "about" and x[1] < y[1]:
        (x, y), flip = (y, x), True
    value, step, side, written = x
    if side is None or y[2] is not None or not y[1] < step or not _fits(side, value, step, y[0]):
        return None
    if not abs(y[0] - value) < _NEAR * abs(value) or _unit_after(a if not flip else b, written) != _unit_after(b if not flip else a, y[3]):
        return None  # "nearly 100" / "10", "about 100" / "51": no rounding; "more than 61 kilometres" / "61.7 miles"
    hedge = _hedge_words(a if not flip else b, written)
    shown = (f"{hedge}{written}", y[3]) if not flip else (y[3], f"{hedge}{written}")
    why = f"{shown[0]} vs {shown[1]} (rounded: {hedge}{written} holds of {y[3]})"
    return (why, y[0], value) if flip else (why, value, y[0])


# how near the exact figure must lie to the round one, as a share of the round one: "more than 61,000" / "61,672"
# (1 %), "about 0.03" / "0.027" (10 % is too far: "some 40" / "36"); a one-digit round figure's step ("100": a
# hundred) would otherwise take in almost any figure
_NEAR = 0.1


def _unit_after(text: str, written: str) -> str:
    """The word right after figure ``written`` in ``text`` (its unit or currency word: "kilometres", "euros"), lower-cased;
    "" when a sign or nothing follows."""
    at = text.find(written)
    m = re.match(r"\s*([^\W\d_]+)", text[at + len(written):]) if at >= 0 else None
    word = m.group(1).lower() if m else ""
    return word.rstrip("s")


def _hedge_words(text: str, written: str) -> str:
    """The hedge words before ``written`` in ``text`` as written there, with a space after them."""
    at = text.find(written)
    before = text[max(0, at - 40):at]
    for phrases in _HEDGES.values():
        for p in phrases:
            m = re.search(r"(?i)\b" + r"\s+".join(map(re.escape, p)) + r"\.?\s*$", before)
            if m:
                return before[m.start():m.end()].rstrip() + " "
    return ""
