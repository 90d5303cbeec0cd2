"""The ``speaker`` flag: two outlets attribute one quote to different people.

The flag claims a mismatch, so both speakers must be *confident* (``unknown_reason``
says why one is not), and they must resolve to different people (``speaker_verdict``).

A speaker is confident when

- the extractor's rule names the speaker at the quote: at least ``SPEAKER_FLAG_MIN_EN``
  (``quotes.confidence.CONFIDENT``, 0.8: a speech-verb frame, an attribution marker, a
  longer frame, a whole quote continuing an attributed one) on an English side, where
  the parser reads the language it was built for, and ``SPEAKER_FLAG_MIN`` (0.85: a
  frame or a marker at the quote) on any other side;
- it was named in place.  A speaker found through a pronoun is not.  One found through
  a role ("the minister") is, when the name it was resolved to stands in the quote's
  own sentence ("Health Minister Karl Lauterbach ... the minister said"): the role and
  the name are then one mention of one person.  One carried over from the quote before
  (a quote that continues another, ``resolved_from == "context"``) inherits that
  quote's speaker, and counts when that speaker's name stands in the quote's
  surroundings (its sentence or the quotes next to it);
- it is not an organisation, and it reads as a person's name: two to four capitalised
  words in an English article, a listed first name and a surname in any article
  (``full_name``: "FDP-Stadtrat Markus Lang"), or a surname other articles name too
  (``known_surnames``).  A role, a pronoun, an organisation or a lone capitalised word
  ("However", "Woche") is "unknown": it never makes a mismatch.

Two confident speakers are the same person when their names share a word of three or
more letters ("Boris" / "Boris Johnson", "John Patrick" / "Patrick"), and "unknown"
rather than different when either version's surroundings name the other's speaker too
("Peskov said Putin had ..." parsed as Peskov in one outlet and Putin in another): the
outlets name the same people, the extractor chose differently.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..model import QuoteVersion
from ..quotes.confidence import CONFIDENT
from ..quotes.lexicon import ROLE_WORDS
from ..quotes.speakers import (
    FIRST_NAMES_NEAR,
    PARTICLES,
    ROLE_CONFIDENCE_FACTOR,
    address_clash,
    any_first_name_gender,
    first_name_genders_differ,
    first_names_agree,
    initial_class,
    is_article_only_id,
    name_suffix,
    nickname_key,
    person_tokens,
    spelling_key,
    surname_match,
)
from ..text.names import fold_parts, fold_word, folded_words, name_key

SPEAKER_FLAG_MIN = 0.85  # a confident speaker on a non-English side
SPEAKER_FLAG_MIN_EN = CONFIDENT  # ... on an English side
ROLE_FACTOR = ROLE_CONFIDENCE_FACTOR  # a role-resolved speaker's confidence was scaled by it

_NOT_NAMES = {"the", "a", "an", "however", "but", "and", "this", "that", "he", "she", "it", "they", "we", "i", "er",
              "sie", "es", "wir", "ich", "der", "die", "das", "ein", "eine"}

# Head nouns of institutions: "German Trade Association", "Deutsche Presse-Agentur",
# "European Central Bank" are organisations even when the extractor took them for a
# name; an organisation against the person who speaks for it is no mismatch, so
# neither claims one.  Not ``quotes.lexicon.INSTITUTION_WORDS``: that list holds every
# capitalised word that is no name on its own (months, countries, "May", "White"), and
# "Theresa May" or "Jack White" are persons.
_INSTITUTIONS = {
    "association", "society", "service", "bank", "board", "agency", "ministry", "office", "council", "commission",
    "institute", "party", "government", "police", "court", "union", "house", "department", "committee",
    "federation", "company", "group", "authority", "university", "club", "foundation", "league", "organisation",
    "organization", "parliament", "senate", "chamber", "army", "bahn", "welle", "zeitung", "agentur", "verband",
    "ministerium", "behörde", "regierung", "polizei", "gericht", "partei", "institut", "stiftung", "kammer", "verein",
}
_INSTITUTION_ENDS = ("verband", "ministerium", "agentur", "behörde", "gericht", "kammer", "gesellschaft", "zeitung",
                     "dienst")


def _institution(name: str) -> bool:
    toks = [t.lower() for t in re.split(r"[\s\-–]+", name) if t]
    return any(t in _INSTITUTIONS or (len(t) > 9 and t.endswith(_INSTITUTION_ENDS)) for t in toks)


def organisation(v: QuoteVersion) -> bool:
    """Whether ``v``'s speaker is an organisation: an ``org:`` id or an institution's head noun."""
    return (v.speaker_id or "").startswith("org:") or (v.speaker or "").startswith("org:") or _institution(v.speaker or "")


def name_words(text: str | None) -> set[str]:
    """Name keys of the words of ``text`` of three or more letters ("Boris Johnson" ->
    {"boris", "yohnson"})."""
    return {k for t in re.findall(r"\w+", text or "") if len(t) >= 3 and (k := name_key(t))}


def person_part(speaker: str | None) -> str:
    """The name in a speaker phrase: the words after its last role or lower-case word
    ("Federal Minister Andy Beshear" -> "Andy Beshear"); two speakers sharing "Federal"
    or "Minister" are not one person."""
    toks = (speaker or "").split()
    cut = max((n + 1 for n, t in enumerate(toks)
               if not t[:1].isupper() and t.lower() not in PARTICLES or t.lower().startswith(ROLE_WORDS) or t.lower() in _TITLE_WORDS), default=0)
    return " ".join(toks[cut:]) or (speaker or "")


# words of a title before a name that are not in ``quotes.lexicon.ROLE_WORDS``
_TITLE_WORDS = {"federal", "former", "foreign", "health", "interior", "finance", "prime", "vice", "state", "mr", "mrs",
                "ms", "sir", "lord", "lady", "prof", "professor", "dr", "bundes", "bundeskanzler", "staatssekretär"}


def _name_tokens(speaker: str | None) -> list[str]:
    """The words of a speaker's name without its particles ("von", "de", ...)."""
    return [t for t in (speaker or "").split() if t.lower() not in PARTICLES]


