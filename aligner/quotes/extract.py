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

The stages live in their own modules (each imports only those listed before it):

* :mod:`aligner.quotes.base`: cues, sentences, tokens, quoted-span bookkeeping shared by all stages;
* :mod:`aligner.quotes.phrases`: noun phrases, names, titles, ``make_speaker``;
* :mod:`aligner.quotes.subjects`: the subject of a cue verb or a frame;
* :mod:`aligner.quotes.frames_en`: English-only frame rules;
* :mod:`aligner.quotes.frames_de`: German-only frame rules;
* :mod:`aligner.quotes.pronouns`: pronoun, role and antecedent resolution; gender evidence; the ranker's candidates;
* :mod:`aligner.quotes.frames`: the span rules (``SPAN_RULES``) and reported speech (``_indirect``);
* :mod:`aligner.quotes.unattributed_de`: the German post-passes (``_unattributed_de``).
"""

from __future__ import annotations

import copy
import dataclasses
import re

from ..errors import InputError
from ..langid import detect
from ..model import Article, Quote, Sentence, Speaker
from ..text.corrections import EDITORS_NOTES, IN_A_DE, NOTE_WORDS, earlier_version_de, earlier_version_en, one_of
from ..text.denial import DENY_EN, REJECT_EN
from ..text.lines import has_bare_cr, with_lf
from ..text.stamps import STAMP, on_the_clock, time_word
from ..text.uniform import UniformView, is_uniform
from .abbrev_en import drop_abbreviation_guesses_en
from .aside_en import aside_end_en
from .base import (
    CONTEXT_SENTENCES,
    FRAGMENT_MAX_WORDS,
    MAX_QUOTE_MARKS,
    Cue,
    _sent_index,
    _sentence_ids,
    _sentences,
    _Sents,
    _set_rule,
    _TopSpans,
    _word_count,
    find_cues,
    guess_language,
    rule_of,
    simple_sentences,
)
from .character import CHARACTER, rule_character_en_de
from .choices import DE, EN
from .confidence import SAME_SENTENCE, SEVERAL, speaker_confidence
from .document_en import document_subject_en
from .frames import (
    _BRAND_WORDS_EN,
    SO_RULES,
    SPAN_RULES,
    _framed,
    _free_indirect,
    _indirect,
    _kind_of,
    _rule_document_in,
    _rule_fuer_x,
    _rule_sentence_cue,
    retracted,
)
from .frames_de import (
    _INNER_SENTENCE_END_DE,
    REPORTED_OTHER_DE,
    _abbreviation_dot_de,
    negated_saying_de,
    obituary_head_de,
)
from .frames_en import _owned_role_en, possessive_owner_en
from .gender_en import other_sex_shown_en
from .hearsay import HEARSAY, hearsay_frame
from .lexicon import INSTITUTION_WORDS
from .marks import QUOTE_CHARS, QuoteSpan, find_quote_spans
from .phrases import after_dateline_en, lone_gerund_name_en, make_speaker, np_after, np_before
from .poll_en import poll_share_en
from .pronouns import (
    ANTECEDENT_AMBIGUOUS,
    GENDER_UNSHOWN,
    PAST_APPOSITION,
    PERSON_BETWEEN,
    PRONOUN_GUESSED,
    _antecedent,
    _carry_on,
    _context_speaker,
    _continues_de,
    _lone_name_subject_since_en,
    _no_one_person_role_en,
    _own_sentence_subject,
    _own_subject_wanted,
    _passive_agent_between_en,
    _person_holder_en,
    _pronoun_antecedent_de,
    _pronoun_back_en,
    _pronoun_clash,
    _recent_person,
    _role_may_be,
    _role_referent_en,
    _same_gender,
    _writer_pronoun_de,
    _writer_pronoun_en,
    asked_someone_en,
    colon_clause_subject_de,
    gender_unshown_de,
    other_of_gender_in_sentence_en,
    other_person_in_sentence_de,
    past_apposition_en,
    qualifier_elsewhere_en,
    rival_of_pronoun_gender_en,
)
from .ranker import Weights, active_weights, apply, candidates_for
from .relayed_en import rule_relayed_en
from .speakers import (
    PEOPLE_PLURAL_EN,
    _role_heads,
    _same_role,
    any_first_name_gender,
    article_gender_clash_de,
    ends_in_a_name_en,
    first_name_gender_de,
    first_name_gender_en,
    inscription_en,
    is_role_word,
    loan_title_elsewhere,
    nationality_fits,
    nationality_noun,
    newer_indefinite_role,
    parse_mention,
    position_role,
    role_core_en,
    role_points_elsewhere,
    several_persons,
    sole_person_of_gender,
    tie_role_en,
    unnamed_by_last_word,
)
from .stated_roles import role_verdict_for_en
from .subjects import (
    _POSSESSIVE_DE,
    _REPORTED_DE,
    _frame_subject,
    _trim_message,
    bare_document_de,
    mark_with_absolute_en,
    without_addressed_people_de,
)
from .unattributed_de import (
    _chained_quotes_de,
    _names_left_unattributed_de,
    _subjunctive_after_cue_de,
    _titles_in_lists_de,
    _unattributed_de,
)

# the public names of quote extraction, wherever they are defined
__all__ = [
    "ANTECEDENT_AMBIGUOUS", "CONTEXT_SENTENCES", "Cue", "FRAGMENT_MAX_WORDS", "GENDER_UNSHOWN",
    "MAX_QUOTE_MARKS", "PERSON_BETWEEN", "PRONOUN_GUESSED", "SO_RULES", "SPAN_RULES", "after_dateline_en",
    "extract_quotes", "find_cues", "guess_language", "make_speaker", "np_after", "np_before", "rule_of",
    "simple_sentences",
]


_DOUBLE_MARK = re.compile(r"[“”„‟\"«»]|''")


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
    rule_relayed_en(f)  # "X quoted Y as saying", "X read a statement from Y": Y's words, below the bar
    rule_character_en_de(f)  # "Hartwig lässt ihre Heldin sagen: „…“": a character's line, no speaker
    qs, qe = sp.start, sp.end
    while qe > qs + 1 and text[qe - 1] in ",;:":
        qe -= 1  # “..., ” the comma belongs to the frame
    f.flags.append(f"rule:{f.rule if f.speaker_span is not None or f.rule == 'title' else 'unattributed'}")
    ids = _sentence_ids(sents, sp.start, sp.end)
    return _quote(article, qs, qe, kind, lang, f.speaker_span, f.cue, ids, f.flags)


# English: a noun for what someone said, then a relative clause's subject ("a charge the Kremlin denied", "an allegation
# which Israel rejects", "claims that Moscow dismissed"): the verb after it answers what was said before, its subject said none of it;
# not "a report from the SITE Intelligence Group said": a source
_CHARGE_NOUN_EN = (r"(?:charges?|claims?|accusations?|allegations?|assertions?|suggestions?|reports?|versions?|accounts?)")
_RELATIVE_CHARGE_EN = re.compile(r"(?i:(?:(?:an?|the|one)\s+)?" + _CHARGE_NOUN_EN + r"\s+(?:(?:which|that)\s+)?)"
                                 r"(?=(?:the|an?|its|his|her|their)\s|[A-Z])")
# the subject's span may start after the relative pronoun: "…, a charge that [the Kremlin] denied"
_CHARGE_BEFORE_EN = re.compile(r"(?i:\b" + _CHARGE_NOUN_EN + r"\s+(?:which|that)\s+)$")
# only a verb that answers the words before vetoes: "A report the government commissioned found that …" is the report's content;
# the forms of "deny" and "reject" (``text.denial``), and stems of other verbs that answer a charge, matched at the cue's start
_DENIAL_CUE_EN = re.compile("(?i:" + "|".join((*DENY_EN, *REJECT_EN, "disput", "dismiss", "refut", "rebut", "contest", "repudiat")) + ")")


# the subject's span after a report noun and its relative clause's article: "A report [the government commissioned] found"
_REPORT_BEFORE_EN = re.compile(r"(?i:(?<![\w-])(?:an?|the|one)\s+" + _CHARGE_NOUN_EN + r"\s+(?:(?:which|that)\s+)?(?:(?:the|an?|its|his|her|their)\s+)?)$")


# after the verb, another's claim or promise that the message is the content of ("mocked the chancellor's promise that",
# "dismissed Merz's pledge that"): the message is that owner's, not the subject's
_OWNED_CLAIM_BEFORE_EN = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:[A-Za-z][\w-]*)(?:'s|’s|s'|s’)\s+(?:[a-z]+\s+)?"
                                    r"(?:promise|pledge|vow|claim|assertion|insistence|boast|assurance|statement|remark|"
                                    r"argument|suggestion|warning|guarantee)s?\s+that\s*")


_SAYING_LEMMAS_EN = frozenset({"say", "tell", "add", "state", "declare", "insist", "argue", "warn", "claim", "write"})


# the outer frame of a report that passes someone's words on ("reported", "wrote", "writes") and words that deny or
# doubt what follows ("denied that", "not true that", "falsely claimed"): only a plain report gives the inner sayer
# the words (rt34-14); whole words anywhere before the message, negators and words of falsity and doubt besides verbs
# of denial, so not built from ``text.denial`` (whose other forms, "denying", "rejects", are not read here: adding
# them would widen this guard)
_REPORTING_CUE_EN = re.compile(r"(?i)report(?:s|ed)?\b|wr(?:ote|ites)\b")
_DENIED_BEFORE_EN = re.compile(r"(?i)\b(?:not|never|no|nobody|denied|denies|deny|falsely|false|wrongly|untrue|disputed|"
                               r"rejected|doubted|doubt)\b")


def _inner_sayer_en(text: str, ma: int, mb: int) -> tuple[int, int] | None:
    """English: the subject that opens the reported message ``ma``..``mb`` before a verb of saying, ahead of any quotation
    mark ("… reported that Scholz said the debt brake was “…”", "… wrote that the minister told MPs …"): who said the
    quoted words, the reporter only passing them on; None where no such subject opens the message."""
    marks = [i for i in range(ma, mb) if text[i] in QUOTE_CHARS]
    cues = [c for c in find_cues(text, ma, marks[0] if marks else mb, "en") if c.lemma in _SAYING_LEMMAS_EN]
    if not marks or not cues:
        return None
    if text[cues[0].start : cues[0].end].lower().endswith("ing"):
        return None  # "… reported that Scholz denied saying …": no one said it in this clause (pr34-7)
    span = np_before(text, ma, cues[0].start, "en")
    if span is None or text[ma : span[0]].strip() or text[span[1] : cues[0].start].strip():
        return None
    if any(w.islower() and w.endswith("ed") for w in text[span[0] : span[1]].split()):
        return None  # "Scholz admitted …", "Scholz recalled …": a verb read into the subject
    return span


def _report_relative_subject_en(text: str, spk: tuple[int, int]) -> bool:
    """English: the reported-speech subject is the subject of a relative clause on a report ("A report the government
    commissioned found that …", "The report the Guardian published said …"): the report speaks, not that subject."""
    m = _REPORT_BEFORE_EN.search(text, max(0, spk[0] - 40), spk[0])
    np_start = spk[0] if _RELATIVE_CHARGE_EN.match(text, spk[0], spk[1]) else m.start() if m else None
    if np_start is None:
        return False
    head = text[max(0, np_start - 40) : np_start]  # the report opens its clause: not "After the report the Kremlin said"
    return bool(re.search(r"(?i)(?:^|[.;:!?,\"“”\n])\s*(?:(?:an?|the|one)\s+)?$", head))


def _relative_charge_en(text: str, cue: Cue | None, spk: tuple[int, int]) -> bool:
    """English: the reported-speech subject is the relative clause of a charge answered by a denial ("Ukraine accused
    Russia of …, a charge (that) the Kremlin denied"): the quote is the accusation, not the denier's words."""
    if cue is None or not _DENIAL_CUE_EN.match(text, cue.start, cue.end):
        return False
    return bool(_RELATIVE_CHARGE_EN.match(text, spk[0], spk[1]) or _CHARGE_BEFORE_EN.search(text[max(0, spk[0] - 40) : spk[0]]))


# words of time, place or addressee between a subject and the comma before its message ("sagte Scholz am Samstag,")
_TIME_OR_PLACE_TAIL_DE = re.compile(r"(?:\s+(?:am|im|bei|beim|in|vor|nach|auf|gegenüber|dem|der|den|zu|zum|zur)"
                                    r"(?:\s+[\wäöüßÄÖÜ.-]+){1,3}?){0,2}\s*")


def _inner_sayer_de(text: str, ma: int, mb: int) -> tuple[int, Cue, tuple[int, int]] | None:
    """German: a message that opens with a verb of saying, its subject and a comma ("Laut SPIEGEL sagte Scholz, die
    Schuldenbremse sei …", "Wie der SPIEGEL berichtet, sagte Scholz, …"): the message after the comma, that verb and
    its subject, who said it (the source before it only reports that he did); None for any other message."""
    cues = find_cues(text, ma, min(mb, ma + 40), "de")
    if not cues or text[ma : cues[0].start].strip() or cues[0].lemma in ("laut", "zufolge", "so", "nach"):
        return None
    comma = text.find(",", cues[0].end, mb)
    np = np_after(text, cues[0].end, comma, "de") if comma > 0 else None
    if np is None or not _TIME_OR_PLACE_TAIL_DE.fullmatch(text, np[1], comma):
        return None
    np = without_addressed_people_de(text, np)  # "sagte Scholz Vertrauten,": Scholz speaks, to them
    if parse_mention(text[np[0] : np[1]], "de")[2] not in (
            "person", "role", "pronoun"):
        return None
    return comma + 1 + len(text[comma + 1 : mb]) - len(text[comma + 1 : mb].lstrip()), cues[0], np


# numbers reported by a verb of showing: "Data showed that …", "Eurostat figures showed", "The minutes of the meeting
# suggested": no one's words; not a study, survey or report (an author's findings, sources in the corpora)
_DATA_CUES_EN = frozenset({"show", "suggest", "indicate", "signal", "confirm", "reveal"})
_DATA_SUBJECT_EN = re.compile(r"(?:(?:[Tt]he|[Oo]fficial|[Nn]ew|[Ll]atest|[Pp]reliminary|[Ff]lash|[Gg]overnment|[A-Z][\w&-]*)\s+){0,3}"
                              r"(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Mm]inutes(?:\s+of\s+(?:the|its|their)\s+[\w\s-]{1,40})?)")


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
    if lang == "de" and (inner_sayer := _inner_sayer_de(text, ma, mb)) is not None:
        ma, cue, spk = inner_sayer  # "Laut SPIEGEL sagte Scholz, …": the outlet reports, Scholz said it
    if lang == "en" and spk is not None and _relative_charge_en(text, cue, spk):
        return None  # "Ukraine accused Russia of …, a charge the Kremlin denied": the denier's verb frames no words of theirs
    if lang == "en" and spk is not None and cue is not None and cue.lemma in _DATA_CUES_EN and _DATA_SUBJECT_EN.fullmatch(text[spk[0] : spk[1]]):
        return None  # "Data showed that inflation rose", "Eurostat figures showed": numbers reported, no one's words (rv80-22)
    if lang == "en" and spk is not None and _report_relative_subject_en(text, spk):
        spk = None  # "A report the government commissioned found that …": the report's words, its commissioner said none of them
    if lang == "en":
        mb = aside_end_en(text, ma, mb)  # "… “most ground stops have been lifted” — cold comfort to …": the writer's aside
    if (lang == "en" and spk is not None and cue is not None and cue.lemma not in SO_RULES
            and _REPORTING_CUE_EN.match(text, cue.start, cue.end) and not _DENIED_BEFORE_EN.search(text, s.start, ma)
            and (inner_en := _inner_sayer_en(text, ma, mb)) is not None):
        # "Der Spiegel reported that Scholz said the debt brake was “…”": Scholz's words, as reported; not after "according
        # to X," (the corpora give the words to X there)
        spk = inner_en
    if lang == "en" and spk is not None and cue is not None and _OWNED_CLAIM_BEFORE_EN.fullmatch(text, cue.end, ma):
        spk = None  # "Reichinnek mocked the chancellor's promise that “…”": the chancellor's words, never the mocker's
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


def _check_article(article: object) -> None:
    """A plain string or an article without text (a table row's missing value) is one clear line, not a failure inside."""
    if not isinstance(article, Article):
        raise InputError("extract_quotes", f"takes an aligner.Article, not {type(article).__name__}: "
                                           "aligner.Article(id=..., text=..., language=...)")
    if not isinstance(article.text, str):
        raise InputError(article.source_path or article.id or "extract_quotes",
                         f"the article's text is {type(article.text).__name__}, not a str (a missing value?)")


def extract_quotes(article: Article, sentences: list[Sentence] | None = None, language: str | None = None,
                   ranker: Weights | None = None, retracted_out: list[Quote] | None = None) -> list[Quote]:
    """Every quote of ``article`` inside the given (kept) sentences, in text order.

    ``ranker``: speaker-ranker weights (:mod:`aligner.quotes.ranker`) that may replace the rules'
    speaker by a better candidate; default: the file named by ``$ALIGNER_SPEAKER_WEIGHTS``, or
    none (the rules alone).  ``retracted_out``: gets the quotes a correction note takes back (left out).
    A text not in one Unicode form (``aligner.text.uniform``: NFD, soft hyphens; ingest makes every
    article's text uniform) is read in that form, the offsets mapped back into ``article.text``."""
    _check_article(article)
    if has_bare_cr(article.text):
        return _read_lf(article, sentences, language, ranker, retracted_out)
    if sentences is None and not is_uniform(article.text):
        return _read_uniform(article, language, ranker, retracted_out)
    if _has_line_times(article.text):
        return _without_line_times(article, sentences, language, ranker, retracted_out)
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
    runs = _Runs(article, sentences, ranker)
    taken: list[Quote] = []
    quotes = _by_sentence_language(runs, lang, taken)
    if quotes is None:
        return _one_language_quotes(article, sentences, lang, ranker, retracted_out)
    if not all(_reads_as(q.text, q.language) for q in quotes if q.language != lang):
        quotes, taken = runs(lang)  # what it takes back, in place of what the sentences' languages' rules did
    if retracted_out is not None:
        retracted_out.extend(taken)
    return quotes


# a time opening a line of a live blog ("14:12 Chief executive …", "10.45 Uhr: Die Ministerin …", "Updated 13:47
# CET | …"; ``text.stamps.STAMP``, the cleaning's pattern): the entry's label, no part of its first sentence; a
# time written with '.' only with a word of time or a zone ("10.45 percent" is none), and words on the line after it
# a ticker's marks around the time count with it: "[15:47] „…“", "+++ 14:32 Uhr +++ „…“", "• 14:00 – „…“"
_LINE_TIME = re.compile(r"(?m)^[ \t]*(?:(?:\[|\+{2,3}|•)[ \t]*)?" + STAMP.pattern + r"(?:[ \t]*(?:\]|\+{2,3}))?(?=[ \t]+\S)")


def _is_line_time(m: re.Match[str]) -> bool:
    """Whether a :data:`_LINE_TIME` match is a time that opens a line (see above)."""
    return on_the_clock(m) and bool(m.group("hm") == ":" or time_word(m) or m.group("tz"))


def _has_line_times(text: str) -> bool:
    return any(_is_line_time(m) for m in _LINE_TIME.finditer(text))


def _read_lf(article: Article, sentences: list[Sentence] | None, language: str | None, ranker: Weights | None,
             retracted_out: list[Quote] | None) -> list[Quote]:
    """``extract_quotes`` of a text whose lines end in a bare CR (old Mac files), read with LF there: the
    same text with LF, CR or CR LF line ends gives the same quotes."""
    return _read_as(article, with_lf(article.text), sentences, language, ranker, retracted_out)


def _without_line_times(article: Article, sentences: list[Sentence] | None, language: str | None, ranker: Weights | None,
                        retracted_out: list[Quote] | None) -> list[Quote]:
    """:func:`extract_quotes` of ``article`` with the times opening its lines (:data:`_LINE_TIME`) blanked out:
    "14:12 Chief executive Margaret Okafor is speaking" is a sentence about her, and "15:30 Statement from …:
    “…”" a frame of its own."""
    blank = _LINE_TIME.sub(lambda m: " " * len(m.group(0)) if _is_line_time(m) else m.group(0), article.text)
    return _read_as(article, blank, sentences, language, ranker, retracted_out)


def _read_as(article: Article, text: str, sentences: list[Sentence] | None, language: str | None,
             ranker: Weights | None, retracted_out: list[Quote] | None) -> list[Quote]:
    """``extract_quotes`` of ``article`` read as ``text`` (the same length: one character for another, so every
    offset holds); the quotes' words are then taken from ``article.text``."""
    sents = None if sentences is None else [dataclasses.replace(s, text=text[s.start:s.end]) for s in sentences]
    taken: list[Quote] = []
    quotes = extract_quotes(dataclasses.replace(article, text=text), sents, language, ranker, taken)
    for q in quotes + taken:
        if q.english == q.text == text[q.start:q.end]:
            q.english = article.text[q.start:q.end]
        if q.text == text[q.start:q.end]:
            q.text = article.text[q.start:q.end]
        sp = q.speaker
        if sp is not None and sp.start is not None and sp.end is not None and sp.mention == text[sp.start:sp.end]:
            sp.mention = article.text[sp.start:sp.end]
    if retracted_out is not None:
        retracted_out.extend(taken)
    return quotes


def _read_uniform(article: Article, language: str | None, ranker: Weights | None,
                  retracted_out: list[Quote] | None) -> list[Quote]:
    view = UniformView(article.text)
    taken: list[Quote] = []
    quotes = extract_quotes(dataclasses.replace(article, text=view.text), None, language, ranker, taken)
    if retracted_out is not None:
        retracted_out.extend(_mapped_back(q, view) for q in taken)
    return [_mapped_back(q, view) for q in quotes]


def _mapped_back(q: Quote, view: UniformView) -> Quote:
    """``q`` found in ``view.text`` with its offsets (and the text they hold) in ``view.original``."""
    q.start, q.end = view.start(q.start), view.end(q.end)
    q.text = view.original[q.start : q.end]
    if q.cue_start is not None and q.cue_end is not None:
        q.cue_start, q.cue_end = view.start(q.cue_start), view.end(q.cue_end)
    sp = q.speaker
    if sp is not None and sp.start is not None and sp.end is not None:
        sp.start, sp.end = view.start(sp.start), view.end(sp.end)
    return q


class _Runs:
    """:func:`_one_language_quotes` of one article by each language's rules, run once: a mixed-language
    article asks for its own language's quotes for its sentences of that language, again for the quotes the
    other language's rules find no speaker for, and once more when its quotes do not read as their language.
    A call gets (quotes, retracted quotes); every call after the first gets a fresh copy of the first run's."""

    def __init__(self, article: Article, sentences: list[Sentence] | None, ranker: Weights | None) -> None:
        self.article, self.sentences, self.ranker = article, sentences, ranker
        self._done: dict[str, tuple[list[Quote], list[Quote]]] = {}

    def __call__(self, g: str) -> tuple[list[Quote], list[Quote]]:
        if g in self._done:
            return copy.deepcopy(self._done[g])
        taken: list[Quote] = []
        got = (_one_language_quotes(self.article, self.sentences, g, self.ranker, taken), taken)
        self._done[g] = copy.deepcopy(got)  # the caller may change its quotes (ids, language)
        return got


def _reads_as(text: str, language: str | None) -> bool:
    """Whether a quote's own words are of the language its sentence was detected in: a German line of a manual
    detected as English ("Sub-Test"-Schalter, "Up"/"Down") is no English quote; then the article's own rules
    read the whole article, as for an article of one language.  Hashtags and handles do not count ("#Batterien
    discarded #EAutos are often far from exhausted" is English)."""
    return detect(_HASHTAG.sub(" ", text), ("de", "en")).language == language


# hashtags and handles: an English post's '#Batterien', '#Netzschwankungen' say nothing of its language
_HASHTAG = re.compile(r"[#@]\w+")


def _one_language_quotes(article: Article, sentences: list[Sentence] | None, lang: str, ranker: Weights | None,
                         retracted_out: list[Quote] | None) -> list[Quote]:
    """:func:`extract_quotes` by the rules of ``lang`` alone, over all the given sentences."""
    text = article.text
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
    gone = [_retracted_quote(q, sents, text, lang) for q in quotes]
    if retracted_out is not None:
        retracted_out.extend(q for q, g in zip(quotes, gone) if g)
    quotes = [q for q, g in zip(quotes, gone) if not g and not (q.kind == "indirect" and _in_correction_note(text, q.start))]
    _resolve(quotes, sents, text, lang)
    if lang == "en":
        _cut_owner_shown_person_en(quotes, text)
    if lang == "de" and DE.subjunctive_after_cue:
        _subjunctive_after_cue_de(quotes, sents, text)
    if lang == "de":
        _chained_quotes_de(quotes, text)
    if lang == "de" and DE.noun_phrase_names:
        _names_left_unattributed_de(quotes, sents, text)
    if lang == "de" and DE.unattributed_frames:
        _unattributed_de(quotes, sents, text)
    if lang == "de":
        _paragraph_continued_de(quotes)
    weights = ranker or active_weights()
    if weights is not None:
        apply(quotes, candidates_for(quotes, sents, text, lang), weights, lang)
    for n, q in enumerate(quotes):
        q.id = f"{article.id}#q{n:04d}"
        q.english = q.text if lang == "en" else None
    if lang == "en":
        other_sex_shown_en(quotes, text)
    _set_confidences(quotes, lang, text)
    if lang == "en":
        poll_share_en(quotes, sents, text)
        document_subject_en(quotes, sents, text)
        drop_abbreviation_guesses_en(quotes, text)
        mark_with_absolute_en(quotes, text)
    return quotes


def _paragraph_continued_de(quotes: list[Quote]) -> None:
    """German: a quote that runs to the end of its paragraph without closing and goes on in the next paragraph, which
    reopens it („…¶„…“, sagte X: marks "continues" / "continued"), is the speech of the next paragraph's speaker when it
    has none of its own: that speaker, as from context (rule reported-speech-continuation, 0.7 in German)."""
    for q, nxt in zip(quotes, quotes[1:]):
        if "continues" in q.flags and "continued" in nxt.flags and q.speaker is None and nxt.speaker is not None and (
                nxt.speaker.name or nxt.speaker.resolved_from == "role"):
            q.speaker = _context_speaker(nxt.speaker)
            _set_rule(q, "reported-speech-continuation")


def _by_sentence_language(runs: _Runs, lang: str, retracted_out: list[Quote]) -> list[Quote] | None:
    """The quotes of an article whose sentences are of two languages (an English paragraph in a German
    article): each language's sentences by its own rules, each quote labelled with its sentence's language;
    None when the sentences are of one language."""
    article = runs.article
    groups: dict[str, list[Sentence]] = {}
    for s in runs.sentences or []:
        if s.article_id == article.id or not s.article_id:
            groups.setdefault(s.language if s.language in ("de", "en") else lang, []).append(s)
    if len(groups) < 2:
        return None
    quotes = sorted((q for g, group in groups.items() for q in _group_quotes(runs, group, g, lang, retracted_out)),
                    key=lambda q: (q.start, q.end))
    for n, q in enumerate(quotes):
        q.id = f"{article.id}#q{n:04d}"
    return quotes


def _group_quotes(runs: _Runs, group: list[Sentence], g: str, lang: str, retracted_out: list[Quote]) -> list[Quote]:
    """The quotes of sentences of language ``g`` in an article of language ``lang``; in the article's own
    language's sentences by its rules, else by ``g``'s, and a quote they find no speaker for as the article's rules
    find it („Make America great again“, sagte Trump.: a paragraph detected as English, a German frame), still
    labelled ``g``."""
    quotes = _quotes_in(runs, group, g, retracted_out)
    if g == lang or all(q.speaker is not None for q in quotes):
        return quotes
    alt = {(q.start, q.end): q for q in _quotes_in(runs, group, lang, None) if q.speaker is not None}
    for i, q in enumerate(quotes):
        other = alt.get((q.start, q.end)) if q.speaker is None else None
        if other is not None:
            other.language, other.english = g, other.text if g == "en" else None
            quotes[i] = other
    return quotes


def _quotes_in(runs: _Runs, group: list[Sentence], g: str, retracted_out: list[Quote] | None) -> list[Quote]:
    """The quotes inside the sentences of ``group``, found by ``g``'s rules run over the WHOLE article in order: a
    pronoun or role ("he said", "the chancellor said") is resolved against every sentence before it, of either
    language, never against its own language's sentences alone."""
    ids = {s.id for s in group}
    got, taken = runs(g)
    quotes = [q for q in got if set(q.sentence_ids) <= ids]
    if retracted_out is not None:
        retracted_out.extend(q for q in taken if set(q.sentence_ids) <= ids)
    return quotes


# a person's name after an owner's possessive ("Breitbart’s Joel Pollak"): owner, first name, surname
_OWNER_FIRST_LAST_EN = re.compile(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})[’']s\s+([A-Z][a-z][\w-]*\s+([A-Z][a-z][\w’'-]+))")


