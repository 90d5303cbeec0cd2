"""Shared pieces of quote extraction: cues and their search, sentences and tokens, the bookkeeping
of quoted spans (``_TopSpans``, ``_Framed``), a quote's rule flag, and the thresholds several stages
read."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice

from ..model import Article, Quote, Sentence
from ..segment import strip_span
from .lexicon import CUE_PATTERNS, CUE_STARTS
from .marks import QuoteSpan
from .speakers import is_role_word

FRAGMENT_MAX_WORDS = 4
MAX_QUOTE_MARKS = 10_000  # double quotation marks one article may hold (about 5,000 quotes; about 20 CPU-s worst case)

CONTEXT_SENTENCES = 3  # how far back a pronoun/role/unframed quote looks for its speaker

_WORD = re.compile(r"[\w][\w\-’'.]*[\w]|[\w]", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?…])(?:''|[\"“”'’»«])?\s+(?=(?:''|[\"„“‚'‘»«(])?[A-ZÄÖÜ0-9])|\n+")  # '' : NYT-style marks


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    lemma: str


_ABBREV = {
    "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "lt", "gen", "col", "sgt", "st", "jr", "sr", "prof", "inc", "co",
    "corp", "ltd", "vs", "no", "nr", "bzw", "ca", "vgl", "ggf", "inkl", "abs", "art", "bd", "hr", "fr", "jan", "feb",
    "aug", "sept", "sep", "oct", "okt", "nov", "dec", "dez", "u.s", "u.k", "u.n", "d.c", "z.b", "u.a", "d.h", "rev",
    "gov't", "capt", "cmdr", "adm", "supt", "dept", "univ", "ave", "blvd", "mt", "ft", "pres",
}


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Fallback sentence spans (used only when no sentence list is given)."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in text[m.start() : m.end()]:
            word = re.search(r"([\w.’']+)[.]$", text[max(0, m.start() - 12) : m.start()])
            if word and (word.group(1).lower() in _ABBREV or re.fullmatch(r"(?:\w\.)+\w?|[A-Z]", word.group(1))):
                continue  # "Gov. Mike Huckabee", "U.S. Senate", "George H.W. Bush"
        if m.start() > pos:
            spans.append((pos, m.start() if text[m.start()].isspace() else m.start() + 1))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    stripped = (strip_span(text, a, b) for a, b in spans)
    return [(a, b) for a, b in stripped if b > a]


def _sentences(article: Article, sentences: list[Sentence] | None, lang: str) -> list[Sentence]:
    if sentences:
        return sorted((s for s in sentences if s.article_id == article.id or not s.article_id), key=lambda s: s.start)
    from ..segment import split_sentences  # SoMaJo, a declared dependency, as ingestion splits

    spans = split_sentences(article.text, lang)
    if not spans:
        spans = simple_sentences(article.text)
    return [
        Sentence(f"{article.id}#s{i:04d}", article.id, "", i, a, b, article.text[a:b], lang)
        for i, (a, b) in enumerate(spans)
    ]


def guess_language(text: str) -> str:
    words = re.findall(r"[a-zäöüß]+", text.lower()[:4000])
    de = sum(w in {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "auf", "dass"} for w in words)
    en = sum(w in {"the", "and", "of", "to", "is", "that", "with", "was", "for", "on", "said"} for w in words)
    return "de" if de > en else "en"


# -- small text helpers ----------------------------------------------------------------


_PREV_WORD = re.compile(r"(\w+)\s+$")
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that",
                "no", "any", "some", "such", "whose", "de", "der", "die", "das", "den", "dem", "des", "ein", "eine",
                "einen", "einem", "einer", "seine", "seiner", "ihre", "ihrer"}


# German: an article or a preposition fused with one, then a degree or time adverb, right before a word; and a
# word with an adjective's ending before a capitalised noun: that word is an adjective ("vom eher bekannten Wort")
_ATTRIBUTIVE_DE = re.compile(r"(?<![\w-])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|vom|zum|zur|beim|im|am|"
                             r"ins|seine[mnrs]?|ihre[mnrs]?|diese[mnrs]?)\s+(?:eher|sehr|so|besonders|allgemein|weithin|lange|"
                             r"bereits|schon|oft|viel|wenig|kaum|bisher|zuvor|kürzlich|jüngst|zuletzt|vielfach|häufig|offiziell|"
                             r"öffentlich|ausdrücklich|mehrfach)\s+$|(?<![\w-])(?:vom|zum|zur|beim|im|am|ins)\s+$", re.IGNORECASE)
_ADJECTIVE_BEFORE_NOUN_DE = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")
_SAYING_NOUN_EN = re.compile(r"(?i)\b(?:(?:a|an|the|one|another|every|each|this|that|his|her|their|its|our|my|your)\s+)?"
                             r"(?:one|another|every|each|old|common|famous|popular|favou?rite|familiar|well-known)\s+$")


# English: the words between a speech verb and a later cue word that make that word the head noun of a
# prepositional phrase of the verb ("said on the MSNBC show", "told reporters in a CNN report"): a
# preposition, a determiner and capitalised words only, up to two words before the preposition ("said Tuesday on")
_PLACE_PHRASE_AFTER_CUE_EN = re.compile(r"\s+(?:(?!(?:that|and|but|or|as|if|when|while|because)\s)\w+\s+){0,2}"
                                        r"(?:on|in|at|during|into|onto)\s+(?:the|a|an|his|her|their|its|our)\s+"
                                        r"(?:[A-Z][\w.&'’-]*\s+)+")


def _noun_of_place_phrase_en(text: str, verb: Cue, start: int, form: str, lemma: str) -> bool:
    """English: a cue word in its bare or -s form right after a speech verb's prepositional phrase of a
    determiner and names ("said on the MSNBC show"): the phrase's head noun, as a clause has its verb already."""
    return form in (lemma, lemma + "s") and bool(_PLACE_PHRASE_AFTER_CUE_EN.fullmatch(text, verb.end, start))


