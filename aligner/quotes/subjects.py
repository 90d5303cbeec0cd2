"""The subject of a cue verb or of a frame, in both languages (``_subject_for_cue``,
``_frame_subject``): who speaks in the words around a quote, with the German word-order and English
subject helpers they read."""

from __future__ import annotations

import itertools
import re

from ..model import Quote, Speaker
from .base import _WORD, Cue, _strip_span, _tokens
from .choices import DE
from .lexicon import (
    ARTICLES,
    AUXILIARIES_EN,
    INSTITUTION_WORDS,
    NP_STOP,
    PRONOUNS,
    SUBJUNCTIVE_DE,
    WEAK_DE,
    WEAK_EN,
    alternation,
)
from .marks import QUOTE_CHARS, is_apostrophe
from .phrases import (
    _ABSTRACT_NOUN,
    _MONTH_OR_DAY_EN,
    _NP_END,
    _PARTICIPLE_BY_EN,
    _PARTICIPLE_START,
    _PREPS,
    _SKIP_AFTER_CUE,
    _SKIP_AT_START,
    ABBREVIATION_BRACKET,
    POSSESSIVE_DETERMINERS_DE,
    _np_before_skipping_relative,
    _unknown_lone_noun,
    _with_apposition,
    campaign_after_name_en,
    make_speaker,
    np_after,
    np_before,
    relative_object_en,
)
from .speakers import (
    _BODY_SUFFIX_DE,
    APPOSITION_COMMA,
    DOC_WORDS,
    FIRST_NAMES_BOTH_DE,
    NO_ADJECTIVE_DE,
    NOT_ALONE,
    SPEAKER_PRONOUNS,
    _has_word,
    _office_title_de,
    first_name_gender_de,
    first_name_gender_en,
    is_role_word,
    known_people_word,
    organisation_de,
    parse_mention,
    particle_surname_de,
    plausible_speaker,
    relation_noun_de,
    several_persons,
    several_persons_span,
    tie_noun_de,
)

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
    ("Die Pläne kritisierte der Minister": "der Minister" speaks).  A headline writes the body with no
    article ("Staatsanwaltschaft kritisiert die Richter"): one body noun alone is the subject too."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    if not words or not organisation_de(" ".join(words)):
        return False
    if len(words) > 1 and words[0].lower() not in ("der", "die", "das", "ein", "eine"):
        return False
    if words[0].lower() == "der" and _FEMININE_BODY_DE.search(words[1].lower()):
        return False
    nxt = _WORD.match(text, after[0])
    return nxt is None or nxt.group(0).lower() not in ("der", "ein")


# verbs of saying, warning and criticising whose object names whom they address or target ("Wissenschaft warnt
# Politik", "Nachbarschaft kritisiert Bauprojekt"); not those whose object is what is said ("Sorge äußerte die Ministerin")
_ADDRESSING_CUES_DE = frozenset({"sagen", "warnen", "kritisieren", "loben", "mahnen", "beschuldigen", "widersprechen", "drohen"})
# a singular noun by its ending ("Wissenschaft", "Politik", "Industrie", "Opposition"); no adverb ends so ("Nebenbei": not -bei)
_SINGULAR_NOUN_DE = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:schaft|ung|heit|keit|tät|ion|ik|ie|(?<!b)ei|ur|tum|nis|enz|anz|ment|ismus)")
_SEPARABLE_PARTICLES_DE = frozenset({"an", "auf", "ab", "aus", "ein", "vor", "zu", "hin", "zurück"})


def _noun_opens_headline_de(text: str, start_np: tuple[int, int], cue: Cue, after: tuple[int, int]) -> bool:
    """German: whether one article-less singular noun opening a clause that ends in a colon before the quote
    is the subject of the addressing verb right after it ("Wissenschaft warnt Politik: „…“", "Wirtschaft warnt
    die Regierung:"): a headline puts its subject first (verb second), the noun after the verb is the object,
    unless that one is a nominative ("Politik kritisiert der Verband:") or a particle ends the clause
    ("Zurückhaltung mahnte die Kanzlerin an:": the first noun is the object)."""
    word = text[start_np[0] : start_np[1]]
    form = text[cue.start : cue.end]
    if (cue.lemma not in _ADDRESSING_CUES_DE or not _SINGULAR_NOUN_DE.fullmatch(word) or text[start_np[1] : cue.start].strip()
            or not form[:1].islower() or form.endswith("en") or word.lower() in _SENTENCE_ADVERBS_DE):
        return False  # "Erneut warnt …", "Kürzungen kritisieren …": no singular noun, or a plural verb
    first = _WORD.match(text, after[0])
    if first is None or first.group(0).lower() in ("der", "ein", "er", "sie", "es", "wir", "ich", "ihr", "man"):
        return False
    rest = re.match(r"([^.,;:!?\n" + re.escape(QUOTE_CHARS) + r"]*):\s*[" + re.escape(QUOTE_CHARS) + r"]", text[after[1] :])
    words = _WORD.findall(rest.group(1)) if rest else []
    return rest is not None and not (words and words[-1] in _SEPARABLE_PARTICLES_DE)


# singular nouns of a collective that acts and speaks ("die Wissenschaft", "die Ärzteschaft", "die Landwirtschaft",
# "die Bundespolitik"), not of a thing or a state ("die Meisterschaft", "die Bereitschaft", "die Entscheidung"), nor a
# policy ("die Klimapolitik") or mismanagement ("die Misswirtschaft")
_COLLECTIVE_NOUN_DE = re.compile(r"(?!miss)[a-zäöüß-]*(?:(?:wissen|wirt|gesell|beleg|mann|gewerk|ärzte|lehrer|eltern|anwohner|"
                                 r"bürger|beamten|richter|anwalt|studenten|schüler|nachbar|kauf|arbeitnehmer|arbeitgeber|"
                                 r"verbraucher|ärzte|pfleger|forscher|bauern|unternehmer)schaft|industrie|forschung)"
                                 r"|(?:bundes|landes|kommunal|lokal)?politik")


def _collective_opens_clause_de(text: str, start_np: tuple[int, int], cue: Cue, after: tuple[int, int]) -> bool:
    """German: whether a collective noun with "die" or "das" opening the clause ("Die Wissenschaft warnt die
    Politik: „…“") is the subject of the addressing verb after it, the noun after the verb a thing or
    collective as well ("die Politik", "Politik und Wirtschaft"): with both phrases in a form that may be
    nominative or accusative, German reads the first as the subject; a person or role after the verb
    ("Die Politik kritisierte die Ministerin") or a masculine nominative ("der Verband") speaks instead."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    form = text[cue.start : cue.end]
    if (cue.lemma not in _ADDRESSING_CUES_DE or len(words) != 2 or words[0] not in ("Die", "Das")
            or not words[1][:1].isupper() or not _COLLECTIVE_NOUN_DE.fullmatch(words[1].lower()) or text[start_np[1] : cue.start].strip()
            or not form[:1].islower() or form.endswith("en")):
        return False
    first = _WORD.match(text, after[0])
    if first is None or not (first.group(0) in ("die", "das") or first.group(0)[:1].isupper()):
        return False
    obj = text[after[0] : after[1]]
    return parse_mention(obj, "de")[2] == "group" or bool(_SINGULAR_NOUN_DE.fullmatch(obj))  # "Politik": no surname


def _policy_opens_clause_de(text: str, start_np: tuple[int, int]) -> bool:
    """German: whether the phrase before the verb is a policy ("Die Klimapolitik kritisiert die Opposition"): a
    policy, with its owner or not ("Die Klimapolitik der Regierung"), does not speak, the phrase after the verb
    does; not "die Politik" or "die Bundespolitik" (collectives)."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    return ((len(words) == 2 or (len(words) > 3 and words[2] in ("der", "des"))) and words[0].lower() in ("die", "der")
            and words[1].lower().endswith("politik")
            and not _COLLECTIVE_NOUN_DE.fullmatch(words[1].lower()))


# singular heads German often gives a plural verb (the members act): a quantity, a part, a group or a couple
_QUANTITY_NOUN_DE = re.compile(r"(?:reihe|tel|teil|gros|gruppe|zahl|mehrheit|minderheit|hälfte|menge|masse|dutzend|handvoll|"
                               r"paar|familie|team|duo|trio|schar|prozent|rest|kreis|runde|bündnis|koalition|allianz)$")


def _masculine_nominative_after_de(text: str, start_np: tuple[int, int], cue: Cue, after: tuple[int, int]) -> bool:
    """German: whether the phrase right after a singular verb of saying is a masculine nominative ("der Minister",
    "ein Sprecher", "der Verband") while the phrase before the verb opens with "die" or "das" ("Die Landräte
    kritisierte der Minister", "Die Pläne lobte der Verband"): only the nominative can be the subject."""
    first = _WORD.match(text, start_np[0])
    form = text[cue.start : cue.end]
    if first is None or first.group(0) not in ("Die", "Das") or text[start_np[1] : cue.start].strip() or form.endswith("en"):
        return False
    nxt = _WORD.findall(text, after[0], after[1])
    if len(nxt) < 2 or nxt[0] not in ("der", "ein") or _FEMININE_BODY_DE.search(nxt[1].lower()) or nxt[1].endswith(("in", "innen")):
        return False
    # an acronym after "der" may be feminine, a dative ("widersprach der SPD"): roles and spelt-out bodies only
    return is_role_word(nxt[1]) or (not nxt[1].isupper() and organisation_de(" ".join(nxt[:2])))


