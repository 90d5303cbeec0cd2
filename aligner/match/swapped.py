"""A swapped contrast (rv81-4): "This is not a gift, it is a debt" / "This is not a debt, it is a gift".

Each version has one negator, so the negation check sees none dropped, and the two content words trade
places, so no word is replaced: the statement says the opposite and no flag was raised.  ``swapped_contrast``
reads the contrast of each version ("not X, it is Y", "Y, not X", "not X but Y", German „kein X, sie ist
ein Y“, „nicht X, sondern Y“) and flags the pair where X and Y are swapped and the words outside the contrast
are the same.  Narrow on purpose: one contrast each, one word each side, the rest word for word.
"""
from __future__ import annotations

import re

_ART = r"(?:(?:a|an|the|ein|eine|einen|einem)\s+)?"
_BE = r"(?:it|this|that|he|she|we|they|i|sie|er|es|das)\s+(?:is|was|are|were|am|ist|war|sind)\s+"
_PATTERNS = [re.compile(p, re.I) for p in (
    rf"\bnot\s+{_ART}(?P<x>\w+)\s*,\s*(?:but\s+)?{_BE}{_ART}(?P<y>\w+)\b",
    rf"\bnot\s+{_ART}(?P<x>\w+)\s*,?\s+but\s+{_ART}(?P<y>\w+)\b",
    rf"\b(?:is|was|are|were|'s)\s+{_ART}(?P<y>\w+)\s*,\s*not\s+{_ART}(?P<x>\w+)\b",
    rf"\b(?:kein|keine|keinen)\s+(?P<x>\w+)\s*,\s*(?:sondern\s+|{_BE}){_ART}(?P<y>\w+)\b",
    rf"\bnicht\s+{_ART}(?P<x>\w+)\s*,\s*sondern\s+{_ART}(?P<y>\w+)\b",
)]


def _contrast(text: str) -> tuple[str, str, str] | None:
    """(the negated word, the affirmed word, the text's words outside the contrast) of the one contrast of
    ``text``; None for none or several."""
    found = [m for p in _PATTERNS for m in p.finditer(text)]
    if len({(m.start(), m.end()) for m in found}) != 1:
        return None
    m = found[0]
    rest = " ".join(re.findall(r"\w+", (text[:m.start()] + " " + text[m.end():]).lower()))
    return m.group("x").lower(), m.group("y").lower(), rest


def swapped_contrast(a: str, b: str) -> str | None:
    """The negation detail where ``a`` and ``b`` say "not X, (it is) Y" and "not Y, (it is) X", the rest the same."""
    ca, cb = _contrast(a), _contrast(b)
    if ca is None or cb is None or ca[0] == ca[1] or (ca[0], ca[1]) != (cb[1], cb[0]) or ca[2] != cb[2]:
        return None
    return f"'not {ca[0]}, {ca[1]}' vs 'not {cb[0]}, {cb[1]}' (swapped contrast)"
