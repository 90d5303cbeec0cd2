"""German frame rules: the German-only frames around a quote and of reported speech (``so X``,
``laut X``, ``X zufolge``, ``nach Angaben X``, the cue clause) and the German clause helpers
(subordinate, relative and coordinated clauses) the shared frame rules read."""

from __future__ import annotations

import re

from .base import _ABBREV, _PREV_WORD, _WORD, Cue, _Framed, _strip_span, _tokens, _word_count, find_cues
from .choices import DE
from .lexicon import ARTICLES, NOT_SENTENCE_END, SUBJUNCTIVE_DE, alternation
from .marks import QUOTE_CHARS, QuoteSpan
from .phrases import _NP_GLUE_DE, make_speaker, np_after, np_before
from .speakers import QUANTIFIERS, first_name_gender_de, is_role_word, organisation_de, parse_mention, plausible_speaker
from .speakers import known_people_word as _known_people_word
from .subjects import (
    _FRONTED_TITLE_DATIVE_DE,
    _apposition_subject,
    _clause_start,
    _document_head,
    _Found,
    _frame_subject,
    _is_weak,
    _name_before_dative_de,
    _speaker_or_frame_subject,
    _surname_before_object_de,
    _trim_message,
    one_np_after_es_de,
    two_phrases_de,
)

_ABBR_AT_END = re.compile(r"\b(?:" + alternation(NOT_SENTENCE_END) + r"|[A-Z])\.\s*$")  # "… Gov. ": no sentence end


def _quoted_name_subject_de(text: str, a: int, cue_start: int) -> tuple[int, int] | None:
    """German: a paper's name in marks after an article, right before the speech verb of a frame
    ("Die „Zeit“ schreibt:", "Der „Spiegel“ berichtete am Montag:"): that article and name."""
    m = re.match(r"\s*((?:[Dd]er|[Dd]ie|[Dd]as)\s+[„»][A-ZÄÖÜ][^“”«»„\n]{0,60}[“”«])", text[a:cue_start])
    if m is None or text[a + m.end() : cue_start].strip():
        return None
    if _FRONTED_TITLE_DATIVE_DE.match(text, a + m.start(1)):
        return None  # "Der „Bild“ sagte Paul Krause:": a feminine paper after "Der" is addressed, not the subject
    return a + m.start(1), a + m.end(1)


def _own_reported_clause_de(tail: str) -> bool:
    """German: the words after a speech verb go on, after a comma, with a clause of reported speech in
    the subjunctive ("schrieb Anna Weber, sie werde kommen"): the verb's message is that clause."""
    m = re.search(r",\s*", tail)
    return m is not None and _reported_clause(tail[m.end() :])


# a subordinate clause of time, cause or condition after a quote, perhaps after a time phrase ("Wochen nachdem", "kurz
# bevor"): its verb of saying has its own message, the quote belongs to the clause before ("wie X sagte" does frame it)
_SUBORDINATE_LEAD_DE = re.compile(r"(?:[\wäöüß]+\s+){0,2}?(?:nachdem|bevor|ehe|während|weil|obwohl|seit|seitdem|als|wenn|"
                                  r"falls|bis|sobald|damit|sodass)(?![\w-])")

_COORDINATION_DE = re.compile(r"\s*(?:und|sowie|oder)\s+(?:de[rmns]|die|das|ein|eine|andere|weitere|viele)?\s*[A-ZÄÖÜ]")


def _opens_coordinated_subject_de(text: str, sent_start: int, sp: QuoteSpan) -> bool:
    """German: words in marks that open their sentence and are joined by "und"/"sowie"/"oder" to a noun
    phrase („Ingenieure ohne Grenzen“ sowie das Rote Kreuz kündigten an, …) are a name in the subject of
    the sentence's verb, not words its subject said."""
    return not text[sent_start : sp.open_pos].strip() and _COORDINATION_DE.match(text, sp.outer_end) is not None


_SUBORDINATE_OPENER_DE = re.compile(r"\s*(?:[Ww]ährend|[Nn]achdem|[Aa]ls|[Ww]eil|[Oo]bwohl|[Ww]enn|[Dd]a|[Bb]evor|[Ss]eit|[Ss]eitdem|[Ss]obald)\s")


def _reported_in_subordinate_clause_de(text: str, sent_start: int, sp: QuoteSpan) -> bool:
    """German: the quote stands in the reported clause of a verb of saying in a subordinate clause that opens
    the sentence ("Während die Ministerin erklärte, sie sei „…“, räumte der Minister Fehler ein"): the words are
    that verb's subject's; the main clause's verb after the quote frames nothing of them."""
    m = _SUBORDINATE_OPENER_DE.match(text, sent_start, sp.open_pos)
    if m is None:
        return False
    comma = text.find(",", m.end(), sp.open_pos)
    if comma < 0 or "," in text[comma + 1 : sp.open_pos] or any(ch in text[m.end() : sp.open_pos] for ch in QUOTE_CHARS):
        return False  # the reported clause runs from the one comma to the quote
    cues = find_cues(text, m.end(), comma, "de")
    clause = text[comma + 1 : sp.open_pos]
    return bool(cues) and (_reported_clause(clause) or re.match(r"\s*(?:dass|daß|ob)\s", clause) is not None)


_SUBORDINATE_DE = re.compile(r",\s*(?:dass|daß|ob|weil|nachdem|obwohl|wenn|da)\s+(?=(?:der|die|das|ein|eine|er|sie|[A-ZÄÖÜ]))")


def _subordinate_clause_start_de(text: str, cs: int, cue_start: int) -> int:
    """German: a speech verb at the end of a subordinate clause ("…, dass der Trainer die Spieler gefragt
    habe"): its subject opens that clause, after the conjunction, not the main clause before the comma."""
    last = None
    for m in _SUBORDINATE_DE.finditer(text, cs, cue_start):
        last = m
    return last.end() if last is not None and "," not in text[last.end() : cue_start] else cs


_SUBORDINATORS_DE = {"weil", "dass", "daß", "da", "nachdem", "als", "wenn", "ob", "obwohl", "indem", "während", "seit", "wonach", "wobei", "sodass", "damit"}

_RELATIVE_SUBJECT_DE = {"der", "die", "das", "welcher", "welche", "welches"}
_RELATIVE_PRONOUNS_DE = _RELATIVE_SUBJECT_DE | {"den", "dem", "denen", "dessen", "deren", "welchen", "welchem"}


def _in_relative_clause_de(text: str, sent_start: int, sp: QuoteSpan, c: Cue) -> bool:
    """German: the quote and the verb of saying right after it close a relative or subordinate clause
    (", der „Wolf“ ruft", ", nachdem dieser den Plan als „…“ bezeichnet hatte"): the clause's subject is
    the relative pronoun or stands after the conjunction, never a noun phrase of the main clause."""
    if c.start < sp.outer_end or re.search(r"[,;:.!?" + QUOTE_CHARS + "]", text[sp.outer_end : c.start]):
        return False
    comma = text.rfind(",", sent_start, sp.open_pos)
    first = _tokens(text, comma + 1, sp.open_pos)[:1] if comma >= 0 else []
    return bool(first) and (first[0][2] in _RELATIVE_PRONOUNS_DE or first[0][2] in _SUBORDINATORS_DE)
# words after a relative pronoun that leave it the subject: an object's article or pronoun, or an adverb
_OBJECT_ONLY_DE = {"den", "dem", "einen", "einem", "des", "eines", "sich", "ihn", "ihm", "ihnen", "uns", "euch", "mich", "dich", "mir", "dir"}
_SUBJECT_LIKE_DE = {"der", "die", "das", "ein", "eine", "er", "sie", "es", "ich", "wir", "ihr", "man", "jemand", "niemand"}


def _relative_is_subject_de(text: str, sent_start: int, comma: int, toks: list[tuple[int, int, str]], c: Cue) -> bool:
    """German: whether the relative pronoun opening ``toks`` is its clause's subject.  Only when what
    follows it can only be an object or an adverb ("der den Plan", "der immer wieder"), or, after a
    masculine antecedent with "ein" ("ein Kommentar, der die Entscheidung"), a feminine or neuter object;
    never before a noun, a name or a subject pronoun ("die Merkel als …", "die die Opposition …", "die
    Kritiker als …": they are the subject), nor when a plural verb follows "der"/"das", nor in the passive."""
    rel = toks[0][2]
    if rel not in _RELATIVE_SUBJECT_DE or len(toks) < 2:
        return False
    if re.match(r"\s+(?:wird|wurde|werden|wurden|worden)(?![\w-])", text[c.end : c.end + 12]):
        return False  # ", der … als „…“ bezeichnet wird": the thing named, not who names it
    if rel in ("der", "das", "welcher", "welches") and text[c.start : c.end].endswith("en"):
        return False  # "das die Kritiker … bezeichnen": a plural verb, a plural subject
    nxt = toks[1][2]
    if nxt.lower() in _OBJECT_ONLY_DE or (nxt[:1].islower() and nxt not in _SUBJECT_LIKE_DE):
        return True
    masculine_ein = re.search(r"(?<![\w-])(?:ein|kein)\s+[^,]{1,40}$", text[max(sent_start, comma - 45) : comma]) is not None
    # "den Trainer, der die Mannschaft …": after an article that only a masculine (or neuter) noun takes, "der"
    # is the nominative (a neuter noun's relative would be "das"), so the subject
    masculine = re.search(r"(?<![\w-])(?:den|dem|einen|einem|des|eines)\s+(?:[\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]*\s*$",
                          text[max(sent_start, comma - 60) : comma]) is not None
    return rel == "der" and nxt in ("die", "das", "eine") and (masculine_ein or masculine)


def _relative_subject_de(text: str, sent_start: int, comma: int, toks: list[tuple[int, int, str]], c: Cue) -> tuple[int, int] | None:
    """German: a quote in a relative clause whose verb comes after it ("ein Kommentar, der die Entscheidung
    als „…“ bezeichnet"): when the relative pronoun is the clause's subject (``_relative_is_subject_de``),
    the speaker is the noun phrase it refers to, right before the comma ("ein Kommentar")."""
    if not _relative_is_subject_de(text, sent_start, comma, toks, c):
        return None
    return _antecedent_de(text, sent_start, comma)


def _antecedent_de(text: str, sent_start: int, comma: int) -> tuple[int, int] | None:
    """German: the noun phrase right before the comma that opens a relative clause, the one its pronoun refers to."""
    ante = np_before(text, sent_start, comma, "de")
    if ante is None:
        return None
    words = _tokens(text, *ante)
    keep = len(words)
    while keep > 0 and (words[keep - 1][2][:1].isupper() or words[keep - 1][2].lower() in _NP_GLUE_DE):
        keep -= 1  # "Am Abend erschien ein Kommentar": back to the verb, not over it
    ante = (words[keep][0], ante[1]) if keep < len(words) else None
    return ante if ante is not None and plausible_speaker(text[ante[0] : ante[1]], "de") else None


