"""A deal under way against the same deal said to be done: "are close to an agreement" / "have reached an
agreement", "are in talks over a deal" / "have agreed a deal".

The word diff sees a few words of phrasing; a reader of the two versions sees a rumour reported as a fact.  Worth a
look, never a distortion flag: an outlet may have newer news than the other, and translations word the stages of a
deal loosely.  Read only where both versions name the deal (deal, agreement, terms, contract; Einigung, Vertrag),
one version holds only words of a deal under way and the other only words of a deal done, and the version that
says done holds no negator and no hedge ("have almost agreed", "have not yet reached": still under way).
"""

from __future__ import annotations

import re

_DEAL = re.compile(r"\b(?:deal|agreement|terms|contract|transfer|einigung|vertrag|deal|vereinbarung)\b", re.I)
_UNDER_WAY = re.compile(
    r"\b(?:(?:are|is|were|was|remain|remains)\s+(?:now\s+|still\s+)?(?:close\s+to|near|nearing|on\s+the\s+verge\s+of|"
    r"in\s+(?:advanced\s+|early\s+)?(?:talks|negotiations|discussions)|negotiating|working\s+on)|"
    r"closing\s+in\s+on|kurz\s+vor|in\s+verhandlungen|verhandeln|verhandelt)\b", re.I)
_DONE = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:now\s+)?(?:agreed|reached|struck|signed|sealed|completed|finalised|finalized|"
    r"concluded)|(?:agreed|struck|sealed|signed|completed)\s+(?:a|an|the)\s+(?:deal|agreement|contract|transfer)|"
    r"(?:haben|hat)\s+sich\s+(?:\w+\s+){0,4}geeinigt|einigten\s+sich|ist\s+perfekt|(?:haben|hat)\s+(?:\w+\s+){0,4}"
    r"(?:unterschrieben|vereinbart))\b", re.I)
# a hedge or negator in the version that says done keeps the deal open ("have almost agreed", "not yet reached")
_HEDGED = re.compile(r"\b(?:almost|nearly|not|n't|never|yet|close|nicht|noch|fast|beinahe|kein\w*|if|once|when|"
                     r"would|could|might|may|wenn|falls|sobald)\b|n't\b", re.I)


# what was agreed may be to talk, not the deal: "have agreed to hold talks about a new contract", "have reached the
# final round of talks on the deal", "have agreed to meet" say a deal under way; read in the words between the done
# words and the deal they name (or a comma), so that "agreed a deal after long talks" stays done (pr32b-13)
_TALKS = re.compile(r"\b(?:talks?|talking|negotiat\w*|meet|meeting|meetings|discuss\w*|round|rounds|"
                    r"letter\s+of\s+intent|verhandl\w*|gespräch\w*|treffen)\b", re.I)


def _agreed_to_talk(text: str, end: int) -> bool:
    """The words after the done words that end at ``end``, up to the deal they name or a comma, name talks as what was
    agreed or reached ("agreed to hold talks", "agreed to meet", "reached the final round of talks")."""
    rest = re.split(r"[,;:.!?]", text[end:], maxsplit=1)[0]
    deal = _DEAL.search(rest)
    return bool(_TALKS.search(rest[:deal.start()] if deal else rest))


def _stage(text: str) -> tuple[str, str] | None:
    """("under way" | "done", the words saying it) of a version naming a deal, or None (neither, both, hedged)."""
    if not _DEAL.search(text):
        return None
    way, done = _UNDER_WAY.search(text), _DONE.search(text)
    if done and _agreed_to_talk(text, done.end()):
        done = None
    if way and not done:
        return "under way", way.group(0)
    if done and not way and not _HEDGED.search(text):
        return "done", done.group(0)
    return None


def deal_stage_apart(a: str, b: str) -> str | None:
    """The wording note where one version reports a deal under way and the other the same deal done."""
    sa, sb = _stage(a), _stage(b)
    if sa is None or sb is None or sa[0] == sb[0]:
        return None
    return f"'{sa[1]}' vs '{sb[1]}' (a deal {sa[0]} vs {sb[0]})"
