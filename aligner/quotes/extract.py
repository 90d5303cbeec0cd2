"""Quotes in one article: direct, fragment, mixed and indirect speech with speakers.

The method is rule-based and transparent (every decision can be read off a quote's
``flags``):

1. quoted spans come from :mod:`aligner.quotes.marks` (every typography);
2. each span is placed in its sentence(s) and classified: ``direct`` when it stands
   as an utterance on its own (only a speaker/cue frame around it), ``fragment``
   when it is a quoted piece of one to four words inside a sentence, ``mixed`` when a
   longer partial quote sits inside reported speech;
3. sentences without a standalone quote are searched for indirect speech: a cue verb
   plus a ``dass``/``that`` clause or a comma clause, ``X zufolge``, ``laut X``,
   ``nach Angaben X``, ``so X``, ``according to X``, ``..., X said``, ``..., sagte X``;
   a quote inside such a clause turns it into ``mixed``;
4. the speaker is the noun phrase next to the cue (either order); pronouns and bare
   roles (``sagte er``, ``the diplomat``, ``der Vize-Außenminister``) resolve to the
   nearest preceding named speaker within a few sentences, and a direct quote with no
   frame at all inherits the speaker of the quote right before it (``context``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, islice
from typing import Iterator

from ..errors import InputError
from ..model import Article, Quote, Sentence, Speaker
from .choices import DE, EN
from .confidence import SAME_SENTENCE, speaker_confidence
from .lexicon import (
    ARTICLES,
    CUE_PATTERNS,
    CUE_STARTS,
    DEMONSTRATIVES,
    INSTITUTION_WORDS,
    NOT_SENTENCE_END,
    NP_STOP,
    PRONOUNS,
    SUBJUNCTIVE_DE,
    TITLE_ABBR,
    WEAK_DE,
    WEAK_EN,
    alternation,
)
from .marks import QUOTE_CHARS, QuoteSpan, find_quote_spans, is_apostrophe
from .ranker import Weights, active_weights, apply, candidates_for
from .speakers import (
    _BODY_SUFFIX_DE,
    DOC_WORDS,
    DOC_WORDS_EN,
    NOT_ALONE,
    PARTICLES,
    QUANTIFIERS,
    SPEAKER_PRONOUNS,
    _has_word,
    inscription_en,
    is_role_word,
    organisation_de,
    parse_mention,
    place_of_place_en,
    plausible_speaker,
)
from .speakers import first_name_gender_de as _first_name_gender_de
from .speakers import first_name_gender_en as _first_name_gender_en
from .speakers import known_people_word as _known_people_word

FRAGMENT_MAX_WORDS = 4
MAX_QUOTE_MARKS = 10_000  # double quotation marks one article may hold (about 5,000 quotes; about 20 CPU-s worst case)
_DOUBLE_MARK = re.compile(r"[“”„‟\"«»]|''")
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
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


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


def find_cues(text: str, a: int, b: int, lang: str) -> list[Cue]:
    """The speech cues between ``a`` and ``b``, in order (one per start)."""
    return list(_find_cues(text, a, b, lang))


@lru_cache(maxsize=64)
def _find_cues(text: str, a: int, b: int, lang: str) -> tuple[Cue, ...]:
    # cached: every quote of a sentence asks for the same sentence's cues (a line of 2,000 quotes
    # otherwise costs 2,000 scans of itself)
    out = []
    key = lang if lang in CUE_STARTS else "en"
    for start in CUE_STARTS[key].finditer(text, a, b):
        for lemma, pat in CUE_PATTERNS[key]:  # at each start, the first lemma (in the list's order) that is a cue there
            m = pat.match(text, start.start(), b)
            if m is None:
                continue
            prev = _PREV_WORD.search(text, max(0, m.start() - 20), m.start())
            if prev and prev.group(1).lower() in _DETERMINERS and lemma not in ("zufolge", "according to") and not (
                    lang == "de" and _fronted_object_de(text, prev.start(1), m.end())):
                continue  # "his remarks", "the report", "die Meldung": a noun, not a reporting verb
            if lang == "de" and prev and m.group()[:1].isupper() and "\n" not in text[prev.end(1) : m.start()]:
                continue  # "in einem internen Schreiben", "ihren Glauben": capitalised after a word on its line, a German noun
            if lang == "de" and _ATTRIBUTIVE_DE.search(text, max(0, m.start() - 40), m.start()) and _ADJECTIVE_BEFORE_NOUN_DE.match(text, m.start()):
                continue  # "vom eher bekannten Mundartwort", "im lange angekündigten Bericht": an adjective before its noun
            if lang == "en" and re.search(r"\w[’']s\s+$", text[max(0, m.start() - 4) : m.start()]):
                continue  # "Moreau’s remarks", "Orlov’s proposed credit": a noun or adjective after an owner
            if lang == "en" and m.group().endswith("ing") and _SAYING_NOUN_EN.search(text, max(0, m.start() - 40), m.start()):
                continue  # "is one common saying here", "an old saying": the noun
            out.append(Cue(m.start(), m.end(), lemma))
            break
    return tuple(out)


# feminine heads of body nouns: after "der" such a noun is in the dative or genitive ("Der Polizei sagte er"), no subject
_FEMININE_BODY_DE = re.compile(r"(?:ei|ung|schaft|ion|tät|e|firma|stadt|union|allianz|liga|justiz|bank|junta|klinik|agentur)$")


def _oblique_de(text: str, span: tuple[int, int]) -> bool:
    """German: whether a noun phrase opens with a dative or accusative article or pronoun ("den", "dem",
    "einem", "ihm"; not "ihr", also a possessive: "Ihr Anwalt"): never the subject."""
    first = _WORD.match(text, span[0])
    return first is not None and first.group(0).lower() in ("den", "dem", "einen", "einem", "ihm", "ihn", "ihnen")  # not "ihr"


def _body_opens_clause_de(text: str, start_np: tuple[int, int], after: tuple[int, int]) -> bool:
    """German: whether a body opening the clause before the verb of saying ("Die Staatsanwaltschaft
    beschuldigt Paul Krüger", "Der Verband lobte Anna Weber") is its subject, the noun phrase after the
    verb its object: the body stands with an article that may be nominative ("der" only before a
    masculine or neuter noun), and the phrase after the verb does not open with a masculine nominative
    ("Die Pläne kritisierte der Minister": "der Minister" speaks)."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    if len(words) < 2 or words[0].lower() not in ("der", "die", "das", "ein", "eine") or not organisation_de(" ".join(words)):
        return False
    if words[0].lower() == "der" and _FEMININE_BODY_DE.search(words[1].lower()):
        return False
    nxt = _WORD.match(text, after[0])
    return nxt is None or nxt.group(0).lower() not in ("der", "ein")


def _body_before_verb_de(text: str, np: tuple[int, int], end: int) -> bool:
    """German: whether noun phrase ``np`` opening a main clause is a body in the nominative right before
    its finite verb ("Die Regierung nannte …", "Das Ministerium warf …"): the subject, whatever
    person the clause names after the verb (:func:`_body_opens_clause_de`)."""
    verb = _WORD.search(text, np[1], end)
    if verb is None or text[np[1] : verb.start()].strip() or not verb.group(0)[:1].islower():
        return False
    if verb.group(0).lower() in _NOT_FINITE_DE or _reported_verb_de(verb.group(0)):
        return False  # "Die Partei sei …": reported speech, its subject part of the message
    nxt = _WORD.search(text, verb.end(), end)
    return _body_opens_clause_de(text, np, (nxt.start(), nxt.end()) if nxt else (end, end))


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


def _is_weak(lemma: str, lang: str) -> bool:
    return lemma in (WEAK_DE if lang == "de" else WEAK_EN)


# -- speaker noun phrases ---------------------------------------------------------------

_AUX_EN = {"has", "had", "have", "also", "later", "then", "once", "again", "previously", "repeatedly", "further",
           "recently", "publicly", "reportedly", "would", "will", "quickly", "first", "never",
           "already", "bluntly", "flatly", "simply", "only", "even", "just", "often",
           "kept", "keeps", "keep", "began", "begins", "started", "starts"}  # "the mayor kept saying": 'kept' is no part of the subject
_AUX_DE = {"hatte", "hat", "habe", "hätte", "auch", "bereits", "schon", "noch", "nun", "zudem", "jedoch", "dann",
           "weiter", "ebenfalls", "außerdem", "wiederholt", "mehrfach"}


def _np_noun_en(w: str, prev_word: str) -> bool:
    """A lower-case English word that goes on with a noun phrase: a role word, or a document after a
    capitalised word ("a Wednesday editorial")."""
    return is_role_word(w) or (w.lower() in DOC_WORDS_EN and prev_word[:1].isupper())


# words a noun phrase never ends in ("der Minister von einer" -> "der Minister", "the head of the" -> "the head")
_TRAILING_FUNCTION_WORDS = frozenset({"der", "des", "of", "the", "von", "to", "die", "das", "den", "dem", "ein", "eine", "einer",
                                      "einem", "einen", "eines"})


def np_after(text: str, pos: int, limit: int, lang: str, at_start: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting right after ``pos`` (the subject after an inverted cue)."""
    toks = _tokens(text, pos, limit)
    if at_start:
        while len(toks) > 1 and toks[0][2].lower() in _SKIP_AT_START:
            pos = toks[0][1]
            toks = toks[1:]
    if not at_start:
        # "äußerte sich der ...", "sagte jedoch der ...": skip a reflexive or an adverb after the verb
        while len(toks) > 1 and toks[0][2].lower() in _SKIP_AFTER_CUE and not any(c in text[pos : toks[0][0]] for c in ",.;:"):
            pos = toks[0][1]
            toks = toks[1:]
    if not toks:
        return None
    gap = text[pos : toks[0][0]]
    if any(c in gap for c in ",.;:!?\n" + QUOTE_CHARS) and not at_start:
        return None
    stops = NP_STOP.get(lang, NP_STOP["en"])
    pron = PRONOUNS.get(lang, set())
    first = toks[0][2]
    if first.lower() in pron:
        return toks[0][0], toks[0][1]
    first_name = (lang == "en" and first[0].isupper() and len(toks) > 1 and toks[1][2][0].isupper()
                  and not text[toks[0][1] : toks[1][0]].strip())  # "Will Doyle", "May Smith": a first name, not a modal
    demonstrative = (lang == "de" and first.lower() in DEMONSTRATIVES["de"] and len(toks) > 1 and toks[1][2][:1].isupper()
                     and not text[toks[0][1] : toks[1][0]].strip())  # "Dieser Arzt, Antonio Noja, schilderte"
    if first.lower() in stops and first.lower() not in ARTICLES and not first_name and not demonstrative:
        return None
    if lang == "en" and first[0].islower() and first.lower() not in ARTICLES and first.lower() not in QUANTIFIERS:
        return _lower_case_title_np(text, toks, stops)  # "former Obama adviser David Axelrod", "spokesman John Kirby"
    if not (first[0].isupper() or first.lower() in ARTICLES or demonstrative
            or (lang == "en" and first.lower() in QUANTIFIERS and len(toks) > 1)):
        return None
    end = toks[0][1]
    prev_end = toks[0][1]
    prev_word = first
    for s, e, w in toks[1:]:
        between = text[prev_end:s]
        if between.strip() == "." and prev_word in TITLE_ABBR and w[:1].isupper():
            between = " "  # "Dr. Heino Stoever", "Prof. Anna Roth": a title's dot does not end the phrase
        if any(c in between for c in ",.;:!?()\n" + QUOTE_CHARS):
            break
        low = w.lower()
        if low in stops and low not in ("der", "des", "von", "of", "the") and not (low in ("to", "of") and is_role_word(prev_word)):
            break
        if lang == "de":
            if w[0].islower() and low not in ARTICLES and low not in ("von", "van", "de", "der", "des") and not re.search(r"(?:e|en|er|es|em)$", low):
                break
            prev_low = prev_word.lower()
            if w[0].islower() and low not in ARTICLES and low not in ("von", "van", "de") and not (
                    prev_low in ARTICLES or prev_word[0].islower()):
                break  # "Die Bewohner sehen …": a lower-case word after a noun is a verb, not an adjective
            if low in ARTICLES and low not in ("der", "des") and prev_word[0].isupper():
                break  # "Oettinger die Naturwissenschaften": a new noun phrase (an object) begins
        elif not w[0].isupper() and low not in ("of", "the", "de", "van", "von", "to") and not _np_noun_en(w, prev_word):
            break
        end = e
        prev_end = e
        prev_word = w
    a, b = toks[0][0], end
    # trailing function words
    while True:
        words = text[a:b].split()
        if len(words) > 1 and words[-1].lower() in _TRAILING_FUNCTION_WORDS:
            b = _strip_span(text, a, a + text[a:b].rstrip().rfind(" "))[1]
        else:
            break
    # a German NP must contain a capitalised word (a noun or name)
    if lang == "de" and not any(t[0].isupper() for t in text[a:b].split()):
        return None
    if lang == "en" and b > a and text[a:b].lower() in QUANTIFIERS:
        b = _quantifier_of_en(text, b, limit)  # "said one of those advisers, who …"
    if b > a and not at_start:
        b = _with_apposition(text, a, b, limit, lang)
    return (a, b) if b > a else None


_OF_GROUP_EN = re.compile(r"\s+of\s+(?:the|those|these|his|her|their|its|our|my|your|two|three|four|five|six|several|many|"
                          r"[A-Z][\w.'’-]*[’']s?)\s+"
                          r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s*(?:[,.;:!?)—–]|\s(?:who|whose|which|that|said|says|told|tells|added|in|at|on|for)\b|$))")


def _quantifier_of_en(text: str, b: int, limit: int) -> int:
    """English: where "one" / "two" / "some" … after a cue ends when "of" and a group follow ("said one
    of those advisers, who …", "one of Ms. Reed's aides said"): the whole phrase is the speaker."""
    m = _OF_GROUP_EN.match(text, b, limit)
    head = m.group(0).split()[-1].lower().rstrip("’'") if m else ""
    if head.endswith("s") and (head[:-1] in DOC_WORDS_EN or head[:-1] in DOC_WORDS):
        return b  # "said one of the most common complaints": documents, not people
    return m.end() if m else b


# participles that are part of a title before a name ("retired neurosurgeon Ben Carson", "outgoing
# chairman Tom Reed"); other -ed / -ing words after a cue are verbs
_TITLE_PARTICIPLES = {"retired", "embattled", "disgraced", "indicted", "convicted", "acclaimed", "celebrated", "unnamed",
                      "elected", "appointed", "renowned", "outgoing", "incoming", "leading", "ranking", "sitting", "visiting",
                      "acting", "presiding", "founding", "governing", "ruling", "reigning", "longtime", "presumed",
                      "undecided", "registered", "self-described", "self-proclaimed", "unaffiliated", "disaffected"}


def _lower_case_title_np(text: str, toks: list[tuple[int, int, str]], stops: set[str]) -> tuple[int, int] | None:
    """English: a noun phrase that opens with lower-case title words before a name ("retired
    neurosurgeon Ben Carson", "former Obama adviser David Axelrod"): up to four lower-case words,
    no stop word and no punctuation between, then a capitalised name; it ends with the name."""
    end, lower = None, 0
    for k, (s, e, w) in enumerate(toks[:8]):
        title_dot = k and text[toks[k - 1][1] : s].strip() == "." and toks[k - 1][2] in TITLE_ABBR  # "former Sen. Evan Bayh"
        if k and re.search(r"[,.;:!?()\n\"“”]", text[toks[k - 1][1] : s]) and not title_dot:
            break
        if w[0].isupper():
            end = e
        elif w.lower() not in stops and lower < 4 and (not w.endswith(("ed", "ing")) or w.lower() in _TITLE_PARTICIPLES):
            lower += 1  # "former", "adviser" in "former Obama adviser David Axelrod"
        else:
            break
    return (toks[0][0], end) if end is not None else None


# words that open a subordinate or relative clause: what follows the comma is not an apposition
_CLAUSE_OPENERS = {
    "dass", "daß", "ob", "weil", "wenn", "als", "damit", "obwohl", "obgleich", "da", "nachdem", "bevor", "während",
    "sodass", "falls", "wie", "wo", "wobei", "womit", "worauf", "was", "welche", "welcher", "welches", "um", "und",
    "oder", "aber", "sondern", "denn", "doch", "er", "sie", "es", "man", "wir", "ich",
    "that", "who", "whom", "whose", "which", "what", "because", "if", "when", "whether", "while", "although",
    "though", "since", "where", "as", "so", "and", "or", "but", "he", "she", "they", "it", "we", "i",
}


def _with_apposition(text: str, a: int, b: int, limit: int, lang: str) -> int:
    """Extend "der Sprecher des Ministeriums" by ", Max Muster" / "Michael Carpenter" by ", US ambassador ..."."""
    m = re.match(r",\s*([^,.;:!?()\n\"“”„»«]{2,80}?)\s*(?=[,.;:!?]|$)", text[b:limit])
    if not m:
        return b
    head_name, _, head_kind = parse_mention(text[a:b], lang)
    app = m.group(1)
    first = app.split()[0].lower() if app.split() else ""
    if first in _CLAUSE_OPENERS or _participle_clause(app, lang):
        return b  # "betonte Rjabkow, dass die Diplomatie …": a reported or relative clause, not an apposition
    cut = re.search(r"\s(?:on|at|during|after|before|while|when|am|im|beim|nach|vor|während|gegenüber)\s", app)
    if cut:  # "…, Russian ambassador to the OSCE on Thursday": the time is not part of the role
        app = app[: cut.start()]
        m = re.match(rf",\s*{re.escape(app)}", text[b:limit])
        if not m:
            return b
        m = re.match(r",\s*(.*)", text[b : b + m.end()])
        assert m is not None  # the slice starts with the comma the match above began with
    app_name, app_role, app_kind = parse_mention(app, lang)
    words = app.split()
    if head_kind == "role" and app_kind == "person" and len(words) <= 4:
        return b + m.end(1)
    if head_kind == "person" and (app_kind == "role" or (app_kind == "person" and app_role)) and len(words) <= 8:
        return b + m.end(1)
    return b


def _participle_clause(app: str, lang: str) -> bool:
    """English: ", referring to Mr. Trump's vow" after a name is a participle clause, not an
    apposition ("leading", "acting" ... open a title: ", acting director of ...")."""
    first = app.split()[0] if app.split() else ""
    return lang == "en" and first.islower() and first.endswith("ing") and first not in _TITLE_PARTICIPLES


_PARTY_BRACKET = re.compile(r"\s*(\([^()\n]{1,24}\))\s*$")


def np_before(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    """The noun phrase ending right before ``pos`` (the subject before a cue verb); a party or
    place in brackets after a name goes with it ("Rep. Earl Blumenauer (D-Ore.) said")."""
    m = _PARTY_BRACKET.search(text, clause_start, pos)
    if m and m.start() > clause_start:
        inner = _np_before(text, clause_start, m.start(), lang)
        if inner is not None and inner[1] == _strip_span(text, clause_start, m.start())[1]:
            return inner[0], m.end(1)
    found = _np_before(text, clause_start, pos, lang)
    if lang == "en" and found is not None:
        found = _with_role_from_place_en(text, clause_start, _without_leading_pp(text, found))
        found = _name_before_place_en(text, clause_start, found)
        cut = after_dateline_en(text, found[0], found[1])
        if found[0] < cut < found[1] and not text[clause_start : found[0]].strip():
            found = cut, found[1]  # "DAYTON, Ohio — The mayor warned": the dateline is no part of the subject
        found = _without_trailing_adverbs_en(text, found)
    return found


# lower-case words after a name that belong to the verb, not the noun phrase ("Carter however said", "Cruz himself said",
# "Rubio only briefly explained"): adverbs in -ly (but these nouns), reflexives and sentence adverbs
_LY_NOUNS_EN = frozenset("family ally rally supply assembly reply bully daily weekly monthly quarterly elderly lily holly".split())
_ADVERBS_EN = frozenset("""however himself herself themselves itself also too then now still again instead meanwhile later often
never alone though only even today yesterday tonight""".split())
_TRAILING_ADVERBS_EN = re.compile(r"(?:\s+[a-z]+)+$")


def _without_trailing_adverbs_en(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """English: a name followed by lower-case adverbs ends before them ("Carter however" -> "Carter"); only after a
    capitalised word that is no article ("The elderly" stays)."""
    m = _TRAILING_ADVERBS_EN.search(text, span[0], span[1])
    if m is None:
        return span
    words = m.group(0).split()
    if not all(w in _ADVERBS_EN or (w.endswith("ly") and w not in _LY_NOUNS_EN) for w in words):
        return span
    head = text[span[0] : m.start()].split()
    if not head or not head[-1][:1].isupper() or head[-1].lower() in ARTICLES:
        return span
    return span[0], m.start()


_NAME_IN_PLACE_EN = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]*)\s+(?:in|from|near)\s+$")


def _name_before_place_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: a capitalised place after "Anna Reed in" is where the speaker is, not the speaker
    ("“…,” Anna Reed in Dayton said"): the noun phrase is the name before the place."""
    if not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}", text[span[0] : span[1]]):
        return span
    m = _NAME_IN_PLACE_EN.search(text, max(clause_start, span[0] - 60), span[0])
    if m is None or m.group(1).split()[0].lower() in NOT_ALONE | ARTICLES or not plausible_speaker(m.group(1), "en", True):
        return span
    kind = parse_mention(m.group(1), "en")[2]
    return (m.start(1), m.end(1)) if kind in ("person", "role", "group") else span


_ROLE_FROM_PLACE_EN = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:from|in|near)\s+$")


def _with_role_from_place_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: a place after "a farmer from" is where the speaker is from, not the speaker ("A farmer
    from Ohio said"): the noun phrase takes in the role before it."""
    m = _ROLE_FROM_PLACE_EN.search(text, max(clause_start, span[0] - 40), span[0])
    return (m.start(), span[1]) if m is not None and text[span[0] : span[0] + 1].isupper() else span


def _without_leading_pp(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """English: a noun phrase that opens with a preposition ran back into a prepositional phrase ("of
    March Brenfeld coach Jonas Falk"): what follows the comma that closes a fronted phrase ("Since 2019, the
    mayor Ann Lee"), else the longest tail that opens with a capitalised word other than a month, weekday or
    institution word and reads as a speaker."""
    from .speakers import PREPOSITION_OPENERS_EN

    toks = _tokens(text, span[0], span[1])
    if len(toks) < 3 or toks[0][2].lower() not in PREPOSITION_OPENERS_EN:
        return span
    comma = text.find(",", toks[0][1], span[1])
    after = [t for t in toks if t[0] > comma] if comma >= 0 else []
    if after and plausible_speaker(text[after[0][0] : span[1]], "en"):
        return after[0][0], span[1]  # "Since 2019, the mayor Ann Lee": the fronted phrase ends at its comma
    for s, _e, w in toks[2:]:
        if w[:1].isupper() and w.lower() not in INSTITUTION_WORDS and plausible_speaker(text[s : span[1]], "en"):
            return s, span[1]
    return span


def _np_before(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    toks = _tokens(text, clause_start, pos)
    aux = _AUX_DE if lang == "de" else _AUX_EN
    while toks and toks[-1][2].lower() in aux and not text[toks[-1][1] : pos].strip(" "):
        pos = toks[-1][0]
        toks = toks[:-1]
    if not toks:
        return None
    if any(c in text[toks[-1][1] : pos] for c in ",.;:!?\n" + QUOTE_CHARS):
        # "Der Nationale Sicherheitsrat, Jake Sullivan, bezeichnete": an apposition
        seg = text[toks[-1][1] : pos].strip()
        if seg != ",":
            return None
    stops = NP_STOP.get(lang, NP_STOP["en"])
    last = toks[-1][2]
    if last.lower() in stops and last.lower() not in PRONOUNS.get(lang, set()):
        return None
    start = toks[-1][0]
    end = toks[-1][1]
    commas = 0
    i = len(toks) - 1
    while i > 0:
        s, e, w = toks[i - 1]
        between = text[e:start]
        if "," in between and commas == 0 and between.strip() == ",":
            # apposition only when everything back to the clause start is a short NP
            rest = toks[:i]
            if len(rest) <= 6 and not any(t[2].lower() in stops and t[2].lower() not in ARTICLES for t in rest):
                start = rest[0][0]
                break
            break
        if any(c in between for c in ",.;:!?()\n" + QUOTE_CHARS):
            break
        role_link = w.lower() in ("to", "of") and i >= 2 and is_role_word(toks[i - 2][2])
        if role_link:
            start = s
            i -= 1
            continue
        if w.lower() in stops and w.lower() not in ("der", "des", "the", "of", "von"):
            break
        if lang == "en" and not (w[0].isupper() or w.lower() in ARTICLES or w.lower() in ("of", "the") or is_role_word(w) or w.endswith(("’s", "'s"))):
            if not re.match(r"^[a-z]+$", w) or len(toks) - i > 4:
                break
            # lower-case words inside an English NP ("the former state department spokesman")
        start = s
        i -= 1
    if lang == "en":
        # do not run into the previous clause ("... in the US, the spokesman"): cap at 8 words
        toks_np = _tokens(text, start, end)
        if len(toks_np) > 8:
            start = toks_np[-8][0]
    return start, end


_TITLE_ABBR = re.compile(r"(?:" + alternation(TITLE_ABBR) + r")$")
_NAME_AFTER_TITLE = re.compile(r"\.?\s*((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]+)")


_DETERMINER_ONLY = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "der", "die", "das", "ein", "eine"} | QUANTIFIERS
_NP_WORD = re.compile(r"\s+([\w](?:[\w’'-]|\.(?=\w))*)")
_NP_END = {"who", "which", "that", "whose", "whom", "and", "or", "but", "of", "in", "on", "at", "for", "to", "from", "with", "by",
           "as", "is", "are", "was", "were", "has", "had", "have", "will", "would", "could", "can", "should", "may", "might",
           "der", "die", "das", "den", "dem", "des", "und", "oder", "im", "am", "mit", "von", "vom", "zu", "bei",
           "ist", "sind", "war", "hat", "hatte", "habe", "sei", "wird", "wurde", "also", "auch", "then", "dann", "later", "not", "nicht"}
_CUE_WORDS_EN = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "argued", "explained",
                 "sagte", "sagt", "erklärte", "betonte", "meinte", "fügte"}


_SENTENCE_END_IN_MENTION = re.compile(r"(?<=\w)[.!?]\s+(?=[A-ZÄÖÜ])")


def _whole_mention(text: str, a: int, b: int) -> tuple[int, int]:
    """Repair a mention cut at an abbreviation or apostrophe: "Mr" of "Mr. Clyburn" takes in the
    name; "s campaign" of "Trump’s campaign" takes in the owner."""
    for m in _SENTENCE_END_IN_MENTION.finditer(text, a, b):
        if not _TITLE_ABBR.search(text[a : m.start()]) and not re.search(r"(?:^|[\s.])[A-Z]$", text[a : m.start()]):
            b = m.start()  # "the 58-year-old. Normally": the mention ends with its sentence
            break
    m_acr = re.match(r"\.(?:[A-Z]\.)+(?:\s+[A-Z][\w-]+){0,3}", text[b:]) if re.search(r"(?:^|\s)[A-Z]$", text[a:b]) else None
    m_initial = re.match(r"\.\s+[A-Z][\w’'-]+", text[b:]) if re.search(r"[A-Z][\w-]+\s+[A-Z]$", text[a:b]) else None
    if m_acr and b - a > 1:
        b += m_acr.end()  # "the U" -> "the U.S. Defense Department"
    elif m_initial:
        b += m_initial.end()  # "Laurence H" -> "Laurence H. Tribe": a middle initial, not a sentence end
    elif (_TITLE_ABBR.search(text[a:b]) and b - a <= 4) or (b - a == 1 and text[a].isupper() and text[b : b + 1] == "."):
        m_name = _NAME_AFTER_TITLE.match(text, b)  # "Mr. Clyburn", "C. Stewart Verdery Jr."
        if m_name:
            b = m_name.end(1)
    elif text[a:b].lower() in _DETERMINER_ONLY:
        # "the" of "the gambling tycoon said", "a" of "a friend told": the noun phrase after it
        k, n = b, 0
        for m in _NP_WORD.finditer(text, b):
            if m.start() != k or n >= 5:
                break
            w = m.group(1).lower()
            if w in _NP_END or (w.endswith("ed") and n > 0) or w in _CUE_WORDS_EN:
                break
            k, n = m.end(1), n + 1
        if n:
            b = k
    if a >= 2 and text[a - 1] in "’'" and text[a] in "sS" and (a + 1 == b or not text[a + 1].isalpha()):
        k = a - 1
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "-."):
            k -= 1
        if k < a - 1 and text[k].isupper():
            a = k
    return a, b


def _before_verb(text: str, a: int, b: int, lang: str) -> tuple[int, int] | None:
    from .speakers import SPEAKER_VERBS

    verbs = SPEAKER_VERBS.get(lang, frozenset())
    for m in re.finditer(r"\w+", text[a:b]):
        if m.start() > 0 and (m.group(0).lower() in verbs or m.group(0).lower() in _CUE_WORDS_EN):
            end = a + m.start()
            while end > a and text[end - 1] in " ,":
                end -= 1
            return (a, end) if end > a else None
    return None


def _pronoun_inside(text: str, a: int, b: int, lang: str) -> tuple[int, int] | None:

    prons = SPEAKER_PRONOUNS.get(lang, frozenset())
    found = None
    for m in re.finditer(r"\w+", text[a:b]):
        if m.group(0).lower() in prons:
            found = (a + m.start(), a + m.end())
    return found


def _unknown_lone_noun(text: str, a: int, b: int, lang: str) -> bool:
    """German: a single capitalised word that is no pronoun, role, people or institution word and
    nowhere in the text stands after a capitalised word that is not an article (a first name or a
    title: "Edmund Stoiber", "Ministerin Berger").  German capitalises every noun, so a lone
    "Methode", "Angst" or "Druck" is far more often a thing than a surname."""
    mention = text[a:b]
    if lang != "de" or not re.fullmatch(r"[A-ZÄÖÜ][\w-]+", mention):
        return False
    low = mention.lower()
    if low in PRONOUNS.get(lang, set()) or is_role_word(mention) or low in INSTITUTION_WORDS or _known_people_word(low):
        return False
    for m in re.finditer(r"([A-ZÄÖÜ][\w.-]*)\s+" + re.escape(mention) + r"(?![\w-])", text):
        if m.group(1).lower() not in ARTICLES and m.group(1).lower() not in NOT_ALONE and m.group(1).lower() not in _PREPS:
            return False
    return True


_LEADING_DISCOURSE = re.compile(r"([^\W\d_]+)\s*,\s+")


# German prepositions that open no speaker mention (the source markers "laut", "nach", "für", "von", "seitens",
# "durch" are read by their own rules, which pass the noun phrase after them)
_PP_OPENERS_DE = frozenset({"an", "am", "ans", "auf", "aufs", "mit", "gegen", "über", "unter", "zu", "zum", "zur", "bei",
                            "beim", "in", "im", "ins", "aus", "vor", "hinter", "neben", "ohne", "um", "gegenüber", "wegen", "trotz"})


_CONJUNCTION_LEAD_DE = re.compile(r"(?:Wie|Als|Wenn|Weil|Nachdem|Obwohl|Während)\s+(?=\S)")
_QUESTION_WORDS_DE = frozenset({"wer", "was", "wen", "wem", "wessen", "wo", "wie", "warum", "wann", "welche", "welcher"})


def make_speaker(text: str, span: tuple[int, int] | None, lang: str, strict: bool = False, no_cue: bool = False) -> Speaker | None:
    """The speaker of mention ``span``, or None when it is no plausible speaker (``strict``: see
    :func:`_strict_speaker`; ``no_cue``: the subject of a clause without a cue verb, where a lone
    German noun is a thing unless the text names it as a surname)."""
    if span is None:
        return None
    a, b = _strip_span(text, *span, chars=" \t\n,;:–—-")
    if b <= a:
        return None
    a, b = _whole_mention(text, a, b)
    if lang == "de" and (m_pp := _WORD.match(text, a, b)) and m_pp.group(0).lower() in _PP_OPENERS_DE:
        return None  # "an die Mitarbeiter", "mit dem Minister": a prepositional phrase is no speaker
    if lang == "de" and (m_conj := _CONJUNCTION_LEAD_DE.match(text, a, b)) and m_conj.end() < b:
        a = m_conj.end()  # "Wie de Maizière darlegte", "Wie Norman Paech feststellt": the conjunction opens the clause
    if lang == "de" and text[a:b].lower() in _QUESTION_WORDS_DE:
        return None  # "Wer", "Was": a question or relative word, no one's name
    if a >= 1 and text[a - 1] in "’'" and text[a] in "sS" and (a + 1 == b or not text[a + 1].isalpha()):
        return None  # "s release" of "the video's release": a contraction tail whose owner is no name
    if lang == "en" and re.fullmatch(r"[A-Z][a-z]+ing", text[a:b]) and _PARTICIPLE_START.match(text[a : b + 12]):
        return None  # "Smiling, Mrs. Clinton …", "Appearing on …": an opening participle, not a name
    m_lead = _LEADING_DISCOURSE.match(text, a, b)
    if m_lead and m_lead.group(1).lower() in NOT_ALONE and m_lead.end() < b:
        a = m_lead.end()  # "No, it", "However, the parade": a discourse word opens the sentence, not the mention
    comma = text.find(",", a, b)
    if lang == "en" and comma > 0 and _PARTICIPLE_START.match(text[a:b]) and text[comma + 1 : b].strip() and not _name_before_apposition_en(text, a, b):
        a = _strip_span(text, comma + 1, b)[0]  # "Continuing his speech, Clinton": the participle clause is no part of it
    mention = text[a:b]
    if not plausible_speaker(mention, lang, strict):
        cut = _before_verb(text, a, b, lang)
        if cut is not None and plausible_speaker(text[cut[0] : cut[1]], lang, strict):
            a, b = cut  # "Haas said he", "Ed Varga may": the noun phrase before the verb
        else:
            pron = _pronoun_inside(text, a, b, lang)
            if pron is None:
                return None  # "Normally", "t" of "doesn't", "Der", "I must": not a speaker
            a, b = pron  # "night he", "what she": the pronoun is the subject
        mention = text[a:b]
    if no_cue and _unknown_lone_noun(text, a, b, lang):
        return None  # "Methode", "Angst", "Druck": a German noun standing alone, not a surname
    if no_cue and text[a:b].lower() == "it":
        return None  # "it" speaks only as the subject of a speech verb ("…,” it added), never as a clause's subject
    name, role, kind = parse_mention(mention, lang)
    sp = Speaker(mention=mention, start=a, end=b, name=name, role=role)
    if kind == "pronoun":
        sp.resolved_from = "pronoun"
        sp.name = None
    elif kind == "role":
        sp.resolved_from = "role"
        sp.name = None
    elif kind == "group":
        sp.id = "org:"  # marks a group; the id proper is set by normalise_speakers
    return sp


def _coordinated_subject_en(text: str, a: int, and_pos: int) -> tuple[int, int] | None:
    """English: the subject of the verb right before "and" in "…, he laughed and said": a pronoun or
    capitalised noun phrase opening the comma-free stretch before "and", followed by one lower-case verb."""
    seg_start = max(a, *(text.rfind(ch, a, and_pos) + 1 for ch in ",;:"))
    toks = _tokens(text, seg_start, and_pos)
    if not 2 <= len(toks) <= 5 or not toks[-1][2].islower() or not re.search(r"(?:ed|s)$", toks[-1][2]):
        return None
    if not _subject_words_en([t[2] for t in toks[:-1]]):
        return None  # "The president visited the | troops": a verb phrase, not a subject
    span = _strip_span(text, toks[0][0], toks[-2][1])
    mention = text[span[0] : span[1]]
    kind = parse_mention(mention, "en")[2]
    return span if kind in ("person", "pronoun", "role") and plausible_speaker(mention, "en") else None


def _subject_words_en(words: list[str]) -> bool:
    """A pronoun ("he"), or an optional determiner followed by capitalised words and role nouns ("Mayor Lena
    Ortiz", "the coach"), ending in neither an article nor a stop word."""
    if len(words) == 1 and words[0].lower() in SPEAKER_PRONOUNS["en"]:
        return True
    low = [w.lower() for w in words]
    if low[-1] in ARTICLES or low[-1] in NP_STOP["en"]:
        return False
    body = words[1:] if low[0] in ARTICLES else words
    return bool(body) and all(w[:1].isupper() or is_role_word(w) for w in body)


# English cue verbs whose noun phrase after them is the one addressed (no "“…,” told X" inversion)
_ADDRESSEE_CUES_EN = frozenset({"tell", "assure", "advise", "implore"})


def _subject_for_cue(text: str, cue: Cue, clause_start: int, clause_end: int, lang: str, prefer_after: bool,
                     sent_start: int | None = None) -> tuple[int, int] | None:
    """The speaker noun phrase of ``cue`` inside the clause [clause_start, clause_end)."""
    if cue.lemma == "zitieren" and lang == "de":
        return _quoted_person(text, cue, clause_start, clause_end)
    if lang == "de" and _passive_cue_de(text, clause_start, cue):
        agent = _agent_of_passive_de(text, clause_start, cue.start)  # "Von der Polizei wurde Max Maier gefragt:"
        return (agent.start, agent.end) if agent is not None and agent.start is not None and agent.end is not None else None
    if cue.lemma == "heißen":
        m = re.match(r"\s+es\s+(?:auch\s+|weiter\s+)?(?:in|im|aus|von|vom|bei|beim|seitens)\s+([^,.;:]{2,80})", text[cue.end : clause_end])
        if m:
            return _strip_span(text, cue.end + m.start(1), cue.end + m.end(1))
        return _document_in(text, clause_start, cue.start)  # "In dem Antrag heißt es wörtlich:"
    prev = _tokens(text, max(clause_start, cue.start - 12), cue.start)
    if prev and prev[-1][2].lower() in ("und", "and", "sowie", "but", "aber") and not text[prev[-1][1] : cue.start].strip():
        # a coordinated verb shares the subject of the clause: "Borissow traf ... ein und sagte"
        if lang == "en":
            near = _coordinated_subject_en(text, max(clause_start, sent_start or clause_start), prev[-1][0])
            if near is not None:
                return near  # "Asked about it, he laughed and said": the subject of the verb before "and"
        if sent_start is not None:
            clause_start = sent_start
        if _starts_adverbial(text, clause_start, cue.start):
            return None
        comma = re.match(r"^\s*[^,]{1,80},\s*[^,]{1,100},", text[clause_start : cue.start])
        if comma and lang == "de":
            appo = _apposition_subject(text, clause_start, clause_start + comma.end() - 1, lang)
            if appo:
                return appo
        return np_after(text, clause_start, cue.start, lang, at_start=True)
    after = np_after(text, cue.end, clause_end, lang)
    if lang == "de":
        after = _subject_after_cue_de(text, cue, clause_end, after)
    m_name = _QUOTED_NAME.match(text, cue.end, clause_end) if after is None and lang == "de" else None
    if m_name and m_name.start() == cue.end:
        after = (m_name.start(1), m_name.end(1))  # "schreibt die „Computerwoche“": a paper's name in marks
    if lang != "de":
        if after and ("’s" in (text[after[1] - 2 : after[1]], text[after[1] : after[1] + 2])
                      or "'s" in (text[after[1] - 2 : after[1]], text[after[1] : after[1] + 2])):
            after = None  # "denounced Moreau’s remarks as …", "calling Orlov’s plan …": an owner in the object, not the subject
        if cue.lemma in _ADDRESSEE_CUES_EN:
            after = None  # "X, a local organizer, told the Gazette": who is told, never who speaks
        if prefer_after and after:
            return after
        m_to = _TO_INFINITIVE.search(text, clause_start, cue.start)
        if m_to and not after:
            # "Mr. Trump was prompted to say", "she went on to add": the subject of the verb before "to"
            return np_before(text, clause_start, m_to.start(), lang)
        before = _np_before_skipping_relative(text, clause_start, cue.start, lang)
        return before or after
    if prefer_after and after:
        return after
    return _subject_for_cue_de(text, cue, clause_start, after, lang)


# the rest of a dative or accusative noun phrase after its article: adjectives, then one noun ("dem Sender", "den Reportern")
_OBLIQUE_NOUN_DE = re.compile(r"(?:\s+[a-zäöüß][\wäöüß-]*)*?\s+[A-ZÄÖÜ][\wäöüß-]*(?=\s+[A-ZÄÖÜ])")
_FOCUS_DE = re.compile(r"\s*(?:[Vv]or allem|[Uu]nter anderem|[Ee]twa|[Ss]ogar|[Gg]erade)\s+(?=[A-ZÄÖÜ])")
# plural time nouns: with "später", "danach", "nachdem" … an adverbial ("Wochen später", "Tage nachdem"), never a speaker
_TIME_NOUNS_DE = r"(?:Sekunden|Minuten|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten)"
# a time adverbial between a verb of saying and its subject ("sagte etwa 20 Minuten später Max Maier", "sagte kurz darauf",
# "sagte Wochen später der Minister", "sagte einen Tag später", "sagte Ende der Woche Max Maier", "sagte Anfang Mai")
_TIME_AFTER_CUE_DE = re.compile(
    r"\s*(?:(?:(?:(?:etwa|rund|gut|knapp|fast|nur|erst)\s+)?(?:\d+|eine?[nr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    r"zwölf|wenige|einige)\s+(?:Sekunden?|Minuten?|Stunden?|Tag|Tagen?|Wochen?|Monat|Monaten?|Jahr|Jahren?)|kurz|"
    + _TIME_NOUNS_DE + r")\s+(?:später|danach|darauf|zuvor|vorher|früher|lang)|(?:Anfang|Mitte|Ende)\s+(?:(?:der|des|dieser|dieses|"
    r"vergangener|vergangenen|letzter|letzten|nächster|nächsten|kommender|kommenden)\s+(?:Woche|Monats|Jahres|Jahrs)|Januar|Februar|"
    r"März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))\s+(?=[A-ZÄÖÜ]|(?:der|die|das|ein|eine|niemand)\s)")
# a time adverbial opening a sentence ("Wochen später warnte Scholz", "Einen Tag danach hatte Scholz …"): the verb
# follows it, the subject after the verb
_FRONTED_TIME_DE = re.compile(
    r"\s*(?:(?i:\d+|eine?[nr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|wenige|einige)\s+)?(?:Sekunden?|"
    r"Minuten?|Stunden?|Tag|Tagen?|Wochen?|Monat|Monaten?|Jahr|Jahren?|Jahrzehnten?)\s+(?:später|danach|darauf|zuvor|vorher|"
    r"früher)(?=\s+[a-zäöüß])")
# a time noun before a conjunction opening the clause of the verb ("Wochen nachdem Berlin erklärte"): the subject follows
_TIME_CONJUNCTION_DE = _TIME_NOUNS_DE + r"\s+(?:nachdem|bevor|ehe|als)"


_AGE_NOUN_AFTER_CUE_DE = re.compile(r"\s+((?:der|die|ein|eine)\s+\d{1,3}-[Jj]ährige[rn]?)(?![\w-])")
_ES_AFTER_CUE_DE = re.compile(r"\s+es\s+(?=(?:der|die|das|ein|eine)\s+[\wäöüß-]|[A-ZÄÖÜ])")  # "sieht es die Partei": "es" its object


_NAME_THEN_ARTICLE_DE = re.compile(r"((?:[A-ZÄÖÜ][\w'’-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+|(?:der|die)\s+\d{1,3}-[Jj]ährige)"
                                   r"\s+(der|dem|den)\s+[A-ZÄÖÜ„]")


def _name_before_dative_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: a person's name or an age noun followed by an article and a noun ("sagte Paul Krüger der Zeitung",
    "sagte Anna Weber den Reportern", "sagte Fröhlich dem Sender", "sagte der 47-Jährige der Deutschen
    Presse-Agentur"): the noun phrase after the name is the one addressed, the speaker is the name.  After a name
    of one word only an article that is a dative ("dem"; "der" before a feminine noun): "Fröhlich der Zeitung"."""
    m = _NAME_THEN_ARTICLE_DE.match(text, span[0], span[1])
    if m is None:
        return span
    age = m.group(1)[:1].islower()
    if not age and (is_role_word(m.group(1).split()[-1]) or parse_mention(m.group(1), "de")[2] != "person"):
        return span  # "Sprecher Paul Krüger der Zeitung": role and name; not "Sprecher der Partei"
    if (age or " " not in m.group(1)) and m.group(2) != "dem" and not _feminine_dative_de(text, m.start(2), span[1]):
        return span  # "sagte Fröhlich der Vorsitzende": no dative
    return span[0], m.end(1)


# masculine nouns with a feminine noun's ending ("der Pinguin", "der Papagei"): a subject after "der"
_MASCULINE_FEMININE_ENDING_DE = ("Pinguin", "Delfin", "Delphin", "Harlekin", "Paladin", "Cousin", "Papagei", "Lakai",
                                 "Hippie", "Junkie", "Yuppie", "Zombie", "Rookie", "Laie", "Spion")
_FEMININE_NOUN_DE = (r"(?:ung|heit|keit|schaft|tion|sion|tät|ei|ie|ik|(?<!e)ur|[a-zäöüß]{2}in|"
                     r"[Zz]eit|[Ww]elt|[Pp]resse|[Ss]tadt|[Pp]ost|[Rr]undschau|Allgemeinen?)(?![\w-])")
# a noun after a capitalised word in -er that is no first name ("Berliner Zeitung", not "Sprecher Martin")
_FEMININE_NOUN_NO_NAME_DE = (r"(?:[A-ZÄÖÜ][\wäöüß-]{2,}(?:ung|heit|keit|schaft|tion|sion|tät)|(?=[A-ZÄÖÜ])[\wäöüß-]*"
                             r"(?:[Pp]olizei|[Zz]eit|[Ww]elt|[Pp]resse|[Ss]tadt|[Pp]ost|[Rr]undschau|Allgemeinen?))(?![\w-])")
# "der"/"einer" before a feminine noun is dative or genitive, never a subject ("erklärte der Zeitung ein Sprecher");
# so before one after an adjective of the weak dative in -en ("der Süddeutschen Zeitung", "der Deutschen Bank"), or
# after a city's adjective in -er ("der Berliner Zeitung"; not "der Sprecher Martin Müller")
_FEMININE_DATIVE_DE = re.compile(
    r"(?:der|einer)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}"
    r"(?:(?:[A-ZÄÖÜ][\wäöüß-]*en\s+){1,2}|(?P<er>[A-ZÄÖÜ][\wäöüß-]*er)\s+(?=" + _FEMININE_NOUN_NO_NAME_DE + r"))?"
    r"(?!(?:" + "|".join(_MASCULINE_FEMININE_ENDING_DE) + r")(?![\w-]))"
    r"(?=[A-ZÄÖÜ])[\wäöüß-]*" + _FEMININE_NOUN_DE)


def _feminine_dative_de(text: str, a: int, b: int) -> re.Match[str] | None:
    """German: the dative (or genitive) phrase of a feminine noun at ``a`` (:data:`_FEMININE_DATIVE_DE`);
    none when the word in -er before the noun is a role ("der Trainer Hartung": role and surname)."""
    m = _FEMININE_DATIVE_DE.match(text, a, b)
    return None if m is None or (m.group("er") and is_role_word(m.group("er"))) else m


def _subject_after_cue_de(text: str, cue: Cue, clause_end: int, after: tuple[int, int] | None) -> tuple[int, int] | None:
    """German: the noun phrase after a verb of saying that may be its subject: none in the dative or
    accusative ("kritisierte den Plan"), but the noun phrase after one ("sagte dem Sender Max Maier");
    after a focus phrase ("sagte vor allem Max Maier") or a time adverbial ("sagte Wochen später Max Maier") the
    phrase's noun phrase."""
    time = _TIME_AFTER_CUE_DE.match(text, cue.end, clause_end)
    if time:
        return np_after(text, time.end(), clause_end, "de", at_start=True)
    if after is not None:
        first = _WORD.match(text, after[0])
        if first is None or (first.group(0).lower() not in _OBLIQUE and not _feminine_dative_de(text, after[0], after[1])):
            after = _name_before_dative_de(text, after)
            return _body_before_object_de(text, after)  # "lobte die Stadtverwaltung Paul Krüger": the body only
        fem = _feminine_dative_de(text, after[0], clause_end)  # "der Süddeutschen Zeitung": the whole phrase
        obj_end = fem.end() if fem else (m.end() if (m := _OBLIQUE_NOUN_DE.match(text, first.end(), clause_end)) else None)
        nxt = np_after(text, obj_end, clause_end, "de", at_start=True) if obj_end is not None else None
        # only a phrase that closes the clause: "traf den Minister Paul Krüger keine Schuld" names the object
        return nxt if nxt and re.match(r"\s*(?:[.,;:!?]|$)", text[nxt[1] :]) else None
    age = _AGE_NOUN_AFTER_CUE_DE.match(text, cue.end, clause_end)
    if age:
        return age.start(1), age.end(1)  # "fragte die 17-Jährige": an age noun, which np_after does not read
    m = _FOCUS_DE.match(text, cue.end, clause_end) or _ES_AFTER_CUE_DE.match(text, cue.end, clause_end)
    return np_after(text, m.end(), clause_end, "de", at_start=True) if m else None


# a pronoun that is only ever nominative right after the finite verb in second place: the clause's subject, so
# the word before the verb is none ("Vorab kann ich sagen", "Häufig wünsche ich mir", "Das hat er gesagt"); right
# after the clause's first word, that word is the finite verb ("Komme ich noch ans Ziel?")
_NOMINATIVE_AFTER_VERB_DE = re.compile(r"(?:\s+(?!(?:und|oder|sowie|aber|als|wie|noch|nicht)\s)[a-zäöüß]+)?\s+(ich|du|er|wir|man)(?=[\s,]|$)")


def _subject_for_cue_de(text: str, cue: Cue, clause_start: int, after: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """German: the subject opens the clause (SVO) or follows the finite verb (V2 after an adverbial;
    a focus phrase, "Vor allem Max Maier kritisierte", is no adverbial); ``after`` is the noun phrase
    right after the cue."""
    seg_start = clause_start
    focus = _FOCUS_DE.match(text, clause_start, cue.start)
    if focus:
        clause_start = seg_start = focus.end()
    last_comma = text.rfind(",", clause_start, cue.start)
    if last_comma >= 0 and not text[last_comma + 1 : cue.start].strip():
        appo = _apposition_subject(text, clause_start, last_comma, lang)
        if appo and after and _oblique_de(text, appo):
            return after  # "Den Vorsitzenden der Partei, Paul Krüger, nannte die Zeitung": the object, then the subject
        if appo:
            return appo
        # the apposition may open after an earlier comma: "…wies das zurück, die Sprecherin der
        # Fraktion, Sandra Boser (GRÜNE), erklärte"
        commas = [m.start() for m in re.finditer(",", text[clause_start:last_comma])]
        for c in reversed(commas[:-1]):
            appo = _apposition_subject(text, clause_start + c + 1, last_comma, lang)
            if appo and _speaker_rank(text, appo, lang) <= 1:
                return appo
        return after
    if last_comma >= 0:
        seg_start = last_comma + 1
    seg = text[seg_start : cue.start]
    if not seg.strip():
        return after
    if _starts_adverbial(text, seg_start, cue.start) or _FRONTED_TIME_DE.match(text, seg_start, cue.start):
        return after
    if last_comma >= 0 and re.match(r"\s*(?:der|die|das|welche[rs]?)\s", seg) and text[cue.end : cue.end + 2].lstrip()[:1] in (",", "."):
        return None  # a relative clause ("..., die Garantien verlangt, dass"): the speaker is its antecedent
    lead = re.match(r"\s*(?:[Ww]ie|[Aa]ls|[Ww]enn|[Ww]eil|[Nn]achdem|[Oo]bwohl|" + _TIME_CONJUNCTION_DE + r")\s+(?=(?:der|die|das|ein|eine)\s|[A-ZÄÖÜ])",
                    text[seg_start : cue.start])
    seg_start += lead.end() if lead else 0  # "Wie der Sender CBS berichtet": the subject after the conjunction
    start_np = np_after(text, seg_start - 1 if seg_start > 0 and text[seg_start - 1] == " " else seg_start, cue.start, lang, at_start=True)
    pron = _NOMINATIVE_AFTER_VERB_DE.match(text, start_np[1], cue.start) if start_np else None
    if pron:
        return pron.start(1), pron.end(1)  # "Vorab kann ich sagen", "Das hat er gesagt": the pronoun is the subject
    if start_np and after and _oblique_de(text, start_np):
        return after  # "Den Journalisten sagte Max Maier": a fronted dative or accusative is never the subject
    if start_np and after and _body_opens_clause_de(text, start_np, after):
        return start_np  # "Das Ministerium wirft Paul Krüger vor": the body before the verb speaks, the name after it is its object
    if start_np and after:
        # a fronted object or adverb ("Jegliche Verantwortung weist Hartmann von sich",
        # "Passend dazu warnte die Moderatorin"): the better speaker after the verb wins
        if not plausible_speaker(text[start_np[0] : start_np[1]], lang) and plausible_speaker(text[after[0] : after[1]], lang):
            return after  # "Zuletzt nannte Reinhard Jung …": a fronted adverb is no subject
        r_start = _speaker_rank(text, start_np, lang)
        r_after = _speaker_rank(text, after, lang)
        return after if r_after < r_start and r_start >= 2.5 else start_np
    if start_np:
        return start_np
    return after


_IN_DOCUMENT = re.compile(r"(?<![\w-])(?:[Ii]n|[Ii]m|[Aa]uf|[Aa]us)\s+((?:de[mnrs]|einem|einer|seinem|seiner|ihrem|ihrer)?\s*"
                          r"(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*)(?=[\s,:]|$)")


def _document_in(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A document the clause [a, b) locates the words in ("In dem Antrag heißt es:", "in ihrer
    Erklärung hieß es"): the noun phrase after in/im/auf/aus when its head is a document word."""
    for m in _IN_DOCUMENT.finditer(text, a, b):
        if _document_head(m.group(1).split()[-1].lower()):
            return m.start(1), m.end(1)
    return None


def _document_head(head: str) -> bool:
    """Whether lower-case noun ``head`` is a document word or a compound ending in one ("antrag", "gesetzentwurf")."""
    return any(len(w) >= 4 and _has_word([head], w) for w in DOC_WORDS)


_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:wird|wurde|werden|wurden|worden)(?![\w-])")
_QUOTED_NAME = re.compile(r"\s*(?:(?:der|die|das|den|dem)\s+)?[„\"»‚]([^“”\"«‘„\n]{1,60})[“”\"«‘]")


_TO_INFINITIVE = re.compile(r"(?:\s+(?:was|were|is|are|has|had|have|also|then|later|not|never|just|only|quick|"
                            r"on|went|goes|go|[a-z]+ed|[a-z]+s|want|seem|appear|continue|decline|refuse|try|decide|begin|"
                            r"start|choose|hope|plan|promise|seek|move|rush|use|took|take|takes|went|goes)){1,3}\s+to\s+$")


def _quoted_person(text: str, cue: Cue, clause_start: int, clause_end: int) -> tuple[int, int] | None:
    """German "zitieren": the speaker is who is quoted, not who quotes: the object of the active verb
    ("zitiert Welt-Online den Minister", "zitiert die „Computerwoche“ Lynch", "Die Zeitung zitierte
    den Minister") or the subject of the passive ("wird Mike Downey, …, zitiert", "wie Hoyzer zitiert
    wird"); None when the clause names only who quotes."""
    before, after = text[clause_start : cue.start], text[cue.end : clause_end]
    aux = list(_PASSIVE_AUX.finditer(before))
    if aux or re.match(r"\s+(?:wird|wurde|werden|wurden)(?![\w-])", after):
        if aux:
            span = np_after(text, clause_start + aux[-1].end(), cue.start, "de")
            if span is not None:
                return span
        return _frame_subject(text, clause_start, cue.start, "de")
    m = _QUOTED_NAME.match(after) or re.match(r"\s+[\w-]+\.(?:de|com|at|ch|org|net|eu)(?![\w-])", after)
    if m:  # "zitiert die „Computerwoche“ Lynch", "zitiert ndr.de Polizeisprecher Ralf Meyer": the quoting paper
        return np_after(text, cue.end + m.end(), clause_end, "de")
    first = np_after(text, cue.end, clause_end, "de")
    if first is None:
        return None
    opener = text[first[0] : first[1]].split()[0].lower()
    subject_before = bool(before.strip()) and not _starts_adverbial(text, clause_start, cue.start)
    if opener in ("den", "einen", "ihn") or (subject_before and opener not in ("der", "er", "sie", "man", "ein", "eine")):
        return first  # "Die Zeitung zitierte den Minister": the noun phrase after the verb is its object
    # "zitiert Welt-Online den Minister"; with no object ("…“, zitiert CNN.") the paper is the source
    return np_after(text, first[1], clause_end, "de") or first


def _apposition_subject(text: str, clause_start: int, comma: int, lang: str) -> tuple[int, int] | None:
    """"Der Sicherheitsberater, Jake Sullivan, <cue>" / "Borissow, der ... traf, <cue>" / "X, Y, der ..., <cue>"."""
    seg = text[clause_start:comma]
    parts = seg.split(",")
    if len(parts) < 2 or len(parts) > 5:
        return None
    first_end = clause_start + len(parts[0])
    first = np_after(text, clause_start, first_end, lang, at_start=True)
    if first is None or _strip_span(text, first[1], first_end)[0] < first_end:
        return None  # the part before the first comma is more than a noun phrase
    end = first[1]
    pos = first_end + 1
    if text[first[0] : first[1]].lower() in NOT_ALONE:
        return None  # "Oh, and the senator …": a discourse word, not a noun phrase with an apposition
    for part in parts[1:]:
        words = part.split()
        relative = bool(words) and words[0].lower() in ("der", "die", "das", "welcher", "welche", "welches", "who", "which") and words[-1][:1].islower()
        if relative or not words:
            break
        if len(words) > 10:
            return None
        end = _strip_span(text, pos, pos + len(part))[1]
        pos += len(part) + 1
    return first[0], end


_ASIDE_AFTER_NAME_EN = re.compile(r"\s*([^,]{1,60}),\s*(?:during|in|at|on|after|before|while|speaking|appearing|writing|"
                                  r"addressing|asked|interviewed)\b[^;:]*,$")


def _np_before_skipping_relative(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    pre = text[clause_start:pos].rstrip()
    m_rel = re.search(r"(,?)\s*\b(?:who|which)$", pre) if lang == "en" else None
    if m_rel:
        # "Mike Lee, who declared …", "Rikkie Wells who tweeted": the relative pronoun's antecedent speaks
        head = clause_start + m_rel.start()
        ante = np_before(text, clause_start, head, lang)
        if ante is not None:
            # "Haas attacked Lena Orlov of Ohio, who …": the antecedent starts after the verb before it
            verbs = [t for t in _tokens(text, ante[0], ante[1]) if t[2][:1].islower() and re.search(r"(?:ed|s)$", t[2])
                     and t[2].lower() not in ("of", "as", "his", "its")]
            if verbs:
                ante = _strip_span(text, verbs[-1][1], ante[1])
        if ante is not None and ante[1] > ante[0] and parse_mention(text[ante[0] : ante[1]], lang)[2] in ("person", "role", "group"):
            return ante
        return None
    if pre.endswith(","):
        m = re.search(r",\s*(?:who|which|der|die|das)\b[^,]*,$", pre) or (
            re.search(r",\s*whose\b.*,$", pre) if lang == "en" else None)  # "Mr. Slinker, whose start-up, Paradata, …, said"
        if m:
            found = np_before(text, clause_start, clause_start + m.start(), lang)
            if found is None and lang == "en":  # "Harry Bond, 30, of Raleigh, N.C., who …": the name opening the chain
                found = np_after(text, clause_start, clause_start + m.start(), lang, at_start=True)
            return found
        aside = _ASIDE_AFTER_NAME_EN.match(pre) if lang == "en" else None
        if aside:  # "Reed, during a town hall meeting in Columbus, Ohio, said": the name before the aside speaks
            lead = np_after(text, clause_start, clause_start + aside.end(1), lang, at_start=True)
            if lead is not None and parse_mention(text[lead[0] : lead[1]], lang)[2] in ("person", "role"):
                return lead
        m2 = re.search(r"([^,]{1,80}),\s*([^,]{1,100}),$", pre)
        if m2 and lang == "en" and place_of_place_en(m2.group(1), m2.group(2)):
            named = _name_before_place_apposition_en(text, clause_start, clause_start + m2.start(1), clause_start + m2.end(2))
            if named is not None:
                return named
        if m2:
            outer = np_before(text, clause_start, clause_start + m2.end(1), lang)
            if lang == "en" and outer is not None and re.match(r"[a-z]+(?:ing|ed)\s", m2.group(2)):
                return outer  # "Vogt, noting the length of the queue, said": a participle phrase, not an apposition
            inner = np_before(text, clause_start + m2.start(2), clause_start + m2.end(2), lang)
            if inner and outer and outer[1] == clause_start + m2.end(1):
                return outer[0], inner[1]
            return inner or outer
    found = np_before(text, clause_start, pos, lang)
    if lang == "en" and found is not None:
        found = _before_place_pp_en(text, clause_start, found)
    return _before_participle_en(text, clause_start, found) if lang == "en" and found is not None else found


def _name_before_place_apposition_en(text: str, clause_start: int, app_start: int, app_end: int) -> tuple[int, int] | None:
    """English: "Reed, the mayor of Columbus, Ohio, said": the name before an apposition that ends in a
    place and its state speaks; the mention runs from the name to the state."""
    head = re.search(r"([^,]{1,80}),\s*$", text[clause_start:app_start])
    if head is None:
        return None
    name = np_before(text, clause_start, clause_start + head.end(1), "en")
    if name is None or parse_mention(text[name[0] : name[1]], "en")[2] != "person":
        return None
    return name[0], app_end


_PLACE_PP_EN = re.compile(r"(?:^|\s)(?:in|at|inside|outside|near|among|behind|from)\s+$")


def _before_place_pp_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: a noun phrase before the verb that is the object of a place preposition ("a young
    volunteer in the hall wondered", "a teacher at the school asked") is where the speaker is, not who
    speaks: the noun phrase before the preposition is the subject; never the place (None when there
    is no such noun phrase)."""
    m = _PLACE_PP_EN.search(text, clause_start, span[0])
    if m is None or m.end() != span[0] or parse_mention(text[span[0] : span[1]], "en")[2] == "person":
        return span
    head = np_before(text, clause_start, m.start() + (1 if text[m.start()].isspace() else 0), "en")
    if head is None or not plausible_speaker(text[head[0] : head[1]], "en"):
        return span
    return head


# "speaking to", "writing in", "appearing on": a participle whose object a noun phrase after it is
_PARTICIPLE_PREP_EN = re.compile(r"\b[a-z]+ing(?:\s+(?:to|in|on|with|for|at|before))?\s+(?:the\s+)?$")


def _before_participle_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: a noun phrase right after a participle ("Another source speaking to Fox News said") is its
    object; the subject is the noun phrase before the participle, or none."""
    m = _PARTICIPLE_PREP_EN.search(text, clause_start, span[0])
    if m is None or m.start() <= clause_start:
        return span
    if re.search(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+$", text[clause_start : m.start()], re.I):
        return span  # "at the beginning of March Brenfeld coach X said": a noun in -ing, not a participle
    return np_before(text, clause_start, m.start(), "en")


_SKIP_AFTER_CUE = {"sich", "jedoch", "aber", "dazu", "darauf", "dann", "nun", "zudem", "außerdem", "weiter", "auch",
                   "ebenfalls", "allerdings", "bereits", "schon", "noch", "gestern", "heute", "später", "also", "further",
                   "later", "again", "then", "today", "yesterday", "however"}

_OBLIQUE = {"den", "dem", "einen", "einem", "des", "eines", "ihm", "ihn", "ihr", "ihnen"}

_SKIP_AT_START = {"auch", "doch", "und", "aber", "so", "denn", "nun", "also", "and", "but", "yet",
                  "selbst", "sogar", "ausgerechnet", "ebenfalls"}  # German focus particles before a subject

_PREPS = {"als", "von", "vom", "as", "of", "about", "über", "to", "zu", "zum", "zur", "mit", "with", "for", "für", "in",
          "im", "on", "auf", "an", "am", "at", "by", "from", "aus", "nach", "vor", "the", "a", "der", "die", "das",
          "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "and", "or", "oder", "that", "dass",
          "um", "ohne", "gegen", "durch", "bis", "seit", "wegen", "trotz", "bei", "beim", "unter", "hinter", "neben"}

_ADVERBIAL_START = re.compile(
    r"^\s*(?:am|im|in|an|auf|nach|vor|bei|während|seit|mit|zum|zur|dabei|dazu|weiter|zudem|außerdem|daraufhin|"
    r"später|gestern|heute|zuvor|danach|deshalb|daher|damals|jetzt|nun|so|auch|bereits|hier|dort|da|dann|doch|"
    r"zunächst|schließlich|außerdem|ebenfalls|jedoch|allerdings|trotzdem|dennoch|zugleich|gleichzeitig|um|ohne|statt|"
    r"gegen|durch|für|trotz|wegen|bis|ab|laut|angesichts|infolge|als|wenn|weil|obwohl|nachdem|während|"
    r"damit|darum|deswegen|dadurch|worauf|woraufhin|wobei|womit|wofür|wozu|wovon|worüber|wodurch|wonach|worum|wogegen|"
    r"woran|worin|weshalb|weswegen|wieso|warum|"
    r"in|at|on|after|before|when|while|during|for|with|as|if|although|because|since|unless|though|whether|despite|once|"
    r"until|ever|even|still|nothing|\d)\b",
    re.IGNORECASE,
)


# "Asked about …, Trump said", "Continuing, he …", "Based on …": an English participle opens the sentence
# (not "Reed, the mayor …" or "Jared, …": names ending in -ed)
_PARTICIPLE_START = re.compile(
    r"^\s*(?!(?:Jared|Ahmed|Mohammed|Mohamed|Muhammed)\b)[A-Z](?:[a-z]+ing|[a-z]{2,}ed)(?:\s*,|\s+(?:about|by|to|on|in|at|for|from|with|of|into|over|after|up|out|back|through|"
    r"before|during|outside|inside|alongside|under|across|near|against|behind|around|between|among|amid|without|within|"
    r"toward|towards|onto|upon|whether|if|what|why|how|who|when|where|which|his|her|their|its|the|a|an|this|that|as|been)\b)")


_APPOSITION_AFTER_NAME_EN = re.compile(r"[A-Z][a-z]+,\s+(?:a|an|the)\s")


def _name_before_apposition_en(text: str, a: int, b: int) -> bool:
    """"Alfred, a farmer from Ohio, said": one capitalised word, then an apposition with an article that
    a comma closes before the verb; the word is the name, not a participle ("Worried, the mayor said")."""
    return bool(_APPOSITION_AFTER_NAME_EN.match(text, a, b)) and bool(re.match(r"\s*,\s*[a-z]", text[b : b + 4]))


# a German adverb opening the clause by its ending ("Wochenlang hat die Firma …", "Vergeblich hat …")
_ADVERB_WORD_DE = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüß]+(?:lang|lich|weise|wärts))\s+[a-zäöüß]")


def _starts_adverbial(text: str, a: int, b: int) -> bool:
    return bool(_ADVERBIAL_START.match(text[a:b]) or _PARTICIPLE_START.match(text[a:b]) or _adverb_word_de(text, a, b))


def _adverb_word_de(text: str, a: int, b: int) -> bool:
    """German: whether [a, b) opens with a capitalised word with an adverb's ending followed by a
    lower-case word, which the text never uses as a name inside a sentence ("Fröhlich" after
    "Anna" is a surname); a word in -lich, which may be a surname, only when a subject follows it (the
    verb in second place has one after it when the word before it is an adverb: "Vergeblich hat die
    Firma erklärt"; none in "Fröhlich hat am Montag erklärt", so the word is the subject)."""
    m = _ADVERB_WORD_DE.match(text, a, b)
    if m is None or re.search(r"[\w,]\s+" + re.escape(m.group(1)) + r"(?![\w-])", text) is not None:
        return False
    if not m.group(1).endswith("lich"):
        return True  # "Wochenlang", "Normalerweise", "Rückwärts": no surname
    toks = _tokens(text, m.end(1), b)[1:]  # the words after the verb in second place
    return any((w.lower() in _SUBJECT_WORDS_DE and not _feminine_dative_de(text, s, b))  # "der Zeitung": a dative
               or (w[:1].isupper() and (k == 0 or toks[k - 1][2].lower() not in _PREPS)) for k, (s, _e, w) in enumerate(toks))


# words that open a German subject after the finite verb: articles, determiners, personal pronouns
_SUBJECT_WORDS_DE = {"der", "die", "das", "ein", "eine", "dieser", "diese", "jener", "jene", "kein", "keine", "er", "sie",
                     "es", "man", "wir", "ich", "ihr", "mein", "meine", "sein", "seine", "unser", "unsere", "alle", "viele"}


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    """Start of the clause containing pos: after the last , ; : or quote mark before it."""
    i = pos
    while i > sent_start:
        if text[i - 1] in ";:" + QUOTE_CHARS and not is_apostrophe(text, i - 1):  # "Ryan’s comments": no quote mark
            name = _name_in_german_marks(text, sent_start, i - 1) if DE.names_in_clause else None
            if name is None:
                return i
            i = name  # "Die Wochenzeitung „Neue Zeit“ kritisierte": a name in marks inside the noun phrase
        i -= 1
    return sent_start


_NAME_IN_MARKS_DE = re.compile(r"[\w-]\s+„((?:[A-ZÄÖÜ0-9][\w.’'&-]*\s*){1,4})$")


def _name_in_german_marks(text: str, sent_start: int, close: int) -> int | None:
    """German: where the opening „ stands when the mark at ``close`` closes a name of at most four
    capitalised words right after a word („Neue Zeit“ in "die Wochenzeitung „Neue Zeit“"); else None."""
    if text[close : close + 1] not in "“”":
        return None
    m = _NAME_IN_MARKS_DE.search(text, max(sent_start, close - 60), close)
    return m.start(1) - 1 if m else None


_HSPACE = " \t\xa0\u2009\u202f"


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


_CHAIN_WORDS = {"of", "the", "for", "and", "de", "von", "van"}


def _title_chain_before(text: str, a: int, b: int, lang: str) -> bool:
    """English: a long title chain ending in a name, and nothing else, before the cue verb of a
    frame after a quote (“…,” Chair of the Regional Water Board Ines Halberg
    (SPD) told ...): capitalised words joined only by of / the / for / and, a party in brackets."""
    seg = re.sub(r"\s*\([^()]{1,24}\)\s*$", "", text[a:b]).strip()
    words = seg.split()
    if lang != "en" or not 3 <= len(words) <= 12 or re.search(r"[,.;:!?\"“”]", seg):
        return False
    return all(w[:1].isupper() or w in _CHAIN_WORDS for w in words) and all(w[:1].isupper() for w in words[-2:])


def _generic_after_frame(text: str, a: int, b: int, lang: str, quote_comma: bool = False) -> tuple[Cue, tuple[int, int]] | None:
    """„…“, erinnerte sich Trotnow.  /  “…,” Smith recalled.  A short frame with a verb the lists lack.

    After a quote that ends in a comma (or ! ?) inside its marks, the sentence must go on with
    its frame, so any person, role or pronoun followed by a lower-case word (“…,” Bennett shot
    back / she went on) or a lower-case word followed by one (“…,” remembered Roy Verley) is taken."""
    toks = _tokens(text, a, b)
    if not toks or len(toks) > 12:
        return None
    if quote_comma and lang == "en" and len(toks) >= 2:
        def speakerish(span):
            return span is not None and _speaker_rank(text, span, lang) <= 2
        w0 = toks[0][2]
        if w0[0].isupper() or w0.lower() in PRONOUNS["en"]:
            np = np_after(text, a, b, lang, at_start=True)
            if np is not None and speakerish(np):
                nxt = [t for t in toks if t[0] >= np[1]]
                if nxt and nxt[0][2][0].islower() and nxt[0][2].lower() not in NP_STOP["en"] and not text[np[1] : nxt[0][0]].strip():
                    return Cue(nxt[0][0], nxt[0][1], nxt[0][2].lower()), np
        elif w0.lower() not in NP_STOP["en"] and re.search(r"(?:ed|s)$", w0):
            np = np_after(text, toks[0][1], b, lang)
            if np is not None and speakerish(np):
                return Cue(toks[0][0], toks[0][1], w0.lower()), np
    if lang == "de":
        w = toks[0][2]
        if w[0].islower() and re.search(r"(?:te|ten|t)$", w) and w.lower() not in NP_STOP["de"]:
            np = np_after(text, toks[0][1], b, lang)
            if np:
                return Cue(toks[0][0], toks[0][1], w.lower()), np
        if quote_comma and w[0].islower() and w.lower() not in NP_STOP["de"] and w.lower() not in _PREPS:
            # „…“, strich Romney heraus: any finite verb right after „…“, with a person after it
            np = np_after(text, toks[0][1], b, lang)
            if np and _speaker_rank(text, np, lang) <= 2.5:
                return Cue(toks[0][0], toks[0][1], w.lower()), np
        return None
    # English: NP + verb in -ed/-s, or verb + NP
    for k in range(min(len(toks), 5)):
        s, e, w = toks[k]
        if k > 0 and w[0].islower() and re.search(r"(?:ed|s)$", w) and w.lower() not in NP_STOP["en"]:
            np = np_before(text, a, s, lang)
            if np and np[0] == toks[0][0]:
                return Cue(s, e, w.lower()), np
    return None


_CONTRACTED = {"it", "that", "he", "she", "there", "what", "here", "let", "who", "where"}


def _possessive(text: str, span: tuple[int, int]) -> bool:
    """English: a noun phrase that owns the next one ("Obama’s actions", "the senators' plan"); "It's"
    and other contractions of a pronoun are not possessives."""
    m = re.search(r"(\w+)(?:['’]s|s['’])$", text[span[0] : span[1]])
    if m is None and text[span[1] : span[1] + 2] in ("'s", "’s"):
        m = re.search(r"(\w+)$", text[span[0] : span[1]])
    return m is not None and m.group(1).lower() not in _CONTRACTED


def _frame_subject(text: str, a: int, b: int, lang: str, body_first: bool = False) -> tuple[int, int] | None:
    """The subject of a clause with no cue verb (a colon frame or the sentence before a quote).

    Candidates are the clause-opening noun phrase (and its appositions) and every noun
    phrase that follows a verb-like word; a named person beats a role, a role beats a
    pronoun, a pronoun beats an institution or a thing ("Den Unmut der CDU brachte die
    Sprecherin Annette Widmann-Mauz zum Ausdruck:").  ``body_first``: in German a body
    before the finite verb is the subject whatever person follows (:func:`_body_before_verb_de`).
    """
    toks = _tokens(text, a, b)
    if not toks:
        return None
    cands: list[tuple[int, int]] = []
    seg = text[a:b]
    if "," in seg:
        # "X, Y:" / "X, Y," end in the apposition; "X, for his part, is labeling …" ends in the predicate
        end = a + len(seg.rstrip(" ,:")) if seg.rstrip()[-1:] in ",:" or lang != "en" else a + seg.rfind(",")
        if lang == "de" and re.fullmatch(r"\s*[a-zäöüß]+\s*", seg[seg.rfind(",") + 1 :]):
            end = a + seg.rfind(",")  # "Paul Krüger, der neue Bürgermeister, wolle": the verb is no part of the subject
        appo = _apposition_subject(text, a, end, lang)
        if appo and not (lang == "de" and _oblique_de(text, appo)):
            cands.append(appo)
    if not _starts_adverbial(text, a, b):
        np = np_after(text, toks[0][0], b, lang, at_start=True)
        if np and body_first and lang == "de" and _body_before_verb_de(text, np, b):
            return np  # "Die Partei warf Paul Krüger „…“ vor": the body before the verb is the subject, not the name after it
        if np and not (lang == "de" and _oblique_de(text, np)):  # "Den Minister nannte die SPD …": an object
            cands.append(np)
    pron = PRONOUNS.get(lang, set())
    nominative = ("der", "die", "das", "ein", "eine", "dessen", "deren") if lang == "de" else ("the", "a", "an")
    for k, (s, _e, w) in enumerate(toks[1:], start=1):
        low = w.lower()
        prev = toks[k - 1][2]
        if low in pron or low in nominative or (w[0].isupper() and prev[0].islower() and prev.lower() not in ARTICLES and prev.lower() not in _PREPS):
            if prev.lower() in _PREPS and low not in pron:
                continue  # "mit der Empfehlung ...": inside a prepositional phrase
            if any(t[2].lower() in _OBLIQUE for t in toks[max(0, k - 2) : k]):
                continue  # "den iranischen Präsidenten": an object, not the subject
            # "hat der Zeitung Max Maier": after a verb, "der Zeitung" is a dative, the subject follows it
            # ("die Ankündigung der Ministerin": after a noun, a genitive)
            fem = _feminine_dative_de(text, s, b) if lang == "de" and low in ("der", "einer") and prev[:1].islower() else None
            np = np_after(text, fem.end() if fem else s, b, lang, at_start=True)
            if np and lang == "de":
                np = _body_before_object_de(text, np)  # "nahm die Polizei Paul Krüger fest": the body only
            if np:
                cands.append((np[0], _with_apposition(text, np[0], np[1], b, lang)))
    if lang == "en":
        # "is labeling Obama’s actions": an owner is no subject
        cands = [c for c in cands if not _possessive(text, c)]
    if not cands:
        return None
    best = min(range(len(cands)), key=lambda i: (_speaker_rank(text, cands[i], lang), i))
    return cands[best]


# German adverbs and particles that open a sentence capitalised ("Ganz anders sieht es die Partei", "Sogar der Minister")
_SENTENCE_ADVERBS_DE = frozenset(
    "ganz genau anders eher vielmehr kaum fast gerade erst noch immer nie oft bald sogar selbst allein gleich dabei darum "
    "somit bisher zuvor danach dazu hinzu weiter ebenso nur sehr besonders wohl vielleicht offenbar insgesamt ausgerechnet "
    "umso genauso stattdessen andererseits einerseits gleichzeitig".split())
_ADVERB_LIKE = re.compile(r"(?:lich|isch|end|ell|weise|falls|dings|zeit|mals|wärts)$")
# German abstract-noun suffixes: "Erfahrungen", "Befugnis", "Sanktionen" are things, not surnames
_ABSTRACT_NOUN = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nis|nisse|tion|tionen|tät|täten|ismus)$")


def _speaker_rank(text: str, span: tuple[int, int], lang: str) -> float:
    """How likely a noun phrase is to be a speaker: full name 0, role 1, pronoun 2, lone
    capitalised word 2.5 (in German as often a noun or an adverb as a surname), thing 3."""
    mention = text[span[0] : span[1]]
    name, role, kind = parse_mention(mention, lang)
    if kind == "person":
        if name and len(name.split()) == 1 and not role and lang == "de" and len(mention.split()) == 1:
            if _ADVERB_LIKE.search(mention) or _ABSTRACT_NOUN.search(mention) or mention.lower() in _SENTENCE_ADVERBS_DE:
                return 4  # "Passend zu …", "Aktuell lässt sie …": a fronted adverb, capitalised only as the first word
            if not _unknown_lone_noun(text, span[0], span[1], lang):
                return 1  # the text names "Alexander Milinkewitsch" elsewhere: a surname
            return 2.5
        return 0
    return {"role": 1, "pronoun": 2, "group": 3}.get(kind, 4)


_NAME_GLUE = {"von", "vom", "am", "im", "der", "die", "das", "des", "und", "of", "the", "and", "de", "la", "du", "for", "in"}


def _name_like(text: str, sp: QuoteSpan, lang: str) -> bool:
    """A quoted name or title („Berliner Zeitung“, “Eagle”, „iPod nano“) rather than words someone said."""
    words = _WORD.findall(text[sp.start : sp.end])
    if not words:
        return True
    before = _tokens(text, max(0, sp.open_pos - 30), sp.open_pos)
    prev = before[-1][2] if before else ""
    if prev.lower() in ("als", "as", "wie", "so", "called", "nannte", "nennt", "genannt", "dubbed", "termed"):
        return False
    if lang == "de" and DE.name_like_object and _object_of_cue_de(text, sp, before):
        return False
    after = text[sp.outer_end : sp.outer_end + 1]
    if after == "-":
        return True  # „Bild“-Zeitung
    def cap(w: str) -> bool:
        return w[0].isupper() or w[0].isdigit() or (len(w) > 1 and w[1].isupper())
    inner = words[1:-1]
    all_cap = cap(words[0]) and cap(words[-1]) and all(cap(w) or w.lower() in _NAME_GLUE for w in inner)
    if not all_cap:
        return False
    if lang == "de" and all(w.lower() in _NAME_GLUE or _ABSTRACT_NOUN.search(w.lower()) for w in words):
        return False  # „Gelassenheit und Aufmerksamkeit“: abstract nouns, capitalised as every German noun
    if lang != "de" or len(words) >= 2:
        return True
    # one capitalised German word: a name after a noun (Typs „Fokker“, Magazins „Focus“), else a noun quoted
    return bool(prev) and prev[0].isupper() and prev.lower() not in ARTICLES


def _object_of_cue_de(text: str, sp: QuoteSpan, before: list[tuple[int, int, str]]) -> bool:
    """German: the words in marks are the object of a verb of saying or follow an indefinite article
    ("sprach von „Wortbruch und Vertrauensmissbrauch“", "forderte ein „Ende der Willkür“"): words the
    speaker chose, not a name (names take no indefinite article)."""
    if before and _OTHER_DETERMINER_DE.fullmatch(before[-1][2].lower()):
        return True
    k = len(before) - 1
    while k >= 0 and len(before) - k <= 2 and before[k][2].lower() in _OBJECT_GLUE_DE:
        k -= 1  # "von", "vor einer", "über die"
    return k >= 0 and len(before) - k <= 3 and bool(find_cues(text, before[k][0], before[k][1], "de"))


_NAMING_VERBS_DE = frozenset({"nannte", "nannten", "nennt", "nennen", "bezeichnete", "bezeichneten", "bezeichnet", "wertete", "werteten",
                               "wertet", "sah", "sahen", "sieht", "hielt", "hielten", "hält", "betitelte", "titulierte"})
_OBJECT_GLUE_DE = {"von", "vor", "über", "gegen", "mit", "auf", "für", "der", "die", "das", "den", "dem", "des"}
_FOREIGN_GLUE = {"de", "la", "le", "les", "da", "du", "del", "della", "di", "do", "dos", "of", "the", "and", "for", "to", "pour", "y"}
# a capitalised adjective inside a German phrase is part of a name ("Kampagne für ein Freies Tibet",
# "Allianz zur Europäischen Integration"); German writes adjectives in lower case otherwise
_ADJECTIVE_DE = re.compile(r"[a-zäöüß]*(?:isch|lich|ig|al|ell|iv|är|ös|bar|sam|haft|end|frei|neu|ober|deutsch)(?:e|er|es|en|em)")


_FINITE_DE = {"ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "wurde", "sei", "seien", "kann", "muss",
               "soll", "will", "gibt", "geht", "steht", "bin", "bist", "habe", "hast"}


def _german_name(text: str, sp: QuoteSpan, inner: str, words: list[str]) -> bool:
    """A name in German marks: an acronym in brackets or ", kurz X" right after it („Öffentliche Dienste,
    Transport und Verkehr“ (ÖTV)), or no finite-looking word and either foreign glue words between
    capitalised words („Correio da Manhã“, „Brothers to the Rescue“) or a capitalised adjective after
    its first word („Kampagne für ein Freies Tibet“)."""
    if re.match(r"\s*(?:\([A-ZÄÖÜ]{2,}[A-Za-z]*\)|,\s*kurz\b)", text[sp.outer_end : sp.outer_end + 12]):
        return True
    if len(words) < 2 or not words[0][:1].isupper() or "," in inner:
        return False
    def cap(w: str) -> bool:  # "Légion", "d'Honneur"
        return w[:1].isupper() or w[:1].isdigit() or bool(re.match(r"[dlDL][’'][A-ZÄÖÜÉ]", w))

    if any(w.lower() in _FOREIGN_GLUE for w in words[1:-1]) and all(
            cap(w) or w.lower() in _FOREIGN_GLUE for w in words) and cap(words[-1]):
        return True
    if any(w.lower() in _FINITE_DE for w in words):
        return False
    return any(w[:1].isupper() and _ADJECTIVE_DE.fullmatch(w.lower()) and nxt[:1].isupper() for w, nxt in zip(words[1:], words[2:]))


_LAW_OR_PRIZE = re.compile(r"(?:gesetz|gesetzes|verordnung|abkommen|abkommens|vertrag|vertrags|vertrages|preis|preises)$", re.I)


_MEDIA_OWNERS_EN = frozenset({"channel", "network", "station", "newspaper", "magazine", "paper", "publisher", "studio", "site"})


def _english_title_slot(text: str, sp: QuoteSpan, words: list[str], inner: str, prev: tuple[int, int, str]) -> bool:
    """English: up to six title-case words in marks right after a possessive name, "on"/"with" or
    "the" ("CNN’s “State of the Union,”", "said on “Meet the Press.”", "the “Gang of Eight,”"): the
    name of a show, work or group (American style keeps the sentence's , or . inside the marks)."""
    if len(words) > 6 or inner[-1:] in "!?…;:" or not words[0][:1].isupper() or not _title_case_en(words):
        return False
    owner = (prev[2][:1].isupper() or prev[2].lower().split("’")[0].split("'")[0] in _MEDIA_OWNERS_EN) and re.search(
        r"[’']s\s*$", text[prev[0] : sp.open_pos]) is not None  # "CNN’s", "the channel’s “State of the Union,”"
    return owner or prev[2] in ("on", "with", "the")


# English words right before a work's title in marks: "the author of", "host of", "starred in", "entitled"
_WORK_SLOT_EN = re.compile(r"(?:(?:co-)?(?:author|editor|host|star|creator|producer|founder)s?\s+of|starred\s+in|roles?\s+in|(?:en)?titled|"
                           r"episodes?\s+of)\s*[,:]?\s*"
                           r"(?:[“\"‘']+[^“”\"\n]{1,80}?[”\"’']+\s*,?\s*(?:and\s+|or\s+)?)*$", re.I)  # a list: “A,” “B” and “C”
_BYLINE_AFTER = re.compile(r"\s*,?\s*by\s+(?!far\b)(?:the\s+)?[A-Z]")


def _title_case_en(words: list[str]) -> bool:
    """Every word capitalised (or a digit) but the glue words of titles, the first one too."""
    from .speakers import TITLE_GLUE

    return bool(words) and (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_GLUE for w in words)


_NAME_COLON_LINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}:[ \t]+(?=\S)[^\n]*$")


def _name_colon_headline_en(text: str, sp: QuoteSpan) -> bool:
    """English: the quote stands in a headline line opened by a name and a colon ("Harlow: Mayor’s
    ‘Deeply Careless Spending’ Sinking …"): the words in marks are the named person's, their
    capitals are the headline's, not a title's."""
    line_start = text.rfind("\n", 0, sp.open_pos) + 1
    if next(islice(_WORD.finditer(text, line_start, sp.open_pos), 12, None), None) is not None:
        return False  # more than 12 words before the marks (counted no further than the 13th)
    return _NAME_COLON_LINE.match(text[max(0, line_start - 1) : sp.open_pos]) is not None


def _english_noun_slot(gap: str, before: list[str], words: list[str], title_noun) -> list[str]:
    """English: the words before the marks without the work nouns that do not introduce them.  A work
    noun counts right before the marks ("his book ''…''") or before a comma or colon and a capitalised
    title ("the movie, “The Long Road”"); not after a sentence end ("… joined the Reed campaign.
    “The caucus is …”"), a verb ("the party was ''committed to …''") or a comma before lower-case words."""
    if not any(title_noun(w) for w in before):
        return before
    if title_noun(before[-1]) and (not gap.strip() or (re.fullmatch(r"\s*[,:]\s*", gap) and words[0][:1].isupper())):
        return before
    return [w for w in before if not title_noun(w)]


def _english_work_title(text: str, sp: QuoteSpan, words: list[str], inner: str, before: list[str], title_noun) -> bool:
    """English: the title of a work or show in marks, even with the sentence's comma or full stop
    inside (American style): a headline with a byline after it ("“City council to vote on budget,” by
    the Post’s Jane Roe"), or up to 14 title-case words right after a work noun (", “So, That
    Happened.”", "his book, ''The Art of Winning.''") or a slot like "the author of", "starred in",
    "entitled"."""
    if len(words) > 14 or inner[-1:] in "!?":
        return False
    tail = text[sp.outer_end : sp.outer_end + 40]
    if _BYLINE_AFTER.match(tail) and words[0][:1].isupper():
        return True
    if not _title_case_en(words):
        return False
    lead = text[max(0, sp.open_pos - 200) : sp.open_pos]
    if _WORK_SLOT_EN.search(lead):
        return True
    return bool(before) and title_noun(before[-1]) and re.search(r"[\w’'-]\s*[,:]?\s*$", lead) is not None


_GLUE_PREPS_DE = {"für", "zur", "zum", "vom", "im", "am", "an", "auf", "mit", "gegen", "ohne", "über", "unter", "bei", "aus", "nach"}
_LOWER_IN_NAME_DE = _NAME_GLUE | _FOREIGN_GLUE | _GLUE_PREPS_DE  # lower-case words a name in marks may hold
_DEFINITE_DE = {"der", "die", "das", "des", "dem", "den", "beim", "im", "vom", "zum", "zur", "am", "ins"}
_OTHER_DETERMINER_DE = re.compile(r"(?:k?ein|mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?")
# nouns that announce the name or wording that follows ("mit dem Titel", "unter dem Motto"): a title even in lower case
_NAMING_NOUNS_DE = frozenset({"titel", "motto", "slogan", "namen", "name", "hashtag", "parole", "überschrift"})
_TITLE_SLOT_DE = frozenset({"titel", "motto", "überschrift"})  # a work's title or a motto may end in "?" or "!"


# the legal form that ends a German organisation's name: "e.V.", "e. V.", "GmbH", "AG", "KG", "gGmbH", "eG"
_LEGAL_FORM_END_DE = re.compile(r"(?<![\w-])(?:e\.\s?V\.|g?GmbH|AG|KG|KGaA|eG|mbH|SE)\s*$")
_NAMING_COLON_DE = re.compile(r"(?<![\w-])(?:Titel|Namen|Name|Motto|Überschrift|Slogan)s?(?![\w-])[^.!?:;„“\"]{0,80}:\s*$")


def _named_after_colon_de(text: str, sp: QuoteSpan) -> bool:
    """German: a colon frame that speaks of a name or title ("Den Namen der Sendung gab das ZDF bekannt:
    „…“", "Der Titel des Buches lautet: „…“"): the words in marks are that name, no one's speech.  Not
    "im Namen der Familie" (on behalf of), and not a frame with a verb of saying of its own ("Zum Titel
    seines Buches sagte Max Maier: „…“"), other than the verbs that give a name (lauten, heißen, bekanntgeben)."""
    m = _NAMING_COLON_DE.search(text, max(0, sp.open_pos - 120), sp.open_pos)
    if m is None or re.search(r"(?<![\w-])(?:im|in)\s+Namen\s*$", text[max(0, m.start() - 8) : m.start() + 5]):
        return False
    return not [c for c in find_cues(text, m.start(), sp.open_pos, "de") if c.lemma not in ("lauten", "heißen", "bekanntgeben")]


def _one_noun_phrase_de(words: list[str]) -> bool:
    """German: words that can be one name: opening with a capital or digit, no finite verb, at most one
    lower-case content word (:func:`_lower_content_de`) („Müller Bau GmbH“, not „Wir verklagen jetzt
    die Müller Bau GmbH“)."""
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()) or any(w.lower() in _FINITE_DE for w in words):
        return False
    return sum(map(_lower_content_de, words[1:])) <= 1


def _lower_content_de(w: str) -> bool:
    """German: a lower-case word that is no article, preposition or name glue: a verb, adverb or adjective."""
    return w[:1].islower() and w.lower() not in _LOWER_IN_NAME_DE and w.lower() not in ARTICLES


_PRONOUN_OPENERS_DE = frozenset({"ich", "wir", "du", "ihr", "er", "sie", "es", "das", "dies", "man", "uns", "mir", "mich"})


def _lower_case_phrase_de(words: list[str]) -> bool:
    """German: words in marks that open in lower case and hold another lower-case content word (no
    article, preposition or name glue) are a phrase someone chose („grob fahrlässig gehandelt“,
    „völlig überzogen und falsch“), not a name or title: German names and titles open with a capital."""
    if len(words) < 2 or not words[0][:1].islower():
        return False
    return any(map(_lower_content_de, words[1:]))


# letters and elisions German does not write: a phrase holding them is in another language ("Bol d’or mini féminine")
_FOREIGN_MARK = re.compile(r"[éèêëàâçñôûîíóúãõ]|(?<![\w])(?:d|l|qu)[’']")


def _after_definite_article_de(text: str, sp: QuoteSpan, words: list[str]) -> bool:
    """German: a capitalised phrase in marks right after a definite article (and its adjectives)
    with no finite verb is the name the article introduces ("des „Wikimedia Deutschland – Gesellschaft
    zur Förderung Freien Wissens“", "der neue „Oberste Rat zur Wiederherstellung der Demokratie“",
    "beim erstklassig besetzten „22. Bol d’or“"); lower-case words ("die „völlig unzureichende
    Versorgung“") are words someone chose."""
    if len(words) < 2 or not (words[0][:1].isupper() or words[0][:1].isdigit()) or any(w.lower() in _FINITE_DE for w in words):
        return False
    if any(w[:1].islower() and w.lower() not in _LOWER_IN_NAME_DE for w in words) and not _FOREIGN_MARK.search(" ".join(words)):
        return False  # "im „Regelfall um vier Jahre verschoben“": lower-case content words make it a phrase, not a name
    before = _tokens(text, max(0, sp.open_pos - 50), sp.open_pos)[-4:]
    if not before or text[before[-1][1] : sp.open_pos].strip():
        return False
    k = len(before) - 1
    while k > 0 and before[k][2][:1].islower() and before[k][2].lower() not in _DEFINITE_DE:
        if _OTHER_DETERMINER_DE.fullmatch(before[k][2].lower()):
            return False  # "nannte das einen „Wortbruch …“": an indefinite or possessive article's noun phrase, no name
        k -= 1  # adjectives and adverbs between the article and the name: "der neue", "beim erstklassig besetzten"
    if k > 0 and before[k - 1][2].lower() in ("von", "vor"):
        return False  # "sprach von der „Achse des Bösen“", "warnte vor der „…“": words someone chose
    return before[k][2].lower() in _DEFINITE_DE


def _role_title_de(text: str, sp: QuoteSpan, words: list[str]) -> bool:
    """German: capitalised words in marks after "als", every one a capitalised noun, adjective or glue word, holding
    a role noun ("Berater", "Vorsitzender"), in a sentence with no verb of saying: a job title someone holds, not
    words someone said ("Er bezeichnete ihn als „Vorsitzenden ohne Rückgrat“" has a verb of saying)."""
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _LOWER_IN_NAME_DE for w in words) or not any(map(is_role_word, words)):
        return False
    start = max(text.rfind(".", 0, sp.open_pos), text.rfind("\n", 0, sp.open_pos)) + 1
    end = text.find(".", sp.end)
    return not find_cues(text, start, len(text) if end < 0 else end, "de")