# nothing but auxiliaries between a verb of saying and the colon: the verb ends its clause ("der gesagt hatte:")
_VERB_FINAL_TAIL_DE = re.compile(r"(?:\s+(?:hat|hatte|habe|hätte|haben|hatten|hätten|ist|war|sei|wird|wurde|werden|wurden|worden|"
                                 r"will|wollte|wollten|soll|sollte|sollten|muss|musste|müsse|kann|konnte|könne)){0,2}\s*:")
_PASSIVE_TAIL_DE = re.compile(r"\s+(?:wird|wurde|werden|wurden|worden)(?![\w-])")


def relative_colon_subject_de(text: str, sent_start: int, c: Cue) -> tuple[str, tuple[int, int] | None] | None:
    """German: a colon frame whose verb of saying ends a relative clause ("Anna Weber erinnerte an ihren Vorgänger,
    der gesagt hatte: „…“", "…, dem Paul Krause gesagt hatte:"): the main clause's subject did not say it.  The
    relative pronoun as the subject: its antecedent, found by position (rule relative-frame, below the bar); an
    object pronoun: the subject inside the clause (rule colon-frame).  None when the verb ends no relative clause."""
    comma = text.rfind(",", sent_start, c.start)
    if comma < 0 or any(ch in text[comma + 1 : c.start] for ch in ";:" + QUOTE_CHARS) or not _VERB_FINAL_TAIL_DE.match(text, c.end):
        return None
    toks = _tokens(text, comma + 1, c.start)
    if len(toks) >= 2 and toks[0][2] in _RELATIVE_PREPOSITIONS_DE and toks[1][2] in _RELATIVE_PRONOUNS_DE | {"welcher", "welchen", "welches"}:
        return _prepositional_relative_de(text, sent_start, comma, c, toks)  # ", in dem Paul Krause schrieb:": the clause's own subject
    if not toks or toks[0][2] not in _RELATIVE_PRONOUNS_DE:
        return None
    if len(toks) == 2 and toks[0][2] in _RELATIVE_SUBJECT_DE and toks[1][2][:1].isupper():
        return None  # "Anna Weber nickte, die Ministerin sagte:": an article and its noun, the subject either way
    if _PASSIVE_TAIL_DE.match(text, c.end):
        return "colon-frame", None  # ", der gesagt worden war:": the thing said, its sayer unnamed
    if len(toks) == 1 and toks[0][2] in _RELATIVE_SUBJECT_DE or _relative_is_subject_de(text, sent_start, comma, toks, c):
        ante = _antecedent_de(text, sent_start, comma)
        return "relative-frame", ante  # ", der gesagt hatte:", ", die unter anderem skandierten:"
    inner = _speaker_or_frame_subject(text, c, toks[0][1], c.end, "de")
    if inner is None or inner[0] <= comma or not all(is_role_word(w) or w in ("der", "die") for w in text[toks[0][1] : inner[0]].split()):
        return "colon-frame", None  # ", den der Bank Paul Krause geschrieben hatte:": a phrase before the subject, unsure
    # ", dem Paul Krause gesagt hatte:"; not ", den die Regierung Paul Krause geschrieben hatte:" (subject and dative)
    return "colon-frame", one_np_after_es_de(text, inner, c.start, strict=toks[0][2] in ("den", "dem", "denen"), es=False)


_FINITE_AUX_DE = frozenset({"hat", "hatte", "haben", "hatten", "habe", "hätte", "ist", "war", "sind", "waren", "sei", "wird", "wurde",
                            "werden", "wurden", "will", "wollte", "soll", "sollte", "muss", "musste", "kann", "konnte"})
_RELATIVE_PREPOSITIONS_DE = frozenset({"in", "an", "auf", "bei", "mit", "nach", "von", "vor", "über", "unter", "zu", "aus", "für",
                                        "gegen", "durch", "um", "seit", "während", "neben", "hinter", "zwischen"})


def _prepositional_relative_de(text: str, sent_start: int, comma: int, c: Cue,
                               toks: list[tuple[int, int, str]]) -> tuple[str, tuple[int, int] | None] | None:
    """German: a colon frame in a relative clause opened by a preposition ("…einen Brief, in dem Paul Krause schrieb:",
    "…die Sitzung, bei der der Minister erklärt hatte:"): the clause's subject said it, never the main clause's;
    one noun phrase only ("in der die Regierung Paul Krause schrieb:" names no one), nothing between it and the pronoun."""
    if _PASSIVE_TAIL_DE.match(text, c.end):
        if any(t[2] in ("von", "vom", "durch") for t in toks[2:]):
            return None  # ", in dem Paul Krause von der Zeitung gefragt wurde:": the agent asked (passive-agent)
        return "colon-frame", None  # ", in dem geschrieben wurde:": its sayer unnamed
    inner = _speaker_or_frame_subject(text, c, toks[1][1], c.end, "de")
    if c.lemma == "heißen" or any(t[2] in _FINITE_AUX_DE for t in toks[2:]):
        return None  # ", in dem es heißt:": the document's words, as before; ", in der Sache hat X gesagt:": a main clause
    if inner is None or inner[0] < toks[1][1] or text[toks[1][1] : inner[0]].strip():
        return "colon-frame", None
    if text[inner[0] : inner[1]] in ("er", "sie") and toks[0][2] in ("in", "bei", "mit", "an", "auf"):  # ", in der er sagte:" (not "nach dem": after it, anyone)
        return "colon-frame", _pronoun_main_subject_de(text, sent_start, comma, c, inner) or inner
    return "colon-frame", one_np_after_es_de(text, inner, c.start, strict=True, es=False)


_PLURAL_WITH_DE = frozenset({"und", "oder", "sowie", "mit"})


def _pronoun_main_subject_de(text: str, sent_start: int, comma: int, c: Cue, pron: tuple[int, int]) -> tuple[int, int] | None:
    """German: the main clause's subject a singular "er"/"sie" of a prepositional relative clause stands for ("Paul
    Krause hielt eine Rede, in der er sagte:"): a first name of the pronoun's gender and a surname opening the sentence,
    a lower-case verb after them, no other first name of that gender nor a role word up to the comma.  None otherwise."""
    want = "m" if text[pron[0] : pron[1]] == "er" else "f"
    if want == "f" and any(w.endswith("en") for w in text[c.start : text.find(":", c.end)].split()[-2:]):
        return None  # ", in dem sie sagten:", ", bei der sie gesprochen hatte:": plural, or unsure
    toks = _tokens(text, sent_start, comma)
    if len(toks) < 4 or first_name_gender_de(toks[0][2]) != want or not toks[1][2][:1].isupper() or toks[1][2].endswith("s"):
        return None
    if not toks[2][2][:1].islower() or toks[2][2] in _PLURAL_WITH_DE or "," in text[toks[0][0] : toks[2][0]]:
        return None  # "Lena Vogts Sprecher hielt", "Anna Weber und Paul Krause gaben": no one person
    if any(first_name_gender_de(w) == want or is_role_word(w.lower()) for _s, _e, w in toks[2:]):
        return None  # "Paul Krause schrieb Lukas Meier einen Brief, in dem er forderte:": either man
    return toks[0][0], toks[1][1]


# a reported clause that opens with a fronted object or adverb before its verb in the subjunctive and its subject
# ("dem widerspreche er", "dagegen wende sich die Ministerin")
_FRONTED_SUBJUNCTIVE_DE = re.compile(r"\s*(?:dem|das|dies|dazu|darauf|dagegen|daher|deshalb|deswegen|hierzu|dabei|zudem|darüber|nun|jetzt|"
                                     r"dann|auch)\s+[a-zäöüß]{3,}(?<!ische)(?<!liche)(?<!ige)e\s+(?:er|sie|der|die|ein|eine|[A-ZÄÖÜ])")
# a noun phrase of the pronoun's gender between the verb of saying and "er"/"sie": what the pronoun more likely stands for
_THING_BEFORE_DE = {"sie": re.compile(r"(?<![\w-])(?:die|eine|diese)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]"),
                    "er": re.compile(r"(?<![\w-])(?:der|den|ein|einen|dieser|diesen)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ]")}
REPORTED_OTHER_DE = "speaker-reported-other"  # a colon frame's words may be those of the subject of the reported clause before it


def reported_other_subject_de(text: str, c: Cue, colon: int, subj: tuple[int, int]) -> tuple[int, int] | None:
    """German: a colon frame whose verb of saying goes on, after a comma, with a clause of reported speech that has a
    person of its own for its subject ("Anna Weber sagte, dem widerspreche er Paul Krause gegenüber: „…“"): the words
    after the colon may be that person's, the verb's subject's only maybe (flag REPORTED_OTHER_DE, below the bar).
    Returns the speaker then: "er"/"sie" of the other gender than the verb's subject's first name, that pronoun
    (resolved as pronouns are); a name or role after a fronted object ("…, dem widerspreche der Minister:"), the verb's
    subject.  None when the words after the verb are no such clause, or a pronoun may be the subject herself ("Anna
    Weber sagte, sie sei zuversichtlich:"), or the clause's subject is no other person ("…, die Stadt müsse handeln:")."""
    comma = text.rfind(",", c.end, colon)
    clause = text[comma + 1 : colon] if comma >= 0 else ""
    fronted = _FRONTED_SUBJUNCTIVE_DE.match(clause) is not None
    if not clause.strip() or not (fronted or _reported_clause(clause)) or any(ch in clause for ch in QUOTE_CHARS) or find_cues(
            text, comma + 1, colon, "de"):
        return None
    inner = _frame_subject(text, comma + 1, colon, "de")
    if inner is None:
        return None
    mention, main = text[inner[0] : inner[1]], text[subj[0] : subj[1]]
    if mention in ("er", "sie"):
        have = first_name_gender_de(main.split()[0]) if len(main.split()) >= 2 else None
        if (_THING_BEFORE_DE[mention].search(text, c.end, inner[0])) is not None:
            return None  # "Paul Krause sagte über die Reform, jetzt müsse sie kommen:": the reform, not a person
        return inner if have is not None and have != ("m" if mention == "er" else "f") else None
    if not fronted or parse_mention(mention, "de")[2] not in ("person", "role") or mention.split()[-1] == main.split()[-1]:
        return None
    return subj


_LET_TAIL_DE = re.compile(r"\s+lassen(?:\s+(?:müssen|musste|mussten|muss|müsse|hat|hatte|hatten|haben))?\s*:")


