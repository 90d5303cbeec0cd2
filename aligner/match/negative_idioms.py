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
    ("run out of", "ran out of", "runs out of"),  # "have run out of the drug" / "have no drug left" (rv83-3)
)

# the idioms that say "impossible" and whose negation says "possible" ("not ruled out", "nicht ausgeschlossen"):
# where the version with more negators holds one, the pair is opposites, never the same "no" in other words
EXCLUDING_IDIOMS: tuple[str, ...] = ("out of the question", "rule out", "rules out", "ruled out", "ruling out",
                                     "off the table", "non-starter", "a nonstarter", "nicht infrage", "nicht in frage",
                                     "außer frage", "ausgeschlossen")

_SHOWN = re.compile(r"'(.*)' vs '(.*)'")


def _holds(ws: list[str], phrase: str) -> bool:
    p = phrase.split()
    return any(ws[i:i + len(p)] == p for i in range(len(ws) - len(p) + 1))


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
    if any(_holds(more, p) for p in EXCLUDING_IDIOMS):
        return None  # a negated idiom is the positive ("not ruled out" / "out of the question": opposites, pr31b-6)
    for group in IDIOM_GROUPS:
        # the idiom opens in the words the flag shows or right beside them, not elsewhere in the sentence
        said = next((p for p in group for i in range(max(0, at - 1), at + len(shown) + 1)
                     if less[i:i + len(p.split())] == p.split()), None)
        if said and not any(_holds(more, q) for q in group):
            return said
    return None
