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


def _holds(ws: list[str], phrase: str) -> bool:
    p = phrase.split()
    return any(ws[i:i + len(p)] == p for i in range(len(ws) - len(p) + 1))


def _place(ws: list[str], shown: list[str]) -> int | None:
    """Where the words ``shown`` stand in ``ws`` (the first place), None if nowhere."""
    n = len(shown)
    return next((i for i in range(len(ws) - n + 1) if n and ws[i:i + n] == shown), None)


# "no longer has X" is "has lost X" ("Die Regierung hat keine eigene Mehrheit mehr" / "... ihre eigene Mehrheit
# verloren"): a version that says an end ("no longer", "not ... any more", "nicht mehr", "kein ... mehr") against one
# that says the loss.  Read only where the version with the negator says that end and no loss itself ("has not
# lost" / "has lost" stay opposites) and the other says a loss; "still has" / "no longer has" says no loss and stays
# a negation flag.
LOSS_WORDS: frozenset[str] = frozenset({"lost", "lose", "loses", "losing", "verloren", "verlieren", "verliert",
                                        "verlor", "eingebüßt", "einbüßen"})
# how many words may stand between the negator and the word that makes it an end ("keine eigene Mehrheit mehr")
ENDED_SPAN = 4


def _end_word(ws: list[str], k: int) -> bool:
    """Whether ``ws[k]`` makes the negator before it an end: "anymore", "any more", "any longer", "mehr"; not
    a comparison ("not any more than 300", "nicht mehr als 300")."""
    if k + 1 < len(ws) and ws[k + 1] in ("than", "als"):
        return False
    return ws[k] in ("anymore", "mehr") or (ws[k] in ("more", "longer") and k > 0 and ws[k - 1] == "any")


def _says_an_end(ws: list[str]) -> bool:
    """Whether ``ws`` says that something ended: "no longer", "not ... any more", "nicht mehr", "kein ... mehr"."""
    for i, w in enumerate(ws):
        if w == "no" and ws[i + 1:i + 2] == ["longer"]:
            return True
        if w in ("not", "n't", "nicht", "nie") or w.startswith("kein"):
            if any(_end_word(ws, k) for k in range(i + 1, min(len(ws), i + 2 + ENDED_SPAN))):
                return True
    return False


def said_as_a_loss(more: list[str], less: list[str]) -> str | None:
    """The loss word of ``less`` where ``more`` (the version with more negators) says an end ("no longer has",
    "keine ... mehr") and no loss; else None."""
    if not _says_an_end(more) or any(w in LOSS_WORDS for w in more):
        return None
    return next((w for w in less if w in LOSS_WORDS), None)


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
    lost = said_as_a_loss(more, less)
    if lost:
        return lost
    for group in IDIOM_GROUPS:
        # the idiom opens in the words the flag shows or right beside them, not elsewhere in the sentence
        said = next((p for p in group for i in range(max(0, at - 1), at + len(shown) + 1)
                     if less[i:i + len(p.split())] == p.split()), None)
        if said and not any(_holds(more, q) for q in group):
            return said
    return None