def _is_title(text: str, sp: QuoteSpan, lang: str) -> bool:
    """A title or name in quotation marks: at most eight words, no sentence punctuation at its end,
    and either a work/organisation noun or "called"/"titled" just before it, or a hyphen joining it to
    the next word („Bild“-Zeitung), or (English) every word capitalised but the glue words.  German:
    never a phrase opening in lower case (but after "Titel", "Motto"), a title after "Titel"/"Motto"
    may end in "?" or "!", a colon frame speaking of a name announces one, and an organisation noun
    with a verb of saying after it is the speaker, not a name."""
    from .speakers import TITLE_GLUE, TITLE_NOUNS

    inner = text[sp.start : sp.end].strip()
    words = _WORD.findall(inner)
    before = [t[2].lower() for t in _tokens(text, max(0, sp.open_pos - 40), sp.open_pos)][-3:]
    if lang == "de" and DE.role_title_after_als and before and before[-1] == "als" and _role_title_de(text, sp, words):
        return True  # "präsentiert sich als „Wissenschaftlicher Berater / Stellvertretender Vorsitzender“": a job title
    if before and before[-1] in ("als", "as", "wie", "called", "nannte", "nennt", "genannt", "dubbed", "termed"):
        return False  # "hält die Beschäftigung in einem Verein als „gelungenes Beispiel …“": words someone chose
    if lang == "de" and DE.name_like_object and before and before[-1] in ("das", "dies", "es") and len(before) >= 2 and before[-2] in _NAMING_VERBS_DE:
        return False  # "Der Minister nannte das „Wortbruch …“": the object pronoun, then the words he chose

    def title_noun(w: str) -> bool:  # "Buch", "Preises", "Rolling-Stones-Tour"
        return any(x in TITLE_NOUNS or x.rstrip("s") in TITLE_NOUNS for x in (w, w.split("-")[-1]))

    prev_raw = _tokens(text, max(0, sp.open_pos - 40), sp.open_pos)[-1:]
    next_to = bool(prev_raw) and not text[prev_raw[0][1] : sp.open_pos].strip()  # "his new book ''Trump and Me,''"
    if lang == "en" and _name_colon_headline_en(text, sp) and not (before and (title_noun(before[-1]) or before[-1] in ("on", "with"))):
        return False
    if lang == "en" and words and next_to and "nested" not in sp.flags and _english_title_slot(text, sp, words, inner, prev_raw[0]):
        return True
    if lang == "en" and words and "nested" not in sp.flags and _english_work_title(text, sp, words, inner, before, title_noun):
        return True
    if lang == "en" and before:
        before = _english_noun_slot(text[prev_raw[0][1] : sp.open_pos], before, words, title_noun)
    if lang == "de" and _lower_case_phrase_de(words) and not (before and before[-1] in _NAMING_NOUNS_DE):
        return False
    # right after its noun ("sein Buch „Cobra II – die wirkliche Geschichte …“") a title may be longer
    longest = 14 if before and (title_noun(before[-1]) or (lang == "de" and before[-1] in _DEFINITE_DE)) else 8
    named = lang == "de" and next_to and before[-1] in _TITLE_SLOT_DE  # "unter dem Motto „Cannabis – ein Problem?!“"
    if lang == "de" and DE.title_after_colon and words and inner[-1:] not in ".…;:" and _named_after_colon_de(text, sp):
        return True
    if lang == "de" and DE.title_legal_form and 2 <= len(words) <= 14 and _LEGAL_FORM_END_DE.search(inner) and (
            words[0].lower() not in _PRONOUN_OPENERS_DE and _one_noun_phrase_de(words)):
        return True  # „Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“: an association's name
    if not words or len(words) > longest or (inner[-1:] in ".!?…;:" and not (named and inner[-1:] in "!?")) or "nested" in sp.flags:
        return False
    comma = inner[-1:] == ","  # “We will win,” he said: a comma inside the marks mostly ends words someone said
    # German: a work or organisation noun with a verb of saying after it is the speaker, not the name of the
    # words in marks ("Die Gewerkschaft kritisierte die „…“"; "die neue CD der Gruppe vor: „…“" stays a title)
    nouns_before = before[-1:] if lang == "de" and DE.title_noun_next_to and find_cues(text, max(0, sp.open_pos - 40), sp.open_pos, "de") else before
    if (any(title_noun(w) for w in nouns_before) and not comma) or (next_to and title_noun(before[-1])) or before[-2:] == ["author", "of"]:
        return True  # "the author of ''Hacked World Order,''", "sein Buch „Cobra II …“": a work's title
    if comma:
        return False
    if lang == "de" and _LAW_OR_PRIZE.search(words[0]) and not any(w.lower() in _FINITE_DE for w in words) and words[0][:1].isupper():
        return True  # „Gesetz zur Änderung des Passgesetzes“, „Sacharow-Preises für geistige Freiheit“
    if text[sp.outer_end : sp.outer_end + 1] == "-":
        return True
    if lang == "de" and DE.title_german_name and _german_name(text, sp, inner, words):
        return True
    if lang == "de" and DE.title_after_article and _after_definite_article_de(text, sp, words):
        return True
    if lang != "en" or len(words) < 2 or not EN.title_case:
        return False
    caps = [w for w in words if w.lower() not in TITLE_GLUE]
    return bool(caps) and all(w[0].isupper() or w[0].isdigit() for w in caps) and words[0][0].isupper() and words[-1][0].isupper() and not any(
        w.lower() in ("i", "we", "you", "he", "she", "they", "it") for w in words)


