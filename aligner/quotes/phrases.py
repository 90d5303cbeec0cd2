"""Noun phrases and speaker mentions: the noun phrase before or after a cue verb (``np_before``,
``np_after``), names, roles and titles, and ``make_speaker``, which turns a text span into a
:class:`~aligner.model.Speaker`."""

from __future__ import annotations

import re
from itertools import islice

from ..model import Speaker
from .base import _WORD, _strip_span, _tokens, find_cues
from .choices import DE, EN
from .lexicon import (
    ARTICLES,
    CUES_DE,
    DEGREE_QUALIFIERS,
    DEMONSTRATIVES,
    INSTITUTION_WORDS,
    NP_STOP,
    PRONOUNS,
    TITLE_ABBR,
    TITLE_ROLE_ABBR,
    alternation,
)
from .marks import QUOTE_CHARS, QuoteSpan
from .speakers import (
    _PEOPLE_PLURAL_EN,
    _SURNAME_PLURALS_EN,
    COUNT_BEFORE_PLURAL_EN,
    DOC_WORDS,
    DOC_WORDS_EN,
    NO_ADJECTIVE_DE,
    NOT_ALONE,
    PEOPLE_ADJECTIVES_EN,
    QUANTIFIERS,
    ROLE_PARTICIPLES_EN,
    SHARE_OF_PEOPLE_EN,
    SPEAKER_PRONOUNS,
    TEAM_TITLES_EN,
    _office_before_name,
    after_owner_en,
    any_first_name_gender,
    arabic_surname,
    arabic_surname_en,
    coordinated_pair_de,
    coordinated_subject_de,
    first_name_gender_de,
    first_name_gender_en,
    is_role_word,
    last_of_several_en,
    org_for_en,
    organisation_de,
    parse_mention,
    person_head_en,
    place_of_place_en,
    plausible_speaker,
    relation_noun_de,
    relation_noun_en,
    serving_participle_en,
    several_persons_span,
    surname_after_honorific_en,
    tie_noun_de,
    title_before_name_en,
)
from .speakers import known_people_word as _known_people_word
from .stated_roles import _VERB_FORM_EN
from .titled_name import titled_holder

# -- speaker noun phrases ---------------------------------------------------------------

_AUX_EN = {"has", "had", "have", "also", "later", "then", "once", "again", "previously", "repeatedly", "further",
           "recently", "publicly", "reportedly", "would", "will", "quickly", "first", "never",
           "already", "bluntly", "flatly", "simply", "only", "even", "just", "often",
           "kept", "keeps", "keep", "began", "begins", "started", "starts"}  # "the mayor kept saying": 'kept' is no part of the subject
_AUX_LOWER_EN = {"now", "still"}  # "the campaign now says": in lower case only ("Susan Still said" is a name)
# "It's a reminder, Rogers said": a clause opened by a pronoun's contraction, no noun phrase an apposition can open
_CLAUSE_CONTRACTION_EN = re.compile(r"(?:it|that|there|here|what|this)[’'](?:s|d|ll)", re.I)
_AUX_DE = {"hatte", "hat", "habe", "hätte", "auch", "bereits", "schon", "noch", "nun", "zudem", "jedoch", "dann",
           "weiter", "ebenfalls", "außerdem", "wiederholt", "mehrfach"}


def _np_noun_en(w: str, prev_word: str, first: str = "") -> bool:
    """A lower-case English word that goes on with a noun phrase: a role word, or a document after a
    capitalised word ("a Wednesday editorial"), or a place's police or people ("Paris police", "Ohio farmers";
    not after a person's name, ``first`` a first name or title: "Tom Reed police"), or after an article and a
    capitalised word a person noun or team title ("the Ohio farmer", "the Bayern forward", "an FBI agent")."""
    return is_role_word(w) or (w.lower() in DOC_WORDS_EN and prev_word[:1].isupper()) or (
        prev_word[:1].isupper() and first.lower() in ("the", "a", "an") and (person_head_en(w) or w in TEAM_TITLES_EN)) or (
        prev_word[:1].isupper() and w in _UNNAMED_SOURCE_NOUNS_EN) or (
        prev_word[:1].isupper() and prev_word.lower() not in _CALENDAR_WORDS_EN and (w == "police" or w in _PEOPLE_PLURAL_EN)
        and not (first_name_gender_en(first) or first.rstrip(".") in TITLE_ABBR or is_role_word(first)))


# "said a Kremlin source", "Downing Street sources": an unnamed person of the body, never the body itself
_UNNAMED_SOURCE_NOUNS_EN = frozenset({"source", "sources"})


# "Paris police", "Ohio farmers": a place's police or people go on with the noun phrase; "Tuesday police" does not
_CALENDAR_WORDS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                               "july august september october november december".split())


# up to two lower-case words, a role noun (group 1) and a capitalised word: "parade leader Holger Kirsch", "state senator Tom Reed"


# words a noun phrase never ends in ("der Minister von einer" -> "der Minister", "the head of the" -> "the head")
_TRAILING_FUNCTION_WORDS = frozenset({"der", "des", "of", "the", "von", "to", "die", "das", "den", "dem", "ein", "eine", "einer",
                                      "einem", "einen", "eines"})


_YEAR = re.compile(r"(?:1[0-9]|20)[0-9]{2}")  # a year written as digits
_NUMBER_WORDS_DE = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert".split())


def _ends_np_de(w: str, prev_word: str) -> bool:
    """German: the word ``w`` after ``prev_word`` no longer belongs to the noun phrase."""
    low = w.lower()
    if arabic_surname(w) and prev_word[:1].isupper():
        return False  # "Aschraf al-Kudra", "Chalil al-Hajja": the article of an Arabic surname, written in lower case
    if low in ("junior", "senior") and w[0].islower() and prev_word[:1].isupper() and prev_word.lower() not in ARTICLES:
        return False  # "sagte Hadley junior": the son, a name of his own, never the father's bare surname
    if (w[0].islower() and low not in ARTICLES and low not in ("von", "van", "de", "der", "des") and low not in _NUMBER_WORDS_DE
            and not re.search(r"(?:e|en|er|es|em)$", low)):
        return True
    prev_low = prev_word.lower()
    # "Einer der 13 beteiligten Polizisten", "Eine der drei Ärztinnen": a numeral stands as an article does
    if w[0].islower() and low not in ARTICLES and low not in ("von", "van", "de") and not (
            prev_low in ARTICLES or prev_word[0].islower() or prev_word.isdigit()):
        return True  # "Die Bewohner sehen …": a lower-case word after a noun is a verb, not an adjective
    if low in ARTICLES and low not in ("der", "des") and prev_word[0].isupper():
        return True  # "Oettinger die Naturwissenschaften": a new noun phrase (an object) begins
    if _QUANTITY_DE.fullmatch(w) and prev_word[0].isupper() and not _YEAR.fullmatch(w) and (len(w) >= 3 or not w.isdigit()):
        return True  # "laut Gefängnisdirektion 502 Menschen", "Mohamed Said 300.000 US-Dollar": a count, no name ("Schalke 04")
    # "sagte Angela Merkel 2015": a year after a name or noun is never part of it
    return _YEAR.fullmatch(w) is not None and prev_word[0].isupper() and prev_low not in ARTICLES


_QUANTITY_DE = re.compile(r"\d[\d.,]*")
# currency signs written before an amount ("Fr. 3,5 Mio.", "CHF 200", "EUR 10"); the amount right after
_CURRENCY_BEFORE_AMOUNT_DE = frozenset({"Fr", "CHF", "EUR", "USD", "SFr", "sFr"})
_AMOUNT_AFTER_DE = re.compile(r"\.?\s*\d")


def _stops_np_de(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, limit: int) -> bool:
    """German: whether word ``k`` of ``toks`` after ``prev_word`` ends the noun phrase (:func:`_ends_np_de`, unless an
    owner's genitive before a tie reads on: :func:`_owner_before_tie_de`), or is a currency sign before its amount
    ("laut Gemeinde Fr. 3,5 Mio.": no part of the name)."""
    w, e = toks[k][2], toks[k][1]
    if _ends_np_de(w, prev_word) and not _owner_before_tie_de(toks, k):
        return True
    return w in _CURRENCY_BEFORE_AMOUNT_DE and _AMOUNT_AFTER_DE.match(text, e, limit) is not None


# possessive determiners: "seiner Frau", "unserer Reporterin", "ihrer Kollegin" after a name in -s are a dative object
POSSESSIVE_DETERMINERS_DE = frozenset(f"{stem}{end}" for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur", "Ihr")
                                       for end in ("e", "er", "es", "em", "en"))


def _np_stops_at(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, stops: set[str], lang: str) -> bool:
    """Whether the noun phrase stops at stop word ``toks[k]``: not an article or particle inside a name, not "to" / "of"
    after a role ("adviser to"), not a German surname that is a stop word after a first name ("Stephan Weil")."""
    w = toks[k][2]
    low = w.lower()
    return (_stop_word(w, stops) and low not in ("der", "des", "von", "of", "the") and not (low in ("to", "of") and is_role_word(prev_word))
            and not (lang == "de" and (_surname_as_stop_de(text, toks, k, prev_word) or _counterpart_noun_de(w, prev_word, toks[k - 2][2] if k >= 2 else ""))))


def _counterpart_noun_de(w: str, prev_word: str, owner: str = "") -> bool:
    """German: "Gegenüber" written as a noun after an owner's genitive or a possessive ("Kompanys Gegenüber", "sein
    Gegenüber Niko Kovac"), also after a town's adjective after such an ``owner`` ("Kompanys Dortmunder Gegenüber"): the
    other side's person, a noun of the phrase, not the preposition "gegenüber".  Stricter
    than ``speakers.relation_noun_de``, which sees the word alone and takes any capital "Gegenüber"."""
    return w == "Gegenüber" and (prev_word in POSSESSIVE_DETERMINERS_DE or prev_word in ("sein", "ihr", "Ihr", "mein", "unser")
                                 or re.fullmatch(r"[A-ZÄÖÜ][\w-]*[a-zäöüß](?:s|’|')", prev_word) is not None
                                 or (re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}er", prev_word) is not None  # "Kompanys Dortmunder Gegenüber"
                                     and re.fullmatch(r"[A-ZÄÖÜ][\w-]*[a-zäöüß]s", owner) is not None))


def _owner_before_tie_de(toks: list[tuple[int, int, str]], k: int) -> bool:
    """German: whether a noun phrase's words ``toks`` open with a name in the genitive -s (one word, or a listed first
    name and one), then at ``k`` one or two adjectives of a nominative's strong ending and a noun for someone by role or
    tie ("Gassers langjähriger Weggefährte", "Hans Müllers neue Freundin", "Deutschlands oberster Polizist"): the owner,
    then the person of theirs; the phrase reads on past the owner (who never speaks).  Not an adjective in -en ("Kroos
    englischen Reportern": a dative object) nor an adverb ("Markus heute Abend")."""
    if k not in (1, 2) or len(toks) < k + 2 or not re.fullmatch(r"[A-ZÄÖÜ][\w-]*[a-zäöüß]s", toks[k - 1][2]):
        return False
    if k == 2 and first_name_gender_de(toks[0][2]) is None:
        return False
    for j in (k, k + 1):
        w = toks[j][2]
        if not re.fullmatch(r"[a-zäöüß][\w-]*(?:e|er|es)", w) or w in NO_ADJECTIVE_DE or w in ARTICLES or w in POSSESSIVE_DETERMINERS_DE:
            return False  # "sagte Kroos seiner Frau Jessica", "sagte Thomas unserer Reporterin": the one spoken to (rt32-8)
        if j + 1 < len(toks) and toks[j + 1][2][:1].isupper():
            return tie_noun_de(toks[j + 1][2])
    return False


def _stop_word(w: str, stops: set[str]) -> bool:
    """Whether ``w`` is one of ``stops``, a word no noun phrase of a speaker goes on over; not a listed acronym that
    spells one ("the WHO said": the World Health Organization, not "who"); other words in capitals stay stops ("Tom
    Reed AND Anna Hill", "THE", "FOR" in a headline in capitals)."""
    return w.lower() in stops and w not in _ACRONYMS_SPELLING_STOPS


# acronyms of bodies written like a stop word ("WHO": the World Health Organization)
_ACRONYMS_SPELLING_STOPS = frozenset({"WHO", "OB"})  # "OB": Oberbürgermeister(in), not "ob" (rv75-10)


# words that open a clause after a German conjunction ("…, sagte Stephan weil er …"): after them a capitalised stop word
# stays the conjunction
_CLAUSE_OPENERS_DE = frozenset({"er", "sie", "es", "ich", "du", "wir", "ihr", "man", "sich", "dies", "diese", "dieser"})


# German stop words that are also surnames in use ("Stephan Weil", "Joachim Fest"); any other capitalised adverb or
# conjunction after a bare first name is a comma left out ("sagte Thomas Auch nach dem Spiel", "Peter Wenn nötig")
_SURNAMES_SPELLING_STOPS_DE = frozenset({"Weil", "Fest"})


