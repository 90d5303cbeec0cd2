"""English frame rules: the English-only frames around a quote and of reported speech (``according
to X``, the cue clause) and the English clause helpers the shared frame rules read."""

from __future__ import annotations

import re

from .base import _WORD, Cue, _Framed, _strip_span, _tokens, _word_count, find_cues
from .lexicon import AUXILIARIES_EN, NOT_SENTENCE_END, alternation
from .phrases import _organisation_head, np_after, np_before
from .speakers import first_name_gender_en, is_role_word, parse_mention, plausible_speaker
from .subjects import _ADDRESSEE_CUES_EN, _clause_start, _Found, _is_weak, _speaker_or_frame_subject, _trim_message

_ABBR_DOT = re.compile(r"\b(" + alternation(NOT_SENTENCE_END) + r"|[A-Z])\.")


def _frame_words_before(text: str, a: int, b: int) -> int:
    """Words of an after-frame before its cue verb, not counting an apposition or relative clause
    set off by commas: “…,” Melanne Verveer, who served as chief of staff, told CBS News."""
    seg = _ABBR_DOT.sub(r"\1", text[a:b])  # "…, chief of staff to Rep. Tom Hale, told …": no sentence end inside
    if len(_tokens(text, a, b)) > 30:
        return 99
    reduced = re.sub(r",[^,.;:!?\"“”„»«]{1,160},", ",", seg)
    while reduced != seg:  # "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": one after another
        seg, reduced = reduced, re.sub(r",[^,.;:!?\"“”„»«]{1,160},", ",", reduced)
    return len(_WORD.findall(reduced))


_SUBORDINATE_LEAD_EN = re.compile(r"(?:while|when|after|before|because|since|although|though|if|until|unless|whereas)\b", re.I)

_FRONTED_ADVERB_EN = re.compile(r"\s*(?:yesterday|today|tonight|earlier|later|afterwards?|then|now|again|also|meanwhile|last|"
                                r"this|next|on|in|at|during|after|before|while|when|speaking|writing|asked)\b", re.I)


def _inverted_after_adverbial_en(text: str, fa: int, cue: Cue) -> bool:
    """English: a frame after the quote that opens with an adverbial and has its speech verb right after
    a comma puts the subject after the verb (“…,” Yesterday, at a meeting in Dayton, Ohio, said the
    mayor): the capitalised words before the verb are inside the adverbial, not the speaker."""
    seg = text[fa : cue.start]
    return seg.rstrip().endswith(",") and bool(_FRONTED_ADVERB_EN.match(seg)) and np_after(text, cue.end, cue.end + 80, "en") is not None


def _and_clause_cues_en(text: str, fa: int, fb: int, cues: list[Cue]) -> list[Cue]:
    """English: the cues that may frame a quote followed by "and …" / "but …": only a short frame closing
    the sentence after its last comma ("“…,” and orders began to pick up, Reed said"); the other verbs
    are the reporter's clause running on."""
    last_comma = text.rfind(",", fa, fb)
    return [c for c in cues if last_comma >= 0 and c.start > last_comma and _frame_words_before(text, last_comma + 1, c.start) <= 4]


def _person_cue_before_en(text: str, f: _Framed, cues: list[Cue], c: Cue, subj: tuple[int, int]) -> tuple[Cue, tuple[int, int]]:
    """English: an earlier cue of the frame before the quote whose subject is a person, when the last
    cue's subject is a thing; else the last cue and its subject."""
    for other in reversed(cues):
        cs = _clause_start(text, f.before_a, other.start)
        alt = _speaker_or_frame_subject(text, other, cs, other.start, "en", f.sents[f.i0].start)
        if alt is not None and parse_mention(text[alt[0] : alt[1]], "en")[2] in ("person", "role", "pronoun"):
            return other, alt
    return c, subj


_TO_QUOTE_EN = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                          r"last\s+(?:week|month|year)))?\s*[,:]\s*")  # "…, said Tom Reed on Monday, “"
_PREPOSITION_FIRST_EN = re.compile(r"(?:of|about|to|for|on|in|with|at|from|by)\s", re.I)
# verbs of saying that take no person as object ("asked/warned/wrote/recalled/acknowledged Tom Reed": whom, not who)
_INVERTED_CUES_EN = frozenset({"say", "add", "explain", "note", "continue", "insist", "argue",
                                "reply", "respond", "quip", "joke", "conclude", "declare", "admit"})
