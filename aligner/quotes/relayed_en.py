"""English: words one person passes on from another (relayed speech).

"Alvarez quoted the president as saying, “…”", "Whitfield read a statement from Biden: “…”", "Whitfield
recalled Biden's words: “…”", "“…,” Alvarez said, quoting the president": the verb's subject relays the
words, whose author is the object of the verb.  The author, named in the frame, is the speaker (rule
``relayed``, below the confidence bar: a new rule seen on few cases); the relayer is never given the words
at the bar.  "“…,” Whitfield read from the statement" names no author: the reader stays, below the bar
(rule ``relayer``), as a reader of a prepared statement of her own may well be its author.

"Whitfield said Biden told her, “…”": the quote's verb has a subject of its own after the first verb of
saying; a subject that ran back over that verb ("Whitfield said Biden") is cut to the one after it.
"""

from __future__ import annotations

import re

from .base import Cue, _Framed, find_cues
from .phrases import np_after
from .speakers import parse_mention, plausible_speaker

RELAYED = "relayed"
REPORTED_OTHER = "speaker-reported-other"  # = frames_de.REPORTED_OTHER_DE: the words of the reported clause's subject, maybe
READ_FROM = "relayer"

# the rules whose cue and subject frame the quote: the ones a relaying verb can be the cue of
_FRAMING_RULES = frozenset({"frame-before", "colon-frame", "frame-after", "sentence-cue", "frame-before-long"})

# a document or utterance someone else may have written or said
_DOC_EN = (r"(?:statement|letter|message|text(?:\s+message)?|note|e-?mail|memo|tweet|post|speech|remarks|words|comments|"
           r"transcript|excerpt|passage|proclamation|declaration|announcement|(?:press\s+)?release|"
           r"diary|diaries|journal|confession|notebook|testimony)")
# a verb that passes on a document or words ("read a statement from", "recalled Biden's words", "shared a message by")
_RELAY_VERB_EN = (r"(?:read|reads|reading|recall(?:s|ed|ing)?|repeat(?:s|ed|ing)?|recit(?:es|ed|ing)|relay(?:s|ed|ing)?|"
                  r"shar(?:es|ed|ing)|forward(?:s|ed|ing)?|releas(?:es|ed|ing)|post(?:s|ed|ing)?|quot(?:es|ed|ing))")
_ADVERB_EN = r"(?:\s+(?:aloud|out|back))?(?:\s+from)?"
_NAME_EN = r"(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}"
# "quoted the president as saying", "cited Biden as telling aides": group src the one quoted
_QUOTED_AS_EN = re.compile(r"(?:quot(?:es|ed|ing)|cit(?:es|ed|ing))\s+(?!by\s)(?P<src>[^,;:.!?“”\"]{1,60}?)\s+as\s+"
                           r"(?:saying|telling|writing|stating|adding|warning|declaring|remarking|asking|calling|insisting)\b")
# "read (aloud) (from) a statement from/by/of X", "read a statement on behalf of his client": group src the author
_DOC_FROM_EN = re.compile(_RELAY_VERB_EN + _ADVERB_EN + r"\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?" + _DOC_EN
                          + r"\s+(?:from|by|of|on\s+behalf\s+of)\s+(?P<src>(?:the\s+)?[^,;:.!?“”\"]{1,60})")
# "read (from) Biden's statement", "recalled the president's words": group src the author
_OWNER_DOC_EN = re.compile(_RELAY_VERB_EN + _ADVERB_EN + r"\s+(?P<src>(?:the\s+)?(?:[a-z-]+\s+){0,2}?" + _NAME_EN + r"|the\s+[a-z-]+)"
                           r"[’']s?\s+(?:[a-z-]+\s+){0,2}?" + _DOC_EN + r"\b")
# "quoted a text message Hargreaves sent in 2021", "read from an email the defendant sent to a colleague": the document
# and a contact clause naming who wrote it; group src its author
_DOC_SENT_EN = re.compile(_RELAY_VERB_EN + _ADVERB_EN + r"\s+(?:(?:a|an|the|one)\s+)?(?:[a-z-]+\s+){0,2}?" + _DOC_EN
                          + r"s?\s+(?:that\s+)?(?P<src>(?:the|his|her|their)\s+[a-z-]+|" + _NAME_EN + r")\s+(?:had\s+)?"
                          r"(?:sent|wrote|written|posted|typed|penned|signed|left|recorded|tweeted|emailed)\b")
