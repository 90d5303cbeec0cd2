"""Bounds on an amount, for the negation flag: "at most 200", "not more than 200", "no
more than 200" and "höchstens 200" / "nicht mehr als 200" say one thing (an upper bound),
"at least 200" / "not less than 200" / "mindestens 200" / "nicht weniger als 200" another
(a lower bound); "more than 200" / "mehr als 200" and "less than 200" / "weniger als 200"
are the strict bounds the other way.

The negator of a negated bound ("not more than 200") denies no statement: :func:`plain`
writes such a bound as its positive form ("at most 200"), so that the negation rules do
not read "at most 200" / "not more than 200" as a negation.  :func:`opposite_bound` finds
one amount bounded from opposite sides in the two versions ("at most 200" / "more than
200", "at least 200" / "fewer than 200"): two claims that cannot both hold.  Only before
a figure or a number word ("not more than a gesture" is left as it is)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .equivalents import ARTICLES, NUMBER_WORDS
from .equivalents import stem as _stem

AT_MOST, AT_LEAST, MORE_THAN, LESS_THAN = "at most", "at least", "more than", "less than"

# the bound words before an amount and the bound they set, by the words' number
_PHRASES: dict[tuple[str, ...], str] = {
    ("at", "most"): AT_MOST, ("höchstens",): AT_MOST, ("maximal",): AT_MOST,
    ("at", "least"): AT_LEAST, ("mindestens",): AT_LEAST, ("wenigstens",): AT_LEAST,
    ("more", "than"): MORE_THAN, ("mehr", "als"): MORE_THAN,
    ("less", "than"): LESS_THAN, ("fewer", "than"): LESS_THAN, ("weniger", "als"): LESS_THAN,
    ("over",): MORE_THAN, ("über",): MORE_THAN, ("under",): LESS_THAN, ("unter",): LESS_THAN,
}
# bounds read only where the two versions differ in nothing else (``turned_bound``): "up to 200" is also "went up
# to 200" (a level reached), so no bound against a version worded otherwise
_WEAK_PHRASES: dict[tuple[str, ...], str] = {("up", "to"): "at most", ("bis", "zu"): "at most"}
# bound words read as a bound only where denied ("not over 200" = "at most 200"): alone they are as often
# a place or a span as a bound ("spread over 3 years", "unter 18 Jahren")
_DENIED_ONLY = frozenset({("over",), ("über",), ("under",), ("unter",)})
# a strict bound denied is the other bound: "not more than" = "at most"
_DENIED = {MORE_THAN: AT_MOST, LESS_THAN: AT_LEAST}
# the positive words of a denied bound, by the comparative's language
_WRITTEN = {("more", AT_MOST): ["at", "most"], ("less", AT_LEAST): ["at", "least"], ("fewer", AT_LEAST): ["at", "least"],
            ("mehr", AT_MOST): ["höchstens"], ("weniger", AT_LEAST): ["mindestens"],
            ("over", AT_MOST): ["at", "most"], ("under", AT_LEAST): ["at", "least"],
            ("über", AT_MOST): ["höchstens"], ("unter", AT_LEAST): ["mindestens"]}
# two bounds that cannot both hold of one amount
_OPPOSITE = {(AT_MOST, MORE_THAN), (MORE_THAN, AT_MOST), (AT_LEAST, LESS_THAN), (LESS_THAN, AT_LEAST),
             (MORE_THAN, LESS_THAN), (LESS_THAN, MORE_THAN)}
# the negators that deny a bound: "never more than 200" and "keinesfalls mehr als 200" are "at most 200" too; the
# one set for a denied bound (here), a denied rounding hedge (``rounding``) and a negated denial verb (``cues``).
# Not "kein" / "keine": it denies the noun after it ("keine mehr als 200 Euro teure Zahlung" / "eine mehr als 200
# Euro teure Zahlung" is a negation, not "at most")
NEGATORS = frozenset(("not", "no", "n't", "never", "nicht", "nie", "niemals", "keinesfalls", "keineswegs"))
DENIED_GAP = 2  # words between the negator and its bound: "will not cut more than 200"
# words that, between the negator and the bound, make it govern something else ("not only more than", "not that")
_NOT_IN_GAP = frozenset("only just merely that if because but nur dass ob weil wenn sondern".split())
NEAR = 6  # words after the amount read for a content word both versions share


@dataclass(frozen=True)
class Bound:
    """A bound in a word list: its words ``start:end`` (the negator included), the amount's place and the bound."""

    start: int
    end: int
    amount: int
    kind: str
    negator: int | None
    own: int = -1  # where the bound's own words start ("more than" of "not more than 200")
    negator_end: int = -1  # after the negator's words