def told_colon_frame_de(text: str, cs: int, c: Cue) -> bool:
    """German: a colon frame whose verb of saying is the infinitive before "lassen" with "sich" in its clause
    ("Paul Krause musste sich sagen lassen:", "…, an dem sich Paul Krause sagen lassen musste:"): its subject is
    told the words, the one who said them is not named."""
    return _LET_TAIL_DE.match(text, c.end) is not None and re.search(r"(?<![\w-])sich(?![\w-])", text[cs : c.start]) is not None


# a frame after a quote that opens with a finite perfect auxiliary ("„…“, hatte Paul Krause … gesagt"); not "wie": its
# clause's subject reader joins a body and a dative name ("wie die Polizei Anna Weber … gesagt hatte")
_BRACKET_OPENER_DE = re.compile(r"(?:hat|hatte|habe)\s+(?=\S)")
_BRACKET_CLOSE_DE = re.compile(r"(?:\s+(?:hat|hatte|habe|haben|hatten))?\s*(?:[.;!?]|$)")


def bracket_frame_de(text: str, fa: int, c: Cue) -> bool:
    """German: the verb of saying closes a frame after a quote that opens with a finite perfect auxiliary, the verb
    bracket round the middle field ("„…“, hatte Paul Krause noch am Montag in Berlin gesagt."): the frame holds the
    verb however many words stand between (at most 14, no comma)."""
    if _BRACKET_OPENER_DE.match(text, fa, c.start) is None or re.search(r"[,;:.!?" + QUOTE_CHARS + "]", text[fa : c.start]):
        return False
    return len(_WORD.findall(text, fa, c.start)) <= 14 and _BRACKET_CLOSE_DE.match(text, c.end) is not None


# nouns of a spoken reaction whose source "von X"/"aus X"/"bei X" names ("Von der Opposition kam scharfe Kritik:")
_REACTION_NOUN_DE = (r"(?:Kritik|Widerspruch|Lob|Zustimmung|Ablehnung|Protest|Reaktion|Antwort|Kommentar|Warnung|Appell|Forderung|"
                     r"Spott|Häme|Dementi|Bestätigung|Einwand|Einspruch|Mahnung|Absage|Entwarnung|Beschwichtigung)")
_ADJECTIVES_DE = r"(?:(?:eine?|die|der|deutliche[rn]?|scharfe[rn]?|heftige[rn]?|harsche[rn]?|prompte?|knappe?|klare?|"
_ADJECTIVES_DE += r"vorsichtige?|ebenfalls|auch|sofort|umgehend|postwendend|gleich|bald|schnell|prompt|deutlich)\s+)*"
# "Von/Aus X kam (scharfe) Kritik:", "Vom Ministerium kam eine knappe Antwort:"
_SOURCE_CAME_DE = re.compile(r"\s*(?:[Vv]on\s+[Ss]eiten|[Vv]on|[Vv]om|[Aa]us|[Ss]eitens)\s+(?P<src>[^,;:.!?„“”\"]{2,60}?)\s+"
                             r"(?:kam|kamen|kommt|kommen)\s+" + _ADJECTIVES_DE + _REACTION_NOUN_DE + r"\s*$")
# "Bei X stieß/stößt das (der Plan) auf Kritik:"
_MET_WITH_DE = re.compile(r"\s*[Bb]ei\s+(?P<src>[^,;:.!?„“”\"]{2,60}?)\s+(?:stieß|stößt|stießen|stoßen)\s+[^,;:.!?„“”\"]{1,40}?\s+"
                          r"auf\s+" + _ADJECTIVES_DE + _REACTION_NOUN_DE + r"\s*$")
# "Auf Kritik stieß der Plan bei X:"
_MET_WITH_FRONTED_DE = re.compile(r"\s*[Aa]uf\s+" + _ADJECTIVES_DE + _REACTION_NOUN_DE + r"\s+(?:stieß|stößt|stießen|stoßen)\s+"
                                  r"[^,;:.!?„“”\"]{1,40}?\s+bei\s+(?P<src>[^,;:.!?„“”\"]{2,60}?)\s*$")
# a verbless "Die Reaktion der Gewerkschaft:", "Die Antwort von Paul Krause:"
_NOUN_OF_SOURCE_DE = re.compile(r"\s*(?:[Dd]ie|[Dd]er|[Dd]as|[Ee]ine?)\s+(?:[a-zäöüß-]+\s+)?" + _REACTION_NOUN_DE
                                + r"\s+(?:(?:von|vom)\s+)?(?P<src>(?:de[rsmn]|die|das)\s+[^,;:.!?„“”\"]{2,60}?|[A-ZÄÖÜ][^,;:.!?„“”\"]{1,60}?)\s*$")


def reaction_source_de(text: str, cs: int, colon: int) -> tuple[int, int] | None:
    """German: a verbless colon frame naming a spoken reaction and where it came from ("Von der Opposition kam scharfe
    Kritik: „…“", "Bei Paul Krause stieß der Plan auf Ablehnung:", "Die Antwort des Ministeriums:"): that source, when it
    is a person, role or body (rule reaction-source, below the bar).  Never when the reaction is denied ("kam keine Kritik")."""
    seg = text[cs:colon]
    m = _SOURCE_CAME_DE.match(seg) or _MET_WITH_DE.match(seg) or _MET_WITH_FRONTED_DE.match(seg) or _NOUN_OF_SOURCE_DE.match(seg)
    if m is None or re.search(r"(?<![\w-])(?:kein\w*|nicht|nie)(?![\w-])", seg):
        return None
    a = cs + m.start("src")
    span = np_after(text, a, cs + m.end("src"), "de", at_start=True)
    if span is None or span[1] != cs + m.end("src") or parse_mention(text[span[0] : span[1]], "de")[2] not in ("person", "role", "group"):
        return None
    return span if plausible_speaker(text[span[0] : span[1]], "de") else None


# a colon frame that ends in someone else's words as the verb's object ("erinnerte an die Worte von Paul Krause:",
# "verwies auf eine Aussage des Ministers:"), or in a verb of perception with an infinitive ("hörte Paul Krause sagen:")
_WORDS_NOUN_OF_DE = (r"(?:Worte|Worten|Wort|Satz|Sätze|Aussage|Aussagen|Äußerung|Äußerungen|Zitat|Bemerkung|Botschaft|Mahnung|"
                     r"Warnung|Appell|Ausspruch|Credo|Devise|Losung)")
_WORDS_OF_OTHER_DE = re.compile(r"(?<![\w-])(?:die|den|dem|der|eine[mnr]?|ein|diese[mnrs]?|jene[mnrs]?)\s+(?:[a-zäöüß-]+\s+){0,2}"
                                + _WORDS_NOUN_OF_DE + r"\s+(?:(?:von|vom)\s+)?(?P<src>(?:(?:de[rsmn]|die|das|eine[rsm]?)\s+)?"
                                r"(?:[a-zäöüß-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})(?:\s+(?:hin|vor))?\s*$")
# verbs that point at or recall words, not answer them ("widersprach der Aussage von X:" may go on with her reply)
_POINTING_VERB_DE = re.compile(r"(?<![\w-])(?:erinnerte|erinnerten|erinnert|verwies|verwiesen|verweist|wies|zitierte|zitierten|zitiert|"
                               r"wiederholte|wiederholten|wiederholt|las|lasen|liest|berief|beruft|griff|greift)(?![\w-])")
_HEARD_SAY_DE = re.compile(r"(?<![\w-])(?:hörte|hörten|hört|hören|gehört|vernahm|vernahmen)\s+(?P<src>[^,;:.!?„“”\"]{2,60}?)\s+"
                           r"(?:sagen|rufen|erklären|schreien|sprechen|flüstern|brüllen|murmeln|antworten|fragen)\s*$")


# a text passed on by someone who reads it out, shares or posts it ("verlas eine Erklärung der Eltern:", "verlas einen Eintrag
# aus dem Tagebuch des Angeklagten:", "verlas einen Brief der Mutter des Opfers:", "las Nachrichten
# des Angeklagten vor:", "teilte einen Beitrag von JD Vance, in dem es hieß:", "postete einen Screenshot einer Nachricht
# von Jonas:"): a verb of passing on, a noun for a written text (a compound's tail too) and its author after it
_RELAY_VERB_DE = (r"(?:verlas|verlasen|verliest|verlesen|las|lasen|liest|vorgelesen|teilte|teilten|teilt|geteilt|postete|posteten|"
                  r"postet|gepostet|verbreitete|verbreiteten|verbreitet|repostete|retweetete|zeigte|zeigten|zeigt|zitierte|"
                  r"zitierten|zitiert|veröffentlichte|veröffentlichten|veröffentlicht)")
_TEXT_NOUN_DE = (r"(?:[A-ZÄÖÜ][\wäöüß-]*)?(?:[Ee]rklärung|[Ss]tellungnahme|[Mm]itteilung|[Nn]achricht|[Bb]eitrag|[Bb]eiträge|"
                 r"[Pp]ost|[Pp]osting|[Tt]weet|[Bb]rief|[Ss]chreiben|[Ss]creenshot|[Zz]eilen|SMS|[Ss]tatement|[Ee]intrag|"
                 r"[Kk]ommentar|[Tt]agebuch|[Gg]eständnis|[Cc]hat|[Nn]otiz)(?:en|e|es|s|n)?")
_PLACE_PREPS_DE = r"(?:mit|bei|beim|auf|in|im|an|am|über|zu|zum|zur|für|aus|nach|unter|vor|gegen|um|ohne|seit)"
_RELAYED_TEXT_DE = re.compile(r"(?<![\w-])" + _RELAY_VERB_DE + r"\s+(?:[^,;:.!?„“”\"]*?\s)?(?:eine[mnrs]?|ein|die|den|der|das|dem|"
                              r"des)?\s*(?:[a-zäöüß-]+\s+){0,2}" + _TEXT_NOUN_DE + r"\s+(?:(?:eine[rs]|de[rs])\s+" + _TEXT_NOUN_DE
                              + r"\s+)?(?:(?:von|vom)\s+)?(?P<src>(?:(?:de[rsmn]|die|das|eine[rsm]?|seine[rsm]?|ihre[rsm]?)\s+)?"
                              r"(?:(?!" + _PLACE_PREPS_DE + r"\s)[a-zäöüß-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3}"
                              r"(?:\s+de[rs]\s+[A-ZÄÖÜ][\w-]*)?)(?:\s+vor)?"
                              r"(?:\s*,\s*(?:in|unter)\s+de[mrn]\s+es\s+(?:hieß|heißt|stand|steht))?\s*$")