# "Judge Helen Marsh quoted the defendant: “…”": the one quoted right before the colon; group src
_QUOTED_COLON_EN = re.compile(r"(?:quot(?:es|ed|ing)|cit(?:es|ed|ing))\s+(?!from\s)(?P<src>[^,;:.!?“”\"]{1,60}?)\s*:")
# "“…,” Alvarez said, quoting the president": group src the one quoted (not "quoting from")
_QUOTING_EN = re.compile(r",\s+quoting\s+(?!from\s)(?P<src>[^,;:.!?“”\"]{1,60})")
# "Quoting Buttigieg, Alvarez said: “…”": a sentence opened by the one quoted, before the relayer and the verb
_QUOTING_OPENER_EN = re.compile(r"(?<![\w’'-])Quoting\s+(?!from\s)(?P<src>[^,;:.!?“”\"]{1,60}),")
# "read from the statement", "read the letter aloud": a document named before, its author not in the frame
_READ_DEFINITE_EN = re.compile(r"(?:read|reads|reading)" + _ADVERB_EN + r"\s+the\s+(?:[a-z-]+\s+){0,2}?" + _DOC_EN + r"\b(?!\s+(?:from|by|of)\s)")


def _source(text: str, start: int, end: int, whole: bool = False) -> tuple[int, int] | None:
    """The speaker noun phrase opening at ``start`` (up to ``end``; ``whole``: exactly [start, end)): a person,
    role, group or body."""
    span = (start, end) if whole else (_indefinite_np(text, start, end) or np_after(text, start, end, "en", at_start=True))
    if span is None:
        return None
    mention = text[span[0] : span[1]]
    if re.search(r"\w[’']s?(?:\s|$)", mention):
        return None  # "quoting a reporter's tweet": the owner of a thing quoted, whose words the frame does not say
    if parse_mention(mention, "en")[2] not in ("person", "role", "group") or not plausible_speaker(mention, "en"):
        return None
    return span


def _participle_after(text: str, cue: Cue, start: int) -> bool:
    """"said, reading from …", "said on Monday, quoting …": the phrase at ``start`` is a participle after the cue's comma."""
    gap = text[cue.end : start]
    return cue.end <= start and len(gap) <= 40 and not re.search(r"[.;:!?“”\"]", gap) and (gap.rstrip().endswith(",") or text[start : start + 1] == ",")


# "an anonymous Republican official", "a senior aide": an indefinite noun phrase up to a preposition, relative word or stop
_INDEFINITE_NP_EN = re.compile(r"(?:an?|another)\s+(?:(?!(?:on|at|in|who|that|which|during|after|before|to|as|from|by|of|and|or)\b)"
                               r"[\w’'.-]+\s+){0,3}?(?!(?:on|at|in|who|that|which|during|after|before|to|as|from|by|of|and|or)\b)[\w’'-]+"
                               r"(?=\s+(?:on|at|in|who|that|which|during|after|before|to|as|from|by|of|and|or)\b|\s*[,;:.!?“”\"]|\s*\Z)")


def _indefinite_np(text: str, start: int, end: int) -> tuple[int, int] | None:
    m = _INDEFINITE_NP_EN.match(text, start, end)
    return m.span() if m is not None else None