def _amount(w: str, articles: bool = False) -> bool:
    # not "one" / "ein" (unless ``articles``): read as a bound where the other version writes "a year" / "under a
    # year", the bound's negator was dropped on one side only (calibrate_negation WMT23: 3 more false alarms)
    return w[:1].isdigit() or w in NUMBER_WORDS and (articles or w not in ARTICLES)


def _denier(ws: list[str], k: int) -> tuple[int, int] | None:
    """The negator that denies the bound starting at ``k`` (right before it, or ``DENIED_GAP`` words before), as
    the start and end of its words.  Not "auf keinen Fall": against "auf jeden Fall mehr als 200" the words
    before the bound differ, the bounds are not compared, and the rewritten one hid the change."""
    for d in range(1, DENIED_GAP + 2):
        if k - d < 0 or ws[k - d] in _NOT_IN_GAP:
            return None
        if ws[k - d] in NEGATORS:
            return k - d, k - d + 1
    return None


def bounds(ws: list[str], articles: bool = False, weak: bool = False) -> list[Bound]:
    """The bounds set on an amount in ``ws`` (words of ``consistency.words``); ``articles``: "one" / "ein" read
    as an amount too; ``weak``: "up to" / "bis zu" and "over" / "under" not denied read too (``turned_bound``)."""
    out: list[Bound] = []
    phrases = {**_PHRASES, **_WEAK_PHRASES} if weak else _PHRASES
    for k in range(len(ws)):
        for phrase, kind in phrases.items():
            end = k + len(phrase)
            if tuple(ws[k:end]) != phrase or end >= len(ws) or not _amount(ws[end], articles):
                continue
            neg = _denier(ws, k) if kind in _DENIED else None
            if neg is None and phrase in _DENIED_ONLY and not weak:
                continue
            if neg is None:
                out.append(Bound(k, end, end, kind, None, k, k))
            else:
                out.append(Bound(neg[0], end, end, _DENIED[kind], neg[0], k, neg[1]))
    return out


def same_side(xs: list[str], ys: list[str]) -> bool:
    """``xs`` and ``ys`` are each the words of one bound (``_PHRASES``, "up to" / "bis zu") that keep an amount on
    the same side of a figure: "at least" / "more than" / "over", "at most" / "less than" / "up to" (rv63-19)."""
    phrases = {**_PHRASES, **_WEAK_PHRASES}
    kx, ky = phrases.get(tuple(xs)), phrases.get(tuple(ys))
    return kx is not None and ky is not None and ({kx, ky} <= _UPPER or {kx, ky} <= _LOWER)


def plain(ws: list[str], other: list[str]) -> list[str]:
    """``ws`` with each denied strict bound written as the bound it says ("not more than 200" -> "at most
    200", "nicht mehr als 200" -> "höchstens 200").  A negator words before the bound ("will not cut more
    than 200" -> "will cut at most 200") only where the ``other`` version sets that bound on that amount:
    the words drop punctuation, and "will not cut jobs, more than 200 people retire" denies the cut; "not
    over 200" / "nicht über 200" only so (``_DENIED_ONLY``: "not over 200" / "over 200" stays a negation)."""
    theirs = {(b.kind, _stem(other[b.amount])) for b in bounds(other, articles=True)}
    found = [b for b in bounds(ws, articles=True) if b.negator is not None
             and (b.negator_end == b.own and tuple(ws[b.own:b.amount]) not in _DENIED_ONLY and _amount(ws[b.amount])
                  or (b.kind, _stem(ws[b.amount])) in theirs)]
    if not found:
        return ws
    out: list[str] = []
    k = 0
    for b in found:
        out += ws[k:b.start] + ws[b.negator_end:b.own] + _WRITTEN[(ws[b.own], b.kind)]
        k = b.end
    return out + ws[k:]


