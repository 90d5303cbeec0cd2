"""Hearsay: a frame in which the outlet does not vouch that the speaker said the words.

German "Putin soll in kleiner Runde gesagt haben: „…“" / "„…“, soll Putin gesagt haben" (the modal "sollen" with a
perfect infinitive: it is said that he said), English "Putin reportedly told aides" / "Putin is said to have told
aides:" / "allegedly said".  The speaker named is who the words are put to, not someone the outlet heard say them:
the quote is marked (flag ``speaker-hearsay``, a speaker doubt) and its speaker stays below the bar (rv83-25).
"""

from __future__ import annotations

import re

HEARSAY = "speaker-hearsay"  # a quote's flag (a speaker doubt): the frame passes on that someone is said to have said the words

# German: "soll" / "sollen" in the cue's clause (no sentence mark or quotation mark between), the cue a participle
# with "haben" right after it ("soll ... gesagt haben", "sollen ... erklärt haben")
_SOLL_DE = re.compile(r"(?<![\w-])soll(?:en)?(?![\w-])[^.;:!?„“”\"»«]{0,100}$")
_HABEN_AFTER_DE = re.compile(r"\s+haben(?![\w-])")
# English: an adverb of hearsay right before the cue, an auxiliary allowed between ("reportedly told", "allegedly has
# said"), or "is said / reported / alleged to have" right before it ("is said to have told aides")
_HEARSAY_BEFORE_EN = re.compile(r"(?<![\w-])(?:(?:reportedly|allegedly|purportedly|supposedly)(?:\s+(?:has|had|have))?|"
                                r"(?:is|was|are|were)\s+(?:said|reported|alleged|rumou?red)\s+to\s+have)\s+$")


def hearsay_frame(text: str, cue_start: int | None, cue_end: int | None, lang: str) -> bool:
    """Whether the cue at ``text[cue_start:cue_end]`` stands in a hearsay frame (module docstring)."""
    if cue_start is None or cue_end is None:
        return False
    before = text[max(0, cue_start - 120) : cue_start]
    if lang == "de":
        return _HABEN_AFTER_DE.match(text, cue_end) is not None and _SOLL_DE.search(before) is not None
    return lang == "en" and _HEARSAY_BEFORE_EN.search(before) is not None