def _surname_as_stop_de(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> bool:
    """German: the capitalised stop word ``toks[k]`` right after a known first name is the surname ("Stephan Weil",
    "Joachim Fest"), not the conjunction or adverb it spells, where it is one of :data:`_SURNAMES_SPELLING_STOPS_DE`
    and punctuation, the end or a lower-case word that opens no clause (a verb: "Stephan Weil besuchte", "am Montag")
    follows.  "Stephan, weil er …" (the comma ends the name before) and "Weil er krank war" (no first name before)
    stay as they are (pr32-8); so does "Thomas Auch nach dem Spiel" (no such surname)."""
    w = toks[k][2]
    if w not in _SURNAMES_SPELLING_STOPS_DE or first_name_gender_de(prev_word) is None or not prev_word[:1].isupper():
        return False
    if k + 1 == len(toks) or any(c in text[toks[k][1] : toks[k + 1][0]] for c in ",.;:!?()\n" + QUOTE_CHARS):
        return True
    nxt = toks[k + 1][2]
    return nxt[:1].islower() and nxt.lower() not in ARTICLES and nxt.lower() not in _CLAUSE_OPENERS_DE


def np_after(text: str, pos: int, limit: int, lang: str, at_start: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting right after ``pos`` (the subject after an inverted cue); none for a
    campaign's name ("said Tom Reed for Senate": neither the candidate nor the office speaks)."""
    found = _np_after(text, pos, limit, lang, at_start)
    if found is not None and lang == "en" and campaign_after_name_en(text, found[1]):
        return None
    return found


def _np_after(text: str, pos: int, limit: int, lang: str, at_start: bool) -> tuple[int, int] | None:
    toks = _without_degree_qualifiers(text, _tokens(text, pos, limit), lang)  # "Dr. med. Anna Roth": on to the name
    # after the verb, "äußerte sich der ...", "sagte jedoch der ...": skip a reflexive or an adverb, no punctuation between
    skip = _SKIP_AT_START if at_start else _SKIP_AFTER_CUE
    while len(toks) > 1 and toks[0][2].lower() in skip and (at_start or not any(c in text[pos : toks[0][0]] for c in ",.;:")):
        pos, toks = toks[0][1], toks[1:]
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
    if _stop_word(first, stops) and first.lower() not in ARTICLES and not first_name and not demonstrative:
        return None
    if lang == "en" and first[0].islower() and first.lower() not in ARTICLES and first.lower() not in QUANTIFIERS and first not in _SOMEONE_ALONE_EN:
        return _lower_case_title_np(text, toks, stops)  # "former Obama adviser David Axelrod", "spokesman John Kirby"
    if not (first[0].isupper() or first.lower() in ARTICLES or demonstrative
            or (lang == "en" and (first.lower() in QUANTIFIERS or first in _SOMEONE_ALONE_EN) and (len(toks) > 1 or first.lower() in _SOMEONE_ALONE_EN))):
        return None
    end = prev_end = toks[0][1]
    prev_word = first
    for k, (s, e, w) in enumerate(toks[1:], 1):
        if s < prev_end:
            continue  # the "R" of "i. R." (:func:`_emeritus_end_de`)
        owned = lang == "en" and _owned_after_apostrophe_en(text, prev_end, s, limit, prev_word, w)  # "the Jets' owner"
        owned = owned or (lang == "de" and k == 1 and _owned_after_apostrophe_de(text[prev_end:s], prev_word, w))  # "Merz' Kollege"
        between = " " if owned else _np_gap(text[prev_end:s], prev_word, w, lang, opens=k == 1)
        if any(c in between for c in ",.;:!?()[]§\n" + QUOTE_CHARS):
            break
        low = w.lower()
        if lang == "de" and (after := _particle_end_de(text, toks, k, prev_word, limit)) is not None:
            prev_end, prev_word = after, w  # "Lula da Silva", "Bischof em. Anton Frei": on to the name, the end not yet moved
            continue
        org_for = owned or _joining_word_en(text, toks, k, prev_word, first, limit, lang)  # "Airlines for America"
        if lang == "de" and suspended_compound_de(text, prev_end, toks, k):
            end, prev_end, prev_word = e, e, w  # "Porsche- und VW-Chef Oliver Blume": one title of two compounds
            continue
        if not org_for and _np_stops_at(text, toks, k, prev_word, stops, lang):
            titled = _titled_name_after_brand_en(text, toks, k) if lang == "en" else None
            end = titled if titled is not None else end  # "said Marcus by Goldman head Omer Ismail": a brand's head, the person
            break
        if lang == "de":
            if _stops_np_de(text, toks, k, prev_word, limit):
                break
        elif not w[0].isupper() and not org_for and low not in ("of", "the", "de", "van", "von", "to") and not _np_noun_en(w, prev_word, first) and not (
                low in ("der", "den", "la", "le", "du", "da", "del") and prev_word.lower() in ("von", "van", "de")) and not _name_word_goes_on_en(text, toks, k, prev_word):
            if (titled := _person_after_lower_en(text, toks, k, prev_word, stops, limit)) is None and not at_start and _nationality_only_en(toks[:k]):
                return None  # "said Dutch central banker Femke de Wit" with no name found: a nationality is no one (rv80-6)
            end = titled if titled is not None else end  # "said SPD lawmaker Anna Weber", "said Kompany's wife", "said Ford Motor's chief financial officer, John Lawler"
            break  # "Ursula von der Leyen", "Charles de la Rue": a name's particles
        end, prev_end, prev_word = e, e, w
    if lang == "en" and first.lower() in ("a", "an", "the") and (m_head := _NOUN_AFTER_NAME_EN.match(text, end, limit)) and (
            relation_noun_en(m_head.group(1)) or is_role_word(m_head.group(1)) or m_head.group(1) == "family"):
        end = m_head.end(1)  # "said a Reed family friend", "said the Reed family": a name before a noun, not the speaker's
    end = _role_after_initials_en(text, toks[0][0], end, limit) if lang == "en" else end  # "a U.S. defense official"
    a, b = toks[0][0], _without_trailing_function_words(text, toks[0][0], end)
    # a German NP must contain a capitalised word (a noun or name); half of a compound whose head comes later ("Porsche-
    # bzw. VW-Chef") is no one's name
    if lang == "de" and (not any(t[0].isupper() for t in text[a:b].split()) or re.match(r"-\s", text[b : b + 2])):
        return None
    if lang == "en" and b > a and text[a:b].lower() in QUANTIFIERS:
        b = _quantifier_of_en(text, b, limit)  # "said one of those advisers, who …"
    if b > a and not at_start:
        b = _named_after_role_en(text, a, b, limit) if lang == "en" else b
        b = _with_apposition(text, a, b, limit, lang)
    return (a, b) if b > a else None


# "a farmer named Paul Lee", "a man called Tom Banks", "a woman identified as Anna Lee": an article, up to three lower-case
# words ending in a noun for a person (group 1), then the name the person is given (group 2), then the end of the clause,
# a comma, or a word of time or place
_ROLE_NAMED_EN = re.compile(r"(?i:a|an|the|one|another)((?:\s+[a-z][\w’'-]*){1,3}?)\s+(?:named|called|identified\s+(?:only\s+)?as|"
                            r"known\s+as|by\s+the\s+name\s+of)\s+((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]+)(?![\w’'-])"
                            r"(?=\s*(?:[,.;:!?)]|$|\s+(?:on|in|at|from|of|who|after|before|during|when|last|this|yesterday|today)\b))")


_TIE_PREPOSITION_EN = re.compile(r"(?<![\w’'-])(of|for|to|with)\s+")


def _tie_of_named_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: the noun phrase before a verb that ends in someone an unnamed person is tied to by a preposition and who
    is named by a participle ("The son of a man called Tom Banks said", "A lawyer for a man named Tom Banks said"): the
    whole phrase, the tied person ("The son", "A lawyer") speaks, never the one named.  ``span`` as the backward scan
    found it: the named part alone, or with its preposition."""
    prep = _TIE_PREPOSITION_EN.match(text, span[0])
    start = prep.end() if prep is not None else span[0]
    m = _ROLE_NAMED_EN.match(text[: span[1]], start)
    if m is None or m.end(2) != span[1]:
        return span
    if prep is None:
        back = re.search(r"(?<![\w’'-])(?:of|for|to|with)\s+\Z", text[max(clause_start, span[0] - 8) : span[0]])
        if back is None:
            return span
        at = span[0] - len(back.group(0))
    else:
        at = span[0]
    head = _np_before(text, clause_start, at, "en")
    if head is None or head[1] != _strip_span(text, clause_start, at)[1]:
        return span
    last = text[head[0] : head[1]].split()[-1]
    return (head[0], span[1]) if is_role_word(last) or relation_noun_en(last) or person_head_en(last) else span


# what opens a clause before the subject a backward scan found: words up to a comma (optional: "Speaking to reporters,"),
# an article or possessive (optional), one lower-case noun (group 1), "of" / "to" / "for" / "close to" and up to three
# lower-case words ("a friend of former", "the wife of the late", "a source close to")
_TIE_OPENING_CLAUSE_EN = re.compile(r"(?:[^,.;:!?\n]*,)?\s*(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+)?([a-z]+|[A-Z][a-z]+(?=\s+close\s+to\s))\s+"
                                    r"(?:of|to|for|close\s+to)\s+(?:[a-z]+\s+){0,3}")
# nouns for someone unnamed that "close to" may follow ("a source close to", "People close to"): never a body
_CLOSE_TO_HEADS_EN = frozenset({"source", "sources", "person", "persons", "people", "insider", "insiders"})


def _tie_before_preposition_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: a subject the backward scan found after "of" / "to" / "for" because the words after the preposition were
    too many for it ("A friend of SPD lawmaker Anna Weber said", "The wife of Cologne parade leader Holger Kirsch said", "A
    friend of former Ohio state senator Tom Reed said"), when all before it in the clause is a tie, role or person noun
    with its article and the preposition: the whole phrase from the noun's article, whose noun speaks (as in "A friend of
    Holger Kirsch said"), never the one named after the preposition."""
    toks = _tokens(text, span[0], span[1])
    if not toks:
        return span
    skip = 2 if [t[2] for t in toks[:2]] == ["close", "to"] else 1 if toks[0][2] in ("of", "to", "for") else 0
    at = toks[skip][0] if len(toks) > skip else span[0]
    m = _TIE_OPENING_CLAUSE_EN.fullmatch(text, clause_start, at)
    head = m.group(1) if m is not None else ""
    if head[:1].isupper():
        return (m.start(1), span[1]) if m is not None and head.lower() in _CLOSE_TO_HEADS_EN else span  # "Sources close to …"
    if m is None or not (relation_noun_en(head) or is_role_word(head) or person_head_en(head) or head in _CLOSE_TO_HEADS_EN):
        return span
    start = m.start(1)
    article = re.search(r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s+$", text[clause_start:start])
    return (start - len(article.group(0)) if article else start), span[1]


def _named_after_role_en(text: str, a: int, b: int, limit: int) -> int:
    """English: the end of noun phrase ``text[a:b]`` after the verb, taken on past the name a person after an article
    is given ("said a farmer named Paul Lee", "said a man called Tom Banks"): the person so named speaks.  The words
    before "named" end in a noun for a person (a role, a tie, "farmer", "man") and the name reads as a person's."""
    m = _ROLE_NAMED_EN.match(text[:limit], a)
    if m is None or b > m.start(2) or not m.group(2)[:1].isupper():
        return b
    words = m.group(1).split()
    if any(w.lower() in ARTICLES or w.lower() in NP_STOP["en"] for w in words):
        return b  # "said the son of a man named Tom Banks": the man named is someone else's tie
    head = words[-1]
    if not (is_role_word(head) or relation_noun_en(head) or person_head_en(head)) or parse_mention(m.group(2), "en")[2] != "person":
        return b
    return m.end(2)


# one or two lower-case words after an article and a name, the last the head noun ("a Reed family friend")
_NOUN_AFTER_NAME_EN = re.compile(r"(?:\s+(?:family|campaign|press|security|communications|staff|majority|minority|party|union|team|club|company|agency))?\s+([a-z]+)(?=\s*(?:[,.;:!?]|$|\s(?:who|in|on|at|of|for|to|with)\b))")


# lower-case words ending in a noun of two words for someone by a tie to another ("opposite number", "number two",
# "right-hand man") right after an owner's possessive: the noun phrase goes on to it ("said Kompany's opposite number")
_COUNTERPART_AFTER_EN = re.compile(r"(?:[a-z][\w-]*[’']s\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:opposite\s+numbers?|numbers?\s+two|right-hand\s+(?:man|men|woman|women))"
                                   r"(?![\w’'-])")


def _counterpart_after_owner_en(text: str, pos: int, limit: int, before: str) -> int | None:
    """English: the end of "opposite number" (:data:`_COUNTERPART_AFTER_EN`) at ``pos`` where the noun phrase so far
    (``before``) or the match holds an owner's possessive ("Kompany's", "Kompany's Dortmund", "the Bayern boss's"),
    else None."""
    m = _COUNTERPART_AFTER_EN.match(text[:limit], pos)
    if m is None or not re.search(r"[’']s?(?:\s|\Z)", before + " " + m.group(0)):
        return None
    named = _TWO_CAPITALISED_EN.match(text[:limit], m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    return named.end() if named else m.end()  # "Kompany's opposite number Niko Kovac": the name read on


# Portuguese, Spanish and Italian particles inside a surname ("Lula da Silva", "Corrêa do Lago", "dos Santos", "di Maio")
_ROMANCE_PARTICLES = frozenset({"da", "do", "dos", "di", "del", "della"})
_NAME_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s[a-zäöüß])")


# "em." / "emer." (emeritus) and "i. R." (im Ruhestand) after a title before a name ("Bischof em. Anton Frei", "Pfarrer
# i. R. Karl Moser"): part of the title ("a. D." / "i. G." / "d. R." after a rank were read so in session 38 and taken
# back: "die Bürgerstiftung i. G. Tom Berg", pr42-1, rt39-3)
_STATUS_AFTER_TITLE_DE = r"(?:em|emer|i\.\s?R)"
_EMERITUS_DE = re.compile(_STATUS_AFTER_TITLE_DE + r"\.[ \t]+(?=[A-ZÄÖÜ])(?!(?:Er|Sie|Es|Der|Die|Das|Den|Dem|Ein|Eine|Wir|Ich|Man)\b)")


def _emeritus_end_de(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> int | None:
    """German: where the noun phrase reads on when word ``k`` opens "em." / "emer." / "i. R." after a capitalised title
    and before a capitalised word (rv76-3): the end of that word's dots, else None."""
    m = _EMERITUS_DE.match(text, toks[k][0])
    if m is None or not prev_word[:1].isupper() or text[toks[k - 1][1] : toks[k][0]] != " ":
        return None
    return m.end() - len(m.group(0)) + len(m.group(0).rstrip())


def _particle_end_de(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, limit: int) -> int | None:
    """German: where a noun phrase reads on over word ``k`` without ending there: a Romance name particle
    (:func:`_romance_particle_de`) or "em." / "i. R." after a title (:func:`_emeritus_end_de`); None if neither."""
    if _romance_particle_de(text, toks, k, prev_word, limit):
        return toks[k][1]
    return _emeritus_end_de(text, toks, k, prev_word)


def _romance_particle_de(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, limit: int) -> bool:
    """German text: whether word ``k`` is such a particle between two capitalised name words, the second one closing the
    phrase ("sagte Luiz Inácio Lula da Silva."); not the German "da" before a noun that goes on ("da Journalisten
    fragten")."""
    if toks[k][2] not in _ROMANCE_PARTICLES or k + 1 >= len(toks) or not prev_word[:1].isupper():
        return False
    s, e, w = toks[k + 1]
    return (w[:1].isupper() and text[toks[k][1] : s] == " " and _NAME_ENDS_AFTER.match(text[:limit], e) is not None
            and not is_role_word(w) and not organisation_de(w))


def _owned_after_apostrophe_de(gap: str, owner: str, w: str) -> bool:
    """German: whether a bare apostrophe after a name in -s, -ß, -x or -z (the genitive of "Merz", "Scholz", "Strauß") stands
    before a noun for someone by role or tie ("Merz' Gegenüber", "Scholz’ Kollege Habeck"): the phrase reads on past the
    owner, who is not the one named; not before any other word ("Klaus’ Buch", a closing mark)."""
    return gap in ("' ", "’ ") and re.fullmatch(r"[A-ZÄÖÜ][\w-]*[a-zäöüß][sßxz]", owner) is not None and (
        w == "Gegenüber" or tie_noun_de(w))


def _owned_after_apostrophe_en(text: str, prev_end: int, pos: int, limit: int, owner: str, w: str) -> bool:
    """English: whether a bare apostrophe after ``owner`` is a possessive the noun phrase reads on through: before the
    owner's lower-case role ("the Jets' owner") or before a person's name ("Mercedes' Toto Wolff")."""
    return text[prev_end:pos] in ("' ", "’ ") and (_owned_person_en(owner, w) or _owner_before_name_en(owner, text, pos, limit))


_TWO_CAPITALISED_EN = re.compile(r"([A-Z][\w’'-]*)\s+([A-Z][\w’'-]*)(?![\w’'-])")


def _owner_before_name_en(owner: str, text: str, pos: int, limit: int) -> bool:
    """English: whether a capitalised ``owner`` ending in "s" and its bare apostrophe stand before a person's name at
    ``pos`` ("Mercedes' Toto Wolff", "Wales' Gareth Bale"): the owner's possessive, read on as in "Stuttgart's Deniz
    Undav" when :func:`speakers.after_owner_en` takes the two words after it for a person, not a body ("the Times'
    Washington Bureau", "the Teachers' Union" stop at the owner, as before)."""
    m = _TWO_CAPITALISED_EN.match(text[:limit], pos)
    if m is None or not (owner.endswith("s") and owner[:1].isupper() and len(owner) > 2):
        return False
    toks = [owner + "'", m.group(1), m.group(2)]
    return after_owner_en(toks) != toks


def _owned_person_en(owner: str, w: str) -> bool:
    """English: whether lower-case ``w`` after the possessive mark of ``owner`` in -s is a person of theirs ("the
    Jets' owner", "the Smiths' lawyer"): a role, tie or person noun; the noun phrase goes on to it."""
    return owner.endswith("s") and w.islower() and (is_role_word(w) or relation_noun_en(w) or person_head_en(w))


# what stands between a title and the name after it where the faculty or kind of the degree is written after the title's
# dot ("Dr. med. ", "Dr. rer. nat. ", "Mag.(FH) ")
_DEGREE_GAP = re.compile(r"\.(?:\s*(?:\(\s*)?(?:" + alternation(DEGREE_QUALIFIERS) + r")(?:\.|\s*\)))+\s*")


def _without_degree_qualifiers(text: str, toks: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """German: the words of a noun phrase without the faculty or kind of an academic degree written after a title
    ("med" of "Dr. med. Anna Roth", "FH" of "Mag.(FH) Anna Gruber"), which :func:`_np_gap` then reads as a space;
    not a word that follows no title ("sagte Roth med."); English words as they are."""
    if lang != "de":
        return toks
    kept: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        if i == 0 and tok[2] == "alt" and len(toks) > 1 and text[tok[1] : toks[1][0]] == " " and _office_before_name(toks[1][2], ""):
            continue  # Swiss "alt Bundesrat Ueli Maurer": "former", then the office and the name (rv76-11)
        if kept and kept[-1][2] in TITLE_ABBR and tok[2] in DEGREE_QUALIFIERS and _DEGREE_GAP.match(text, kept[-1][1]):
            continue
        if kept and (party := _PARTY_GAP_DE.match(text, kept[-1][1])) is not None and party.end() > tok[1]:
            continue  # "Nationalrätin (SP) Lena Meier": the party, read as a gap by :func:`_np_gap`
        kept.append(tok)
    return kept


# a conjunction after a word cut at its hyphen, then a capitalised word glued to what follows it ("Porsche- und
# VW-Chef", "Wirtschafts- und Klimaschutzminister", "Finanz- oder Personalvorstand")
_SUSPENDED_CONJUNCTIONS_DE = frozenset({"und", "oder", "sowie"})


def _without_trailing_function_words(text: str, a: int, b: int) -> int:
    """The end of noun phrase ``text[a:b]`` without the function words it may not end in ("der Minister von einer")."""
    while True:
        words = text[a:b].split()
        if len(words) > 1 and words[-1].lower() in _TRAILING_FUNCTION_WORDS:
            b = _strip_span(text, a, a + text[a:b].rstrip().rfind(" "))[1]
        else:
            return b


def suspended_compound_de(text: str, prev_end: int, toks: list[tuple[int, int, str]], k: int) -> bool:
    """German: token ``k`` is the conjunction of a suspended hyphen ("Porsche- und VW-Chef", "der Wirtschafts- und
    Klimaschutzminister"): the word before it ends in a hyphen right after its last letter, and a capitalised word
    of one compound follows after a single space; the two compounds share one head and name one role."""
    if toks[k][2].lower() not in _SUSPENDED_CONJUNCTIONS_DE or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return (re.fullmatch(r"-\s", text[prev_end : toks[k][0]]) is not None and text[toks[k][1] : nxt[0]] in (" ", ". ")
            and nxt[2][:1].isupper() and not nxt[2].endswith("-"))


def _suffix_before_sentence(prev_word: str, w: str, opens: bool) -> bool:
    """'Sr.' is a sister's title before a name ("Sr. Mary Doyle": it opens the noun phrase, ``opens``) and a father's
    suffix after one ("John Smith Sr."): after a name, or before a pronoun, an article or a stop word, it is the
    suffix and its dot ends the sentence ("said John Smith Sr. He added", "said John Smith Sr. Mary Doyle agreed")."""
    low = w.lower()
    return prev_word == "Sr" and (not opens or any(low in words for words in (*PRONOUNS.values(), ARTICLES, *NP_STOP.values())))


# a party in brackets between an office and the name ("Nationalrat (SVP) Beat Imhof", "(SVP/ZH)", "(Grüne)")
_PARTY_IN_BRACKETS_DE = r"\s\([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}(?:/[A-Z]{2})?\)"
_PARTY_GAP_DE = re.compile(_PARTY_IN_BRACKETS_DE + r"\s")
# a country's or body's initials written with dots, the last one cut off as a word's end ("U.S", "U.N", "U.K")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
_DOTTED_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]$")
# the lower-case words after such initials' dot, up to three, the last a role or a body ("U.S. defense official")
_LOWER_AFTER_INITIALS_EN = re.compile(r"\.\s(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)(?=\s*(?:[,.;:!?]|$|\s(?:who|in|on|at|of|for|to|with|as|said|says|told)\b))")


# people of a country, no office: "became a U.S. citizen" stays the cut abbreviation the guessed-subject check drops
_NATIONALS_EN = frozenset({"citizen", "citizens", "national", "nationals", "resident", "residents"})


def _role_after_initials_en(text: str, start: int, end: int, limit: int) -> int:
    """English: where a noun phrase that stopped at dotted initials ends when up to three lower-case words after their
    dot end in a role or a body word ("said a U.S. defense official", "said the U.K. government"); else ``end``: "U.S"
    alone is no one (rv83-21)."""
    if _DOTTED_INITIALS_END.search(text, start, end) and (m := _LOWER_AFTER_INITIALS_EN.match(text, end, limit)) and (
            is_role_word(m.group(1)) or m.group(1) in INSTITUTION_WORDS) and m.group(1) not in _NATIONALS_EN:
        return m.end(1)
    return end


def _np_gap(between: str, prev_word: str, w: str, lang: str, opens: bool = False) -> str:
    """What stands between two words of a noun phrase, a dot or apostrophe that does not end it read as a space:
    a title's dot ("Dr. Heino Stoever", "Prof. Anna Roth", the Austrian "Mag. Anna Huber", "Bgm. Hans Moser") or a
    saint's in a place name ("der St. Galler Regierungsrat"); in German a genitive apostrophe before a role noun
    ("Merz' Sprecher": the role is the speaker, not the name before it)."""
    if (between.strip() == "." or prev_word in TITLE_ABBR and _DEGREE_GAP.fullmatch(between)) and (
            prev_word in TITLE_ABBR or prev_word == "St") and w[:1].isupper() and not _suffix_before_sentence(prev_word, w, opens):
        return " "  # "St. Gallen", "St. Louis": the abbreviation of a place's name goes on with it
    if lang == "de" and between in ("' ", "’ ") and prev_word[-1:] in ("s", "z", "x", "ß") and (is_role_word(w) or relation_noun_de(w)):
        return " "
    if lang == "de" and _PARTY_GAP_DE.fullmatch(between) and w[:1].isupper() and (
            is_role_word(prev_word) or _office_before_name(prev_word, "")):
        return " "  # Swiss "Nationalrätin (SP) Tamara Meier": the party between office and name (rv76-10)
    if lang == "en" and between == ". " and _DOTTED_INITIALS.fullmatch(prev_word) and w not in _NATIONALS_EN and (w.islower() or is_role_word(w)):
        return " "  # "a U.S. defense official", "U.N. spokesman Stéphane Dujarric": the initialism's dot (rv83-21)
    if lang == "de" and between.strip() == "." and prev_word in ("Nr", "No") and w.isdigit():
        return " "  # "die Nr. 1 der Welt": the dot of a number's label
    return between


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


# common irregular past forms of English verbs (a finite verb with no -ed)
_IRREGULAR_PAST_EN = ("became|began|bought|brought|built|came|chose|drew|fell|felt|fought|found|gave|got|grew|held|kept|knew|"
                      "led|left|lost|made|met|paid|ran|rose|sat|saw|sent|sold|spent|stood|struck|taught|took|went|were|won|wore|wrote|"
                      "shook|wept|swore|caught|fled|flew|froze|hid|hung|lay|rode|rang|sang|shot|stole|stuck|swung|tore|woke|sank|sought")
_IRREGULAR_PAST_WORD_EN = re.compile(_IRREGULAR_PAST_EN)


# function words inside a brand's name of capitalised words ("Marcus by Goldman", "Stand by Me"); not "on", "at", "in":
# "said Scholz on Bundesbank chief Joachim Nagel" is Scholz speaking about Nagel
_BRAND_JOINS_EN = frozenset({"by"})


def _titled_name_after_brand_en(text: str, toks: list[tuple[int, int, str]], k: int) -> int | None:
    """English: where a noun phrase of capitalised words stopped at a function word of a brand's name ("said Marcus by
    Goldman head Omer Ismail"), the end of the person named after the brand's rest and a lower-case title: up to two
    capitalised words, one to three lower-case title words ending in a role word in the singular, a name of two or three
    capitalised words ending the clause (:func:`title_before_name_en`).  None otherwise: "said Tom Hill in Berlin", "said
    Anna Weber by phone", a first name before the function word ("said Anna Weber at Vantoria chief Tom Hill": no brand)."""
    if toks[k][2] not in _BRAND_JOINS_EN or not all(t[2][:1].isupper() for t in toks[:k]) or any_first_name_gender(
            toks[0][2]):
        return None
    run, lowered = k + 1, False
    while run < len(toks) and not text[toks[run - 1][1] : toks[run][0]].strip() and not (
            lowered and toks[run][2][:1].islower() and toks[run - 1][2][:1].isupper()):
        lowered = lowered or toks[run][2][:1].islower()
        run += 1  # to the end of the name after the title words ("… head Omer Ismail on Monday": before "on")
    words = [t[2] for t in toks[k + 1 : run]]
    start = title_before_name_en(words) if words else None
    if start is None or not 2 <= len(words) - start <= 3 or sum(w[:1].isupper() for w in words[:start]) > 2:
        return None
    titles = [w for w in words[:start] if w[:1].islower()]
    if len(titles) > 3 or titles[-1].endswith("s") or any(w.endswith("ed") or w in ("and", "or", "said") for w in titles):
        return None
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words[start:]):
        return None  # "at Vantoria chief Tom Hill's house": someone's place, no speaker
    after = text[toks[run - 1][1] : toks[run][0]] if run < len(toks) else ""
    return toks[run - 1][1] if run >= len(toks) or re.match(r"\s*[,.;:!?)]", after) or (
        not after.strip() and toks[run][2] in _AFTER_NAME_EN) else None


# lower-case words that may follow a speaker's name after the verb ("said X on Monday", "said X in a statement")
_AFTER_NAME_EN = frozenset({"on", "in", "at", "during", "after", "before", "who", "when", "while", "last", "this",
                            "yesterday", "today", "earlier", "later"})


def _joining_word_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, first: str, limit: int, lang: str) -> bool:
    """English: whether ``toks[k]``, a word that ends a speaker's noun phrase elsewhere, joins it here: "for" in an
    organisation's name ("Airlines for America", :func:`org_for_en`), "and" between two titles of one person ("Vantoria
    co-founder and chief executive Jane Doe", :func:`coordinated_title_en`)."""
    w = toks[k][2]
    if lang != "en":
        return False
    if w == "for":
        return org_for_en(prev_word, text[toks[k][1] : limit].lstrip(), first)
    if w == "group" and prev_word[:1].isupper() and k + 1 < len(toks) and is_role_word(toks[k + 1][2]) and not text[toks[k][1] : toks[k + 1][0]].strip():
        return True  # "said the Labour group leader": the party's leader on a council, no party speaking
    return w == "and" and is_role_word(prev_word) and coordinated_title_en(toks, k)


def _lower_case_name_word_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> bool:
    """English: whether lower-case ``toks[k]`` goes on with a name or an office after ``prev_word``: an Arabic surname with
    its article, ending the name ("Abdel Fattah el-Sisi"; not "Hamas al-Qassam Brigades", a body), or the "staff" of
    "chief of staff" ("White House chief of staff Jeff Zients")."""
    w = toks[k][2]
    if w.lower() == "staff":
        return prev_word == "of"
    more = k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and not text[toks[k][1] : toks[k + 1][0]].strip()
    surname = w.rstrip(".,")
    return (prev_word[:1].isupper() and arabic_surname_en(surname) and not more
            and not prev_word.endswith(("'s", "’s", "'", "’")))  # "Syria's al-Assad", "Hamas's al-Qassam": no one named


def _name_word_goes_on_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> bool:
    """English: whether lower-case ``toks[k]`` goes on with a name (:func:`_lower_case_name_word_en`,
    :func:`_name_particle_en`)."""
    return _lower_case_name_word_en(text, toks, k, prev_word) or _name_particle_en(text, toks, k, prev_word)


def _nationality_only_en(toks: list[tuple[int, int, str]]) -> bool:
    """English: whether ``toks`` are an article at most and words of nationality, region or religion ("Dutch", "the
    Irish"): cut off before lower-case title words, no one's name."""
    words = [w for _s, _e, w in toks]
    words = words[1:] if words and words[0] in ("the", "a", "an") else words
    return bool(words) and all(w.lower() in PEOPLE_ADJECTIVES_EN for w in words)


def _person_after_lower_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str, stops: set[str],
                           limit: int) -> int | None:
    """English: where the noun phrase stopped at lower-case ``toks[k]``, the end of the person it goes on to: a name after
    title words ("said SPD lawmaker Anna Weber", "says Cologne parade leader Holger Kirsch") or a person of a possessor
    ("said Kompany's wife", "said Kompany's assistant Aaron Danks", "said Kompany's opposite number": the possessor never
    speaks), or a title before a comma and the name (:func:`_title_before_comma_en`); else None."""
    start = _lower_run_start(toks, k)
    titled = None
    if toks[start][2] not in ("of", "about", "on", "to"):  # "said Scholz of former chancellor Helmut Kohl": the one spoken of
        titled = _titled_name_after_modifier_en(text, toks, start, stops)
        titled = titled if titled is not None else _possessed_person_end_en(text, toks, k, prev_word)
        titled = titled if titled is not None else _counterpart_after_owner_en(text, toks[k][0], limit, text[toks[0][0] : toks[k][0]])
    return titled if titled is not None else _title_before_comma_en(text, toks, k)


# lower-case particles inside a person's name, between a first name and the surname ("Angel di Maria", "Marc-André ter
# Stegen", "Jorge dos Santos"); "de", "van", "von" are read wherever they stand
_NAME_PARTICLES_EN = frozenset({"di", "da", "dos", "das", "do", "du", "del", "della", "ter", "ten", "le", "la", "bin", "ibn"})


def _name_particle_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> bool:
    """English: whether lower-case ``toks[k]`` is a name particle between two capitalised name words, straight on
    ("said Angel di Maria"; not "Bayern do not", "Lee la carte"), or "junior"/"senior" ending a name ("said Hadley
    junior.", not "said Hadley senior adviser")."""
    if toks[k][2] in ("junior", "senior") and prev_word[:1].isupper() and not text[toks[k - 1][1] : toks[k][0]].strip():
        return k + 1 >= len(toks) or bool(text[toks[k][1] : toks[k + 1][0]].strip())  # "said Hadley junior."
    if toks[k][2] not in _NAME_PARTICLES_EN or not prev_word[:1].isupper() or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1][2]
    return nxt[:1].isupper() and nxt[1:2].islower() and not text[toks[k][1] : toks[k + 1][0]].strip() and not (
        text[toks[k - 1][1] : toks[k][0]].strip())


