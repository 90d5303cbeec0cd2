"""What an indirect rendering's reporting verb says of its words.

"Maurer admitted that he had signed the receipts" and "Maurer denied that he had signed the receipts"
report the same words with opposite meanings: the cue verb, not the reported words, carries the
negation.  A version's *polarity* is +1 where it asserts its words (a direct quote; an indirect one
after "said", "admitted", "confirmed", "gab zu", "räumte ein"), -1 where its cue denies them ("denied",
"bestritt", "wies zurück", "stritt ab") and None where the cue says neither ("asked", "hoped", "feared",
a mixed quote, whose quoted words may be the denial itself).  A negated cue ("did not deny", "bestritt
nicht") turns the polarity round.  Two versions whose polarities differ say opposite things when their
words hold the same negators, and the same thing when one of them has one negator more ("denied that he
had signed" / "said that he had not signed").
"""
from __future__ import annotations

import re

from ..model import Quote, QuoteVersion
from .bounds import VERB_NEGATORS

# cue lemmas (``quotes/lexicon.json``) that deny the reported words
DENYING_CUES = frozenset({"deny", "bestreiten", "abstreiten", "dementieren", "zurückweisen", "leugnen", "verneinen"})
# cue lemmas that assert them: an admission, a confirmation, a plain statement
ASSERTING_CUES = frozenset({
    "admit", "acknowledge", "acknowledge2", "concede", "confirm", "say", "tell", "state", "claim", "insist",
    "maintain", "assert", "testify",
    "einräumen", "zugeben", "eingestehen", "gestehen", "bestätigen", "bejahen", "sagen", "erklären", "behaupten",
    "betonen", "versichern", "beteuern", "aussagen", "angeben",
})
# a negator right before the cue ("did not deny", "has never publicly denied", "hat nicht bestritten")
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bnicht|\bnie|\bniemals)(?:\s+\w+ly)?\s+$", re.IGNORECASE)
# German: the negator after the cue, before the reported clause ("bestritt nicht, dass", "räumte nicht ein")
_NEGATED_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:nicht|nie|niemals)\b", re.IGNORECASE)
_AFTER_MAX = 30  # characters between the cue and the reported clause read for "nicht"


def cue_negated(text: str, q: Quote) -> bool:
    """Whether the article negates ``q``'s cue: "did not deny that", "bestritt nicht, dass"."""
    if q.cue_start is None or q.cue_end is None:
        return False
    if _NEGATED_BEFORE.search(text[max(0, q.cue_start - 40):q.cue_start]):
        return True
    if q.language != "de" or not q.cue_end <= q.start <= q.cue_end + _AFTER_MAX:
        return False
    return bool(_NEGATED_AFTER.match(text[q.cue_end:q.start]))


def polarity(v: QuoteVersion) -> int | None:
    """+1 where the version asserts its words, -1 where its cue denies them, None where not known."""
    if v.kind == "direct":
        return 1
    if v.kind != "indirect" or not v.cue_lemma:
        return None
    sign = -1 if v.cue_lemma in DENYING_CUES else 1 if v.cue_lemma in ASSERTING_CUES else 0
    if not sign:
        return None
    return -sign if v.cue_negated else sign


def _shown(v: QuoteVersion) -> str:
    return ("not " if v.cue_negated else "") + (v.cue_lemma or "").rstrip("0123456789")


def cue_opposition(va: QuoteVersion, vb: QuoteVersion, negators_a: int, negators_b: int) -> tuple[str, bool] | None:
    """(reason, opposite) where the two versions' cues differ in polarity: ``opposite`` is True where
    their words hold the same number of negators (or both an even / odd number: "admitted that he had
    signed" / "denied that he had signed"), so the versions say opposite things, and False where one
    negator more makes up for the cue ("denied that he had signed" / "said that he had not signed"): one
    statement.  None where a polarity is not known or both are the same."""
    pa, pb = polarity(va), polarity(vb)
    if pa is None or pb is None or pa == pb:
        return None
    cues = f"'{_shown(va) if va.kind != 'direct' else 'direct quote'}' vs '{_shown(vb) if vb.kind != 'direct' else 'direct quote'}'"
    if (negators_a - negators_b) % 2 == 0:
        return f"the reporting verbs say the opposite ({cues}) of the same words", True
    if abs(negators_a - negators_b) != 1:
        return None
    return f"the reporting verbs ({cues}) make up for the negator one version has more: one statement", False


# --- a denial verb negated in one version and not in the other ("did not deny taking" / "denied taking") ---
# The negation rules read "not deny" as litotes (an assertion: "did not deny" / "admitted" is one statement),
# so the denial verb itself in the other version stood in for the missing negator.  Against that same verb
# un-negated it is the opposite.
_DENIAL_FORMS = (
    {"deny", "denies", "denied", "denying"},
    {"dispute", "disputes", "disputed", "disputing"},
    {"contest", "contests", "contested", "contesting"},
    {"bestreiten", "bestreitet", "bestritt", "bestritten"},
    {"abstreiten", "streitet", "stritt", "abgestritten"},
    {"dementieren", "dementiert", "dementierte", "dementierten"},
    {"leugnen", "leugnet", "leugnete", "geleugnet"},
)
# the words that negate a denial VERB ("did not deny", "hat nicht bestritten"): bounds.VERB_NEGATORS, not
# bounds.NEGATORS, whose "no", "keineswegs", "keinesfalls" read "there is no denying" / "keineswegs bestreiten" as
# a negated denial against "no one can deny" / "niemand kann bestreiten", which says the same (pr31b-1)
_SKIPPED = {"did", "does", "do", "has", "have", "had", "was", "were", "is", "publicly", "ever", "hat", "haben", "hatte"}


def _denial_group(w: str) -> int | None:
    return next((g for g, forms in enumerate(_DENIAL_FORMS) if w in forms), None)


def _negated_denials(ws: list[str]) -> list[tuple[int, int]]:
    """(group, place) of each denial verb of ``ws`` with a negator at most two words before it (an auxiliary
    or "publicly" between: "did not deny", "has never publicly denied", "hat nicht bestritten") or, German,
    right after it ("bestritt nicht")."""
    found = []
    for k, w in enumerate(ws):
        g = _denial_group(w)
        if g is None:
            continue
        before = [x for x in ws[max(0, k - 3):k] if x not in _SKIPPED][-1:]
        if (before and before[0] in VERB_NEGATORS) or ws[k + 1:k + 2] in (["nicht"], ["nie"]):
            found.append((g, k))
    return found


def denial_flip(wa: list[str], wb: list[str]) -> str | None:
    """"did not deny taking the money" / "denied taking the money": a denial verb negated in one version,
    the same verb not negated in the other, with the same next word after it (what is denied)."""
    for more, less, more_is_a in ((wa, wb, True), (wb, wa, False)):
        negated_less = {k for _g, k in _negated_denials(less)}
        for g, k in _negated_denials(more):
            nxt = more[k + 1:k + 2] if more[k + 1:k + 2] not in (["nicht"], ["nie"]) else more[k + 2:k + 3]
            for p, w in enumerate(less):
                if _denial_group(w) != g or p in negated_less or less[p + 1:p + 2] != nxt or not nxt:
                    continue
                shown_more = " ".join(more[max(0, k - 2):k + 2])
                shown_less = " ".join(less[max(0, p - 1):p + 2])
                a, b = (shown_more, shown_less) if more_is_a else (shown_less, shown_more)
                return f"'{a}' vs '{b}'"
    return None
