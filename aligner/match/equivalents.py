"""What two translations of one statement may say in different words or figures.

Two uses in the consistency flags (``aligner.match.consistency``):

- negation: a negated word against its opposite ("not far" / "near", "not enough" /
  "insufficient", "did not comment" / "declined to comment") is the same statement
  (``opposite``, ``refusing``), and "hardly" / "barely" before a number is an
  approximation ("hardly three months" / "nearly three months"), not a negation
  (``approximated``);
- numbers: one figure written two ways is the same figure (``same_figures``): a date
  ("01.09.2004" / "September 1, 2004" / "9/1/2004"), digit groups with other
  separators ("E 95.03" / "E95 03"), a quantity in other units ("2 weeks" / "14 days",
  "86 °F" / "30 degrees", "5 miles" / "8 km", "half" / "50 percent", "1.5 million" /
  "1,500,000"), an ordinal ("1st" / "first"), a share said with a count ("every fourth"
  / "jeder vierte" / "one in four" / "25 percent", "four of the nine" / "4 von 9" /
  "44 percent": ``shares``); a number in digits written with other decimals ("2.50" /
  "2.5", "3,5" / "3,50": ``written_as_in``).

The word lists are package data, ``aligner/match/equivalents.json``.  WMT22 (the
tuning year, ``scripts/calibrate_negation.py --year 22 --outputs 5 [--kind number]``,
pairs of two genuine translations of one sentence): negation false alarms 85 -> 72 of
18,385 (``--join 3``: 125 -> 111 of 6,616), number false alarms 97 -> 44 (98 -> 42),
planted negations and number changes found as before (3,419 of 4,681; 1,725 of 1,796).
Narrowed after a review (no "hardly a", no "no more than" against "more than", tens
and units added, round numbers no licence, signs, decimals no dates, "/" no ".",
whole-word antonyms without stems of two groups, German "Billion"): unchanged on the
same command (negation 3,413 found, 68 false alarms; number 1,725 found, 44 false).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal


def _load() -> dict:
    from importlib.resources import files

    return json.loads(files("aligner.match").joinpath("equivalents.json").read_text(encoding="utf-8"))


_LEX = _load()


# German spellings of one word that outlets differ in: Swiss copy writes "ss" for "ß"
# ("Strasse" / "Straße"), a transliteration writes "ue" for "ü" ("Mueller" / "Müller")
_SPELLING_FOLD = str.maketrans({"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"})


def folded(w: str) -> str:
    """``w`` in lower case with the German spellings folded (``_SPELLING_FOLD``): "Straße"
    and "Strasse", "Müller" and "Mueller" are one word."""
    return w.lower().translate(_SPELLING_FOLD)


def stem(w: str) -> str:
    """The word stem the consistency flags compare: the first five letters of the word
    ``folded``, so that a negator or a number one version drops next to the other
    spelling ("die Straße nicht" / "die Strasse") is still found against its matching words."""
    return folded(w)[:5]


def _antonym_table(groups: list[list[list[str]]]) -> dict[str, frozenset[str]]:
    """Each word of a group -> the whole words that mean its negation (the other side
    of its group); one word in two groups ("kept": kept going / kept the money) has
    the opposites of both."""
    out: dict[str, set[str]] = {}
    for pair in groups:
        for xs, ys in ((pair[0], pair[1]), (pair[1], pair[0])):
            for x in xs:
                out.setdefault(x, set()).update(ys)
    return {k: frozenset(v) for k, v in out.items()}


ANTONYMS = _antonym_table(_LEX["antonyms"])
REFUSING = frozenset(_LEX["refusing_before_to"])
UP, DOWN = frozenset(_LEX["directions"]["up"]), frozenset(_LEX["directions"]["down"])
APPROXIMATORS = frozenset(_LEX["approximators"])
MULTIPLIERS = frozenset(_LEX["multipliers"])  # number words that multiply the one before ("two hundred")
ARTICLES = frozenset(_LEX["articles"])  # number words that are articles or pronouns too ("a", "one", "eine")
UNITS: dict[str, tuple[str, float]] = {k: (v[0], float(v[1])) for k, v in _LEX["units"].items()}


def _per_units(units: dict[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
    """A dose or a concentration, a mass per a mass or a volume ("0.5 mg/kg", "500 micrograms per kilogram",
    "5 µg pro Liter"): its own dimension ("kg/kg"), one value in its base unit however it is written."""
    out = {}
    for n in _LEX["per_units"]["mass"]:
        for d, (dd, fd) in _LEX["per_units"]["per"].items():
            dn, fn = units[n]
            for joined in (f"{n}/{d}", f"{n} per {d}", f"{n} pro {d}"):
                out[joined] = (f"{dn}/{dd}", fn / fd)
    return out


UNITS.update(_per_units(UNITS))
_OWN_SCALES: dict[str, dict[str, float]] = {  # language -> scale word -> factor ("Billion": 10^12 in German)
    lang: {k: float(v) for k, v in {**_LEX["scales"], **own}.items()} for lang, own in _LEX["scales_by_language"].items()}
# each language's table also reads the scale words only another language has ("Billionen" in an English
# reading of a German quote is 10^12, "billions" in a German reading 10^9): every word the pattern finds has a factor
SCALES: dict[str, dict[str, float]] = {
    lang: {**{k: v for other in _OWN_SCALES.values() for k, v in other.items()}, **own} for lang, own in _OWN_SCALES.items()}
# language -> number word -> value: the one table of number words ("fifty", "zwölf", "million")
NUMBER_WORDS_BY_LANGUAGE: dict[str, dict[str, float]] = {lang: dict(t) for lang, t in _LEX["number_words"].items()}


def _german_tens_and_units(table: dict[str, float]) -> dict[str, float]:
    """German tens and units written as one word, units first ("dreiundzwanzig" = 23,
    "einundneunzig" = 91), made from the table's words by ``tens_and_units``."""
    units = {w: v for w, v in table.items() if w not in _LEX["articles"] and 1 <= v <= 9 and v == int(v)} | {"ein": 1}
    tens = {w: v for w, v in table.items() if tens_and_units(v, 1)}
    return {f"{u}und{t}": tv + uv for u, uv in units.items() for t, tv in tens.items() if tens_and_units(tv, uv)}


def tens_and_units(tens: float, unit: float) -> bool:
    """Whether two number words written as one add up ("fifty-five": 50 and 5)."""
    return 20 <= tens <= 90 and tens % 10 == 0 and 1 <= unit <= 9


NUMBER_WORDS_BY_LANGUAGE["de"].update(_german_tens_and_units(NUMBER_WORDS_BY_LANGUAGE["de"]))
COUNTED_TOO: dict[str, dict[str, int]] = {lang: dict(t) for lang, t in _LEX["counted_too"].items()}  # "twice"
# the number words a figure is read from (any language), those below the scale words
# ("thousand", "Million": ``SCALES``, which read the number before them)
NUMBER_WORDS: dict[str, float] = {k: float(v) for t in NUMBER_WORDS_BY_LANGUAGE.values() for k, v in t.items()
                                  if v < 1000}
FRACTIONS: dict[str, float] = {k: float(v) for k, v in _LEX["fractions"].items()}
ORDINALS_BY_LANGUAGE: dict[str, dict[str, int]] = {lang: dict(t) for lang, t in _LEX["ordinals"].items()}
ORDINALS: dict[str, int] = {k: v for t in ORDINALS_BY_LANGUAGE.values() for k, v in t.items()}
MONTHS: dict[str, int] = dict(_LEX["months"])  # every month name, also those read only next to a day
# month names read as a month anywhere ("in March", "im März"): not "may", "Jan" (``equivalents.json``)
MONTHS_ALONE: dict[str, int] = {k: v for k, v in MONTHS.items() if k not in _LEX["months_only_with_a_day"]}
DATE_CONTEXT = frozenset(_LEX["date_context"])