# lower-case words between a possessor and the person of theirs who speaks ("Kompany's former teammate", "Gasser's
# longtime adviser"): at most two of them before the noun
_POSSESSED_MODIFIERS_EN = frozenset({"former", "longtime", "long-time", "old", "new", "late", "younger", "elder", "eldest",
                                     "oldest", "youngest", "close", "personal", "first", "second", "then", "current", "own"})


def _possessed_person_end_en(text: str, toks: list[tuple[int, int, str]], k: int, prev_word: str) -> int | None:
    """English: where ``prev_word`` is a capitalised possessive ("Kompany's") and lower-case ``toks[k]`` opens a person
    of theirs, a relation, role or person noun after at most two modifiers ("wife", "former teammate", "assistant"; "opposite
    number": :func:`_counterpart_after_owner_en`), the end of that noun, or of a name straight after it ("assistant Aaron Danks"); else None.  The
    possessor is who the person belongs to, never the speaker."""
    if toks[k][2].endswith(("'s", "’s")) and is_role_word(toks[k][2][:-2]) and k + 1 < len(toks):
        prev_word, k = toks[k][2], k + 1  # "the Bayern boss's assistant": the boss's, not Bayern's
    elif not (prev_word[:1].isupper() and prev_word.endswith(("'s", "’s")) and len(prev_word) > 3):
        return None
    j = k
    while j < len(toks) and j - k < 2 and toks[j][2] in _POSSESSED_MODIFIERS_EN:
        j += 1
    if j >= len(toks) or any(c in text[toks[i - 1][1] : toks[i][0]] for i in range(k + 1, j + 1) for c in ",.;:!?()\n"):
        return None
    noun = toks[j][2]
    if not (noun.islower() and (relation_noun_en(noun) or person_head_en(noun) or is_role_word(noun)
                                )) or noun.endswith("s"):
        return None  # "Kompany's comments", "Kompany's sons" (more than one)
    end = toks[j][1]
    name = j + 1
    while name < len(toks) and toks[name][2][:1].isupper() and not text[toks[name - 1][1] : toks[name][0]].strip():
        end, name = toks[name][1], name + 1
    return end


def _title_before_comma_en(text: str, toks: list[tuple[int, int, str]], k: int) -> int | None:
    """English: where lower-case title words from ``toks[k]`` (up to three, after a role word the phrase took) end in a
    role word in the singular right before a comma, the end of that role word, so that the name after the comma is read
    as its apposition ("said Ford Motor's chief financial officer, John Lawler"); else None."""
    if k < 1 or not is_role_word(toks[k - 1][2]) or not toks[k - 1][2][:1].islower():
        return None
    for j in range(k, min(k + 3, len(toks))):
        w = toks[j][2]
        if not w[:1].islower() or _VERB_FORM_EN.search(w) and w not in _ROLE_PARTICIPLES_EN or text[toks[j - 1][1] : toks[j][0]].strip():
            return None
        if text[toks[j][1] :].startswith(","):
            return toks[j][1] if is_role_word(w) and not (w.endswith("s") and not w.endswith("ss")) else None
    return None


def _lower_run_start(toks: list[tuple[int, int, str]], k: int) -> int:
    """The first of the lower-case words that run up to ``toks[k]`` (role words the noun phrase took before a word it did
    not: "chief" in "Vantoria chief financial officer Anna Keller"), ``k`` when the word before is capitalised."""
    while k > 1 and toks[k - 1][2][:1].islower():
        k -= 1
    return k


def _titled_name_after_modifier_en(text: str, toks: list[tuple[int, int, str]], i: int, stops: set[str]) -> int | None:
    """English: where capitalised words before ``toks[i]`` open lower-case title words and a name after them ("SPD
    lawmaker Anna Weber", "Cologne carnival parade leader Holger Kirsch", "White House press secretary Karen Whitfield",
    "Berlin's new police chief Anna Lee"), the end of that name; else None.  Every word before must be capitalised ("said
    an aide to SPD lawmaker Anna Weber", "a critic of Cologne …" are the aide and the critic), the title words (at most
    four, :func:`_lower_case_title_np`) must run straight into the name and end in a role word in the singular ("SPD and
    CDU lawmakers Anna Weber and Tom Hill" are two), and none may be a verb form ("said Lee late Tuesday", "via")."""
    lead = 1 if i >= 2 and toks[0][2] in ("the", "a", "an") else 0  # "said the Irish finance minister Sean Walsh" (rv80-6)
    if not all(w[:1].isupper() for _s, _e, w in toks[lead:i]) or not toks[i][2][:1].islower():
        return None
    found = _lower_case_title_np(text, toks[i:], stops)
    if found is None:
        return None
    words = [w for _s, e, w in toks[: i + 1] + [t for t in toks[i + 1 :] if t[1] <= found[1]]]
    start = title_before_name_en(words[lead:])
    start = None if start is None else start + lead
    if start is None or any(w[:1].isupper() for w in words[i:start]):
        return None
    role = words[start - 1]
    if role.endswith("s") and not role.endswith("ss") or any(
            _VERB_FORM_EN.search(w) and w not in _LY_NOUNS_EN and not (w in _ROLE_PARTICIPLES_EN and is_role_word(words[j + 1]))
            and not (w == "signing" and j == start - 1) for j, w in enumerate(words[i:start], i)):
        return None  # not "said Lee late Tuesday"; "Vantoria managing director Anna Keller" holds an office's name
    return found[1]


def _name_goes_on_en(toks: list[tuple[int, int, str]], k: int) -> bool:
    """English: whether lower-case ``toks[k]`` after a capitalised word goes on with that name: an Arabic surname with
    its article ending it ("Saad al-Kaabi"; :func:`arabic_surname_en`) or a particle before a capitalised word
    ("Abdulaziz bin Salman", "Angel di Maria")."""
    w, prev = toks[k][2], toks[k - 1][2]
    if not prev[:1].isupper():
        return False
    if w in _NAME_PARTICLES_EN:
        return k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and toks[k + 1][2][1:2].islower()
    return arabic_surname_en(w.rstrip(".,")) and (k + 1 >= len(toks) or not toks[k + 1][2][:1].isupper())


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
        elif end is not None and _name_goes_on_en(toks, k):
            end = e if w not in _NAME_PARTICLES_EN else end  # "Saad al-Kaabi", "Abdulaziz bin Salman": one name
        elif w == "and" and end is None and coordinated_title_en(toks, k):
            continue  # "economy and climate minister Robert Habeck": one person's two offices
        elif w == "of" and end is None and _department_of_en(toks, k):
            continue  # "head of engineering Tom Hale": the title's department (rv82-4)
        elif (w.lower() not in stops and lower < 4 and (not w.endswith(("ed", "ing")) or w.lower() in _TITLE_PARTICIPLES
                                                         or _role_participle_en(toks, k) or _team_signing_en(toks, k)
                                                         or (k > 1 and toks[k - 1][2] == "of" and is_role_word(toks[k - 2][2])))
              and not _IRREGULAR_PAST_WORD_EN.fullmatch(w)):  # "Anna Lee met Mark Nega": a verb, no title word
            lower += 1  # "former", "adviser" in "former Obama adviser David Axelrod"
        else:
            break
    return (toks[0][0], end) if end is not None else None


# bodies and groups before "and" speak as themselves ("said management and union leader Tom Hill", "government and
# opposition leader X": two sides' statement, never one person's first title)
_COLLECTIVES_EN = frozenset({"police", "staff", "people", "management", "government", "opposition", "union", "party",
                             "board", "team", "club", "family", "company", "firm", "council", "city", "state", "administration",
                             "army", "military", "industry", "business", "school", "hospital", "church", "community", "media",
                             "press", "public", "faculty", "league", "federation", "ministry", "parliament", "congress",
                             "senate", "cabinet", "coalition", "campaign", "committee", "group", "crew", "leadership"})


def _department_of_en(toks: list[tuple[int, int, str]], k: int) -> bool:
    """English: whether "of" at ``toks[k]`` joins a role word to one lower-case word that names no person ("head of
    engineering", "chief of staff") before a capitalised name: one title; not "aide of senator Tom Hill" (two people)."""
    if not (0 < k and k + 2 < len(toks) and is_role_word(toks[k - 1][2])):
        return False
    dept, nxt = toks[k + 1][2], toks[k + 2][2]
    return (dept[:1].islower() and not is_role_word(dept) and not relation_noun_en(dept) and dept.lower() not in ARTICLES
            and nxt[:1].isupper())


def coordinated_title_en(toks: list[tuple[int, int, str]], k: int) -> bool:
    """English: whether "and" at ``toks[k]`` joins two lower-case titles of one person before the name ("economy and
    climate minister Robert Habeck", "co-founder and chief executive Jane Doe", "chief financial and operating officer
    Anna Keller"): a lower-case word that is no plural before it, up to three lower-case words after it ending in a role
    word in the singular, then a capitalised name that no "and" joins to another ("police and fire chiefs", "mother and
    daughter Anna and Lisa Hill": no)."""
    prev = toks[k - 1][2] if k else ""
    if not prev[:1].islower() or (prev.endswith("s") and not prev.endswith("ss")) or prev in _COLLECTIVES_EN:
        return False
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j][2][:1].islower():
        j += 1
    if j == k + 1 or j >= len(toks) or not toks[j][2][:1].isupper():
        return False
    role = toks[j - 1][2]
    if not is_role_word(role) or (role.endswith("s") and not role.endswith("ss")) or toks[k + 1][2] in ("the", "a", "an"):
        return False
    n = j
    while n < len(toks) and toks[n][2][:1].isupper():
        n += 1
    return not (n + 1 < len(toks) and toks[n][2] == "and" and toks[n + 1][2][:1].isupper())


# participles that name an office only before a role noun, a verb otherwise: not title words alone (_TITLE_PARTICIPLES)
_ROLE_PARTICIPLES_EN = ROLE_PARTICIPLES_EN


def _team_signing_en(toks: list[tuple[int, int, str]], k: int) -> bool:
    """English: whether token ``k`` is the noun "signing" right before a capitalised name ("Leverkusen new signing Jonas
    Hofmann"), a player's title, not a verb ("signing Hofmann" after a verb is no title: the caller reads title words
    only between capitalised words)."""
    return toks[k][2] == "signing" and k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and k > 0


def _role_participle_en(toks: list[tuple[int, int, str]], k: int) -> bool:
    """English: whether token ``k`` is a participle of :data:`_ROLE_PARTICIPLES_EN` right before a lower-case role
    noun ("said state returning officer Petra Hagemann"), the office's name, not a verb."""
    return (toks[k][2] in _ROLE_PARTICIPLES_EN and k + 1 < len(toks) and toks[k + 1][2][:1].islower()
            and is_role_word(toks[k + 1][2]))


# words that open a subordinate or relative clause: what follows the comma is not an apposition
_CLAUSE_OPENERS = {
    "dass", "daß", "ob", "weil", "wenn", "als", "damit", "obwohl", "obgleich", "da", "nachdem", "bevor", "während",
    "sodass", "falls", "wie", "wo", "wobei", "womit", "worauf", "was", "welche", "welcher", "welches", "um", "und",
    "oder", "aber", "sondern", "denn", "doch", "er", "sie", "es", "man", "wir", "ich",
    "that", "who", "whom", "whose", "which", "what", "because", "if", "when", "whether", "while", "although",
    "though", "since", "where", "as", "so", "and", "or", "but", "he", "she", "they", "it", "we", "i",
}


# a body's abbreviation in brackets after its first mention ("der Chef der Internationalen Energieagentur (IEA)",
# "des Umweltbundesamts (UBA)", "the International Energy Agency (IEA)"): two to nine letters, at least two capitals
ABBREVIATION_BRACKET = re.compile(r"\s*\((?=(?:[^)]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü&.-]{1,8}\)")


