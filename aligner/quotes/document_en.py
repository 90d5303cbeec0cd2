"""English: a text an author put out opening the quote's sentence with a verb of its own ("The new Fenwick ad hits Reed
for taking “…”", "The editorial goes on to slam Grant for promising “…”", "Their letter urges him to drop the plan,
calling it “…”"): the text is the source the sentence gives.  Before, a person named inside its clause (the one the
text speaks of) or a speaker carried on from an earlier quote took the words, some at 0.9.  The text is given below
the bar (flag :data:`DOCUMENT_SUBJECT`); a text that shows or quotes someone else ("The ad shows Reed saying",
"The report quotes Grant as saying") and a passive ("The letter was signed by …") are left as they were."""

from __future__ import annotations

import re

from ..model import Quote, Sentence, Speaker
from .base import _sent_index
from .confidence import SAME_SENTENCE
from .marks import QUOTE_CHARS
from .phrases import after_dateline_en
from .speakers import _SW

DOCUMENT_SUBJECT = "speaker-document-subject"  # flag: the speaker is the text (ad, editorial, letter) opening the sentence

_HEADS = "|".join(sorted((re.escape(w) for w in _SW["document_subjects_en"]), key=len, reverse=True))
# the sentence opens with a determiner or an owner, up to three words, a text's head noun and a finite verb after it
_DOCUMENT_OPENING = re.compile(
    r"[\s\"“‘']*(?:(?:But|And|Yet|Instead|Meanwhile|Still|Then)\b,?\s+)?"
    r"((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}[’']s?)"
    r"(?:\s+[\w’'.&-]+){0,3}?\s+(?:" + _HEADS + r"))"
    r"\s+(?:also\s+|then\s+|further\s+|even\s+|now\s+)?"
    r"(?!(?:is|was|are|were|has\s+been|had\s+been|shows|showed|features|featured|quotes|quoted|cites|cited|includes|"
    r"included|contains|contained|said|says|reads|read)\b)"
    r"([a-z]{2,}s|[a-z]{2,}ed\b(?!\s+(?:by|on|in|at|last|this|earlier|late|from|to|for|yesterday|today|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|went|made|told|wrote|gave|took|put|laid|set)\b")
# a plural of people after the head, then a verb ("The letter writers called", "The ad makers defended"): the authors speak
_PEOPLE_THEN_VERB = re.compile(r"[a-z]+(?:ers|ors|ists|ians)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\b")
# between the text's verb and the quote: someone else's words ("saying", "quoting", "as saying", "who told")
_OTHER_SPEECH = re.compile(r"\b(?:said|says|say|saying|told|tells|telling|quoting|quoted|quotes|according|asked|asks|"
                           r"wrote|writes|who|whom|whose|as\s+saying)\b", re.I)
# someone else doing the saying after the text's verb: a word (not a comma, not "for") before a verb of saying in -ing ("with
# Reed calling it “…”", "with one voter writing “…”"); ", calling it" and "for promising" stay the text's
_OTHER_SAYING = re.compile(r"(?<![,;:(])(?<!\bfor)(?<!\bby)(?<!\bof)(?<!\babout)(?<!\bwithout)\s+(?:calling|describing|dubbing|"
                           r"branding|labell?ing|terming|claiming|insisting|warning|arguing|adding|noting|writing|declaring|"
                           r"promising|vowing|tweeting|posting)\b")
# the person the text moved to speak, saying it in a clause of their own after the text's verb ("The report prompted Mayor
# Anna Berg to call it “…”", "The letter angered Tom Reed, and he called it “…”"; rt37-16): that person's words, not the text's
_MOVED_TO_SAY = re.compile(r"\b(?:he|she|they|who)\s+(?:then\s+|also\s+|later\s+|publicly\s+)?(?:called|described|denounced|dubbed|"
                           r"branded|labell?ed|termed|slammed|blasted|dismissed|decried)\b|"
                           r"\b[A-Z][\w’'-]+\s+to\s+(?:publicly\s+)?(?:call|describe|denounce|dub|brand|label|term|slam|dismiss|decry)\b")
# a compound noun read as head and verb: the word after the head is a plural noun when a verb follows it ("The opinion polls
# put Reed “…”", "The report cards showed pupils “…”"; rt37-18): no text with a verb of its own
_PLURAL_THEN_VERB = re.compile(r"[a-z]+s\s+(?:also\s+)?(?:[a-z]{2,}ed|put|showed|show|suggest|suggested|gave|give|found|find|"
                               r"reached|reach|rose|rise|fell|fall|had|have|are|were|made|make|say|said|went|go|set|hit|cut)\b")
# the quoted words owned by someone right before them ("her promise of “…”", "Sanders’ “…”", "his call for “…”")
_OWNED_WORDS = re.compile(r"\b(?:his|her|their|[A-Z][\w-]*(?:[’']s|s[’']))\s+(?:(?:own|famous|latest|new|old)\s+)?"
                          r"(?:(?:promise|pledge|call|words|claim|vow|warning|remark|comment|phrase|slogan|line|demand|"
                          r"description)s?\s+(?:of|for|that|to)\s+)?[\"“‘']?$")


def _document_opening(text: str, s: Sentence, open_pos: int) -> tuple[int, int, int] | None:
    """The span of the text noun phrase that opens sentence ``s`` before a verb of its own, and where that verb starts,
    with no one else's words between the verb and the quote opening at ``open_pos``; None otherwise."""
    a = after_dateline_en(text, s.start, open_pos)
    m = _DOCUMENT_OPENING.match(text, a, open_pos)
    if m is None or _OTHER_SPEECH.search(text, m.end(), open_pos) or _OTHER_SAYING.search(text, m.end(), open_pos):
        return None
    if _PEOPLE_THEN_VERB.match(text, m.start(2)) or _MOVED_TO_SAY.search(text, m.end(), open_pos):
        return None
    if not m.group(2).endswith("ed") and _PLURAL_THEN_VERB.match(text, m.start(2)):
        return None
    if _OWNED_WORDS.search(text[m.end() : open_pos + 1]):
        return None
    if any(ch in text[m.end(1) : m.start(2)] for ch in ",;"):
        return None
    return m.start(1), m.end(1), m.start(2)


def _replaceable(q: Quote, found: tuple[int, int, int]) -> bool:
    """Whether the speaker of ``q`` is none, carried on, or a mention inside the document's sentence before the quote
    other than the text itself ("The ad claims “…”" already gives the ad; not a frame after the quote either)."""
    sp = q.speaker
    if sp is None or sp.resolved_from == "context" or sp.start is None or sp.end is None:
        return True
    if found[0] <= sp.start and sp.end <= found[2]:
        return False  # the text or its head word ("petition" of "The teachers’ petition") already
    return found[0] <= sp.start < q.start


def document_subject_en(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """Each quote in a sentence a text opens with a verb of its own (:data:`_DOCUMENT_OPENING`): the text, below the
    bar (flag :data:`DOCUMENT_SUBJECT`)."""
    for q in quotes:
        if q.kind == "indirect" or "title" in q.flags:
            continue
        k = _sent_index(sents, q.start)
        open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
        found = _document_opening(text, sents[k], open_pos) if k is not None else None
        if found is None or not _replaceable(q, found):
            continue
        span = found[:2]
        q.speaker = Speaker(mention=text[span[0] : span[1]], start=span[0], end=span[1], confidence=SAME_SENTENCE)
        q.flags.append(DOCUMENT_SUBJECT)
