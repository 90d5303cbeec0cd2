""""Neither the army nor the police were warned" says "the army was not warned and the police were not warned": the
negation is the shared verb's.  ``neither_spread`` writes the negator at that verb ("the army nor the police were not
warned"; German "Weder die Armee noch die Polizei wurden gewarnt" -> "... wurden nicht gewarnt"), so that the negation
rules see the verb negated in both versions (rv63-25).

Only where the pair is the subject that opens its clause and its verb follows right after it: "neither" first in the
clause (after a sentence mark, a comma, "and", "but", "that"; German: a main clause only, verb second), "nor" within
``NOR_GAP`` words with no verb and no punctuation between, and the auxiliary right after the second noun phrase, a
name or an article / possessive and one word that is no lexical verb ("nor the police were", "nor Ukraine has"; not
"nor Scholz admitted it was", nor the longer "nor the federal police were": rt34-6).  Elsewhere the words are read as written: "We received neither
weapons nor money, and the deliveries were stopped" (the verb comes before the pair; the next auxiliary is another
clause's: pr32b-1, why the first attempt, 952a773, was taken back), "He neither confirmed nor denied", "Wir haben weder
Waffen noch Geld bekommen, die Lieferungen wurden gestoppt", "Neither side was warned" (no "nor").
"""

from __future__ import annotations

_NEITHER = {"neither": ("nor", "not"), "weder": ("noch", "nicht")}
_NOR_AUX = {"is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
            "had", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte", "hatten",
            "kann", "können", "konnte", "konnten", "soll", "sollen", "muss", "müssen"}
# words before "neither" that open a clause with it as the subject (English); German: only the opening of a main clause
_OPENERS = {"en": {"and", "but", "that", "because", "so", "as", "while", "although"}, "de": {"und", "aber", "doch"}}
NOR_GAP = 6  # words from "neither" to "nor"
# the second noun phrase is a name, or an article or possessive and one word: its auxiliary right after it (rt34-6)
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
                "der", "die", "das", "den", "dem", "des", "sein", "seine", "ihr", "ihre", "unser", "unsere"}
# lexical verbs: never the second noun phrase's word ("Neither the army nor the police knew the attack was coming":
# the auxiliary is the object clause's, not the pair's: rt34-6)
_LEXICAL = {"knew", "know", "knows", "said", "say", "says", "saw", "see", "sees", "thought", "think", "thinks", "told",
            "tell", "felt", "heard", "hear", "expected", "believed", "claimed", "realised", "realized", "noticed",
            "wusste", "wussten", "weiß", "wissen", "sagte", "sagten", "sah", "sahen", "dachte", "dachten", "glaubte",
            "glaubten", "ahnte", "ahnten", "merkte", "merkten"}


def _opens_clause(toks: list[str], i: int, lang: str) -> bool:
    """``toks[i]`` ("neither") is the first word of its clause: nothing, a punctuation mark or a clause opener before."""
    if i == 0 or not toks[i - 1][0].isalnum():
        return True
    return toks[i - 1] in _OPENERS[lang]


def _pair_verb(toks: list[str], i: int, nor: str) -> int | None:
    """The index of the auxiliary that the pair opened at ``toks[i]`` shares, or None (see the module's conditions)."""
    from .consistency import is_negator

    j = next((j for j in range(i + 2, min(len(toks), i + 2 + NOR_GAP)) if toks[j] == nor), None)
    if j is None or any(not t[0].isalnum() or t in _NOR_AUX or is_negator(t) for t in toks[i + 1:j]):
        return None  # no "nor", or a verb / a mark between: "neither has X, nor will Y" is two clauses
    k = j + 1 + (1 if j + 1 < len(toks) and toks[j + 1] in _DETERMINERS else 0)
    m = k + 1  # the second noun phrase: an article or a possessive, and one word ("nor the police", "nor Ukraine")
    if m < len(toks) and toks[m] in _NOR_AUX and toks[k][0].isalnum() and toks[k] not in _LEXICAL:
        return m
    return None  # "nor Scholz admitted it was …", "nor the federal police were": not read (a miss, not a false flag)


def neither_spread(text: str, ws: list[str]) -> list[str]:
    """``ws`` (the words of ``text``) with "neither X nor Y <aux>" written "X nor Y <aux> not" where the module's
    conditions hold; else ``ws`` as it is."""
    from .consistency import _is_word, tokens

    if not any(w in _NEITHER for w in ws):
        return ws
    toks = tokens(text)
    if len([t for t in toks if _is_word(t)]) != len(ws):
        return ws  # the words were changed on the way (a dialect negator): read as written
    n = 0  # word index of toks[k]
    for k, t in enumerate(toks):
        if t in _NEITHER and _opens_clause(toks, k, "de" if t == "weder" else "en"):
            nor, negator = _NEITHER[t]
            aux = _pair_verb(toks, k, nor)
            if aux is not None:
                aux_word = n + sum(1 for x in toks[k:aux] if _is_word(x))
                return ws[:n] + ws[n + 1:aux_word + 1] + [negator] + ws[aux_word + 1:]
        if _is_word(t):
            n += 1
    return ws
