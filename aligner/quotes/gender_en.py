"""English: "he" / "she" never handed to a person the text shows to be of the other sex by an earlier pronoun.

A pronoun speaker resolved to a name is a guess (``PRONOUN_GUESSED``, below the speaker bar) when an earlier quote's
pronoun of the other sex was resolved to the same person ("“…,” he said. … “…,” she said": both Quentin Hume), or when a
sentence between the person's last mention and the quote opens with the other sex's pronoun ("Quentin Hume opened the
meeting. He was angry. “…,” she said": he is Hume, or someone else; either way she is not sure to be Hume) (rv75-18).
"""
from __future__ import annotations

import re

from ..model import Quote
from .pronouns import PRONOUN_GUESSED
from .speakers import first_name_gender_en

_OTHER_SEX = {"he": "She", "she": "He"}
_SEX = {"he": "m", "she": "f"}
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _other_sex_opens_sentence(text: str, surname: str, q: Quote, other: str) -> bool:
    """Whether a sentence after the last mention of ``surname`` before quote ``q`` opens with pronoun ``other``
    ("He", "She"), outside quoted words."""
    hits = list(re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text[: q.start]))
    if not hits:
        return False
    between = _QUOTED.sub(" ", text[hits[-1].end() : q.start])
    return re.search(rf"(?:[.!?][”\"’']?\s+|\n\s*){other}(?![\w’'-])", between) is not None


def other_sex_shown_en(quotes: list[Quote], text: str) -> None:
    """Flag English "he"/"she" speakers resolved to a person an earlier pronoun shows to be of the other sex."""
    seen: dict[str, set[str]] = {}  # name -> the pronouns resolved to it so far
    for q in quotes:
        sp = q.speaker
        pronoun = sp.mention.strip().lower() if sp is not None else ""
        if sp is None or sp.resolved_from != "pronoun" or not sp.name or pronoun not in _OTHER_SEX:
            continue
        other, before = _OTHER_SEX[pronoun], seen.get(sp.name, set())
        known = pronoun in before or first_name_gender_en(sp.name.split()[0]) == _SEX[pronoun]  # "Anna Patel …. He nodded.": another man
        if other.lower() in before or (not known and _other_sex_opens_sentence(text, sp.name.split()[-1], q, other)):
            if PRONOUN_GUESSED not in q.flags:
                q.flags.append(PRONOUN_GUESSED)
            continue
        seen.setdefault(sp.name, set()).add(pronoun)