def _with_apposition(text: str, a: int, b: int, limit: int, lang: str) -> int:
    """Extend "der Sprecher des Ministeriums" by ", Max Muster" / "Michael Carpenter" by ", US ambassador ..."; a role
    across its body's bracketed abbreviation too ("der Chef der Internationalen Energieagentur (IEA), Fatih Birol")."""
    bracket = ABBREVIATION_BRACKET.match(text, b, limit)
    if bracket is not None and text[bracket.end() : bracket.end() + 1] == "," and parse_mention(text[a:b], lang)[2] == "role":
        end = _with_apposition(text, a, bracket.end(), limit, lang)
        return end if end > bracket.end() else b
    m = re.match(r",\s*([^,.;:!?()\n\"“”„»«]{2,80}?)\s*(?=[,.;:!?]|$)", text[b:limit])
    if not m:
        return b
    if _TITLE_ABBR.search(m.group(1)) and not re.search(r"(?<![\w’'-])(?:to|of|for|with|and|from|by)\s", m.group(1)):
        # ", Dr. Krause": a title's dot is inside the apposition, the name after it belongs to it
        # (never a pronoun opening the next sentence: "sagte Franz Huber, LAbg. Er ging")
        m = re.match(rf",\s*({re.escape(m.group(1))}\.\s*(?!(?:{_PRONOUN_WORDS})(?![\w’'-]))(?:[A-Z][\w’'-]*\.?\s+){{0,2}}[A-Z][\w’'-]+)(?![\w’'-])",
                     text[b:limit]) or m
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
    if lang == "de" and (first in ("den", "dem", "denen", "dessen", "deren") or first in ("der", "die", "das") and app_kind == "person" and not app_role):
        return b  # "die Frau, die Anna Weber im Wahlkampf besiegt hatte": a relative clause, not an apposition "die Anna Weber"
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


def _before_auxiliaries_en(text: str, clause_start: int, pos: int) -> int:
    """English: where the words between a subject and its verb begin: auxiliaries and adverbs in lower case
    ("Nancy Faeser (SPD) had already said": the end of "(SPD)")."""
    toks = _tokens(text, clause_start, pos)
    while toks and toks[-1][2].islower() and (toks[-1][2] in _AUX_EN or toks[-1][2] in _AUX_LOWER_EN or toks[-1][2] in _ADVERBS_EN
                                              or (toks[-1][2].endswith("ly") and toks[-1][2] not in _LY_NOUNS_EN)):
        pos = toks[-1][0]
        toks = toks[:-1]
    return pos


# a time phrase between an English subject and its verb, ending the text searched ("The White House on Wednesday said",
# "the mayor last week said", "The White House Wednesday said", "the mayor late Monday said"); frames._subject_before_time_en
# reads a name before it, np_before a description or a role.  Never a day that a name holds ("voters on Super Tuesday said",
# "Black Friday", "Easter Sunday")
_DAY_NAMES_EN = "Super Black Cyber Giving Good Easter Palm Ash Holy Maundy Shrove Fat Whit Bloody Spy".split()
TIME_BEFORE_VERB_EN = re.compile("".join(rf"(?<!{w})" for w in _DAY_NAMES_EN) + r"(?<!\s)\s+(?:"
                                 r"(?:(?:on|early|late|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?|(?:early\s+|late\s+)?(?:yesterday|today|tonight)|"
                                 r"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening))\s*$")


def _before_time_phrase_en(text: str, clause_start: int, pos: int) -> int:
    """English: where a time phrase right before ``pos`` begins when a definite description ("The White House on
    Wednesday said": the end of "The White House") or words with a role ("Press secretary Karen Whitfield on
    Wednesday said") stand before it; ``pos`` when there is none, nothing before it, or a bare name, which
    frames._subject_before_time_en weighs ("Tom Bank on Thursday said": a bank or a man)."""
    m = TIME_BEFORE_VERB_EN.search(text, clause_start, pos)
    if m is None or text[m.start() - 1 : m.start()] in ",;:":
        return pos
    words = text[clause_start : m.start()].split()
    if not words or not (words[0] in ("The", "the") or any(is_role_word(w) for w in words)):
        return pos
    if not (words[-1][:1].isupper() or is_role_word(words[-1])):
        return pos  # "The group Tom Reed leads on Monday said", "The firm that Anna Lee founded …": a clause, no subject
    return m.start()


def np_before(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    """The noun phrase ending right before ``pos`` (the subject before a cue verb); a party or
    place in brackets after a name goes with it ("Rep. Earl Blumenauer (D-Ore.) said")."""
    if lang == "en":
        pos = _before_time_phrase_en(text, clause_start, pos)
    m = _PARTY_BRACKET.search(text, clause_start, _before_auxiliaries_en(text, clause_start, pos) if lang == "en" else pos)
    if m and m.start() > clause_start:
        inner = _np_before(text, clause_start, m.start(), lang)
        if inner is not None and inner[1] == _strip_span(text, clause_start, m.start())[1]:
            return inner[0], m.end(1)
    found = _np_before(text, clause_start, pos, lang)
    if lang == "en" and (share := _share_before_en(text, clause_start, pos)) is not None:
        return share  # "to which 21 percent said “not too likely”": the poll's share speaks
    if lang == "en" and found is not None:
        found = _tie_before_preposition_en(text, clause_start, _tie_of_named_en(text, clause_start, found))
        found = _with_role_from_place_en(text, clause_start, _without_leading_pp(text, found))
        found = _name_before_place_en(text, clause_start, found)
        found = _group_before_place_en(text, clause_start, found)
        if found is None:
            return None
        found = _name_before_for_en(text, clause_start, found)
        if found is None or (_PARTY_EN.fullmatch(text, found[0], found[1]) and _FOR_BEFORE_EN.search(text, max(clause_start, found[0] - 5), found[0])):
            return None  # "votes for Labour said": a party after "for" does not speak
        cut = after_dateline_en(text, found[0], found[1])
        if found[0] < cut < found[1] and not text[clause_start : found[0]].strip():
            found = cut, found[1]  # "DAYTON, Ohio — The mayor warned": the dateline is no part of the subject
        found = _from_inner_determiner_en(text, _without_leading_adverbs_en(text, _without_trailing_adverbs_en(text, found)))
        if _second_of_two_names_en(text, clause_start, found):
            return None  # "Bartsch and Gysi wrote", "Procter and Gamble said": both, or a firm; never the second alone
    return found


# a share in percent ending the words before a verb of saying ("21 percent said", "Some 40% say")
_SHARE_BEFORE_VERB_EN = re.compile(r"(?<![\w.,%-])(" + SHARE_OF_PEOPLE_EN.pattern + r")\s*$")
# words after which such a share opens a clause of its own ("and 14 percent said", "to which 21 percent said")
_CLAUSE_OPENERS_EN = frozenset({"and", "but", "while", "which", "whom", "that", "whereas", "when"})


def _share_before_en(text: str, clause_start: int, pos: int) -> tuple[int, int] | None:
    """English: the span of a poll's share in percent that is the whole subject before ``pos``: at the clause's start,
    after a comma, colon or semicolon, or after a word that opens a clause (:data:`_CLAUSE_OPENERS_EN`); not after
    other words ("Prices rose 21 percent said": the share is the rise's)."""
    m = _SHARE_BEFORE_VERB_EN.search(text, clause_start, pos)
    if m is None:
        return None
    before = text[clause_start : m.start(1)].rstrip()
    words = before.split()
    if before and not before.endswith((",", ";", ":")) and words[-1].lower() not in _CLAUSE_OPENERS_EN:
        return None
    return m.start(1), m.end(1)


# determiners that open an English noun phrase of their own
_INNER_DETERMINERS_EN = frozenset({"the", "both", "all", "each", "every", "a", "an"})


def _from_inner_determiner_en(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """English: a subject that ran back over a capitalised word into a noun phrase opened by a determiner after it
    ("At Sky UK as well as RTL both commentators knew", "At RTL the commentator said"): the phrase the determiner
    opens; not after a possessive ("Reuters' the"), nor before a capitalised word ("Alexander the Great")."""
    toks = _tokens(text, span[0], span[1])
    for i in range(1, len(toks) - 1):
        prev, word, nxt = toks[i - 1][2], toks[i][2], toks[i + 1][2]
        if (word in _INNER_DETERMINERS_EN and prev[:1].isupper() and not prev.endswith(("'s", "’s", "'", "’"))
                and nxt[:1].islower() and text[toks[i - 1][1] : toks[i][0]].strip() == ""):
            return toks[i][0], span[1]
    return span


_NAME_AND_BEFORE_EN = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*)\s+(?:and|&)\s+$")


def _second_of_two_names_en(text: str, clause_start: int, span: tuple[int, int]) -> bool:
    """English: whether capitalised ``span`` (no role word in it) follows a capitalised name and "and" ("Bartsch and
    Gysi", "Procter and Gamble"), two people or one firm; a pair of full names is left as it was (several_persons_span:
    "Anna Bartsch and Tom Gysi" both speak)."""
    words = text[span[0] : span[1]].split()
    if not words or not words[0][:1].isupper() or any(is_role_word(w) for w in words):
        return False
    m = _NAME_AND_BEFORE_EN.search(text, max(clause_start, span[0] - 60), span[0])
    if m is None or m.start(1) < clause_start or any(is_role_word(w) or w.lower() in ARTICLES for w in m.group(1).split()):
        return False
    if len(words) >= 2 and len(m.group(1).split()) >= 2:
        return False  # "Edward-Isaac Dovere and Gabriel Debenedetti wrote": two full names, left as they were
    return several_persons_span(text, m.start(1), span[1]) is None


# lower-case words after a name that belong to the verb, not the noun phrase ("Carter however said", "Cruz himself said",
# "Rubio only briefly explained"): adverbs in -ly (but these nouns), reflexives and sentence adverbs
_LY_NOUNS_EN = frozenset("family ally rally supply assembly reply bully daily weekly monthly quarterly elderly lily holly".split())
_ADVERBS_EN = frozenset("""however himself herself themselves itself also too then now still again instead meanwhile later often
never alone though only even today yesterday tonight sometimes always already seldom nevertheless""".split())
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


# sentence adverbs that open a clause before its subject ("Meanwhile Rachel Reeves said", "However the minister said"): no
# first name or surname among them
_SENTENCE_ADVERBS_EN = frozenset("""however meanwhile meantime instead separately still yet also now then later earlier again indeed
thus hence therefore moreover furthermore nevertheless nonetheless additionally similarly likewise elsewhere afterwards afterward
subsequently finally ultimately eventually initially previously recently today yesterday tonight otherwise consequently
accordingly overall privately publicly notably importantly besides""".split())


# capitalised words that end a firm's name and name no one alone ("Now TV", "Sky TV", "Waters Capital")
_FIRM_HEADS_EN = frozenset("TV FM Radio Capital Media Partners Holdings Ventures Studios Network Investments Advisors Advisers "
                           "Pictures Records Labs".split())


def _without_leading_adverbs_en(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """English: a noun phrase opening with sentence adverbs starts after them ("Meanwhile Rachel Reeves" -> "Rachel Reeves",
    "However the minister" -> "the minister"); a span of adverbs alone stays, and so does the last adverb before a firm's
    last word alone, which is the name's first word ("Now TV said": "TV" names no one), and "Still" with no comma before
    capitalised words ending in such a word ("Still Waters Capital said"; "Now Sky TV said": Sky TV)."""
    toks = _tokens(text, span[0], span[1])
    k = 0
    while k < len(toks) - 1 and toks[k][2].lower() in _SENTENCE_ADVERBS_EN:
        k += 1
    if k and k == len(toks) - 1 and toks[k][2] in _FIRM_HEADS_EN:
        k -= 1
    elif k == 1 and toks[0][2] == "Still" and toks[-1][2] in _FIRM_HEADS_EN and all(t[2][:1].isupper() for t in toks[1:]):
        k = 0  # "Still Waters Capital": a concessive "Still" opening a sentence takes a comma; without one it opens the name
    return (toks[k][0], span[1]) if k else span


# an office or a body a candidate runs for ("Anna Lee for Mayor", "Tom Reed for Senate"): a campaign's name
_OFFICES_EN = frozenset("president senate congress mayor governor council parliament assembly sheriff judge "
                        "attorney treasurer chancellor prime".split())
_CAMPAIGN_AFTER_NAME_EN = re.compile(r"\s+for\s+(?:" + "|".join(sorted(_OFFICES_EN)) + r")(?![\w’'-])", re.IGNORECASE)


def campaign_after_name_en(text: str, end: int) -> bool:
    """English: "Tom Reed for Senate", "Anna Lee for Mayor": the name ending at ``end`` opens a campaign's name."""
    return _CAMPAIGN_AFTER_NAME_EN.match(text, end) is not None


# a political party by its usual short name ("Labour", "the Democrats", "the Lib Dems"): someone before "for" it speaks for it
# ("Reeves for Labour said"); a campaign group named "X for <party>" opens with a plural of people ("Students for Labour")
_PARTY_EN = re.compile(r"(?:the\s+)?(?:Labour|Conservatives|Tories|Democrats|Republicans|Liberal\s+Democrats|Lib\s+Dems|Greens|"
                       r"SNP|GOP|UKIP|DUP|SDLP|Plaid\s+Cymru|Sinn\s+F[eé]in|Reform\s+UK|(?:Labour|Conservative|Democratic|Republican|"
                       r"Green|Liberal)\s+Party)")
_FOR_BEFORE_EN = re.compile(r"(?<![\w’'-])for\s+$")
# a capitalised name right before "for" ("Reeves for Labour", "Tom Banks for Reuters"): group 1 the name
_NAME_BEFORE_FOR_EN = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+for\s+$")


def _name_before_for_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: "Tom Banks for Reuters said", "Anna Lee for Labour said": the subject is the full name before "for"
    (a listed first name opening it), who speaks for the paper, team or party after it; not "Airlines for America" (one
    name, joined before), nor a role or organisation word before "for" ("a spokesman for Labour"). A name before
    "for" and an office ("Tom Reed for Senate said") is a campaign: no subject."""
    if not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}", text[span[0] : span[1]]) and not _PARTY_EN.fullmatch(text, span[0], span[1]):
        return span
    m = _NAME_BEFORE_FOR_EN.search(text, max(clause_start, span[0] - 60), span[0])
    if m is None or m.start(1) < clause_start:
        return span
    if text[span[0] : span[1]].split()[0].lower() in _OFFICES_EN:
        return None  # "Bernie Sanders for President said": a campaign speaks, neither the candidate nor the office
    words = m.group(1).split()
    if _title_and_name_en(words):
        return m.end(1) - len(" ".join(words[1:])), m.end(1)  # "Chancellor Reeves for Labour said": the person, not the title
    if any(is_role_word(w) or w.lower() in INSTITUTION_WORDS or w.lower() in ARTICLES for w in words) or org_for_en(words[-1], text[span[0] : span[1]]):
        return span
    if (len(words) < 2 or not first_name_gender_en(words[0])) and not (
            _PARTY_EN.fullmatch(text, span[0], span[1]) and not _plural_before_for_en(words[-1]) and _named_before_en(text, m.start(1), words[-1])):
        return None  # "Ohio for Trump", "Keir Starmer for Labour": a place, group or person, unclear; never who is after "for"
    kept = words
    while len(kept) > 1 and kept[0].lower() in NP_STOP["en"]:
        kept = kept[1:]  # "But Reeves for Labour said", "Yesterday Reeves for Labour": a word opening the clause
    if kept is not words:
        return (m.end(1) - len(" ".join(kept)), m.end(1))
    return (m.start(1), m.end(1)) if parse_mention(m.group(1), "en")[2] == "person" else span


def _title_and_name_en(words: list[str]) -> bool:
    """English: whether capitalised ``words`` before "for" are a title and a person's name ("Chancellor Reeves", "Senator
    Anna Lee"), not a role ("Health Secretary"), an office ("Secretary of State") or a group ("Senator Students")."""
    if len(words) < 2 or not is_role_word(words[0]) or words[0].lower() in ARTICLES:
        return False
    rest = words[1:]
    if any(is_role_word(w) or w.lower() in INSTITUTION_WORDS or w.lower() in NOT_ALONE or _plural_before_for_en(w) for w in rest):
        return False
    return parse_mention(" ".join(rest), "en")[2] == "person"


def _named_before_en(text: str, pos: int, surname: str) -> bool:
    """English: whether ``surname`` follows a listed first name before ``pos`` ("Rachel Reeves ... Reeves for Labour
    said"): the article has named a person so, and a lone "Reeves" before "for" is that person ("In Scotland",
    "Orthodox Jews" name no one)."""
    return any(first_name_gender_en(m.group(1)) for m in re.finditer(rf"(?<![\w’'.-])([A-Z][\w’'-]*)\s+{re.escape(surname)}(?![\w’'-])", text[:pos]))


def _plural_before_for_en(word: str) -> bool:
    """English: whether capitalised ``word`` before "for" is a plural of people or bodies that opens a group's name
    ("Students for Labour", "Women for the GOP", "Republicans for Reform"), not a surname ("Reeves for Labour")."""
    low = word.lower()
    return (low in _PEOPLE_PLURAL_EN - _SURNAME_PLURALS_EN or low in ("men", "women", "people")
            or (org_for_en(word, "X") and not is_role_word(word)) or re.fullmatch(r"[A-Z][a-z]{2,}(?:ans|lims|crats|ists|ites)", word) is not None)


_NAME_IN_PLACE_EN = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]*)\s+(?:in|from|near|on|at|outside)\s+$")


def _name_before_place_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: a capitalised place after "Anna Reed in" is where the speaker is, not the speaker
    ("“…,” Anna Reed in Dayton said"): the noun phrase is the name before the place."""
    if not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}", text[span[0] : span[1]]) or text[span[0] : span[1]].lower() in NOT_ALONE:
        return span  # "Tom Bank on Thursday said": a day is no place
    m = _NAME_IN_PLACE_EN.search(text, max(clause_start, span[0] - 60), span[0])
    if m is None or m.group(1).split()[0].lower() in NOT_ALONE | ARTICLES or not plausible_speaker(m.group(1), "en", True):
        return span
    kind = parse_mention(m.group(1), "en")[2]
    return (m.start(1), m.end(1)) if kind in ("person", "role", "group") else span


# "Tenant groups in Leeds", "Farmers in Bavaria and Saxony", "Teachers across Germany": capitalised words (a place) after
# a preposition of place that follows a noun phrase; group 1: the place
_PLACE_AFTER_GROUP_EN = re.compile(r"(?<=[\w’'.])\s+(?:in|near|across|around|throughout|outside|from)\s+"
                                   r"((?:(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*\s*,\s*)*(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*\s+(?:and|or|&)\s+)?$")
_PLACE_AT_END_EN = re.compile(_PLACE_AFTER_GROUP_EN.pattern[:-1] + r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*$")


def _group_before_place_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: the capitalised words after "Tenant groups in", "Unions in Hamburg and", "Teachers across" are the
    place the speakers are in, never the speaker: the noun phrase before the preposition (which the mention's parse
    reads as a group or role, "Many" as no one), or none when there is none."""
    first = _WORD.match(text, span[0], span[1])
    if first is None or not first.group(0)[:1].isupper() or first.group(0).lower() in ("a", "an", "the", "one"):
        return span  # "A farmer from Ohio": the role with where it is from (_with_role_from_place_en)
    inside = _PLACE_AT_END_EN.search(text[: span[1]], span[0], span[1])
    if inside is not None and inside.start() > span[0]:
        head: int | None = inside.start()  # "Teachers across Germany": one noun phrase with the place at its end
    elif _CAPITALISED_WORDS_EN.fullmatch(text, span[0], span[1]) and not _MONTH_OR_DAY_EN.match(text, span[0], span[1]):
        m = _PLACE_AFTER_GROUP_EN.search(text, max(clause_start, span[0] - 80), span[0])
        head = m.start() if m is not None and m.end() == span[0] else None
    else:
        head = None  # "in September she": no place
    if head is None:
        return span
    group = _np_before(text, clause_start, head, "en")
    if group is not None and re.search(r"\w", text[clause_start : group[0]]):
        return span  # "… was this tweet from Rikkie Wells who tweeted": the clause's subject is elsewhere
    if group is None or group[1] != head:
        return None
    return _without_participle_en(text, group)  # "Anna Lee interviewed in Ohio": the participle opens a clause about her


