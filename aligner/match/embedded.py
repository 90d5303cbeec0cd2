"""A quote inside a quote: a version that quotes someone else's words inside its own ("Putin told me
on the phone: 'Ukraine is not a real state.' Whoever talks like that does not want peace" / „Herr Merz,
Sie haben gesagt, ‚wir werden die Schuldenbremse nicht aufweichen‘. Das glaubt Ihnen niemand“).

Another version that gives only the inner words ("Ukraine is not a real state.") quotes the inner
speaker, not a cut of the outer one: nothing was left out of the outer speaker's words and nothing the
outer speaker adds around them ("Nobody believes you") is a negation of them.  Such a pair is compared on
the inner words only (``embedded_quote``): a changed "not" or figure inside them is still flagged, the
outer speaker's own words are neither a truncation nor a negation.
"""
from __future__ import annotations

import re

from .consistency import words

# single marks inside a quote: German ‚…‘, English ‘…’ and '…', Swiss/French ›…‹ / ‹…›.  An opening mark
# stands at the start or after a space, a bracket, a colon or a comma; a closing one follows a word or a
# stop and stands before the end, a space or punctuation.  An apostrophe between two letters ("don't",
# "Merz's" never opens: no space before it) is no mark.
_INNER = re.compile(
    r"(?:^|(?<=[\s(:,–—-]))"
    r"(?:‚((?:[^‚‘’']|(?<=\w)['’](?=\w)){3,}?)(?<=\S)[‘’]"
    r"|‘((?:[^‘’]|(?<=\w)’(?=\w)){3,}?)(?<=\S)’"
    r"|'((?:[^']|(?<=\w)'(?=\w)){3,}?)(?<=\S)'"
    r"|›([^›‹]{3,}?)(?<=\S)‹"
    r"|‹([^‹›]{3,}?)(?<=\S)›)"
    r"(?=$|[\s.,;:!?)\-–—])"
)

# an inner quote is a quote of at least this many words (a scare-quoted term, "so-called 'experts'", is not)
INNER_MIN_WORDS = 3
# the share of the other version's words that the inner quote holds: it gives the inner words, at most a
# word or two of its own around them (a stop word, a translation's choice)
INNER_COVERED = 0.75
# the words of the outer quote outside its inner one: the outer speaker's own words
OUTER_MIN_WORDS = 3


def inner_quotes(text: str) -> list[str]:
    """The stretches of ``text`` (one version's quoted words) inside single quote marks, of at least
    ``INNER_MIN_WORDS`` words."""
    found = [next(g for g in m.groups() if g is not None) for m in _INNER.finditer(text)]
    return [f for f in found if len(words(f)) >= INNER_MIN_WORDS]


def _covered(short: list[str], inner: list[str]) -> float:
    left = list(inner)
    hit = 0
    for w in short:
        if w in left:
            left.remove(w)
            hit += 1
    return hit / len(short)


def inner_for(short: str, long: str) -> str | None:
    """The inner quote of ``long`` that ``short`` gives (``INNER_COVERED`` of its words), where ``long``
    has ``OUTER_MIN_WORDS`` words of its own outside it; else None."""
    ws, wl = words(short), words(long)
    if len(ws) < INNER_MIN_WORDS or len(ws) >= len(wl):
        return None
    for inner in inner_quotes(long):
        wi = words(inner)
        if len(wl) - len(wi) >= OUTER_MIN_WORDS and _covered(ws, wi) >= INNER_COVERED:
            return inner
    return None


def embedded_quote(a: str, b: str) -> tuple[str, str, str] | None:
    """``(a, b, note)`` with the longer one of the two quoted texts replaced by the inner quote that the
    shorter one gives (``inner_for``), and the note that says so; None where neither holds the other's
    words as a quote of its own."""
    for short, long, a_long in ((a, b, False), (b, a, True)):
        inner = inner_for(short, long)
        if inner is not None:
            note = (f"one version quotes the other's words inside its own ('{inner}'): compared with those "
                    "words only; the rest is its speaker's own, no truncation of them")
            return (inner, b, note) if a_long else (a, inner, note)
    return None