# --- negation --------------------------------------------------------------------

def opposite(word: str, negated: list[str]) -> bool:
    """``word`` (the whole word) means the negation of one of the words ``negated``
    (each a word of the lexicon or a regular form of one: ``_listed``): "near" for
    "far", "insufficient" for "enough"."""
    return any(word in ANTONYMS.get(_listed(n), ()) for n in negated)


# endings of regular forms: "allowing" -> "allow", "agrees" -> "agree", "closely" -> "close"
_ENDINGS = ("s", "es", "d", "ed", "ing", "ly")


def _listed(w: str) -> str:
    """``w`` as the lexicon lists it: itself, or the listed word it is a regular form of
    ("allowing" -> "allow"); "again" is no form of "against"."""
    if w in ANTONYMS:
        return w
    for end in _ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            for base in (w[:-len(end)], w[:-len(end)] + "e"):
                if base in ANTONYMS:
                    return base
    return w


def refusing(ws: list[str]) -> bool:
    """``ws`` holds a verb that denies the verb after "to" ("declined to comment")."""
    return any(w in REFUSING and nxt == "to" for w, nxt in zip(ws, ws[1:]))


def direction(ws: list[str], k: int) -> int:
    """+1 when the word at ``k`` says an amount goes up ("rose", "increased", "higher",
    "steigt"), -1 when it says it goes down ("fell", "reduced", "lower", "sinkt"), 0
    otherwise.  "up" / "down" only before a figure or "by" and after a form of
    be / go / come / move / edge / trade / close / open / finish ("were up 5 percent",
    "closed down by a third"; not "set up", "gave up 2 percent", "backed down", "up
    to"), and not when "higher" / "lower" follows the figure ("ended up 5 percent
    lower": ``_particle``).  "grew" before a comparative is a linking verb: the
    comparative's direction ("grew smaller": none; "grew higher": up).  "negative" before
    the word turns it round ("negative growth": the amount went down).  "declined to"
    before a word is a refusal ("declined to comment"), before a figure a fall."""
    w = ws[k]
    nxt = ws[k + 1] if k + 1 < len(ws) else ""
    if w in ("up", "down"):
        if not (nxt[:1].isdigit() or nxt == "by" or nxt in NUMBER_WORDS and nxt not in ARTICLES or nxt in FRACTIONS):
            return 0
        if _particle(ws, k):
            return 0
    elif w in _GROW and _comparative(nxt):
        return 1 if nxt in UP else -1 if nxt in DOWN else 0
    elif w in REFUSING and nxt == "to" and not (ws[k + 2:k + 3] or [""])[0][:1].isdigit():
        return 0  # "declined to comment": refused, no amount
    way = 1 if w in UP else -1 if w in DOWN else 0
    return -way if k and ws[k - 1] in _NEGATIVE else way


# the verbs after which "up" / "down" before a figure says the amount's direction ("shares were
# up 5 percent", "the index closed down 2 points"); after any other verb it is a particle ("gave up
# 2 percent": lost 2 percent; "backed down 2 days later")
_MOVED = frozenset(
    "be is are was were been being am 's go goes went gone going come comes came coming move moves moved "
    "moving edge edges edged edging trade trades traded trading close closes closed closing open opens "
    "opened opening finish finishes finished finishing".split())
# words that may stand between such a verb and "up" / "down" ("were still up 5 percent")
_BETWEEN = frozenset("still only now already also just slightly sharply nearly almost about roughly "
                     "marginally broadly again".split())
_GROW = frozenset(("grow", "grows", "grew", "grown", "growing"))
_NEGATIVE = frozenset(("negative", "negativ", "negatives", "negativem", "negativen", "negativer"))
_NOT_COMPARATIVE = frozenset("over under after other either never ever rather whether together further "
                             "per number quarter later".split())


def _particle(ws: list[str], k: int) -> bool:
    """"up" / "down" at ``k`` (before a figure) is a verb's particle, not the amount's
    direction: no form of be / go / close ... (``_MOVED``) right before it (an adverb
    such as "still" between allowed), or "higher" / "lower" within three words after
    the figure ("ended up 5 percent lower")."""
    if any(w in ("higher", "lower") for w in ws[k + 2:k + 5]):
        return True
    j = k - 1
    while j >= 0 and (ws[j] in _BETWEEN or ws[j].endswith("ly") and len(ws[j]) > 4):
        j -= 1
    return j < 0 or ws[j] not in _MOVED


def _comparative(w: str) -> bool:
    """``w`` is a comparative ("smaller", "weaker", "less", "fewer", "higher") that makes
    "grew" a linking verb ("grew smaller": became smaller)."""
    return w in ("less", "fewer", "worse", "better") or w.endswith("er") and len(w) > 4 and w not in _NOT_COMPARATIVE


def approximated(ws: list[str], k: int, other: list[str] | tuple[str, ...] = ()) -> bool:
    """The word at ``k`` is "hardly" / "barely" / "scarcely" before a number ("hardly
    three months": just under three months; not before an article or pronoun: "hardly
    a surprise", "hardly one to complain"), or the "no" of "no less / more / fewer /
    later than" (an amount or a deadline stressed, not denied) unless the ``other``
    version says the bare "more than" ("no more than 30" / "more than 30": opposite)."""
    nxt = ws[k + 1] if k + 1 < len(ws) else ""
    if ws[k] in APPROXIMATORS:
        return nxt[:1].isdigit() or nxt in NUMBER_WORDS and nxt not in ARTICLES or nxt in FRACTIONS
    if not (ws[k] == "no" and nxt in _COMPARED and k + 2 < len(ws) and ws[k + 2] == "than"):
        return False
    return not any(x == nxt and y == "than" and (i == 0 or other[i - 1] != "no")
                   for i, (x, y) in enumerate(zip(other, other[1:])))


_COMPARED = ("less", "more", "fewer", "later", "earlier", "sooner")  # "no later than Friday": by Friday


