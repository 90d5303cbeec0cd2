"""Speaker mentions: name/role split, transliteration folding, corpus-level clustering.

``parse_mention("der stellvertretende russische Außenminister Sergej Rjabkow")``
gives ``("Sergej Rjabkow", "stellvertretende russische Außenminister")``.

``fold_name`` (from ``aligner.text.names``, the one name-folding implementation) maps
spellings of one name across German/English/Polish transliterations of Russian (and
accents) onto one key.  ``cluster_names`` then groups all names seen in
a run: same folded surname (or within a small edit distance of it) and compatible
first names (one missing, same initial or folded-equal).  Nothing here is a table
of particular people.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from typing import Callable, Iterable, Mapping

from rapidfuzz.distance import OSA, Levenshtein

from ..graph import DisjointSets
from ..model import Speaker
from ..text.names import fold_name, fold_parts, fold_plain, fold_word, unaccent  # noqa: F401  (re-exported: the one implementation)
from .lexicon import (
    ARTICLES,
    DEGREE_QUALIFIERS,
    INSTITUTION_WORDS,
    NP_STOP,
    PRONOUNS,
    ROLE_WORDS,
    SURNAME_INSTITUTION_WORDS,
    TITLE_ABBR,
    TITLE_ROLE_ABBR,
    alternation,
)
from .lexicon import DEMONSTRATIVES as _DEMONSTRATIVES

_TOKEN = re.compile(r"[^\s,;:()]+")
# English determiners that open a noun phrase of people ("one source", "another supporter", "two officials")
QUANTIFIERS = frozenset({"one", "another", "two", "three", "four", "some", "several", "many", "both", "few", "each"})
DEMONSTRATIVES = frozenset().union(*_DEMONSTRATIVES.values())
PARTICLES = {"von", "van", "de", "der", "den", "da", "di", "del", "la", "le", "bin", "ibn", "al", "zu", "ter", "dos", "du"}
# Portuguese and Italian particles inside a surname, read as such inside a name only ("Corrêa do Lago", "Gina della Torre")
_MORE_NAME_PARTICLES = frozenset({"do", "della"})


# English documents that speak through a verb of text ("the suit reads", "a Wednesday editorial reads")
DOC_WORDS_EN = frozenset({"suit", "lawsuit", "complaint", "filing", "indictment", "affidavit", "verdict", "ruling", "editorial",
                          "headline", "caption", "sign", "ad", "article", "column", "op-ed", "study", "survey", "poll"})
# English things that carry words without anyone saying them ("the sign reads", "a banner read"): what they
# show is shown, not said by a person the report could compare with another outlet's speaker
INSCRIPTION_WORDS_EN = frozenset({"sign", "banner", "placard", "poster", "billboard", "plaque", "sticker", "t-shirt", "shirt",
                                  "graffiti", "inscription", "caption", "headline", "label", "sign-off", "marquee"})
_INSCRIPTION_HEAD_END = re.compile(r"\s+(?:on|in|at|of|by|from|outside|near|above|over|held|carried|hung|hanging|posted|"
                                   r"that|which|with)\b.*$", re.I | re.S)


def inscription_en(mention: str) -> bool:
    """English: a speaker mention whose head noun is a thing that carries words ("the sign", "a banner
    outside the hall", "signs held by protesters"), naming no person."""
    head = _INSCRIPTION_HEAD_END.sub("", mention.strip()).split()
    if not head:
        return False
    word = head[-1].rstrip(".,;:")
    if not word.islower():
        return False  # "Anna Sign": a name
    return word in INSCRIPTION_WORDS_EN or (word.endswith("s") and word[:-1] in INSCRIPTION_WORDS_EN)


_BODY_NOT_ROLE_DE = ("polizei", "anwaltschaft", "feuerwehr")
_INSTITUTION_SUFFIX = ("ministerium", "ministerien", "ministry", "amt", "ämter", "behörde", "regierung", "verwaltung", "büro")
DOC_WORDS = {"erklärung", "mitteilung", "pressemitteilung", "stellungnahme", "bericht", "communiqué", "kommuniqué",
             "statement", "release", "report", "press", "interview", "tweet", "post", "blog", "brief", "memo", "letter",
             "schreiben", "papier", "dokument", "document", "note", "readout", "transcript", "zitat", "o-ton", "rede",
             "speech", "worte", "words", "kernaussage", "homepage", "website", "webseite", "internetseite", "nachruf", "petition",
             "antrag", "text", "passus", "entwurf", "gesetzentwurf", "beschluss", "resolution", "anordnung", "kommentar",
             "aufruf", "appell", "botschaft", "flugblatt", "transparent", "aufschrift", "plakat", "protokoll", "gutachten",
             "bekennerschreiben", "leitartikel", "editorial",
             # court papers ("heißt es im Urteil / in der Anklageschrift / in den Gerichtsunterlagen")
             "urteil", "urteilsbegründung", "anklage", "anklageschrift", "klageschrift", "unterlagen", "akten", "schriftsatz"}


# abbreviated titles before a name ("Former Arkansas Gov. Mike Huckabee", "Sen. Ted Cruz"): a role, not part of the name
TITLE_ABBREVIATIONS = frozenset(w.lower() for w in TITLE_ROLE_ABBR)


# company officers by their initials ("the CFO said", "Vantoria's COO"): whole words only ("Cfo", "Doctor" are no role)
C_SUITE_EN = frozenset({"cfo", "coo", "cto", "cmo", "cio"})


def is_role_word(token: str) -> bool:
    low = token.lower().strip(".,")
    if low in TITLE_ABBREVIATIONS or token.strip(".,") in _ROLE_ACRONYMS_DE:
        return True
    if low.removeprefix("co-").removesuffix("s") in C_SUITE_EN:
        return not token[:1].isupper() or token.strip(".,").removesuffix("s").isupper()
    if low.endswith(_BODY_NOT_ROLE_DE):
        return False  # "die Polizei", "die Staatsanwaltschaft": a body, not a person's role ("Polizeisprecher" is one)
    if low.endswith(_INSTITUTION_SUFFIX) or (low.endswith("s") and low[:-1].endswith(_INSTITUTION_SUFFIX)):
        # "Ministerium", "Außenministeriums" (genitive): an institution, not a minister
        return False
    if any(r in low and not (token[:1].isupper() and f"-{r}" in low) for r in _LOWER_CASE_ONLY_EN):
        # "Stuttgart captain Jan Vogt", "the goalkeeper": a position written in lower case; "Anna Keeper", "Captain
        # Morgan", "the Human Rights Defenders Network", "Gatekeeper Trust": a name ("KPMG-Partnerin", "Bayern-Keeper":
        # a capitalised German compound after a hyphen, read below; "co-author", "ex-boss": lower case, a position)
        return token[:1].islower() and low.endswith(tuple(w + e for w in _LOWER_CASE_ONLY_EN for e in ("", "s")))
    return any(r in low for r in ROLE_WORDS if r not in _WHOLE_ROLE_WORDS) or any(
        r in low and (_ROLE_WORD_END_EN if r in _SHORT_ROLE_WORDS_EN else _ROLE_WORD_END).fullmatch(low.split(r)[-1])
        for r in _WHOLE_ROLE_WORDS)


# offices written in capitals, matched case-sensitively ("OB": Oberbürgermeister, never the "ob" of "whether")
_ROLE_ACRONYMS_DE = frozenset({"OB", "OBin", "OBM"})


# short role words that end a word they name a role with ("Polizeichef" has "chef"; "Herren", "Briten", "Aides" an inflection
# after them), and otherwise lie inside names and other nouns: "Sherry", "Herring", "Russell", "Brussels", "Osceola", "Popescu",
# "Imamoglu", "Autorität", "Frauke"
_WHOLE_ROLE_WORDS = frozenset({"herr", "frau", "russe", "brite", "ceo", "aide", "head", "imam", "pope", "papst", "opfer", "zeuge",
                               "coach", "donor", "envoy", "judge", "könig", "mayor", "voter", "autor",
                               # a compound's tail ("Mittelfeldspieler", "Tennisprofi"), never inside a word ("Profitlich",
                               # "Profile", "nonprofit")
                               "spieler", "torschütze", "gewerkschafter", "wirtschaftsweise", "profi",
                               # "Frührentnerin"; never "der Rentnerverband", "Pensionärsverein": bodies
                               "rentner", "pensionär",
                               # "Hamas-Führer", "Oppositionsführerin"; never "Führerschein"; a firm's partner only after its
                               # name and a hyphen ("KPMG-Partnerin"): "Capital Partners", "Partnerschaft" are no roles
                               "führer", "-partner",
                               # a council's offices only as a word's tail: "SPD-Stadträtin", "Stadtkämmerer", "Konrektorin";
                               # never "Stadtratsfraktion", "Kämmerei", "Rektorat": bodies; "Stadtrat" alone is the council
                               # as often as a councillor ("Der Stadtrat beschloss"): a person only after a party ("ein
                               # SPD-Stadtrat")
                               "-stadtrat", "stadträt", "kämmer", "rektor",
                               # the arts ("die Chefdirigentin", "der Museumskurator", "the pianist"; never "das
                               # Kuratorium", "das Dirigentenpult")
                               "dirigent", "komponist", "kurator", "pianist", "sopranist", "choreograf", "cellist"})
# the positions and member words that count only as whole words or a word's tail (is_role_word), never inside one:
# "Profitgier", "Gatekeeper"
_SESSION_POSITION_WORDS = frozenset({"captain", "goalkeeper", "keeper", "striker", "midfielder", "defender", "skipper",
                                     "spieler", "torschütze", "gewerkschafter", "wirtschaftsweise", "profi"})
# team positions in English: role words only in lower case (:func:`is_role_word`)
LOWER_CASE_ROLE_WORDS_EN = ("captain", "goalkeeper", "keeper", "striker", "midfielder", "defender", "skipper")
# other English role words in lower case only, no team positions: courts and studies ("his solicitor, Karen Shaw", "the
# defendant", "the accused", "co-author David Okafor"; not "the Solicitors Regulation Authority", "the Accused Persons
# Trust", "the Coroners Court"; "authority" is no role)
_LOWER_CASE_ONLY_EN = (*LOWER_CASE_ROLE_WORDS_EN, "accused", "author", "solicitor", "barrister", "defendant", "claimant", "plaintiff",
                       "juror", "magistrate", "coroner", "pollster", "challenger", "specialist", "psephologist", "clerk", "lecturer",
                       "consultant", "inmate", "prisoner", "winner", "suspect",
                       # market and policy sources ("a forex trader", "five ECB policymakers", "Brussels insiders"; "Anna Trader")
                       "trader", "policymaker", "insider", "rapporteur",
                       "boss", "anchor", "presenter", "columnist", "correspondent", "historian", "backbencher", "partner",
                       # police ranks ("Detective Anna Hill" by :func:`_after_position_en`; "John Constable", "Anna
                       # Sheriff", "Detective Comics" stay names; not "inspector": "an inspector general's report" is no
                       # person between a speaker and his "he")
                       "detective", "sergeant", "constable", "superintendent", "sheriff",
                       # council and school offices ("the headteacher", "the borough treasurer"; "the National Headteachers
                       # Association", "County Treasurers Society", "the Alderman Group" are bodies)
                       "headteacher", "treasurer", "alderman",
                       # church offices: "the cardinal said"; "the St. Louis Cardinals", "Julie Bishop" stay names
                       "cardinal", "bishop",
                       # the arts ("the conductor said", "the curator"; "Paul Painter" stays a name; not "actor": "a key
                       # factor", "the reactor"; not "singer", "actress": "the actress and singer told" then gave the
                       # role 'singer' to the one named before, "She is an actress." a role as the sentence's subject)
                       "conductor", "curator", "novelist", "painter", "choreographer",
                       "composer", "violinist", "guitarist", "drummer", "sculptor", "playwright", "poet",
                       "filmmaker", "screenwriter", "songwriter", "soprano")
_ROLE_WORD_END = re.compile(r"|s|es|n|en|ns|e|in|innen|er|ern")
# English short role words take only a plural after them: "Aiden", "Headen", "Mayorga" are names
_SHORT_ROLE_WORDS_EN = frozenset({"aide", "head", "ceo", "coach", "donor", "envoy", "judge", "mayor", "voter", "pope", "imam"})
_ROLE_WORD_END_EN = re.compile(r"|s|es")


def _speaker_words() -> dict:
    import json
    from importlib.resources import files

    return json.loads(files("aligner.quotes").joinpath("speaker_words.json").read_text(encoding="utf-8"))


_SW = _speaker_words()
NOT_ALONE = frozenset(_SW["not_alone"])
SPEAKER_VERBS = {k: frozenset(v) for k, v in _SW["verbs"].items()}
SPEAKER_PRONOUNS = {k: frozenset(v) for k, v in _SW["pronouns"].items()}
PEOPLE_WORDS = tuple(_SW["people"])
TEXT_CUES = frozenset(_SW["text_cues"])  # "Der letzte Satz lautet:", "A burned fuse indicates": a text or thing, not a speaker
ABSTRACT_SUFFIXES = tuple(_SW["abstract_suffixes"])
TITLE_NOUNS = frozenset(_SW["title_nouns"])  # a quoted span right after these is a title or name
TITLE_GLUE = frozenset(_SW["title_glue"])
# a player's, pundit's or manager's place between a club (or broadcaster) and the name: "said Bayern forward Harry Kane"
TEAM_TITLES_EN = frozenset(_SW["team_titles_en"]) | frozenset(_SW["side_titles_en"])  # "Trump ally Steve Bannon" too (rt32-12)
_MENTION_TOKEN = re.compile(r"[\w][\w.\-’']*")
MAX_MENTION_WORDS = 12
OUTLETS_DE = frozenset(_SW["outlets_de"])  # "sagte Jonas Kessler BILD": the paper told, as written (case kept)
# heads of nouns for what an outlet is ("Sender", "Privatsender", "Magazin", "Zeitung", "Boulevardblatt", "Portal"): an
# outlet after one of them is its name in apposition, not the one told
_MEDIA_HEADS_DE = tuple(_SW["media_heads_de"])
ANONYMOUS_DE = tuple(_SW["anonymous_de"])  # "ein Insider", "ein Palast-Insider": an unnamed source


def without_outlet_told_de(mention: str) -> str:
    """German: a mention less an outlet of :data:`OUTLETS_DE` at its end, with no article or after "der"/"dem" ("Jonas
    Kessler BILD", "ein Insider der BILD", "die Sängerin BUNTE", "Mia Kessler BUNTE.de"): the house style of the tabloids
    for the one told, never part of the speaker's name; ``mention`` itself where no such outlet ends it, or where nothing
    but an article would be left ("RTL", "die BILD": the outlet speaks)."""
    words = mention.split()
    if len(words) < 2 or words[-1].rstrip(".,;:") not in OUTLETS_DE:
        return mention
    keep = words[:-1]
    if len(keep) >= 2 and keep[-1] in ("der", "dem"):
        keep = keep[:-1]
    if not keep or all(w.lower() in ARTICLES for w in keep) or not keep[-1][:1].isupper():
        return mention  # "die BILD", "sagte exklusiv BILD": no one else named before it
    if keep[-1].lower().endswith(_MEDIA_HEADS_DE):
        return mention  # "der Sender ZDF", "das Magazin SPIEGEL": the outlet named after what it is speaks (rt35-3)
    return " ".join(keep)




def anonymous_source_de(word: str) -> bool:
    """German: a noun of :data:`ANONYMOUS_DE`, alone or as a compound's tail ("Insider", "Palast-Insider", "Quelle",
    "Augenzeugin"), capitalised as a noun is."""
    low = word.lower()
    return word[:1].isupper() and any(low == a or (low.endswith(a) and (low[-len(a) - 1] == "-" or len(low) - len(a) >= 4))
                                      for a in ANONYMOUS_DE)


# German possessive determiners: "Ihr Anwalt", "Seine Sprecherin" open a noun phrase, they are no pronoun
POSSESSIVES_DE = frozenset({"ihr", "ihre", "sein", "seine", "unser", "unsere", "mein", "meine", "dein", "deine", "euer", "eure"})
# the other language's pronouns that are ordinary words here: "the man", "W. E. B. Du Bois" are English noun phrases
NOT_PRONOUNS = {"en": frozenset({"man", "du"})}

# English prepositions that open no subject noun phrase (no name starts with one of these words)
PREPOSITION_OPENERS_EN = frozenset({"of", "like", "unlike", "following", "about", "from", "with", "without", "for", "into",
                                    "onto", "by", "at", "on", "in", "over", "after", "before", "during", "than", "via", "amid",
                                    # a fronted adverbial opening the sentence ("Across town, Ann Lee …", "Since announcing …")
                                    "across", "behind", "since", "between", "throughout", "through", "toward", "towards", "among",
                                    "amongst", "beyond", "despite", "until", "upon", "within", "against", "along", "amidst", "around",
                                    "beside", "besides", "beneath", "underneath", "regarding", "including",
                                    # a fronted participle naming a source ("Citing Buttigieg, Alvarez said"): Alvarez speaks
                                    "citing", "quoting", "echoing", "paraphrasing"})


@cache
def _pronouns(lang: str) -> frozenset[str]:
    """The pronouns that may be a speaker in ``lang``: its own, and the other language's but
    those that are words of ``lang`` (German "man" is no English speaker)."""
    both = SPEAKER_PRONOUNS["en"] | SPEAKER_PRONOUNS["de"]
    return SPEAKER_PRONOUNS.get(lang, frozenset()) | (both - NOT_PRONOUNS.get(lang, frozenset()))


# a share given in percent, alone as the subject of a verb of saying ("21 percent said", "Some 40% say"): those of a poll's
# respondents, several people, no name
SHARE_OF_PEOPLE_EN = re.compile(r"(?i:(?:some|about|around|nearly|almost|only|just|roughly|over|under|another|fully|a\s+further)\s+)?"
                                r"\d{1,2}(?:\.\d)?\s*(?:percent|per\s+cent|%)")


def _verb_word_in_name_en(toks: list[str], i: int) -> bool:
    """English: whether capitalised ``toks[i]``, a verb's form in lower case, is part of a name: a first name before a
    capitalised word ("Will Doyle"), a surname after a capitalised word in small letters ("Emre Can", "Bob Hope")."""
    return toks[i][:1].isupper() and ((i + 1 < len(toks) and toks[i + 1][:1].isupper())
                                      or (i > 0 and toks[i - 1][:1].isupper() and toks[i - 1][1:2].islower()))


# a compound of a body's or meeting's short name with a digit and a noun ("COP29-Präsident", "G20-Sherpa", "E3G-Analystin")
_NUMBERED_BODY_COMPOUND = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{1,5}-[A-ZÄÖÜ][^\W\d_]+")


def plausible_speaker(mention: str, lang: str, strict: bool = False) -> bool:
    """Whether a speaker mention looks like a person, role, group or organisation: a noun phrase
    that is a lone pronoun, or holds a capitalised word that is not a determiner, weekday, month,
    discourse word or adverb, or a role / people / institution noun; never a verb, a contraction
    tail ("t" of "doesn't"), a pronoun with more words after it ("I must"), or a long clause.
    A lower-case noun phrase after a determiner ("the board") passes unless ``strict`` (the object
    of "according to" / "laut", where manuals and forums give "the instructions", "this method")."""
    toks = [t.strip(".,;:’'\"()") for t in _MENTION_TOKEN.findall(mention)]
    toks = [t for t in toks if t]
    if not toks or len(toks) > (MAX_MENTION_WORDS if "," not in mention else 2 * MAX_MENTION_WORDS):
        return False
    low = [t.lower() for t in toks]
    if lang == "en" and re.fullmatch(r"(?:the|all) (?:two|three|four|five)(?: men| women)?", " ".join(low)):
        return True  # "“…,” the two write": people counted, not a number
    if lang == "en" and SHARE_OF_PEOPLE_EN.fullmatch(mention.strip()):
        return True  # "21 percent said “not too likely”": a poll's share of those asked
    if any(re.search(r"[^\W\d_]", t) and re.search(r"\d", t) and not re.search(r"\d-?(?:year-old|jährige)", t)
           and not re.fullmatch(r"[A-Z]{2,4}\d{1,2}", tok) and not (lang == "en" and re.fullmatch(r"[A-Z]\d", tok)) and not _NUMBERED_BODY_COMPOUND.fullmatch(tok)
           and not (lang == "en" and re.fullmatch(r"\d[\d,.]*-[a-z]+(?:-[a-z]+)*", tok))
           for t, tok in zip(low, toks)):
        return False  # "FAV2023" (the 58-year-old, die 58-Jährige, "COP29-Präsident", Bayer 04, Bündnis 90, a station "KX7", English "L2", "a 30-year veteran" pass)
    pronouns = _pronouns(lang)
    if lang == "en" and re.match(r"(?:it|that|there|here|what|who|he|she|let|i)[’'](?:s|d|ll|m|re|ve)$", low[0]):
        return False  # "It's", "That's", "He'd": a contraction opening a clause, not a name
    if lang == "en" and "," not in mention and len(low) in (3, 4) and low[0] in ("his", "her", "their", "its", "my", "our") and toks[-1].islower() and low[-1].endswith("ing"):
        return False  # "and, her voice rising, warned …": an absolute phrase of manner, no one who speaks
    if lang == "en" and low[0] in PREPOSITION_OPENERS_EN:
        return False  # "of her Danish roots", "Like Halloran": a prepositional phrase, never a subject
    if len(toks) == 1:
        if low[0] in pronouns:
            return True
        if low[0] in NOT_ALONE or len(toks[0]) == 1 or low[0].isdigit():
            return False
    det = 1 if lang == "de" and len(toks) > 1 and low[0] in POSSESSIVES_DE and _is_cap(toks[1]) else 0  # "Ihr Anwalt"
    if len(toks) > 1 and any(t in pronouns and not _pronoun_word_no_pronoun(mention, toks, i, lang) for i, t in enumerate(low[det:], det)):
        return False  # "I must", "we all", "even though I", "Finally, I must": the pronoun is the speaker, if anyone
    if lang == "en" and any(re.search(r"n['’]t$", t) for t in low):
        return False  # "both of them didn’t": a negated verb, the noun phrase is before it
    verbs = SPEAKER_VERBS.get(lang, frozenset())
    if any(lw in verbs and not (lang == "en" and _verb_word_in_name_en(toks, i)) for i, lw in enumerate(low)):
        return False  # "…, wrote on Twitter that …": a clause, not a noun phrase ("Will Doyle" is a name)
    if lang == "de" and len(low) >= 2 and low[0] in ARTICLES and low[-1] in ("frau", "herr") and all(t.islower() for t in toks[1:-1]):
        return True  # "sagte die Frau", "eine ältere Frau": a person by what she is, not the honorific before a name
    content = [t for t, lw in zip(toks, low) if lw not in NOT_ALONE and lw not in ARTICLES and lw not in PARTICLES]
    if not any(re.search(r"[^\W\d_]", t) for t in content) or ("(" in mention and ")" not in mention):
        return False  # "Dezember 2010", "August 2007": a date, not a speaker; "Aniston (yes": cut inside a bracket
    joined = " ".join(low)
    known = (any(r in joined for r in ROLE_WORDS if r not in _SESSION_POSITION_WORDS) or any(is_role_word(t) for t in toks)
             or any(_has_word(low, w) for w in PEOPLE_WORDS)
             or any(w in low or (len(w) >= 5 and w in joined) for w in INSTITUTION_WORDS)
             or any(t in DOC_WORDS for t in low)
             or (lang == "en" and any(t in DOC_WORDS_EN for t in low))
             or (lang == "de" and any(len(w) >= 5 and _has_word(low, w) for w in DOC_WORDS))
             or (lang == "en" and bool(_AGENT_NOUN_EN.fullmatch(low[-1])))
             or (lang == "en" and relation_noun_en(low[-1]))  # "A friend called him “…”": someone by a tie, a person
             or (lang == "de" and any(t in _PARTY_NOUNS_DE for t in toks))  # "die Grünen", "die Linke": a party
             or (lang == "de" and _region_and_name_de(toks[1:] if low[0] in ARTICLES else toks)))
    if strict and low[0] in ARTICLES | {"this", "that", "these", "those", "one"}:
        # "The motto for many was:", "Der letzte Satz … lautet:": a thing, not a speaker ("The Federalist" is a name)
        # German: a body's acronym after its article is a name ("so die FIFA", "die SPD")
        return known or (lang == "en" and any(t[:1].isupper() for t in content)) or (
            lang == "de" and len(content) == 1 and len(content[0]) >= 2 and content[0].replace("-", "").isupper())
    if lang == "en" and low[0] in QUANTIFIERS and len(toks) > 1:
        return known or len(toks) <= 8  # "one source", "another supporter": a noun phrase of people
    if lang == "de" and not known and not _first_and_last_name(toks) and (low[-1].endswith(ABSTRACT_SUFFIXES) or (
            len(content) > 1 and content[0][:1].isupper() and content[0].lower().endswith(ABSTRACT_SUFFIXES)
            and not content[1][:1].isdigit())):
        # "Pestizidverordnung und Renaturierungsgesetz", "die Handlungsweise", "Die Speicherung von
        # Fingerabdrücken", "Äußerungen Hassemers": a noun phrase headed by a thing, not a speaker
        return False
    if any(t[:1].isupper() for t in content):
        return True
    if not strict and low[0] in ARTICLES | {"this", "that", "these", "those", "one"} and len(toks) <= 8:
        return True  # "the board", "a friend", "his colleague": a noun phrase after a determiner
    return known


def _pronoun_word_no_pronoun(mention: str, toks: list[str], i: int, lang: str) -> bool:
    """Whether word ``i`` of ``toks``, spelt like a pronoun, is none here: a possessive apposition
    (:func:`_possessive_apposition_de`) or a regnal numeral (:func:`_regnal_one_de`)."""
    return _possessive_apposition_de(mention, toks, i, lang) or _regnal_one_de(toks, i, lang)


def _regnal_one_de(toks: list[str], i: int, lang: str) -> bool:
    """German: "I" last after a capitalised name is a regnal numeral ("Patriarch Kyrill I.", "Bartholomaios I."), not the
    English pronoun (rv76-21)."""
    return lang == "de" and toks[i] == "I" and i == len(toks) - 1 and i > 0 and toks[i - 1][:1].isupper() and toks[i - 1].isalpha()


# German parties named by a noun made from an adjective ("die Grünen", "die Linke", "die Liberalen"): a speaker, though the
# noun is no role or institution word
_PARTY_NOUNS_DE = frozenset({"Grünen", "Grüne", "Linke", "Linken", "Liberalen", "Sozialdemokraten", "Christdemokraten",
                             "Christsozialen", "Konservativen", "Piraten", "Freien"})


# German nouns of a state, region or town that a body speaks for when its name follows ("der Kanton Uri", "das Land
# Salzburg", "der Landkreis Harburg")
_REGION_NOUNS_DE = frozenset({"kanton", "land", "bundesland", "bezirk", "landkreis", "kreis", "gemeinde", "stadt", "region", "provinz"})


def _region_and_name_de(words: list[str]) -> bool:
    """German: a mention's words (its article out) are a region noun and a capitalised name right after it ("Kanton Uri",
    "Land Salzburg"; not "Kreis der Unterstützer"): the body of that place, a speaker as "die Stadt Chur" is."""
    return len(words) == 2 and words[0].lower() in _REGION_NOUNS_DE and words[0][:1].isupper() and words[1][:1].isupper()


_PARTY_BODIES_DE = frozenset({"Grünen", "Grüne", "Linke", "Linken", "Liberalen"})  # of those, the ones that name a party only


def _possessive_apposition_de(mention: str, toks: list[str], i: int, lang: str) -> bool:
    """German: whether token ``i`` of ``mention`` is a possessive opening an apposition after a comma ("Markus Brandt, ihr
    langjähriger Finanzchef") with a capitalised word in it: before a noun, not the pronoun "ihr" speaking."""
    if lang != "de" or "," not in mention or toks[i].lower() not in POSSESSIVES_DE:
        return False
    return re.search(r",\s*" + re.escape(toks[i]) + r"\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ]", mention) is not None


def _first_and_last_name(toks: list[str]) -> bool:
    """Two or three capitalised words with no article, the first not ending like a thing: a first
    name and a surname ("Reinhard Jung", "Michael Albrecht"), whose surname may end like an abstract
    noun ("-ung", "-recht")."""
    return (2 <= len(toks) <= 3 and all(t[:1].isupper() and t[1:2].islower() for t in toks)
            and toks[0].lower() not in ARTICLES and not toks[0].lower().endswith(ABSTRACT_SUFFIXES)
            and not any(t.lower().endswith(("ung", "ungen")) and len(t) > 6 and not (i and any_first_name_gender(toks[i - 1]))
                        for i, t in enumerate(toks)))  # "Stefan Hartung": a surname in -ung after a listed first name


_INFLECTION = r"(?:s|es|'s|’s|n|en|e|er)?"


def _has_word(low: list[str], word: str) -> bool:
    """``word`` is one of the tokens (with an inflection ending), or ends one when it is long enough
    to head a compound ("Bahnhofsanwohner", "58-year-old", "Vorabberichts"); "men" in "comment" and
    "ad" in "advice" do not count."""
    pat = re.compile((r".*" if len(word) >= 4 else "") + re.escape(word) + _INFLECTION)
    return any(pat.fullmatch(t) for t in low)


def known_people_word(token: str) -> bool:
    """A lower-case token that is (or ends in) a people, group or document word of the lexicon."""
    return any(_has_word([token], w) for w in PEOPLE_WORDS) or token in DOC_WORDS


_AGENT_NOUN_EN = re.compile(r"[a-z]{4,}(?:or|ist|ian|ee)s?")  # an English agent noun: "investigators", "historian" (not -er: "smaller")


def _is_cap(token: str) -> bool:
    t = token.lstrip("(\"'„“‚")
    return bool(t) and t[0].isupper()


_ORG_HEADS = {"bank", "university", "college", "institute", "council", "committee", "department", "party", "court", "association",
              "foundation", "company", "corporation", "club", "church", "school", "board", "agency", "office", "center", "centre",
              "museum", "fund", "union", "league", "society", "commission", "bureau", "service", "group", "house", "senate", "reserve"}
# "Secretary of State John Kerry": the department word belongs to the office, not to the name
_OFFICE_OF = {"state", "defense", "defence", "health", "energy", "labor", "labour", "commerce", "education", "transportation",
              "treasury", "agriculture", "interior", "justice", "homeland", "veterans", "housing", "foreign", "finance", "war"}
_PERSON_OF_PLACE = re.compile(r"^(.*?((?:[A-ZÀ-ÖØ-Þ][\w’'.-]+\s+)+[A-ZÀ-ÖØ-Þ][\w’'-]+))\s+of\s+(?:the\s+(?:[a-z][\w-]+\s+){0,2})?[A-ZÀ-ÖØ-Þ][^,]*$")
# English: a surname alone before "of" and a body ("Egger of the conservative ÖVP", "Jones of Oxford University");
# group 2 the surname, group 3 the lower-case words that describe the body, group 4 the body
_SURNAME_OF_BODY = re.compile(r"^((?:(?:the|a|an)\s+)?([A-ZÀ-ÖØ-Þ][\w’'-]+))\s+of\s+(?:the\s+((?:[a-z][\w-]+\s+){0,2}))?([A-ZÀ-ÖØ-Þ][^,]*)$")
# capitalised words that open "X of Y" as a title, an office or a body of people, never a surname ("Duke of Edinburgh",
# "Sisters of Mercy")
_NO_SURNAME_BEFORE_OF_EN = frozenset("""duke duchess earl prince princess king queen lord lady baron baroness count countess
marquess viscount archbishop bishop emir sultan sheikh pope cardinal dean provost master isle gulf bay cape statue chamber
sisters brothers knights daughters sons men people children army navy federation coalition alliance front assembly
parliament cabinet kingdom city town county province state hospital organization organisation shareholders stakeholders
investors employees workers residents partners members owners""".split())


# a German or Austrian academic title's dot and the faculty or kind of the degree written after it ("Dr. med.",
# "Dr. rer. nat.", "Mag.(FH)"): group 1 is the title with its dot
_DEGREE_AFTER_TITLE = re.compile(r"((?<![\w-])(?:" + alternation(TITLE_ABBR) + r")\.)(?:\s*(?:\(\s*)?(?:"
                                 + alternation(DEGREE_QUALIFIERS) + r")(?:\.|\s*\)))+")


# a surname alone with a word that marks one generation of a family ("the younger Hadley", "the elder Bush", "Hadley Jr.",
# "Hadley junior"): a relative of the person named in full, whom the surname alone would be read as
_GENERATION_OF_SURNAME_EN = re.compile(r"(?:the\s+(?:younger|elder|older)\s+[A-Z][\w’'-]+|"
                                       r"[A-Z][\w’'-]+\s+(?:Jr|Jnr|Sr|Snr)\.?|[A-Z][\w’'-]+\s+(?:junior|senior))")


# German papers and figures named alone, without an article ("Laut Umfrage", "laut Studie"): a paper, never a person
_STUDY_WORDS_DE = DOC_WORDS | frozenset({"umfrage", "umfragen", "studie", "studien", "analyse", "analysen", "untersuchung",
                                         "untersuchungen", "statistik", "statistiken", "erhebung", "erhebungen", "prognose",
                                         "prognosen", "schätzung", "schätzungen", "zahlen", "daten", "berichte", "auswertung"})


# a German body's name that opens with an adjective ("Stiftung Preußischer Kulturbesitz", "Deutscher Bühnenverein",
# "Staatliche Kunstsammlungen"): never a person's name (rv81-11)
_BODY_ADJECTIVE_DE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]{2,}(?:isch|lich)|Deutsch)(?:e|er|en|es)")


def parse_mention(mention: str, lang: str = "") -> tuple[str | None, str | None, str]:
    """:func:`_parse_mention_core`; a German "person" whose name opens with an adjective (:data:`_BODY_ADJECTIVE_DE`) and
    goes on with a capitalised noun is the body named by the whole mention."""
    name, role, kind = _parse_mention_core(mention, lang)
    words = (name or "").split()
    if (lang == "de" and kind == "person" and len(words) >= 2 and _BODY_ADJECTIVE_DE.fullmatch(words[0]) and words[1][:1].isupper()
            and len(words) <= 3 and not any(first_name_gender_de(w) for w in words[1:])):
        # "die Deutsche Anna Roth"; "der Ökumenische Patriarch Bartholomaios I.", "die Deutsche Meisterin Nkechi Okafor"
        # (a title and a name, four words or more): persons (test_fx130, pr40-8)
        return re.sub(r"^(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]es|[Dd]em|[Dd]en)\s+", "", mention.strip()), None, "group"
    return name, role, kind