_LIST_GLUE_DE = re.compile(r"\s*(?:,|und|oder|sowie|bzw\.|beziehungsweise)\s*$")


def _titles_in_lists_de(quotes: list[Quote], text: str) -> None:
    """German: a short quoted phrase listed next to a title or name in marks ("in „Nackt unter Wölfen“ oder
    „Jeder stirbt für sich allein“", "(„Hartz IV“, „Rente mit 67“)") is a title too: only a comma, "und",
    "oder", "sowie" stands between the marks, and it has at most eight words, no finite verb and no
    sentence punctuation at its end (rule title).  Two such phrases with no verb of saying for either and
    no speaker for the first are a list of names too (``DE.unframed_lists``)."""
    def short_name(q: Quote) -> bool:
        words = _WORD.findall(q.text)
        return (0 < len(words) <= 8 and q.text.rstrip()[-1:] not in ".!?…;:," and q.kind != "direct"
                and not any(w.lower() in _FINITE_DE for w in words))

    def named(q: Quote) -> bool:
        return "title" in q.flags or "name-like" in q.flags

    def unframed(q1: Quote, q2: Quote) -> bool:  # „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“: no one's words
        return q1.cue is None and q2.cue is None and q1.speaker is None and short_name(q1) and short_name(q2)

    changed = True
    while changed:
        changed = False
        for q1, q2 in zip(quotes, quotes[1:]):
            gap = text[q1.end : q2.start].strip(QUOTE_CHARS + " ")
            if not _LIST_GLUE_DE.match(gap) or gap.count(",") > 1 or (named(q1) == named(q2) and not (
                    not named(q1) and DE.unframed_lists and unframed(q1, q2))):
                continue
            for other in [q for q in (q1, q2) if not named(q)]:
                if short_name(other):
                    other.speaker = None
                    other.flags.append("title")
                    _set_rule(other, "title")
                    changed = True


# -- the extractor ---------------------------------------------------------------------



SO_RULES = {"so": "so-x", "laut": "laut-x", "zufolge": "x-zufolge", "according to": "according-to", "nach": "nach-x"}


def rule_of(q: Quote) -> str:
    """The name of the rule that attributed a quote (its ``rule:`` flag)."""
    return next((f[5:] for f in q.flags if f.startswith("rule:")), "unattributed")


def _set_rule(q: Quote, rule: str) -> None:
    q.flags[:] = [f for f in q.flags if not f.startswith("rule:")] + [f"rule:{rule}"]