def find_cues(text: str, a: int, b: int, lang: str) -> list[Cue]:
    """The speech cues between ``a`` and ``b``, in order (one per start)."""
    return list(_find_cues(text, a, b, lang))


# English cue forms that are also plural nouns, and the verbs that take them as an object ("rejected claims that …")
_PLURAL_NOUN_CUES_EN = frozenset({"claims", "reports", "notes", "comments", "remarks", "replies", "answers", "statements"})
# English numerals and quantifiers: a cue form in -s right after one is a plural noun ("three states", "many reports")
_NUMERAL_EN = re.compile(r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                        r"hundred|hundreds|dozen|dozens|thousand|thousands|several|many|both|few|all|other|most")
_CAPITALISED_BEFORE_EN = re.compile(r"\b([A-Z][\w.-]*)[ \t]+$")
_NOUN_AFTER_VERB_EN = re.compile(r"\w+ed|(?:den(?:y|ies|ying)|reject(?:s|ing)?|dismiss(?:es|ing)?|refut(?:e|es|ing)|"
                                 r"disput(?:e|es|ing)|confirm(?:s|ing)?|deny|investigat(?:e|es|ing)|amid|despite|over|about)")


@lru_cache(maxsize=64)
def _find_cues(text: str, a: int, b: int, lang: str) -> tuple[Cue, ...]:
    # cached: every quote of a sentence asks for the same sentence's cues (a line of 2,000 quotes
    # otherwise costs 2,000 scans of itself)
    out: list[Cue] = []
    key = lang if lang in CUE_STARTS else "en"
    for start in CUE_STARTS[key].finditer(text, a, b):
        for lemma, pat in CUE_PATTERNS[key]:  # at each start, the first lemma (in the list's order) that is a cue there
            m = pat.match(text, start.start(), b)
            if m is None:
                continue
            prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
            if prev and prev.group(1).lower() in _DETERMINERS and lemma not in ("zufolge", "according to") and not (
                    lang == "de" and (_fronted_object_de(text, prev.start(1), m.end()) or _relative_before_verb_de(text, prev, m))):
                continue  # "his remarks", "the report", "die Meldung": a noun, not a reporting verb
            if lang == "de" and prev and m.group()[:1].isupper() and "\n" not in text[prev.end(1) : m.start()]:
                continue  # "in einem internen Schreiben", "ihren Glauben": capitalised after a word on its line, a German noun
            if lang == "de" and _ATTRIBUTIVE_DE.search(text, max(0, m.start() - 40), m.start()) and _ADJECTIVE_BEFORE_NOUN_DE.match(text, m.start()):
                continue  # "vom eher bekannten Mundartwort", "im lange angekündigten Bericht": an adjective before its noun
            if lang == "en" and prev and _NOUN_AFTER_VERB_EN.fullmatch(prev.group(1).lower()) and m.group().lower() in _PLURAL_NOUN_CUES_EN:
                continue  # "rejected claims that", "denies reports that": the noun a verb takes, not a reporting verb
            if lang == "en" and prev and m.group().endswith("s") and _count_before_noun_en(text, prev):
                continue  # "put three states on notice", "many reports": a plural noun after a numeral, not a verb
            if lang == "en" and re.search(r"\w[’']s\s+$", text[max(0, m.start() - 4) : m.start()]):
                continue  # "Moreau’s remarks", "Orlov’s proposed credit": a noun or adjective after an owner
            if lang == "en" and m.group().endswith("ing") and _SAYING_NOUN_EN.search(text, max(0, m.start() - 40), m.start()):
                continue  # "is one common saying here", "an old saying": the noun
            if lang == "en" and m.group().lower() in _NOUNS_BY_SOURCE_EN and _BY_SOURCE_EN.match(text, m.end(), b):
                continue  # "followed by brief remarks by President Biden", "comments from the mayor": the noun and its author
            if lang == "en" and prev and _surname_after_name_en(text, prev, m):
                continue  # "Bob Hope said", "Tom Will said": a capitalised cue form after a name is its surname
            if lang == "en" and out and _noun_of_place_phrase_en(text, out[-1], m.start(), m.group().lower(), lemma):
                continue  # "said on the MSNBC show": the noun of a place phrase after the verb, not a second verb
            if lang == "en" and lemma == "add" and _AMOUNT_AFTER_EN.match(text, m.end(), b):
                continue  # "the FTSE 100 added 0.4%", "Brent crude added 1.10 dollars": a market gained, no one spoke (rv80-1)
            out.append(Cue(m.start(), m.end(), lemma))
            break
    return tuple(out)


