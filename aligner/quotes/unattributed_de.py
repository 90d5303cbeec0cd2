"""The German passes after attribution: the frames the span rules do not read, tried in order for a
quote still without a speaker (``_unattributed_de``), titles in lists, chained quotes and reported
speech carried on in the subjunctive."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quote, Sentence, Speaker
from .base import _PREV_WORD, _WORD, Cue, _sent_index, _set_rule, _strip_span, _tokens, find_cues, rule_of
from .choices import DE
from .frames_de import _WRITTEN_DE, _relative_subject_de
from .lexicon import CUES_DE, SUBJUNCTIVE_DE
from .marks import QUOTE_CHARS
from .phrases import _FINITE_DE, _OTHER_DETERMINER_DE, make_speaker, np_after
from .pronouns import _noun_phrase_in_marks_de, _possessive_antecedent_de
from .speakers import first_name_gender_de as _first_name_gender_de
from .speakers import organisation_de, parse_mention
from .subjects import (
    _PASSIVE_AUX,
    _REPORTED_DE,
    _TIME_AFTER_CUE_DE,
    _clause_start,
    _document_head,
    _document_in,
    _is_weak,
    _speaker_or_frame_subject,
    _subject_after_cue_de,
)

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
        # the subjunctive of reported speech, Konjunktiv II where it stands in for it ("Kämen sie dem nicht nach, so …")
        if not (whole or _REPORTED_DE.search(text, *own)) or find_cues(text, *own, "de") or text[own[0] : own[1]].rstrip().endswith("?"):
            continue
        for j in range(min(idxs) - 1, max(-1, min(idxs) - 1 - DE.context_sentences), -1):
            s = sents[j]
            if any(o is not q and o.start < s.end and s.start < o.end and o.kind != "indirect" and "title" not in o.flags for o in quotes):
                break  # a quote of its own stands between: the speech before it is not carried on
            cues = [c for c in find_cues(text, s.start, s.end, "de") if not _is_weak(c.lemma, "de") or _split_aufforderte_de(text, c, s.end)]
            if not cues:
                continue
            c = cues[0]
            span = _speaker_or_frame_subject(text, c, _clause_start(text, s.start, c.start), s.end, "de")
            sp = make_speaker(text, span, "de", strict=True) if span is not None else None
            if sp is not None and parse_mention(sp.mention, "de")[2] != "pronoun":
                q.speaker = sp
                _set_rule(q, "after-speech-verb" if whole else "subjunctive-after-cue")
            break


def _split_aufforderte_de(text: str, c: Cue, end: int) -> bool:
    """German: "forderte … auf" is the separable "auffordern", a verb of saying, not the weak "fordern"
    ("Der Bürgermeister forderte alle Bewohner zum Rückzug auf.")."""
    return c.lemma == "fordern" and re.search(r"\s+auf\s*[.;!]", text[c.end : end]) is not None


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


# a possessive view named in the quote's own sentence before it ("Seiner Ansicht nach ist der Plan „…“", "Aus ihrer Sicht",
# "Nach ihrer Auffassung", "In seinen Augen"): whose view it is, as "nach Ansicht von X" names X
_VIEW_PHRASE_DE = re.compile(r"(?:[Nn]ach\s+)?([Ss]einer|[Ii]hrer)\s+(?:Meinung|Ansicht|Auffassung|Überzeugung|Einschätzung)"
                             r"|(?:[Aa]us|[Ii]n)\s+([Ss]einer|[Ii]hrer)\s+Sicht|[Ii]n\s+([Ss]einen|[Ii]hren)\s+Augen")


def _possessive_view_phrase_de(text: str, sents: list[Sentence], i0: int, q: Quote, quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a possessive view before the quote in its own sentence (:data:`_VIEW_PHRASE_DE`; "Seiner Ansicht nach
    ist der Plan „…“"): the person the possessive points at (rule possessive-view; :func:`_possessive_antecedent_de`),
    never the phrase itself ("Seiner Ansicht" was taken as the sentence's subject)."""
    s = sents[i0]
    m = next(_VIEW_PHRASE_DE.finditer(text, s.start, q.start), None)
    if m is None or "," in text[s.start : m.start()] or _clause_start(text, s.start, m.start()) != s.start:
        return None  # "…, bei dem es sich seiner Meinung nach um …": a clause of its own, whose "sein" is open
    want = "m" if (m.group(1) or m.group(2) or m.group(3)).lower().startswith("sein") else "not-m"
    sp = _possessive_antecedent_de(text, sents, i0, want, quotes)
    return (sp, "possessive-view") if sp is not None else None


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
        if not worded and not any(not _is_weak(c.lemma, "de") for c in cues) and not _modal_then_saying_de(text, pointer, end):
            return None  # "Das finden viele", "Diese Worte hörte X": no verb of saying
        skip = re.compile(r"\s*sich(?![\w-])").match(text, pointer.end(2), end) or _BEFORE_SUBJECT_DE.match(text, pointer.end(2), end)
        span = np_after(text, skip.end() if skip else pointer.end(2), end, "de", at_start=True)
        if not skip and _TIME_AFTER_CUE_DE.match(text, pointer.end(2), end):
            span = _subject_after_cue_de(text, Cue(pointer.start(2), pointer.end(2), ""), end, None)  # "Das sagte in der Nacht X"
        elif span is not None and not skip:  # "Das sagte Max Maier der Zeitung", "Das sagte der Zeitung ein Sprecher"
            span = _subject_after_cue_de(text, Cue(pointer.start(2), pointer.end(2), ""), end, span)
    sp = make_speaker(text, span, "de", strict=True) if span is not None else None
    return (sp, "next-sentence-frame") if sp is not None and parse_mention(sp.mention, "de")[2] in ("person", "role", "group") else None

