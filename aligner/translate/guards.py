"""Hallucination and loop guards.

Neural MT fails in two recognisable ways: the decoder gets stuck repeating a word
or phrase until it hits the length limit, or it produces something far longer or
shorter than the source (hallucinated continuations, dropped content).  The engine
checks every output, retries the suspicious ones once with beam search, and keeps
the flag on whatever is still suspicious, so that users see it instead of it being
hidden.
"""

from __future__ import annotations

import re

from ..langid import letter_count
from ..text.words import WORD_OR_PUNCT

_TOKEN = WORD_OR_PUNCT

# (n-gram size, how many consecutive repeats count as a loop)
LOOP_LIMITS = ((1, 4), (2, 3), (3, 3), (4, 3))
MIN_CHARS_FOR_RATIO = 20  # too short for the length ratio to mean anything
RATIO_RANGE = (0.35, 3.0)  # target chars / source chars


_CHAR_LOOP = re.compile(r"(\w{1,8}?)\1{7,}", re.UNICODE)


def has_loop(text: str) -> bool:
    """True when some n-gram repeats back to back too often ("the the the the"),
    or a few letters repeat inside a word ("ggggggggg", "lalalalalalalala")."""
    if _CHAR_LOOP.search(text):
        return True
    toks = [t.lower() for t in _TOKEN.findall(text)]
    for n, limit in LOOP_LIMITS:
        if len(toks) < n * limit:
            continue
        for start in range(len(toks) - n * limit + 1):
            gram = toks[start : start + n]
            if all(toks[start + k * n : start + (k + 1) * n] == gram for k in range(1, limit)):
                if n == 1 and not gram[0].isalnum():
                    continue  # "..." or "!!!!" is punctuation, not a loop
                return True
    return False


def bad_length_ratio(source: str, target: str) -> bool:
    s, t = len(source.strip()), len(target.strip())
    if s == 0:
        return False
    if t == 0:
        return True
    if s < MIN_CHARS_FOR_RATIO and t < 3 * MIN_CHARS_FOR_RATIO:
        return False
    lo, hi = RATIO_RANGE
    return not (lo <= t / s <= hi)


# every flag :func:`check` gives
FLAGS = ("repetition", "length-ratio")


def check(source: str, target: str) -> list[str]:
    """The guard flags for one output ([] when it looks fine)."""
    flags = []
    if has_loop(target) and not has_loop(source):
        flags.append("repetition")
    if bad_length_ratio(source, target):
        flags.append("length-ratio")
    return flags


# A brought translation is taken for the source language (not used, counted as missing)
# when the detector gives the source language at least this confidence on its lower-case
# words (names, nouns and hashtags left out: English with German names stays English)
# and those words hold at least this many letters.  Measured over corpora/translations/
# seeds.de-en.tsv and every WMT22/23 de-en reference and system output taken as brought
# translations (29,616 English lines): 1 line rejected, an untranslated German output;
# 2,263 of the 2,639 German source lines taken as "translations" are rejected (the rest
# are short headlines).
SOURCE_LANGUAGE_CONFIDENCE = 0.9
SOURCE_LANGUAGE_MIN_LETTERS = 15

_MARKUP = re.compile(r"<[^>]*>|https?://\S+|[#@]\s*\S+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# words in quotation marks: an English line may report German words as said
_QUOTED = re.compile(r'„[^“”"]*[“”"]|“[^”“"]*[”“]|"[^"]*"|«[^»]*»|»[^«]*«|‚[^‘’]*[‘’]')


def _plain_words(text: str) -> str:
    """The lower-case words of ``text``: no names or nouns, hashtags, links or markup."""
    return " ".join(w for w in _WORD.findall(_MARKUP.sub(" ", text)) if not w[0].isupper())


def in_source_language(target: str, src_lang: str, tgt_lang: str) -> bool:
    """True when a "translation" is written in the source language, not in ``tgt_lang``:
    judged on the words outside quotation marks when they are enough, else on all."""
    if src_lang == tgt_lang:
        return False
    words = _plain_words(_QUOTED.sub(" ", target))
    if letter_count(words) < SOURCE_LANGUAGE_MIN_LETTERS:
        words = _plain_words(target)
    if letter_count(words) < SOURCE_LANGUAGE_MIN_LETTERS:
        return False
    from ..langid import detect

    guess = detect(words, (src_lang, tgt_lang))
    return guess.language == src_lang and guess.confidence >= SOURCE_LANGUAGE_CONFIDENCE