def _before(ws: list[str], b: Bound) -> str | None:
    """The word right before the bound's own words, the negator left out ("cut" of "will not cut more
    than 200", "will cut not more than 200" and "will cut at most 200"), as a stem; None at the start."""
    at = b.own - 1
    if at == b.negator_end - 1 and b.negator is not None:
        at = b.negator - 1
    return _stem(ws[at]) if at >= 0 else None


def _content_stems(ws: list[str]) -> set[str]:
    return {_stem(w) for w in ws if len(w) > 3 and w.isalpha()}


def _shared_near(wa: list[str], x: Bound, wb: list[str], y: Bound) -> bool:
    """Whether the two bounded amounts are said of one thing: a content word of the ``NEAR`` words after
    the amount in both ("200 jobs" / "200 jobs"); where the amount ends the statement in both (no content
    word after it in either: "the deaths are not more than 50." / "the deaths are more than 50."), a
    content word of the ``NEAR`` words before the bound in both, or the same words before it ("it is not
    more than 50." / "it is more than 50.")."""
    after_a, after_b = _content_stems(wa[x.amount + 1:x.amount + 1 + NEAR]), _content_stems(wb[y.amount + 1:y.amount + 1 + NEAR])
    if after_a or after_b:
        return bool(after_a & after_b)
    before_a, before_b = _words_before(wa, x), _words_before(wb, y)
    return _content_stems(before_a) & _content_stems(before_b) != set() or before_a == before_b != []


def _words_before(ws: list[str], b: Bound) -> list[str]:
    """The ``NEAR`` words before the bound's own words ("more than", "at most"), its negator left out."""
    return [w for i, w in enumerate(ws[max(0, b.own - NEAR):b.own], max(0, b.own - NEAR))
            if not (b.negator is not None and b.negator <= i < b.negator_end)]


def opposite_bound(wa: list[str], wb: list[str], apart: Callable[[list[str], list[str]], bool]) -> str | None:
    """One amount bounded from opposite sides in the two versions ("at most 200 jobs" / "more than 200
    jobs", "nicht weniger als 200" / "weniger als 200"): the same amount, a content word of the
    ``NEAR`` words after it in both, and no other difference the negation measure reads
    (``apart``: the words around each, negators apart) near it."""
    for x in bounds(wa):
        for y in bounds(wb):
            if (x.kind, y.kind) not in _OPPOSITE or _stem(wa[x.amount]) != _stem(wb[y.amount]):
                continue
            if _before(wa, x) != _before(wb, y):
                continue  # "should not pay more than 2 euros" / "is far more than 2 euros": two statements
            if not _shared_near(wa, x, wb, y):
                continue
            around_a = [w for i, w in enumerate(wa[max(0, x.start - 3):x.amount + 3], max(0, x.start - 3))
                        if not x.start <= i < x.negator_end]
            around_b = [w for i, w in enumerate(wb[max(0, y.start - 3):y.amount + 3], max(0, y.start - 3))
                        if not y.start <= i < y.negator_end]
            if apart(around_a, around_b):
                continue
            shown_a = " ".join(wa[max(0, x.start - 2):x.amount + 2])
            shown_b = " ".join(wb[max(0, y.start - 2):y.amount + 2])
            return f"'{shown_a}' vs '{shown_b}' (opposite bound)"
    return None


# the bounds that keep an amount below a figure and those that keep it above: "at most 200" / "at least 200",
# "up to 200" / "over 200"
_UPPER, _LOWER = frozenset({AT_MOST, LESS_THAN}), frozenset({AT_LEAST, MORE_THAN})


def _outside(ws: list[str], b: Bound) -> list[str]:
    """``ws`` without the bound's negator and its own words ("we will never spend more than 200 euros" -> "we
    will spend 200 euros"), as stems."""
    return [_stem(w) for i, w in enumerate(ws)
            if not (b.negator is not None and b.negator <= i < b.negator_end or b.own <= i < b.amount)]


def _same_denial(wa: list[str], x: Bound, wb: list[str], y: Bound) -> bool:
    """Whether each bound's negator, if any, stands right before its words ("not more than 200"), or both
    bounds are denied by the same word ("will never spend more than" / "will never spend less than"): "the war
    is not over for more than one million" denies "over", not the bound (``negation_flip``'s)."""
    if x.negator is not None and y.negator is not None:
        return wa[x.negator] == wb[y.negator]
    return all(b.negator is None or b.negator_end == b.own for b in (x, y))