# an amount of money, a share or index points right after "added": "added 0.4%", "added a further $2 billion",
# "added nearly 100 points", "added 1.10 dollars"; not a time ("Berg added 20 minutes later", pr37-4)
_AMOUNT_AFTER_EN = re.compile(r"\s+(?:(?:a\s+further|another|nearly|almost|about|around|some|roughly|just|over|more\s+than|"
                              r"up\s+to)\s+)?(?:[$€£]\d|\d[\d.,]*\s*(?:%|per\s*cent|percent|percentage\s+points?|basis\s+points?|"
                              r"points?|pence|p\b|cents?|dollars?|euros?|pounds?|yen|francs?|bn\b|billion|million))")


_LOWER_OR_STOP_AFTER_EN = re.compile(r"\s*(?:[,.;!?)]|\s[a-z]|$)")


def _surname_after_name_en(text: str, prev: re.Match[str], m: re.Match[str]) -> bool:
    """English: whether a capitalised cue form right after a capitalised word on its line (one space between, the word
    not in capitals alone) and before a lower-case word or a stop is a surname ("Bob Hope said", "said Bob Hope.");
    not in a headline in title case ("Biden Says He Will Run")."""
    word = prev.group(1)
    return (m.group()[:1].isupper() and word[:1].isupper() and not word.isupper() and text[prev.end(1) : m.start()] == " "
            and _LOWER_OR_STOP_AFTER_EN.match(text, m.end()) is not None)