_MODALS_DE = frozenset({"musste", "mussten", "wollte", "wollten", "konnte", "konnten", "sollte", "sollten", "durfte", "mochte",
                        "muss", "will", "kann", "soll", "darf"})


def _modal_then_saying_de(text: str, pointer: re.Match, end: int) -> bool:
    """German: "Das musste die Ministerin am Montag einräumen": after the pointer a modal verb, and the
    clause closes with the infinitive of a verb of saying (a cue lemma of the lexicon)."""
    words = _WORD.findall(text, pointer.end(2), end)
    return pointer.group(2) in _MODALS_DE and bool(words) and words[-1] in CUES_DE and not _is_weak(words[-1], "de")


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
    names the person in full elsewhere ("Max Maier") or gave a quote before to that name (rule
    adverb-name-colon); a name the text never introduced may be a thing's."""
    found = _colon_frame_match_de(text, sents, i0, q, _ADVERB_NAME_COLON_DE)
    if found is None:
        return None
    frame, cs, m = found
    sp = make_speaker(text, (cs + m.start(1), cs + m.end(1)), "de", strict=True)
    surname = (sp.name or "").split()[-1:] if sp is not None else []
    if sp is None or not surname:
        return None
    # introduced before the frame, or after it (a live blog's newest post stands first, its introduction last)
    named = re.search(r"[A-ZÄÖÜ][\w’'-]+\s+" + re.escape(surname[0]) + r"(?![\w-])", text[: frame[0]] + "\n" + text[frame[1] :]) is not None
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

# a colon frame that gives whose certainty follows ("Für Anna Weber steht fest:", "Für die Ministerin ist klar:")
_FOR_X_CERTAIN_DE = re.compile(r"\s*(?:(?:[Aa]uch|[Dd]och|[Uu]nd|[Aa]ber)\s+)?[Ff]ür\s+([^,.;:!?„“\"]{2,60}?)\s+(?:ist|war|sei|steht|stand|stehe)\s+"
                               r"(?:(?:jedenfalls|auch|nun|längst|schon|aber|dagegen|hingegen|indes|jetzt|bereits)\s+)*"
                               r"(?:klar|fest|sicher|eindeutig|ausgemacht|unstrittig)\s*:\s*$")