_CAPITALISED_WORDS_EN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")
_MONTH_OR_DAY_EN = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_ROLE_FROM_PLACE_EN = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:from|in|near|on|at|outside)\s+$")


def _with_role_from_place_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: a place after "a farmer from" is where the speaker is from, not the speaker ("A farmer
    from Ohio said", "a man on King Street said"): the noun phrase takes in the role before it."""
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


def _initial_dot_en(text: str, toks: list[tuple[int, int, str]], lang: str) -> bool:
    """English: whether the dot after the last token ends an initial after a capitalised name ("Thomas K. said": a name
    a court report shortens), not a sentence ("the U.S. said" is left as it was)."""
    if lang != "en" or not toks:
        return False
    last = toks[-1][2]
    return (re.fullmatch(r"[A-Z]", last) is not None and len(toks) >= 2 and re.fullmatch(r"[A-Z][a-z][\w’'-]*", toks[-2][2]) is not None
            and text[toks[-2][1] : toks[-1][0]] == " " and toks[-2][2].lower() not in NP_STOP["en"])


def _vocative_before_en(text: str, rest: list[tuple[int, int, str]], start: int, end: int, pos: int) -> bool:
    """English: whether a lone listed first name and a comma before a definite noun phrase that the verb follows with no
    comma ("Sarah, the governor said", "Tom, the minister told us") address someone: the noun phrase is the subject, the
    name no apposition (an apposition closes with a comma: "Sarah Lee, the governor, said")."""
    return (len(rest) == 1 and first_name_gender_en(rest[0][2]) is not None and text[start : start + 4].lower() == "the "
            and not text[end:pos].strip())


def _np_before(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    toks = _tokens(text, clause_start, pos)
    aux = _AUX_DE if lang == "de" else _AUX_EN
    while toks and (toks[-1][2].lower() in aux or (lang == "en" and toks[-1][2] in _AUX_LOWER_EN)) and not text[toks[-1][1] : pos].strip(" "):
        pos = toks[-1][0]
        toks = toks[:-1]
    if not toks:
        return None
    if any(c in text[toks[-1][1] : pos] for c in ",.;:!?\n" + QUOTE_CHARS):
        # "Der Nationale Sicherheitsrat, Jake Sullivan, bezeichnete": an apposition
        seg = text[toks[-1][1] : pos].strip()
        if seg != "," and not (seg == "." and (_initial_dot_en(text, toks, lang) or (
                lang == "en" and toks[-1][2] in ("Jr", "Sr") and len(toks) >= 2 and toks[-2][2][:1].isupper()))):
            return None  # "Donald Trump Jr. said": the suffix's dot, no sentence end
    stops = NP_STOP.get(lang, NP_STOP["en"])
    last = toks[-1][2]
    if _stop_word(last, stops) and last.lower() not in PRONOUNS.get(lang, set()):
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
            if lang == "en" and _vocative_before_en(text, rest, start, end, pos):
                break  # "Sarah, the governor said last week, “…”": the host speaks to Sarah of the governor
            if len(rest) <= 6 and not any(t[2].lower() in stops and t[2].lower() not in ARTICLES or (lang == "en" and _CLAUSE_CONTRACTION_EN.fullmatch(t[2]))
                                          for t in rest) and not (lang == "en" and _adverbial_before_comma_en(rest)):
                start = rest[0][0]
                break
            break
        if lang == "en" and between in ("' ", "’ ") and w.endswith("s") and w[:1].isalpha():
            start = s  # "rVotes' owner", "the Smiths' lawyer": a plural or s-name's genitive, its noun after it
            i -= 1
            continue
        if any(c in between for c in ",.;:!?()\n" + QUOTE_CHARS) and not (lang == "en" and between == ". " and w in TITLE_ROLE_ABBR):
            break  # not "Sen. Tom Reed", "an aide to Sen. Tom Reed": a title's full stop ("Ms. Banks": the surname alone)
        role_link = (w.lower() in ("to", "of") or (w.lower() == "for" and text[start : start + 1].isupper())) and i >= 2 and (
            is_role_word(toks[i - 2][2]) or (lang == "en" and (relation_noun_en(toks[i - 2][2]) or toks[i - 2][2] in ("close", "staff"))))
        if role_link or (lang == "en" and w == "for" and i >= 2 and org_for_en(toks[i - 2][2], text[start:end])
                         and not (i >= 3 and toks[i - 3][2][:1].isupper() and toks[i - 3][2].lower() not in ARTICLES)):
            # "Airlines for America" (its first word before "for"; not "Bernie Sanders for President")
            start = s
            i -= 1
            continue
        if _stop_word(w, stops) and w.lower() not in ("der", "des", "the", "of", "von"):
            break
        if lang == "en" and not (w[0].isupper() or w.lower() in ARTICLES or w.lower() in ("of", "the") or is_role_word(w) or w.endswith(("’s", "'s"))):
            if (not re.match(r"^[a-z]+(?:-[a-z]+)*$", w) or len(toks) - i > 4) and not (_YEAR.fullmatch(w) and i >= 2 and toks[i - 2][2].lower() in ARTICLES) and not (
                    COUNT_BEFORE_PLURAL_EN.fullmatch(w) and i >= 2 and toks[i - 2][2].lower() == "the" and i == len(toks) - 1
                    and re.fullmatch(r"[a-z]+s", toks[i][2])):
                # not "a 2016 campaign aide": a year after an article; "the 50 states": a count
                break
            # lower-case words inside an English NP ("the former state department spokesman")
        start = s
        i -= 1
    if lang == "en":
        # do not run into the previous clause ("... in the US, the spokesman"): cap at 8 words
        toks_np = _tokens(text, start, end)
        if len(toks_np) > 8:
            start = toks_np[-8][0]
        if _GERUND_AFTER_PREPOSITION_EN.search(text, max(clause_start, start - 12), start) and _GERUND_START_EN.match(text, start, end):
            return None  # "after winning the New Hampshire primaries, said": the object of a preposition, no subject
    return start, end


_TIME_WORDS_EN = frozenset("ago year years week weeks month months day days decade decades century morning evening night".split())


def _adverbial_before_comma_en(rest: list[tuple[int, int, str]]) -> bool:
    """English: whether the words before a comma that opens the clause are a time phrase or hold a sentence adverb ("A
    few years ago, the minister", "Principally, however, one"): an adverbial, no apposition to the noun phrase after."""
    words = [t[2].lower() for t in rest]
    return words[-1] in _TIME_WORDS_EN or any(w in _SENTENCE_ADVERBS_EN or w in _CALENDAR_WORDS_EN for w in words) or _clause_before_comma_en(rest)


# lower-case words a name or a titled name holds ("Friends of the Earth", "Ludwig van Beethoven", "Tom Reed’s lawyer")
_NAME_GLUE_EN = frozenset("of the for and de da di del van von der den la le du bin al y".split())


def _clause_before_comma_en(rest: list[tuple[int, int, str]]) -> bool:
    """English: whether the words before the comma open with a capitalised word that is no article and go on with a
    lower-case word that no name holds and that names no one ("Prices rose sharply, the mayor said": a clause, never
    apposed to "the mayor"; "Ann Lee, the mayor", "Tom Reed’s lawyer, Ann Lee", "Friends of the Earth, the group" stay)."""
    first = rest[0][2]
    if not first[:1].isupper() or first.lower() in ARTICLES or first.lower() in _DETERMINER_ONLY:
        return False
    return any(w[:1].islower() and w.isalpha() and w not in _NAME_GLUE_EN and not (is_role_word(w) or relation_noun_en(w) or person_head_en(w))
               for _s, _e, w in rest[1:])


_GERUND_AFTER_PREPOSITION_EN = re.compile(r"(?<![\w-])(?:after|before|since|by|of|for|in|on|at|from|with|without|about|despite|while)\s+$")
_GERUND_START_EN = re.compile(r"[a-z]{2,}ing\s")


_INFINITIVE_BEFORE_EN = re.compile(r"(?<![\w-])(?:to|would|will|could|can|should|might|may|must|did|does|do)\s+$")
# a lower-case word that opens no noun phrase (no article, determiner, possessive or number), then a determiner or
# possessive: a verb and its object ("reboot his campaign", "fix the problem")
_BARE_VERB_START_EN = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|all|both|each|every|"
                                 r"other|many|several|former|senior|top|local|state|federal)\s)[a-z]+\s+"
                                 r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|all)\s")


_TITLE_ABBR = re.compile(r"(?:" + alternation(TITLE_ABBR) + r")$")
_PRONOUN_WORDS = alternation({w.capitalize() for ws in PRONOUNS.values() for w in ws} | {"Es", "It", "I"})
# ... and the words whose dot goes on with the mention: those titles and "St." of a place ("der St. Galler
# Regierungsrat", "St. Louis Mayor Tishaura Jones")
# and a degree's faculty after such a title ("Dr. med. Anna Roth", "Dipl.-Ing. Dr. techn. Franz Huber")
_DOT_IN_MENTION = re.compile(r"(?<![\w-])(?:" + alternation(TITLE_ABBR | {"St"}) + r")(?:\.\s*(?:" + alternation(DEGREE_QUALIFIERS) + r"))*$")
_NAME_AFTER_TITLE = re.compile(r"\.?\s*((?:[A-Z][\w’'-]*\.?\s+){0,2}[A-Z][\w’'-]+)")


_DETERMINER_ONLY = {"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "der", "die", "das", "ein", "eine"} | QUANTIFIERS
_NP_WORD = re.compile(r"\s+([\w](?:[\w’'-]|\.(?=\w))*)")
_NP_END = {"who", "which", "that", "whose", "whom", "and", "or", "but", "of", "in", "on", "at", "for", "to", "from", "with", "by",
           "as", "is", "are", "was", "were", "has", "had", "have", "will", "would", "could", "can", "should", "may", "might",
           "der", "die", "das", "den", "dem", "des", "und", "oder", "im", "am", "mit", "von", "vom", "zu", "bei",
           "ist", "sind", "war", "hat", "hatte", "habe", "sei", "wird", "wurde", "also", "auch", "then", "dann", "later", "not", "nicht"}
_CUE_WORDS_EN = {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "argued", "explained",
                 "sagte", "sagt", "erklärte", "betonte", "meinte", "fügte"}


_CLAUSE_AFTER_PARTICIPLE_EN = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:as|in|at|on|by|for|to|from|with|near|outside|inside|during|after|before|"
                                         r"since|across|around|throughout)(?![\w’'-])")
_EMERITUS_IN_MENTION_DE = re.compile(r"[A-ZÄÖÜ][\w-]*\s+(?:em|emer|i|i\.\s?R)$")  # "Bischof em. Anton Frei" (rv76-3)
_EMERITUS_WORD_DE = re.compile(r"(?<=\w)\s+" + _STATUS_AFTER_TITLE_DE + r"\.(?=\s+[A-ZÄÖÜ])(?!\s+(?:Er|Sie|Es|Der|Die|Das|Wir|Ich|Man)\b)")  # read without it: the name after the title
_PARTY_IN_MENTION_DE = re.compile(_PARTY_IN_BRACKETS_DE + r"(?=\s+[A-ZÄÖÜ])")


def _without_title_asides_de(mention: str) -> str:
    """German: a mention as its name is read, without "em." / "i. R." after a title and a party in brackets between
    an office and the name ("Bischof em. Anton Frei", "Nationalrat (SVP) Beat Imhof": rv76-3, rv76-10)."""
    return _PARTY_IN_MENTION_DE.sub("", _EMERITUS_WORD_DE.sub("", mention))


_SENTENCE_END_IN_MENTION = re.compile(r"(?<=\w)[.!?]\s+(?=[A-ZÄÖÜ])")


def _whole_mention(text: str, a: int, b: int, lang: str = "en") -> tuple[int, int]:
    """Repair a mention cut at an abbreviation or apostrophe: "Mr" of "Mr. Clyburn" takes in the
    name; "s campaign" of "Trump’s campaign" takes in the owner."""
    for m in _SENTENCE_END_IN_MENTION.finditer(text, a, b):
        if not _DOT_IN_MENTION.search(text[a : m.start()]) and not re.search(r"(?:^|[\s.])[A-Z]$", text[a : m.start()]) and not (
                lang == "de" and _EMERITUS_IN_MENTION_DE.search(text, a, m.start())):
            b = m.start()  # "the 58-year-old. Normally": the mention ends with its sentence
            break
    m_acr = re.match(r"\.(?:[A-Z]\.)+(?:\s+[A-Z][\w-]+){0,3}", text[b:]) if re.search(r"(?:^|\s)[A-Z]$", text[a:b]) else None
    m_initial = re.match(r"\.(?:\s+[A-Z]\.)*\s+[A-Z][\w’'-]+(?:\s+(?:Jr|Sr|III|II|IV)(?![\w’'-]))?", text[b:]) if re.search(r"[A-Z][\w-]+\s+(?:[A-Z]\.)*[A-Z]$", text[a:b]) else None
    if m_initial and lang == "de" and _noun_after_initial_de(text, b + m_initial.end()):
        m_initial = None  # "wirft Thomas K. Betrug in 1400 Fällen vor": an anonymised name, then a noun of the clause
    if m_acr and b - a > 1:
        b += m_acr.end()  # "the U" -> "the U.S. Defense Department"
    elif m_initial:
        b += m_initial.end()  # "Laurence H" -> "Laurence H. Tribe", "Karim A. A. Khan": middle initials, not a sentence end
    elif (_TITLE_ABBR.search(text[a:b]) and b - a <= 4) or (b - a == 1 and text[a].isupper() and text[b : b + 1] == "."):
        m_name = _NAME_AFTER_TITLE.match(text, b)  # "Mr. Clyburn", "C. Stewart Verdery Jr."
        if m_name:
            b = m_name.end(1)
    elif text[a:b].lower() in _DETERMINER_ONLY:
        # "the" of "the gambling tycoon said", "a" of "a friend told": the noun phrase after it
        k, n = b, 0
        alone = text[a:b].lower() in QUANTIFIERS  # "another warned": a word that stands alone, then its verb
        for m in _NP_WORD.finditer(text, b):
            if m.start() != k or n >= 5:
                break
            w = m.group(1).lower()
            nxt = _NP_WORD.match(text, m.end()) if alone else None
            verb_next = alone and (nxt is None or nxt.group(1).lower() in _NP_END)
            if w in _NP_END or (w.endswith("ed") and (n > 0 or verb_next) and m.group(1)[:1].islower()) or w in _CUE_WORDS_EN:  # not "Reed"
                break
            if n > 0 and _IRREGULAR_PARTICIPLE_EN.fullmatch(m.group(1)) and _CLAUSE_AFTER_PARTICIPLE_EN.match(text, m.end(1)):
                break  # "a councillor known as Big Tom", "a man seen in the video": the participle opens a clause about the person
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
        if m.group(0).lower() in prons and not name_particle(text, a + m.start(), a + m.end()):
            found = (a + m.start(), a + m.end())
    return found


def name_particle(text: str, a: int, b: int) -> bool:
    """Whether the lower-case word ``text[a:b]`` stands between two capitalised words of a name ("Union Générale
    Tunisienne du Travail", "Confédération Générale du Travail"): a particle, never the pronoun it spells."""
    return (text[a:b].islower() and re.search(r"[A-ZÀ-ÖØ-Þ][\w'’-]*\s+\Z", text[max(0, a - 40) : a]) is not None
            and re.match(r"\s+[A-ZÀ-ÖØ-Þ]", text[b : b + 3]) is not None)


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


def _noun_after_initial_de(text: str, end: int) -> bool:
    """German: whether the capitalised word ending at ``end``, right after a first name and an initial, is the
    thing charged in a "jemandem etwas vorwerfen / zur Last legen" clause ("Die Anklage wirft Thomas K. Betrug in
    1400 Fällen vor"): an anonymised name, then the charge, no surname ("George W. Bush sagte")."""
    start = max(text.rfind(".", 0, max(0, end - 60)), text.rfind("\n", 0, end), 0)
    stop = min(x for x in (text.find(".", end), text.find("\n", end), len(text)) if x >= 0)
    before, after = text[start:end], text[end:stop]
    return bool(_CHARGE_VERB_DE.search(before) and _CHARGE_TAIL_DE.search(after))


_CHARGE_VERB_DE = re.compile(r"(?<![\w-])(?:wirft|warf|werfen|warfen|legt|legte|legen|legten)\s")
_CHARGE_TAIL_DE = re.compile(r"(?<![\w-])(?:vor|zur\s+Last)\s*$")


_CONJUNCTION_LEAD_DE = re.compile(r"(?:Wie|Als|Wenn|Weil|Nachdem|Obwohl|Während)\s+(?=\S)")
_QUESTION_WORDS_DE = frozenset({"wer", "was", "wen", "wem", "wessen", "wo", "wie", "warum", "wann", "welche", "welcher"})
# a comparison fronted before a verbless colon frame ("Ähnlich Peter Krause:", "Ebenso die Gewerkschaft:", "Ganz anders
# die SPD:"): the adverb opens the clause, the name or noun phrase after it speaks; "Anders" only before an article or a
# first name ("Anders Fogh Rasmussen" keeps his first name)
_COMPARISON_LEAD_DE = re.compile(r"(?:Ganz\s+[Aa]nders|(?:Ganz\s+)?[ÄäAa]hnlich|Ebenso|Genauso|Anders(?=\s+(?:der|die|das|den|dem)\s))\s+(?=\S)")
# "Ganz" intensifying the adverb or adjective after it ("Ganz anders sieht es X", "Ganz klar ist für X"): no one's name
# ("Ganz sagte" keeps the surname)
_INTENSIFIER_DE = re.compile(r"Ganz(?=\s+(?:anders|ähnlich|klar|deutlich|offen|genau|gleich|besonders|sicher|gelassen|ohne|im|in|und|oder)(?![\w-]))")


def _comparison_lead_de(text: str, a: int, b: int) -> re.Match[str] | None:
    """German: the fronted comparison before a mention (:data:`_COMPARISON_LEAD_DE`); "Anders" also before a listed
    first name ("Anders Peter Krause:")."""
    m = _COMPARISON_LEAD_DE.match(text, a, b)
    if m is None and text.startswith("Anders ", a) and (nxt := _WORD.match(text, a + 7, b)) is not None:
        return re.compile(r"Anders\s+").match(text, a, b) if first_name_gender_de(nxt.group(0)) is not None else None
    return m


_HONORIFIC_BEFORE_EN = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")
# "the attorney for ", "a daughter of ": lower-case words of a role or tie right before such a complement
_TIE_BEFORE_EN = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+$")


def _someone_for_honorific_en(text: str, a: int, b: int) -> int | None:
    """English: where "the attorney for Mr." begins when a surname (``text[a:b]``) follows an honorific left out of the
    span after a complement whose noun is a tie or role ("the lawyer for Ms. Sherry said"): that one speaks, unnamed;
    None otherwise ("Ms. Banks said", "According to Ms. Banks")."""
    m_hon = _HONORIFIC_BEFORE_EN.search(text, max(0, a - 6), a)
    if m_hon is None:
        return None
    if (m_ing := _PARTICIPLE_BEFORE_EN.search(text, max(0, m_hon.start() - 24), m_hon.start())) is not None:
        m_tie = _TIE_BEFORE_EN.search(text, max(0, m_ing.start() - 40), m_ing.start())
        if m_tie is not None and serving_participle_en([m_tie.group(1), m_ing.group(1), text[a:b]], 1):
            return m_tie.start()  # "a lawyer representing Mr. Reed said": the lawyer
    if (m_comp := _COMPLEMENT_BEFORE_EN.search(text, max(0, m_hon.start() - 12), m_hon.start())) is None:
        return None
    m_tie = _TIE_BEFORE_EN.search(text, max(0, m_comp.start() - 40), m_comp.start())
    if m_tie is not None and m_tie.group(1).endswith("ing") and (
            m_head := _TIE_BEFORE_EN.search(text, max(0, m_tie.start(1) - 40), m_tie.start(1))) is not None:
        if serving_participle_en([m_head.group(1), m_tie.group(1), text[a:b]], 1):
            return m_head.start()  # "a lawyer working for Mr. Reed said": the lawyer
    if m_tie is None or not (relation_noun_en(m_tie.group(1)) or is_role_word(m_tie.group(1))):
        return None
    return m_tie.start()


def _after_honorific_en(text: str, a: int, b: int, parsed: tuple[str, str | None, str | None, str]
                        ) -> tuple[int, str, str | None, str | None, str]:
    """English: (start, mention, name, role, kind) of a mention ``text[a:b]`` read as ``parsed`` (mention, name, role,
    kind), mended where an honorific stands right before it, left out of the span."""
    mention, name, role, kind = parsed
    if (tie := _someone_for_honorific_en(text, a, b)) is not None:
        return tie, text[tie:b], None, text[tie:b], "role"  # "the attorney for Mr. Reed said": the attorney, unnamed
    if kind in ("role", "group") and (m_hon := _HONORIFIC_BEFORE_EN.search(text, max(0, a - 6), a)) \
            and surname_after_honorific_en(["Mr", *mention.split()]) and not _COMPLEMENT_BEFORE_EN.search(text, max(0, m_hon.start() - 12), m_hon.start()):
        # "Ms. Sherry said", "Ms. Banks said": the honorific left out of the span, a surname; never the owner in
        # "the lawyer for Ms. Banks", "a friend of Dr. Banks", "an aide to Mrs. Banks": the lawyer speaks, not Banks
        return a, mention, mention, None, "person"
    return a, mention, name, role, kind


_PARTICIPLE_BEFORE_EN = re.compile(r"(?<![\w-])([a-z]{2,}ing)\s+$")  # "representing " in "a lawyer representing Mr. Reed"
_COMPLEMENT_BEFORE_EN = re.compile(r"(?<![\w-])(?:for|of|to|with|by|from|about|against)\s+$", re.I)  # "a lawyer for ", "close to "


# plural nouns for people in -er that are common surnames too: after "die" and next to a verb in the singular a woman
_SURNAME_PLURAL_DE = frozenset({"Fischer", "Jäger", "Schüler", "Winzer", "Händler", "Spieler"})
# any German cue verb form, one word ("sagte", "erklärt", "schrieb"; "sagten", "gesagt" too: see _singular_die_surname_de)
_CUE_WORD_DE = re.compile("|".join(f"(?:{pat})" for pat in CUES_DE.values()), re.IGNORECASE)
# finite verbs in the plural that make a cue form next to them a participle or infinitive ("haben die Fischer erklärt")
_PLURAL_FINITE_DE = frozenset({"haben", "hatten", "sind", "waren", "werden", "wurden", "wollen", "wollten", "sollen",
                               "sollten", "können", "konnten", "müssen", "mussten", "dürfen", "durften"})
_CLAUSE_BREAK_DE = re.compile(r"[,.;:!?()\[\]\"„“”»«–—]")


def _nearest_cue_de(words: list[str]) -> str | None:
    """The first cue verb form among ``words`` (nearest to the mention first), or None; "" when a plural finite
    verb comes first."""
    for w in words:
        if w.lower() in _PLURAL_FINITE_DE:
            return ""
        if _CUE_WORD_DE.fullmatch(w):
            return w.lower()
    return None


def _singular_die_surname_de(text: str, a: int, b: int) -> str | None:
    """German: "die Fischer" in a clause whose nearest verb of saying is in the singular ("sagte die Fischer",
    "sagte heute die Fischer", "Die Fischer sagte:"): one woman of that surname; None for the plural ("sagten
    heute die Fischer"), a participle ("haben die Fischer gesagt") or no verb of saying in reach."""
    m = re.fullmatch(r"[Dd]ie\s+([A-ZÄÖÜ][a-zäöüß]+)", text[a:b])
    if m is None or m.group(1) not in _SURNAME_PLURAL_DE:
        return None
    before = _CLAUSE_BREAK_DE.split(text[max(0, a - 60) : a])[-1]
    after = _CLAUSE_BREAK_DE.split(text[b : b + 60])[0]
    verbs = [_nearest_cue_de(re.findall(r"[^\W\d_]+", before)[::-1][:4]), _nearest_cue_de(re.findall(r"[^\W\d_]+", after)[:4])]
    found = [v for v in verbs if v is not None]
    singular = [v for v in found if v and not v.endswith("n") and not v.startswith("ge")]
    return m.group(1) if found and len(singular) == len(found) else None


def _plural_verb_surname_de(text: str, a: int, b: int) -> bool:
    """German: a lone word of :data:`_SURNAME_PLURAL_DE` right after a verb in the plural preterite ("sagten
    Fischer aus Kiel"): people, not one man of that surname."""
    before = re.search(r"(?<![\w-])([a-zäöüß]+ten)\s+$", text[max(0, a - 30) : a])
    return before is not None and text[a:b] in _SURNAME_PLURAL_DE


# an apostrophe closing a word in -s, -x or -z: a German genitive ("der Sprecher Markus'", "ein Sprecher Airbus'")
_APOSTROPHE_GENITIVE_DE = re.compile(r"['’](?![\w'’])")
# a relative clause inside a mention, its pronoun before a preposition ("Die Ministerin, die zu Merkel"): no apposition
_RELATIVE_TO_SOMEONE_DE = re.compile(r",\s+(?:der|die|das)\s+(?:zu|gegenüber|mit|vor|bei|an|über)\s")
_LEADING_ARTICLE_DE = re.compile(r"^(?:[Dd](?:er|ie|as|es|em|en)|[Ee]ine?[mnrs]?)\s+")
_SOMEONE_ALONE_EN = frozenset({"another", "one", "others"})  # the subject of a cue on its own ("“…,” said another", "Others shouted"): unnamed
# after it only the end of the clause or a verb of saying ("said another.", "One said,"): not "one who believes", "one would say"
_SOMEONE_THEN_EN = re.compile(r"\s*(?:[.,;:!?\"”’]|\Z)|\s+(?:" + "|".join(sorted(_CUE_WORDS_EN)) + r"|[a-z]+ed)\b")
_AS_ONE_EN = re.compile(r"(?<![\w-])(?:as|like|than)\s+\Z", re.I)  # "as one who …": a comparison, no speaker


_PARTICIPLE_BY_EN = re.compile(r"(?:[A-Z]|[A-Z][a-z]*[^\We])ed\s+by\s")



def _paper_in_marks_de(text: str, a: int, b: int, reading: tuple[str | None, str | None, str]) -> tuple[str | None, str | None, str]:
    """German: a mention of one to four words standing in marks ("schreibt die „Rheinische Post“"): a paper's name,
    whole, the body that speaks (never "Rheinische" as a person); ``reading`` for any other mention."""
    mention = text[a:b]
    if a > 0 and text[a - 1] in "„»\"" and text[b : b + 1] in ("“", "«", "\"") and 1 <= len(mention.split()) <= 4:
        return mention.strip(), None, "group"
    return reading


def _parse_in_text(text: str, a: int, mention: str, lang: str) -> tuple[str | None, str | None, str]:
    """``parse_mention`` of the mention at ``a``, an initial written without its dot read as one ("A Rahman")."""
    initial = _initial_without_dot(text, a, mention, lang)
    said = "A." + mention[1:] if initial else mention
    name, role, kind = parse_mention(_without_title_asides_de(_GENDER_MARK_DE.sub(r"\1", said)) if lang == "de" else said, lang)
    if initial and name and name.startswith("A. "):
        name = "A " + name[3:]  # as written: "A Rahman"
    return name, role, kind


_A_INITIAL = re.compile(r"A\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s*(?:,|$))")
# a word right before a name that makes it no person's name again: "a Tory ... the Tory", "another Tory"
_DETERMINER_BEFORE_EN = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ne|[Ee]ach|[Ee]very|[Ss]ome|[Tt]his|[Tt]hat)|[’']s)\s+\Z")


def _initial_without_dot(text: str, a: int, mention: str, lang: str) -> bool:
    """Whether a mention "A Rahman" (", a farmer") opens with an initial written without its dot (fx128).  German has
    no article "A": always.  English: only inside its sentence (a capital "A" after a quote's frame, '," A Rahman
    said', "said A Rahman"; a sentence's first word is an article: "A spokesman said", "A Tory said:"), where the
    text writes the surname again as a name, before a comma or a verb of saying ("Rahman said", not after "a", "the",
    "another": "a Tory ... the Tory said") or an age follows it ("A Rahman, 54,")."""
    m = _A_INITIAL.match(mention)
    if m is None or lang not in ("de", "en"):
        return False
    if lang == "de":
        return True
    before = text[:a].rstrip()
    if not before or before[-1] in ".!?:\n" or (before[-1] in "\"“'‘" and len(before) > 1 and before[-2] in ".!?:\n "):
        return False
    word = m.group(1)
    again = any(not _DETERMINER_BEFORE_EN.search(text, max(0, w.start() - 12), w.start())
                for w in re.finditer(rf"(?<![\w.-]){re.escape(word)}(?=\s*[,;]|\s+(?:said|says|told|added|who)\b)", text)
                if not a <= w.start() < a + len(mention))
    return again or re.match(r"A\s+\w+,\s+\d{1,3}\s*,", text[a:]) is not None


def make_speaker(text: str, span: tuple[int, int] | None, lang: str, strict: bool = False, no_cue: bool = False) -> Speaker | None:
    """The speaker of mention ``span``, or None when it is no plausible speaker (``strict``: see
    :func:`_strict_speaker`; ``no_cue``: the subject of a clause without a cue verb, where a lone
    German noun is a thing unless the text names it as a surname)."""
    if span is None:
        return None
    a, b = _strip_span(text, *span, chars=" \t\n,;:–—-")
    if b <= a:
        return None
    a, b = _whole_mention(text, a, b, lang)
    if lang == "de" and (m_pp := _WORD.match(text, a, b)) and m_pp.group(0).lower() in _PP_OPENERS_DE:
        return None  # "an die Mitarbeiter", "mit dem Minister": a prepositional phrase is no speaker
    if lang == "de" and (m_conj := _CONJUNCTION_LEAD_DE.match(text, a, b) or _comparison_lead_de(text, a, b)) and m_conj.end() < b:
        a = m_conj.end()  # "Wie de Maizière darlegte", "Wie Norman Paech feststellt": the conjunction opens the clause
    if lang == "de" and (text[a:b].lower() in _QUESTION_WORDS_DE or (b - a == 4 and _INTENSIFIER_DE.match(text, a))):
        return None  # "Wer", "Was": a question or relative word, no one's name; "Ganz anders": an intensifier
    if a >= 1 and text[a - 1] in "’'" and text[a] in "sS" and (a + 1 == b or not text[a + 1].isalpha()):
        return None  # "s release" of "the video's release": a contraction tail whose owner is no name
    if lang == "en" and re.fullmatch(r"[A-Z][a-z]+ing", text[a:b]) and (
            _PARTICIPLE_START.match(text[a : b + 12]) or _gerund_subject_en(text, a, b) or text[a:b] == "Having"):
        # "Smiling, Mrs. Clinton …", "Appearing on …": an opening participle, not a name; "Polling shows that …":
        # a gerund the text never names again, before no verb in the past, is a thing ("Browning said" stays a name);
        # "Having said that, …": a perfect participle
        return None
    if lang == "en" and _PARTICIPLE_BY_EN.match(text, a, b + 4) and " " not in text[a:b] and first_name_gender_en(text[a:b]) is None:
        return None  # "Led by X, …": an opening participle, no name
    m_lead = _LEADING_DISCOURSE.match(text, a, b)
    if m_lead and m_lead.group(1).lower() in NOT_ALONE and m_lead.end() < b:
        a = m_lead.end()  # "No, it", "However, the parade": a discourse word opens the sentence, not the mention
    comma = text.find(",", a, b)
    if lang == "en" and comma > 0 and _opening_participle_en(text, a, b, comma) and not _name_before_apposition_en(text, a, b):
        a = _strip_span(text, comma + 1, b)[0]  # "Continuing his speech, Clinton": the participle clause is no part of it
    mention = text[a:b]
    if lang == "en" and mention.lower() in _SOMEONE_ALONE_EN and not no_cue and _SOMEONE_THEN_EN.match(text, b) and not _AS_ONE_EN.search(text, max(0, a - 8), a):
        return Speaker(mention=mention, start=a, end=b, role=mention, resolved_from="role")  # "“…,” tweeted another": someone new
    if not plausible_speaker(_without_title_asides_de(mention) if lang == "de" else mention, lang, strict):
        cut = _before_verb(text, a, b, lang)
        if cut is not None and plausible_speaker(text[cut[0] : cut[1]], lang, strict):
            a, b = cut  # "Haas said he", "Ed Varga may": the noun phrase before the verb
        else:
            pron = _pronoun_inside(text, a, b, lang)
            if pron is None:
                return None  # "Normally", "t" of "doesn't", "Der", "I must": not a speaker
            a, b = pron  # "night he", "what she": the pronoun is the subject
        mention = text[a:b]
    if no_cue and (_unknown_lone_noun(text, a, b, lang) or text[a:b].lower() == "it"):
        # "Methode", "Angst", "Druck": a German noun standing alone, not a surname; "it" speaks only as the subject of a
        return None  # speech verb ("…,” it added), never as a clause's subject
    a, b, b_alone = (*_with_others_joined(text, a, _gender_suffix_end_de(text, b) if lang == "de" else b, lang), b)
    mention = text[a:b]
    if lang == "de" and (rel := _RELATIVE_TO_SOMEONE_DE.search(text, a, b)):
        b = rel.start()  # "Die Ministerin, die zu Merkel sagte:": the relative pronoun speaks, the one spoken to does not
        mention = text[a:b]
    name, role, kind = _parse_in_text(text, a, mention, lang)
    if lang == "de" and coordinated_pair_de(mention, bare=b > b_alone):
        name, role, kind = _pair_reading_de(mention, name, role, kind)
    if lang == "de" and kind == "group" and (woman := _singular_die_surname_de(text, a, b)) is not None:
        name, role, kind = woman, None, "person"  # "sagte die Fischer": one woman, not the fishermen
    elif lang == "de" and kind == "person" and _plural_verb_surname_de(text, a, b):
        name, role, kind = None, mention, "group"  # "sagten Fischer aus Kiel": fishermen, no Mr Fischer
    elif lang == "de" and kind == "person" and role and _APOSTROPHE_GENITIVE_DE.match(text, b) and mention.endswith(("s", "x", "z")):
        name, role, kind = None, _LEADING_ARTICLE_DE.sub("", mention), "role"  # "der Sprecher Markus'": Markus's spokesman, unnamed
    name, role, kind = _paper_in_marks_de(text, a, b, _genitive_reading_de(text, mention, (name, role, kind), a, b)) if lang == "de" else (name, role, kind)
    if lang == "en" and kind in ("person", "role", "group"):
        a, mention, name, role, kind = _after_honorific_en(text, a, b, (mention, name, role, kind))
    b, mention, name, role, kind = titled_holder(text, a, b, lang, (mention, name, role, kind))  # "head of safety Ellen Marsh"
    sp = Speaker(mention=mention, start=a, end=b, name=name, role=role)
    if kind in ("pronoun", "role"):
        sp.resolved_from, sp.name = kind, None
    elif kind == "group":
        sp.id = "org:"  # marks a group; the id proper is set by normalise_speakers
    return sp


def _genitive_reading_de(text: str, mention: str, parsed: tuple[str | None, str | None, str], a: int, b: int
                         ) -> tuple[str | None, str | None, str]:
    """German: mention ``text[a:b]``'s (name, role, kind) with a one-word name in the genitive read as what it is
    (:func:`genitive_stem_de`): its base form ("nach Meinung Russlands": Russland), or, after a role noun, someone of that
    person, unnamed ("Der behandelnde Arzt Lahms": Lahm's doctor)."""
    name, role, kind = parsed
    stem = genitive_stem_de(text, name, a, b) if name and kind in ("person", "group") else None
    if stem is None:
        return parsed
    return (None, _LEADING_ARTICLE_DE.sub("", mention), "role") if role and kind == "person" else (stem, role, kind)


def genitive_stem_de(text: str, name: str, a: int, b: int) -> str | None:
    """German: a one-word name in the genitive of mention ``text[a:b]`` ("nach Meinung Russlands", "nach Aussagen Gordons",
    "Nach Grupps Meinung", "Angaben des ZDFs"): after a noun or "des", or before a noun; whose base form the text also names
    (Russland, Michael Gordon): that base form.  None otherwise, for a first name ("Hans", "Jonas") and for a base form that
    is one ("Peters" beside "Peter Müller")."""
    if " " in name or len(name) < 4 or not name.endswith("s") or name.endswith("ss") or not name[:1].isupper():
        return None
    stem = name[:-1]
    if first_name_gender_de(stem) is not None or first_name_gender_de(name) is not None:
        return None
    at = max(a, text.rfind(name, a, b))
    before = _GENITIVE_BEFORE_DE.search(text, max(0, at - 40), at)
    if not ((before is not None and first_name_gender_de(before.group(1)) is None) or text[a:b].startswith(("des ", "eines "))
            or _NOUN_AFTER_GENITIVE_DE.match(text, b)):
        return None
    return stem if re.search(r"(?<![\w-])" + re.escape(stem) + r"(?![\w'’-])", text) else None


_GENITIVE_BEFORE_DE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß-]+)\s+\Z")  # "Meinung", "Angaben", "Arzt": a noun (no first name) before it
_NOUN_AFTER_GENITIVE_DE = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+(?:\s+[a-zäöüß]|\s*[,.;:])")  # "Grupps Meinung werden", "Schäubles Idee soll"