# --- figures ---------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """One figure of a text: where it stands, what kind ("date", "digits", "qty",
    "ord") and how it reads: dates (month, day, year or 0) per possible reading;
    "digits" the digit runs; "qty" (dimension, unit, value in the base unit, half its
    last digit in the base unit)."""

    start: int
    end: int
    kind: str
    readings: tuple


# "may" only as "May" (the modal verb: "all 5 may go" is no date); the others in any case
_MONTH_RE = "|".join("(?-i:May)" if m == "may" else m for m in sorted(MONTHS, key=len, reverse=True))
_DATE_DOT = re.compile(r"(?<![\d.,])(\d{1,2})\.(?:(\d{1,2})\.(\d{4}|\d{2})?(?!\d)|(0\d|1[0-2])(?![\d.,]))")
_DATE_SLASH = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
_DATE_MONTH_FIRST = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.I)
_DATE_DAY_FIRST = re.compile(rf"(?<![\d.,/])(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s+(\d{{4}})\b)?",
                             re.I)


def _day(month: int, day: int, year: str | None) -> tuple[int, int, int] | None:
    return (month, day, int(year) if year else 0) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _dates(text: str) -> list[Figure]:
    out = []
    for m in _DATE_DOT.finditer(text):  # "1.9.2004", "on 16.3.", "on 18.01"; not "is 1.05"
        r = _day(int(m.group(2) or m.group(4)), int(m.group(1)), m.group(3))
        if r and (m.group(3) or _before_a_day(text, m.start())):
            out.append(Figure(m.start(), m.end(), "date", (r,)))
    for m in _DATE_SLASH.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        rs = tuple(r for r in (_day(a, b, m.group(3)), _day(b, a, m.group(3))) if r)
        if rs:
            out.append(Figure(m.start(), m.end(), "date", rs))
    for pat, mg, dg in ((_DATE_MONTH_FIRST, 1, 2), (_DATE_DAY_FIRST, 2, 1)):
        for m in pat.finditer(text):
            r = _day(MONTHS[m.group(mg).lower()], int(m.group(dg)), m.group(3))
            if r:
                out.append(Figure(m.start(), m.end(), "date", (r,)))
    return out


def dates(text: str) -> list[Figure]:
    """The days ``text`` names (a day and a month: "1 March 2027", "March 1", "1.3.2027", "3/1" read both ways)."""
    return _dates(text)


def same_date(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
    """Whether two readings (month, day, year or 0) of ``dates`` are one day."""
    return _same_date(x, y)


def _before_a_day(text: str, start: int) -> bool:
    """The word before ``start`` introduces a day ("on", "am", "since", "Monday"): a
    "16.3." or "18.01" without a year is a date only there (not "the rate is 1.05")."""
    words = [w.lower() for w in re.findall(r"\w+", text[max(0, start - 30):start])]
    if len(words) > 1 and words[-1] in ("the", "der", "dem", "den"):  # "from the 01.02."
        words.pop()
    return bool(words) and words[-1] in DATE_CONTEXT


def _same_date(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
    """One day: month and day equal, the years too where both give one ("21" = "2021")."""
    return x[:2] == y[:2] and (not x[2] or not y[2] or x[2] % 100 == y[2] % 100 and (x[2] < 100 or y[2] < 100)
                               or x[2] == y[2])


_DIGIT_GROUP = re.compile(r"(?<![\d.,/:])\d+(?:(?:[.,/]| (?=\d)| [.,](?=\d{3}\b))\d+)+(?![\d:])")


def _digit_groups(text: str) -> list[Figure]:
    """Runs of digits with separators between them ("95.03", "95 03", "480,20", "25 .000"),
    and whether a "/" separates them ("1/5" is not "1.5")."""
    return [Figure(m.start(), m.end(), "digits", (*re.findall(r"\d+", m.group(0)), "/" in m.group(0)))
            for m in _DIGIT_GROUP.finditer(text)]


_NUM = r"\d+(?:[.,]\d+)*"
CONVERSION_TOLERANCE = 0.025  # a figure converted to other units is the same within half its last digit, at most 2.5 %
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
# scale words that are a scale only written with their full stop and a currency after it: the Swiss "Mia. Franken"
# (Milliarden); "Mia" is also a first name ("In 2019 Mia Farrow said", "landete 2023 Mia.")
_SCALE_ONLY_BEFORE_CURRENCY = frozenset({"mia", "bio"})
# spoken words for a thousand after a figure or a number word: "50 grand", "ten grand" (as "£50k"), German
# "50 Mille"; only lower-case "grand" / capitalised "Mille" before the end of the clause or a function word ("50
# grand a year", "ten grand in cash"), never before a noun ("two grand pianos", "3 grand slams", "2023 Grand Prix")
THOUSAND_SLANG = {"grand": 1000.0, "mille": 1000.0}
_SLANG_NEXT = (r"(?=\s*(?:[^\w\s-]|$)|\s+(?:a|an|per|each|apiece|in|for|from|to|on|and|or|but|of|with|at|into|last|"
               r"this|that|is|was|were|are|i|you|he|she|we|they|it|off|back|every|more|less|plus|cash|im|pro|"
               r"für|und|oder|auf|netto|brutto|bar|von|vom|jährlich|monatlich)\b)")
THOUSAND_SLANG_RE = rf"(?:(?-i:grand)|(?-i:Mille)){_SLANG_NEXT}"
_SCALE_RE = "|".join(w + r"(?=\.\s*(?:Franken|Fr\.|CHF|Euro|EUR|€|Dollar|USD|\$))" if w in _SCALE_ONLY_BEFORE_CURRENCY else w
                     for w in sorted({w for table in SCALES.values() for w in table}, key=len, reverse=True)) \
    + "|" + THOUSAND_SLANG_RE


def scale_factor(word: str, lang: str = "en") -> float:
    """The factor of a scale word ("million", "Mrd", "grand"), 1.0 for none."""
    word = word.strip(" -.").lower()
    return SCALES.get(lang, SCALES["en"]).get(word, THOUSAND_SLANG.get(word, 1.0))
_WORD_RE = "|".join(sorted(set(NUMBER_WORDS) | set(FRACTIONS), key=len, reverse=True))
# "46.2C", "115F" as British and US outlets print a converted temperature: a capital C or F right after the digits
_TEMP = r"°\s?c\b|°\s?f\b|(?<=\d)(?-i:[CF])\b|degrees?(?:\s+(?:celsius|centigrade|fahrenheit))?|°|grad(?:\s+celsius)?"
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<sign>(?<![\w.,-])[-−]\s?|\bminus\s+)?(?<![\w.,])"
    rf"(?P<num>(?:{_NUM}|{_WORD_RE}) and a half\b|{_NUM}|(?:{_WORD_RE})(?:[ -](?:{_WORD_RE}))?)"
    rf"(?:[ -]?(?P<scale>{_SCALE_RE})\b)?"
    rf"(?:[ -]?(?:of\s+)?(?:an?\s+)?(?P<unit>(?:{_UNIT_RE})(?![\w/²])|{_TEMP}))?", re.I)


def _number_value(raw: str) -> tuple[float, float, float] | None:
    """(value, half its last digit, half its last digit that is not a trailing zero) of
    a number in digits or words ("1,500" -> 1500, 0.5, 50; "2.5" -> 2.5, 0.05, 0.05;
    "3,000" / "3.000" -> 3000; "a half" -> 0.5; "three quarters" -> 0.75).  The
    trailing zeros of a round number from 100 up may be rounding ("500": plus or
    minus 5 tens) or not."""
    s = raw.lower()
    half_more = s.endswith(HALF_MORE)
    if half_more:  # "two and a half": 2.5
        s = s[: -len(HALF_MORE)].rstrip()
    if s[0].isdigit():
        read = read_digits(s)
        if read is None:
            return None
        whole, frac = read
        if not frac:
            got = _whole_value(whole)
        else:
            half = 0.5 * 10 ** -len(frac)
            got = float(whole + "." + frac), half, half
    else:
        value = _words_value(re.split(r"[ -]", s))
        # a whole number in words is as precise as in digits ("two inches" = "50 mm": rv77-10)
        got = _whole_value(str(int(value))) if value == value and value >= 1 and value == int(value) \
            and not any(w in FRACTIONS for w in re.split(r"[ -]", s)) else (value, 0.0, 0.0)
    return (got[0] + 0.5, 0.05, 0.05) if half_more else got


HALF_MORE = " and a half"


# Swiss copy (SDA, Keystone, NZZ) groups thousands with an apostrophe: "15'000", "1’500’000"
# are one number.  Only between a group of one to three digits and whole groups of three:
# a quote's closing mark after a number ("'we want 15'") or a year written short ("the
# '90s") is no separator.
_APOSTROPHE_THOUSANDS = re.compile(r"(?<![\d.,])\b\d{1,3}(?:['’]\d{3})+(?!\d|['’]\d)")


def apostrophes_joined(text: str) -> str:
    """``text`` with each number grouped by apostrophes written as its digits ("15'000" ->
    "15000"), so that every reader of figures reads one number."""
    return _APOSTROPHE_THOUSANDS.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)


def read_digits(raw: str) -> tuple[str, str] | None:
    """A number in digits as (whole digits, decimal digits as written): "1,000.5" and "1.000,5"
    -> ("1000", "5"), "100,000" / "100.000" -> ("100000", ""), "2,5" / "2.5" -> ("2", "5").
    One kind of mark between groups of three digits is a thousands separator, one mark before
    other than three digits a decimal mark; with both kinds the last mark, written once, is the
    decimal mark and the others group by three.  None where the marks read as no one number
    ("1.000.5", "1.9.2004"): such a number is compared only as written."""
    parts = re.split(r"[.,]", raw)
    marks = re.findall(r"[.,]", raw)
    if not marks:
        return raw, ""
    if len(set(marks)) == 1:
        if all(len(p) == 3 for p in parts[1:]) and parts[0] != "0":  # "0.027" is no 27
            return "".join(parts), ""
        return (parts[0], parts[1]) if len(parts) == 2 else None
    if marks.count(marks[-1]) != 1 or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:-1]):
        return None
    return "".join(parts[:-1]), parts[-1]


# a currency code glued to its figure, a wire house style ("EUR1.2bn", "USD850m"): the code and the figure
_GLUED_CODE = re.compile(r"(?<![\w$])(?P<code>EUR|USD|GBP|CHF|JPY|US\$)(?=\d)")
_SIGN = r"(?:[$£€¥]|(?<![\w$])(?-i:EUR|USD|GBP|CHF|JPY|US\$)\s?)"
# a range written with one scale after its second figure ("between 10 and 12 billion", "€10-12bn", "zwischen 10
# und 12 Milliarden", "10 to 12 bln"): the scale (and a currency sign) of the second figure is the first's too
_RANGE_WORDS = {w: v for w, v in NUMBER_WORDS.items()
                if v == int(v) and 1 <= v < 1000 and (w not in _LEX["articles"] or w in ("one", "ein", "eins"))}
_RANGE_WORD_RE = "|".join(sorted(_RANGE_WORDS, key=len, reverse=True))
_RANGE_FIGURE = rf"{_NUM}|(?i:{_RANGE_WORD_RE})\b"
_SHORT_RANGE = re.compile(
    rf"(?<![\w.,$£€¥-])(?P<cur1>{_SIGN})?(?P<n1>{_RANGE_FIGURE})(?P<join>\s?[-–]\s?|\s+(?i:and|to|und|bis|auf)\s+)"
    rf"(?P<cur2>{_SIGN})?(?P<n2>{_RANGE_FIGURE})(?P<scale>[ -]?(?i:{_SCALE_RE})\b\.?|(?i:mn|bn|[mk])\b(?![.,]?\d))")


def _range_value(figure: str) -> float | None:
    """A figure of ``_SHORT_RANGE``: digits ("1,5") or one number word ("zehn")."""
    if figure.lower() in _RANGE_WORDS:
        return _RANGE_WORDS[figure.lower()]
    read = read_digits(figure)
    return None if read is None else float(f"{read[0]}.{read[1] or 0}")


def _one_range(m: re.Match) -> str:
    """``house_styled``'s range: the first figure given the second's scale and currency, if it rises to it."""
    x, y = _range_value(m.group("n1")), _range_value(m.group("n2"))
    cur = m.group("cur1") or m.group("cur2") or ""
    letter = m.group("scale").strip(" -.").lower() in ("m", "k", "mn", "bn")
    falling = (y is not None and x is not None and y < x < 10 * y and m.group("n1")[:1].isdigit()
               and m.group("join").strip().lower() in ("to", "bis", "auf"))  # "from 12 to 10 billion" (rt31-6)
    if x is None or y is None or not (x < y or falling) or letter and not cur:
        return m.group(0)  # "900 to 1.2 billion" (900 million), "two hundred and fifty million": as written
    return (m.group("cur1") or cur) + m.group("n1") + m.group("scale").rstrip(".") + m.group("join") \
        + (m.group("cur2") or cur) + m.group("n2") + m.group("scale")


# a letter scale glued to a figure before a tonnage or a volume ("40m tonnes", "10mn barrels"): a million, as
# "€40m" is (never metres: "40 metres tonnes" is no quantity); before other words the letter stays as written
# ("a 40m wall", "5m deep")
_LETTER_BEFORE_BULK = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(?:m|mn)(?=\s+(?:tonnes?|tons?|tonnen|barrels?|litres?"
                                 r"|liters?|gallons?|cubic\s+met(?:re|er)s)\b)")


# the trade press's megatonnes and gigatonnes, written with a capital and a small letter after a figure ("649 Mt",
# "57 Gt"): as the words; never "mt" / "MT" (in commodity news the metric tonne: "500,000 mt of wheat") nor "GT"
# (gross tonnage); with a full stop after it, read at a sentence's end ("emitted 649 Mt."), never before a
# capitalised word ("3 Mt. Everest routes": the mountain, or a new sentence, left as written)
_MEGA_GIGA_TONNES = re.compile(r"(?<=\d)\s?(?-i:(M|G)t)\b(?!\.\s*[A-ZÄÖÜ])")


def house_styled(text: str) -> str:
    """``text`` with figures written in a house style or short spelled out, so that every reader of figures
    reads them as the one figure they are: a figure grouped by apostrophes ("15'000": ``apostrophes_joined``),
    a currency code glued to its figure ("EUR1.2bn" -> "EUR 1.2bn"), and a range or move whose scale word follows
    only its second figure ("between 10 and 12 billion" -> "between 10 billion and 12 billion", "€10-12bn" ->
    "€10bn-€12bn", "from 12 to 10 billion"); a pair falling by ten times or more ("from 900 to 1.2 billion":
    900 million) is left as written."""
    text = _LETTER_BEFORE_BULK.sub(r"\1 million", text)
    text = _MEGA_GIGA_TONNES.sub(lambda m: " megatonnes" if m.group(1) == "M" else " gigatonnes", text)
    return _SHORT_RANGE.sub(_one_range, _GLUED_CODE.sub(r"\g<code> ", apostrophes_joined(text)))


# a number in digits and the scale after it, written out or abbreviated ("1,5 Millionen",
# "1,5 Mio.", "2 Mrd.", "3 Tsd.", "$1.5bn", "4 mln"); a plain "m", "k", "b" or "t" right after a currency
# figure ("£2m", "$1.5m", "£412k", "$40B": never "5 m", five metres), a glued "k" / "b" / "t" otherwise only as
# :func:`_glued_scale` reads it ("12k troops", "70B parameters"; not "a 5k run")
_SCALED = re.compile(rf"(?:(?P<cur>{_SIGN})|(?<![\w.,]))(?P<num>{_NUM})"
                     rf"(?:[ -]?(?P<scale>{_SCALE_RE})\b\.?|(?P<m>mn|trn|tn|[mkbt])\b(?![.,]?\d))", re.I)
_GLUED = _LEX["glued_scales"]
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


# a currency word after "50k" / "5m" makes the letter a scale without a sign before the figure ("50k Euro")
_CURRENCY_AFTER = re.compile(r"\s*(?:euros?|eur|dollars?|usd|pounds?|gbp|franken|chf)\b", re.I)
_SCALE_AFTER = re.compile(rf"[ -]?(?:{_SCALE_RE})\b", re.I)


def scale_end(text: str, end: int) -> int:
    """Where a number in digits ending at ``end`` ends with the scale word after it ("50| billion" -> "50 billion|")."""
    m = _SCALE_AFTER.match(text, end) if text[end - 1 : end].isdigit() else None
    return m.end() if m else end


# "$2tn": a trillion after a currency only ("5,000 tn" is tonnes); "b" / "t" a billion / a trillion ("$40B")
_LETTER_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "t": 1e12, "tn": 1e12, "trn": 1e12}


def _glued_scale(letter: str, m: re.Match) -> bool:
    """A scale letter glued to its figure without a currency before it (``glued_scales`` in equivalents.json): "k"
    before a plural noun or a word for people that ``k_not_before`` does not list ("12k troops", "4.5K drones"; not "a
    5k run", "4K videos", "won the 10k in", "an 18k necklace": rt38-14); "b" / "t" only before those of ``bt_before``
    ("70B parameters"; rv83-24, rv82-7)."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    word = nxt.group(1).lower() if nxt else ""
    if letter == "k":  # a thousand of people or things counted ("12k troops"), not "won the 10k in", "an 18k necklace" (rt38-14)
        return m.group(0)[-2:-1].isdigit() and word not in _GLUED["k_not_before"] and (
            len(word) > 3 and word.endswith("s") or word in ("people", "children", "men", "women", "staff", "personnel"))
    return letter in ("b", "t") and m.group(0)[-2:-1].isdigit() and word in _GLUED["bt_before"]


def scaled(text: str, lang: str = "en") -> str:
    """``text`` with each number in digits followed by its scale written as the whole
    number ("1,5 Mio. Euro" -> "1500000 Euro", "$1.5bn" -> "$1500000000", "2,5 Milliarden"
    -> "2500000000"; "Billion" is 10^12 in German): one figure however the scale is
    written, for every reader of figures."""
    def one(m: re.Match) -> str:
        read = read_digits(m.group("num"))
        letter = (m.group("m") or "").lower()
        if read is None or letter and not m.group("cur") and not _CURRENCY_AFTER.match(m.string, m.end()) \
                and not _glued_scale(letter, m):
            return m.group(0)
        factor = scale_factor(m.group("scale"), lang) if m.group("scale") else _LETTER_SCALES.get(letter, 1e6)
        value = Decimal(read[0] + "." + (read[1] or "0")) * Decimal(int(factor))
        written = format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))
        return (m.group("cur") or "") + written

    return _SCALED.sub(one, house_styled(text))


