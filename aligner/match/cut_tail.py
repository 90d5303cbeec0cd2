"""A negator only in the tail that one version cuts off (rv77-3).

"The strongest winds will arrive after midnight, not before" / "The strongest winds will arrive after
midnight": the shorter version gives the longer one's words up to a comma (or a dash) and leaves out the
tail after it, and that tail opens with the only negator of the longer version ("not before", "no matter
how long it takes", "nicht vorher").  The two agree on what both say; the negator is in the part one of
them lacks, so it is a cut (the truncation measure's), not a negation.  Narrow on purpose: the tail must
open with the negator (so "Taxes will rise, I don't believe that", a tail that denies what comes before,
is still compared whole), it must not be a bare denial ("..., not true", "..., nicht wahr"), and without
the comma the tail is compared as it is (German "Wir erhöhen die Steuern nicht" is a negation).
"""
from __future__ import annotations

import difflib
import re

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|n't|[^\w\s]", re.UNICODE)
_BREAKS = {",", "-", "–", "—"}
# a tail of a negator and one of these denies the words before it ("..., not true"): compared whole
_DENIALS = {"true", "so", "correct", "right", "really", "way", "ever", "wahr", "richtig", "stimmt", "wirklich"}


def cut_tail(a: str, b: str, wa: list[str], wb: list[str]) -> tuple[str, str] | None:
    """(a, b) with the longer one cut before the tail it alone has (see above); None when that is not the
    case.  ``wa`` / ``wb``: the ``words`` of each."""
    from .consistency import _is_word, is_negator, tokens
    from .equivalents import stem

    if len(wa) == len(wb):
        return None
    short, long, text = (wa, wb, b) if len(wa) < len(wb) else (wb, wa, a)
    blocks = [bl for bl in difflib.SequenceMatcher(a=[stem(w) for w in short], b=[stem(w) for w in long],
                                                   autojunk=False).get_matching_blocks() if bl.size]
    if not blocks or blocks[-1].a + blocks[-1].size != len(short) or 2 * sum(bl.size for bl in blocks) < len(short):
        return None
    last = blocks[-1].b + blocks[-1].size
    tail = long[last:]
    if len(tail) < 2 or not is_negator(tail[0]) or tail[1] in _DENIALS or tail[1:3] == ["at", "all"] \
            or any(map(is_negator, short + long[:last])):
        return None
    if sum(bl.size for bl in blocks) < len(short) - 1 or {stem(w) for w in tail if len(w) > 3} & {stem(w) for w in short}:
        return None  # "Russia will win this war, not Ukraine" / "Ukraine will win this war": not the long one's head (pr37b-1)
    low = text.lower().replace("’", "'")
    found = list(_WORD.finditer(low))
    n = 0
    for k, m in enumerate(found):
        n += sum(1 for x in tokens(m.group(0)) if _is_word(x))
        if n == last:
            after = found[k + 1] if k + 1 < len(found) else None
            if after is None or after.group(0) not in _BREAKS:
                return None
            cut = low[:m.end()]
            return (a, cut) if long is wb else (cut, b)
    return None