def _singular_before_plural_verb_de(text: str, start_np: tuple[int, int], cue: Cue) -> bool:
    """German: whether a singular noun phrase ("Die Wissenschaft", "Der Verband", "Das Ministerium") stands right
    before a finite verb in the plural ("kritisierten", "warnen"): the verb agrees with its subject, so the
    noun phrase is its object ("Die Wissenschaft kritisierten die Grünen: „…“")."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    form = text[cue.start : cue.end]
    if (len(words) < 2 or {"und", "sowie", "oder", "der", "des", "von", "vom", "aus", "unter"} & set(words[1:])
            or text[start_np[1] : cue.start].strip() or not form[:1].islower() or not form.endswith("en")
            or _QUANTITY_NOUN_DE.search(words[1].lower())):
        return False  # "Eine Reihe von Experten warnen", "Das Ehepaar Müller kritisieren": the phrase is the subject
    art = words[0].lower()
    return art in ("der", "das", "ein", "eine") or (art == "die" and len(words) == 2 and bool(
        _SINGULAR_NOUN_DE.fullmatch(words[1]) or re.search(r"(?<!inn)in$|(?:stadt|polizei|partei|firma|bank)$", words[1].lower())))


def _adverb_before_nominative_de(text: str, start_np: tuple[int, int], after: tuple[int, int], cue_start: int, lemma: str = "") -> bool:
    """German: whether the one bare capitalised word before the verb of saying ("Scharf kritisierte",
    "Heftig widersprach") stands before a nominative right after the verb ("er", "wir", "der" before a
    masculine role or body: "der Verband", not "der Ministerin" nor "der Bild"): a clause has one subject,
    so the word before the verb is an adverb or an object."""
    words = _WORD.findall(text, start_np[0], start_np[1])
    if len(words) != 1 or not words[0][:1].isupper() or text[start_np[1] : cue_start].strip():
        return False
    first = _WORD.match(text, after[0])
    if first is None:
        return False
    w = first.group(0)
    if w in ("er", "ich", "wir", "man"):
        return True
    nxt = _WORD.findall(text, after[0], after[1])
    if w[:1].isupper() and w.lower() not in ARTICLES and lemma in _WORDS_ONLY_CUES_DE and _adverb_shaped_de(text, words[0]):
        return True  # "Kühl sagte Fischer:", "Leise sagte Paul Krause:": the name after the adverb speaks
    if w.lower() in ("die", "das") and len(nxt) >= 2 and _adverb_shaped_de(text, words[0]):
        # "Heftig kritisierte die Gewerkschaft", "Scharf kritisierten die Grünen": after an adverb the verb's
        # nominative comes first ("die"/"das" may be either case, so only after a word shaped as an adverb),
        # unless a nominative follows ("Heftig kritisierte die Pläne der Verband")
        later = _WORD.match(text, after[1] + 1) if after[1] < len(text) and text[after[1]] == " " else None
        return nxt[1][:1].isupper() and (later is None or later.group(0) not in ("der", "er", "ein"))
    if w.lower() != "der" or len(nxt) < 2 or _FEMININE_BODY_DE.search(nxt[1].lower()) or nxt[1].endswith(("in", "innen")):
        return False
    return is_role_word(nxt[1]) or organisation_de(" ".join(nxt[:2]))  # "der Verband", "der Minister"; not "der Bild"


# verbs of saying with no person as their object ("Kühl lobte Merkel": Kühl may praise Merkel; "Kühl sagte Fischer" not)
_WORDS_ONLY_CUES_DE = frozenset({"sagen", "erklären", "meinen", "betonen", "ergänzen", "hinzufügen", "erläutern", "bemerken",
                                 "schreiben", "resümieren", "bilanzieren", "urteilen", "konstatieren", "feststellen"})


# adjectives and participles German fronts as adverbs of manner before a verb of saying ("Scharf kritisierte",
# "Verärgert reagierte"), beside the adjective suffixes of _ADVERB_SUFFIX_DE
_MANNER_ADVERBS_DE = frozenset({"scharf", "hart", "klar", "offen", "knapp", "kurz", "massiv", "vehement", "harsch", "anders",
                                "zufrieden", "unzufrieden", "gelassen", "verärgert", "enttäuscht", "erfreut", "besorgt",
                                "empört", "erleichtert", "entsetzt", "erstaunt", "verwundert", "beunruhigt", "überrascht",
                                "irritiert", "alarmiert", "betroffen", "bestürzt", "erbost", "ebenso", "ähnlich", "zurückhaltend",
                                "leise", "kühl", "trocken", "stolz", "sanft", "still", "nüchtern", "streng", "kalt",
                                "froh", "bitter", "spitz", "frech", "schlicht", "direkt", "lapidar", "lakonisch", "knallhart",
                                "kleinlaut", "gefasst", "sichtlich", "hörbar", "müde", "heiter", "barsch", "schroff"})
# "-end", "-rnd", "-lnd": present participles fronted as adverbs ("Lachend", "Zögernd", "Lächelnd")
_ADVERB_SUFFIX_DE = re.compile(r"[a-zäöüß]{3,}(?:ig|lich|isch|bar|sam|haft|weise|[^aeiouäöü]end|[a-zäöüß][rl]nd)")
# nouns and names those suffixes also end ("Gewerkschaft", "Nachbar", "König", "Ludwig", "Jugend"): never an adverb
_NOUN_NOT_ADVERB_DE = re.compile(r"(?:schaft|ung|heit|keit|tät|nachbar|könig|wig|honig|essig|käfig|pfennig|leipzig|danzig|venedig|"
                                 r"abend|jugend|tugend|gegend|elend|legend|ostend|westend|dividend|student|präsident|referent|"
                                 r"dozent|agent|regent|patient|end)$")


def _written_as_surname_de(text: str, word: str) -> bool:
    """German: whether the text writes ``word`` after a first name or title ("Anna Fröhlich", "Minister
    Fröhlich"): a surname however it is shaped (an adjective's "-lich", a noun's "-ung")."""
    return any(is_role_word(m.group(1)) or first_name_gender_de(m.group(1)) is not None
               for m in re.finditer(r"([A-ZÄÖÜ][a-zäöüß-]+)\s+" + re.escape(word) + r"(?![\w-])", text))


def _adverb_shaped_de(text: str, word: str) -> bool:
    """German: whether a capitalised word opening a clause is shaped as an adverb of manner ("Heftig",
    "Deutlich", "Verärgert"): an adjective suffix that no noun ending overrides ("Gewerkschaft",
    "Nachbar"), no first name, role or body ("Ludwig", "Ärzteschaft"), and the text never writes it
    capitalised after another word ("Anna Fröhlich", "kritisierte die Gewerkschaft"): in running text
    an adverb is lower-case except sentence-first, so a word capitalised there is a noun or a name."""
    low = word.lower()
    if low not in _MANNER_ADVERBS_DE and not _ADVERB_SUFFIX_DE.fullmatch(low):
        return False
    if _NOUN_NOT_ADVERB_DE.search(low) or first_name_gender_de(word) or is_role_word(word) or organisation_de(word):
        return False
    return not _written_as_surname_de(text, word) and re.search(r"[\w,-]\s+" + re.escape(word) + r"(?![\w-])", text) is None


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


def _is_weak(lemma: str, lang: str) -> bool:
    return lemma in (WEAK_DE if lang == "de" else WEAK_EN)


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
# verbs that name someone with words in marks ("called X “a liar”", "dubbed X “the boss”"): the noun phrase right
# before the marks is their object, never an inverted subject
_NAMING_CUES_EN = frozenset({"call", "dub", "label", "brand", "term", "name"})
# an auxiliary or copula right after a noun phrase: it opens a clause of its own ("said Paul Quill was")
_AUXILIARY_NEXT_EN = re.compile(r"\s+(?:is|was|were|are|has|had|have|will|would|could|can|should|must|might|did|does)(?![\w’'-])")
_OPENING_MARK_NEXT_EN = re.compile(r"\s*[“\"‘']")


def told_passive_en(text: str, subject: tuple[int, int], cue: Cue) -> bool:
    """English: whether ``cue`` is "told" / "asked" in the passive right after ``subject`` and its auxiliary
    ("Whitaker was told:", "Whitaker was asked by reporters:"): what follows is what the subject heard, never the
    subject's own words; not a subject found elsewhere ("According to the Trump University playbook, his salespersons
    were told, “…”": the playbook's words)."""
    return text[cue.start : cue.end].lower() in ("told", "asked") and _SUBJECT_THEN_BE_EN.fullmatch(text, subject[1], cue.start) is not None


# the auxiliary of a passive right after its subject ("Whitaker was told", "they had been asked")
_SUBJECT_THEN_BE_EN = re.compile(r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|got|gets|get)\s+(?:[a-z]+ly\s+)?")


# a pronoun only ever an object right after the verb, before a word that opens a noun phrase ("entgegnete ihm Reichinnek",
# "sagte uns der Minister"; not "ihr", also a possessive: "sagte ihr Sprecher")
_OBJECT_PRONOUN_AFTER_CUE_DE = re.compile(r"\s+(?:ihm|ihnen|Ihnen|uns|mir|dir|euch)(?=\s+(?:[A-ZÄÖÜ]|(?:der|die|das|ein|eine)\s))")


_WEEKDAYS_DE = frozenset({"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"})
# nouns of idioms with "sagen" ("Bescheid sagen", "Dank sagen"): the verb's object, never part of a name
_SAGEN_IDIOM_NOUNS_DE = frozenset({"Bescheid", "Dank"})


def _without_day_or_idiom_de(text: str, np: tuple[int, int]) -> tuple[int, int] | None:
    """German: the subject after a verb of saying without a weekday before it ("sagte ihm Dienstag Merz": Merz) or the
    noun of an idiom after it ("sagte ihm Merz Dank": Merz); None when nothing else is left ("sagte uns Bescheid")."""
    toks = _tokens(text, np[0], np[1])
    if len(toks) > 1 and toks[0][2] in _WEEKDAYS_DE:  # ("sagte Freitag": the surname)
        toks = toks[1:]
    if toks and toks[-1][2] in _SAGEN_IDIOM_NOUNS_DE:
        toks = toks[:-1]
    return (toks[0][0], toks[-1][1]) if toks else None


# English: the verb of an inverted frame that opens the words before a later cue ("“…,” said Mayor Tom Reed, urging voters
# to “…”": the clause after the first quote's comma is "said Mayor Tom Reed"); the noun phrase is the name after it
_INVERTED_SAY_EN = re.compile(r"(?:said|says|added|adds|told|wrote|writes|asked|asks|explained|noted|argued|insisted|warned|"
                              r"replied|continued)\s+(?=[A-Z]|(?:the|a|an)\s+[a-z])")


def _past_inverted_verb_en(text: str, clause_start: int, span: tuple[int, int]) -> tuple[int, int]:
    """English: ``span`` less a verb of saying that opens it right at its clause's start, the speaker of an inverted
    frame ("said Mayor Tom Reed" before ", urging …" -> "Mayor Tom Reed"); ``span`` itself otherwise."""
    m = _INVERTED_SAY_EN.match(text, span[0], span[1])
    if m is None or text[clause_start : span[0]].strip(" ,\t"):
        return span
    return (m.end(), span[1])


def _subject_for_cue(text: str, cue: Cue, clause_start: int, clause_end: int, lang: str, prefer_after: bool,
                     sent_start: int | None = None) -> tuple[int, int] | None:
    """The speaker noun phrase of ``cue`` inside the clause [clause_start, clause_end)."""
    if cue.lemma == "zitieren" and lang == "de":
        return _quoted_person(text, cue, clause_start, clause_end)
    if lang == "de" and _passive_cue_de(text, clause_start, cue):
        agent = _agent_of_passive_de(text, clause_start, cue.start)  # "Von der Polizei wurde Max Maier gefragt:"
        return (agent.start, agent.end) if agent is not None and agent.start is not None and agent.end is not None else None
    if cue.lemma == "heißen":
        source = _heissen_source_de(text, cue, clause_end) or _fronted_heissen_source_de(text, clause_start, cue)
        if source is not None:
            return source
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
    if lang == "de" and (pron := _OBJECT_PRONOUN_AFTER_CUE_DE.match(text, cue.end, clause_end)) is not None:
        cue = Cue(cue.start, pron.end(), cue.lemma)  # "„…“, entgegnete ihm Reichinnek": the subject after the one told
    after = np_after(text, cue.end, clause_end, lang)
    if lang == "de":
        after = _subject_after_cue_de(text, cue, clause_end, after) or particle_name_after_cue_de(text, cue, clause_end)
        after = _without_day_or_idiom_de(text, after) if after is not None else None
        if after is not None and cue.lemma == "lauten":
            after = _owner_of_view_de(text, after)  # "…“, lautete Anna Webers Kommentar.": Anna Weber
    m_name = _QUOTED_NAME.match(text, cue.end, clause_end) if after is None and lang == "de" else None
    if m_name and m_name.start() == cue.end:
        after = (m_name.start(1), m_name.end(1))  # "schreibt die „Computerwoche“": a paper's name in marks
    if lang != "de":
        if after and ("’s" in (text[after[1] - 2 : after[1]], text[after[1] : after[1] + 2])
                      or "'s" in (text[after[1] - 2 : after[1]], text[after[1] : after[1] + 2])):
            after = None  # "denounced Moreau’s remarks as …", "calling Orlov’s plan …": an owner in the object, not the subject
        if cue.lemma in _ADDRESSEE_CUES_EN:
            after = None  # "X, a local organizer, told the Gazette": who is told, never who speaks
        if after and lang == "en" and cue.lemma in _NAMING_CUES_EN and _OPENING_MARK_NEXT_EN.match(text, after[1]):
            after = None  # "who called Paul Quill “a liar”": the one named so, the object before its name in marks
        if after and lang == "en" and _AUXILIARY_NEXT_EN.match(text, after[1], clause_end):
            after = None  # "who said Paul Quill was “a liar”": the subject of the clause reported, not who speaks
        if after and lang == "en":
            after = _past_and_en(text, after, clause_end)
        if prefer_after and after:
            return after
        m_to = _TO_INFINITIVE.search(text, clause_start, cue.start)
        if m_to and not after:
            # "Mr. Trump was prompted to say", "she went on to add": the subject of the verb before "to"
            return np_before(text, clause_start, m_to.start(), lang)
        before = _np_before_skipping_relative(text, clause_start, cue.start, lang)
        if before is not None and lang == "en":
            before = _past_inverted_verb_en(text, clause_start, before)
            before = _head_before_passive_agent_en(text, clause_start, before, cue.start)
            if _NAME_AND_BEFORE_EN.fullmatch(text, clause_start, before[0]) and _DETERMINER_START_EN.match(text, before[0]):
                return None  # "Tom Reed and a spokesman said": two speakers, neither one alone
        return before or after
    if prefer_after and after:
        return after
    own = _subject_for_cue_de(text, cue, clause_start, after, lang)
    return _owner_of_view_de(text, own) if own is not None and cue.lemma == "lauten" else own  # "Anna Webers Fazit lautete:"


# a clause that opens with a capitalised name and "and" before a subject that opens with a determiner ("Tom Reed and a
# spokesman said"; not "Sales rose in March and the company said")
_NAME_AND_BEFORE_EN = re.compile(r"(?:[^,\n]{0,40},)?\s*(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s+(?:and|&)\s+")
_DETERMINER_START_EN = re.compile(r"(?:a|an|the|his|her|their|two|three|several|other|some)\s")
_AND_DETERMINER_EN = re.compile(r"\s+(?:and|&)\s+" + _DETERMINER_START_EN.pattern)
_AND_CAPITAL_EN = re.compile(r"\s+(?:and|&)\s+(?=[A-Z]|" + _DETERMINER_START_EN.pattern + ")")


def _past_and_en(text: str, after: tuple[int, int], clause_end: int) -> tuple[int, int] | None:
    """English: the subject after a verb of saying when "and" + a capitalised word follows the noun phrase found:
    one word before "and", then a role word and a name ("said Marks and Spencer Chairman Tom Lee"), a firm's
    name: the role and name after it; else several speakers ("said Reed and Tom Lee"): all of them, no one name."""
    m = _AND_CAPITAL_EN.match(text, after[1], clause_end)
    if m is None:
        return after
    rest = np_after(text, m.end() - 1, clause_end, lang="en")
    words = text[rest[0] : rest[1]].split() if rest else []
    role = next((i for i, w in enumerate(words) if is_role_word(w)), None)
    if " " not in text[after[0] : after[1]].strip() and role == 1 and len(words) >= 4 and rest is not None:
        if not _plural_role_en(words[1]) and _AND_CAPITAL_EN.match(text, rest[1], clause_end) is None:
            return rest  # "Procter and Gamble spokesman Tom Lee"
        # "SPD and CDU lawmakers Anna Weber and Tom Hill", "Marks and Spencer executives Tom Lee and Ann Ray": the people
        # named after the plural role speak together, no one of them alone
        first = rest[0] + text[rest[0] : rest[1]].index(words[2], len(words[0]) + len(words[1]) + 1)
        return several_persons_span(text, first, rest[1])
    if rest and several_persons(text[after[0] : rest[1]]):
        return after[0], rest[1]  # "Tom Reed and Ann Lee": the people, whom the mention's parse names no one of
    if parse_mention(text[after[0] : after[1]], "en")[2] == "group":
        return after  # "the Ministry of Trade and Industry": a body whose name goes on with "and"
    return None


def _plural_role_en(word: str) -> bool:
    """English: whether role word ``word`` is a plural ("lawmakers", "officials", "spokesmen"), not "boss", "chairman"."""
    return word.endswith(("men", "people")) or (word.endswith("s") and not word.endswith(("ss", "us")))


# a participle with its agent before the verb: "A letter obtained by Reuters says", "A report commissioned / funded /
# cited / published by X says" (the document speaks, X only ordered, paid for, quoted or printed it); participles of
# authorship ("A statement issued / released / written / signed by X says") are left out: their agent is whose words
# they are
_AUTHORSHIP_PARTICIPLES_EN = (r"issued|released|written|signed|prepared|drafted|sent|posted|authored|delivered|filed|"
                              r"conducted|compiled|made|given|penned|tweeted|submitted|presented|produced")
_PASSIVE_AGENT_EN = re.compile(rf"\s+(?!(?:{_AUTHORSHIP_PARTICIPLES_EN})\s)"
                               r"(?:[a-z]+(?:ed|en|wn)|held|paid|bought|brought|sought|kept|read|led|shown|run|put)\s+by\s+$")


_RELATIVE_THEN_EN = re.compile(r"\s*,?\s*(?:who|which|that)\b")
_AUXILIARY_EN = re.compile(r"(?<![\w-])(?:" + alternation(AUXILIARIES_EN) + r")(?![\w-])")


def _head_before_passive_agent_en(text: str, clause_start: int, before: tuple[int, int], verb: int) -> tuple[int, int]:
    """English: the subject noun phrase of the verb at ``verb`` whose nearest noun phrase before it, ``before``, is the agent of a
    participle other than one of authorship ("A letter from the Legion obtained by The Associated Press warns that …": the letter warns,
    not the Associated Press): the noun phrase that opens the clause up to the participle, when it is one (no
    comma, no auxiliary verb, at most 12 words) and no relative pronoun follows the agent ("remarks made by X, who
    said"); else ``before``."""
    m = _PASSIVE_AGENT_EN.search(text, clause_start, before[0])
    if m is None or m.end() != before[0] or _RELATIVE_THEN_EN.match(text, before[1], verb):
        return before
    head = _strip_span(text, clause_start, m.start())
    words = text[head[0] : head[1]].split()
    if (not words or len(words) > 12 or "," in text[head[0] : head[1]] or not (words[0][:1].isupper() or words[0] in ARTICLES)
            or _AUXILIARY_EN.search(text, head[0], head[1])):
        return before  # "Sanders is disavowing remarks made by X": a clause, no noun phrase
    return head


# the rest of a dative or accusative noun phrase after its article: adjectives, then one noun ("dem Sender", "den Reportern")
_OBLIQUE_NOUN_DE = re.compile(r"(?:\s+[a-zäöüß][\wäöüß-]*)*?\s+[A-ZÄÖÜ][\wäöüß-]*(?=\s+[A-ZÄÖÜ])")
_FOCUS_DE = re.compile(r"\s*(?:[Vv]or allem|[Uu]nter anderem|[Ee]twa|[Ss]ogar|[Gg]erade)\s+(?=[A-ZÄÖÜ])")
# a focus particle opening the clause before a capitalised word: particle and noun phrase share the first place
# before the verb ("Auch Paul Krause sagte:", "Nur Anna Weber widersprach") when no noun phrase follows the verb (one
# that does is the subject: "Auch Ende Mai sagte Paul Krause", "Auch Paul Krause gegenüber sagte die Ministerin")
_FRONTED_FOCUS_DE = re.compile(r"\s*(?:[Aa]uch|[Ee]benfalls|[Ee]benso|[Nn]ur|[Aa]llein)\s+(?=[A-ZÄÖÜ])")
# after the particle: a name or a role (an article, capitalised words), perhaps "hat", then the verb of saying
_FOCUS_NAME_ONLY_DE = re.compile(r"(?:(?:der|die|das)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){1,4}(?:(?:hat|hatte)\s+)?")
# plural time nouns: with "später", "danach", "nachdem" … an adverbial ("Wochen später", "Tage nachdem"), never a speaker
_TIME_NOUNS_DE = r"(?:Sekunden|Minuten|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten)"
# a time adverbial between a verb of saying and its subject ("sagte etwa 20 Minuten später Max Maier", "sagte kurz darauf",
# "sagte Wochen später der Minister", "sagte einen Tag später", "sagte Ende der Woche Max Maier", "sagte Anfang Mai",
# "sagte am Montag der Minister", "sagte am Abend Max Maier")
_TIME_AFTER_CUE_DE = re.compile(
    r"\s*(?:(?:(?:(?:etwa|rund|gut|knapp|fast|nur|erst)\s+)?(?:\d+|eine?[nr]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
    r"zwölf|wenige|einige)\s+(?:Sekunden?|Minuten?|Stunden?|Tag|Tagen?|Wochen?|Monat|Monaten?|Jahr|Jahren?)|kurz|"
    + _TIME_NOUNS_DE + r")\s+(?:später|danach|darauf|zuvor|vorher|früher|lang)|(?:Anfang|Mitte|Ende)\s+(?:(?:der|des|dieser|dieses|"
    r"vergangener|vergangenen|letzter|letzten|nächster|nächsten|kommender|kommenden)\s+(?:Woche|Monats|Jahres|Jahrs)|Januar|Februar|"
    r"März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|am\s+(?:(?:vergangenen|gestrigen|heutigen|späten|frühen|"
    r"folgenden|selben|gleichen)\s+)?(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|"
    r"nachmittag|vormittag|mittag)?|Wochenende|Morgen|Vormittag|Mittag|Nachmittag|Abend)|(?:am\s+\d{1,2}\.|im)\s+(?:Januar|Februar|März|"
    r"April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|in\s+der\s+Nacht(?:\s+(?:zum|zu|auf)\s+(?:den\s+)?"
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag))?)\s+(?=[A-ZÄÖÜ]|(?:der|die|das|ein|eine|niemand)\s)"
    # "sagte am Rande des Gipfels Anna Weber": the occasion's genitive, then the subject; not before "der"/"des", which
    # may be the occasion's own genitive ("am Rande des Treffens der Minister"); a city's adjective before the noun
    # ("der Münchner Sicherheitskonferenz") and a name's genitive after it ("des Besuchs Macrons", "der Beerdigung
    # Paul Krauses") belong to the occasion when a subject follows them
    r"|\s*am\s+Rande\s+(?:des|der|eines|einer)\s+(?:[a-zäöüß-]+\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?[A-ZÄÖÜ][\w-]*\s+"
    r"(?:(?:(?P<gen>(?:[A-ZÄÖÜ][a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]+[^s\W]s)\s+(?=[A-ZÄÖÜ]|(?:der|die|das|ein|eine|seine?|ihre?|dessen|deren)\s))"
    r"|(?=[A-ZÄÖÜ]|(?:die|das|ein|eine)\s))")