# a sentence that opens with its own subject, a pronoun or a person's name ("Ann Lee, visibly angry, said the governor, “…”")
_SUBJECT_OPENS_EN = re.compile(r"[\s" + "\"“‘'" + r"]*(?:(?:But|And|So|Then)\s+)?"
                               r"(?:(?:He|She|They|We|I)\b|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]|([A-Z][a-z]+)\s+[A-Z][\w’'-]+)")


def _subject_opens_en(text: str, a: int, end: int) -> bool:
    """English: the sentence from ``a`` opens with a subject of its own before ``end`` (:data:`_SUBJECT_OPENS_EN`;
    a bare capitalised pair only where its first word is a listed first name) and no ', and' opens a new clause."""
    m = _SUBJECT_OPENS_EN.match(text, a, end)
    if m is None or re.search(r",\s+(?:and|but)\s", text[m.end() : end]):
        return False  # "Tom Reed spoke first, and then, added Ann Lee, “…”": a new clause, the verb's subject after it
    return m.group(1) is None or first_name_gender_en(m.group(1)) is not None


def inverted_cue_subject_en(text: str, c: Cue, b: int, a: int | None = None) -> tuple[int, int] | None:
    """English: the person named after a verb of saying that follows a comma and closes the frame before the
    quote ("Because of the schedule, explained Tom Rosenberg, “…”", "In the end, said the mayor, “…”"): the
    subject of the inverted verb; None when the verb does not follow a comma, takes an addressee ("told
    reporters"), or what follows up to the quote (a day aside) is no name, role or body."""
    if c.lemma not in _INVERTED_CUES_EN or not re.search(r",\s*\Z", text[max(0, c.start - 3) : c.start]):
        return None
    if a is not None and _subject_opens_en(text, a, c.start):
        return None  # "Ann Lee, visibly angry, warned the governor, “…”": Ann Lee's verb
    after = np_after(text, c.end, b, "en")
    if after is None or _PREPOSITION_FIRST_EN.match(text, after[0]) or not _TO_QUOTE_EN.fullmatch(text, after[1], b):
        return None  # not "…, said of Mr. Rubio: “…”": whom the words are about
    return after if parse_mention(text[after[0] : after[1]], "en")[2] in ("person", "role", "group") else None


_PRESENTING_EN = re.compile(r"\s*(?:Here\s+is|Here[’']s|Here\s+was|This\s+is|Listen\s+to|Consider)\s+")


def _presented_thing_en(text: str, a: int, colon: int) -> bool:
    """English: whether ``text[a:colon]`` presents a thing ("Here is the full statement", "This is the
    text of the letter", "Consider the numbers"): a lower-case noun phrase that is no role."""
    m = _PRESENTING_EN.match(text, a, colon)
    if m is None:
        return False
    np = np_after(text, m.end(), colon, "en")
    if np is None:
        return True
    mention = text[np[0] : colon].strip()
    return parse_mention(mention, "en")[2] == "group" and not re.search(r"\b[A-Z]", mention)


# English nouns of people that the mention parser files as groups ("his wife", "a neighbor"): persons, not things
_PEOPLE_NOUNS_EN = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "mom", "dad", "aunt", "uncle", "cousin",
    "nephew", "niece", "grandmother", "grandfather", "widow", "widower", "fiancée", "fiancee", "fiancé", "fiance", "boyfriend",
    "girlfriend", "neighbor", "neighbour", "roommate", "classmate"})


def _thing_subject_en(text: str, span: tuple[int, int]) -> bool:
    """English: a subject that is a thing, not a person, role or organisation ("the state’s drug
    crisis", "its analysis", "the decision"): another cue of the sentence may have a better one."""
    mention = text[span[0] : span[1]]
    words = mention.split()
    if words and words[-1].lower().strip(".,;:") in _PEOPLE_NOUNS_EN:
        return False  # "his wife whispered": a person
    return parse_mention(mention, "en")[2] == "group" and not _organisation_head(mention) and not any(w[:1].isupper() for w in words)


_OPENING_SUBORDINATE_EN = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(?:After|When|Whenever|Before|While|Since|Although|Though|"
                                     r"Once|Until|Because|Whereas|Even\s+though)\b")