def _cut_owner_shown_person_en(quotes: list[Quote], text: str) -> None:
    """English: a name after an owner's possessive that the speaker test left whole ("Breitbart’s Joel Pollak": no
    listed first name) is the person after it when the text shows that surname after an honorific elsewhere ("Mr.
    Pollak"); an organisation named with a possessive ("Children’s Defense Fund", "Women’s Aid Scotland") shows none
    ("Scotland said", a bare surname before a verb, is a place or body as often as a person)."""
    cut: dict[str, str | None] = {}
    for q in quotes:
        sp = q.speaker
        m = _OWNER_FIRST_LAST_EN.fullmatch(sp.name or "") if sp is not None else None
        if sp is None or m is None:
            continue
        if sp.name not in cut:
            words = [w.lower() for w in m.group(2).split()]
            last = re.escape(m.group(3))
            shown = re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{last}(?![\w’'-])", text)
            body = any(w in INSTITUTION_WORDS or w in _BRAND_WORDS_EN for w in words)
            cut[sp.name or ""] = m.group(2) if shown and not body else None
        if (new := cut[sp.name or ""]) is not None:
            sp.role = " ".join(x for x in (sp.role, m.group(1) + "’s") if x)
            sp.name = new


# a paragraph that is an outlet's correction or editor's note ("Correction: An earlier version of this article misquoted
# …", "An earlier version of this story …", "Korrektur: In einer früheren Fassung …"): its sentences are the outlet's own
_NOTE_OPENING = re.compile(
    rf"[\s*_(\[]*(?:{one_of(EDITORS_NOTES)}\b[^:\n]{{0,40}}?[:.–—]|"
    # the bare word opens a note only with a colon or dash after it (or a date: "Correction, Dec. 1:"), not as prose
    rf"{one_of(NOTE_WORDS)}(?:\s*[:–—]|\s+-\s|[,(][^:\n]{{0,30}}?[:–—])|"
    rf"(?:An|In\s+an)\s+{earlier_version_en()}\b|"
    rf"{IN_A_DE}{earlier_version_de(but=('Interviews',))}\b)")  # the words: ``text.corrections``


def _in_correction_note(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a paragraph (a line) that opens as a correction note (:data:`_NOTE_OPENING`): "He said
    the vote would take place within ten days" there is the outlet correcting itself, no one's quote (words in marks
    there may be: "… the meeting at which Lindqvist said: “…”")."""
    start = text.rfind("\n", 0, pos) + 1
    return _NOTE_OPENING.match(text, start, pos) is not None


def _retracted_quote(q: Quote, sents: list[Sentence], text: str, lang: str) -> bool:
    """A quote a correction note takes back (:func:`aligner.quotes.frames.retracted`): left out, never compared."""
    k = _sent_index(sents, q.start)
    return k is not None and retracted(text, sents[k], q.start, q.end, lang)


# a speaker's gloss of her own words ("she said, meaning that he …"): who "he" is and what he says are her reading
_MEANING_BEFORE_EN = re.compile(r"\b(?:said|says|added|adds),\s+(?:meaning|suggesting|implying)\b[^.!?\n]*$")


# verbs of asking: a whole quote carried on from a question's asker may be the answer of the one asked
_ASKING = frozenset({"ask", "fragen", "nachfragen", "wissen wollen"})
# who puts questions to a guest for a living, and the forms of address of a question put to someone
_ASKER_ROLES = re.compile(r"(?:host|interviewer|moderator|presenter|anchor|reporter|journalist|interviewerin|moderatorin|reporterin|journalistin)\b", re.I)
_ADDRESSED = re.compile(r"\b(?:you|your|Sie|Ihnen|Ihr|Ihre[mnrs]?|du|dir|dich)\b")


def _put_to_someone(q: Quote, sp: Speaker) -> bool:
    """Whether quote ``q`` is a question its speaker ``sp`` asks of someone else: an interviewer's or an
    outlet's question, or one that addresses its hearer ("Will you …?", "Haben Sie …?"); a rhetorical question
    ("Why would we do that?" Smith asked) is not, and its asker often goes on speaking."""
    if q.cue_lemma not in _ASKING or not q.text.rstrip(" \"'”“„«»‘’").endswith("?"):
        return False
    asker = (sp.id or "").startswith("org:") or _ASKER_ROLES.match(sp.role or "") is not None
    return asker or _ADDRESSED.search(q.text) is not None


def _set_confidences(quotes: list[Quote], lang: str, text: str) -> None:
    """Each speaker's confidence (:mod:`aligner.quotes.confidence`), in text order; a speaker carried on
    from the quote before (resolved from "context") is no surer than the speaker it carries on: a whole
    quote after a guessed one stays a guess."""
    latest: dict[tuple[int | None, int | None], float] = {}  # mention offsets -> the last confidence given there
    asked: set[tuple[int | None, int | None]] = set()  # mention offsets whose last own quote was a question they asked
    for q in quotes:
        sp = q.speaker
        if sp is None:
            continue
        conf = speaker_confidence(lang, rule_of(q), q.kind, cue=q.cue is not None)
        if lang == "en" and sp.resolved_from is None and inscription_en(sp.mention):
            conf = min(conf, SAME_SENTENCE)  # "the sign reads": shown words, no person's statement to compare
        if lang == "en" and sp.resolved_from is None and sp.start is not None and sp.end is not None and lone_gerund_name_en(text, sp.start, sp.end):
            conf = min(conf, SAME_SENTENCE)  # "Housing tells a different story:", "Sewing says": a gerund or a surname, no sure name
        if lang == "en" and sp.resolved_from is None and possessive_owner_en(sp.mention):
            conf = min(conf, SAME_SENTENCE)  # "Clinton’s attacks were echoed by …, who …": the owner, no one shown speaking
        if lang == "en" and sp.resolved_from == "pronoun" and sp.start is not None and _MEANING_BEFORE_EN.search(text[max(0, sp.start - 200) : sp.start]):
            conf = min(conf, SAME_SENTENCE)  # "“Savage,” she said, meaning that he … says what he believes “…”": his only by her reading
        if lang == "en" and sp.resolved_from is None and sp.mention.strip().lower() == "you":
            conf = min(conf, SAME_SENTENCE)  # "if you tell people, “…”": the reader or someone addressed, no one named
        if lang == "de" and sp.resolved_from is None and bare_document_de(sp.mention):
            conf = min(conf, SAME_SENTENCE)  # "hieß es in der Rede": a document without its author, no one to compare
            if _POSSESSIVE_DE.fullmatch(sp.mention.split()[0].lower()):
                sp.name = None  # "hieß es in seiner Erklärung": his document, no one's name ("seiner": someone named before)
        if lang == "de" and q.cue_start is not None and q.cue_end is not None and negated_saying_de(
                text, Cue(q.cue_start, q.cue_end, q.cue_lemma or "")):
            conf = min(conf, SAME_SENTENCE)  # "„…“, sagte Paul Kurz nicht": he did not say it
        if hearsay_frame(text, q.cue_start, q.cue_end, lang):
            conf = min(conf, SAME_SENTENCE)  # "soll gesagt haben", "reportedly told": said to have said it (rv83-25)
            if HEARSAY not in q.flags:
                q.flags.append(HEARSAY)
        if any(f in q.flags for f in (GENDER_UNSHOWN, ANTECEDENT_AMBIGUOUS, PRONOUN_GUESSED, PERSON_BETWEEN, PRONOUN_UNRESOLVED, ROLE_UNSTATED,
                                      REPORTED_OTHER_DE, AGE_GUESSED_DE)):
            conf = min(conf, SAME_SENTENCE)  # a pronoun handed on to a person whose gender nothing shows, with two fits, or guessed
        if sp.resolved_from is None and _first_name_before_zu(text, sp):
            conf = min(conf, SAME_SENTENCE)  # "sagte Ferdinand zu Sayn-Wittgenstein": a surname cut off, or the one spoken to (rv76-5)
        if sp.resolved_from is None and (several_persons(sp.mention) or _joint_frame_de(text, q, sp, lang)):
            conf = min(conf, SAME_SENTENCE)  # "Max Müller und Anna Schmidt": more than one person, no one speaker to compare
            q.flags.append(SEVERAL)
        if sp.resolved_from == "role" and nationality_noun(sp.mention, lang) is not None and not sole_person_of_gender(
                text[: q.start], sp.name, sp.mention, lang):
            conf = min(conf, SAME_SENTENCE)  # "sagte die Schwedin": no one named, or not the only woman named before
        if lang == "en" and q.kind == "indirect" and q.cue_lemma == "according to" and any(
                c.lemma != "according to" for c in find_cues(text, q.start, q.end, lang)):
            conf = min(conf, SAME_SENTENCE)  # "…, Anna Lindqvist said Sunday, according to Paul Krueger": whose words, unsure
        if sp.resolved_from == "context" and (sp.start, sp.end) in latest:
            conf = min(conf, latest[(sp.start, sp.end)])
        if sp.resolved_from == "context" and (sp.start, sp.end) in asked:
            conf = min(conf, SAME_SENTENCE)  # "“Will prices fall?” host X asked. ¶ “…”": the one asked may answer, not the asker
        sp.confidence = conf
        latest[(sp.start, sp.end)] = conf
        if sp.resolved_from != "context":
            asked.discard((sp.start, sp.end))
        if _put_to_someone(q, sp):
            asked.add((sp.start, sp.end))


# German: a plural verb of saying ("erklärten", "sagten", "betonten") and, after the speaker found, "und"/"sowie" and a
# second name or role ("erklärten Ursula von der Leyen und António Costa"): a joint statement (rv80-26)
_PLURAL_CUE_DE = re.compile(r"[a-zäöüß]{2,}(?:ten|en)")
_AND_SECOND_DE = re.compile(r"\s+(?:und|sowie)\s+(?:(?:der|die|den)\s+)?[A-ZÄÖÜ]")


def _joint_frame_de(text: str, q: Quote, sp: Speaker, lang: str) -> bool:
    """German: whether speaker ``sp`` is the first of two people a plural verb of saying frames ("„…“, erklärten
    Kommissionspräsidentin Ursula von der Leyen und Ratspräsident António Costa"): one of two, no one speaker (rv80-26)."""
    if lang != "de" or q.cue_start is None or q.cue_end is None or sp.end is None:
        return False
    return _PLURAL_CUE_DE.fullmatch(text, q.cue_start, q.cue_end) is not None and _AND_SECOND_DE.match(text, sp.end) is not None


_ZU_AFTER_NAME = re.compile(r"\s+zu\s+([A-ZÄÖÜ][\w-]*)")
_PARTICIPLE_AFTER_DE = re.compile(r"\s+ge[a-zäöüß]+(?:t|en)\b")


def _first_name_before_zu(text: str, sp: Speaker) -> bool:
    """Whether the speaker is a listed first name alone before "zu" and a capitalised word ("sagte Ferdinand zu
    Sayn-Wittgenstein", "sagte Anna zu Journalisten"): a noble surname cut off or the one spoken to; no sure name
    either way (rv76-5): a listed first name, or any one word before a word that is no dative plural (in -en, -rn, -ln:
    "sagte Scholz zu Reportern" stays as it is); before a participle only a double name ("Anelka zu Domenech gesagt")."""
    words = sp.mention.split()
    m = _ZU_AFTER_NAME.match(text, sp.end) if sp.end is not None and len(words) == 1 and words[0][:1].isupper() else None
    if m is None:
        return False
    plural = m.group(1).endswith(("en", "rn", "ln"))  # a dative plural: "Reportern", "Journalisten", "Bild-Lesern"
    double = "-" in m.group(1) and not plural  # "Sayn-Wittgenstein"
    if _PARTICIPLE_AFTER_DE.match(text, m.end()):
        return double  # "soll Anelka zu Domenech gesagt haben": the one spoken to, before the participle
    return double or any_first_name_gender(words[0]) is not None or not plural


_INDEFINITE = re.compile(r"(?:ein|eine|einer|einem|einen|a|an|one|another)(?:\s|$)", re.I)  # "another senator": someone new too


def _in_relative_aside_en(text: str, sp: Speaker) -> bool:
    """English: whether speaker ``sp`` opens a relative aside after someone else ("Mark Nega, whom Paul Quill called")."""
    return sp.start is not None and re.search(r",\s+(?:whom|who)\s+$", text[max(0, sp.start - 12) : sp.start]) is not None


def _set_own_subject_rule(q: Quote, text: str, s_start: int, lang: str) -> None:
    """Rule sentence-subject on ``q``; flag :data:`PAST_APPOSITION` where its subject stands past an opening phrase's
    apposition ("Preceded by X, the sheriff, Y launched into …": Y, never the apposition)."""
    _set_rule(q, "sentence-subject")
    if lang == "en" and q.speaker is not None and past_apposition_en(text, s_start, q.speaker):
        q.flags.append(PAST_APPOSITION)


def _resolve(quotes: list[Quote], sents: list[Sentence], text: str, lang: str) -> None:
    sent_pos = {s.id: i for i, s in enumerate(sents)}
    last_named: tuple[int, Speaker] | None = None
    unresolved: set[int] = set()  # ids of German pronoun speakers that point back at no one named
    for q in quotes:
        idxs = [sent_pos[x] for x in q.sentence_ids if x in sent_pos] or [0]
        first, last = min(idxs), max(idxs)
        sp = q.speaker
        if "title" in q.flags or CHARACTER in q.flags:  # no one said a title; no one a reader can hold to a character's line
            last_named = None if CHARACTER in q.flags else last_named
            continue  # no one's speech goes on past a character's line (pr41-7)
        reach = DE.context_sentences if lang == "de" else EN.context_sentences
        near = last_named is not None and first - last_named[0] <= reach
        if sp is None and _own_subject_wanted(q, lang, near) and not (lang == "de" and obituary_head_de(text, sents[first].start, q.start)):
            own = _own_sentence_subject(text, sents[first], q, lang, speech_near=near)
            if own is not None:  # "Moore thanked him for “…”"; a pronoun ("Er werde „…“") is resolved below
                q.speaker = sp = own
                _set_own_subject_rule(q, text, sents[first].start, lang)
        if sp is not None and sp.name:
            if (q.cue is not None or _antecedent(text, sp, lang)) and not (lang == "en" and _in_relative_aside_en(text, sp)):
                last_named = None if "rule:relayed" in q.flags else (last, sp)  # no aside's speaker, no relayed author
            continue
        if lang == "en" and sp is not None and sp.resolved_from == "role" and (_no_one_person_role_en(role_core_en(sp.mention)) or _counted_before_en(text, sp)):
            continue  # "75 percent of voters said", "Aides said": several people, no one named before; they leave the speaker before as it is
        if lang == "de" and sp is not None and sp.resolved_from == "pronoun":
            last_named, near = _pronoun_antecedent_de(text, sents, last_named, near, first, q, sp)
        elif lang == "en" and sp is not None and sp.resolved_from == "pronoun":
            last_named, near = _pronoun_back_own_colon_en(text, sents, last_named, near, first, quotes, q, sp)
        clash = near and sp is not None and last_named is not None and _pronoun_clash(text, sp, last_named[1], lang)
        if clash:  # "… Mr. Brandauer said. She …": not him; a person the text shows to be a woman, or no one
            last_named = _recent_person(text, sents, first, lang, pronoun=sp, same_gender=True)
            near = last_named is not None
        if sp is not None and sp.resolved_from == "role" and (_age_guess_de(text, sents, first, q, sp, lang) or _someone_new(sp, lang, text) or (lang == "en" and ends_in_a_name_en(sp.mention))):
            # "so ein Sprecher", "another senator said", "der 47-Jährige" taken as a guess: a pronoun or unframed quote after goes back to it
            last_named = (last, sp)
            continue
        if sp is not None and sp.resolved_from in ("pronoun", "role") and not clash and _may_take_recent_person(sp, near, last_named, lang):
            found = _recent_person_for(text, sents, first, lang, q, sp)
            if found is not None and not _pronoun_clash(text, sp, found[1], lang) and not _after_newer_indefinite(sp, near, last_named, found[1]):
                last_named, near = found, True
        if sp is not None and sp.mention.lower() == "it":
            # "“…,” it added": an organisation or a document speaks; it goes back to an organisation only,
            # and an unframed quote right after it goes on with it
            if near and last_named is not None and (last_named[1].id or "").startswith("org:"):
                sp.name, sp.id = last_named[1].name, "org:"
            if q.cue is not None:
                last_named = (last, sp)
            continue
        if lang == "en" and sp is not None and sp.resolved_from == "role" and _role_referent_taken_en(q, sp, text, last_named if near else None):
            last_named = (last, sp) if q.cue is not None else last_named
            continue
        if sp is not None and sp.resolved_from in ("pronoun", "role"):
            if near and last_named is not None and sp.resolved_from == "role" and not _role_is(text, sp, last_named[1], lang):
                if q.cue is not None:
                    last_named = (last, sp)  # an unframed quote after it goes on with this new, unnamed person
                continue  # "Lawrow sagte … Der Vizeaußenminister sagte": another office, another person
            if near and last_named is not None:
                _take_antecedent_back(q, sp, quotes, last_named[1], lang, unresolved, text, (sents, last_named, first))
                last_named = (last, sp)
            else:
                if lang == "de" and sp.resolved_from == "pronoun":
                    _unresolved_pronoun_de(q, unresolved)
                if q.cue is not None:
                    last_named = (last, sp)  # “…,” she said. “…”: unresolved, the next unframed quote still goes on with her
            continue
        reported = q.kind in ("direct", "mixed") or (
            q.kind in ("fragment", "indirect") and lang == "de" and bool(_REPORTED_DE.search(" ".join(s.text for s in sents[first : last + 1])))
        )
        if lang == "de":
            reported = _continues_de(q, reported)
        elif q.kind == "mixed" and not EN.continue_mixed:
            reported = False
        if sp is None and reported and near and last_named is not None and not (lang == "en" and _frame_names_another_en(text, q, last_named[1])) and first - last_named[0] <= (
                reach if q.kind != "fragment" else DE.fragment_reach if lang == "de" else 1):
            last_named = (last, _carry_on(text, sents, q, last_named, first, lang))


def _pronoun_back_own_colon_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                               quotes: list[Quote], q: Quote, sp: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English: what "he"/"she" after quote ``q`` points back at: the one person that opens a verbless colon frame
    opening the quote's own sentence, of the pronoun's gender ("Governor Lisa Moran on local radio: “…,” she said"),
    else :func:`_pronoun_back_past_role_en`."""
    s = sents[first]
    head = text[s.start : q.start].rstrip(" \t\n" + QUOTE_CHARS)
    if head.endswith(":") and not find_cues(text, s.start, s.start + len(head), "en"):
        span = _frame_subject(text, s.start, s.start + len(head) - 1, "en")
        ref = make_speaker(text, span, "en") if span is not None else None
        if (ref is not None and ref.name and ref.resolved_from is None and not (ref.id or "").startswith("org:")
                and not text[s.start : ref.start].strip() and ref.mention.endswith(ref.name.split()[-1])  # not "The mood after Lisa Moran's speech:"
                and _same_gender(text, sp, ref, "en")):
            return (first, ref), True
    return _pronoun_back_past_role_en(text, sents, last_named, near, first, quotes, q, sp)


def _recent_person_for(text: str, sents: list[Sentence], first: int, lang: str, q: Quote, sp: Speaker) -> tuple[int, Speaker] | None:
    """The person named last (:func:`_recent_person`) that pronoun or role speaker ``sp`` of quote ``q`` in sentence ``first``
    may go to; in English, "he"/"she" taken so for a quote that opens speaking of someone of that gender and not of the
    speaker ("Tom Reed vanished in May. “He is hiding,” he said": Reed is whom it speaks of) is a guess (PRONOUN_GUESSED)."""
    own = colon_clause_subject_de(text, sents[first], q.start, sp) if lang == "de" and sp.resolved_from == "pronoun" else None
    if own is not None:
        return first, own  # "Trainer Thomas Schaaf war zufrieden: „…“, sagte er": the subject before the colon
    found = _recent_person(text, sents, first, lang, pronoun=sp if lang == "en" and sp.resolved_from == "pronoun" else None,
                           gender_of=sp if lang == "de" and sp.resolved_from == "pronoun" else None)
    if found is not None and lang == "en" and sp.resolved_from == "pronoun" and q.kind == "direct" and _speaks_of_other_en(q.text, sp):
        q.flags.append(PRONOUN_GUESSED)
    elif found is not None and lang == "en" and sp.resolved_from == "pronoun" and _passive_agent_between_en(text, sents, found, first):
        q.flags.append(PERSON_BETWEEN)  # "This was confirmed by Glööckler's lawyer Christian-Oliver Moser. He stated:": either
    elif found is not None and lang == "en" and other_of_gender_in_sentence_en(text, sents[found[0]], found[1], sp):
        q.flags.append(PRONOUN_GUESSED)  # "Sergeant Tom Hill arrested Tom Reed. “I did nothing,” he said": he may be Reed
    elif (found is not None and lang == "en" and sp.mention.lower() in ("he", "she")
          and (_lone_name_subject_since_en(text, sents, found, first, sp) or asked_someone_en(text, sents, found, sp))):
        q.flags.append(PRONOUN_GUESSED)  # "Starmer spoke. Badenoch stood up. “…,” she said": she may be Badenoch
    elif found is not None and lang == "de" and sp.resolved_from == "pronoun" and other_person_in_sentence_de(text, sents, found, sp):
        q.flags.append(PERSON_BETWEEN)  # "Lindemann warf Holtmeier vor, …. „…“, sagte sie": either, below the bar
    return found


_OPENS_SPEAKING_OF_EN = {"he": re.compile(r"\W*(?:He|Him|His)\b"), "she": re.compile(r"\W*(?:She|Her)\b")}
_FIRST_PERSON_EN = re.compile(r"(?<![\w’'-])(?:I|me|my|mine|myself|we|us|our|ours|ourselves|We|Us|Our|My|Me)(?![\w-])")


def _speaks_of_other_en(quoted: str, sp: Speaker) -> bool:
    """English: whether quoted words open with "He"/"She" (the pronoun speaker's gender: "“He is hiding,” he said") and
    nowhere speak in the first person: about someone of that gender, likely the one named before, not by him."""
    opens = _OPENS_SPEAKING_OF_EN.get(sp.mention.lower())
    return opens is not None and opens.match(quoted) is not None and _FIRST_PERSON_EN.search(quoted) is None


def _pronoun_back_past_role_en(text: str, sents: list[Sentence], last_named: tuple[int, Speaker] | None, near: bool, first: int,
                               quotes: list[Quote], q: Quote, sp: Speaker) -> tuple[tuple[int, Speaker] | None, bool]:
    """English :func:`_pronoun_back_en`, and where the speaker quoted just before is someone unnamed (a role: "a
    spokesman for Tom Reed", "his lawyer") yet the pronoun goes to someone else, that is a guess (PRONOUN_GUESSED,
    below the speaker bar): "he" may well be the unnamed one."""
    found = _pronoun_back_en(text, sents, last_named, near, first, quotes, q, sp)
    if found[0] is not None and PRONOUN_GUESSED not in q.flags and sp.mention.lower() in ("he", "she") and asked_someone_en(text, sents, found[0], sp):
        q.flags.append(PRONOUN_GUESSED)  # "Der Spiegel asked Scholz: “…?” He answered: “…”": Scholz, likely; never sure of Spiegel
        return found
    role = last_named[1] if near and last_named is not None else None
    if role is None or role.resolved_from != "role" or role.name or found[0] is None or PRONOUN_GUESSED in q.flags:
        return found
    other = found[0][1]
    if other is not role and other.name and role.end is not None and re.search(
            rf"(?<![\w’'-]){re.escape(other.name.split()[-1])}(?![\w-])", text[role.end : q.start]):
        return found  # named again after the role ("“…,” a staffer said. Perez has … . “…,” he said"): that one
    if (other is not role and other.name) or (other is role and _pronoun_clash(text, sp, role, "en")):
        q.flags.append(PRONOUN_GUESSED)  # someone named before the role, or whoever the clash with the role sends it to
    return found


def _someone_new(sp: Speaker, lang: str, text: str = "") -> bool:
    """Whether role speaker ``sp`` is someone not named before: an indefinite role ("so ein Sprecher", "another
    senator"), in English a tie to a person ("his wife", "a lawyer for Tom Reed": never that person), in German a
    person noun ("sagte die Frau"); a German age noun after a person named with that age ("Paul Krause, 61, … der
    61-Jährige") is given that person's name here and then, too, goes on as the speaker before for what follows."""
    if lang == "de" and (holder := _age_holder_de(text, sp)) is not None:
        sp.name = holder  # "Paul Krause, 61, führt den Hof. „…“, sagt der 61-Jährige.": the one named with that age, no one new
        return True
    if lang == "en" and (holder := _age_holder_en(text, sp)) is not None:
        sp.name = holder or None  # "Tom Hill, 51, praised Anna Weber, 34. “…,” the 34-year-old said": Anna Weber
        return True
    if lang == "de" and sp.mention.split() and unnamed_by_last_word(sp.mention.split(), lang):
        return True  # "hieß es aus Regierungskreisen": unnamed sources, never the person named before
    if lang == "de" and _plural_cue_beside_de(text, sp):
        return True  # "sagten die Minister", "die Schauspieler erklärten": several people, never the one named before
    if position_role(sp.mention):
        return True  # "the rival striker", "der Bayern-Torschütze": one of a team's or a union's many, unnamed
    return bool(_INDEFINITE.match(sp.mention)) or (lang == "en" and tie_role_en(sp.mention)) or (
        lang == "de" and _PERSON_NOUN_DE.fullmatch(sp.mention) is not None)


# a German finite speech verb in the plural: "-en" after the stem ("sagten", "erklärten", "sagen", "schrieben"), no participle
# ("gesprochen"; "zugegeben", "angeboten": a separable particle before "ge")
_PLURAL_VERB_DE = re.compile(r"(?!ge|(?:an|auf|aus|bei|dar|ein|fest|her|hervor|hin|mit|nach|vor|weg|zu|zurück|zusammen)ge)"
                             r"[a-zäöüß]+(?:ten|en)")
# a finite verb in the singular right before a role whose speech verb follows it: that verb is a participle or an
# infinitive, one person speaks ("hat der Minister versprochen", "ließ die Ministerin verlauten")
_SINGULAR_FINITE_BEFORE_DE = re.compile(r"(?<![\w-])(?:hat|hatte|habe|hätte|ist|war|sei|wäre|wird|wurde|ließ|lässt|"
                                        r"will|wollte|kann|konnte|muss|musste|soll|sollte|möchte|darf|durfte)\s+$")


def _plural_cue_beside_de(text: str, sp: Speaker) -> bool:
    """German: whether role speaker ``sp`` stands right after or right before a speech verb in the plural ("sagten die
    Minister", "Die Schauspieler erklärten"): several people ("die Minister" is a plural only by its article)."""
    if sp.start is None or sp.end is None:
        return False
    for c in find_cues(text, max(0, sp.start - 30), min(len(text), sp.end + 30), "de"):
        beside = not text[c.end : sp.start].strip() if c.end <= sp.start else not text[sp.end : c.start].strip()
        if not beside or not _PLURAL_VERB_DE.fullmatch(text[c.start : c.end]):
            continue
        if c.start >= sp.end and _SINGULAR_FINITE_BEFORE_DE.search(text[max(0, sp.start - 12) : sp.start]):
            continue  # "hat der Minister versprochen": the finite verb is "hat", singular
        return True
    return False


AGE_GUESSED_DE = "speaker-age-guessed"  # German "der 47-Jährige" handed to the one named just before: a guess
_AGE_INTRODUCED_DE = r"(?<![\w-])(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s+(?:[a-zäöüß-]+\s+)?{age}-[Jj]ährige"


def _age_guess_de(text: str, sents: list[Sentence], first: int, q: Quote, sp: Speaker, lang: str = "de") -> bool:
    """German: a definite age noun ("der 47-Jährige") that no one is named with (:func:`_age_holder_de`) and that no
    indefinite one introduced ("ein 47-Jähriger"), after a person the sentences just before name as their subject, of the
    article's gender: most likely that person, as German news goes on naming someone by age, yet a guess (AGE_GUESSED_DE,
    below the speaker bar): the age is stated nowhere."""
    m = _AGE_NOUN_DE.fullmatch(sp.mention) if lang == "de" else None
    if m is None or sp.start is None or _age_holder_de(text, sp) is not None:
        return False
    if re.search(_AGE_INTRODUCED_DE.format(age=m.group(1)), text[: sp.start]):
        return False  # "Ein 47-Jähriger wurde verletzt. „…“, sagte der 47-Jährige": the one introduced
    found = _recent_person(text, sents, first, "de")
    if found is None or not found[1].name:
        return False
    name = found[1].name
    want = "m" if sp.mention[:3].lower() == "der" else "f"
    if first_name_gender_de(name.split()[0]) not in (None, want) or re.search(re.escape(name) + r"\s*(?:,\s*|\()\d{1,3}\b", text[: sp.start]):
        return False  # another gender; an age stated with the name is another age (:func:`_age_holder_de` found none)
    sp.name, sp.role = name, sp.mention
    q.flags.append(AGE_GUESSED_DE)
    return True


_AGE_NOUN_DE = re.compile(r"(?:[Dd]er|[Dd]ie)\s+(\d{1,3})-[Jj]ährige[rn]?")


def _age_holder_de(text: str, sp: Speaker) -> str | None:
    """German: the one person the text names before role mention ``sp`` ("der 61-Jährige") with that age right after
    the name ("Paul Krause, 61,", "Anna Weber (45)"); None when no one or more than one is so named."""
    m = _AGE_NOUN_DE.fullmatch(sp.mention)
    if m is None or sp.start is None:
        return None
    age, want = m.group(1), "m" if sp.mention[:3].lower() == "der" else "f"
    named = {n.group(1) for n in re.finditer(r"([A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)+)\s*(?:,\s*|\()" + age + r"(?:\)|,)",
                                             text[: sp.start])}
    for n in re.finditer(r"(?<![\w-])" + age + r"-jährige[nr]?\s+((?:[A-ZÄÖÜ][\w'’-]+\s+){1,3}[A-ZÄÖÜ][\w'’-]+)(?![\w'’-])(?!\s*[,(]?\s*\d)", text[: sp.start]):
        words = n.group(1).split()
        while len(words) > 2 and first_name_gender_de(words[0]) is None:
            words = words[1:]  # "die 45-jährige Ärztin Anna Weber": the role before the name
        if first_name_gender_de(words[0]) is not None:
            named.add(" ".join(words))  # "die 45-jährige Anna Weber": a first name, the person named with that age
    named = {n for n in named if first_name_gender_de(n.split()[0]) in (None, want)}  # not a woman for "der 61-Jährige"
    return named.pop() if len(named) == 1 else None


_AGE_NOUN_EN = re.compile(r"[Tt]he\s+(\d{1,3})-year-old")
_NAME_WITH_AGE_EN = re.compile(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+),\s+(\d{1,3})(?:,|\.(?!\d)|\s+(?:of|from)\s"
                               r"(?!(?:the|them|those|these|his|her|their|its|our|all)\b))|"
                               r"(?<![\w-])(\d{1,3})-year-old\s+((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)(?![\w'’-])")


def _age_holder_en(text: str, sp: Speaker) -> str | None:
    """English: who role mention ``sp`` "the N-year-old" is where the text before it gives people their ages ("Anna
    Weber, 34,", "34-year-old Anna Weber"): the one person given that age; "" (someone, unnamed) when it gives ages to
    others only or that age to several; None where it gives no one an age (the usual reading: the person named last)."""
    m = _AGE_NOUN_EN.fullmatch(sp.mention.strip())
    if m is None or sp.start is None:
        return None
    ages: dict[str, set[str]] = {}
    for n in _NAME_WITH_AGE_EN.finditer(text[: sp.start]):
        name, age = (n.group(1), n.group(2)) if n.group(1) else (n.group(4), n.group(3))
        words = name.split()
        while len(words) > 2 and (is_role_word(words[0]) or words[0].rstrip(".") in _TITLES_BEFORE_AGE_EN or not any_first_name_gender(words[0])):
            words = words[1:]  # "Referee Felix Brych, 47,", "Sen. Tom Reed, 61,": the role before the name
        if words[0].lower() not in _NO_NAME_OPENERS_EN if n.group(1) else any_first_name_gender(words[0]):
            # "On Monday, 52 of the miners": a date and a count; "the 25-year-old Manchester United striker": a club
            ages.setdefault(age, set()).add(" ".join(words))
    for n in _UNNAMED_AGE_EN.finditer(text[: sp.start]):
        ages.setdefault(n.group(1), set()).add("")  # "a 52-year-old colleague": someone else of that age, unnamed
    if not ages:
        return None
    held = ages.get(m.group(1), set())
    return held.pop() if len(held) == 1 else ""


_NO_NAME_OPENERS_EN = frozenset("""on in at by for from since until during after before last this next monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november
december""".split())
_UNNAMED_AGE_EN = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(\d{1,3})-year-old\s+[a-z]")
_TITLES_BEFORE_AGE_EN = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov"})


# German: a person named by what they are or by age, "der Mann", "die junge Frau", "die 45-Jährige": someone new, never
# the speaker named before
_PERSON_NOUN_DE = re.compile(r"(?:[Dd]er|[Dd]ie)\s+(?:[a-zäöüß-]+\s+){0,2}(?:Mann|Frau|\d{1,3}-[Jj]ährige[rn]?|[A-ZÄÖÜ][a-zäöüß]*jährige[rn]?)")


# a share right before a role noun ("Six in 10 Republican said", "three out of four voters", at most a capitalised word
# between: "Six in 10 Iowa Republicans"): several people; not "At 9 of 10 stops the mayor said": one mayor
_SHARE_BEFORE_EN = re.compile(r"(?i)(?<![\w-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|of|out\s+of)\s+"
                              r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every)\s+(?-i:[A-Z][\w-]+\s+)?\Z")


def _counted_before_en(text: str, sp: Speaker) -> bool:
    """English: whether role speaker ``sp`` follows a share ("Six in 10 Republican said"): several people, no one person."""
    if sp.start is None or re.search(r"(?i)(?<![\w’'-])(?:the|an?|his|her|its|their)\s", sp.mention):
        return False  # "At 9 of 10 stops the mayor said" (mention "stops the mayor"): the share counts stops, not mayors
    return _SHARE_BEFORE_EN.search(text, max(0, sp.start - 40), sp.start) is not None


# a role held in a body the text names by a common noun ("the company's chief executive", "its spokesman",
# "der Chef des Konzerns"): never the body itself
_ORG_OWNED_ROLE = re.compile(
    r"^(?:the\s+)?(?:company|firm|group|bank|carrier|airline|maker|carmaker|manufacturer|retailer|insurer|lender|chain|"
    r"business|conglomerate|corporation|giant|concern|operator|ministry|agency|organi[sz]ation|party|club|union|"
    r"department|government|bloc|commission|board|institute|university|broadcaster|network|newspaper)['’]s?\s+\w|^its\s+\w|"
    r"\b(?:des|der)\s+(?:Konzerns|Unternehmens|Firma|Bank|Gruppe|Ministeriums|Partei|Behörde|Regierung|Gewerkschaft|"
    r"Zeitung|Universität|Verbands|Vereins)$", re.I)


def _first_named(name: str | None) -> bool:
    """Whether a name opens with a listed first name ("Joe Kaeser"; not "Siemens")."""
    first = (name or "").split()[:1]
    return bool(first) and bool(any_first_name_gender(first[0]))


def _role_is(text: str, sp: Speaker, ref: Speaker, lang: str) -> bool:
    """Whether role speaker ``sp`` may be ``ref``, named before: never an organisation ("EU: …. The bloc's energy
    commissioner said": a person's role), a role that fits (:func:`_role_may_be`), a nationality of ``ref``'s gender."""
    if (ref.id or "").startswith("org:"):
        return False
    if role_points_elsewhere(sp.mention, ref.role, lang, _holder_text(text, ref)) or _apposition_name_after(text, sp):
        return False  # "Israeli army spokesman Daniel Hagari …. “…,” Qatar's foreign ministry spokesman said": another body
    if lang == "de" and ref.role and "," in ref.role and role_points_elsewhere(sp.mention, ref.role.split(",")[0], lang, _holder_text(text, ref)):
        return False  # "Die Bürgermeisterin von Altheim, Anja Roth, besuchte Neuwerth. … sagte die Neuwerther Bürgermeisterin": another town's
    if loan_title_elsewhere(sp.mention, ref.role):
        return False  # "CFO Petra Lang …. „…“, sagte der CEO": another office, not hers (rv82-19)
    if lang == "en" and qualifier_elsewhere_en(text, sp, ref):
        return False  # "Sheriff Tom Hill of Harris County …. “…,” said the sheriff in Dallas": another place, unsure
    if lang == "en" and _former_holder_en(sp, ref):
        return False  # "Former council leader Quentin Hume spoke. “…,” the council leader said": the holder now, another (rv75-12)
    if _ORG_OWNED_ROLE.search(sp.mention) and not _first_named(ref.name):
        return False  # "Siemens said …. “…,” the company's chief executive said": someone of Siemens, not Siemens
    if lang == "en" and not ref.role and _lone_name_no_person_en(text, ref.name):
        return False  # "Germany announced … . “…,” said the head of the association": a place holds no person's role
    if lang == "de" and article_gender_clash_de(sp.mention, ref.name or ""):
        return False  # "Veronika Grimm … sagte der Wirtschaftsweise": another person (a team position never gets here)
    if lang == "de" and _two_holders_named_de(text[: sp.start] if sp.start is not None else text, sp.mention):
        return False  # "Der Minister Tom Schilling traf den Minister Lars Eidinger. „…“, sagte der Minister": either
    before = text[: sp.start] if sp.start is not None else text
    if lang == "en" and role_verdict_for_en(text, sp.mention, ref.name, ref.role, len(before)) == "other":
        return False  # "Harwell spokesperson Daniel Cho: “…” …. “…,” the president said": another office, another person
    return _role_may_be(text, sp, ref, lang) and nationality_fits(sp.mention, ref.name, lang, before)


_FORMER_EN = re.compile(r"(?i)(?<![\w-])(?:former|ex)(?:\s|-)")  # "Former council leader", "ex-council leader"


def _former_holder_en(sp: Speaker, ref: Speaker) -> bool:
    """English: whether ``ref`` is given role speaker ``sp``'s office as a former one ("Former council leader Quentin
    Hume" for "the council leader") and ``sp`` does not say "former"; another office ("the Swede") is not barred here."""
    if not _FORMER_EN.search(ref.role or "") or _FORMER_EN.search(sp.mention):
        return False
    return any(_same_role("ex" + h, r) for h in _role_heads(sp.mention) for r in _role_heads(ref.role))  # heads: "exleader"


# a party or body in parentheses right after a name: "Robert Habeck (Grüne)"
_PARENTHESIS_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def _holder_text(text: str, ref: Speaker) -> str:
    """What the text writes in parentheses right after ``ref``'s name where it names ``ref`` as a speaker ("Robert
    Habeck (Grüne)"): a party or body given to that person; nothing else around the name (a place before it, "In Kiew
    sagte …", is where, not whose)."""
    if ref.end is None or not (0 <= ref.end <= len(text)):
        return ""
    after = _PARENTHESIS_AFTER.match(text, ref.end)
    return after.group(0) if after else ""


# a name in apposition right after a role mention ("sagte der Sprecher des Außenministeriums, Madschid al-Ansari.")
_APPOSITION_NAME = re.compile(r"\s*,\s*(?:(?:al|el|bin|ibn|abu)[- ])?[A-ZÄÖÜ][\w’'-]+\s+(?:(?:al|el|bin|ibn|abu|von|van|de)[- ]?)?[A-ZÄÖÜ][\w’'-]+\s*[,.;:]")


def _apposition_name_after(text: str, sp: Speaker) -> bool:
    """Whether a first name and a surname stand in apposition right after role speaker ``sp``: its own name, not read."""
    return sp.end is not None and _APPOSITION_NAME.match(text, sp.end) is not None


# the role noun, then the name; or the role's body or place first and the name in apposition ("der Bürgermeister von
# Altheim, Jens Kolb", "die Schulleiterin des Gymnasiums, Petra Vogt")
_ROLE_BEFORE_NAME_DE = re.compile(r"(?<![\w-])(?=([A-ZÄÖÜ][\w-]*)\s+(?:(?:von|vom|der|des|aus|in|im)\s+(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*\s*,\s*)?"
                                  r"(?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}([A-ZÄÖÜ][\w'’-]+)(?![\w'’-]))")


def _two_holders_named_de(before: str, mention: str) -> bool:
    """German: whether the text before a role mention names two people by different surnames with its role noun right
    before each name ("Der Minister Tom Schilling traf den Minister Lars Eidinger"): the role may be either."""
    heads = _role_heads(mention)
    if not heads:
        return False
    surnames = {m.group(2) for m in _ROLE_BEFORE_NAME_DE.finditer(before)
                if any(_same_role(h, r) for h in heads for r in _role_heads(m.group(1)))}
    return len(surnames) >= 2


def _lone_name_no_person_en(text: str, name: str | None) -> bool:
    """English: whether ``name`` is one word that the text never writes after a capitalised word that may be a first
    name, an honorific or a role ("Germany", "Washington", also after "In" or "East"; not "Merkel" of "Angela Merkel" or
    "Chancellor Merkel", "Blackwell" of "Morton Blackwell")."""
    words = (name or "").split()
    if len(words) != 1 or _first_named(name):
        return False
    lead = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)\.?\s+" + re.escape(words[0]) + r"(?![\w’'-])")
    return not any(m.group(1).lower() not in _BEFORE_A_PLACE_EN and not m.group(1).isupper() for m in lead.finditer(text))


# capitalised words that may stand before a place's name and are no first name: "In Germany", "East Germany"
_BEFORE_A_PLACE_EN = frozenset("""in from at across to of for on by with after before since during near outside throughout around into over
under between against toward towards about within beyond via like unlike the a an this that and but or while when as if because so yet
north south east west northern southern eastern western central new old greater upper lower united federal rural downtown
democratic official reunified""".split())


def _role_referent_taken_en(q: Quote, sp: Speaker, text: str, near_named: tuple[int, Speaker] | None) -> bool:
    """English: whether definite role speaker ``sp`` is settled by what the text shows of the role
    (:func:`_role_referent_en`): the one person named with it ("Gov. Ann Lee …. “…,” the governor said"), or no
    one, when the person named last is not that person ("John Smith met the governor. “…,” the governor said")."""
    how, holder = _role_referent_en(text, sp, min(sp.start if sp.start is not None else q.start, q.start), near_named[1] if near_named else None)
    if holder is not None and near_named is not None and _after_newer_indefinite(sp, True, near_named, holder):
        return True  # "said Tesco spokesman Tom Reed. “…,” a spokesman for Asda said. “…,” the spokesman said": Asda's, unnamed
    if holder is not None and qualifier_elsewhere_en(text, sp, holder):
        return True  # "Superintendent Anna Hill …. “…,” the superintendent of the prison said": maybe another's office, unnamed
    if holder is not None and _person_holder_en(text, holder):  # a person's role is no organisation
        _take_antecedent(q, sp, holder, "en", set(), text)
    return bool(how)


def _take_antecedent(q: Quote, sp: Speaker, ref: Speaker, lang: str, unresolved: set[int], text: str = "") -> None:
    """A pronoun or role speaker takes the name (and role, organisation id) of the speaker it points back at;
    German "er"/"sie" to a first name of unknown gender stays below the speaker bar (:func:`gender_unshown_de`)."""
    if lang == "de" and GENDER_UNSHOWN not in q.flags and gender_unshown_de(text, sp, ref):
        q.flags.append(GENDER_UNSHOWN)
    sp.name, sp.role = ref.name, sp.role or ref.role
    if sp.resolved_from == "role":
        sp.role = sp.mention
    if (ref.id or "").startswith("org:"):
        sp.id = "org:"
    if lang == "de" and sp.resolved_from == "pronoun" and id(ref) in unresolved:
        _unresolved_pronoun_de(q, unresolved)  # "„…“, sagte sie. „…“, fügte sie hinzu": still no one


PRONOUN_UNRESOLVED = "speaker-pronoun-unresolved"  # German "er"/"sie" whose antecedent nothing before it names
ROLE_UNSTATED = "speaker-role-unstated"  # English: a role handed to a person the text gives no role (office) at all


def _unresolved_pronoun_de(q: Quote, unresolved: set[int]) -> None:
    """Flag a German pronoun speaker that points back at no one named (``_set_confidences`` keeps it below the
    speaker bar: a bare "sie" is no one a report can compare), and remember it for pronouns pointing at it."""
    if q.speaker is not None and not q.speaker.name:
        unresolved.add(id(q.speaker))
        q.flags.append(PRONOUN_UNRESOLVED)


# "In her own words: “", "In his words, “": a lead-in that gives the quote to the one its possessive points at
_OWN_WORDS_LEAD_EN = re.compile(r"(?<![\w’'-])[Ii]n\s+(?:his|her|their)\s+(?:own\s+)?words\s*[:,]?\s*[\"“‘']?\Z")


def _frame_names_another_en(text: str, q: Quote, ref: Speaker) -> bool:
    """English: whether quote ``q``'s own frame right after its closing mark names someone by capitalised words not all
    of which are in ``ref``'s name ("“…,” Procter and Gamble said", "“…,” Tom Reed for Senate said": a subject the rules
    refused), or a lead-in before it gives the words to someone by a possessive ("In her own words: “…”": hers, whom the
    rules did not resolve; not the speaker quoted before): the quote does not carry on ``ref``'s speech."""
    if _OWN_WORDS_LEAD_EN.search(text, max(0, q.start - 40), q.start):
        return True
    if q.cue_start is None or q.cue_start < q.end:
        return False
    if _unread_name_after_cue_en(text, q):
        return True
    between = text[q.end : q.cue_start]
    if len(between) > 60 or re.search(r"[.!?;:]\s", between):
        return False
    caps = re.findall(r"(?<![\w’'-])[A-Z][\w’'-]+", between)
    known = set((ref.name or ref.mention or "").split())
    return bool(caps) and not all(c in known for c in caps)


# after an inverted cue ("“…,” wrote| @orbisfan on X."): an @handle, or a first name and a capitalised word, before
# the clause ends
_HANDLE_OR_NAME_AFTER_EN = re.compile(r"[^.!?;:\n“”\"]{0,60}?(?:(?<![\w@])@\w{2,}|(?<![\w’'-])([A-Z][a-z][\w’'-]*)\s+[A-Z][\w’'-]*[a-z])")


# after an inverted cue, up to three lower-case words: an unnamed group among them ("said senior officials", "said two
# people familiar with the matter") is the frame's own speaker
_LOWER_WORDS_AFTER_EN = re.compile(r"(?:\s+[a-z][\w-]*(?![\w’'-])){0,3}")
_GROUP_NOUNS_EN = PEOPLE_PLURAL_EN | {"officials", "sources", "insiders", "people", "persons", "aides", "experts", "observers",
                                     "officers", "executives", "spokespeople", "advisers", "advisors"}


def _unread_name_after_cue_en(text: str, q: Quote) -> bool:
    """English: whether quote ``q``'s cue follows it straight on ("“…,” wrote …", "“…,” the user … replied") and the
    clause after the cue holds an @handle or a person's name that the rules did not read as the speaker: the frame
    names its own speaker, whom the quote must not trade for the one quoted before (rv82-15)."""
    if re.search(r"[.!?;:]\s", text[q.end : q.cue_start]) or q.cue_end is None:
        return False
    if re.search(r"(?<![\w@])@\w{2,}", text[q.end : q.cue_start]):
        return True  # "“…,” the user @orbisfan replied"
    if any(w in _GROUP_NOUNS_EN for w in _LOWER_WORDS_AFTER_EN.match(text, q.cue_end).group(0).split()):  # type: ignore[union-attr]
        return True  # "“…,” said officials.", "said sources close to the talks": a group the rules do not read (rv82-22)
    m = _HANDLE_OR_NAME_AFTER_EN.match(text, q.cue_end)
    if m is None:
        return False
    first = m.group(1)
    return first is None or first in ("Will", "May") or first_name_gender_en(first) is not None


def _take_antecedent_back(q: Quote, sp: Speaker, quotes: list[Quote], ref: Speaker, lang: str, unresolved: set[int], text: str,
                          where: tuple[list[Sentence], tuple[int, Speaker], int] | None = None) -> None:
    """:func:`_take_antecedent` for ``q``'s pronoun or role speaker ``sp``; in English a role speaker that takes the name
    of a speaker guessed for a "he"/"she" before (PRONOUN_GUESSED: "Peter Quill did not agree. “…,” he said.
    “…,” the candidate said") is a guess too, below the speaker bar: the guess never reaches the bar through the role;
    so is "he"/"she" taken for a person of unknown gender while someone of the pronoun's gender is named near
    (:func:`rival_of_pronoun_gender_en`; ``where``: the sentences, the antecedent with its sentence, the quote's)."""
    unstated = lang == "en" and sp.resolved_from == "role" and role_verdict_for_en(
        text, sp.mention, ref.name, ref.role, sp.start if sp.start is not None else q.start) == "unstated"
    _take_antecedent(q, sp, ref, lang, unresolved, text)
    if unstated:
        q.flags.append(ROLE_UNSTATED)  # "Tom Reed said …. “…,” the president said": nothing makes Reed a president
    if lang == "en" and sp.resolved_from == "role" and PRONOUN_GUESSED not in q.flags and any(
            o.speaker is ref and PRONOUN_GUESSED in o.flags for o in quotes):
        q.flags.append(PRONOUN_GUESSED)
    if lang == "en" and PRONOUN_GUESSED not in q.flags and any(o.speaker is ref and o is not q and "colon-frame" in o.flags for o in quotes):
        q.flags.append(PRONOUN_GUESSED)  # "Gold for Denise Lee: “…” ¶ She said …": a verbless colon frame's guess, below the bar
    if lang == "en" and where is not None and PRONOUN_GUESSED not in q.flags and rival_of_pronoun_gender_en(text, where[0], where[1], where[2], q, sp):
        q.flags.append(PRONOUN_GUESSED)  # "David Okafor …. Fiona Gale …. “…,” he said": Gale's gender unknown


def _after_newer_indefinite(sp: Speaker, near: bool, last_named: tuple[int, Speaker] | None, found: Speaker) -> bool:
    """Whether role speaker ``sp`` comes right after an indefinite role of its office, unnamed ("said Tesco spokesman Tom
    Reed. “…,” a spokesman for Asda said. “…,” the spokesman said"): it is that newer one, not the person named before it
    (``found``), unless it names that person's body and not the newer one's ("the Tesco spokesman")."""
    if sp.resolved_from != "role" or not near or last_named is None:
        return False
    new = last_named[1]
    return new.resolved_from == "role" and not new.name and newer_indefinite_role(new.mention, sp.mention, found.role)


def _may_take_recent_person(sp: Speaker, near: bool, last_named: tuple[int, Speaker] | None, lang: str) -> bool:
    """Whether pronoun or role speaker ``sp`` may go to the person the text named last (:func:`_recent_person`):
    only when no named speaker is near to point back at, never for "I"/"we"/"ich"/"wir" (the writer), and in
    English never after a role a named person owns ("Mr. Jones's lawyer": that one person, unnamed)."""
    if near and last_named is not None and last_named[1].name:
        return False
    if near and last_named is not None and last_named[1].resolved_from == "role" and sp.resolved_from == "pronoun":
        return False  # "…, sagte ein Gewerkschafter. „…“, fügte er hinzu": the unionist, unnamed, not someone named before
    if lang == "en":
        return not (_writer_pronoun_en(sp) or (near and last_named is not None and _owned_role_en(last_named[1].mention)))
    return not (lang == "de" and _writer_pronoun_de(sp))