# a prepositional phrase of time or occasion between a verb of saying and its subject ("sagte vor einer Woche Anna
# Weber", "sagte nach der Sitzung die Ministerin", "sagte bei einer Pressekonferenz in Berlin Anna Weber"): an article
# (or a number after "vor"), up to two adjectives, one noun, a city after "in"; then a name or a noun phrase that
# opens with no "der"/"des", which may be the noun's own genitive ("nach der Sitzung der Fraktion"); a name's
# genitive after the noun ("nach der Rede Paul Krauses") belongs to the phrase, as after "am Rande"
_PHRASE_AFTER_CUE_DE = re.compile(
    r"\s*(?:(?:vor|nach|bei|während|auf|in)\s+(?:einer|einem|eines|der|dem|den|des)|vor\s+(?:\d+|zwei|drei|vier|fünf|"
    r"sechs|wenigen|einigen))\s+(?:[a-zäöüß-]+\s+){0,2}(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?[A-ZÄÖÜ][a-zäöüß-]+"
    r"(?:\s+in\s+[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"(?:(?:(?P<gen>(?:[A-ZÄÖÜ][a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]+(?:[^s\W]s|[sxzß][’']))\s+"
    r"(?=[A-ZÄÖÜ]|(?:die|das|ein|eine|seine?|ihre?|dessen|deren)\s))|(?=[A-ZÄÖÜ]|(?:die|das|ein|eine)\s))")
# a dative plural of people and its genitive between a verb of saying and its subject ("Vertretern der Presse", "Lesern des Blatts")
_DATIVE_GROUP_DE = re.compile(r"\s*[A-ZÄÖÜ][a-zäöüß]+ern\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]+\s+(?=[A-ZÄÖÜ])")
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


# (a name's particles inside it: "Ursula von der Leyen", "Alexander Van der Bellen", "Karl-Theodor zu Guttenberg")
_NAME_THEN_ARTICLE_DE = re.compile(r"((?:(?:[Vv]on|[Vv]an|de)\s+(?:der\s+)?(?=[A-ZÄÖÜ]))?(?:[A-ZÄÖÜ][\w'’-]+\s+(?:(?:von|vom|van|Van|de|zu)\s+(?:der\s+|den\s+)?(?=[A-ZÄÖÜ]))?){0,3}"
                                   # the last word also an Arabic surname after its article ("Baschar al-Assad der Agentur")
                                   r"(?:(?:al|el|asch|ash|ad|ar|az|adh)-)?[A-ZÄÖÜ][\w'’-]+|(?:der|die)\s+\d{1,3}-[Jj]ährige)"
                                   r"(?<!\b[Vv]an)(?<!\b[Vv]on)\s+(der|dem|den)\s+(?:[a-zäöüß][\w-]*(?:en|e)\s+){0,2}[A-ZÄÖÜ„]")


# a host or interviewer addressed, named by role without an article after the one who speaks ("sagte Scholz Moderatorin
# Caren Miosga", "sagte der Kanzler Moderator Markus Lanz")
_ADDRESSEE_ROLE_DE = re.compile(r"(?:Moderator|Talkmaster|Reporter|Journalist|Interviewer|Gastgeber)(?:in)?")


def _addressee_after_sayer_de(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """German: a surname (or "der/die" and a role) before a host addressed by role ("Scholz Moderatorin Caren Miosga"),
    or a surname the article gives with a listed first name elsewhere before a full name ("Habeck Markus Lanz" after
    "Robert Habeck"): the sayer's span, the rest is the one addressed (a dative); None for any other phrase."""
    toks = _tokens(text, span[0], span[1])
    if len(toks) >= 3 and toks[0][2] in ("der", "die") and is_role_word(toks[1][2]):
        k = 2  # "der Kanzler Moderatorin Caren Miosga"
    elif (len(toks) >= 3 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", toks[0][2]) and not is_role_word(toks[0][2])
          and first_name_gender_de(toks[0][2]) is None and not organisation_de(toks[0][2])):
        k = 1  # a surname ("Scholz"), not "ARD Moderatorin Caren Miosga" (a compound written apart)
    else:
        return None
    rest = [t[2] for t in toks[k:]]
    if not all(w[:1].isupper() for w in rest) or len(rest) < 2:
        return None
    # a one-word sayer only as the surname the article gives elsewhere after a listed first name or a role ("Robert
    # Habeck", "Kanzler Scholz"): "Tagesthemen Moderatorin Caren Miosga" is a title written apart, the host speaks
    known = k == 2 or any((first_name_gender_de(m.group(1)) is not None or is_role_word(m.group(1))) and not span[0] <= m.start() < span[1]
                          for m in re.finditer(r"(?<![\w-])([\w-]+)\s+" + re.escape(toks[0][2]) + r"(?![\w-])", text))
    if known and (_ADDRESSEE_ROLE_DE.fullmatch(rest[0]) or (
            k == 1 and len(rest) == 2 and first_name_gender_de(rest[0]) is not None and not is_role_word(rest[1]))):
        return span[0], toks[k - 1][1]  # "Robert Habeck … sagte Habeck Markus Lanz": Habeck speaks, to Lanz
    return None


def _people_plural_de(word: str) -> bool:
    """German: a plural of a people or role noun in the dative ("Vertrauten", "Journalisten", "Parteifreunden",
    "Mitarbeitern"): a word in -n whose stem (the word, less -n or -en) is a role, kin or people word; or any agent
    noun's dative plural in -ern of a stem of five letters or more ("Unterstützern", "Anhängern", not "Stern", "Kern")."""
    if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{4,}ern", word):
        return True
    if word.endswith(("mann", "in")) and not word.endswith("innen"):
        return False  # "Sprecherin", "Hofmann": a singular (a woman's role, a surname), never a plural told
    return word.endswith("n") and any(is_role_word(w) or known_people_word(w.lower()) or relation_noun_de(w)
                                      for w in (word, word[:-1], word[:-2]))


def without_addressed_people_de(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """German: a name and, last, a plural of people in the dative with no article ("Scholz Vertrauten", "Merz
    Journalisten"): the name alone, the others are the ones told; ``np`` itself for any other phrase."""
    toks = _tokens(text, np[0], np[1])
    if len(toks) < 2 or not _people_plural_de(toks[-1][2]) or toks[0][2].lower() in ARTICLES:
        return np
    if first_name_gender_de(toks[-2][2]) is not None or re.search(r"['’]", text[toks[-2][1] : toks[-1][0]]):
        return np  # "Paul Wintern", "Bürgermeisterin Eva Ostmann": a first name and its surname; "Scholz' Sprecherin"
    if any(not t[2][:1].isupper() for t in toks[:-1]) or is_role_word(toks[-2][2]) or known_people_word(toks[-2][2].lower()):
        return np  # "der Kanzler Journalisten", "Ministerin Vertrauten": not a name right before it ("Kanzler Scholz" is)
    if len(toks) > 2 and toks[-2][2].endswith("er") and first_name_gender_de(toks[-3][2]) is None:
        return np  # "Kroos Münchener Reportern": a town's adjective of the plural, not a surname ("Anna Müller" is)
    return np[0], toks[-2][1]


def _name_before_dative_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: a person's name or an age noun followed by an article and a noun ("sagte Paul Krüger der Zeitung",
    "sagte Anna Weber den Reportern", "sagte Fröhlich dem Sender", "sagte der 47-Jährige der Deutschen
    Presse-Agentur"): the noun phrase after the name is the one addressed, the speaker is the name.  After a name
    of one word only an article that is a dative ("dem"; "der" before a feminine noun): "Fröhlich der Zeitung";
    a host addressed without an article too (:func:`_addressee_after_sayer_de`)."""
    if (sayer := _addressee_after_sayer_de(text, span)) is not None:
        return sayer
    m = _NAME_THEN_ARTICLE_DE.match(text, span[0], span[1])
    if m is None:
        return span
    age = m.group(1)[:1].islower()
    if not age and (is_role_word(m.group(1).split()[-1]) or parse_mention(m.group(1), "de")[2] != "person"):
        return span  # "Sprecher Paul Krüger der Zeitung": role and name; not "Sprecher der Partei"
    if (age or " " not in m.group(1)) and m.group(2) != "dem" and not _feminine_dative_de(text, m.start(2), span[1]) and not (
            m.group(2) == "der" and _OUTLET_ABBREVIATION_DE.match(text, m.end(2), span[1] + 1)):
        return span  # "sagte Fröhlich der Vorsitzende": no dative
    return span[0], m.end(1)


# the abbreviated name of a paper, broadcaster or agency whose noun is feminine, ending the phrase ("sagte Scholz der SZ",
# "der F.A.Z.", "der BamS"): after a surname the outlet addressed (a dative), never part of the name (not "Karl der Große")
_OUTLET_ABBREVIATION_DE = re.compile(r"\s+(?:ARD|BBC|AFP|AP|KNA|APA|SDA|FAZ|FAS|SZ|NZZ|WAZ|HAZ|NOZ|TAZ|BamS|WamS|"
                                     r"F\.\s?A\.\s?Z|F\.\s?A\.\s?S)\.?(?![\w-])")


# masculine nouns with a feminine noun's ending ("der Pinguin", "der Papagei"): a subject after "der"
_MASCULINE_FEMININE_ENDING_DE = ("Pinguin", "Delfin", "Delphin", "Harlekin", "Paladin", "Cousin", "Papagei", "Lakai",
                                 "Hippie", "Junkie", "Yuppie", "Zombie", "Rookie", "Laie", "Spion")
_FEMININE_NOUN_DE = (r"(?:ung|heit|keit|schaft|tion|sion|tät|ei|ie|ik|(?<!e)ur|[a-zäöüß]{2}in|(?<![\w-])Bild|"
                     r"[Zz]eit|[Ww]elt|[Pp]resse|[Ss]tadt|[Pp]ost|[Rr]undschau|Allgemeinen?)(?![\w-])")
# a noun after a capitalised word in -er that is no first name ("Berliner Zeitung", not "Sprecher Martin")
_FEMININE_NOUN_NO_NAME_DE = (r"(?:[A-ZÄÖÜ][\wäöüß-]{2,}(?:ung|heit|keit|schaft|tion|sion|tät)|(?=[A-ZÄÖÜ])[\wäöüß-]*"
                             r"(?:[Pp]olizei|[Zz]eit|[Ww]elt|[Pp]resse|[Ss]tadt|[Pp]ost|[Rr]undschau|Allgemeinen?))(?![\w-])")
# "der"/"einer" before a feminine noun is dative or genitive, never a subject ("erklärte der Zeitung ein Sprecher");
# so before one after an adjective of the weak dative in -en ("der Süddeutschen Zeitung", "der Deutschen Bank"), or
# after a city's adjective in -er ("der Berliner Zeitung"; not "der Sprecher Martin Müller")
_FEMININE_DATIVE_TAIL_DE = (
    r"\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}"
    r"(?:(?:[A-ZÄÖÜ][\wäöüß-]*en\s+){1,2}|(?P<er>[A-ZÄÖÜ][\wäöüß-]*er)\s+(?=" + _FEMININE_NOUN_NO_NAME_DE + r"))?"
    r"(?!(?:" + "|".join(_MASCULINE_FEMININE_ENDING_DE) + r")(?![\w-]))"
    r"(?:[A-ZÄÖÜ][\wäöüß-]+\s+(?=(?:Bild|Zeitung|Welt|Presse|Post|Rundschau)(?![\w-])))?"  # "der Sport Bild": a two-word title
    r"(?=[A-ZÄÖÜ])[\wäöüß-]*" + _FEMININE_NOUN_DE)
_FEMININE_DATIVE_DE = re.compile(r"(?:der|einer)" + _FEMININE_DATIVE_TAIL_DE)
# the same phrase opening a main clause before its finite verb: a fronted dative ("Der Zeitung hat die Ministerin gesagt")
_FRONTED_FEMININE_DATIVE_DE = re.compile(r"(?:Der|Einer)" + _FEMININE_DATIVE_TAIL_DE)


# "der" before the abbreviated name of a broadcaster, paper, agency or party whose noun is feminine ("die ARD", "die
# dpa", "die SPD") followed by a name or another noun phrase ("sagte der ARD Paul Krause", "sagte am Montag der dpa
# die Ministerin"): the one addressed, a dative; a masculine or neuter one after "der" is the subject ("warnte der
# BND die Ministerin", "teilte der DGB … mit"), and so is any abbreviation not known to be feminine
_FEMININE_ABBREVIATIONS_DE = frozenset({
    "ARD", "BBC", "dpa", "DPA", "AFP", "AP", "KNA", "APA", "SDA", "FAZ", "FAS", "SZ", "NZZ", "WAZ", "HAZ", "taz", "TAZ",
    "NOZ", "SPD", "CDU", "CSU", "FDP", "AfD", "NPD", "ÖVP", "SPÖ", "FPÖ", "SVP", "EU", "UN", "UNO", "WHO", "OECD",
    "EZB", "EKD", "UEFA", "FIFA", "DFL", "IHK", "GEW", "GdP", "BA", "DB"})
_ACRONYM_DATIVE_DE = re.compile(r"der\s+(?P<abbr>" + "|".join(sorted(_FEMININE_ABBREVIATIONS_DE, key=len, reverse=True))
                                + r")(?=\s+(?:(?P<art>der|die|das|ein|eine)\s|(?P<word>[A-ZÄÖÜ][a-zäöüß-]+)))")


def _acronym_dative_de(text: str, a: int, b: int) -> re.Match[str] | None:
    """German: :data:`_ACRONYM_DATIVE_DE` at ``a`` (a feminine abbreviation only) when the word after it opens a
    noun phrase of its own: an article or a known first name ("der ARD Paul Krause"; not "der SPD Vorsitzende",
    nor "der BND die Ministerin": a masculine subject)."""
    m = _ACRONYM_DATIVE_DE.match(text, a, b)
    if m is None or not (m.group("art") or first_name_gender_de(m.group("word")) is not None):
        return None
    return m


# masculine abbreviated names of bodies ("der BND", "der ADAC", "der BR"): after "der" the subject; a name or a noun
# phrase right after one is the one addressed or the object ("versicherte der ADAC Anna Weber", "sagte der BND der Zeitung")
_MASCULINE_ABBREVIATIONS_DE = frozenset({
    "BND", "MAD", "ADAC", "ADFC", "DGB", "DFB", "DOSB", "DBB", "DJV", "NDR", "WDR", "BR", "MDR", "SWR", "HR", "RBB",
    "DLF", "ORF", "SRF", "IWF", "BGH", "BFH", "BSG", "DWD", "TÜV", "BDI", "BDA", "VDA", "VDI", "VDMA", "BUND", "NABU",
    "DIHK", "ZDH", "BVB", "HSV"})
_MASCULINE_ACRONYM_SUBJECT_DE = re.compile(r"der\s+(?:" + "|".join(sorted(_MASCULINE_ABBREVIATIONS_DE, key=len, reverse=True))
                                           + r")(?=\s+(?:(?:der|die|das|dem|den|ein|eine|einer|einem)\s|(?P<word>[A-ZÄÖÜ][a-zäöüß-]+)))")


def _masculine_acronym_subject_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: "der BND" and the like (:data:`_MASCULINE_ABBREVIATIONS_DE`) before an article or a known first
    name in one noun phrase ("der ADAC Anna Weber", "der BND der Zeitung"): the subject is the abbreviation alone."""
    m = _MASCULINE_ACRONYM_SUBJECT_DE.match(text, span[0], span[1])
    if m is None or (m.group("word") and first_name_gender_de(m.group("word")) is None):
        return span
    return span[0], m.end()


def _feminine_dative_de(text: str, a: int, b: int) -> re.Match[str] | None:
    """German: the dative (or genitive) phrase of a feminine noun at ``a`` (:data:`_FEMININE_DATIVE_DE`), or of
    an abbreviated name before a second noun phrase (:data:`_ACRONYM_DATIVE_DE`); none when the word in -er
    before the noun is a role ("der Trainer Hartung": role and surname)."""
    m = _FEMININE_DATIVE_DE.match(text, a, b)
    if m is None:
        return _acronym_dative_de(text, a, b)
    return None if m.group("er") and is_role_word(m.group("er")) else m


def _fronted_feminine_dative_de(text: str, a: int, b: int) -> re.Match[str] | None:
    """German: a feminine noun's dative phrase opening a main clause at ``a`` ("Der Zeitung hat …", "Der
    Deutschen Presse-Agentur sagte …"); none after a role in -er ("Der Trainer Hartung")."""
    m = _FRONTED_FEMININE_DATIVE_DE.match(text, a, b)
    if m is None:  # "Der ARD sagte Paul Krause", "Der „Bild“ sagte …": before the verb (at ``b`` or after it)
        t = _FRONTED_TITLE_DATIVE_DE.match(text, a, b)
        return t if t is not None and text[t.end() :].lstrip()[:1].islower() else None
    return None if m.group("er") and is_role_word(m.group("er")) else m


# a feminine abbreviation or a paper's title in quotation marks whose noun is feminine ("die „Bild“", "die „Zeit“")
# after "Der" right before the finite verb: a fronted dative ("Der ARD sagte Paul Krause"; "Der „Spiegel“ berichtete"
# is the subject: masculine)
_FRONTED_TITLE_DATIVE_DE = re.compile(
    r"Der\s+(?:(?:" + "|".join(sorted(_FEMININE_ABBREVIATIONS_DE, key=len, reverse=True)) + r")|[„\"»](?:Bild|taz|"
    r"[^„“”\"»«]{0,40}?" + _FEMININE_NOUN_DE + r")[“”\"«])(?![\w-])")


def _subject_after_finite_verb_de(text: str, a: int, b: int) -> tuple[int, int] | None:
    """German: the noun phrase right after the finite verb that follows a fronted object ending at ``a``
    ("Der Zeitung hat | die Ministerin | gesagt"); none where no lower-case verb follows the object."""
    verb = _WORD.search(text, a, b)
    if verb is None or text[a : verb.start()].strip() or not verb.group(0)[:1].islower():
        return None
    return np_after(text, verb.end(), b, "de", at_start=True)


_ZUFOLGE_DE = re.compile(r"\s+zufolge(?=\s)")


def _subject_after_source_de(text: str, start_np: tuple[int, int], cue_start: int, after: tuple[int, int] | None) -> tuple[int, int] | None:
    """German: the clause's own subject after "X zufolge" ("Der Staatsanwaltschaft zufolge sagte der Angeklagte",
    "Medienberichten zufolge hat Paul Krüger gesagt"): "X zufolge" names the source of the report, the subject
    of the verb of saying is who speaks; None where the phrase before the verb is no "X zufolge" or the clause
    names no subject of its own."""
    m = _ZUFOLGE_DE.match(text, start_np[1], cue_start)
    if m is None:
        return None
    if not text[m.end() : cue_start].strip():
        return after
    return _subject_after_finite_verb_de(text, m.end(), cue_start)


def _surname_before_object_de(text: str, np: tuple[int, int]) -> tuple[int, int]:
    """German: "schloss Geywitz Gespräche … nicht aus": two bare capitalised words after the verb whose first
    the text writes elsewhere after another name ("Klara Geywitz") and alone ("sagte Geywitz in"), the pair
    nowhere else, are the subject and the object: the speaker is the surname alone."""
    words = list(_WORD.finditer(text, np[0], np[1]))
    if len(words) != 2 or not all(w.group(0)[:1].isupper() for w in words) or is_role_word(words[0].group(0)):
        return np
    first = words[0].group(0)
    if first_name_gender_de(first) is not None or text.count(text[np[0] : np[1]]) > 1:
        return np
    alone = re.search(r"(?<![\w-])" + re.escape(first) + r"\s*(?:[,.;:]|\s[a-zäöüß])", text)
    before = re.finditer(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+)\s+" + re.escape(first) + r"(?![\w-])", text)
    surname = any(m.group(1).lower() not in ARTICLES and not is_role_word(m.group(1)) for m in before)
    return (np[0], words[0].end()) if alone and surname else np


_ROLE_OWNER_DE = re.compile(r"(?:der|die|ein|eine)\s+(?P<role>[A-ZÄÖÜ][\wäöüß-]+)\s+(?P<first>[A-ZÄÖÜ][a-zäöüß-]+)\s+"
                            r"(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?(?P<last>[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß])$")


def _role_before_owner_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: a role noun and a person's name in the genitive ("der Anwalt Paul Krauses"): the name owns the
    role, the speaker is the role ("der Anwalt").  A name that ends in -s may be a nominative ("der Anwalt
    Paul Martens"): kept when that form stands elsewhere in the text, else unsure, the role only.  A name with
    an apostrophe after it ("der Sprecher Olaf Scholz’") is surely a genitive."""
    m = _ROLE_OWNER_DE.match(text[span[0] : span[1]])
    if m is None or not is_role_word(m.group("role")) or first_name_gender_de(m.group("first")) is None:
        return span
    last = m.group("last")
    if text[span[1] : span[1] + 1] in ("’", "'") and last[-1] in "sxzß":
        return span[0], span[0] + m.end("role")
    if not re.search(r"[^aiouysx]s$", last) or re.search(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text[: span[0]] + text[span[1] :]):
        return span  # "Paul Martens" named elsewhere: a nominative
    return span[0], span[0] + m.end("role")


def _subject_after_phrase_de(text: str, start: int, clause_end: int) -> tuple[int, int] | None:
    """German: the subject after a prepositional phrase (:data:`_PHRASE_AFTER_CUE_DE`) at ``start``, only when it
    opens with a first name, a role word or "die"/"das"/"ein"/"eine" and closes the clause ("sagte nach der Sitzung
    Anna Weber."): a capitalised word after the phrase's noun may still belong to it ("vor dem Amtsgericht Köln die
    Angeklagte", "nach dem Treffen Putin Anna Weber"); none then, nor for a name that holds a second first name
    after a surname (two people glued)."""
    span = np_after(text, start, clause_end, "de", at_start=True)
    if span is None or not re.match(r"\s*(?:[.,;:!?]|$)", text[span[1] : clause_end]):
        return None
    words = text[span[0] : span[1]].split()
    first = words[0]
    if not (first in ("die", "das", "ein", "eine") or is_role_word(first) or first_name_gender_de(first) is not None):
        return None
    firsts = [first_name_gender_de(w) is not None for w in words]
    if any(firsts[k] and not firsts[k - 1] for k in range(2, len(words))):
        return None  # "Paul Kurz Anna Weber": two names
    return _role_before_owner_de(text, _name_before_dative_de(text, span))  # "Paul Krause der Zeitung": the name


def _subject_after_cue_de(text: str, cue: Cue, clause_end: int, after: tuple[int, int] | None) -> tuple[int, int] | None:
    """German: the noun phrase after a verb of saying that may be its subject: none in the dative or
    accusative ("kritisierte den Plan"), but the noun phrase after one ("sagte dem Sender Max Maier");
    after a focus phrase ("sagte vor allem Max Maier") or a time adverbial ("sagte Wochen später Max Maier") the
    phrase's noun phrase, read as right after the verb ("sagte am Dienstag der Zeitung ein Sprecher": the
    dative recipient is addressed, the noun phrase after it speaks)."""
    time = _TIME_AFTER_CUE_DE.match(text, cue.end, clause_end)
    if time is None and (phrase := _PHRASE_AFTER_CUE_DE.match(text, cue.end, clause_end)) is not None:
        return _subject_after_phrase_de(text, phrase.end(), clause_end)
    if time and time.group("gen") and first_name_gender_de(time.group("gen").split()[-1]) is not None:
        return None  # "am Rande des Gipfels Hans Weiss": a first name, no genitive of the occasion; unsure, no one
    if after is not None:
        after = _owner_then_role_de(text, after, clause_end)
    dative = _DATIVE_GROUP_DE.match(text, time.end() if time else cue.end, clause_end)
    if dative:  # "sagte Vertretern der Presse Paula Krause": the object first, the subject after it
        return np_after(text, dative.end(), clause_end, "de", at_start=True)
    if time:  # "sagte am Dienstag der Zeitung ein Sprecher": after the adverbial as right after the verb
        after = np_after(text, time.end(), clause_end, "de", at_start=True)
        after = _owner_then_role_de(text, after, clause_end) if after is not None else None
    if after is not None:
        first = _WORD.match(text, after[0])
        if first is None or (first.group(0).lower() not in _OBLIQUE and not _feminine_dative_de(text, after[0], after[1])
                             and not _acronym_dative_de(text, after[0], clause_end)):
            after = _surname_before_object_de(text, _name_before_dative_de(text, _masculine_acronym_subject_de(text, after)))
            after = without_addressed_people_de(text, after)  # "„…“, sagte Scholz Vertrauten.": Scholz, to them
            after = _body_before_object_de(text, after)  # "lobte die Stadtverwaltung Paul Krüger": the body only
            return _one_person_de(text, _role_before_owner_de(text, after))
        fem = _feminine_dative_de(text, after[0], clause_end)  # "der Süddeutschen Zeitung": the whole phrase
        obj_end = fem.end() if fem else (m.end() if (m := _OBLIQUE_NOUN_DE.match(text, first.end(), clause_end)) else None)
        nxt = np_after(text, obj_end, clause_end, "de", at_start=True) if obj_end is not None else None
        # only a phrase that closes the clause: "traf den Minister Paul Krüger keine Schuld" names the object
        return nxt if nxt and re.match(r"\s*(?:[.,;:!?]|$)", text[nxt[1] :]) else None
    age = _AGE_NOUN_AFTER_CUE_DE.match(text, cue.end, clause_end)
    if age:
        return age.start(1), age.end(1)  # "fragte die 17-Jährige": an age noun, which np_after does not read
    focus = _FOCUS_DE.match(text, cue.end, clause_end)
    m = focus or _ES_AFTER_CUE_DE.match(text, cue.end, clause_end)
    np = np_after(text, m.end(), clause_end, "de", at_start=True) if m else None
    return np if focus or np is None else one_np_after_es_de(text, np, clause_end)


_ARTICLE_DE = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen"})
# another noun phrase right after the subject read after an object "es": a dative, so the order is unsure
_SECOND_NP_DE = re.compile(r"\s+(?:(?:der|die|das|dem|den|ein|eine|einer|einem|einen)\s+|[A-ZÄÖÜ])")


def one_np_after_es_de(text: str, np: tuple[int, int], end: int, strict: bool = False, es: bool = True) -> tuple[int, int] | None:
    """German: the subject after an object "es" ("so erklärte es Paul Krause", "wie es die Regierung mitgeteilt
    hatte") is one noun phrase; two of them ("es die Polizei Paul Krause", "es Anna Weber Paul Krause", "es Anna
    Weber der Zeitung"), one of them a dative in either order: None, never the two read as one name.  After "es" two
    words with no listed first name are two surnames ("es Weber Krause"); ``es`` False (a relative clause) keeps them."""
    words = text[np[0] : np[1]].split()
    if words and words[0].lower() in _ARTICLE_DE:
        head = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
        tail = list(itertools.takewhile(lambda w: w[:1].isupper(), words[head + 1 :]))
        if tail and (strict or not is_role_word(words[head])) and (len(tail) >= 2 or first_name_gender_de(tail[0]) is not None):
            return None  # "die Polizei Paul Krause": a body, then the one it told; not "die Deutsche Bank"
        return None if _SECOND_NP_DE.match(text, np[1], end) else np
    while len(words) >= 3 and words[0].endswith("-") and words[1] in ("und", "oder", "sowie"):
        words = words[2:]  # "Porsche- und VW-Chef Oliver Blume": the first half of one title of two compounds
    while len(words) >= 2 and not strict and (is_role_word(words[0]) or _office_title_de(words[0])):
        words = words[1:]  # "Bundeskanzler Olaf Scholz", "SP-Nationalrat Paul Krause": a role and a name
    # a first name after a word that is none opens a second name ("Anna Weber Paul Krause"; not "Hans Dieter Pötsch")
    if len(words) >= 2 and (len(words) >= 4 or any(first_name_gender_de(w) is not None and first_name_gender_de(p) is None for p, w in itertools.pairwise(words))
                              or (es and first_name_gender_de(words[0]) is None)):
        return None  # "Anna Weber Paul Krause", "Weber Krause": two names
    return None if _SECOND_NP_DE.match(text, np[1], end) else np


def two_phrases_de(text: str, np: tuple[int, int]) -> bool:
    """German: the subject of a "wie X sagte" / "so X" frame reads as two noun phrases ("die Polizei Anna Weber",
    "Anna Weber Paul Krause"): one_np_after_es_de's test with no dative after it; an apposition after a comma is one,
    and so is an article's phrase with no first name in it."""
    words = text[np[0] : np[1]].split()
    if "," in text[np[0] : np[1]] or (words[0].lower() in _ARTICLE_DE and all(first_name_gender_de(w) is None for w in words[1:])):
        return False  # "die Neue Osnabrücker Zeitung": one name; "die Polizei Anna Weber" holds a first name
    j = 1  # "Gassers langjähriger Weggefährte Markus Caduff": adjectives before the owner's role or tie
    while j < min(3, len(words) - 1) and re.fullmatch(r"[a-zäöüß][\w-]*(?:e|er|es)", words[j]) and words[j] not in NO_ADJECTIVE_DE:
        j += 1
    if len(words) >= j + 2 and re.fullmatch(r"[A-ZÄÖÜ][\w-]*(?:s|’|')", words[0]) and first_name_gender_de(words[0]) is None and (
            (is_role_word(words[j]) and not organisation_de(words[j])) or relation_noun_de(words[j]) or (j > 1 and tie_noun_de(words[j]))):
        return False  # "Habecks Sprecherin Anna Lenz", "Merz’ Sprecher Steffen Kraus": an owner's role and its holder's name
    return one_np_after_es_de(text, np, np[1], es=False) is None


# a role after an owner's genitive in -s and an adjective ("Deutschlands oberster Polizist", "Frankreichs neue Premierministerin")
_OWNER_ADJECTIVE_ROLE_DE = re.compile(r"\s+(?:[a-zäöüß][\wäöüß-]*(?:e|er|es)\s+){1,2}([A-ZÄÖÜ][\w-]+)")
# (a strong ending: after a bare genitive an adjective in -en is no nominative's, "sagte Kroos englischen Reportern")


# a person's name after the noun of a role or tie, closing the clause or before a lower-case word ("sagte Gassers
# langjähriger Berater Markus Caduff", "… Markus Caduff am Montag"); group 1 the name
_NAME_AFTER_OWNED_ROLE_DE = re.compile(r"\s+((?:[A-ZÄÖÜ][a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]*[a-zäöüß])"
                                       r"(?=\s*(?:[.,;:!?)]|$)|\s+[a-zäöüß])")


def _owner_then_role_de(text: str, np: tuple[int, int], end: int) -> tuple[int, int]:
    """German: a lone capitalised word in -s (a place's, a body's or a person's genitive) followed by adjectives and a
    role or tie ("sagte Deutschlands oberster Polizist", "sagte Gassers langjähriger Weggefährte"): the phrase up to
    the noun, not the owner alone; on to the name after the noun when one follows ("sagte Gassers langjähriger Berater
    Markus Caduff": he speaks, the owner never).  A noun of neither kind is read on only before a listed first name."""
    word = text[np[0] : np[1]]
    if " " in word or not re.fullmatch(r"[A-ZÄÖÜ][\w-]*s", word):
        return np
    m = _OWNER_ADJECTIVE_ROLE_DE.match(text, np[1], end)
    if m is None or any(w.lower() in NO_ADJECTIVE_DE or w in POSSESSIVE_DETERMINERS_DE for w in text[np[1] : m.start(1)].split()):
        return np  # "sagte Kroos seiner Frau Jessica": the one spoken to, in the dative (rt32-8)
    noun = m.group(1)
    name = _NAME_AFTER_OWNED_ROLE_DE.match(text, m.end(1), end)
    if name is not None and not all(w[:1].isupper() and not is_role_word(w) and w.lower() not in ARTICLES for w in name.group(1).split()):
        name = None
    if tie_noun_de(noun):
        return (np[0], name.end(1) if name is not None else m.end(1))
    if name is not None and first_name_gender_de(name.group(1).split()[0]) is not None and len(name.group(1).split()) >= 2:
        return (np[0], name.end(1))  # "sagte Gassers treue Begleiterin Anna Caduff": the woman named speaks
    return np


# a pronoun that is only ever nominative right after the finite verb in second place: the clause's subject, so
# the word before the verb is none ("Vorab kann ich sagen", "Häufig wünsche ich mir", "Das hat er gesagt"); right
# after the clause's first word, that word is the finite verb ("Komme ich noch ans Ziel?")
_NOMINATIVE_AFTER_VERB_DE = re.compile(r"(?:\s+(?!(?:und|oder|sowie|aber|als|wie|noch|nicht)\s)[a-zäöüß]+)?\s+(ich|du|er|wir|man)(?=[\s,]|$)")


# a surname that opens with a noble or a Dutch particle ("von der Leyen", "Von der Leyen", "de Maizière", "zu Guttenberg");
# the particle is lower case inside a clause
_PARTICLE_NAME_DE = r"(?:[Vv]on(?:\s+(?:der|den|dem|und\s+zu))?|[Vv]an(?:\s+(?:der|den|de))?|[Dd]e|[Zz]u)\s+[A-ZÄÖÜ][a-zäöüßéè]+(?:-[A-ZÄÖÜ][a-zäöüßéè]+)?"
# after a verb of saying, such a name closing the clause, alone or before a phrase of time or place ("sagte von der
# Leyen am Montag in Brüssel"): a verb of saying has a subject, and a prepositional phrase alone is none
_TIME_OR_PLACE_TAIL_DE = r"(?:\s+(?:am|im|in|heute|gestern|zuletzt|erneut|dazu|auch|bereits|nochmals)(?:\s+[A-ZÄÖÜ][\w-]*)*)*\s*"
_PARTICLE_NAME_AFTER_CUE_DE = re.compile(r"\s+(" + _PARTICLE_NAME_DE + r")" + _TIME_OR_PLACE_TAIL_DE + r"(?=[.,;:!?]|$)")
# before one, the name alone before the finite verb, nothing but such a phrase after it ("Von der Leyen betonte:",
# "Von der Leyen hat am Montag gesagt:"); not "von" alone before a capital ("Von Berlin sagte:" may name a place)
_PARTICLE_NAME_BEFORE_CUE_DE = re.compile(r"\s*(?![Vv]on\s+(?!der|den|dem|und)\w)(" + _PARTICLE_NAME_DE + r")\s+(?:(?:hat|hatte|habe)" + _TIME_OR_PLACE_TAIL_DE + r")?")
_NOTHING_AFTER_CUE_DE = re.compile(_TIME_OR_PLACE_TAIL_DE + r"[,:]")
# after the verb of saying, perhaps a phrase of time or place, then its words (a colon, a comma, a quotation mark)
_FOCUS_WORDS_NEXT_DE = re.compile(_TIME_OR_PLACE_TAIL_DE + r"(?:[:,]|[„\"»«])")
# no subject needed ("Von der Regierung verlautete:"), or "von" opens what is spoken of ("berichtete von der Reise")
_NO_PARTICLE_NAME_CUES_DE = frozenset({"heißen", "verlauten", "berichten", "erzählen", "sprechen", "reden", "schwärmen", "rufen"})


def _particle_name_de(m: re.Match[str] | None, cue: Cue) -> tuple[int, int] | None:
    """The span of group 1 of ``m`` when it reads as a person's surname ("von der Leyen"; "von der Regierung" no)."""
    if (m is None or cue.lemma in _NO_PARTICLE_NAME_CUES_DE or not particle_surname_de(" ".join(m.group(1).split()))
            or parse_mention(m.group(1), "de")[2] != "person"):
        return None
    return m.start(1), m.end(1)


def particle_name_after_cue_de(text: str, cue: Cue, clause_end: int) -> tuple[int, int] | None:
    """German: a surname with a particle right after a verb of saying that has no other subject ("…“, sagte von der
    Leyen.")."""
    m = _PARTICLE_NAME_AFTER_CUE_DE.match(text, cue.end, clause_end + 1)
    return _particle_name_de(m, cue) if m is not None and m.end() <= clause_end + 1 else None


# a finite auxiliary or modal, lower case, opening the frame after a quote before the participle or infinitive of the
# verb of saying ("„…“, hat Paul Krause gesagt", "soll der Minister gesagt haben"); no passive auxiliary (werden, sein)
# ("hätte X sagen sollen", "könnte X gesagt haben": what was not or may not have been said, no speaker)
_AUX_FIRST_DE = re.compile(r"\s*(?:hat|hatte|hatten|haben|habe|soll|sollen|sollte|sollten|will|wollte|wollten|"
                           r"muss|musste|müsse)\s+(?=\S)")
# who is told, not who tells ("musste sich Paul Krause sagen lassen", "hat sich X erklären lassen")
_TOLD_DE = re.compile(r"(?<!\w)sich\s")


def _subject_after_aux_de(text: str, a: int, cue_start: int) -> tuple[int, int] | None:
    """German: the subject right after the auxiliary of such a frame, a name, a role, a body or "er"/"sie"; an
    object first ("hat den Minister Paul Krause kritisiert") or anything unsure: None."""
    if _TOLD_DE.search(text, a, cue_start):
        return None  # "musste sich Paul Krause sagen lassen": Paul Krause is told
    m = re.match(r"\s*(er|sie)(?=\s)", text[a:cue_start])
    if m is not None:
        return a + m.start(1), a + m.end(1)
    obj = re.match(r"\s*es\s+(?=(?:der|die|ein|eine)\s|[A-ZÄÖÜ])", text[a:cue_start])
    a += obj.end() if obj is not None else 0  # "so hatte es Paul Krause gesagt": the object "es", then the subject
    aux = Cue(a, a, "")  # read as right after a verb ("hat der Zeitung Paul Krause gesagt": the dative, then the subject)
    np = _subject_after_cue_de(text, aux, cue_start, np_after(text, a, cue_start, "de"))
    if obj is not None and np is not None:
        np = one_np_after_es_de(text, np, cue_start)  # "hat es die Polizei Paul Krause gesagt": two phrases, unsure
    if np is None or _oblique_de(text, np) or _feminine_dative_de(text, np[0], cue_start):
        return None
    name, _role, kind = parse_mention(text[np[0] : np[1]], "de")
    if kind == "person" and name and len(words := name.split()) >= 2 and first_name_gender_de(words[0]) is None:
        return None  # "hatte Merkel Scholz gesagt": Merkel told Scholz, two surnames, no one name (no listed first name)
    return np if kind in ("person", "role", "group") and plausible_speaker(text[np[0] : np[1]], "de") else None


def _fronted_focus_de(text: str, a: int, cue_start: int, cue_end: int, after: tuple[int, int] | None) -> re.Match[str] | None:
    """German: a focus particle opening the clause ("Auch Paul Krause sagte:") when no noun phrase follows the verb
    or a time phrase follows the particle ("Nur Stunden später sagte Paul Krause")."""
    m = _FRONTED_FOCUS_DE.match(text, a, cue_start)
    if m is None:
        return None
    time = _FRONTED_TIME_DE.match(text, m.end(), cue_start + 1)
    if after is not None or time:
        return m if time else None  # "Nur Tage zuvor hatte X gesagt"
    # only the name and the verb of saying, then the words: no relative clause ("Auch X lobte Y, der sagte:"), no
    # one else's saying ("Auch X musste sich sagen lassen:", "Auch X hörte Y sagen:")
    plain = _FOCUS_NAME_ONLY_DE.fullmatch(text, m.end(), cue_start) and _FOCUS_WORDS_NEXT_DE.match(text, cue_end)
    return m if plain else None


# a dative object right after the verb ("sagte dem Sender", "erklärte einem Reporter"): a noun phrase after it is the
# subject only when nothing but an adverbial stands before the verb
_DATIVE_AFTER_CUE_DE = re.compile(r"\s+(?:dem|einem)\s")


def _sayer_before_dative_de(text: str, cue: Cue, np: tuple[int, int], after: tuple[int, int] | None) -> tuple[int, int] | None:
    """German: the noun phrase opening the clause when a dative object stands right after the verb and the noun phrase
    ``after`` follows it ("Müller sagte dem Bayerischen Rundfunk:", "… dem Magazin Stern:": the one told, the name
    before the verb speaks); only a person's name or a role, never a pronoun, a fronted object or an adverb."""
    if after is None or not _DATIVE_AFTER_CUE_DE.match(text, cue.end, after[0]):
        return None
    mention = text[np[0] : np[1]]
    if plausible_speaker(mention, "de") and not _oblique_de(text, np) and parse_mention(mention, "de")[2] in ("person", "role"):
        return np
    return None


def _subject_for_cue_de(text: str, cue: Cue, clause_start: int, after: tuple[int, int] | None, lang: str) -> tuple[int, int] | None:
    """German: the subject opens the clause (SVO) or follows the finite verb (V2 after an adverbial;
    a focus phrase, "Vor allem Max Maier kritisierte", is no adverbial); ``after`` is the noun phrase
    right after the cue."""
    seg_start = clause_start
    focus = _FOCUS_DE.match(text, clause_start, cue.start) or _fronted_focus_de(text, clause_start, cue.start, cue.end, after)
    if focus:
        clause_start = seg_start = focus.end()
    aux_first = _AUX_FIRST_DE.match(text, clause_start, cue.start) if after is None else None
    if aux_first is not None:
        return _subject_after_aux_de(text, aux_first.end(), cue.start)  # "„…“, hat Paul Krause gesagt."
    noble = _PARTICLE_NAME_BEFORE_CUE_DE.fullmatch(text, clause_start, cue.start) if after is None else None
    if noble is not None and _NOTHING_AFTER_CUE_DE.match(text, cue.end) and (span := _particle_name_de(noble, cue)):
        return span  # "Von der Leyen betonte:": nothing after the verb, so the name is its subject
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
    # (an object "es" may stand before the subject: "wie es Paul Krause formuliert hatte")
    lead = re.match(r"\s*(?:[Ww]ie|[Aa]ls|[Ww]enn|[Ww]eil|[Nn]achdem|[Oo]bwohl|" + _TIME_CONJUNCTION_DE + r")\s+(es\s+)?(?=(?:der|die|das|ein|eine)\s|[A-ZÄÖÜ])",
                    text[seg_start : cue.start])
    seg_start += lead.end() if lead else 0  # "Wie der Sender CBS berichtet": the subject after the conjunction
    start_np = np_after(text, seg_start - 1 if seg_start > 0 and text[seg_start - 1] == " " else seg_start, cue.start, lang, at_start=True)
    if lead and start_np and (lead.group(1) or (lead.group(0).split()[0].lower() == "wie" and two_phrases_de(text, start_np))):
        return one_np_after_es_de(text, start_np, cue.start) if lead.group(1) else None  # "wie (es) die Polizei Anna Weber sagte"
    pron = _NOMINATIVE_AFTER_VERB_DE.match(text, start_np[1], cue.start) if start_np else None
    if pron:
        return pron.start(1), pron.end(1)  # "Vorab kann ich sagen", "Das hat er gesagt": the pronoun is the subject
    own = (_subject_after_source_de(text, start_np, cue.start, after) or _sayer_before_dative_de(text, cue, start_np, after)) if start_np else None
    if own:
        return own  # "Staatsanwaltschaft zufolge sagte der Angeklagte": the source of the report is not who speaks
    if start_np and (_oblique_de(text, start_np) or _fronted_feminine_dative_de(text, start_np[0], cue.start)):
        # "Den Journalisten sagte Max Maier", "Der Zeitung hat die Ministerin gesagt": a fronted dative or
        # accusative is never the subject; the noun phrase after the finite verb is
        return after or _subject_after_finite_verb_de(text, start_np[1], cue.start)
    if start_np and after and _adverb_before_nominative_de(text, start_np, after, cue.start, cue.lemma):
        return after  # "Scharf kritisierte der Verband": the one word before the verb is an adverb
    if start_np and after and (_singular_before_plural_verb_de(text, start_np, cue) or _policy_opens_clause_de(text, start_np)):
        return after  # "Die Wissenschaft kritisierten die Grünen": the verb agrees with the phrase after it
    if start_np and after and _masculine_nominative_after_de(text, start_np, cue, after):
        return after  # "Die Landräte kritisierte der Minister": "der Minister" can only be the subject
    if start_np and after and (_body_opens_clause_de(text, start_np, after) or _noun_opens_headline_de(text, start_np, cue, after)
                                or _collective_opens_clause_de(text, start_np, cue, after)):
        return start_np  # "Das Ministerium wirft Paul Krüger vor": the body before the verb speaks, the name after it is its object
    if start_np and after:
        return _before_or_after_verb_de(text, start_np, after, lang)
    return start_np or after


def _before_or_after_verb_de(text: str, start_np: tuple[int, int], after: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """German: of the noun phrases before and after the verb, the subject: the better speaker after the verb wins over a
    fronted object or adverb ("Jegliche Verantwortung weist Hartmann von sich", "Passend dazu warnte die Moderatorin")."""
    if not plausible_speaker(text[start_np[0] : start_np[1]], lang) and plausible_speaker(text[after[0] : after[1]], lang):
        return after  # "Zuletzt nannte Reinhard Jung …": a fronted adverb is no subject
    r_start = _speaker_rank(text, start_np, lang)
    r_after = _speaker_rank(text, after, lang)
    return after if r_after < r_start and r_start >= 2.5 else start_np


_IN_DOCUMENT = re.compile(r"(?<![\w-])(?:[Ii]n|[Ii]m|[Aa]uf|[Aa]us)\s+((?:de[mnrs]|einem|einer|seinem|seiner|ihrem|ihrer)?\s*"
                          r"(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*)(?=[\s,:]|$)")


def _document_in(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A document the clause [a, b) locates the words in ("In dem Antrag heißt es:", "in ihrer
    Erklärung hieß es"): the noun phrase after in/im/auf/aus when its head is a document word."""
    for m in _IN_DOCUMENT.finditer(text, a, b):
        head = m.group(1).split()[-1].lower()
        owner = _DOCUMENT_OWNER_DE.match(text, m.end(1), b)
        if _document_head(head) or (owner is not None and _STATEMENT_NOUN_DE.search(head) and owner.group(0).split()[0] in ("des", "der")):
            # "In dem Bericht der Kommission", "In der Ankündigung des Sekretärs": whose it is
            return m.start(1), owner.end() if owner else m.end(1)
    return None


# a genitive or "von" phrase after a document noun that names whose it is ("der Bericht der Kommission",
# "die Webseite des Vereins", "die Erklärung von Amnesty International")
_DOCUMENT_OWNER_DE = re.compile(r"\s+(?:des|der|eines|einer|von|vom)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?(?=[\s,:]|$)")


# "heißt es in der Mitteilung", "hieß es dazu aus dem Ministerium", "heißt es auf der Webseite des Vereins"
_HEISSEN_SOURCE_DE = re.compile(r"\s+es\s+(?:auf\s+Anfrage\s+)?(?:(?!(?:in|im|aus|auf|von|vom|bei|beim|seitens)\s)[a-zäöüß]+\s+){0,2}"
                                r"(in|im|aus|auf|von|vom|bei|beim|seitens)\s+([^,.;:]{2,80})")


_LATER_PHRASE_DE = re.compile(r"\s(?:in|im|am|an|mit|gegenüber|vor|nach|für|über|zu|zum|zur|bei|beim|auf)\s")
_WHEN_NOUNS_DE = frozenset({"Abend", "Vormittag", "Nachmittag", "Vortag", "Wochenende", "Woche", "Jahres", "Monats", "Vorjahres"})


def _heissen_source_de(text: str, cue: Cue, clause_end: int) -> tuple[int, int] | None:
    """German impersonal "heißt es" / "hieß es" with its source after it ("hieß es in der Rede", "heißt es
    dazu in einer Mitteilung des Verbands", "hieß es aus dem Ministerium"): after aus/von/bei/seitens the person
    or body up to a phrase of place, time or addressee; after in/im/auf only a document and its owner."""
    m = _HEISSEN_SOURCE_DE.match(text, cue.end, clause_end)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.start(2), m.end(2)))
    k = next((n for n, w in enumerate(words) if w.group(0)[:1].isupper()), None)
    if k is None:
        return None
    head = words[k].group(0).lower()  # the noun after article and adjectives ("in einer gestern verbreiteten Erklärung")
    while k + 1 < len(words) and words[k + 1].group(0)[:1].isupper() and not text[words[k].end() : words[k + 1].start()].strip():
        k += 1  # a name of several words ("von Amnesty International")
    if m.group(1) not in ("in", "im", "auf"):  # a person or body ("aus dem Umfeld des Ministers", "vom Sprecher X"):
        cut = _LATER_PHRASE_DE.search(text, words[k].end(), m.end(2))  # up to a phrase of place, time or addressee
        # "hieß es von Seiten der Regierung", "aus Kreisen der Partei": the body in the genitive
        return _past_side_words_de(text, _strip_span(text, m.start(2), cut.start() if cut else m.end(2)))
    if not _document_head(head):
        return None  # "hieß es dazu in Brüssel", "noch im Sommer", "im Vorfeld", "auf Anfrage": a place or a time, no source
    end = words[k].end()
    owner = _DOCUMENT_OWNER_DE.match(text, end, m.end(2))
    if owner is not None and owner.group(0).split()[-1].lower() not in NOT_ALONE and owner.group(0).split()[-1] not in _WHEN_NOUNS_DE:
        end = owner.end()  # whose it is ("der Mitteilung des Verbands"); any other phrase ("vom Montag", "an Kanzler X",
    return _strip_span(text, m.start(2), end)  # "mit der Zeitung", "in Berlin") says when, where or to whom


# a source fronted before "hieß es" ("Von der Gewerkschaft hieß es", "Aus dem Ministerium hieß es", "Von Seiten der Opposition")
_FRONTED_SOURCE_DE = re.compile(r"\s*(?:[Vv]on\s+Seiten|[Aa]us\s+Kreisen|[Vv]on|[Vv]om|[Aa]us|[Bb]ei|[Bb]eim|[Ss]eitens)\s+")


# "In Parteikreisen (der SPD) hieß es": circles fronted with "in"
_IN_CIRCLES_DE = re.compile(r"\s*[Ii]n\s+([\w-]*[Kk]reisen)(?![\w-])")


def _fronted_heissen_source_de(text: str, clause_start: int, cue: Cue) -> tuple[int, int] | None:
    """German: the person or body fronted before an impersonal "hieß es" / "heißt es" ("Von der Gewerkschaft hieß
    es:", "Aus dem Ministerium hieß es", "Von Seiten der Opposition hieß es"): the noun phrase after the
    preposition, when it reaches the verb and names a person, a role or a body (not "Aus diesem Grund", "Bei
    der Sitzung", a place or a time)."""
    if not text[cue.start : cue.end].startswith(("hieß", "heißt")) or not re.match(r"\s+es(?![\w-])", text[cue.end : cue.end + 4]):
        return None
    circles = _IN_CIRCLES_DE.match(text, clause_start, cue.start)
    if circles is not None and re.fullmatch(r"(?:\s+(?:der|des)\s+[\w-]+(?:\s+[A-ZÄÖÜ][\w-]*)?)?\s*", text[circles.end() : cue.start]):
        return circles.span(1)  # "In Parteikreisen der SPD hieß es": unnamed sources (the circles), no one named before
    m = _FRONTED_SOURCE_DE.match(text, clause_start, cue.start)
    np = np_after(text, m.end(), cue.start, "de", at_start=True) if m is not None else None
    if np is None or text[np[1] : cue.start].strip() or _time_noun_de(text[np[0] : np[1]].split()[-1]):
        return None
    if _negated_speech_act_de(text, clause_start, min(len(text), cue.end + 30)):
        return None  # "Von der Gewerkschaft hieß es nicht"
    mention = text[np[0] : np[1]]
    if organisation_de(mention):
        return np
    # "Aus Kreisen der Anwohner hieß es": people are a group; a mention read as a name ("Anwohner") names no one
    return np if _people_head_de_s(mention) and parse_mention(mention, "de")[0] is None else None


def _people_head_de_s(mention: str) -> bool:
    """Whether the last word of ``mention`` is a role or a word for people ("den Grünen" aside: a group)."""
    last = mention.split()[-1]
    return is_role_word(last) or known_people_word(last.lower())


_POSSESSIVE_DE = re.compile(r"(?:sein|ihr|unser|euer|eur)(?:e|er|em|en|es)?")


def bare_document_de(mention: str) -> bool:
    """German: a speaker mention that is a document alone, with an article and no author ("der Rede",
    "dem Bericht", "die Worte", "einem offenen Brief"): whose words it holds the mention does not say."""
    words = mention.split()
    return (1 <= len(words) <= 3 and (len(words) == 1 or words[0].lower() in ARTICLES or _POSSESSIVE_DE.fullmatch(words[0].lower()) is not None)
            and all(w[:1].islower() for w in words[1:-1]) and _document_head(words[-1].lower()))  # "einem offenen Brief"


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
    if _negated_speech_act_de(text, clause_start, clause_end):
        return None  # "Die Zeitung zitiert Anna Weber nicht:": no one quoted for sure
    aux = list(_PASSIVE_AUX.finditer(before))
    if aux or re.match(r"\s+(?:wird|wurde|werden|wurden)(?![\w-])", after):
        if aux:
            span = np_after(text, clause_start + aux[-1].end(), cue.start, "de")
            if span is not None:
                return span
        return _frame_subject(text, clause_start, cue.start, "de")
    m = _QUOTED_NAME.match(after) or re.match(r"\s+[\w-]+\.(?:de|com|at|ch|org|net|eu)(?![\w-])", after)
    if m:  # "zitiert die „Computerwoche“ Lynch", "zitiert ndr.de Polizeisprecher Ralf Meyer": the quoting paper
        span = np_after(text, cue.end + m.end(), clause_end, "de")
        return None if span is None or _quoted_thing_de(text[span[0] : span[1]]) else span
    first = np_after(text, cue.end, clause_end, "de")
    if first is None or re.match(r"\s+aus(?![\w-])", text[first[1] : clause_end]):
        return None  # "…“, zitiert die Zeitung aus dem Brief": who quotes from a text, not who wrote it
    opener = text[first[0] : first[1]].split()[0].lower()
    subject_before = bool(before.strip()) and not _starts_adverbial(text, clause_start, cue.start)
    if opener in ("den", "einen", "ihn") or (subject_before and opener not in ("der", "er", "sie", "man", "ein", "eine")):
        return None if _quoted_thing_de(text[first[0] : first[1]]) else first  # "Die Zeitung zitierte den Minister": its object
    # "zitiert Welt-Online den Minister"; with no object ("…“, zitiert CNN.") the paper is the source
    day = _DAY_AFTER_OUTLET_DE.match(text, first[1], clause_end)  # "zitiert die NZZ am Sonntag Anna Weber": a title or a day
    span = (np_after(text, first[1], clause_end, "de") or (day and np_after(text, day.end(), clause_end, "de"))
            or _person_after_outlet_de(text, first) or first)
    span = _person_after_title_de(text, span)
    return None if _quoted_thing_de(text[span[0] : span[1]]) else span


# a weekday after the quoting paper: the title of its Sunday edition ("die NZZ am Sonntag", "die Welt am Sonntag") or the
# day it quoted; either way who is named after it is the one quoted
_DAY_AFTER_OUTLET_DE = re.compile(r"\s+(?:am|vom)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?![\w-])")


def _person_after_title_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: after "zitiert die Zeitung", a paper's title that opens with its own article and runs into the person
    quoted ("Die Welt Anna Weber"): the person from the listed first name on; ``span`` itself otherwise."""
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    if len(words) < 4 or words[0].group(0) not in ("Die", "Der", "Das"):
        return span
    k = next((k for k in range(2, len(words) - 1) if first_name_gender_de(words[k].group(0)) is not None), None)
    if k is None or not words[k + 1].group(0)[:1].isupper():
        return span
    return span[0] + words[k].start(), span[1]


def _person_after_outlet_de(text: str, np: tuple[int, int]) -> tuple[int, int] | None:
    """German: the person in one noun phrase after "zitiert" that opens with an article and one word for the quoting
    paper and goes on with a role or a first name ("zitiert die NZZ Bundesrat Beat Kunz": Bundesrat Beat Kunz);
    None when the word after the article is a role or first name itself ("die Bundesrätin Anna Kunz")."""
    words = list(re.finditer(r"\S+", text[np[0] : np[1]]))
    if len(words) < 4 or words[0].group(0).lower() not in ("die", "der", "das"):
        return None
    outlet, nxt = words[1].group(0), words[2].group(0)
    if not outlet[:1].isupper() or is_role_word(outlet) or first_name_gender_de(outlet) is not None:
        return None
    if not (is_role_word(nxt) or _office_title_de(nxt) or (first_name_gender_de(nxt) is not None and words[3].group(0)[:1].isupper())):
        return None
    return np[0] + words[2].start(), np[1]


# things quoted from, which say nothing themselves ("zitiert eine Umfrage", "zitiert den Bericht", "zitiert eine Forsa-Studie")
_QUOTED_THINGS_DE = DOC_WORDS | frozenset({"umfrage", "umfragen", "studie", "studien", "analyse", "untersuchung", "statistik",
                                           "zahlen", "daten", "akte", "akten", "unterlagen", "dossier", "sprichwort", "spruch",
                                           "vers", "gedicht", "bibel", "liedzeile", "quelle", "quellen", "berichte", "dokumente",
                                           "briefe", "mails", "e-mail", "mail", "nachricht", "nachrichten", "chat", "chats"})


def _quoted_thing_de(np: str) -> bool:
    """German: whether the noun phrase after "zitiert" names a thing quoted from ("eine Umfrage", "den
    Bericht des Ministeriums", "eine Forsa-Studie"): no speaker."""
    words = re.findall(r"[\wäöüß-]+", np)
    first = next((n for n, w in enumerate(words) if w[:1].isupper()), len(words))
    head = words[first : next((n for n in range(first, len(words)) if not words[n][:1].isupper()), len(words))]  # "eine Kölner Studie"
    return any(w.lower() in _QUOTED_THINGS_DE or any(w.lower().endswith(t) for t in _QUOTED_THINGS_DE if len(t) >= 5) for w in head)


# lower-case words that open an English parenthetical adverbial, not an apposition ("X, for all his work, …")
_PARENTHETICAL_OPENERS_EN = frozenset({"for", "despite", "like", "unlike", "with", "without", "after", "before", "in", "on",
                                       "at", "by", "as", "though", "although", "however", "meanwhile", "too", "also",
                                       "still", "then", "now", "once", "again", "if", "when", "while", "since", "because"})


def _apposition_subject(text: str, clause_start: int, comma: int, lang: str) -> tuple[int, int] | None:
    """"Der Sicherheitsberater, Jake Sullivan, <cue>" / "Borissow, der ... traf, <cue>" / "X, Y, der ..., <cue>"."""
    seg = text[clause_start:comma]
    parts = APPOSITION_COMMA.split(seg)
    if len(parts) < 2 or len(parts) > 5:
        return None
    first_end = clause_start + len(parts[0])
    first = np_after(text, clause_start, first_end, lang, at_start=True)
    if first is None or _strip_span(text, first[1], first_end)[0] < first_end and not (
            ABBREVIATION_BRACKET.fullmatch(text, first[1], first_end) and lang == "de"):
        return None  # the part before the first comma is more than a noun phrase (not its body's letters: "… (IEA)")
    end = first[1]
    pos = first_end + 1
    if text[first[0] : first[1]].lower() in NOT_ALONE:
        return None  # "Oh, and the senator …": a discourse word, not a noun phrase with an apposition
    for part in parts[1:]:
        words = part.split()
        relative = bool(words) and words[0].lower() in ("der", "die", "das", "welcher", "welche", "welches", "who", "which") and words[-1][:1].islower()
        relative = relative or (lang == "de" and _relative_opener_de(words))  # "Der Verein, dessen Vorsitzender Paul Krause ist,"
        if relative or not words or (lang == "en" and words[0] in _PARENTHETICAL_OPENERS_EN):
            break  # "Obama, for all the progress he made, seems to agree": an adverbial, no apposition
        if len(words) > 10:
            return None
        end = _strip_span(text, pos, pos + len(part))[1]
        pos += len(part) + 1
    return first[0], end


_OBLIQUE = {"den", "dem", "einen", "einem", "des", "eines", "ihm", "ihn", "ihr", "ihnen"}
_RELATIVE_OBLIQUE_DE = frozenset({"dessen", "deren", "den", "dem", "denen"})
_RELATIVE_AFTER_PREP_DE = frozenset({"dem", "der", "den", "das", "die", "denen", "deren", "dessen", "welchem", "welcher", "welchen", "welches"})
_PREPS_BEFORE_RELATIVE_DE = frozenset({"in", "an", "auf", "bei", "mit", "nach", "von", "vor", "über", "unter", "zu", "aus", "für", "gegen",
                                       "durch", "um", "seit", "neben", "hinter", "zwischen"})


def _relative_opener_de(words: list[str]) -> bool:
    """German: a comma part that is a relative clause in an oblique case, plain or after a preposition, its verb
    last ("dessen Vorsitzender Paul Krause ist", "dem Paul Krause vorsteht", "für die Paul Krause arbeitet"): no
    apposition, its names are not the subject's."""
    if len(words) < 2 or not words[-1][:1].islower():
        return False
    first = words[0]
    return first in _RELATIVE_OBLIQUE_DE or (first in _PREPS_BEFORE_RELATIVE_DE and words[1] in _RELATIVE_AFTER_PREP_DE)

_ADVERBIAL_START = re.compile(
    r"^\s*(?:am|im|in|an|auf|nach|vor|bei|während|seit|mit|zum|zur|dabei|dazu|weiter|zudem|außerdem|daraufhin|"
    r"später|gestern|heute|zuvor|danach|deshalb|daher|damals|jetzt|nun|so|auch|bereits|hier|dort|da|dann|doch|"
    r"zunächst|schließlich|außerdem|ebenfalls|jedoch|allerdings|trotzdem|dennoch|zugleich|gleichzeitig|um|ohne|statt|"
    r"gegen|durch|für|trotz|wegen|bis|ab|laut|angesichts|infolge|als|wenn|weil|obwohl|nachdem|während|"
    r"damit|darum|deswegen|dadurch|worauf|woraufhin|wobei|womit|wofür|wozu|wovon|worüber|wodurch|wonach|worum|wogegen|"
    r"woran|worin|weshalb|weswegen|wieso|warum|"
    r"dagegen|hingegen|indes|indessen|stattdessen|ebenso|gleichwohl|immerhin|vielmehr|inzwischen|mittlerweile|derweil|"
    r"unterdessen|überdies|obendrein|demnach|folglich|somit|anschließend|hierzu|hierbei|hierfür|darüber|darauf|daran|davon|"
    r"dafür|davor|daneben|erneut|zuletzt|"
    r"in|at|on|after|before|when|while|during|for|with|as|if|although|because|since|unless|though|whether|despite|once|"
    r"until|ever|even|still|nothing|\d)\b",
    re.IGNORECASE,
)

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
        if (text[i - 1] in ";:" + QUOTE_CHARS and not is_apostrophe(text, i - 1) and not _plural_possessive_en(text, sent_start, i - 1, pos)
                and not GENDER_COLON_DE.match(text, i - 2)):
            name = _name_in_german_marks(text, sent_start, i - 1) if DE.names_in_clause else None
            if name is None:
                return i
            i = name  # "Die Wochenzeitung „Neue Zeit“ kritisierte": a name in marks inside the noun phrase
        i -= 1
    return sent_start


# German gender colon inside a word ("Lehrer:innen", "Sprecher:in"): no clause boundary
GENDER_COLON_DE = re.compile(r"[a-zäöüß]:in(?:nen)?(?![\w])")


# a single mark that opens a quote: a left single mark, or a straight one before a word after no word
_SINGLE_OPENER = re.compile(r"‘|(?<![\w.,;:!?])'(?=\w)")


def _plural_possessive_en(text: str, sent_start: int, i: int, pos: int) -> bool:
    """English: whether the single mark at ``i`` ends the possessive of a name in -s ("Tom Reed, the Jets’ owner,
    said", "rVotes' owner"), no closing quote mark: a word with a capital ending in -s before it, a lower-case
    word after it before the verb at ``pos``, and no single mark opened before it in the sentence."""
    word_start = max(text.rfind(" ", sent_start, i) + 1, sent_start)
    if text[i] not in "’'" or not re.fullmatch(r"[A-Za-z][\w-]*[a-z]s", text[word_start:i]):
        return False
    # "the teachers’ union", "the German Rectors' Conference": a lower-case plural or a capital word after it
    nxt = re.match(r" [a-z]+\b", text[i + 1 : pos]) if not text[word_start:i].islower() else None
    nxt = nxt or re.match(r" (?:[A-Z][a-z]+|[a-z]+)[\w ]*(?:,\s*)?$", text[i + 1 : pos])
    return nxt is not None and _SINGLE_OPENER.search(text, sent_start, word_start) is None


_NAME_IN_MARKS_DE = re.compile(r"[\w-]\s+„((?:[A-ZÄÖÜ0-9][\w.’'&-]*\s*){1,4})$")


def _name_in_german_marks(text: str, sent_start: int, close: int) -> int | None:
    """German: where the opening „ stands when the mark at ``close`` closes a name of at most four
    capitalised words right after a word („Neue Zeit“ in "die Wochenzeitung „Neue Zeit“"); else None."""
    if text[close : close + 1] not in "“”":
        return None
    m = _NAME_IN_MARKS_DE.search(text, max(sent_start, close - 60), close)
    return m.start(1) - 1 if m else None


_CONTRACTED = {"it", "that", "he", "she", "there", "what", "here", "let", "who", "where"}


def _possessive(text: str, span: tuple[int, int]) -> bool:
    """English: a noun phrase that owns the next one ("Obama’s actions", "the senators' plan"); "It's"
    and other contractions of a pronoun are not possessives."""
    m = re.search(r"(\w+)(?:['’]s|s['’])$", text[span[0] : span[1]])
    if m is None and text[span[1] : span[1] + 2] in ("'s", "’s"):
        m = re.search(r"(\w+)$", text[span[0] : span[1]])
    return m is not None and m.group(1).lower() not in _CONTRACTED


# the noun phrase before a cue verb goes on with "for" and a capitalised name ("Ohio for Trump said:", "Scotland for Labour
# said:"): a group's name, or a person for a party the subject rules did not take (np_before)
_FOR_NAME_EN = re.compile(r"\s+for\s+(?:the\s+)?[A-Z]")


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
    if lang == "de" and _SPEECH_HELD_DE.match(text, a, b) and _HELD_DE.search(text, a, b):
        # "Die Rede wurde von Anna Weber gehalten:": who held the speech, or no one ("… in Anwesenheit von X
        # gehalten"), never the speech ("Die Rede des Ministers")
        return _speech_held_by_de(text, a, b)
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
        if np and body_first and lang == "de" and _body_before_verb_de(text, np, b) and not _received_message_de(text, np, a, b):
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
            if lang == "de" and prev.lower() in _GENITIVE_PREPS_DE and k + 1 < len(toks) and _reacted_to_de(toks[k + 1][2], [prev.lower()]):
                continue  # "Angesichts der Warnung der Ministerin:": what the quote answers, no subject
            if any(t[2].lower() in _OBLIQUE for t in toks[max(0, k - 2) : k]) and not (lang == "de" and _verb_after_object_de(prev, w)):
                continue  # "den iranischen Präsidenten": an object, not the subject
            if lang == "de" and _name_after_pronoun_subject_de(text, toks, k):
                continue  # "Dem widerspricht sie Paul Krause gegenüber": she speaks, the name is an object
            if lang == "de" and low in ("der", "des") and k >= 2 and prev[:1].isupper() and toks[k - 2][2].lower() in _PREPS and not (
                    prev.lower() in DOC_WORDS or prev.lower() in _SPEECH_ACT_NOUNS_DE or _STATEMENT_NOUN_DE.search(prev.lower())):
                continue  # "vom Verband der Ärzte": a genitive after the noun of a prepositional phrase (not "nach der Ankündigung der Ministerin")
            if lang == "de" and low in ("der", "des") and prev[:1].isupper() and any(t[2].lower() in _AGAINST_DE for t in toks[max(0, k - 3) : k - 1]):
                continue  # "Gegen die Forderung der Opposition": whose demand is opposed, not who speaks
            if lang == "de" and low in ("der", "des") and _reacted_to_de(prev, [t[2].lower() for t in toks[max(0, k - 3) : k - 1]]):
                continue  # "Nach der Forderung der Opposition", "Zur Kritik der Opposition": whom someone answers
            # "hat der Zeitung Max Maier": after a verb, "der Zeitung" is a dative, the subject follows it
            # ("die Ankündigung der Ministerin": after a noun, a genitive)
            fem = _feminine_dative_de(text, s, b) if lang == "de" and low in ("der", "einer") and prev[:1].islower() else None
            np = np_after(text, fem.end() if fem else s, b, lang, at_start=True)
            if np and lang == "de":
                np = _body_before_object_de(text, np)  # "nahm die Polizei Paul Krüger fest": the body only
                if first_name_gender_de(text[np[0] : np[1]].split()[0]) is not None:
                    np = _name_before_dative_de(text, np)  # "schickte Paul Weber der Ministerin": the name, not whom it went to
            if np:
                cands.append((np[0], _with_apposition(text, np[0], np[1], b, lang)))
    if lang == "en":
        # "is labeling Obama’s actions": an owner is no subject; "Led by Anna Reed, the rally …": a participle
        cands = [c for c in cands if not _possessive(text, c) and not _PARTICIPLE_BY_EN.match(text, c[0], c[1] + 4)]
    if lang == "de":
        given = [_past_given_noun_de(text, _owner_of_view_de(text, c, b), a, b) for c in cands]  # "Kritik von Paul Weber": Paul Weber
        cands = _senders_de(text, _speech_act_agents_de(text, [_past_side_words_de(text, c) for c in given if c is not None], a, b))
    if not cands:
        return None
    best = min(range(len(cands)), key=lambda i: (_speaker_rank(text, cands[i], lang), i))
    return cands[best]


def _verb_after_object_de(prev: str, word: str) -> bool:
    """German: the lower-case word ``prev`` between an object ("Dem", "Ihm") and ``word`` is a finite verb, not an
    adjective of the object's noun: an adjective after "dem"/"den"/"einem" ends in -en and a noun follows it, so
    "Dem widerspricht Paul Krause", "Dem widersprachen die Grünen", "Ihm hielt sie entgegen" (not "den neuen Minister")."""
    if not prev[:1].islower() or prev.lower() in _OBLIQUE or _EXPERIENCER_VERB_DE.fullmatch(prev.lower()):
        return False  # "Ihm gefällt Paul Krause nicht": he, the dative, is the one who feels; Paul Krause said nothing
    return not prev.endswith("en") or not word[:1].isupper()


def _name_after_pronoun_subject_de(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """German: the capitalised word ``toks[k]`` follows a pronoun subject right after a finite verb ("Dem hielt er Paul
    Krause entgegen", "Dem widerspricht sie Paul Krause gegenüber"): the name is an object.  "sie" may be an object
    itself ("Dann fragte sie Paul Krause": he asked her), so only after a fronted object; "er", "ich", "wir" always."""
    if k < 2 or not toks[k][2][:1].isupper() or text[toks[k - 1][1] : toks[k][0]].strip():
        return False
    prev, verb = toks[k - 1][2], toks[k - 2][2]
    if prev not in ("er", "sie", "ich", "wir") or not verb[:1].islower() or verb in _OBLIQUE or verb in ARTICLES:
        return False
    return prev != "sie" or any(t[2].lower() in _OBLIQUE for t in toks[max(0, k - 4) : k - 2])


# verbs whose dative is the one who feels and whose subject is the thing or person felt about
_EXPERIENCER_VERB_DE = re.compile(r"gefällt|gefiel|gefielen|gefallen|missfällt|missfiel|missfielen|missfallen|passt|passte|passten|reicht|"
                                  r"reichte|reichten|fehlt|fehlte|fehlten|schmeckt|schmeckte|behagt|behagte|imponiert|imponierte|"
                                  r"genügt|genügte|graut|graute|stinkt|stank|liegt|lag|gehört|gehörte")


# a verb of sending or handing over right before a name, and a thing sent after it ("schickte Paul Weber einen
# Brief"): the name is whom it went to
_SENT_BEFORE_DE = re.compile(r"(?<![\w-])(?:schickte|schickten|schickt|sandte|sandten|sendete|schrieb|schrieben|schreibt|übergab|"
                             r"übergaben|überreichte|überreichten|überbrachte|übermittelte|reichte|gab|gaben|erteilte|zeigte)\s+$")
# (not the floor given: "gab Anna Weber das Wort", "reichte ihr das Mikrofon": she speaks next)
_THING_SENT_AFTER_DE = re.compile(r"\s+(?!(?:das|ein)\s+(?:Wort|Mikrofon|Mikro|Schlusswort)(?![\w-])|(?:die|eine)\s+(?:Gelegenheit|"
                                  r"Möglichkeit|Bühne|Chance)(?![\w-]))(?:einen|eine|ein|seinen|seine|sein|ihren|ihre|ihr|den|das)"
                                  r"\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ]")


def _senders_de(text: str, cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German: the candidates of a clause of sending (:func:`_frame_subject`), each cut to one person
    (:func:`_one_person_de`), less a name after a verb of sending that a thing sent follows ("Die Ministerin
    schickte Paul Weber einen Brief:": she sent it) when another candidate is left."""
    cands = [_one_person_de(text, c) for c in cands]
    kept = [c for c in cands if not (_SENT_BEFORE_DE.search(text[max(0, c[0] - 16) : c[0]]) and _THING_SENT_AFTER_DE.match(text, c[1]))]
    return kept if kept else cands


def _one_person_de(text: str, c: tuple[int, int]) -> tuple[int, int]:
    """German: a candidate that reads as two people cut to the first: an article and a role whose gender is not
    the first name's after it ("die Ministerin Paul Weber": the minister, then whom she wrote to), or a second
    first name after a surname ("Paul Weber Anna Krause": Paul Weber, then whom he wrote to)."""
    words = list(_WORD.finditer(text, c[0], c[1]))
    genders = [first_name_gender_de(w.group(0)) for w in words]
    for k in range(2, len(words)):
        if genders[k] is not None and genders[k - 1] is None and genders[k - 2] is not None and words[k - 1].group(0)[:1].isupper():
            return c[0], words[k - 1].end()  # "Paul Weber Anna Krause"
    if (len(words) >= 3 and words[0].group(0).lower() in ("der", "die") and is_role_word(words[1].group(0))
            and genders[2] is not None and words[2].group(0) not in FIRST_NAMES_BOTH_DE):
        role_gender = "f" if words[0].group(0).lower() == "die" or words[1].group(0).endswith("in") else "m"
        if genders[2] != role_gender:
            return c[0], words[1].end()  # "die Ministerin Paul Weber"
    return c


_AGAINST_DE = frozenset({"gegen", "trotz", "wegen", "ohne", "entgegen", "statt", "anstatt"})

# a speech held, in the passive, by the agent of a von-phrase ("Die Rede wurde am Montag von Anna Weber gehalten")
_SPEECH_HELD_DE = re.compile(
    r"\s*(?:[Dd]ie|[Dd]er|[Dd]as|[Ee]ine|[Ee]in|[Ss]eine|[Ii]hre)\s+(?:[a-zäöüß-]+\s+){0,2}(?=[A-ZÄÖÜ])[\w-]*?"
    r"(?:[Rr]ede|[Aa]nsprache|[Pp]redigt|[Ll]audatio|[Vv]ortrag|[Gg]rußwort|[Vv]orlesung)(?![\w-])"
    r"(?:\s+(?:des|der)\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][\w-]*)?\s+(?:wurde|wird|war|ist)\s+")  # "Die Rede des Ministers wurde …"
_HELD_DE = re.compile(r"\s*gehalten(?:\s+worden)?\s*:?\s*$")
_VON_DE = re.compile(r"(?<![\w-])(?:von|vom)\s+")
# when or where a speech was held, between the auxiliary and the agent or after the agent ("am Montag", "am 3. Mai",
# "in der Nacht", "im Bundestag"): a closed list, for a noun after a preposition may own the von-phrase ("in
# Anwesenheit von X", "im Auftrag von X", "am Grab von X", "vor Anhängern von X": X held no speech)
_SETTING_DE = re.compile(
    r"\s*(?:(?:gestern|heute|damals|bereits|schon|erst|einst|zuvor|später|nun|jetzt|auch)\s+)?(?:am\s+(?P<day>[A-ZÄÖÜ][a-zäöüß]+)"
    r"|am\s+\d{1,2}\.\s+(?P<month>[A-ZÄ][a-zä]+)|in\s+der\s+Nacht(?:\s+(?:zum|zu|auf)\s+(?:den\s+)?(?P<night>[A-ZÄÖÜ][a-zäöüß]+))?"
    r"|(?:im|in\s+der|in\s+dem|vor\s+dem|vor\s+der)\s+(?:Bundestag|Landtag|Parlament|Plenum|Plenarsaal|Rathaus|Reichstag|Senat"
    r"|Europaparlament|Abgeordnetenhaus|Bürgerschaft|Stadtrat|Gemeinderat|Kreistag|Nationalrat|Bundesrat|Dom|Kirche|Kathedrale"
    r"|Saal|Festsaal|Hörsaal|Aula|Stadion|Theater|Vollversammlung|Generalversammlung))?\s*$")


def _setting_de(gap: str) -> bool:
    """German: whether ``gap`` is empty or one time or venue phrase of :data:`_SETTING_DE` ("am Montag", "im
    Bundestag"; not "am Grab", "im Auftrag")."""
    m = _SETTING_DE.match(gap)
    if m is None:
        return False
    return ((m.group("day") is None or _time_noun_de(m.group("day"))) and (m.group("month") is None or m.group("month") in _MONTHS_DE)
            and (m.group("night") is None or m.group("night") in _WEEKDAYS_DE))


# a von-phrase owned by the noun of a prepositional phrase, naming a person ("im Namen von Anna Weber", "in
# Anwesenheit von Paul Krause"): the agent's von-phrase may follow it
_OWNED_VON_DE = re.compile(r"\s*(?:am|im|an|in|vor|zum|zur|auf)\s+[A-ZÄÖÜ][a-zäöüß]+\s+(?:von|vom)\s+"
                           r"(?P<name>[A-ZÄÖÜ][a-zäöüß-]+(?:\s+[A-ZÄÖÜ][a-zäöüß-]+){1,2})\s+$")


def _speech_held_by_de(text: str, a: int, b: int) -> tuple[int, int] | None:
    """German: a clause that says, in the passive, who held a speech ("Die Rede wurde von Anna Weber gehalten",
    "Die Ansprache wurde am Montag vom Bürgermeister gehalten", "… von Anna Weber im Bundestag gehalten"): the
    von-phrase's person, role or body, when only a time or venue phrase (:func:`_setting_de`) stands before
    or after it, or a person's von-phrase owned by a noun before it ("im Namen von Anna Weber von Paul
    Krause gehalten": Paul Krause); none when the clause is negated ("nicht von X", "statt von X")."""
    m = _SPEECH_HELD_DE.match(text, a, b)
    if m is None or _negated_speech_act_de(text, a, b):
        return None
    for v in _VON_DE.finditer(text, m.end(), b):
        gap = text[m.end() : v.start()]
        owned = _OWNED_VON_DE.match(gap)
        if not _setting_de(gap) and (owned is None or first_name_gender_de(owned.group("name").split()[0]) is None):
            continue
        np = np_after(text, v.end(), b, "de", at_start=True)
        held = _HELD_DE.search(text, np[1], b) if np is not None else None
        if np is None or held is None or not _setting_de(text[np[1] : held.start()]):
            return None
        return np if plausible_speaker(text[np[0] : np[1]], "de") else None
    return None
# prepositions that open what a statement answers or follows ("Nach der Kritik der X", "Zur Forderung der X", "Auf die Warnung der X")
_REACTION_PREPS_DE = frozenset({"nach", "zu", "zur", "zum", "auf", "über", "angesichts"})
# nouns after such a preposition whose genitive owner does speak ("Nach den Worten der Ministerin")
_OWN_WORDS_DE = frozenset({"worte", "worten", "angaben", "ansicht", "auffassung", "meinung", "einschätzung", "sicht", "darstellung"})


def _reacted_to_de(noun: str, words_before: list[str]) -> bool:
    """German: a speech-act noun (or, after a preposition other than "nach", a statement noun) in a phrase opened
    by a preposition of reaction ("Nach der Forderung der Opposition:", "Zur Kritik der Opposition:", "Auf die
    Erklärung der Ministerin:"): its genitive owner is whom the quote answers, not who speaks.  "Nach der
    Ankündigung der Ministerin", "Nach den Worten der Ministerin" name the speaker."""
    low = noun.lower()
    if not noun[:1].isupper() or low in _OWN_WORDS_DE:
        return False
    preps = [w for w in words_before if w in _REACTION_PREPS_DE]
    if not preps:
        return False
    return (low in _SPEECH_ACT_NOUNS_DE or low in _REACTION_NOUNS_DE
            or (preps[-1] != "nach" and _STATEMENT_NOUN_DE.search(low) is not None))


# a preposition with a genitive before a speech act the quote answers ("Angesichts der Warnung der Ministerin")
_GENITIVE_PREPS_DE = frozenset({"angesichts"})
# nouns of a call or charge someone answers ("Zum Appell der Ministerin:", "Auf den Vorwurf der Opposition:")
_REACTION_NOUNS_DE = frozenset({"appell", "aufruf", "mahnung", "vorwurf", "vorwürfe", "vorwürfen", "drohung", "ultimatum",
                                "vorschlag", "vorstoß", "aufforderung", "anschuldigung", "anschuldigungen", "angriff", "angriffe"})

# nouns of a statement, whose genitive owner says it ("Nach der Ankündigung der Ministerin", "In einer Erklärung der Minister")
_STATEMENT_NOUN_DE = re.compile(r"(?:erklärung|mitteilung|ankündigung|äußerung|meldung|darstellung|einschätzung|auffassung"
                                r"|überzeugung|begründung|bewertung|schätzung|verlautbarung|nahme|angaben|aussage|worten|ansicht|meinung|sicht|rede|brief|schreiben|bericht|interview)$")


# German nouns of a speech act ("Scharfe Kritik übte die Partei:", "Lob kam von der Ministerin:"): what is said, never who says it
_SPEECH_ACT_NOUNS_DE = frozenset({"kritik", "lob", "widerspruch", "zustimmung", "antwort", "reaktion", "warnung", "forderung",
                                  "unterstützung", "rückendeckung", "protest", "dank", "beifall", "applaus", "spott", "häme",
                                  "absage", "zuspruch", "empörung", "ablehnung", "glückwünsche", "glückwunsch", "worte"})
# a speech act and whom it came from ("Eine Antwort von der Ministerin")
_SPEECH_ACT_OF_DE = re.compile(r"(?<![\w-])(?:" + "|".join(w.capitalize() for w in sorted(_SPEECH_ACT_NOUNS_DE)) + r")\s+(?:von|vom)\s")
_AGENT_OF_SPEECH_ACT_DE = re.compile(r"(?<![\w-])(?:von|vom|seitens)\s+(?=(?:de[rmns]|die|das|einer|einem|(?:sein|ihr)(?:er|em|en))?\s*[A-ZÄÖÜ])")


# things sent that carry words, taken as a speech act after a verb of receiving ("Post hat X von der Ministerin erhalten:")
_MESSAGE_NOUNS_DE = frozenset({"post", "brief", "briefe", "nachricht", "nachrichten", "mail", "e-mail", "e-mails", "mails", "schreiben",
                               "sms", "botschaft", "zuschrift", "antwortschreiben", "anruf", "telegramm"})

# verbs of receiving a speech act: its subject got it, a von-phrase gave it
_RECEIVE_DE = re.compile(r"(?<![\w-])(?:erhielten|erhielt|erhält|bekamen|bekam|bekommt|ernteten|erntete"
                         r"|erntet|erhalten|bekommen|(?:mussten|musste|muss)\s+sich)(?![\w-])")


# prepositions before a noun that may own the von-phrase after it ("im Namen von", "im Auftrag von", "auf Bitten von")
_OWNING_PREPS_DE = frozenset({"im", "in", "am", "an", "auf", "zum", "zur", "unter", "aus", "bei", "beim", "mit", "nach", "vor",
                              "über", "für", "gegen", "durch", "ohne", "seit", "wegen", "trotz"})


def _received_message_de(text: str, np: tuple[int, int], a: int, b: int) -> bool:
    """German: whether ``np`` is a thing sent with words in a clause with a verb of receiving ("Post hat X vom
    Finanzamt erhalten"): the thing received, never a body that speaks."""
    words = _WORD.findall(text, np[0], np[1])
    return bool(words) and words[-1].lower() in _MESSAGE_NOUNS_DE and _RECEIVE_DE.search(text, a, b) is not None


def _speech_act_agents_de(text: str, cands: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """German: the subject candidates of a clause without a verb of saying, less those headed by a noun of
    a speech act ("Scharfe Kritik übte die Gewerkschaft:": the body after the verb is left); when one was
    dropped and no speaker-like candidate is left, who it came from ("Deutliche Kritik kam von der
    Gewerkschaft:") is a candidate (:func:`_speech_act_agent_de`); after a verb of receiving ("Unterstützung
    erhielt die Ministerin von den Grünen:", "Kritik musste sich X von Y anhören") the nominative got it and
    the von-phrase after it is the one candidate."""
    received = _RECEIVE_DE.search(text, a, b)
    given = _SPEECH_ACT_NOUNS_DE | (_MESSAGE_NOUNS_DE if received is not None else frozenset())

    def speech_act(c: tuple[int, int]) -> bool:
        words = _WORD.findall(text, c[0], c[1])
        return bool(words) and words[-1].lower() in given
    kept = [c for c in cands if not speech_act(c)]
    mail = received is not None and any(w.lower() in _MESSAGE_NOUNS_DE for w in _WORD.findall(text, a, b))
    if received is not None and (len(kept) < len(cands) or mail or _SPEECH_ACT_OF_DE.search(text, a, b)) and _negated_speech_act_de(text, a, b):
        return []  # "Eine Antwort hat die Zeitung nicht vom Ministerium erhalten:", "Eine Antwort von X hat Y nie bekommen:": no one gave it
    if received is not None and (given_by := _SPEECH_ACT_OF_DE.search(text, a, b)) is not None:
        agent = np_after(text, given_by.end(), b, "de", at_start=True)  # "Eine Antwort von der Ministerin hat X bekommen:"
        return [agent] if agent is not None and plausible_speaker(text[agent[0] : agent[1]], "de") else []
    if len(kept) == len(cands) and not mail:  # "Einen Brief erhielt X von Y": the object names no candidate
        return cands
    if received is not None:
        participle = received.group(0) in ("erhalten", "bekommen")  # "hat die Zeitung vom Ministerium erhalten"
        m = _AGENT_OF_SPEECH_ACT_DE.search(text, a if participle else received.end(), b)
        got = _WORD.findall(text, a if participle else received.end(), m.start()) if m else []
        aux = next((n for n, w in enumerate(got) if w in ("hat", "hatte", "haben", "hatten")), None) if participle else None
        if aux is not None and any(w.lower() in given for w in got[:aux]):
            got, participle = got[aux + 1 :], False  # "Eine Antwort hat die Zeitung vom Ministerium erhalten": who got it follows "hat"
        # the recipient: from its article or capitalised first word ("erntete auch der Gesetzentwurf von …")
        got = got[next((n for n, w in enumerate(got) if w.lower() in ARTICLES or (w[:1].isupper() and not participle)), len(got)) :]
        if m is None or not got or (len(got) >= 2 and got[0].lower() in ARTICLES
                                    and not (is_role_word(got[1]) or organisation_de(got[1]))):
            return []  # "Kritik erhielt der Vorschlag von Olaf Scholz:": whose proposal, not who criticised it
        if len(got) >= 2 and got[-2].lower() in _OWNING_PREPS_DE and got[-1][:1].isupper() and not _time_noun_de(got[-1]):
            return []  # "Einen Brief hat X im Namen von Y erhalten:": the von-phrase is the noun's, unsure who wrote
        agent = np_after(text, m.end(), b, "de", at_start=True)
        if agent is not None and re.search(r"[,;]", text[agent[1] : b]):
            return []  # "Einen Brief hat X von Y erhalten, die Antwort:": the words after the comma are another's
        # "Rückendeckung erhielt Olaf Scholz von Emmanuel Macron:": whom it came from, never who got it
        return [agent] if agent is not None and plausible_speaker(text[agent[0] : agent[1]], "de") else []
    if any(plausible_speaker(text[c[0] : c[1]], "de") for c in kept):
        return kept  # "Kritik am Gesetz von Karl Lauterbach übte die Opposition:": the nominative speaks
    agent = _speech_act_agent_de(text, a, b)
    return kept + ([agent] if agent is not None and plausible_speaker(text[agent[0] : agent[1]], "de") else [])


def _speech_act_agent_de(text: str, a: int, b: int) -> tuple[int, int] | None:
    """German: who a speech act came from, the last von-phrase of the clause (nearest the quote) that
    follows the speech-act noun itself ("Kritik von Friedrich Merz") or a verb ("kam von", "gab es
    von"); a von-phrase after another noun is that noun's attribute, its owner or author ("Kritik am
    Gesetz von Karl Lauterbach", "Lob für die Rede von Olaf Scholz"), never the speaker."""
    agent = None
    if _negated_speech_act_de(text, a, b):
        return None  # "Widerspruch kam nicht von X, sondern von Y", "weder von X noch von Y": no one sure
    for m in _AGENT_OF_SPEECH_ACT_DE.finditer(text, a, b):
        before = _WORD.findall(text, a, m.start())
        if len(before) >= 3 and before[-2] in ("am", "vom") and _time_noun_de(before[-1]):
            before = before[:-2]  # "kam am Montag von X": a time, no noun that owns the von-phrase
        elif len(before) >= 4 and before[-3:] == ["in", "der", "Nacht"]:
            before = before[:-3]  # "kam in der Nacht von X"
        elif len(before) >= 3 and before[-1] in _MONTHS_DE and (before[-2] == "im" or before[-2].isdigit()):
            before = before[:-3] if before[-2].isdigit() and before[-3] == "am" else before[:-2]  # "kam am 4. Mai von X"
        if before and (before[-1][:1].islower() or before[-1].lower() in _SPEECH_ACT_NOUNS_DE):
            agent = np_after(text, m.end(), b, "de", at_start=True) or agent
    return agent if agent is None else _past_side_words_de(text, agent)


# a speech-act noun or a month before "von" ("Kritik von Paul Weber", "am 3. Mai von der Ministerin"): no part of a name
_GIVEN_NOUN_DE = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                            r"|Dezember)\s+(?:von|vom)\s+")
_MONTHS_DE = frozenset("Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split())


# a name in the genitive -s before a noun of someone's words or view ("Anna Webers Fazit", "Krauses Antwort")
_OWNER_OF_VIEW_DE = re.compile(r"((?:(?:Dr|Prof)\.\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][a-zäöüß-]+?)s\s+(?:Kern|Haupt)?(?:Aussage|Fazit|Botschaft|Urteil|"
                               r"Einschätzung|Meinung|Ansicht|Forderung|Antwort|Warnung|Position|Appell|Bilanz|Kommentar|Reaktion|Credo|"
                               r"Devise|Prognose)(?![\w-])")


# what may follow such a noun in a frame with no verb ("Anna Webers Fazit nach der Wahl:", "… dazu:")
_VIEW_TAIL_DE = re.compile(r"(?:\s+(?:dazu|darauf|hierzu)|\s+(?:zu|zum|zur|nach|auf|an|über|vom|von|im|in|am|bei|beim)"
                           r"(?:\s+(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines|[A-ZÄÖÜ][\w-]*)){1,4})?\s*[:.]?\s*$")


def _owner_of_view_de(text: str, c: tuple[int, int], b: int | None = None) -> tuple[int, int]:
    """German: mention span ``c`` cut to the owner when it is a person's name in the genitive before a noun of words or
    view in a frame with no verb up to ``b`` ("Anna Webers Fazit:" -> "Anna Weber"; in "Anna Webers Forderung stieß
    auf Kritik:" someone else may speak; ``b`` None: the noun is the subject of "lauten"); a name of one word may be a
    place's or a firm's ("Berlins Antwort"), a role owns no name: the span as it was."""
    m = _OWNER_OF_VIEW_DE.match(text, c[0], c[1])
    if m is None or m.end() != c[1] or (b is not None and not _VIEW_TAIL_DE.match(text[m.end() : b + 1])):
        return c
    owner = m.group(1)
    kind = parse_mention(owner, "de")[2]
    return ((m.start(1), m.end(1)) if kind == "person" and len(owner.split()) >= 2 and not organisation_de(owner)
            and not is_role_word(owner.split()[-1]) else c)


def _past_given_noun_de(text: str, c: tuple[int, int], a: int, b: int) -> tuple[int, int] | None:
    """German: mention span ``c`` from after "von" where it opens with a speech-act noun or a month and "von"
    ("Kritik von Paul Weber" -> "Paul Weber", "Mai von der Ministerin" -> "der Ministerin"); None where the
    clause ``text[a:b]`` is negated ("keine Kritik von X")."""
    m = _GIVEN_NOUN_DE.match(text, c[0], c[1])
    if m is None:
        return c
    head = text[m.start() : m.end()].split()[0]
    if head.lower() not in _SPEECH_ACT_NOUNS_DE and head not in _MONTHS_DE:
        return c
    if _negated_speech_act_de(text, a, b) or m.end() >= c[1]:
        return None
    return (m.end(), c[1]) if text[m.end() : m.end() + 1].isupper() or text[m.end() : m.end() + 4] in ("der ", "die ", "des ", "dem ", "den ") else None


# "von Seiten der Opposition", "seitens der Partei", "aus Kreisen der Regierung": the genitive names the source
_SIDE_WORDS_DE = re.compile(r"(?:(?:[Vv]on\s+)?Seiten|[Ss]eitens|(?:[Aa]us\s+)?Kreisen)\s+(?=de[rs]\s+\S)")


def _past_side_words_de(text: str, c: tuple[int, int]) -> tuple[int, int]:
    """German: mention span ``c`` without an opening "(von) Seiten", "seitens" or "(aus) Kreisen" before a
    genitive ("Seiten der Opposition" -> "der Opposition")."""
    m = _SIDE_WORDS_DE.match(text, c[0], c[1])
    return (m.end(), c[1]) if m else c


# words that deny or replace the giver of a speech act ("kam nicht von", "keine von", "weder von … noch von",
# "statt von X von Y")
_NEGATOR_DE = re.compile(r"(?<![\w-])(?:nicht|nie|niemals|nimmer|kein|keine|keiner|keinen|keinem|keines|keinerlei"
                         r"|keineswegs|keinesfalls|weder|kaum|statt|anstatt|anstelle|niemand|niemandem|nirgends)(?![\w-])",
                         re.IGNORECASE)


def _negated_speech_act_de(text: str, a: int, b: int) -> bool:
    """German: whether a negator stands anywhere in the speech-act clause ``text[a:b]`` (outside quotation
    marks), so that a von-phrase in it names no sure giver of the speech act."""
    return any(not _inside_marks_de(text, a, m.start()) for m in _NEGATOR_DE.finditer(text, a, b))


_WEEKDAYS_DE = frozenset({"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"})


def _time_noun_de(word: str) -> bool:
    """German: a weekday or a part of a day or week after "am" ("am Montag", "am Abend", "am Wochenende")."""
    day_part = re.fullmatch(r"(\w+?)(?:abend|morgen|nachmittag|vormittag|mittag)", word)  # "Montagabend"
    return (word in _WEEKDAYS_DE or word in _WHEN_NOUNS_DE or word in ("Morgen", "Mittag", "Nachmittag", "Wochenende")
            or (day_part is not None and day_part.group(1) in _WEEKDAYS_DE))


# German adverbs and particles that open a sentence capitalised ("Ganz anders sieht es die Partei", "Sogar der Minister")
_SENTENCE_ADVERBS_DE = frozenset(
    "ganz genau anders eher vielmehr kaum fast gerade erst noch immer nie oft bald sogar selbst allein gleich dabei darum "
    "somit bisher zuvor danach dazu hinzu weiter ebenso nur sehr besonders wohl vielleicht offenbar insgesamt ausgerechnet "
    "umso genauso stattdessen andererseits einerseits gleichzeitig".split())
_ADVERB_LIKE = re.compile(r"(?:lich|isch|end|ell|weise|falls|dings|zeit|mals|wärts)$")


def _speaker_rank(text: str, span: tuple[int, int], lang: str) -> float:
    """How likely a noun phrase is to be a speaker: full name 0, role 1, pronoun 2, lone
    capitalised word 2.5 (in German as often a noun or an adverb as a surname), thing 3."""
    mention = text[span[0] : span[1]]
    name, role, kind = parse_mention(mention, lang)
    if kind == "person":
        if name and len(name.split()) == 1 and not role and lang == "de" and len(mention.split()) == 1:
            shaped = _ADVERB_LIKE.search(mention) or _ABSTRACT_NOUN.search(mention) or mention.lower() in _SENTENCE_ADVERBS_DE
            if shaped and not _written_as_surname_de(text, mention):
                return 4  # "Passend zu …", "Aktuell lässt sie …": a fronted adverb, capitalised only as the first word
            if not _unknown_lone_noun(text, span[0], span[1], lang):
                return 1  # the text names "Alexander Milinkewitsch" elsewhere: a surname
            return 2.5
        return 0
    return {"role": 1, "pronoun": 2, "group": 3}.get(kind, 4)


def _participle_subject(text: str, c: Cue, cs: int, sent_start: int | None = None) -> tuple[int, int] | None:
    """English: the subject of the clause before ", saying/telling/adding …" (see _main_clause_subject);
    right after a quote (“He said it could be “messy,” adding, “…”") the clause opens the sentence."""
    if not text[c.start : c.end].lower().endswith("ing"):
        return None
    absolute = with_absolute_subject_en(text, c, cs if sent_start is None else min(cs, sent_start))
    if absolute is not None:
        return absolute  # "…, with Tom Reed saying": the absolute phrase's own subject, never the main clause's
    # “…,” adding: the comma may stand inside the marks
    comma = text[cs : c.start].rstrip().endswith(",") or bool(re.search(r",[\s" + QUOTE_CHARS + r"]*$", text[max(0, cs - 4) : c.start]))
    if not (comma or _bare_participle(text, c, cs)):
        return None
    own = None if comma else _NAME_BEFORE_GERUND_EN.search(text, max(cs, c.start - 80), c.start)
    if own is not None and _person_before_gerund_en(text, own):
        return own.start(1), own.start(1) + len(own.group(1).rstrip())  # "reminds me of Abraham Lincoln saying that": Lincoln says it
    if sent_start is not None and sent_start < cs and re.match(r"\s*[a-z]", text[cs : c.start]):
        if (own_role := _role_after_quote_en(text, cs, c.start)) is not None:
            return own_role  # "“…,” a spokesman told Reuters, adding": the spokesman, never the one told (rv83-12)
        cs = sent_start  # the clause from cs opens after a quote in mid-sentence ("called “…” on his page, writing")
    main = _main_clause_subject_by_verb(text, cs, c.start) or _main_clause_subject(text, cs, c.start)
    if main is None and sent_start is not None and sent_start < cs and not text[cs : c.start].strip(" ,"):
        main = _main_clause_subject_by_verb(text, sent_start, c.start) or _main_clause_subject(text, sent_start, c.start)
    return main


# an absolute phrase after a comma or a dash, or opening the sentence: "with" + a noun phrase (no comma in it) + an
# optional adverb + the participle, or + an earlier participle clause joined to it by "and" ("…, with Tom Reed tweeting that
# the vote was a “disgrace” and asking, “…”")
_WITH_ABSOLUTE_EN = re.compile(r"(?:^|(?<=[,;—–(])\s*|(?<=\n))\s*[Ww]ith\s+([^,;:()“”\"‘’]{2,80}?)\s+(?:(?:reportedly|also|then|later|even|"
                               r"publicly|openly|repeatedly|angrily|quickly|simply)\s+)?([a-z]+ing)\b")
WITH_ABSOLUTE = "speaker-with-absolute"  # flag: the subject of an absolute "with X saying" phrase (not the main clause's)


def with_absolute_subject_en(text: str, c: Cue, a: int) -> tuple[int, int] | None:
    """English: the noun phrase X of an absolute phrase "with X [adverb] V-ing" whose participle is cue ``c`` or is joined
    to ``c`` by "and" in the same stretch (no comma, colon or semicolon between), from ``a`` on; X a person or a role,
    written whole (never a thing: "with sales falling", "with signs reading"); None otherwise.  Before, a participle
    far from "with" ("with the campaign of the former senator from Ohio saying") or after "and" went to the main
    clause's subject, the one the absolute phrase is about, at 0.9."""
    return with_absolute_span_en(text, a, c.start, c.end)


def with_absolute_span_en(text: str, a: int, p_start: int, p_end: int) -> tuple[int, int] | None:
    """:func:`with_absolute_subject_en` for the participle at ``text[p_start:p_end]`` (a colon frame's last word, no cue:
    "…, with Tom Reed yelling: “…”")."""
    found = list(_WITH_ABSOLUTE_EN.finditer(text, max(a, p_start - 240), p_end))
    m = found[-1] if found else None
    if m is None or re.search(r"[,;:]", text[m.end(2) : p_start]):
        return None
    if m.start(2) != p_start and not re.search(r"\band\s+(?:then\s+|also\s+)?\Z", text[m.end(2) : p_start]):
        return None  # "with Tom Reed tweeting that …, asking": a second participle after a comma is the main clause's
    span = (m.start(1), m.end(1))
    sp = make_speaker(text, span, "en", strict=True)
    if sp is None or (sp.start, sp.end) != span or parse_mention(sp.mention, "en")[2] not in ("person", "role"):
        return None
    return span


def with_absolute_colon_en(text: str, a: int, colon: int) -> tuple[int, int] | None:
    """English: X of "…, with X [adverb] V-ing:" right before a colon, whatever the verb ("yelling", "chanting")."""
    m = re.search(r"\b[a-z]+ing\s*\Z", text[max(a, colon - 30) : colon])
    if m is None:
        return None
    p_start = max(a, colon - 30) + m.start()
    return with_absolute_span_en(text, a, p_start, p_start + len(m.group(0).rstrip()))


_PARTICIPLE_AFTER_EN = re.compile(r"\s+(?:(?:reportedly|also|then|later|even|publicly|openly|repeatedly|angrily|quickly|simply)\s+)?"
                                  r"([a-z]+ing)\b")


def mark_with_absolute_en(quotes: list[Quote], text: str) -> None:
    """Flag :data:`WITH_ABSOLUTE` on each quote whose speaker is the subject of an absolute "with X V-ing" phrase."""
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or sp.end is None or WITH_ABSOLUTE in q.flags or sp.resolved_from == "context":
            continue
        m = _PARTICIPLE_AFTER_EN.match(text, sp.end)
        if m and re.search(r"[Ww]ith\s+\Z", text[max(0, sp.start - 8) : sp.start]) and with_absolute_span_en(
                text, max(0, sp.start - 12), m.start(1), m.end(1)) == (sp.start, sp.end):
            q.flags.append(WITH_ABSOLUTE)


def _role_after_quote_en(text: str, cs: int, participle: int) -> tuple[int, int] | None:
    """English: a clause that opens after a quote with an article and a role ("a ministry spokesman told Reuters,")
    has that role for its subject."""
    if not re.match(r"\s*(?:a|an|the)\s+[a-z]", text[cs:participle]):
        return None
    main = _main_clause_subject(text, cs, participle)
    return main if main is not None and parse_mention(text[main[0] : main[1]], "en")[2] == "role" else None


# a name after "of"/"about"/"like" right before a participle: the participle's own subject ("reminds me of Abraham
# Lincoln saying that …", "the story about Tom Reed telling …")
_NAME_BEFORE_GERUND_EN = re.compile(r"(?<![\w’'-])(?:of|about|like)\s+((?:[A-Z][\w’'.-]*\s+){2,3}|[A-Z][a-z]+(?:ans|crats|ists|ites)\s+)\Z")  # a name, "Republicans"
# the people, staff or side of someone: they are not the one saying it ("a memo to the staff of Senator Tom Reed warning")
_NOT_THEIR_OWN_EN = re.compile(r"(?<![\w’'-])(?:people|residents|members|staff|behalf|support|citizens|voters|supporters|"
                               r"friends|family|office|aides|fans|memory|name|letter|words)\s+(?:of|about)\s+\Z", re.I)
_HONORIFIC_OPEN_EN = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\Z")


def _person_before_gerund_en(text: str, own: re.Match[str]) -> bool:
    """English: the words of ``own`` (:data:`_NAME_BEFORE_GERUND_EN`) name one person (a listed first name and a
    surname, an honorific and a name) or are a bare plural group, and no 'people/staff/behalf of' stands before them:
    never a place, body or several ("the people of New York saying", "in support of Black Lives Matter saying")."""
    if _NOT_THEIR_OWN_EN.search(text, max(0, own.start() - 20), own.start(1)):
        return False
    words = own.group(1).split()
    if len(words) == 1:
        return True  # "tired of Republicans saying": a group, below the bar
    head = words[0]
    if _HONORIFIC_OPEN_EN.match(head):
        return len(words) in (2, 3)
    return first_name_gender_en(head) is not None and not _MONTH_OR_DAY_EN.match(words[-1])


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
    if lang == "de" and c.lemma in _ASKING_CUES_DE and (q := _INDIRECT_QUESTION_DE.match(text, c.end, end)) and _answer_follows_de(text, q.end(), end):
        if _WORDS_ASKED_ABOUT_DE.search(text, c.end, end):
            return None  # "Paul Krause fragte Anna Weber, ob sie den Satz teile: „…“": the words asked about, no one's answer here
        if not (c.lemma == "wissen wollen" and _QUESTION_QUOTE_NEXT_DE.match(text, end)):
            return _asked_one_de(text, c, cs)  # "X wurde von Journalisten gefragt, ob sie zurücktrete: „…“": X answers
    speaker_span = _subject_for_cue(text, c, cs, end, lang, prefer_after=False)
    impersonal = c.lemma == "heißen" and re.match(r"\s+es(?![\w-])", text[c.end : c.end + 4]) is not None  # "hieß es": no subject
    if lang == "de" and (_passive_cue_de(text, cs, c) or c.lemma == "zitieren" or impersonal):
        # "Max Maier wurde gefragt:": the agent or no one, never the one asked; "Die Zeitung zitiert aus dem
        # Brief:": who is quoted or no one, never who quotes; "Aus diesem Grund hieß es:": the source named or no one
        return speaker_span
    if speaker_span is None or _speaker_rank(text, speaker_span, lang) >= 4:
        alt = _frame_subject(text, cs, c.start, lang)
        if lang == "de" and alt is not None and text[alt[0] : alt[1]].lower() in _PLACE_ADVERBS_DE:
            alt = None  # "Darin hieß es:": where the words stand (the speech before), no one named
        if lang == "en" and alt is not None and (_AND_DETERMINER_EN.match(text, alt[1], c.start) or (
                _AND_CAPITAL_EN.match(text, alt[1], c.start) and several_persons_span(text, alt[0], alt[1]) is None)):
            alt = None  # "Tom Reed and a spokesman said:", "Bartsch and Gysi said:": two speakers, neither one alone
        if lang == "en" and alt is not None and relative_object_en(text, cs, alt) is not None:
            alt = None  # "The woman who defeated Tom Reed said:": Tom Reed is who she defeated
        if lang == "en" and alt is not None and (campaign_after_name_en(text, alt[1]) or _FOR_NAME_EN.match(text, alt[1], c.start)):
            alt = None  # "Tom Reed for Senate said:": a campaign speaks, not the candidate; "Ohio for Trump said:": a group
        if alt is not None and _speaker_rank(text, alt, lang) < 4:
            speaker_span = alt
    return speaker_span


_ASKING_CUES_DE = frozenset({"fragen", "wissen wollen"})
# a quoted question right after the frame ("X wollte wissen, ob …: „Wann kommt das Gesetz?“"): the asker's own words
_QUESTION_QUOTE_NEXT_DE = re.compile(r"\s*[:,]?\s*[„\"»«][^„“”\"»«]{1,400}\?[“”\"«»]")
# an indirect question after a verb of asking and its object or "worden" (", ob sie zurücktrete", "fragte die Ministerin,
# warum sie schweige"): the question is given, so the words quoted after the frame answer it
_INDIRECT_QUESTION_DE = re.compile(r"(?:\s+[^\s,;:.!?„“”\"]+){0,5}?\s*,\s*(?:ob|warum|wieso|weshalb|weswegen|wie|was|wann|wo|wer|wen|wem|welche[mnrs]?|"
                                   r"wohin|woher|wozu|womit|wofür|inwiefern|inwieweit)(?![\w-])")


# words the one asked is asked ABOUT ("ob sie den Satz von X teile:", "ob auf dem Plakat stehe:", "ob das Motto stimme:",
# "ob sie dem Vorwurf von X widerspreche:"):
# the quote after the colon is those words, not her answer
_WORDS_ASKED_ABOUT_DE = re.compile(r"(?<![\w-])(?:(?:s[äa]tz|worte?|aussage|äußerung|formulierung|text|überschrift|schlagzeile|aufschrift|inschrift|"
                                   r"vorw[uü]rf|kritik|behauptung|forderung|warnung|drohung|appell|vorschl[aä]g|"
                                   r"stehe|stünde|laute|heiße)(?:es|s|e|n|en)?|\w*(?:zitat|plakat|slogan|motto|spruch|sprüche|parole|transparent|"
                                   r"tweet)(?:es|s|e|en|n)?)(?![\w-])", re.IGNORECASE)


def _answer_follows_de(text: str, a: int, end: int) -> bool:
    """German: whether the question from ``a`` closes with the colon of the frame before ``end`` and holds no quoted
    words ("…, ob sie „…“ habe": the quote is in the question)."""
    gap = text[a:end].rstrip()
    return gap.endswith(":") and not any(ch in QUOTE_CHARS for ch in gap) and not re.search(r"[.!?;]", gap)


def _asked_one_de(text: str, c: Cue, cs: int) -> tuple[int, int] | None:
    """German: who answers after "gefragt, ob …:": the subject of a passive ("Anna Weber wurde von Journalisten
    gefragt", "Von Journalisten wurde Anna Weber gefragt") when it names a person or a role; never the one who
    asked, and no one after an active verb ("Paul Krause fragte Anna Weber, ob …:": the object, unsure)."""
    aux = _PASSIVE_AUX.search(text, cs, c.start) or _PERFECT_PASSIVE_AUX_DE.search(text, cs, c.start)
    if aux is None or not _passive_cue_de(text, cs, c):
        return None
    agent_first = _AGENT_DE.match(text, cs + len(text[cs:aux.start()]) - len(text[cs:aux.start()].lstrip()))
    np = np_after(text, aux.end(), c.start, "de", at_start=True) if agent_first else np_after(text, cs, aux.start(), "de", at_start=True)
    if np is None or (not agent_first and text[np[1] : aux.start()].strip()):
        return None
    return np if parse_mention(text[np[0] : np[1]], "de")[2] in ("person", "role") else None


# adverbs that point at a text or place before ("Darin hieß es", "Dort heißt es"): never a speaker
_PLACE_ADVERBS_DE = frozenset({"darin", "dort", "hierin", "daraus", "darunter", "dabei", "dazu", "darüber", "hier"})


def _passive_cue_de(text: str, clause_start: int, c: Cue) -> bool:
    """German: the verb of saying is a past participle after a passive auxiliary of its clause ("wird …
    eingeschätzt", "wurde als „…“ kritisiert", "ist … genannt worden") or before it at the clause's end
    (", wie Bismarck oft genannt wird")."""
    word = text[c.start : c.end].lower()
    if not (word.endswith("t") or re.fullmatch(r"\w*ge\w+en", word)):
        return False
    aux = _PASSIVE_AUX.search(text, clause_start, c.start)
    if aux is not None and not re.search(r"[,;:.!?]", text[aux.end() : c.start]):
        return True
    if DE.verb_final_passive and re.match(r"\s+(?:wird|wurde|werden|wurden)(?![\w-])", text[c.end : c.end + 10]):
        return True  # ", wie Bismarck oft genannt wird": a clause-final passive, its subject the one named
    return re.match(r"\s+worden(?![\w-])", text[c.end : c.end + 8]) is not None


def _trim_message(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = _strip_span(text, a, b, chars=" \t\n,;:–—-")
    while b > a and text[b - 1] in ".!?":
        b -= 1
    return a, b


_Found = tuple[tuple[int, int], Cue | None, tuple[int, int] | None]  # (message span, cue, speaker span)

_PERFECT_PASSIVE_AUX_DE = re.compile(r"(?<![\w-])(?:ist|sind|war|waren|sei|seien)(?![\w-])")
_AGENT_DE = re.compile(r"(?<![\w-])(?:[Vv]on|[Vv]om|[Dd]urch)\s+(?=(?:de[rmns]|die|das|einem|einer)?\s*[A-ZÄÖÜ])")


def _agent_of_passive_de(text: str, s_start: int, s_end: int) -> Speaker | None:
    """German: the agent of a passive sentence ("von der Partei", "vom Minister Paul Krüger", "durch das
    Gericht") when it is a person, a role or a body; None when the passive names no agent.  A von-phrase after a
    noun before the auxiliary is the noun's owner ("Die Rede von Anna Weber wurde von Paul Krause gelobt"), no agent."""
    # the auxiliary of the clause: "wurde", or "ist" of a perfect passive whose "worden" follows the participle
    aux = _PASSIVE_AUX.search(text, s_start, s_end) or _PERFECT_PASSIVE_AUX_DE.search(text, s_start, s_end)
    for m in _AGENT_DE.finditer(text, s_start, s_end):
        if _inside_marks_de(text, s_start, m.start()):
            continue
        prev = re.search(r"(\w+)\s+$", text[s_start : m.start()])
        if aux is not None and m.start() < aux.start() and prev is not None and prev.group(1)[:1].isupper():
            continue
        span = np_after(text, m.end() - 1, s_end, "de", at_start=True)
        sp = make_speaker(text, span, "de", strict=True, no_cue=True) if span is not None else None
        if sp is not None and (parse_mention(sp.mention, "de")[2] in ("person", "role") or organisation_de(sp.mention)):
            return sp
    return None


_NOT_FINITE_DE = ARTICLES | _PREPS | _SKIP_AT_START | _SKIP_AFTER_CUE | {
    "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "sein", "seine", "seiner", "ihre", "ihrer",
    "nicht", "zwar", "sehr", "rund", "etwa", "fast", "nur", "mehr", "wie", "oder", "sowie", "dass", "ob", "weil", "wenn"}

_BODY_NOUNS_DE = ("polizei", "anwaltschaft", "gericht", "justiz", "feuerwehr", "bundeswehr", "armee", "behörden", "firma")


def _body_before_object_de(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """German: "die Polizei Paul Krüger" after the verb ("Am Montag nahm die Polizei Paul Krüger fest")
    is a body and its object, not a role and a name: the subject ends after the body noun."""
    m = re.match(r"(?:der|die|das)\s+([A-ZÄÖÜ][\w-]+)(?=\s+([A-ZÄÖÜ][\w-]+))", text[span[0] : span[1]])
    if m is None or is_role_word(m.group(2)):
        return span  # "der EU Kommissar", "die Polizei Sprecherin": one role written apart
    low = m.group(1).lower()
    if low.endswith("e") and m.group(2).lower() in INSTITUTION_WORDS:
        return span  # "das Weiße Haus": an adjective and the body's noun, one name (not the body 'Weiße' and an object)
    body = low in INSTITUTION_WORDS or low.endswith(_BODY_NOUNS_DE) or (low.endswith(_BODY_SUFFIX_DE) and not is_role_word(low))
    return (span[0], span[0] + m.end()) if body else span


def _reported_verb_de(word: str) -> bool:
    """German: whether finite verb ``word`` is in the subjunctive of reported speech: a listed form
    ("sei", "habe", "könne", "würden", "wäre") or a third person singular in -e that is no past tense
    ("zeige", "fordere"; not "sagte", "wurde")."""
    low = word.lower()
    return bool(_REPORTED_DE.fullmatch(low)) or (len(low) > 3 and low.endswith("e") and not low.endswith(("te", "de")))


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
    # „…“, “…”, »…«, «…» pair up whichever way they face: an odd count means an open quotation
    odd = (seg.count("„") + seg.count("“") + seg.count("”")) % 2 == 1 or (seg.count("»") + seg.count("«")) % 2 == 1
    return odd or seg.count("‚") > seg.count("‘") or seg.count("‹") + seg.count("›") == 1 or seg.count('"') % 2 == 1


_REPORTED_DE = re.compile(SUBJUNCTIVE_DE.pattern + r"|(?<![\w-])(?:würde|würden|könnten|müssten|hätten|wäre|wären|entspräche|[Kk]äme|[Kk]ämen|[Gg]äbe|[Gg]äben)(?![\w-])")