def _parse_mention_core(mention: str, lang: str = "") -> tuple[str | None, str | None, str]:
    """Split a speaker mention into (name, role, type) where type is person|pronoun|role|group.

    A group named in the German genitive gets its base form: "des Kremls" -> "Kreml",
    "des Bundestages" -> "Bundestag" (see :func:`uninflect_genitive`).
    """
    if lang != "en":
        mention = _DEGREE_AFTER_TITLE.sub(r"\1", mention)  # "Dr. med. Anna Roth", "Mag.(FH) Anna Gruber": the title alone
    if lang == "de" and mention.strip().lower() in _STUDY_WORDS_DE:
        return mention.strip(), None, "group"  # "Laut Umfrage", "laut Bericht": a paper, as "laut der Studie", never a person
    if lang == "en" and _PARTY_NAME_EN.fullmatch(mention.strip()):
        return re.sub(r"^(?:[Tt]he|Die)\s+", "", mention.strip()), None, "group"  # "Reform UK said", "the Greens said": a party
    if lang == "en" and (_one_of_some_en(mention) or _unnamed_sources_en(mention) or SHARE_OF_PEOPLE_EN.fullmatch(mention.strip())
                         or _counterpart_unnamed_en(mention)):
        return None, mention, "role"  # "One of the lawyers for Tom Reed", "Sources close to the ministry": unnamed
    m_of = _PERSON_OF_PLACE.match(mention) if lang != "de" else None
    if m_of and _name_before_of_en(m_of.group(2).split()):
        mention = m_of.group(1)  # "Rep. Tom Cole of Oklahoma": the person is Tom Cole, Oklahoma is where from
    elif lang == "en" and (surname := _surname_of_body_en(mention)) is not None:
        mention = surname  # "Egger of the conservative ÖVP": the person is Egger, the party is where from
    if lang == "en":
        mention = _without_trailing_day_en(mention)  # "Anna Lindqvist Thursday said": the day is when, not a name
        if (body := _press_office_of_en(mention)) is not None:
            if body.endswith(("'s", "’s", "s'", "s’")):
                return None, mention, "role"  # "Tom Hill's press office": his office, unnamed, never him
            return body, None, "group"  # "Siemens press office", "the Kremlin press service": the body speaks
    if lang == "en" and (member := _member_of_parliament_en(mention)) is not None:
        return member
    if lang == "en" and _GENERATION_OF_SURNAME_EN.fullmatch(mention.strip()):
        return None, mention, "role"  # "the younger Hadley", "Hadley Jr.": another of the family, not the one named in full
    post = _POST_NOMINAL_EN.search(mention) if lang == "en" else None
    if post is not None and (named := parse_mention(mention[: post.start()], lang))[2] == "person" and len((named[0] or "").split()) >= 2 and (
            mention.split()[0].lower() not in ARTICLES):
        # "Rupert Lyle KC", "Tom Reed MP": letters after a full name are his office, not his name
        return named[0], " ".join(filter(None, (named[1], post.group(1)))), "person"
    if lang == "de" and (untold := without_outlet_told_de(mention)) != mention:
        return parse_mention(untold, lang)  # "sagte Jonas Kessler BILD": Jonas Kessler, BILD is told
    words = mention.split()
    if lang == "de" and (club := _club_tail_role_de(words)) is not None:
        return club
    if lang == "de" and (tied := _possessive_tie_then_name_de(words)) is not None:
        return tied
    if lang == "de" and len(words) >= 2 and words[-1] in ("junior", "senior"):
        return None, mention, "role"  # "Hadley junior": the son, never the father's name; which of the two a bare
        # "Hadley" is the clustering cannot tell, so no name at all
    if lang == "en" and len(words) >= 3 and words[-1] in ("junior", "senior") and words[-2][:1].isupper() and (
            (named := _parse_mention(" ".join(words[:-1]), lang))[2] == "person" and named[0] == " ".join(words[:-1])):
        return f"{named[0]} {words[-1]}", named[1], "person"  # "Jamie Hadley junior": a person named so, never a body (pr32-7)
    if lang == "de":  # "der Chef der Internationalen Energieagentur (IEA), Fatih Birol": the body's letters, no name
        mention = _ABBREVIATION_BEFORE_COMMA_DE.sub("", mention)
        if (body_from := _person_from_body_de(mention)) is not None:
            return body_from
    name, role, kind = _parse_mention(mention, lang)
    if lang == "en" and (other := _no_name_reading_en(mention, name, kind)) is not None:
        return other
    if lang == "en" and kind == "person" and last_of_several_en(mention):
        return None, mention, "group"  # "Anna Keller, Roland Busch and Tom Hill": several people, no one of them alone
    if lang == "de" and kind == "person" and ((_someone_of_named_de(words) and not _apposition_name_de(mention, name))
                                              or _body_after_genitive_de(name, role) or _body_of_named_de(name, role)):
        return None, mention, "role"  # "der Anwalt von Peter Kläger", "die Tochter von Klaus Rentner": not the one named
    if (lang == "en" and len(words) >= 3 and words[0].lower() in ("the", "all") and words[1].lower() in QUANTIFIERS - {"one", "another"}
            and (words[-1].lower() in ("men", "women", "people") or (words[-1].endswith("s") and is_role_word(words[-1][:-1])))):
        words = words[1:]  # "the two men", "the three senators": people counted, like "two officials" (not "the two groups")
    if lang == "en" and len(words) == 3 and words[0].lower() == "the" and COUNT_BEFORE_PLURAL_EN.fullmatch(words[1]) and re.fullmatch(r"[a-z]+s", words[2]):
        return None, " ".join(words[1:]), "role"  # "the 50 states", "the 27 countries": several counted, no one name
    if kind == "group" and len(words) >= 2 and words[0].lower() in QUANTIFIERS and not any(w[:1].isupper() for w in words[1:]):
        return None, mention, "role"  # "another supporter", "one source": someone unnamed, not an organisation
    if kind == "group" and name and len(words) >= 2 and words[0].lower() in ("des", "eines") and lang != "en":
        name = uninflect_genitive(name)
    if lang == "en" and name and name.isdigit() and len(words) == 2 and words[1] == name and words[0][:1].isupper():
        name = " ".join(words)  # "Report 3", "Resolution 2231": a document or body numbered, never the number alone
    if lang == "en" and kind == "person" and role and name:
        name, role = _office_words_out_of_name_en(name, role)
    return name, role, kind


def _no_name_reading_en(mention: str, name: str | None, kind: str) -> tuple[str | None, str | None, str] | None:
    """English: what a mention read as a person or group by its words alone is instead, or None: "a Green" (an
    unnamed member), "the Frankfurter Allgemeine" (a paper), "the Guardian's editorial board" (the Guardian), "the
    interviewer" (someone unnamed, no body named "interviewer")."""
    plain = mention.strip()
    if kind == "person" and _A_CAPITALISED_EN.fullmatch(plain):
        return None, _strip_articles(mention), "role"  # "said a Green", "said a Tory": one of a party or team, no one named
    if kind == "person" and name and _the_capitalised_no_person_en(mention):
        return name, None, "group"  # "opined the Frankfurter Allgemeine", "the Guardian said": a paper or body, no person
    if kind == "group" and (paper := _PAPERS_EDITORS_EN.fullmatch(plain)) and not any(
            any_first_name_gender(w) is not None for w in paper.group(1).split()):
        return paper.group(1), None, "group"  # "the Guardian's editorial board wrote": the Guardian, not a body named "board"
    if kind == "group" and _ASKER_EN.fullmatch(plain):
        return None, _strip_articles(mention), "role"  # "the interviewer asked", "the podcast host said": unnamed, no body "host"
    return None


# English: an indefinite article and one capitalised word ("a Green", "a Tory", "a Liverpool" cut from "a Liverpool fan"):
# one member of a party, club or place, never a person's name ("a Smith" is not written for someone named)
_A_CAPITALISED_EN = re.compile(r"(?:an?|A)\s+[A-Z][\w’'-]*")  # not 'An': 'An Nguyen' is a name (pr35-2)
# English: "the" and one to three capitalised words, no dot ("the Frankfurter Allgemeine", "the Guardian")
_THE_CAPITALISED_EN = re.compile(r"[Tt]he\s+((?:[A-Z][\w’'&-]*\s+){0,2}[A-Z][\w’'&-]*)")
# capitalised words after "the" that are still one person ("the Dalai Lama", "the Aga Khan")
_THE_PERSON_WORDS_EN = frozenset({"Lama", "Khan", "Donald"})


def _the_capitalised_no_person_en(mention: str) -> bool:
    """English: whether ``mention`` is "the" and capitalised words of which none is a listed first name, a role or title
    word, nor a word of :data:`_THE_PERSON_WORDS_EN`: a paper, club or body ("the Frankfurter Allgemeine"), never a
    person's name (names take no article)."""
    m = _THE_CAPITALISED_EN.fullmatch(mention.strip())
    if m is None:
        return False
    words = m.group(1).split()
    if any(w.isupper() for w in words):
        return False  # "the NRA": letters, read as before (a clause's subject the sentence-subject rule may take)
    return not any(any_first_name_gender(w) is not None or is_role_word(w) or w in _THE_PERSON_WORDS_EN for w in words)


# English: a paper's editors by its possessive ("the Guardian's editorial board", "The Times's editors"): the paper
_PAPERS_EDITORS_EN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)[’']s?\s+(?:editorial\s+(?:board|team|staff|writers)|"
                                r"editors|leader\s+writers)")
# English: one who puts the questions or runs a show, named by that alone ("the interviewer", "the talk show host", "the
# co-host of the podcast"): lower-case words only, so "Host Europe" or "the Hosts Club" stay names
_ASKER_EN = re.compile(r"(?:(?:the|an?|our|their|his|her)\s+)?(?:[a-z][a-z-]*\s+){0,3}(?:interviewer|questioner|(?:co-)?host)s?"
                       r"(?:\s+of\s+(?:the\s+|an?\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?")


# tails of a German club or body compound before a player's or official's name that the role words do not hold
# ("Bayern-Boss", "Bayern-Star", "Werder-Angreifer", "Bayern-Legende"): only after a hyphen ("Hugo Boss" is a name)
_CLUB_ROLE_TAILS_DE = frozenset({"boss", "star", "torjäger", "keeper", "angreifer", "legende", "neuzugang", "stürmer",
                                 "verteidiger", "torwart", "ikone", "idol", "urgestein", "juwel", "talent", "kapitän"})