_PERIODS = _LEX["period_fractions"]


def _period(text: str, m: re.Match) -> bool:
    """A fraction word that names a period of a year ("the third quarter", "a record quarter", "the second half"):
    ``period_fractions`` in equivalents.json (rv82-14)."""
    ws = m.group("num").lower().split()
    if m.group("unit") or not ws or ws[-1] not in _PERIODS["words"]:
        return False
    before = re.findall(r"[^\W\d_]+", text[:m.start()].lower())[-1:]
    if (of := _OF_AFTER.match(text, m.end())) is not None and not _TIME_OF.search(of.group(1)):
        return False  # "the final quarter of the money", "the second half of the payment": a share (pr39b-5)
    return len(ws) == 2 and ws[0] in ORDINALS or len(ws) == 1 and bool(before) and before[0] in _PERIODS["after"]


# what follows a period's fraction after "of": a year, a season, a game ("the third quarter of 2024", "the second half
# of the season") keeps it a period; any other thing ("of the money") makes it a share
_OF_AFTER = re.compile(r"\s+of\s+((?:\S+\s+){0,2}\S+)")
_TIME_OF = re.compile(r"\d|\b(?:year|years|season|decade|century|game|match|month|term|fiscal|financial|calendar)\b", re.I)


def _whole_value(digits: str) -> tuple[float, float, float]:
    zeros = len(digits) - len(digits.rstrip("0")) if int(digits) >= 100 else 0
    return float(digits), 0.5, 0.5 * 10 ** zeros