# German gender forms written with a colon, star or underscore ("Sprecher:in", "Bürger*innen"): one word, the mark dropped
# for reading the name; after a role cut at the mark, the mark and what the noun phrase goes on with
_GENDER_MARK_DE = re.compile(r"(?<=[a-zäöüß])[:*_](in|innen)(?![\w-])")
_GENDER_SUFFIX_AFTER_DE = re.compile(r"(?<=[a-zäöüß])[:*_](?:in|innen)(?![\w-])(?:\s+(?:des|der|von|vom)\s+[A-ZÄÖÜ][\w-]*|"
                                     r"(?:\s+[A-ZÄÖÜ][\w'’-]*){1,3}(?=\s*[,.;:!?)]|\s+[a-zäöüß]|\s*$))?")


def _gender_suffix_end_de(text: str, b: int) -> int:
    """German: the end of a mention cut at a gender mark ("Sprecher" of "Sprecher:in Alex Weber", "eine Sprecher:in des
    Innenministeriums"): past the mark and what the noun phrase goes on with."""
    gender = _GENDER_SUFFIX_AFTER_DE.match(text, b)
    return gender.end() if gender is not None else b


# English: a second person with a title of lower-case words after a person ("… and finance minister Christian Lindner"),
# ending the clause (a stop, a comma, a preposition): a verb after it opens a clause of its own ("… and opposition leader
# Friedrich Merz agreed": he agreed, the first spoke)
_TITLED_SECOND_EN = re.compile(r"\s+and\s+((?:[a-z][\w-]*\s+){1,4})[A-Z][\w’'-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+"
                               r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|on|at|during|after|before|from|with|of|for)\s)")


