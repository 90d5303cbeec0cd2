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


# what stands between "without" or "no" and the thing it names ("without the young", "ohne unsere Frauen", "never be
# any peace")
_DETERMINERS = frozenset({"the", "a", "an", "our", "your", "his", "her", "their", "its", "my", "this", "these", "be",
                          "any", "ever", "real", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
                          "unsere", "unser", "unseren"})


def _after(ws: list[str], k: int, is_negator) -> str | None:
    """The first word after ``ws[k]`` that is no determiner and no negator (the thing "without" or "no" names)."""
    return next((w for w in ws[k + 1:k + 5] if w not in _DETERMINERS and not is_negator(w)), None)


def _needs(less: list[str], x: str, y: str, stem) -> bool:
    """Whether ``less`` names ``y`` and says that it needs ``x``: ``x`` after a need word ("Peace requires dialogue")
    or before a needed word ("Dialogue is essential to peace")."""
    stems = [stem(w) for w in less]
    if stem(y) not in stems or stem(x) not in stems:
        return False
    at = stems.index(stem(x))
    data = _data()
    return (any(w in data["need_words"] for w in less[:at])
            or any(w in data["needed_words"] for w in less[at + 1:]))


_ONLY = ("only", "nur")


def _only_with(more: list[str], x_more: int, less: list[str], x: str, y: str, stem, is_negator) -> bool:
    """Whether ``less`` says "only" right before the thing needed ``x`` ("Only arbitration can bring an agreement")
    or before the thing ``y`` with "with" right before ``x`` ("There will only be a deal with a pay rise"), and the
    same words after ``x`` as ``more`` after its ``x`` (at ``x_more``): "no deal without a pay rise" said the other
    way round (rv79-8); "only a deal with a pay cut" stays a negation."""
    stems = [stem(w) for w in less]
    if stem(y) not in stems or stem(x) not in stems:
        return False
    at, y_at = stems.index(stem(x)), stems.index(stem(y))
    from .consistency import STOP

    if any(stem(w) not in stems for w in more[x_more + 1:x_more + 5] if w not in STOP and not is_negator(w)):
        return False
    before = [w for w in less[max(0, at - 3):at] if w not in _DETERMINERS]
    if before[-1:] and before[-1] in _ONLY:
        return True
    return bool(before[-1:]) and before[-1] in ("with", "mit") and y_at < at and any(
        w in _ONLY for w in less[max(0, y_at - 3):y_at])


def needed_without(more: list[str], less: list[str], is_negator, stem) -> str | None:
    """"Without X ... no Y" in ``more`` against ``less`` saying that Y needs X ("Without dialogue there can be no
    peace" / "Peace requires dialogue", "Ohne Dialog gibt es keinen Frieden" / "Frieden braucht Dialog"): the
    double negative says the positive (rv76-20).  Only where ``more`` has exactly two negators, "without" /
    "ohne" and a "no" / "kein" before the thing, and ``less`` none (``_needs``).  "Without new money the school will
    not open" / "The school needs new money and will open" stays a negation (rt36-18)."""
    negs = [k for k, w in enumerate(more) if is_negator(w)]
    if len(negs) != 2 or any(is_negator(w) for w in less):
        return None
    at = [k for k in negs if more[k] in ("without", "ohne")]
    if len(at) != 1:
        return None
    other = next(k for k in negs if k != at[0])
    if more[other] != "no" and not more[other].startswith("kein"):
        return None  # a thing denied ("no peace", "keine Zukunft"), not a verb ("will not open": rt36-18)
    x, y = _after(more, at[0], is_negator), _after(more, other, is_negator)
    if x is None or y is None or not (_needs(less, x, y, stem)
                                      or _only_with(more, more.index(x, at[0]), less, x, y, stem, is_negator)):
        return None
    return f"{more[at[0]]} {x} ... {more[other]} {y}: {y} needs {x}"