def _words_value(ws: list[str]) -> float:
    """"fifty-five" -> 55 (tens and units add), "two hundred" -> 200, "three quarters"
    -> 0.75 (a hundred, a dozen or a fraction multiplies); any other pair -> NaN (no figure)."""
    value = NUMBER_WORDS.get(ws[0], FRACTIONS.get(ws[0], 1.0))
    for w in ws[1:]:
        n = NUMBER_WORDS.get(w)
        if n is not None and tens_and_units(value, n):
            value += n
        elif w in ("a", "an") and value < 1:  # "half a percent"
            continue
        elif w in MULTIPLIERS or w in FRACTIONS:
            value *= NUMBER_WORDS.get(w, FRACTIONS.get(w, 1.0))
        else:
            return float("nan")
    return value


def _quantities(text: str, lang: str) -> list[Figure]:
    """Numbers with a unit, a scale word ("1.5 million") or, from 1,000 up, alone."""
    out: list[Figure] = []
    for m in _QUANTITY.finditer(text):
        if out and m.start() < out[-1].end:
            continue  # read already with the article before it (``_after_article``)
        got = _quantity(m, text, lang) or _after_article(m, text, lang)
        if got is not None:
            out.append(got)
    return out


def _after_article(m: re.Match[str], text: str, lang: str) -> Figure | None:
    """The fraction after an article that ``_QUANTITY`` read with it as no one number ("a two-thirds majority",
    "a three quarters share": "a two" is none; rv84-14), else None."""
    art = re.match(r"(?i)an?\s+", m.group("num"))
    again = _QUANTITY.match(text, m.start("num") + art.end()) if art else None
    got = _quantity(again, text, lang) if again else None
    return got if got is not None and got.readings[:2] == ("share", "fraction") else None


def _quantity(m: re.Match[str], text: str, lang: str) -> Figure | None:
    """The figure of one ``_QUANTITY`` match, None where it is none (``_quantities``)."""
    got = _number_value(m.group("num"))
    if got is None:
        return None
    value, half, round_half = got
    if value != value:  # NaN: words that are no one number ("five six")
        return None
    if m.group("sign"):  # "-5 °C", "minus 5 degrees"
        value = -value
    factor = scale_factor(m.group("scale"), lang) if m.group("scale") else 1.0
    value, half, round_half = value * factor, half * factor, round_half * factor
    unit = re.sub(r"\s+", " ", (m.group("unit") or "").lower())
    words_only = not m.group("num")[0].isdigit()
    fraction = any(w in FRACTIONS for w in re.split(r"[ -]", m.group("num").lower().removesuffix(HALF_MORE)))
    if m.group("num").lower() in ORDINALS and not unit or fraction and _period(text, m):
        return None  # "the fifth wave": an ordinal ("a fifth", "two fifths": shares); "the third quarter": a period
    if unit:
        reading = _with_unit(value, half, round_half, unit)
    elif fraction and not text[m.end():m.end() + 1].isalpha():  # not "Viertelfinale", "Achtelfinale"
        reading = ("share", "fraction", value, half, half)
    elif m.group("scale") or value >= 1000 and not words_only:
        reading = ("count", (m.group("scale") or "").lower(), value, half, round_half)
    else:
        return None
    if words_only and not fraction and reading[0] != "share" and value == 1 and not unit:
        return None
    return Figure(m.start(), m.end(), "qty", reading)


_COUNT_WORD_RE = "|".join(sorted((w for w, v in NUMBER_WORDS_BY_LANGUAGE["en"].items() if 1 < v < 1000),
                                 key=len, reverse=True))