def opening_subordinate_end_en(text: str, a: int, b: int, cue: Cue) -> int | None:
    """English: where the subordinate clause that opens sentence ``a``..``b`` ends (the first comma after ``cue``)
    when ``cue`` is that clause's verb: no comma before it opens the main clause, and the comma after it does, the
    main clause opening with its subject, a capitalised name or a personal pronoun ("After Lee argued that costs
    rose, Baker said …": "argued" belongs to the subordinate clause, its reported clause ends at the comma, and
    the main clause's verb comes first); else None.  "As X said, …" is left out: there the main clause is what X
    said."""
    if not _OPENING_SUBORDINATE_EN.match(text, a, b):
        return None
    if any(_MAIN_SUBJECT_EN.match(text, i + 1, b) for i in range(a, cue.start) if text[i] == ","):
        return None  # "When Ann Lee, 40, spoke, Tom Baker replied that …": "replied" is the main clause's
    comma = text.find(",", cue.end, b)
    return comma if comma >= 0 and _MAIN_SUBJECT_EN.match(text, comma + 1, b) else None


_MAIN_SUBJECT_EN = re.compile(r"\s+(?:(?:he|she|they|we|I)\b|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+[a-z])")


_SIGNATURE_LINE_EN = re.compile(r"[ \t]*\n\s*[-–—][ \t]*(?=[A-Z])")


# a participle after a document's noun ("a report released on Monday", "a memo obtained by Reuters", "a letter sent to X"):
# what follows tells when, how or to whom the document came out, not who speaks
_DOCUMENT_PARTICIPLE_EN = re.compile(r"\s+(?:released|published|issued|obtained|seen|reviewed|sent|written|posted|filed|prepared|"
                                     r"conducted|commissioned|cited|quoted|leaked|dated|compiled|produced|presented|submitted|"
                                     r"made|given|shown|delivered|signed|drafted|unveiled|distributed|circulated|broadcast|aired|"
                                     r"funded|ordered|requested|received|addressed|read|viewed|reported|"
                                     # a count or a study someone declared, announced, led: "results declared early on Friday"
                                     r"declared|announced|certified|counted|tallied|collected|gathered|led|run|carried\s+out)\b")


# participles whose agent wrote or gave out the document: "claims made by Tom Reed", "figures released by the Labor
# Department" come from that agent ("seen/obtained/quoted by the paper": a reader, not the source)
# ("a poll conducted by", "an average compiled by", "emails released by WikiLeaks", "cables that were released by":
# the document speaks)
_NO_AUTHOR_BEFORE_EN = frozenset({"was", "were", "is", "are", "be", "been", "being", "that", "which", "later", "emails", "e-mails",
                                  "cables", "documents", "files", "records", "memos", "papers", "transcripts", "messages", "tapes"})
_AUTHORING_BY_EN = re.compile(r"\s+(?:released|published|issued|sent|written|posted|filed|prepared|produced|"
                              r"presented|submitted|made|given|delivered|signed|drafted|unveiled|reported)\s+by\s+"
                              r"((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,4}|the\s+[a-z]+)"
                              r"(?=\s+(?:on|in|at|last|this|to|for|from|earlier|late|about|over)\b|\s*\Z)")


# a study or poll led or run by someone ("a study led by Anna Weber of the University of Bonn", "a poll run by Ipsos"):
# the one who led or ran it is the source; an affiliation ("of", "at", "from") or a time may follow a person's name, a
# body's name takes its own "of" ("the University of Bonn")
_LED_BY_EN = re.compile(r"\s+(?:led|run|carried\s+out)\s+by\s+(the\s+[A-Z][\w’'.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,4}"
                        r"|[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})"
                        r"(?=\s+(?:of|at|from|on|in|last|this|earlier|for)\b|\s*\Z)")


# what a person or a team leads and whose findings are theirs ("a study led by Anna Weber"); not a body that speaks
# for itself ("the government led by …", "a company run by …", "a charity run by …": the body is the source, pr31-8)
_STUDY_NOUNS_EN = frozenset({"study", "studies", "survey", "surveys", "poll", "polls", "research", "trial", "trials",
                             "analysis", "review", "experiment", "experiments", "census", "audit", "assessment"})


