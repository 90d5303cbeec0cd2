"""Truncations an outlet shows or tells the reader itself: worth a look, not serious.

A truncation flag (``consistency.missing_stretch``) says that one version leaves out
the start or the end of the other.  Two kinds of such a cut are ordinary newsroom
practice, and the reader of that outlet is not misled about what was left out:

- the outlet marks the cut with an ellipsis at that end of the quote (``"We do not
  trust the company's promises …"``, ``"… I expect an answer by Friday"``): the cut is
  marked by the outlet.  An end ellipsis can still hide a meaning change, so the pair
  stays flagged, as ``partial`` (worth a look) with the reason;
- the outlet gives the start of the statement in its own words in the sentence right
  before the quote (``Okafor said $5 million had been set aside for retraining.
  "Every one of the 400 workers will be offered a place," Okafor said.``): a partial
  quote.  Narrow on purpose: only a missing start, only the sentence before, most of
  the missing stretch's content words there (``consistency.BOUNDARY_FOUND``), its
  numbers and negations there too, and that sentence not denying them.

Neither applies when the missing words carry a number, a negation or a restricting
word (``cut_carries_meaning``; for a paraphrased start: one the sentence before does not
give too): "We will keep every job at the plant …" against "... only if the state pays
us 40 million" is a truncation, ellipsis or not.  A negation or a number that differs in
the words both versions give is a flag of its own and stays serious.
"""

from __future__ import annotations

import difflib
import re

from ..model import QuoteVersion
from .consistency import (
    RESTRICTING,
    TRUNC_SHORT_COVERED,
    _content,
    _stem,
    found_outside,
    is_negator,
    missing_stretch,
    numbers,
    quoted_part,
    words,
)
from .consistency import missing_end_of as missing_end

# an ellipsis: "…", "...", ". . .", or one in brackets ("[…]", "(...)")
_ELLIPSIS = r"(?:…|\.\s?\.\s?\.|[\[(]\s*(?:…|\.\s?\.\s?\.)\s*[\])])"
_MARKED_AT = {
    "end": re.compile(_ELLIPSIS + r"[\s\"”“’'»«,;:!?]*$"),
    "start": re.compile(r"^[\s\"“„‘'»«]*" + _ELLIPSIS),
}
# Words that restrict or condition what a sentence says (``consistency.RESTRICTING``): a cut that drops one changes it.
_RESTRICTING = RESTRICTING
PARAPHRASED_MIN_CONTENT = 2  # content words of the missing start (fewer: too little to tell a paraphrase)


def cut_carries_meaning(short: QuoteVersion, long: QuoteVersion, told: str | None = None) -> bool:
    """Whether the words the shorter version lacks carry a number, a negation or a
    restricting word, in the longer version's English or its own language („Wir
    schließen das Werk, aber erst 2030“ vs "we are closing the plant"): such a cut is a
    truncation however few words it is.  Numbers are compared as sets; marker words by
    count, since a German „aber“ has no English twin to look up.  ``told``: text that
    gives part of the missing words in the outlet's own words (the sentence before a
    partial quote); what it gives counts as given by the shorter version."""
    extra = words(told or "")
    s_en, s_own, l_en, l_own = (words(quoted_part(t or "")) for t in (short.english or short.original,
                                short.original or short.english, long.english or long.original,
                                long.original or long.english))
    s_en, s_own = s_en + extra, s_own + extra
    if {t for t in l_en + l_own if t[0].isdigit()} - set(s_en + s_own):
        return True

    def marks(ts: list[str]) -> int:
        return sum(1 for t in ts if t in _RESTRICTING or is_negator(t))

    return marks(l_en) > marks(s_en) or marks(l_own) > max(marks(s_en), marks(s_own))


def shorter_longer(va: QuoteVersion, vb: QuoteVersion, compared: str | None) -> tuple[QuoteVersion, QuoteVersion]:
    """The pair's two versions, the one with fewer quoted words first (as compared:
    English, or the originals)."""
    def size(v: QuoteVersion) -> int:
        return len(words(quoted_part(_text(v, compared))))

    return (va, vb) if size(va) <= size(vb) else (vb, va)