# "every fourth", "every 4th", "jeder vierte", "jede 3.": the share 1/4, 1/3 (not "every
# second": a time as often as a share; not before a time, "every fourth year", "jedes
# vierte Jahr": how often, "every four years")
_NTH_RE = "|".join(sorted((w for w, v in ORDINALS.items() if v > 1 and w != "second"), key=len, reverse=True))
_TIMES = r"(?:year|week|day|month|hour|minute|decade|time|season|weekend|jahr|woche|tag|monat|stunde|minute|mal)\w*"
EVERY_NTH = re.compile(rf"\b(?:every|jede[rnms]?)\s+(?:({_NTH_RE})|(\d{{1,2}})(?:st|nd|rd|th|\.))(?!\w)(?!\s+{_TIMES}\b)",
                       re.I)
# "4 of the 9 seats", "four out of nine", "4 von 9", "vier der neun Sitze": a count of a
# whole (not before a percent: "3 of 10 percent")
_K_OF_N_WORD_RE = "|".join(sorted((w for t in NUMBER_WORDS_BY_LANGUAGE.values() for w, v in t.items()
                                   if 1 <= v < 1000 and w not in ("a", "an", "ein")), key=len, reverse=True))
# A count is read as ``consistency.numbers`` reads it: a multiplier multiplies the number word
# before it ("one of the four hundred" is 1/400, not 1/4); a count before a scale word ("one of
# the four thousand") is no share read here (the figure reader reads "four thousand").
_MULTIPLIER_RE = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_COUNT = rf"(?:\d{{1,3}}|{_K_OF_N_WORD_RE})(?:[ -](?:{_MULTIPLIER_RE}))?"
_NO_SCALE_AFTER = rf"(?![ -](?:{_SCALE_RE}|{_MULTIPLIER_RE})\b)"
# "one in four", "1 in 10", "one out of five", "one in four hundred": the share 1/4, 1/10, 1/5, 1/400
ONE_IN_N = re.compile(rf"\b(?:one|1)\s+(?:in|out\s+of)\s+((?:[2-9]|[1-9]\d{{1,2}})(?![\d.,])|"
                      rf"(?:{_COUNT_WORD_RE})(?:[ -](?:{_MULTIPLIER_RE}))?)\b{_NO_SCALE_AFTER}", re.I)
# "one soldier in five is", "one Patriot launcher in four was": one or two words between "one" and "in", and right
# after N an auxiliary or "say" (not "one goal in three games", "one died in five days": rv83-2)
_AFTER_ONE_NOUN_IN_N = "is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|does|did|says|said"
ONE_NOUN_IN_N = re.compile(rf"\b(?:one|1)\s+(?:[a-z][a-z-]+\s+){{1,2}}?(?:in|out\s+of)\s+((?:[2-9]|[1-9]\d{{1,2}})(?![\d.,])|"
                           rf"(?:{_COUNT_WORD_RE}))(?=\s+(?:{_AFTER_ONE_NOUN_IN_N})\b)", re.I)
# "1 in 1,000", "one in 10,000", "one in a thousand", "1 in 10 million": the share 1/1000, 1/10000, ... (a risk in
# health news; ``ONE_IN_N`` reads up to "one in 999", ``consistency.numbers`` reads these as the numbers they write)
ONE_IN_MANY = re.compile(rf"\b(?:one|1)\s+(?:in|out\s+of)\s+((?:\d{{1,3}}(?:,\d{{3}})+|[1-9]\d{{3,}})(?![\d.,]\d)"
                         rf"(?:[ -](?:thousand|million|billion)\b)?|(?:a|an|one|{_COUNT_WORD_RE}|\d{{1,3}})[ -]"
                         rf"(?:thousand|million|billion)\b){_NO_SCALE_AFTER}", re.I)
_K_OF_N = re.compile(rf"(?<![\d.,])\b({_COUNT}) (?:of|out of|von|der|aus) "
                     rf"(?:the |these |those |its |their |den |die )?({_COUNT})\b"
                     r"(?![\d.,]\d|\s*(?:%|percent|per cent|prozent))" + _NO_SCALE_AFTER, re.I)

# a fraction in figures before what it is a share of ("2/3 of his sentence", "3/4 der Strafe", "a 2/3 majority"): the
# share 2/3, so it pairs with "two-thirds" / "zwei Drittel" (rv84-14); not a date ("on 2/3"), "24/7", "9/11", "2/3/2024"
SLASH_SHARE = re.compile(r"(?<![\w.,/])([1-9])/([2-9]|10)(?![\w/]|[.,]\d)(?=\s+(?:of|der|des|aller)\b|[ -](?:majority|mehrheit)\b)",
                         re.I)


def _counted_shares(text: str) -> list[Figure]:
    """"one in four", "every fourth" (1/4), "jede dritte" (1/3) and "4 of the 9" / "vier
    der neun" (4/9) as shares of one, read as fractions (``_share_apart`` compares them)."""
    def count(g: str) -> float:
        value = 1.0
        for w in re.split(r"[ -]", g.lower()):  # "four hundred": 4 x 100
            value *= float(w) if w.isdigit() else NUMBER_WORDS[w]
        return value

    counted = [(m, 1.0, count(m.group(1))) for m in ONE_IN_N.finditer(text)]
    counted += [(m, 1.0, _many(m.group(1))) for m in ONE_IN_MANY.finditer(text)]
    counted += [(m, 1.0, count(m.group(1))) for m in ONE_NOUN_IN_N.finditer(text) if not ONE_IN_N.match(m.group(0))]
    counted += [(m, 1.0, float(m.group(2)) if m.group(2) else float(ORDINALS[m.group(1).lower()]))
                for m in EVERY_NTH.finditer(text)]
    counted += [(m, count(m.group(1)), count(m.group(2))) for m in _K_OF_N.finditer(text)]
    counted += [(m, float(m.group(1)), float(m.group(2))) for m in SLASH_SHARE.finditer(text)]
    return [Figure(m.start(), m.end(), "qty", ("share", "fraction", k / n, 0.0, 0.0)) for m, k, n in counted if 0 < k < n]


def _many(written: str) -> float:
    """The N of "one in N" (``ONE_IN_MANY``): "1,000" -> 1000, "a thousand" -> 1000, "10 million" -> 10000000."""
    first, *scale = re.split(r"[ -]", written.lower())
    value = float(first.replace(",", "")) if first[0].isdigit() else NUMBER_WORDS.get(first, 1.0)
    return value * (SCALES["en"][scale[0]] if scale else 1.0)


def without_shares(text: str) -> str:
    """``text`` without the shares said with a count ("one in four", "every fourth",
    "jeder vierte"): not the numbers 1, 4 (``consistency.numbers``)."""
    return EVERY_NTH.sub(" ", ONE_IN_N.sub(" ", ONE_NOUN_IN_N.sub(" ", text)))


def shares(text: str, lang: str = "en") -> list[tuple[int, int, float, bool]]:
    """(start, end, value as a share of one, said as a fraction) of each share of
    ``text``: a percentage ("40 percent", "40 %", "40 Prozent"), a fraction word ("a
    quarter", "half", "ein Drittel"), one in N ("one in four"), every N-th ("every
    fourth", "jeder vierte") or a count of a whole ("4 of the 9 seats", "vier der
    neun": 4/9)."""
    return [(f.start, f.end, f.readings[2], f.readings[1] == "fraction")
            for f in _quantities(text, lang) + _counted_shares(text) if f.readings[0] == "share"]