# English cue forms in -s that, followed by "by/from" and their author, are plural nouns ("remarks by President Biden",
# "statements from the White House"); not "reports" or "answers" ("she reports from Kyiv", "he answers by saying")
_NOUNS_BY_SOURCE_EN = frozenset({"remarks", "comments", "statements", "claims"})
_BY_SOURCE_EN = re.compile(r"\s+(?:by|from)\s+(?:the\s+)?[A-Z]")


def _count_before_noun_en(text: str, prev: re.Match[str]) -> bool:
    """The word before an English cue form in -s is a numeral or quantifier counting it ("three states", "The 50
    states"), not digits that number a capitalised name ("Article 5 states", "Channel 4 reports")."""
    word = prev.group(1)
    if not _NUMERAL_EN.fullmatch(word.lower()):
        return False
    named = word[:1].isdigit() and _CAPITALISED_BEFORE_EN.search(text, max(0, prev.start(1) - 40), prev.start(1))
    return not named or named.group(1).lower() in _DETERMINERS or named.group(1).lower() in _BEFORE_COUNT_EN


# words before a count besides ``_DETERMINERS`` ("Only 12 reports"; "Some 30 states" by "some"): no name the digits number
_BEFORE_COUNT_EN = frozenset({"only", "about", "nearly", "almost", "around", "roughly", "approximately", "over",
                              "under", "just", "more", "fewer", "less", "at", "another", "all", "exactly", "by",
                              "in", "of", "for", "with", "and", "but", "since", "after", "before", "up", "to",
                              "from", "between", "among", "while"})


_RELATIVE_BEFORE_VERB_DE = frozenset({"der", "die", "das", "dem", "den"})


def _relative_before_verb_de(text: str, prev: re.Match[str], m: re.Match[str]) -> bool:
    """German: "…, der gesagt hatte:", "…, die skandierten:", "…, in dem geschrieben wurde:": right after a comma (or a
    comma and a preposition, before a passive), "der"/"die" before a lower-case
    verb form that ends its clause (at most two auxiliaries, then a stop) is a relative pronoun, not an article
    ("die skandierten Parolen": an adjective; "bestritt, das gesagt zu haben": an object of an infinitive)."""
    before = text[max(0, prev.start(1) - 12) : prev.start(1)]
    return (prev.group(1) in _RELATIVE_BEFORE_VERB_DE and m.group()[:1].islower()
            and (before.rstrip().endswith(",") or (_PREPOSITION_AFTER_COMMA_DE.search(before) is not None
                                                  and _PASSIVE_AFTER_DE.match(text, m.end()) is not None))
            and _CLAUSE_END_AFTER_VERB_DE.match(text, m.end()) is not None)


# ", in dem geschrieben wurde:": a preposition after a comma opens the relative clause, a passive (read by the frame rules as
# a sayer unnamed; not ", auf dem geschrieben stand:", where the thing is the source)
_PREPOSITION_AFTER_COMMA_DE = re.compile(r",\s*(?:in|an|auf|bei|mit|über|unter|aus|vor)\s+$")
_PASSIVE_AFTER_DE = re.compile(r"\s+(?:wird|wurde|werden|wurden|worden)(?![\w-])")


_CLAUSE_END_AFTER_VERB_DE = re.compile(r"(?:\s+(?!zu(?![\w-]))[a-zäöüß]+){0,2}\s*[,.:;!?]")


_FRONTED_OBJECT_DE = {"Das", "Dies", "Dieses"}
_SUBJECT_OPENERS_DE = {"der", "die", "das", "ein", "eine", "er", "sie", "man", "auch", "am", "nun", "jetzt", "zudem", "dazu",
                       "bereits", "gestern", "heute"}
# small words after a fronted-object frame's subject ("Das sagte Anna Weber am Abend"), not a verb ("Ziel Frankreich bleibt")
_AFTER_SUBJECT_DE = _SUBJECT_OPENERS_DE | {"im", "in", "an", "auf", "bei", "vor", "nach", "gegenüber", "mit", "über", "während",
                                           "zu", "zum", "zur", "vom", "von", "aus", "für", "dem", "den", "des", "und", "noch",
                                           "morgen", "kürzlich", "damals", "später", "erneut", "ebenfalls", "dann", "schon"}