RELAYED_TEXT_DE = "relayed-text"  # a quote's flag: read out or shared by the frame's subject, whose words they are not


def relayed_text_source_de(text: str, sent_start: int, colon: int) -> tuple[bool, tuple[int, int] | None]:
    """German: a colon frame whose subject reads out, shares or posts a text by someone else ("Polizeisprecher Uwe Brand
    verlas eine Erklärung der Eltern:", "Musk teilte einen Beitrag von JD Vance, in dem es hieß:", "Mia Kessler postete
    einen Screenshot einer Nachricht von Jonas:"): (True, the author's span where a plausible speaker, else None); the
    reader only passes the words on.  (False, None) for any other frame ("teilte mit:", "verlas eine Erklärung:")."""
    seg = text[sent_start:colon]
    m = _RELAYED_TEXT_DE.search(seg)
    if m is None or re.search(r"(?<![\w-])mit\s*$", seg):
        return False, None  # "teilte eine Erklärung der Familie mit:": announcing (mitteilen) in the name of another, unsure
    a = sent_start + m.start("src")
    span = np_after(text, a, sent_start + m.end("src"), "de", at_start=True)
    if span is None or parse_mention(text[span[0] : span[1]], "de")[2] not in ("person", "role", "group"):
        return True, None
    return True, span if plausible_speaker(text[span[0] : span[1]], "de") else None


def other_words_source_de(text: str, cs: int, colon: int) -> tuple[int, int] | None:
    """German: whose words a colon frame presents when its subject only points at them or hears them ("Anna Weber
    erinnerte an die Worte von Paul Krause: „…“", "… verwies auf eine Aussage des Ministers:", "Anna Weber hörte Paul
    Krause sagen:"): that other person or body (rule words-of, below the bar); None when the frame is no such."""
    seg = text[cs:colon]
    m = (_WORDS_OF_OTHER_DE.search(seg) if _POINTING_VERB_DE.search(seg) else None) or _HEARD_SAY_DE.search(seg)
    if m is None:
        return None
    span = np_after(text, cs + m.start("src"), cs + m.end("src"), "de", at_start=True)
    if span is None or span[1] != cs + m.end("src") or parse_mention(text[span[0] : span[1]], "de")[2] not in ("person", "role", "group"):
        return None
    return span if plausible_speaker(text[span[0] : span[1]], "de") else None


def so_adverb_before_verb_de(text: str, so_end: int, cues: list[Cue]) -> bool:
    """German: "so" right before a finite verb of saying or a perfect auxiliary that a verb of saying follows
    ("„…“, so formulierte es Paul Krause", "so hatte es der Minister gesagt") is an adverb opening a main clause
    (the verb second, its subject after it), not the marker "so X" ("so der Minister")."""
    nxt = re.match(r"\s+([a-zäöüß]+)(?![\w-])", text[so_end : so_end + 30])
    if nxt is None or not cues:
        return False
    if cues[0].start == so_end + nxt.start(1):
        return True
    return nxt.group(1) in _PERFECT_AUX_DE and not re.search(r"[,;:.!?]", text[so_end : cues[0].start])


# the finite auxiliary of a German perfect or pluperfect ("hat … bezeichnet", "hatte … genannt")
_PERFECT_AUX_DE = frozenset({"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"})
_SUBJECT_PRONOUNS_DE = frozenset({"er", "sie"})
# prepositions no verb of saying governs: what follows them in marks names a source or a place
_SOURCE_OR_PLACE_PREPS_DE = frozenset({"laut", "gemäß", "nach", "in", "im", "bei", "beim", "auf", "aus", "unter", "an", "am"})


def _perfect_clause_subject_de(text: str, toks: list[tuple[int, int, str]], end: int) -> tuple[int, int] | None:
    """German: a main clause in the perfect whose participle, a verb of saying, follows the quote ("Merkel
    hat den Plan als „…“ bezeichnet", "Sie hatte ihn eine „…“ genannt"): the finite auxiliary stands second,
    so the subject is the one phrase before it, or, when that is an adverbial ("Gestern hat die Ministerin
    … bezeichnet"), the phrase right after it.  ``toks``: the clause's words before the opening mark; ich,
    wir, es, man and things are never taken."""
    k = next((i for i, t in enumerate(toks[:5]) if t[2] in _PERFECT_AUX_DE), None)
    if not k or k + 1 >= len(toks) or toks[-1][2].lower() in _SOURCE_OR_PLACE_PREPS_DE:
        return None  # "hatte er laut „tagesschau.de“ kritisiert": a source or place in marks, not what was said
    first = toks[0][2].lower()
    if first in ("ich", "wir", "es", "man", "das", "dies"):
        return None
    if k == 1 and first in _SUBJECT_PRONOUNS_DE:
        return toks[0][0], toks[0][1]
    np = np_after(text, toks[0][0], toks[k][0], "de", at_start=True) if first not in ARTICLES else None
    if np is not None and np[1] >= toks[k - 1][1] and plausible_speaker(text[np[0] : np[1]], "de"):
        return np  # "Merkel hat", "Anna Weber hatte": a name before the auxiliary
    if np is not None or first in ARTICLES:
        return None
    nxt = toks[k + 1]
    if nxt[2] in _SUBJECT_PRONOUNS_DE:
        return nxt[0], nxt[1]  # "Gestern hat sie": a lower-case pronoun right after the auxiliary
    if nxt[2].lower() not in ("der", "die", "ein", "eine") and not nxt[2][:1].isupper():
        return None
    subj = np_after(text, nxt[0], end, "de", at_start=True)
    if subj is None:
        return None
    mention = text[subj[0] : subj[1]]
    speaks = _people_head_de(mention) or organisation_de(mention) or parse_mention(mention, "de")[2] in ("person", "role")
    return subj if speaks else None  # "Gestern hat die Ministerin", never "Damit hat der Plan"


# words that open a frame after a quote other than its verb: a "wie" or "so" clause, a finite auxiliary or
# modal before the participle ("„…“, wird Panetta zitiert", "„…“, ließ der Minister mitteilen")
_FRAME_OPENERS_DE = frozenset({"wie", "so", "laut", "wird", "wurde", "werden", "wurden", "hat", "hatte", "haben", "hatten", "ist",
                               "war", "sei", "habe", "lässt", "ließ", "ließen", "will", "wollte", "soll", "sollte", "kann", "konnte",
                               "muss", "musste", "heißt", "hieß"})


def _subject_first_clause_de(text: str, fa: int, cue: Cue) -> bool:
    """German: the words after a quote and its comma open a main clause with its own subject before the
    verb of saying ("„…“, Bundestrainer Joachim Löw bezeichnete …", "„…“, die Regierung wies das
    zurück"): a frame after a German quote puts its verb first („…“, sagte X), opens with "wie"/"so" or
    an auxiliary, or is "X zufolge"; this clause is another statement, not the quote's frame.  Only
    after the comma German writes there (a capital after it is a noun's or a name's)."""
    toks = _tokens(text, fa, cue.start)
    if not toks or cue.lemma == "zufolge":
        return False
    w = toks[0][2]
    if len(toks) == 1 and w.lower() in ("das", "dies", "dieses", "diesen"):
        return False  # "„…“ Das sagte Anna Weber": the demonstrative is the quote, fronted as the verb's object
    if "," not in text[max(0, fa - 4) : fa]:
        return False  # "„…!“ Auf ihrer Website schrieb Anna Weber": a new sentence's capital tells nothing
    # after the comma German writes only nouns and names in capitals: an article or a capital opens a noun phrase
    return w.lower() not in _FRAME_OPENERS_DE and (w[:1].isupper() or w.lower() in ARTICLES)


_COPULA_DE = r"(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|bleibe|gilt|gelte|gelten|scheint|erscheint)"

_NO_UMLAUT = str.maketrans("äöü", "aou")


def _people_head_de(mention: str) -> bool:
    """German: a noun phrase headed by a word for people, a group or a role ("die Lehrerverbände in
    Niedersachsen", "viele Ärzte"), whatever follows the head."""
    words = [w.lower() for w in _WORD.findall(mention)]
    head = next((w for w in words if w not in ARTICLES and w not in QUANTIFIERS), "")
    if not head:
        return False
    singular = re.sub(r"(?:e|en|er|n)$", "", head.translate(_NO_UMLAUT))  # "Lehrerverbände" -> "lehrerverband"
    return any(_known_people_word(w) or is_role_word(w) for w in (head, singular, words[-1]))


_WRITTEN_DE = re.compile(r"(?<![\w-])(?:steht|stand|stehe|standen|stehen|fand sich|findet sich|fanden sich|zu lesen|"
                         r"heißt es|hieß es|lautet|lautete|liest man|las man|geschrieben|die Rede)(?![\w-])")


def _rule_name_bracket_de(f: _Framed) -> None:
    """German: a quote in brackets right after a named person ("…, der Leiter der Behörde, Anna Weber
    („Das ist eine gute Wahl.“), und …"): that person said it (rule name-bracket)."""
    text = f.text
    if f.lang != "de" or not DE.name_bracket or f.cue is not None or f.speaker_span is not None:
        return
    if not f.before_stripped.endswith("(") or not f.after.lstrip(" .,").startswith(")"):
        return
    paren = f.before_a + len(f.before_stripped) - 1
    span = np_before(text, max(f.sents[f.i0].start, paren - 120), paren, "de")
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    if sp is not None and sp.start is not None and sp.end is not None and sp.name and " " in sp.name.strip() and (
            parse_mention(sp.mention, "de")[2] == "person"):
        f.attribute(None, (sp.start, sp.end), "name-bracket")
        f.before_frame = True


_INNER_SENTENCE_END_DE = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{3}[“”\"«»]))[.!?][“”\"«»]?(?=\s+[A-ZÄÖÜ][a-zäöüß])")
# German abbreviations whose dot ends no sentence, besides those of simple_sentences ("5 Mio. Euro", "3 Mrd. Euro")
_ABBREV_DE = _ABBREV | {"mio", "mrd", "tsd", "zzgl", "evtl", "str", "dipl", "abg", "hrsg", "ggü", "bzgl", "usw", "etc"}


def _abbreviation_dot_de(text: str, a: int, dot: int) -> bool:
    """German: the full stop at ``dot`` closes an abbreviation ("Mio.", "Mrd.", "inkl.", "Gov."), no sentence."""
    if _ABBR_AT_END.search(text[max(a, dot - 12) : dot + 1]):
        return True
    word = re.search(r"[\w.]+$", text[max(a, dot - 12) : dot])
    return word is not None and word.group().lower() in _ABBREV_DE


# -- indirect speech --------------------------------------------------------------------

