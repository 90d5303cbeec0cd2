"""Language identification with lingua, per article and per paragraph.

Two detectors are built once and cached:

* the *configured* one knows only the languages of the run (default German and
  English): it labels paragraphs, so a mixed article gets per-paragraph languages;
* the *wider* one adds a dozen common European languages, so that an article (or a
  long paragraph) in none of the configured languages is recognised as such instead
  of being forced into German or English.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .errors import ConfigError
from .text.valid import without_surrogates

# Languages the wider detector knows besides the configured ones.
_OTHERS = ("de", "en", "fr", "es", "it", "nl", "pt", "pl", "ru", "tr", "sv", "da", "cs", "uk", "ro", "hu", "fi")

# Below this many letters a paragraph is too short to judge on its own.
SHORT = 30
# A paragraph takes another configured language than its article's only with at least
# this confidence.  Measured with scripts/bench_ingest.py on Tatoeba and WMT22/23 de-en:
# 0.8 labels 99.1-100 % of paragraphs right inside a same-language article (98.4-100 %
# without it) and still finds 81-98 % of genuinely foreign paragraphs (82-98 % without).
SWITCH = 0.8
# A paragraph of 60+ letters goes as "another language" when the wide (trigram) detector says so
# with this confidence.  That detector is sure of itself on short English lines with a few
# foreign-looking words (the 3 such drops in WMT22/23 de-en documents: "Iceman" -> Danish at
# 0.9995), so a paragraph of FOREIGN_MIN_WORDS words or more must also pass a second look:
# the full-accuracy detector, between the configured languages and the one found, must agree
# with FOREIGN_CONFIRM, and at most FOREIGN_SHARED_MAX of its words may occur in the article's
# paragraphs that the wide detector leaves in its own languages (an English paragraph shares
# "the", "his", "of" with the rest of an English article; French quotes only with each other).
# Checked on those 3 WMT lines (all kept now), on real articles (SpkAtt German train: 0 drops
# before and after; PolNeAR English train, 18,049 lines: 9 -> 6, the 3 kept are two English
# lines (a teaser, a headline) and a comment-widget line; the 6 left are widget and tweet markup) and on invented
# paragraphs in 13 languages inside German and English articles (all still dropped).
FOREIGN = 0.8
FOREIGN_MIN_WORDS = 8
FOREIGN_CONFIRM = 0.8
FOREIGN_SHARED_MAX = 0.5
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Guess:
    language: str | None  # ISO 639-1 code, None when nothing could be said
    confidence: float


def _lingua_language(code: str):
    from lingua import IsoCode639_1, Language

    try:
        iso = getattr(IsoCode639_1, code.upper())
    except AttributeError:
        raise ConfigError(f"unknown language code {code!r} (use ISO 639-1 codes such as de, en)") from None
    return Language.from_iso_code_639_1(iso)


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...], low_accuracy: bool = False):
    """A cached lingua detector.  Low-accuracy mode (trigrams only) loads about 20 times
    faster and is as good on paragraph-length text; the wide detector uses it."""
    from lingua import LanguageDetectorBuilder

    langs = [_lingua_language(c) for c in codes]
    if len(langs) == 1:  # lingua needs at least two languages
        other = "en" if codes[0] != "en" else "de"
        langs.append(_lingua_language(other))
    builder = LanguageDetectorBuilder.from_languages(*langs)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def check_languages(languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Validate and normalise language codes (raises ValueError on an unknown one)."""
    out = tuple(dict.fromkeys(c.strip().lower() for c in languages if c.strip()))
    if not out:
        raise ConfigError("no languages configured")
    for c in out:
        _lingua_language(c)
    return out


def _best(detector, text: str) -> Guess:
    # a lone surrogate (a JSON "\\udcff" escape) cannot go to the detector, which takes UTF-8: no letter, so no evidence
    values = detector.compute_language_confidence_values(without_surrogates(text, " "))
    if not values or values[0].value <= 0:
        return Guess(None, 0.0)
    top = values[0]
    return Guess(top.language.iso_code_639_1.name.lower(), float(top.value))


def letter_count(text: str) -> int:
    """How many letters ``text`` holds."""
    return sum(map(str.isalpha, text))


def detect(text: str, languages: tuple[str, ...]) -> Guess:
    """The most likely of the configured languages for ``text``."""
    if letter_count(text) == 0:
        return Guess(None, 0.0)
    return _best(_detector(tuple(languages)), text)


def detect_wide(text: str, languages: tuple[str, ...]) -> Guess:
    """The most likely language among the configured ones and a dozen other common ones."""
    if letter_count(text) == 0:
        return Guess(None, 0.0)
    codes = tuple(languages) + tuple(c for c in _OTHERS if c not in languages)
    return _best(_detector(codes, low_accuracy=True), text)