def _strict_speaker(kind: str, cue, flags: list[str], lang: str) -> bool:
    """Where a frame often has a thing as its subject, the speaker must be a person, role, group,
    organisation or document: "according to" / "laut" / "zufolge" / "so", colon frames without a
    cue verb, frames whose verb is no speech verb (generic), verbs that things do ("lautet",
    "reads", "shows", "indicates"), and English reported speech (a cue verb in any sentence: "A burned
    fuse indicates that", "the technology continued"; in German it costs more right speakers than it
    saves: SpkAtt indirect speaker accuracy 0.649 -> 0.588)."""
    from .speakers import TEXT_CUES

    if cue is None:
        return "colon-frame" in flags or "speaker-from-previous-sentence" in flags
    return (cue.lemma in ("according to", "laut", "zufolge", "so") or cue.lemma in TEXT_CUES or "rule:frame-after-generic" in flags
            or (kind in ("indirect", "mixed") and lang == "en"))


def _quote(article: Article, start: int, end: int, kind: str, lang: str, speaker_span, cue, sentence_ids, flags) -> Quote:
    """A Quote over ``article.text[start:end]`` with its speaker and cue spans."""
    text = article.text
    q = Quote(
        id="",
        article_id=article.id,
        text=text[start:end],
        start=start,
        end=end,
        kind=kind,
        language=lang,
        speaker=make_speaker(text, speaker_span, lang, strict=_strict_speaker(kind, cue, flags, lang), no_cue=cue is None),
        cue=text[cue.start : cue.end] if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        cue_lemma=cue.lemma if cue else None,
        sentence_ids=sentence_ids,
        flags=flags,
    )
    if q.speaker is None and "title" not in flags:
        _set_rule(q, "unattributed")  # the rule found a span, but no plausible speaker in it
    return q

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
        self.cue, self.speaker_span, self.rule = cue, speaker_span, rule


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


_ABBR_AT_END = re.compile(r"\b(?:" + alternation(NOT_SENTENCE_END) + r"|[A-Z])\.\s*$")  # "… Gov. ": no sentence end


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


def _spans_with(top: _TopSpans, key: str, a: int, b: int, reverse: bool = False) -> Iterator[QuoteSpan]:
    """The spans of ``top`` whose ``key`` position lies in [a, b], nearest ``a`` first (``reverse``:
    nearest ``b`` first), one by one: a caller that stops at the first it wants reads no more."""
    keys, idx = top.order[key]
    lo, hi = bisect_left(keys, a), bisect_right(keys, b)
    for j in range(hi - 1, lo - 1, -1) if reverse else range(lo, hi):
        yield top[idx[j]]


def _frame_before_bounds(text: str, s0: Sentence, sp: QuoteSpan, top: _TopSpans) -> tuple[int, int]:
    """Where the frame before a quote may lie: from its sentence start (or the end of an earlier
    quote, or a sentence end the splitter missed) to the opening mark."""
    before_a, before_b = s0.start, max(s0.start, sp.outer_start)  # the opener may end the sentence before
    for other in _spans_with(top, "outer_end", before_a, before_b, reverse=True):
        if other is not sp and not _name_before_frame(text, other, s0.start, before_b):
            before_a = other.outer_end  # the last quote that closes before this one opens, in the same sentence
            break
    cut = None
    for m_end in re.finditer(r"(?<=[.!?…])[\"“”'’»«]*\s+(?=[A-ZÄÖÜ\"„“‚'‘»«]|$)", text[before_a:before_b]):
        cut = m_end.end()
    if cut is not None and not _ABBR_AT_END.search(text[before_a : before_a + cut]):
        # "… spoke. ''They …": a sentence end the splitter missed (SoMaJo keeps '' quotes in the
        # sentence before): the frame is only what follows it
        before_a += cut
    return before_a, before_b


def _frame_after_bounds(text: str, sents: list[Sentence], i1: int, sp: QuoteSpan, top: _TopSpans, lang: str) -> tuple[int, int]:
    """Where the frame after a quote may lie: from the closing mark to its sentence end (or the
    next quote), or into the next sentence when the splitter cut a lower-case frame off."""
    s1 = sents[i1]
    after_a, after_b = sp.outer_end, max(s1.end, sp.outer_end)
    for other in _spans_with(top, "outer_start", after_a, after_b):
        if other is not sp and not _name_in_frame(text, other, after_a):
            after_b = other.outer_start  # the first quote that opens after this one closes
            break
    if text[sp.start : sp.end].rstrip(QUOTE_CHARS + " ")[-1:] in ".!?…":
        # „... Knie.“ Weitere ...: the quote closed its own sentence; a capitalised word starts the next,
        # unless that is a short frame of its own (“… season coming!” Bush said.)
        if re.match(r"\s+(?=[A-ZÄÖÜ])", text[after_a:after_b]) and not _short_frame(text, after_a, after_b, lang):
            after_b = after_a
    if re.match(r"^\s*\([^()]*\)\s*[.]?\s*$", text[after_a:after_b]):
        after_b = after_a  # „…“ (a translation in brackets) ends the sentence
    if not text[after_a:after_b].strip() and i1 + 1 < len(sents):
        nxt_s = sents[i1 + 1]
        first_char = text[nxt_s.start : nxt_s.start + 1]
        frame_cue = [c for c in find_cues(text, nxt_s.start, nxt_s.end, lang) if _frame_words_before(text, nxt_s.start, c.start) <= 6]
        short = first_char.isupper() and text[sp.start : sp.end].rstrip(QUOTE_CHARS + " ")[-1:] in "!?…" and _short_frame(
            text, nxt_s.start, nxt_s.end, lang)  # “… coming!” | Bush said.: the splitter cut after the quote's ! or ?
        short = short or _frame_only_sentence(text, nxt_s.start, nxt_s.end, lang)
        if ((first_char.islower() or first_char in ",;" or short) and not text[after_b : nxt_s.start].strip() and "\n" not in text[after_a : nxt_s.start]
                and (frame_cue or re.match(r"(?:so|laut|zufolge|according to)\b", nxt_s.text))):
            # „… etabliert.“ | erklärte die Ministerin.  A sentence cannot open in lower case (or with a
            # comma: „…“ | , schreibt die „Zeit“): the splitter cut the frame off after the quote
            after_b = nxt_s.end
    return after_a, after_b


def _frame_only_sentence(text: str, a: int, b: int, lang: str) -> bool:
    """English: a sentence that is nothing but a frame (“… missing.” Tom Reed said. / said Tom Reed on
    Monday.): at most seven words, a speech verb within its first four, no marks, no that-clause;
    it can only frame the quote before it, though the quote closed with a full stop.  No comma:
    "Nordwell, she predicted, would call them first." is a statement with a frame inside."""
    seg = text[a:b]
    if lang != "en" or len(_WORD.findall(seg)) > 7 or any(c in seg for c in QUOTE_CHARS.replace("’", "") + ",;:"):
        return False
    return bool(re.search(r"[.]\s*$", seg)) and _short_frame(text, a, b, lang)


def _name_in_frame(text: str, other: QuoteSpan, frame_start: int) -> bool:
    """A paper's name in marks inside a frame after a quote ("…“, schreibt die „Zeit“", "zitiert die
    „Computerwoche“ Lynch", "schrieb „Die Zeit“"): up to three capitalised words right after an article
    or the frame's first word, at most six words into the frame."""
    words = _WORD.findall(text[other.start : other.end])
    prev = _tokens(text, frame_start, other.outer_start)
    return (0 < len(words) <= 3 and words[0][:1].isupper() and len(prev) <= 6 and bool(prev)
            and (prev[-1][2].lower() in ("der", "die", "das", "dem", "den", "im") or len(prev) == 1) and not text[prev[-1][1] : other.outer_start].strip())


def _quoted_name_subject_de(text: str, a: int, cue_start: int) -> tuple[int, int] | None:
    """German: a paper's name in marks after an article, right before the speech verb of a frame
    ("Die „Zeit“ schreibt:", "Der „Spiegel“ berichtete am Montag:"): that article and name."""
    m = re.match(r"\s*((?:[Dd]er|[Dd]ie|[Dd]as)\s+[„»][A-ZÄÖÜ][^“”«»„\n]{0,60}[“”«])", text[a:cue_start])
    if m is None or text[a + m.end() : cue_start].strip():
        return None
    return a + m.start(1), a + m.end(1)


def _name_before_frame(text: str, other: QuoteSpan, sent_start: int, frame_end: int) -> bool:
    """A paper's name in marks as the subject of a frame before a quote ("Die „Zeit“ schreibt: „…“"):
    up to three capitalised words in German marks („…“ or »…«) right after an article that opens the
    sentence, and at most six words, none of them in marks, from it to the quote.  The cheap tests come
    first, and only short stretches are read: a line of many quotes stays linear."""
    if text[other.outer_start : other.outer_start + 1] not in "„»" or frame_end - other.outer_end > 100:
        return False
    if other.outer_start - sent_start > 8 or not re.fullmatch(r"\s*(?:[Dd]er|[Dd]ie|[Dd]as)\s+", text[sent_start : other.outer_start]):
        return False
    words = _WORD.findall(text, other.start, min(other.end, other.start + 80))
    rest = text[other.outer_end : frame_end]
    return (0 < len(words) <= 3 and words[0][:1].isupper() and len(_tokens(text, other.outer_end, frame_end)) <= 6
            and not any(c in rest for c in QUOTE_CHARS) and rest.rstrip()[-1:] in (":", ","))


# a sentence end in a frame: not the dot of "Mr.", "Gov.", "Jr." or an initial
_FRAME_END = re.compile("".join(f"(?<!{re.escape(w)})" for w in sorted(NOT_SENTENCE_END)) + r"(?<![\s.][A-Z])[.!?](?=\s|$)|$")


def _short_frame(text: str, a: int, b: int, lang: str) -> bool:
    """Whether [a, b) opens with a frame of its own: a speech verb within four words of its start
    (not counting an apposition) that does not go on with a that/dass clause (“…!” Bush said. /
    “…?” Mr. Manafort asked. / “…?” Trump asked reporters during a news conference.)."""
    m_end = _FRAME_END.search(text[a:b])
    end = a + (m_end.start() if m_end else b - a)
    cues = [c for c in find_cues(text, a, end, lang) if (lang == "en" or not _is_weak(c.lemma, lang)) and _frame_words_before(text, a, c.start) <= 4]
    if not cues:
        return False
    tail = text[cues[0].end : end]
    # "Trump asked reporters rhetorically during a news conference" frames the quote; "said that …" reports something else
    # "„…!“ Das sagte Anna Weber, sie meine es ernst.": the fronted "Das" is the quote, the sentence its frame
    points_back = lang == "de" and re.fullmatch(r"\s*(?:Das|Dies|Dieses|So)\s+", text[a : cues[0].start]) is not None
    if lang == "de" and DE.frame_with_own_speech and not points_back and _own_reported_clause_de(tail):
        return False  # "Auf ihrer Website schrieb Anna Weber, sie werde …": the verb reports its own clause
    return not re.match(r"\s*,?\s*(?:that|dass|daß|ob|whether)\b", tail)


def _own_reported_clause_de(tail: str) -> bool:
    """German: the words after a speech verb go on, after a comma, with a clause of reported speech in
    the subjunctive ("schrieb Anna Weber, sie werde kommen"): the verb's message is that clause."""
    m = re.search(r",\s*", tail)
    return m is not None and _reported_clause(tail[m.end() :])


def _framed(text: str, sents: list[Sentence], top: _TopSpans, sp: QuoteSpan, lang: str) -> _Framed:
    i0 = _sent_index(sents, sp.start)
    assert i0 is not None  # spans whose start lies in no kept sentence were dropped by the caller
    i1 = _sent_index(sents, max(sp.outer_end - 1, sp.start))
    if i1 is None:
        i1 = i0
    before_a, before_b = _frame_before_bounds(text, sents[i0], sp, top)
    after_a, after_b = _frame_after_bounds(text, sents, i1, sp, top, lang)
    return _Framed(text, lang, sents, top, sp, i0, i1, before_a, before_b, after_a, after_b, list(sp.flags))


# -- attribution rules for a quoted span, tried in order; each records its name -------------------


# a subordinate clause of time, cause or condition after a quote, perhaps after a time phrase ("Wochen nachdem", "kurz
# bevor"): its verb of saying has its own message, the quote belongs to the clause before ("wie X sagte" does frame it)
_SUBORDINATE_LEAD_DE = re.compile(r"(?:[\wäöüß]+\s+){0,2}?(?:nachdem|bevor|ehe|während|weil|obwohl|seit|seitdem|als|wenn|"
                                  r"falls|bis|sobald|damit|sodass)(?![\w-])")
_SUBORDINATE_LEAD_EN = re.compile(r"(?:while|when|after|before|because|since|although|though|if|until|unless|whereas)\b", re.I)


def _rule_frame_after(f: _Framed) -> None:
    """``„…“, sagte X`` / ``“…,” X said`` / ``– so X`` / ``according to X`` / a short generic frame
    (rules frame-after, so-x, laut-x, x-zufolge, according-to, frame-after-generic)."""
    text, lang, after = f.text, f.lang, f.after
    f.after_frame = bool(re.match(r"^\s*[,–—-]", after)) or (not after.strip(" .\n")) or (
        text[f.sp.end - 1 : f.sp.end] in ",.!?…") or _bare_frame_after(f)
    if not (f.after_frame and after.strip(" .\n")):
        return
    m_a = re.match(r"^[\s,–—-]*", after)
    fa = f.after_a + (m_a.end() if m_a else 0)
    fb = f.after_b
    cues = [c for c in find_cues(text, fa, fb, lang) if _frame_words_before(text, fa, c.start) <= 6
            or _title_chain_before(text, fa, c.start, lang) or _role_comma_name_before(text, fa, c.start, lang)]
    if lang == "en" and _SUBORDINATE_LEAD_EN.match(text, fa, fb):
        cues = []  # "“…,” while trying to explain her plan": a clause of the reporter's sentence, no frame
    if lang == "de" and (sub := _SUBORDINATE_LEAD_DE.match(text, fa, fb)) and (not cues or sub.end() <= cues[0].start):
        if f.cue is None:  # "über den „Neustart“, Wochen nachdem Berlin erklärte, …": the verb's own clause, no frame
            f.after_frame = False
        return
    if lang == "en" and re.match(r"(?:and|but)\s", text[fa:fb]):
        cues = _and_clause_cues_en(text, fa, fb, cues)
    if lang == "en":  # "“…,” Cruz, who has proposed repealing it, said": the verb nearest the frame's start once asides are out
        cues.sort(key=lambda c: _frame_words_before(text, fa, c.start))
    m_so = re.match(r"(so|laut|zufolge|according to)\b", text[fa:fb], re.I)
    if m_so and (m_so.group(1).lower() != "so" or lang == "de"):
        cue = Cue(fa, fa + m_so.end(), m_so.group(1).lower())
        f.attribute(cue, np_after(text, cue.end, fb, lang), SO_RULES[m_so.group(1).lower()])
        cues = []
    if not cues and f.cue is None:
        quote_comma = text[f.sp.start : f.sp.end].rstrip()[-1:] in ",!?" or (lang == "de" and after.lstrip().startswith(","))
        generic = _generic_after_frame(text, fa, fb, lang, quote_comma=quote_comma)
        if generic is not None and (lang != "en" or EN.frame_after_generic):
            f.attribute(generic[0], generic[1], "frame-after-generic")
    if cues:
        cue = cues[0]
        first_tok = _tokens(text, fa, fb)[:1]
        inverted = bool(first_tok) and first_tok[0][0] == cue.start
        if lang == "en" and not inverted and _inverted_after_adverbial_en(text, fa, cue):
            f.attribute(cue, _role_then_name(text, cue.end, fb, lang) or _subject_for_cue(text, cue, fa, fb, lang, prefer_after=True),
                        "frame-after")
            return
        participle = _participle_subject(text, cue, fa, f.sents[f.i0].start) if lang == "en" and inverted else None
        named = _role_then_name(text, cue.end, fb, lang) if inverted else _role_comma_name_before(text, fa, cue.start, lang)
        f.attribute(cue, participle or named or _subject_for_cue(text, cue, fa, fb, lang, prefer_after=inverted), "frame-after")
    elif f.cue is None:
        f.after_frame = False


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


_ROLE_THEN_NAME = {
    lang: re.compile(
        rf"\s+((?:{det}|[A-ZÄÖÜ][\w\-]+['’]?s)\s+[^,.;:!?()\"“”„]{{2,90}}?),\s+((?:[^\W\d_][\w'’\-]*\s+){{1,3}}"
        r"[^\W\d_][\w'’\-]*)(?=\s*(?:\([^()\n]{1,24}\))?\s*(?:[,.;:!?]|$))")
    for lang, det in (("en", "the|a|an"), ("de", "der|die|das|dem|den|des|ein|eine|einer"))}


def _role_then_name(text: str, a: int, b: int, lang: str) -> tuple[int, int] | None:
    """After an inverted cue: a role, a comma, then the person's name (“…,” said the chair of the
    board of regional water authorities, Ines Halberg (SPD). / „…“, sagte der Leiter der Abteilung
    Netzbau, Lukas Berger.): the name, which the noun phrase of the role never reaches."""
    m = _ROLE_THEN_NAME[lang].match(text, a, b) if lang in _ROLE_THEN_NAME else None
    if m is None or not any(is_role_word(t) for t in m.group(1).split()) or not all(
            w[0].isupper() for w in m.group(2).split()):
        return None
    if find_cues(text, m.start(1), m.end(1), lang) or parse_mention(m.group(2), lang)[2] != "person":
        return None  # "said the minister, who added ...": a clause, not a role; the name must read as a person
    if _organisation_name(text, m.start(2), m.end(2), lang):
        return None  # "said a spokesperson for the company, Nordbrand Bank": the employer, not the speaker
    return m.start(2), m.end(2)


# the last word of a company's name ("Kelvar Inc.", "Ostwerk GmbH", "Nordbrand Bank")
_COMPANY_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "gmbh", "se", "sa", "nv", "bv",
                               "kg", "holding", "holdings", "group", "bank", "company"})


def _organisation_name(text: str, a: int, b: int, lang: str) -> bool:
    """A capitalised name that belongs to an organisation: a company suffix, an institution word, or a group id."""
    words = [w.lower().strip(".") for w in text[a:b].split()]
    if words[-1] in _COMPANY_SUFFIXES or any(w in INSTITUTION_WORDS for w in words):
        return True
    sp = make_speaker(text, (a, b), lang)
    return sp is not None and (sp.id or "").startswith("org:")


def _role_comma_name_before(text: str, a: int, cue_start: int, lang: str) -> tuple[int, int] | None:
    """The same role-comma-name phrase as the subject before the cue of a frame after a quote (“…,”
    the chair of the board of regional water authorities, Ines Halberg (SPD), told the paper.):
    longer than a frame's six words, yet nothing but the speaker."""
    if a < 1 or not text[a - 1].isspace():
        return None
    span = _role_then_name(text, a - 1, cue_start, lang)
    if span is None or not re.fullmatch(r"\s*(?:\([^()\n]{1,24}\))?\s*,\s*", text[span[1] : cue_start]):
        return None
    return span


def _bare_frame_after(f: _Framed) -> bool:
    """English: a quote that opens its sentence and is followed, with no comma between, by a
    short frame of its own (“… niches” Smith said. / “… ‘What can I do?’” Smith told reporters.):
    its last character is a letter or a nested closing mark, yet the frame is this quote's."""
    if f.lang != "en" or f.before.strip(_HSPACE + QUOTE_CHARS) or not f.after[:1].isspace():
        return False
    a = f.after_a + (len(f.after) - len(f.after.lstrip()))
    first = _tokens(f.text, a, f.after_b)[:1]
    if not first or (first[0][2][0].islower() and first[0][2].lower() not in PRONOUNS["en"] | ARTICLES
                     and not any(c.start == first[0][0] for c in find_cues(f.text, a, f.after_b, "en"))):
        return False  # “…” for Moreau, said Lind: the words after the marks go on with the sentence
    return _short_frame(f.text, a, f.after_b, f.lang)


def _participle_subject(text: str, c: Cue, cs: int, sent_start: int | None = None) -> tuple[int, int] | None:
    """English: the subject of the clause before ", saying/telling/adding …" (see _main_clause_subject);
    right after a quote (“He said it could be “messy,” adding, “…”") the clause opens the sentence."""
    if not text[c.start : c.end].lower().endswith("ing"):
        return None
    # “…,” adding: the comma may stand inside the marks
    comma = text[cs : c.start].rstrip().endswith(",") or bool(re.search(r",[\s" + QUOTE_CHARS + r"]*$", text[max(0, cs - 4) : c.start]))
    if not (comma or _bare_participle(text, c, cs)):
        return None
    if sent_start is not None and sent_start < cs and re.match(r"\s*[a-z]", text[cs : c.start]):
        cs = sent_start  # the clause from cs opens after a quote in mid-sentence ("called “…” on his page, writing")
    main = _main_clause_subject_by_verb(text, cs, c.start) or _main_clause_subject(text, cs, c.start)
    if main is None and sent_start is not None and sent_start < cs and not text[cs : c.start].strip(" ,"):
        main = _main_clause_subject_by_verb(text, sent_start, c.start) or _main_clause_subject(text, sent_start, c.start)
    return main


def _bare_participle(text: str, c: Cue, cs: int) -> bool:
    """English: a participle right after a noun with no comma ("an email to supporters stating",
    "on Facebook writing"), not after an auxiliary or a preposition ("is saying", "of writing"; but
    "by saying"), and not in an absolute phrase ("with a Kremlin press release indicating that",
    its own subject)."""
    prev = _tokens(text, max(cs, c.start - 20), c.start)
    near = [t[2].lower() for t in _tokens(text, max(cs, c.start - 80), c.start)][-8:]
    return (bool(prev) and prev[-1][2].lower() not in _PROGRESSIVE_AUX
            and (prev[-1][2].lower() not in _PREPS or prev[-1][2].lower() in _GERUND_PREPS)
            and not text[prev[-1][1] : c.start].strip() and "with" not in near)


_PROGRESSIVE_AUX = {"is", "was", "were", "are", "be", "been", "am", "being", "keeps", "kept", "started", "began", "begins",
                    "stopped", "of", "for", "about", "on", "in"}
# "responded by saying", "after writing": a gerund after these has the main clause's subject
_GERUND_PREPS = {"by", "after", "before", "while", "when", "upon", "without"}
_CLAUSE_LEAD_EN = re.compile(r"\s*(?:(?:and|but|so|yet|then|still|also|now)\s+)+", re.I)


def _main_clause_subject_by_verb(text: str, cs: int, participle: int) -> tuple[int, int] | None:
    """English: the subject of the main clause a participle hangs on, found as the noun phrase that
    opens the last comma-separated stretch before it and is followed by a lower-case word (its verb):
    "At an event in Salem, New Hampshire, Trump went after Bush, calling him …" -> Trump; "And then
    Trump went on the attack, saying" -> Trump.  None when no stretch opens that way."""
    seg = text[cs:participle]
    starts = [cs] + [cs + m.end() for m in re.finditer(r",\s+", seg)]
    for a in reversed(starts):
        m = _CLAUSE_LEAD_EN.match(text, a, participle)
        if m:
            a = m.end()
        first = _tokens(text, a, participle)[:1]
        pronoun = bool(first) and first[0][2].lower() in ("he", "she", "they", "we", "i")
        if a >= participle or not (text[a : a + 1].isupper() or pronoun) or _starts_adverbial(text, a, participle):
            continue
        if text[a : a + 1] in QUOTE_CHARS or _inside_marks_en(text, cs, a):
            continue  # "Hale said, “I do not like it,” adding": the quoted words are no clause of the reporter's
        span = np_after(text, a, participle, "en", at_start=True)
        if span is None or span[1] >= participle - 1:
            continue
        nxt = _tokens(text, span[1], participle)[:1]
        if not nxt or text[span[1] : nxt[0][0]].strip() or not nxt[0][2][:1].islower() or nxt[0][2].lower() in _PREPS | _NP_END:
            continue
        sp = make_speaker(text, span, "en", strict=True)
        if sp is not None and sp.start is not None and sp.end is not None and not _possessive(text, (sp.start, sp.end)):
            return sp.start, sp.end
    return None


def _main_clause_subject(text: str, cs: int, participle: int) -> tuple[int, int] | None:
    """The subject of the English clause a participle frame hangs on ("Albright urged women to vote for
    Clinton, saying, “…”"): the noun phrase opening the clause, after an opening adverbial phrase
    ("Hours later, Trump …"), when it is a plausible speaker."""
    a = cs
    m = re.match(r"\s*(?:[^,]{1,40}),\s+(?=[A-Z])", text[a:participle])
    if _starts_adverbial(text, a, participle) or (m and not re.match(r"\s*(?:[A-Z][\w.'’-]*\s*)+,", text[a:participle])):
        if not m:
            return None
        a += m.end()  # "Hours later, Trump …" / "In a statement, she …"
    span = np_after(text, a, participle, "en", at_start=True)
    if span is None or span[1] >= participle - 1:
        return None
    sp = make_speaker(text, span, "en", strict=True)
    return (sp.start, sp.end) if sp is not None and sp.start is not None and sp.end is not None else None


def _speaker_or_frame_subject(text: str, c: Cue, cs: int, end: int, lang: str, sent_start: int | None = None) -> tuple[int, int] | None:
    """The subject of cue ``c``; failing that (none next to the verb: "hatte Angela Merkel in einer
    Rede verkündet:", "biss der Randalierer den Fluggast und rief:"), the clause's best subject."""
    main = _participle_subject(text, c, cs, sent_start) if lang == "en" else None
    if main is not None:
        return main  # "Trump returned the compliment to Adelson, telling Reuters, “…”": Trump tells
    speaker_span = _subject_for_cue(text, c, cs, end, lang, prefer_after=False)
    if lang == "de" and _passive_cue_de(text, cs, c):
        return speaker_span  # "Max Maier wurde gefragt:": the agent or no one, never the one asked
    if speaker_span is None or _speaker_rank(text, speaker_span, lang) >= 4:
        alt = _frame_subject(text, cs, c.start, lang)
        if alt is not None and _speaker_rank(text, alt, lang) < 4:
            speaker_span = alt
    return speaker_span


def _rule_frame_before(f: _Framed) -> None:
    """``X sagte: „…“`` / ``Graham said, “…”`` / ``told her supporters, “…”`` (rules colon-frame,
    frame-before); a cue after the quote whose subject is missing gives way to a colon frame."""
    text, lang, before_stripped = f.text, f.lang, f.before_stripped
    if f.cue is not None and f.speaker_span is None and before_stripped.endswith(":"):
        f.attribute(None, None, "unattributed")  # „…“, hieß es: the colon frame before the quote names the speaker
    if (f.cue is not None and f.speaker_span is not None and before_stripped.endswith(":")
            and text[f.speaker_span[0] : f.speaker_span[1]].lower() in PRONOUNS.get(lang, set())):
        # "X, Vorstandsmitglied …, sagte: „…,“ betont sie": the pronoun after the quote is the named speaker before it
        colon_cues = [c for c in find_cues(text, f.before_a, f.before_b, lang) if not _is_weak(c.lemma, lang)]
        if colon_cues:
            c = colon_cues[-1]
            subj = _speaker_or_frame_subject(text, c, _clause_start(text, f.before_a, c.start), f.before_b, lang,
                                             f.sents[f.i0].start)
            if subj is not None and parse_mention(text[subj[0] : subj[1]], lang)[2] in ("person", "role"):
                f.cue, f.speaker_span = None, None
                f.attribute(c, subj, "colon-frame")
                f.before_frame = True
                return
    f.before_frame = not before_stripped.strip() or before_stripped.endswith(":")
    if f.cue is not None or not f.before.strip():
        return
    cues = find_cues(text, f.before_a, f.before_b, lang)
    if not cues:
        return
    c = cues[-1]
    tail = [t[2].lower() for t in _tokens(text, c.end, f.before_b)]
    adverbs_only = len(tail) <= 1 and not any(w in _PREPS or w in PRONOUNS.get(lang, set()) for w in tail) and "," not in text[c.end : f.before_b]
    # Graham said, “...” / told her supporters, “...” / said in a statement, “...”
    comma_frame = before_stripped.endswith(",") and len(tail) <= 4
    if f.before_a > f.sents[f.i0].start and len(_tokens(text, f.before_a, f.before_b)) <= 10:
        comma_frame = comma_frame or before_stripped.endswith(":")  # “A,” said X, “B”
    if before_stripped.endswith(":") or adverbs_only or comma_frame:
        f.before_frame = f.before_frame or ((adverbs_only or comma_frame) and not f.after.strip(" .\n"))
        cs = _clause_start(text, f.before_a, c.start)
        rule = "colon-frame" if before_stripped.endswith(":") else "frame-before"
        shared, subj = _shared_subject(text, cues, f.before_a, lang)
        if subj is not None:
            c = shared
        else:
            subj = _speaker_or_frame_subject(text, c, cs, f.before_b, lang, f.sents[f.i0].start)
        if lang == "de":
            subj = _quoted_name_subject_de(text, f.before_a, c.start) or subj
        if lang == "en" and subj is not None and _thing_subject_en(text, subj):
            c, subj = _person_cue_before_en(text, f, cues[:-1], c, subj)
        f.attribute(c, subj, rule)


def _person_cue_before_en(text: str, f: _Framed, cues: list[Cue], c: Cue, subj: tuple[int, int]) -> tuple[Cue, tuple[int, int]]:
    """English: an earlier cue of the frame before the quote whose subject is a person, when the last
    cue's subject is a thing; else the last cue and its subject."""
    for other in reversed(cues):
        cs = _clause_start(text, f.before_a, other.start)
        alt = _speaker_or_frame_subject(text, other, cs, other.start, "en", f.sents[f.i0].start)
        if alt is not None and parse_mention(text[alt[0] : alt[1]], "en")[2] in ("person", "role", "pronoun"):
            return other, alt
    return c, subj


def _shared_subject(text: str, cues: list[Cue], a: int, lang: str) -> tuple[Cue, tuple[int, int] | None]:
    """“…,” said Burghardt and emphasized: “…” / said Burghardt, emphasizing: “…”: the last speech verb
    of a frame, coordinated with the one before it or a participle of it, has no subject of its own;
    both share that verb's subject.  Returns the cue whose subject was found, and the subject."""
    last = cues[-1]
    if len(cues) < 2 or _tokens(text, last.start, last.end)[0][2][:1].isupper():
        return last, None
    c = cues[-2]
    m = re.fullmatch(r"(.*?)(?:\s*,\s*|\s+(?:and|und)\s+)((?:[a-zäöüß]+\s+){0,2})", text[c.end : last.start], re.S)
    if m is None or len(_tokens(text, c.end, c.end + len(m.group(1)))) > 6:
        return last, None
    if any(w in PRONOUNS.get(lang, set()) or w in ARTICLES or (lang == "en" and w in _DETERMINERS) for w in m.group(2).split()):
        # "said the mayor had failed and she responded", "the Gazette reported, his wife whispered": a clause
        # with a subject of its own
        return last, None
    subj = _subject_for_cue(text, c, _clause_start(text, a, c.start), last.start, lang, prefer_after=False)
    # the earlier verb's subject stands right after it ("said Burghardt and") or before it ("Burghardt said and")
    if subj is None or _speaker_rank(text, subj, lang) >= 4 or (m.group(1).strip() and not c.end <= subj[0] <= c.end + len(m.group(1))):
        return last, None
    if lang == "en" and text[c.start : c.end].endswith("ing") and subj[0] >= c.end:
        return last, None  # "Vogt, noting the length of the queue, said": the noun phrase after a participle is its object
    return c, subj


def _rule_colon_sentence_before(f: _Framed) -> None:
    """The frame is the previous sentence, ending in a colon: "..., sagte er:" / "Solana äußerte sich
    zuversichtlich:" / "Die Bewohner sehen das gelassen:" (rule colon-frame)."""
    text, lang = f.text, f.lang
    if f.cue is not None or f.before.strip() or f.i0 == 0 or not f.sents[f.i0 - 1].text.rstrip().endswith(":"):
        return
    prev_s = f.sents[f.i0 - 1]
    cues = find_cues(text, prev_s.start, prev_s.end, lang)
    colon = prev_s.start + len(prev_s.text.rstrip()) - 1
    if cues:
        c = cues[-1]
        cs = _clause_start(text, prev_s.start, c.start)
        f.attribute(c, _speaker_or_frame_subject(text, c, cs, prev_s.end, lang), "colon-frame")
        return
    # a colon frame the splitter made a sentence of its own
    f.speaker_span = _frame_subject(text, _clause_start(text, prev_s.start, colon), colon, lang)
    if f.speaker_span:
        f.flags.append("colon-frame")
        f.rule = "colon-frame"


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


def _rule_colon_without_cue(f: _Framed) -> None:
    """A colon frame without a cue verb: "Hier sparte der Bundespräsident nicht mit Kritik: „…“", or
    "…, so Elshorst weiter: „…“" (rules colon-frame, so-x, according-to)."""
    text, lang, before, before_stripped = f.text, f.lang, f.before, f.before_stripped
    if f.cue is not None or f.speaker_span is not None or not before_stripped.endswith(":"):
        return
    cs = _clause_start(text, f.before_a, f.before_b - len(before) + len(before_stripped) - 1)
    m_so = re.search(r",\s*(so|according to)\s+[^,]{1,60}$", before_stripped[:-1], re.I)
    if m_so:
        cue = Cue(f.before_a + m_so.start(1), f.before_a + m_so.end(1), m_so.group(1).lower())
        f.attribute(cue, np_after(text, cue.end, f.before_a + len(before_stripped) - 1, lang), SO_RULES[m_so.group(1).lower()])
    elif lang != "en" or EN.colon_without_cue:
        colon = f.before_a + len(before_stripped) - 1
        # "From the report: “…”", "Here is Clinton in 1992: “…”": the noun phrase the words are presented from
        m_from = (re.match(r"\s*From\s+", text[cs:colon]) or _PRESENTING_EN.match(text[cs:colon])) if lang == "en" else None
        f.speaker_span = np_after(text, cs + m_from.end(), colon, lang) if m_from else _frame_subject(text, cs, colon, lang)
        if m_from and _presented_thing_en(text, cs, colon):
            f.speaker_span = None  # "Here is the full statement: “…”": the words presented, not who says them
        f.rule = "colon-frame"
    if f.speaker_span:
        f.flags.append("colon-frame")