_V2_SUBJUNCTIVE = re.compile(
    r"^\s*(?:er|sie|es|man|(?:der|die|das|ein|eine|dieser|diese|dieses|seine|ihre|sein|ihr)\s+[A-ZÄÖÜ][\w-]+|[A-ZÄÖÜ][\w-]+)"
    r"\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]{3,}(?<!ische)(?<!liche)(?<!ige)e\s+(?![A-ZÄÖÜ])"
)


# Konjunktiv II forms no indicative shares (wurde / würde, war / wäre): reported speech where the
# Konjunktiv I would read as the indicative ("sagte, die Partner würden zustimmen")
_SUBJUNCTIVE_II_DE = re.compile(r"(?<![\w-])(?:würde|würden|wäre|wären|hätte|hätten|könnte|könnten|müsste|müssten|dürfte|dürften)(?![\w-])")


def _reported_clause(clause: str) -> bool:
    """A German clause in reported speech: a subjunctive form ("er werde", "die Union benötige
    entweder …": a verb in -e right after the subject and not before a noun; "sie würden", when
    ``choices.DE.subjunctive_ii``)."""
    return bool(SUBJUNCTIVE_DE.search(clause) or re.search(r"\bwerde\b|\bsei\b|\bhabe\b", clause) or _V2_SUBJUNCTIVE.match(clause)
                or (DE.subjunctive_ii and _SUBJUNCTIVE_II_DE.search(clause)))


# what sets off a "so X" / "X zufolge" / "laut X" frame from its message: the sentence start, a comma
# or a dash ("… seien nützlich gewesen – so ein Sprecher."; a hyphen only with spaces around it)
_FRAME_SEP = r"(?:^|\s*,\s*|\s+-\s+|\s*[–—]\s*)"


# "so die 45-Jährige", "so ein Zwölfjähriger": a person named by age after "so", which np_after does not take (digits)
_AGE_NOUN_AFTER_DE = re.compile(r"\s+((?:der|die|ein|eine)\s+(?:[a-zäöüß]+\s+)?(?:\d{1,3}-[Jj]ährige|[A-ZÄÖÜ][a-zäöüß]*jährige)[nr]?)"
                                r"(?=\s*(?:[,.;:!?]|$)|\s+(?:am|im|in|bei|gegenüber|weiter)\s)")


def age_noun_after_de(text: str, a: int, b: int) -> tuple[int, int] | None:
    """German: the span of a person named by age right after ``a`` ("„…“, so die 45-Jährige."), None when there is none."""
    m = _AGE_NOUN_AFTER_DE.match(text, a, b)
    return m.span(1) if m is not None else None


# "so der Plan", "so die Hoffnung der Stadt", "so Gott will": "so" and a noun for an aim or a wish, or the idiom: no source
_SO_IDIOM_DE = re.compile(r"\s*(?:(?:der|die|das)\s+(?:[a-zäöüß-]+\s+)?(?:Plan|Hoffnung|Ziel|Idee|Absicht|Vorhaben|Wunsch|Kalkül|Rechnung|"
                          r"Gedanke|Devise|Motto)(?![\w-])|Gott\s+will|(?:Ende|Anfang|Mitte)\s+[A-ZÄÖÜ0-9])")


def so_idiom_de(text: str, so_end: int) -> bool:
    """German: whether the words after "so" at ``so_end`` name no source (:data:`_SO_IDIOM_DE`: "so der Plan", "so Gott
    will", "so Ende Mai")."""
    return _SO_IDIOM_DE.match(text, so_end) is not None


