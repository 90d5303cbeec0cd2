"""The German tag question ", nicht wahr" asks the hearer to agree; its "nicht" negates nothing (rt37-21).

"Wir erhöhen die Steuern im Mai, nicht wahr?" says "Wir erhöhen die Steuern im Mai" and asks for a nod.  Read as
part of the statement, its "nicht" was a negation of the version without it.  ``untagged`` leaves out
", nicht wahr" only where a comma sets it off, a question mark, a full stop, an exclamation mark, a closing
quotation mark or the end of the text follows it, and its sentence before it holds no form of a verb that
'wahr' can be the predicate of ("sein", "werden", "bleiben", "scheinen", "klingen", "halten", "finden", ...):
"Das Gerücht ist, wie Sie alle wissen, nicht wahr" says that the rumour is false and keeps its negation
(pr39b-6).  A narrower reading than session 37's tag rule (ef7a562f, taken back for pr39b-1, -6, -7): English
tags ("..., aren't we?", "..., isn't there") and "..., oder nicht?" are compared as they are.
"""
from __future__ import annotations

import re

_TAG = re.compile(r",\s*nicht\s+wahr\s*(?=[?!.…\"“”„»«’)]|$)", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;„“”\"«»]")
_PREDICATE_VERBS = frozenset((
    "ist sind war waren sei seien seist wäre wären bin bist seid gewesen sein wird werden wirst werdet wurde wurden "
    "worden bleibt bleiben blieb blieben scheint scheinen schien klingt klingen klang erscheint erscheinen halte "
    "hält halten hielt finde findet finden fand nenne nennt nennen nannte gilt gelten galt wirkt wirken").split())


def untagged(text: str) -> str:
    """``text`` without its German tag question ", nicht wahr" (see above); ``text`` itself when it has none."""
    out, end = [], 0
    for m in _TAG.finditer(text):
        start = max((s.end() for s in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        if any(w.lower() in _PREDICATE_VERBS for w in re.findall(r"\w+", text[start:m.start()])):
            continue  # "Das Gerücht ist, wie Sie wissen, nicht wahr": the rumour is false (pr39b-6)
        out.append(text[end:m.start()])
        end = m.end()
    return "".join(out) + text[end:] if out else text