def _named_in(v: QuoteVersion, context: str | None) -> bool:
    """Whether ``v``'s speaker's surname (its last name word) stands in ``context``."""
    toks = _name_tokens(v.speaker)
    key = name_key(toks[-1]) if toks else None
    return bool(key) and key in name_words(context)


def _other_named(v: QuoteVersion, other: QuoteVersion, text: str | None) -> bool:
    """Whether ``v``'s speaker is named in ``text`` (a phrase or the surroundings of ``other``):
    its surname, and its first name too when ``other``'s speaker has the same surname ("Joe
    Biden" is not named by "Hunter Biden said")."""
    if not _named_in(v, text):
        return False
    if name_key(v.speaker) != name_key(other.speaker):
        return True
    given = _given(v.speaker or "")
    return given is None or fold_word(given) in folded_words(text)


def unknown_reason(v: QuoteVersion, surnames: set[str] | None = None, context: str | None = None) -> str | None:
    """None when ``v``'s speaker may be used to claim a mismatch; else why not, in a few
    words ("no speaker", "no name found" (a mention only: "he"), "below the bar", "resolved from pronoun", "organisation", "not
    read as a name"; a capitalised name neither an English article nor other articles
    confirm: "one word unconfirmed", "one short word" (of one or two letters, which no count of
    articles confirms), "a name one article gives", "too many words").
    ``context``: the quote's sentence and surroundings."""
    conf = v.speaker_confidence
    name = (v.speaker or "").strip()
    if not name:
        return "no name found" if (v.speaker_mention or "").strip() else "no speaker"
    if (v.speaker_id or "").startswith("org:") and is_article_only_id(v.speaker_id):
        return "company by its kind"  # "the company said", its article naming no one company (fx128)
    how = v.speaker_resolved_from
    if how == "role" and conf is not None and _named_in(v, context):
        conf = conf / ROLE_FACTOR  # the name stands in the sentence: as if named in place
    elif how == "context" and _named_in(v, context):
        pass  # continues a quote whose speaker is named next to it: inherits that speaker
    elif how:
        return f"resolved from {how}"
    bar = SPEAKER_FLAG_MIN_EN if v.language == "en" else SPEAKER_FLAG_MIN
    if conf is not None and conf < bar - 1e-9:
        return "below the bar"
    if (v.speaker_id or "").startswith("org:") or _institution(name):
        return "organisation"
    caps = _name_tokens(name)
    if unlike_a_name(caps):
        return "not read as a name"
    if 2 <= len(caps) <= 4 and (v.language == "en" or full_name(caps)):
        return None
    if len(caps) == 1 and is_article_only_id(v.speaker_id):
        return "first name alone"  # "said Anna": whose Anna, only her own article can tell (fx128)
    # German capitalises every noun ("Tausende Menschen"), and a lone word may be
    # anything: such a speaker counts when other articles name the same person
    if surnames is not None and len(caps[-1]) >= 3 and name_key(caps[-1]) in surnames:
        return None
    if len(caps) == 1:
        return "one short word" if len(caps[-1]) < 3 else "one word unconfirmed"
    return "a name one article gives" if len(caps) <= 4 else "too many words"