def _with_others_joined(text: str, a: int, b: int, lang: str) -> tuple[int, int]:
    """The span of mention ``text[a:b]`` with those it is joined to as one subject: "sagten Max Müller und Anna Schmidt"
    (:func:`several_persons_span`), German "Die Stadt und der Landkreis teilten mit" (:func:`coordinated_subject_de`):
    both speak, not the first alone."""
    several = several_persons_span(text, a, b)
    if several is not None:
        return several
    if lang == "en" and (pair := _TITLED_SECOND_EN.match(text, b)) is not None and any(
            is_role_word(w) for w in pair.group(1).split()) and last_of_several_en(text[a : pair.end()]):
        return a, pair.end()  # "said economy minister Robert Habeck and finance minister Christian Lindner": both speak
    pair_end = coordinated_subject_de(text, a, b) if lang == "de" else None
    return (a, pair_end) if pair_end is not None else (a, b)


def _pair_reading_de(mention: str, name: str | None, role: str | None, kind: str) -> tuple[str | None, str | None, str]:
    """German: (name, role, kind) of a coordinated subject (:func:`coordinated_subject_de`): two bodies, the pair by its
    words less the articles ("Die Stadt und der Landkreis Oberhavel": "Stadt und Landkreis Oberhavel"); a person or role
    in it ("Paul Krause und der Landrat"): a role, no name of either alone; a pair of people of known first names is left
    to :func:`several_persons`."""
    first, second = re.split(r"\s+(?:und|sowie)\s+", mention, maxsplit=1)
    if _person_in_pair_de(first) or _person_in_pair_de(second):
        return None, mention, "role"
    if " " not in first + second and not (organisation_de(first) or organisation_de(second)) and (
            parse_mention(first, "de")[2] == parse_mention(second, "de")[2] == "person"):
        return None, mention, "role"  # "sagten Keller und Brandt": two people by their surnames, neither one alone
    return " ".join(w for w in mention.split() if w.lower() not in ("der", "die", "das")), None, "group"


def _person_in_pair_de(mention: str) -> bool:
    """German: whether one noun phrase of a coordinated subject names a person: a role ("der Landrat", "ihr
    Bürgermeister"), a first name and surname ("Paul Krause") or a title and a surname ("Kanzler Scholz"), not a body
    or place ("der Landkreis Oberhavel")."""
    name, role, kind = parse_mention(mention, "de")
    first = (name or "").split()[:1]
    if kind == "person" and role is not None and is_role_word(role.split()[-1]):
        return True  # "Kanzler Scholz", "Präsident Macron": a title and a surname
    return kind == "role" or (kind == "person" and bool(first) and first_name_gender_de(first[0]) is not None)


_POSSESSIVE_BEFORE_EN = re.compile(r"(?<![\w-])(?:his|her|their|its|my|our|your)\s+$", re.I)
_ASIDE_AFTER_NAME_EN = re.compile(r"\s*([^,]{1,60}),\s*(?:during|in|at|on|after|before|while|speaking|appearing|writing|"
                                  r"addressing|asked|interviewed)\b[^;:]*,$")


# a character of an apposition part: no comma but the thousands comma of a figure ("a town of 80,000 near Kaiserslautern", rv75-11)
_NO_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}(?!\d)))"


def _np_before_skipping_relative(text: str, clause_start: int, pos: int, lang: str) -> tuple[int, int] | None:
    pre = text[clause_start:pos].rstrip()
    m_rel = re.search(r"(,?)\s*\b(?:who|which)$", pre) if lang == "en" else None
    if m_rel:
        # "Mike Lee, who declared …", "Rikkie Wells who tweeted": the relative pronoun's antecedent speaks
        head = clause_start + m_rel.start()
        ante = np_before(text, clause_start, head, lang)
        if ante is not None:
            # "Haas attacked Lena Orlov of Ohio, who …": the antecedent starts after the verb before it
            verbs = [t for t in _tokens(text, ante[0], ante[1]) if t[2][:1].islower() and (re.search(r"(?:ed|s)$", t[2])
                     or _IRREGULAR_PAST_WORD_EN.fullmatch(t[2])) and t[2].lower() not in ("of", "as", "his", "its")]
            if verbs:
                ante = _strip_span(text, verbs[-1][1], ante[1])
        kind = parse_mention(text[ante[0] : ante[1]], lang)[2] if ante is not None and ante[1] > ante[0] else None
        if ante is not None and kind == "group" and _POSSESSIVE_BEFORE_EN.search(text, max(0, ante[0] - 8), ante[0]):
            return None  # "because of his Mexican heritage, who …": a thing of someone's, no one who speaks
        if ante is not None and kind in ("person", "role", "group"):
            return ante
        return None
    if pre.endswith(","):
        m = re.search(rf",\s*(?:who|which|der|die|das)\b{_NO_COMMA}*,$", pre) or (
            re.search(r",\s*whose\b.*,$", pre) if lang == "en" else None)  # "Mr. Slinker, whose start-up, Paradata, …, said"
        if m:
            found = np_before(text, clause_start, clause_start + m.start(), lang)
            if found is None and lang == "en":  # "Harry Bond, 30, of Raleigh, N.C., who …": the name opening the chain
                found = np_after(text, clause_start, clause_start + m.start(), lang, at_start=True)
            if (lang == "en" and found is not None and _POSSESSIVE_BEFORE_EN.search(text, max(0, found[0] - 8), found[0])
                    and re.match(r",\s*who\b", m.group(0)) and parse_mention(text[found[0] : found[1]], lang)[2] == "group"):
                return None  # "because of his Mexican heritage, who fights …, claims": a thing of someone's, not who speaks
            return found
        aside = _ASIDE_AFTER_NAME_EN.match(pre) if lang == "en" else None
        if aside:  # "Reed, during a town hall meeting in Columbus, Ohio, said": the name before the aside speaks
            lead = np_after(text, clause_start, clause_start + aside.end(1), lang, at_start=True)
            if lead is not None and parse_mention(text[lead[0] : lead[1]], lang)[2] in ("person", "role"):
                return lead
        m2 = re.search(rf"({_NO_COMMA}{{1,80}}),\s*({_NO_COMMA}{{1,160}}),$", pre)
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
    if lang == "en" and found is not None:
        found = _before_relative_object_en(text, clause_start, found)
    if lang == "en" and found is not None:
        found = _before_participle_en(text, clause_start, found)
        if found is not None and _INFINITIVE_BEFORE_EN.search(text, max(clause_start, found[0] - 8), found[0]) and \
                _BARE_VERB_START_EN.match(text, found[0], found[1]):
            return None  # "how he planned to reboot his campaign, saying": a verb after "to" and its object, no subject
    return found


# "who" / "that" and one to three lower-case words (its verb) right before a name, an honorific between: the name is
# the object of a relative clause ("the lawyer who represents Mr. Reed said", "the woman who beat Tom Reed said")
_RELATIVE_VERB_BEFORE_EN = re.compile(r"(?<![\w-])(?:who|that)\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.\s+)?$")


def _before_relative_object_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: the subject before a verb of saying whose nearest name is the object of a relative clause ("a lawyer
    who represents Tom Reed said"): the relative pronoun's antecedent when it is a person or role ("a lawyer"), else
    none; ``span`` otherwise."""
    m = relative_object_en(text, clause_start, span)
    if m is None:
        return span
    ante = np_before(text, clause_start, m.start(), "en")
    if ante is None or parse_mention(text[ante[0] : ante[1]], "en")[2] not in ("person", "role"):
        return None  # "those who know Tom Reed said": someone, never Tom Reed
    return ante


def relative_object_en(text: str, clause_start: int, span: tuple[int, int]) -> re.Match[str] | None:
    """English: the relative pronoun and verb before the first capitalised word of ``span`` when that name is the
    object of a relative clause inside the clause ("the woman who beat Tom Reed"); else None."""
    cap = next((t[0] for t in _tokens(text, span[0], span[1]) if t[2][:1].isupper()), span[0])
    m = _RELATIVE_VERB_BEFORE_EN.search(text, max(clause_start, cap - 80), cap)
    return m if m is not None and m.start() > clause_start else None


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


_PLACE_PP_EN = re.compile(r"(?:^|\s)(?:in|at|inside|outside|near|among|behind|from|with)\s+$")  # "with": "A man with a knife"


def _before_place_pp_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: a noun phrase before the verb that is the object of a place preposition ("a young
    volunteer in the hall wondered", "a teacher at the school asked") is where the speaker is, not who
    speaks: the noun phrase before the preposition is the subject; never the place (None when there
    is no such noun phrase)."""
    m = _PLACE_PP_EN.search(text, clause_start, span[0])
    if m is None or m.end() != span[0]:
        return span
    if parse_mention(text[span[0] : span[1]], "en")[2] == "person":
        return _role_before_place_en(text, clause_start, m.start() + (1 if text[m.start()].isspace() else 0), span)
    if m.group(0).split()[0] == "with" and re.match(r"\s+[a-z]+ing\b", text[span[1] : span[1] + 20]):
        return span  # "with one of her ads asking", "with a voice over saying": the object of "with" speaks
    head = np_before(text, clause_start, m.start() + (1 if text[m.start()].isspace() else 0), "en")
    if head is not None:
        head = _without_participle_en(text, head)
    if head is not None and m.group(0).split()[0] in ("from", "by") and text[head[0] : head[1]].split()[-1].lower() in DOC_WORDS:
        return head[0], span[1]  # "A statement from the White House said": the whole, whose document's author speaks
    if head is None or not plausible_speaker(text[head[0] : head[1]], "en"):
        return span
    return head


def _role_before_place_en(text: str, clause_start: int, prep: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """English: the role noun phrase before a place preposition whose object ``span`` looks like a name ("A man with
    Tom Reed said", "A spokesman in Washington said"): the role speaks, not the place; none when the role's own words
    read as a name ("The researcher of the foundation Wissenschaft und Politik (SWP) in Berlin explained"); ``span``
    when no role opens the clause before the preposition."""
    head = np_before(text, clause_start, prep, "en")
    if head is None or head[1] != _strip_span(text, clause_start, prep)[1] or re.search(r"\w", text[clause_start : head[0]]):
        return span
    words = text[head[0] : head[1]].split()
    if len(words) < 2 or words[0].lower() not in ARTICLES:
        return span
    if parse_mention(text[head[0] : head[1]], "en")[2] == "role":
        return head
    return None if is_role_word(words[1]) else span


# past participles with no -ed that open a reduced relative clause after a noun ("the man seen in the video")
_IRREGULAR_PARTICIPLE_EN = re.compile(r"(?:seen|shown|known|born|held|caught|shot|hit|hurt|struck|found|kept|taken|given|"
                                      r"chosen|written|sworn|hidden|bitten|thrown|sent|left|brought|built|met|told|heard|quoted)")


def _without_participle_en(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """English: noun phrase ``span`` before a place preposition or "with" without the past participle (or "familiar")
    at its end ("The farmer named in the report", "The man arrested at the scene", "Tom Reed quoted in the report",
    "An official familiar with the talks"): the participle opens a
    clause about the person, the noun or name before it is who speaks.  Only after a capitalised word or a noun for a
    person (a role, a tie, "man", "farmer")."""
    toks = _tokens(text, span[0], span[1])
    if len(toks) < 2:
        return span
    last, prev = toks[-1][2], toks[-2][2]
    if not (last.islower() and (re.fullmatch(r"[a-z]{2,}ed", last) or _IRREGULAR_PARTICIPLE_EN.fullmatch(last) or last == "familiar")):
        return span
    if (last in _TITLE_PARTICIPLES and last != "familiar") or text[toks[-2][1] : toks[-1][0]].strip():
        return span
    person = prev[:1].isupper() and prev.lower() not in ARTICLES
    if not (person or is_role_word(prev) or relation_noun_en(prev) or person_head_en(prev)
            or prev.lower() in _PEOPLE_PLURAL_EN or prev.lower() in ("people", "men", "women", "children", "source", "sources", "person")):
        return span
    return span[0], toks[-2][1]


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
                   "later", "again", "then", "today", "yesterday", "however",
                   # a contrast after the verb ("sagte dagegen Alexander Throm", "sagte hingegen der Minister")
                   "dagegen", "hingegen", "wiederum", "indes", "indessen"}

_SKIP_AT_START = {"auch", "doch", "und", "aber", "so", "denn", "nun", "also", "and", "but", "yet",
                  "selbst", "sogar", "ausgerechnet", "ebenfalls"}  # German focus particles before a subject

_PREPS = {"als", "von", "vom", "as", "of", "about", "über", "to", "zu", "zum", "zur", "mit", "with", "for", "für", "in",
          "im", "on", "auf", "an", "am", "at", "by", "from", "aus", "nach", "vor", "the", "a", "der", "die", "das",
          "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "and", "or", "oder", "that", "dass",
          "um", "ohne", "gegen", "durch", "bis", "seit", "wegen", "trotz", "bei", "beim", "unter", "hinter", "neben"}

# "Asked about …, Trump said", "Continuing, he …", "Based on …": an English participle opens the sentence
# (not "Reed, the mayor …" or "Jared, …": names ending in -ed)
_PAST_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|said|told|wrote|spoke|thought|felt|knew|saw|took|gave|made|came|went|was|had)\b")


# verbs of saying that a thing may also head ("Polling shows / suggests / finds that …"): after an -ing word, no sign of a name
_THING_CUES_EN = {"show", "suggest", "indicate", "find", "report", "estimate", "predict", "predict2", "confirm", "reveal", "signal",
                  "threaten", "promise", "promise2", "read", "begin", "continue", "put", "offer", "expect", "demand", "call", "echo"}


def _gerund_subject_en(text: str, a: int, b: int) -> bool:
    """English: whether the capitalised -ing word ``text[a:b]`` opens its sentence before a lower-case verb in no
    past form and stands nowhere else in the text: a gerund subject ("Polling shows that …"), a thing; a surname
    is named again, stands after its verb ("Browning said", "…,” said Sewing") or right before a verb of saying
    that needs a person ("Sewing says", "Manning adds:", "Fleming insists")."""
    if text[:a].rstrip()[-1:] not in ("", ".", "!", "?", "\n") or not _ing_before_present_verb_en(text, a, b):
        return False
    once = len(re.findall(r"(?<![\w-])" + re.escape(text[a:b]) + r"(?![\w-])", text)) <= 1
    return once and not _speech_verb_after_en(text, b)


def _ing_before_present_verb_en(text: str, a: int, b: int) -> bool:
    """English: whether ``text[a:b]`` is a capitalised -ing word before a lower-case verb in no past form."""
    return bool(re.fullmatch(r"[A-Z][a-z]+ing", text[a:b]) and re.match(r"\s+[a-z]", text[b : b + 2])) and \
        not _PAST_VERB_AFTER.match(text, b)


def lone_gerund_name_en(text: str, a: int, b: int) -> bool:
    """English: whether ``text[a:b]`` is a capitalised -ing word right before a present-tense verb ("Sewing says",
    "Housing tells") that the text never writes after a first name or title ("Christian Sewing", "Mr. Sewing"): a
    surname or an everyday gerund ("Housing tells a different story"), no sure name."""
    word = text[a:b]
    if not _ing_before_present_verb_en(text, a, b):
        return False
    before = r"(?<![\w-])(?!(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your)\b)[A-Z][a-z]+\.?\s+"
    return re.search(before + re.escape(word) + r"(?![\w-])", text) is None


def _speech_verb_after_en(text: str, b: int) -> bool:
    """English: whether the word right after ``b`` is a verb of saying that a person heads ("says", "added", "insists")."""
    verb = b + len(text[b:]) - len(text[b:].lstrip())
    cues = find_cues(text, verb, min(len(text), verb + 30), "en")
    return bool(cues) and cues[0].start == verb and cues[0].lemma not in _THING_CUES_EN


def _opening_participle_en(text: str, a: int, b: int, comma: int) -> bool:
    """English: whether mention ``text[a:b]`` opens with a participle clause that ends at ``comma``, with words after it."""
    return bool(_PARTICIPLE_START.match(text[a:b]) or _participle_before_name_en(text, a, comma)) and bool(text[comma + 1 : b].strip())


def _participle_before_name_en(text: str, a: int, comma: int) -> bool:
    """English: an opening participle whose object is a name, set off by a comma ("Addressing Judge Helen Marsh,
    Hargreaves said"): the -ing word is no first name ("Sterling Hayden, the actor") and nothing but capitalised words
    follow it up to the comma."""
    m = re.match(r"([A-Z][a-z]{2,}ing)\s+((?:[A-Z][\w.’'-]*\s*)+)$", text[a:comma])
    return m is not None and first_name_gender_en(m.group(1)) is None and m.group(1) not in _ING_NAMES_EN


_ING_NAMES_EN = frozenset({"Browning", "Manning", "Fleming", "Harding", "Irving", "Channing", "Deming", "Golding", "Cushing",
                           "Kipling", "Redding", "Spalding", "Sterling", "Stirling", "Hastings", "Downing", "Fielding",
                           "Gehring", "Doering", "Goering", "Behring", "Wing", "King", "Ring", "Young", "Long"})


_PARTICIPLE_START = re.compile(
    r"^\s*(?!(?:Jared|Ahmed|Mohammed|Mohamed|Muhammed)\b)[A-Z](?:[a-z]+ing|[a-z]{2,}ed)(?:\s*,|\s+[a-z]{3,}ly\b|\s+(?:about|by|to|on|in|at|for|from|with|of|into|over|after|up|out|back|through|"
    r"before|during|outside|inside|alongside|under|across|near|against|behind|around|between|among|amid|without|within|"
    r"toward|towards|onto|upon|whether|if|what|why|how|who|when|where|which|his|her|their|its|the|a|an|this|that|as|been)\b)")


_APPOSITION_AFTER_NAME_EN = re.compile(r"[A-Z][a-z]+,\s+(?:a|an|the)\s")


def _name_before_apposition_en(text: str, a: int, b: int) -> bool:
    """"Alfred, a farmer from Ohio, said": one capitalised word, then an apposition with an article that
    a comma closes before the verb; the word is the name, not a participle ("Worried, the mayor said")."""
    return bool(_APPOSITION_AFTER_NAME_EN.match(text, a, b)) and bool(re.match(r"\s*,\s*[a-z]", text[b : b + 4]))


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


# German abstract-noun suffixes: "Erfahrungen", "Befugnis", "Sanktionen" are things, not surnames
_ABSTRACT_NOUN = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|nis|nisse|tion|tionen|tät|täten|ismus)$")

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
    if lang == "en" and _SENTENCE_INSIDE.search(text, sp.start, sp.end):
        return False  # “Go! Go! Go!”: sentences, no name
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
    return (k >= 0 and len(before) - k <= 3 and bool(find_cues(text, before[k][0], before[k][1], "de"))) or (
        DE.object_in_clause and _object_in_clause_de(text, sp))


