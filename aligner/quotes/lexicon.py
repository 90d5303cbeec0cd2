"""Word lists for quote extraction: reporting (cue) verbs, roles, pronouns, stop words.

The lists are package data, ``aligner/quotes/lexicon.json`` (with ``speaker_words.json``); this
module reads them once and compiles the cue patterns.

Cue verbs are given as regular expressions over inflected surface forms, with the
lemma they belong to.  German separable verbs (teilte ... mit, wies ... hin) are
matched by their finite part; the particle is picked up by the extractor when it
closes the clause.  ``<... P>`` after a finite part (``(?:wies(?:en)?|weist)<... hin>``)
requires particle ``P`` to close the clause within eight words (``_PARTICLE_GAP``).
"""

from __future__ import annotations

import json
import re


def _load() -> dict:
    from importlib.resources import files

    return json.loads(files("aligner.quotes").joinpath("lexicon.json").read_text(encoding="utf-8"))


_LEX = _load()
# what "<... P>" after a finite verb form in a cue pattern stands for: particle P closes the clause within
# eight words, with no punctuation or marks in between and no "und"/"oder"/"aber"/"sowie" before a lower-case word
_PARTICLE_GAP = r"(?=(?:\s+(?!(?:und|oder|aber|sowie)\s+[a-zäöüß])[^\s,.;:!?„“”\"]+){0,8}?\s+"
# ... or before "und"/"oder"/"sowie" and the next verb ("gab Steinmeier zu und verwies auf …": a particle, a
# preposition never stands right before "und")
_PARTICLE_END = r"(?=\s*(?:[,.;:!?„“”\"(–—]|$)|\s+(?:und|oder|sowie)\s+[a-zäöüß]))"


def _expand(cues: dict[str, str]) -> dict[str, str]:
    return {lemma: re.sub(r"<\.\.\. ([^>]+)>", lambda m: _PARTICLE_GAP + m.group(1) + _PARTICLE_END, pat) for lemma, pat in cues.items()}


# lemma -> surface-form pattern (whole word, case-insensitive); German "ß" also as the Swiss "ss" ("hiess", "äusserte")
CUES_DE: dict[str, str] = {lemma: pat.replace("ß", "(?:ß|ss)") for lemma, pat in _expand(_LEX["cues"]["de"]).items()}
CUES_EN: dict[str, str] = _expand(_LEX["cues"]["en"])
# cue verbs that head a "that/dass" clause only when followed by one (thought verbs are weaker)
WEAK_EN = set(_LEX["weak"]["en"])
WEAK_DE = set(_LEX["weak"]["de"])


def _compile(cues: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    return [(lemma.rstrip("0123456789"), re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])", re.IGNORECASE)) for lemma, pat in cues.items()]


CUE_PATTERNS = {"de": _compile(CUES_DE), "en": _compile(CUES_EN)}
# where any cue of a language starts (zero-width, so every start is found): one pass over a sentence finds
# the places that the per-lemma patterns are then tried at, instead of one scan per lemma
CUE_STARTS = {lang: re.compile(r"(?=(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in cues.values()) + r")(?![\w-]))", re.IGNORECASE)
              for lang, cues in (("de", CUES_DE), ("en", CUES_EN))}
PRONOUNS: dict[str, set[str]] = {k: set(v) for k, v in _LEX["pronouns"].items()}
_UMLAUT_DE = {"au": "äu", "a": "ä", "o": "ö", "u": "ü"}
# the last vowel of a noun and the consonants after it, when that vowel may take an umlaut ("Landrat", "Bischof")
_UMLAUT_SYLLABLE_DE = re.compile(r"(?<![aeiouäöü])(au|[aou])([^aeiouyäöü\W\d]+)$")
# suffixes of nouns that form their plural without an umlaut ("Soldat" -> "Soldaten", "Demokrat", "Kommandant",
# "Virologe", "Fotograf", "Ökonom", "Veteran", "Imam", "Torwart", "Kommissar"), English ones among them
_NO_UMLAUT_DE = re.compile(r"(?:(?<!r)at|[kc]rat|ant|ent|ist|ot|or|on|log|graf|om|an|am|os|art|ar)$")


def umlaut_forms_de(word: str) -> tuple[str, ...]:
    """German plural and feminine forms of a role noun that change its last vowel, which a substring test
    on the singular misses: "landrat" -> "landräte", "landrätin"; "pflegekraft" -> "pflegekräfte";
    "bischof" -> "bischöfe"; "-mann" -> "-männer", "-leute", "-frau".  Forms without an umlaut
    ("Ministerinnen", "Präsidenten", "Sprecher") hold the singular and need none."""
    if word.endswith("mann") and len(word) > 4:
        return word[:-4] + "männer", word[:-4] + "leute", word[:-4] + "frau"
    m = _UMLAUT_SYLLABLE_DE.search(word)
    if m is None or not word.isalpha() or _NO_UMLAUT_DE.search(word):
        return ()
    stem = word[: m.start()] + _UMLAUT_DE[m.group(1)] + m.group(2)
    return stem + "e", stem + "in"


# role nouns (as substrings, lower case): a mention made of these is a role, not a name; with the German
# forms that change the vowel of the singular (umlaut_forms_de)
ROLE_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    [*_LEX["role_words"], *(f for w in _LEX["role_words"] for f in umlaut_forms_de(w))]))
# words that are capitalised but are not a person's name (institutions, days, nationalities)
INSTITUTION_WORDS = set(_LEX["institution_words"])
SURNAME_INSTITUTION_WORDS = frozenset(_LEX["surname_institution_words"])  # "Linda Fox": a person after a first name
ARTICLES = set(_LEX["articles"])
# words that end a speaker noun phrase (prepositions, conjunctions, adverbs, time words)
NP_STOP: dict[str, set[str]] = {k: set(v) for k, v in _LEX["np_stop"].items()}

SUBJUNCTIVE_DE = re.compile(
    r"(?<![\w-])(?:habe|sei|seien|werde|könne|müsse|solle|wolle|dürfe|gebe|bestehe|liege|gehe|stehe|komme|"
    r"brauche|wisse|handle|handele|befinde|plane|arbeite|trage|bleibe|sehe|fehle)(?![\w-])"
)

# abbreviated words before a name, without their dot: office titles ("Gov. Mike Huckabee": a role)
# and honorifics ("Mr.", "Dr.": not a role); their dot ends no sentence, nor do those of NOT_SENTENCE_END
TITLE_ROLE_ABBR = frozenset(_LEX["title_abbreviations"]["role"])
HONORIFIC_ABBR = frozenset(_LEX["title_abbreviations"]["honorific"])
TITLE_ABBR = TITLE_ROLE_ABBR | HONORIFIC_ABBR
# what a German or Austrian academic title may carry after its dot before the name: the faculty or kind of the
# degree ("Dr. med.", "Dr. rer. nat.", "Dr. h.c.", "Mag.(FH)": Fachhochschule)
DEGREE_QUALIFIERS = frozenset(_LEX["title_abbreviations"]["degree_qualifier"])
NOT_SENTENCE_END = TITLE_ABBR | frozenset(_LEX["not_sentence_end"])
# demonstrative determiners by language ("Dieser Arzt", "this senator")
DEMONSTRATIVES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _LEX["demonstratives"].items()}
# English finite auxiliaries and modals: right after a noun phrase they make it the subject of a clause
AUXILIARIES_EN = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does",
                            "do", "may", "might", "must", "should"})


def alternation(words) -> str:
    """A regular-expression alternation of ``words``, longest first (so "Mrs" wins over "Mr")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
