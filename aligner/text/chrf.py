"""chrF (Popović 2015), the one implementation: sacrebleu's sentence chrF, from
precomputed character n-gram profiles.

``chrf(hyp, ref)`` equals ``sacrebleu.sentence_chrf(hyp, [ref]).score / 100`` (orders
1..6, beta 2, whitespace removed, precision and recall averaged over the orders present
in both texts, then one F-beta); a test holds it to 1e-9.  Profiles make scoring many
pairs cheap: one Counter intersection per order, and :func:`chrf_both` gives both
directions from that one intersection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

CHAR_ORDER = 6
BETA = 2.0


@dataclass(frozen=True)
class Profile:
    """Character n-gram counts of one text, orders 1..CHAR_ORDER (whitespace removed)."""

    grams: tuple[Counter[str], ...]
    length: int  # characters without whitespace

    @classmethod
    def of(cls, text: str, order: int = CHAR_ORDER) -> Profile:
        s = "".join(text.split())
        grams = tuple(Counter(s[i : i + n] for i in range(len(s) - n + 1)) for n in range(1, order + 1))
        return cls(grams, len(s))


def profiles(texts: Sequence[str]) -> list[Profile]:
    return [Profile.of(t) for t in texts]


def _f_beta(prec: float, rec: float, beta: float) -> float:
    factor = beta * beta
    if prec + rec == 0:
        return 0.0
    return (1 + factor) * prec * rec / (factor * prec + rec)


def _mean_ratios(a: Profile, b: Profile) -> tuple[float, float]:
    """(mean over the orders present in both of matches / n-grams of a, ... of b)."""
    sum_a = sum_b = 0.0
    orders = 0
    for ga, gb in zip(a.grams, b.grams):
        n_a, n_b = ga.total(), gb.total()
        if n_a == 0 or n_b == 0:
            continue
        orders += 1
        small, big = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        match = sum(min(c, big[g]) for g, c in small.items() if g in big)
        sum_a += match / n_a
        sum_b += match / n_b
    if not orders:
        return 0.0, 0.0
    return sum_a / orders, sum_b / orders


def chrf_profiles(hyp: Profile, ref: Profile, beta: float = BETA) -> float:
    """chrF in [0, 1] of a hypothesis profile against a reference profile."""
    prec, rec = _mean_ratios(hyp, ref)
    return _f_beta(prec, rec, beta)


def chrf_both(a: Profile, b: Profile, beta: float = BETA) -> tuple[float, float]:
    """(chrF(a as hypothesis, b as reference), chrF(b, a)) from one intersection per order."""
    ra, rb = _mean_ratios(a, b)
    return _f_beta(ra, rb, beta), _f_beta(rb, ra, beta)


def chrf(hyp: str, ref: str, beta: float = BETA) -> float:
    """chrF in [0, 1] between two strings (as ``sacrebleu.sentence_chrf(...).score / 100``)."""
    return chrf_profiles(Profile.of(hyp), Profile.of(ref), beta)