# verbs of saying and the preposition that opens the words they report, wherever the verb stands in the clause
# ("sprach am Montag von „…“", "warnte in Berlin vor dem „…“"), and separable verbs of reproach whose particle
# closes the clause after the words ("warf dem Minister „…“ vor"): facts of German valency
_PREP_OF_CUE_DE = {"sprechen": "von", "reden": "von", "schwärmen": "von", "warnen": "vor", "drohen": "mit"}
_PARTICLE_OF_CUE_DE = {"vorwerfen": "vor", "vorhalten": "vor", "entgegenhalten": "entgegen"}
_PREP_BEFORE_MARKS_DE = re.compile(r"(?<![\w-])((?i:von|vom|vor|mit))\s+(?:(?:eine[mnr]?|ein|der|dem|den|die|das)\s+)?"
                                   r"(?:[a-zäöüß][\wäöüß-]*\s+){0,2}$")
_CLAUSE_END_AFTER_DE = r"(?:\s+[^\s,.;:!?„“”\"«»]+){0,4}?\s+%s(?=\s*(?:[,.;:!?)]|$))"


def _object_in_clause_de(text: str, sp: QuoteSpan) -> bool:
    """German: the words in marks are what the clause's verb of saying reports, though other words stand
    between them: its preposition right before them ("Die Ministerin sprach am Montag von „Zeitenwende und
    Neuanfang“", fronted: "Von „…“ sprach der Minister") or its particle closing the clause after them
    ("Die Grünen werfen dem Minister „…“ vor").
    A capitalised adjective before a capitalised word („Deutschen Bank“) is a name's, and stays one."""
    words = _WORD.findall(text[sp.start : sp.end])
    if any(w[:1].isupper() and _ADJECTIVE_DE.fullmatch(w.lower()) and nxt[:1].isupper() for w, nxt in zip(words, words[1:])):
        return False
    lo = max(0, sp.open_pos - 200)
    start = max(lo, *(text.rfind(ch, lo, sp.open_pos) + 1 for ch in ",;:.!?\n"))
    m = _PREP_BEFORE_MARKS_DE.search(text, start, sp.open_pos)
    if m is not None:
        prep = "von" if m.group(1).lower() == "vom" else m.group(1).lower()
        if any(_PREP_OF_CUE_DE.get(c.lemma) == prep for c in find_cues(text, start, m.start(), "de")):
            return True
        verb = find_cues(text, sp.outer_end, min(len(text), sp.outer_end + 40), "de")[:1]
        if verb and not text[start : m.start()].strip() and not text[sp.outer_end : verb[0].start].strip() and (
                _PREP_OF_CUE_DE.get(verb[0].lemma) == prep):
            return True  # "Von „…“ sprach der Minister": the object fronted, the verb right after it
    for c in find_cues(text, start, min(len(text), sp.outer_end + 200), "de"):  # a cue's particle may close the clause
        particle = _PARTICLE_OF_CUE_DE.get(c.lemma)
        if particle and c.end <= sp.open_pos and re.match(_CLAUSE_END_AFTER_DE % particle, text[sp.outer_end : sp.outer_end + 80]):
            return True
    return False


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


_NAME_COLON_LINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}:[ \t]+(?:(?=\S)[^\n]*)?$")


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


_SENTENCE_INSIDE = re.compile(r"\w[!?]+\s+\w")
_DOUBLE_QUOTED = re.compile(r"[“”\"]|''")


def _subhead_en(text: str, sp: QuoteSpan) -> bool:
    """English: a paragraph that is nothing but a short phrase in single marks, in a text that sets its
    quotes in double marks ("\n'A change of heart.'\n"): American papers use single marks in headlines
    and section heads only, so this is a heading over the next section, not speech there; a text that
    sets its speech in single marks (British style) has no double marks to tell them apart."""
    if text[sp.open_pos] not in "'\u2018" or sp.close_pos is None or len(_WORD.findall(text, sp.start, sp.end)) > 12:
        return False
    if "''" in (text[sp.open_pos : sp.open_pos + 2], text[sp.close_pos - 1 : sp.close_pos + 1]):
        return False  # ''…'': the New York Times' double mark
    line_start = text.rfind("\n", 0, sp.open_pos) + 1
    line_end = text.find("\n", sp.close_pos)
    if text[line_start : sp.open_pos].strip() or text[sp.close_pos + 1 : len(text) if line_end < 0 else line_end].strip():
        return False
    return len(_DOUBLE_QUOTED.findall(text)) >= 2


# a sentence end before the words in marks: what stands before it is no noun the marks may name
_SENTENCE_END_BEFORE_DE = re.compile(r"[.!?][“”\"»«]?\s+(?=\S)")


def _window_start(text: str, open_pos: int, clause: bool, outer_end: int | None = None) -> int:
    """Where the words a title detector reads before an opening mark start: 40 characters back; for German
    words in marks that hold a finite verb (``clause``) not before the end of the sentence before ("Kritik kam
    von der Gewerkschaft. „Das ist ein Irrweg“, sagte sie": "Gewerkschaft" names no title, the quote opens its
    own sentence; "Sie kaufte die Zeitung. „Die Zeit“ berichtet" still reads "Zeitung"), unless that sentence
    ends in a work's noun and no comma follows the closing mark ("Er las aus dem Buch. „…“ ist sein Werk.")."""
    a = max(0, open_pos - 40)
    if not clause:
        return a
    ends = [m for m in _SENTENCE_END_BEFORE_DE.finditer(text, a, open_pos + 1) if not _abbreviation_before(text, m.start())]
    if not ends:
        return a
    word = re.search(r"([\wäöüß-]+)$", text[a : ends[-1].start()])
    work = word is not None and any(word.group(1).lower().endswith(n) for n in _WORK_NOUNS_DE)
    if work and outer_end is not None and text[outer_end : outer_end + 1] != ",":
        return a
    return ends[-1].end()


# nouns of works whose title may open the next sentence ("… vom Album. „Rote Rosen“ wurde ein Hit.")
_WORK_NOUNS_DE = ("album", "buch", "lied", "film", "roman", "song", "oper", "stück", "serie", "sendung", "show", "podcast",
                  "gedicht", "theaterstück", "hörspiel", "musical", "single", "platte", "bühnenwerk")


def _abbreviation_before(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or a number ("Dr.", "3.") rather than a sentence."""
    word = re.search(r"(\S+)$", text[max(0, dot - 12) : dot])
    return word is not None and (word.group(1).isdigit() or len(word.group(1)) <= 2 or word.group(1).lower() in _ABBREV_DE_SHORT)


_ABBREV_DE_SHORT = frozenset({"bzw", "usw", "vgl", "ca", "evtl", "inkl", "prof", "str", "nr", "bspw", "ggf", "sog"})


# a verb that names what stands right after it in marks: "Ihr Album heißt „Glas“", "Das Stück nennt sich „Heimweh“",
# "the album is called “Glass”" (not "he called it “a disgrace”", "es heißt: …", "the move was called “reckless”")
_NAMING_SLOT = {"de": re.compile(r"(?<![\w-])(?:hei(?:ßt|ßen|ß|ssen)|hießen?|nenn(?:t|en)\s+sich|nannten?\s+sich)\s*$"),
                "en": re.compile(r"(?<![\w-])(?:is|was|are|were|be|been)\s+(?:now\s+|simply\s+|also\s+)?(?:called|named|titled|entitled)\s*$", re.I)}


def _named_by_verb(text: str, sp: QuoteSpan, words: list[str], inner: str, lang: str, clause: bool) -> bool:
    """A short capitalised name in marks right after a verb that names it ("heißt", "nennt sich", "is called"): a
    title, no one's words.  Not after a German verb of praise ("lobte „Die Mannschaft spielt großartig“" is a quote,
    pr41-1: the praise reading was taken back)."""
    if len(words) > 8 or inner[-1:] in ".!?…;:," or "nested" in sp.flags or clause or lang not in _NAMING_SLOT:
        return False
    lead = text[max(0, sp.open_pos - 40) : sp.open_pos]
    if lang == "en":
        if re.match(r"[”\"’']?\s*,?\s*by\s", text[sp.end : sp.end + 8]):
            return False  # "were called “Enemies of the State” by Interior Minister Tom Berg": a label given (pr41-9)
        return _NAMING_SLOT["en"].search(lead) is not None and _title_case_en(words) and not any(
            w.lower() in ("i", "we", "you", "he", "she", "they", "it") for w in words)
    if not words[0][:1].isupper():
        return False
    return _NAMING_SLOT["de"].search(lead) is not None


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
    # „Das ist ein Irrweg“, „Wir stehen dahinter“: words with a finite verb or a subject pronoun, a clause
    clause = lang == "de" and any(w.lower() in _FINITE_DE or w.lower() in ("ich", "wir", "du", "man") for w in words)
    before = [t[2].lower() for t in _tokens(text, _window_start(text, sp.open_pos, clause, sp.outer_end), sp.open_pos)][-3:]
    if lang == "de" and DE.role_title_after_als and before and before[-1] == "als" and _role_title_de(text, sp, words):
        return True  # "präsentiert sich als „Wissenschaftlicher Berater / Stellvertretender Vorsitzender“": a job title
    if words and _named_by_verb(text, sp, words, inner, lang, clause):
        return True  # "Ihr Album heißt „Glas“", "Her new album is called “Glass”"
    if before and before[-1] in ("als", "as", "wie", "called", "nannte", "nennt", "genannt", "dubbed", "termed"):
        return False  # "hält die Beschäftigung in einem Verein als „gelungenes Beispiel …“": words someone chose
    if lang == "de" and DE.name_like_object and before and before[-1] in ("das", "dies", "es") and len(before) >= 2 and before[-2] in _NAMING_VERBS_DE:
        return False  # "Der Minister nannte das „Wortbruch …“": the object pronoun, then the words he chose

    def title_noun(w: str) -> bool:  # "Buch", "Preises", "Rolling-Stones-Tour"
        return any(x in TITLE_NOUNS or x.rstrip("s") in TITLE_NOUNS for x in (w, w.split("-")[-1]))

    if lang == "en" and _subhead_en(text, sp):
        return True
    if lang == "en" and _SENTENCE_INSIDE.search(inner):
        return False  # “Go! Go! Go! Go”, “Why not? We can”: a sentence ends inside the marks, someone's words
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
    if lang == "de" and (_publication_after_preposition_de(text, sp, words, clause) or _outlet_reporting_de(text, sp, words, clause)):
        return True
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


_NP_GLUE_DE = ARTICLES | {"des", "der", "dem", "den", "eines", "einer", "einem", "von", "vom"}

# a publication named after the word that says whom or where someone spoke ("sagte Moser gegenüber «Blick»",
# "sagte er dem «Tages-Anzeiger»", "laut «20 Minuten»", "im «Tages-Anzeiger»")
_PUBLICATION_SLOT_DE = frozenset({"gegenüber", "dem", "laut", "in", "im"})


# verbs a paper is the subject of ("schreibt die „Welt“", "meint die „taz“", "berichtet der „Spiegel“")
_OUTLET_VERBS_DE = frozenset({"schreiben", "berichten", "melden", "kommentieren", "meinen"})
_AFTER_OUTLET_DE = re.compile(r"\s*(?:[:,.;]|$|(?:in|im|am|unter|mit|dazu|zudem|weiter|ebenfalls)\s)")


def _outlet_reporting_de(text: str, sp: QuoteSpan, words: list[str], clause: bool) -> bool:
    """German: one word in marks right after a verb of writing or reporting and its definite article, then a colon, a
    comma, the end or a phrase of place ("In ihrem Leitartikel schreibt die „Welt“:", "meint die „taz“ in ihrem
    Kommentar"): the paper that writes, no one's words ("kritisierte die „Bazooka“": another verb, a chosen word)."""
    if clause or len(words) != 1 or not _AFTER_OUTLET_DE.match(text, sp.outer_end):
        return False
    before = _tokens(text, max(0, sp.open_pos - 40), sp.open_pos)[-2:]
    if len(before) != 2 or before[1][2] not in ("die", "der", "das") or text[before[1][1] : sp.open_pos].strip():
        return False
    cues = find_cues(text, before[0][0], before[0][1], "de")
    return bool(cues) and cues[0].lemma in _OUTLET_VERBS_DE and not text[before[0][1] : before[1][0]].strip() and (
        verb_second_after_frame_de(text, before[0][0]))


# what may stand before a verb whose subject follows it: the quote and its comma, or an adverbial ("Dazu", "In ihrem
# Leitartikel", "Am Montag"); not a subject ("Merz meint die „Brandmauer“": the paper is the object)
_ADVERBIAL_OPENING_DE = re.compile(r"(?:In|Im|Am|An|Auf|Bei|Beim|Nach|Vor|Zum|Zur|Dazu|Darin|Dort|Hier|Zudem|Auch|Heute|Gestern|"
                                   r"Bereits|Zuvor|Später|Nun|Jetzt|Außerdem|Weiter|Ebenso)(?![\w-])")


def verb_second_after_frame_de(text: str, verb_start: int) -> bool:
    """German: whether the verb at ``verb_start`` comes right after a quote and its comma or after an adverbial that
    opens its sentence, so that the noun phrase after it is its subject."""
    head = text[max(0, verb_start - 120) : verb_start]
    stripped = head.rstrip()
    if not stripped or stripped[-1] in ",“”\"»«:":
        return True
    sent = re.split(r"[.!?\n]\s+", head)[-1].lstrip("„“”\"»« ")
    return _ADVERBIAL_OPENING_DE.match(sent) is not None


def _publication_after_preposition_de(text: str, sp: QuoteSpan, words: list[str], clause: bool) -> bool:
    """German: a name of one to four words in marks right after gegenüber/laut (dem/in/im: after a verb of
    saying, "sagte er dem «Blick»", "sagte im «Tages-Anzeiger»"), each word capitalised
    or a number but the glue ("NZZ am Sonntag"), no verb or subject pronoun and no punctuation but a hyphen in
    it: a newspaper or broadcaster's name, no one's words."""
    before = _tokens(text, max(0, sp.open_pos - 30), sp.open_pos)[-1:]
    if clause or not before or before[0][2].lower() not in _PUBLICATION_SLOT_DE or text[before[0][1] : sp.open_pos].strip():
        return False
    if before[0][2].lower() not in ("gegenüber", "laut"):
        # dem/in/im: only right after a verb of saying and its subject ("sagte Hans Moser dem «Blick»"), not in a
        # clause of its own ("er sagte, er traue dem «Frieden» nicht") nor after another verb ("stimmte dem «Deal» zu")
        cues = find_cues(text, max(0, sp.open_pos - 80), before[0][0], "de")
        gap = text[cues[-1].end : before[0][0]] if cues else ","
        if re.match(r"\s+(?:vor|zu|ab|an|ein|aus|entgegen)\b", text[sp.outer_end : sp.outer_end + 12]):
            return False  # "warf dem «Verräter» vor", "stimmte dem «Deal» zu": the object of another verb
        subject = _WORD.findall(gap)  # nothing, a pronoun or a capitalised name: "warnte vor dem „…“" is no such slot
        if re.search(r"[,;:.!?«»„“”\"]", gap) or len(subject) > 3 or not all(
                w[:1].isupper() or w in ("er", "sie", "es", "wir", "ich") for w in subject):
            return False
    if not 1 <= len(words) <= 4 or not re.fullmatch(r"[\w\s-]+", text[sp.start : sp.end].strip()):
        return False
    ends = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or w.lower() not in _NP_GLUE_DE | {"am", "an", "und"}]
    return all(w[:1].isupper() or w[:1].isdigit() for w in ends)

# a news agency in a dateline's brackets: "(AP)", "(Reuters)", "(dpa/AFP)"
AGENCY_EN = r"\((?:AP|AFP|Reuters|dpa|UPI|Bloomberg|CNN)(?:/(?:AP|AFP|Reuters|dpa|UPI|Bloomberg|CNN))*\)"
# a dateline opening a report ("DAYTON, Ohio — ", "JACKSON, Miss. -- "): a place, never the subject
_DATELINE_EN = re.compile(r"\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
                          rf"(?:\s*{AGENCY_EN})?\s*(?:—|–|--|-)\s+")  # "BRUSSELS (AP) — " too


# a wire dateline with a date or an agency ("MADRID, Dec 6 (Reuters) - ", "Paris (AFP) - ", "Dresden (dpa) - ",
# "DRESDEN/BERLIN, 7. Dezember (Reuters) - ", "BERLIN - "): opening a sentence, it is no part of the reported clause (rv77-14)
_AGENCY_ANY = r"\((?:AP|AFP|afp|Reuters|dpa|UPI|Bloomberg|KNA|kna|epd|APA|SDA|sda|Keystone-SDA|dts|sid)(?:/[A-Za-z-]+)*\)"
_PLACE = r"[A-ZÄÖÜ][\w.'-]*(?:[ /][A-ZÄÖÜ][\w.'-]*){0,2}"
# after a place and a date, any outlet's name in brackets ("BRUSSELS, Dec 7 (EU Policy Wire) - ": rv82-13)
_OUTLET_AFTER_DATE = r"\([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}\)"
_WIRE_DATELINE = {
    "en": re.compile(rf"\s*(?:{_PLACE}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}"
                     rf"(?:\s*(?:{_AGENCY_ANY}|{_OUTLET_AFTER_DATE}))?|{_PLACE}\s*{_AGENCY_ANY})"
                     r"\s*(?:—|–|--|-)\s+"),
    "de": re.compile(rf"\s*(?:{_PLACE}(?:,\s*\d{{1,2}}\.\s*[A-ZÄÖÜ][a-zäöü]+)?\s*{_AGENCY_ANY}"
                     r"|[A-ZÄÖÜ]{3,}(?:/[A-ZÄÖÜ]{3,})*(?:,\s*\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+)?)\s*[-–—]\s+"),
}


def after_wire_dateline(text: str, a: int, b: int, lang: str) -> int:
    """Where the text after a wire dateline opening ``text[a:b]`` begins (``_WIRE_DATELINE``), or ``a``."""
    rx = _WIRE_DATELINE.get(lang)
    m = rx.match(text, a, b) if rx else None
    return m.end() if m else a


def after_dateline_en(text: str, a: int, b: int) -> int:
    """English: where the text after a dateline opening ``text[a:b]`` begins ("DAYTON, Ohio — "), or ``a``
    when there is none; not in "NATO — the alliance of 30 countries — warned": a second dash closes an
    apposition."""
    m = _DATELINE_EN.match(text, a, b)
    if m and ("," in m.group(0) or not re.search(r"\s(?:—|–|--)\s", text[m.end() : b])):
        return m.end()
    return a


def _organisation_head(mention: str) -> bool:
    """Whether a group mention ends in an organisation or group noun ("The union", "the two groups",
    "The committee"), not in a thing ("the plan", "the ad") that only a verb of saying could make speak."""
    from .speakers import _ORG_HEADS

    head = mention.split()[-1].lower() if mention.split() else ""
    return any(h in _ORG_HEADS or h in INSTITUTION_WORDS for h in (head, head[:-1] if head.endswith("s") else head))
