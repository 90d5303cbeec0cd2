"""A tag question asks the hearer to agree; its negator negates nothing (rt37-21).

"Wir erhöhen die Steuern im Mai, nicht wahr?" says "Wir erhöhen die Steuern im Mai" and asks for a nod; so do
"..., oder nicht?", "..., nicht?", "..., isn't it?", "..., will we not?" and "..., don't you think?".  Read as
part of the statement, the tag's "nicht" / "not" was a negation of the version without it.  ``untagged`` leaves
out such a tag where a comma sets it off and a question mark, a full stop, a closing quotation mark, a comma
or the end of the text follows it ("nicht?" alone only before a question mark).  A negator followed by
anything else after a comma is compared as it is: "Wir zahlen, nicht die Kunden", "We will raise taxes, not
true" (a denial), "..., nicht wahr ist, dass ..." stay.
"""
from __future__ import annotations

import re

_PRONOUNS = r"(?:it|we|you|they|he|she|there|that|this|i)"
_AUX = r"(?:is|are|was|were|do|does|did|will|would|can|could|shall|should|has|have|had|must|am)"
_TAG = (r"nicht\s+wahr|oder\s+(?:etwa\s+)?nicht|nicht(?=\s*\?)"
        rf"|\w+n['’]t\s+{_PRONOUNS}|{_AUX}\s+{_PRONOUNS}\s+not|don['’]t\s+you\s+think|isn['’]t\s+that\s+(?:so|right)")
_AFTER = r"(?=\s*(?:[?!.…,\"“”„»«’)]|$))"
_TAGGED = re.compile(rf",\s*(?:{_TAG}){_AFTER}", re.I)


def untagged(text: str) -> str:
    """``text`` without its tag questions (see above); ``text`` itself when it has none."""
    return _TAGGED.sub("", text)