def full_name(tokens: Sequence[str]) -> bool:
    """Whether a speaker's name tokens (``_name_tokens``) end in a person's full name: a first
    name either first-name list knows and a surname of three or more letters after it
    ("Markus Lang", "FDP-Stadtrat Markus Lang").  Where German capitalises every noun, such a
    name reads as a person's without a second article; a lone surname or two capitalised
    nouns ("Tausende Menschen") does not."""
    return len(tokens) >= 2 and len(tokens[-1]) >= 3 and "-" not in tokens[-2] \
        and any_first_name_gender(tokens[-2].strip(".")) is not None


def unlike_a_name(tokens: Sequence[str]) -> bool:
    """Whether a speaker's name tokens (``_name_tokens``) cannot be a person's name: there
    are none, or one is not capitalised, is a word no name is, or is a single letter."""
    return not tokens or any(not t[:1].isupper() or t.lower() in _NOT_NAMES or len(t) < 2 for t in tokens)


def speaker_name_confident(v: QuoteVersion, surnames: set[str] | None = None, context: str | None = None) -> bool:
    """Whether ``v``'s speaker may be used to claim a mismatch (``unknown_reason``)."""
    return unknown_reason(v, surnames, context) is None


SURNAME_ARTICLES = 3  # a one-word speaker named so in this many articles counts as a name


def known_surnames(versions: Sequence[QuoteVersion]) -> set[str]:
    """Surname keys that count as names: of multi-word speakers named in two or more
    articles (or in one English article), and of one-word speakers (named in place,
    a person id) that ``SURNAME_ARTICLES`` articles name independently ("said Genth"
    in three outlets)."""
    multi: dict[str, set[str]] = {}
    single: dict[str, set[str]] = {}
    out: set[str] = set()
    for v in versions:
        if v.speaker_resolved_from:
            continue
        toks = _name_tokens(v.speaker)
        k = name_key(toks[-1]) if toks else None
        if not k or not all(t[:1].isupper() for t in toks):
            continue
        if 2 <= len(toks) <= 4:
            multi.setdefault(k, set()).add(v.article_id)
            if v.language == "en":
                out.add(k)
        elif len(toks) == 1 and (v.speaker_id or "").startswith("spk:") and not is_article_only_id(v.speaker_id):  # not "Anna" alone
            single.setdefault(k, set()).add(v.article_id)
    out |= {k for k, arts in multi.items() if len(arts) >= 2}
    out |= {k for k, arts in single.items() if len(arts | multi.get(k, set())) >= SURNAME_ARTICLES or k in out}
    return out


def speaker_verdict(a: QuoteVersion, b: QuoteVersion, surnames: set[str] | None = None,
                    contexts: tuple[str | None, str | None] = (None, None),
                    same: bool | None = None) -> bool | None:
    """True: the same person; False: two confident speakers who are different people;
    None: unknown (one speaker missing or not confident, or the other's speaker named
    around a version too).  ``same``: the linking's own verdict (``clusters.same_speaker``:
    ids, folded names, spelling variants), True wins; by default two speakers whose
    names fold to different keys are not known to be one person."""
    if same is None and a.speaker and b.speaker:
        same = names_verdict(a.speaker, b.speaker)
    if same is True:
        return True
    if not (speaker_name_confident(a, surnames, contexts[0]) and speaker_name_confident(b, surnames, contexts[1])):
        return None
    if _other_named(a, b, b.speaker_mention) or _other_named(b, a, a.speaker_mention):
        return None  # the other's speaker is named in this version's phrase: parsed apart, not a mismatch
    if _other_named(a, b, contexts[1]) or _other_named(b, a, contexts[0]):
        return None  # the other's speaker is named around this version: both outlets name both people
    return False if same is False else None