def _authoring_agent_en(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the agent after an authoring participle at ``start`` ("made by Tom Reed" -> Tom Reed, "a study led
    by Anna Weber of …" -> Anna Weber), when one name or one "the <noun>" follows "by" and nothing but a time, place,
    affiliation or addressee phrase comes after it."""
    before = re.search(r"([\w-]+)\s*\Z", text[max(0, start - 30) : start])
    if before is not None and before.group(1).lower() in _NO_AUTHOR_BEFORE_EN:
        return None
    m = _AUTHORING_BY_EN.match(text[:end], start) or (
        _LED_BY_EN.match(text[:end], start) if before is not None and before.group(1).lower() in _STUDY_NOUNS_EN else None)
    if m is not None and m.re is _LED_BY_EN and m.group(1).startswith("the ") and re.match(r"\s+(?:of|for|and)\s+(?:the\s+)?[A-Z]", text[m.end(1):end]):
        return None  # "led by the University of Freiburg and ...": the match backed off inside a body's name (pr31-10)
    return _strip_span(text, m.start(1), m.end(1)) if m else None


_RELATIVE_OR_AUXILIARY_EN = frozenset({"was", "were", "is", "are", "be", "been", "being", "that", "which", "who"})


def _document_source_en(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The source in ``text[start:end]`` after "according to" when a participle follows a lower-case noun there: the
    agent of an authoring participle ("a note written by Ann Lee" -> Ann Lee), else the document ("a report released
    on Monday" -> a report); None when no such participle follows."""
    part = _DOCUMENT_PARTICIPLE_EN.search(text, start, end)
    last = re.search(r"(?<![\w’'-])([a-z][\w-]*)\Z", text[start : part.start()]) if part is not None else None
    if part is None or last is None or last.group(1) in _RELATIVE_OR_AUXILIARY_EN:
        return None  # "a letter that was written by Ann Lee": a relative clause, the letter's noun phrase ends before it
    if last.group(1) in ("and", "or"):
        return None  # "a trial run by X and published in …": the participle before "and" is none this list knows
    return _authoring_agent_en(text, part.start(), end) or _strip_span(text, start, part.start())


def according_to_after_en(text: str, cue_end: int, b: int) -> tuple[int, int] | None:
    """The source after "according to" in a frame after a quote ("“…,” according to a memo sent by Ann Lee."):
    the document's author or the document (:func:`_document_source_en`), else the noun phrase after the cue."""
    m = re.match(r"\s+([^,.;]{2,80})", text[cue_end:b])
    found = _document_source_en(text, cue_end + m.start(1), cue_end + m.end(1)) if m else None
    return found or np_after(text, cue_end, b, "en")
# "according to X": X runs to a comma, semicolon or full stop; the dot of an initial or abbreviation stays ("the U.S.
# Election Commission")
_ACCORDING_TO_EN = re.compile(r"according to\s+((?:[^,.;]|(?<![\w’'-][A-Z])(?<=[A-Z])\.|(?<=\b[A-Z])\.){2,80})", re.I)
# "figures from the U.S. Election Commission", "early data from Eurostat": numbers a body gives out; the body is the
# source (group 1), as with "figures released by" (_AUTHORING_BY_EN)
_FIGURES_FROM_EN = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?:figures|data|estimates|numbers|statistics|results|count|"
                              r"tally|projections?|forecasts?|calculations)\s+(?:from|by|of)\s+"
                              r"((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,5})\s*")


def _figures_source_en(text: str, start: int, end: int) -> tuple[int, int] | None:
    """English: the body that gave out the figures of "according to early figures from X" (X), else None."""
    m = _FIGURES_FROM_EN.fullmatch(text, start, end)
    return _strip_span(text, m.start(1), m.end(1), " .") if m else None


def _according_to_en(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"According to X, <message>" / "<message>, according to X"; X ends before a participle after a lower-case
    noun ("according to a report released on Monday": the report)."""
    m = _ACCORDING_TO_EN.search(seg)
    if not m:
        return None
    cue = Cue(a + m.start(), a + m.start() + len("according to"), "according to")
    end = msg_start = a + m.end(1)
    opening = seg[: m.start()].strip(" ,") == ""
    if opening and m.end(1) < len(seg) and seg[m.end(1)] not in ",.;":
        # "According to X <message>" with no comma within reach: where X ends is not known; a subject
        # pronoun opens the message, else there is no message to give (the character bound cut a word)
        split = _according_subject_en(text, a + m.start(1), end)
        if split is None:
            return None
        if not _plain_source_en(text[a + m.start(1) : split]):
            # "According to people close to Anna Lee she will …": X is someone's circle or a description; the
            # message is there, its source is no one this frame can name
            return _trim_message(text, split, b), cue, None
        end = msg_start = split
    spk = _document_source_en(text, a + m.start(1), end) or _figures_source_en(text, a + m.start(1), end) or _strip_span(text, a + m.start(1), end)
    msg = _trim_message(text, msg_start, b) if opening else _trim_message(text, a, a + m.start())
    return msg, cue, spk


# a subject pronoun opening the message after "According to X" without a comma ("According to the
# operator they were ..."); not after a word that makes it part of X ("what they said", "a report that it ...")
_ACCORDING_SUBJECT_EN = re.compile(r"(?<!\bwhat)(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bwhom)(?<!\bas)(?<!\bhow)(?<!\bwhen)"
                                   r"(?<!\bwhere)(?<!\bif)(?<!\bwhat)\s+(?=(?:he|she|they|we|I|there)\s+[a-z])", re.I)


# words that make X of "According to X <message>" someone's circle or a description ("people close to Anna Lee",
# "friends of Tom Reed", "officials in Ohio", "the man I spoke to", "the man who found her"): not a plain source
_NOT_PLAIN_SOURCE_EN = frozenset({"of", "to", "in", "at", "near", "from", "for", "with", "close", "around", "inside", "within",
                                  "on", "by", "who", "whom", "whose", "that", "which", "i", "we", "you", "he", "she", "they",
                                  "and", "or", "familiar", "said", "says"})


_PLAIN_SOURCE_NOUNS_EN = frozenset({"police", "prosecutors", "investigators", "report", "reports", "data", "figures", "statement",
                                    "survey", "study", "poll", "filing", "documents", "records", "estimates"})


def _plain_source_en(x: str) -> bool:
    """Whether X of a comma-less opening "According to X" is a plain name, organisation or role ("Tom Reed", "the
    company", "police", "the Bank of England"): no word of someone's circle or a description after its first word;
    "of" only inside a capitalised name."""
    words = x.split()
    for i, w in enumerate(words[1:], 1):
        lw = w.strip(".,;:").lower()
        if lw == "of" and words[i - 1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper():
            continue  # "the Bank of England"
        if lw in _NOT_PLAIN_SOURCE_EN:
            return False
    last = words[-1].strip(".,;:") if words else ""
    return bool(last) and (last[:1].isupper() or is_role_word(last) or _organisation_head(x) or last.lower() in _PLAIN_SOURCE_NOUNS_EN)


def _according_subject_en(text: str, start: int, end: int) -> int | None:
    """Where X of an opening "According to X" ends when no comma closes it: before the first subject pronoun
    after at least one word of X, or None."""
    m = _ACCORDING_SUBJECT_EN.search(text, start + 1, end)
    return m.start() if m else None


_BARE_CLAUSE_CUES = ("say", "tell", "add", "warn", "claim", "argue", "insist", "state", "note", "announce", "explain",
                     "predict", "write", "tweet", "suggest", "acknowledge", "admit", "confirm", "declare", "contend",
                     "assert", "maintain", "report", "indicate")
_DAY_EN = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)(?:\s+(?:morning|afternoon|evening|night))?|"
           r"today|tonight|this\s+(?:morning|afternoon|evening))")
# "said Monday the talks": the day is no part of the clause; "said Monday, rejecting …": no clause follows
_BARE_CLAUSE_START = re.compile(
    r"(?!(?:\s+on)?\s+" + _DAY_EN + r"\s*(?:[.;:]|$|,\s*[a-z]+ing\b))"
    r"(?:\s+(?:on\s+)?" + _DAY_EN + r"|\s+(?:on|last|this|in)\s+[\w]+)?\s+(?=(?:the|a|an|it|he|she|they|we|i|you|there|his|her|their|this|these|those|"
    r"that|its|our|my|no|some|many|most|all|[A-Z][\w’'.-]*)\b|[\u201c\u0022\u201e\u201a\u2018\u00bb])")


# "said it twice", "said that again": the pronoun is the verb's object, no clause opens
_OBJECT_PRONOUN_EN = re.compile(r"\s+(?:it|this|that|so)\s+(?:twice|again|repeatedly|often|before|aloud|out\s+loud|publicly|"
                                r"privately|later|too|once|to|in|on|at|with|for)\b", re.I)
_RELATIVE_HEAD_EN = re.compile(r"\s*(?:Nothing|Everything|Something|Anything|Little|Much|All|Whatever|What)\s+(?!that\b)", re.I)


_WH_BEFORE_THAT_EN = re.compile(r"(?<![\w’'-])(?:how|what|why|where|when|whether|who|whom|which|if)\Z", re.I)


def _cue_clause_en(text: str, a: int, b: int, cue: Cue, subj: tuple[int, int] | None) -> _Found | None:
    """"X said (that) …" / "X said (on Tuesday) the talks …" / "<message>, X said." / "<message>, said X."."""
    lang = "en"
    weak = _is_weak(cue.lemma, lang)
    if subj is not None and _RELATIVE_HEAD_EN.match(text, a, subj[1]):
        return None  # "Nothing the mayor said “will calm …,” the senator said": the verb of a relative clause
    if subj is not None and subj[0] >= cue.end and text[cue.start : cue.end].endswith("ing") and not text[a : cue.start].strip(" \n\"“”'‘’"):
        return None  # "Adding the note that …, the expert smiled": the opening participle's object, not its subject
    rest = text[cue.end : b]
    m = re.match(r"((?:\s+[\w’'.-]+){0,4}?)\s*,?\s+that\b", rest)
    if m and find_cues(text, cue.end, cue.end + m.start(1) + len(m.group(1)), lang):
        m = None  # "to write a book by tweeting that": the later verb owns the clause
    if m and _WH_BEFORE_THAT_EN.search(m.group(1)):
        m = None  # "should know by now how that works": "that" is the subject of a wh-clause, no conjunction
    if m and subj is not None:
        return _trim_message(text, cue.end + m.end(), b), cue, subj
    # "..., said Michael Carpenter"; not "Tom Reed, a spokesman, said the Lanes had …": a clause follows the verb
    inverted = text[a : cue.start].rstrip().endswith(",") and (
        text[cue.start : cue.end].endswith("ing") or not _clause_after_cue_en(text, cue.end, b))
    if not weak and subj is not None and not inverted:
        # "X said (on Tuesday) the talks ..." : a bare complement clause
        m = _BARE_CLAUSE_START.match(rest) if not _OBJECT_PRONOUN_EN.match(rest) else None
        if m and cue.lemma in _BARE_CLAUSE_CUES and cue.lemma != "tell":
            after_np = np_after(text, cue.end, b, lang)
            # "said Ryabkov in an interview" is an inverted frame, not a clause
            if not (after_np and subj == after_np):
                ma, mb = _trim_message(text, cue.end + m.end(), b)
                if _word_count(text[ma:mb]) >= 4:
                    return (ma, mb), cue, subj
    pre = text[a : cue.start]
    m_pre = re.search(r",\s*((?:[\w’'.-]+\s+){0,6})$", pre)
    if m_pre and _CONTRAST_AFTER_COMMA_EN.match(m_pre.group(1)):
        return None  # "The Guardian called it X, while Variety described it as …": the clause before is not Variety's
    if m_pre and not weak and _word_count(pre) >= 4 and _word_count(text[cue.end : b]) <= 12 and not (
            cue.lemma in _ADDRESSEE_CUES_EN and not m_pre.group(1).strip()) and not (  # "<message>, told X": X is addressed
            not m_pre.group(1).strip() and _clause_after_cue_en(text, cue.end, b)):  # "X, the chancellor, said the plan would …"
        comma = a + m_pre.start()
        spk = np_before(text, comma + 1, cue.start, lang) if m_pre.group(1).strip() else np_after(text, cue.end, b, lang)
        if spk and (m_pre.group(1).strip() or not _said_pronoun_then_quote_en(text, pre, spk)):
            return _trim_message(text, a, comma), cue, spk
    return None


# a conjunction opening the clause after the comma ("…, while Variety described it as"): that clause's subject is no
# inverted frame's speaker of the words before the comma
_CONTRAST_AFTER_COMMA_EN = re.compile(r"(?:while|whilst|whereas|although|though|but|when|because|since|unless|until|if)\s", re.I)
_SUBJECT_PRONOUNS_EN = frozenset({"he", "she", "they", "it", "we", "i"})
_OPEN_QUOTES_EN = "\"“‘'«"


def _said_pronoun_then_quote_en(text: str, pre: str, spk: tuple[int, int]) -> bool:
    """English: whether the words after "<words>, said" are a subject pronoun that a quotation follows ("Alan Reid, who
    visited Hadley last week, said he “was still cracking jokes”") or that follows a relative clause ("X, who knew her,
    said she …"): the words before are the subject and its clause, the pronoun the subject of the reported words, never an
    inverted frame "<message>, said he" (the "he" does not speak them)."""
    if text[spk[0] : spk[1]].lower() not in _SUBJECT_PRONOUNS_EN:
        return False
    if text[spk[1] :].lstrip()[:1] in _OPEN_QUOTES_EN:
        return True
    last = pre.rstrip().rstrip(",").rsplit(",", 1)
    return len(last) == 2 and re.match(r"\s*(?:who|whom|whose|which)\b", last[1]) is not None


# a finite verb right after the noun phrase that follows a speech verb (a coordinated one too): "said Peru is",
# "said the Lanes and the trust had", "says Ann Lee should": the phrase is the subject of a reported clause
_FINITE_AFTER_NP_EN = re.compile(r"(?:\s+(?:and|or)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?)?\s+(?:also\s+|still\s+|never\s+|not\s+)?"
                                 r"(?:" + alternation(AUXILIARIES_EN) + r")\b")


# a common noun phrase after a speech verb with its own verb: "said the plan would", "said his players fought"
# (a past participle with a tail is no verb: "said the official involved in the talks")
_COMMON_NP_CLAUSE_EN = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|our|my|your|these|those)(?:\s+[a-z][\w’'-]*){1,3}?\s+(?:also\s+|still\s+|never\s+)?"
    r"(?:" + alternation(AUXILIARIES_EN) + r"|fought|won|lost|made|went|came|took|gave|got|left|felt|knew|saw|told|thought|"
    r"kept|held|ran|began|became|met|paid|sent|spent|built|brought|bought|quit|[a-z]{3,}ed(?!\s+(?:by|in|to|with|at|on|for|"
    r"from|about|over|under)\b)(?![\w,;:]))\b")


def _clause_after_cue_en(text: str, cue_end: int, b: int) -> bool:
    """English: whether the words after a speech verb are a reported clause, a noun phrase and then its finite
    verb ("…, said the Lanes and the trust had always been careful": the Lanes are spoken of; "Olaf Scholz, the
    chancellor, said the plan would work"), not the speaker of an inverted frame ("…, said Tom Reed, a spokesman")."""
    if _COMMON_NP_CLAUSE_EN.match(text, cue_end, b):
        return True
    span = np_after(text, cue_end, b, "en")
    return span is not None and _FINITE_AFTER_NP_EN.match(text, span[1], b) is not None


_OWNED_ROLE_EN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s?\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")


_COLLECTIVE_HEADS_EN = frozenset({"campaign", "camp", "team", "staff", "family", "administration", "government", "office",
                                  "organization", "organisation", "firm", "committee", "party", "company", "people"})


def _owned_role_en(mention: str) -> bool:
    """English: whether ``mention`` is one person named by a role a named person owns ("Mr. Jones's lawyer",
    "Trump’s spokesman"): someone else than the owner; not a body ("Gowdy’s office") nor several people."""
    m = _OWNED_ROLE_EN.fullmatch(mention.strip())
    head = m.group(1) if m is not None else ""
    return is_role_word(head) and not head.endswith("s") and head not in _COLLECTIVE_HEADS_EN


def possessive_owner_en(mention: str) -> bool:
    """English: whether a speaker ``mention`` ends in a possessive ("Clinton’s" of "Clinton’s attacks were echoed by
    her campaign and Democrats, who …"): the owner of what the clause is about, no one the text shows speaking; not
    an apposition that ends in one ("Paul Begala, a friend of the couple's")."""
    words = mention.split()
    return len(words) <= 4 and "," not in mention and re.search(r"\w(?:[’']s|s[’'])\Z", mention.strip()) is not None


# "what X called “…”": the quoted words are X's name for a thing, in X's relative clause right before the marks
_WHAT_X_CALLED_EN = re.compile(
    r"(?<![\w’'-])[Ww]hat\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+|the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|he|she|they|"
    r"(?:the|his|her|their|its)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:has|had|have|once|later|then|also|now)\s+)?"
    r"(called|calls|call|termed|terms|dubbed|dubs|described\s+as|describes\s+as|labeled|labelled|referred\s+to\s+as|refers\s+to\s+as)"
    r"\s*[,:]?\s*\Z")


def rule_what_x_called_en(f: _Framed) -> None:
    """English: "under what Tom Reed called “the prior economy model,” the club charged …": the quoted words are
    the name the subject of "what … called" gave (rule what-x-called), whatever verb of the sentence frames the rest;
    a rule before that found that subject keeps the quote."""
    if f.lang != "en":
        return
    m = _WHAT_X_CALLED_EN.search(f.text, max(f.sents[f.i0].start, f.sp.outer_start - 120), f.sp.outer_start)
    if m is None or find_cues(f.text, m.end(1), m.start(2), "en"):
        return
    if f.speaker_span is not None and f.speaker_span[0] <= m.start(1) < f.speaker_span[1]:
        return  # another rule found the same subject ("…, Tom Reed said, in what he called “…”"): its frame stands
    other = f.text[f.speaker_span[0] : f.speaker_span[1]] if f.speaker_span is not None else ""
    if {"he": "m", "she": "f"}.get(m.group(1).lower(), "-") == first_name_gender_en(other.split()[0] if other else ""):
        return  # "Under what he dubbed “…,” Tom Reed cut fees": the pronoun points at the name another rule found
    lemma = re.sub(r"\W+", " ", m.group(2).split()[0].lower())
    f.attribute(Cue(m.start(2), m.end(2), lemma), (m.start(1), m.end(1)), "what-x-called")


# a comma, then a verb of saying and its subject that end the sentence after a quote the sentence goes on from
# ("“…” since so many cases were decided by one vote, said Lee Epstein, who teaches law.")
_LATE_COMMA_CUE_EN = re.compile(r",\s+$")


def late_inverted_frame_en(text: str, fa: int, fb: int) -> tuple[Cue, tuple[int, int]] | None:
    """English: the frame of a quote whose sentence goes on after the closing mark with words of the reporter's
    ("“…” since so many of the cases were decided 5 to 4, said Lee Epstein", "“We're happy” about the decision, said
    Ann Lee, the director") and ends with an inverted verb of saying and its subject after a comma: that verb and its
    subject.  The words between are lower-case (no name that may be the subject before the verb: "“…,” former governor
    Tom Reed, a Republican, said Monday"), hold no quotation mark, no other verb of saying and no sentence end; the
    subject after the verb reads as a speaker (not "Monday").  None otherwise."""
    words = text[fa:fb]
    if not re.match(r"[\s”\"’']*[a-z]", words) or any(c in words for c in "“”\"‘;:()") or "''" in words:
        return None
    if re.search(r"[.!?][”\"’']+\s*\Z", text[max(0, fa - 4) : fa]):
        return None  # "Tom Reed tweeted: “….” it was deleted within an hour, said Anna Lee": the quote ended its sentence
    cues = find_cues(text, fa, fb, "en")
    if len(cues) != 1 or _is_weak(cues[0].lemma, "en") or not _LATE_COMMA_CUE_EN.search(text, fa, cues[0].start):
        return None
    cue = cues[0]
    if _word_count(text[fa : cue.start]) > 30 or cue.lemma in _ADDRESSEE_CUES_EN or re.search(r"(?<![\w’'-])[A-Z]", text[fa : cue.start]):
        return None  # "“…,” former governor Tom Reed, a Republican, said Monday": the subject before the verb, a name there
    span = np_after(text, cue.end, fb, "en")
    if (span is None or parse_mention(text[span[0] : span[1]], "en")[2] not in ("person", "role", "group")
            or not plausible_speaker(text[span[0] : span[1]], "en", True)):
        return None
    return cue, span


STATEMENT_ISSUED = "speaker-statement-issued"  # flag: "X released the following statement:": X, not the statement
# a verb of putting out a text and the text, up to the colon ("released the following statement", "issued a brief
# statement on Monday"); not "read" or "shared" (someone else's words may be read out or passed on)
_ISSUED_TEXT_EN = re.compile(
    r"\s(?:has\s+|had\s+|have\s+)?(?:released|issued|put\s+out|sent\s+out|published)\s+"
    r"(?:the\s+following|a|an|his|her|their|its|this)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|message|note|response|reply|comment|tweet)"
    r"(?:\s+(?:on|late|early|this|last)\s+[A-Za-z]+(?:\s+[a-z]+)?)?\s*\Z")


def statement_issuer_en(text: str, cs: int, colon: int) -> tuple[int, int] | None:
    """English: the subject of a verbless colon frame that puts out a text ("President Tom Reed released the
    following statement: “…”", "The company issued a short statement on Monday:"); None when the frame is no
    such clause or its subject is no person, role, group or pronoun."""
    m = _ISSUED_TEXT_EN.search(text, cs, colon)
    if m is None:
        return None
    subj = np_before(text, cs, m.start(), "en")
    if subj is None or subj[1] < m.start() - 1:
        return None
    return subj if parse_mention(text[subj[0] : subj[1]], "en")[2] in ("person", "role", "group", "pronoun") else None

