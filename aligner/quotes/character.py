"""A character's line: "Hartwig lässt ihre Heldin sagen: „…“", "Hartwig has her heroine say: “…”".

"lassen" / "have", "make", "let" with an object and a verb of saying in the infinitive: the object speaks the
words (a character in a film, a novel, a play), not the subject who makes it speak.  The quote keeps no speaker
(flag ``character``): the one whose words they are is not a person a fact-checker can hold to them.  A spokesman or
lawyer made to speak ("ließ seinen Sprecher erklären:") passes on the subject's own message and is left alone.
"""

from __future__ import annotations

import re

from .base import _Framed

CHARACTER = "character"

_LET_SAY = {
    "de": re.compile(r"(?<![\w-])(?:lässt|läßt|ließ|ließen|lassen|lasse)\s+(?P<np>(?:[\w.-]+\s+){1,6}?)"
                     r"(?:sagen|sprechen|fragen|rufen|ausrufen|erklären|antworten|feststellen|seufzen|flüstern)$"),
    "en": re.compile(r"(?<![\w-])(?:has|have|had|having|makes|make|made|making|lets|let|letting)\s+(?P<np>(?:[\w.’'-]+\s+){1,5}?)"
                     r"(?:say|ask|declare|exclaim|shout|cry|remark|reply|whisper|sigh)$"),
}
# words that make the phrase before the verb no object of "lassen" ("ließ über seinen Sprecher sagen", "ließ am Montag
# erklären", "lässt sich sagen") or no character ("had his spokesman say", "ließ seine Anwältin erklären")
_NOT_OBJECT = {
    "de": frozenset({"über", "durch", "von", "vom", "via", "per", "am", "im", "in", "an", "bei", "beim", "mit", "nach", "vor", "zu",
                     "zum", "zur", "auf", "aus", "sich", "mich", "uns", "euch", "dich", "es", "das", "dies", "gestern", "heute"}),
    "en": frozenset({"to", "on", "in", "at", "by", "through", "via", "me", "us", "you", "him", "them", "it", "i", "we", "that",
                     "this", "no", "nothing", "anything", "something"}),
}
# a character named as such ("ihre Heldin", "the heroine"), or a work or its maker shortly before ("In ihrem Roman lässt
# Voss den alten Fischer sagen", "Director Mira Voss has the old fisherman say"): only then is the object a character
_CHARACTER_NOUN = re.compile(r"(?i:held|heldin|helden|figur|protagonist|erzähler|charakter|hero|heroine|character|narrator)")
_WORK_WORD = re.compile(r"(?<![\w-])(?:Roman|Romans|Film|Films|Stück|Stücks|Drama|Oper|Serie|Drehbuch|Novelle|Theaterstück|"
                        r"Regisseurin|Regisseur|Autorin|Autor|Schriftstellerin|Schriftsteller|Dramatikerin|Dramatiker|"
                        r"[Nn]ovel|[Ff]ilm|[Pp]lay|[Ss]cript|[Mm]ovie|[Ss]eries|[Oo]pera|[Dd]irector|[Aa]uthor|[Nn]ovelist|"
                        r"[Pp]laywright|[Ss]creenwriter)(?![\w-])")
_MOUTHPIECE = re.compile(r"(?:sprecher|anwält|anwalt|spokes|lawyer|attorney|aide|secretary|press|deputy|vertreter|stellvertret)", re.I)


def rule_character_en_de(f: _Framed) -> None:
    """The quote's verb of saying, before the quote, is the infinitive after "lassen" / "have" / "make" / "let" and
    an object: no speaker, flag ``character``."""
    if f.cue is None or f.speaker_span is None or f.lang not in _LET_SAY or f.cue.end > f.sp.open_pos:
        return
    if not re.fullmatch(r"\s*[:,]?\s*", f.text[f.cue.end : f.sp.open_pos]):
        return
    m = _LET_SAY[f.lang].search(f.text, max(0, f.cue.start - 80), f.cue.end)
    if m is None or m.end() != f.cue.end:
        return
    words = m.group("np").split()
    if any(w.lower() in _NOT_OBJECT[f.lang] for w in words) or _MOUTHPIECE.search(m.group("np")):
        return
    if f.lang == "de" and not words[-1][:1].isupper():
        return  # "ließ gestern sagen": no noun for an object
    if f.lang == "en" and len(words) == 1 and words[0].lower() in ("her", "his", "their"):
        return  # "let her say:": she speaks, her own words
    lead = max(0, m.start() - 120, f.text.rfind("\n", 0, m.start()) + 1)
    if not _CHARACTER_NOUN.search(m.group("np")) and not _WORK_WORD.search(f.text, lead, m.start()):
        return  # "Kanzler Scholz ließ Montagabend erklären", "ließ ihr Büro erklären": no character, no work (pr41-4)
    f.speaker_span = None
    f.flags.append(CHARACTER)