def pronoun_speakers_differ(a: QuoteVersion, b: QuoteVersion, surnames: set[str] | None = None,
                            contexts: tuple[str | None, str | None] = (None, None)) -> str | None:
    """rv81-7: the pair's "worth a look" speaker difference where ``speaker_verdict`` cannot tell only because one
    side's speaker was found through a pronoun ("..., she said" resolved to the one person its article names): that
    side confident otherwise (at the bar, a person's name), the other named with confidence, the names two people
    (``names_verdict`` False), neither article naming the other's speaker near its quote.  A pronoun is resolved
    across sex or to the wrong one of two people at 0.9 too (so never the serious flag); None where any of this fails
    or both sides came through a pronoun."""
    for p, o, cp, co in ((a, b, contexts[0], contexts[1]), (b, a, contexts[1], contexts[0])):
        if p.speaker_resolved_from != "pronoun" or o.speaker_resolved_from == "pronoun" or not p.speaker or not o.speaker:
            continue
        in_place = dataclasses.replace(p, speaker_resolved_from=None)
        if unknown_reason(in_place, surnames, cp) is not None or unknown_reason(o, surnames, co) is not None:
            continue
        if names_verdict(p.speaker, o.speaker) is not False or _other_named(o, p, cp) or _other_named(p, o, co) \
                or _other_named(p, o, o.speaker_mention):
            continue
        return (f"{p.speaker_mention or 'a pronoun'} (resolved to {p.speaker}, through a pronoun) vs "
                f"{o.speaker_mention or o.speaker}: two people may be given the same words; worth a look, not a "
                "speaker flag (a pronoun may point to another person than the one its article names)")
    return None


# --- one person or two: names alone ------------------------------------------------------------
def _person_words(speaker: str) -> list[str]:
    """The folded words of the person's name in a speaker phrase, hyphenated parts apart
    ("Deputy Foreign Minister Kim Jong-un" -> kim, yong, un)."""
    toks = _person(speaker)
    return [w for t in toks for w in fold_parts(t) if w]


def first_names_clash(a: str, b: str) -> bool:
    """Two written first names of two people: a feminine form of the other or names of two
    genders (Paul / Paula, ``first_name_genders_differ``), or different openings
    (``initial_class``; an initial against its letter) of names far apart after the
    transliteration fold (``first_names_agree``), one of them a listed first name, that are no short form of one
    another, neither standing in the other (Tony / Antony, Yanis / Giannis) nor hyphen parts of
    one name ("Hans-Peter" / "Peter").  Near names with other openings are one name written two
    ways (Hanna / Anna, Hennadij / Gennadi, Olena / Jelena): no clash."""
    fa, fb = fold_word(a), fold_word(b)
    if not fa or not fb or fa == fb:
        return False
    pa, pb = set(fold_parts(a)), set(fold_parts(b))
    if pa & pb or nickname_key(fa) == nickname_key(fb):
        return False
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] != fb[0] and initial_class(fa) != initial_class(fb)
    if first_name_genders_differ(a, b):
        return True
    if fa in fb or fb in fa or Levenshtein.normalized_similarity(fa, fb) >= FIRST_NAMES_NEAR:
        return False
    # far apart with other openings: two people only when one of them is a first name the lists know (Joe / Hunter);
    # two unknown spellings may be one name in two scripts (Dschingis / Genghis): not compared, never a flag
    return initial_class(fa) != initial_class(fb) and (any_first_name_gender(a) is not None or any_first_name_gender(b) is not None)


def _same_surname_verdict(ga: str | None, gb: str | None, clash: bool) -> bool | None:
    """One folded surname: False when the first names clash, True when they agree or one is
    missing, else None (first names near or far that neither clash nor agree: not compared)."""
    if clash:
        return False
    return True if not (ga and gb) or first_names_agree(ga, gb) else None


# forms of address and offices before a surname that no first name is ("Madame Lagarde", "Rabbi
# Goldschmidt", "Parteichef Klingbeil", "Landesvater Kretschmann")
_ADDRESS_WORDS = {"madame", "mme", "monsieur", "signora", "signor", "signore", "baroness", "baron", "rabbi", "pater",
                  "father", "monsignore", "monsignor", "mullah", "imam", "sheikh", "sheikha", "scheich", "emir",
                  "papst", "pope", "kardinal", "cardinal", "bischof", "bishop", "oberst", "colonel", "gen", "rep", "sen", "m",
                  # British styles of address and judges' titles: "Sir Michael Fordham" is "Mr Justice Fordham"
                  "sir", "dame", "lord", "lady", "justice", "hhj"}
_OFFICE_ENDS = ("chef", "chefin", "führer", "führerin", "spieler", "spielerin", "vater", "mutter", "boss", "sprecher",
                "sprecherin", "präsident", "präsidentin", "minister", "ministerin")


def _address_word(token: str) -> bool:
    low = token.lower().strip(".,")
    return low in _ADDRESS_WORDS or len(low) > 5 and low.endswith(_OFFICE_ENDS)


