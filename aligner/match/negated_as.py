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
for a negation again, so a second negation elsewhere in the quote is still found.  An entry's marks: "tail:into
account" (the verb's phrase closes after its object: "did not take the evidence into account" = "ignored the
evidence"), "swap:before=until" (a word after it said otherwise: "will not leave prison before the appeal" = "will
stay in prison until the appeal"); after "did" / "does" / "do" the other verb carries the tense, so one word before
the auxiliary must stand before it (rv84-12).
"""
from __future__ import annotations

from .equivalents import _LEX
from .equivalents import stem as _stem

_NEGATORS = ("not", "n't", "nicht")
# words right after the verb that bound how or when it happens, so that the negation says less than the phrase:
# "will not close overnight" (it closes, slowly), "will not close entirely"
_SCOPE_WORDS = frozenset({"overnight", "yet", "soon", "now", "today", "immediately", "altogether", "forever", "for", "until",
                          "before", "ganz", "gänzlich", "vollständig", "sofort", "gleich", "über", "bis", "vor", "endgültig"})
_DO = frozenset({"did", "does", "do"})  # "did not take": the tense is the auxiliary's, the other verb carries it
_NONE_OF = (("a", "single"), ("any",), ("einen", "einzigen"), ("eine", "einzige"))
_ALL_OF = (("every",), ("all", "the"), ("all",), ("each",), ("jede",), ("jeden",), ("alle",))


def _bare(ws: list[str], quantifiers: tuple[tuple[str, ...], ...]) -> list[str]:
    """The stems of ``ws`` without one leading quantifier of ``quantifiers``."""
    for q in quantifiers:
        if tuple(ws[:len(q)]) == q:
            ws = ws[len(q):]
            break
    return [_stem(w) for w in ws]


def _marked(marks: list[str], key: str) -> list[str]:
    """The words of the entry's mark ``key:...`` ("tail:into account" -> ["into", "account"]), [] for none."""
    return next((m[len(key) + 1:].split() for m in marks if m.startswith(key + ":")), [])


def _tail_off(ws: list[str], tail: list[str]) -> list[str] | None:
    """``ws`` without the first ``tail`` in it ("the evidence into account" -> "the evidence"), None if it has none."""
    n = len(tail)
    at = next((i for i in range(len(ws) - n + 1) if ws[i:i + n] == tail), None)
    return None if at is None else ws[:at] + ws[at + n:]


def _after(more: list[str], k: int, marks: list[str]) -> list[str] | None:
    """The words after the negated verb, the entry's tail taken out ("did not take the evidence into account" ->
    "the evidence") and its swapped words written as the other phrase says them ("not leave prison before the
    appeal" -> "prison until the appeal"); None where a tail is listed and not there (rv84-12)."""
    after = more[k + 2:]
    tail = _marked(marks, "tail")
    if tail:
        got = _tail_off(after, tail)
        if got is None:
            return None
        after = got
    swaps = dict(m.split("=") for m in _marked(marks, "swap"))
    return [swaps.get(w, w) for w in after]


def _anchor(more: list[str], k: int) -> tuple[list[str], int]:
    """The stems of the words before the negator that the other phrase must follow, and their count: the two before
    it ("my client will not"), or, after "did" / "does" / "do", the one before that ("the court did not take" /
    "the court ignored": the other verb carries the tense, rv84-12)."""
    if more[k - 1] in _DO and k >= 2:
        return [_stem(more[k - 2])], 1
    return [_stem(w) for w in more[k - 2:k]], 2


def _said_at(more: list[str], k: int, less: list[str], phrase: list[str], marks: list[str]) -> bool:
    """Whether ``less`` says ``phrase`` where ``more`` says its negator ``k`` and the verb after it (see above);
    ``marks``: "quantified" (only with "a single" / "any" against "every" / "all"), "tail:..." and "swap:..."
    (``_after``)."""
    n = len(phrase)
    swapped = {m.split("=")[0] for m in _marked(marks, "swap")}
    if k + 2 < len(more) and (more[k + 2].endswith("ly") or more[k + 2] in _SCOPE_WORDS - swapped):
        return False  # "will not close overnight / entirely" is not "will stay open overnight" (pr37b-3)
    before, m = _anchor(more, k)
    after = _after(more, k, marks)
    if after is None:
        return False
    for p in range(m, len(less) - n + 1):
        if less[p:p + n] == phrase and [_stem(w) for w in less[p - m:p]] == before:
            after_more, after_less = _bare(after, _NONE_OF), _bare(less[p + n:], _ALL_OF)
            if "quantified" in marks and (len(after_more) == len(after) or len(after_less) == len(less) - p - n):
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
                if _said_at(more, k, less, phrase, marks):
                    return more[:k - (more[k - 1] in _DO)] + phrase + (_after(more, k, marks) or [])
    return None
