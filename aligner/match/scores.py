"""A match score said with the side it stands for, turned round between two versions.

"We were 2-0 down at half-time" / "We were 2-0 up at half-time", "mit 1:2 hinten" / "mit 2:1 vorne", "we won
3-2" / "we lost 3-2": one score, one speaker, opposite standings.  The word diff reads "down" / "up" as particles
and "behind" / "ahead" as wording, and the score's order says nothing by itself ("1:2 hinten" and "2:1 hinten"
are one standing: teams write their own goals first or the home side's), so the side word decides.  Compared only
where each version gives one score with a side word next to it and the words before the score are the same in both
("we were" / "we were"): "we were 2-0 down" / "they were 2-0 up" is one standing said of the other side.
"""

from __future__ import annotations

import re

_BEHIND = {"down", "behind", "trailing", "hinten", "zurück", "lost", "losing", "loss", "defeat", "verloren",
           "niederlage", "beaten"}
_AHEAD = {"up", "ahead", "leading", "vorne", "vorn", "won", "winning", "win", "victory", "gewonnen", "sieg"}
_SIDE_WORDS = "|".join(sorted(_BEHIND | _AHEAD, key=len, reverse=True))
# a score (goals up to 19 a side; not a clock time "19:30", not a year range "2019-20"), with the side word right
# after it ("2-0 down", "mit 1:2 hinten", "a 3-2 win") or right before it ("trailing 2-0", "won 3-2", "lost 2:3")
_SCORE = r"(?<![\d.,:/-])(?P<x>1?\d)\s?[-–:]\s?(?P<y>1?\d)(?![\d.,:/]|-\d)"
_AFTER = re.compile(rf"{_SCORE}\s+(?P<side>{_SIDE_WORDS})\b", re.I)
_BEFORE = re.compile(rf"\b(?P<side>{_SIDE_WORDS})\s+(?:by\s+|mit\s+)?{_SCORE}", re.I)
# "up" / "down" are particles as often: a standing only after a score of single digits, not before an object
_PARTICLES = {"up", "down"}
_OBJECT_NEXT = re.compile(r"\s+(?:the|to|a|an|from|of|by|on|into|onto|and)\b", re.I)
SAME_BEFORE = 2  # words before the score both versions must share


def _standings(text: str) -> list[tuple[str, str, str]]:
    """(behind | ahead, the words as written, the ``SAME_BEFORE`` words before them) of each score with a side."""
    out = []
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            word = m.group("side").lower()
            if word in _PARTICLES and (max(int(m.group("x")), int(m.group("y"))) > 9
                                       or _OBJECT_NEXT.match(text, m.end())):
                continue  # "10-12 down the hall": a range and a particle, no standing
            side = "behind" if word in _BEHIND else "ahead"
            before = re.findall(r"\w+", text[:m.start()].lower())
            before = [w for w in before if w not in ("mit", "by", "a", "an", "the")][-SAME_BEFORE:]
            out.append((side, m.group(0), " ".join(before)))
    return out


def standing_apart(a: str, b: str) -> str | None:
    """One score with a side word in each version (``_standings``), after the same words, on opposite sides:
    the result turned round."""
    sa, sb = _standings(a), _standings(b)
    if len(sa) != 1 or len(sb) != 1:
        return None
    (x, tx, bx), (y, ty, by) = sa[0], sb[0]
    if x == y or bx != by or not bx:
        return None
    return f"'{tx}' vs '{ty}' (opposite result)"
