"""Fast sentence-level string similarity shared by the aligner and the quote matcher.

chrF lives in :mod:`aligner.text.chrf` (sacrebleu's sentence chrF from precomputed
character n-gram profiles); these names are kept here for the modules that import them.
:class:`PackedProfile` and :func:`packed_chrf_both` give the same scores several
times faster, for the match stage's many candidate pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .text.chrf import BETA, CHAR_ORDER, Profile, _f_beta, chrf, chrf_both, chrf_profiles, profiles

# -- chrF over packed n-grams: the same numbers, several times faster --------------------
#
# A text's character n-grams (orders 1..6, whitespace removed) as one sorted array of
# integers: each character is a small id (at most 1024 distinct characters in a process,
# ids handed out as characters are first seen), an n-gram is its n ids of 10 bits each,
# and the order sits in bits 60-62, so that two n-grams are equal exactly when their
# integers are.  Matches per order are then one sorted lookup of the shorter array in the
# longer one, where the ``Profile`` counters need a dictionary probe per n-gram; the
# counts are integers, the ratios and F-beta the same arithmetic, so every score equals
# ``chrf_both``'s bit for bit (``tests/test_similarity_packed.py``).

_ID_BITS = 10
_ORDER_SHIFT = 60
_CHAR_IDS = None  # code point -> id (int32, -1: not seen yet), made on first use
_NEXT_ID = 0


def _char_ids(s: str) -> np.ndarray | None:
    global _CHAR_IDS, _NEXT_ID
    if _CHAR_IDS is None:
        _CHAR_IDS = np.full(0x110000, -1, dtype=np.int32)
    codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32)
    ids = _CHAR_IDS[codes]
    if (ids < 0).any():
        new = np.unique(codes[ids < 0])
        if _NEXT_ID + len(new) > 1 << _ID_BITS:
            return None  # too many distinct characters for 10 bits: the caller uses Profile
        _CHAR_IDS[new] = np.arange(_NEXT_ID, _NEXT_ID + len(new), dtype=np.int32)
        _NEXT_ID += len(new)
        ids = _CHAR_IDS[codes]
    return ids.astype(np.uint64)


@dataclass(frozen=True)
class PackedProfile:
    """Character n-gram counts of one text as sorted packed n-grams and their counts."""

    grams: np.ndarray  # uint64, sorted, distinct
    counts: np.ndarray  # int64
    length: int  # characters without whitespace

    @classmethod
    def of(cls, text: str) -> PackedProfile | None:
        """The packed profile, or None when this process has seen over 1024 distinct characters."""
        ids = _char_ids("".join(text.split()))
        if ids is None:
            return None
        parts = []
        packed = ids
        for n in range(1, CHAR_ORDER + 1):
            if n > 1:
                packed = packed[:-1] | (ids[n - 1 :] << np.uint64(_ID_BITS * (n - 1)))
            if not len(packed):
                break
            parts.append(packed | np.uint64(n << _ORDER_SHIFT))
        if not parts:
            return cls(np.zeros(0, np.uint64), np.zeros(0, np.int64), 0)
        grams, counts = np.unique(np.concatenate(parts), return_counts=True)
        return cls(grams, counts, len(ids))


def packed_chrf_both(a: PackedProfile, b: PackedProfile, beta: float = BETA) -> tuple[float, float]:
    """``chrf_both`` of the two texts, from their packed profiles."""
    ga, ca, gb, cb = a.grams, a.counts, b.grams, b.counts
    if len(ga) > len(gb):
        ga, ca, gb, cb = gb, cb, ga, ca
    match: np.ndarray = np.zeros(CHAR_ORDER + 1)
    if len(ga):
        at = np.searchsorted(gb, ga)
        at[at == len(gb)] = 0
        hit = gb[at] == ga
        order = (ga[hit] >> np.uint64(_ORDER_SHIFT)).astype(np.intp)
        match = np.bincount(order, weights=np.minimum(ca[hit], cb[at[hit]]), minlength=CHAR_ORDER + 1)
    sum_a = sum_b = 0.0
    orders = 0
    for n in range(1, CHAR_ORDER + 1):
        n_a, n_b = a.length - n + 1, b.length - n + 1  # n-grams of order n in each
        if n_a <= 0 or n_b <= 0:
            continue
        orders += 1
        m = int(match[n])
        sum_a += m / n_a
        sum_b += m / n_b
    ra, rb = (sum_a / orders, sum_b / orders) if orders else (0.0, 0.0)
    return _f_beta(ra, rb, beta), _f_beta(rb, ra, beta)


__all__ = [
    "BETA", "CHAR_ORDER", "PackedProfile", "Profile", "chrf", "chrf_both", "chrf_profiles", "packed_chrf_both", "profiles",
]