def _fronted_object_de(text: str, det: int, verb_end: int) -> bool:
    """German: "Das erklärte der Sprecher", "Dies sagte General Paul Brenner": a sentence that opens
    with a demonstrative object and the speech verb, its subject after it; not "Das erklärte Ziel der
    Regierung", "Das erklärte Ziel Angela Merkels" (an adjective before a noun).  The word after the
    verb tells: an article, a pronoun or an adverb, or a title or role before a capitalised word."""
    if text[det : det + 6].split(" ")[0] not in _FRONTED_OBJECT_DE or not text[verb_end : verb_end + 1].isspace():
        return False
    if det > 0 and not re.search(r"(?:^|[.!?:“”\"]\s*|\n)$", text[max(0, det - 3) : det]):
        return False  # only at the start of a sentence
    nxt = _WORD.findall(text, verb_end, verb_end + 60)[:3]
    if not nxt or nxt[0] in _SUBJECT_OPENERS_DE:
        return bool(nxt)
    # a title or role before a name ("General Paul Brenner"), or a first name and a surname and then a small
    # word ("Anna Weber am Abend"); not a noun before a genitive ("Ziel Angela Merkels", "Ziel Merkels ist")
    two_names = (len(nxt) == 3 and nxt[2] in _AFTER_SUBJECT_DE and not nxt[1].endswith("s")
                 and all(w[:1].isupper() and w[1:2].islower() for w in nxt[:2]))
    return len(nxt) >= 2 and nxt[1][:1].isupper() and (is_role_word(nxt[0]) or two_names)


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, a, b)]


def _first_tokens(text: str, a: int, b: int, n: int) -> list[tuple[int, int, str]]:
    """The first ``n`` tokens of [a, b), without reading the rest (a long line of quotes)."""
    return [(m.start(), m.end(), m.group()) for m in islice(_WORD.finditer(text, a, b), n)]


def _word_count(s: str) -> int:
    return len(_WORD.findall(s))


def _strip_span(text: str, a: int, b: int, chars: str = " \t\n,;:–—-") -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


_HSPACE = " \t\xa0\u2009\u202f"


def rule_of(q: Quote) -> str:
    """The name of the rule that attributed a quote (its ``rule:`` flag)."""
    return next((f[5:] for f in q.flags if f.startswith("rule:")), "unattributed")


def _set_rule(q: Quote, rule: str) -> None:
    q.flags[:] = [f for f in q.flags if not f.startswith("rule:")] + [f"rule:{rule}"]


@dataclass
class _Framed:
    """One quoted span in its sentence(s): the text before and after it that may hold its frame,
    and what the attribution rules found so far (cue, speaker span, the rule's name)."""

    text: str
    lang: str
    sents: list[Sentence]
    top: _TopSpans
    sp: QuoteSpan
    i0: int
    i1: int
    before_a: int
    before_b: int
    after_a: int
    after_b: int
    flags: list[str]
    cue: Cue | None = None
    speaker_span: tuple[int, int] | None = None
    rule: str = "unattributed"  # the name of the rule that found the speaker (flag "rule:<name>")
    before_frame: bool = False
    after_frame: bool = False

    @property
    def before(self) -> str:
        return self.text[self.before_a : self.before_b]

    @property
    def after(self) -> str:
        return self.text[self.after_a : self.after_b]

    @property
    def before_stripped(self) -> str:
        return self.before.rstrip(_HSPACE)  # no-break spaces too: “told Politico,\xa0“…”

    @property
    def words(self) -> int:
        return _word_count(self.text[self.sp.start : self.sp.end])

    def attribute(self, cue: Cue | None, speaker_span: tuple[int, int] | None, rule: str) -> None:
        if self.lang == "de" and speaker_span is not None and cue is not None and cue.end <= speaker_span[0]:
            speaker_span = _before_zufolge_de(self.text, speaker_span)
        self.cue, self.speaker_span, self.rule = cue, speaker_span, rule