def _possessive_tie_then_name_de(words: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: a possessive, a noun of :func:`relation_noun_de` or of kin and one to three capitalised words that are no
    role or body ("sein Gegenüber Niko Kovac", "sein Kollege Kovac", "seine Witwe Moira"): the person named, the noun
    their role (never part of the name).  None for any other mention ("sein Kollege": :func:`unnamed_people_de`)."""
    if len(words) < 3 or words[0].lower() not in POSSESSIVES_DE or not (relation_noun_de(words[1]) or (
            words[1].lower() in _KIN_DE and words[1].lower() not in ("familie", "eltern"))):
        return None
    name = words[2:]
    if len(name) > 3 or name == ["Staat"] or not all(  # "sein Vater Staat": the idiom, no one named
            _is_cap(w) and not is_role_word(w) and not organisation_de(w) and w.lower() not in INSTITUTION_WORDS for w in name):
        return None
    return " ".join(name), words[1], "person"


def _club_tail_role_de(words: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: a hyphenated compound ending in a tail of :data:`_CLUB_ROLE_TAILS_DE` before a person's name
    ("Bayern-Boss Jan-Christian Dreesen", "Bayern-Torjäger Kane"): the compound is the role, the rest the name; a
    compound alone ("Bayern-Boss") is the role, no name.  None for any other mention."""
    lead = 1 if len(words) >= 2 and words[0].lower() in ("der", "die", "ein", "eine") else 0  # "der Bayern-Boss"
    if len(words) <= lead or "-" not in words[lead] or words[lead].rsplit("-", 1)[1].lower() not in _CLUB_ROLE_TAILS_DE:
        return None
    rest = words[lead + 1 :]
    if not rest:
        return None, " ".join(words), "role"
    if len(rest) > 3 or not all(w[:1].isupper() and not is_role_word(w) for w in rest):
        return None
    name, _role, kind = _parse_mention(" ".join(rest), "de")
    return (name, words[lead], "person") if kind == "person" and name else None


# a body's abbreviation in brackets before an apposition ("der Präsident des Umweltbundesamts (UBA), Dirk Messner")
_ABBREVIATION_BEFORE_COMMA_DE = re.compile(r"\s*\((?=(?:[^)]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü&.-]{1,8}\)(?=\s*,)")


_NOBLE_TITLES_DE = frozenset(("prinz", "prinzessin", "graf", "gräfin", "freiherr", "freifrau", "fürst", "fürstin",
                              "herzog", "herzogin", "baron", "baronin", "ritter", "edler", "markgraf", "landgraf",
                              "erbprinz", "erbprinzessin"))
# bodies of one word that a person is "von": the environmental and aid groups and firms the news quotes so
_ONE_WORD_BODIES_DE = frozenset(("oxfam", "greenpeace", "germanwatch", "foodwatch", "campact", "attac", "amnesty",
                                 "vattenfall", "eon", "e.on", "siemens", "lufthansa", "telekom", "allianz", "verdi",
                                 "fridays"))  # "Fridays" of "Fridays for Future", as the mention is cut at "for"


def _body_after_von_de(von: str, rest: list[str]) -> bool:
    """German: whether the words after "von"/"vom" name a body, not a family or a place of a noble name: "vom" (von
    dem), an acronym ("RWE", "EnBW"), two words or more ("Agora Energiewende"), or a listed one-word body."""
    if von == "vom" or len(rest) >= 2:
        return True
    word = rest[0].strip(".,;:")
    return sum(c.isupper() for c in word) >= 2 or word.lower() in _ONE_WORD_BODIES_DE


def _person_from_body_de(mention: str) -> tuple[str | None, str | None, str] | None:
    """German: a listed first name and a surname, then "von"/"vom" and a body ("Jan Kowalzig von Oxfam", "Simon Müller
    von Agora Energiewende"): the person, the body where from (never the nobility particle right after a first name,
    "Richard von Weizsäcker"); None for any other mention."""
    words = mention.split()
    k = next((i for i in range(2, len(words) - 1) if words[i] in ("von", "vom")), None)
    if k is None or any_first_name_gender(words[k - 2]) is None or any_first_name_gender(words[k - 1]) is not None:
        return None
    if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", words[k - 1]) or not words[k + 1][:1].isupper():
        return None
    if words[k - 1].lower() in _NOBLE_TITLES_DE or not _body_after_von_de(words[k], words[k + 1:]):
        return None  # "Georg Friedrich Prinz von Preußen", "Florian Henckel von Donnersmarck": a name (pr34-2)
    name, role, kind = _parse_mention(" ".join(words[:k]), "de")
    if kind != "person" or name is None or not name.endswith(f"{words[k - 2]} {words[k - 1]}"):
        return None
    return name, " ".join(filter(None, (role, " ".join(words[k:])))), "person"


def _body_after_genitive_de(name: str | None, role: str | None) -> bool:
    """German: a role ending in a genitive article before a body opening with an adjective of the weak ending ("Chef
    der" + "Deutschen Bank", "Chefin der" + "Internationalen Energieagentur"): the body the role belongs to, no name."""
    words = (name or "").split()
    return (role is not None and role.split()[-1:] in (["der"], ["des"]) and 1 <= len(words) <= 3
            and re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]*en", words[0]) is not None and first_name_gender_de(words[0]) is None)


def _body_of_named_de(name: str | None, role: str | None) -> bool:
    """German: a body's noun before the genitive that names its owner ("Stiftung des Unternehmers" + "Peter Krause",
    "Klinik des Arztes" + "Paul Roth", "Stiftung" + "Peter Krauses"): the body speaks, never the one named (who owns it)."""
    parts, words = (role or "").split(), (name or "").split()
    if not parts or is_role_word(parts[0]) or not organisation_de(parts[0]):
        return False
    if len(parts) >= 3 and parts[1] in ("des", "der", "eines", "einer"):
        return True  # "Stiftung des Unternehmers Peter Krause"
    return (len(parts) == 1 and len(words) == 2 and first_name_gender_de(words[0]) is not None and words[1].endswith("s")
            and not words[1].endswith(_NO_GENITIVE_S))


# surnames whose final s is their own, no genitive's ("Betriebsrat Jonas Fuchs", "Aufsichtsrat Peter Haas", "Gemeinderat
# Peter Voss", "Stadtrat Hans Weiss"): rt36-10
_NO_GENITIVE_S = ("ss", "chs", "as", "us", "is", "os", "ys", "ß")


def _apposition_name_de(mention: str, name: str | None) -> bool:
    """German: whether ``name`` is a full name in apposition after the last comma of ``mention`` ("die Nachfolgerin von
    Peter Krause, Anna Weber"): the one the role describes, named."""
    tail = mention.rsplit(",", 1)[1].strip() if "," in mention else ""
    words = tail.split()
    return bool(name) and tail == name and len(words) >= 2 and first_name_gender_de(words[0]) is not None


def _someone_of_named_de(words: list[str]) -> bool:
    """German: a mention "der/die/ein/eine <Noun> von <First name> …" ("der Anwalt von Peter Kläger", "die Tochter von
    Klaus Rentner", "ein Sprecher von Thomas Vorsteher"): someone related to the person named, never that person."""
    return (len(words) >= 5 and words[0].lower() in ("der", "die", "ein", "eine") and words[1][:1].isupper()
            and first_name_gender_de(words[1]) is None and words[2] == "von" and first_name_gender_de(words[3]) is not None)


# a party by its name alone, in English text ("Labour", "the Greens", "Reform UK", "the CSU"): an organisation, never a
# person's id; not the Democrats or Republicans (people of the party as often as the party)
_PARTY_NAME_EN = re.compile(r"(?:(?:[Tt]he|Die)\s+)?(?:Labour|Conservatives|Tories|Reform\s+UK|Greens|SNP|Lib\s+Dems|Liberal\s+Democrats|"
                            r"Plaid\s+Cymru|Sinn\s+F[eé]in|DUP|UKIP|SDLP|Linke|AfD|CDU|CSU|SPD|FDP|BSW|"
                            r"(?:Labour|Conservative|Green|Reform)\s+Party)")


# "a senior Conservative MP", "one Labour MP", "Conservative MP Tom Reed": a member of a parliament by party and the
# letters of the seat, unnamed or before a full name; not a body whose name opens with them ("MP Materials", "MSP Group")
_MEMBER_EN = re.compile(r"(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|\d+)\s+)?(?:(?:senior|former|junior|veteran|backbench|"
                        r"[A-Z][\w’'-]+)\s+){0,3}(?:MP|MEP|MSP)s?")


def _member_of_parliament_en(mention: str) -> tuple[str | None, str | None, str] | None:
    """English: (name, role, kind) of a member of a parliament named by party and seat letters (:data:`_MEMBER_EN`):
    the person after them when a listed first name opens a full name ("Conservative MP Tom Reed"), else no one named
    ("a senior Conservative MP"); None for any other mention."""
    m = _MEMBER_EN.match(mention)
    if m is None or not re.search(r"(?:MP|MEP|MSP)s?$", m.group(0)):
        return None
    rest = mention[m.end() :].split()
    if any(first_name_gender_en(w) is not None for w in m.group(0).split()[:-1]):
        return None  # "Tom Reed MP": a person's name before the letters (the post-nominal rule reads it)
    role = re.sub(r"^(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+", "", m.group(0))
    if not rest:
        return None, role, "role"
    if len(rest) in (2, 3) and first_name_gender_en(rest[0]) is not None and all(w[:1].isupper() for w in rest):
        return " ".join(rest), role, "person"
    if not m.group(0).endswith("s") and (named := _member_named_after_seat_en(rest)) is not None:
        return named, role, "person"  # "Labour MP Dawn Butler": she, under her own name (one id with "Dawn Butler")
    return None


# a word shaped as a part of a person's name ("Butler", "Malthouse", "McDonnell", "O'Brien", "Long-Bailey")
_NAME_WORD_EN = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")
_LEGAL_FORM_WORDS_EN = frozenset({"Inc", "Corp", "Corporation", "Ltd", "LLC", "plc", "PLC", "Group", "Holdings", "Materials"})


def _member_named_after_seat_en(rest: list[str]) -> str | None:
    """English: the name after "<party> MP" (:func:`_member_of_parliament_en`) where the first name is not on the
    list: two or three words shaped as a name, none a role word ("Labour MP Dawn Butler", "Tory MP Kit Malthouse"),
    never a firm's name ("MP Materials Corp"); None otherwise."""
    if len(rest) in (2, 3) and all(_NAME_WORD_EN.fullmatch(w) and not is_role_word(w) for w in rest) and (
            rest[-1] not in _LEGAL_FORM_WORDS_EN):
        return " ".join(rest)
    return None


_POST_NOMINAL_EN = re.compile(r"(?<=[a-z’'])\s+((?:KC|QC|MP|MEP|MSP|SC|OBE|MBE|CBE)(?:\s+(?:KC|QC|MP|MEP|MSP|SC|OBE|MBE|CBE)){0,2})\s*$")


# English nouns for people a report leaves unnamed, capitalised when they open a sentence ("Sources close to the
# ministry said", "People familiar with the matter said", "Insiders said"): never a name
_UNNAMED_SOURCES_EN = frozenset({"Source", "Sources", "People", "Persons", "Insider", "Insiders",
                                  "source", "sources", "people", "persons", "insider", "insiders"})  # rv82-22


def _unnamed_sources_en(mention: str) -> bool:
    """English: whether a mention is such a noun alone or before lower-case words ("Sources", "People close to the
    talks", "people familiar with the matter"); not before a capitalised word or "magazine" ("People Magazine", "People magazine": a title)."""
    words = mention.split()
    if words and words[0].islower() and len(words) == 1:
        return False  # "He says if people think …": a lone lower-case "people" is left to the subject rules
    return bool(words) and words[0] in _UNNAMED_SOURCES_EN and (
        len(words) == 1 or (words[1][:1].islower() and words[1] not in ("magazine", "journal", "newspaper")))


_WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PRESS_UNITS_EN = frozenset("office service team department desk".split())


def _without_trailing_day_en(mention: str) -> str:
    """English: a mention without a weekday after two words of a name ("Anna Lindqvist Thursday" -> "Anna Lindqvist");
    a surname that is a day ("Nancy Friday") or a name ending in "on Sunday" ("the Mail on Sunday") stays."""
    words = mention.split()
    if len(words) >= 3 and words[-1].lower() in _WEEKDAYS_EN and words[-2].lower() != "on":
        return " ".join(words[:-1])
    return mention


def _press_office_of_en(mention: str) -> str | None:
    """English: the body whose press office speaks ("Siemens press office" -> "Siemens"), else None."""
    words = [w for w in mention.split() if w.lower() not in ("the", "a", "an")]
    if len(words) >= 3 and words[-2].lower() == "press" and words[-1].lower() in _PRESS_UNITS_EN and all(
            w[:1].isupper() for w in words[:-2]):
        return " ".join(words[:-2])
    return None


# English nouns of two words for someone by a tie to another, ending a mention after an owner or determiner ("Kompany's
# opposite number", "his number two", "the coach's right-hand man"): that other person, unnamed; never a body
# named "opposite number", nor the owner
_COUNTERPART_END_EN = re.compile(r"(?:^|\s)(?:\S+[’']s?|his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}"
                                 r"(?:opposite\s+numbers?|numbers?\s+two|right-hand\s+(?:man|men|woman|women))\Z")


def _counterpart_unnamed_en(mention: str) -> bool:
    """English: whether ``mention`` ends in a counterpart noun (:data:`_COUNTERPART_END_EN`, "Kompany's opposite number")
    with no one named before a comma ahead of it: "Novak Djokovic, the world number two" names Djokovic."""
    m = _COUNTERPART_END_EN.search(mention)
    return m is not None and "," not in mention[: m.start()]


def _one_of_some_en(mention: str) -> bool:
    """English: "One of the lawyers …", "Two of his aides": someone of several, never a person named "One"."""
    words = mention.split()
    return len(words) >= 3 and words[0].lower() in QUANTIFIERS and words[1].lower() == "of"


def _office_words_out_of_name_en(name: str, role: str) -> tuple[str, str]:
    """English: a name after a role that opens with the office's last words before a listed first name ("Minister of
    the Interior Nancy Faeser": 'Interior Nancy Faeser' -> 'Nancy Faeser', the role 'Minister of the Interior')."""
    nw = name.split()
    k = next((i for i in range(1, len(nw) - 1) if any_first_name_gender(nw[i])), None)
    if k is None or any(any_first_name_gender(w) for w in nw[:k]):
        return name, role
    return " ".join(nw[k:]), f"{role} {' '.join(nw[:k])}"


COUNT_BEFORE_PLURAL_EN = re.compile(r"[1-9][0-9]{0,2}")  # "the 50 states", "the 27 countries": a count of a plural


def _plural_noun_en(word: str) -> bool:
    """A capitalised English plural of a noun for people or ties before "of" ("Partners", "Shareholders", "Members" of
    …): a group, no surname."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and (is_role_word(low[:-1]) or relation_noun_en(low[:-1])
                                                             or relation_noun_en(low))


def _surname_of_body_en(mention: str) -> str | None:
    """English: the surname of a mention "<Surname> of [the [adjectives]] <Body>" where the body is plainly one: an
    acronym ("ÖVP", "CDU"), a word for an institution ("Oxford University"), or a party after a describing word ("the
    conservative Tories"); None for a title, office or body named "X of Y" ("Duke of Edinburgh", "Bank of England",
    "Friends of the Earth") and for a body that is none of these ("Isle of Man")."""
    m = _SURNAME_OF_BODY.match(mention.strip())
    if m is None:
        return None
    head, body = m.group(2), m.group(4).split()
    if not _name_before_of_en([head]) or head.lower() in _NO_SURNAME_BEFORE_OF_EN or head.isupper() or _plural_noun_en(head):
        return None
    plain = (any(len(t) >= 2 and t.isupper() and t.isalpha() for t in body)
             or any(t.lower() in INSTITUTION_WORDS or t.lower() in _ORG_HEADS for t in body) or bool(m.group(3)))
    return m.group(1) if plain else None


def _name_before_of_en(words: list[str]) -> bool:
    """English: whether the capitalised words before "of Place" end in a person's name ("Rep. Tom Cole",
    "Mayor Anna Reed"): role words may open them, but the rest is no role, institution or organisation
    ("Chief Justice", "Federal Reserve Bank": an office or body "of" somewhere)."""
    i = 0
    while i < len(words) - 2 and is_role_word(words[i]):
        i += 1  # "Mayor" in "Mayor Anna Reed of Dayton": the title before a name of two words or more
    rest = words[i:]
    return not any(is_role_word(t) or t.lower() in INSTITUTION_WORDS or t.lower() in _ORG_HEADS for t in rest)


def uninflect_genitive(name: str) -> str:
    """The last word of a German genitive name without its -s/-es ("Kremls" -> "Kreml",
    "Bundestages" -> "Bundestag", "Rates" -> "Rat", "Komitees" -> "Komitee"); a word of four
    letters or fewer is left as it is."""
    head, _, last = name.rpartition(" ")
    if last.endswith("es") and len(last) >= 5 and last[-3].lower() not in "aeiouäöüy":
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss") and len(last) >= 5:
        last = last[:-1]
    return f"{head} {last}" if head else last


# a firm's name of capitalised words joined by "&" ("Müller & Söhne", "Procter & Gamble"): one name, an organisation's
_FIRM_NAME = re.compile(r"(?:[A-ZÄÖÜ][\w.'’-]*\s+)*[A-ZÄÖÜ][\w.'’-]*(?:\s+&\s+[A-ZÄÖÜ][\w.'’-]*)+"
                        r"(?:\s+(?:GmbH|mbH|AG|KG|SE|OHG|Co\.?|Inc\.?|Ltd\.?))*")
_FIRM_JOIN = "\u2063"  # keeps the firm's words one token while the mention is split


_PERSON_WORDS = r"[A-ZÄÖÜ][\w'’-]+(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){1,3}"  # "Max Müller", "Ann B. Lee": capitalised words, two or more
_JOIN = r"(?:\s*,\s*|\s+(?:und|and|&)\s+)"
_PERSON_OR_FIRST = r"[A-ZÄÖÜ][\w'’-]+(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][\w'’-]+)){0,3}"  # before the last also a first name alone: "Ann and Tom Lee"
_SEVERAL_AFTER = re.compile(rf"(?:\s*,\s*{_PERSON_OR_FIRST})*\s+(?:und|and|&)\s+{_PERSON_WORDS}")  # the rest after the first
_SEVERAL = re.compile(_PERSON_OR_FIRST + _SEVERAL_AFTER.pattern)  # the first, then the rest
_SEVERAL_BEFORE = re.compile(rf"{_PERSON_OR_FIRST}(?:\s*,\s*{_PERSON_OR_FIRST})*\s+(?:und|and|&)\s+$")  # those before the last


_PLACE_TAIL_EN = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")


def several_persons(mention: str) -> bool:
    """Whether ``mention`` names two or more people joined by "und"/"and"/"&" (and commas): "Max Müller und Anna
    Schmidt", "Tom Baker, Ann Lee and John Smith"; each opens with a known first name, so "Procter and Gamble" and
    "Ministry of Trade and Industry" are none.  German: a plural role may lead ("die beiden Vorsitzenden Eva Kurz
    und Max Lang", "die Abgeordneten Eva Kurz und Max Lang")."""
    m = _PLURAL_ROLE_DE.match(mention)
    if m is not None:
        rest = mention[m.end() :]
        counted = bool(m.group(1))  # after a count any words may stand before the names; after "die" alone role nouns only
        return any(several_persons(rest[w.start() :]) for w in re.finditer(r"(?<!\S)[A-ZÄÖÜ]", rest)
                   if counted or _ROLE_NOUNS_DE.fullmatch(rest[: w.start()]))
    mention = _PLACE_TAIL_EN.sub("", mention)  # "Ann and Tom Lee of Ohio": the people, from a place
    if not _SEVERAL.fullmatch(mention):
        return False
    parts = [p.split() for p in re.split(_JOIN, mention)]
    return len(parts) >= 2 and _each_opens_with_a_first_name(parts)


# German: a plural role before the names of the people it counts ("die beiden Vorsitzenden", "die drei Ärzte")
_PLURAL_ROLE_DE = re.compile(r"(?:[Dd]ie\s+)?((?:beiden|beide|zwei|drei|vier|fünf)\s+)|[Dd]ie\s+(?=[A-ZÄÖÜ])")
_ROLE_NOUNS_DE = re.compile(r"(?:[A-ZÄÖÜ][\w-]*\s+){0,2}")  # "die Abgeordneten", "die SPD-Politiker": nouns, no verb


# German: a second noun phrase joined to a subject by "und"/"sowie" ("… und der Landkreis", "… sowie die SPD-Fraktion", "… und
# sein Stellvertreter"), a nominative article or possessive before it
_SECOND_SUBJECT_DE = re.compile(r"\s+(?:und|sowie)\s+(?:(?P<art>der|die|das|ein|eine|sein|seine|ihr|ihre)\s+(?:[a-zäöüß-]+\s+){0,2})?"
                                r"(?P<head>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?=\s+[a-zäöüß]|\s*[,.;:!?]|\s*$)")
_PLURAL_FINITE_DE = re.compile(r"(?!(?:eben|oben|unten|außen|innen|morgen|zusammen|seinen|ihren|einen|keinen)\b)"
                               r"(?:[a-zäöüß]{2,}(?:en|ten)|sind|waren|haben|hatten|werden|wurden)(?![\w-])")
# (never half of a compound whose head comes after "und": "der Wirtschafts- und Klimaschutzminister" is one noun phrase)
_FIRST_SUBJECT_DE = re.compile(r"(?P<art>(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß-]+\s+){0,2})?(?P<head>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?<!-)")


def _article_or_person_de(m: re.Match) -> bool:
    """German: a noun phrase of a coordinated subject opens with an article or possessive, or is a person's name with a
    listed first name ("Paul Krause"); a bare capitalised word ("Italiens", "Polizei") is left alone."""
    words = m.group("head").split()
    if len(words) >= 2 and is_role_word(words[0]) and not organisation_de(words[0]):
        words = words[1:]  # "Kanzler Olaf Scholz", "Porsche-Chef Oliver Blume": a title before a name
        if len(words) == 1 and first_name_gender_de(words[0]) is None:
            return True  # "Präsident Macron": a title and a surname
    return (bool(m.group("art")) or (len(words) >= 2 and first_name_gender_de(words[0]) is not None)
            or (len(words) == 1 and len(words[0]) >= 2 and words[0].replace("-", "").isupper()))  # "CDU und SPD": acronyms


def _bare_pair_de(first: re.Match, second: re.Match) -> bool:
    """German: whether both noun phrases of a pair are one capitalised word each with no article ("Keller und Brandt",
    "Siemens und Bosch"): two surnames or two names of bodies, read as a pair only beside a plural verb before them."""
    return not first.group("art") and not second.group("art") and all(
        len(m.group("head").split()) == 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", m.group("head")) is not None for m in (first, second))


def coordinated_subject_de(text: str, a: int, b: int) -> int | None:
    """German: the end of the second noun phrase when mention ``text[a:b]``, a definite noun phrase, is joined by "und"/
    "sowie" to another that shares its verb in the plural ("Die Stadt und der Landkreis teilten mit:", "teilten die
    Stadt und der Landkreis mit"): both speak, not the first alone.  None otherwise ("die Stadt und den Landkreis": an
    object; "Die Stadt und der Landkreis" before a singular verb: no such pair)."""
    first = _FIRST_SUBJECT_DE.fullmatch(text, a, b)
    m = _SECOND_SUBJECT_DE.match(text, b) if first is not None else None
    if first is None or m is None:
        return None
    before = re.search(r"([a-zäöüß]+)\s+\Z", text[max(0, a - 30) : a])
    opens = re.search(r"(?:\A|[.!?:\n]\s*)\Z", text[max(0, a - 3) : a]) is not None
    bare = _bare_pair_de(first, m) and (opens or before is not None)
    if not bare and not (_article_or_person_de(first) and _article_or_person_de(m)):
        return None  # "sagten Keller und Brandt", "Keller und Brandt sagten:": a pair by its plural verb; a bare word else alone
    after = re.match(r"\s+([a-zäöüß]+)", text[m.end() : m.end() + 30])
    # the verb before the pair when there is one ("teilten die Stadt und der Landkreis mit"; "sagte Anna Weber und ihre
    # Kollegen nickten": a singular verb, a new clause after "und"), else the verb after it
    verb = before if before is not None else after
    return m.end() if verb is not None and _PLURAL_FINITE_DE.fullmatch(verb.group(1)) is not None else None


def coordinated_pair_de(mention: str, bare: bool = False) -> bool:
    """German: whether ``mention`` is two noun phrases joined as :func:`coordinated_subject_de` joins them; two bare
    capitalised words ("Keller und Brandt") only with ``bare`` (that function joined them beside a plural verb)."""
    first = _FIRST_SUBJECT_DE.match(mention)
    second = _SECOND_SUBJECT_DE.fullmatch(mention, first.end()) if first is not None else None
    return (first is not None and second is not None and ((_article_or_person_de(first) and _article_or_person_de(second))
            or (bare and _bare_pair_de(first, second))) and not several_persons(mention))  # "Paul Krause und Anna Weber": two people, as several_persons reads them


def several_persons_span(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the coordination of people (:func:`several_persons`) that the mention ``text[a:b]`` is one of or
    holds: "Max Müller" of "sagten Max Müller und Anna Schmidt", "Ann Lee" of "Tom Baker and Ann Lee said"; None
    when it is none."""
    m_after = _SEVERAL_AFTER.match(text, b)
    end = m_after.end() if m_after else b
    m_before = _SEVERAL_BEFORE.search(text[max(0, a - 160) : a]) if a > 0 else None
    start = a - (len(m_before.group(0)) if m_before else 0)
    for s, e in ((start, end), (a, end), (start, b), (a, b)):
        if several_persons(text[s:e]):
            return s, e
    return None


# English: the last of several people ending a mention: "and" (after a comma or not), up to four lower-case title words,
# a first name (group 1), an initial perhaps, a surname ("…, Siemens chief executive Roland Busch and Tom Hill", "… and
# finance minister Christian Lindner")
_LAST_OF_SEVERAL_EN = re.compile(r"(?:,\s*|\s+)(?:and|&)\s+(?:[a-z][\w-]*\s+){0,4}([A-Z][\w’'-]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+\Z")
# English: a person named with a listed first name before that last one ("Anna Keller", "economy minister Robert Habeck")
_FIRST_AND_SURNAME_EN = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]+(?=\s*(?:,|\s(?:and|&)\s))")


def last_of_several_en(mention: str) -> bool:
    """English: whether a person's mention ends in another person joined by "and" (:data:`_LAST_OF_SEVERAL_EN`) after a
    person of its own named in full, each with a listed first name ("Anna Keller, Roland Busch and Tom Hill", "economy
    minister Robert Habeck and finance minister Christian Lindner"): several speak, none alone; never a firm ("Procter
    and Gamble", "Simon and Schuster") nor a person from a firm of two names ("Tom Hill of Marks and Spencer")."""
    m = _LAST_OF_SEVERAL_EN.search(mention)
    if m is None or any_first_name_gender(m.group(1)) is None:
        return False
    from .phrases import _TITLE_PARTICIPLES

    between = mention[m.start():m.start(1)].split()[1:]
    # "and retired minister Tom Hill", "and newly appointed minister …": a title's participle, no verb
    if any((w.endswith("ed") and w.lower() not in _TITLE_PARTICIPLES) or w in _VERBS_AFTER_AND_EN for w in between):
        return False  # "said Anna Weber and thanked minister Tom Hill": a new clause's verb, one speaker
    return any(any_first_name_gender(f.group(1)) is not None and not _TIE_WORD_EN.search(mention, f.end(), m.start())
               for f in _FIRST_AND_SURNAME_EN.finditer(mention) if f.end() <= m.start())


# verbs after "and" that open a new clause about the second person (no "-ed" form: "thanked", "praised" are read so)
_VERBS_AFTER_AND_EN = frozenset(("said", "told", "met", "thanks", "praises", "urges", "asks", "tells", "meets", "says"))


# a preposition or relative word between two people of a mention: the second belongs to the first's apposition ("Anna
# Keller, a friend of Tom Hill and Julia Busch", "the widow of …"), they do not speak together
_TIE_WORD_EN = re.compile(r"(?<![\w’'-])(?:of|for|to|at|with|by|from|who|whose|which|that)(?![\w’'-])")


def _parse_mention(mention: str, lang: str = "") -> tuple[str | None, str | None, str]:
    """:func:`_parse_words`, with a firm's name joined by "&" read as one organisation's name ("Müller & Söhne"; "ein
    Sprecher von Müller & Söhne" a role; "Max Maier von Müller & Söhne" Max Maier), never cut at the "&"; first names
    on both sides ("Max Müller & Anna Schmidt") are two people: a group of no one name."""
    if several_persons(mention):
        return None, mention, "group"  # "Max Müller und Anna Schmidt": two people, neither one alone
    firm = _FIRM_NAME.search(mention)
    if firm is None:
        return _parse_words(mention, lang)
    sides = [side.split() for side in firm.group(0).split("&")]
    if _each_opens_with_a_first_name(sides):
        return None, mention, "group"  # "Max Müller & Anna Schmidt": two people, no firm and neither one alone
    joined = firm.group(0).replace(" ", _FIRM_JOIN)
    name, role, kind = _parse_words(mention[: firm.start()] + joined + mention[firm.end() :], lang)
    if name and joined in name:
        before = name[: name.index(joined)].split()
        while before and (before[-1].lower() in PARTICLES or before[-1].lower() in ("bei", "at", "from", "of")):
            before = before[:-1]
        if before and kind == "person":
            role = " ".join(x for x in (role, name[len(" ".join(before)) :].strip()) if x)
            name = " ".join(before)  # "Max Maier von Müller & Söhne": the person, from the firm
        else:
            kind = "group"
    unjoin = lambda s: s.replace(_FIRM_JOIN, " ") if s else s  # noqa: E731
    return unjoin(name), unjoin(role), kind


# German: a title in double quotation marks, after an article and a noun for what it names ("die Zeitung „Die Welt“")
_QUOTED_TITLE_DE = re.compile(r"(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+)?(?:(?P<noun>[A-ZÄÖÜ][a-zäöüß-]+)\s+)?"
                              r"[„“\"»](?P<title>[^„“”\"»«]{1,60})[“”\"«]")


# German: a count before a noun (never a year): what follows is a plural, no name ("298 Wahlkreise", "drei Kliniken")
_COUNT_DE = re.compile(r"(?:[2-9]|[1-9]\d{1,2}|[1-9]\d{0,2}(?:\.\d{3})+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
                       r"zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|hunderte|tausende|mehrere|einige|viele|zahlreiche)")


# German: a word that labels the number after it ("die Nummer 10", "Startnummer 7", "die Nr. 1"): the number is no count
_NUMBER_LABEL_DE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß]*-?)?(?:[Nn]ummer|Nr\.?|No\.?)")


def _numbered_role_de(tokens: list[str]) -> bool:
    """German: a mention that ends in a number's label and its number, or in a genitive after them ("die Nummer 10",
    "Bayerns Nummer 10", "Startnummer 7", "die Nr. 1 der Welt"): a rank or a shirt, no name (a name after the number,
    "die Nummer 10 Jamal Musiala", is the person's)."""
    for k in range(len(tokens) - 1):
        if _NUMBER_LABEL_DE.fullmatch(tokens[k]) and tokens[k + 1].isdigit():
            rest = tokens[k + 2 :]
            return not rest or rest[0].lower() in ("der", "des", "im", "in", "bei", "beim", "von", "vom")
    return False


def _parse_words(mention: str, lang: str = "") -> tuple[str | None, str | None, str]:
    """Split a speaker mention into (name, role, type) where type is person|pronoun|role|group.

    A person's name is the trailing run of capitalised tokens that are neither role
    nouns nor institution words; what stands before it (articles dropped) is the role.
    """
    text = " ".join(mention.split()).strip(" ,.;:–—-")
    if not text:
        return None, None, "group"
    paren = re.search(r"\s*\(([^()]{1,40})\)\s*$", text)
    if paren and paren.start() > 0:
        return _parse_bracketed(text, paren, lang)
    if text.lower() in PRONOUNS.get(lang, set()) | PRONOUNS["de"] | PRONOUNS["en"]:
        return None, None, "pronoun"
    if APPOSITION_COMMA.search(text):
        return _parse_apposition(text, lang)
    title = _QUOTED_TITLE_DE.fullmatch(text) if lang == "de" else None
    if title is not None:  # "Die „Süddeutsche Zeitung“", "die Zeitung „Die Welt“": a paper or show by its title
        return title.group("title").strip(), title.group("noun"), "group"
    tokens = _TOKEN.findall(text)
    while tokens and (tokens[0].lower() in ARTICLES or (tokens[0].lower() in DEMONSTRATIVES and len(tokens) > 1)):
        tokens = tokens[1:]  # leading articles, demonstratives ("Dieser Arzt", "this senator")
    if not tokens:
        return None, None, "group"
    owner = (None if lang == "en" and _titled_body_en(tokens) else _document_owner(tokens)) or (
        _statement_owner_de(tokens) if lang == "de" else None)
    if owner:
        return _parse_owner(tokens, owner, lang)
    if len(tokens) == 1 and plural_nationality(mention, lang):
        return None, tokens[0], "group"  # "die Schweden", "the Swedes": people of a nation, no name ("Schweden" is Sweden)
    if len(tokens) == 1 and lang == "de" and plural_people_de(mention) and not is_role_word(tokens[0]):
        return None, tokens[0], "group"  # "die Bauern", "Anwohner": several people named by what they are, no name
    if lang == "de" and len(tokens) <= 2 and tokens[-1].lower().endswith(_PLURAL_BODIES_DE) and (len(tokens) == 1 or tokens[0].islower()
                                                                                            or (tokens[0].endswith("er") and first_name_gender_de(tokens[0]) is None)):
        return None, " ".join(tokens), "group"  # "Mieterverbände", "Hamburger Reedereien": several bodies, no one name
    if lang == "en" and plural_people_en(tokens):
        return None, " ".join(tokens), "group"  # "Farmers", "Tenant groups": several people or bodies, no name
    if len(tokens) == 1 and nationality_noun(mention, lang) is not None:
        return None, tokens[0], "role"  # "die Schwedin", "the Swede": a person named by nationality, no name, no body
    if len(tokens) == 1 and lang == "de" and person_by_state_de(tokens[0]):
        return None, tokens[0], "role"  # "die Verstorbene", "der Verletzte": a person, no name, no body
    if lang == "de":
        noble = _noble_surname_de(tokens, text)
        if noble is not None:
            return noble
        if len(tokens) == 1 and re.fullmatch(r"\d{1,3}-[Jj]ährige[rn]?", tokens[0]):
            return None, tokens[0], "role"  # "die 17-Jährige": a person named by age
        if tokens[-1] in ("Mann", "Frau") and mention.split()[0].lower() in ARTICLES and all(t.islower() for t in tokens[:-1]):
            return None, " ".join(tokens), "role"  # "der Mann", "eine ältere Frau": a person by what they are (not Thomas Mann)
        if _person_by_common_noun_de(tokens, mention):
            return None, " ".join(tokens), "role"  # "die 34-jährige Anwohnerin", "die Mutter von drei Kindern": no name
        german = (unnamed_people_de(mention) or _someone_of_de(tokens, mention) or _role_of_someone_de(tokens)
                  or _name_of_body_de(tokens))
        if german is not None:
            return german
    if lang == "en" and _org_for_tokens_en(tokens):
        return _person_of_org_for_en(tokens) or (" ".join(tokens), None, "group")  # "Physicians for Human Rights"
    staff = (_military_staff_en(tokens) or _particle_surname_en(tokens)) if lang == "en" else None
    if staff is not None:
        return staff  # "the Army chief of staff"; "von der Leyen", "de Blasio": a surname opened by a particle, a person
    if lang == "en" and _armed_body_en(tokens, mention):
        return _clean(" ".join(tokens)), None, "group"  # "Iran's Quds Force", "the National Guard": a body, no person
    if lang == "de" and _numbered_role_de(tokens):
        return None, " ".join(tokens), "role"  # "die Nummer 10", "Bayerns Nummer 10", "die Nr. 1 der Welt": a rank names no one
    if _first_name_and_media_surname(tokens):
        return " ".join(tokens), None, "person"  # "Linda Fox", "Amy Post": a first name and a surname, no paper (rv75-13)
    name, role, kind = _split_name_role(tokens, mention, lang)
    if (lang == "de" and kind == "person" and role and _COUNT_DE.fullmatch(role.split()[-1])
            and not (len(role.split()) >= 2 and _NUMBER_LABEL_DE.fullmatch(role.split()[-2]))):
        # "die 27 EU-Staaten" a group as "die zwei Schwestern" is; "die Ergebnisse der 298 Wahlkreise" no one's name
        return (" ".join(tokens), None, "group") if len(tokens) == 2 else (None, " ".join(tokens), "group")
    return name, role, kind


# particles that open a surname written without the first name ("von der Leyen said", "de Blasio said", "van Gaal said");
# not "al", "el", "la", "le", "bin" ("al Qaeda", "la Liga", "le Monde": bodies and papers)
_SURNAME_PARTICLES_EN = frozenset({"von", "van", "de", "der", "den", "di", "da", "du", "dos", "del", "della", "ter", "zu", "vom"})


def _particle_surname_en(tokens: list[str]) -> tuple[str | None, str | None, str] | None:
    """English: a surname that opens with lower-case particles and ends in capitalised words, no first name before
    it ("von der Leyen", "de Blasio", "van der Bellen"): that person's name whole, not a role "von der" before "Leyen"
    nor a body; None for anything else ("von Trapp Family Singers": a body word; "de facto": no capital)."""
    k = 0
    while k < len(tokens) and tokens[k] in _SURNAME_PARTICLES_EN:
        k += 1
    rest = tokens[k:]
    if k == 0 or not rest or len(rest) > 2 or not all(_is_cap(t) and not t.isupper() for t in rest):
        return None
    if any(t.lower() in INSTITUTION_WORDS or t.lower() in _ORG_HEADS or t.lower() in _BODY_NAME_WORDS_EN or is_role_word(t) for t in rest):
        return None
    return " ".join(tokens), None, "person"


# last words of an armed or security body's name ("Quds Force", "National Guard", "Marine Corps", "Military Wing")
_ARMED_BODY_TAILS_EN = frozenset({"Force", "Forces", "Guard", "Guards", "Corps", "Brigade", "Brigades", "Wing", "Army",
                                  "Navy"})


# capitalised words before such a tail that name a body, not a first name ("National Guard", "Armed Forces")
_ARMED_BODY_MODIFIERS_EN = frozenset("""National Armed Air Revolutionary Marine Coast Special Defense Defence Military Border
Task Salvation Red Space Rapid Support Home Royal Quds Naval Territorial Reserve""".split())


def _armed_body_en(tokens: list[str], mention: str) -> bool:
    """English: whether a mention of capitalised words ends in a word of an armed body's name ("Iran's Quds Force", "the
    Revolutionary Guards", "the Israel Defense Forces"): the body, never a person; only after an owner's possessive, an
    article, a listed body word before the tail or three words or more, never after a listed first name ("Tom Force"):
    "Chris Wing", "Alex Guard" stay people (unisex first names are not listed)."""
    owned = any(t.endswith(("'s", "’s")) for t in tokens[:-2])
    words = tokens[max((i for i, t in enumerate(tokens) if t.endswith(("'s", "’s"))), default=-1) + 1 :]
    if not (len(words) >= 2 and words[-1] in _ARMED_BODY_TAILS_EN and all(_is_cap(t) for t in tokens)
            and not any_first_name_gender(words[0]) and not any(is_role_word(t) for t in words)
            and words[-2].lower() not in PARTICLES):  # "Chris Van Wing", "Anna de Guard": a surname with its particle
        return False
    return owned or len(words) >= 3 or mention.split()[0].lower() == "the" or words[-2] in _ARMED_BODY_MODIFIERS_EN


# the capitalised word before "Staff" that makes a military staff, a body ("Ukraine's General Staff", "the Defence Staff")
_STAFF_KINDS_EN = frozenset({"General", "Defence", "Defense", "Joint", "Naval", "Air", "Army"})


def _military_staff_en(tokens: list[str]) -> tuple[str | None, str | None, str] | None:
    """English: a mention holding a military staff ("General Staff"): the body when it ends the mention ("Ukraine's
    General Staff said": no person 'Staff'), a role when a role word opens it ("the Chief of the General Staff"), the
    person after it with the office as the role ("Chief of the General Staff Valery Gerasimov"); None for the usual
    reading."""
    at = next((k for k in range(1, len(tokens)) if tokens[k] == "Staff" and tokens[k - 1] in _STAFF_KINDS_EN), None)
    if at is None:
        return None
    office = " ".join(tokens[: at + 1])
    if at < len(tokens) - 2 and tokens[at + 1] == "of":
        office = " ".join(tokens)  # "the General Staff of the Armed Forces"
    elif at < len(tokens) - 1:
        name, role, kind = _split_name_role(tokens[at + 1 :], " ".join(tokens[at + 1 :]), "en")
        return (name, office, "person") if kind == "person" and role is None and name else None
    if any(is_role_word(t) for t in tokens[: at - 1]):
        return None, office, "role"
    return office, None, "group"


def _person_of_org_for_en(tokens: list[str]) -> tuple[str, str, str] | None:
    """English: the person after such an organisation's possessive ("Fridays for Future's Luisa Neubauer": she, of
    the group), two or three words shaped as a name, none a word of a body or thing ("… 's Legal Director", "… 's
    Youth Council", "… 's Energy Team" stay the group's); None otherwise."""
    owner = [i for i, t in enumerate(tokens[:-2]) if t.endswith(("'s", "’s"))]
    after = tokens[owner[-1] + 1 :] if owner else []
    if not (2 <= len(after) <= 3 and all(_name_word_after_owner_en(t) for t in after)) or any(
            t.lower() in INSTITUTION_WORDS or t.lower() in _BODY_NAME_WORDS_EN or t.lower() in _ORG_HEADS or t.lower() in _UNIT_NOUNS_EN
            for t in after):
        return None
    return " ".join(after), " ".join(tokens[: owner[-1] + 1])[:-2].rstrip("'’"), "person"


# nouns for a part of a group ("Fridays for Future's Youth Wing", "… Berlin Chapter", "… Climate Desk"): the group's
# branch speaks, never a person of that name
_UNIT_NOUNS_EN = frozenset({"chapter", "chapters", "branch", "branches", "wing", "wings", "desk", "office", "section", "unit", "team",
                            "cell", "division", "department", "bureau", "caucus", "network", "chair", "presidium", "leadership"})


def _org_for_tokens_en(tokens: list[str]) -> bool:
    """English: a mention's words (articles dropped) that are an organisation named "X for Y" (:func:`org_for_en`),
    capitalised but for "for" and "and"."""
    k = tokens.index("for") if "for" in tokens else 0
    return (0 < k < len(tokens) - 1 and org_for_en(tokens[k - 1], tokens[k + 1], tokens[0])
            and all(w[:1].isupper() or w in ("for", "and") for w in tokens))


# German: a surname opening with a particle ("von der Leyen", "Von der Leyen", "de Maizière", "Van der Bellen"), after
# role words or alone; "von" alone ("von Österreich", "von Tesla") and "zu" alone ("zu Merkel") name places, firms
# and addressees far more often: they need a first name before them (another rule); "von den" is a dative plural
_NOBLE_SURNAME_DE = re.compile(r"(?:[Vv]on (?:der|dem|und zu)|[Vv]an(?: (?:der|den|de))?|[Dd]e) ([A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?)")
# endings of German common nouns, never such a surname ("von der Regierung", "von der Polizei", "von der Gewerkschaft")
_NOUN_ENDINGS_DE = ("ung", "heit", "keit", "schaft", "ei", "ion", "tät", "ium", "tum", "nis", "ur", "ik", "ie", "ment", "anz", "enz")
# after "von der", a noun is feminine: a party, a club, a country, a clinic ("von der Linken", "von der Hertha", "von
# der Ukraine", "von der Charité"); the surnames of that shape end in "-en" ("von der Leyen") and are no adjective
# made a noun ("der Linken", "der Grünen")
_PARTY_ADJECTIVES_DE = frozenset({"linken", "grünen", "rechten", "liberalen", "konservativen", "jungen", "freien", "alten", "neuen"})


def particle_surname_de(words: str) -> bool:
    """German: whether ``words`` are a surname with a particle of a known shape ("von der Leyen", "de Maizière")."""
    m = _NOBLE_SURNAME_DE.fullmatch(words)
    if m is None:
        return False
    last = m.group(1)
    if last.lower().endswith(_NOUN_ENDINGS_DE) or organisation_de(last) or is_role_word(last) or last.lower() in INSTITUTION_WORDS:
        return False
    if words.lower().startswith("von der ") or words.lower().startswith("von dem "):
        return last.endswith("en") and last.lower() not in _PARTY_ADJECTIVES_DE
    return True


def _noble_surname_de(tokens: list[str], mention: str) -> tuple[str | None, str | None, str] | None:
    """German: a mention that is such a surname ("von der Leyen") or ends in one after a title with no article
    ("Kommissionspräsidentin von der Leyen"); after an article the surname may be an owner's ("ein Sprecher von der
    Leyen", "der Sprecher von der Polizei"): no name."""
    for i in range(len(tokens)):
        tail = " ".join(tokens[i:])
        if not particle_surname_de(tail):
            continue
        if (not all(is_role_word(t) for t in tokens[:i])
                or i > 0 and (mention.split()[0].lower() in ARTICLES or tokens[-1].endswith("s"))):
            return None
        return tail, " ".join(tokens[:i]) or None, "person"
    return None


# nouns for one person of a nationality, after an article ("sagte die Schwedin", "said the Swede"): a person, never a
# body or a name; the gender where the word shows it (German -in, "der"; English -man/-woman); a fact of usage
_NATIONALITY_DE = ("Schwede", "Franzose", "Däne", "Finne", "Norweger", "Isländer", "Niederländer", "Belgier", "Luxemburger",
                   "Österreicher", "Schweizer", "Italiener", "Spanier", "Portugiese", "Grieche", "Brite", "Ire", "Pole", "Tscheche",
                   "Slowake", "Ungar", "Rumäne", "Bulgare", "Kroate", "Slowene", "Serbe", "Lette", "Litauer", "Ukrainer", "Russe",
                   "Amerikaner", "Kanadier", "Chinese", "Japaner", "Türke",
                   # football's and the news' others (rv66-11), and Swiss, Austrian and German regions' people (rv68-6)
                   "Engländer", "Waliser", "Schotte", "Brasilianer", "Argentinier", "Mexikaner", "Australier", "Kolumbianer",
                   "Uruguayer", "Chilene", "Ägypter", "Marokkaner", "Algerier", "Tunesier", "Nigerianer", "Ghanaer",
                   "Kameruner", "Senegalese", "Südkoreaner", "Koreaner", "Inder", "Iraner", "Iraker", "Syrer", "Georgier",
                   "Armenier", "Albaner", "Bosnier", "Kosovare", "Liechtensteiner", "Südafrikaner", "Neuseeländer",
                   "Bündner", "Zürcher", "Berner", "Basler", "Walliser", "Tessiner", "Luzerner", "Tiroler", "Kärntner",
                   "Steirer", "Vorarlberger", "Wiener", "Berliner", "Münchner", "Kölner", "Schwabe", "Sachse")
_NATIONALITY_F_DE = frozenset({"Schwedin", "Französin", "Dänin", "Finnin", "Griechin", "Britin", "Irin", "Polin", "Tschechin",
                               "Slowakin", "Rumänin", "Bulgarin", "Kroatin", "Slowenin", "Serbin", "Russin", "Chinesin",
                               "Türkin", "Portugiesin", "Schottin", "Chilenin", "Senegalesin", "Kosovarin", "Schwäbin",
                               "Sächsin"} | {w + "in" for w in _NATIONALITY_DE if w.endswith("er")} | {"Ungarin"})
_NATIONALITY_EN = {"Swede": "", "Dane": "", "Finn": "", "Pole": "", "Briton": "", "Scot": "", "Spaniard": "", "Turk": "",
                   "Norwegian": "", "German": "", "Italian": "", "Austrian": "", "Belgian": "", "Russian": "", "American": "",
                   "Canadian": "", "Ukrainian": "", "Hungarian": "", "Romanian": "", "Bulgarian": "", "Croatian": "",
                   "Serbian": "", "Greek": "", "Czech": "", "Slovak": "", "Latvian": "", "Lithuanian": "", "Estonian": "",
                   "Icelander": "", "Luxembourger": "", "Australian": "", "Brazilian": "", "Mexican": "", "Israeli": "",
                   "Iranian": "", "Frenchman": "m", "Frenchwoman": "f", "Dutchman": "m", "Dutchwoman": "f",
                   "Englishman": "m", "Englishwoman": "f", "Irishman": "m", "Irishwoman": "f", "Welshman": "m", "Welshwoman": "f",
                   "Scotsman": "m", "Scotswoman": "f"}
_NATIONALITY_ARTICLE = {"de": ("der", "die", "dem", "den"), "en": ("the",)}


# German adjectives and participles used as nouns for a person by what befell them ("die Verstorbene", "der Verletzte")
_PERSON_BY_STATE_DE = ("verstorbene", "verletzte", "verunglückte", "getötete", "verschwundene", "vermisste", "jubilar",
                       "jubilarin", "geehrte", "verurteilte")


def person_by_state_de(word: str) -> bool:
    """German: whether ``word`` is a noun for a person by what befell them (:data:`_PERSON_BY_STATE_DE`, with the
    endings -r/-n: "Verstorbener", "Verstorbenen"): someone unnamed, never a body."""
    low = word.lower()
    return low in _PERSON_BY_STATE_DE or (low[-1:] in ("r", "n") and low[:-1] in _PERSON_BY_STATE_DE)


def nationality_noun(mention: str, lang: str) -> str | None:
    """The gender ("m", "f", or "" when the word does not show it) of a mention that is an article and a noun
    for one person of a nationality ("die Schwedin" f, "der Schwede" m, "the Swede" ""); None for any other."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() not in _NATIONALITY_ARTICLE.get(lang, ()):
        return None
    art, noun = words[0].lower(), words[1].strip(".,;:")
    if lang == "en":
        return _NATIONALITY_EN.get(noun)
    if noun in _NATIONALITY_F_DE and art in ("die", "der"):
        return "f"  # "die Schwedin"; "der Schwedin" (dative, genitive) too
    if art == "der" and (noun in _NATIONALITY_DE or noun == "Deutsche"):
        return "m"
    if art == "die" and noun == "Deutsche":
        return "f"
    if art in ("dem", "den") and (noun in _NATIONALITY_DE or noun[:-1] in _NATIONALITY_DE or noun == "Deutschen"):
        return "m"  # "dem Schweden", "dem Schweizer": a dative after "laut", "nach"
    return None


# the adjective of each nationality noun ("the Swede" -> "Swedish"; "die Schwedin" -> "schwedisch…"): German by the
# noun's opening letters
_NATIONALITY_ADJ_EN = {"Swede": "Swedish", "Dane": "Danish", "Finn": "Finnish", "Pole": "Polish", "Briton": "British",
                       "Scot": "Scottish", "Spaniard": "Spanish", "Turk": "Turkish", "Icelander": "Icelandic",
                       "Luxembourger": "Luxembourg", "Scotsman": "Scottish", "Scotswoman": "Scottish"}
_NATIONALITY_ADJ_DE = (("Schwed", "schwedisch"), ("Franzos", "französisch"), ("Französ", "französisch"), ("Dän", "dänisch"),
                       ("Finn", "finnisch"), ("Norweg", "norwegisch"), ("Isländ", "isländisch"), ("Niederländ", "niederländisch"),
                       ("Belgi", "belgisch"), ("Luxemburg", "luxemburgisch"), ("Österreich", "österreichisch"),
                       ("Schweiz", "schweizer"), ("Italien", "italienisch"), ("Spani", "spanisch"), ("Portugies", "portugiesisch"),
                       ("Griech", "griechisch"), ("Brit", "britisch"), ("Ir", "irisch"), ("Pol", "polnisch"),
                       ("Tschech", "tschechisch"), ("Slowak", "slowakisch"), ("Ungar", "ungarisch"), ("Rumän", "rumänisch"),
                       ("Bulgar", "bulgarisch"), ("Kroat", "kroatisch"), ("Slowen", "slowenisch"), ("Serb", "serbisch"),
                       ("Lett", "lettisch"), ("Litau", "litauisch"), ("Ukrain", "ukrainisch"), ("Russ", "russisch"),
                       ("Amerikan", "amerikanisch"), ("Kanadi", "kanadisch"), ("Chines", "chinesisch"), ("Japan", "japanisch"),
                       ("Türk", "türkisch"), ("Deutsch", "deutsch"))
_COUNTRY_SHORT_EN = {"American": ("US", "U.S."), "Briton": ("UK", "U.K.")}
# words that may stand between the adjective and the name ("Swedish prime minister Anna Lindqvist")
_ROLE_MODIFIERS = frozenset("prime foreign former deputy vice energy finance economy economic interior trade health defence "
                            "defense top senior chief new acting first".split())


def _nationality_adjective(mention: str, lang: str) -> re.Pattern[str] | None:
    """The adjective of a nationality noun mention, as a pattern ("the Frenchwoman" -> French)."""
    noun = mention.split()[-1].strip(".,;:")
    if lang == "en":
        adj = _NATIONALITY_ADJ_EN.get(noun) or re.sub(r"(?:wo)?man$", "", noun)
        alts = "|".join(re.escape(a) for a in (adj, *_COUNTRY_SHORT_EN.get(noun, ())))
        return re.compile(rf"(?<![\w.])(?:{alts})(?![\w-])")
    for stem, adj in _NATIONALITY_ADJ_DE:
        if noun.startswith(stem):
            return re.compile(rf"\b{adj}\w*", re.I)
    return None


def _between_is_role(words: str) -> bool:
    """Whether the words between a nationality adjective and a name are only a role ("prime minister", "Präsident")."""
    toks = re.findall(r"[\w-]+|[^\w\s]", words)
    return len(toks) <= 5 and all(t == "," or t[:1].isupper() or is_role_word(t) or t.lower() in _ROLE_MODIFIERS for t in toks)


def _role_follows(words: str) -> bool:
    """Whether a role word opens ``words``, after modifiers only ("energy minister", "ambassador"; not "resident")."""
    for t in re.findall(r"[\w-]+", words)[:4]:
        if t.lower() in ("resident", "residents", "visitor", "tourist", "guest", "host"):
            return False  # "a former Swedish resident": where someone lived, not a nationality
        if is_role_word(t):
            return True
        if t.lower() not in _ROLE_MODIFIERS and not t[:1].isupper():
            return False
    return False


def given_nationality(before: str, ref_name: str, mention: str, lang: str) -> bool:
    """Whether the text ``before`` gives the person ``ref_name`` the nationality of ``mention``: the adjective right
    before the name with only a role between ("Swedish minister Anna Lindqvist", "Die schwedische Regierungschefin
    Anna Lindqvist"), or right after it ("Anna Lindqvist, the Swedish minister")."""
    adj = _nationality_adjective(mention, lang)
    surname = ref_name.split()[-1] if ref_name.split() else ""
    if adj is None or not surname:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", before):
        window = before[max(0, m.start() - 100) : m.start()]
        last = list(adj.finditer(window))[-1:]
        if last and _between_is_role(window[last[0].end() :]):
            return True
        after = re.match(r",\s+(?:(?:the|a|an|die|der|eine?)\s+)?(?:(?:former|then|acting|ehemalige[rn]?)\s+)?", before[m.end() :])
        adj_after = adj.match(before, m.end() + after.end()) if after else None
        if adj_after and _role_follows(before[adj_after.end() : adj_after.end() + 60]):
            return True
    return False


def plural_nationality(mention: str, lang: str) -> bool:
    """Whether a mention is an article and a plural noun for people of a nationality ("die Schweden", "the Swedes",
    "the Frenchmen")."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() not in {"de": ("die", "den"), "en": ("the",)}.get(lang, ()):
        return False
    noun = words[1].strip(".,;:")
    if lang == "en":
        return (noun.endswith("s") and noun[:-1] in _NATIONALITY_EN) or (noun.endswith("men") and noun[:-3] + "man" in _NATIONALITY_EN)
    return (noun.endswith("n") and noun[:-1] in _NATIONALITY_DE) or noun in ("Deutschen", "Franzosen") or (
        noun.endswith("er") and noun in _NATIONALITY_DE) or (noun.endswith("innen") and noun[:-3] in _NATIONALITY_F_DE)


# German plural nouns for people by what they do or where they live, which the role list does not hold ("die Bauern",
# "die Anwohner"): several people, no organisation's name; a fact of usage.  Those in -er are a singular's form too,
# and some a surname ("Fischer", "Schüler"): only after the plural article "die"
_PEOPLE_PLURAL_DE = frozenset({
    "bauern", "bäuerinnen", "landwirtinnen", "anwohner", "anwohnerinnen", "einwohner", "bewohner", "schüler", "schülerinnen",
    "fischer", "wähler", "wählerinnen", "arbeiter", "arbeiterinnen", "arbeitnehmer", "beschäftigten", "beschäftigte", "eltern",
    "kinder", "leute", "menschen", "männer", "jugendlichen", "jugendliche", "zuschauer", "besucher", "teilnehmer", "nutzer",
    "kunden", "verbraucher", "fans", "gegner", "befürworter", "anhänger", "passagiere", "fahrgäste", "mieter", "pendler",
    "rentner", "rentnerinnen", "patienten", "angehörigen", "angehörige", "flüchtlinge", "anleger", "sparer", "spieler",
    "händler", "winzer", "jäger", "gäste", "zeugen", "freunde", "kollegen", "nachbarn"})


# plural nouns of people in -er that are common surnames too: alone a surname ("sagte Fischer"), after "die" people
_PEOPLE_SURNAMES_DE = frozenset({"fischer", "jäger", "schüler", "winzer", "händler", "spieler", "arbeiter", "bauer"})


# German plural nouns for bodies, alone or at the end of a compound ("Mieterverbände", "Gewerkschaften"): several bodies,
# no organisation's name
_PLURAL_BODIES_DE = ("verbände", "gewerkschaften", "gruppen", "gruppierungen", "vereine", "organisationen", "reedereien",
                     "konzerne", "kammern", "kliniken", "kommunen", "parteien", "behörden", "banken", "kassen", "initiativen")


# English plural nouns for people or bodies by what they do or where they live, which the role list does not hold
# ("Farmers", "Tenant groups"): capitalised at a sentence's start they read as a name; a fact of usage
_PEOPLE_PLURAL_EN = frozenset("""farmers teachers unions tenants groups owners landlords students nurses protesters activists
campaigners diplomats lawmakers legislators shopkeepers retailers investors traders economists drivers pilots miners commuters
passengers consumers shoppers patients families neighbours neighbors locals citizens villagers refugees migrants growers
producers exporters manufacturers businesses companies firms banks lenders associations organisations organizations charities
lawyers prosecutors soldiers troops rebels demonstrators strikers pensioners renters homeowners buyers sellers fishermen
workers parents residents voters fans supporters opponents members doctors physicians surgeons engineers scientists
researchers analysts academics historians architects technicians mechanics builders contractors employees staffers
volunteers witnesses survivors critics""".split())
PEOPLE_PLURAL_EN = _PEOPLE_PLURAL_EN
_SURNAME_PLURALS_EN = frozenset({"banks", "sellers", "builders", "masons", "fields", "parsons", "mills"})  # common surnames too
_HONORIFICS_EN = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof", "rev"})


def plural_people_en(tokens: list[str]) -> bool:
    """English: whether a mention's words (articles dropped) are a plural noun of :data:`_PEOPLE_PLURAL_EN`, alone or
    after one or two modifiers in lower case or one capitalised word ("Farmers", "Tenant groups", "dairy farmers")."""
    if not tokens or len(tokens) > 3 or tokens[-1].lower() not in _PEOPLE_PLURAL_EN or is_role_word(tokens[-1]):
        return False
    rest = tokens[:-1]
    if rest and (rest[0].rstrip(".").lower() in _HONORIFICS_EN or first_name_gender_en(rest[0])
                 or (rest[-1][:1].isupper() and tokens[-1].lower() in _SURNAME_PLURALS_EN)):
        return False  # "Ms. Banks", "Tyra Banks", "Anna Sellers": a person whose surname is a plural noun
    return all(t.islower() for t in rest[1:]) and (not rest or rest[0].islower() or len(rest) == 1 or rest[0][:1].isupper())


def plural_people_de(mention: str) -> bool:
    """German: whether a mention is one plural noun for people of :data:`_PEOPLE_PLURAL_DE`, after "die" or alone
    (alone not a word in -er that is a common surname too: "sagte Fischer"), or its dative plural ("von Anhängern")."""
    words = mention.split()
    dative = bool(words) and words[0].lower() == "den"  # "von den Anwohnern": a dative plural
    if words and words[0].lower() in ("die", "den"):
        words = words[1:]
    elif words and words[-1].endswith("er") and words[-1].lower() in _PEOPLE_SURNAMES_DE:
        return False
    word = words[0].strip(".,;:").lower() if len(words) == 1 else ""
    if dative and not word.endswith("n"):
        return False  # "den Fischer": one man in the accusative, no plural
    stem = word[:-1] if word.endswith("ern") or (dative and word.endswith("n")) else ""  # "Anhängern", "den Freunden"
    return word in _PEOPLE_PLURAL_DE or stem in _PEOPLE_PLURAL_DE


# what may follow a plural noun for people in its noun phrase: a genitive or a place ("die Anwohner der Straße",
# "Bauern aus der Region"); a part of a group before a genitive plural ("der Kreis der Anwohner")
_PEOPLE_TAIL_DE = frozenset({"der", "des", "aus", "in", "im", "vom", "am", "an", "auf", "bei", "beim", "rund", "um"})
_PART_OF_GROUP_DE = frozenset({"kreis", "kreise", "kreisen", "gruppe", "reihe", "reihen", "mehrheit", "teil", "großteil",
                               "hälfte", "vielzahl", "zahl", "dutzend", "handvoll", "mehrzahl", "minderheit"})
_KIN_DE = frozenset({"familie", "vater", "mutter", "sohn", "tochter", "ehefrau", "ehemann", "bruder", "schwester", "witwe",
                     "witwer", "eltern", "großmutter", "großvater", "onkel", "tante"})
_ONE_OF_DE = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})


def _one_of_people_de(word: str) -> bool:
    """German: a noun for people of :data:`_PEOPLE_PLURAL_DE`, plural or singular ("Anwohner", "Bauer", "Kunde",
    "Patient", "Anwohnerin", "Kundinnen"), not a first name."""
    low = word.lower()
    base = low[:-5] if low.endswith("innen") else low[:-2] if low.endswith("in") else low  # "Kundin(nen)" -> "kund"
    forms = {low, base, base + "n", base + "en"}
    return word[:1].isupper() and first_name_gender_de(word) is None and bool(forms & _PEOPLE_PLURAL_DE)


_AGE_ADJECTIVE_DE = re.compile(r"\d{1,3}-[Jj]ährige[rnms]?")  # "eine 67-jährige Nachbarin": an age before the noun


def _person_by_common_noun_de(tokens: list[str], mention: str) -> bool:
    """German: a mention opened by an article, then only lower-case or age adjectives and one noun for what a person
    is, kin or one of a people plural ("die 34-jährige Anwohnerin", "der Rentner", "die junge Mutter"), or kin before
    "von" and a count ("die Mutter von drei Kindern"): someone unnamed.  Not a noun that is a common surname too
    ("der 52-jährige Fischer") nor a first name."""
    if mention.split()[0].lower() not in ARTICLES:
        return False
    von = tokens.index("von") if "von" in tokens else len(tokens)
    head, mods, tail = tokens[von - 1], tokens[: von - 1], tokens[von + 1 :]
    if tail and not (head.lower() in _KIN_DE and len(tail) <= 3 and _COUNT_DE.fullmatch(tail[0].lower())):
        return False
    if not all(t.islower() or _AGE_ADJECTIVE_DE.fullmatch(t) for t in mods) or first_name_gender_de(head) is not None:
        return False
    low, article = head.lower(), mention.split()[0].lower()
    if article in ("die", "den") and not low.endswith(("in", "e")) and low not in _KIN_DE:
        return False  # "die Verbraucherschützer", "den Anwohnern": several people, a plural
    return low not in _PEOPLE_SURNAMES_DE and (low in _KIN_DE or person_noun_before_name_de(head) or _one_of_people_de(head))


def common_person_noun_de(mention: str) -> str | None:
    """German: the noun, lower case, of a mention that names someone by what they are and no more
    (:func:`_person_by_common_noun_de`: "die 34-jährige Anwohnerin" -> "anwohnerin"); None for any other mention."""
    tokens = _TOKEN.findall(" ".join(mention.split()))
    while tokens and tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]
    if not tokens or not _person_by_common_noun_de(tokens, mention):
        return None
    return (tokens[tokens.index("von") - 1] if "von" in tokens else tokens[-1]).lower()


def unnamed_people_de(mention: str) -> tuple[str | None, str | None, str] | None:
    """German: a mention that names people only by what they are, with no name: one of a group or someone
    introduced by "ein" ("einer der Bauern", "ein Anwohner": a role), a plural noun for people with a genitive
    or a place after it ("die Anwohner der Straße", "Bauern aus Kiel") or a part of such a group ("der Kreis
    der Anwohner"): a group.  A surname-like plural alone ("Fischer aus Kiel") is left to the name rules."""
    words = [w.strip(".,;:") for w in mention.split()]
    if len(words) < 2:
        return None
    low = [w.lower() for w in words]
    if low[0] in _ONE_OF_DE:
        rest = words[2:] if low[1:2] == ["der"] else words[1:]
        if len(rest) == 1 and _one_of_people_de(rest[0]):
            return None, _clean(" ".join(words[1:])), "role"  # "ein Anwohner", "einer der Bauern"
        nouns = list(itertools.dropwhile(lambda w: w[:1].islower() or _AGE_ADJECTIVE_DE.fullmatch(w) is not None, rest))
        if len(nouns) == 1 and len(rest) <= 3 and (anonymous_source_de(nouns[0]) or _one_of_people_de(nouns[0])):
            return None, _clean(" ".join(words[1:])), "role"  # "ein Insider", "eine 67-jährige Nachbarin", "eine junge Passantin"
        if 3 <= len(nouns) <= 5 and anonymous_source_de(nouns[0]) and nouns[1] in ("der", "des", "aus"):
            return None, _clean(" ".join(words[1:])), "role"  # "ein Insider der Regierung": an unnamed source of a body
        if _unnamed_tie_de(words[1:]):
            return None, _clean(" ".join(words[1:])), "role"  # "ein langjähriger Weggefährte", "ein Vertrauter Merkels"
        if _someone_of_a_body_de(words[1:]):
            return None, _clean(" ".join(words[1:])), "role"  # "ein Sprecher der Asaib Ahl al-Hakk": the body's, unnamed
        return None
    if low[0] in POSSESSIVES_DE and _unnamed_tie_de(words[1:], inflected=False):
        return None, _clean(" ".join(words[1:])), "role"  # "sein Gegenüber", "sein langjähriger Kollege": someone's tie
    article = low[0] if low[0] in ("die", "den", "dem", "der") else ""
    if article:
        words, low = words[1:], low[1:]
        if _unnamed_tie_de(words, inflected=False):  # (a plural is a group: "die zwei Schwestern", "die Kollegen")
            return None, _clean(" ".join(words)), "role"  # "die Vertraute", "der langjährige Weggefährte": someone by a tie
    if low[0] in _KIN_DE and article and (len(words) == 1 or low[1] in _PEOPLE_TAIL_DE):
        return None, _clean(" ".join(words)), "role"  # "der Familie", "der Vater der Kinder": someone named by kin
    if (len(words) >= 2 and re.fullmatch(r"[A-ZÄÖÜ][\w-]*s", words[0]) and all(w.islower() for w in words[1:-1])
            and plural_people_de(words[-1])):
        return None, _clean(" ".join(words)), "group"  # "Berlins genervte Anwohner": a place's people, no name
    if len(words) >= 3 and low[0] in _PART_OF_GROUP_DE and low[1] == "der" and plural_people_de(words[2]):
        return None, _clean(" ".join(words)), "group"  # "dem Kreis der Anwohner"
    if (len(words) >= 3 and low[1] in _PEOPLE_TAIL_DE and article in ("", "die", "den")
            and plural_people_de(f"{article} {words[0]}".strip())):
        return None, _clean(words[0]), "group"  # "die Anwohner der Straße", "Anwohner aus Kiel"
    return None


def _someone_of_a_body_de(words: list[str]) -> bool:
    """German: the words after "ein"/"eine": a role, "der"/"des"/"von" and capitalised words with no listed first name
    ("ein Sprecher der Miliz Asaib Ahl al-Hakk", "ein Sprecher von Ahrar asch-Scham"): someone of a body, never named
    by the body's own words, however many ("eine Sprecherin der Ministerin Anna Weber" is read by the owner rules)."""
    if len(words) < 3 or not is_role_word(words[0]) or words[1].lower() not in ("der", "des", "von", "vom"):
        return False
    return all(w[:1].isupper() or ARABIC_ARTICLE_NAME.fullmatch(w) for w in words[2:]) and not any(
        first_name_gender_de(w) is not None for w in words[2:])


def _unnamed_tie_de(words: list[str], inflected: bool = True) -> bool:
    """German: the words after "ein"/"eine" name someone only by a tie to another: adjectives in lower case, then a
    noun of :func:`relation_noun_de` in any form, then at most an owner's genitive ("langjähriger Weggefährte", "enger
    Vertrauter", "frühere Kollegin", "Vertrauter Merkels", "Freundin der Familie"): an anonymous source, never a name.
    ``inflected``: the noun in a case or number ending too (:func:`relation_noun_de`)."""
    rest = list(itertools.dropwhile(lambda w: w[:1].islower(), words))
    if not rest or not relation_noun_de(rest[0], inflected=inflected):
        return False
    if len(rest) >= 3:  # "ein Vertrauter des Kanzlers", "die Freundin der Familie": the owner in a genitive phrase
        return rest[1] in ("des", "der") and len(rest) <= 5 and all(w[:1].islower() for w in rest[2:-1]) and rest[-1][:1].isupper()
    return len(rest) == 1 or (re.fullmatch(r"[A-ZÄÖÜ][\w-]*(?:s|’|')", rest[1]) is not None and first_name_gender_de(rest[1]) is None)


def nationality_fits(mention: str, ref_name: str | None, lang: str, before: str = "") -> bool:
    """Whether a nationality noun ("die Schwedin") may be the person ``ref_name`` named before: only when ``before``
    gives that person this nationality (:func:`given_nationality`), and a noun that shows a gender needs a first
    name of that gender ("der Schwede" is no Anna); any other mention: True."""
    gender = nationality_noun(mention, lang)
    if gender is None:
        return True  # no nationality noun: as any role
    if not ref_name or not given_nationality(before, ref_name, mention, lang):
        return False  # "Emmanuel Macron welcomed the Swedish prime minister. …, said the Swede": not Macron
    first = ref_name.split()[:1]
    return not gender or (bool(first) and any_first_name_gender(first[0]) == gender)


_FULL_NAME = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßé]+)\s+((?:von\s+|van\s+|de\s+)?[A-ZÄÖÜ][\w-]+)")


def sole_person_of_gender(before: str, name: str | None, mention: str, lang: str) -> bool:
    """Whether ``name`` is the only person of the nationality noun's gender (any, where the word shows none) the
    text ``before`` names by a listed first name and surname ("Anna Lindqvist … „…“, sagte die Schwedin"; not after "Angela Merkel traf Anna Lindqvist")."""
    gender = nationality_noun(mention, lang)
    if not name or gender is None:
        return False
    surnames = {m.group(2) for m in _FULL_NAME.finditer(before) if (any_first_name_gender(m.group(1)) or "?") in (gender or "mf")}
    return surnames == {name.split()[-1]}


_BODY_SUFFIX_DE = _INSTITUTION_SUFFIX + ("partei", "verband", "verbands", "gewerkschaft", "stiftung", "organisation", "institut",
                                         "instituts", "universität", "zeitung", "gruppe", "bank", "fraktion", "konzern", "verein")


# an acronym with one small letter inside ("AfD", "BfV", "BdV")
_MIXED_ACRONYM_DE = re.compile(r"[A-ZÄÖÜ]{1,3}[a-zäöü][A-ZÄÖÜ]{1,3}")


def _party_de(tokens: list[str]) -> bool:
    """German: whether the words after "von der"/"vom" are a party's or body's acronym alone ("der CDU", "der AfD", "dem
    BfV") or a party named by an adjective ("der Linken")."""
    if len(tokens) != 2 or tokens[0].lower() not in ("der", "dem"):
        return False
    w = tokens[1].strip(".,")
    return bool(_MIXED_ACRONYM_DE.fullmatch(w) or (2 <= len(w) <= 6 and w.isupper() and w.isalpha())) or (
        w in _PARTY_NOUNS_DE and tokens[0].lower() == "der")


def _body_de(tokens: list[str]) -> bool:
    """German: whether the words after "von"/"vom" name an organisation: an acronym ("HRW", "SPD"), an
    institution or group word ("der Universität Bonn", "der Linkspartei"), after an article or not."""
    words = [t.strip(".,") for t in tokens if t.lower() not in ARTICLES]
    if not words or not _is_cap(words[0]):
        return False
    if tokens[0].lower() == "den":
        return True  # "von den Grünen", "von den Sozialdemokraten": a dative plural, a group, never one person's name
    w = words[0]
    if _party_de(tokens):
        return True  # "von der AfD", "vom BfV"; "von der Linken": a party, whose name is an adjective's form
    return (len(w) >= 2 and w.replace("-", "").isupper()) or w.lower() in INSTITUTION_WORDS or w.lower() in _ORG_HEADS or w.lower().endswith(_BODY_SUFFIX_DE)


# German nouns for bodies that speak as one ("die Polizei", "das Ministerium", "der Konzern"), matched as the end of the
# head noun ("Landespolizei", "Innenministerium"); a fact of usage, no list of particular bodies
_ORG_NOUNS_DE = _BODY_SUFFIX_DE + (
    "polizei", "anwaltschaft", "gericht", "justiz", "feuerwehr", "bundeswehr", "armee", "behörde", "firma", "unternehmen",
    "kommission", "senat", "ausschuss", "opposition", "koalition", "agentur", "sender", "stadt", "gemeinde", "kirche",
    "präsidium", "bündnis", "komitee", "parlament", "kabinett", "klinik", "krankenhaus", "union", "allianz", "liga",
    "mannschaft", "regime", "junta", "konsulat", "zentrale", "bundestag", "landtag", "parteiführung", "konzernführung",
    "parteispitze", "konzernspitze", "bundesrat", "sicherheitsrat", "aufsichtsrat", "betriebsrat", "beirat", "stadtrat",
    "gemeinderat", "europarat", "zentralrat", "ministerrat")


def organisation_de(mention: str) -> bool:
    """German: whether a noun phrase is headed by a noun for a body that speaks as one: an organisation,
    an institution, an authority ("Die Staatsanwaltschaft", "das Innenministerium", "die Behörden", "die
    SPD"), not a person's role ("der Vorstand" may be a board member: a role word is no body) nor a thing."""
    words = [w for w in _MENTION_TOKEN.findall(mention) if w.lower() not in ARTICLES]
    if not words or not _is_cap(words[0]) or is_role_word(words[0]):
        return False
    head = words[0]
    if len(head) >= 2 and head.replace("-", "").isupper():
        return True  # an acronym: "die SPD", "Die UNO"
    low = head.lower()
    if head in _PARTY_BODIES_DE:
        return True  # "die Grünen", "die Linke": a party
    if not (low in INSTITUTION_WORDS or low == "rat" or any(w.endswith(_ORG_NOUNS_DE) for w in (low, low[:-1], low[:-2]))):
        return False
    return not (low.endswith("rat") and len(words) > 1)  # "Stadtrat Paul Krüger": a councillor, a person


_NAME_GENDERS = {"M": "m", "1M": "m", "F": "f", "1F": "f"}  # codes of nam_dict.txt; "?M", "?F", "?" are unisex: no evidence


@cache
def listed_first_names() -> dict[str, str]:
    """First names of one gender ("paul" -> "m", "anna" -> "f") from the name list of the optional package
    gender-guesser (``pip install aligner[names]``): Jörg Michael's nam_dict.txt (GNU Free Documentation
    License), read in place as data, its code not imported, nothing copied into this project.  A name
    listed with both genders (Italian male "Andrea", German female "Andrea") and unisex names are left
    out; empty when the package is not installed, and every rule stands without it."""
    return {name: g for name, g in _one_gender(_name_list()).items() if g}


def _one_gender(entries: Iterable[tuple[str, str, str]]) -> dict[str, str | None]:
    """Each first name of ``entries`` (:func:`_name_list`) with its gender when they give it one gender and no
    unisex code, else None."""
    seen: dict[str, set[str]] = defaultdict(set)
    for code, name, _freq in entries:
        seen[name.lower()].add(_NAME_GENDERS.get(code, "?"))
    return {name: next(iter(g)) if len(g) == 1 and "?" not in g else None for name, g in seen.items()}


def _name_list() -> list[tuple[str, str, str]]:
    """The entries of gender-guesser's nam_dict.txt where installed: (gender code, first name, the columns of
    its frequency per country: Great Britain, Ireland, U.S.A., Italy, …); empty when not installed.  Read once
    by each cached caller."""
    from importlib.resources import files

    try:
        raw = files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes().decode("utf-8", errors="replace")
    except (ModuleNotFoundError, OSError):
        return []
    entries = []
    for line in raw.splitlines():
        code, name = line[:2].strip(), line[3:29].strip()
        if line.startswith("#") or (len(line) > 29 and line[29] == "+") or not name or " " in name or "<" in name:
            continue  # comments, the second spelling of an umlaut, compound and encoded names
        entries.append((code, name, line[30:]))
    return entries


@cache
def listed_first_names_en() -> dict[str, str]:
    """English first names of one gender from the same optional list (:func:`listed_first_names`): where a
    name is listed with a frequency in Great Britain, Ireland or the U.S.A., its genders there decide (one
    gender, no unisex entry: "Hillary" a woman; "Jordan", "Kelly", "Jean" none); a name the list gives no
    frequency there ("Marco") keeps its gender over all countries, if it has one."""
    here = _one_gender(e for e in _name_list() if e[2][:3].strip())
    found = {name: g for name, g in here.items() if g}
    return {**{n: g for n, g in listed_first_names().items() if n not in here}, **found}


# common German first names whose gender is not in doubt (a fact of usage, for pronoun agreement only)
_FIRST_NAMES_DE = {
    "m": {"paul", "max", "peter", "hans", "klaus", "michael", "thomas", "andreas", "stefan", "frank", "jürgen", "wolfgang",
          "markus", "martin", "christian", "alexander", "jan", "tobias", "uwe", "dieter", "günter", "horst", "karl",
          "heinz", "werner", "helmut", "gerhard", "joachim", "olaf", "friedrich", "sebastian", "matthias", "lukas", "felix", "franziskus",
          # more given names common in German news, of one gender in German use (unisex ones, "Kim", "Sascha", "Toni", left out)
          "boris", "robert", "lars", "jens", "volker", "norbert", "hubertus", "cem", "armin", "sigmar", "gregor", "hendrik",
          "winfried", "bodo", "reiner", "rainer", "dietmar", "bernd", "jörg", "günther", "ralf", "stephan", "steffen", "björn",
          "heiko", "holger", "carsten", "dirk", "torsten", "thorsten", "ulrich", "manfred", "reinhard", "hartmut", "lothar",
          "herbert", "hubert", "rudolf", "kurt", "johannes", "florian", "philipp", "daniel", "christoph", "georg",
          "oliver", "jakob", "niklas", "jonas", "moritz", "julian", "marcel", "dominik", "patrick", "benjamin", "fabian",
          "kevin", "omid", "anton", "ludwig", "wilhelm", "heinrich", "hermann", "theo", "till", "nils", "sven", "ingo", "detlef",
          "harald", "siegfried", "gerd", "alfred", "erwin", "gunther", "achim", "ole", "wladimir", "sergej", "emmanuel",
          "donald", "joe", "recep", "viktor", "wolodymyr"},
    "f": {"anna", "maria", "sabine", "petra", "julia", "katharina", "monika", "ursula", "claudia", "susanne", "andrea",
          "angela", "christine", "birgit", "karin", "renate", "sarah", "laura", "lena", "eva", "ulrike", "heike", "martina",
          "annalena", "franziska", "barbara", "elke", "gabriele", "nicole", "stefanie", "kerstin", "anja", "silke", "klara", "clara",
          "svenja", "nancy", "saskia", "ricarda", "sahra", "alice", "manuela", "malu", "katrin", "kathrin", "katarina",
          "christiane", "cornelia", "dorothee", "brigitte", "ingrid", "helga", "gisela", "hannelore", "beate", "bettina",
          "daniela", "doris", "elisabeth", "johanna", "jutta", "katja", "lisa", "marion", "melanie", "nadine", "nina",
          "sandra", "simone", "sonja", "tanja", "verena", "yvonne", "steffi", "ulla", "kristina", "annegret", "aydan",
          "marie", "hannah", "luisa", "lea", "jana", "britta", "carola", "dagmar", "miriam", "judith", "rita", "edith", "ilse",
          "irene", "marianne", "magdalena", "theresa", "teresa", "giorgia", "kamala", "hillary"}}


# first names given to women in one language and to men in another ("Andrea Rossi", "Simone", "Nicola"): no gender
# to cut two people apart by
FIRST_NAMES_BOTH_DE = frozenset({"Andrea", "Simone", "Nicola", "Gabriele", "Daniele", "Kim", "Toni", "Sascha", "Alex",
                                 "Robin", "Maria", "Kai", "Eike", "Helge", "Micha", "Mika", "Chris", "Jean"})


def role_name_gender_clash_de(article: str, role: str, first: str) -> bool:
    """German: a role word and the first name after it disagree in gender ("die Kanzlerin Paul Krause", "der
    Minister Anna Weber"): two people, the role's holder and someone else.  The role's gender: a noun in -in is
    feminine, so is one in -e after "die"/"eine"; after "der"/"ein" any other is masculine; with no article only -in
    counts (a masculine title may stand before a woman's name).  Names given to both genders never clash."""
    gender = first_name_gender_de(first)
    if gender is None or first in FIRST_NAMES_BOTH_DE or not is_role_word(role):
        return False
    art, low = article.lower(), role.lower()
    if low.endswith("in"):
        return gender != "f"
    if art in ("die", "eine") and low.endswith("e"):
        return gender != "f"
    return art in ("der", "ein") and not low.endswith("en") and gender != "m"


def first_name_gender_de(word: str) -> str | None:
    """The gender of a first name of no doubt: the short list here, then the optional longer list; a name with an umlaut
    also as it is written without one, in either of the two usual ways ("Juergen", "Jurgen" for "Jürgen")."""
    found = _first_name_gender(word, _FIRST_NAMES_DE, listed_first_names)
    if found is not None or not word.isascii():
        return found
    low = word.lower()
    umlauts = low.replace("ue", "ü").replace("oe", "ö").replace("ae", "ä")
    if umlauts != low and (found := _first_name_gender(umlauts, _FIRST_NAMES_DE, listed_first_names)) is not None:
        return found
    return _umlaut_less_first_names_de().get(low)


@cache
def _umlaut_less_first_names_de() -> dict[str, str]:
    """The listed German first names with an umlaut, written without it ("jurgen" -> "m"), where that spelling is no
    listed name of its own."""
    out = {unaccent(n): g for g, names in _FIRST_NAMES_DE.items() for n in names if unaccent(n) != n}
    return {k: g for k, g in out.items() if not any(k in names for names in _FIRST_NAMES_DE.values())}


# common English first names whose gender is not in doubt (a fact of usage, for pronoun agreement only; names
# given to both, "Chris", "Jordan", "Kelly", "Lee", "Jean", "Ashley", "Nikki", "Evelyn", "Carol", and words that open other names, "Christian", "Will", left out)
_FIRST_NAMES_EN = {
    "m": {"john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "daniel",
          "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george",
          "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
          "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "raymond", "patrick",
          "jack", "dennis", "jerry", "aaron", "henry", "douglas", "peter", "adam", "nathan", "walter", "harold", "carl",
          "jeremy", "keith", "roger", "gerald", "arthur", "sean", "lawrence", "joe", "jesse", "albert", "bruce", "ralph",
          "roy", "wayne", "eugene", "louis", "russell", "vincent", "philip", "mike", "bill", "tom", "bob", "jim", "ted",
          "ben", "steve", "tim", "dan", "greg", "jeff", "abraham", "barack", "mitt", "newt", "bernie", "chuck", "mitch", "rick",
          "marco", "rand", "jeb", "hugh", "ian", "neil", "howard", "martin", "fred", "harry",
          # men's names common in British and European political news ("Keir", "Rishi", "Olaf")
          "keir", "rishi", "nigel", "kwasi", "sadiq", "ed", "boris", "olaf", "friedrich", "markus", "lars", "hubertus",
          "cem", "volker", "jens", "alexander", "matthias", "emmanuel", "vladimir", "volodymyr", "liam", "gordon", "tony",
          # men's names in English spellings common in war reporting from Russia and Ukraine ("Sergei Shoigu", "Andriy Yermak")
          "sergei", "sergey", "dmitry", "dmitri", "andriy", "andrii", "oleksandr", "oleksiy", "mykhailo", "valery", "yevgeny",
          "kirill", "alexei", "denys", "rustem", "vitaliy", "vitali", "viktor",
          # men's names common in British local news ("Gareth Hume", "Rhys Owen")
          "gareth", "rhys", "huw", "gethin", "callum", "alastair", "alistair", "trevor", "colin", "derek", "malcolm",
          "duncan", "dominic", "rupert", "gavin", "darren"},
    "f": {"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
          "lisa", "betty", "margaret", "sandra", "kimberly", "emily", "donna", "michelle", "dorothy",
          "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
          "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine",
          "debra", "rachel", "catherine", "carolyn", "janet", "maria", "heather", "diane", "julie", "victoria", "olivia",
          "christina", "lauren", "joan", "judith", "megan", "cheryl", "hannah", "martha", "jacqueline", "gloria",
          "ann", "anne", "teresa", "kathryn", "sara", "janice", "alice", "julia", "judy", "denise", "marilyn", "beverly",
          "danielle", "theresa", "sophia", "diana", "natalie", "charlotte", "hillary", "ivanka", "melania",
          "elaine", "kate", "kathy", "sue", "jane", "jill", "ellen", "claire", "susie", "debbie", "wendy", "tammy",
          # women's names common in British and European political news ("Fiona", "Kemi", "Yvette", "Ursula")
          "fiona", "kemi", "priti", "yvette", "bridget", "siobhan", "kezia", "shabana", "lucy", "sinead", "aoife",
          "niamh", "ruth", "harriet", "penny", "suella", "liz", "jacinda", "giorgia", "ursula", "annalena", "ricarda",
          "saskia", "sahra", "manuela", "malu", "franziska", "svenja", "yvonne", "rosie", "priya", "helga",
          # the same for women ("Yulia Svyrydenko", "Iryna Vereshchuk")
          "yulia", "olena", "iryna", "oksana",
          # the same for women ("Sian Evans", "Gemma Holt")
          "sian", "carys", "rhiannon", "bethan", "hayley", "gemma", "kirsty", "joanne", "tracey"}}


def first_name_gender_en(word: str) -> str | None:
    """English: the gender of a first name of no doubt: the short list here, then the optional longer list
    (:func:`listed_first_names_en`, where ``aligner[names]`` is installed); None when not listed."""
    return _first_name_gender(word, _FIRST_NAMES_EN, listed_first_names_en)


def _first_name_gender(word: str, short: dict[str, set[str]], listed: Callable[[], dict[str, str]]) -> str | None:
    """``word``'s gender by the short list ``short`` (gender -> first names), else by the optional longer list."""
    low = word.lower()
    return next((g for g, names in short.items() if low in names), None) or listed().get(low)


def any_first_name_gender(word: str) -> str | None:
    """The gender either language's first-name list gives ``word`` (German first), or None."""
    return first_name_gender_de(word) or first_name_gender_en(word)


def _each_opens_with_a_first_name(parts: list[list[str]]) -> bool:
    """Whether every part (a list of words) opens with a listed first name: people, not a firm."""
    return all(p and any_first_name_gender(p[0]) for p in parts)


def _someone_of_de(tokens: list[str], mention: str) -> tuple[str | None, str | None, str] | None:
    """German: a role or person noun whose person is named after it as an owner, not as the speaker:
    "Der Anwalt von Max Maier", "die Frau von Max Maier" (a first and a last name after "von": no
    noble "von"), "ein Sprecher Merkels" (after an article, one name in the genitive -s) -> someone
    named only by that role; "die Handlungsweise Kozulins" (another noun) -> a thing, no person.  A listed first
    name in "-us" is no genitive ("der Papst Franziskus", "der Trainer Markus": the role's holder); another word in
    "-us" ("ein Sprecher Airbus", "der Leiter Campus") or one with an apostrophe ("der Sprecher Markus'") is."""
    von = next((i for i, t in enumerate(tokens) if t == "von"), None)
    if von is not None and 0 < von < len(tokens) - 2:
        noun, after = tokens[von - 1], tokens[von + 1 :]
        if (is_role_word(noun) or known_people_word(noun.lower()) or _office_noun_de(noun)) and len(after) in (2, 3) and all(
                _is_cap(t) and t.lower() not in ARTICLES and not is_role_word(t) for t in after):
            return None, _clean(" ".join(tokens)), "role"
    if (len(tokens) == 2 and mention.split()[0].lower() in ARTICLES and _is_cap(tokens[0]) and _is_cap(tokens[1])
            and tokens[1].endswith("s") and not tokens[1].endswith("ss") and len(tokens[1]) >= 5):
        if is_role_word(tokens[0]) or known_people_word(tokens[0].lower()):
            holder = (tokens[1].endswith("us") and is_role_word(tokens[0]) and first_name_gender_de(tokens[1]) is not None
                      and f"{tokens[1]}'" not in mention and not _gender_clash_role_name_de(tokens[0], tokens[1]))
            return None if holder else (None, _clean(" ".join(tokens)), "role")
        return _clean(" ".join(tokens)), None, "group"  # "die Handlungsweise Kozulins": a thing of someone's
    return None


def _owner_person_de(word: str) -> bool:
    """German: whether a noun in the genitive names a person, not a body: a role or people noun ("der
    Ministerin", "des Opfers") or a noun of an adjective in "-en" ("des Angeklagten", "der Verletzten")."""
    if not _is_cap(word) or organisation_de(word):
        return False
    low = word.lower().rstrip(".,")
    return is_role_word(word) or known_people_word(low) or (low.endswith("en") and len(low) > 5 and not low.endswith("ungen"))


_COMPANY_NOUNS_DE = frozenset({"firma", "unternehmen", "kanzlei", "agentur", "praxis", "brauerei", "bäckerei", "druckerei"})
# nouns (or the ends of compounds) for the office or the staff around one person: "das Büro des Ministers Paul Krause",
# "das Wahlkampfteam von Anna Weber", "die Verteidigung des Angeklagten": they speak for the person, not as the person
_OFFICE_NOUN_ENDS_DE = ("büro", "kanzlei", "sekretariat", "pressestelle", "stab", "team", "umfeld", "vorzimmer", "verteidigung")


def _office_noun_de(word: str) -> bool:
    """German: whether ``word`` names the office or staff around a person (:data:`_OFFICE_NOUN_ENDS_DE`)."""
    return word[:1].isupper() and word.lower().endswith(_OFFICE_NOUN_ENDS_DE)


def _gender_clash_role_name_de(role: str, first: str) -> bool:
    """German: a feminine role noun ("Sprecherin", "Chefin") before a man's first name, or a role of no
    "-in" before a woman's: the name is not that person's (a company's or another's)."""
    gender = first_name_gender_de(first)
    feminine = role.endswith("in") and is_role_word(role)
    return gender is not None and (gender == "m") == feminine


def _role_of_someone_de(tokens: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: a role whose owner is a person named after it, in the genitive or after "von": "ein
    Sprecher der Ministerin Anna Weber", "der Anwalt des Angeklagten Paul Krüger", "ein Sprecher von
    Ministerin Anna Weber" -> someone named only by the role (the name is the owner's; "der Sprecher
    des Ministeriums Paul Krüger", a body in the genitive, names the speaker).  "Paul Krügers Anwältin
    Anna Weber": the name after the role is the speaker's, the one before it the owner's."""
    for i in range(1, len(tokens) - 2):
        if i >= 2 and first_name_gender_de(tokens[i - 2]) is not None and _is_cap(tokens[i - 1]) and not is_role_word(tokens[i - 1]):
            continue  # "Maria Hoffmann von der Universität": a surname after a first name, not the people word "Mann"
        if tokens[i].lower() in ("des", "der", "von") and (is_role_word(tokens[i - 1]) or known_people_word(tokens[i - 1].lower())
                                                           or _office_noun_de(tokens[i - 1]) or relation_noun_de(tokens[i - 1])):
            rest = tokens[i + 1 :]
            rest = rest[1:] if rest and rest[0].lower() in ARTICLES else rest
            while len(rest) >= 3 and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", rest[0]):
                rest = rest[1:]  # "ein Sprecher des früheren Kanzlers Gerhard Schröder": an adjective before the owner
            name = rest[1:]
            if (body := _named_body_owner_de(tokens, rest)) is not None:
                return body
            if (len(rest) >= 2 and _owner_person_de(rest[0]) and _is_cap(name[-1])
                    and all((_is_cap(t) and not is_role_word(t)) or (0 < k and t in PARTICLES) for k, t in enumerate(name))
                    and not any(organisation_de(t) for t in name)):  # "der Deutschen Bank Paul Krüger": a body
                # ("Ministerin Ursula von der Leyen": the particles inside the owner's name, rv80-12)
                return None, _clean(" ".join(tokens)), "role"
            if len(rest) in (3, 4) and (organisation_de(rest[0]) or rest[0].lower() in _COMPANY_NOUNS_DE) and all(
                    _is_cap(t) and not organisation_de(t) for t in name):
                if rest[0].lower() in _COMPANY_NOUNS_DE or _gender_clash_role_name_de(tokens[i - 1], name[0]):
                    return None, _clean(" ".join(tokens)), "role"  # "der Firma Max Maier": a company; "die Sprecherin … Max"
                return _clean(" ".join(name)), _clean(" ".join(tokens[: -len(name)])), "person"  # "der SPD Paul Krüger"
            if len(rest) == 2 and rest[0][:1].isupper() and not _owner_person_de(rest[0]) and _is_cap(rest[1]) and not is_role_word(rest[1]):
                # "der Chef des Energieversorgers Ukrenerho", "der Leiter des Bereichs Technik": one word after a
                # thing or body in the genitive is its name, the speaker is named by the role only
                return None, _clean(" ".join(tokens)), "role"
    for i in range(1, len(tokens) - 1):
        after = tokens[i + 1 :]
        role = is_role_word(tokens[i]) or (tokens[i].endswith("in") and is_role_word(tokens[i][:-2].replace("ä", "a")))
        if (role and tokens[i - 1].endswith("s") and _is_cap(tokens[i - 1]) and 1 <= len(after) <= 3
                and all(_is_cap(t) and not is_role_word(t) and t.lower() not in ARTICLES for t in after)):
            return _clean(" ".join(after)), _clean(" ".join(tokens[: i + 1])), "person"
    return None


# German nouns of a body that open its name ("der Miliz Asaib Ahl al-Hakk", "der Gruppe Ansar al-Scharia")
_BODY_NOUNS_BEFORE_NAME_DE = ("netzwerk", "gruppe", "miliz", "organisation", "bewegung", "partei", "front", "brigade", "brigaden")


def _named_body_owner_de(tokens: list[str], rest: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: after a role and "der"/"des"/"von", ``rest`` opens with a noun of a body and its name ("der Sprecher der
    Miliz Asaib Ahl al-Hakk"): someone of the body, unnamed, whatever the name's words; a listed first name right after
    the body's noun and a word after it is the speaker's name ("der Sprecher der Miliz Ahmed Hassan"), one further on is
    the body's ("der Partei Bündnis Sahra Wagenknecht").  None for any other owner."""
    if len(rest) < 2 or not _is_cap(rest[0]) or not rest[0].lower().endswith(_BODY_NOUNS_BEFORE_NAME_DE):
        return None
    first = next((j for j in range(1, len(rest) - 1) if first_name_gender_de(rest[j]) is not None), None)
    if first != 1:
        # "der Partei Bündnis Sahra Wagenknecht": a first name further on is inside the body's name, never the speaker
        return None, _clean(" ".join(tokens)), "role"
    return _clean(" ".join(rest[first:])), _clean(" ".join(tokens[: len(tokens) - len(rest) + first])), "person"


def _person_before_von_de(tokens: list[str], von: int) -> bool:
    """German: whether a first name and a surname stand right before "vom" / "von der|dem" with a capitalised noun after
    it ("Anna Huber von der Arbeiterkammer", "Franz Berger vom Roten Kreuz"): where the person is from, whatever the
    body; not a surname with its particle ("Anna von der Leyen": "von" right after the first name; "Hans von der Leyen")."""
    after = tokens[von + 1 :]
    with_article = tokens[von].lower() == "vom" or (len(after) >= 2 and after[0].lower() in ("der", "dem"))
    if not with_article or not after or not _is_cap(after[-1]) or particle_surname_de(" ".join(tokens[von:])):
        return False
    return von >= 2 and first_name_gender_de(tokens[von - 2]) is not None and _is_cap(tokens[von - 1]) and not is_role_word(tokens[von - 1])


def _name_of_body_de(tokens: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: "Joe Stork von HRW", "Sprecherin Anna Weber von der SPD", "Frau Weber vom DGB": a
    person's full name (two or three capitalised words, or a surname after Frau/Herr/Dr./Prof.) and the
    body they belong to; the name is the speaker, "von …" goes with the role ("Ursula von der Leyen",
    "Hans von Storch" keep their "von")."""
    von = next((i for i, t in enumerate(tokens) if t.lower() in ("von", "vom")), None)
    if von is None or von < 1 or not (_body_de(tokens[von + 1 :]) or _person_before_von_de(tokens, von)):
        return None
    # a surname alone before a party's acronym or name ("Spahn von der CDU", "Weidel von der AfD"); not a first name
    party = _party_de(tokens[von + 1 :]) and first_name_gender_de(tokens[von - 1]) is None and not organisation_de(tokens[von - 1])
    start = von
    while start > 0 and von - start < 3 and _is_cap(tokens[start - 1]) and not is_role_word(tokens[start - 1]) and not tokens[start - 1].endswith("."):
        start -= 1
    honorific = start > 0 and tokens[start - 1].strip(".").lower() in ("frau", "herr", "dr", "prof", "fr", "sr", "msgr")  # "Frau Weber von der SPD"
    if von - start < (1 if honorific or party else 2):
        return None
    role = " ".join([*tokens[:start], *tokens[von:]])
    return _clean(" ".join(tokens[start:von])), _clean(role), "person"


def _parse_bracketed(text: str, paren: re.Match, lang: str) -> tuple[str | None, str | None, str]:
    """"Christian Wulff (CDU)": the party or place in brackets goes with the role, not the name."""
    name, role, kind = parse_mention(text[: paren.start()], lang)
    if kind == "person":
        role = f"{role} ({paren.group(1)})" if role else f"({paren.group(1)})"
    return name, role, kind


# lower-case words that open a place or a time after a comma (never "von", "van", "de": a name's particles)
_APPOSED_PLACE_OR_TIME = frozenset({"in", "at", "on", "from", "during", "after", "before", "near", "outside", "inside",
                                    "speaking", "writing", "via", "im", "am", "bei", "beim", "nach", "vor", "aus", "auf",
                                    "während", "gegenüber"})


# a comma that parts appositions: not the thousands comma of a figure ("a town of 80,000 near Kaiserslautern", rv75-11)
APPOSITION_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))")


def _parse_apposition(text: str, lang: str) -> tuple[str | None, str | None, str]:
    """"Jake Sullivan, the national security adviser" / "der Nationale Sicherheitsrat, Jake Sullivan":
    the part that names a person gives the name, the others the role."""
    parts = [p.strip() for p in APPOSITION_COMMA.split(text) if p.strip()]
    # "…, in Frankfurt", "…, on Monday", "…, am Montag": where or when, no one's name (pr32-11)
    parts = [p for p in parts if p.split()[0] not in _APPOSED_PLACE_OR_TIME] or parts
    parsed = [(p, parse_mention(p, lang)) for p in parts]
    # "der Vorstandsvorsitzende der Tibet Initiative Deutschland, Wolfgang Grader": a "name" right after a genitive
    # article is a body's; a part that is a name alone comes first
    parsed.sort(key=lambda px: bool(px[1][1] and px[1][1].split()[-1].lower() in ("der", "des")))
    parts = [p for p, _ in parsed]
    persons = [(p, x[0]) for p, x in parsed if x[2] == "person" and x[0]]
    if len(persons) > 1 and len(persons[0][1].split()) == 1:
        # "des Parteichefs Hanois, Pham Quang Nghi": a full name wins over one capitalised word
        # (a place in the genitive) in an earlier part
        full = next((px for px in persons if len(px[1].split()) > 1 and not _name_after_preposition(*px)), None)
        if full is not None:
            parts = [full[0]] + [p for p in parts if p is not full[0]]
    best = None
    mentions = dict(parsed)
    for p in _without_places_en(parts) if lang == "en" else parts:
        name, role, kind = mentions[p]
        if kind == "person":
            others = [q for q in parts if q is not p]
            extra = ", ".join(x for x in ([role] if role else []) + [_strip_articles(o) for o in others] if x)
            return name, extra or None, "person"
        if best is None:
            best = (name, role, kind)
    return best if best else (None, None, "group")


# words before a name that make it an object inside an apposition, not the one the apposition names ("Ahmad, a former
# detainee interviewed by Human Rights Watch", "Layla, a nurse who worked with Tom Reed"; rv84-22)
_OBJECT_PREPS = frozenset({"by", "to", "with", "for", "from", "of", "at", "about", "against", "von", "vom", "mit", "bei", "beim",
                           "für", "gegen", "über", "zu", "zum", "zur"})


def _name_after_preposition(part: str, name: str) -> bool:
    """Whether the name in an apposition's ``part`` stands right after a preposition (an object, not the part's head)."""
    at = part.find(name.split()[0])
    before = part[:at].split() if at > 0 else []
    return bool(before) and before[-1].lower() in _OBJECT_PREPS


_OF_PLACE_END_EN = re.compile(r"\b(?:of|from|in|near)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}$")
_PLACE_PART_EN = re.compile(r"(?:(?:New|North|South|West|East|Rhode)\s+)?[A-Z][\w.’'-]*")  # "Ohio", "N.C.", "New York"


def place_of_place_en(before: str, part: str) -> bool:
    """English: whether ``part`` is the state or country of the place ``before`` ends in ("the mayor of
    Columbus" + "Ohio")."""
    return bool(_PLACE_PART_EN.fullmatch(part.strip()) and _OF_PLACE_END_EN.search(before.strip()))


def _without_places_en(parts: list[str]) -> list[str]:
    """English apposition parts less the state or country that follows a place ("the mayor of Columbus,
    Ohio": Ohio is where Columbus lies, not a person)."""
    return [p for i, p in enumerate(parts) if not (i and place_of_place_en(parts[i - 1], p))]


def _titled_body_en(tokens: list[str]) -> bool:
    """English: whether a mention's words (articles dropped) are capitalised words ending in "Post": a paper by its
    name ("the Washington Post"), no one's post ("Trump's post", "a Kremlin statement").  Not "Report": a body's report
    ("the Bank of England Report", "the Mueller Report") is the body's or a document, no paper's name."""
    return (len(tokens) >= 2 and tokens[-1] == "Post" and not any(t.lower() in INSTITUTION_WORDS for t in tokens[:-1])
            and all(t[:1].isupper() and not t.endswith(("'s", "’s", "s'", "s’")) for t in tokens))


def _parse_owner(tokens: list[str], owner: str, lang: str) -> tuple[str | None, str | None, str]:
    """What a document's owner (:func:`_document_owner`) makes the speaker of a mention ``tokens``: in German kin a
    role ("einer Erklärung der Familie"), an event no one ("im Protokoll der Sitzung"), a body after its article a
    body ("in einer Mitteilung der Stadt", as "die Stadt" is); else the owner parsed as a mention."""
    if lang == "de" and owner.lower() in _KIN_DE:
        return None, owner, "role"  # "einer Erklärung der Familie", "… der Eltern": kin, no name ("Familie Müller" is one)
    if lang == "de" and _event_noun_de(owner.lower()):
        return None, None, "group"  # "heißt es im Protokoll der Sitzung": a meeting's minutes, no one who speaks (rv75-5)
    if lang == "de" and _body_owner_after_article_de(tokens, owner):
        return owner, None, "group"  # "in einer Mitteilung der Stadt", "des Landkreises": a body (rv75-5)
    return parse_mention(owner, lang)


def _first_name_and_media_surname(tokens: list[str]) -> bool:
    """Whether two words are a listed first name and a surname that is also an institution word ("Linda Fox", "Amy
    Post", "Theresa May"; not "Washington Post"): a person, no paper or agency."""
    return (len(tokens) == 2 and tokens[1].lower() in SURNAME_INSTITUTION_WORDS and tokens[1][1:].islower()
            and tokens[0] != "Washington" and bool(any_first_name_gender(tokens[0])))


# German nouns of an event whose minutes or record hold words, no one's: "das Protokoll der Sitzung", "der Tagung"
_EVENT_NOUNS_DE = ("sitzung", "tagung", "konferenz", "debatte", "beratung", "verhandlung", "anhörung", "besprechung",
                   "veranstaltung")
# events whose compounds are standing bodies ("Kultusministerkonferenz", "Bischofskonferenz", "Verbraucherberatung"):
# the word alone only (rt37-5)
_EVENT_NOUNS_ALONE_DE = ("konferenz", "beratung")


def _event_noun_de(low: str) -> bool:
    """German: whether lower-case ``low`` is an event noun of :data:`_EVENT_NOUNS_DE` (alone or a compound's tail, but
    for :data:`_EVENT_NOUNS_ALONE_DE`)."""
    return low.endswith(_EVENT_NOUNS_DE) and (not low.endswith(_EVENT_NOUNS_ALONE_DE) or low in _EVENT_NOUNS_ALONE_DE)


def _body_owner_after_article_de(tokens: list[str], owner: str) -> bool:
    """German: whether a document's one-word owner stands after "der"/"des" and reads with it as a body ("einer
    Mitteilung der Stadt": "der Stadt" is one; "des Bürgermeisters" a role; "Merkels", no article, a person)."""
    if " " in owner or len(tokens) < 2 or tokens[-2].lower() not in ("der", "des") or not tokens[-1].startswith(owner):
        return False
    return parse_mention(f"{tokens[-2]} {tokens[-1]}", "de")[2] == "group"


def _document_owner(tokens: list[str]) -> str | None:
    """"einer Erklärung des Kremls", "a Kremlin press release": the author of a document is the
    speaker (a genitive -s/-es taken off)."""
    docs = [i for i, t in enumerate(tokens) if t.lower() in DOC_WORDS and not (i + 1 < len(tokens) and is_role_word(tokens[i + 1]))]
    if not docs:
        return None  # none, or each a title's first word before a role ("press secretary", "speech writer"): no document
    idx = docs[-1]
    if idx > 0 and tokens[idx][:1].isupper() and all(any_first_name_gender(p) for p in tokens[idx - 1].split("-")):
        return None  # "Hans-Jürgen Papier": a surname after a first name, no paper
    tail = [t for t in tokens[idx + 1 :] if t.lower() not in ARTICLES and t.lower() not in ("of", "von", "from")]
    # "a Wednesday editorial": a weekday or month dates the document, it does not own it
    head = [t for k, t in enumerate(tokens[:idx]) if (t[:1].isupper() and t.lower() not in DOC_WORDS and t.lower() not in NOT_ALONE) or (
        t in ("of", "for") and 0 < k < idx - 1 and tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper())]  # "Bank of England Report"
    owner = tail or head
    if not owner:
        return None
    if tail and tokens[idx + 1].lower() == "des" and owner[-1].endswith("s") and len(owner[-1]) > 4:
        owner[-1] = owner[-1][:-2] if owner[-1].endswith("es") and len(owner) == 1 and owner[-1][-3:-2] in "sßzx" else owner[-1][:-1]
    return " ".join(owner)


# German nouns of what someone said in reply or judgement: "die Antwort des Ministeriums" is the ministry's
_STATEMENT_NOUNS_DE = frozenset({"antwort", "reaktion", "kritik", "warnung", "forderung", "fazit", "devise", "credo", "motto",
                                 "einschätzung", "bilanz", "mahnung", "zusage", "absage", "replik", "entgegnung", "erwiderung",
                                 "auskunft", "ansage", "losung", "parole", "bitte", "begründung", "position", "haltung"})


def _statement_owner_de(tokens: list[str]) -> str | None:
    """German: such a noun (after adjectives) and a genitive owner ("die knappe Antwort des Ministeriums", "die Kritik
    der Opposition"): the owner said it, never a name "Antwort des Ministeriums"; the owner ends before the next
    lower-case word ("des Ministeriums auf die Anfrage")."""
    i = 0
    while i < len(tokens) and tokens[i][:1].islower() and tokens[i] not in ("des", "der"):
        i += 1  # "knappe"
    if i + 2 >= len(tokens) or tokens[i].lower() not in _STATEMENT_NOUNS_DE or tokens[i + 1] not in ("des", "der"):
        return None
    end = next((j for j in range(i + 2, len(tokens)) if tokens[j][:1].islower()), len(tokens))
    owner = tokens[i + 2 : end]
    if not owner:
        return None
    if tokens[i + 1] == "des" and len(owner) == 1 and len(owner[0]) > 4 and owner[0].endswith("s"):
        owner = [uninflect_genitive(owner[0])]
    return " ".join(owner)


def _after_first_name(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` is a surname after a listed first name ("Stefan Hartung", "Franz Josef Jung"), whatever
    noun ending it has ("-ung"), and no noun of a body ("Anna Weber Stiftung")."""
    return any(any_first_name_gender(t.strip(".'’\"")) is not None for t in tokens[max(0, k - 2) : k]) and not tokens[k].lower().endswith(
        ("ministerium", "regierung", "stiftung", "verwaltung", "vertretung", "schaft"))


# German role words that are also common surnames ("Sven Richter", "Anna König", "Jan Bischof"): right after a listed first
# name and ending the mention they are the surname; a fact of usage
_ROLE_SURNAMES_DE = frozenset({"richter", "könig", "bischof", "kanzler", "pfarrer", "sprecher", "berater", "papst", "kaiser",
                               "meister", "schulte", "probst", "vogt", "graf", "herzog", "fürst", "ritter", "lehrer", "schreiber",
                               # court and election words of the role lexicon that are surnames too ("Thomas Kläger")
                               "kläger", "gutachter", "vorsteher", "wahlhelfer", "rentner", "führer",
                               # council offices that are surnames too ("Peter Kämmerer", "Anna Rektor")
                               "kämmerer", "rektor",
                               # a trade that is a surname too ("Sabine Händler"); "ein Devisenhändler" is a role
                               "händler"})


def _role_word_surname(tokens: list[str], k: int) -> bool:
    """Whether role word ``tokens[k]`` (:data:`_ROLE_SURNAMES_DE`) ends the mention right after a listed first name:
    a surname ("Sven Richter"), not the office ("Richter Bernd Hofmann", "der Vorsitzende Richter")."""
    return (k == len(tokens) - 1 and k >= 1 and tokens[k].lower() in _ROLE_SURNAMES_DE
            and first_name_gender_de(tokens[k - 1]) is not None)


# an Arabic surname with its article written in lower case and joined by a hyphen ("al-Ansari", "el-Sisi")
_ARTICLE_SURNAME = re.compile(r"(?:al|el)-[A-Z][\w’'-]+")


def _article_surname(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]``, the last word, is a surname with a lower-case article ("Majed al-Ansari", "Bashar al-Assad")
    after a capitalised word that is no owner's possessive, role or body word; alone ("al-Shabaab said"), after an owner
    ("Hamas's al-Qassam") or before more words ("the al-Qassam Brigades") it stays as it was, a body's name more often."""
    prev = tokens[k - 1].strip(".'’\"") if k > 0 else ""
    return (k == len(tokens) - 1 and arabic_surname_en(tokens[k].strip(".'’\""))
            and _given_before_arabic_article(prev, tokens[k - 2] if k > 1 else ""))


def arabic_surname_en(word: str) -> bool:
    """English: an Arabic surname with "al-" / "el-" (:data:`_ARTICLE_SURNAME`) that is no body's name
    (:func:`arabic_surname`)."""
    return bool(_ARTICLE_SURNAME.fullmatch(word)) and arabic_surname(word)


# an Arabic surname after its article in lower case ("al-Kudra", "el-Sisi", "asch-Schara", "ad-Din")
ARABIC_ARTICLE_NAME = re.compile(r"(?:al|el|asch|ash|ad|ar|az|adh)-[A-ZÄÖÜ][\w-]*")


# nouns of places and bodies that an Arabic name follows as their own name ("das Terrornetzwerk al-Kaida", "das
# Krankenhaus al-Schifa", "der Sender al-Dschasira"): no one's first name
_NOT_GIVEN_BEFORE_ARTICLE = ("netzwerk", "gruppe", "miliz", "sender", "kanal", "zeitung", "agentur", "organisation", "bewegung",
                             "partei", "front", "brigade", "brigaden", "moschee", "universität", "krankenhaus", "klinik", "lager",
                             "platz", "straße", "viertel", "stadt", "dorf", "region", "provinz", "camp", "network", "group",
                             "channel", "hospital", "mosque")


# names with an Arabic article that are bodies, broadcasters, papers, places and clubs, never a person's surname ("sagte
# Scholz al-Dschasira": the channel he spoke to; "der Miliz Dschaisch al-Islam"; "Hamas's al-Qassam")
_ARABIC_BODY_NAMES = frozenset((
    "dschasira", "jazeera", "jazira", "arabija", "arabiya", "manar", "mayadin", "mayadeen", "kaida", "qaida", "qaeda",
    "schabab", "shabaab", "shabab", "aksa", "aqsa", "nusra", "quds", "kuds", "qassam", "kassam", "ahram", "akhbar",
    "watan", "hayat", "islam", "schifa", "shifa", "azhar", "hilal", "nassr", "ahli", "ittihad", "sadd", "arabi",
    "wahda", "jaish", "dschaisch", "hurra", "sharq", "scharq", "thawra", "furqan", "andalus", "risala", "masry",
    "scharia", "sharia", "hisbollah", "hizbollah", "hezbollah", "dschihad", "jihad", "mahdi", "sham", "scham"))


def arabic_surname(word: str) -> bool:
    """Whether ``word`` is an Arabic surname with its article ("al-Kudra", "el-Sisi"): not the name of a body,
    broadcaster, paper, place or club (:data:`_ARABIC_BODY_NAMES`)."""
    return bool(ARABIC_ARTICLE_NAME.fullmatch(word)) and word.split("-", 1)[1].lower() not in _ARABIC_BODY_NAMES


def _given_before_arabic_article(word: str, before: str = "") -> bool:
    """Whether ``word`` before an Arabic surname's article ("Aschraf" of "Aschraf al-Kudra") may be a given name: a
    capitalised word that is no role, body or place noun ("das Terrornetzwerk al-Kaida", "der Sender al-Dschasira"), no
    owner's possessive ("Syria's al-Assad"), and not itself the name of a body ``before`` it names ("der Miliz Dschaisch
    al-Islam")."""
    low = word.lower()
    return (_is_cap(word) and not is_role_word(word) and not organisation_de(word) and low not in INSTITUTION_WORDS
            and not low.endswith(_NOT_GIVEN_BEFORE_ARTICLE) and not word.endswith(("'s", "’s", "'", "’"))
            and not before.lower().endswith(_NOT_GIVEN_BEFORE_ARTICLE))


def _name_tail(tokens: list[str]) -> int:
    """Index where the trailing run of name-like tokens (capitalised, no role or institution word;
    particles inside) begins."""
    i = len(tokens)
    while i > 0:
        clean = tokens[i - 1].strip(".'’\"")
        if (arabic_surname(clean) and i > 1 and _given_before_arabic_article(tokens[i - 2], tokens[i - 3] if i > 2 else "")) or (
                (_is_cap(clean) or _article_surname(tokens, i - 1)) and (not is_role_word(clean) or _role_word_surname(tokens, i - 1))
                and clean.lower() not in INSTITUTION_WORDS and not _NUMBERED_BODY_COMPOUND.fullmatch(clean)  # "G20-Sherpa"
                and not _relation_before_name_de(tokens, i - 1)
                and (not clean.lower().endswith(("ministerium", "regierung", "ung", "schaft", "ismus")) or _after_first_name(tokens, i - 1))) or (
            (clean.lower() in PARTICLES or clean in _MORE_NAME_PARTICLES) and i < len(tokens) and i > 1  # "Corrêa do Lago"
            and (clean.lower() not in ("der", "den") or tokens[i - 2].lower() in ("von", "van"))
        ):
            i -= 1
            continue
        break
    return i


# offices English addresses with an honorific ("Mr. President", "Madam Speaker"): a role after "Mr.", not a surname
_ADDRESSED_OFFICES_EN = frozenset({"president", "speaker", "secretary", "chairman", "chairwoman", "chair", "mayor", "governor",
                                   "ambassador", "justice", "minister", "senator", "commissioner", "leader", "attorney", "chief"})


def surname_after_honorific_en(tokens: list[str]) -> bool:
    """English: whether the mention ends in "Mr./Mrs./Ms./Miss" and a capitalised word: a surname, even one that
    holds a role word ("Ms. Sherry", "Mr. Autor"), unless an office addressed so ("Mr. President")."""
    return (len(tokens) >= 2 and tokens[-2].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss") and _is_cap(tokens[-1])
            and tokens[-1].lower().strip(".,") not in _ADDRESSED_OFFICES_EN)


# English adjectives and nouns of nationality, region and religion: capitalised, and no one's name
# ("Yemeni security forces arrested him", "Jewish groups condemned it", "Her argument, akin to the British one")
PEOPLE_ADJECTIVES_EN = frozenset("""
afghan african albanian american arab arabic argentine asian australian austrian bahraini belgian bosnian brazilian
british buddhist canadian catholic chilean chinese christian colombian croatian cuban czech danish dutch eastern egyptian
emirati english eritrean ethiopian european evangelical finnish french german greek hindu hispanic hungarian indian
iranian iraqi irish islam islamic israeli italian japanese jewish jordanian kenyan korean kurdish kuwaiti latin latina
latino lebanese libyan mexican midwestern mormon moslem muslim nigerian northern norwegian omani orthodox pakistani
palestinian persian peruvian polish portuguese protestant qatari romanian russian saudi scottish serbian shia shiite
sikh somali southern spanish sudanese sunni swedish swiss syrian thai turkish ukrainian venezuelan vietnamese welsh
western yemeni""".split())


# English titles before a word that makes them the name of a firm, a body or a place, no one's title ("General
# Electric", "President Street"); a fact of usage
_PLACE_WORDS_EN = frozenset({"Street", "Avenue", "Road", "Square", "Boulevard", "Bridge", "Airport", "Station", "Hospital", "Hotel", "Plaza"})
_TITLE_BEFORE_THING_EN = {
    "General": _PLACE_WORDS_EN | {"Electric", "Motors", "Mills", "Dynamics", "Assembly", "Atomics", "Foods", "Accounting",
                                  "Services", "Election", "Elections", "Strike", "Synod", "Conference", "Court", "Council"},
    **{title: _PLACE_WORDS_EN for title in ("President", "Governor", "Senator", "Chancellor", "Bishop", "King", "Queen",
                                            "Prince", "Princess", "Admiral", "Commissioner", "Mayor", "Judge", "Captain")}}

_BODY_NAME_WORDS_EN = frozenset({"center", "centre", "free", "media", "news", "post", "times", "voice", "dealer", "column"})
_SURNAME_TITLES_EN = frozenset({"Mayor", "Judge", "Governor", "Senator", "Chancellor", "Commissioner", "Admiral", "Captain"})


_BORN_EN = re.compile(r"[A-Z][\w’'.]*-born")
_PLACE_PREPOSITIONS_EN = frozenset({"from", "in", "near", "on", "at", "outside"})


def _someone_at_place_en(tokens: list[str], mention: str) -> bool:
    """English: an indefinite or definite person noun, then a preposition of place, then a capitalised place ("a farmer
    from Ohio", "a man on King Street", "a woman at Union Square"): someone there, not a person named by the place."""
    words = mention.split()
    k = next((i for i, t in enumerate(words) if t.lower() in _PLACE_PREPOSITIONS_EN), None)
    if k is None or not 2 <= k < len(words) - 1 or not words[k + 1][:1].isupper() or words[0].lower() not in ("a", "an", "one", "the"):
        return False
    owner = any(re.search(r"[’']s\Z", w) for w in words[k + 1 : -1])  # "the economist at Moody’s Tom Reed": the person after it
    return all(t[:1].islower() for t in words[1:k]) and not owner


# adjectives (of a nation, a people, a state) that open the names of bodies ("Deutsche Bahn", "British Airways"); a fact of usage
_ORG_ADJECTIVES_EN = frozenset("""deutsche british swiss federal international european national united danish swedish
norwegian finnish scottish welsh japanese chinese korean canadian australian mexican italian spanish russian turkish polish
austrian belgian israeli saudi qatari emirati""".split())  # not "German" (Germán), "Christian", "Irish", "French", "Dutch", "Royal": also first names


# capitalised heads of organisations named "X for Y" ("Center for American Progress", "Campaign for Liberty")
_ORG_FOR_HEADS_EN = frozenset("center centre campaign alliance coalition committee council institute foundation fund league "
                              "partnership project network union association society department ministry office agency commission "
                              "authority trust transport".split())  # "Department for Education", "Office for Students",
# "Transport for London" (rv79-4)
# plural nouns of people or bodies that open such a name ("Americans for Prosperity", "Airlines for America"); a list,
# since surnames end in -s too ("said Williams for Chelsea", "Reeves for Labour": a person, for a team or party)
_ORG_FOR_PLURALS_EN = frozenset("""americans citizens physicians doctors mothers fathers women veterans taxpayers airlines democrats
republicans scientists students nurses parents texans christians catholics evangelicals conservatives liberals progressives
families friends patients teachers lawyers businesses fridays grandparents""".split())  # "Fridays for Future"


def org_for_en(head: str, rest: str, first: str = "") -> bool:
    """English: whether "for" after capitalised ``head`` goes on with an organisation's name: a capitalised plural of
    people (:data:`_ORG_FOR_PLURALS_EN`, :data:`_PEOPLE_PLURAL_EN`) or organisation noun before it, a capitalised word after it ("Airlines for America", "Physicians for Human Rights",
    "Campaign for Liberty"), the phrase opening with no first name or title ("Tom Banks for Reuters")."""
    low = head.lower()
    return (head[:1].isupper() and rest[:1].isupper() and (low in _ORG_FOR_PLURALS_EN or low in _PEOPLE_PLURAL_EN - _SURNAME_PLURALS_EN or low in _ORG_FOR_HEADS_EN)
            and not (first_name_gender_en(first) or first.rstrip(".").lower() in _TITLE_OR_HONORIFIC_EN or is_role_word(head)))


def _capitalised_body_en(tokens: list[str], name_toks: list[str]) -> bool:
    """English: whether capitalised words name a body whole: they end in "Police" ("Capitol Police") after no first
    name, or, none a role word nor a first name, in a body's head word with words before it left out of the name
    (``name_toks``) as a role ("Local Government Association"; "Local Government Ombudsman" is not: no head word)."""
    if tokens[-1].lower() == "police" and all(_is_cap(t) for t in tokens) and not any_first_name_gender(tokens[0]):
        return True
    return (len(name_toks) < len(tokens) and tokens[-1].lower() in _ORG_HEADS and all(_is_cap(t) and not t.isupper() for t in tokens)
            and not any(is_role_word(t) or any_first_name_gender(t) for t in tokens))


def _split_name_role(tokens: list[str], mention: str, lang: str) -> tuple[str | None, str | None, str]:
    """A person (role + trailing name), a role, or a group."""
    if lang == "en" and surname_after_honorific_en(tokens):
        if _someone_of_person_en(tokens):
            return None, _clean(" ".join(tokens)), "role"  # "a lawyer for Mrs. Reed": the lawyer
        return _clean(" ".join(tokens[-2:])), _clean(" ".join(tokens[:-2])) or None, "person"
    if unnamed_by_last_word(tokens, lang):
        return None, _clean(" ".join(tokens)), "role"
    name_toks = tokens[_offices_before_name_de(tokens, _name_tail(tokens)) if lang == "de" else _name_tail(tokens) :]  # "Bademeister Ruedi Zünd"
    while name_toks and name_toks[0].lower() in PARTICLES:
        name_toks = name_toks[1:]
    if lang == "en" and _medium_and_section_en(tokens, name_toks):
        return _clean(" ".join(tokens)), None, "group"  # "Fox Business", "CNN Business": one medium's name, no person
    name_toks = _after_position_en(after_owner_en(name_toks)) if lang == "en" else name_toks  # "GE's Tom Reed", "Keeper Al Nübel"
    if lang == "en" and _someone_at_place_en(tokens, mention):
        return None, _clean(" ".join(tokens)), "role"  # "a farmer from Ohio", "a man on King Street": someone from a place
    if (lang == "en" and len(name_toks) == 1 and len(tokens) >= 2 and name_toks[0] in _TITLE_BEFORE_THING_EN.get(tokens[-2], ())
            and not (len(tokens) == 2 and tokens[0] in _SURNAME_TITLES_EN and name_toks[0] in _PLACE_WORDS_EN)):
        # "Mayor Street said": a title no street is named by, alone before a place word that is also a surname: a person
        return _clean(" ".join(tokens)), None, "group"  # "General Electric", "President Street": a firm or a place, no title
    if lang == "en" and len(name_toks) >= 3 and name_toks[0].lower() in PEOPLE_ADJECTIVES_EN and any_first_name_gender(name_toks[1]):
        name_toks = name_toks[1:]  # "the Swedish Anna Lindqvist": a nationality before a first name and a surname
    if (lang == "en" and len(tokens) == 2 and tokens[0].lower() in _ORG_ADJECTIVES_EN | {"american"} and _is_cap(tokens[1])
            and not is_role_word(tokens[1]) and not any_first_name_gender(tokens[0]) and not any_first_name_gender(tokens[1])):
        # ("United Airlines", "American Airlines": "United" an institution word, "American" a role word, still the body's name)
        return _clean(" ".join(tokens)), None, "group"  # "Deutsche Bahn", "British Airways": a body named by an adjective, no person
    if lang == "en" and _capitalised_body_en(tokens, name_toks):
        return _clean(" ".join(tokens)), None, "group"  # "Police", "Capitol Police", "Local Government Association": a body
    if lang == "en" and name_toks and _BORN_EN.fullmatch(name_toks[0]):
        name_toks = name_toks[1:]  # "the Swedish-born Anna Lindqvist", "the Texas-born author": where one was born, no name
        if not name_toks:
            return None, _clean(" ".join(tokens)), "role"  # "the Swedish-born": someone, no name
    role_toks = tokens[: len(tokens) - len(name_toks)]
    if lang == "en" and name_toks:
        role_toks = _without_naming_words_en(role_toks)  # "a farmer named Paul Lee": the role is "farmer", not "farmer named"
    if (len(name_toks) >= 2 and len(role_toks) >= 2 and role_toks[-1].lower() == "of" and is_role_word(role_toks[-2])
            and (name_toks[0].lower() in _OFFICE_OF or (name_toks[0] == "Staff" and len(name_toks) >= 3 and role_toks[-2].lower() == "chief"))):
        role_toks, name_toks = role_toks + name_toks[:1], name_toks[1:]  # "Secretary of State" + "John Kerry"; "IDF Chief of Staff" + "Herzi Halevi"
    if lang == "en" and _someone_of_person_en(tokens):
        return None, _clean(" ".join(tokens)), "role"  # "a friend of Paris Hilton", "an aide to Sen. Tom Reed": the friend
    if (lang == "en" and name_toks and len(role_toks) >= 2 and role_toks[-1].lower() in ("of", "for")
            and any(is_role_word(t) or t.lower() in _ORG_HEADS for t in role_toks[:-1])):
        # "the governor of New York", "a spokesman for Sen. Ann Bell": an office of a place or body, someone's
        # aide; "the Bank of England": a body
        if any(is_role_word(t) for t in role_toks[:-1]):
            return None, _clean(" ".join(tokens)), "role"
        return _clean(" ".join(tokens)), None, "group"
    if lang != "en" and name_toks and role_toks and role_toks[-1][:1].islower() and role_toks[-1].lower() not in PARTICLES and not is_role_word(role_toks[-1]):
        # "der kubanischen Diktatur": a capitalised word after an adjective is a German noun
        role_toks = role_toks + name_toks[:1]
        name_toks = name_toks[1:]
    if lang == "de" and name_toks and (whole := _whole_mention_de(tokens, role_toks, name_toks)) is not None:
        return whole  # "die Militärverwaltung des Kiewer Gebietes", "die Staatsanwaltschaft Köln", "der Trainer von Schalke 04"
    # a single capitalised token right after an article in German is usually a common noun
    # ("der Kreml", "die Regierung"); treat as a group unless a role precedes it
    if (name_toks and len(name_toks) == 1 and role_toks
            and role_toks[-1].lower() in ("der", "des", "of", "the", "von", "vom", "dem", "den")):
        # "Sprecherin der Unionsfraktion", "Unmut der CDU": a genitive attribute, not a person's name
        if any(is_role_word(t) for t in role_toks):
            return None, _clean(" ".join(tokens)), "role"
        return _clean(" ".join(tokens)), None, "group"
    if lang == "de" and (_noun_before_full_name_de(mention, role_toks, name_toks) or len(name_toks) >= 2 and _title_or_tie_de(name_toks[0]) and (
            len(name_toks) == 2 or first_name_gender_de(name_toks[1].rstrip(".")) is not None or name_toks[1] in ("Dr.", "Prof."))):
        role_toks, name_toks = role_toks + name_toks[:1], name_toks[1:]  # "FDP-Stadtrat Lang", "der Kaufmann Peter Braun"
    if name_toks and len([t for t in name_toks if t not in PARTICLES and t not in _MORE_NAME_PARTICLES]) <= 4:  # "Luiz Inácio Lula da Silva"
        if len(name_toks) == 1 and not role_toks and lang == "de" and mention.strip().split()[0].lower() in ARTICLES | DEMONSTRATIVES:
            return _clean(" ".join(tokens)), None, "group"
        if lang == "de" and role_toks and _gender_clash_in_mention_de(mention, role_toks[-1], name_toks[0]):
            return None, _clean(" ".join(tokens)), "role"  # "die Kanzlerin Paul Krause": the chancellor, then someone else
        return _clean(" ".join(name_toks)), _clean(" ".join(role_toks)) or None, "person"
    if any(is_role_word(t) for t in tokens) or (lang == "en" and relation_noun_en(tokens[-1]) and all(t[:1].islower() for t in tokens)):
        return None, _clean(" ".join(tokens)), "role"  # "the spokesman"; "a friend", "the wife": someone unnamed, no body
    if lang == "en" and _someone_by_lower_head_en(tokens):
        return None, _clean(" ".join(tokens)), "role"  # "a source close", "a friend of the family", "Tom Reed's friend": no name
    return _clean(" ".join(tokens)), None, "group"


# German nouns for a person by their tie to someone, which the role list does not hold ("Kellers Kollege Thomas Brandt",
# "ihre Schwester Anna Roth"): before a name they are its role, never part of it; a fact of usage
_RELATION_NOUNS_DE = frozenset({"kollege", "kollegin", "bruder", "schwester", "freund", "freundin", "nachbar", "nachbarin",
                                "ehemann", "ehefrau", "lebensgefährte", "lebensgefährtin", "vater", "mutter", "sohn", "tochter",
                                "partner", "partnerin", "mitstreiter", "mitstreiterin", "weggefährte", "weggefährtin",
                                "vertrauter", "vertraute", "gegenüber",
                                # a holder of the same office before or after ("Pistorius' Vorgängerin Christine Lambrecht")
                                "vorgänger", "vorgängerin", "nachfolger", "nachfolgerin"})


def relation_noun_de(word: str, inflected: bool = False) -> bool:
    """German: whether ``word`` is a noun for a person by their tie to someone (:data:`_RELATION_NOUNS_DE`: "Kollege");
    ``inflected``: in a case or number ending too ("Weggefährten", "Kollegen", "Freundes", "Vertrauten").  "Gegenüber"
    counts by its capital alone (this test sees no word before it, so a sentence's opening preposition, "Gegenüber
    Markus Lanz sagte …", passes too); ``phrases._counterpart_noun_de``, which sees the word before, takes it only
    after an owner's genitive or a possessive."""
    low = word.lower()
    if low == "gegenüber":
        return word[0] == "G"  # "Kompanys Gegenüber": the noun; "gegenüber Reportern" is a preposition
    if low in _RELATION_NOUNS_DE:
        return True
    return inflected and any(low.endswith(e) and low[: len(low) - len(e)] in _RELATION_NOUNS_DE for e in ("n", "en", "e", "es", "s"))


# lower-case words in -e/-er/-en/-es that are no adjective before a noun ("sagte Markus heute Abend", "später Reportern")
NO_ADJECTIVE_DE = frozenset({"heute", "später", "früher", "immer", "wieder", "weiter", "aber", "oder", "oben", "unten", "eher",
                             "lieber", "gerne", "alle", "beide", "daher", "außerdem", "seither", "bisher", "ferner", "nachher",
                             "vorher", "morgen", "gestern", "außen", "innen", "ebenfalls", "diese", "dieser", "dieses", "jene",
                             "jener", "jenes", "einige", "manche", "mehrere", "viele", "andere", "hier", "gegenüber"})


def tie_noun_de(word: str) -> bool:
    """German: a noun for someone by role or tie, alone or as the last part of a compound ("Parteikollegin",
    "Parteifreund", "Studienfreundin")."""
    low = word.lower()
    return (is_role_word(word) or known_people_word(low) or plural_people_de(word) or relation_noun_de(word)
            or any(low.endswith(t) and len(low) - len(t) >= 4 for t in ("kollege", "kollegin", "freund", "freundin",
                                                                          "gefährte", "gefährtin", "streiter", "streiterin")))


def _relation_before_name_de(tokens: list[str], k: int) -> bool:
    """German: whether ``tokens[k]`` is a relation noun (:data:`_RELATION_NOUNS_DE`) before a name, which is then its
    holder's role: a listed first name after it, or an owner's genitive before it ("Kellers Kollege Thomas Brandt",
    "seine Kollegin Anna Roth", "Kellers Kollege Brandt"); not at the end ("Thomas Freund") nor "Vater Staat"."""
    owner = k >= 1 and re.fullmatch(r"[A-ZÄÖÜ][\w-]+(?:s|’|')", tokens[k - 1]) is not None
    if k >= 2 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}er", tokens[k - 1]) and re.fullmatch(r"[A-ZÄÖÜ][\w-]+s", tokens[k - 2]):
        owner = True  # "Kompanys Dortmunder Gegenüber Niko Kovac": a town's adjective between owner and tie
    if k + 1 < len(tokens) and owner and tokens[k - 1][-1] in "’'" and tie_noun_de(tokens[k]):
        return True  # "Merz' Parteifreund Söder": a compound tie after an owner's apostrophe genitive
    return k + 1 < len(tokens) and relation_noun_de(tokens[k]) and (first_name_gender_de(tokens[k + 1]) is not None or owner)


def _owner_and_relation_de(tokens: list[str]) -> bool:
    """German: whether a mention ends in an owner's genitive and a relation noun ("Kellers Kollege", "Merz’ Freund"),
    adjectives between them or not ("Gassers langjähriger Weggefährte"): someone unnamed ("Thomas Freund", a listed
    first name before it, is a name)."""
    if len(tokens) < 2 or not relation_noun_de(tokens[-1]):
        return False
    k = len(tokens) - 2
    while k > 0 and len(tokens) - 2 - k < 2 and re.fullmatch(r"[a-zäöüß][\w-]*(?:e|er|es)", tokens[k]):
        k -= 1  # "langjähriger", "enge": adjectives before the noun
    # a listed first name before the noun is a name ("Thomas Freund"), but not before adjectives ("Thomas neuer Kollege")
    return re.fullmatch(r"[A-ZÄÖÜ][\w-]+(?:s|’|')", tokens[k]) is not None and (
        first_name_gender_de(tokens[k]) is None or k < len(tokens) - 2)


def unnamed_by_last_word(tokens: list[str], lang: str) -> bool:
    """Whether a mention's last word makes it someone unnamed: German circles ("aus Unternehmenskreisen",
    "Regierungskreise"; not "Peter Kreisen"), an English age used as a noun ("the 34-year-old")."""
    if lang == "de":  # "sein Kollege", "ihr Parteikollege": someone unnamed by a tie, never a name
        return (tokens[-1].lower().endswith(("kreise", "kreisen")) and not any(any_first_name_gender(t) for t in tokens[:-1])) or (
            _owner_and_relation_de(tokens)) or (colleague_noun_de(tokens[-1]) and not any(t[:1].isupper() for t in tokens[:-1]))
    return lang == "en" and bool(_AGE_NOUN_EN.fullmatch(tokens[-1]))


def after_owner_en(name_toks: list[str]) -> list[str]:
    """English: the words after an owner's possessive when they name a person by a first name of either list
    ("General Electric's Tom Reed", "Germany's Olaf Scholz"), else all of them ("Women's Media Center", "America's
    Voice")."""
    owner = [i for i, t in enumerate(name_toks[:-2]) if t.endswith(("'s", "’s", "s'", "s’"))]
    if not owner:
        return name_toks
    after = name_toks[owner[-1] + 1 :]
    if any(t.lower() in INSTITUTION_WORDS or t.lower() in _BODY_NAME_WORDS_EN or t.lower() in _ORG_HEADS for t in after):
        return name_toks
    if any_first_name_gender(after[0]) or (owner == [0] and len(after) == 2 and _name_word_after_owner_en(after[0])
                                             and (_name_word_after_owner_en(after[1]) or _ARTICLE_SURNAME.fullmatch(after[1]))
                                             and after[0] not in _PLACE_OPENERS_EN and after[-1].lower() not in _BODY_TAILS_EN
                                             and _club_or_country_owner_en(name_toks[0])):
        return after  # "Stuttgart's Deniz Undav": a club's or country's player or leader, the owner alone before the name
    return name_toks


# last words of a country's or a group's bodies ("Ukraine's Armed Forces", "Iran's Revolutionary Guards", "Hamas's
# Military Wing"): the owner stays in the name, no player's name follows it
_BODY_TAILS_EN = frozenset("""forces force guards guard army navy wing ministry police service services command council
government party front brigade brigades corps authority agency office committee embassy parliament court bank""".split())


def _medium_and_section_en(tokens: list[str], name_toks: list[str]) -> bool:
    """English: whether a mention is capitalised institution words ("Fox", "CNN") then a medium's section or channel
    words ("Business", "Business Network"): a body's name, never a person named "Business" ("CNN Anderson Cooper",
    "Kremlin Peskov" stay people)."""
    head = tokens[: len(tokens) - len(name_toks)]
    return (bool(head) and bool(name_toks) and all(_is_cap(t) and t.lower() in INSTITUTION_WORDS for t in head)
            and all(t in _MEDIUM_SECTIONS_EN for t in name_toks))


# capitalised words of a medium's section or channel after its name ("Fox Business", "CNN Politics", "BBC Sport")
_MEDIUM_SECTIONS_EN = frozenset("""Business Politics Money Sport Sports Network Channel Investigates Travel Health Opinion Digital
International Radio Live Online Tech Markets Entertainment Weekend""".split())


def _after_position_en(name_toks: list[str]) -> list[str]:
    """English: the two words of a person's name after a team position or "Captain" written with a capital ("Keeper
    Alexander Nübel", "Captain Sully Sullenberger"), or after another lower-case-only role word before a listed first
    name ("Solicitor Karen Shaw", "Pollster John Curtice"), else all of them: a position before one word or a body stays
    a name ("Captain Morgan", "Skipper Foods", "Captain Cook Society", "Gatekeeper Trust", "Accused Persons Trust")."""
    if len(name_toks) != 3 or name_toks[0].lower() not in _LOWER_CASE_ONLY_EN:
        return name_toks
    after = name_toks[1:]
    if any(t.lower() in INSTITUTION_WORDS or t.lower() in _BODY_NAME_WORDS_EN or t.lower() in _ORG_HEADS for t in after):
        return name_toks
    if any_first_name_gender(after[0]):
        return after  # "Solicitor Karen Shaw", "Coroner Alan Crooks": a role written with a capital before a first name
    if (name_toks[0].lower() in LOWER_CASE_ROLE_WORDS_EN and all(_name_word_after_owner_en(t) for t in after)
            and after[0] not in _PLACE_OPENERS_EN):
        return after
    return name_toks


def _club_or_country_owner_en(word: str) -> bool:
    """English: whether the possessive ``word`` may be a club's or a country's before its player or leader: no plural of
    people ("Women’s Aid Scotland", "Children’s Hospital Boston") and no first name ("Mary’s Place Seattle")."""
    owner = re.sub(r"[’']s$|(?<=s)[’']$", "", word)
    return owner.lower() not in _PEOPLE_PLURAL_EN | {"women", "men", "children", "people"} and not any_first_name_gender(owner)


# capitalised words that open two-word place names ("Sotheby's Hong Kong", "Christie's New York"): no first name
_PLACE_OPENERS_EN = frozenset("New Hong Los Las San Santa Saint St. North South East West Upper Lower Great Rio Buenos Abu Tel Kuala Sri Cape".split())


def _name_word_after_owner_en(word: str) -> bool:
    """English: whether ``word`` after an owner's possessive can be part of a person's name: a capital, then lower-case
    letters (an apostrophe or hyphen inside), no role, people or body word ("Undav", "N'Golo"; not "Army", "Inc.",
    "UEFA", "Coach")."""
    return (bool(re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:[’'-][A-Za-zà-ÿ]+)*", word)) and not is_role_word(word)
            and word.lower() not in _PEOPLE_PLURAL_EN and word.lower() not in PEOPLE_ADJECTIVES_EN and word.lower() not in _NOT_A_NAME_AFTER_OWNER_EN)


# capitalised nouns of things and bodies after an owner's possessive ("McDonald's Happy Meal", "America's Cup"): no name
_NOT_A_NAME_AFTER_OWNER_EN = frozenset("""army navy cup club team league fund trust foundation digest magazine journal
network channel radio tv studio studios pizza restaurant restaurants store stores hotel hotels airline airlines bank
meal place square street park hall house garden gardens health human public national global world royal united general
central federal international financial home social digital investors insurers capital partners holdings energy foods
brands systems solutions ventures technologies industries resources investments securities entertainment games records
pictures films productions motors rum beer wine coffee""".split())


# an age used as a noun ends the mention: "the 34-year-old", "a 19-year-old"
_AGE_NOUN_EN = re.compile(r"\d+-(?:year|month|week)-old", re.I)

# nouns for a medium before its name ("die Zeitung China Daily", "das Nachrichtenmagazin Der Spiegel", "der Sender CNN")
_MEDIUM_NOUNS_DE = ("zeitung", "blatt", "magazin", "agentur", "sender", "portal", "zeitschrift", "nachrichtendienst")


def _whole_mention_de(tokens: list[str], role_toks: list[str], name_toks: list[str]) -> tuple[str | None, str | None, str] | None:
    """German: a mention whose capitalised words at the end name no person: a body (:func:`_body_of_genitive_de`,
    :func:`_body_of_place_de`), or a person's role at a body whose name holds a number ("der Sportchef von Bayer 04
    Leverkusen": the name cut at the number was 'Leverkusen'); None for the usual reading."""
    if (len(tokens) >= 2 and tokens[0].lower().endswith(_MEDIUM_NOUNS_DE) and all(_is_cap(t) for t in tokens[1:])
            and any_first_name_gender(tokens[1]) is None):
        return _clean(" ".join(tokens[1:])), tokens[0], "group"  # "der Zeitung China Daily": the paper 'China Daily', no 'Daily'
    if _body_of_genitive_de(role_toks, name_toks) or _body_of_place_de(role_toks, name_toks):
        return _clean(" ".join(tokens)), None, "group"
    if len(role_toks) >= 3 and role_toks[-1].isdigit() and any(is_role_word(t) for t in role_toks) and (
            any(t.lower() in ("von", "vom", "der", "des", "bei", "beim") for t in role_toks)):
        return None, _clean(" ".join(tokens)), "role"
    return None


def _body_of_genitive_de(role_toks: list[str], name_toks: list[str]) -> bool:
    """German: whether a mention is a body of a place or another body in the genitive ("Militärverwaltung des Kiewer
    Gebietes", "Stadtverwaltung der Stadt Kiew", "Leitung des Bonner Klinikums"): body nouns before "des"/"der", no
    person's role anywhere, no first name opening what follows."""
    k = next((i for i, t in enumerate(role_toks) if t in ("des", "der")), 0)
    if k == 0 or any(first_name_gender_de(t) is not None for t in name_toks) or any(is_role_word(t) for t in [*role_toks, *name_toks]):
        return False
    return any(organisation_de(t) for t in role_toks[:k])


def _body_of_place_de(role_toks: list[str], name_toks: list[str]) -> bool:
    """German: whether a mention is a body named with its place ("Staatsanwaltschaft Köln", "Universität Hamburg",
    "Polizeipräsidium Mittelfranken"): one body noun, no person's role, before one capitalised word that is no first name."""
    if len(role_toks) != 1 or len(name_toks) != 1 or first_name_gender_de(name_toks[0]) is not None:
        return False
    low = role_toks[0].lower()
    if low.endswith(("rat", "rätin")):
        return False  # "Stadtrat Krause", "Betriebsrat Krause": a councillor, a person
    return low.endswith(("präsidium", "direktion", "gericht", "anwaltschaft")) or (not is_role_word(role_toks[0]) and organisation_de(role_toks[0]))


# the words that give an unnamed person a name ("a farmer named Paul Lee", "a woman identified only as Anna")
_NAMING_WORDS_EN = (("named",), ("called",), ("identified", "as"), ("identified", "only", "as"), ("known", "as"),
                    ("by", "the", "name", "of"))


def _without_naming_words_en(role_toks: list[str]) -> list[str]:
    """English: role words without the naming words at their end ("a farmer named" -> "a farmer"), after a person noun."""
    for words in _NAMING_WORDS_EN:
        n = len(words)
        if len(role_toks) > n and tuple(t.lower() for t in role_toks[-n:]) == words and role_toks[-n - 1][:1].islower():
            return role_toks[:-n]
    return role_toks


# ends of German office titles the role lexicon lacks ("Stadtrat", "Kreisbrandmeister", "Ortsvorsteher", "Kreisdezernentin")
_OFFICE_TITLE_ENDS_DE = ("rat", "rätin", "meister", "meisterin", "vorsteher", "vorsteherin", "dezernent", "dezernentin",
                         "referent", "referentin", "inspektor", "inspektorin", "kommissar", "kommissarin", "beauftragter", "beauftragte",
                         "wart", "wartin", "pfleger", "pflegerin", "obmann", "obfrau", "hauptmann", "hauptfrau", "ammann")


def _noun_before_full_name_de(mention: str, role_toks: list[str], name_toks: list[str]) -> bool:
    """German: whether the name words of a mention opening with "der"/"die"/"ein"/"eine" and nothing else before them
    are a noun, then a listed first name and one or two capitalised words ("der Kaufmann Peter Braun", "die
    Schülerin Anna Weber"): after an article the first is a common noun, what the person is, no part of the name;
    not a first name ("der Hans Peter Braun"), a title ("der Dr. Peter Braun") or a particle."""
    words = mention.split()
    if any(not re.fullmatch(r"(?:\d+-)?[a-zäöüß]+", t) for t in role_toks) or len(role_toks) > 2:
        return False  # only adjectives before the noun ("die 84-jährige Anrainerin Maria Höll")
    if not words or words[0].lower() not in ("der", "die", "ein", "eine") or not 3 <= len(name_toks) <= 4:
        return False
    first, low = name_toks[0], name_toks[0].lower()
    if not low.endswith(_PERSON_NOUN_ENDS_DE) or low.endswith(("ein", "ie")) or low in INSTITUTION_WORDS or organisation_de(first):
        return False  # "die Bäckerei Anna Weber", "der Verein Paul Krüger", "die Stiftung …": a body named for a person
    if low.endswith("e") and words[0].lower() in ("die", "eine") and not low.endswith(("nde", "ete", "llte", "agte", "amte")):
        return False  # "die Apotheke / Initiative / Liste Anna Weber": a feminine noun in -e names a thing (pr31-4)
    if re.search(r"(?:[^s]s|['’])$", name_toks[-1]):
        return False  # "ein Unterstützer Donald Trumps", "ein Gegner Peter Brauns": the genitive is whom he supports (pr31-4)
    return (first[:1].isupper() and first.isalpha() and low not in PARTICLES and first_name_gender_de(first) is None
            and first_name_gender_de(name_toks[1]) is not None and all(w[:1].isupper() for w in name_toks[2:]))


# endings of German nouns for a person ("Kaufmann", "Schülerin", "Rentner", "Landwirt", "Praktikant", "Friseur", "Polizist")
_PERSON_NOUN_ENDS_DE = ("er", "in", "e", "ist", "ent", "ant", "eur", "mann", "frau", "wirt")


# German nouns for a colleague, ally or host, alone or a compound's tail ("Kollege", "Parteikollegin", "Koalitionspartner",
# "Talkmaster"): before a surname the tie, never part of the name ("Ihr Kollege Lindner"); no kin ("Mutter Teresa")
_COLLEAGUE_TAILS_DE = ("kollege", "kollegin", "parteifreund", "parteifreundin", "koalitionspartner", "koalitionspartnerin",
                       "weggefährte", "weggefährtin", "mitstreiter", "mitstreiterin", "talkmaster", "talkmasterin")


def colleague_noun_de(word: str) -> bool:
    """German: whether ``word`` is a capitalised noun of :data:`_COLLEAGUE_TAILS_DE` ("Kabinettskollege"), no first name."""
    return word[:1].isupper() and word.lower().endswith(_COLLEAGUE_TAILS_DE) and first_name_gender_de(word) is None


def _title_or_tie_de(word: str) -> bool:
    """German: an office title (:func:`_office_title_de`), a colleague's noun (:func:`colleague_noun_de`) or a noun for
    what someone is (:func:`person_noun_before_name_de`) before a name."""
    return _office_title_de(word) or colleague_noun_de(word) or person_noun_before_name_de(word)


_PERSON_NOUNS_BEFORE_NAME_DE = tuple(_SW["person_nouns_before_name_de"])


def person_noun_before_name_de(word: str) -> bool:
    """German: a capitalised noun of :data:`_PERSON_NOUNS_BEFORE_NAME_DE`, alone, as a compound's tail or in the feminine
    ("Anwohner", "Kioskbesitzer", "Statistikerin", "Augenzeugin", "Juristin"), no first name."""
    if not word[:1].isupper() or first_name_gender_de(word) is not None:
        return False
    low = word.lower().rsplit("-", 1)[-1]
    forms = [(t, t[:-1] + "in" if t.endswith("e") else t + "in") for t in _PERSON_NOUNS_BEFORE_NAME_DE]
    return any(low.endswith(f) and (len(low) == len(f) or len(low) - len(f) >= 3) for pair in forms for f in pair)


def _office_title_de(word: str) -> bool:
    """German: whether a capitalised word before a name is an office title (:data:`_OFFICE_TITLE_ENDS_DE`, or a role word
    after a hyphen: "FDP-Stadtrat", "Klinik-Geschäftsführer"), not a first name."""
    if not word[:1].isupper() or first_name_gender_de(word) is not None or (len(word) < 8 and "-" not in word):
        return False  # not "Murat", "Nusrat", "Stewart", "Bharat": first names the lists lack
    last = word.rsplit("-", 1)[-1]
    return last.lower().endswith(_OFFICE_TITLE_ENDS_DE) or ("-" in word and last[:1].isupper() and is_role_word(last))


def _gender_clash_in_mention_de(mention: str, role: str, first: str) -> bool:
    """:func:`role_name_gender_clash_de` for the role word right before the name in ``mention``, with the article
    right before that role word (none when another word stands there)."""
    words = mention.split()
    k = next((i for i in range(len(words) - 1) if words[i] == role and words[i + 1] == first), None)
    if k is None:
        return False
    return role_name_gender_clash_de(words[k - 1] if k else "", role, first)


def relation_noun_en(word: str) -> bool:
    """English: a noun (singular or plural) of :data:`_RELATION_NOUNS_EN`."""
    low = word.lower()
    return low in _RELATION_NOUNS_EN or (low.endswith("s") and low[:-1] in _RELATION_NOUNS_EN) or (
        low.endswith("ies") and low[:-3] + "y" in _RELATION_NOUNS_EN)


# lower-case English heads of someone unnamed that no organisation is named by ("a source close to …", "a person close to …")
_SOMEONE_HEADS_EN = frozenset({"source", "sources", "person", "persons"})


# lower-case English nouns for one person by sex, age or what they do, which the role list does not hold ("the woman",
# "a farmer"): someone unnamed, never an organisation's name; a fact of usage
_PERSON_HEADS_EN = frozenset("""woman man boy girl guy lady gentleman child kid teen teenager farmer teacher nurse driver pilot
miner commuter passenger patient parent doctor physician surgeon tenant landlord shopkeeper homeowner renter pensioner worker
survivor owner customer shopper fisherman villager refugee migrant citizen retiree soldier visitor tourist forward winger
player successor predecessor agent rival opponent mentor guard detainee""".split())


def person_head_en(mention: str) -> bool:
    """English: whether a mention's last word is a lower-case noun of :data:`_PERSON_HEADS_EN` ("the woman", "a dairy
    farmer"): someone unnamed by what they are."""
    words = mention.split()
    return bool(words) and words[-1] in _PERSON_HEADS_EN and not _guard_body_en(words)


def _guard_body_en(words: list[str]) -> bool:
    """English: "the coast guard", "the national guard": a service, no guard (rv84-11 made "guard" a person head)."""
    return len(words) >= 2 and words[-1] == "guard" and words[-2].lower() in ("coast", "national", "home", "border")


def _someone_by_lower_head_en(tokens: list[str]) -> bool:
    """English: whether the head of a mention with no name in it (the word before "of", "for", "to", "close",
    "familiar", "with" or "who", else the last) is a lower-case noun for someone: "source close", "friend of the family", "Tom Reed's
    friend", "Bell family friend"; a person, never a name or a body."""
    cut = next((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "to", "close", "familiar", "with", "who")), len(tokens))
    head = tokens[cut - 1] if cut >= 1 else ""
    return head[:1].islower() and (relation_noun_en(head) or head in _SOMEONE_HEADS_EN or (
        head in _PERSON_HEADS_EN and not _guard_body_en(tokens[:cut])))


def _someone_of_person_en(tokens: list[str], ties_only: bool = False) -> bool:
    """English: whether a mention is a lower-case person noun (a role or tie: "aide", "friend") then "of", "for", "to"
    or "close to", then lower-case words or titles and a capitalised name to its end ("friend of Paris Hilton", "aide
    to Senator Tom Reed", "lawyer for Mrs. Reed", "chief of staff to President Obama", "a source close to the Kremlin"):
    the speaker is that someone, named by the tie, not the one named after it ("Secretary of State John Kerry", "a
    letter to Tom Reed": no); ``ties_only``: a tie noun only ("lawyer for", "friend of"; not "governor of Texas")."""
    k = max((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "to") or serving_participle_en(tokens, i)), default=0)
    rest = tokens[k + 1 :]
    caps = next((i for i, t in enumerate(rest) if _is_cap(t) and not (_title_or_honorific_en(t) and not (
        i and rest[i - 1].rstrip(".") in _HONORIFICS_EN_CAP))), len(rest))  # "Ms. Sherry": a surname after an honorific
    opened = caps
    if caps < len(rest) and not _capitalised_name_en(rest[caps:]) and (start := title_before_name_en(rest[caps:])) is not None:
        caps += start  # "aide to SPD lawmaker Anna Weber": the party opens the title, the name starts after it
    if k < 1 or caps == len(rest) or not _capitalised_name_en(rest[caps:]) or not all(
            t[:1].islower() or _title_or_honorific_en(t) or opened <= i < caps for i, t in enumerate(rest[:caps])):
        return False
    before = tokens[:k]
    if [t.lower() for t in rest[:caps]] == ["staff"] and before[-1].lower() == "chief":
        return False  # "chief of staff Andriy Yermak": the office's name, then the person who holds it
    if before[0][:1].isupper() and len(before) == 1 and relation_noun_en(before[0]) and before[0].endswith("s"):
        return not rest[:caps] and len(rest) >= 2  # "Friends of Tom Reed" opening a sentence; not "Friends of the Earth"
    if serving_participle_en(tokens, k):
        return not ties_only  # "a lawyer representing Tom Reed", "a man suing Mr. Reed": the lawyer, the man
    return before[-1][:1].islower() and any(t[:1].islower() and (relation_noun_en(t) or (is_role_word(t) and not ties_only))
                                            for t in before) or (len(before) >= 2 and before[-1] == "close")


# lower-case particles inside a name after its first word: "Abdulaziz bin Salman", "Femke de Wit" (rv80-6), "Tom van Dijk"
_PARTICLES_IN_NAME_EN = frozenset({"bin", "ibn", "de", "van", "von", "da", "di", "del", "der", "den", "dos", "du", "ter", "ten", "la", "le"})


def _capitalised_name_en(words: list[str]) -> bool:
    """English: whether ``words`` are capitalised, a name's particles inside them allowed ("Ursula von der Leyen")."""
    return bool(words) and _is_cap(words[0]) and _is_cap(words[-1]) and all(_is_cap(t) or t in _PARTICLES_IN_NAME_EN for t in words)


def title_before_name_en(words: list[str]) -> int | None:
    """English: where the name starts in ``words`` that open with a capitalised word, go on with lower-case title words
    ending in a role word and end in a capitalised name ("SPD lawmaker Anna Weber", "Cologne carnival parade leader Holger
    Kirsch", "White House press secretary Karen Whitfield"): the index of the name's first word (the capitalised run that
    ends ``words``); None when they are not so.  The one reader of this shape: after a tie on a mention's words
    (:func:`_someone_of_person_en`, "an aide to SPD lawmaker Anna Weber") and after a verb on the text's tokens
    (phrases._titled_name_after_modifier_en, which adds its own limits: few title words, a role in the singular)."""
    end = len(words)
    while end > 0 and (_is_cap(words[end - 1]) or (end >= 2 and _is_cap(words[end - 2]) and (
            (words[end - 1] in _PARTICLES_IN_NAME_EN and end < len(words)) or (end == len(words) and arabic_surname_en(words[end - 1]))))):
        end -= 1  # "Abdulaziz bin Salman", "Saad al-Kaabi": a particle or an Arabic surname inside the name
    head = words[:end]
    if not (0 < end < len(words)) or not _is_cap(head[0]) or not (is_role_word(head[-1]) or head[-1] in TEAM_TITLES_EN
                                                                 or head[-3:] == ["chief", "of", "staff"]
                                                                 or (person_head_en(head[-1]) and len(words) - end >= 2)):
        return None  # "SPD lawmaker Anna Weber"; "Bayern forward Harry Kane", "Sky pundit Lothar Matthaeus"; "Israeli army
        # chief of staff Herzi Halevi": the office's own name ends in "staff"; "Ohio farmer Tom Hill", "Secret Service agent
        # Tom Hill": a person noun before a name of two words or more (not "BBC visitor Centre")
    if not all(_is_cap(t) or t[:1].islower() for t in head) or not any(t[:1].islower() for t in head):
        return None
    return end


_HONORIFICS_EN_CAP = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})
# lower-case English words in -ing that are no participle after a noun ("a hearing", "Monday evening", "during")
_ING_NOT_PARTICIPLE_EN = frozenset("""during according morning evening meeting hearing briefing building wedding thing king
ring spring string nothing something anything everything ceiling funding spending ruling landing filing shooting bombing
killing hiring opening""".split())
# lower-case nouns of someone (or some body) that a participle with its object may follow ("a man representing …")
_PARTICIPLE_HEADS_EN = frozenset("""man men woman women person people firm firms company group team source sources
official officials""".split())


def serving_participle_en(tokens: list[str], i: int) -> bool:
    """English: whether ``tokens[i]`` is a present participle with its object after a lower-case noun of someone ("a
    lawyer representing Mr. Reed", "attorneys defending Tom Reed", "a man suing X"): the noun is who it is, the object
    someone else; not a title's participle ("the acting director") nor a noun in -ing ("a hearing")."""
    if not 1 <= i < len(tokens) - 1:
        return False
    w, head = tokens[i], tokens[i - 1]
    if not (re.fullmatch(r"[a-z]{2,}ing", w) and w not in _ING_NOT_PARTICIPLE_EN and w not in _TITLE_PARTICIPLES_EN):
        return False
    if w in ROLE_PARTICIPLES_EN and tokens[i + 1][:1].islower() and is_role_word(tokens[i + 1]):
        return False  # "chief operating officer Anna Keller", "senior managing director": an office's words, no object
    low = head.lower()
    return head[:1].islower() and (relation_noun_en(head) or is_role_word(head) or low in _PARTICIPLE_HEADS_EN)


# participles that name an office only before a role noun ("returning officer", "managing director", "chief operating
# officer"), a verb otherwise ("returning to Bath", "a lawyer representing officer Tom Hill"): not title words alone
ROLE_PARTICIPLES_EN = frozenset({"returning", "commanding", "managing", "investigating", "arresting", "attending",
                                 "supervising", "consulting", "examining", "treating", "coordinating", "operating",
                                 "sporting",  # "Leverkusen sporting director Simon Rolfes"
                                 # nouns in -ing of a company's departments ("marketing chief", "chief marketing officer",
                                 # "pricing head"; rv82-4)
                                 "marketing", "pricing", "engineering", "accounting", "advertising", "publishing",
                                 "manufacturing", "purchasing", "licensing", "programming", "broadcasting", "underwriting",
                                 # a field's name before its office ("training chief", "housing minister"; rv83-19)
                                 "training", "planning", "nursing", "housing", "testing", "screening", "banking", "policing"})


# participles that open a title ("the acting director", "a leading expert"); a fact of usage
_TITLE_PARTICIPLES_EN = frozenset({"outgoing", "incoming", "leading", "ranking", "sitting", "visiting", "acting", "presiding",
                                   "founding", "governing", "ruling", "reigning", "longtime"})


# ties to another person that no office or trade names: "his wife", "the friend" is never the one named before
_KIN_NOUNS_EN = frozenset("""friend neighbour neighbor cousin wife husband mother father son daughter brother sister uncle aunt
nephew niece grandson granddaughter grandmother grandfather widow widower partner girlfriend boyfriend fiance fiancee fiancé
fiancée relative colleague acquaintance classmate roommate teammate confidant confidante stepfather stepmother stepson
stepdaughter""".split())
# English nouns for someone by their tie to another person ("a friend of Paris Hilton", "the wife", "an aide to Sen.
# Tom Reed"): the ties above and those an office or trade names; a fact of usage
_RELATION_NOUNS_EN = _KIN_NOUNS_EN | frozenset("""aide adviser advisor lawyer attorney spokesman spokeswoman spokesperson
associate ally supporter bodyguard publicist assistant biographer staffer""".split())


def tie_role_en(mention: str) -> bool:
    """English: whether a role mention names someone by a tie to another person: a kin or friend noun ("his wife", "the
    friend", "a close friend"), a person's ("her lawyer", "his spokesman") or a person noun of someone named after it ("a
    lawyer for Tom Reed", :func:`_someone_of_person_en`); such a speaker is never the person the text named before."""
    tokens = _TOKEN.findall(mention)
    words = [t.lower() for t in tokens]
    return bool(words) and (words[-1] in _KIN_NOUNS_EN or (words[-1].endswith("s") and words[-1][:-1] in _KIN_NOUNS_EN)
                            or words[0] in ("his", "her", "their") or _someone_of_person_en(tokens, ties_only=True)
                            or bool(_COUNTERPART_END_EN.search(mention))  # "Kompany's opposite number", "the number two"
                            or bool(_GENERATION_OF_SURNAME_EN.fullmatch(mention.strip())))  # "Hadley Jr.": the son


_YEAR_IN_ROLE_EN = re.compile(r"(?<![\w,.-])(?:19|20)\d\d\s+(?=[\w’'-]+(?:\s+[\w’'-]+)*\s*$)")


def role_core_en(mention: str) -> str:
    """English: the words of a role mention that say who speaks: without the person named after a tie ("a spokesman for
    Tom Sanders" -> "a spokesman": the owner's name is no plural noun), without a year before the noun when the noun is
    one person's ("a 2008 Clinton veteran" -> "a Clinton veteran": a year counts no people)."""
    tokens = _TOKEN.findall(mention)
    k = max((i for i, t in enumerate(tokens) if t.lower() in ("of", "for", "to")), default=0)
    if k and _someone_of_person_en(tokens, ties_only=True):
        mention = " ".join(tokens[: k - 1 if tokens[k - 1] == "close" else k])
    out = _YEAR_IN_ROLE_EN.sub("", mention, count=1)
    head = out.split()[-1].lower() if out.split() else ""
    return out if out != mention and not head.endswith("s") and head not in ("people", "men", "women", "children") else mention


_TITLE_OR_HONORIFIC_EN = TITLE_ABBREVIATIONS | _HONORIFICS_EN


def _title_or_honorific_en(token: str) -> bool:
    """A title or honorific before a name: "Senator", "Sen.", "Mrs."."""
    return token.strip(".").lower() in _TITLE_OR_HONORIFIC_EN or is_role_word(token)


def _strip_articles(text: str) -> str:
    toks = text.split()
    while toks and toks[0].lower() in ARTICLES:
        toks = toks[1:]
    return " ".join(toks)


def _clean(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip(" ,.;:"))
    return text


# -- corpus-level clustering ---------------------------------------------------------


def _personal_name_word(token: str) -> bool:
    low = token.lower()
    if low in PARTICLES or ARABIC_ARTICLE_NAME.fullmatch(token):
        return True  # "von", "al"; "al-Kudra": a surname after its article in lower case
    letters = token.removesuffix(".").replace("-", "").replace("'", "").replace("’", "")  # "J.", "O'Brien"
    return (letters.isalpha() and token[:1].isupper() and not (len(letters) >= 2 and letters.isupper())
            and low not in _ORG_HEADS and low not in INSTITUTION_WORDS)


def personal_name(name: str) -> bool:
    """Whether a speaker name looks like a person's name, the only kind the transliteration fold
    is for: capitalised words of letters, no acronym ("DWD"), no number ("47-year-old"), no
    institution word ("German Trade Association", "Kreml")."""
    toks = name.split()
    if len(toks) >= 2 and name.isupper():
        toks = name.title().split()  # "BORIS JOHNSON" in a headline is a name written in capitals
    return bool(toks) and all(map(_personal_name_word, toks))


def name_fold(name: str) -> str:
    """The key a speaker name is clustered and given an id by: the transliteration fold
    (``fold_name``) for a personal name, else letters and digits as written (``fold_plain``)."""
    return fold_name(name) if personal_name(name) else fold_plain(name)


def _same_numbers(a: str, b: str) -> bool:
    """The numbers in two names agree ("the 47-year-old" is not "the 74-year-old")."""
    return re.findall(r"\d+", a) == re.findall(r"\d+", b)


# Short forms of first names that do not start like the full form (an English "Bill" is a
# "William"): words of the language, no table of people
_NICKNAMES = {"bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "dick": "richard",
              "ted": "edward", "ned": "edward", "ed": "edward", "peggy": "margaret", "polly": "mary", "molly": "mary",
              "betty": "elizabeth", "bess": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "lisa": "elizabeth",
              "tony": "anthony", "sasha": "alexander", "hans": "johannes", "sepp": "josef", "jupp": "josef"}
_NICK = {fold_word(k): fold_word(v) for k, v in _NICKNAMES.items()}


def nickname_key(folded: str) -> str:
    """The full form of a folded short first name ("bill" -> "william"), else the name."""
    return _NICK.get(folded, folded)


def initial_class(first: str) -> str:
    """A first name's opening for telling two names apart across transliterations: a vowel
    (after a "y" before one: Yelena / Elena / Olena, Yevgeny / Evgeny) is one class, c is k."""
    f = first[1:] if len(first) > 1 and first[0] == "y" and first[1] in "aeiou" else first
    return "V" if f[0] in "aeiou" else "k" if f[0] == "c" else f[0]


FIRST_NAMES_NEAR = 0.5  # folded first names this similar (normalised Levenshtein) may be one name
FIRST_NAMES_SAME = 0.7  # ... this similar with one opening are one name (Carl / Karl; not Charles / Harold)
FIRST_NAMES_TYPO = 0.6  # ... this similar written with one first letter, two letters swapped (Michael / Micheal)


def first_names_agree(a: str, b: str) -> bool:
    """Two written first names read as one name: equal folded, a short form or a hyphen part of
    the other, one standing in the other (Tony / Antony), an initial of the other's first letter, or
    near (``FIRST_NAMES_SAME``) with one opening (Carl / Karl, Oleksandr / Alexander), or a typo of the other:
    written with one first letter, two neighbouring letters swapped (Michael / Micheal).  Two names a letter or
    two apart otherwise are two names (Tobias / Tomas, Jan / Jon, Tim / Tom)."""
    fa, fb = fold_word(a), fold_word(b)
    if not fa or not fb:
        return False
    pa, pb = set(fold_parts(a)), set(fold_parts(b))
    if fa == fb or pa & pb or nickname_key(fa) == nickname_key(fb) or fa in fb or fb in fa:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    sim = Levenshtein.normalized_similarity(fa, fb)
    written = unaccent(a[:1].lower()) == unaccent(b[:1].lower())  # "Michael" / "Micheal"; not "Charles" / "Harold"
    if initial_class(fa) != initial_class(fb):
        return False
    if _one_letter_changed(fa, fb):
        return False  # "Marta" / "Maria", "Lena" / "Lina", "Lars" / "Lara": a short name with one other letter is another name
    swapped = written and OSA.distance(fa, fb) == 1 and Levenshtein.distance(fa, fb) == 2
    return sim >= FIRST_NAMES_SAME or (swapped and sim >= FIRST_NAMES_TYPO)


# letters one name is written with either way (Eric / Erik, Marco / Marko, Dmitri / Dmitry, Tanja / Tania)
_SAME_SOUND_LETTERS = frozenset({frozenset("ck"), frozenset("kq"), frozenset("iy"), frozenset("ij"), frozenset("jy"),
                                 frozenset("sz"), frozenset("vw"), frozenset("fv")})
SHORT_FIRST_NAME = 6  # folded first names this long or shorter with one letter changed are two names


def _one_letter_changed(fa: str, fb: str) -> bool:
    """Whether folded first names of at most ``SHORT_FIRST_NAME`` letters differ in one letter only, other than one
    written either way (``_SAME_SOUND_LETTERS``): two names (Marta / Maria, Lena / Lina, Timo / Tino, Martin /
    Marvin), not one name misspelt; a longer name with one letter changed (Mohammed / Mohammad) is left to the
    similarity test."""
    if len(fa) != len(fb) or len(fa) > SHORT_FIRST_NAME:
        return False
    diff = [(x, y) for x, y in zip(fa, fb) if x != y]
    return len(diff) == 1 and frozenset(diff[0]) not in _SAME_SOUND_LETTERS


def compatible_first(a: str, b: str) -> bool:
    """First names as written agree: one missing, or read as one name (``first_names_agree``)."""
    return not a or not b or first_names_agree(a, b)


def first_name_genders_differ(a: str, b: str) -> bool:
    """Two first names of two people however close their spellings: a feminine form of the other
    (Paul / Paula, Daniel / Daniela, Christian / Christiane), or different genders in a name list."""
    a, b = a.lower(), b.lower()
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_ in (short + "a", short + "e"):
        return True
    genders = {any_first_name_gender(w) for w in (a, b)}
    return None not in genders and len(genders) == 2


# spellings that the transliteration fold (``fold_word``) leaves apart but that write one name: an
# umlaut written out after its vowel (Mueller / Müller, Schroeder / Schröder) and y for i
# (Tymoshenko / Timoshenko, Khodorkovsky / Chodorkowski, Klychko / Klitschko); not an e after a diphthong or a y
# after a vowel, which write other names (Bauer / Baur, Kaiser / Kayser)
_SPELLINGS = ((re.compile(r"(?:(?<=^[aou])|(?<=[^aeiou][aou]))e"), ""), (re.compile(r"(?<![aeiou])y"), "i"))
LONG_SURNAME = 10  # folded surnames this long may differ by a transliteration the rules do not list ...
LONG_SURNAME_NEAR = 0.75  # ... when this similar (normalised Levenshtein): "Tsikhanouskaya" / "Tichanowskaja"


def spelling_key(folded: str) -> str:
    """A folded surname with the spellings of ``_SPELLINGS`` made one ("mueler" -> "muler")."""
    for pat, rep in _SPELLINGS:
        folded = pat.sub(rep, folded)
    return folded


def surname_match(a: str, b: str) -> bool:
    """Two folded surnames of full names (both with a first name) that may be one person's:
    equal, one name in two spellings (``spelling_key``: Mueller / Müller), or long names
    (``LONG_SURNAME``) near after those (``LONG_SURNAME_NEAR``: "Tsikhanouskaya" /
    "Tichanowskaja"), the numbers in them agreeing.  Two short surnames an edit apart that no
    spelling explains are two names, two people: Schmidt / Schmitt, Müller / Möller, Neumann /
    Naumann, Wagner / Wegner."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or not _same_numbers(a, b):
        return False
    ka, kb = spelling_key(a), spelling_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= LONG_SURNAME
                        and Levenshtein.normalized_similarity(ka, kb) >= LONG_SURNAME_NEAR)


def _keyed_surname_match(a: str, ka: str, b: str, kb: str) -> bool:
    """``surname_match`` of ``a`` and ``b`` given their spelling keys ``ka`` and ``kb``."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return (ka == kb or (min(len(ka), len(kb)) >= LONG_SURNAME
                         and Levenshtein.normalized_similarity(ka, kb) >= LONG_SURNAME_NEAR)) and _same_numbers(a, b)


# words before a name that are a title, an honorific or an office, not a first name ("Dr. Karl
# Lauterbach", "Chancellor Olaf Scholz", "Mr Biden"), and name suffixes after it ("Jr.")
# words that are part of a title only beside another title word ("Defense Secretary", "Secretary of State"): alone
# inside a name they are the name's ("Children's Defense Fund", "Federal Express")
_TITLE_MODIFIERS = frozenset({"former", "deputy", "vice", "prime", "foreign", "finance", "defence", "defense", "health",
                              "interior", "federal", "state"})
NAME_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "herr", "frau", "hon", "rev",
    "chancellor", "president", "senator", "governor", "mayor", "minister", "secretary", "premier", "king", "queen",
    "prince", "princess", "pope", "judge", "general", "ambassador", "commissioner", "speaker", "chairman", "chairwoman",
    "dep", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident", "präsidentin",
    "mag", "ing", "dipl.-ing", "univ.-prof", "dkfm", "mmag", "ddr",  # Austrian academic titles written before a name ("Mag. Anna Huber")
    "ob", "obin", "obm",  # Oberbürgermeister(in) ("OB Katrin Albers")
    "alt",  # Swiss "former": "Alt Bundesrat Ueli Maurer" at a sentence's start
    "msgr", "fr", "sr",  # clergy: Monsignore, Father / Frau, Sister / Schwester ("Msgr. John Kelly", "Sr. Maria Kreuzer")
    "cardinal", "rabbi", "father", "sister", "brother", "bishop", "archbishop", "emeritus", "pater", "schwester", "bruder",
    "prinz", "prinzessin", "patriarch", "patriarchin",  # "Cardinal Pietro Parolin" is Parolin in every language ("Kardinal Pietro Parolin")
    "alderman", "headteacher",  # "Alderman Tom Pryce", "Headteacher Sarah Dunmore": the person's id without the office
}) | _TITLE_MODIFIERS | TITLE_ABBREVIATIONS
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _title_word(token: str) -> bool:
    low = token.lower().strip(".,")
    return (low in NAME_TITLES or not token[:1].isupper() and low not in PARTICLES
            or len(low) > 4 and low.endswith(_LONG_ROLE_WORDS))  # "Kommissionspräsidentin"; not "Russell"


# (not the team positions: capitalised they are names, "Gatekeeper Trust", "Captain Morgan", "Skipper Foods")
_LONG_ROLE_WORDS = tuple(w for w in ROLE_WORDS if len(w) >= 5 and w.isalpha() and w not in LOWER_CASE_ROLE_WORDS_EN)


def person_tokens(name: str) -> list[str]:
    """The words of a person's name without the titles and offices before it and the suffixes
    after it ("Dr. Karl Lauterbach" -> Karl Lauterbach, "German Chancellor Olaf Scholz" -> Olaf
    Scholz, "Martin Luther King Jr." -> Martin Luther King); the last word always stays."""
    toks = name.split()
    while len(toks) > 1 and toks[-1].lower().strip(".,") in NAME_SUFFIXES:
        toks = toks[:-1]
    title = [_title_word(t) for t in toks[:-1]]
    cut = max((i + 1 for i, t in enumerate(toks[:-1]) if title[i] and (
        t.lower() not in _TITLE_MODIFIERS or (i > 0 and title[i - 1]) or (i + 1 < len(title) and title[i + 1]))), default=0)
    return toks[_offices_before_name_de(toks, cut):]


def _offices_before_name_de(toks: list[str], at: int = 0) -> int:
    """Where the name proper begins in ``toks`` from ``at``: past the offices the role lists miss ("Geologin Maria
    Berger", "LH Thomas Egger", "Bundesrat Beat Kunz"), then past a place's adjective with its office ("Bündner
    Regierungsrat Jon Domenig", "Churer Stadtrat Peter Caflisch"); at least two words stay.  The one rule for the id
    (:func:`person_tokens`) and the shown name (``_split_name_role``: the words passed over are the role)."""
    while len(toks) - at > 2 and _office_before_name(toks[at], toks[at + 1]):
        at += 1
    if len(toks) - at > 3 and place_adjective_de(toks[at]) and _office_before_name(toks[at + 1], toks[at + 2]):
        at += 2
    return at


def place_adjective_de(word: str) -> bool:
    """German: a place's adjective in -er before an office ("Churer", "Tiroler", "Urner", "Bündner", "Wiener"): capitalised,
    no listed first name ("Peter", "Walter"), role word or particle."""
    return (len(word) >= 5 and word.isalpha() and word[:1].isupper() and word[1:].islower() and word.endswith("er")
            and not any_first_name_gender(word) and word not in FIRST_NAMES_BOTH_DE and not is_role_word(word)
            and word.lower() not in PARTICLES)


_OFFICE_ENDS_DE = ("rat", "rätin", "hauptmann", "hauptfrau", "loge", "login", "ammann", "meister", "meisterin")


def _office_before_name(word: str, nxt: str) -> bool:
    """Whether ``word``, first of three or more name words, is an office the role lists miss, not a name:
    a German office noun ("Bundesrat", "Landeshauptmann", "Geologin"), or, before a listed first name, an
    abbreviation in capitals ("LH"); never a first name or particle ("Anna Maria Berger", "Moon Jae In", "Murat"
    stay), nor any other long word: a first name the lists lack ("Reinhold Maria Weber") is no office."""
    low = word.lower()
    if not word[:1].isupper() or low in PARTICLES or any_first_name_gender(word) or word in FIRST_NAMES_BOTH_DE:
        return False
    core = low.removeprefix("alt-").removeprefix("ex-")  # Swiss "Alt-Bundesrat", "Ex-Nationalrätin": a former office (rv76-11)
    if len(core) > 6 and core.isalpha() and core.endswith(_OFFICE_ENDS_DE):
        return True
    return any_first_name_gender(nxt) is not None and word.isupper() and len(word) <= 4



def _first_names(folded: list[str]) -> list[str]:
    """The folded words before the surname that are no particle ("Ursula von der Leyen" -> ursula)."""
    return [w for w in folded[:-1] if w not in _FOLDED_PARTICLES]


_FOLDED_PARTICLES = frozenset(fold_word(p) for p in PARTICLES)


def _full_cluster(index: dict[tuple[str, str], list[dict]], given: str, surname: str, first: list[str], joined: str,
                  suffix: str = "") -> dict | None:
    """The first full-name cluster (in the order they were made) a full name joins: one of the same folded
    letters, or a matching surname (``surname_match``) with compatible first names of one gender.
    Only the clusters ``index`` files under the name's letters, its spelling key or, for a long key,
    every long key (``_index_full``) can match."""
    key = spelling_key(surname)  # ``surname_match`` with each spelling key made once, per name and per cluster
    candidates = index.get(("joined", joined), []) + index.get(("key", key), [])
    if len(key) >= LONG_SURNAME:
        candidates += index.get(("long", ""), [])
    for c in sorted({c["at"]: c for c in candidates}.values(), key=lambda c: c["at"]):
        if c.get("suffix", "") != suffix:
            continue  # "Donald Trump Jr." and "Donald Trump": son and father
        if c["joined"] == joined:
            return c  # "Kim Jong Un" / "Kim Jong-un"
        if (_keyed_surname_match(c["surname"], c["key"], surname, key) and compatible_first(c["given"] if c["first"] else "", given if first else "")
                and not first_name_genders_differ(c["given"], given)):
            return c
    return None


def _index_full(clusters: list[dict], index: dict[tuple[str, str], list[dict]], c: dict) -> None:
    """Append a new full-name cluster, its position ("at") and spelling key set, and file it in
    ``index`` under its folded letters, its key and, when the key is long (``LONG_SURNAME``), "long"."""
    c["at"], c["key"] = len(clusters), spelling_key(c["surname"])
    clusters.append(c)
    index.setdefault(("joined", c["joined"]), []).append(c)
    index.setdefault(("key", c["key"]), []).append(c)
    if len(c["key"]) >= LONG_SURNAME:
        index.setdefault(("long", ""), []).append(c)


def cluster_article_names(pairs: Iterable[tuple[str, str]], text_names: Mapping[str, Iterable[str]] | None = None,
                          uncertain: set[tuple[str, str]] | None = None, unknown: set[tuple[str, str]] | None = None,
                          companies: Mapping[str, set[str]] | None = None, firms: set[tuple[str, str]] | None = None,
                          introduced: set[tuple[str, str]] | None = None) -> dict[tuple[str, str], tuple[str, str]]:
    """Map every (article id, name) to (speaker id, canonical name), clustering spelling variants.

    Full names (a first name and a surname, titles and offices before them left out) cluster
    when their surnames match (folded, ``surname_match``) and their first names are
    compatible, or when they fold to the same letters ("Kim Jong Un" / "Kim Jong-un").  A bare
    surname ("Biden", "Von der Leyen") joins a full name of the same surname, folded but never an
    edit apart ("Schulz" is not "Scholz") and as any of the person's full names writes it (a person
    written "Katrin Moeller" in one article and "Katrin Möller" in another is "Moeller" and "Möller"), when exactly one such person is named by its own
    article or, when its article names none, by the run (``_bare_home``).  Otherwise the bare
    surname is an entity of its own, shared by the articles that give it alone.  ``text_names``
    (article id -> full names its text writes outside the quotes' speakers, ``text_people``) count
    as people their article names: "Defence Minister John Smith met ..." gives that article's
    "Smith said" to John Smith, never to another article's Anna Smith.  A bare surname whose own
    article names two people of its surname joins neither and goes into ``uncertain`` when given; one
    whose article writes its surname with a first name no list knows (``unknown``: (article, folded
    surname)) joins no other article's person.  A bare surname that names a company too (``companies``:
    article id -> folded words the text writes before a company's legal form, ``company_heads``: "Ford
    Motor", "Porsche AG") joins no person: not where its own article writes the company (unless it named the
    person in full before, ``introduced``), and not run-wide where another article does; where its own
    article writes the company it goes into ``firms`` (and into ``uncertain`` where that article names a
    person of it too); another article's company never makes it one.
    """
    counts = Counter((a, n) for a, n in pairs if n)
    clusters: list[dict] = []  # {"surname", "first", "given", "joined", "names": Counter, "seen": Counter, "articles": set, "surnames": set, "at", "key"}
    index: dict[tuple[str, str], list[dict]] = {}  # the full-name clusters by letters and spelling key (``_index_full``)
    bare: list[tuple[str, str, str]] = []  # (article, name, folded surname)
    for art, name in sorted(counts, key=lambda an: (-len(an[1].split()), -counts[an], an[1], an[0])):
        surname = _add_full(clusters, index, art, name, counts[(art, name)], "names")
        if surname:
            bare.append((art, name, surname))
    for art, names in sorted((text_names or {}).items()):
        for name in names:  # after the quotes' speakers: a name in the text founds no cluster they would join
            _add_full(clusters, index, art, name, 1, "seen")
    people: dict[str, list[dict]] = defaultdict(list)  # folded surname -> its full-name clusters, in order
    for person in clusters:
        for f in sorted(person["surnames"]):  # every folded spelling its names write: "Moeller" and "Möller" alike
            people[f].append(person)
    by_surname: dict[str, dict] = {}
    bare_articles: dict[str, set[str]] = defaultdict(set)  # articles that give a surname alone, never in full
    for art, _name, f in bare:
        if not any(art in c["articles"] for c in people[f]):
            bare_articles[f].add(art)
    for art, name, f in bare:
        if uncertain is not None and len(_own_people(people[f], f, art)) > 1:
            uncertain.add((art, name))
        home = _bare_home(people[f], f, art, len(bare_articles[f]), (art, f) not in (unknown or ()))
        own_firm = f in (companies or {}).get(art, ()) and (art, name) not in (introduced or ())
        if home is not None and _company_too(f, art, companies or {}, home, (art, name) in (introduced or ())):
            home = None  # another article's company only keeps it from the run's person: typed by its own article
            if uncertain is not None and own_firm and _own_people(people[f], f, art):
                uncertain.add((art, name))  # "Ford said" beside "Bill Ford" where the text writes "Ford Motor"
        if home is not None and address_clash(name, home["given"]):
            home = None  # "Mr Smith" is not Anna Smith
        if home is None and firms is not None and own_firm:
            firms.add((art, name))  # "Vantoria said" where its own article writes "Vantoria AG": the company
        key = f
        if home is None and _first_name_alone(name, people[f]):
            # "Anna": her article's own, never another article's Anna nor, unsaid, its Anna Cole ("said Detective Anna
            # Cole. ... his mother, Anna, said": rt36-25)
            key = article_only_id(f, art)
        c = home or by_surname.get(key)
        if c is None:
            c = by_surname[key] = {"surname": key, "first": [], "names": Counter()}
            clusters.append(c)
        c["names"][(art, name)] += counts[(art, name)]
    return _cluster_ids(clusters)


def article_only_id(key: str, article_id: str) -> str:
    """The id part of a speaker known to one article only ("spk:anna@a1", "org:company@a1": a first name alone, a
    company named only by its kind): never the same speaker as another article's (:func:`is_article_only_id`)."""
    return f"{key}@{article_id}"


def is_article_only_id(speaker_id: str | None) -> bool:
    """Whether ``speaker_id`` was made by :func:`article_only_id`."""
    return "@" in (speaker_id or "")


def _first_name_alone(name: str, people: list[dict]) -> bool:
    """Whether a bare ``name`` is a first name no full name of the run has for its surname ("his wife Anna said",
    "sagte Maria"): two articles' "Anna" are two people until a full name says otherwise (fx128).  A given name after
    a title is no bare first name ("King Charles", "Prinz Harry", "Pope Leo": one person, rt36-2)."""
    toks = person_tokens(name)
    return (len(toks) == 1 and not people and len(name.split()) == 1
            and (first_name_gender_en(toks[0]) is not None or first_name_gender_de(toks[0]) is not None))


def _company_too(surname: str, art: str, companies: Mapping[str, set[str]], home: dict, introduced: bool) -> bool:
    """Whether a bare ``surname`` of article ``art`` may be a company rather than the person ``home``:
    its own article writes the company and has not named the person in full before the surname's quotes
    (``introduced``: "Michael Dell, the founder of Dell Technologies, ... Dell said" is the person), or
    another article writes it and ``home`` is not named in ``art`` itself."""
    if surname in companies.get(art, ()):
        return not introduced
    return art not in home["articles"] and any(surname in heads for heads in companies.values())


# a frame that gives the words to a company's statement or filing ("Ford said in a statement", "teilte Porsche mit")
_STATEMENT_AFTER = re.compile(r"[^.!?\n]{0,60}?\b(?:in\s+an?\s+(?:written\s+|emailed\s+|short\s+)?(?:statement|filing|press\s+release)"
                              r"|teilte\b[^.!?\n]{0,40}\bmit\b|in\s+einer\s+(?:schriftlichen\s+)?(?:Mitteilung|Erklärung|Pressemitteilung))")


def _introduced(quotes: list, person_names: list[tuple[str, str]], text_names: Mapping[str, Iterable[str]],
                texts: Mapping[str, str]) -> set[tuple[str, str]]:
    """The (article, bare surname) speakers whose article writes a full name of that surname before the
    first of their quotes (news style: the full name first, then the surname alone)."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for art, name in [*person_names, *((a, n) for a, ns in text_names.items() for n in ns)]:
        toks = person_tokens(name)
        if len(toks) > 1:
            full[(art, name_fold(toks[-1]))].append(name)
    first_quote: dict[tuple[str, str], int] = {}
    statements: set[tuple[str, str]] = set()
    for q in quotes:
        if q.speaker and q.speaker.name and len(person_tokens(q.speaker.name)) == 1:
            key = (q.article_id, q.speaker.name)
            first_quote[key] = min(first_quote.get(key, q.start), q.start)
            if _STATEMENT_AFTER.match(texts.get(q.article_id, ""), q.end):
                statements.add(key)  # "... ," Ford said in a statement: the company's words, whoever was named before
    out = set()
    for (art, name), start in first_quote.items():
        if (art, name) in statements:
            continue
        text = texts.get(art, "")
        seen = [text.find(n) for n in full.get((art, name_fold(person_tokens(name)[0])), ())]
        if any(0 <= pos < start for pos in seen):
            out.add((art, name))
    return out


# the word before a company's legal form or a maker's noun ("Ford Motor", "Dell Technologies", "Porsche AG")
# a company's legal form ("AG", "GmbH", "Inc.", "plc", ...): one list for the two patterns below
_LEGAL_FORMS = r"AG|SE|GmbH|KGaA|Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|plc|PLC|N\.V\.|S\.A\."
_COMPANY_HEAD = re.compile(rf"\b([A-ZÄÖÜ][\w'’-]*)\s+(?:{_LEGAL_FORMS}|Motor|Motors|Technologies)(?![\w-])")


# a company's legal form ending a speaker's name ("Vantoria AG", "Kelvar Inc.")
_LEGAL_FORM_END = re.compile(rf"\s(?:{_LEGAL_FORMS})$")


def company_heads(text: str) -> set[str]:
    """The folded words ``text`` writes right before a company's legal form or "Motor(s)" / "Technologies"."""
    return {name_fold(m.group(1)) for m in _COMPANY_HEAD.finditer(text or "")}


def _add_full(clusters: list[dict], index: dict[tuple[str, str], list[dict]], art: str, name: str, count: int, field: str) -> str | None:
    """Count a full name of article ``art`` under ``field`` ("names" for a quote's speaker, "seen"
    for a name of its text) in its cluster, a new one when none fits; a bare surname is not added
    and its folded surname returned (None otherwise)."""
    toks = person_tokens(name)
    folded = name_fold(" ".join(toks)).split()
    if not folded:
        return None
    surname, first = folded[-1], _first_names(folded)
    if len(folded) == 1 or not first:
        return surname
    suffix = name_suffix(name)  # "Donald Trump Jr.": his son, never the father's cluster
    joined = fold_name(" ".join(toks)).replace(" ", "") + suffix  # one fold for both: "Un" is no institution here
    c = _full_cluster(index, toks[0], surname, first, joined, suffix)
    if c is None and field == "seen":  # a name of the text: any of its first names ("Lutz Michael Fröhlich")
        c = _written_within(clusters, art, set(toks), suffix) or next(
            (x for g in toks[-2:0:-1] if g.lower() not in PARTICLES for x in [_full_cluster(index, g, surname, first, joined, suffix)]
             if x), None)
    if c is None:
        c = {"surname": surname, "first": first, "given": toks[0], "joined": joined, "suffix": suffix,
             "names": Counter(), "seen": Counter(), "articles": set(), "surnames": set()}
        _index_full(clusters, index, c)
    c[field][(art, name)] += count
    c["surnames"].add(surname)  # a bare surname finds the person by any spelling written, not the first one only
    c["articles"].add(art)
    return None


def _written_within(clusters: list[dict], art: str, words: set[str], suffix: str = "") -> dict | None:
    """The cluster of a name of article ``art`` that holds all ``words`` ("Lutz Michael Fröhlich"
    for the text's "Michael Fröhlich") with the same generation suffix (``name_suffix``), if any."""
    return next((c for c in clusters for (a, n) in c["names"] if a == art and words <= set(person_tokens(n))
                 and c.get("suffix", "") == suffix), None)


def name_suffix(name: str) -> str:
    """The folded generation suffix that ends a person's name ("Donald Trump Jr." -> "jr", "John Smith III" -> "iii"),
    "" for none: a son or father of the same name is another person."""
    toks = name.split()
    return toks[-1].lower().strip(".,") if len(toks) > 2 and toks[-1].lower().strip(".,") in NAME_SUFFIXES else ""


def _own_people(clusters: list[dict], surname: str, art: str) -> list[dict]:
    """The people (full-name clusters of ``clusters``) of this exact folded surname that article ``art`` names."""
    return [c for c in clusters if c["first"] and surname in c["surnames"] and art in c["articles"]]


def _bare_home(clusters: list[dict], surname: str, art: str, bare_articles: int, run_wide: bool = True) -> dict | None:
    """The full-name cluster a bare surname of article ``art`` joins: the one person of that exact
    folded surname its own article names; when its article names none, the one person of that
    surname in the run, provided as many articles name that person in full as give the surname
    alone (one article's "Hunter Biden" does not name two others' "Biden said"), and ``run_wide``; else None.  Never
    one named with a generation suffix ("Donald Trump Jr."): the bare surname may be his father."""
    own = _own_people(clusters, surname, art)
    if any(c.get("suffix") for c in own):
        return None  # "His son Donald Trump Jr. …": the bare "Trump" may be the son or the father (pr34-1)
    if own or not run_wide:
        return own[0] if len(own) == 1 else None
    same = [c for c in clusters if c["first"] and surname in c["surnames"]]
    if any(c.get("suffix") for c in same):
        return None
    if len(same) == 1 and len(same[0]["articles"]) >= bare_articles:
        return same[0]
    return None


# forms of address that say a person's gender ("Mr Smith", "Frau Weber")
_ADDRESS_GENDER = {"mr": "m", "mister": "m", "herr": "m", "sir": "m", "lord": "m", "monsieur": "m",
                   "mrs": "f", "ms": "f", "miss": "f", "frau": "f", "dame": "f", "lady": "f", "madame": "f", "mme": "f"}


def address_clash(name: str, given: str | None) -> bool:
    """Whether a name written with a form of address and no first name ("Mr Smith", "Frau
    Schmidt") is of the other gender than the first name ``given`` (Anna, Michael), as both
    first-name lists read it (a name the lists give two genders or none clashes with nothing)."""
    toks = name.split()
    gender = next((_ADDRESS_GENDER[t.lower().strip(".,")] for t in toks[:-1] if t.lower().strip(".,") in _ADDRESS_GENDER),
                  None)
    own = [t for t in person_tokens(name) if t.lower() not in _ADDRESS_PARTICLES and t.lower() not in ("justice", "judge")]
    if gender is None or not given or len(own) > 1:  # "Mrs Justice Ginsburg": the judge's title is no first name
        return False  # "Herr Hans von Weber" has a first name of its own; "Herr von der Leyen" none
    listed = _given_gender(given)
    return listed is not None and gender != listed


_ADDRESS_PARTICLES = PARTICLES | {"el"}  # words of a surname, not a first name ("Herr von der Leyen", "Mr El Masri")


def _given_gender(given: str) -> str | None:
    """The one gender both first-name lists give a first name (Anna, Michael), each part of a
    hyphenated one agreeing ("Anna-Lena" f; "Jean-Marie" none); None for a name of either gender
    (Andrea, Kim), an unlisted one, or lists that disagree."""
    genders: set[str] = set()
    for part in given.split("-"):
        if not part or part in FIRST_NAMES_BOTH_DE:
            return None  # Andrea Orlando may be "Mr Orlando"
        listed = {g for g in (first_name_gender_de(part), first_name_gender_en(part)) if g}
        if len(listed) != 1:
            return None
        genders |= listed
    return genders.pop() if len(genders) == 1 else None


def _invisible(name: str) -> bool:
    """Whether a name holds a format character (zero-width joiner, soft hyphen, direction mark)."""
    return any(unicodedata.category(ch) == "Cf" for ch in name)


def _accents(name: str) -> int:
    """How many letters of a name carry a diacritic or are written as one letter (ß): "Dvořák" 2."""
    return sum(unaccent(ch) != ch for ch in name)


def _canonical(freq: Counter) -> str:
    """The name a cluster is shown by: the most frequent full name without a title (ties: no format
    character, the spelling with diacritics, the longer, the first in the alphabet), format
    characters left out."""
    best = sorted(freq, key=lambda n: (_invisible(n), len(person_tokens(n)) != len(n.split()), -(len(n.split()) > 1),
                                       -freq[n], -_accents(n), -len(n), n))[0]
    return "".join(ch for ch in best if unicodedata.category(ch) != "Cf") or best


def _cluster_ids(clusters: list[dict]) -> dict[tuple[str, str], tuple[str, str]]:
    """(id, canonical name) per (article, name): the canonical name ``_canonical``; the id its fold, a bare
    cluster's its surname.  A person only the text names in full ("seen") gives the name and the id to the
    bare surnames that joined it."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for c in clusters:
        if not c["names"]:
            continue  # a person only named in the text, no quote's speaker
        freq: Counter = Counter()
        for (_, n), k in c["names"].items():
            freq[n] += k
        canon = ref = _canonical(freq)
        if c["first"] and len(person_tokens(canon)) < 2 and c["seen"]:
            canon = ref = _canonical(Counter({n: k for (_, n), k in c["seen"].items()}))
        sid = "spk:" + c["surname"] if not c["first"] else "spk:" + name_fold(" ".join(person_tokens(ref))).replace(" ", "_")
        sid += "_" + c["suffix"] if c.get("suffix") else ""  # "spk:donald_trump_jr": the son's own id
        for key in c["names"]:
            out[key] = (sid, canon)
    return out


# -- the people an article's own text names -------------------------------------------

_EDGE = "\"'“”„‚‘’«»‹›()[]*"  # marks around a word that are no part of it
_FUNCTION_WORDS = frozenset().union(ARTICLES, *NP_STOP.values(), *PRONOUNS.values())


def _text_first_name(word: str, known: frozenset[str] | None) -> bool:
    """Whether a capitalised word before a surname in running text is a first name: a first name
    the lists know (``any_first_name_gender``) or one of ``known`` (folded first names of the run's
    speakers), never a title, office, role or function word ("Minister", "Laut Müller", "But
    Smith"); a capitalised noun ("Thema Regeln", "Kollegen Lula") is no first name.  ``known`` None:
    any such word may be one ("Landwirt Jens Möller" where the lists do not know "Jens")."""
    return (_personal_name_word(word) and not _title_word(word) and not is_role_word(word)
            and word.lower() not in _FUNCTION_WORDS
            and (known is None or fold_word(word) in known or any_first_name_gender(word) is not None))


def text_people(text: str, surnames: set[str], known: frozenset[str] | None = frozenset()) -> list[str]:
    """The full names ("John Smith", "John F. Smith", "Anna von Berg") that ``text`` writes with one
    of the folded ``surnames``: first names (``_text_first_name``, given ``known``; an initial after
    one allowed) and particles right before the surname, no punctuation between them; "John and
    Anna Smith" gives both."""
    return _scan_people(text, surnames, known)[0]


def _scan_people(text: str, surnames: set[str], known: frozenset[str] | None) -> tuple[list[str], set[str]]:
    """``text_people`` and, in the same pass, the folded surnames of ``surnames`` the text writes
    with a first name of any kind (what ``text_people`` with ``known`` None finds them with)."""
    toks = [t.strip(_EDGE) for t in text.split()]
    found = []
    with_any_first: set[str] = set()
    for i, tok in enumerate(toks):
        word = re.sub(r"[’']s$", "", tok.rstrip(".,;:!?"))
        if i == 0 or not word[:1].isupper() or word.isupper() or fold_word(word) not in surnames:
            continue
        j = i - 1
        while j > 0 and toks[j] in PARTICLES:
            j -= 1
        if j > 0 and _initial(toks[j]):
            j -= 1  # "John F. Smith"
        if toks[j][-1:] in ",;:!?." or not _text_first_name(toks[j], None):
            continue
        with_any_first.add(fold_word(word))
        if not _text_first_name(toks[j], known):
            continue
        while j > 1 and i - j < 3 and toks[j - 1][-1:] not in ",;:!?." and _text_first_name(toks[j - 1], known):
            j -= 1  # "Lutz Michael Fröhlich"
        nxt = toks[i + 1] if i + 1 < len(toks) and tok == word else ""
        found.append(" ".join(toks[j:i] + [word] + ([nxt.rstrip(".,;:!?")] if nxt.lower().rstrip(".,;:!?") in NAME_SUFFIXES else [])))
        if j > 1 and toks[j - 1] in ("and", "und", "&") and _coordinated_first(toks, j - 2, known):
            found.append(f"{toks[j - 2].rstrip(',')} {word}")  # "John and Anna Smith": two people of the surname
    return found, with_any_first


def _coordinated_first(toks: list[str], k: int, known: frozenset[str] | None) -> bool:
    """Whether word ``k``, before "and Anna Smith", is a first name sharing that surname ("John and
    Anna Smith"), not the surname of a name before it ("Jürgen Müller und Anna Berg")."""
    if not _text_first_name(toks[k].rstrip(","), known):
        return False
    before = toks[k - 1] if k > 0 else ""
    return before[-1:] in ",.;:!?" or not _text_first_name(before, known)


def _initial(tok: str) -> bool:
    return len(tok) == 2 and tok[0].isupper() and tok[1] == "."


def cluster_names(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``cluster_article_names`` for names of one article: name -> (speaker id, canonical name)."""
    return {n: v for (_, n), v in cluster_article_names(("", n) for n in names).items()}


AMBIGUOUS_SURNAME = 0.7  # a bare surname its own article gives two people: shown, below the bar (confidence.CONFIDENT)


def normalise_speakers(quotes: list, texts: Mapping[str, str] | None = None) -> list:
    """Set ``speaker.id`` and ``speaker.name`` on every quote from a clustering of all names.

    Works in place on ``aligner.model.Quote`` records and returns the list.  Group
    speakers (institutions) get an id from their folded name; unresolved pronouns and
    roles keep ``id`` None.  ``texts`` (article id -> ``Article.text``) lets a bare surname
    find the person its own article names outside the quotes (``text_people``); a bare surname
    its own article gives two people keeps its name at ``AMBIGUOUS_SURNAME`` at most.
    """
    person_names = [(q.article_id, q.speaker.name) for q in quotes if q.speaker and q.speaker.name and _is_person(q.speaker)
                    and not _LEGAL_FORM_END.search(q.speaker.name)]  # "Vantoria AG", "Nordkap GmbH": a company
    uncertain: set[tuple[str, str]] = set()
    text_names, unknown = _text_names(person_names, texts or {})
    companies = {art: company_heads(text) for art, text in (texts or {}).items()}
    firms: set[tuple[str, str]] = set()
    introduced = _introduced(quotes, person_names, text_names, texts or {})
    mapping = cluster_article_names(person_names, text_names, uncertain, unknown, companies, firms, introduced)
    org_names = [q.speaker.name for q in quotes if q.speaker and q.speaker.name and not _is_person(q.speaker)]
    org_mapping = cluster_groups(org_names)
    for q in quotes:
        sp = q.speaker
        if sp is not None and not sp.name and sp.id in ("spk:", "org:"):
            sp.id = None  # a group marker with no name ("die Nummer 10 …" cut to nothing): never one id shared by many
        if sp is None or not sp.name:
            continue
        if (q.article_id, sp.name) in firms:  # "Ford said" where the run writes "Ford Motor": the company, or unsure
            if ((q.article_id, sp.name) in uncertain or _FIRST_PERSON_SINGULAR.search(q.text)) and sp.confidence is not None:
                sp.confidence = min(sp.confidence, AMBIGUOUS_SURNAME)
            sp.id = "org:" + name_fold(sp.name).replace(" ", "_")
        elif _is_person(sp) and (q.article_id, sp.name) in mapping and _addressed_clash(sp, mapping[(q.article_id, sp.name)][1]):
            sp.id = "spk:" + name_fold(sp.name).replace(" ", "_")  # "Frau Hadley" beside "Tom Hadley": not him, her own
        elif _is_person(sp) and (q.article_id, sp.name) in mapping and (
                hon := _honorific_clash_en(sp, (texts or {}).get(q.article_id, ""), mapping[(q.article_id, sp.name)][1])):
            sp.id = "spk:" + name_fold(sp.name).replace(" ", "_")  # "Mrs. Hadley told reporters" beside "Tom Hadley"
            sp.name = f"{hon} {sp.name}"
        elif _is_person(sp) and (q.article_id, sp.name) in mapping:
            if ((q.article_id, sp.name) in uncertain or company_statement(q, (texts or {}).get(q.article_id, ""), sp.name,
                                                                            mapping[(q.article_id, sp.name)][1])) and sp.confidence is not None:
                sp.confidence = min(sp.confidence, AMBIGUOUS_SURNAME)
            sp.id, sp.name = mapping[(q.article_id, sp.name)]
        else:
            sp.id, sp.name = org_mapping.get(sp.name, ("org:" + name_fold(sp.name).replace(" ", "_"), sp.name))
        if sp.id in ("spk:", "org:"):
            sp.id = None  # no letter or digit to key it by ("—"): no id, never one shared with others
    _company_roles(quotes, texts or {})
    resolve_roles(quotes, texts)
    return quotes


# a company's statement after its cue: "said in a statement", "in a regulatory filing", "in einer Mitteilung"
_STATEMENT_AFTER_CUE = re.compile(r"[^.!?;:\n]{0,40}?(?<![\w-])(?:in|via)\s+(?:a|an|its|einer|seiner|ihrer)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:statement|filing|release|announcement|Mitteilung|Pressemitteilung|Stellungnahme|Erklärung)(?![\w-])")


# a founder or family of the company of ``{n}`` (the bare surname) in the sentence naming the person in full ("Michael
# Dell founded the company", "Dell founder Michael Dell", "Wolfgang Porsche, … der Familienholding"): the bare name may
# be the company
_FOUNDER_OF = (r"(?:co-?)?found(?:ed|s)\s+(?:the\s+(?:company|firm|group)|{n})(?![\w-])|{n}(?:['’]s)?\s+(?:co-?)?founder"
               r"|(?:co-?)?founder\s+of\s+{n}(?![\w-])|{n}-Gründer|Gründer(?:in)?\s+(?:von\s+|des\s+)?{n}(?![\w-])"
               r"|gründete\s+(?:das\s+Unternehmen|die\s+Firma|den\s+Konzern|{n})(?![\w-])|Familienholding|Eigentümerfamilie")


def _founder_of_name(text: str, name: str, full: str) -> bool:
    """Whether a sentence of ``text`` that writes ``full`` (a person's full name) makes them the founder or family of
    the company their surname ``name`` may name (:data:`_FOUNDER_OF`)."""
    founder = re.compile(_FOUNDER_OF.format(n=re.escape(name)))
    return any(full in sent and founder.search(sent) for sent in re.split(r"(?<=[.!?])\s+", text))


def company_statement(q: object, text: str, name: str, full: str = "") -> bool:
    """Whether quote ``q``, whose speaker is the bare name ``name`` that the run's person ``full`` also ends ("Dell
    said" beside "Michael Dell"), may be a company's statement: its article makes ``full`` the founder or family of the
    company of that name or writes the name as a company's ("Dell shares", "Porsche-Aktie"); or, where its article
    never names ``full``, it is said "in a statement" / "in einer Mitteilung" or German "teilte Porsche mit".  The
    person is then a guess, below the bar (rv82-1)."""
    if " " in name or not text or getattr(q, "cue_end", None) is None:
        return False
    cue_end = q.cue_end  # type: ignore[attr-defined]
    if full and full != name and _founder_of_name(text, name, full):
        return True  # "Michael Dell founded the company. … Dell said": the founder or the company of his name, unsure
    if re.search(rf"(?<![\w-]){re.escape(name)}(?:(?:['’]s)?\s+(?:shares|stock|share\s+price)|-(?:Aktie|Aktien|Konzern|Gruppe))(?![\w-])", text):
        return True  # "Dell shares fell", "die Porsche-Aktie": the name is the company's
    if full and full in text:
        return False  # "Joe Biden …. Biden said in a statement": the person the article names
    return bool(_STATEMENT_AFTER_CUE.match(text, cue_end)) or (getattr(q, "cue_lemma", None) == "mitteilen" and re.match(
        rf"\s+{re.escape(name)}\s+mit(?![\w-])", text[cue_end:]) is not None)  # "teilte Porsche mit": an announcement


LOAN_TITLES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _SW["loan_titles"].items()}


def loan_title_elsewhere(mention: str, role: str | None) -> bool:
    """Whether role mention ``mention`` is an executive acronym ("der CEO", "die CFO", "the CTO") and ``role``, the
    words the article gives a person named before, gives no such office (none, or another: "CFO Petra Lang",
    "Finanzchefin Petra Lang" for "der CEO"): the role is not that person's (rv82-19)."""
    heads = [w.lower() for w in re.findall(r"[A-Za-z]+", mention) if w.lower() in LOAN_TITLES and w.isupper()]
    if not heads:
        return False
    have = (role or "").lower()
    return not any(word in have for h in heads for word in LOAN_TITLES[h])


COMPANY_NOUNS = frozenset(_SW["company_nouns"])  # "the company said", "teilte das Unternehmen mit": a kind, not a name
# words a sentence may start with before a company's name: "At Halvorsen Foods Inc.", "Bei der Lindenhof GmbH"
_BEFORE_COMPANY = frozenset({"the", "a", "an", "at", "in", "for", "from", "by", "on", "with", "and", "as", "das", "der", "die",
                             "dem", "den", "des", "ein", "eine", "bei", "von", "vom", "beim", "mit", "für", "und", "auch", "im",
                             # sentence adverbs (rt36-21: "Meanwhile Halvorsen Foods Inc. shares rose")
                             "meanwhile", "however", "still", "yet", "now", "then", "indeed", "inzwischen", "indes",
                             "derweil", "dennoch", "trotzdem", "jedoch", "allerdings", "bisher", "damals", "jetzt", "nun"})
# a company's name as the text writes it with its legal form: "Kreuzberger Stahlwerke AG", "Halvorsen Foods Inc."
_COMPANY_NAME = re.compile(rf"\b((?:[A-ZÄÖÜ][\w'’&-]*\s+){{1,3}}(?:{_LEGAL_FORMS}))(?![\w-])")


def _company_role(sp: Speaker | None) -> bool:
    """Whether ``sp`` names a company only by its kind ("the company", "das Unternehmen", "the Dutch firm"), directly
    or through a pronoun that points to it ("it said"): one German noun, or an English one not capitalised; or by a
    German epithet (:func:`company_epithet_de`)."""
    name = (sp.name or "") if sp is not None else ""
    toks = name.split()
    return (bool(toks) and (toks[-1].lower() in COMPANY_NOUNS and (len(toks) == 1 or toks[-1].islower()) or company_epithet_de(name))
            and not _LEGAL_FORM_END.search(name))


_EPITHETS_DE = _SW["company_epithets_de"]
# a brand written with a capital or a digit inside it or with a lower-case start ("ChatGPT", "TikTok", "iPhone", "3M")
_BRAND_DE = re.compile(r"(?:[a-z]+[A-Z]|[A-Z0-9][\w]*[A-Z0-9])[\w]*")


def _brand_in_company(name: str, company: str) -> bool:
    """Whether a company's kind or epithet ``name`` may be ``company``: an epithet with a brand before its hyphen
    ("Facebook-Konzern") only where the company's name holds that brand; "Konzern", "Softwarekonzern" always."""
    head = name.rpartition("-")[0] if company_epithet_de(name) else ""
    return not head or head.rsplit("-", 1)[-1].lower() in company.lower()


def company_epithet_de(name: str) -> bool:
    """German: whether ``name`` is a company's epithet, not its name (speaker_words.json, company_epithets_de): "Facebook-
    Konzern", "Windows-Hersteller", "ChatGPT-Entwickler", "Walldorfer Softwarekonzern" (a place's adjective before it);
    not "Software-Entwickler", "Drei-Kinder-Mutter", "Konzernchef" (rv82-24)."""
    toks = name.split()
    if not toks or len(toks) > 2 or (len(toks) == 2 and not place_adjective_de(toks[0])) or not toks[-1][:1].isupper():
        return False
    head, _, tail = toks[-1].rpartition("-")
    low = tail.lower()
    if head:
        return low in _EPITHETS_DE["after_any"] or (low in _EPITHETS_DE["after_brand"] and _BRAND_DE.fullmatch(head.rsplit("-", 1)[-1]) is not None)
    return any(low.endswith(t) and len(low) >= len(t) + 4 for t in _EPITHETS_DE["after_any"])


def _named_companies(text: str) -> set[str]:
    """The companies ``text`` names with a legal form, an article or a sentence's first word before them left out."""
    out = set()
    for m in _COMPANY_NAME.finditer(text):
        toks = m.group(1).split()
        while len(toks) > 2 and (toks[0].lower() in _BEFORE_COMPANY or toks[0].lower() in _FUNCTION_WORDS
                                 or _named_without(text, " ".join(toks[1:]))):
            toks = toks[1:]
        out.add(" ".join(toks))
    return out


def _named_without(text: str, rest: str) -> bool:
    """Whether ``text`` names the company ``rest`` somewhere with no capitalised word before it: "When Halvorsen Foods
    Inc. bought the plant" beside "Halvorsen Foods Inc. said" (rt36-21); not "Bank AG" of "Deutsche Bank AG" and
    "UniCredit Bank AG" (rt37-7)."""
    return any(not re.search(r"[A-ZÄÖÜ][\w'’&-]*\s*$", text[: m.start()]) for m in re.finditer(re.escape(rest) + r"(?![\w-])", text))


def _company_roles(quotes: list, texts: Mapping[str, str]) -> None:
    """A company given only by its kind ("the company said") is the one company its article names with a legal
    form (below the bar: AMBIGUOUS_SURNAME at most), else its kind with an id of its article alone ("org:company@a1"):
    never one entity "company" shared by the run's articles about different companies (fx128)."""
    for q in quotes:
        sp = q.speaker
        if not _company_role(sp):
            continue
        named = _named_companies(texts.get(q.article_id, ""))
        sp.resolved_from = sp.resolved_from or "role"
        if len(named) == 1 and _brand_in_company(sp.name or "", next(iter(named))):
            sp.name = next(iter(named))
            sp.id = "org:" + name_fold(sp.name).replace(" ", "_")
            sp.confidence = min(sp.confidence if sp.confidence is not None else AMBIGUOUS_SURNAME, AMBIGUOUS_SURNAME)
        else:  # its own article's company, whichever: an id of that article alone
            sp.id = "org:" + article_only_id(name_fold(sp.name or "").replace(" ", "_"), q.article_id)
            if company_epithet_de(sp.name or ""):  # "der Facebook-Konzern" beside "Meta": a description, below the bar
                sp.confidence = min(sp.confidence if sp.confidence is not None else AMBIGUOUS_SURNAME, AMBIGUOUS_SURNAME)


# a person speaking of himself ("Ich habe in meinem Leben …", "I have never …"): no company's statement (a firm says "we")
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'-])(?:I|I'm|I’m|I've|I’ve|me|my|myself|[Ii]ch|[Mm]ein(?:e[mnrs]?)?|[Mm]ich|[Mm]ir)(?![\w’'-])")


def _addressed_clash(sp: Speaker, full: str) -> bool:
    """Whether a bare surname given with a form of address as its role ("Frau Hadley": name "Hadley", role "Frau")
    is of the other gender than the first name of the full name ``full`` its surname would join ("Tom Hadley"):
    his wife, mother or daughter, not him (:func:`address_clash`)."""
    role = (sp.role or "").strip().lower().strip(".")
    if role not in _ADDRESS_GENDER or not sp.name or len(sp.name.split()) != 1:
        return False
    given = person_tokens(full)
    return len(given) >= 2 and address_clash(f"{sp.role} {sp.name}", given[0])


# an English form of address right before a mention that left it out of its span ("Mrs. Hadley told reporters")
_HONORIFIC_LEFT_OUT_EN = re.compile(r"(?<![\w-])(Mrs|Ms|Miss|Mr)\.?\s+\Z")


def _honorific_clash_en(sp: Speaker, text: str, full: str) -> str | None:
    """The form of address ("Mrs.") the text writes right before a bare surname whose mention left it out
    ("Mrs. Hadley told reporters": mention "Hadley") where it is of the other gender than the first name of
    the full name ``full`` the surname would join ("Tom Hadley"): his widow, not him; None otherwise
    ("Ms. Warren said" beside "Elizabeth Warren", "Mr. Hadley" beside "Tom Hadley")."""
    if sp.start is None or not text or not sp.name or len(sp.name.split()) != 1 or text[sp.start:sp.end] != sp.name:
        return None
    m = _HONORIFIC_LEFT_OUT_EN.search(text, max(0, sp.start - 6), sp.start)
    if m is None:
        return None
    given = person_tokens(full)
    hon = text[m.start():m.end()].strip()
    return hon if len(given) >= 2 and address_clash(f"{hon} {sp.name}", given[0]) else None


def _text_names(person_names: list[tuple[str, str]], texts: Mapping[str, str],
                ) -> tuple[dict[str, list[str]], set[tuple[str, str]]]:
    """Per article of ``texts`` that gives a speaker by a bare surname of a personal name, the full
    names of those surnames its text writes (``text_people``; the run's speakers' first names known),
    and the (article, folded surname) pairs its text writes with a first name no list knows."""
    surnames: dict[str, set[str]] = defaultdict(set)
    known = set()
    for art, name in person_names:
        toks = person_tokens(name)
        folded = name_fold(" ".join(toks)).split()
        if len(folded) > 1 and _first_names(folded):
            known.add(fold_word(toks[0]))
        elif folded and art in texts and personal_name(name) and not name.isupper():
            surnames[art].add(folded[-1])
    names: dict[str, list[str]] = {}
    unknown: set[tuple[str, str]] = set()
    first_names = frozenset(known)
    for art, fs in surnames.items():
        names[art], with_any_first = _scan_people(texts[art], fs, first_names)
        unknown.update((art, s) for s in with_any_first)
    return names, unknown


ROLE_CONFIDENCE_FACTOR = 0.9  # a speaker named only by a role, resolved through it, is trusted a little less


_DEPUTY = re.compile(r"\b(?:stellvertretende[rnms]?|deputy|vice|shadow)\b", re.I)  # "shadow rapporteur": another office
# "a former governor", "der frühere Minister", "die ehemalige Ministerin", "Ex-Minister": another office than "the governor"
_FORMER_EN = re.compile(r"\b(?:former|frühere[rnms]?|ehemalige[rnms]?|ex(?=-))\b", re.I)


def _role_heads(text: str | None) -> set[str]:
    """The role nouns of a mention or role, folded; a deputy's carry "vize" ("stellvertretender
    Außenminister", "deputy foreign minister" and "Vizeaußenminister" -> "vizeaussenminister"), a former
    holder's "ex" ("former governor" -> "exgovernor", no "governor")."""
    deputy = "vize" if _DEPUTY.search(text or "") else "ex" if _FORMER_EN.search(text or "") else ""
    heads = set()
    words = (text or "").split()
    for k, w in enumerate(words):
        if is_role_word(w) and len(w) >= 5:
            h = unaccent(w).lower().strip(".,").replace("-", "")
            if k >= 2 and words[k - 1].lower() == "der" and words[k - 2][:1].isupper():
                heads.add("of:" + h)  # "die Mehrheit der Minister", "der Sprecher der Minister": of whom, no office (pr31-2)
                continue
            heads.add(h if h.startswith(("vize", "vice")) else deputy + h)
    return {"vize" + h[4:] if h.startswith("vice") else h for h in heads}


def _same_role(a: str, b: str) -> bool:
    """Role nouns naming the same office: equal, or one ends with the other ("vizeaussenminister"
    / "aussenminister", "ezbvizepraesident" / "praesident", "schattenberichterstatter" / "berichterstatter" do not: a
    different office; "regierungssprecher" / "sprecher" do)."""
    if a == b:
        return True
    if a.startswith("ex") and b.startswith("ex") and len(a) > 6 and len(b) > 6:
        return _same_role(a[2:], b[2:])  # "der frühere Minister" / "der frühere Wirtschaftsminister Robert Habeck" (pr31-16)
    short, long_ = sorted((a, b), key=len)
    prefix = long_[: len(long_) - len(short)]  # "ezbvize" of "EZB-Vizepräsident", "schatten" of "Schattenberichterstatter": another office
    return len(short) >= 6 and long_.endswith(short) and not prefix.startswith(("vize", "vice", "ex")) and not (prefix.endswith(("vize", "vice", "schatten")) and not prefix.endswith("service"))


def resolve_roles(quotes: list, texts: Mapping[str, str] | None = None) -> None:
    """A speaker named only by a role ("der Vizeaußenminister", "the spokesman") takes the entity
    whose role carries the same role noun, when exactly one entity of its article does, e.g.
    "der Vizeaußenminister" -> the "Vizeaußenminister Sergej Rjabkow" quoted before.  Never an
    entity of another article: a run holds many stories, each with its own spokesman; never one quoted
    only after it, one whose role names another body (:func:`role_points_elsewhere`), nor for an
    indefinite role ("a military spokesman": someone new).
    ``resolved_from`` stays "role"; the confidence drops by ROLE_CONFIDENCE_FACTOR.  ``texts`` (article id -> text): an
    English role qualified with a place or body its holder is not given there ("the police chief of Dallas") takes no name."""
    from .pronouns import qualifier_elsewhere_en

    entities: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # article -> role noun -> ids
    names: dict[str, str] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    first: dict[tuple[str, str], int] = {}  # (article, id) -> where the article first quotes that entity
    indefinite: dict[str, list[tuple[int, str]]] = defaultdict(list)  # article -> (where, mention) of "a spokesman" quotes
    holder: dict[tuple[str, str], Speaker] = {}  # (article, id) -> the entity's first speaker there
    for q in quotes:
        sp = q.speaker
        if sp is not None and not sp.name and sp.resolved_from == "role" and indefinite_role(sp.mention or ""):
            indefinite[q.article_id].append((q.start, sp.mention))
        if sp is None or not sp.id or not sp.name or sp.id.startswith("org:") or sp.resolved_from == "role":
            continue
        names[sp.id] = sp.name
        holder.setdefault((q.article_id, sp.id), sp)
        roles[sp.id].add(sp.role or "")
        first[(q.article_id, sp.id)] = min(q.start, first.get((q.article_id, sp.id), q.start))
        for head in _role_heads(sp.role):
            entities[q.article_id][head].add(sp.id)
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.id or sp.name or sp.resolved_from != "role" or (q.language == "en" and ends_in_a_name_en(sp.mention)):
            continue
        if position_role(sp.mention) or indefinite_role(sp.mention) or names_own_person(sp.mention, q.language):
            continue  # "said the captain": one of several; "a military spokesman": someone new; never the one named before
        heads = _role_heads(sp.mention)
        ids = {i for h in heads for r, found in entities[q.article_id].items() if _same_role(h, r) for i in found
               if not (q.language == "de" and article_gender_clash_de(sp.mention, names[i]))
               and first[(q.article_id, i)] < q.start and not any(role_points_elsewhere(sp.mention, r, q.language) for r in roles[i])
               and not (q.language == "en" and qualifier_elsewhere_en((texts or {}).get(q.article_id, ""), sp, holder[(q.article_id, i)]))
               and not any(newer_indefinite_role(m, sp.mention, r) for at, m in indefinite[q.article_id]
                           if first[(q.article_id, i)] < at < q.start for r in roles[i])}
        if len(ids) == 1:
            sp.id = ids.pop()
            sp.name = names[sp.id]
            if sp.confidence is not None:
                sp.confidence = round(sp.confidence * ROLE_CONFIDENCE_FACTOR, 3)


# an indefinite role mention in running text: "a spokesman for Asda", "ein CDU-Sprecher", "another senior official"
_INDEFINITE_MENTION = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Ee]ine?[rsm]?)\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?:\s+(?:for|of|at|from|des|der|vom|von)\s+(?:the\s+)?[A-ZÄÖÜ][\w-]+)?")


def newer_indefinite_role(between: str, mention: str, holder_role: str | None) -> bool:
    """Whether a definite role ("the spokesman") points at someone an indefinite role of the same office introduced in
    ``between``, the text after the named holder ("said Tesco spokesman Tom Reed. … a spokesman for Asda said. … the
    spokesman said"): the newer one, unless the definite role names the holder's body and not the newer one's ("the
    Tesco spokesman")."""
    heads = _role_heads(mention)
    mine, holder = _body_words(mention), _body_words(holder_role)
    for m in _INDEFINITE_MENTION.finditer(between):
        other = m.group(0)
        if not any(is_role_word(w) for w in m.group(1).split()):
            continue
        if not any(_same_role(h, r) for h in heads for r in _role_heads(other)):
            continue
        theirs = _body_words(other)
        if mine and all(any(_body_match(w, t) for t in holder) for w in mine) and not all(any(_body_match(w, t) for t in theirs) for w in mine):
            continue  # "the Tesco spokesman" after "a spokesman for Asda": Tesco's, named before
        return True
    return False


# an indefinite role introduces someone new: "a military spokesman", "an Israeli official", "ein Sprecher des
# Ministeriums", "so ein Sprecher", "another senator", "one official"
_INDEFINITE_ROLE = re.compile(r"(?i)^(?:so\s+)?(?:an?|another|one|ein|eine|einer|eines|einem|einen)\s")


def indefinite_role(mention: str) -> bool:
    """Whether a role mention opens with an indefinite article ("a military spokesman", "ein Sprecher"): someone
    new, never a person named before or after."""
    return _INDEFINITE_ROLE.match(mention.strip()) is not None


# English: a name right after a role word in the mention ("ministry spokesman Ashraf al-Qudra", "Qatar's foreign ministry
# spokesman, Majed al-Ansari"); German only after a comma ("der Sprecher des Ministeriums, Madschid al-Ansari"): nouns are capitalised
_OWN_NAME_EN = re.compile(r"(?<![\w’'-])([A-Za-z][\w’'.-]*)(?:,\s*|\s+)(?:(?:al|el|bin|ibn|abu)[- ])?([A-Z][\w’'-]+)")
_OWN_NAME_DE = re.compile(r",\s*(?:(?:al|el|bin|ibn|abu)[- ])?[A-ZÄÖÜ][\w’'-]+(?:\s+(?:(?:al|el|bin|ibn|abu|von|van|de)[- ]?)?[A-ZÄÖÜ][\w’'-]+)+\s*,?$")


def names_own_person(mention: str, lang: str) -> bool:
    """Whether a mention read as a role names its own person after the role ("ministry spokesman Ashraf al-Qudra", "der
    Sprecher des Außenministeriums, Madschid al-Ansari"): the name was not read, so it is that person, not another."""
    if lang == "de":
        return _OWN_NAME_DE.search(mention) is not None
    for m in _OWN_NAME_EN.finditer(mention):
        name = m.group(2)
        if is_role_word(m.group(1)) and m.group(1)[:1].islower() and not is_role_word(name) and name.lower() not in INSTITUTION_WORDS \
                and name.lower() not in _ORG_HEADS:
            return True
    return False


# words of a role mention that name no body: articles, prepositions, possessives, rank and time of office, a body named by
# a common noun ("the company's chief executive": whichever company the article is about)
_NO_BODY_WORDS = frozenset("""a an the another one so of for at in from to with on by and or his her its their our my your this that
senior top high-ranking highranking ranking longtime long-time new current former ex acting deputy then also chief lead main
company firm group bank organisation organization
der die das des dem den ein eine einer eines einem einen von vom für im in beim bei zur zum und sein seine seines seiner seinem
ihr ihre ihres ihrer ihrem ranghoh ranghohe ranghoher ranghohen hochrangig hochrangige hochrangiger hochrangigen stellvertretend
stellvertretende stellvertretender stellvertretenden ehemalig ehemalige ehemaliger ehemaligen früher frühere früheren neue neuer
neuen langjährig langjährige langjähriger konzern konzerns unternehmen unternehmens firma""".split())
# role words that name a nation or a party: a body ("Russian", "Republican"), not the office
_BODY_ROLE_WORDS = ("russian", "american", "russe", "brite", "britin", "ukrainer", "amerikaner", "italiener", "franzos",
                    "französin", "republican", "democrat", "demokrat", "republikaner")
_BODY_ENDINGS = ("en", "em", "er", "es", "e", "s")


# a capital or seat of government written for its country, and a country's words in both languages: one body
# ("the Moscow deputy foreign minister" is "Russian Deputy Foreign Minister X"; "Kremlsprecher" a Russian spokesman)
_SAME_BODY = {"moskau": "russ", "moscow": "russ", "kreml": "russ", "russ": "russ", "kiew": "ukrain", "kyiv": "ukrain",
              "kiev": "ukrain", "ukrain": "ukrain", "washington": "us", "american": "us", "amerikan": "us", "berlin": "deutsch",
              "german": "deutsch", "deutsch": "deutsch", "peking": "chin", "beijing": "chin", "chin": "chin",
              "paris": "fran", "french": "fran", "franz": "fran", "london": "brit", "british": "brit", "britisch": "brit",
              "israel": "israel", "jerusalem": "israel"}
# a German Land by its name's or adjective's start (longest first), folded: "bayerische", "Bayerns" -> bayern
_LANDS_DE = {"niedersachs": "niedersachsen", "sachsenanhalt": "sachsenanhalt", "sachs": "sachsen", "bayer": "bayern",
             "hess": "hessen", "baden": "badenwurttemberg", "wurttemberg": "badenwurttemberg", "thuring": "thuringen",
             "brandenburg": "brandenburg", "mecklenburg": "mecklenburgvorpommern", "schleswig": "schleswigholstein",
             "nordrhein": "nordrheinwestfalen", "rheinlandpfal": "rheinlandpfalz", "saarland": "saarland",
             "hamburg": "hamburg", "bremen": "bremen", "bremisch": "bremen"}
_LAND_STEMS = frozenset(_LANDS_DE.values())
# a seat of government that is also one body of its country: the Kremlin is Russian, and not the Russian defence ministry
_OWN_BODY_SEATS = ("kreml",)
# one body written two ways: "Außenamt" is the foreign ministry
_BODY_SYNONYMS = {"aussenamt": "aussenministerium"}
# a German federal body's prefix: "Bundesinnenministerium" is German and the interior ministry, not every federal body
_FEDERAL_PREFIX_DE = "bundes"


def _body_stems(word: str) -> set[str]:
    """What a body word names, folded: its country for a capital or a country's word ("Moskauer" -> russ); the country and
    the body for a seat that is a body of its own ("Kremlin" -> russ, kreml) and for a German federal compound
    ("Bundespolizei" -> deutsch, polizei; "Bundesinnenministeriums" -> deutsch, innenministerium); a German Land by
    its name or adjective ("bayerische", "Bayerns" -> bayern); else the word."""
    w = unaccent(word).lower().strip(".,;:()").replace("’", "'")
    w = re.sub(r"'s?$", "", w).replace("-", "")
    for e in _BODY_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 5:
            w = w[: -len(e)]
            break
    if w.startswith(_FEDERAL_PREFIX_DE[:-1]):  # "Bundes-", also left as "bunde" by its ending
        rest = w[len(_FEDERAL_PREFIX_DE) - 1 :].removeprefix("s")
        return {"deutsch", _BODY_SYNONYMS.get(rest, rest)} if len(rest) >= 3 else {"deutsch"}
    land = next((v for k, v in _LANDS_DE.items() if w.startswith(k)), None)
    if land is not None:
        return {land}
    country = next((v for k, v in _SAME_BODY.items() if w.startswith(k)), None)
    if country is None:
        return {_BODY_SYNONYMS.get(w, w)}
    return {country, w[:5]} if w.startswith(_OWN_BODY_SEATS) else {country}


def _body_words(text: str | None) -> set[str]:
    """The words of a role mention or role that name the body of the office ("Israeli army spokesman" -> israeli,
    army; "der Sprecher des katarischen Außenministeriums" -> katarisch, aussenministerium; "Kremlsprecher" -> kreml):
    not its role noun, articles, rank words (``_NO_BODY_WORDS``); a German compound's part before its role noun."""
    body = set()
    for w in re.findall(r"[\w’'-]+", text or ""):
        low = w.lower()
        if low in _NO_BODY_WORDS or _body_stems(w) & _NO_BODY_WORDS or not re.search(r"[^\W\d_]", w):
            continue
        if is_role_word(w) and not low.startswith(_BODY_ROLE_WORDS):
            found = [r for r in ROLE_WORDS if r in low]
            head = max(found, key=lambda r: (low.rfind(r) + len(r), len(r))) if found else ""  # the last: "Ministeriums|sprecher"
            w = w[: low.find(head)] if head else ""  # "Ministeriumssprecher" -> "Ministeriums"; "spokesman" -> ""
            if w.lower().startswith(("vize", "vice")):
                w = w[4:]
            if len(w.strip("-")) < 4:
                continue
        body |= _body_stems(w)
    return body


def _body_match(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 3)


def role_points_elsewhere(mention: str, role: str | None, lang: str, holder_text: str = "") -> bool:
    """Whether a role mention cannot be the person holding ``role``: it is indefinite (someone new), it names its own
    person, or both name the same office and the body of the office, each one the other does not ("the Israeli official" is not
    "senior Hamas official Osama Hamdan"; "der Sprecher des katarischen Außenministeriums" not "Ministeriumssprecher
    Aschraf al-Kudra"); "the army spokesman" may be "Israeli army spokesman Daniel Hagari", "the spokesman" anyone's.
    ``holder_text``: the words the text writes with the holder's name; a body word of the mention found there is the
    holder's too ("der Minister der Grünen" after "Wirtschaftsminister Robert Habeck (Grüne)")."""
    if indefinite_role(mention) or names_own_person(mention, lang):
        return True
    if not any(_same_role(h, r) for h in _role_heads(mention) for r in _role_heads(role)):
        return False  # another office ("the Wisconsin Republican" for "House Speaker Paul Ryan"): the role rules decide
    mine, theirs = _body_words(mention), _body_words(role)
    given = _body_words(holder_text)  # what the text writes with the holder's name: "Robert Habeck (Grüne)"
    theirs |= {m for m in mine if any(_body_match(m, g) for g in given)}
    if mine & _LAND_STEMS and not theirs & _LAND_STEMS:
        return True  # "der bayerische Wirtschaftsminister" after "Wirtschaftsminister Robert Habeck": a Land's minister, another
    if not mine or not theirs:
        return False
    countries = set(_SAME_BODY.values())
    if mine & countries and not theirs & countries:
        return True  # "die Sprecherin des ukrainischen Außenministeriums" after "Außenamtssprecherin Maria Sacharowa": whose, unsaid
    return any(not any(_body_match(m, t) for t in theirs) for m in mine) and any(not any(_body_match(m, t) for m in mine) for t in theirs)


_POSITION_TAILS_DE = ("spieler", "spielerin", "torschütze", "torschützin", "profi", "profis", "gewerkschafter",
                      "gewerkschafterin", "wirtschaftsweise", "wirtschaftsweisen")


def position_role(mention: str) -> bool:
    """Whether a role mention is headed by a team position or a member's word ("the captain", "the rival striker",
    "der Bayern-Torschütze", "ein Gewerkschafter"): a team has several, two teams play, a union has many members, so
    such a mention never takes the name of one named before."""
    words = mention.lower().split()
    return bool(words) and (words[-1].endswith(tuple(w + e for w in LOWER_CASE_ROLE_WORDS_EN for e in ("", "s")))
                            or (words[-1].endswith(_POSITION_TAILS_DE) and not words[-1].endswith(_NOT_POSITION_TAILS_DE)))


# a "-spieler" that plays no position in a team: an actor ("die Schauspielerin")
_NOT_POSITION_TAILS_DE = ("schauspieler", "schauspielerin")


def article_gender_clash_de(mention: str, name: str) -> bool:
    """German: whether a role mention's article is of the other gender than the name's first name ("der
    Wirtschaftsweise" is not "Veronika Grimm")."""
    words, first = mention.split(), name.split()[:1]
    return len(words) >= 2 and bool(first) and role_name_gender_clash_de(words[0], words[-1], first[0])


def ends_in_a_name_en(mention: str) -> bool:
    """English: whether a mention read as a role ends in two capitalised words that are no role, institution or
    organisation word after a lower-case word ("British Minister of Sport Lucy Frazer"): it may name its own person, so
    it takes no other entity's name by its role noun."""
    words = mention.split()
    if len(words) < 4 or not any(w.islower() for w in words[:-2]):
        return False
    return all(w[:1].isupper() and w.isalpha() and not is_role_word(w) and w.lower() not in INSTITUTION_WORDS
               and w.lower() not in _ORG_HEADS for w in words[-2:])


def _group_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if not _same_numbers(a, b):
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True  # Kreml / Kremlin, Russland / Russlands
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) <= 1


# German case endings a name takes in running text: genitive -s/-es (des Kremls, des Bundestages),
# dative -e (dem Kremle); stripped only where a stem of four letters or more is left
_CASE_ENDINGS = ("es", "s", "e")


def _stems(name: str) -> set[str]:
    """The folded name and what is left of it without a case ending on its last word."""
    words = name_fold(name).split()
    if not words:
        return set()
    out = {"".join(words)}
    last = words[-1]
    for ending in _CASE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 4:
            out.add("".join(words[:-1]) + last[: -len(ending)])
    return out


def _inflected(name: str, others: Iterable[str]) -> bool:
    """``name`` is another name of the cluster with a case ending added (Kremls, Kremle to Kreml)."""
    key = name_fold(name).replace(" ", "")
    for other in others:
        base = name_fold(other).replace(" ", "")
        if other != name and any(key == base + e for e in _CASE_ENDINGS):
            return True
    return False


def cluster_groups(names: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Institutions and other non-person speakers: (id, canonical name) per name.

    Names are compared on their folded form as one string, and on that form without a German
    case ending (genitive -s/-es, dative -e): equal, within one edit, or one a prefix of the
    other by at most two letters (Kreml / Kremls / Kremle / Kremlin).  Matching is transitive
    (single link over all pairs), so a run gives every form of one institution one id whatever
    the order or frequency of the forms.  The canonical name is the most frequent form that is
    not an inflected form of another one.
    """
    counts = Counter(n for n in names if n)
    order = sorted(counts, key=lambda n: (-counts[n], n))
    stems = {n: _stems(n) for n in order}
    sets = DisjointSets(len(order))  # the one union-find (aligner.graph): roots are smallest members
    find = sets.find

    for i, a in enumerate(order):
        for j in range(i + 1, len(order)):
            if find(i) != find(j) and any(_group_match(x, y) for x in stems[a] for y in stems[order[j]]):
                sets.union(i, j)
    groups: dict[int, list[str]] = defaultdict(list)
    for i, n in enumerate(order):
        groups[find(i)].append(n)
    out: dict[str, tuple[str, str]] = {}
    for members in groups.values():
        canon = sorted(members, key=lambda n: (_inflected(n, members), -counts[n], n))[0]
        gid = "org:" + name_fold(canon).replace(" ", "_")
        for n in members:
            out[n] = (gid, canon)
    return out


def _is_person(sp) -> bool:
    return not (sp.id or "").startswith("org:")