def relayed_source_en(text: str, lo: int, cue: Cue, end: int) -> tuple[str, tuple[int, int] | None] | None:
    """Whether the frame text [lo, end) relays someone else's words by a phrase that holds or opens at the quote's
    cue: (rule, the author's span; None for the relayer, below the bar); None when it does not."""
    for pat in (_QUOTED_AS_EN, _DOC_SENT_EN, _DOC_FROM_EN, _OWNER_DOC_EN, _QUOTING_EN, _QUOTING_OPENER_EN, _READ_DEFINITE_EN,
                _QUOTED_COLON_EN):
        m = next((m for m in pat.finditer(text, lo, end) if m.start() <= cue.start <= m.end() or _participle_after(text, cue, m.start())
                  or pat is _QUOTING_OPENER_EN and m.end() <= cue.start), None)
        if m is None:
            continue
        if pat is _READ_DEFINITE_EN:
            return READ_FROM, None  # "read from the statement": whose, the frame does not say
        owner = pat in (_OWNER_DOC_EN, _QUOTED_AS_EN, _DOC_SENT_EN)  # the author's words end where the pattern says
        src = _source(text, m.start("src"), m.end("src") if owner else min(end, m.start("src") + 80), whole=owner)
        if src is not None and src[1] <= m.end("src"):
            return RELAYED, src
        if pat is _QUOTING_EN and re.search(r"\w[’']s?\s", m.group("src")):
            return None  # "Clinton tweeted, quoting a reporter's tweet": her comment on a thing she quotes
        return READ_FROM, None  # relayed, its author not found: the relayer below the bar
    return None


# verbs of saying that take a clause ("Whitfield said Biden told her"), and a relative word before one ("who said")
_CLAUSE_CUES_EN = frozenset({"say", "tell", "add", "write", "recall", "claim", "explain", "report"})
_RELATIVE_EN = re.compile(r"(?<![\w’'-])(?:who|whom|whose|which|that|what)(?![\w’'-])", re.I)


def _inner_subject_en(f: _Framed) -> tuple[int, int] | None:
    """"Whitfield said Biden told her, “…”": when the subject found for the quote's cue runs back over an
    earlier verb of saying, the noun phrase between that verb (and "that") and the cue; None otherwise."""
    cue, span = f.cue, f.speaker_span
    if cue is None or span is None or span[1] > cue.start or not f.text[cue.start : cue.end].islower():
        return None  # "Rubio said the United States “…”": a capitalised word is a name, no verb
    # "Zelensky said the chancellor had told him:": the pluperfect's own subject after the verb that relays it
    upto = cue.start if _PLUPERFECT_BEFORE_EN.search(f.text, span[1], cue.start) else span[1]
    inner = [c for c in find_cues(f.text, span[0], upto, "en") if span[0] < c.start and c.end < upto]
    if not inner or inner[-1].lemma not in _CLAUSE_CUES_EN or _RELATIVE_EN.search(f.text, span[0], inner[-1].start):
        return None  # "a man called Tom Banks said", "The woman who said she saw it told …": no clause of saying before
    m = re.match(r"\s+(?:that\s+)?", f.text[inner[-1].end : cue.start])
    if m is None:
        return None
    src = _source(f.text, inner[-1].end + m.end(), cue.start)
    if src is not None and _PLUPERFECT_BEFORE_EN.fullmatch(f.text, src[1], cue.start):
        return src  # "Albers said Osei had warned her:": Osei's words, passed on by Albers
    return src if src is not None and not f.text[src[1] : cue.start].strip() and upto == span[1] else None


# "had" (and an adverb) right before the quote's verb: an earlier telling that the frame's first verb passes on
_PLUPERFECT_BEFORE_EN = re.compile(r"\s+had(?:\s+(?:also|earlier|previously|once|already|personally|repeatedly|privately))?\s+$")


def rule_relayed_en(f: _Framed) -> None:
    """English: the speaker of a quote whose frame relays another's words (see the module's text); and the
    subject of a quote's verb that the frame's first verb of saying precedes."""
    if f.lang != "en" or f.cue is None or f.rule not in _FRAMING_RULES:
        return
    cue: Cue = f.cue
    before = cue.end <= f.sp.start
    lo, end = (f.sents[f.i0].start, f.sp.outer_start) if before else (f.sp.outer_end, f.sents[f.i1].end)
    found = relayed_source_en(f.text, max(lo, f.before_a) if before else lo, cue, end)
    if found is not None and not (found[1] is None and f.speaker_span is not None and f.speaker_span[0] > cue.start):
        rule, src = found  # ("“…,” read the email": the document after the verb is its subject, no reader)
        f.attribute(cue, src if src is not None else f.speaker_span, rule)
        return
    inner = _inner_subject_en(f) if before else None
    if inner is not None:
        f.speaker_span = inner
        if _PLUPERFECT_BEFORE_EN.fullmatch(f.text, inner[1], cue.start):
            f.flags.append(REPORTED_OTHER)  # second-hand: below the bar