def _rule_previous_sentence_subject(f: _Framed) -> None:
    """A quote standing alone as a sentence takes the person, role or pronoun that is the subject of
    the sentence before, when that sentence holds no quote (rule previous-sentence-subject)."""
    text, lang = f.text, f.lang
    if f.cue is not None or f.speaker_span is not None or f.before.strip() or f.i0 == 0 or f.after.strip(" .\n"):
        return
    if lang == "en" and not EN.previous_sentence_subject:
        return
    prev_s = f.sents[f.i0 - 1]
    if any(o.outer_start < prev_s.end and prev_s.start < o.outer_end for o in f.top):
        return
    if any(f.sents[f.i0].start <= o.outer_start and o.outer_end <= f.sp.outer_start for o in f.top):
        return  # “…?” Mr. Manafort asked. “…”: a quote before it in its own sentence; the speaker goes on from there
    cand = _frame_subject(text, prev_s.start, prev_s.end, lang)
    if cand and parse_mention(text[cand[0] : cand[1]], lang)[2] in ("person", "role", "pronoun"):
        f.speaker_span = cand
        f.flags.append("speaker-from-previous-sentence")
        f.rule = "previous-sentence-subject"


def _rule_frame_before_long(f: _Framed) -> None:
    """A long frame ending in a comma before a full quoted sentence: "Clinton said on Twitter on
    Monday, in reference to her first child, “Next summer …”" (rule frame-before-long)."""
    text, lang = f.text, f.lang
    if (f.before_frame or f.cue is not None or f.before_stripped[-1:] not in (",", ":") or f.after.strip(" .\n")
            or not text[f.sp.start : f.sp.start + 1].isupper() or f.words < 3):
        return
    frame_cues = [c for c in find_cues(text, f.before_a, f.before_b, lang) if not _is_weak(c.lemma, lang)]
    if frame_cues:
        c = frame_cues[0]
        cs = _clause_start(text, f.before_a, c.start)
        subj = _subject_for_cue(text, c, cs, f.before_b, lang, prefer_after=False, sent_start=f.sents[f.i0].start)
        if subj is not None:
            f.attribute(c, subj, "frame-before-long")
            f.before_frame = True


def _standalone(f: _Framed) -> bool:
    """Whether the quote stands as an utterance of its own (direct) rather than inside the
    reporter's sentence (a partial quote)."""
    text, sp, before_stripped, cue = f.text, f.sp, f.before_stripped, f.cue
    first_letter = next((ch for ch in text[sp.start : sp.end] if ch.isalpha()), "")
    if (not f.before_frame and f.after_frame and cue is not None and f.speaker_span is not None and first_letter.isupper()
            and text[sp.start : sp.end].rstrip()[-1:] in ",!?" and before_stripped[-1:] in (",", ":", "—", "–")):
        f.before_frame = True  # frames on both sides: "he warned, “…,” Trump told NBC": the quote is whole
    standalone = f.before_frame and (f.after_frame or not f.after.strip())
    if standalone and first_letter.islower() and before_stripped[-1:] == "," and cue is not None and cue.end <= sp.outer_start:
        frame_start = min(cue.start, f.speaker_span[0] if f.speaker_span else cue.start)
        if [w for w in _WORD.findall(text[f.before_a : frame_start]) if w.lower() not in _SKIP_AT_START]:
            # "That, the commission said, “would be helpful …”": the frame sits inside the reporter's
            # sentence and the quote finishes it: partial quotation, not a quote of its own
            return False
    next_to_cue = cue is not None and cue.end <= sp.outer_start and not _WORD.search(text, cue.end, sp.outer_start)
    if standalone and first_letter.islower() and f.before.strip() and before_stripped[-1:] not in (",", ":") and not next_to_cue:
        # "called Trump “unhinged.”", "He says Obama “knows full well …”": a quote that opens in
        # lower case right after a word carries on the reporter's sentence ("said “we will win”",
        # right after the verb, still is one of its own)
        return False
    return standalone


def _kind_of(f: _Framed) -> str:
    """direct / fragment / mixed; a title or name in marks („Union pour un Mouvement Populaire“,
    “Meet the Press”) is kept, flagged ``title`` and never attributed (rule title)."""
    if _is_title(f.text, f.sp, f.lang):
        f.flags.append("title")
        f.attribute(None, None, "title")
        return "fragment" if f.words <= FRAGMENT_MAX_WORDS else "mixed"
    if _standalone(f):
        return "direct"
    if f.words <= FRAGMENT_MAX_WORDS:
        if _name_like(f.text, f.sp, f.lang):
            f.flags.append("name-like")
        return "fragment"
    return "mixed"


_COORDINATION_DE = re.compile(r"\s*(?:und|sowie|oder)\s+(?:de[rmns]|die|das|ein|eine|andere|weitere|viele)?\s*[A-ZÄÖÜ]")


def _opens_coordinated_subject_de(text: str, sent_start: int, sp: QuoteSpan) -> bool:
    """German: words in marks that open their sentence and are joined by "und"/"sowie"/"oder" to a noun
    phrase („Ingenieure ohne Grenzen“ sowie das Rote Kreuz kündigten an, …) are a name in the subject of
    the sentence's verb, not words its subject said."""
    return not text[sent_start : sp.open_pos].strip() and _COORDINATION_DE.match(text, sp.outer_end) is not None


_WIE_FRAME = re.compile(r"(?:^|[,(–—]\s*)([Ww]ie)\s+[^,.;:]{2,100}\s+$")


def _rule_sentence_cue(f: _Framed, kind: str) -> None:
    """A partial quote or fragment takes the subject of a cue anywhere in its sentence(s):
    "Sullivan bezeichnete ... als „Buster“" (rule sentence-cue)."""
    text, lang, sp = f.text, f.lang, f.sp
    if f.cue is not None or kind == "direct" or ("name-like" in f.flags and (lang != "de" or DE.name_like_no_cue)) or "title" in f.flags:
        return
    if kind == "fragment" and not (DE.fragment_sentence_cue if lang == "de" else EN.fragment_sentence_cue):
        return
    s0, s1 = f.sents[f.i0], f.sents[f.i1]
    if lang == "de" and kind == "fragment" and _opens_coordinated_subject_de(text, s0.start, sp):
        return
    cues = [c for c in find_cues(text, s0.start, s1.end, lang) if not (sp.outer_start <= c.start < sp.outer_end)]
    cues = [c for c in cues if not _covered(f.top, c.start)]
    def wie_frame(c: Cue) -> int | None:  # "Wie der Minister am Dienstag erklärte, sieht …": the whole sentence's frame
        m = _WIE_FRAME.search(text[s0.start : c.start]) if lang == "de" and text[c.end : c.end + 1] == "," else None
        return s0.start + m.end(1) if m is not None else None

    relative = next((c for c in cues if lang == "de" and _in_relative_clause_de(text, s0.start, sp, c)), None)
    if relative is not None:  # ", der „Wolf“ ruft": the relative clause's verb and subject, never the main clause's
        subj = _verb_final_subject(text, s0.start, sp, relative)
        if subj is not None:
            f.attribute(relative, subj, "sentence-cue")
        return
    for c in sorted(cues, key=lambda c: (wie_frame(c) is None, c.start > sp.start, abs(c.start - sp.start))):
        cs = wie_frame(c) or _clause_start(text, s0.start, c.start)
        if lang == "de" and _passive_cue_de(text, cs, c):
            continue  # "Der Schaden wird … eingeschätzt": the subject is spoken of, not who speaks
        if lang == "de" and DE.subordinate_cue and c.start < sp.start:
            cs = _subordinate_clause_start_de(text, cs, c.start)
        ce = sp.outer_start if c.start < sp.outer_start else s1.end
        # German: the subject may stand between an auxiliary and the participle ("hatte Koch-Mehrin gesagt")
        subj = _speaker_or_frame_subject(text, c, cs, ce, lang) if lang == "de" else (
            _participle_subject(text, c, cs) or _subject_for_cue(text, c, cs, ce, lang, prefer_after=False))
        if subj is None and lang == "de" and c.start >= sp.outer_end:
            subj = _verb_final_subject(text, s0.start, sp, c)
        if lang == "en" and subj is not None and f.speaker_span is None and _thing_subject_en(text, subj):
            if f.cue is None:
                f.attribute(c, subj, "sentence-cue")  # kept unless a later cue has a person for its subject
            continue
        if f.cue is None or subj is not None:
            f.attribute(c, subj, "sentence-cue")
        if subj is not None:
            break


# English nouns of people that the mention parser files as groups ("his wife", "a neighbor"): persons, not things
_PEOPLE_NOUNS_EN = frozenset({
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "mom", "dad", "aunt", "uncle", "cousin",
    "nephew", "niece", "grandmother", "grandfather", "widow", "widower", "fiancée", "fiancee", "fiancé", "fiance", "boyfriend",
    "girlfriend", "neighbor", "neighbour", "roommate", "classmate"})


_SUBORDINATE_DE = re.compile(r",\s*(?:dass|daß|ob|weil|nachdem|obwohl|wenn|da)\s+(?=(?:der|die|das|ein|eine|er|sie|[A-ZÄÖÜ]))")


def _subordinate_clause_start_de(text: str, cs: int, cue_start: int) -> int:
    """German: a speech verb at the end of a subordinate clause ("…, dass der Trainer die Spieler gefragt
    habe"): its subject opens that clause, after the conjunction, not the main clause before the comma."""
    last = None
    for m in _SUBORDINATE_DE.finditer(text, cs, cue_start):
        last = m
    return last.end() if last is not None and "," not in text[last.end() : cue_start] else cs


def _thing_subject_en(text: str, span: tuple[int, int]) -> bool:
    """English: a subject that is a thing, not a person, role or organisation ("the state’s drug
    crisis", "its analysis", "the decision"): another cue of the sentence may have a better one."""
    mention = text[span[0] : span[1]]
    words = mention.split()
    if words and words[-1].lower().strip(".,;:") in _PEOPLE_NOUNS_EN:
        return False  # "his wife whispered": a person
    return parse_mention(mention, "en")[2] == "group" and not _organisation_head(mention) and not any(w[:1].isupper() for w in words)


_SUBORDINATORS_DE = {"weil", "dass", "daß", "da", "nachdem", "als", "wenn", "ob", "obwohl", "indem", "während", "seit", "wonach", "wobei", "sodass", "damit"}


def _verb_final_subject(text: str, sent_start: int, sp: QuoteSpan, c: Cue) -> tuple[int, int] | None:
    """German, the cue after the quote at the end of its clause: "…, weil die US-Regierung Georgien als
    „…“ bezeichnet hat", "Die Regierung hat den Plan als „…“ bezeichnet": the subject opens the clause
    the quote stands in (after a subordinating conjunction), when no comma or sentence end lies
    between the quote and the cue (at most four words: "bezeichnet hatte", "genannt worden war")."""
    gap = text[sp.outer_end : c.start]
    if re.search(r"[,;:.!?" + QUOTE_CHARS + "]", gap) or len(gap.split()) > 4:
        return None
    a = max(sent_start, text.rfind(",", sent_start, sp.open_pos) + 1, text.rfind(";", sent_start, sp.open_pos) + 1)
    toks = _tokens(text, a, sp.open_pos)
    if _PASSIVE_AUX.search(text, a, c.end):
        return None  # "…, der als „Sonnenwind“ bezeichnet wird": the thing named, not who names it
    if toks and toks[0][2].lower() in _SUBORDINATORS_DE:
        a = toks[0][1]
        toks = toks[1:]
    elif toks and a > sent_start and text[a - 1] == "," and DE.relative_subject and (
            rel := _relative_subject_de(text, sent_start, a - 1, toks, c)) is not None:
        return rel  # ", der … als „…“ bezeichnet": who "der" is; else the clause is read as before
    elif not toks or toks[0][2].lower() not in ARTICLES or (len(toks) > 1 and toks[1][2][:1].islower() and a > sent_start):
        return None  # "Bisher habe …" (an adverb opens a main clause), ", der von der Sonne ausgeht" (a relative clause)
    if not toks or "man" in (t[2].lower() for t in toks):
        return None
    subj = np_after(text, a, sp.open_pos, "de", at_start=True)
    if subj is None or not plausible_speaker(text[subj[0] : subj[1]], "de"):
        return None
    return subj


def _passive_cue_de(text: str, clause_start: int, c: Cue) -> bool:
    """German: the verb of saying is a past participle after a passive auxiliary of its clause ("wird …
    eingeschätzt", "wurde als „…“ kritisiert", "ist … genannt worden")."""
    word = text[c.start : c.end].lower()
    if not (word.endswith("t") or re.fullmatch(r"\w*ge\w+en", word)):
        return False
    aux = _PASSIVE_AUX.search(text, clause_start, c.start)
    if aux is not None and not re.search(r"[,;:.!?]", text[aux.end() : c.start]):
        return True
    return re.match(r"\s+worden(?![\w-])", text[c.end : c.end + 8]) is not None


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
    ante = np_before(text, sent_start, comma, "de")
    if ante is None:
        return None
    words = _tokens(text, *ante)
    keep = len(words)
    while keep > 0 and (words[keep - 1][2][:1].isupper() or words[keep - 1][2].lower() in _NP_GLUE_DE):
        keep -= 1  # "Am Abend erschien ein Kommentar": back to the verb, not over it
    ante = (words[keep][0], ante[1]) if keep < len(words) else None
    return ante if ante is not None and plausible_speaker(text[ante[0] : ante[1]], "de") else None


_NP_GLUE_DE = ARTICLES | {"des", "der", "dem", "den", "eines", "einer", "einem", "von", "vom"}


_FUER = re.compile(r"(?<![\w-])[Ff]ür(?=\s)")
_COPULA_DE = r"(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|bleibe|gilt|gelte|gelten|scheint|erscheint)"


def _rule_fuer_x(f: _Framed, kind: str) -> None:
    """German: the person for whom something is so holds that view: "Für den Theologen Hans Küng sei
    der Rücktritt „…“", "war für die Lehrerverbände „…“" (rule fuer-x).  Only before a partial
    quote or fragment that no cue attributed, only a person, role or group, and only next to a
    copula ("ist", "sei", "gilt", …)."""
    text, sp = f.text, f.sp
    if f.lang != "de" or f.speaker_span is not None or kind == "direct" or "title" in f.flags:
        return  # a capitalised phrase ("name-like": „Wortbruch und Vertrauensmissbrauch“) still is the view of X
    s0 = f.sents[f.i0]
    copula = re.compile(_COPULA_DE + r"(?![\w-])")
    for m in _FUER.finditer(text, s0.start, sp.outer_start):
        np = np_after(text, m.end(), sp.outer_start, "de")
        if np is None or parse_mention(text[np[0] : np[1]], "de")[2] not in ("person", "role", "group"):
            continue
        if _speaker_rank(text, np, "de") > 1 and not _people_head_de(text[np[0] : np[1]]):
            continue  # a lone capitalised word or a thing: "für Deutschland", "für Lernmittel"
        copula_after = DE.fuer_copula_after and _word_count(text[np[1] : sp.outer_start]) <= 3 and re.match(
            r"\s*" + _COPULA_DE + r"(?![\w-])", text[sp.outer_end : sp.outer_end + 12])  # "was für X eine „…“ ist"
        if copula.match(text, np[1] + 1) or re.search(r"(?<![\w-])" + _COPULA_DE + r"\s+$", text[max(s0.start, m.start() - 12) : m.start()]) or copula_after:
            f.attribute(None, np, "fuer-x")
            return


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


def _rule_document_in(f: _Framed, kind: str) -> None:
    """German: the words stand in a document or on a thing that carries writing (a document word:
    Bericht, Transparent, Plakat, Gesetzentwurf, …), named by "in/im/auf" in the quote's sentence
    before it, with a verb of being written ("Auf dem Transparent war die Parole „…“ zu lesen",
    "steht in dem Entwurf der Passus: „…“"): that document or thing is the source (rule document-in)."""
    text, sp = f.text, f.sp
    if f.lang != "de" or f.speaker_span is not None or f.cue is not None or "title" in f.flags or "name-like" in f.flags:
        return
    s0 = f.sents[f.i0]
    after_end = min(f.sents[f.i1].end, sp.outer_end + 40)
    if not (_WRITTEN_DE.search(text, s0.start, sp.outer_start) or _WRITTEN_DE.match(text, sp.outer_end + 1, after_end)
            or re.match(r"\s+zu lesen", text[sp.outer_end : after_end])):
        return
    doc = _document_in(text, s0.start, sp.outer_start)
    if doc is not None:
        f.attribute(None, _strip_span(text, *doc), "document-in")


_SIGNATURE_LINE_EN = re.compile(r"[ \t]*\n\s*[-–—][ \t]*(?=[A-Z])")


def _rule_signature_after(f: _Framed) -> None:
    """English: a quote that fills its paragraph, signed on the next line by a dash and a name ("“…”
    ¶ - Maria Ortega, Denver."; rule signature-after)."""
    text = f.text
    if f.lang != "en" or not EN.signature_after or f.speaker_span is not None or text[text.rfind("\n", 0, f.sp.open_pos) + 1 : f.sp.open_pos].strip():
        return
    m = _SIGNATURE_LINE_EN.match(text, f.sp.outer_end)
    if m is None:
        return
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if len(_WORD.findall(text, m.end(), line_end)) > 12:
        return
    span = np_after(text, m.end(), line_end, "en", at_start=True)
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    if sp is not None and parse_mention(sp.mention, "en")[2] in ("person", "role"):
        f.attribute(None, span, "signature-after")


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


SPAN_RULES = (_rule_signature_after, _rule_frame_after, _rule_frame_before, _rule_colon_sentence_before, _rule_colon_without_cue,
              _rule_previous_sentence_subject, _rule_frame_before_long, _rule_name_bracket_de)


def _span_quote(article: Article, sents: list[Sentence], top: _TopSpans, sp: QuoteSpan, lang: str) -> Quote:
    """The quote of one quoted span: its frame rules in order, its kind, its speaker."""
    text = article.text
    f = _framed(text, sents, top, sp, lang)
    for rule in SPAN_RULES:
        rule(f)
    kind = _kind_of(f)
    _rule_sentence_cue(f, kind)
    _rule_fuer_x(f, kind)
    _rule_document_in(f, kind)
    qs, qe = sp.start, sp.end
    while qe > qs + 1 and text[qe - 1] in ",;:":
        qe -= 1  # “..., ” the comma belongs to the frame
    f.flags.append(f"rule:{f.rule if f.speaker_span is not None or f.rule == 'title' else 'unattributed'}")
    ids = _sentence_ids(sents, sp.start, sp.end)
    return _quote(article, qs, qe, kind, lang, f.speaker_span, f.cue, ids, f.flags)


def _context_speaker(ref: Speaker) -> Speaker:
    """A speaker taken from an earlier quote: the mention is the antecedent's, its offsets point there."""
    return Speaker(mention=ref.mention, start=ref.start, end=ref.end, name=ref.name, role=ref.role, resolved_from="context",
                   id="org:" if (ref.id or "").startswith("org:") else None)


_INNER_SENTENCE_END_DE = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{3}[“”\"«»]))[.!?][“”\"«»]?(?=\s+[A-ZÄÖÜ][a-zäöüß])")
# German abbreviations whose dot ends no sentence, besides those of simple_sentences ("5 Mio. Euro", "3 Mrd. Euro")
_ABBREV_DE = _ABBREV | {"mio", "mrd", "tsd", "zzgl", "evtl", "str", "dipl", "abg", "hrsg", "ggü", "bzgl", "usw", "etc"}


def _abbreviation_dot_de(text: str, a: int, dot: int) -> bool:
    """German: the full stop at ``dot`` closes an abbreviation ("Mio.", "Mrd.", "inkl.", "Gov."), no sentence."""
    if _ABBR_AT_END.search(text[max(a, dot - 12) : dot + 1]):
        return True
    word = re.search(r"[\w.]+$", text[max(a, dot - 12) : dot])
    return word is not None and word.group().lower() in _ABBREV_DE


def _sentence_quote(article: Article, sents: list[Sentence], s: Sentence, lang: str, top: _TopSpans,
                    quotes: list[Quote]) -> Quote | None:
    """Indirect speech in sentence ``s`` (rule reported-speech; German free indirect speech carried on
    in the subjunctive: reported-speech-continuation); the quotes inside its clause make it mixed and
    are taken out of ``quotes``."""
    text = article.text
    found = _indirect(text, s, lang, top)
    free = None
    if not found and lang == "de":
        free = _free_indirect(text, s, top, quotes)
        if free is not None:
            # "Rot-Grün habe seine Mehrheit verloren.": reported speech carried on in the subjunctive
            found = (_trim_message(text, s.start, s.end), None, None)
    if not found:
        return None
    (ma, mb), cue, spk = found
    if lang == "de" and DE.message_in_sentence:
        m_end = next((m for m in _INNER_SENTENCE_END_DE.finditer(text, ma, mb)
                      if not (text[m.start()] == "." and _abbreviation_dot_de(text, ma, m.start()))), None)
        if m_end is not None and (spk is None or spk[0] < m_end.start()):
            mb = m_end.start()  # "… sei es „…“. Für X hält …": one sentence's message ends at its full stop
    if _word_count(text[ma:mb]) < 3:
        return None
    for x in quotes:
        # a quote that opens inside the reported clause and runs on past the sentence end
        if ma <= x.start < mb < x.end and s.id in x.sentence_ids:
            mb = x.end + (1 if x.end < len(text) and text[x.end] in QUOTE_CHARS else 0)
    inside = [q for q in quotes if ma <= q.start and q.end <= mb + 1 and s.id in q.sentence_ids]
    inner = [q for q in inside if "title" not in q.flags]
    if any(q.kind == "direct" for q in inner):
        return None
    ids = _sentence_ids(sents, ma, mb)
    rule = SO_RULES.get(cue.lemma, "reported-speech") if cue is not None else "reported-speech"
    quoting = bool(inner) or (lang == "de" and DE.titles_in_speech and len(inside) > len(inner))
    q = _quote(article, ma, mb, "mixed" if quoting else "indirect", lang, spk, cue, ids, [f"rule:{rule if spk else 'unattributed'}"])
    if free is not None and free.speaker is None:
        q.flags.append("free-indirect")
        _set_rule(q, "unattributed")
    elif free is not None and free.speaker is not None:  # the branch above took speaker None
        q.speaker = _context_speaker(free.speaker)
        q.flags.append("free-indirect")
        _set_rule(q, "reported-speech-continuation")
    if quoting:
        # German: a name or title in marks inside reported speech („die „Achse Berlin-Paris““) is the
        # speaker's wording too: the clause quotes it (the title stays flagged, never a quote of its own)
        q.flags.append("contains-quote")
        if q.speaker is None:
            src = next((x for x in inner if x.speaker), None)
            if src is not None:
                q.speaker = src.speaker
                _set_rule(q, rule_of(src))
        for x in inner:
            quotes.remove(x)
    return q


def extract_quotes(article: Article, sentences: list[Sentence] | None = None, language: str | None = None,
                   ranker: Weights | None = None) -> list[Quote]:
    """Every quote of ``article`` inside the given (kept) sentences, in text order.

    ``ranker``: speaker-ranker weights (:mod:`aligner.quotes.ranker`) that may replace the rules'
    speaker by a better candidate; default: the file named by ``$ALIGNER_SPEAKER_WEIGHTS``, or
    none (the rules alone)."""
    text = article.text
    marks = len(_DOUBLE_MARK.findall(text))
    if marks > MAX_QUOTE_MARKS:
        # the attribution rules compare each quote with the others of its sentence: a dump of tens of
        # thousands of marks (a table, a list, hostile input) would take hours, and is no article
        raise InputError(article.source_path or article.id,
                         f"{marks:,} quotation marks, over the {MAX_QUOTE_MARKS:,} an article may hold for quote extraction")
    lang = (language or article.language or "").split("-")[0].lower()
    if lang not in ("de", "en"):
        lang = guess_language(text)
    sents = _Sents(_sentences(article, sentences, lang))
    if not sents:
        return []
    # spans inside a dropped paragraph (boilerplate, duplicate) are left out
    spans = [sp for sp in find_quote_spans(text) if _sent_index(sents, sp.start) is not None]
    top = _TopSpans([sp for sp in spans if "nested" not in sp.flags])
    # 1. quoted spans: direct / fragment / mixed
    quotes: list[Quote] = [_span_quote(article, sents, top, sp, lang) for sp in top]
    if lang == "de" and DE.title_lists:
        _titles_in_lists_de(quotes, text)
    # 2. indirect speech in sentences (a quote inside the reported clause makes it mixed)
    direct_in = {sid for q in quotes if q.kind == "direct" for sid in q.sentence_ids}  # the loop adds and removes no direct quote
    for s in sents:
        if s.id in direct_in:
            continue
        q = _sentence_quote(article, sents, s, lang, top, quotes)
        if q is not None:
            quotes.append(q)
    quotes.sort(key=lambda q: (q.start, q.end))
    _resolve(quotes, sents, text, lang)
    if lang == "de" and DE.subjunctive_after_cue:
        _subjunctive_after_cue_de(quotes, sents, text)
    if lang == "de":
        _chained_quotes_de(quotes, text)
    if lang == "de" and DE.noun_phrase_names:
        _names_left_unattributed_de(quotes, sents, text)
    if lang == "de" and DE.unattributed_frames:
        _unattributed_de(quotes, sents, text)
    weights = ranker or active_weights()
    if weights is not None:
        apply(quotes, candidates_for(quotes, sents, text, lang), weights, lang)
    for n, q in enumerate(quotes):
        q.id = f"{article.id}#q{n:04d}"
        q.english = q.text if lang == "en" else None
    _set_confidences(quotes, lang)
    return quotes


def _set_confidences(quotes: list[Quote], lang: str) -> None:
    """Each speaker's confidence (:mod:`aligner.quotes.confidence`), in text order; a speaker carried on
    from the quote before (resolved from "context") is no surer than the speaker it carries on: a whole
    quote after a guessed one stays a guess."""
    latest: dict[tuple[int | None, int | None], float] = {}  # mention offsets -> the last confidence given there
    for q in quotes:
        sp = q.speaker
        if sp is None:
            continue
        conf = speaker_confidence(lang, rule_of(q), q.kind, cue=q.cue is not None)
        if lang == "en" and sp.resolved_from is None and inscription_en(sp.mention):
            conf = min(conf, SAME_SENTENCE)  # "the sign reads": shown words, no person's statement to compare
        if any(f in q.flags for f in (GENDER_UNSHOWN, ANTECEDENT_AMBIGUOUS, PRONOUN_GUESSED, PERSON_BETWEEN)):
            conf = min(conf, SAME_SENTENCE)  # a pronoun handed on to a person whose gender nothing shows, with two fits, or guessed
        if sp.resolved_from == "context" and (sp.start, sp.end) in latest:
            conf = min(conf, latest[(sp.start, sp.end)])
        sp.confidence = conf
        latest[(sp.start, sp.end)] = conf


# -- indirect speech --------------------------------------------------------------------

_DASS = {"de": re.compile(r",?\s*(?:dass|daß|ob)\b", re.I), "en": re.compile(r"\s*,?\s*that\b", re.I)}


