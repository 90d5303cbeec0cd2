"""English: a speaker guessed from a sentence's subject (rules sentence-subject, previous-sentence-subject) that is a
place abbreviation alone, cut at its full stop ("a U.S. citizen" -> 'a U.S', "U.S. District Judge Anna Cole blocked
…" -> 'U.S', "in Fresno, Calif., a familiar voice …" -> 'Calif'): the word modifies or places what follows and names
no one.  Such a guess is dropped (flag :data:`ABBREVIATION_DROPPED`): no speaker is better than a wrong one.  "The U.S.
said …" (the country as an actor) and every framed speaker are left as they were."""

from __future__ import annotations

import re

from ..model import Quote
from .speakers import _SW

ABBREVIATION_DROPPED = "speaker-abbreviation-dropped"  # flag: a guessed subject that was a place abbreviation, dropped

_GUESS_RULES = frozenset({"rule:sentence-subject", "rule:previous-sentence-subject"})
_PLACE = r"(?:[A-Z]\.)+[A-Z]|" + "|".join(re.escape(w) for w in _SW["place_abbreviations_en"])
# the abbreviation alone or after "a"/"an" (attributive: "a U.S. citizen"); "the U.S." may be the country acting
_ABBREVIATION_MENTION = re.compile(r"(?:(?:a|an|A|An)\s+)?(?:" + _PLACE + r")")


def _abbreviation_guess(text: str, q: Quote) -> bool:
    sp = q.speaker
    if sp is None or sp.resolved_from is not None or sp.end is None or not _GUESS_RULES.intersection(q.flags):
        return False
    return text[sp.end : sp.end + 1] == "." and bool(_ABBREVIATION_MENTION.fullmatch(sp.mention.strip()))


def drop_abbreviation_guesses_en(quotes: list[Quote], text: str) -> None:
    """Each quote whose guessed speaker is a place abbreviation alone: no speaker (flag :data:`ABBREVIATION_DROPPED`)."""
    for q in quotes:
        if _abbreviation_guess(text, q):
            q.speaker = None
            q.flags.append(ABBREVIATION_DROPPED)