def turned_bound(wa: list[str], wb: list[str]) -> str | None:
    """A bound turned into its opposite on the same figure, the two versions the same words otherwise (their
    negators too: "we will never spend more than 200" / "we will never spend less than 200", "at most 200" /
    "at least 200", "no more than" / "no less than", "up to" / "at least", "over" / "under", "höchstens" /
    "mindestens"): one says the amount lies below the figure, the other above it.  Versions worded otherwise
    are not compared here (``opposite_bound`` reads the strict pairs there)."""
    for x in bounds(wa, articles=True, weak=True):
        for y in bounds(wb, articles=True, weak=True):
            if {x.kind, y.kind} & _UPPER and {x.kind, y.kind} & _LOWER and _stem(wa[x.amount]) == _stem(wb[y.amount]) \
                    and _outside(wa, x) == _outside(wb, y) and _same_denial(wa, x, wb, y):
                said_a, said_b = " ".join(wa[x.start:x.amount + 1]), " ".join(wb[y.start:y.amount + 1])
                return f"'{said_a}' vs '{said_b}' (the bound turned into its opposite on the same figure)"
    return None


# --- "not X until Y" says "only X when Y" -------------------------------------------------------------
# A condition said two ways: "We will not withdraw until every hostage is home" / "We will only withdraw
# when (once) every hostage is home", German "erst ..., wenn" rendered either way, "not ... unless" / "only
# ... if".  The negator of the first is no negation of the second.
_UNTIL = frozenset(("until", "till", "til", "unless", "before", "bis", "bevor", "ehe"))
_ONLY = frozenset(("only", "erst"))
_WHEN = frozenset(("when", "once", "after", "if", "wenn", "sobald", "nachdem", "falls"))
# the words that negate a verb ("did not deny", "will not withdraw until"): not "no" ("no talks until", "there is no
# denying" name no negated verb); the cue reader's negated denials read them too (cues)
VERB_NEGATORS = frozenset(("not", "n't", "never", "nicht", "nie", "niemals"))
_NOT_UNTIL = VERB_NEGATORS
# words after "once" that make it "one time", not "when" ("met him once before the summit", "once again"; pr31b-15)
_ONE_TIME_AFTER = frozenset(("before", "after", "in", "again", "more", "or", "and", "too", "already", "ago", "since", "during"))
UNTIL_GAP = 8  # words from the negator (or "only") to "until" (or "when"): one clause


def _pair_at(ws: list[str], first: frozenset[str], second: frozenset[str]) -> tuple[int, int] | None:
    """The first word of ``first`` with a word of ``second`` at most ``UNTIL_GAP`` words after it and no negator,
    "only" or second ``first`` word between ("not only ... when" is no "only ... when")."""
    for i, w in enumerate(ws):
        if w not in first or (w in _ONLY and i and ws[i - 1] in NEGATORS) or (i + 1 < len(ws) and ws[i + 1] in _ONLY):
            continue
        for j in range(i + 1, min(len(ws), i + UNTIL_GAP + 1)):
            if ws[j] in second and not (ws[j] == "once" and (j + 1 == len(ws) or ws[j + 1] in _ONE_TIME_AFTER)):
                return i, j
            if ws[j] in NEGATORS or ws[j] in _ONLY or ws[j] in first:
                break
    return None


def until_as_only(ws: list[str], other: list[str]) -> list[str]:
    """``ws`` with "not X until Y" written as the "only X when Y" of ``other``, where ``other`` says it so (the
    negator as ``other``'s "only", "until" as its "when") and both give the condition in the same words (up to
    ``UNTIL_GAP`` of them); ``ws`` as it is otherwise."""
    mine, theirs = _pair_at(ws, _NOT_UNTIL, _UNTIL), _pair_at(other, _ONLY, _WHEN)
    if mine is None or theirs is None:
        return ws
    (i, j), (k, m) = mine, theirs
    if ws[j + 1:j + 1 + UNTIL_GAP] != other[m + 1:m + 1 + UNTIL_GAP]:
        return ws  # the conditions differ ("until the fighters left it" / "when they were still in it", rt31-13): compared as written
    return ws[:i] + [other[k]] + ws[i + 1:j] + [other[m]] + ws[j + 1:]
