"""Fast sentence-level string similarity shared by the aligner and the quote matcher.

chrF lives in :mod:`aligner.text.chrf` (sacrebleu's sentence chrF from precomputed
character n-gram profiles); these names are kept here for the modules that import them.
"""

from __future__ import annotations

from .text.chrf import BETA, CHAR_ORDER, Profile, chrf, chrf_both, chrf_profiles, profiles

__all__ = ["BETA", "CHAR_ORDER", "Profile", "chrf", "chrf_both", "chrf_profiles", "profiles"]