def article_language(text: str, languages: tuple[str, ...]) -> tuple[str | None, str]:
    """(language, reason): the configured language of an article's text, or None with why not."""
    sample = text[:20000]
    if letter_count(sample) < 3:
        return None, "no text to identify a language in"
    wide = detect_wide(sample, languages)
    if wide.language is None:
        return None, "language could not be identified"
    if wide.language not in languages:
        if wide.confidence >= 0.5 and letter_count(sample) >= SHORT:
            # the wide detector knows a few dozen languages: its best is the closest, not a fact
            return None, f"language not one of {', '.join(languages)} (closest: {wide.language})"
    guess = detect(sample, languages)
    if guess.language is None:
        return None, "language could not be identified"
    return guess.language, ""


def paragraph_language(text: str, languages: tuple[str, ...], article_lang: str,
                       article_words: Counter[str] | None = None) -> tuple[str, str | None]:
    """(language, other): the configured language of one paragraph, and the non-configured
    language it is clearly written in (else None).  Short paragraphs inherit the article's
    language unless the detector is sure.  ``article_words``: the words of the article's
    paragraphs in its own languages (``own_language_words``), for the second look a long
    paragraph gets before it counts as foreign."""
    letters = letter_count(text)
    guess = detect(text, languages)
    lang = guess.language or article_lang
    if letters < SHORT and guess.confidence < 0.9:
        lang = article_lang
    elif lang != article_lang and guess.confidence < SWITCH:
        lang = article_lang  # name-heavy headlines ("Oberhof: Kühn eighth in the World Cup sprint")
    elif lang != article_lang and _small_words_say(text, languages) == article_lang:
        lang = article_lang  # names and nouns of the other language ('"Prices rose," said Jürgen Weiß of the Bundesbank')
    found = _wide_foreign(text, tuple(languages))
    other = found if found and _foreign_on_second_look(text, found, languages, article_words) else None
    return lang, other


# the words of a paragraph without capitals (no names, no German nouns) that are enough to judge it by
SMALL_WORDS_MIN_LETTERS = 12


def _small_words_say(text: str, languages: tuple[str, ...]) -> str | None:
    """The configured language a paragraph's words written without a capital are in ("has risen to
    said of the" in '"Inflation has risen," said Jürgen Weiß of the Bundesbank': English), None when
    they are too few to judge (``SMALL_WORDS_MIN_LETTERS``).  A paragraph that goes to another
    language than its article's must be in it in these words too: names and capitalised nouns of
    the other language do not make an English sentence German."""
    small = " ".join(w for w in _WORD.findall(text) if not w[0].isupper())
    if letter_count(small) < SMALL_WORDS_MIN_LETTERS:
        return None
    return detect(small, languages).language


@lru_cache(maxsize=4096)
def _wide_foreign(text: str, languages: tuple[str, ...]) -> str | None:
    """The non-configured language the wide detector puts a paragraph of 60+ letters in with
    FOREIGN confidence, else None (cached: an article's paragraphs are asked twice)."""
    if letter_count(text) < 60:
        return None
    wide = detect_wide(text, languages)
    return wide.language if wide.language and wide.language not in languages and wide.confidence >= FOREIGN else None


def word_counts(text: str) -> Counter[str]:
    """The lower-cased words of a text, counted."""
    return Counter(w.lower() for w in _WORD.findall(text))


def own_language_words(paragraphs: list[str], languages: tuple[str, ...]) -> Counter[str]:
    """The words of an article's paragraphs that the wide detector does not put in another
    language: what a paragraph in the article's language shares its words with (several
    French paragraphs share theirs with each other, not with the German ones)."""
    return word_counts("\n".join(p for p in paragraphs if _wide_foreign(p, tuple(languages)) is None))


def _foreign_on_second_look(text: str, other: str, languages: tuple[str, ...], words: Counter[str] | None) -> bool:
    """Whether a paragraph the wide detector puts in ``other`` is in it: short ones are; one of
    FOREIGN_MIN_WORDS words or more only when the full-accuracy detector is confident too and
    most of its words occur in none of its article's own-language paragraphs (``words``)."""
    own = [w.lower() for w in _WORD.findall(text)]
    if len(own) < FOREIGN_MIN_WORDS:
        return True
    sure = _best(_detector(tuple(languages) + (other,)), text)
    if sure.language != other or sure.confidence < FOREIGN_CONFIRM:
        return False
    if words is None:
        return True
    shared = sum(words[w] > 0 for w in own) / len(own)
    return shared <= FOREIGN_SHARED_MAX