def _trim_message(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = _strip_span(text, a, b, chars=" \t\n,;:–—-")
    while b > a and text[b - 1] in ".!?":
        b -= 1
    return a, b


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


_Found = tuple[tuple[int, int], Cue | None, tuple[int, int] | None]  # (message span, cue, speaker span)


def _so_x_de(text: str, a: int, seg: str, lang: str) -> _Found | None:
    """"<message> – so ein Sprecher." / "…, so der Minister." (also with an apposition in the frame)."""
    m = re.search(_FRAME_SEP + r"(so)\s+((?:der|die|das|ein|eine)?\s*[A-ZÄÖÜ][^,.;]{1,60})[.!?]?$", seg)
    spk = (a + m.start(2), a + m.end(2)) if m else None
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


# the verbs that close a "wie X sagte," frame
_WIE_VERBS = r"(?:sagte|mitteilte|erklärte|berichtete|betonte|meldete|schrieb|sagt|erklärt|mitteilt|berichtet)"
_LAUT_FRAME = re.compile(_FRAME_SEP + r"((?i:laut|nach Angaben(?: von)?|wie))\s+((?:(?:de[mnrs]|die|das)\s+(?:[a-zäöüß-]+\s+){0,2})?"
                         r"[A-ZÄÖÜ][^,]{1,60}?(?:\s+(?:von|vom)\s+(?:(?:der|des|dem|den)\s+)?[A-ZÄÖÜ][\w-]*)?)"  # "Max Maier von der SPD"
                         r"(\s+" + _WIE_VERBS + r")?\s*(?=,|\s+[a-zäöü]+\s)")


def _laut_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"Laut X <message>" / "nach Angaben von X" / "wie X mitteilte, <message>"."""
    m = _LAUT_FRAME.search(seg)
    if m is None or (m.group(1).lower() == "wie" and m.group(3) is None):
        return _wie_apposition_de(text, a, b, seg) or (_laut_inside_de(text, a, b, seg) if DE.laut_inside else None)
    assert m is not None
    if DE.laut_inside and m.group(1).lower() == "laut" and _NACH_VIEW.match(seg, m.start(1)):
        return None  # "Laut Angaben der Polizei …": the nach-x rule names the police, not "Angaben"
    cue = Cue(a + m.start(1), a + m.end(1), m.group(1).split()[0].lower())
    msg = _trim_message(text, a + m.end(), b) if m.start() == 0 else _trim_message(text, a, a + m.start())
    return msg, cue, (a + m.start(2), a + m.end(2))


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
# der Polizei": a preposition and a noun of saying or opinion name the source wherever they stand
_VIEW_NOUNS = (r"(?:Auffassung|Ansicht|Angaben|Aussagen?|Worten|Darstellung(?:en)?|Einschätzung|Meinung|Überzeugung|"
               r"Bewertung|Informationen|Berichten|Erkenntnissen|Schätzungen?|Vorstellung|Idee|Mitteilung|Ansage|"
               r"Urteil|Beobachtungen|Worte|Sicht)")
_NACH_VIEW = re.compile(
    r"(?<![\w-])(?i:nach|gemäß|laut|aus\s+Sicht)\s+(?:(?:de[mnrs]|der|die|das|eine[mr]?)\s+)?(?:(?:eigenen|ersten|offiziellen|"
    r"jüngsten|bisherigen|neuesten|übereinstimmenden)\s+)?" + _VIEW_NOUNS
    + r"\s+(?:von\s+)?((?:de[mnrs]|der|die|das)?\s*(?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][^,;:„“\"]{0,70}?)(?=\s*[,;:„“\"(]|\s+[a-zäöüß]+\b|\s*[.!?]?$)"
    r"|(?<![\w-])(?i:nach)\s+([A-ZÄÖÜ][\w-]+s)\s+" + _VIEW_NOUNS + r"(?![\w-])")


_NAME_APPOSITION = re.compile(r"\s*,\s*((?:[A-ZÄÖÜ][\w-]+\s+){1,3}[A-ZÄÖÜ][\w-]+)\s*,")


def _nach_view_de(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"Nach Auffassung des X sei es „…“" / "…, nach Angaben der Polizei." / "Nach Schäubles Idee soll …":
    the source named after a noun of saying or opinion; the message is the rest of the sentence."""
    m = _NACH_VIEW.search(seg)
    if not m:
        return None
    g = 1 if m.group(1) else 2
    spk = _strip_span(text, a + m.start(g), a + m.end(g))
    cue = Cue(a + m.start(), a + m.start() + len(m.group(0).split()[0]), "nach")
    end = m.end()
    appo = _NAME_APPOSITION.match(seg, end)
    if appo:  # "Nach den Worten des Parteichefs, Pham Quang Nghi, handelt es sich …": the name goes with the source
        spk = (spk[0], a + appo.end(1))
        end = appo.end()
    if not seg[: m.start()].strip(" ,–—-"):
        msg = _trim_message(text, a + end, b)
    elif not seg[m.end():].strip(" .!?"):
        msg = _trim_message(text, a, a + m.start())
    else:
        msg = _trim_message(text, a, b)  # in mid-sentence: the whole sentence is reported
    return msg, cue, spk


def _according_to_en(text: str, a: int, b: int, seg: str) -> _Found | None:
    """"According to X, <message>" / "<message>, according to X"."""
    m = re.search(r"according to\s+([^,.;]{2,80})", seg, re.I)
    if not m:
        return None
    cue = Cue(a + m.start(), a + m.start() + len("according to"), "according to")
    spk = _strip_span(text, a + m.start(1), a + m.end(1))
    msg = _trim_message(text, a + m.end(), b) if seg[: m.start()].strip(" ,") == "" else _trim_message(text, a, a + m.start())
    return msg, cue, spk


def _cue_clause_de(text: str, a: int, b: int, cue: Cue, cues: list[Cue], subj: tuple[int, int] | None) -> _Found | None:
    """"sagte X, dass …" / "sagte, Russland werde …" (subjunctive comma clause) / "<message>, erklärte X."."""
    lang = "de"
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
    pre_is_np = (pre_np is not None and pre_np[1] >= a + len(pre.rstrip()) - 3) or (
        _apposition_subject(text, a, a + len(pre.rstrip()) - 1, lang) is not None)
    if re.search(r"(?:,|\s-|[–—])$", pre.rstrip()) and not weak and _word_count(pre) >= 3 and not pre_is_np:
        spk = np_after(text, cue.end, b, lang)
        if spk:
            return _trim_message(text, a, a + len(pre.rstrip()) - 1), cue, spk
    return None


_BARE_CLAUSE_CUES = ("say", "tell", "add", "warn", "claim", "argue", "insist", "state", "note", "announce", "explain",
                     "predict", "write", "tweet", "suggest", "acknowledge", "admit", "confirm", "declare", "contend",
                     "assert", "maintain", "report", "indicate")
_BARE_CLAUSE_START = re.compile(
    r"(?:\s+(?:on|last|this|in)\s+[\w]+)?\s+(?=(?:the|a|an|it|he|she|they|we|i|you|there|his|her|their|this|these|those|"
    r"that|its|our|my|no|some|many|most|all|[A-Z][\w’'.-]*)\b|[\u201c\u0022\u201e\u201a\u2018\u00bb])")


# "said it twice", "said that again": the pronoun is the verb's object, no clause opens
_OBJECT_PRONOUN_EN = re.compile(r"\s+(?:it|this|that|so)\s+(?:twice|again|repeatedly|often|before|aloud|out\s+loud|publicly|"
                                r"privately|later|too|once|to|in|on|at|with|for)\b", re.I)
_RELATIVE_HEAD_EN = re.compile(r"\s*(?:Nothing|Everything|Something|Anything|Little|Much|All|Whatever|What)\s+(?!that\b)", re.I)


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
    if m and subj is not None:
        return _trim_message(text, cue.end + m.end(), b), cue, subj
    inverted = text[a : cue.start].rstrip().endswith(",")  # "..., said Michael Carpenter"
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
    if m_pre and not weak and _word_count(pre) >= 4 and _word_count(text[cue.end : b]) <= 12 and not (
            cue.lemma in _ADDRESSEE_CUES_EN and not m_pre.group(1).strip()):  # "<message>, told X": X is addressed
        comma = a + m_pre.start()
        spk = np_before(text, comma + 1, cue.start, lang) if m_pre.group(1).strip() else np_after(text, cue.end, b, lang)
        if spk:
            return _trim_message(text, a, comma), cue, spk
    return None


def _indirect(text: str, s: Sentence, lang: str, spans: _TopSpans) -> _Found | None:
    """The reported clause of sentence ``s`` with its cue and speaker span: a frame without a verb
    (so X, X zufolge, laut X, according to X) or a cue verb with a that/dass or comma clause."""
    a, b = s.start, s.end
    seg = text[a:b]
    if lang == "de":
        found = _so_x_de(text, a, seg, lang) or _zufolge_de(text, a, b, seg) or _laut_de(text, a, b, seg) or _nach_view_de(text, a, b, seg)
    else:
        found = _according_to_en(text, a, b, seg)
    if found:
        return found
    cues = [c for c in find_cues(text, a, b, lang) if not _covered(spans, c.start)]
    thing: _Found | None = None  # English: a clause whose subject is a thing, kept unless a later one has a person
    for cue in cues:
        if cue.lemma in ("zufolge", "according to"):
            continue
        cs = _clause_start(text, a, cue.start)
        subj = (_participle_subject(text, cue, cs, a) if lang == "en" else None) or _subject_for_cue(
            text, cue, cs, b, lang, prefer_after=False, sent_start=a)
        found = _cue_clause_de(text, a, b, cue, cues, subj) if lang == "de" else _cue_clause_en(text, a, b, cue, subj)
        if found and lang == "en" and found[2] is not None and _thing_subject_en(text, found[2]):
            thing = thing or found
            continue
        if found:
            return found
    return thing


_SUBJ_FINITE = re.compile(
    r"(?<![\w-])(?:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|gebe|bestehe|liege|gehe|stehe|komme|"
    r"wisse|bleibe|sehe|fehle|hätten|wären|würden)(?![\w-])"
)


def _free_indirect(text: str, s: Sentence, spans: list[QuoteSpan], quotes: list[Quote]) -> Quote | None:
    """A German sentence in the reported-speech subjunctive, with no cue and no quote of its
    own, right after attributed speech: the speech goes on (SpkAtt's free indirect)."""
    if any(s.start <= sp.outer_start < s.end for sp in spans):
        return None
    if not _SUBJ_FINITE.search(s.text) or re.match(r"\s*(?:es sei denn|wie dem auch sei)", s.text, re.I):
        return None
    if _word_count(s.text) < 4 or s.text.rstrip().endswith("?"):
        return None
    if find_cues(text, s.start, s.end, "de"):
        return None  # a sentence with its own reporting verb is not a continuation
    # the attributed speech right before (no other quote in between, at most ~2 sentences back)
    before = [q for q in quotes if q.end <= s.start and s.start - q.end <= 400]
    last = max(before, key=lambda q: q.end) if before else None
    if last is None or last.speaker is None or not (last.speaker.name or last.speaker.mention):
        if _SUBJ_I.search(s.text):
            # Konjunktiv I in a sentence of its own is reported speech even when the text does not
            # say whose ("Ein Tatverdacht bestehe nicht mehr."): kept, with no speaker
            return Quote(id="", article_id="", text="", start=s.start, end=s.start, kind="indirect", language="de")
        return None
    return last


_SUBJ_I = re.compile(
    r"(?<![\w-])(?:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|gebe|bestehe|liege|gehe|stehe|komme|"
    r"wisse|bleibe|sehe|fehle|handele|handle)(?![\w-])"
)


# -- pronoun / role / context resolution ---------------------------------------------------


_INDEFINITE = re.compile(r"(?:ein|eine|einer|einem|einen|a|an|one)\s", re.I)


def _resolve(quotes: list[Quote], sents: list[Sentence], text: str, lang: str) -> None:
    sent_pos = {s.id: i for i, s in enumerate(sents)}
    last_named: tuple[int, Speaker] | None = None
    for q in quotes:
        idxs = [sent_pos[x] for x in q.sentence_ids if x in sent_pos] or [0]
        first, last = min(idxs), max(idxs)
        sp = q.speaker
        if "title" in q.flags:
            continue  # a title in marks: no one said it
        reach = DE.context_sentences if lang == "de" else EN.context_sentences
        near = last_named is not None and first - last_named[0] <= reach
        if sp is None and _own_subject_wanted(q, lang, near):
            own = _own_sentence_subject(text, sents[first], q, lang, speech_near=near)
            if own is not None:
                # "Moore thanked him for “…”"; a pronoun ("Er werde „…“") is resolved below
                q.speaker = sp = own
                _set_rule(q, "sentence-subject")
        if sp is not None and sp.name:
            if q.cue is not None or _antecedent(text, sp, lang):
                last_named = (last, sp)
            continue
        if lang == "de" and sp is not None and sp.resolved_from == "pronoun":
            last_named, near = _pronoun_antecedent_de(text, sents, last_named, near, first, q, sp)
        elif lang == "en" and sp is not None and sp.resolved_from == "pronoun":
            last_named, near = _pronoun_back_en(text, sents, last_named, near, first, quotes, q, sp)
        clash = near and sp is not None and last_named is not None and _pronoun_clash(text, sp, last_named[1], lang)
        if clash:  # "… Mr. Brandauer said. She …": not him; a person the text shows to be a woman, or no one
            last_named = _recent_person(text, sents, first, lang, pronoun=sp, same_gender=True)
            near = last_named is not None
        if sp is not None and sp.resolved_from == "role" and _INDEFINITE.match(sp.mention):
            # "so ein Sprecher", "a spokesman said": an indefinite role brings in someone new, unnamed;
            # a pronoun or an unframed quote after it goes back to it
            last_named = (last, sp)
            continue
        if (sp is not None and sp.resolved_from in ("pronoun", "role") and not clash and not (near and last_named is not None and last_named[1].name)
                and not (lang == "en" and (_writer_pronoun_en(sp) or near and last_named is not None and _owned_role_en(last_named[1].mention)))
                and not (lang == "de" and _writer_pronoun_de(sp))):
            found = _recent_person(text, sents, first, lang)
            if found is not None and not _pronoun_clash(text, sp, found[1], lang):
                last_named, near = found, True
        if sp is not None and sp.mention.lower() == "it":
            # "“…,” it added": an organisation or a document speaks; it goes back to an organisation only,
            # and an unframed quote right after it goes on with it
            if near and last_named is not None and (last_named[1].id or "").startswith("org:"):
                sp.name, sp.id = last_named[1].name, "org:"
            if q.cue is not None:
                last_named = (last, sp)
            continue
        if sp is not None and sp.resolved_from in ("pronoun", "role"):
            if near and last_named is not None and sp.resolved_from == "role" and not _role_may_be(text, sp, last_named[1], lang):
                if q.cue is not None:
                    last_named = (last, sp)  # an unframed quote after it goes on with this new, unnamed person
                continue  # "Lawrow sagte … Der Vizeaußenminister sagte": another office, another person
            if near and last_named is not None:
                ref = last_named[1]
                sp.name, sp.role = ref.name, sp.role or ref.role
                if sp.resolved_from == "role":
                    sp.role = sp.mention
                if (ref.id or "").startswith("org:"):
                    sp.id = "org:"
                last_named = (last, sp)
            elif q.cue is not None:
                last_named = (last, sp)  # “…,” she said. “…”: unresolved, the next unframed quote still goes on with her
            continue
        reported = q.kind in ("direct", "mixed") or (
            q.kind in ("fragment", "indirect") and lang == "de" and bool(_REPORTED_DE.search(" ".join(s.text for s in sents[first : last + 1])))
        )
        if lang == "de":
            reported = _continues_de(q, reported)
        elif q.kind == "mixed" and not EN.continue_mixed:
            reported = False
        if sp is None and reported and near and last_named is not None and first - last_named[0] <= (
                reach if q.kind != "fragment" else DE.fragment_reach if lang == "de" else 1):
            last_named = (last, _carry_on(text, sents, q, last_named, first, lang))


def _pronoun_back_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                     quotes: list[Quote], q: Quote, pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" of quote ``q`` points back at (:func:`_pronoun_antecedent_en`, then
    :func:`_one_person_back_en`).  A person found there in place of the speaker quoted before is a guess,
    and so is a speaker quoted before that was itself such a guess ("… Mr. Jones deserves credit. “…,” he
    said. “…,” he added"): ``q`` is flagged PRONOUN_GUESSED, its confidence below the speaker bar.  The speaker
    quoted before, taken though another person is named since (:func:`_person_between_en`), or taken by a quote
    so flagged, is flagged PERSON_BETWEEN, below the bar too.  "I"/"we" point back at no one (:func:`_writer_pronoun_en`)."""
    if _writer_pronoun_en(pronoun):
        return last_named, False  # "“…,” I said": the writer, unnamed; an unframed quote after it goes on with the writer
    antecedent, near = _pronoun_antecedent_en(text, sents, last_named, near, first, pronoun, q.text)
    guessed = antecedent is not None and antecedent is not last_named
    if antecedent is not None and not guessed:
        guessed = any(o.speaker is antecedent[1] and PRONOUN_GUESSED in o.flags for o in quotes)
    last_named, near = _one_person_back_en(text, sents, antecedent, near, first, pronoun)
    if guessed and last_named is antecedent:
        q.flags.append(PRONOUN_GUESSED)  # a person of a sentence before, not the speaker quoted
    elif last_named is antecedent and last_named is not None and (
            any(o.speaker is last_named[1] and PERSON_BETWEEN in o.flags for o in quotes)
            or _person_between_en(text, sents, last_named, first, pronoun)):
        q.flags.append(PERSON_BETWEEN)  # the speaker quoted before, though another person is named since
    return last_named, near


def _writer_pronoun_en(pronoun: Speaker) -> bool:
    """English: "I"/"we" framing a quote of any kind ("“…,” I said", "We told him …"): the writer of the text,
    never a person named in it before."""
    return pronoun.mention.lower() in ("i", "we")


def _person_between_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, first: int,
                       pronoun: Speaker) -> bool:
    """English: whether a sentence between the speaker ``last_named`` quoted before and the quote of "he"/"she"
    in sentence ``first`` has another named person as its subject (:func:`_recent_person`) who may be what
    the pronoun means (the text shows no other gender): then the pronoun may mean either.  A gender known only
    from the first-name list is a prior, no fact ("Ashley Cole", a man): it rules no one out here."""
    if last_named is None or pronoun.mention.lower() not in ("he", "she"):
        return False
    surname = (last_named[1].name or "").split()[-1:]
    want = _PRONOUN_GENDER[pronoun.mention.lower()]
    for j in range(first - 1, last_named[0], -1):
        found = _recent_person(text, sents, j + 1, "en")
        if (found is not None and found[0] == j and not (surname and surname[0] in (found[1].name or "").split())
                and _gender_of(text, found[1], "en") in (None, want)):
            return True
    return False


def _pronoun_antecedent_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                           pronoun: Speaker, quoted: str = "") -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" of a quote in sentences from ``first`` points back at.  The named person who
    is the subject before a reporting verb (not one of a relative clause) in the nearest sentence before that
    has one wins over the last named speaker when that sentence stands after the speaker's: a pronoun subject
    continues the speaker just brought in ("Eva Ruiz, a professor, said costs had doubled. “…,” she said": Ruiz,
    not the speaker quoted before her), unless the text shows another gender.  When that sentence's subject is
    no named person ("the retired surgeon said", "… to say about Ruiz"), or no such sentence stands between,
    the last named speaker, as before."""
    if not EN.pronoun_recent_subject or pronoun.mention.lower() not in ("he", "she") or not near or last_named is None:
        return last_named, near
    for j in range(first - 1, max(last_named[0], first - 1 - CONTEXT_SENTENCES), -1):
        s = sents[j]
        cues = [c for c in find_cues(text, s.start, s.end, "en") if not _RELATIVE_BEFORE_EN.search(text, max(s.start, c.start - 12), c.start)]
        if not cues:  # none, or only a relative clause's ("… rival Anna Roth, who added …"): not the sentence's subject
            opener = _opening_person_en(text, s, pronoun, last_named[1]) if j == first - 1 and not _about_someone_en(quoted, pronoun) else None
            if opener is not None:
                return (j, opener), True
            continue
        c = cues[0]
        span = _subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, "en", prefer_after=False, sent_start=s.start)
        inverted = bool(re.search(r",\s*$", text[max(s.start, c.start - 3) : c.start]))  # "…, said Grant Green, a former official"
        sp = make_speaker(text, span, "en") if span is not None and (span[1] <= c.start or inverted) else None
        if (sp is not None and sp.name and not (sp.id or "").startswith("org:") and not _pronoun_clash(text, pronoun, sp, "en")
                and not _other_woman_or_man_en(text, s, pronoun, sp)):
            return (j, sp), True
        break  # the nearest reporting sentence's subject is no named person ("the retired surgeon said"): as before
    return last_named, near


_PRONOUNS_EN = {"he": re.compile(r"(?i)(?<![\w-])(?:he|him|his|himself)(?![\w-])"),
                "she": re.compile(r"(?i)(?<![\w-])(?:she|her|hers|herself)(?![\w-])")}


def _about_someone_en(quoted: str, pronoun: Speaker) -> bool:
    """English: whether the quoted words speak of a person of the pronoun's gender ("“He worked hard,” he
    said"): the person who opens the sentence before may be whom the quote is about, not its speaker."""
    pattern = _PRONOUNS_EN.get(pronoun.mention.lower())
    return pattern is not None and bool(pattern.search(quoted))


_NOT_VERBS_S_EN = "(?:versus|vs|this|thus|plus|minus|always|perhaps|towards|afterwards|besides|whereas|sometimes|his|its)"
# words in -s/-ed that are no finite verb after a name ("Mr. Jones versus Mr. Smith", "Mr. Jones this week")
_FINITE_AFTER_NAME_EN = re.compile(r"\s+(?:(?:also|still|never|then|later|has|had|was|is|did|does|will|would|could|can|may|"
                                   r"might|must|should)\b|(?!" + _NOT_VERBS_S_EN + r"\b|[a-z]+less\b)[a-z]{2,}(?:ed|es|s)\b)")


def _opening_person_en(text: str, s: Sentence, pronoun: Speaker, ref: Speaker) -> Speaker | None:
    """English: the named person who opens sentence ``s`` as its subject, a finite verb right after the name
    ("Ms. Ruiz supports the plan.", "Mr. Ebert did not see it."), when the text shows that person to be of
    the pronoun's gender and the speaker ``ref`` quoted before is not named in ``s``; else None."""
    span = _frame_subject(text, s.start, s.end, "en")
    if span is None or text[s.start : span[0]].strip() or not _FINITE_AFTER_NAME_EN.match(text, span[1]):
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    surname = (ref.name or "").split()[-1:]
    if sp is None or not sp.name or sp.name == sp.mention.lower() or not _one_person_en(text, sp):
        return None
    if (surname and re.search(r"(?<![\w-])" + re.escape(surname[0]) + r"(?![\w-])", text[s.start : s.end])) or not _same_gender(text, pronoun, sp, "en"):
        return None
    return sp


def _one_person_back_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                        pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: "he"/"she" stands for one person: when the speaker it would point back at is none
    (:func:`_one_person_en`: "COLUMBIA", "Muslims", "the union"), the named person subject of a sentence
    just before (:func:`_recent_person`), else no one; a role owned by a named person ("Mr. Jones's lawyer") is
    one person, unnamed."""
    if pronoun.mention.lower() not in ("he", "she") or not near or last_named is None or _one_person_en(text, last_named[1]):
        return last_named, near
    if _owned_role_en(last_named[1].mention):
        return last_named, near  # "Mr. Jones's lawyer said …. “…,” he said": that one person, unnamed
    back = _recent_person(text, sents, first, "en")
    return (back, True) if back is not None else (None, False)


_RELATIVE_BEFORE_EN = re.compile(r"(?i)\b(?:who|which|that)\s+(?:\w+ly\s+)?$")
_PEOPLE_PLURAL_EN = re.compile(r"[A-Z][a-z]{2,}(?:ans|lims|crats|ists|ites)")  # "Muslims", "Republicans", "Democrats"


def _one_person_en(text: str, sp: Speaker) -> bool:
    """English: whether named speaker ``sp`` may be the one person "he"/"she" stands for: not a group or
    organisation ("the union", "Gowdy's office"), no all-caps word alone (a dateline "COLUMBIA", an
    acronym), no lower-case word in the name ("Senate filings", "More broadly"), no plural people noun
    ("Muslims"), no document ("complaint")."""
    words = (sp.name or "").split()
    if not words or (sp.id or "").startswith("org:") or _organisation_head(sp.name or ""):
        return False
    if any(w[:1].islower() and w not in PARTICLES for w in words) or words[-1].lower().rstrip("s") in DOC_WORDS_EN:
        return False
    return not (len(words) == 1 and (words[0].isupper() and words[0].isalpha() or _PEOPLE_PLURAL_EN.fullmatch(words[0])))


def _pronoun_clash(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether pronoun speaker ``pronoun`` cannot point back at ``ref`` by gender; German reads more
    (first names, lower-case "sie"): :func:`_gender_clash_de`."""
    return _gender_clash_de(text, pronoun, ref) if lang == "de" else _gender_clash(text, pronoun, ref, lang)


def _writer_pronoun_de(pronoun: Speaker) -> bool:
    """German: "ich"/"wir" as the speaker of a quote of any kind ("Vorab kann ich sagen, dass …", "„…“, sagte
    ich"): the writer of the text, never someone named in it before."""
    return pronoun.mention.lower() in ("ich", "wir")


def _pronoun_antecedent_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                           q: Quote, pronoun: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """German: what pronoun speaker ``pronoun`` of quote ``q`` (in sentences from ``first``) points back
    at, and whether it is in reach: a body that is the subject of a sentence after the speaker before
    (``last_named``, when ``near``) and agrees with the pronoun (:func:`_body_antecedent_de`: "Die Partei
    bedauerte den Schritt. Sie kündigte an: „…“"); else a named person acting in between
    (:func:`_nearer_antecedent_de`); else the speaker before as it was."""
    if pronoun.mention.lower() == "man":  # "Bei der Gewerkschaft sieht man …": the body, not a person named before
        body = _body_around_man_de(text, sents, pronoun)
        return (body, True) if body is not None else (last_named, near)
    if _writer_pronoun_de(pronoun):
        return last_named, False
    stop = last_named[0] if near and last_named is not None else first - 1 - DE.context_sentences
    body = _body_antecedent_de(text, sents, pronoun, stop)
    if near and last_named is not None:
        if body is not None and _pronoun_clash(text, pronoun, last_named[1], "de"):
            return body, True
        found = _nearer_antecedent_de(text, sents, last_named, first, q, pronoun)
        if found is last_named and _bare_subject_between_de(text, sents, last_named, first):
            q.flags.append(PERSON_BETWEEN)  # "Wochen später warnte Scholz. „…“, sagte er": may be either, below the bar
        j = _sent_index(sents, found[1].start) if found[1].start is not None else None
        if body is not None or ((found[1].id or "").startswith("org:") and j is not None and _person_fitting_in_de(text, sents[j], pronoun)):
            q.flags.append(ANTECEDENT_AMBIGUOUS)  # "Der Konzern warf Paul Krüger vor, …. Er …": both fit, below the bar
        return found, near
    return (body, True) if body is not None else (last_named, near)


def _bare_subject_between_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int) -> bool:
    """German: whether a sentence between the speaker before and sentence ``first`` has a lone capitalised word
    after its finite verb as subject ("Am Montag warnte Scholz."), no body and not the speaker's surname: a
    person who may be what the pronoun means."""
    surname = (last_named[1].name or "").split()[-1:]
    for j in range(first - 1, last_named[0], -1):
        span = _main_clause_subject_de(text, sents[j].start, sents[j].end)
        word = text[span[0] : span[1]] if span is not None else ""
        if word[:1].isupper() and " " not in word and span is not None and span[0] > sents[j].start and (
                [word] != surname and not organisation_de(word)):
            return True
    return False


_PLACE_PREP_DE = re.compile(r"(?<![\w-])(?:[Bb]ei|[Ii]n|[Ii]m|[Aa]us|[Bb]eim|[Vv]on|[Vv]om|[Ss]eitens)\s+(?:de[rmn]\s+)?(?=[A-ZÄÖÜ])")


def _body_around_man_de(text: str, sents: list[Sentence], pronoun: Speaker) -> tuple[int, Speaker] | None:
    """German: the body that "man" stands for in its own sentence, named in a prepositional phrase
    before it ("Bei der Gewerkschaft sieht man das anders", "Im Ministerium hält man …", "Aus der Partei
    hieß es, man …"); None when there is none."""
    j = _sent_index(sents, pronoun.start) if pronoun.start is not None else None
    if j is None or pronoun.start is None:
        return None
    for m in _PLACE_PREP_DE.finditer(text, sents[j].start, pronoun.start):
        span = np_after(text, m.end() - 1, pronoun.start, "de", at_start=True)
        sp = make_speaker(text, span, "de", no_cue=True) if span is not None else None
        if sp is not None and organisation_de(sp.mention):
            return j, replace(sp, id="org:")
    return None


_PLURAL_VERB_DE = re.compile(r"[a-zäöüß]{2,}en|sind|waren")
_NOT_VERBS_DE = frozenset({"so", "und", "auch", "dann", "jedoch", "aber", "dagegen", "hingegen", "eben", "ihren", "seinen"})


def _plural_sie_de(text: str, pronoun: Speaker) -> bool:
    """German: whether "sie"/"Sie" stands with a plural verb ("Sie riefen:", "erklärten sie"): the word
    before it (unless it opens a sentence), else the word after it."""
    if pronoun.start is None or pronoun.end is None:
        return False
    opens = re.search(r"(?:^|[.!?:“”\"»«]\s*)$", text[max(0, pronoun.start - 3) : pronoun.start].rstrip()) is not None
    before = [] if opens else re.findall(r"[\wäöüß]+", text[max(0, pronoun.start - 30) : pronoun.start])[-1:]
    after = re.findall(r"[\wäöüß]+", text[pronoun.end : pronoun.end + 30])[:1]
    return _plural_verb_de([*before, *after])


def _plural_verb_de(words: list[str]) -> bool:
    verbs = [w for w in words if w[:1].islower() and w not in _NOT_VERBS_DE]
    return bool(verbs) and bool(_PLURAL_VERB_DE.fullmatch(verbs[0]))


def _plural_subject_de(text: str, s: Sentence, span: tuple[int, int]) -> bool:
    """German: whether the finite verb next to subject ``span`` in sentence ``s`` is plural ("Die Behörden
    warnten", "Am Montag warnten die Behörden")."""
    after = _WORD.findall(text, span[1], s.end)[:1]
    before = _WORD.findall(text[s.start : span[0]])[-1:]
    return _plural_verb_de([*after, *before])


def _person_fitting_in_de(text: str, s: Sentence, pronoun: Speaker) -> bool:
    """German: whether sentence ``s`` names a person (first name and surname, or a role noun and a name)
    whose gender the text does not show to be other than the pronoun's."""
    want = _pronoun_gender_de(text, pronoun)
    for m in re.finditer(r"(?<![\w-])[A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+", text[s.start : s.end]):
        sp = make_speaker(text, (s.start + m.start(), s.start + m.end()), "de", no_cue=True)
        if sp is not None and sp.name and parse_mention(sp.mention, "de")[2] == "person" and not organisation_de(sp.mention):
            if want is None or _gender_fits(want, _gender_de(text, sp)):
                return True
    return any(want is None or _gender_fits(want, g) for g in _unnamed_people_de(text[s.start : s.end]))


_UNNAMED_PERSON_DE = re.compile(r"(?<![\w-])(die|der|den|dem|eine|einen|einer|ihre|ihren|seine|seinen)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\w-]+)")


def _unnamed_people_de(sentence: str) -> list[str | None]:
    """German: the genders of people a sentence names by a role or people noun alone ("befragte die
    Zeugin": "f"; "ihre Vorsitzende": "f"; "den Minister": "m"; None where it does not show)."""
    genders: list[str | None] = []
    for m in _UNNAMED_PERSON_DE.finditer(sentence):
        article, noun = m.group(1).lower(), m.group(2)
        fem = (noun.endswith("in") and len(noun) > 5) or (noun.endswith("e") and article in ("die", "eine", "ihre", "seine"))
        if organisation_de(noun) or not (fem or is_role_word(noun) or _known_people_word(noun.lower())):
            continue
        genders.append("f" if fem else "m" if article in ("den", "einen", "ihren", "seinen") else None)
    return genders


def _body_antecedent_de(text: str, sents: list[Sentence], pronoun: Speaker, stop: int) -> tuple[int, Speaker] | None:
    """German: the nearest subject of a main clause in the sentences before pronoun speaker ``pronoun``'s
    own, back to sentence ``stop`` (not included), when that subject is a body the pronoun agrees with:
    "er" a masculine noun ("der Verband"), "sie" a feminine or plural one ("die Partei", "die Behörden");
    None when the nearest subject is a person or a role (a pronoun subject in between points back
    further; the search goes on past it and past things)."""
    low = pronoun.mention.lower()
    own = _sent_index(sents, pronoun.start) if pronoun.start is not None else None
    if low not in ("er", "sie") or own is None:
        return None
    for j in range(own - 1, max(stop, -1), -1):
        s = sents[j]
        span = _main_clause_subject_de(text, s.start, s.end)
        sp = make_speaker(text, span, "de", no_cue=True) if span is not None else None
        if sp is None or span is None:
            continue
        kind = parse_mention(sp.mention, "de")[2]
        if organisation_de(sp.mention) and _person_fitting_in_de(text, s, pronoun):
            return None  # "Die Polizei nahm Anna Weber fest. „…“, sagte sie": the person acted on fits as well
        if organisation_de(sp.mention):
            words = sp.mention.split()
            if low == "sie" and _plural_sie_de(text, pronoun) != _plural_subject_de(text, s, span):
                continue  # "Die Polizei beobachtete sie. Sie riefen:": a plural "sie" is no singular body
            if (low, words[0].lower()) in (("sie", "die"), ("er", "der")) and not (low == "er" and _FEMININE_BODY_DE.search(
                    words[1].lower()) or words[1].isupper()):
                return j, replace(sp, id="org:")  # "der PKK", "der Polizei": a feminine noun after "der" is no subject
            continue
        if kind in ("person", "role"):
            return None
    return None


def _nearer_antecedent_de(text: str, sents: list[Sentence], last_named: tuple[int, Speaker], first: int, q: Quote,
                          pronoun: Speaker) -> tuple[int, Speaker]:
    """German: what pronoun speaker ``pronoun`` of quote ``q`` points back at: a named person acting
    in a sentence between the speaker before (``last_named``) and the quote, nearest first, whose
    gender the text does not show to be another ("Anna Weber sagte dazu: ¶ „…“, betont sie"); else
    the speaker before."""
    newer = _newer_subject_de(text, sents, *last_named, first, q)
    if newer is None or not newer[1].name or (newer[1].id or "").startswith("org:"):
        return last_named
    if pronoun.start is not None and (newer[1].end or 0) > pronoun.start:
        return last_named  # "Deren Haltung bezeichnete er als „…“": nothing after the pronoun is what it points at
    want = _pronoun_gender_de(text, pronoun)
    have_new, have_old = _gender_de(text, newer[1]), _gender_de(text, last_named[1])
    if want is None or not _gender_fits(want, have_new) or have_old == want or (want == "not-m" and have_old != "m"):
        return last_named  # "Sie" of no shown gender, a man for "sie", or the speaker before not ruled out
    if have_new is None:
        q.flags.append(GENDER_UNSHOWN)  # nothing shows the new person to fit: below the speaker bar
    return newer


def _gender_clash_de(text: str, pronoun: Speaker, ref: Speaker) -> bool:
    """German: whether pronoun speaker ``pronoun`` cannot point back at ``ref`` by the genders
    :func:`_gender_de` and :func:`_pronoun_gender_de` show ("„…“, sagte Anna Weber. „…“, sagte er")."""
    if pronoun.resolved_from != "pronoun":
        return False
    if pronoun.mention.lower() == "man":
        return not (ref.id or "").startswith("org:")  # people in general: a body, never one named person
    want = _pronoun_gender_de(text, pronoun)
    return want is not None and not _gender_fits(want, _gender_de(text, ref))


def _gender_fits(want: str, have: str | None) -> bool:
    """Whether a person of shown gender ``have`` (None: not shown) may be what a pronoun of gender
    ``want`` points at ("m", "f", or "not-m": lower-case "sie", a woman or several people)."""
    return have is None or have == want or (want == "not-m" and have == "f")


GENDER_UNSHOWN = "speaker-gender-unshown"
ANTECEDENT_AMBIGUOUS = "speaker-antecedent-ambiguous"  # a body in between fits the pronoun as well as the speaker before
PERSON_BETWEEN = "speaker-person-between"  # he/she/er to the speaker quoted before, another person named since
PRONOUN_GUESSED = "speaker-pronoun-guessed"  # English he/she to a person of a sentence before (_pronoun_antecedent_en), not the speaker quoted


def _gender_de(text: str, sp: Speaker) -> str | None:
    """German: a named speaker's gender where the text shows it (:func:`_gender_of`: Frau/Herr, "-in"
    role nouns), else by a first name of no doubt ("Anna Weber", "Paul Krüger"; the longer list of
    :func:`~aligner.quotes.speakers.listed_first_names` where installed); None when unknown."""
    shown = _gender_of(text, sp, "de")
    if shown is not None:
        return shown
    words = (sp.name or "").split()
    if len(words) >= 2:
        return _first_name_gender_de(words[0])
    return _gender_in_text_de(text, words[0]) if words and words[0][:1].isupper() else None


def _gender_in_text_de(text: str, surname: str) -> str | None:
    """German: the gender the text shows for a person named by ``surname`` alone, where it names them in
    full elsewhere: a role noun right before the name ("Bundeskanzlerin Angela Merkel": "-in" a woman,
    "Innenminister Paul Krüger": another role a man) or a first name of no doubt ("Anna Weber" for
    "Weber"); None when nothing shows it or the signs disagree."""
    seen: set[str] = set()
    for m in re.finditer(r"([\w-]+)\s+(?:([A-ZÄÖÜ][a-zäöüß]+)\s+)?" + re.escape(surname) + r"(?![\w-])", text):
        role, first = m.group(1), m.group(2)
        if _FEMALE_WORDS["de"].fullmatch(role):
            seen.add("f")
        elif role[:1].isupper() and is_role_word(role):
            seen.add("m")
        name = first or (role if role[:1].isupper() else None)
        g = _first_name_gender_de(name) if name else None
        if g:
            seen.add(g)
    return seen.pop() if len(seen) == 1 else None


def _pronoun_gender_de(text: str, pronoun: Speaker) -> str | None:
    """German: the gender pronoun speaker ``pronoun`` shows: "er" a man; "sie" a woman when its verb
    next to it is singular ("betonte sie", "sie sagt"), else "not-m" (a woman or several people, never
    one man: "so sie"); "Sie" with no singular verb (formal, or a plural opening a sentence) None."""
    low = pronoun.mention.lower()
    if low == "er":
        return "m"
    if low != "sie" or pronoun.start is None or pronoun.end is None:
        return None
    before = re.findall(r"[\wäöüß]+", text[max(0, pronoun.start - 30) : pronoun.start])[-1:]
    after = re.findall(r"[\wäöüß]+", text[pronoun.end : pronoun.end + 30])[:1]
    verbs = [w for w in [*before, *after] if w[:1].islower() and w not in ("so", "und", "auch", "dann", "jedoch", "aber")]
    if verbs and not verbs[0].endswith("n"):
        return "f"
    return "not-m" if pronoun.mention == "sie" else None


def _carry_on(text: str, sents: list[Sentence], q: Quote, last_named: tuple[int, Speaker], first: int, lang: str) -> Speaker:
    """Give unframed quote ``q`` (in sentences from ``first``) the speaker of the attributed quote
    before it (``last_named``), or in German a person acting in a sentence between them
    (:func:`_newer_subject_de`); returns the speaker given."""
    newer = _newer_subject_de(text, sents, *last_named, first, q) if lang == "de" else None
    if newer is not None:
        # another person acts in between: the quote is theirs, not the earlier speaker's
        q.speaker = newer[1]
        _set_rule(q, "sentence-subject" if newer[0] == first else "previous-sentence-subject")
        return newer[1]
    # an unframed quote right after an attributed one continues it
    q.speaker = _context_speaker(last_named[1])
    q.flags.append("speaker-from-context")
    _set_rule(q, "reported-speech-continuation")
    return q.speaker


def _continues_de(q: Quote, reported: bool) -> bool:
    """German: whether an unframed quote may continue the speech before it (``reported``: what the
    shared rule says: direct and partial quotes, fragments and indirect speech in the subjunctive),
    as the switches in :mod:`aligner.quotes.choices` say."""
    if q.kind == "mixed" and not DE.continue_mixed:
        return False
    if q.kind == "fragment" and not DE.fragment_needs_subjunctive and "name-like" not in q.flags:
        return True
    return reported


def _own_subject_wanted(q: Quote, lang: str, near: bool) -> bool:
    """Whether a quote no frame attributed may take its own sentence's subject (rule
    sentence-subject): English direct, partial quotes and fragments; German as the switches in
    :mod:`aligner.quotes.choices` say (``near``: attributed speech goes before it within reach,
    which a German quote may continue instead)."""
    if lang != "de":
        return q.kind in ("direct", "mixed", "fragment") and (
            EN.sentence_subject == "on" or (EN.sentence_subject == "fallback" and not (near and q.kind in ("direct", "mixed"))))
    if q.kind not in ("direct", "mixed") and not (q.kind == "fragment" and DE.fragment_subject and "name-like" not in q.flags):
        return False
    continues = near and (q.kind == "direct" or (q.kind == "mixed" and DE.continue_mixed))
    return DE.sentence_subject == "on" or (DE.sentence_subject == "fallback" and not continues)