# the object of a postposition "zufolge" at the end of a speaker's words: the article and noun(s) or the one
# noun of a source ("der Angeklagte der Staatsanwaltschaft zufolge", "der Fahrer Polizeiangaben zufolge")
# ("der Berliner Staatsanwaltschaft", "der Staatsanwaltschaft Köln", "Angaben der Polizei")
_ZUFOLGE_OBJECT_DE = re.compile(r"\s+(?:(?:Angaben|Berichten|Informationen|Erkenntnissen)\s+)?"
                                r"(?:(?:der|dem|den|des|einer|einem|eines|ihrer|seiner|ihrem|seinem)\s+(?:(?!(?:der|dem|den|des|einer|eines)\s)[\wäöüß-]+\s+){0,2}"
                                r"[A-ZÄÖÜ][\wäöüß-]*|[A-ZÄÖÜ][\wäöüß-]*)$")


def _before_zufolge_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: a speaker's words without the source of a report that "zufolge" after them governs ("„…“,
    sagte der Angeklagte der Staatsanwaltschaft zufolge": "der Angeklagte" spoke); a one-word phrase
    ("Polizeiangaben zufolge") or a name alone stays as it is."""
    if not re.match(r"\s+zufolge(?![\w-])", text[span[1] : span[1] + 12]):
        return span
    m = _ZUFOLGE_OBJECT_DE.search(text, span[0], span[1])
    if m is None or m.start() <= span[0] or len(text[span[0] : m.start()].split()) < 2 or text[m.start() - 1] == "-":
        return span
    return span[0], m.start()


class _Sents(list):
    """An article's sentences (a list, by start) with their starts and ends kept for bisection, when
    they do not overlap."""

    def __init__(self, sents: list[Sentence]) -> None:
        super().__init__(sents)
        self.starts = [x.start for x in sents]
        self.ends = [x.end for x in sents]
        self.disjoint = all(x.start <= x.end <= y.start for x, y in zip(sents, sents[1:]))


def _sent_index(sents: list[Sentence], pos: int) -> int | None:
    if isinstance(sents, _Sents) and sents.disjoint:
        k = bisect_right(sents.starts, pos) - 1
        return k if k >= 0 and sents[k].start <= pos < sents[k].end else None
    for i, s in enumerate(sents):
        if s.start <= pos < s.end:
            return i
    return None


def _sentence_ids(sents: list[Sentence], a: int, b: int) -> list[str]:
    """The ids of the sentences that overlap [a, b)."""
    if not (isinstance(sents, _Sents) and sents.disjoint):
        return [s.id for s in sents if s.start < b and a < s.end]
    out = []
    for k in range(bisect_right(sents.ends, a), len(sents)):
        if sents[k].start >= b:
            break
        if a < sents[k].end:
            out.append(sents[k].id)
    return out


class _TopSpans(list):
    """The top-level quoted spans of an article (a list, in text order) with their opening and closing
    positions sorted once: the spans near one quote are found by bisection, not by reading them all
    (a line of thousands of quotes would otherwise cost time in the square of their number)."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        super().__init__(spans)
        self.order: dict[str, tuple[list[int], list[int]]] = {}
        for key in ("outer_start", "outer_end"):
            pos = [getattr(sp, key) for sp in spans]
            idx = sorted(range(len(pos)), key=pos.__getitem__)
            self.order[key] = ([pos[i] for i in idx], idx)
        # the running maximum of the closing positions, the spans taken by their opening positions
        self.reach = list(accumulate((spans[i].outer_end for i in self.order["outer_start"][1]), max))


def _covered(top: _TopSpans, pos: int) -> bool:
    """Whether ``pos`` lies inside one of the spans of ``top`` (marks included): by bisection."""
    k = bisect_right(top.order["outer_start"][0], pos)
    return k > 0 and top.reach[k - 1] > pos
