"""A quote's text with its figures written one way, for counting and lining up its words
(the truncation measure): "€3.5bn" and "3.5 billion euros" are one figure of one and
four words, "5-7%" and "between 5 and 7 percent" one range of one and five words; a
version that writes them short is not a shorter quote.

Each figure with its scale becomes its whole number (``equivalents.scaled``: "3.5
billion" and "3,500 million" -> 3500000000), a currency sign a word after the number
("€3500000000" -> "3500000000 euro"; "euros", "EUR" -> "euro"), "%" / "per cent" /
"Prozent" "percent", a range its two numbers ("5-7", "5 to 7", "between 5 and 7",
"zwischen 5 und 7" -> "5 7"), an amount of several number words its digits ("half a billion" ->
"500000000": ``word_amounts``), a number word below a hundred its digits ("seven" -> "7"), a number
grouped in thousands its digits ("4,000", "4.000" -> "4000"), a currency sign after a number a word ("5 €" ->
"5 euro")."""

from __future__ import annotations

import re

from .equivalents import ARTICLES, NUMBER_WORDS_BY_LANGUAGE, scaled
from .word_amounts import as_digits

_SIGNS = {"€": "euro", "$": "dollar", "£": "pound"}
_SIGN_NUMBER = re.compile(r"([€$£])\s?(\d[\d.,]*\d|\d)")
_NUMBER_SIGN = re.compile(r"(\d)\s?([€$£])(?!\s?\d)")  # "2300000000 €", "5€"
# a number grouped in thousands by one kind of mark ("4,000", "4.000", "1,500,000"): its digits, one word
_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w]|[.,]\d)|(?<![\w.,])\d{1,3}(?:\.\d{3})+(?![\w]|[.,]\d)")
_CURRENCY = re.compile(r"\b(?:(euro)s?|(eur)|(dollar)s?|(usd)|(pound)s?)\b", re.I)
_CURRENCY_NAMES = {"euro": "euro", "eur": "euro", "dollar": "dollar", "usd": "dollar", "pound": "pound"}
_PERCENT = re.compile(r"\s?%|\bper[ -]?cent\b|\bprozent\b", re.I)
_NUMBER = r"\d+(?:[.,]\d+)*"
_RANGE = re.compile(rf"(?<![\w.,])({_NUMBER})\s?(?:[-–]|\s(?:to|bis)\s)\s?({_NUMBER})(?![\w.,]*\d)")
_BETWEEN = re.compile(rf"\b(?:between|zwischen)\s+({_NUMBER})\s+(?:and|und)\s+({_NUMBER})\b", re.I)
SMALL = 100  # number words below this are written as digits (larger ones have scale and multiplier words)


def _small_words(lang: str) -> re.Pattern:
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    ws = sorted((w for w, v in table.items() if w not in ARTICLES and float(v).is_integer() and 0 <= v < SMALL),
                key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, ws)) + r")\b", re.I)


_SMALL_WORDS = {lang: _small_words(lang) for lang in NUMBER_WORDS_BY_LANGUAGE}


def figure_text(text: str, lang: str = "en") -> str:
    """``text`` with its figures written one way (see the module's doc)."""
    table = NUMBER_WORDS_BY_LANGUAGE.get(lang, NUMBER_WORDS_BY_LANGUAGE["en"])
    pattern = _SMALL_WORDS.get(lang, _SMALL_WORDS["en"])
    text = pattern.sub(lambda m: str(int(table[m.group(1).lower()])), as_digits(text, lang))
    text = scaled(text, lang)
    text = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)
    text = _SIGN_NUMBER.sub(lambda m: f"{m.group(2)} {_SIGNS[m.group(1)]}", text)
    text = _NUMBER_SIGN.sub(lambda m: f"{m.group(1)} {_SIGNS[m.group(2)]}", text)
    text = _CURRENCY.sub(lambda m: _CURRENCY_NAMES[next(g for g in m.groups() if g).lower()], text)
    text = _PERCENT.sub(" percent", text)
    text = _BETWEEN.sub(r"\1 \2", text)
    return _RANGE.sub(r"\1 \2", text)
