"""Negative idioms: a version that says "no" in its own words, without the other's negator.

A negation flag means that one version negates what the other asserts.  A literal
translation and an idiomatic rendering of one quote often differ in just that way: "is
not an option for us" / "is out of the question for us", "has hardly lost votes" / "lost
very few votes".  The version without the negator then says the same negation in an
idiom; it asserts nothing that the other denies.  Such a pair is worth a look (the words
differ), not a serious flag.

The idiom must stand in the words the flag shows for the version with fewer negators (or
right beside them), and the version with more negators must say no negative idiom at all:
a negated idiom is the positive ("out of the question" / "not out of the question", "not
ruled out" / "out of the question" stay negation flags).
"""

from __future__ import annotations

import re

# Each group: one negative idiom in its forms (English renderings, German originals).
# Not "few" / "little" alone ("the few remaining shops", "the little town"), and not
# "far from" ("far from the city").
IDIOM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("out of the question",),
    ("rule out", "rules out", "ruled out", "ruling out"),
    ("off the table",),
    ("non-starter", "a nonstarter"),
    ("very few", "very little", "next to nothing"),
    ("barely",), ("hardly",), ("scarcely",),
    ("nicht infrage", "nicht in frage", "außer frage", "ausgeschlossen"),
    ("sehr wenige", "sehr wenig", "sehr wenigen"),
    ("kaum",),
)

# the idioms that say "impossible" and whose negation says "possible" ("not ruled out", "nicht ausgeschlossen"):
# where the version with more negators holds one, the pair is opposites, never the same "no" in other words
EXCLUDING_IDIOMS: tuple[str, ...] = ("out of the question", "rule out", "rules out", "ruled out", "ruling out",
                                     "off the table", "non-starter", "a nonstarter", "nicht infrage", "nicht in frage",
                                     "außer frage", "ausgeschlossen")

_SHOWN = re.compile(r"'(.*)' vs '(.*)'")
# the words that deny an idiom before it ("not ruled out", "nicht ausgeschlossen"); an idiom that opens with one
# ("nicht infrage") holds its own negator, which says the idiom, not its opposite
_DENIERS = frozenset(("not", "n't", "never", "no", "nicht", "nie", "niemals", "keineswegs", "keinesfalls"))
DENIED_BEFORE = 2  # words before an idiom read for a negator that denies it ("is not yet ruled out")
AFTER_SHOWN = 3  # words after the flag's shown words where the idiom may open ("tax rises are off the table")


def _holds(ws: list[str], phrase: str) -> bool:
    p = phrase.split()
    return any(ws[i:i + len(p)] == p for i in range(len(ws) - len(p) + 1))


def _denied_idiom(ws: list[str]) -> bool:
    """``ws`` holds an excluding idiom with a negator in the ``DENIED_BEFORE`` words before it ("not ruled
    out", "nicht ausgeschlossen"), or an excluding idiom without a negator of its own ("ruled out": the
    version with more negators denies something else, kept as the flag it was); not one whose negator is its
    own ("kommt für uns nicht infrage": the idiom itself, pr31b-14)."""
    for p in EXCLUDING_IDIOMS:
        n = len(p.split())
        for i in range(len(ws) - n + 1):
            if ws[i:i + n] == p.split() and (p.split()[0] not in _DENIERS or _DENIERS & set(ws[max(0, i - DENIED_BEFORE):i])):
                return True
    return False


def _own_form(more: list[str], group: tuple[str, ...]) -> bool:
    """``more`` says a form of the idiom ``group`` other than one whose negator is its own ("nicht infrage")."""
    return any(_holds(more, q) for q in group if q.split()[0] not in _DENIERS)


def _place(ws: list[str], shown: list[str]) -> int | None:
    """Where the words ``shown`` stand in ``ws`` (the first place), None if nowhere."""
    n = len(shown)
    return next((i for i in range(len(ws) - n + 1) if n and ws[i:i + n] == shown), None)


def own_negative_idiom(found: str, more: list[str], less: list[str], less_is_a: bool) -> str | None:
    """The negative idiom that ``less`` (the version with fewer negators) says near the
    place of the negation ``found`` ("'a's words' vs 'b's words'"), where ``more`` says no
    form of it; None otherwise (also when the place cannot be found: the flag stays)."""
    m = _SHOWN.fullmatch(found)
    if m is None:
        return None
    shown = (m.group(1) if less_is_a else m.group(2)).split()
    at = _place(less, shown)
    if at is None:
        return None
    if _denied_idiom(more):
        return None  # a negated idiom is the positive ("not ruled out" / "out of the question": opposites, pr31b-6)
    for group in IDIOM_GROUPS:
        # the idiom opens in the words the flag shows, right before them or in the few after them (the predicate
        # of the subject shown: "tax rises are off the table"), not elsewhere in the sentence
        said = next((p for p in group for i in range(max(0, at - 1), at + len(shown) + AFTER_SHOWN)
                     if less[i:i + len(p.split())] == p.split()), None)
        if said and not _own_form(more, group):
            return said
    return None
