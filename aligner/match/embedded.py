"""A quote inside a quote: a version whose quoted words quote someone else ("Putin told me on the phone:
'Ukraine is not a real state.' Whoever talks like that does not want peace," Scholz said) against another
outlet's version that gives only the inner words, said by the inner person ('Ukraine is not a real state,'
Putin told him).  Nothing was cut from the outer speaker's words, and what he adds around them ("Nobody
believes you") is no negation of them: the two are not one statement, so they are not compared as one.

Only where the two versions' speakers are two named people (no name word in common): a denial that quotes
the denied words ('I never said 'we will cut pensions',' Merz said) against the same speaker's version of
those words ('We will cut pensions,' Merz said) keeps every flag, and so does a pair whose speakers are
unknown.  The shorter version is compared with the inner words only (a changed "not" or figure inside them is
still flagged); the rest of the longer one is said not compared (details "embedded").
"""
from __future__ import annotations

import re

from .consistency import quoted_part, words

# single marks inside a quote: German ‚…‘, English ‘…’ and '…', Swiss/French ›…‹ / ‹…›.  An opening mark stands
# at the start or after a space, a bracket, a colon or a comma, a closing one before the end, a space or
# punctuation; an apostrophe between two letters ("don't", "Merz's") is no mark
_INNER = re.compile(
    r"(?:^|(?<=[\s(:,–—-]))"
    r"(?:‚((?:[^‚‘’']|(?<=\w)['’](?=\w)){3,}?)(?<=\S)[‘’]"
    r"|‘((?:[^‘’]|(?<=\w)’(?=\w)){3,}?)(?<=\S)’"
    r"|'((?:[^']|(?<=\w)'(?=\w)){3,}?)(?<=\S)'"
    r"|›([^›‹]{3,}?)(?<=\S)‹"
    r"|‹([^‹›]{3,}?)(?<=\S)›)"
    r"(?=$|[\s.,;:!?)\-–—])"
)
INNER_MIN_WORDS = 3  # an inner quote has at least this many words (a scare-quoted "experts" is none)
INNER_COVERED = 0.75  # share of the shorter version's words found in the inner quote
OUTER_MIN_WORDS = 3  # words of the longer version outside its inner quote: the outer speaker's own


def inner_quotes(text: str) -> list[str]:
    """The stretches of ``text`` inside single quote marks, of at least ``INNER_MIN_WORDS`` words."""
    found = [next(g for g in m.groups() if g is not None) for m in _INNER.finditer(text)]
    return [f for f in found if len(words(f)) >= INNER_MIN_WORDS]


def _covered(short: list[str], inner: list[str]) -> float:
    left, hit = [w.lower() for w in inner], 0
    for w in short:
        if w.lower() in left:
            left.remove(w.lower())
            hit += 1
    return hit / max(len(short), 1)


def inner_for(short: str, long: str) -> str | None:
    """The inner quote of ``long`` whose words ``short`` gives (``INNER_COVERED``), where ``long`` has
    ``OUTER_MIN_WORDS`` words of its own outside it; else None."""
    ws, wl = words(short), words(long)
    if len(ws) < INNER_MIN_WORDS or len(ws) >= len(wl):
        return None
    for inner in inner_quotes(long):
        wi = words(inner)
        if len(wl) - len(wi) >= OUTER_MIN_WORDS and _covered(ws, wi) >= INNER_COVERED:
            return inner
    return None


def _name_words(name: str | None) -> set[str]:
    return {w.lower().removesuffix("'s") for w in re.findall(r"[^\W\d_][\w'’-]*", name or "") if w[0].isupper()}


def two_people(speaker_a: str | None, speaker_b: str | None) -> bool:
    """Whether two named speakers are two people: both written with capitalised name words and none in
    common ("Olaf Scholz" / "Wladimir Putin"; never "Olaf Scholz" / "Scholz", nor a speaker left unnamed)."""
    na, nb = _name_words(speaker_a), _name_words(speaker_b)
    return bool(na and nb) and not na & nb


def embedded_pair(a: str, b: str) -> tuple[str, str, int] | None:
    """Where one of two versions' quoted words (``quoted_part``) gives only an inner quote of the other's:
    ``(short, inner, i)`` with ``i`` the index (0 = ``a``, 1 = ``b``) of the longer version, else None."""
    qa, qb = quoted_part(a), quoted_part(b)
    for short, long, i in ((qa, qb, 1), (qb, qa, 0)):
        inner = inner_for(short, long)
        if inner is not None:
            return short, inner, i
    return None


def embedded_note(inner: str, outer_speaker: str | None) -> str:
    """What a pair with an inner quote says it did not compare."""
    who = f"{outer_speaker}'s" if outer_speaker else "the outer speaker's"
    return (f"not compared: one version quotes the other's words inside its own ('{inner}'), said by another "
            f"person; only those words were compared with the other version, the rest is {who} own and was not "
            "compared (no truncation, negation, number or speaker flag from it)")