def _with_unit(value: float, half: float, round_half: float, unit: str) -> tuple[str, str, float, float, float]:
    if unit.startswith(("°", "degree", "grad")) or unit in ("c", "f"):
        if unit.endswith(("f", "fahrenheit")):
            return "temp", "F", (value - 32) * 5 / 9, half * 5 / 9, round_half * 5 / 9
        return "temp", "C" if unit.endswith(("c", "celsius", "centigrade")) else "deg", value, half, round_half
    dim, factor = UNITS[unit]
    return dim, unit, value * factor, half * factor, round_half * factor


# an ordinal in figures: "3rd", "21st"
_ORDINAL_FIGURE = r"(\d{1,2})(?:st|nd|rd|th)"


def ordinal(w: str) -> int | None:
    """The number of an ordinal word ("first", "zweite") or figure ("3rd"), else None."""
    m = re.fullmatch(_ORDINAL_FIGURE, w, re.I)
    return int(m.group(1)) if m else ORDINALS.get(w.lower())


def _ordinals(text: str) -> list[Figure]:
    out = [Figure(m.start(), m.end(), "ord", (int(m.group(1)),))
           for m in re.finditer(rf"\b{_ORDINAL_FIGURE}\b", text, re.I)]
    out += [Figure(m.start(), m.end(), "ord", (ORDINALS[m.group(0).lower()],))
            for m in re.finditer(r"\b\w+\b", text) if m.group(0).lower() in ORDINALS]
    return out


def _agree(x: Figure, y: Figure, tx: str, ty: str) -> bool:
    """Whether two figures, written differently (``tx`` / ``ty``: their texts), are one."""
    if x.kind != y.kind or tx == ty:
        return False
    if x.kind == "date":
        return any(_same_date(r, s) for r in x.readings for s in y.readings)
    if x.kind in ("digits", "ord", "pair"):
        return x.readings == y.readings and (x.kind != "digits" or len(x.readings) > 2)
    x, y = _as_million(x, y), _as_million(y, x)
    (dx, ux, vx, hx, rx), (dy, uy, vy, hy, ry) = x.readings, y.readings
    if BARE_POINTS in (ux, uy) and not any(u.startswith("basis") for u in (ux, uy)):
        return False
    if ux == uy:
        return dx == dy and vx == vy  # "a billion" / "1 billion"
    if dx != dy or dx == "temp" and "F" not in (ux, uy):
        return False  # a temperature converted needs a Fahrenheit
    both_round = rx > hx and ry > hy  # both round ("100 miles" / "160 km"): the zeros may be rounding
    if both_round:
        hx, hy = rx, ry
    halves = [h for h in (hx, hy) if h > 0] if dx != "count" else []
    # the converting outlet rounds to its own last digit: the coarser of the two ("46.2C" / "115F", rv77-10); where
    # both are round the zeros may be rounding or not, the finer bounds it ("40C" / "100F", not "10C" / "100F")
    tolerance = (min if both_round else max)(halves, default=0.0)
    if dx != "temp":
        tolerance = min(tolerance, CONVERSION_TOLERANCE * max(abs(vx), abs(vy)))
    return abs(vx - vy) <= max(tolerance, 1e-9 * max(abs(vx), abs(vy)))  # float error, relative: "1 µg" is no "1 ng"


def _as_million(x: Figure, other: Figure) -> Figure:
    """"5m" is five metres or five million ("5m doses", "£5m"): read as a count where the other
    figure is one ("5 million", "5,000,000")."""
    if x.kind != "qty" or other.kind != "qty" or x.readings[1] != "m" or other.readings[0] != "count":
        return x
    _, _, value, half, round_half = x.readings
    return Figure(x.start, x.end, "qty", ("count", "million", value * 1e6, half * 1e6, round_half * 1e6))


# one pair of numbers, a ratio, a score or a range: in figures "2-1", "2:1", "5–7", in words or figures with
# "to" / "zu" between them "two-to-one", "three to one", "5 to 7", "zwei zu eins"; read in order ("2-1" is
# not "1-2").  Not part of a longer figure ("2021-22", "1-2-3", "twenty-two to one").
_PAIR_WORDS = {w: int(v) for w, v in NUMBER_WORDS.items() if v == int(v) and w not in ARTICLES} \
    | {"one": 1, "eins": 1, "nil": 0}
_PAIR_WORD_RE = "|".join(sorted(_PAIR_WORDS, key=len, reverse=True))
_PAIR_END = rf"(?![\w:]|[.,]\d|[-–:]\d|[ -](?:{_SCALE_RE}|{_MULTIPLIER_RE})\b)"
_PAIR_FIGURES = re.compile(rf"(?<![\w.,:/-])(\d{{1,3}}) ?[-–:] ?(\d{{1,3}}){_PAIR_END}")
_PAIR_TO = re.compile(rf"(?<![\w.,:/-])(\d{{1,3}}|{_PAIR_WORD_RE})(?:-to-| to | zu )(\d{{1,3}}|{_PAIR_WORD_RE}){_PAIR_END}",
                      re.I)


def _pairs(text: str) -> list[Figure]:
    """The pairs of numbers of ``text`` (``_PAIR_FIGURES``, ``_PAIR_TO``), kind "pair", read as the two numbers."""
    def one(w: str) -> int:
        return int(w) if w.isdigit() else _PAIR_WORDS[w.lower()]

    return [Figure(m.start(), m.end(), "pair", (one(m.group(1)), one(m.group(2))))
            for pat in (_PAIR_FIGURES, _PAIR_TO) for m in pat.finditer(text)]


# the join between two parts of one amount in two units ("four years and three months", "vier Jahre und drei
# Monate", "6 feet 2 inches"), and the units so joined: times, feet and inches
_PARTS_JOIN = re.compile(r"(?:,? and |, | und | )")
_INCHES = ({"foot", "feet", "ft"}, {"inch", "inches", "in"})


def _summed(parts: list[Figure], text: str) -> list[Figure]:
    """``parts`` (``_quantities``) with each amount said in two units, the larger first ("four years and three
    months": 51 months; "6 feet 2 inches") read as one, in place of its parts; its precision the smaller part's."""
    out: list[Figure] = []
    for f in sorted(parts, key=lambda f: f.start):
        last = out[-1] if out else None
        if last is None or not _PARTS_JOIN.fullmatch(text[last.end:f.start]) or last.readings[0] != f.readings[0]:
            out.append(f)
            continue
        (dim, u1, v1, _h1, _r1), (_d, u2, v2, h2, r2) = last.readings, f.readings
        larger = UNITS.get(u1, ("", 0.0))[1] > UNITS.get(u2, ("", 0.0))[1]
        if larger and (dim == "s" or u1 in _INCHES[0] and u2 in _INCHES[1]):
            out[-1] = Figure(last.start, f.end, "qty", (dim, f"{u1}+{u2}", v1 + v2, h2, r2))
        else:
            out.append(f)
    return out


def _figures(text: str, lang: str) -> list[Figure]:
    found = _dates(text) + _digit_groups(text) + _summed(_quantities(text, lang), text) + _counted_shares(text) \
        + _ordinals(text) + _pairs(text)
    return _with_bare_points(_with_word_amounts(found, text, lang), text)


# "0.5 points" / "0,5 Punkte": percentage points where the text gives a rate in percent
_BARE_POINTS = re.compile(rf"(?<![\w.,])(?P<num>{_NUM})[ -]?(?:points?|punkte?n?)\b", re.I)
_RATE = re.compile(r"%|\bper[ -]?cent\b|\bprozent\b", re.I)
BARE_POINTS = "bare points"  # their unit: they pair with basis points only ("3 points" / "3 percentage points"
# need no pairing, and pairing them would hide "3 percent" / "3 percentage points" beside them)