def without_time_phrase_de(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """German: noun phrase ``np`` without a time phrase after it ("Krause Ende Mai", "die Ministerin Mitte Mai")."""
    time = re.search(r"\s+(?:Ende|Anfang|Mitte)\s+[A-ZÄÖÜ0-9]", text[np[0] : np[1] + 3])  # not "so Michael Ende."
    return (np[0], np[0] + time.start()) if time is not None and 0 < time.start() < np[1] - np[0] else np


def _so_x_phrase_de(text: str, a: int, b: int) -> tuple[int, int]:
    """German: the speaker's noun phrase of "so X" in ``text[a:b]``, without an adverb or a time or place phrase after it
    ("so Krause weiter", "so Krause am Montag in Berlin", "so Martin Krause im Gespräch mit der Zeitung"), with a party or
    place in brackets right after it ("so Anna Weber (SPD)")."""
    np = np_after(text, a, b, "de")
    if np is None:
        return a, b
    np = without_time_phrase_de(text, np)  # "so Krause Ende Mai"
    bracket = re.match(r"\s*\([^()]{1,40}\)", text[np[1] : b])
    return (np[0], np[1] + bracket.end()) if bracket else np


def _so_x_de(text: str, a: int, seg: str, lang: str) -> _Found | None:
    """"<message> – so ein Sprecher." / "…, so der Minister." (also with an apposition in the frame); where the sentence
    splitter left the next sentence in the segment ("…, so Berger. Die Arbeiten beginnen am 18. Mai."), the frame at the
    end of the first sentence of it."""
    found = _so_x_end_de(text, a, seg, lang)
    if found is None:
        for end in _INNER_SENTENCE_END_DE.finditer(seg):
            if re.search(r"(?<![\w-])so\s+(?:der|die|das|ein|eine)?\s*[A-ZÄÖÜ][^,.;]{1,60}$", seg[: end.start()]):
                return _so_x_end_de(text, a, seg[: end.end()], lang)  # "…, so Berger."
    return found


# "und"/"sowie" and a second subject right after the source of "so" (an article, then a capitalised word)
_SECOND_SOURCE_DE = re.compile(r"\s+(?:und|sowie)\s+(?:(?:der|die|das|den|dem)\s+)?([A-ZÄÖÜ][\wäöüß-]*)")


def second_source_after_de(text: str, end: int, limit: int) -> bool:
    """German: whether a second subject joins the source of "so" that ends at ``end`` ("so der Kanton Uri und die
    Gemeinde Altdorf", "so Scholz und Macron"): a joint word, no one of them alone; not a second role of the same
    person ("so der Minister und SPD-Chef Lars Klingbeil")."""
    m = _SECOND_SOURCE_DE.match(text, end, limit)
    return m is not None and not is_role_word(m.group(1))


def _so_x_end_de(text: str, a: int, seg: str, lang: str) -> _Found | None:
    """"<message> – so ein Sprecher." / "…, so der Minister." ending ``seg`` (also with an apposition in the frame)."""
    m = re.search(_FRAME_SEP + r"(so)\s+((?:der|die|das|ein|eine)?\s*(?:[A-ZÄÖÜ]|(?<=\s)\d{1,3}-[Jj]ährige)[^,.;]{1,60})[.!?]?$", seg)
    # the noun phrase only, not an adverb or time phrase after it ("so Krause weiter", "so Krause am Montag")
    if m is not None and so_idiom_de(text, a + m.end(1)):
        return None  # "Die Bahn soll 2030 fahren, so der Plan.": no one's words
    spk = _so_x_phrase_de(text, a + m.start(2), a + m.end(2)) if m else None
    if m is not None and spk is not None and second_source_after_de(text, spk[1], a + m.end(2)):
        spk = None  # "«…», so Scholz und Macron.": two sources, neither alone
    if m is None:
        # "– so ein Sprecher des Ministeriums, Iwan Petrow.": the frame holds an apposition
        m = re.search(_FRAME_SEP + r"(so)\s+((?:der|die|das|ein|eine)?\s*[A-ZÄÖÜ][^.;]{1,60},[^.;]{1,80}?)[.!?]?$", seg)
        spk = np_after(text, a + m.end(1), a + m.end(2), lang) if m else None
        if m is None or spk is None or spk[1] < a + m.end(2):  # spk is None whenever m is
            return _so_x_inserted_de(text, a, seg) if DE.so_x_inserted else None
    return _trim_message(text, a, a + m.start()), Cue(a + m.start(1), a + m.end(1), "so"), spk


# ", so der Schriftsteller X in einem Blogeintrag, ": "so X" set off by commas inside a sentence
_SO_INSERTED = re.compile(r"(?:,|\s[–—])\s*(so)\s+((?:(?:der|die|das|ein|eine)\s+(?:[a-zäöüß-]+\s+){0,2})?[A-ZÄÖÜ][^,.;:!?]{1,140}?)\s*(?:,|[–—]\s)")


def _so_x_inserted_de(text: str, a: int, seg: str) -> _Found | None:
    """German: "Doch sei es, so der Autor X in einem Beitrag, ein Fehler gewesen.": "so X" set off by
    commas (or dashes) inside a sentence in reported speech (Konjunktiv I outside the frame) names the
    speaker of the whole sentence (rule so-x)."""
    m = _SO_INSERTED.search(seg)
    if m is None or not SUBJUNCTIVE_DE.search(seg[: m.start()] + " " + seg[m.end() :]):
        return None
    spk = np_after(text, a + m.end(1), a + m.end(2), "de")
    if spk is None or not text[spk[0] : spk[1]][:1].isupper() and not text[spk[0] : spk[1]].lower().startswith(("der ", "die ", "das ", "ein")):
        return None
    return _trim_message(text, a, a + len(seg)), Cue(a + m.start(1), a + m.end(1), "so"), spk


def _zufolge_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"Dem Ministerium zufolge <message>" / "<message>, dem Ministerium zufolge"."""
    m = re.search(_FRAME_SEP + r"((?:[Dd]e[mnr]|[Dd]ie|[Dd]as)?\s*[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)\s+zufolge\b", seg)
    if not m:
        return None
    cue = Cue(a + m.end() - len("zufolge"), a + m.end(), "zufolge")
    msg = _trim_message(text, a + m.end(), b) if m.start() == 0 else _trim_message(text, a, a + m.start())
    return msg, cue, (a + m.start(1), a + m.end(1))


_ZUFOLGE_OBJECT_DE = re.compile(r"((?:(?:[Dd]e[mnr]|[Dd]ie|[Dd]as|[Ee]ine[mnr]?)\s+(?:[a-zäöüß-]+\s+){0,2})?[A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*)*)\s+$")


def _zufolge_source_speaks_de(src: str) -> bool:
    """German: the noun phrase before "zufolge" is someone who speaks: a role, a known body ("der Gewerkschaft"), a
    person's name; not a thing or a plural noun ("dem Zeitplan", "Umfragen", "dem Gutachten")."""
    _name, _role, kind = parse_mention(src, "de")
    if not plausible_speaker(src, "de") or kind not in ("person", "role", "group"):
        return False
    if kind == "group":
        return organisation_de(src)
    return kind == "role" or not re.search(r"en$", src) or " " in src


def zufolge_object_de(text: str, cs: int, c: Cue) -> tuple[Cue, tuple[int, int] | None, str] | None:
    """German: "zufolge" ending the words before a quote ("Der Plan ist der Gewerkschaft zufolge „…“", "Anna Weber
    ist Paul Krause zufolge „…“"): a postposition, not a verb: the noun phrase it follows is the source, never the
    clause's subject (rule x-zufolge); none found, no speaker.  None after "eigenen Angaben": the subject's own."""
    if re.search(r"(?<![\w-])[Ee]igene[nr]?\s+[\w-]+\s+$", text[max(cs, c.start - 40) : c.start]):
        return None  # "Die Firma ist eigenen Angaben zufolge „…“": the subject's own account
    m = _ZUFOLGE_OBJECT_DE.search(text, cs, c.start)
    if m is None or not _zufolge_source_speaks_de(m.group(1)):
        return c, None, "x-zufolge"  # "dem Zeitplan zufolge", "Umfragen zufolge": no one who speaks
    return c, (m.start(1), m.end(1)), "x-zufolge"


# the verbs that close a "wie X sagte," frame
_WIE_VERBS = r"(?:sagte|mitteilte|erklärte|berichtete|betonte|meldete|schrieb|sagt|erklärt|mitteilt|berichtet)"
_LAUT_FRAME = re.compile(_FRAME_SEP + r"((?i:laut|nach Angaben(?: von)?|wie))\s+((?:(?:de[mnrs]|die|das)\s+(?:[a-zäöüß-]+\s+){0,2})?"
                         r"[A-ZÄÖÜ](?:(?!\s[„»“\"][a-zäöü])[^,]){1,60}?(?:\s+(?:von|vom)\s+(?:(?:der|des|dem|den)\s+)?[A-ZÄÖÜ][\w-]*)?)"  # "Max Maier von der SPD"
                         # the source ends before a quote mark that opens a clause in lower case ("Laut Anna Weber „müssen wir …“")
                         r"(\s+" + _WIE_VERBS + r")?\s*(?=,|\s+[a-zäöü]+\s|\s[„»“\"][a-zäöü])")


def _laut_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"Laut X <message>" / "nach Angaben von X" / "wie X mitteilte, <message>"."""
    m = _LAUT_FRAME.search(seg)
    if m is not None and _view_before_mark_de(seg, m.end()):
        return None  # "Laut X / Nach Angaben von X …, die nach Bewertung von Y „…“": the nach-x rule names Y
    if m is None or (m.group(1).lower() == "wie" and m.group(3) is None):
        return _wie_apposition_de(text, a, b, seg) or (_laut_inside_de(text, a, b, seg) if DE.laut_inside else None)
    assert m is not None
    if re.search(r"\w-$", m.group(2)):  # "Laut Bundes- und Landespolizei …": half of a compound whose head comes later
        return _laut_inside_de(text, a, b, seg) if DE.laut_inside else None
    if _frame_after_marks_de(text, a, b, seg, m.end()):
        return None  # "Laut Scholz „gibt es …“, sagte Merz": the frame after the marks names who spoke, not "laut"
    if DE.laut_inside and m.group(1).lower() == "laut" and _NACH_VIEW.match(seg, m.start(1)):
        return None  # "Laut Angaben der Polizei …": the nach-x rule names the police, not "Angaben"
    cue = Cue(a + m.start(1), a + m.end(1), m.group(1).split()[0].lower())
    msg = _trim_message(text, a + m.end(), b) if m.start() == 0 else _trim_message(text, a, a + m.start())
    spk = (a + m.start(2), a + m.end(2))
    chain = _GENITIVE_CHAIN_DE.match(seg, m.end(2)) if m.start() == 0 and cue.lemma != "wie" else None
    if chain:  # "Nach Angaben des Arbeitsministeriums des Bundesstaates ist …": the genitives are the source's, no message
        msg = _trim_message(text, a + chain.end(1), b)
    return msg, cue, None if cue.lemma == "wie" and two_phrases_de(text, spk) else medium_by_title_de(text, spk)  # "Wie die Polizei Anna Weber sagte, …"


def _frame_after_marks_de(text: str, a: int, b: int, seg: str, end: int) -> bool:
    """German: whether words in marks follow the source of a "laut X" frame ending at ``end`` of ``seg`` and a verb of
    saying stands after their closing mark ("Laut Anna Weber „…“, sagte aber Tom Braun")."""
    opening = re.match(r"\s*[„»“\"]", seg[end:])
    if opening is None:
        return False
    close = re.search(r"[“”\"«]", seg[end + opening.end() :])
    return close is not None and bool(find_cues(text, a + end + opening.end() + close.end(), b, "de"))


# the preposition "laut" takes the dative or genitive ("laut dem Minister", "laut des Berichts", "laut Polizei");
# "laut die Spieler", "laut das Lied" is the adverb (loudly)
_LAUT_INSIDE = re.compile(r"(?<![\w-])(laut)\s+(?=(?:de[mrs]|der|eine[mrs]|[A-ZÄÖÜ]))")
# verbs of sound or saying that "laut" follows as an adverb ("riefen laut", "las laut", "feierten laut")
_LOUD_VERB_DE = re.compile(r"(?:rief|ruf|schrie|schrei|sang|sing|las|lies|lacht|feier|jubel|klatsch|brüll|pfiff|pfeif|sprach|sprech|"
                           r"sagt|fragt|dacht|denk|wein|stöhn|klag|protestier|skandier|hup|bellt)\w*")


def _laut_inside_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """German "Die Lage ist laut dem Minister „sehr ernst“": "laut X" inside the clause (the
    preposition: a dative or genitive article or a capitalised word follows) makes the whole sentence
    X's reported speech, as "nach Angaben von X" there does (rule laut-x); "laut Angaben der Polizei" is
    left to the nach-x rule, which names the police.  Not the adverb after a verb of sound ("riefen laut
    der Lehrerin „…“ zu"), and not when the sentence has a verb of saying of its own: "Die Demonstranten
    forderten laut Polizei „…“" quotes the demonstrators, whom the police only report."""
    m = _LAUT_INSIDE.search(seg)
    if m is None or _NACH_VIEW.match(seg, m.start()):
        return None
    prev = _PREV_WORD.search(seg, max(0, m.start() - 30), m.start())
    if prev is not None and _LOUD_VERB_DE.fullmatch(prev.group(1).lower()):
        return None
    np = np_after(text, a + m.end(), b, "de")
    head = _WORD.match(text, np[0]) if np is not None else None
    if (np is not None and head is not None and re.match(r"\s+[A-ZÄÖÜ]", text[head.end() : np[1]])
            and _document_head(head.group(0).lower())):
        np = np[0], head.end()  # "laut Polizeibericht Totalschaden": the document, then the sentence's own subject
    if np is None or parse_mention(text[np[0] : np[1]], "de")[2] not in ("person", "role", "group", "organisation"):
        return None
    for c in find_cues(text, a, b, "de"):
        if a + m.start() <= c.start < np[1]:
            continue
        subj = _speaker_or_frame_subject(text, c, _clause_start(text, a, c.start), b, "de")
        if subj is not None and not (np[0] <= subj[0] < np[1]):
            return None  # the verb of saying has a subject of its own: its quote, which "laut X" only reports
    return _trim_message(text, a, b), Cue(a + m.start(1), a + m.end(1), "laut"), np


_WIE_APPOSITION = re.compile(
    _FRAME_SEP + r"([Ww]ie)\s+((?:(?:de[mnrs]|die|das|ein|eine)\s+(?:[a-zäöüß-]+\s+){0,2})?[A-ZÄÖÜ][^,.;:!?]{1,60}?,\s*[A-ZÄÖÜ][^,.;:!?]{1,60}?),"
    r"\s+(?:(?:am|gegenüber|vor|in|im)\s+[^,]{1,40}?\s+)?" + _WIE_VERBS + r"\s*,")


def _wie_apposition_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """German "Wie die Ministerin, Anna Weber, erklärte, <message>": a "wie" frame whose subject holds an
    apposition set off by commas (rule laut-x, as "wie X mitteilte")."""
    if not DE.wie_apposition:
        return None
    m = _WIE_APPOSITION.search(seg)
    if m is None:
        return None
    cue = Cue(a + m.start(1), a + m.end(1), "wie")
    msg = _trim_message(text, a + m.end(), b) if not seg[: m.start()].strip(" ,–—-") else _trim_message(text, a, a + m.start())
    return msg, cue, _strip_span(text, a + m.start(2), a + m.end(2))


# "nach Auffassung des Ministers", "nach Angaben von X", "nach Schäubles Idee", "gemäß einer Mitteilung
# der Polizei", "In den Augen der Ministerin" (opening the sentence or set off by a comma: "Tränen in den Augen der
# Mutter" are seen): a preposition and a noun of saying or opinion name the source wherever they stand
_VIEW_NOUNS = (r"(?:Auffassung|Ansicht|Angaben|Aussagen?|Worten|Darstellung(?:en)?|Einschätzung|Meinung|Überzeugung|"
               r"Bewertung|Informationen|Berichten|Erkenntnissen|Schätzungen?|Vorstellung|Idee|Mitteilung|Ansage|"
               r"Urteil|Beobachtungen|Worte|Sicht|Augen|Vorschlag)")
_NACH_VIEW = re.compile(
    r"(?:(?<![\w-])(?i:nach|gemäß|laut|aus\s+Sicht)|(?:^\s*|(?<=[,;:–—(]\s))[Ii]n(?=\s+den\s+Augen\s))\s+(?:(?:de[mnrs]|der|die|das|eine[mr]?)\s+)?(?:(?:eigenen|ersten|offiziellen|"
    r"jüngsten|bisherigen|neuesten|übereinstimmenden)\s+)?" + _VIEW_NOUNS
    + r"\s+(?:von\s+)?((?:de[mnrs]|der|die|das)?\s*(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][^,;:„“\"]{0,70}?)(?=\s*[,;:„“\"(]|\s+[a-zäöüß]+\b|\s*[.!?]?$)"
    r"|(?<![\w-])(?i:nach)\s+([A-ZÄÖÜ][\w-]+s)\s+" + _VIEW_NOUNS + r"(?![\w-])")


# genitives after a source that opens the sentence, up to its verb ("des Bundesstaates ist", "des Landes Bayern wurden")
_GENITIVE_CHAIN_DE = re.compile(r"((?:\s+(?:des|der|eines|einer)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\w-]*"
                                r"(?:\s+[A-ZÄÖÜ][\w-]*){0,2})+)(?=\s+[a-zäöüß]+(?![\w-])(?!\s*[.!?]?$))")
_NAME_APPOSITION = re.compile(r"\s*,\s*((?:[A-ZÄÖÜ][\w-]+\s+){1,3}[A-ZÄÖÜ][\w-]+)\s*,")


def _inner_view_de(seg: str, m: re.Match[str]) -> tuple[int, int, int] | None:
    """A second source of the same kind later in the sentence, in a clause of its own, right before words in
    marks ("Nach Angaben des Verbands soll …, die nach Einschätzung von Fachleuten „…“ ist"): the words in
    marks are that nearer source's.  Returns the cue's start and the source's start and end in ``seg``."""
    later = [x for x in _NACH_VIEW.finditer(seg, m.end()) if "," in seg[m.end() : x.start()]]
    if not later:
        return None
    x = later[-1]
    g = 1 if x.group(1) else 2
    more = _AND_SOURCE_BEFORE_MARK.match(seg, x.end())  # "nach Bewertung von Polizei und Staatsanwaltschaft „…“"
    return (x.start(), x.start(g), more.end(1) if more.group(1) else x.end(g)) if more else None


def _view_before_mark_de(seg: str, start: int) -> bool:
    """Whether a source of the nach-x kind follows ``start`` in a clause of its own (after a comma),
    right before words in marks: those words are that nearer source's."""
    return any("," in seg[start : x.start()] and _AND_SOURCE_BEFORE_MARK.match(seg, x.end())
               for x in _NACH_VIEW.finditer(seg, start))


_AND_SOURCE_BEFORE_MARK = re.compile(r"(\s+(?:und|oder)\s+(?:(?:de[mnrs]|der|die|das)\s+)?[A-ZÄÖÜ][\w-]*)?\s*[„“\"]")


# an outlet named by its kind after an article and adjectives ("der spanischen Zeitung", "dem britischen Sender"): no name
_MEDIUM_KIND_DE = re.compile(r"(?:de[mnrs]|die|das|eine[mnrs]?)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Zz]eitung|"
                             r"[Ss]ender|[Mm]agazin|[Bb]latt|[Aa]gentur|[Pp]ortal|[Ww]ebsite|[Ww]ebseite|[Zz]eitschrift)(?:e?s)?")
_TITLE_AFTER_DE = re.compile(r"\s*[„“\"»«]([^„“”\"«»,.;:!?]{1,40})[“”\"«]")


def medium_by_title_de(text: str, spk: tuple[int, int] | None) -> tuple[int, int] | None:
    """German: a source named by an outlet's kind ("nach Angaben der spanischen Zeitung „Marca“", "laut der Zeitung
    „Marca“"): the title in quotation marks after it, which names the outlet; without one no name (an outlet unnamed,
    never "spanischen Zeitung").  Any other source as it is."""
    if spk is None:
        return None
    mark = _TITLE_SPLIT_DE.search(text, spk[0], spk[1])  # "der spanischen Zeitung „Marca“" read as one source
    kind = _MEDIUM_KIND_DE.fullmatch(text, spk[0], mark.start() if mark is not None else spk[1])
    if kind is None:
        return spk
    title = _TITLE_AFTER_DE.match(text, kind.end())
    return (title.start(1), title.end(1)) if title is not None else None


_TITLE_SPLIT_DE = re.compile(r"\s*[„“\"»«]")


def _nach_view_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"Nach Auffassung des X sei es „…“" / "…, nach Angaben der Polizei." / "Nach Schäubles Idee soll …":
    the source named after a noun of saying or opinion; the message is the rest of the sentence."""
    m = _NACH_VIEW.search(seg)
    if not m:
        return None
    inner = _inner_view_de(seg, m)
    if inner is not None:
        cue = Cue(a + inner[0], a + inner[0] + len(seg[inner[0] :].split()[0]), "nach")
        return _trim_message(text, a + inner[2], b), cue, _strip_span(text, a + inner[1], a + inner[2])
    g = 1 if m.group(1) else 2
    # "Tesla will nach eigenen Angaben …": the subject's own account, no source after it; but opening the sentence with
    # a genitive ("Nach eigenen Angaben der Polizei wurde …") the account is the owner's, who is named there
    own = re.search(r"(?<![\w-])eigenen\s", m.group(0)) is not None and not (
        g == 1 and not seg[: m.start()].strip(" ,–—-") and re.match(r"de[rs]\s", m.group(1)) is not None)
    spk = _strip_span(text, a + m.start(g), a + m.end(g))
    cue = Cue(a + m.start(), a + m.start() + len(m.group(0).split()[0]), "nach")
    end = m.end()
    cut = _clause_word_in_source_de(text, spk) if g == 1 else None
    if cut is not None:  # "nach Angaben der Hamas-Behörde Dutzende Menschen getötet": the count opens the clause's subject
        spk, end = _strip_span(text, spk[0], cut), cut - a
    appo = _NAME_APPOSITION.match(seg, end)
    if appo:  # "Nach den Worten des Parteichefs, Pham Quang Nghi, handelt es sich …": the name goes with the source
        spk = (spk[0], a + appo.end(1))
        end = appo.end()
    chain = _GENITIVE_CHAIN_DE.match(seg, end) if g == 1 and not appo and not seg[: m.start()].strip(" ,–—-") else None
    if chain:  # "Nach Angaben eines Sprechers der Stadt Köln wurden …": the genitives are the source's, no message
        end = chain.end(1)
    if not seg[: m.start()].strip(" ,–—-"):
        msg = _trim_message(text, a + end, b)
    elif not seg[end:].strip(" .!?"):
        msg = _trim_message(text, a, a + m.start())
    else:
        msg = _trim_message(text, a, b)  # in mid-sentence: the whole sentence is reported
    if own and g == 1:
        return msg, cue, None  # "Das Feuer brach nach eigenen Angaben der Feuerwehr … aus": an owner in mid-sentence, not taken
    return msg, cue, _own_account_subject_de(text, a, seg[: m.start()]) if own else medium_by_title_de(text, spk)


# capitalised words that no source of "nach Angaben der X" goes on with: counts and the nouns counted ("der Behörde
# Dutzende Menschen getötet", "der Polizei 40 Verletzte"), and what a clause reports ("der Vermittler Fortschritte")
_COUNT_WORDS_DE = frozenset({"dutzende", "dutzend", "hunderte", "tausende", "zehntausende", "hunderttausende", "millionen",
                             "menschen", "tote", "toten", "verletzte", "verletzten", "opfer", "zivilisten", "kinder",
                             "fortschritte", "bewegung", "einigung", "hinweise", "anzeichen"})


def _clause_word_in_source_de(text: str, spk: tuple[int, int]) -> int | None:
    """German: where the source a "nach Angaben der X" frame read runs on into the words of its clause, the start of the
    first such word after the source's head: a number, a count or a noun counted or reported (``_COUNT_WORDS_DE``);
    None when there is none ("der Polizei Köln", "des Sprechers Paul Krause" stay whole)."""
    words = list(_WORD.finditer(text, spk[0], spk[1]))
    head = next((i for i, w in enumerate(words) if w.group(0)[:1].isupper()), None)
    if head is None:
        return None
    return next((w.start() for w in words[head + 1 :] if w.group(0)[:1].isdigit() or w.group(0).lower() in _COUNT_WORDS_DE), None)


def _own_account_subject_de(text: str, a: int, before: str) -> tuple[int, int] | None:
    """German: who gives "nach eigenen Angaben" an account of their own, the subject the clause opens with before its
    verb ("Tesla will nach eigenen Angaben …", "Der Fahrer wurde nach eigenen Angaben …"); the words after the noun
    are no one ("weitere Werke").  None when the clause opens otherwise: an object or adverb first ("Den Kunden hilft
    …", "Im Mai hatte die Firma …"), a pronoun, or nothing before."""
    m = re.fullmatch(r"(\s*)((?:[Dd]er|[Dd]ie|[Dd]as)\s+[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})\s+[a-zäöüß]+\s*", before)
    if m is None or m.group(2).lower() in ("er", "sie", "es", "man", "wir", "ich", "das", "dies", "dabei", "dort", "hier") or (
            m.group(2).split()[0].lower() in ("den", "dem", "des", "einem", "einen", "einer", "eines", "ein", "eine")):
        return None
    return a + m.start(2), a + m.end(2)


def _np_with_appositions_de(text: str, a: int, end: int) -> bool:
    """German: whether ``text[a:end]`` is one noun phrase with its appositions, or with one relative clause after them
    ("Der Sprecher, Paul Krause", "Paul Krause, der lange schwieg"); not when a clause follows the relative one ("Die
    Rasanz, mit der …wurde, ließ uns kaum Zeit": a sentence, whose words are reported)."""
    appo = _apposition_subject(text, a, end, "de")
    return appo is not None and len([p for p in text[appo[1] : end].split(",") if p.strip()]) <= 1


def _cue_clause_de(text: str, a: int, b: int, cue: Cue, cues: list[Cue], subj: tuple[int, int] | None) -> _Found | None:
    """"sagte X, dass …" / "sagte, Russland werde …" (subjunctive comma clause) / "<message>, erklärte X."."""
    lang = "de"
    if subj is not None and text[subj[0] : subj[1]].split()[:1] in (["dessen"], ["deren"]):
        return None  # "Paul Krause, dessen Verein klagt, sagte …": that verb is the relative clause's, its clause no message
    weak = _is_weak(cue.lemma, lang)
    rest = text[cue.end : b]
    m = re.search(r",\s*(?:dass|daß)\b", rest)
    if m and any(cue.end <= o.start < cue.end + m.start() for o in cues):
        m = None  # a later cue ("bezeichnete ... und sagte, dass") owns the clause
    m_first = re.match(r"([^,]{0,80}),\s*", rest)
    if m and m_first and m_first.end() < m.start() and not weak and _reported_clause(rest[m_first.end():m.start()]):
        m = None  # "sagte, er werde dafür sorgen, dass …": the dass clause belongs to the reported one
    if m and m.start() <= 120:
        return _trim_message(text, cue.end + m.end(), b), cue, subj
    # "sagte, Russland werde ..." / "erklärte Lawrow, er könne ...": comma clause with subjunctive
    m = re.match(r"([^,]{0,80}),\s*", rest)
    if m and not weak and _reported_clause(rest[m.end():][:200]):
        if subj is None or subj[0] >= cue.end + m.end():
            subj = np_after(text, cue.end, cue.end + len(m.group(1)), lang) or subj
        return _trim_message(text, cue.end + m.end(), b), cue, subj
    # "<message>, erklärte das Ministerium." : cue right after a comma, near the sentence end
    pre = text[a : cue.start]
    pre_np = np_after(text, a, a + len(pre.rstrip()) - 1, lang, at_start=True) if pre.strip() else None
    pre_is_np = (pre_np is not None and pre_np[1] >= a + len(pre.rstrip()) - 3) or _np_with_appositions_de(text, a, a + len(pre.rstrip()) - 1)
    # a promise in the subjunctive before it is reported speech too ("Man werde alle unterstützen, versprach X")
    promise = cue.lemma == "versprechen" and _reported_clause(pre)
    if re.search(r"(?:,|\s-|[–—])$", pre.rstrip()) and (not weak or promise) and _word_count(pre) >= 3 and not pre_is_np:
        source = _HEISST_ES_FROM_DE.match(text, cue.end, b) if cue.lemma == "heißen" else None
        spk = np_after(text, source.end(), b, lang) if source is not None else np_after(text, cue.end, b, lang)
        if spk and (source is not None or promise) and not _named_source_de(text, spk, source):
            return _trim_message(text, a, a + len(pre.rstrip()) - 1), cue, None  # "hieß es aus Regierungskreisen": unnamed
        if spk:
            # "…, sagte Keller der Deutschen Presse-Agentur.": the name, not the agency it spoke to
            return _trim_message(text, a, a + len(pre.rstrip()) - 1), cue, _surname_before_object_de(text, _name_before_dative_de(text, spk))
    return None


def _named_source_de(text: str, spk: tuple[int, int], source: re.Match | None) -> bool:
    """German: whether the noun phrase after "hieß es aus/bei …" or "versprach" names one source: a person by a listed
    first name, a role or body noun after an article or a contracted "vom"/"beim" ("aus dem Landratsamt", "vom Sprecher
    Mark Toner"), an acronym ("die SPD"); not anonymous circles ("aus Regierungskreisen"), a city as a metonym ("aus
    Berlin"), a title cut short ("bei Russland Aktuell"), a thing ("der Wahlkampf der SPD"), nor one of a pair ("CDU und SPD")."""
    words = text[spk[0] : spk[1]].split()
    if re.match(r"\s+(?:und|sowie)\s+[A-ZÄÖÜ]", text[spk[1] : spk[1] + 12]) or any(w.lower().endswith(("kreisen", "kreise")) for w in words):
        return False
    art = words[0].lower() in ARTICLES or (source is not None and source.group(0).split()[-1].lower() in ("vom", "beim"))
    nouns = [w for w in words if w[:1].isupper()]
    head = nouns[0] if nouns else ""
    name, _role, kind = parse_mention(" ".join(words), "de")
    person = kind == "person" and bool(name) and first_name_gender_de((name or "").split()[0]) is not None  # "Bürgermeister Paul Krause"
    if person or (len(head) >= 2 and head.replace("-", "").isupper()):
        return True
    if source is None and len(words) == 1 and head:
        return True  # "…, versprach Krause.": the subject, a surname
    return art and (is_role_word(head) or organisation_de(head))


# "…, hieß es aus dem Landratsamt / vom Verband / bei der Polizei": where the words came from, after "es" and a preposition
_HEISST_ES_FROM_DE = re.compile(r"\s+es\s+(?:aus|von\s+[Ss]eiten|vonseiten|von|vom|bei|beim|seitens)\s+(?=(?:de[mnrs]|der|die|das)\s|[A-ZÄÖÜ])")


# a passive clause with its agent ("wurde von Demonstranten empfangen", "Von der Polizei wurde sie festgenommen"):
# its subject underwent what the agent did
_PASSIVE_WITH_AGENT_DE = re.compile(r"(?<![\w-])(?:wird|wurde|werden|wurden|worden)\s+(?:[^:„“\"]*?\s)?(?:von|vom|durch)\s+"
                                    r"(?=[A-ZÄÖÜ]|(?:de[mnrs]|die|das|eine[mnr]?)\s)")
_PERFECT_PASSIVE_DE = re.compile(r"(?<![\w-])(?:ist|sind|war|waren|sei|seien)\s+(?:[^:„“\"]*?\s)?(?:von|vom|durch)\s+"
                                 r"(?=[A-ZÄÖÜ]|(?:de[mnrs]|die|das|eine[mnr]?)\s)[^:„“\"]*\sworden(?![\w-])")
_AGENT_BEFORE_DE = re.compile(r"(?<![\w-])(?:von|vom|durch)\s+(?:(?:de[mnrs]|die|das|eine[mnr]?)\s+)?$")
_AGENT_FIRST_DE = re.compile(r"\s*(?:[Vv]on|[Vv]om|[Dd]urch)\s+\S+(?:\s+\S+){0,3}?\s+(?:wird|wurde|werden|wurden)(?![\w-])")


def passive_colon_frame_de(text: str, cs: int, colon: int, subject: tuple[int, int]) -> bool:
    """German: whether a colon frame without a verb of saying is a passive clause naming its agent ("Die
    Ministerin wurde von Demonstranten empfangen: „…“", "Anna Weber wurde von Paul Krause unterbrochen:") and
    ``subject`` is not that agent: the subject only underwent the act, and the agent did no saying the clause
    names (a speech held is: "Die Rede wurde am Montag von Anna Weber gehalten:"); who spoke is open."""
    if _AGENT_BEFORE_DE.search(text[max(cs, subject[0] - 12) : subject[0]]):
        return False
    return bool(_PASSIVE_WITH_AGENT_DE.search(text, cs, colon) or _PERFECT_PASSIVE_DE.search(text, cs, colon)
                or _AGENT_FIRST_DE.match(text, cs, colon))


# a negator in the clause of the verb of saying: he did not say it ("„…“, sagte Paul Kurz nicht", "X hat nie gesagt:",
# "Keiner sagte:");
# not "nicht nur", "nicht zuletzt", "nicht ohne Stolz", "nicht zum ersten Mal", "nicht erst", "nicht müde" (said all the
# same), "und nicht Anna Weber" (someone else), "einer nicht öffentlichen Sitzung" (an adjective's)
_NEGATED_SAYING_DE = re.compile(r"(?<![\w-])(?<!und\s)(?<!oder\s)(?<!sondern\s)(?:nicht(?!\s+(?:nur|zuletzt|umsonst|ohne|zum\s+ersten|erst|"
                                r"selten|von\s+ungefähr|müde|weit|fern)(?![\w-]))(?!(?:\s+[a-zäöüß]+){1,2}(?:e|en|em|er|es)\s+[A-ZÄÖÜ])"
                                r"|nie|niemals|nimmer|keineswegs|keinesfalls|mitnichten|niemand|kein(?:e[mnr]?)?)(?![\w-])", re.I)
# a verb of denial before "gesagt zu haben" ("„…“, bestritt Paul Kurz, das gesagt zu haben"): the words denied
_DENIED_SAYING_DE = re.compile(r"(?<![\w-])(?:gesagt|geäußert|behauptet|erklärt|geschrieben|versprochen)\s+zu\s+haben(?![\w-])")
_DENIAL_LEMMAS_DE = frozenset({"bestreiten", "abstreiten", "dementieren", "zurückweisen", "leugnen"})
_CLAUSE_EDGE_DE = re.compile(r"[,;:.!?()\n" + re.escape(QUOTE_CHARS) + r"–—]")


# after the verb, a negator counts only where it ends the clause ("sagte Paul Kurz nicht."), right after the verb
# ("sagte nicht Paul Kurz", "sagte es nie") or as a pronoun ("sagte keiner der Abgeordneten"); not one of an adverb or
# a time ("sagte Paul Kurz nicht mehr ganz so sicher", "keine zwei Stunden später", "in keinem Interview so deutlich")
_NEGATION_ENDS_CLAUSE_DE = re.compile(r"(?:\s+(?:mehr|so|selbst|wörtlich))?\s*$", re.I)
_NEGATOR_AFTER_VERB_DE = re.compile(r"\s+(?:(?:es|das|dies|so)\s+)?(?:nicht|nie|niemals|nimmer|niemand)(?![\w-])", re.I)
_NEGATIVE_PRONOUN_DE = re.compile(r"kein(?:er|es)?\s+(?:der|des|von|aus|unter)(?![\w-])", re.I)


def _negates_saying_de(text: str, cue: Cue, neg: re.Match[str], b: int) -> bool:
    """German: whether negator ``neg`` in the clause of ``cue`` (which ends at ``b``) negates the saying."""
    if neg.start() < cue.start:
        return True  # "X hat nie gesagt:", "Keiner sagte:"
    return bool(_NEGATION_ENDS_CLAUSE_DE.fullmatch(text, neg.end(), b) or _NEGATOR_AFTER_VERB_DE.fullmatch(text, cue.end, neg.end())
                or _NEGATIVE_PRONOUN_DE.match(text, neg.start(), b))


def negated_saying_de(text: str, cue: Cue) -> bool:
    """German: whether the clause of the verb of saying ``cue`` (from the punctuation or quotation mark before it to the
    one after it) negates the saying ("„…“, sagte Paul Kurz nicht.", "Paul Kurz hat nie gesagt: „…“") or denies
    having said it ("bestritt Paul Kurz, das gesagt zu haben"): the one it names did not say the words."""
    before = [m.end() for m in _CLAUSE_EDGE_DE.finditer(text, max(0, cue.start - 120), cue.start)]
    a = before[-1] if before else max(0, cue.start - 120)
    after = _CLAUSE_EDGE_DE.search(text, cue.end, min(len(text), cue.end + 120))
    b = after.start() if after else min(len(text), cue.end + 120)
    if any(_negates_saying_de(text, cue, neg, b) for neg in _NEGATED_SAYING_DE.finditer(text, a, b)):
        return True
    if cue.lemma in _DENIAL_LEMMAS_DE:
        nxt = _CLAUSE_EDGE_DE.search(text, b + 1, min(len(text), b + 80)) if b < len(text) and text[b] == "," else None
        return _DENIED_SAYING_DE.search(text, cue.end, nxt.start() if nxt else b) is not None
    return False


# German: a verbless colon frame that names a dead person by a noun of mourning ("Nachruf auf Ruth Gasser:", "Abschied von
# Tom Hadley:", "Zum Tod von Ruth Gasser:"): who is mourned, never who speaks
_OBITUARY_HEAD_DE = re.compile(r"\s*(?:(?:Ein\s+)?(?:Nachruf|Abschied|Trauer|Gedenken|Erinnerungen?|Trauerfeier)\s+(?:auf|an|von|um|für)|"
                               r"Zum\s+Tod(?:e)?\s+(?:von|des|der))\s")


def obituary_head_de(text: str, a: int, b: int) -> bool:
    """German: whether ``text[a:b]`` opens with a noun of mourning and whom it is for (:data:`_OBITUARY_HEAD_DE`)."""
    return _OBITUARY_HEAD_DE.match(text, a, b) is not None