def _person(speaker: str) -> list[str]:
    """``person_tokens`` of a speaker phrase's person, forms of address and offices before the
    surname left out too ("Madame Lagarde" -> Lagarde, "CDU-Chef Merz" -> Merz)."""
    toks = person_tokens(person_part(speaker))
    while len(toks) > 1 and _address_word(toks[0]):
        toks = toks[1:]
    return toks


def _given(speaker: str) -> str | None:
    """The first name of a speaker phrase's person: its first word when a surname follows that
    is not only particles ("Ursula von der Leyen" -> Ursula; "von der Leyen" -> None)."""
    toks = _person(speaker)
    if len(toks) < 2 or toks[0].lower() in PARTICLES:
        return None
    return toks[0].strip(".")


@lru_cache(maxsize=65536)
def names_verdict(a: str, b: str) -> bool | None:
    """Whether two person names name one person, from the names alone: True for one name
    spelled two ways (folded equal, a transliteration of a long surname, a shorter form whose
    words all stand in the longer: "Boris" / "Boris Johnson", "Mohammed bin Salman" / "Mohammed
    bin Salman Al Saud"); False for two people (first names that clash, ``first_names_clash``,
    or surnames that differ beyond a transliteration: Sergei Ryabkov / Sergei Lavrov, Olaf
    Scholz / Martin Schulz); None when the names cannot tell ("Schulz" / "Scholz" alone; Anna
    Schmidt / Anna Schmitt, a letter apart under one first name: a typo or two people; one surname
    under first names that neither clash nor agree, ``first_names_agree``: Hennadij / Gennadi
    Kernes).  "Lula" / "Luiz Inácio Lula da Silva" is True: a shorter form whose words all stand
    in the longer."""
    wa, wb = _person_words(a), _person_words(b)
    if not wa or not wb or _alias(_person(a)) or _alias(_person(b)):
        return None
    if name_suffix(a) != name_suffix(b) and wa == wb:
        return None  # "Donald Trump Jr." / "Donald Trump": the son, or the father; "Martin Luther King" may be Jr. unwritten
    ga, gb = _given(a), _given(b)
    if address_clash(a, gb) or address_clash(b, ga):
        return False  # "Mr Smith" / "Anna Smith": two people (``quotes.speakers`` joins them not)
    clash = bool(ga and gb and first_names_clash(ga, gb) and not _given_among(ga, wb) and not _given_among(gb, wa)
                 and not _initials_of(ga, _person(b)) and not _initials_of(gb, _person(a)))
    sa, sb = fold_word(_person(a)[-1]), fold_word(_person(b)[-1])
    if "".join(wa) == "".join(wb):
        return not clash
    if sa == sb:
        return _same_surname_verdict(ga, gb, clash)
    short = min(len(sa), len(sb))
    sim = Levenshtein.normalized_similarity(sa, sb)
    if short >= 4 and sim >= 0.7:  # "Mohammed" / "Muhammad" (0.71) may be one name spelled two ways
        if clash:
            return False
        if ga and gb and Levenshtein.distance(spelling_key(sa), spelling_key(sb)) <= 1:
            # Schmidt / Schmitt: a spelling that explains the letter is one person; else the names
            # cannot tell (two people, or one outlet's typo or transliteration: Gaddafi / Gadhafi)
            return surname_match(sa, sb) or None
        return True if sim >= 0.75 and (short >= 7 or (ga and gb)) else None  # a short one needs first names
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return not clash
    if sa in wb or sb in wa:
        return None
    return False


def _alias(toks: list[str]) -> bool:
    """A name the words cannot compare: an acronym ("RFK", "AOC") or a kunya ("Abu Mazen")."""
    return len(toks) == 1 and len(toks[0]) >= 2 and toks[0].isupper() or bool(toks) and toks[0].lower() in {"abu", "umm"}


def _given_among(given: str, words: list[str]) -> bool:
    """A first name standing among the other name's words, or a short form of one ("Ukrainian
    Volodymyr Zelensky"; "Ted" / "Rafael Edward Cruz")."""
    g = nickname_key(fold_word(given))
    return g in {nickname_key(w) for w in words}


def _initials_of(given: str, toks: list[str]) -> bool:
    """A first name written as initials in capitals ("JD") that open the other's first names
    ("James David Vance")."""
    firsts = [t for t in toks[:-1] if t.lower() not in PARTICLES]
    return (2 <= len(given) <= 3 and given.isupper() and len(firsts) >= len(given)
            and all(t[:1].upper() == c for t, c in zip(firsts, given)))