def _text(v: QuoteVersion, compared: str | None) -> str:
    if compared == "english":
        return v.english or v.original or ""
    return v.original or v.english or ""


def marked_by_outlet(short: QuoteVersion, where: str) -> bool:
    """Whether the shorter version's own text (its original or its English) shows an
    ellipsis at the end (``where``) it lacks."""
    pat = _MARKED_AT[where]
    return any(t and pat.search(quoted_part(t).strip()) for t in (short.original, short.english))


def paraphrased_start(short: str, long: str, before: str | None) -> float | None:
    """The share of the content words that ``short`` lacks at the start of ``long`` found
    in ``before`` (the sentence before the shorter version's, in its article), when the
    rule above holds; else None."""
    if not before:
        return None
    ws, wl = words(quoted_part(short)), words(quoted_part(long))
    got = missing_stretch(ws, wl)
    if got is None or missing_end(got[0]) != "start":
        return None
    lacking = got[1]
    told = words(before)
    if len(_content(lacking)) < PARAPHRASED_MIN_CONTENT:
        return None
    if not set(numbers(" ".join(lacking))) <= set(numbers(before)):
        return None  # a figure of the missing start that the paraphrase does not give
    if sum(map(is_negator, lacking)) > sum(map(is_negator, told)):
        return None  # a negation of the missing start that the paraphrase does not give
    return found_outside(lacking, before, ws + wl)


def soft_cut_reason(va: QuoteVersion, vb: QuoteVersion, compared: str | None, detail: str,
                    before: tuple[str | None, str | None]) -> str | None:
    """Why a truncation between ``va`` and ``vb`` (``detail``: its description) is worth
    a look rather than serious, or None (see the module's doc).  ``before``: the sentence
    before each version's, in its article."""
    where = missing_end(detail)
    if where is None:
        return None
    short, long = shorter_longer(va, vb, compared)
    told = before[0 if short is va else 1]
    if marked_by_outlet(short, where):
        return None if cut_carries_meaning(short, long) else "cut marked by the outlet (…)"
    if where != "start" or cut_carries_meaning(short, long, told):
        return None
    found = paraphrased_start(_text(short, compared), _text(long, compared), told)
    if found is None:
        return None
    return (f"partial quote: {found:.0%} of the words the shorter version leaves out are in the sentence before "
            "it, in the outlet's own words")


# --- two pieces of one longer quote -------------------------------------------------
# Two outlets that each quote a different piece of one statement ("about 1,200 flights
# still delayed" / "that number to come down by tonight" of "There are about 1,200
# flights still delayed, and we expect that number to come down by tonight") give no
# words to compare with each other: each is compared with the full version, and the pair
# carries no flag of its words (a paraphrase flag there would only say they differ).


def piece_span(short: str, long: str) -> tuple[int, int] | None:
    """Where the words of ``short`` lie in ``long`` (word positions, end excluded) when
    ``short`` is a piece of it: shorter, and ``TRUNC_SHORT_COVERED`` of its words found in
    order (as a truncation's shorter version); None otherwise."""
    ws, wl = [_stem(w) for w in words(short)], [_stem(w) for w in words(long)]
    if not ws or len(ws) >= len(wl):
        return None
    blocks = [bl for bl in difflib.SequenceMatcher(a=ws, b=wl, autojunk=False).get_matching_blocks() if bl.size]
    if not blocks or sum(bl.size for bl in blocks) < TRUNC_SHORT_COVERED * len(ws):
        return None
    return blocks[0].b, blocks[-1].b + blocks[-1].size


def apart_in(a: str, b: str, full: str) -> bool:
    """Whether the quoted words of ``a`` and ``b`` are two pieces of ``full`` that do not
    overlap in it, and share no content word."""
    qa, qb = quoted_part(a), quoted_part(b)
    sa, sb = (piece_span(x, quoted_part(full)) for x in (qa, qb))
    if sa is None or sb is None or not (sa[1] <= sb[0] or sb[1] <= sa[0]):
        return False
    return not {_stem(w) for w in _content(words(qa))} & {_stem(w) for w in _content(words(qb))}
