"""A quote that opens with a negative pronoun, or "no" / "kein" + noun, against the same quote opening with a positive
one: "No one in this city will ever forget" / "Everyone in this city will ever forget", "No one was hurt" / "Only one
was hurt", "Kein Soldat wurde verletzt" / "Ein Soldat wurde verletzt", "Nichts wurde gestohlen" / "Alles wurde
gestohlen".  ``consistency.negation_flip`` anchors a negator on the word before it, which an opening negator lacks.

The statement is one turned round only where the rest of the two versions is the same statement: the words after the
opening are the same, word for word (stems), and the version without the negator says no negation in other words
there ("None of the money has arrived yet" / "All of the money has yet to arrive": "yet to" is the negation; "failed
to", "still to", "noch": the same).  Only where the versions hold different numbers of negators (``negation_flip``'s
own precondition): "Not everyone agreed" / "No one agreed" hold one each and never come here.
"""

from __future__ import annotations

# the negative opening word and the kind of thing it says none of
_NEGATIVE = {
    "nobody": "person", "no-one": "person", "noone": "person", "niemand": "person", "keiner": "person",
    "nothing": "thing", "nichts": "thing", "none": "part",
}
# the positive openings that stand against each kind ("one" / "ein" + noun: a count of one against none)
_POSITIVE = {
    "person": {"everyone", "everybody", "someone", "somebody", "one", "jeder", "jemand", "alle", "einer"},
    "thing": {"everything", "something", "alles", "etwas"},
    "part": {"all", "some", "each", "both", "most", "many", "one"},
    "noun": {"some", "all", "every", "each", "many", "most", "several", "a", "an", "one", "alle", "jeder", "jede",
             "jedes", "einige", "viele", "manche", "mehrere", "ein", "eine", "einen", "einem", "einer"},
}
# a word before the positive opening that keeps its sense ("Only one was hurt" / "No one was hurt": one against none)
_ONLY = {"only", "just", "nur", "lediglich"}
# words that, in the version without the negator, say the negation in other words ("has yet to arrive", "is still to
# come", "ist noch nicht"): the statement is not turned round
_SAID_OTHERWISE = {"yet", "still", "noch", "erst"}
# "no" / "kein" + one of these opens a set phrase, not a count of none ("No doubt ...", "No wonder ...", "Keine Frage")
_SET_PHRASES = {"doubt", "wonder", "matter", "way", "question", "problem", "kidding", "comment", "thanks", "zweifel",
                "wunder", "frage", "ahnung", "sorge", "angst"}
OPENING_SAME_AFTER = 2  # the fewest words after the opening, the same in both, for the opening to be compared


def _opening(ws: list[str]) -> tuple[str, int] | None:
    """(the kind of the negative opening of ``ws``, the number of its words), or None."""
    from .consistency import _KEIN, STOP, is_negator

    if ws[:2] == ["no", "one"]:
        return "person", 2
    if ws and ws[0] in _NEGATIVE:
        return _NEGATIVE[ws[0]], 1
    if len(ws) > 1 and (ws[0] == "no" or _KEIN.match(ws[0])) and not is_negator(ws[1]) and ws[1] not in STOP \
            and ws[1] not in _SET_PHRASES:
        return "noun", 1
    return None


def _rest_same(after_more: list[str], after_less: list[str]) -> bool:
    """The words after the two openings say the same: as many, each of the same stem, and none of ``after_less`` a
    negator, a denying word or a word that says the negation otherwise (``_SAID_OTHERWISE``)."""
    from .consistency import _stem, denies, is_negator

    if len(after_more) < OPENING_SAME_AFTER or len(after_more) != len(after_less):
        return False
    if any(is_negator(w) or denies(w) or w in _SAID_OTHERWISE for w in after_less):
        return False
    return [_stem(w) for w in after_more] == [_stem(w) for w in after_less]


def opening_flip(more: list[str], less: list[str], more_is_a: bool) -> str | None:
    """``more`` opens negative (``_opening``) where ``less`` opens with a positive word of the same kind, and the rest
    of the two is the same (``_rest_same``): the statement turned round.  "Nothing is impossible" / "Everything is
    possible" and "No one will forget" / "Everyone will remember" differ after the opening and stay quiet."""
    found = _opening(more)
    if found is None or not less:
        return None
    kind, n = found
    lead = 1 if less[0] in _ONLY and len(less) > 1 else 0
    if less[lead] not in _POSITIVE[kind]:
        return None
    if kind == "noun":  # "no soldier" / "a soldier": the noun the same
        from .consistency import _stem

        if len(less) < lead + 2 or _stem(less[lead + 1]) != _stem(more[1]):
            return None
        n, m = 2, lead + 2
    else:
        m = lead + 1
    if not _rest_same(more[n:], less[m:]):
        return None
    shown_more, shown_less = " ".join(more[:n + 2]), " ".join(less[:m + 2])
    a, b = (shown_more, shown_less) if more_is_a else (shown_less, shown_more)
    return f"'{a}' vs '{b}'"