def _with_bare_points(found: list[Figure], text: str) -> list[Figure]:
    """``found`` and each number before a bare "points" / "Punkte" read as percentage points, where the text
    gives a rate in percent ("rose by 0.5 points to 4.5 percent" = "by 50 basis points"); the points of a
    text with no percent (an index, a score) are left as they are.  Only for pairing one figure written two
    ways: the flag for points against percent (``consistency._points_apart``) reads ``_quantities``."""
    if not _RATE.search(text):
        return found
    for m in _BARE_POINTS.finditer(text):
        got = _number_value(m.group("num"))
        if got is None or any(f.start < m.end() and m.start() < f.end and f.kind == "qty" for f in found):
            continue
        found = [f for f in found if not (f.start < m.end() and m.start() < f.end)]
        dim, _, value, half, round_half = _with_unit(*got, "percentage points")
        found.append(Figure(m.start(), m.end(), "qty", (dim, BARE_POINTS, value, half, round_half)))
    return found


def _with_word_amounts(found: list[Figure], text: str, lang: str) -> list[Figure]:
    """``found`` with the amounts of several number words with a scale or from 1,000 up ("half a billion",
    "two hundred and fifty million", "zwölfhundert": ``word_amounts``) read as one count each, in place
    of the figures read from their parts ("half", "a billion"); a figure that spans the whole amount and
    more (its unit: "a million tonnes") or as much is kept instead."""
    from .word_amounts import amounts  # it reads this module's tables

    for start, end, value in amounts(text, lang):
        if value < 1000 or any(f.start <= start and end <= f.end for f in found):
            continue
        found = [f for f in found if not (f.start < end and start < f.end)]
        found.append(Figure(start, end, "qty", ("count", "", value, 0.0, 0.0)))
    return found


def same_figures(a: str, b: str, lang: str = "en") -> tuple[str, str]:
    """``a`` and ``b`` with each figure that both give, written differently, replaced by
    one placeholder word in both ("on 01.09.2004" / "on September 1, 2004" -> "on
    samefiga" / "on samefiga"): what is left to compare are the figures that differ.
    A figure is paired with at most one of the other text, first come first paired;
    a figure overlapping one already paired is left as it is.  Half the last digit of
    the less precise version is the tolerance of a conversion ("62 miles" = "100 km",
    "87 °F" is not "30 degrees").  ``lang``: the language of both ("Billion" is 10^12 in
    German)."""
    got = figures_apart(a, b, lang)
    return got.a, got.b


Share = tuple[int, int, float, bool]  # ``shares``: start, end, value as a share of one, said as a fraction


@dataclass(frozen=True)
class Apart:
    """``figures_apart``: the two texts with the figures both give replaced, and the
    shares left in each (``shares`` of the replaced texts)."""

    a: str
    b: str
    shares_a: list[Share]
    shares_b: list[Share]


def figures_apart(a: str, b: str, lang: str = "en") -> Apart:
    """``same_figures``, and the shares of what it leaves: the share figures of ``a`` and
    ``b`` read once (``_figures``), those not paired nor overlapping a paired one, at
    their places in the replaced texts."""
    fa, fb = _figures(a, lang), _figures(b, lang)
    taken_a: list[Figure] = []
    taken_b: list[Figure] = []
    for x in fa:
        if any(x.start < t.end and t.start < x.end for t in taken_a):
            continue
        for y in fb:
            if any(y.start < t.end and t.start < y.end for t in taken_b):
                continue
            if _agree(x, y, a[x.start:x.end], b[y.start:y.end]):
                taken_a.append(x)
                taken_b.append(y)
                break
    (ra, sa), (rb, sb) = _replaced(a, taken_a, fa), _replaced(b, taken_b, fb)
    return Apart(ra, rb, sa, sb)


def _replaced(text: str, figs: list[Figure], every: list[Figure]) -> tuple[str, list[Share]]:
    """``text`` with ``figs`` replaced by placeholders, and the shares among ``every``
    that overlap none of them, moved to their places in the new text."""
    names = {id(f): "samefig" + _letters(k) for k, f in enumerate(figs)}
    for f in sorted(figs, key=lambda f: f.start, reverse=True):
        text = text[:f.start] + names[id(f)] + text[f.end:]
    left = []
    for f in every:
        if f.kind != "qty" or f.readings[0] != "share" or any(f.start < t.end and t.start < f.end for t in figs):
            continue
        shift = sum(len(names[id(t)]) - (t.end - t.start) for t in figs if t.end <= f.start)
        left.append((f.start + shift, f.end + shift, f.readings[2], f.readings[1] == "fraction"))
    return text, left


def _letters(k: int) -> str:
    out = ""
    while True:
        out = chr(ord("a") + k % 26) + out
        k = k // 26 - 1
        if k < 0:
            return out


# --- one value written with other decimals (before ``figures_apart``) -------------
_DECIMAL = re.compile(r"(?<![\w.,])(?<!\d[ \u00a0\u202f])\d+(?:[.,]\d+)*(?![\w]|[.,]\d|[ \u00a0\u202f]\d{3}\b)")


def _decimal_value(written: str, text: str, end: int) -> tuple[str, str] | None:
    """A number in digits as its value: whole digits, decimals without trailing zeros
    ("2.50", "2,5", "2.5" -> ("2", "5"); "2.00" -> ("2", "")).  None for marks that read as
    no one number, and for a day and month written "1.10." (1 October: not "1.1.")."""
    read = read_digits(written)
    if read is None:
        return None
    whole, frac = read
    if text.startswith(".", end) and frac.isdigit() and 1 <= int(frac) <= 12 and 1 <= int(whole) <= 31:
        return None
    return whole.lstrip("0") or "0", frac.rstrip("0")


# a number that labels a part or a release, not an amount: "Article 5.10" is not "Article 5.1"
_NUMBERED = re.compile(r"(?:\b(?:article|section|clause|chapter|paragraph|rule|version|release|artikel|absatz|"
                       r"abschnitt|paragraf|kapitel|ziffer|nummer|nr)\.?|§)\s*$", re.I)


def written_as_in(a: str, b: str) -> str:
    """``b`` with each number in digits that ``a`` writes otherwise with the same value
    (and does not write as ``b`` does) written as ``a`` writes it: "2.5 euros" / "2.50
    euros", "3,5" / "3,50", "2" / "2.00" are one value, never a changed number; "2.5" /
    "25" still differ, and so do "Article 5.10" / "Article 5.1" (``_NUMBERED``)."""
    as_a: dict[tuple[str, str], str] = {}
    for m in _DECIMAL.finditer(a):
        v = None if _NUMBERED.search(a, 0, m.start()) else _decimal_value(m.group(0), a, m.end())
        if v is not None:
            as_a.setdefault(v, m.group(0))
    written_a = {m.group(0) for m in _DECIMAL.finditer(a)}
    written_b = {m.group(0) for m in _DECIMAL.finditer(b)}

    def one(m: re.Match) -> str:
        y = m.group(0)
        x = None if y in written_a or _NUMBERED.search(b, 0, m.start()) \
            else as_a.get(_decimal_value(y, b, m.end()) or ("", "-"))
        decimal = x is not None and bool((read_digits(x) or ("", ""))[1] or (read_digits(y) or ("", ""))[1])
        return x if x is not None and decimal and x not in written_b else y

    return _DECIMAL.sub(one, b) if as_a else b
