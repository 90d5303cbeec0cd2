"""Fast sentence-level string similarity shared by the aligner and the quote matcher.

chrF (Popović 2015) computed from precomputed character n-gram profiles, so that
scoring many candidate pairs costs one Counter intersection per order instead of
re-tokenising both strings every time.  The numbers follow sacrebleu's sentence
chrF definition (whitespace removed, orders 1..6, beta 2, precision and recall
averaged over the orders that exist in both strings); ``aligner eval mt`` uses sacrebleu
itself for reportable scores.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

CHAR_ORDER = 6
BETA = 2.0


@dataclass(frozen=True)
class Profile:
    """Character n-gram counts of one text, orders 1..CHAR_ORDER."""

    grams: tuple[Counter, ...]
    length: int  # characters without whitespace

    @classmethod
    def of(cls, text: str, order: int = CHAR_ORDER) -> "Profile":
        s = "".join(text.split())
        grams = tuple(Counter(s[i : i + n] for i in range(len(s) - n + 1)) for n in range(1, order + 1))
        return cls(grams, len(s))


def profiles(texts: Sequence[str]) -> list[Profile]:
    return [Profile.of(t) for t in texts]


def chrf_profiles(hyp: Profile, ref: Profile, beta: float = BETA) -> float:
    """chrF in [0, 1] between two profiles (hypothesis, reference).

    As sacrebleu 2.x: precision and recall are averaged over the orders present in
    both texts, then combined into one F-beta.
    """
    factor = beta * beta
    sum_prec = sum_rec = 0.0
    orders = 0
    for h, r in zip(hyp.grams, ref.grams):
        n_h = sum(h.values())
        n_r = sum(r.values())
        if n_h == 0 or n_r == 0:
            continue
        orders += 1
        if len(h) > len(r):
            h, r = r, h
        match = sum(min(c, r[g]) for g, c in h.items() if g in r)
        sum_prec += match / n_h
        sum_rec += match / n_r
    if not orders:
        return 0.0
    prec, rec = sum_prec / orders, sum_rec / orders
    if prec + rec == 0:
        return 0.0
    return (1 + factor) * prec * rec / (factor * prec + rec)


def chrf(hyp: str, ref: str, beta: float = BETA) -> float:
    """chrF in [0, 1] between two strings."""
    return chrf_profiles(Profile.of(hyp), Profile.of(ref), beta)
