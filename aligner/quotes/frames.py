"""The frame rules of both languages: the frames around a quoted span, tried in order
(``SPAN_RULES``), the kind of a quote, and the cue clause of reported speech (``_indirect``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterator

from ..model import Quote, Sentence
from ..text.corrections import IN_A_DE, earlier_version_de, earlier_version_en
from ..text.lines import opens_line
from .base import (
    _DETERMINERS,
    _HSPACE,
    _WORD,
    FRAGMENT_MAX_WORDS,
    Cue,
    _covered,
    _Framed,
    _sent_index,
    _strip_span,
    _tokens,
    _TopSpans,
    _word_count,
    find_cues,
)
from .choices import DE, EN
from .frames_de import (
    _ABBR_AT_END,
    _COPULA_DE,
    _SUBORDINATE_LEAD_DE,
    _SUBORDINATORS_DE,
    _WRITTEN_DE,
    RELAYED_TEXT_DE,
    REPORTED_OTHER_DE,
    _cue_clause_de,
    _in_relative_clause_de,
    _laut_de,
    _nach_view_de,
    _opens_coordinated_subject_de,
    _own_reported_clause_de,
    _people_head_de,
    _perfect_clause_subject_de,
    _quoted_name_subject_de,
    _relative_subject_de,
    _reported_in_subordinate_clause_de,
    _rule_name_bracket_de,
    _so_x_de,
    _subject_first_clause_de,
    _subordinate_clause_start_de,
    _zufolge_de,
    age_noun_after_de,
    bracket_frame_de,
    obituary_head_de,
    other_words_source_de,
    passive_colon_frame_de,
    reaction_source_de,
    relative_colon_subject_de,
    relayed_text_source_de,
    reported_other_subject_de,
    second_source_after_de,
    so_adverb_before_verb_de,
    so_idiom_de,
    told_colon_frame_de,
    without_time_phrase_de,
    zufolge_object_de,
)
from .frames_en import (
    _PRESENTING_EN,
    _SIGNATURE_LINE_EN,
    _SUBORDINATE_LEAD_EN,
    STATEMENT_ISSUED,
    _according_to_en,
    _and_clause_cues_en,
    _cue_clause_en,
    _frame_words_before,
    _inverted_after_adverbial_en,
    _person_cue_before_en,
    _presented_thing_en,
    _thing_subject_en,
    according_to_after_en,
    inverted_cue_subject_en,
    late_inverted_frame_en,
    opening_subordinate_end_en,
    rule_what_x_called_en,
    statement_issuer_en,
)
from .lexicon import ARTICLES, INSTITUTION_WORDS, NOT_SENTENCE_END, NP_STOP, PRONOUNS, TITLE_ABBR, alternation
from .marks import QUOTE_CHARS, QuoteSpan
from .phrases import (
    _PREPS,
    _SKIP_AT_START,
    AGENCY_EN,
    TIME_BEFORE_VERB_EN,
    _is_title,
    _name_like,
    _title_chain_before,
    after_dateline_en,
    after_wire_dateline,
    make_speaker,
    np_after,
    np_before,
    verb_second_after_frame_de,
)
from .speakers import any_first_name_gender, is_role_word, organisation_de, parse_mention, plausible_speaker
from .subjects import (
    _PASSIVE_AUX,
    _REPORTED_DE,
    _TIME_AFTER_CUE_DE,
    WITH_ABSOLUTE,
    _clause_start,
    _document_head,
    _document_in,
    _Found,
    _frame_subject,
    _is_weak,
    _participle_subject,
    _passive_cue_de,
    _speaker_or_frame_subject,
    _speaker_rank,
    _subject_for_cue,
    particle_name_after_cue_de,
    told_passive_en,
    two_phrases_de,
    with_absolute_colon_en,
)


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
        if w[0].islower() and re.search(r"(?:te|ten|t)$", w) and w.lower() not in NP_STOP["de"] and (quote_comma or not DE.generic_needs_comma):
            np = np_after(text, toks[0][1], b, lang)
            if np:
                return Cue(toks[0][0], toks[0][1], w.lower()), np
        if quote_comma and w[0].islower() and w.lower() not in NP_STOP["de"] and w.lower() not in _PREPS:
            # „…“, strich Romney heraus: any finite verb right after „…“, with a person after it
            np = np_after(text, toks[0][1], b, lang)
            if np and (_speaker_rank(text, np, lang) <= 2.5 or organisation_de(text[np[0] : np[1]])):
                return Cue(toks[0][0], toks[0][1], w.lower()), np  # "„…“, entschied das Gericht": a body speaks too
        return None
    # English: NP + verb in -ed/-s, or verb + NP
    for k in range(min(len(toks), 5)):
        s, e, w = toks[k]
        if k > 0 and w[0].islower() and re.search(r"(?:ed|s)$", w) and w.lower() not in NP_STOP["en"]:
            np = np_before(text, a, s, lang)
            if np and np[0] == toks[0][0]:
                return Cue(s, e, w.lower()), np
    return None


# -- the span rules' shared pieces -----------------------------------------------------

SO_RULES = {"so": "so-x", "laut": "laut-x", "zufolge": "x-zufolge", "according to": "according-to", "nach": "nach-x"}


def _spans_with(top: _TopSpans, key: str, a: int, b: int, reverse: bool = False) -> Iterator[QuoteSpan]:
    """The spans of ``top`` whose ``key`` position lies in [a, b], nearest ``a`` first (``reverse``:
    nearest ``b`` first), one by one: a caller that stops at the first it wants reads no more."""
    keys, idx = top.order[key]
    lo, hi = bisect_left(keys, a), bisect_right(keys, b)
    for j in range(hi - 1, lo - 1, -1) if reverse else range(lo, hi):
        yield top[idx[j]]


_ORDINAL_END = re.compile(r"(?<![\w-])(?:am|vom|zum|bis|den|dem|seit|ab)\s+\d{1,2}\.$")
_MONTH_START = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\w-])")


def _frame_before_bounds(text: str, s0: Sentence, sp: QuoteSpan, top: _TopSpans) -> tuple[int, int]:
    """Where the frame before a quote may lie: from its sentence start (or the end of an earlier
    quote, or a sentence end the splitter missed) to the opening mark."""
    before_a, before_b = s0.start, max(s0.start, sp.outer_start)  # the opener may end the sentence before
    for other in _spans_with(top, "outer_end", before_a, before_b, reverse=True):
        if other is not sp and not _name_before_frame(text, other, s0.start, before_b) and not _outlet_before_colon_de(text, other, s0.start, before_b):
            before_a = other.outer_end  # the last quote that closes before this one opens, in the same sentence
            break
    cut = None
    for m_end in re.finditer(r"(?<=[.!?…])[\"“”'’»«]*\s+(?=[A-ZÄÖÜ\"„“‚'‘»«]|$)", text[before_a:before_b]):
        if not (_ORDINAL_END.search(text, max(0, before_a + m_end.start() - 9), before_a + m_end.start())
                and _MONTH_START.match(text, before_a + m_end.end())):
            cut = m_end.end()  # "am 3. Mai": an ordinal before a month, no sentence end
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
    glued = re.match(r'([.!?])"[A-ZÄÖÜ]', text[after_a - 2 : after_a + 1])
    if glued and not (_frame_only_sentence(text, after_a, after_b, lang)
                      and (glued.group(1) != "." or _bare_frame_sentence(text, after_a, after_b, lang))):
        # "It is unfair."Anna Roth said …: a straight closer glued after a sentence end; its word opens the next sentence,
        # a frame only as a sentence of nothing else ("Go home!"Tom Baker shouted. / "We won."Tom Baker said.)
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
        if re.match(r"[^!?:" + QUOTE_CHARS + r"]*:\s*[" + QUOTE_CHARS + r"]", text[nxt_s.start : nxt_s.end]):
            short = False  # '"Do you understand?" Hargreaves replied: "I do."': a colon frame, the next quote's
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


_BARE_FRAME_TAIL_EN = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|on|at|in|later|today|yesterday|tonight|then))*\s*\.\s*$")


def _bare_frame_sentence(text: str, a: int, b: int, lang: str) -> bool:
    """A frame sentence whose speech verb is followed by nothing but names and a time ("Tom Baker said.", "said Tom Baker
    on Monday."): after a straight closer glued to a full stop, "Tom Baker said nothing more." is a sentence of its own."""
    cues = find_cues(text, a, b, lang)
    return bool(cues) and _BARE_FRAME_TAIL_EN.match(text, cues[0].end, b) is not None


def _name_in_frame(text: str, other: QuoteSpan, frame_start: int) -> bool:
    """A paper's name in marks inside a frame after a quote ("…“, schreibt die „Zeit“", "zitiert die
    „Computerwoche“ Lynch", "schrieb „Die Zeit“"): up to three capitalised words right after an article
    or the frame's first word, at most six words into the frame."""
    words = _WORD.findall(text[other.start : other.end])
    prev = _tokens(text, frame_start, other.outer_start)
    return (0 < len(words) <= 3 and words[0][:1].isupper() and len(prev) <= 6 and bool(prev)
            and (prev[-1][2].lower() in ("der", "die", "das", "dem", "den", "im") or len(prev) == 1) and not text[prev[-1][1] : other.outer_start].strip())


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


# a dative article (and a noun for a paper or show) right before an outlet's name in marks ("sagte der „Sport Bild“",
# "sagte dem „Kicker“", "im Interview mit der Zeitung „Die Welt“"); "der" is the dative only before a feminine paper
_OUTLET_ARTICLE_DE = re.compile(r"(?P<art>dem|der)\s+(?:(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+)?$")
# a feminine paper (or a feminine noun for one) after "der": the dative ("sagte der „Zeit“"); a masculine one
# ("der „Spiegel“", "der „Stern“", "der „Kicker“") after "der" is the nominative: the paper speaks
_FEMININE_OUTLET_DE = frozenset({
    "bild", "zeit", "welt", "taz", "faz", "sz", "nzz", "bunte", "gala", "post", "presse", "rundschau", "zeitung",
    "allgemeine", "allgemeinen", "süddeutsche", "süddeutschen", "abendzeitung", "morgenpost", "zeitschrift",
    "wochenzeitung", "tageszeitung", "illustrierte", "illustrierten", "sendung", "nachrichtenagentur", "agentur"})
# verbs of saying something to someone: only after them is the paper in the dative the one told ("Merz kritisierte
# der „Stern“", "Scholz widersprach der „Spiegel“": the paper speaks, or the verb takes its own object)
_TELL_VERBS_DE = frozenset({"sagen", "erklären", "bestätigen", "verraten", "erzählen", "schildern", "versichern", "mitteilen"})


def _outlet_told_de(text: str, before: str, opening: int, close: int) -> bool:
    """Whether the outlet in marks at [opening, close) after ``before`` (up to its opening mark) is in the dative:
    "dem" before any paper; "der" only before a feminine paper or a feminine noun for it."""
    m = _OUTLET_ARTICLE_DE.search(before)
    if m is None:
        return False
    if m.group("art") == "dem":
        return True
    words = [w.lower() for w in _WORD.findall(text, opening, close)]
    if m.group("noun"):
        return m.group("noun").lower() in _FEMININE_OUTLET_DE or m.group("noun").lower().endswith("zeitung")
    return bool(words) and (words[0] in _FEMININE_OUTLET_DE or words[-1] in _FEMININE_OUTLET_DE)


# a verb of writing right before a definite article and the paper's name in marks ("schreibt die „Welt“:")
_WRITING_OUTLET_DE = re.compile(r"(?<![\w-])([a-zäöüß]+)\s+(?:die|der|das)\s*$")
_OUTLET_VERBS_DE = frozenset({"schreiben", "berichten", "melden", "kommentieren", "meinen"})


def _outlet_before_colon_de(text: str, other: QuoteSpan, sent_start: int, frame_end: int) -> bool:
    """German: an outlet's name in marks inside a frame that a colon closes right after it ("Kane sagte der „Sport
    Bild“: „…“"): up to four words, the first capitalised, after a dative article (or "der" before a masculine paper
    with nobody before the verb: "Dazu sagte der „Spiegel“:"), a verb of telling before it; part of the frame, so the
    frame reads on before it (the cheap tests first)."""
    if text[other.outer_start : other.outer_start + 1] not in "„»" or text[other.outer_end : frame_end].strip() != ":":
        return False
    before = text[sent_start : other.outer_start]
    words = _WORD.findall(text, other.start, min(other.end, other.start + 60))
    if len(words) == 1 and len(before.split()) <= 12 and (writer := _WRITING_OUTLET_DE.search(before)) is not None:
        cue = find_cues(text, sent_start + writer.start(1), sent_start + writer.end(1), "de")
        if cue and cue[0].lemma in _OUTLET_VERBS_DE and verb_second_after_frame_de(text, sent_start + writer.start(1)):
            return True  # "In ihrem Leitartikel schreibt die „Welt“:": the paper writes, its words follow
    if not (0 < len(words) <= 4 and words[0][:1].isupper() and len(before.split()) <= 12 and _OUTLET_ARTICLE_DE.search(before)):
        return False
    cues = find_cues(text, sent_start, other.outer_start, "de")
    if not cues or cues[-1].lemma not in _TELL_VERBS_DE:
        return False
    if _outlet_told_de(text, before, other.start, other.end):
        return True
    return _frame_subject(text, _clause_start(text, sent_start, cues[-1].start), cues[-1].start, "de") is None


def _outlet_in_marks_de(text: str, c: Cue, subj: tuple[int, int], frame_end: int) -> bool:
    """German: whether the subject found after verb ``c`` (a verb of telling) is an outlet's name in marks in the
    dative, with only the closing mark and a colon after it ("Kane sagte der „Sport Bild“:"): the one spoken to, never
    the speaker."""
    opening = text.rfind("„", c.end, subj[0] + 1)
    if c.lemma not in _TELL_VERBS_DE or opening < 0 or text[subj[1] : frame_end].strip() not in ("“:", "«:", "\":"):
        return False
    return _outlet_told_de(text, text[c.end : opening], opening + 1, subj[1])


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


# an agency dateline that opens a paragraph right before a quote: "Berlin (dpa) - ", "BERLIN - ", "Kiew – "
_DATELINE_DE = re.compile(r"(?!(?:Der|Die|Das|Ein|Eine|Und|Aber|Auch|Doch|So|Nur|Dann)\s)[A-ZÄÖÜ][\w./-]*(?:\s+[A-ZÄÖÜ][\w./-]*){0,2}"
                          r"(?:\s+\([A-Za-zÄÖÜäöü/ ]{2,20}\))?\s+[-–—]\s+")

# ... an English one: a city in capitals ("WASHINGTON", "NEW YORK", "ST. LOUIS"), or in capitalised words
# before a news agency in brackets ("Paris (AFP) - ", never "Tom Reed (Labour) - "); a region or a date after a comma ("KYIV, Ukraine (AP) — ",
# "BERLIN, Dec 5 (Reuters) - ")
_DATELINE_EN = re.compile(r"(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
                          r"(?:\s+\([A-Za-z/ ]{2,20}\))?"
                          rf"|[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*){{0,2}}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+){{0,2}})?\s+{AGENCY_EN})"
                          r"\s+[-–—]\s+")
_DATELINES = {"de": _DATELINE_DE, "en": _DATELINE_EN}


def _framed(text: str, sents: list[Sentence], top: _TopSpans, sp: QuoteSpan, lang: str) -> _Framed:
    i0 = _sent_index(sents, sp.start)
    assert i0 is not None  # spans whose start lies in no kept sentence were dropped by the caller
    i1 = _sent_index(sents, max(sp.outer_end - 1, sp.start))
    if i1 is None:
        i1 = i0
    before_a, before_b = _frame_before_bounds(text, sents[i0], sp, top)
    dateline = _DATELINES.get(lang)
    if dateline and opens_line(text, before_a) and (dl := dateline.fullmatch(text, before_a, before_b)):
        before_a = dl.end()  # "Berlin (dpa) - „…“, sagte X": the dateline opening the paragraph is no frame of the quote
    after_a, after_b = _frame_after_bounds(text, sents, i1, sp, top, lang)
    return _Framed(text, lang, sents, top, sp, i0, i1, before_a, before_b, after_a, after_b, list(sp.flags))


# -- attribution rules for a quoted span, tried in order; each records its name -------------------


# a verb of perception after the infinitive of a verb of saying ("sagen hören", "rufen gehört"): the subject heard it
_HEARD_AFTER_CUE_DE = re.compile(r"\s+(?:hören|gehört|hörte|hörten|sehen)(?![\w-])")


def _rule_frame_after(f: _Framed) -> None:
    """``„…“, sagte X`` / ``“…,” X said`` / ``– so X`` / ``according to X`` / a short generic frame
    (rules frame-after, so-x, laut-x, x-zufolge, according-to, frame-after-generic)."""
    text, lang, after = f.text, f.lang, f.after
    f.after_frame = bool(re.match(r"^\s*[,–—-]", after)) or (not after.strip(" .\n")) or (
        text[f.sp.end - 1 : f.sp.end] in ",.!?…") or _bare_frame_after(f)
    if not (f.after_frame and after.strip(" .\n")):
        return
    if lang == "en" and _new_sentence_after_framed_en(f):
        return  # "…, telling him, “You are a star!” He replied, “…”": his next sentence, her words; the quote ends hers
    if lang == "de" and _reported_in_subordinate_clause_de(text, f.sents[f.i0].start, f.sp):
        if f.cue is None:  # "Während X erklärte, sie sei „…“, räumte Y ein": X's words, Y's verb frames nothing of them
            f.after_frame = False
        return
    m_a = re.match(r"^[\s,–—-]*", after)
    fa = f.after_a + (m_a.end() if m_a else 0)
    fb = f.after_b
    cues = [c for c in find_cues(text, fa, fb, lang) if _frame_words_before(text, fa, c.start) <= 6
            or _title_chain_before(text, fa, c.start, lang) or _role_comma_name_before(text, fa, c.start, lang)
            or (lang == "de" and bracket_frame_de(text, fa, c))]
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
    if m_so and lang == "de" and m_so.group(1).lower() == "so" and so_idiom_de(text, fa + m_so.end()):
        m_so = None  # "„…“, so der Plan.", "so Gott will": no source
    if m_so and lang == "de" and so_adverb_before_verb_de(text, fa + m_so.end(), cues):
        fa, m_so = fa + m_so.end(), None  # "„…“, so formulierte es Paul Krause", "so hatte es X gesagt": the verb after "so" frames
    if m_so and (m_so.group(1).lower() != "so" or lang == "de"):
        cue = Cue(fa, fa + m_so.end(), m_so.group(1).lower())
        f.attribute(cue, _so_source(text, cue, fb, lang), SO_RULES[cue.lemma])
        cues = []
    if not cues and f.cue is None and lang == "en" and (late := late_inverted_frame_en(text, fa, fb)) is not None:
        f.attribute(late[0], late[1], "frame-after-late")  # "“…” since …, said Lee Epstein.": the verb ending the sentence
        return
    if not cues and f.cue is None:
        quote_comma = text[f.sp.start : f.sp.end].rstrip()[-1:] in ",!?" or (lang == "de" and after.lstrip().startswith(","))
        generic = _generic_after_frame(text, fa, fb, lang, quote_comma=quote_comma)
        if generic is not None and (lang != "en" or EN.frame_after_generic):
            f.attribute(generic[0], generic[1], "frame-after-generic")
    if cues and lang == "de" and _HEARD_AFTER_CUE_DE.match(text, cues[0].end):
        f.attribute(cues[0], None, "frame-after")  # "„…“, hatte Anna Weber Paul Krause sagen hören": who heard it did not say it
        return
    if cues:
        cue = cues[0]
        first_tok = _tokens(text, fa, fb)[:1]
        inverted = bool(first_tok) and first_tok[0][0] == cue.start
        if lang == "de" and not inverted and DE.frame_after_verb_first and _subject_first_clause_de(text, fa, cue):
            if f.cue is None:
                f.after_frame = False
            return  # "…„überzogen“, Bundestrainer Joachim Löw bezeichnete …": a clause of its own, no frame of the quote
        if lang == "en" and not inverted and (late := late_inverted_frame_en(text, fa, fb)) is not None and late[0].start == cue.start:
            f.attribute(cue, late[1], "frame-after-late")  # "“We're happy” about the decision, said Ann Lee": after the comma
            return
        if lang == "en" and not inverted and _inverted_after_adverbial_en(text, fa, cue):
            f.attribute(cue, _role_then_name(text, cue.end, fb, lang) or _subject_for_cue(text, cue, fa, fb, lang, prefer_after=True),
                        "frame-after")
            return
        participle = _participle_subject(text, cue, fa, f.sents[f.i0].start) if lang == "en" and inverted else None
        named = _role_then_name(text, cue.end, fb, lang) if inverted else _role_comma_name_before(text, fa, cue.start, lang)
        f.attribute(cue, participle or named or _subject_for_cue(text, cue, fa, fb, lang, prefer_after=inverted), "frame-after")
    elif f.cue is None:
        f.after_frame = False


def _so_source(text: str, cue: Cue, fb: int, lang: str) -> tuple[int, int] | None:
    """The source after "so" / "laut" / "zufolge" / "according to" framing a quote (``cue``), up to ``fb``."""
    source = according_to_after_en(text, cue.end, fb) if cue.lemma == "according to" and lang == "en" else np_after(text, cue.end, fb, lang)
    if cue.lemma != "so" or lang != "de":
        return source
    if source is None:
        return particle_name_after_cue_de(text, cue, fb) or age_noun_after_de(text, cue.end, fb)  # "so von der Leyen", "so die 45-Jährige"
    if two_phrases_de(text, source):
        return None  # "so die Polizei Anna Weber": two phrases, unsure
    if second_source_after_de(text, source[1], fb):
        return None  # "so der Kanton Uri und die Gemeinde Altdorf", "so Scholz und Macron": a joint word, no one alone
    return without_time_phrase_de(text, source)  # "„…“, so die Ministerin Mitte Mai."


def _new_sentence_after_framed_en(f: _Framed) -> bool:
    """English: whether a quote closing with "!" or "?" and framed before it in its own sentence ("telling him, “…!”",
    "asked: “…?”") is followed by a capitalised "He"/"She"/"They" (lower case after a quote that a frame after it goes on
    with: "“Stop!” he shouted"): a new sentence, whose subject is no frame of this quote."""
    inner = f.text[f.sp.start : f.sp.end].rstrip()
    if inner[-1:] not in ("!", "?") or not re.match(r"[\s”\"’']*(?:He|She|They)\s", f.text[f.sp.end : f.after_b]):
        return False
    return bool(re.search(r"[,:]\s*[“\"‘]?\s*$", f.text[f.before_a : f.sp.start])) and bool(find_cues(f.text, f.before_a, f.sp.start, "en"))


_ROLE_THEN_NAME = {
    lang: re.compile(
        rf"\s+((?:{det}|[A-ZÄÖÜ][\w\-]+['’]?s)\s+[^,.;:!?()\"“”„]{{2,90}}?),\s+({title}(?:[^\W\d_][\w'’\-]*\s+){{1,3}}"
        r"[^\W\d_][\w'’\-]*)(?=\s*(?:\([^()\n]{1,24}\))?\s*(?:[,.;:!?]|$))")
    # English: a title's dot may open the name ("said the hospital's managing director, Dr. Martin Krause.")
    for lang, det, title in (("en", "the|a|an", rf"(?:(?:{alternation(TITLE_ABBR)})\.\s+)?"),
                             ("de", "der|die|das|dem|den|des|ein|eine|einer", ""))}


# German: an office at a court or body and its holder's name with no comma ("der Vorsitzende Richter am Landgericht Hans
# Meier", "Richter am Amtsgericht Hans Meier"), ending the frame
_ROLE_AT_BODY_THEN_NAME_DE = re.compile(r"\s+((?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+){0,2}(?:am|beim|vom)\s+"
                                        r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Abend|Morgen|Mittag|Rande|Telefon|"
                                        r"Anfang|Ende|Rand|Ort|Mikrofon)(?![\w-]))[A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)(?=\s*(?:\([^()\n]{1,24}\))?\s*(?:[,.;:!?]|$))")


# German: a judge's office at a court, then the name, as a clause's subject before its verb ("Richter am Landgericht Thomas
# Heller sagte:", "Die Vorsitzende Richterin am Amtsgericht Dr. Anna Roth sagte:")
_COURT_OFFICE_SUBJECT_DE = re.compile(r"(?:(?:[Dd]er|[Dd]ie)\s+)?((?:[A-ZÄÖÜ][\w-]*\s+){1,2})(?:am|beim)\s+[A-ZÄÖÜ][\w-]*(?:gericht|gerichtshof)"
                                      r"\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s*$")


def _court_office_subject_de(text: str, cs: int, cue_start: int) -> tuple[int, int] | None:
    """German: the name in a subject "Richter am Landgericht Thomas Heller" that fills [cs, cue_start); None otherwise."""
    m = _COURT_OFFICE_SUBJECT_DE.match(text, cs, cue_start)
    if m is None or not any(is_role_word(t) for t in m.group(1).split()) or any_first_name_gender(m.group(2).split()[0]) is None:
        return None
    return m.span(2)


def _role_then_name(text: str, a: int, b: int, lang: str) -> tuple[int, int] | None:
    """After an inverted cue: a role, a comma, then the person's name (“…,” said the chair of the
    board of regional water authorities, Ines Halberg (SPD). / „…“, sagte der Leiter der Abteilung
    Netzbau, Lukas Berger.): the name, which the noun phrase of the role never reaches."""
    m = _ROLE_THEN_NAME[lang].match(text, a, b) if lang in _ROLE_THEN_NAME else None
    if m is None and lang == "de" and (court := _ROLE_AT_BODY_THEN_NAME_DE.match(text, a, b)) is not None and any(
            is_role_word(t) for t in court.group(1).split()) and any_first_name_gender(court.group(2).split()[0]) is not None:
        return court.span(2)  # "sagte der Vorsitzende Richter am Landgericht Hans Meier": the name after the office's court
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
# Words that make "First Word" a body or brand, not a person ("Victoria Police", "Ryan Air", "Virgin Atlantic"); the company suffixes too
_BRAND_WORDS_EN = _COMPANY_SUFFIXES | frozenset(
    "air airlines airways atlantic police motors motor foods food energy capital partners media systems pharma "
    "health brands airport airports rail railways trains transport insurance finance securities investments "
    "telecom mobile network networks studios records entertainment television radio news press times post journal "
    "hotels resorts stores store retail markets fashion cosmetics beauty home homes water power gas oil steel".split())


def name_kind_en(name: str) -> str:
    """English: what a capitalised name's words make it: "organisation" (a company suffix last or an institution
    word: "Siemens AG", "Nordbrand Bank"); "either" when a listed first name opens such a name ("Tom Bank") or a
    brand word follows the first word ("Ryan Air", "Kofi Power"): a person or a body, each rule deciding as its
    trust asks; else "person"."""
    words = [w.lower().strip(".") for w in name.split()]
    body = bool(words) and _body_words(words)
    first_name = len(words) > 1 and bool(any_first_name_gender(words[0]))
    if body and not first_name:
        return "organisation"
    return "either" if body or any(w in _BRAND_WORDS_EN for w in words[1:]) else "person"


def _body_words(words: list[str]) -> bool:
    """Whether lower-cased name words make a body: a company suffix last or an institution word anywhere."""
    return words[-1] in _COMPANY_SUFFIXES or any(w in INSTITUTION_WORDS for w in words)


def _organisation_name(text: str, a: int, b: int, lang: str) -> bool:
    """A capitalised name that belongs to an organisation: a company suffix, an institution word, or a group id."""
    words = [w.lower().strip(".") for w in text[a:b].split()]
    if _body_words(words):
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
    """A quote that opens its sentence and is followed, with no comma between, by a frame of its own
    (English :func:`_bare_frame_after_en`, German :func:`_bare_frame_after_de`)."""
    if f.lang not in ("en", "de") or f.before.strip(_HSPACE + QUOTE_CHARS) or not f.after[:1].isspace():
        return False
    a = f.after_a + (len(f.after) - len(f.after.lstrip()))  # the first word after the closing mark
    return _bare_frame_after_de(f, a) if f.lang == "de" else _bare_frame_after_en(f, a)


def _bare_frame_after_en(f: _Framed, a: int) -> bool:
    """English: the words from ``a`` are a short frame of their own (“… niches” Smith said. / “… ‘What can I
    do?’” Smith told reporters.): the quote's last character is a letter or a nested closing mark, yet the
    frame is this quote's."""
    first = _tokens(f.text, a, f.after_b)[:1]
    if not first or (first[0][2][0].islower() and first[0][2].lower() not in PRONOUNS["en"] | ARTICLES
                     and not any(c.start == first[0][0] for c in find_cues(f.text, a, f.after_b, "en"))):
        return False  # “…” for Moreau, said Lind: the words after the marks go on with the sentence
    return _short_frame(f.text, a, f.after_b, f.lang)


# German verbs whose object can only be words said: a quote right before one of them, with no comma, is its object
_UTTERANCE_VERBS_DE = frozenset({"sagen", "erklären", "betonen", "meinen", "antworten", "entgegnen", "erwidern", "ergänzen",
                                 "hinzufügen", "schreiben", "twittern", "rufen", "versichern", "bekräftigen", "mitteilen",
                                 "heißen"})


def _bare_frame_after_de(f: _Framed, a: int) -> bool:
    """German: the word at ``a`` is a verb of saying in lower case ("„…“ heißt es dazu in einer Mitteilung",
    "„…“ sagte die Ministerin"): the quote is the sentence's first constituent and the verb, second, its
    frame.  "heißen" only with "es" („…“ heißt die Studie: a name); "schreiben" not after a title-shaped quote."""
    first = _tokens(f.text, a, f.after_b)[:2]
    if not first or not first[0][2][:1].islower():
        return False
    cue = next((c for c in find_cues(f.text, a, f.after_b, "de") if c.start == first[0][0]), None)
    if cue is None or cue.lemma not in _UTTERANCE_VERBS_DE:
        return False  # "„A Bigger Bang“ sahen Millionen": a verb that takes a title or thing as its object
    if cue.lemma == "schreiben" and _name_like(f.text, f.sp, "de"):
        return False  # "„Der Untertan“ schrieb Heinrich Mann": a written work's title, not words said
    return cue.lemma != "heißen" or (len(first) == 2 and first[1][2] == "es")


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
        inverted = inverted_cue_subject_en(text, c, f.before_b, max(f.before_a, f.sents[f.i0].start)) if lang == "en" else None
        if inverted is not None:
            subj = inverted  # "Because of the schedule, explained Tom Rosenberg, “…”": the name after the verb
        elif subj is not None:
            c = shared
        else:
            subj = _speaker_or_frame_subject(text, c, cs, f.before_b, lang, f.sents[f.i0].start)
        if lang == "de" and (court := _court_office_subject_de(text, cs, c.start)) is not None:
            subj = court  # "Richter am Landgericht Thomas Heller sagte:": the name after the office's court (rv84-6)
        if lang == "de" and subj is not None and _outlet_in_marks_de(text, c, subj, f.before_b):
            # "Kane sagte der „Sport Bild“:": the paper is told, Kane speaks ("Dazu sagte der „Spiegel“:": the paper speaks)
            subj = _frame_subject(text, cs, c.start, lang) or subj
        if lang == "de" and c.lemma == "zufolge" and all(o.lemma == "zufolge" for o in cues) and (z := zufolge_object_de(text, cs, c)):
            c, subj, rule = z  # "Anna Weber ist Paul Krause zufolge „…“": Paul Krause's view ("sagte X Y zufolge:": X speaks)
        if lang == "de" and rule == "colon-frame" and (other := other_words_source_de(text, cs, f.before_a + len(before_stripped) - 1)):
            subj, rule = other, "words-of"  # "Anna Weber erinnerte an die Worte von Paul Krause: „…“": his words
        if lang == "de" and rule == "colon-frame" and (relayed := relayed_text_source_de(text, f.sents[f.i0].start, f.before_a + len(before_stripped) - 1))[0]:
            subj, rule = relayed[1], "words-of"  # "Uwe Brand verlas eine Erklärung der Eltern:": the authors' words, not his
            f.flags.append(RELAYED_TEXT_DE)
        elif lang == "de" and rule == "colon-frame" and (rel := relative_colon_subject_de(text, f.sents[f.i0].start, c)) is not None:
            rule, subj = rel  # "…, der gesagt hatte: „…“": the relative clause's subject, never the main clause's
        if lang == "de" and rule == "colon-frame" and told_colon_frame_de(text, cs, c):
            subj = None  # "Paul Krause musste sich sagen lassen:": he was told, the one who told him unnamed
        if lang == "de" and rule == "colon-frame" and subj is not None and (
                other := reported_other_subject_de(text, c, f.before_a + len(before_stripped) - 1, subj)) is not None:
            subj = other  # "Anna Weber sagte, dem widerspreche er Paul Krause gegenüber:": his words maybe, not hers
            f.flags.append(REPORTED_OTHER_DE)
        if lang == "de" and c.lemma != "zitieren":  # "Die „Bild“ zitiert einen Sprecher:": who is quoted speaks
            subj = _quoted_name_subject_de(text, f.before_a, c.start) or subj
        if lang == "en" and subj is not None and _thing_subject_en(text, subj):
            c, subj = _person_cue_before_en(text, f, cues[:-1], c, subj)
        if lang == "en" and subj is not None and told_passive_en(text, subj, c):
            subj = None  # "Whitaker was told (by Collins): “…”": not Whitaker's words; an agent after "by" may be a time ("by the end of the week")
        f.attribute(c, subj, rule)


def _subordinate_lead(text: str, cs: int, cue_start: int, lang: str) -> bool:
    """Whether the clause from cs to a speech verb opens with a subordinating word ("Wie wir berichteten",
    "Als er fragte", "As we reported"): its verb is not coordinated with the next one."""
    toks = _tokens(text, cs, cue_start)
    lead = toks[0][2].lower() if toks else ""
    return lead in (_SUBORDINATORS_DE | {"wie"} if lang == "de" else {"as"})


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
    cs = _clause_start(text, a, c.start)
    if _subordinate_lead(text, cs, c.start, lang):
        return last, None  # "Wie wir berichteten, sagte sie" / "As we reported, said": the clause before is not the speaker's
    subj = _subject_for_cue(text, c, cs, last.start, lang, prefer_after=False)
    if lang == "de" and subj is not None and text[subj[0] : subj[1]].split()[0] in ("dessen", "deren"):
        return last, None  # "Paul Krause, dessen Verein klagt, erklärte:": the relative clause's subject, not the next verb's
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
    cs = _clause_start(text, prev_s.start, colon)
    f.speaker_span = _frame_subject(text, cs, colon, lang)
    if lang == "en" and (issuer := statement_issuer_en(text, cs, colon)) is not None:
        f.speaker_span = issuer  # "President Tom Reed released the following statement:" ¶ “…”: Reed
        f.flags.append(STATEMENT_ISSUED)
    if f.speaker_span:
        f.flags.append("colon-frame")
        f.rule = "colon-frame"


# "From the report:", "Statement from Harwell spokesperson Daniel Cho:": whom (or what) the words come from
_FROM_EN = re.compile(r"\s*(?:From|(?:(?:An?|The)\s+)?(?i:statement|comment|reaction|response|message|word|update)\s+from)\s+")


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
        m_from = (_FROM_EN.match(text[cs:colon]) or _PRESENTING_EN.match(text[cs:colon])) if lang == "en" else None
        f.speaker_span = np_after(text, cs + m_from.end(), colon, lang) if m_from else _frame_subject(text, cs, colon, lang)
        if lang == "en" and f.speaker_span is not None:
            f.speaker_span = _whole_role_en(text, f.speaker_span, colon)
        if lang == "en" and (absolute := with_absolute_colon_en(text, f.sents[f.i0].start, colon)) is not None:
            f.speaker_span = absolute  # "The fans booed, with Tom Reed yelling: “…”": Reed, never the fans
            f.flags.append(WITH_ABSOLUTE)
        if lang == "en" and (issuer := statement_issuer_en(text, cs, colon)) is not None:
            f.speaker_span = issuer  # "President Tom Reed released the following statement:": Reed, not the statement
            f.flags.append(STATEMENT_ISSUED)
        if lang == "de" and (src := reaction_source_de(text, cs, colon)) is not None:
            f.attribute(None, src, "reaction-source")  # "Von der Opposition kam scharfe Kritik: „…“"
            f.flags.append("colon-frame")
            return
        if lang == "de" and (relayed := relayed_text_source_de(text, f.sents[f.i0].start, colon))[0]:
            f.speaker_span, f.rule = None, "colon-frame"  # "Uwe Brand verlas eine Erklärung der Eltern:": not his words
            f.flags.append(RELAYED_TEXT_DE)  # never the reader by the sentence's subject either
            if relayed[1] is not None:
                f.attribute(None, relayed[1], "words-of")  # the authors', where named
                f.flags.append("colon-frame")
            return
        if lang == "de" and (src := other_words_source_de(text, cs, colon)) is not None:
            f.attribute(None, src, "words-of")  # "Anna Weber hörte die Demonstranten rufen: „…“"
            f.flags.append("colon-frame")
            return
        if lang == "de" and (adv := _adverb_before_name_de(text, cs, colon)) is not None:
            f.speaker_span = adv  # "Dagegen Anna Lindqvist: „…“", "Dafür Paul Krause, dagegen Anna Lindqvist: „…“"
        if lang == "de" and (time := _TIME_AFTER_CUE_DE.match(text, cs, colon)):
            f.speaker_span = np_after(text, time.end(), colon, lang, at_start=True)  # "Ende der Woche Paul Krause: „…“"
        if m_from and _presented_thing_en(text, cs, colon):
            f.speaker_span = None  # "Here is the full statement: “…”": the words presented, not who says them
        if lang == "de" and obituary_head_de(text, cs, colon):
            f.speaker_span = None  # "Nachruf auf Ruth Gasser: «…»": the dead named, the words a mourner's or hers, unsure
        if lang == "de" and f.speaker_span is not None and passive_colon_frame_de(text, cs, colon, f.speaker_span):
            f.speaker_span = None  # "Die Ministerin wurde von Demonstranten empfangen: „…“": she was received
        if lang == "de" and _REPORTED_DE.search(text, cs, colon):
            # "Nicht alle Abgeordneten würden für sie stimmen: „…“": a clause in the subjunctive of reported speech
            # renders someone's words; its subject is what they spoke of, not who spoke
            f.speaker_span = None
        f.rule = "colon-frame"
    if f.speaker_span:
        f.flags.append("colon-frame")


# German: an adverb opening a verbless colon frame, alone or after a comma ("Dagegen Anna Lindqvist:")
_OPENING_ADVERB_DE = re.compile(
    r"(?:^|,\s*)(?:dagegen|hingegen|indes|indessen|stattdessen|ebenso|gleichwohl|immerhin|vielmehr|inzwischen|mittlerweile|"
    r"derweil|unterdessen|überdies|obendrein|demnach|folglich|somit|anschließend|hierzu|dafür|daneben|erneut|zuletzt)\s+",
    re.I)


def _adverb_before_name_de(text: str, cs: int, colon: int) -> tuple[int, int] | None:
    """German: the noun phrase after the last clause-opening adverb of a verbless colon frame, when it runs up to
    the colon ("Dagegen Anna Lindqvist: „…“" -> Anna Lindqvist; "Dafür X, dagegen Anna Lindqvist:" -> Anna Lindqvist)."""
    last = list(_OPENING_ADVERB_DE.finditer(text[cs:colon]))[-1:]
    if not last:
        return None
    start = cs + last[0].end()
    end = start + len(text[start:colon].rstrip())
    span = np_after(text, start, end, "de", at_start=True)
    return span if span is not None and span[1] == end else None


# plural nouns that name a field before a role word ("UN human rights chief", "foreign affairs spokesman")
_PLURAL_MODIFIERS_EN = frozenset({"rights", "affairs", "relations", "services", "arms", "sports", "news", "customs",
                                  "operations", "communications", "resources", "forces", "markets", "weapons", "nations"})


def _whole_role_en(text: str, span: tuple[int, int], colon: int) -> tuple[int, int]:
    """English: a headline frame "EU energy chief: “…”" is the whole role phrase, not its first word ("EU"):
    lower-case nouns after the span up to the colon, the last one a role word."""
    tail = text[span[1] : colon].split()
    if not tail or len(tail) > 3 or not is_role_word(tail[-1]):
        return span
    if not all(re.fullmatch(r"[a-z]+", w) and (not w.endswith("s") or w in _PLURAL_MODIFIERS_EN) for w in tail):
        return span  # "Trump warns NATO chief", "officials say": a verb among them
    whole = (span[0], colon - len(text[span[1] : colon]) + len(text[span[1] : colon].rstrip()))
    return whole if parse_mention(text[whole[0] : whole[1]], "en")[2] == "role" else span


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
    tail_frame = _reported_frame_after_de(text, prev_s) if lang == "de" else None
    if tail_frame is not None:
        return  # "…, sagt Übel. „…“": reported speech before it, whose speaker goes on (not a noun inside its words)
    cand = _frame_subject(text, prev_s.start, prev_s.end, lang)
    if cand and parse_mention(text[cand[0] : cand[1]], lang)[2] in ("person", "role", "pronoun"):
        f.speaker_span = cand
        f.flags.append("speaker-from-previous-sentence")
        f.rule = "previous-sentence-subject"


# German: a sentence of reported speech that ends in its frame after a comma ("…, sagte Hartung.", "…, so die Polizei.")
_FRAME_AFTER_COMMA_DE = re.compile(r",\s*(?:[a-zäöüß]+\s+){0,1}(?P<cue>[a-zäöüß]+)\s+(?:[^\s,;:!?]+\s+){0,5}?[^\s,;:!?]+[.!?]?\s*$")


def _reported_frame_after_de(text: str, s: Sentence) -> Cue | None:
    """German: the verb of saying (or "so") of sentence ``s`` when the sentence is reported speech closed by its frame
    after a comma ("Allerdings bedeute …, sagt Übel.", "…, so die Polizei."); None otherwise ("Merkel sagte am
    Montag …": a sentence of its own whose subject may speak next)."""
    m = _FRAME_AFTER_COMMA_DE.search(text, s.start, s.end)
    if m is None:
        return None
    if m.group("cue") == "so":
        return Cue(m.start("cue"), m.end("cue"), "so")
    cues = [c for c in find_cues(text, m.start("cue"), m.end("cue"), "de") if not _is_weak(c.lemma, "de")]
    return cues[0] if cues else None


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


def _scare_term_en(f: _Framed) -> bool:
    """English: one or two words in marks in a sentence with no verb of saying outside them (the council
    defended the “reform”), or after "so-called": a term the writer holds at a distance, no one's quoted
    words, so the sentence's subject is not its speaker."""
    if f.words > 2 or f.cue is not None:
        return False
    if re.search(r"\bso-called\s*$", f.text[max(0, f.sp.open_pos - 12) : f.sp.open_pos]):
        return True
    s0, s1 = f.sents[f.i0], f.sents[f.i1]
    outside = f.text[s0.start : f.sp.outer_start] + " " + f.text[f.sp.outer_end : s1.end]
    if _SPEECH_ACT_EN.search(outside):
        return False  # "thanked her for her “sacrifice”", "referred to a new “pace”": words someone chose
    return not any(not (f.sp.outer_start <= c.start < f.sp.outer_end) for c in find_cues(f.text, s0.start, s1.end, "en"))


# verbs of speech acts the cue lexicon leaves out, whose object in marks is the actor's word choice
_SPEECH_ACT_EN = re.compile(r"\b(?:thank(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|(?:spoke|speaks?|speaking|talk(?:s|ed|ing)?)\s+(?:of|about)|"
                            r"hail(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)|label(?:s|ed|led|ing)|accus(?:e|es|ed|ing)|"
                            r"prais(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|(?<!so-)call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?)\b", re.I)


def _title_said_en(f: _Framed) -> bool:
    """English: title-like words in marks that a frame right after them says someone said (“’Rain Man,’” she
    said): the comma inside and the speech verb after make them the speaker's answer, a quote."""
    inner = f.text[f.sp.start : f.sp.end].rstrip().rstrip("’'")
    if f.lang != "en" or f.rule != "frame-after" or f.cue is None or f.cue.start < f.sp.outer_end or inner[-1:] not in (",", "!", "?"):
        return False
    # the frame is only the speaker and the verb ("she said, “…”", "Ann Lee said."), no clause the verb goes on
    # with, and no participle right after the marks (the book titled “…,” explaining, “…”)
    return 1 <= len(_WORD.findall(f.text, f.sp.outer_end, f.cue.start)) <= 3 and re.match(r"\s*(?:[,.;:—–]|$)", f.text[f.cue.end : f.cue.end + 3]) is not None


def _kind_of(f: _Framed) -> str:
    """direct / fragment / mixed; a title or name in marks („Union pour un Mouvement Populaire“,
    “Meet the Press”) is kept, flagged ``title`` and never attributed (rule title)."""
    if _is_title(f.text, f.sp, f.lang) and not _title_said_en(f):
        f.flags.append("title")
        f.attribute(None, None, "title")
        return "fragment" if f.words <= FRAGMENT_MAX_WORDS else "mixed"
    if _standalone(f):
        return "direct"
    if f.words <= FRAGMENT_MAX_WORDS:
        if _name_like(f.text, f.sp, f.lang):
            f.flags.append("name-like")
        if f.lang == "en" and _scare_term_en(f):
            f.flags.append("term")
        return "fragment"
    return "mixed"


_WIE_FRAME = re.compile(r"(?:^|[,(–—]\s*)([Ww]ie)\s+[^,.;:]{2,100}\s+$")


def _rule_sentence_cue(f: _Framed, kind: str) -> None:
    """A partial quote or fragment takes the subject of a cue anywhere in its sentence(s):
    "Sullivan bezeichnete ... als „Buster“" (rule sentence-cue)."""
    text, lang, sp = f.text, f.lang, f.sp
    if f.cue is not None or kind == "direct" or ("name-like" in f.flags and (lang != "de" or DE.name_like_no_cue)) or "title" in f.flags:
        return
    if PUT_WORDS in f.flags:
        return  # "Auf die Frage „…?“ antwortete X": no verb of the sentence frames a question put to someone
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
        late = late_inverted_frame_en(text, sp.outer_end, s1.end) if lang == "en" and c.start >= sp.outer_end else None
        subj = _speaker_or_frame_subject(text, c, cs, ce, lang) if lang == "de" else (late[1] if late is not None and late[0].start == c.start else (
            _participle_subject(text, c, cs) or _subject_for_cue(text, c, cs, ce, lang, prefer_after=False)))  # "“…” about it, said Ann Lee"
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
    elif DE.perfect_subject and toks and toks[0][2].lower() not in ARTICLES:
        return _perfect_clause_subject_de(text, toks, sp.open_pos)  # "Merkel hat …", "Gestern hat sie …", else none
    elif not toks or toks[0][2].lower() not in ARTICLES or (len(toks) > 1 and toks[1][2][:1].islower() and a > sent_start):
        return None  # "Bisher habe …" (an adverb opens a main clause), ", der von der Sonne ausgeht" (a relative clause)
    if not toks or "man" in (t[2].lower() for t in toks):
        return None
    subj = np_after(text, a, sp.open_pos, "de", at_start=True)
    if subj is None or not plausible_speaker(text[subj[0] : subj[1]], "de"):
        return None
    return subj


_FUER = re.compile(r"(?<![\w-])[Ff]ür(?=\s)")


def _body_with_article_de(mention: str) -> bool:
    """German: an organisation named with its article ("die Gewerkschaft", "die Opposition", "die SPD"), as the
    rule for "Für die Gewerkschaft ist klar:" takes it; not a bare name ("für Deutschland", "für Europa")."""
    words = mention.split()
    return len(words) > 1 and words[0].lower() in ARTICLES and organisation_de(mention)


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
        if _speaker_rank(text, np, "de") > 1 and not _people_head_de(text[np[0] : np[1]]) and not _body_with_article_de(text[np[0] : np[1]]):
            continue  # a lone capitalised word or a thing: "für Deutschland", "für Lernmittel"
        copula_after = DE.fuer_copula_after and _word_count(text[np[1] : sp.outer_start]) <= 3 and re.match(
            r"\s*" + _COPULA_DE + r"(?![\w-])", text[sp.outer_end : sp.outer_end + 12])  # "was für X eine „…“ ist"
        if copula.match(text, np[1] + 1) or re.search(r"(?<![\w-])" + _COPULA_DE + r"\s+$", text[max(s0.start, m.start() - 12) : m.start()]) or copula_after:
            f.attribute(None, np, "fuer-x")
            return


def _rule_document_in(f: _Framed, kind: str) -> None:
    """German: the words stand in a document or on a thing that carries writing (a document word:
    Bericht, Transparent, Plakat, Gesetzentwurf, …), named by "in/im/auf" in the quote's sentence
    before it, with a verb of being written ("Auf dem Transparent war die Parole „…“ zu lesen",
    "steht in dem Entwurf der Passus: „…“"): that document or thing is the source (rule document-in)."""
    text, sp = f.text, f.sp
    if f.lang != "de" or f.speaker_span is not None or f.cue is not None or "title" in f.flags or "name-like" in f.flags:
        return
    s0 = f.sents[f.i0]
    rel = _document_relative_de(text, s0.start, sp.outer_start)
    if rel is not None:
        f.attribute(None, rel, "document-in")  # "einen Antrag eingebracht, in dem eine „…“ gefordert wird"
        return
    after_end = min(f.sents[f.i1].end, sp.outer_end + 40)
    if not (_WRITTEN_DE.search(text, s0.start, sp.outer_start) or _WRITTEN_DE.match(text, sp.outer_end + 1, after_end)
            or re.match(r"\s+zu lesen", text[sp.outer_end : after_end])):
        return
    doc = _document_in(text, s0.start, sp.outer_start)
    if doc is not None:
        f.attribute(None, _strip_span(text, *doc), "document-in")


# a relative clause opened by a preposition of place and a relative pronoun: ", in dem", ", auf der", ", in denen"
_RELATIVE_IN_DE = re.compile(r",\s+(?:in|auf)\s+(?:dem|der|denen|welchem|welcher)(?![\w-])")
_DETERMINER_DE = re.compile(r"(?<![\w-])(?i:de[mnrs]|der|die|das|eine[mnrs]?|eine|seine[mnrs]?|seine|ihre[mnrs]?|ihre)\s+$")


def _document_relative_de(text: str, a: int, b: int) -> tuple[int, int] | None:
    """German: words in marks inside a relative clause ", in dem …" whose antecedent, the last noun of the
    clause before its comma, is a document ("einen Antrag im Bundestag eingebracht, in dem eine „…“ gefordert
    wird", "Der Bericht, in dem von „…“ die Rede ist"): that document, with its determiner."""
    m = next(iter(reversed(list(_RELATIVE_IN_DE.finditer(text, a, b)))), None)
    if m is None or re.search(r"[,;:.!?]", text[m.end() : b]):
        return None
    clause_a = max(text.rfind(",", a, m.start()), text.rfind(";", a, m.start()), a - 1) + 1
    docs = [w for w in _WORD.finditer(text, clause_a, m.start()) if w.group(0)[:1].isupper() and _document_head(w.group(0).lower())]
    if not docs:
        return None
    w = docs[-1]
    det = _DETERMINER_DE.search(text, max(clause_a, w.start() - 12), w.start())
    return (det.start() if det else w.start()), w.end()


# a ticker's time stamp before the quote on its line ("13.17 Uhr: „…“", "2:10 p.m. “…”"): the quote still fills its paragraph
_STAMP_BEFORE = re.compile(r"[\s+*]*\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|[ap]\.m\.|[ap]m))?\s*[:|–—-]?[\s+*]*")
# a dash signature on the quote's own line: "„…“ – Polizeisprecher Jan Krüger" (the quote closed by its own full stop)
_SIGNATURE_SAME_LINE = re.compile(r"[ \t]+[-–—][ \t]*(?=[A-ZÄÖÜ])")


def _rule_signature_after(f: _Framed) -> None:
    """A quote that fills its paragraph (a time stamp before it aside), signed by a dash and a name on the next
    line ("“…” ¶ - Maria Ortega, Denver.") or, a whole sentence, at the end of its own line ("„…“ – Polizeisprecher
    Jan Krüger", nothing after the name); rule signature-after."""
    text = f.text
    if f.lang not in ("en", "de") or not EN.signature_after or f.speaker_span is not None:
        return
    line_start = text.rfind("\n", 0, f.sp.open_pos) + 1
    if text[line_start : f.sp.open_pos].strip() and not _STAMP_BEFORE.fullmatch(text, line_start, f.sp.open_pos):
        return
    m = _SIGNATURE_LINE_EN.match(text, f.sp.outer_end)
    same_line = m is None
    if m is None:
        m = _SIGNATURE_SAME_LINE.match(text, f.sp.outer_end)
        if m is None or not text[f.sp.open_pos : f.sp.outer_end].rstrip(_CLOSING_MARKS).endswith((".", "!", "?")):
            return
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    if len(_WORD.findall(text, m.end(), line_end)) > 12:
        return
    span = np_after(text, m.end(), line_end, f.lang, at_start=True)
    if span is None or (same_line and text[span[1] : line_end].strip(" \t.")):
        return  # on the quote's line only a signature that ends it: "„…“ – Kritiker wie X halten das für falsch" is prose
    sp = make_speaker(text, span, f.lang, strict=True, no_cue=True)
    if sp is not None and parse_mention(sp.mention, f.lang)[2] in ("person", "role"):
        f.attribute(None, span, "signature-after")


# German: a question or heckle put by someone, right before the quote that holds it ("Auf die Frage „…?“ antwortete X",
# "Einen Zwischenruf von AfD-Chef Tino Chrupalla – „…“ – ließ Merz unbeantwortet", "ließ Merz eine Zwischenfrage der
# Abgeordneten Paula Piechotta zu: „…“", "(Zuruf von der AfD: „…“)"): the words are the asker's (its owner after "von" or
# in the genitive), never those of who answers or lets it pass
_PUT_WORDS_DE = re.compile(r"(?P<noun>(?<![\w-])(?:[\wÄÖÜäöüß]+-)?(?:Frage|Zwischenfrage|Nachfrage|Gegenfrage|Journalistenfrage|"
                           r"Reporterfrage|Zwischenruf|Zuruf|Einwurf))(?:\s+(?:von|vom|des|der)(?:\s+Abg\.)?\s+(?P<owner>[^„“”\"»«:;–—()]{2,80}?))?"
                           r"(?:\s+[a-zäöüß]+){0,2}?\s*[:,–—-]?\s*$")
PUT_WORDS = "put-words"  # a quote flag: the words of a question or heckle put to someone (:func:`_rule_put_words`)
# the one asked put first: "Auf die Frage", "Nach einer Frage", "Bei seiner Nachfrage"
_PUT_TO_DE = re.compile(r"(?<![\w-])(?:[Aa]uf|[Nn]ach|[Bb]ei)\s+(?:die|der|eine|einer|seine|ihre|seiner|ihrer|deren|dessen|diese|dieser)"
                        r"(?:\s+[a-zäöüß]+)?\s+$")
# German: a charge put to someone, its words in a clause after a comma ("Mit dem Vorwurf konfrontiert, er sei ein
# „Zauderer“, sagte Scholz", "Auf die Kritik, die Regierung sei „planlos“, antwortete X"): the critic's words, not his
_CHARGE_PUT_DE = re.compile(r"(?<![\w-])(?:[Mm]it|[Aa]uf)\s+(?:de[mnr]|diese[mnr]|eine[mnr]?)\s+(?:[a-zäöüß]+\s+)?(?:Vorw[uü]rfe?n?|Kritik|"
                            r"Forderung|Behauptung|Unterstellung|Anschuldigung(?:en)?)(?:\s+[a-zäöüß]+){0,2}\s*,\s+[^,;:„“”\"»«]{1,100}$")
# English: "Asked “…?”, X said", "When asked “…?”": the question put to the speaker, none of his words
_ASKED_BEFORE_EN = re.compile(r"(?:^|[.!?]\s+)(?:(?:When|Once|After\s+being)\s+)?(?:[Aa]sked|[Qq]uestioned)\s*$")


# the words of an indirect question in marks ("asked whether “…”", "Auf die Frage, ob „…“", "gefragt, wann „…“"):
# the asker's, never those of whom the frame after the quote names as answering; German "Frage" only put to someone
# ("Auf die / Nach der Frage"), not "Die Frage, ob „…“, stellt sich nicht, sagte X" (X's words, pr38-2)
_ASKED_WHETHER_EN = re.compile(r"(?<![\w-])(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)(?:\s+[\w'.-]+){0,3}?\s+(?:whether|if)\s+[^,;:.!?“”\"]{0,60}$")
_ASKED_WHETHER_DE = re.compile(r"(?<![\w-])(?:(?:[Aa]uf|[Nn]ach|[Bb]ei)\s+(?:die|der|eine|einer|seine|seiner|ihre|ihrer)\s+(?:[\wÄÖÜäöüß]+-)?"
                               r"(?:Frage|Nachfrage|Zwischenfrage)(?:\s+(?:eines|einer|des|der)\s+[^,;:„“”\"]{2,60}?)?"
                               r"|[Gg]efragt|[Aa]ngesprochen\s+darauf),\s+(?:ob|wann|warum|wie|weshalb|wieso)\s+[^,;:.!?„“”\"]{0,60}$")
_PASSIVE_ASKED_EN = re.compile(r"(?<![\w-])(?:when|once|if|after|was|were|is|are|being|been)\s+(?:asked|questioned|pressed)$")
_AFTER_RULES = ("frame-after", "frame-after-late", "frame-after-generic")


def _asked_whether(f: _Framed) -> bool:
    """The quote stands in an indirect question put by someone else and a frame after it names who answered."""
    pattern = {"en": _ASKED_WHETHER_EN, "de": _ASKED_WHETHER_DE}.get(f.lang)
    start = max(f.sents[f.i0].start, f.sp.outer_start - 200)
    if pattern is None or pattern.search(f.text, start, f.sp.outer_start) is None:
        return False
    # "…, Lagarde said when asked if “…”": the one asked, in the passive, is no asker either
    return f.rule in _AFTER_RULES or (f.cue is not None and _PASSIVE_ASKED_EN.search(f.text, start, f.cue.end) is not None)


def _rule_put_words(f: _Framed) -> None:
    """A quoted question or heckle put by someone (:data:`_PUT_WORDS_DE`, :data:`_ASKED_BEFORE_EN`): its owner
    named after "von" or in the genitive is the speaker (rule question-of, below the bar); with no owner the one
    asked or who lets it pass is not, so no speaker."""
    text, start = f.text, max(f.sents[f.i0].start, f.sp.outer_start - 200)
    if _asked_whether(f):  # "Asked whether “…”, Lagarde said …": the question's words, not hers
        f.cue, f.speaker_span, f.rule = None, None, "unattributed"
        f.flags.append(PUT_WORDS)
        return
    if f.lang == "en":
        if _ASKED_BEFORE_EN.search(text, start, f.sp.outer_start) and text[f.sp.start : f.sp.end].rstrip().endswith("?"):
            f.cue, f.speaker_span, f.rule = None, None, "unattributed"
            f.flags.append(PUT_WORDS)
        return
    if f.lang == "de" and _CHARGE_PUT_DE.search(text, start, f.sp.outer_start):
        f.cue, f.speaker_span, f.rule = None, None, "unattributed"
        f.flags.append(PUT_WORDS)
        return
    m = _PUT_WORDS_DE.search(text, start, f.sp.outer_start)
    if f.lang != "de" or m is None:
        return
    heckle = m.group("noun").endswith(("ruf", "wurf"))
    if not heckle and not text[f.sp.start : f.sp.end].rstrip().rstrip("“”\"»«").endswith("?"):
        return  # "Anna Webers Antwort auf die Frage: „…“": an answer, no question in the marks
    if m.group("owner"):
        a = m.start("owner")
        b = a + len(re.sub(r"\s*\[[^\]]*\]?\s*$", "", m.group("owner")))  # "Christian Dürr [FDP]": the party tag, no name
        np = np_after(text, a, b, "de", at_start=True)
        kind = parse_mention(text[np[0] : np[1]], "de")[2] if np is not None else "group"
        if np is not None and kind in ("person", "role"):
            f.attribute(None, np, "question-of")
            f.flags.append(PUT_WORDS)
        elif heckle:  # "Zuruf von der AfD": a party, no one person; not "zur Frage der Finanzierung": what is spoken of
            f.cue, f.speaker_span, f.rule = None, None, "unattributed"
            f.flags.append(PUT_WORDS)
    elif _PUT_TO_DE.search(text, start, m.start("noun")):
        f.cue, f.speaker_span, f.rule = None, None, "unattributed"  # "Auf die Frage „…?“ antwortete X": put to X
        f.flags.append(PUT_WORDS)


SPAN_RULES = (_rule_signature_after, _rule_frame_after, _rule_frame_before, _rule_colon_sentence_before, _rule_colon_without_cue,
              _rule_previous_sentence_subject, _rule_frame_before_long, _rule_name_bracket_de, rule_what_x_called_en, _rule_put_words)


def _indirect(text: str, s: Sentence, lang: str, spans: _TopSpans) -> _Found | None:
    """:func:`_indirect_clause`; in English a dateline opening the sentence is no part of the reported clause
    ("BRUSSELS (AP) — The EU will not …, the commissioner said")."""
    found = _indirect_clause(text, s, lang, spans)
    if found is None or found[0][0] != s.start + len(s.text) - len(s.text.lstrip()):
        return found
    start = after_dateline_en(text, found[0][0], found[0][1]) if lang == "en" else found[0][0]
    start = after_wire_dateline(text, start, found[0][1], lang)  # "MADRID, Dec 6 (Reuters) - ", "Dresden (dpa) - "
    return ((start, found[0][1]), found[1], found[2]) if start < found[0][1] else found


def _indirect_clause(text: str, s: Sentence, lang: str, spans: _TopSpans) -> _Found | None:
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
    ends = {c: opening_subordinate_end_en(text, a, b, c) for c in cues} if lang == "en" else {}
    cues.sort(key=lambda c: ends.get(c) is not None)  # English: the main clause's verb before a subordinate clause's
    thing: _Found | None = None  # English: a clause whose subject is a thing, kept unless a later one has a person
    for cue in cues:
        if cue.lemma in ("zufolge", "according to"):
            continue
        cs = _clause_start(text, a, cue.start)
        subj = (_participle_subject(text, cue, cs, a) or _subject_before_time_en(text, cs, cue.start, cue.end) if lang == "en" else None) or (
            _subject_for_cue(text, cue, cs, b, lang, prefer_after=False, sent_start=a))
        found = _cue_clause_de(text, a, b, cue, cues, subj) if lang == "de" else _cue_clause_en(text, a, b, cue, subj)
        end = ends.get(cue)
        if found and end is not None and found[0][0] < end < found[0][1]:
            found = ((found[0][0], end), found[1], found[2]) if _word_count(text[found[0][0] : end]) >= 3 else None
        if found and lang == "en" and found[2] is not None and _thing_subject_en(text, found[2]):
            thing = thing or found
            continue
        if found:
            return found
    return thing


_HONORIFIC_EN = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?$")
_FULL_NAME_EN = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'-]*){1,2}")
# Companies named after a person: the name alone cannot tell the person from the company
_EPONYMOUS_BRANDS_EN = frozenset({"ralph lauren", "john lewis", "tommy hilfiger", "calvin klein", "hugo boss", "ted baker",
                                  "john deere", "michael kors", "kate spade", "tory burch", "marc jacobs", "paul smith",
                                  "estée lauder", "estee lauder", "jimmy choo", "carolina herrera", "oscar de la renta",
                                  "martha stewart", "walt disney", "charles schwab", "edward jones", "morgan stanley"})
# "… said (that) it would …": the subject is a company or a thing, not a person
_IT_CLAUSE_EN = re.compile(r"\s*(?:that\s+)?its?\b")


def _subject_before_time_en(text: str, cs: int, cue_start: int, cue_end: int | None = None) -> tuple[int, int] | None:
    """English: "Anna Lindqvist on Thursday said that …": the name before a time adverb that stands between
    it and the verb, when the name is all the clause has before it."""
    m = TIME_BEFORE_VERB_EN.search(text, cs, cue_start)
    if m is None or m.end() != cue_start and text[m.end() : cue_start].strip():
        return None
    start = cs + len(text[cs : m.start()]) - len(text[cs : m.start()].lstrip())
    span = np_after(text, start, m.start(), "en", at_start=True)
    if span is None or span != (start, m.start()) or not _FULL_NAME_EN.fullmatch(text, start, m.start()):
        return None  # "The aide to Anna Lindqvist", "Prices": no one person's name alone
    words = text[start : m.start()].split()
    if _HONORIFIC_EN.match(words[0]):
        words = words[1:]  # "Dr Anna Lindqvist"; "Dr Oetker", "Mr Price" (brands too) have no first name: no one
    if len(words) < 2 or not any_first_name_gender(words[0]):
        return None  # "New York on Thursday said": a place, not a person; only a listed first name
    if name_kind_en(" ".join(words)) != "person":
        return None  # "Victoria Police", "Ryan Air", "Tom Bank": a body or a brand opening with a first name
    if " ".join(words).lower() in _EPONYMOUS_BRANDS_EN:
        return None  # "Ralph Lauren on Tuesday said": the company or the man, unsure
    if cue_end is not None and _IT_CLAUSE_EN.match(text, cue_end):
        return None  # "John Lewis on Thursday said it would close stores": a company speaking of itself
    sp = make_speaker(text, span, "en", strict=True, no_cue=True)
    return span if sp is not None and sp.name and parse_mention(sp.mention, "en")[2] == "person" else None


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


# A correction note repeats the words an earlier version wrongly gave someone ("An earlier version of this
# article misquoted Lindqvist as saying the Commission would “…”"): retracted words, no one's statement.
# Narrow on purpose: "she said she had been misquoted: “…”" quotes her own words and stays.
_FALSELY_DE = r"(?:falsch|fälschlicherweise|irrtümlich(?:erweise)?)\s+"
_ARTICLE_EN = rf"\b{earlier_version_en(but=('previous',))}\s+(?:\w+ly\s+)?"  # the words: ``text.corrections``
_ARTICLE_DE = rf"\b{IN_A_DE}{earlier_version_de()}\s+(?:hieß\s+es|stand|war\s+zu\s+lesen|wurde)\b"
# An editor's note that takes a quote out ("This article has been updated to remove a quote, “…,” that Alvarez did not
# say"): the outlet's edit ("updated/corrected to remove a quote"), never a speaker withdrawing his own remark
_REMOVED_QUOTE_EN = (r"\b(?:updated|corrected|edited|amended|changed)\s+to\s+(?:remove|delete|withdraw|strike)\s+(?:a|an|the|one)\s+"
                     r"(?:[a-z-]+\s+)?(?:quote|quotation|remark|comment|statement)(?:\s+(?:attributed\s+to|from|by)\s+[^,;:.“”\"]{1,60}?)?")
# "“…,” that Alvarez did not say." closing its sentence: words the named one never said (not "which he never said before")
_NOT_SAID_EN = (r"[\s,”\"’']{0,4}(?:that|which)\s+(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|he|she|they)\s+(?:did\s+not|didn[’']t|never)\s+"
                r"(?:actually\s+)?(?:say|said|write|wrote|make|made)\s*[.!]?[\s”\"’']*\Z")
# "An earlier version quoted Moeller as saying …" (no "of this article"): only with a verb that gives someone words
_BARE_VERSION_EN = r"\b(?:an|the)\s+earlier\s+version\s+(?:\w+ly\s+)?(?:misquoted|quoted|attributed)\b"
_RETRACTED_BEFORE = {
    "en": re.compile(r"\b(?:misquot(?:ed|es|ing)|(?:incorrectly|wrongly|mistakenly|falsely)\s+quot(?:ed|es|ing))\s+[^.;:“”\"]{0,80}?"
                     r"\bas\s+saying\b|" + _ARTICLE_EN + r"(?:misquoted|quoted|said|stated|reported|attributed)\b|" + _BARE_VERSION_EN + "|"
                     + _REMOVED_QUOTE_EN, re.I),
    "de": re.compile(_FALSELY_DE + r"(?:\w+\s+){0,3}?mit\s+(?:den\s+Worten|der\s+Aussage)(?:\s+zitiert)?|" + _FALSELY_DE
                     + r"zitiert\s+mit\s+(?:den\s+Worten|der\s+Aussage)|" + _ARTICLE_DE),
}
_RETRACTED_AFTER = {
    "en": re.compile(r"[\s,”\"’']{0,4}(?:was|were|had\s+been|has\s+been)\s+(?:wrongly|incorrectly|falsely|mistakenly)\s+attributed\b|"
                     + _NOT_SAID_EN),
    "de": re.compile(r"[\s,“”\"‘']{0,4}(?:wurden?|war(?:en)?)\s+(?:\w+\s+){0,3}?(?:fälschlicherweise|falsch|irrtümlich(?:erweise)?)\s+(?:\w+\s+){0,3}?"
                     r"zugeschrieben\b"),
}
# "We misquoted Moeller in an earlier entry. She did not say the situation was “…”": a denial takes words back only
# after a note in the same paragraph that the outlet misquoted someone (else "he did not say “…” this time" is prose)
_DENIED = {
    "en": re.compile(r"\b(?:did\s+not|didn[’']t)\s+say\b|\bnever\s+said\b", re.I),
    "de": re.compile(r"\b(?:hat|habe|hatte)\s+(?:\w+\s+){0,2}?(?:nicht|nie)\s+gesagt\b|\bsagte\s+(?:\w+\s+)?nicht\b"),
}
_MISQUOTE_NOTE = {
    "en": re.compile(r"\bmisquot(?:ed|ing)\b|\b(?:incorrectly|wrongly|mistakenly|falsely)\s+quoted\b|" + _ARTICLE_EN + "|" + _BARE_VERSION_EN,
                     re.I),
    "de": re.compile(_FALSELY_DE + r"zitiert\b|" + _ARTICLE_DE),
}
# The cue governs the quote only when nothing but a short plain stretch lies between them: another quote,
# a clause break (; :) or a comma inside the stretch starts the speaker's own words ("…, adding: “…”").
_GAP_BREAK = re.compile(r"[;:,.!?“”„\"«»]")
# A frame of its own after the quote ("“…,” Lindqvist said") makes it the speaker's statement.
_OWN_FRAME_AFTER = {
    "en": re.compile(r"[\s,”\"’']{1,4}(?:(?:she|he|they|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+)?"
                     r"(?:said|says|added|told|stressed|insisted)\b"),
    "de": re.compile(r"[\s,“”\"‘']{1,4}(?:sagte|sagt|fügte|erklärte|betonte|meinte|so)\b"),
}
# ... unless a colon or an opening quote mark follows it in the sentence: then it introduces the next quote
# ("who was misquoted as saying “…,” said on Monday: “…”").
_NEXT_QUOTE_AFTER = {"en": re.compile(r"[:“\"]"), "de": re.compile(r"[:„\"»«]")}
_CLOSING_MARKS = " \t\n\"'”“’‘»«„"


def _governs(text: str, cue_end: int, start: int) -> bool:
    """Whether a cue ending at ``cue_end`` governs the quote at ``start`` directly."""
    gap = text[cue_end:start].rstrip(" \t\n:“„\"«‘'").strip(" \t\n,:")
    return len(gap) <= 80 and not _GAP_BREAK.search(gap)


def retracted(text: str, s: Sentence, start: int, end: int, lang: str) -> bool:
    """Whether the quote at ``start``..``end`` of sentence ``s`` is the wrong version a correction note
    takes back ("misquoted X as saying “…”", "„…“ wurde ihr fälschlicherweise zugeschrieben"): the cue must
    govern this quote, not sit anywhere earlier in the sentence."""
    before, after = _RETRACTED_BEFORE.get(lang), _RETRACTED_AFTER.get(lang)
    if before is None or after is None:
        return False
    if after.match(text, end, s.end):
        return True
    own = _OWN_FRAME_AFTER[lang].match(text, end, s.end)
    if own is not None and _NEXT_QUOTE_AFTER[lang].search(text, own.end(), s.end):
        own = None  # the frame introduces the next quote
    if own is not None and text[start:end].rstrip(_CLOSING_MARKS).endswith("."):
        own = None  # a quote closed by a full stop ended its sentence: "… as saying “… by 11 a.m.” She said …" is the note going on
    if own is None and any(_governs(text, m.end(), start) for m in before.finditer(text, s.start, max(s.start, start))):
        return True
    return _denied_after_note(text, s, start, lang)


def _denied_after_note(text: str, s: Sentence, start: int, lang: str) -> bool:
    """Whether a denial ("She did not say …", „Sie hat nicht gesagt, …“) governs the quote at ``start`` in a
    paragraph whose earlier sentences note that the outlet misquoted someone (:data:`_MISQUOTE_NOTE`)."""
    denied, note = _DENIED.get(lang), _MISQUOTE_NOTE.get(lang)
    if denied is None or note is None:
        return False
    if not any(_governs(text, m.end(), start) for m in denied.finditer(text, s.start, max(s.start, start))):
        return False
    return note.search(text, text.rfind("\n", 0, s.start) + 1, s.start) is not None