def _subjunctive_after_cue_de(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """German: a quote still without a speaker, in a sentence in the reported-speech subjunctive
    (Konjunktiv I: "sei", "habe", "werde") that has no speech verb of its own, carries on the speech
    of the nearest sentence before it that has one, within ``choices.DE.context_sentences``
    sentences: "Das erklärte der Sprecher am Montag. Der Verband werde sich in „…“ umbenennen"
    (rule subjunctive-after-cue).  A whole quoted sentence carries it on without the subjunctive
    (rule after-speech-verb, ``choices.DE.direct_after_cue``: "Das erklärte die Sprecherin. „…“").  No sentence with a quote of
    its own may stand between."""
    sent_pos = {s.id: i for i, s in enumerate(sents)}
    for q in quotes:
        if q.speaker is not None or "title" in q.flags or "name-like" in q.flags or q.kind == "indirect":
            continue
        idxs = [sent_pos[x] for x in q.sentence_ids if x in sent_pos]
        if not idxs:
            continue
        own = sents[min(idxs)].start, sents[max(idxs)].end
        whole = q.kind == "direct" and DE.direct_after_cue  # a whole quoted sentence needs no subjunctive to carry speech on
        if not (whole or SUBJUNCTIVE_DE.search(text, *own)) or find_cues(text, *own, "de") or text[own[0] : own[1]].rstrip().endswith("?"):
            continue
        for j in range(min(idxs) - 1, max(-1, min(idxs) - 1 - DE.context_sentences), -1):
            s = sents[j]
            if any(o is not q and o.start < s.end and s.start < o.end and o.kind != "indirect" and "title" not in o.flags for o in quotes):
                break  # a quote of its own stands between: the speech before it is not carried on
            cues = [c for c in find_cues(text, s.start, s.end, "de") if not _is_weak(c.lemma, "de")]
            if not cues:
                continue
            c = cues[0]
            span = _speaker_or_frame_subject(text, c, _clause_start(text, s.start, c.start), s.end, "de")
            sp = make_speaker(text, span, "de", strict=True) if span is not None else None
            if sp is not None and parse_mention(sp.mention, "de")[2] != "pronoun":
                q.speaker = sp
                _set_rule(q, "after-speech-verb" if whole else "subjunctive-after-cue")
            break


def _noun_phrase_in_marks_de(text: str, q: Quote) -> bool:
    """German: a stretch in marks (longer than a fragment inside a sentence, three words or more standing
    alone) that is one noun phrase: it opens with a capital or a digit, ends with no sentence
    punctuation, holds no verb and at most one lower-case word besides articles, prepositions and name
    glue („Bündnis für Arbeit und soziale Gerechtigkeit in Europa“).  Speech of that length holds verbs,
    adverbs or adjectives, which German writes in lower case."""
    inner = text[q.start : q.end].strip()
    words = _WORD.findall(inner)
    if len(words) < (3 if q.kind == "direct" else FRAGMENT_MAX_WORDS + 1) or inner[-1:] in ".!?…;:,":
        return False
    return _one_noun_phrase_de(words)


def _names_left_unattributed_de(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """German: a partial or whole quote that no rule gave a speaker, in a sentence with no verb of
    saying, and that is one noun phrase (:func:`_noun_phrase_in_marks_de`) is a name or term in marks,
    not words anyone is said to have said: flagged ``title`` (rule title)."""
    sent_pos = {s.id: i for i, s in enumerate(sents)}
    for q in quotes:
        if q.speaker is not None or q.kind not in ("mixed", "direct") or "contains-quote" in q.flags or "title" in q.flags:
            continue
        idxs = [sent_pos[x] for x in q.sentence_ids if x in sent_pos]
        if not idxs or not _noun_phrase_in_marks_de(text, q):
            continue
        a, b = sents[min(idxs)].start, sents[max(idxs)].end
        prev = _PREV_WORD.search(text, max(a, q.start - 30), q.start - 1) if q.start > a else None
        if prev is not None and _OTHER_DETERMINER_DE.fullmatch(prev.group(1).lower()):
            continue  # "Ein „Tag der Schande …“": a noun phrase someone chose (names take no indefinite article)
        if not find_cues(text, a, b, "de") and not SUBJUNCTIVE_DE.search(text, a, b):
            q.flags.append("title")  # (a sentence in the subjunctive is reported speech: "Nötig sei ein „…“")
            _set_rule(q, "title")


# -- German quotes no rule attributed: the frames the span rules do not read ---------------------

# nouns that present someone's words after a possessive ("Seine Meinung zu X:", "Ihr Fazit:")
_VIEW_NOUN_DE = (r"(?:Kern|Haupt)?(?:[Aa]ussage|Fazit|Botschaft|Urteil|Einschätzung|Meinung|Ansicht|Forderung|Schlussfolgerung|"
                 r"Credo|Devise|Antwort|Warnung|Position|Überzeugung|Appell|Bilanz|Kommentar|Begründung|Reaktion|Prognose|Rat)")
_POSSESSIVE_VIEW_DE = re.compile(r"\s*(?:[Uu]nd\s+|[Dd]och\s+|[Aa]ber\s+)?([Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)\s+" + _VIEW_NOUN_DE
                                 + r"(?![\w-])[^.!?:;„“”\"]{0,60}:\s*$")
# a sentence after a quote that names whose words they were: "Das ist die zentrale Aussage einer Studie …"
_POINTS_BACK_DE = re.compile(r"\s*(?:[Dd]as|[Dd]ies|[Ss]o)\s+(?:ist|war|sei|lautet|lautete|bleibt|blieb)\s+(?:(?:auch|jedenfalls|zumindest|nun|"
                             r"jetzt|also)\s+)?(?:die|das|der)\s+(?:[a-zäöüß-]+\s+){0,2}" + _VIEW_NOUN_DE
                             + r"\s+(?:(?:von|vom)\s+)?(?=(?:des|der|eines|einer)\s|[A-ZÄÖÜ])")
_RELATIVE_OPENERS_DE = frozenset({"der", "die", "das", "welcher", "welche", "welches"})


def _colon_frame_de(text: str, sents: list[Sentence], i0: int, q: Quote) -> tuple[int, int] | None:
    """German: the colon frame of quote ``q`` (its sentence ``sents[i0]``): the words of its sentence
    before the opening mark when they end in a colon, or the sentence before when nothing stands
    before the quote in its own and that one ends in a colon; (start, colon) or None."""
    s = sents[i0]
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    before = text[s.start : open_pos].rstrip()
    if before.endswith(":"):
        return s.start, s.start + len(before) - 1
    if before or i0 == 0:
        return None
    prev = sents[i0 - 1]
    prev_text = text[prev.start : prev.end].rstrip()
    return (prev.start, prev.start + len(prev_text) - 1) if prev_text.endswith(":") else None


def _colon_frame_match_de(text: str, sents: list[Sentence], i0: int, q: Quote,
                          pattern: re.Pattern[str]) -> tuple[tuple[int, int], int, re.Match[str]] | None:
    """German: quote ``q``'s colon frame (:func:`_colon_frame_de`), the start of its clause, and ``pattern``
    matched from that start through the colon; None when there is no frame or no match."""
    frame = _colon_frame_de(text, sents, i0, q)
    if frame is None:
        return None
    cs = _clause_start(text, frame[0], frame[1])
    m = pattern.match(text[cs : frame[1] + 1])
    return None if m is None else (frame, cs, m)


def _possessive_view_de(text: str, sents: list[Sentence], i0: int, q: Quote, quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a colon frame that is a possessive and a noun of view ("Seine Meinung zu dem Plan: „…“",
    "Ihr Fazit:"): the words are those of the person the possessive points at (rule possessive-view;
    :func:`_possessive_antecedent_de`)."""
    found = _colon_frame_match_de(text, sents, i0, q, _POSSESSIVE_VIEW_DE)
    if found is None:
        return None
    frame, _cs, m = found
    frame_sent = _sent_index(sents, frame[0])
    want = "m" if m.group(1).lower().startswith("sein") else "not-m"
    sp = _possessive_antecedent_de(text, sents, i0 if frame_sent is None else frame_sent, want, quotes)
    return (sp, "possessive-view") if sp is not None else None


_KIN_DE = frozenset({"bruder", "schwester", "kollege", "kollegin", "freund", "freundin", "nachbar", "nachbarin", "ehemann",
                     "ehefrau", "partner", "partnerin", "vater", "mutter", "sohn", "tochter", "anwalt", "anwältin"})


def _possessive_person_opens_de(text: str, s: Sentence) -> bool:
    """German: whether sentence ``s`` opens with a possessive and a noun for a person ("Sein Bruder",
    "Ihre Anwältin", "Sein Sprecher"): someone the text does not name."""
    m = re.match(r"\s*(?:Sein|Seine|Seinem|Ihr|Ihre|Ihrem)\s+([A-ZÄÖÜ][\w-]+)", text[s.start : s.end])
    return m is not None and (m.group(1).lower() in _KIN_DE or (is_role_word(m.group(1)) and not organisation_de(m.group(1))))


def _possessive_antecedent_de(text: str, sents: list[Sentence], idx: int, want: str, quotes: list[Quote]) -> Speaker | None:
    """German: the person a possessive in sentence ``idx`` points at: the nearest subject of the
    ``CONTEXT_SENTENCES`` sentences before that names a person whose gender the text does not show to
    be another (``want``: "m" for "sein", "not-m" for "ihr") and who is no lone noun the text never
    uses as a surname, unless a quote before was attributed to that name; a subject pronoun of that
    gender ("er" for "sein") carries the search one sentence further back."""
    said = {x.speaker.name for x in quotes if x.speaker is not None and x.speaker.name and x.end <= sents[idx].start}
    j, stop = idx - 1, max(-1, idx - 1 - CONTEXT_SENTENCES)
    while j > stop:
        s = sents[j]
        if _possessive_person_opens_de(text, s):
            return None  # "Sein Bruder ist Arzt. Seine Meinung:": the brother, unnamed, is nearer than the man named before
        cues = find_cues(text, s.start, s.end, "de")[:1]
        spans = [_subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, "de", prefer_after=False, sent_start=s.start)
                 for c in cues] + [_frame_subject(text, s.start, s.end, "de")]
        for span in spans:
            sp = make_speaker(text, span, "de") if span is not None else None
            if sp is None:
                continue
            if not sp.name and sp.resolved_from == "role":
                return None  # someone unnamed in between, no name to give
            if sp.resolved_from == "pronoun":
                if (_pronoun_gender_de(text, sp) == "m") == (want == "m"):
                    stop = max(-1, stop - 1)  # "er" of a sentence between: the same person, the search goes on
                    break
                continue
            if (sp.name and not (sp.id or "").startswith("org:") and (_antecedent(text, sp, "de") or sp.name in said)
                    and _gender_fits(want, _gender_de(text, sp))):
                return sp
        j -= 1
    return None


_DASH_AFTER_QUOTE = re.compile(r"[“”\"«»]?\s*[–—]\s*(?=[a-zäöüß])")


def _after_quote_de(text: str, sents: list[Sentence], q: Quote) -> int | None:
    """German: where the words after a whole quote that may say whose it was begin: the next sentence
    when the quote closes its own ("„…“ Das sagte X."), or the clause after a dash ("„…“ – das sagte X.")."""
    dash = _DASH_AFTER_QUOTE.match(text, q.end)
    if dash is not None and q.kind in ("direct", "mixed") and text[q.start : q.start + 1].isupper():
        return dash.end()
    i1 = _sent_index(sents, max(q.start, q.end - 1))
    if q.kind != "direct" or i1 is None or i1 + 1 >= len(sents) or text[q.end : sents[i1 + 1].start].strip(QUOTE_CHARS + " \t\n.!?"):
        return None
    return sents[i1 + 1].start

def _points_back_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a whole quote that closes its sentence, followed by a sentence that names whose words
    they were: "„…“ Das ist die zentrale Aussage einer Studie der Universität." / "So lautet das Fazit
    des Ministers." (rule points-back): the noun phrase in the genitive after the noun of view."""
    start = _after_quote_de(text, sents, q)
    m = _POINTS_BACK_DE.match(text, start, start + 200) if start is not None else None  # a corpus split may cut "Das" off as a sentence
    if m is None:
        return None
    end = re.compile(r"[.!?;:]\s|$").search(text, m.end(), m.end() + 160)
    sp = make_speaker(text, np_after(text, m.end(), end.start() if end else m.end() + 160, "de"), "de", strict=True)
    return (sp, "points-back") if sp is not None and parse_mention(sp.mention, "de")[2] != "pronoun" else None


_SAYING_NOUN_DE = r"(?:Satz|Spruch|Worte|Zitat|Weisheit|Ausspruch|Bonmot|Sprichwort|Aussage|Formulierung)"
# a sentence after the quote that says whom the words come from: "Der Satz stammt von X", "Diese X zugeschriebene Weisheit"
_WORDS_FROM_DE = re.compile(r"\s*(?:[Dd]iese[rs]?|[Dd]er|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß-]+\s+){0,2}?(?:" + _SAYING_NOUN_DE
                            + r"\s+(?:stammt|stammen|stammte|stammten)\s+(?:[a-zäöüß]+\s+){0,2}?(?:von|vom)\s+()"
                            + r"|((?:de[mnr]|einem|einer)\s+(?:[\w-]+\s+){0,5}?[A-ZÄÖÜ][\w-]+)\s+zugeschriebene[nrs]?\s+" + _SAYING_NOUN_DE + r")")


_NEGATION_DE = re.compile(r"(?<![\w-])(?:nicht(?!\s+(?:nur|zuletzt|umsonst|ohne)(?![\w-]))|nie|niemals|nimmer|keineswegs|keinesfalls"
                          r"|kein(?:e[mnrs]?)?)(?![\w-])")


_CONTRAST_DE = re.compile(r"(?<![\w-])(?:anders|andere[mnrs]?|dagegen|hingegen|jedoch|gegenteilig)(?![\w-])")


def _negated_de(text: str, a: int, b: int) -> bool:
    """German: whether [a, b) holds a negation ("Das sagte X nicht", "nie gesagt", "kein Wort"); a
    "nicht" right after a comma corrects a name ("Das sagte Anna Weber, nicht Max Maier") and does not count."""
    return any(not re.search(r",\s*$", text[max(a, m.start() - 3) : m.start()]) for m in _NEGATION_DE.finditer(text, a, b))


_HEARSAY_DE = re.compile(r"(?<![\w-])(?:angeblich|vermeintlich|mutmaßlich|fälschlich(?:erweise)?|irrtümlich(?:erweise)?|zu\s+Unrecht)(?![\w-])"
                         r"|,\s*(?:doch|aber|jedoch|allerdings)(?![\w-])")


def _origin_disputed_de(text: str, a: int, b: int) -> bool:
    """German: whether a sentence naming whom words come from denies or doubts it ("stammt nicht von X",
    "Die X fälschlich zugeschriebene Weisheit", "stammt angeblich von X, doch das ist falsch")."""
    return _NEGATION_DE.search(text, a, b) is not None or _HEARSAY_DE.search(text, a, b) is not None


def _words_from_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a whole quote followed by a sentence that says whom its words come from ("„…“ Der Satz
    stammt von Max Maier.", "„…“ Diese häufig Max Maier zugeschriebene Weisheit …"): that person (rule
    words-from)."""
    start = _after_quote_de(text, sents, q)
    m = _WORDS_FROM_DE.match(text, start, start + 240) if start is not None else None
    if m is None:
        return None
    sent_end = re.compile(r"[.!?;:]\s|$").search(text, m.end(), m.end() + 300)
    if _origin_disputed_de(text, m.start(), sent_end.start() if sent_end else m.end() + 300):
        return None  # "Der Satz stammt nicht von X", "stammt angeblich von X, doch das ist falsch"
    end = re.compile(r"[.!?;:,]\s|$").search(text, m.end(), m.end() + 160)
    span = (m.start(2), m.end(2)) if m.group(2) else np_after(text, m.end(), end.start() if end else m.end() + 160, "de")
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    return (sp, "words-from") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group") else None

_WORDS_NOUN_DE = r"(?:Worte|Worten|Satz|Sätze|Sätzen|Aussage|Äußerung|Bemerkung|Appell|Warnung|Ansage)"
# the opening of a sentence after a quote that points back at it ("Das sagte X.", "Mit diesen Worten eröffnete X …")
_POINTER_DE = re.compile(r"\s*(?:([Dd]as|[Dd]ies|[Ss]o)|(?:[Mm]it|[Ff]ür)\s+(?:diesen|dieser|diesem|solchen)\s+(?:[a-zäöüß-]+\s+)?" + _WORDS_NOUN_DE
                         + r"|(?:[Dd]iese|[Dd]iesen|[Ss]olche)\s+(?:[a-zäöüß-]+\s+)?" + _WORDS_NOUN_DE + r")\s+([a-zäöüß]+)(?![\w-])")
# whose the words are, named in the sentence after the quote ("Diese Worte des Ministers …", "Max Maiers Worte …")
_OWNER_OF_WORDS_DE = re.compile(r"\s*(?:(?:[Dd]iese[rs]?|[Dd]ie|[Dd]er)\s+(?:[a-zäöüß-]+\s+)?" + _WORDS_NOUN_DE + r"\s+(?:des|der|von|vom)\s+()"
                                r"|((?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+?)s\s+" + _WORDS_NOUN_DE + r"(?![\w-]))")


# verbs after "Das …" that answer, deny or judge the words rather than say them ("Das bestritt X", "Das kritisierte X")
_NOT_SAYING_LEMMAS_DE = frozenset({"bestreiten", "abstreiten", "dementieren", "zurückweisen", "kritisieren", "vorwerfen", "bezweifeln",
                                   "anzweifeln", "widersprechen", "leugnen", "verneinen", "ablehnen", "verurteilen", "anprangern",
                                   "rügen", "tadeln", "kommentieren", "begrüßen", "loben", "zitieren"})


def _next_sentence_frame_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a whole quote that closes its sentence, and a sentence after it that points back at it
    and names who spoke: "„…“ Das sagte Max Maier." (a verb of saying after Das/Dies/So), "„…“ Mit
    diesen Worten eröffnete die Ministerin die Sitzung." (any verb after words that name the quote),
    "Diese Worte des Ministers …", "Max Maiers Worte …" (rule next-sentence-frame)."""
    start = _after_quote_de(text, sents, q)
    if start is None:
        return None
    end_m = re.compile(r"[.!?;:]\s|[.!?]$").search(text, start, start + 300)
    end = end_m.start() if end_m else min(len(text), start + 300)
    span: tuple[int, int] | None = None
    owner = _OWNER_OF_WORDS_DE.match(text, start, end)
    pointer = _POINTER_DE.match(text, start, end)
    if owner is not None:
        if _CONTRAST_DE.search(text, owner.end(), end):
            return None  # "Max Maiers Worte klangen anders": someone else's words set against the quote
        span = (owner.start(2), owner.end(2)) if owner.group(2) else np_after(text, owner.end(), end, "de")
    elif pointer is not None:
        cues = [c for c in _cues_after_pointer_de(text, start, end) if c.start >= pointer.start(2)]
        worded = re.compile(r"\s*(?:[Mm]it|[Ff]ür)\s").match(text, start, end) is not None  # "Mit diesen Worten eröffnete X …"
        if _negated_de(text, start, end) or any(c.lemma in _NOT_SAYING_LEMMAS_DE for c in cues):
            return None  # "Das sagte X nicht", "Das bestritt X"; "zitiert die Zeitung X": X said it, not the paper
        if not worded and not any(not _is_weak(c.lemma, "de") for c in cues):
            return None  # "Das finden viele", "Diese Worte hörte X": no verb of saying
        skip = re.compile(r"\s*sich(?![\w-])").match(text, pointer.end(2), end) or _BEFORE_SUBJECT_DE.match(text, pointer.end(2), end)
        span = np_after(text, skip.end() if skip else pointer.end(2), end, "de", at_start=True)
        if span is not None and not skip:  # "Das sagte Max Maier der Zeitung", "Das sagte der Zeitung ein Sprecher"
            span = _subject_after_cue_de(text, Cue(pointer.start(2), pointer.end(2), ""), end, span)
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    return (sp, "next-sentence-frame") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group") else None

def _relative_frame_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a quote whose speech verb ends a relative clause that opens with its subject, in a colon
    frame ("…, hunderttausende von Demonstranten, die unter anderem skandierten: „…“"): the speaker is
    the noun phrase the relative pronoun refers to (:func:`_relative_subject_de`; rule relative-frame)."""
    if q.cue_start is None or q.cue_end is None or q.cue_lemma is None or _colon_frame_de(text, sents, i0, q) is None:
        return None
    cue = Cue(q.cue_start, q.cue_end, q.cue_lemma)
    s_idx = _sent_index(sents, cue.start)
    if s_idx is None:
        return None
    s = sents[s_idx]
    comma = text.rfind(",", s.start, cue.start)
    toks = _tokens(text, comma + 1, cue.start) if comma >= 0 else []
    if not toks or toks[0][2] not in _RELATIVE_OPENERS_DE or any(c in text[comma + 1 : cue.start] for c in ",;:" + QUOTE_CHARS):
        return None
    span = _relative_subject_de(text, s.start, comma, toks, cue)
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    return (sp, "relative-frame") if sp is not None else None


_WRITTEN_ON_RELATIVE_DE = re.compile(r",\s*(?:auf|in|an)\s+(?:dem|der|denen)\s+[^,.;:!?]{0,40}?(?:steht|stand|stehe|standen|stehen|heißt es|hieß es|geschrieben|zu lesen)(?![\w-])[^,.;:!?]{0,20}:\s*$")
_LAST_NOUN_PHRASE_DE = re.compile(r"((?:de[mnrs]|die|das|eine[mnrs]?|ein|kein\w*)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*)(?:\s+[a-zäöüß]+){0,2}\s*$")
_THERE_IN_DE = re.compile(r"(?<![\w-])(?:[Dd]arin|[Dd]ort|[Hh]ierin|[Dd]arauf)(?![\w-])")
_DOCUMENT_NP_DE = re.compile(r"(?<![\w-])(?:de[mnrs]|die|das|eine[mnrs]?|ein|seine[mnrs]?|ihre[mnrs]?)\s+(?:[a-zäöüß-]+\s+){0,2}"
                             r"[A-ZÄÖÜ][\w-]*(?:\s+(?:des|der)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*)?")


def _document_word_de(span_text: str) -> bool:
    """German: whether a noun phrase is headed by a document word ("dem Gesetzentwurf", "einen Bericht")."""
    head = [w for w in _WORD.findall(span_text) if w[:1].isupper()][:1]
    return bool(head) and _document_head(head[0].lower())


def _document_colon_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a colon frame with a verb of being written whose subject is no speaker ("Derzeit steht in
    dem Entwurf noch der Passus: „…“"): the document named by in/im/auf in it (:func:`_document_in`),
    or, for "darin"/"dort" ("Wörtlich heißt es darin:"), the last noun phrase headed by a document word
    in the sentence before ("legte einen Bericht vor") (rule document-colon)."""
    frame = _colon_frame_de(text, sents, i0, q)
    if frame is None or not _WRITTEN_DE.search(text, frame[0], frame[1]):
        return None
    doc = _document_in(text, frame[0], frame[1])
    rel = _WRITTEN_ON_RELATIVE_DE.search(text, frame[0], frame[1] + 1)
    if doc is None and rel is not None:
        # "ein Zettel, auf dem geschrieben stand:", "ein Brief, in dem es heißt:": the thing the relative clause is about
        head = _LAST_NOUN_PHRASE_DE.search(text, frame[0], rel.start())
        doc = head.span(1) if head is not None else None
    frame_sent = _sent_index(sents, frame[0])
    if doc is None and _THERE_IN_DE.search(text, frame[0], frame[1]) and frame_sent:
        prev = sents[frame_sent - 1]
        docs = [m.span() for m in _DOCUMENT_NP_DE.finditer(text, prev.start, prev.end) if _document_word_de(m.group(0))]
        doc = docs[-1] if docs else None
    sp = make_speaker(text, _strip_span(text, *doc), "de") if doc is not None else None
    return (sp, "document-colon") if sp is not None else None

_PASSIVE_AGENT_DE = re.compile(r"(?<![\w-])(?:von|vom)\s+")
_NAMING_LEMMAS_DE = frozenset({"bezeichnen", "nennen", "werten", "titulieren", "betiteln"})  # "als „…“ bezeichnet": who names says it
_PUBLICATION_IN_DE = re.compile(r"(?<![\w-])(?:[Ii]n\s+der|[Ii]n\s+einer|[Ii]m|[Ii]n\s+dem|[Ii]n\s+einem)\s+(?:"
                                r"((?:[a-zäöüß-]+\s+)?(?:Zeitung|Tageszeitung|Wochenzeitung|Zeitschrift|Blatt|Magazin|Nachrichtenmagazin)"
                                r"(?![\w-])(?:\s+[„»][^“«\n]{1,40}[“«])?)|[„»]([A-ZÄÖÜ][^“«„»\n]{0,40})[“«])")


# a comma that opens a subordinate or relative clause (", dem man „…“ nennt"), and a word before a
# conjunction that closes a coordinated part of the passive ("von der Regierung beschlossen und …")
_SUBCLAUSE_COMMA_DE = re.compile(r",\s*(?:der|die|das|dem|den|denen|dessen|deren|welche[mnrs]?|weil|da|dass|ob|obwohl|wobei|"
                                 r"nachdem|wenn|während|bevor|damit|sodass|wo|wie)(?![\w-])")
_PART_END_DE = re.compile(r"(?<![\w-])[a-zäöüß]+\s+(?:und|oder|sowie|sondern|aber)(?![\w-])")


def _passive_part_start_de(text: str, a: int, b: int) -> int | None:
    """German: where the part of a passive clause [a, b) that holds the quote begins: after the last
    "beschlossen und" ("wurde von der Regierung beschlossen und von Kritikern als „…“ bezeichnet": the
    critics' part); None when the quote sits in a clause of its own after a comma (", dem man „…“ nennt")."""
    commas = [i for i in range(a, b) if text[i] == ","]
    if commas and _SUBCLAUSE_COMMA_DE.match(text, commas[-1], b):
        return None
    parts = list(_PART_END_DE.finditer(text, a, b))
    return parts[-1].end() if parts else a


def _passive_agent_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a quote in a passive clause whose verb of saying or naming names its agent with
    von/vom before the quote ("Der Plan wurde von Innenminister Max Maier als „…“ bezeichnet"): the
    agent, a person, role, group or organisation (rule passive-agent).  A passive that names no one
    ("Daraus wird ein „…“ abgeleitet") gives no speaker."""
    s = sents[i0]
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    cs = _clause_start(text, s.start, open_pos)
    aux = _PASSIVE_AUX.search(text, cs, open_pos)
    if aux is None:
        return None
    clause_end = re.compile(r"[,;:.!?]").search(text, q.end + 1, min(s.end, q.end + 200))
    cues = find_cues(text, q.end, clause_end.start() if clause_end else min(s.end, q.end + 200), "de")
    if not cues or (_is_weak(cues[0].lemma, "de") and cues[0].lemma not in _NAMING_LEMMAS_DE):
        return None
    lo = _passive_part_start_de(text, aux.end(), open_pos)
    for m in _PASSIVE_AGENT_DE.finditer(text, lo, open_pos) if lo is not None else ():
        np = np_after(text, m.end(), open_pos, "de")
        sp = make_speaker(text, np, "de", strict=True) if np is not None else None
        if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group"):
            return sp, "passive-agent"
    return None


def _publication_in_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a quote in a sentence that locates the words in a paper, with a verb of being written or
    a passive verb of naming ("In der Zeitung fand sich die Feststellung „…“", "wurde im „Standard“ als
    „…“ bezeichnet"): that paper (rule publication-in)."""
    s = sents[i0]
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    lo, hi = max(s.start, open_pos - 300), min(s.end, q.end + 200)  # windows near the quote: a line of many quotes stays linear
    pubs = list(_PUBLICATION_IN_DE.finditer(text, lo, open_pos))
    if not pubs or not (_WRITTEN_DE.search(text, lo, hi) or (_PASSIVE_AUX.search(text, lo, open_pos) and find_cues(text, q.end, hi, "de"))):
        return None
    for m in pubs:
        group = 1 if m.group(1) else 2
        sp = make_speaker(text, (m.start(group), m.end(group)), "de")
        if sp is not None:
            return sp, "publication-in"
    return None

_WEEKDAY_DE = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
# what may stand between a verb of saying and its subject after it: a dative noun phrase (with a paper's
# or channel's name: "dem Sender RBB", "der Zeitung „Die Welt“"), "gegenüber" one, a time adverbial
_BEFORE_SUBJECT_DE = re.compile(
    r"\s*(?:(?:gegenüber\s+)?(?:dem|der|den|einem|einer)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+(?:[A-Z0-9][A-Z0-9-]+(?![\w-])|[„»][^“«„»\n]{1,40}[“«]))?"
    r"|gegenüber\s+[A-ZÄÖÜ][a-zäöüß-]+en|(?:am|an\s+diesem)\s+(?:" + _WEEKDAY_DE + r"(?:abend|morgen|nachmittag|vormittag)?|Abend|Morgen|Vormittag|Nachmittag|Wochenende)"
    r"|gestern|heute|vorgestern|zuletzt|kürzlich|dazu|nun|jetzt|weiter|außerdem|zudem)(?![\w-])")
_TAIL_AFTER_SUBJECT_DE = re.compile(r"\s*(?:(?:am|im|in|bei|beim|auf|nach|vor|während|gegenüber|vom|von)\s+[^,.;:!?„“”\"]{1,60}?)?\s*(?:[,.;:!?]|$)")


def _subject_after_object_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a verb of saying whose subject follows a dative object, a "gegenüber" phrase or a time
    adverbial, with more adverbials after it ("„…“, sagte dem Sender RBB Max Maier am Montag", "sagte
    gegenüber der Zeitung Anna Weber", "sagte am Montag dem Sender RBB Max Maier:"): that person or role,
    when nothing but a prepositional phrase follows it in the clause (rule subject-after-object)."""
    if q.cue_start is None or q.cue_end is None or q.cue_lemma is None or _is_weak(q.cue_lemma, "de"):
        return None
    s_idx = _sent_index(sents, q.cue_start)
    if s_idx is None:
        return None
    pos, skipped = q.cue_end, 0
    while (m := _BEFORE_SUBJECT_DE.match(text, pos, sents[s_idx].end)) is not None and skipped < 4:
        pos, skipped = m.end(), skipped + 1
    if not skipped:
        return None
    np = np_after(text, pos, sents[s_idx].end, "de", at_start=True)
    if np is None or _TAIL_AFTER_SUBJECT_DE.match(text, np[1], sents[s_idx].end) is None:
        return None
    sp = make_speaker(text, np, "de", strict=True)
    return (sp, "subject-after-object") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role") else None

# an adverb before a name as a colon frame ("Dazu Maier:", "Darauf Weber:")
_ADVERB_NAME_COLON_DE = re.compile(r"\s*(?:[Dd]azu|[Dd]arauf|[Dd]araufhin|[Hh]ierzu|[Dd]agegen|[Aa]bschließend|[Ss]päter)\s+"
                                   r"((?:[A-ZÄÖÜ][\w’'-]+\s+){0,2}[A-ZÄÖÜ][\w’'-]+)\s*:\s*$")


def _adverb_name_colon_de(text: str, sents: list[Sentence], i0: int, q: Quote, quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a colon frame of an adverb and a name ("Dazu Maier: „…“"): that name, when the article
    already names the person in full ("Max Maier") or gave a quote before to that name (rule
    adverb-name-colon); a name the text never introduced may be a thing's."""
    found = _colon_frame_match_de(text, sents, i0, q, _ADVERB_NAME_COLON_DE)
    if found is None:
        return None
    frame, cs, m = found
    sp = make_speaker(text, (cs + m.start(1), cs + m.end(1)), "de", strict=True)
    surname = (sp.name or "").split()[-1:] if sp is not None else []
    if sp is None or not surname:
        return None
    named = re.search(r"[A-ZÄÖÜ][\w’'-]+\s+" + re.escape(surname[0]) + r"(?![\w-])", text[: frame[0]]) is not None
    said = any(x.speaker is not None and x.speaker.name == sp.name for x in quotes if x.end <= q.start)
    return (sp, "adverb-name-colon") if named or said else None

def _introduced_surname_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a lone capitalised word as the subject right after or before the quote's verb of saying
    ("„…“, sagte Hartung.", "Hartung sagte:") that the speaker test takes for a thing ("-ung"), when the
    text before the quote introduced it as a surname after a first name ("Bosch-Chef Stefan Hartung"):
    that person (rule introduced-surname)."""
    if q.cue_start is None or q.cue_end is None or q.cue_lemma is None or _is_weak(q.cue_lemma, "de"):
        return None
    after = re.compile(r"\s+([A-ZÄÖÜ][a-zäöüß]+)(?=\s*(?:[,.;:!?]|$)|\s+(?:am|im|in|bei|gegenüber|vor|zu|dazu|weiter)\s)").match(text, q.cue_end)
    before = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)\s+$").search(text, max(0, q.cue_start - 40), q.cue_start)
    m = after or before
    if m is None or make_speaker(text, m.span(1), "de") is not None:
        return None  # no lone word there, or one the speaker test already takes
    if before is not None and after is None and text[: before.start(1)].rstrip(" \n„“\"")[-1:] not in ("", ".", ":", "!", "?"):
        return None  # "…, die Ordnung sagte": the word does not open its clause
    word = m.group(1)
    full = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+" + re.escape(word) + r"(?![\w-])").search(text, 0, q.start)
    first = full.group(1).lower() if full is not None else ""
    if _first_name_gender_de(first) is None and first not in ("frau", "herr"):
        return None  # "Stefan Hartung", "Frau Hartung": a first name the lists know or a title, not "Neue Ordnung"
    return Speaker(mention=word, start=m.start(1), end=m.end(1), name=word), "introduced-surname"

# a person named by age ("die 102-Jährige", "der 58-Jährige", "ein Zwölfjähriger"), which the noun-phrase reader
# does not take when it holds digits
_NOMINAL_PERSON_DE = r"(?:[Dd]er|[Dd]ie|[Dd]en|[Ee]ine?r?)\s+(?:[a-zäöüß]+\s+)?(?:\d+-[Jj]ährige|[A-ZÄÖÜ][a-zäöüß]*jährige)[nr]?"
_NOMINAL_AFTER_CUE_DE = re.compile(r"\s+(" + _NOMINAL_PERSON_DE + r")(?=\s*(?:[,.;:!?]|$)|\s+(?:am|im|in|bei|gegenüber|vor|zu|zur|zum|dazu|weiter)\s)")
_NOMINAL_BEFORE_CUE_DE = re.compile(r"(?:^|[.!?:]\s+|\n)(" + _NOMINAL_PERSON_DE + r")\s+$")


def _age_noun_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: the subject of the quote's verb of saying is a person named by age, which the noun-phrase
    reader does not take ("„…“, sagt die 102-Jährige zu BILD.", "Die 58-Jährige sagte: „…“"): that
    mention, as a role (rule age-noun)."""
    if q.cue_start is None or q.cue_end is None or q.cue_lemma is None or _is_weak(q.cue_lemma, "de"):
        return None
    m = _NOMINAL_AFTER_CUE_DE.match(text, q.cue_end) or _NOMINAL_BEFORE_CUE_DE.search(text, max(0, q.cue_start - 60), q.cue_start)
    if m is None:
        return None
    mention = m.group(1)
    return Speaker(mention=mention, start=m.start(1), end=m.end(1), role=mention, resolved_from="role"), "age-noun"

def _cues_after_pointer_de(text: str, a: int, b: int) -> list[Cue]:
    """German: the verbs of saying of [a, b); a sentence that opens with "Das"/"Dies" and the verb ("Das
    bestätigte Glööcklers Anwalt …", "Das sagte Max Maier.") is read from the verb on, which the cue
    finder, taking "Das" for an article, may not do."""
    cues = find_cues(text, a, b, "de")
    m = re.compile(r"\s*(?:[Dd]as|[Dd]ies)\s+(?=[a-zäöüß])").match(text, a, b)
    if cues or m is None:
        return cues
    rest = text[m.end() : b]
    return [Cue(m.end() + c.start, m.end() + c.end, c.lemma) for c in find_cues(rest, 0, len(rest), "de")]

def _statement_there_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: "Dort heißt es:" / "Darin heißt es:" after a sentence whose verb of saying reports a
    statement but names no document ("Das bestätigte der Anwalt Paul Krüger gegenüber der Zeitung. Dort
    heißt es: „…“"): the statement's author, the subject of that verb (rule statement-there)."""
    frame = _colon_frame_de(text, sents, i0, q)
    frame_sent = _sent_index(sents, frame[0]) if frame is not None else None
    if frame is None or not frame_sent or not _WRITTEN_DE.search(text, frame[0], frame[1]) or not _THERE_IN_DE.search(text, frame[0], frame[1]):
        return None
    prev = sents[frame_sent - 1]
    cues = [c for c in _cues_after_pointer_de(text, prev.start, prev.end) if not _is_weak(c.lemma, "de")]
    if not cues or any(o.start < prev.end and prev.start < o.end and o.kind != "fragment" for o in _quotes if o is not q):
        return None  # no verb of saying, or a quote of its own there
    if cues[0].lemma in _NOT_SAYING_LEMMAS_DE or _negated_de(text, prev.start, prev.end):
        return None  # "Das bestritt X … Dort heißt es:": who denies is not the statement's author
    span = _speaker_or_frame_subject(text, cues[0], _clause_start(text, prev.start, cues[0].start), prev.end, "de", prev.start)
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    return (sp, "statement-there") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group") else None

# a frame after the quote that names who holds the view with a copula ("„…“, ist sich Maier sicher", "ist Maier überzeugt")
_CONVICTION_AFTER_DE = re.compile(r"\s*,\s*(?:ist|war|sind|waren|zeigt|zeigte|zeigen|zeigten|gibt|gab)\s+(?:sich\s+)?([^,.;:!?„“\"]{2,80}?)\s+"
                                  r"(?:sich\s+)?(?:ganz\s+|fest\s+|sehr\s+)?(?:sicher|überzeugt|gewiss|optimistisch|zuversichtlich|"
                                  r"skeptisch|pessimistisch)(?:\s*[.,;!?]|\s*$)")


def _conviction_after_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a frame after the quote with a copula and a word of conviction instead of a verb of saying
    ("„…“, ist sich Maier sicher.", "„…“, zeigte sich die Ministerin zuversichtlich."): its subject, a
    person, role or group (rule conviction-after)."""
    close = q.end + 1 if q.end < len(text) and text[q.end] in QUOTE_CHARS else q.end
    m = _CONVICTION_AFTER_DE.match(text, close)
    if m is None:
        return None
    sp = make_speaker(text, np_after(text, m.start(1), m.end(1), "de", at_start=True), "de", strict=True)
    return (sp, "conviction-after") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group") else None

def _possessive_mention_de(sp: Speaker) -> bool:
    """German: a speaker mention that is a possessive alone or with a noun of view ("Ihr", "Ihre
    Botschaft"): no one who speaks, but a pointer back at them (the colon frame's subject as read)."""
    words = sp.mention.split()
    return bool(words) and words[0].lower() in ("sein", "seine", "ihr", "ihre") and (
        len(words) == 1 or re.fullmatch(_VIEW_NOUN_DE, words[-1]) is not None)

_UNATTRIBUTED_RULES_DE = (_subject_after_object_de, _introduced_surname_de, _age_noun_de, _conviction_after_de, _adverb_name_colon_de, _possessive_view_de,
                          _relative_frame_de, _document_colon_de, _statement_there_de, _points_back_de, _words_from_de,
                          _next_sentence_frame_de, _passive_agent_de, _publication_in_de)
_FRAGMENT_RULES_DE = (_passive_agent_de, _publication_in_de)  # frames that mostly hold a few words: fragments too


def _unattributed_de(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """German: a whole or partial quote still without a speaker tries the frames the span rules do not
    read, in order (``_UNATTRIBUTED_RULES_DE``): a possessive colon frame, a relative clause's speech
    verb, a sentence after the quote naming whose words they were.  Each records its rule's name."""
    for q in quotes:
        if (q.speaker is not None and not _possessive_mention_de(q.speaker)) or q.kind == "indirect" or "title" in q.flags:
            continue
        i0 = _sent_index(sents, q.start)
        if i0 is None or (q.kind == "fragment" and "name-like" in q.flags):
            continue
        for rule in _UNATTRIBUTED_RULES_DE if q.kind != "fragment" else _FRAGMENT_RULES_DE:
            found = rule(text, sents, i0, q, quotes)
            if found is not None:
                q.speaker = replace(found[0])
                _set_rule(q, found[1])
                break


_QUOTE_CHAIN_DE = re.compile(r"[“”\"»«]?\s*(?:und|sowie|oder|,)\s*[„“\"»«]?")
_FRAMES_AFTER = ("frame-after", "frame-after-generic", "so-x")
_UNFRAMED = ("reported-speech-continuation", "unattributed", "previous-sentence-subject", "sentence-subject")


def _chained_quotes_de(quotes: list[Quote], text: str) -> None:
    """German: "„…“ und „…“, zitiert CNN": a quote joined by "und" (or a comma) to the next one, whose
    frame after it names the speaker, is that speaker's too, rather than a speaker carried on or
    guessed."""
    for q1, q2 in zip(quotes, quotes[1:]):
        if (q2.speaker is None or rule_of(q2) not in _FRAMES_AFTER or rule_of(q1) not in _UNFRAMED or "title" in q1.flags
                or not _QUOTE_CHAIN_DE.fullmatch(text, q1.end, q2.start)):
            continue
        q1.speaker = replace(q2.speaker)
        q1.flags = [f for f in q1.flags if f != "speaker-from-context"]
        _set_rule(q1, rule_of(q2))


def _antecedent(text: str, sp: Speaker, lang: str) -> bool:
    """Whether a named speaker found without a reporting verb may be what a later pronoun or unframed
    quote points back at: not a lone German noun the text never uses as a surname ("Kritik", "Quorum":
    the subject of a clause that was a thing)."""
    if lang != "de" or sp.start is None or sp.end is None or not sp.name or " " in sp.name.strip():
        return True
    m = re.search(re.escape(sp.name.strip()), text[sp.start : sp.end])
    if m is None:
        return True
    return not _unknown_lone_noun(text, sp.start + m.start(), sp.start + m.end(), lang)


def _own_sentence_subject(text: str, s: Sentence, q: Quote, lang: str, speech_near: bool = False) -> Speaker | None:
    """The subject of the quote's own sentence, when words stand before the quote there ("Moore
    thanked him for “…”", "He jokes, “…”"): a person, role or pronoun, strictly checked.  In
    English (subject first) the noun phrase that opens the main clause is that subject when it is
    one ("He commanded the Democratic Party to “…”": He, not the party); else, and in German (the
    subject may follow the verb), the clause's likeliest speaker (:func:`_frame_subject`)."""
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    if open_pos <= s.start or len(_first_tokens(text, s.start, open_pos, 2)) < 2:
        return None
    if lang == "en" and (colon := text.rfind(":", s.start, open_pos)) >= 0 and _presented_thing_en(text, s.start, colon):
        return None  # "Consider the numbers: “…”": a thing is presented, no one speaks
    if lang == "en" and EN.opening_subject:
        opening = _opening_subject_en(text, s.start, open_pos)
        if opening is not None:
            return None if _inside_marks_en(text, s.start, opening.start) else opening
    span = _frame_subject(text, s.start, open_pos, lang, body_first=True)
    if span is None:
        return None
    sp = make_speaker(text, span, lang, strict=True, no_cue=True)
    if sp is None or (lang == "en" and (_unknown_lone_word_en(text, sp) or _inside_marks_en(text, s.start, sp.start))):
        return None
    _, _, kind = parse_mention(sp.mention, lang)
    if lang == "de" and (_inside_marks_de(text, s.start, sp.start) or (
            speech_near and kind != "pronoun" and _subjunctive_subject_de(text, sp, s.start, open_pos))):
        # "„…“, sagte Weber. Jeder Lehrer könne „…“": the subject of reported speech is part of Weber's message ("Er
        # werde „…“": his own; with no speech in reach, "Krüger wolle „…“" is Krüger's)
        return None
    if lang == "de" and _passive_subject_de(text, sp, s.start, s.end):
        return _agent_of_passive_de(text, s.start, s.end)  # "Anna Weber wird von der Partei als „…“ bezeichnet": the party
    body = lang == "de" and organisation_de(sp.mention) and not _noun_phrase_in_marks_de(text, q)  # "plant ein „Zentrum …“"
    return sp if kind in ("person", "role", "pronoun") or body else None


_WERDEN_DE = frozenset({"wird", "wurde", "werden", "wurden"})
_PARTICIPLE_DE = re.compile(r"(?:ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}(?:iert|t))")  # "genannt", "gesehen", "bezeichnet", "kritisiert"
_AGENT_DE = re.compile(r"(?<![\w-])(?:[Vv]on|[Vv]om|[Dd]urch)\s+(?=(?:de[rmns]|die|das|einem|einer)?\s*[A-ZÄÖÜ])")


def _passive_subject_de(text: str, sp: Speaker, s_start: int, s_end: int) -> bool:
    """German: whether subject ``sp`` is the subject of a passive clause: a form of "werden" as the finite
    verb next to it and a past participle closing the sentence ("Anna Weber wird in dem Bericht als „…“
    genannt", "Als „…“ wurde Paul Krüger bezeichnet"): the one spoken of, not who speaks."""
    if sp.start is None or sp.end is None:
        return False
    after = _WORD.search(text, sp.end, s_end)
    before = _WORD.findall(text[s_start : sp.start])[-1:]
    if not any(w.lower() in _WERDEN_DE for w in [*before, *([after.group(0)] if after else [])]):
        return False
    frame = re.search(r":\s*[„“\"»«]", text[sp.end : s_end])  # "Max Maier wurde gefragt: „…“": the frame ends at the colon
    last = _WORD.findall(text[sp.end : sp.end + frame.start() if frame else s_end])[-1:]
    return bool(last) and bool(_PARTICIPLE_DE.fullmatch(last[0]))


def _agent_of_passive_de(text: str, s_start: int, s_end: int) -> Speaker | None:
    """German: the agent of a passive sentence ("von der Partei", "vom Minister Paul Krüger", "durch das
    Gericht") when it is a person, a role or a body; None when the passive names no agent."""
    for m in _AGENT_DE.finditer(text, s_start, s_end):
        if _inside_marks_de(text, s_start, m.start()):
            continue
        span = np_after(text, m.end() - 1, s_end, "de", at_start=True)
        sp = make_speaker(text, span, "de", strict=True, no_cue=True) if span is not None else None
        if sp is not None and (parse_mention(sp.mention, "de")[2] in ("person", "role") or organisation_de(sp.mention)):
            return sp
    return None


def _subjunctive_subject_de(text: str, sp: Speaker, s_start: int, end: int) -> bool:
    """German: whether the finite verb next to subject ``sp`` (the word right after it, or right before
    it in an inverted clause) is in the subjunctive of reported speech ("Jeder Lehrer könne …", "Dann
    sei der Plan …"): such a subject belongs to the reported message, it is not who speaks."""
    if sp.start is None or sp.end is None:
        return False
    after = _WORD.search(text, sp.end, end)
    before = _WORD.findall(text[s_start : sp.start])[-1:]
    return any(SUBJUNCTIVE_DE.fullmatch(w) for w in [*before, *([after.group(0)] if after else [])])


_NAME_AFTER_ROLE_DE = re.compile(r",\s*((?:[A-ZÄÖÜ][\w'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+)(?=\s*[,(.;:]|\s+[a-zäöüß]|\s*$)")


def _role_name_apposition_de(text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
    """German: a role extended by the name set after it with a comma, closed by a comma or not ("der
    Geschäftsführer der Fraktion, Volker Beck das Programm"): the mention holds the name."""
    b = _with_apposition(text, span[0], span[1], end, "de")
    if b == span[1]:
        m = _NAME_AFTER_ROLE_DE.match(text, span[1], end)
        if m and parse_mention(m.group(1), "de")[2] == "person" and not any(is_role_word(w) for w in m.group(1).split()):
            b = m.end(1)
    return span[0], b


def _role_near_name(text: str, role_mention: str, surname: str) -> bool:
    """Whether the text puts a role noun of ``role_mention`` right before ``surname`` somewhere
    ("Bundeskanzlerin Angela Merkel" for "die Kanzlerin" and "Merkel")."""
    from .speakers import _role_heads, _same_role

    heads = _role_heads(role_mention)
    for m in re.finditer(r"((?:[\w-]+\s+){1,3})" + re.escape(surname) + r"(?![\w-])", text):
        if any(_same_role(h, r) for h in heads for r in _role_heads(m.group(1))):
            return True
    return False


def _same_person_de(text: str, sp: Speaker, ref: Speaker) -> bool:
    """German: whether mention ``sp`` may be the person ``ref`` again: the same surname, or a role
    ("Die Ministerin") that ``ref``'s role does not rule out or, when that role is unknown, that the
    text sets before ``ref``'s surname somewhere ("Bundesministerin Anna Weber"): :func:`_role_may_be`."""
    if sp.name:
        return [w.lower() for w in (ref.name or "").split()[-1:]] == [sp.name.split()[-1].lower()]
    return _role_may_be(text, sp, ref, "de")


_NOT_FINITE_DE = ARTICLES | _PREPS | _SKIP_AT_START | _SKIP_AFTER_CUE | {
    "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "sein", "seine", "seiner", "ihre", "ihrer",
    "nicht", "zwar", "sehr", "rund", "etwa", "fast", "nur", "mehr", "wie", "oder", "sowie", "dass", "ob", "weil", "wenn"}


_ADVERBS_AFTER_VERB_DE = {"jetzt", "erneut", "indes", "indessen", "unterdessen", "inzwischen", "wiederum", "ihrerseits", "seinerseits"}


@lru_cache(maxsize=512)  # called again for the same sentences while pronouns are resolved; holds few texts
def _main_clause_subject_de(text: str, a: int, end: int) -> tuple[int, int] | None:
    """German: the subject of the main clause of [a, end) with no known speech verb, found at its
    finite verb: the first lower-case word, not a function word, right after a capitalised word
    that is no article or preposition ("Der Senat hatte …", "Am Montag nahm der Minister …",
    "Als Fehler beurteilte der Politiker …"); the subject opens the clause or follows that verb."""
    toks = _tokens(text, a, end)
    fronted = _FRONTED_TIME_DE.match(text, a, end)  # "Wochen später warnte Scholz": the verb right after it
    verb_at = len(_tokens(text, a, fronted.end())) if fronted else 0
    for k in range(max(1, verb_at), min(len(toks), 16)):
        w, prev = toks[k][2], toks[k - 1][2]
        if not w[:1].islower() or w.lower() in _NOT_FINITE_DE or (k != verb_at and (not prev[:1].isupper() or prev.lower() in _NOT_FINITE_DE)):
            continue
        if _inside_marks_de(text, a, toks[k][0]):
            continue
        if _reported_verb_de(w):
            return None  # "Die Studie zeige …": reported speech, its subject is part of the message
        verb_end = toks[k][1]
        for t in toks[k + 1 : k + 4]:
            if t[2].lower() not in _SKIP_AFTER_CUE | _ADVERBS_AFTER_VERB_DE:
                break
            verb_end = t[1]  # "nahm jetzt auch der Minister": the subject after the adverbs
        span = _subject_for_cue(text, Cue(toks[k][0], verb_end, w.lower()), a, end, "de", prefer_after=False, sent_start=a)
        first = _WORD.match(text, span[0]) if span is not None else None
        if span is None or first is None or first.group(0).lower() in _OBLIQUE:
            return None  # "den Plan": an object
        return _body_before_object_de(text, span)
    return None


_BODY_NOUNS_DE = ("polizei", "anwaltschaft", "gericht", "justiz", "feuerwehr", "bundeswehr", "armee", "behörden", "firma")


def _body_before_object_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: "die Polizei Paul Krüger" after the verb ("Am Montag nahm die Polizei Paul Krüger fest")
    is a body and its object, not a role and a name: the subject ends after the body noun."""
    m = re.match(r"(?:der|die|das)\s+([A-ZÄÖÜ][\w-]+)(?=\s+[A-ZÄÖÜ])", text[span[0] : span[1]])
    if m is None:
        return span
    low = m.group(1).lower()
    body = low in INSTITUTION_WORDS or low.endswith(_BODY_NOUNS_DE) or (low.endswith(_BODY_SUFFIX_DE) and not is_role_word(low))
    return (span[0], span[0] + m.end()) if body else span


def _reported_verb_de(word: str) -> bool:
    """German: whether finite verb ``word`` is in the subjunctive of reported speech: a listed form
    ("sei", "habe", "könne", "würden", "wäre") or a third person singular in -e that is no past tense
    ("zeige", "fordere"; not "sagte", "wurde")."""
    low = word.lower()
    return bool(_REPORTED_DE.fullmatch(low)) or (len(low) > 3 and low.endswith("e") and not low.endswith(("te", "de")))


def _newer_subject_de(text: str, sents: list[Sentence], ref_idx: int, ref: Speaker, first: int, q: Quote) -> tuple[int, Speaker] | None:
    """German: before an unframed quote carries on ``ref`` (the speaker of sentence ``ref_idx``), the
    nearest person who is the subject of a sentence in between, or of the quote's own sentence before
    the quote, in the indicative ("„…“, sagte Merkel. Als Fehler beurteilte der Grünen-Politiker Beck
    den Plan. „…“": Beck).  None when that subject is a pronoun (it points back) or may be ``ref``
    again; subjects of subjunctive clauses (the reported message's own) and things are passed over."""
    open_pos = q.start - 1 if q.start > 0 and text[q.start - 1] in QUOTE_CHARS else q.start
    for j in range(first, ref_idx, -1):
        s = sents[j]
        end = min(s.end, open_pos)
        if len(_first_tokens(text, s.start, end, 2)) < 2:
            continue
        span = _main_clause_subject_de(text, s.start, end)
        span = _role_name_apposition_de(text, span, end) if span is not None else None
        own = j == first
        sp = make_speaker(text, span, "de", strict=not own, no_cue=True) if span is not None else None
        if sp is None or _inside_marks_de(text, s.start, sp.start) or _subjunctive_subject_de(text, sp, s.start, end) or (
                _passive_subject_de(text, sp, s.start, s.end)):
            continue
        kinds = ("person", "role", "group") if own else ("person", "role")
        kind = parse_mention(sp.mention, "de")[2]
        if kind == "pronoun" and q.speaker is not None and sp.start == q.speaker.start:
            continue  # the pronoun being resolved: what it points at is before it
        if kind == "pronoun" or (kind in kinds and _same_person_de(text, sp, ref)):
            return None
        if kind in kinds:
            return j, sp
    return None


def _inside_marks_en(text: str, a: int, pos: int | None) -> bool:
    """English: whether ``pos`` lies inside quotation marks opened after ``a`` (“The mayor is a
    tyrant,” said Beck, who said there were “…”: "The mayor" is quoted words, not the subject)."""
    if pos is None:
        return False
    seg = text[a:pos].replace("''", '"')
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _inside_marks_de(text: str, a: int, pos: int | None) -> bool:
    """German: whether ``pos`` lies inside quotation marks opened after ``a`` („Während wir Menschen …“,
    so letztere. „…“: "Menschen" is quoted words, not the subject of the sentence)."""
    if pos is None:
        return False
    seg = text[a:pos]
    return seg.count("„") > seg.count("“") + seg.count("”") or seg.count("»") > seg.count("«") or seg.count('"') % 2 == 1


def _unknown_lone_word_en(text: str, sp: Speaker) -> bool:
    """English capitalises names, not words: a lone capitalised word ("Asked", "Flying", "Estimates",
    "Oh") that the text never writes capitalised after a word or a comma (only where every word is:
    at a sentence start, in a headline) is no evidence of a name."""
    w = sp.mention
    if not re.fullmatch(r"[A-Z][a-z]+", w) or w.lower() in PRONOUNS["en"] or is_role_word(w) or w.lower() in INSTITUTION_WORDS:
        return False
    return re.search(r"(?<=[\w,] )" + re.escape(w) + r"\b", text) is None


# an English sentence opening with a phrase set off by a comma before its subject: "On Thursday, Cruz …",
# "Casting himself as a prosecutor, Mr. Christie …", "Asked which county was his favorite, he …"
_OPENING_PHRASE_EN = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:ing|ed)|On|In|At|After|Before|During|As|For|With|Without|Since|While|When|Despite|Though|"
    r"Although|If|Unlike|Like|Under|Over|Among|Asked|Speaking|Later|Earlier|Instead|Still|Yet|Meanwhile|Now|Then)\b"
    r"[^,.;:!?\n" + QUOTE_CHARS + r"]{0,80},\s+(?=\S)")


# a dateline opening a report ("DAYTON, Ohio — ", "JACKSON, Miss. -- "): a place, never the subject
_DATELINE_EN = re.compile(r"\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:—|–|--|-)\s+")


def after_dateline_en(text: str, a: int, b: int) -> int:
    """English: where the text after a dateline opening ``text[a:b]`` begins ("DAYTON, Ohio — "), or ``a``
    when there is none; not in "NATO — the alliance of 30 countries — warned": a second dash closes an
    apposition."""
    m = _DATELINE_EN.match(text, a, b)
    if m and ("," in m.group(0) or not re.search(r"\s(?:—|–|--)\s", text[m.end() : b])):
        return m.end()
    return a


def _opening_subject_en(text: str, s_start: int, open_pos: int) -> Speaker | None:
    """English: the noun phrase opening the sentence's main clause, when it is a person, role,
    pronoun or group/organisation ("The union is fighting for “…”": groups speak too) found as is (not a possessive, "An ambassador's job": the owner is no subject; not a
    span the speaker checks had to cut or widen).  Title words before a full name stay with it
    ("Republican presidential front-runner Donald Trump")."""
    a = after_dateline_en(text, s_start, open_pos)
    m = _OPENING_PHRASE_EN.match(text, a, open_pos)
    if m:
        a = m.end()
    toks = _first_tokens(text, a, open_pos, 8)  # all _lower_case_title_np reads
    span = np_after(text, a, open_pos, "en", at_start=True)
    if span is None or not toks:
        return None
    titled = _lower_case_title_np(text, toks, NP_STOP["en"])
    if titled is not None and titled[1] > span[1] and re.search(r"[A-Z][\w.'’-]*\s+[A-Z][\w'’-]+$", text[titled[0] : titled[1]]):
        span = titled
    if re.search(r"['’]s?$", text[span[0] : span[1]]) or text[span[1] : span[1] + 2] in ("'s", "’s"):
        return None
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    if sp is None or (sp.start, sp.end) != _whole_mention(text, *_strip_span(text, *span)):
        return None
    kind = parse_mention(sp.mention, "en")[2]
    return sp if kind in ("person", "role", "pronoun") or (kind == "group" and _organisation_head(sp.mention)) else None


def _organisation_head(mention: str) -> bool:
    """Whether a group mention ends in an organisation or group noun ("The union", "the two groups",
    "The committee"), not in a thing ("the plan", "the ad") that only a verb of saying could make speak."""
    from .speakers import _ORG_HEADS

    head = mention.split()[-1].lower() if mention.split() else ""
    return any(h in _ORG_HEADS or h in INSTITUTION_WORDS for h in (head, head[:-1] if head.endswith("s") else head))


def _candidate_spans(text: str, sents: list[Sentence], first: int, last: int, q: Quote, lang: str):
    """Other speakers quote ``q`` could have, for the ranker (:mod:`aligner.quotes.ranker`): the
    subject of its own sentence, the subject of every cue verb in its sentence(s) (before or after
    it), the subject of the sentence before (a person, role or pronoun)."""
    own = _own_sentence_subject(text, sents[first], q, lang)
    if own is not None:
        yield "sentence-subject", own
    s0, s1 = sents[first], sents[last]
    for c in find_cues(text, s0.start, s1.end, lang):
        if q.start - 1 <= c.start < q.end + 1:
            continue
        end = q.start - 1 if c.start < q.start else s1.end
        subj = _subject_for_cue(text, c, _clause_start(text, s0.start, c.start), max(end, c.end), lang, prefer_after=False)
        sp = make_speaker(text, subj, lang)
        if sp is not None:
            yield ("cue-before" if c.start < q.start else "cue-after"), sp
    if first > 0:
        prev_s = sents[first - 1]
        span = _frame_subject(text, prev_s.start, prev_s.end, lang)
        sp = make_speaker(text, span, lang, strict=True, no_cue=True)
        if sp is not None and parse_mention(sp.mention, lang)[2] in ("person", "role", "pronoun"):
            yield "previous-sentence-subject", sp


_OWNED_ROLE_EN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s?\s+(?:[a-z-]+\s+){0,2}([a-z-]+)")


_COLLECTIVE_HEADS_EN = frozenset({"campaign", "camp", "team", "staff", "family", "administration", "government", "office",
                                  "organization", "organisation", "firm", "committee", "party", "company", "people"})


def _owned_role_en(mention: str) -> bool:
    """English: whether ``mention`` is one person named by a role a named person owns ("Mr. Jones's lawyer",
    "Trump’s spokesman"): someone else than the owner; not a body ("Gowdy’s office") nor several people."""
    m = _OWNED_ROLE_EN.fullmatch(mention.strip())
    head = m.group(1) if m is not None else ""
    return is_role_word(head) and not head.endswith("s") and head not in _COLLECTIVE_HEADS_EN


def _role_may_be(text: str, sp: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether role mention ``sp`` ("Der Minister") may point back at ``ref``: its role noun fits
    ``ref``'s role; in German, when ``ref``'s role is unknown, the text sets the role noun before
    ``ref``'s surname somewhere ("Bundesministerin Anna Weber"), else it is someone else.  English: a role owned by a
    named person ("Mr. Jones's lawyer") is ``ref`` only when the text gave ``ref`` that role and ``ref`` is not the owner."""
    ref_last = (ref.name or "").split()[-1:]
    if lang == "en" and _owned_role_en(sp.mention):
        return bool(ref.role) and _role_fits(sp.mention, ref.role) and not (ref_last and ref_last[0] in sp.mention)
    if lang == "de" and not ref.role and ref_last:
        return _role_near_name(text, sp.mention, ref_last[0])
    return _role_fits(sp.mention, ref.role)


def _role_fits(mention: str, role: str | None) -> bool:
    """A role mention may point back at a person: the person's role is unknown, or shares its role noun."""
    from .speakers import _role_heads, _same_role

    heads, known = _role_heads(mention), _role_heads(role)
    return not heads or not known or any(_same_role(h, r) for h in heads for r in known)


def _pronoun_subject_de(text: str, s: Sentence) -> bool:
    """German: whether the subject of sentence ``s``'s main clause is "er" or "sie" ("Dennoch nimmt sie
    …"): the sentence names no new person, whatever noun phrase follows the verb."""
    span = _main_clause_subject_de(text, s.start, s.end)
    return span is not None and text[span[0] : span[1]].lower() in ("er", "sie")


def _recent_person(text: str, sents: list[Sentence], idx: int, lang: str, pronoun: Speaker | None = None,
                   same_gender: bool = False) -> tuple[int, Speaker] | None:
    """A named person who is the subject of one of the few sentences before sentence ``idx`` (``same_gender``:
    one the text shows to be of the gender of ``pronoun``)."""
    stop = max(-1, idx - 1 - CONTEXT_SENTENCES)
    for j in range(idx - 1, -1, -1):
        if j <= stop:
            break
        s = sents[j]
        if lang == "de" and _pronoun_subject_de(text, s):
            stop = max(-1, stop - 1)  # "Dennoch nimmt sie Abschied von der Macht.": she is someone named before
            continue
        # the subject of a reporting verb first ("In seiner Antrittsrede erklärte Johnson, die Rechte
        # … schützen zu wollen. Er werde …"), then the clause's best subject
        spans = [_subject_for_cue(text, c, _clause_start(text, s.start, c.start), s.end, lang, prefer_after=False, sent_start=s.start)
                 for c in find_cues(text, s.start, s.end, lang)[:1]]
        for k, span in enumerate([*spans, _frame_subject(text, s.start, s.end, lang)]):
            sp = make_speaker(text, span, lang) if span is not None else None
            if (sp is not None and sp.name and not (sp.id or "").startswith("org:") and (lang != "en" or _one_person_en(text, sp))
                    and (k < len(spans) or _antecedent(text, sp, lang))
                    and not (same_gender and pronoun is not None and not _same_gender(text, pronoun, sp, lang))):
                return j, sp
    return None


_PRONOUN_GENDER = {"he": "m", "she": "f", "er": "m"}  # German "sie" may be plural or formal: no evidence
# gendered role words (whole words; German female role nouns by their suffix: Ministerin, Präsidentin, Sprecherin)
_FEMALE_WORDS = {"en": re.compile(r"(?i)\b(?:madam|lady|queen|\w*wom[ae]n|"
                                  r"actress|princess|duchess|countess|empress|hostess|wife|mother|daughter|sister)\b"),
                 "de": re.compile(r"\b(?:Frau|Königin|\w{3,}(?:erin|entin|antin|istin|orin|ärin|eurin|atin|login|onin))\b")}
_MALE_WORDS = {"en": re.compile(r"(?i)\b(?:sir|king|\w*(?:chair|spokes|congress|business|police|anchor|alder|council|front|sales)m[ae]n|"
                                r"husband|father|son|brother)\b"),
               "de": re.compile(r"\b(?:Herr|König)\b")}
# honorifics: case-sensitive, never after a hyphen ("D-Miss." is Mississippi), and before a capitalised name
_HONORIFIC = re.compile(r"(?<![\w-])(Mrs|Ms|Miss|Mr)\.?(?=\s+[A-Z])")


def _gender_of(text: str, ref: Speaker, lang: str) -> str | None:
    """A named speaker's gender where the text shows it: "Mr./Mrs./Ms./Herr/Frau" before the surname
    anywhere in the text, or a gendered role noun in the mention ("spokeswoman", "chairman",
    German "Ministerin"); None when there is no evidence or it conflicts."""
    surname = (ref.name or "").split()[-1:] or [""]
    seen = set()
    if surname[0][:1].isupper():
        for m in re.finditer(r"(?<![\w-])(Mr|Mrs|Ms|Miss|Herr|Frau)\.?\s+" + re.escape(surname[0]) + r"(?![\w-])", text):
            seen.add("m" if m.group(1) in ("Mr", "Herr") else "f")
    words = " ".join(x for x in (ref.mention, ref.role or "") if x).replace(ref.name or "\0", " ")  # the role words, not the name
    if lang == "en":
        for m in _HONORIFIC.finditer(ref.mention):
            seen.add("m" if m.group(1) == "Mr" else "f")  # "Mrs. Anna Roth": the honorific before the name
    if lang in _FEMALE_WORDS and _FEMALE_WORDS[lang].search(words):
        seen.add("f")
    if lang in _MALE_WORDS and _MALE_WORDS[lang].search(words):
        seen.add("m")
    return seen.pop() if len(seen) == 1 else None


def _gender_en(text: str, sp: Speaker) -> str | None:
    """English: a named speaker's gender where the text shows it (:func:`_gender_of`: Mr./Ms., "spokeswoman"),
    else by a first name of no doubt (:func:`~aligner.quotes.speakers.first_name_gender_en`: "Mary Smith"), for
    a surname alone the first name the text gives it elsewhere ("Smith" after "Mary Smith"); None when unknown
    or the text's first names for that surname disagree."""
    shown = _gender_of(text, sp, "en")
    words = (sp.name or "").split()
    if shown is not None or not words or not words[-1][:1].isupper():
        return shown
    if len(words) >= 2:
        return _first_name_gender_en(words[0])
    seen = {_first_name_gender_en(m.group(1)) for m in re.finditer(r"(?<![\w’'.-])([A-Z][a-z]+)\s+" + re.escape(words[0]) + r"(?![\w-])", text)}
    seen.discard(None)
    return seen.pop() if len(seen) == 1 else None


_GENDERED_PERSON_EN = re.compile(r"(?<![\w-])(?:(Mr)|Mrs|Ms|Miss)\.?\s+[A-Z]")


def _other_woman_or_man_en(text: str, s: Sentence, pronoun: Speaker, sp: Speaker) -> bool:
    """English: whether reporting sentence ``s``, whose subject ``sp``'s gender the text does not show, names
    another person by an honorific of the pronoun's gender ("Dr. Jones believes Ms. Lee." before "she said"):
    then "she" may be that woman as well as the subject, and the subject is not taken."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    if want is None or _gender_en(text, sp) is not None or sp.start is None or sp.end is None:
        return False
    return any(("m" if m.group(1) else "f") == want and not (sp.start <= m.start() < sp.end)
               for m in _GENDERED_PERSON_EN.finditer(text, s.start, s.end))


def _same_gender(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether the text shows ``ref`` to be of the pronoun's gender ("she" and "Mrs. Halloran")."""
    if lang == "de":  # first names and lower-case "sie" read too ("not-m": a woman)
        want = _pronoun_gender_de(text, pronoun)
        return want is not None and _gender_de(text, ref) in (want, "f" if want == "not-m" else want)
    want = _PRONOUN_GENDER.get(pronoun.mention.lower())
    return want is not None and (_gender_en(text, ref) if lang == "en" else _gender_of(text, ref, lang)) == want


def _gender_clash(text: str, pronoun: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether a pronoun speaker ("she") cannot point back at ``ref`` (a man by what the text shows)."""
    want = _PRONOUN_GENDER.get(pronoun.mention.lower()) if pronoun.resolved_from == "pronoun" else None
    have = (_gender_en(text, ref) if lang == "en" else _gender_of(text, ref, lang)) if want else None
    return bool(want and have and want != have)


_REPORTED_DE = re.compile(SUBJUNCTIVE_DE.pattern + r"|(?<![\w-])(?:würde|würden|könnten|müssten|hätten|wäre|wären|entspräche)(?![\w-])")
