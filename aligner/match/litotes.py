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
        other = _antonym_said(more, k, less) or _could_not_be(more, k, less) or _nothing_but(more, k, less)
        if other is not None:
            spent += 1
            said.append(other)
            continue
        nxt = more[k + 1] if k + 1 < len(more) else ""
        antonym = next((a for a, b in _data()["antonyms"].items() if b == nxt and a in less), None)
        if antonym is not None and nxt not in less:
            spent += 1
            said.append(f"{antonym} / {w} {nxt}")
    return "; ".join(said) if said and spent == surplus else None


# German adjective endings: "leichte", "schwierigen" are the lexicon's "leicht", "schwierig"
_GERMAN_ENDINGS = ("en", "em", "er", "es", "e")


def _forms(w: str) -> set[str]:
    """``w`` and the lexicon word it is a form of ("closely" -> "close", "leichte" -> "leicht")."""
    from .equivalents import _listed

    return {w, _listed(w)} | {w[:-len(e)] for e in _GERMAN_ENDINGS if w.endswith(e) and len(w) - len(e) >= 4}


def _next_content(ws: list[str], start: int) -> str | None:
    """The first word from ``start`` on (within three) that is no function word, None where the version ends first."""
    from .consistency import STOP

    return next((x for x in ws[start:start + 3] if x not in STOP), None)


def _antonym_said(more: list[str], k: int, less: list[str]) -> str | None:
    """"not far from the limit" / "close to the limit", "keine leichte Entscheidung" / "eine schwierige
    Entscheidung": the negator ``more[k]`` (and an article) before a word of the antonym lexicon
    (``equivalents.ANTONYMS``), where ``less`` says one of its antonyms with the same words around it: the word before
    the negator within three words before it, the next content word after it (or the end of both), no negator near
    it, and not the negated word itself anywhere ("not far" / "far" stays a negation).  Its words, else None (rv83-14,
    rv81-9)."""
    from .consistency import _stem, is_negator
    from .equivalents import ANTONYMS

    j = k + 1 + (more[k + 1:k + 2] != [] and more[k + 1] in _data()["antonym_articles"])
    if k == 0 or j >= len(more):
        return None
    forms = _forms(more[j])
    opposites = set().union(*(ANTONYMS.get(f, frozenset()) for f in forms))
    if not opposites or any(_forms(x) & forms for x in less):
        return None
    after = _next_content(more, j + 1)
    for p, y in enumerate(less):
        near = less[max(0, p - 3):p]
        if not _forms(y) & opposites or any(is_negator(x) for x in near) or _stem(more[k - 1]) not in map(_stem, near):
            continue
        there = _next_content(less, p + 1)
        if (after is None) == (there is None) and (after is None or _stem(after) in map(_stem, less[p + 1:p + 5])):
            return f"{y} / {' '.join(more[k:j + 1])}"
    return None


# words after a comparative that make it the most there is ("happier than ever", "glücklicher denn je")
_MOST_AROUND = frozenset({"than", "als", "denn", "ever", "je"})


def _comparative(w: str) -> bool:
    return len(w) >= 5 and w.endswith("er") or w in ("better", "worse", "besser", "more", "mehr")


def _could_not_be(more: list[str], k: int, less: list[str]) -> str | None:
    """"I could not be happier" / "I am happier than ever", "Ich könnte nicht glücklicher sein" / "Ich bin glücklicher
    denn je": the modal, the negator and a comparative with no "than" after it say the most there is, where ``less``
    says the comparative (its first four letters) and no modal before it ("I could be happier" stays a negation).
    Its words, else None (rv81-9)."""
    spec = _data()["could_not_be"]
    if k == 0 or more[k - 1] not in spec["modals"]:
        return None
    gap = next((len(a) for a in spec["after"] if more[k + 1:k + 1 + len(a)] == a), 0)
    at = k + 1 + gap
    word = more[at] if at < len(more) else ""
    if not _comparative(word) or (more[at + 1:at + 2] and more[at + 1] in ("than", "als")):
        return None
    if not gap and more[at + 1:at + 2] != spec["after_de"][:1]:
        return None
    for p, y in enumerate(less):
        if y[:4] == word[:4] and not any(x in spec["modals"] or x in ("can", "kann") for x in less[max(0, p - 3):p]) and (
                any(x in _MOST_AROUND for x in less[p + 1:p + 5]) or any(x in ("never", "nie") for x in less[max(0, p - 3):p])):
            return " ".join(more[k - 1:at + 1])  # "happier than ever", "never been happier"; not "It was murder" (rt38-13)
    return None


def _nothing_but(more: list[str], k: int, less: list[str]) -> str | None:
    """"nothing short of a miracle" / "a miracle", "nothing less than a triumph" / "a triumph": "nothing" and the
    words that stress what follows (not a figure: "nothing less than 31" is the number flag's), where ``less`` says
    the next content word and neither "short" nor "less".  Its words, else None (rv81-9)."""
    if more[k] != "nothing":
        return None
    stress = next((s for s in _data()["nothing_but"] if more[k + 1:k + 1 + len(s)] == s), None)
    if stress is None:
        return None
    what = _next_content(more, k + 1 + len(stress))
    if what is None or what[:1].isdigit() or what not in less or any(x in less for x in stress[:1]):
        return None
    return " ".join(more[k:k + 1 + len(stress)])
