"""A negated verb said by another verb phrase: "The pool will not close" / "The pool will stay open" (rv75-19).

A closed list (``equivalents.json`` "negated_as"): "not close" = "stay open" / "remain open", "not cut a single" =
"keep every" (with those words only: "will not cut jobs" / "will keep jobs", "must not cut corners" stay as they
were), German "nicht schließen" = "offen halten".  Read only where the two words before the negator are the two
words before the other phrase (the same subject and auxiliary) and every word after the verb is the same in both
versions, but for "a single" / "any" against "every" / "all" ("will not cut a single post" / "will keep every
post").  So "will not close for lorries" / "will stay open only for cars", "will not close on Sunday" / "will stay
open until Sunday", "will not cut spending" / "will keep cutting spending" (other words after it) stay negations,
as do "will not close the account" / "will open the account" (no phrase of the list) and "will not raise" / "will
freeze" (not listed: pr36b-1/3/4/9, rt36-13).  The caller rewrites the negated version with the phrase and looks
for a negation again, so a second negation elsewhere in the quote is still found.
"""
from __future__ import annotations

from .equivalents import _LEX
from .equivalents import stem as _stem

_NEGATORS = ("not", "n't", "nicht")
# words right after the verb that bound how or when it happens, so that the negation says less than the phrase:
# "will not close overnight" (it closes, slowly), "will not close entirely"
_SCOPE_WORDS = frozenset({"overnight", "yet", "soon", "now", "today", "immediately", "altogether", "forever", "for", "until",
                          "before", "ganz", "gänzlich", "vollständig", "sofort", "gleich", "über", "bis", "vor", "endgültig"})
_NONE_OF = (("a", "single"), ("any",), ("einen", "einzigen"), ("eine", "einzige"))
_ALL_OF = (("every",), ("all", "the"), ("all",), ("each",), ("jede",), ("jeden",), ("alle",))


def _bare(ws: list[str], quantifiers: tuple[tuple[str, ...], ...]) -> list[str]:
    """The stems of ``ws`` without one leading quantifier of ``quantifiers``."""
    for q in quantifiers:
        if tuple(ws[:len(q)]) == q:
            ws = ws[len(q):]
            break
    return [_stem(w) for w in ws]


def _said_at(more: list[str], k: int, less: list[str], phrase: list[str], quantified: bool) -> bool:
    """Whether ``less`` says ``phrase`` where ``more`` says its negator ``k`` and the verb after it (see above);
    ``quantified``: only with "a single" / "any" against "every" / "all"."""
    n = len(phrase)
    if k + 2 < len(more) and (more[k + 2].endswith("ly") or more[k + 2] in _SCOPE_WORDS):
        return False  # "will not close overnight / entirely" is not "will stay open overnight" (pr37b-3)
    before = [_stem(w) for w in more[k - 2:k]]
    for p in range(2, len(less) - n + 1):
        if less[p:p + n] == phrase and [_stem(w) for w in less[p - 2:p]] == before:
            after_more, after_less = _bare(more[k + 2:], _NONE_OF), _bare(less[p + n:], _ALL_OF)
            if quantified and (len(after_more) == len(more) - k - 2 or len(after_less) == len(less) - p - n):
                return False
            return after_more == after_less
    return False


def negated_as(more: list[str], less: list[str]) -> list[str] | None:
    """``more`` (the version with the negator) with "not close" written as the phrase ``less`` says for it ("stay
    open"), when a listed pair stands as above; None otherwise."""
    for k in range(2, len(more) - 1):
        if more[k] not in _NEGATORS:
            continue
        for verbs, phrases, *marks in _LEX["negated_as"]:
            if more[k + 1] not in verbs:
                continue
            for phrase in (p.split() for p in phrases):
                if _said_at(more, k, less, phrase, "quantified" in marks):
                    return more[:k] + phrase + more[k + 2:]
    return None
