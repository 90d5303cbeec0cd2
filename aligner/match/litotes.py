"""Litotes: a negator before a negative word says the plain positive, no negation.

"The man is no stranger to us" / "The man is known to us", "nicht unerheblich" / "considerable", "not without
danger" / "dangerous": the version with the negators says by a double negative what the other says plainly.  And a
word can say "not X" by itself: "My client is innocent" / "My client is not guilty".  Such a pair differs in its
words, not in what it asserts: worth a look, not a negation flag (rv72-30).

Only where the negators the litotes spends are all the negators the one version has more than the other, the other
version says the plain positive (``_says_positive``: "not insignificant" / "negligible" is a negation), and does not
say the negative word itself ("no stranger" / "a stranger", "not unknown" / "unknown",
"not guilty" / "guilty" stay negation flags).  The words are package data, ``aligner/match/litotes.json``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

_ARTICLES = {"a", "an", "ein", "eine", "einer", "eines", "einen"}


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(files("aligner.match").joinpath("litotes.json").read_text(encoding="utf-8"))


def _spent(more: list[str], k: int) -> tuple[int, int] | None:
    """(negators spent, the place of the negative word) where the negator ``more[k]`` opens a litotes: "no stranger", "kein
    Unbekannter", "not without danger", "nicht ohne Risiko"; None otherwise."""
    data = _data()
    j = k + 1
    if more[j:j + 1] and more[j] in _ARTICLES:
        j += 1
    nxt = more[j] if j < len(more) else ""
    if nxt in data["negative_words"] and (nxt != "ruled" or more[j + 1:j + 2] == ["out"]):
        return 1, j  # "not ruled out" / "possible" (rv80-28), not "has not ruled on"
    if nxt in ("without", "ohne"):
        j += 1
        if more[j:j + 1] and more[j] in _ARTICLES:
            j += 1
        if j < len(more) and more[j] in data["without_words"]:
            return 2, j
    return None


_PREFIXES = ("non", "un", "in", "im", "ir")


def _says_positive(negative: str, less: list[str]) -> bool:
    """Whether ``less`` says the plain positive of ``negative`` (the word after the litotes' negator, or after its
    "without"): the word without its negative prefix ("insignificant": "significant…", "unbekannt": "bekannt…"), or
    one of the positives listed for it ("stranger": "known", "negligible": "considerable"). Another word for the
    negative ("not insignificant" / "negligible", "nicht ungefährlich" / "harmlos") is no positive: a negation."""
    listed = _data()["positives"].get(negative, [])
    stems = [negative[len(p):] for p in _PREFIXES if negative.startswith(p) and len(negative) - len(p) >= 4]
    return any((w in listed or any(w.startswith(s) for s in stems)) and not (k and less[k - 1] in _SOFT_NEGATORS)
               for k, w in enumerate(less))


# words that deny the positive right after them ("alles andere als erheblich", "far from significant", "anything but
# known", "hardly significant", "kaum bekannt"): no plain positive (pr35b-13)
_SOFT_NEGATORS = frozenset({"als", "from", "but", "hardly", "barely", "scarcely", "little", "less", "kaum", "wenig"})


def litotes(more: list[str], less: list[str], is_negator, surplus: int) -> str | None:
    """The litotes (its words) that spends all ``surplus`` negators ``more`` has over ``less`` (both lowered
    ``words``), where ``less`` says the plain positive: not the negative word itself; or the antonym ``less`` says
    for the negated word of ``more`` ("innocent" for "not guilty").  None otherwise."""
    said: list[str] = []
    spent = 0
    for k, w in enumerate(more):
        if not is_negator(w) or (k and is_negator(more[k - 1]) and more[k] in ("without", "ohne")):
            continue
        got = _spent(more, k)
        if got is not None and more[got[1]] not in less and _says_positive(more[got[1]], less):
            spent += got[0]
            said.append(" ".join(more[k:got[1] + 1]))
            continue
        nxt = more[k + 1] if k + 1 < len(more) else ""
        antonym = next((a for a, b in _data()["antonyms"].items() if b == nxt and a in less), None)
        if antonym is not None and nxt not in less:
            spent += 1
            said.append(f"{antonym} / {w} {nxt}")
    return "; ".join(said) if said and spent == surplus else None
