"""English: words a share of a poll's respondents said ("In a new Gallup poll, 61 percent of voters said they were
“very worried”", "Seven in 10 Democrats say …"): no one person spoke them.  The poll named before the share in the
quote's own sentence is the source the text gives; without one the share stays the speaker, below the bar."""

from __future__ import annotations

import re

from ..model import Quote, Sentence, Speaker
from .base import _sent_index
from .confidence import SAME_SENTENCE

POLL_SHARE = "speaker-poll-share"  # flag: the speaker is a share of a poll's respondents (the poll taken where one is named)

_NUMBER_WORD = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+third|a\s+quarter|half)"
# a share of people: "61 percent of", "61% of", "six in 10", "three out of four" (the mention or what ends right before it)
_SHARE_IN_MENTION = re.compile(rf"(?:{_NUMBER_WORD}\s*)?(?:percent|per\s+cent|%)(?!\w)|{_NUMBER_WORD}\s+(?:in|out\s+of)\s+{_NUMBER_WORD}\b", re.I)
_SHARE_BEFORE = re.compile(rf"\b{_NUMBER_WORD}\s*(?:(?:percent|per\s+cent|%)(?:\s+of)?|(?:in|out\s+of)\s+{_NUMBER_WORD}(?:\s+of)?)\s*$", re.I)
# the poll: a determiner, up to six words without a stop, "poll" or "survey"
_POLL = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:[^\s,;:.!?()“”\"—–]+\s+){0,6}?(?:poll|survey)\b")


def _share_speaker(text: str, sp: Speaker) -> bool:
    """Whether mention ``sp`` is a share of people ("percent of likely voters", "Republicans" after "six in 10")."""
    if sp.start is None or sp.resolved_from not in (None, "role"):
        return False
    return bool(_SHARE_IN_MENTION.match(sp.mention) or _SHARE_BEFORE.search(text, max(0, sp.start - 30), sp.start))


def _poll_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The last poll noun phrase in ``text[a:b]`` (:data:`_POLL`), or None."""
    found = None
    for m in _POLL.finditer(text, a, b):
        found = m
    if found is None:
        return None
    inner = [m for m in _POLL.finditer(text, found.start() + 1, found.end())]  # "the … of a CNN poll": the nearer determiner
    return (inner[-1] if inner else found).span()


def poll_share_en(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """Each speaker that is a share of respondents: the poll named before it in the quote's sentence, or the share
    kept, both below the bar (flag :data:`POLL_SHARE`)."""
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not _share_speaker(text, sp):
            continue
        k = _sent_index(sents, sp.start)
        poll = _poll_before(text, sents[k].start, sp.start) if k is not None else None
        conf = min(sp.confidence if sp.confidence is not None else SAME_SENTENCE, SAME_SENTENCE)
        if poll is not None:
            q.speaker = Speaker(mention=text[poll[0] : poll[1]], start=poll[0], end=poll[1], confidence=conf)
        sp.confidence = conf
        q.flags.append(POLL_SHARE)