def _for_x_certain_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: "Für Anna Weber steht fest: „…“", "Für die Gewerkschaft ist klar:": the one for whom it is certain, a
    person, role or body named in two words or more (one word that may be a place, people in the plural: no one; rule
    fuer-x-certain)."""
    found = _colon_frame_match_de(text, sents, i0, q, _FOR_X_CERTAIN_DE)
    if found is None:
        return None
    _frame, cs, m = found
    span = np_after(text, cs + m.start(1), cs + m.end(1), "de", at_start=True)
    if span is None or span[1] != cs + m.end(1):
        return None
    sp = make_speaker(text, span, "de", strict=True)
    if sp is None or len(sp.mention.split()) < 2:
        return None  # "Für Berlin ist klar:": one word may name a place
    return (sp, "fuer-x-certain") if parse_mention(sp.mention, "de")[2] in ("person", "role") or organisation_de(sp.mention) else None


# after a quote and its comma: "steht (geschrieben) in/im/auf …", "ist auf/in … zu lesen" (where the words stand)
_WRITTEN_AFTER_DE = re.compile(r"[“”\"«»]?\s*,\s*(?:(?:steht|stand|stehe|stehen|standen)(?:\s+(?:auch|dort|etwa|noch|zudem|bereits|schon))?"
                               r"(?:\s+geschrieben)?|(?:ist|war|sei)(?=\s+(?:in|im|auf)\s[^,.;:!?]{2,80}\s+zu\s+lesen))\s+(?=(?:in|im|auf)\s)")


def _written_in_after_de(text: str, sents: list[Sentence], i0: int, q: Quote, _quotes: list[Quote]) -> tuple[Speaker, str] | None:
    """German: a frame after a quote that says where its words stand ("„…“, steht in dem Papier der Regierung.",
    "„…“, stand auf einem Transparent.", "„…“, ist auf der Website der Partei zu lesen."): that document, with its
    owner where a genitive names one (rule written-in, below the bar: a document, not who wrote it)."""
    m = _WRITTEN_AFTER_DE.match(text, q.end)
    i1 = _sent_index(sents, max(q.start, q.end - 1))
    doc = _WRITTEN_DOCUMENT_DE.match(text, m.end(), sents[i1].end) if m is not None and i1 is not None else None
    if doc is None or not _document_head(doc.group("head").lower()):
        return None  # "steht in Berlin", "steht im Raum", "steht in der Kritik": a place or a state, no document
    sp = make_speaker(text, (doc.start("np"), doc.end("np")), "de")
    return (sp, "written-in") if sp is not None else None


# the document after in/im/auf up to the clause's end, with a genitive or "von" owner ("in dem Papier der Regierung")
_WRITTEN_DOCUMENT_DE = re.compile(r"(?:in|im|auf)\s+(?P<np>(?:(?:de[mnrs]|einem|einer|eines|seinem|seiner|ihrem|ihrer)\s+)?"
                                  r"(?:[a-zäöüß-]+\s+){0,2}?(?P<head>[A-ZÄÖÜ][\w-]*)(?:\s+(?:des|der|eines|einer|von|vom)\s+"
                                  r"(?:[a-zäöüß-]+\s+){0,2}?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)*)?)\s*(?=zu\s+lesen|[,.;:!?]|$)")


def _possessive_mention_de(sp: Speaker) -> bool:
    """German: a speaker mention that is a possessive alone or with a noun of view ("Ihr", "Ihre
    Botschaft"): no one who speaks, but a pointer back at them (the colon frame's subject as read)."""
    words = sp.mention.split()
    return bool(words) and (words[0].lower() in ("sein", "seine", "ihr", "ihre") and (
        len(words) == 1 or re.fullmatch(_VIEW_NOUN_DE, words[-1]) is not None)) or _VIEW_PHRASE_DE.fullmatch(sp.mention) is not None

_UNATTRIBUTED_RULES_DE = (_written_in_after_de, _subject_after_object_de, _introduced_surname_de, _age_noun_de, _conviction_after_de, _for_x_certain_de, _adverb_name_colon_de,
                          _possessive_view_de, _possessive_view_phrase_de,
                          _relative_frame_de, _document_colon_de, _statement_there_de, _points_back_de, _words_from_de,
                          _next_sentence_frame_de, _passive_agent_de, _publication_in_de)
_FRAGMENT_RULES_DE = (_passive_agent_de, _publication_in_de)  # frames that mostly hold a few words: fragments too


def _own_certain_frame_de(text: str, sents: list[Sentence], q: Quote, quotes: list[Quote]) -> None:
    """German: a quote that carries on the speaker before it while its own colon frame names whose certainty it is
    ("„…“, sagte Paul Krause. Für Anna Weber steht fest: „…“") or names an introduced person after an adverb ("Dazu
    Kneidinger: „…“" in a live blog after Behrens's post): the frame's person, not the speaker carried on."""
    if q.speaker is None or rule_of(q) != "reported-speech-continuation" or q.kind == "indirect":
        return
    i0 = _sent_index(sents, q.start)
    found = (_for_x_certain_de(text, sents, i0, q, quotes) or _adverb_name_colon_de(text, sents, i0, q, quotes)) if i0 is not None else None
    if found is not None:
        q.speaker = replace(found[0])
        q.flags = [f for f in q.flags if f != "speaker-from-context"]
        _set_rule(q, found[1])


# "Das sagte auch die Kanzlerin", "So sieht es auch X": someone who said it too, maybe after the one before
_ALSO_SAID_DE = re.compile(r"\s*(?:\S+\s+){1,4}?(?:auch|ebenfalls|ebenso)(?![\w-])")


# the sentence after the quote says who said or wrote it, with no "nicht" ("Das sagt Markus Caduff.", "Das hatte Norbert
# Blüm 1986 gesagt.", "Mit diesen Worten erinnert X an …"); a verb of judging ("Das sieht X anders", "Das bestätigte X", "Das hält X für falsch") names one
# who speaks of the words, not their speaker
_SAYS_SO_DE = re.compile(r"(?=[^.!?:]*?(?<![\w-])(?:sagt|sagte|sagten|gesagt|schrieb|schreibt|geschrieben|erklärte|erklärt"
                         r"|betonte|betont|twitterte|getwittert|Worten)(?![\w-]))(?![^.!?:]*?(?<![\w-])nicht(?![\w-]))")


def _next_frame_over_guess_de(text: str, sents: list[Sentence], q: Quote, quotes: list[Quote]) -> None:
    """German: a whole quote given the subject of the sentence before it only as a guess (rule previous-sentence-subject)
    whose next sentence points back at it and names who said it ("Ruth Gasser ist tot. «Sie war eine Kämpferin.» Das
    sagt Markus Caduff."): the speaker named there (rule next-sentence-frame), never the one the words are about."""
    if q.speaker is None or rule_of(q) != "previous-sentence-subject" or q.kind != "direct":
        return
    i0 = _sent_index(sents, q.start)
    found = _next_sentence_frame_de(text, sents, i0, q, quotes) if i0 is not None else None
    start = _after_quote_de(text, sents, q)
    if found is not None and start is not None and not _ALSO_SAID_DE.match(text, start) and _SAYS_SO_DE.match(text, start):
        q.speaker = replace(found[0])
        q.flags = [f for f in q.flags if f != "speaker-from-previous-sentence"]
        _set_rule(q, found[1])


def _unattributed_de(quotes: list[Quote], sents: list[Sentence], text: str) -> None:
    """German: a whole or partial quote still without a speaker tries the frames the span rules do not
    read, in order (``_UNATTRIBUTED_RULES_DE``): a possessive colon frame, a relative clause's speech
    verb, a sentence after the quote naming whose words they were.  Each records its rule's name."""
    for q in quotes:
        _own_certain_frame_de(text, sents, q, quotes)
        _next_frame_over_guess_de(text, sents, q, quotes)
        if (q.speaker is not None and not _possessive_mention_de(q.speaker)) or "title" in q.flags:
            continue
        i0 = _sent_index(sents, q.start)
        if i0 is None or (q.kind == "fragment" and "name-like" in q.flags):
            continue
        # reported speech only by its own verb's lone surname ("…, sagte Hartung." after "Stefan Hartung")
        for rule in _UNATTRIBUTED_RULES_DE if q.kind not in ("fragment", "indirect") else _FRAGMENT_RULES_DE if q.kind == "fragment" else (
                _introduced_surname_de,):
            found = rule(text, sents, i0, q, quotes)
            if found is not None:
                q.speaker = replace(found[0])
                _set_rule(q, found[1])
                break
        else:
            if q.speaker is not None and _possessive_mention_de(q.speaker):
                q.speaker = None  # "Ihr Rat an alle:" pointing back at no one named: no speaker, not "Ihr Rat"
                _set_rule(q, "unattributed")


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
