"""Sentence splitting with SoMaJo, returning exact character spans.

``split_sentences(text, lang)`` returns ``[(start, end), ...]`` such that
``text[start:end]`` is each sentence, unchanged: quote marks stay, nothing is
normalised.  Every line break is a sentence boundary (news text puts one paragraph
on a line); pass ``by_line=False`` to let a sentence run across single newlines
(hard-wrapped text), in which case only blank lines are paragraph boundaries.

SoMaJo (German ``de_CMC``, English ``en_PTB``) gets the hard spots of the seeds
right: ``14. Dezember`` and ``Oct. 17, 2001`` are not boundaries, ``Lat.-
amerikanische`` and ``US- Amerikaner`` are not, a quote followed by its
attribution (``..." sagte er.``) stays one sentence, ``...`` and ``…`` inside a
quote do not split, while glued boundaries from careless web extraction
(``Tuesday.Putin``, ``said."You``) are split without touching the text.

Two repairs after SoMaJo: a sentence it keeps joined after an abbreviation that ends it
(``... to the U.S. Then he ...``, ``... 20 Mio. Im Vorjahr ...``) is cut there (never
inside a quotation), and a dateline in capitals or with an agency opening a paragraph (``WASHINGTON. US-
Präsident ...``, ``Berlin (dpa). Die ...``) is no sentence of its own: it is left out of the sentences.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from .text.lines import LINE

# one-word answers: an interview repeats them ('Ja.', 'Nein, danke.'); an answer opening a paragraph is no
# dateline; aligner.clean reads them too (never an exact duplicate)
ANSWER_WORDS = frozenset(
    "ja nein doch yes yeah nope no danke thanks okay ok gut good genau richtig stimmt klar sicher natürlich absolut "
    "exactly right sure never nie niemals vielleicht maybe perhaps bitte please sorry well nun also warum why wow "
    "schade ende fertig tja stopp stop falsch wrong true wahr indeed agreed again wieder nothing nichts everything "
    "alles".split())


_MODELS = {"de": "de_CMC", "en": "en_PTB"}
_lock = threading.Lock()

_BLOCK = re.compile(r"\S(?:.*?\S)?(?=\s*(?:\n[ \t]*\n|\r\n[ \t]*\r\n|\Z))", re.S)
# a sentence boundary with no space in between: "Tuesday.Putin", 'said."You'
_GLUED = re.compile(r"[.!?…][\"'“”‘’»«]?$")

# SoMaJo's cost grows faster than the length of what it is given (a 400 KB line: 15 s; a
# 10 MB line: over 40 minutes), so a longer paragraph is cut into pieces of at most
# MAX_PIECE characters first, each cut after a sentence-final mark when there is one.
MAX_PIECE = 4000
# the end of a likely sentence: final punctuation, closing quotes, whitespace
_CUT = re.compile(r"[.!?…][\"'“”‘’»«)\]]*\s+")
# punctuation-only splitting (``fast=True``): a final mark, closing quotes, whitespace,
# then something that can start a sentence
_FAST = re.compile(r"(?<![0-9])[.!?…][\"'“”‘’»«)\]]*\s+(?=[„\"'“‘«»(\[]?[A-ZÄÖÜ0-9])")


@lru_cache(maxsize=4)
def _tokenizer(model: str):
    from somajo import SoMaJo

    tok = SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)
    _skip_emoji_scan(tok)
    return tok


def _skip_emoji_scan(tok) -> None:
    """SoMaJo looks for emoji one grapheme at a time, each through an uncompiled
    ``regex`` pattern: a third of its time on news text.  A token without any emoji
    character cannot hold an emoji sequence, so it skips that scan (same tokens:
    ``scripts/bench_ingest.py``; 1.2-1.6x less SoMaJo CPU on WMT22 paragraphs)."""
    import regex

    inner = getattr(tok, "_tokenizer", None)
    slow = getattr(inner, "_split_emojis", None)
    if inner is None or slow is None:  # another SoMaJo version: leave it alone
        return
    emoji = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if emoji.search(node.value.text):
            slow(node, token_class)

    inner._split_emojis = split_emojis


def model_for(lang: str) -> str:
    """The SoMaJo model for a language code (English rules for anything but German)."""
    return _MODELS.get((lang or "en").lower()[:2], "en_PTB")


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without the white space at either end, as (start, end)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def line_or_block_spans(text: str, by_line: bool) -> list[tuple[int, int]]:
    """The stripped, non-empty spans of each line (``by_line``) or each blank-line block."""
    pattern = LINE if by_line else _BLOCK
    out = []
    for m in pattern.finditer(text):
        s, e = strip_span(text, m.start(), m.end())
        if s < e:
            out.append((s, e))
    return out


def _pieces(text: str, chunks: list[tuple[int, int]], limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """Chunks no longer than ``limit``: a longer one is cut after the last sentence-final
    mark (else the last whitespace) before the limit."""
    out = []
    for s, e in chunks:
        while e - s > limit:
            window = text[s : s + limit]
            cut = None
            for m in _CUT.finditer(window, limit // 4):
                cut = m.end()
            if cut is None:
                space = max(window.rfind(" ", limit // 4), window.rfind("\n", limit // 4))
                cut = space + 1 if space > 0 else limit
            piece_end = s + cut
            while piece_end > s and text[piece_end - 1].isspace():
                piece_end -= 1
            out.append((s, piece_end if piece_end > s else s + cut))
            s += cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            out.append((s, e))
    return out


_ENDS_SENTENCE = re.compile(r"[.!?…][\"'“”‘’»«)\]]*$")


def cut_mid_sentence(text: str, by_line: bool = True) -> tuple[set[int], set[int]]:
    """Where :func:`split_sentences` (SoMaJo mode) cuts ``text`` into MAX_PIECE pieces at
    a place that is no sentence end (no final mark before it: a sentence longer than
    MAX_PIECE, a long enumeration): the ends of the pieces before such a cut and the
    starts of the pieces after it.  Empty for text without a line or block that long."""
    chunks = line_or_block_spans(text, by_line)
    ends: set[int] = set()
    starts: set[int] = set()
    for s, e in chunks:
        if e - s <= MAX_PIECE:
            continue
        pieces = _pieces(text, [(s, e)])
        for (_, pe), (ns, _) in zip(pieces, pieces[1:]):
            if not _ENDS_SENTENCE.search(text[:pe]):
                ends.add(pe)
                starts.add(ns)
    return ends, starts


def fast_split(text: str, by_line: bool = True) -> list[tuple[int, int]]:
    """Sentence spans by punctuation alone, linear in the length of ``text``: for text
    too long for SoMaJo within an article's budget (see :mod:`aligner.ingest`)."""
    spans = []
    for base, end in line_or_block_spans(text, by_line):
        pos = base
        for m in _FAST.finditer(text, base, end):
            stop = m.start() + len(m.group(0).rstrip())
            if stop > pos:
                spans.append((pos, stop))
            pos = m.end()
        if pos < end:
            spans.append((pos, end))
    return spans


def split_sentences(
    text: str, lang: str, by_line: bool = True, fast: bool = False, budget: int | None = None
) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (German or English rules by ``lang``).

    Spans are in text order, never overlap, never cross a line break (with ``by_line``)
    and carry no leading or trailing whitespace.  Paragraphs longer than ``MAX_PIECE``
    characters are cut into pieces first (the time stays linear in the length);
    ``fast``: punctuation-only splitting (:func:`fast_split`) instead of SoMaJo;
    ``budget``: at most this many characters go through SoMaJo, the pieces after them
    are split by punctuation only.
    """
    if fast:
        return fast_split(text, by_line)
    chunks = _pieces(text, line_or_block_spans(text, by_line))
    if not chunks:
        return []
    tok = _tokenizer(model_for(lang))
    spans: list[tuple[int, int]] = []
    used = 0
    with _lock:  # SoMaJo objects are not documented as thread-safe
        for base, end in chunks:
            if budget is not None and used + (end - base) > budget:
                spans += [(base + s, base + e) for s, e in fast_split(text[base:end], by_line)]
                continue
            used += end - base
            para = text[base:end]
            found = False
            for sent in tok.tokenize_text([para]):
                offs = [t.character_offset for t in sent if t.character_offset is not None]
                if not offs:
                    continue
                s, e = offs[0][0], offs[-1][1]
                if spans and base + s < spans[-1][1]:
                    s = spans[-1][1] - base  # never overlap (defensive)
                if s < e:
                    spans.append((base + s, base + e))
                    found = True
            if not found:
                spans.append((base, end))  # SoMaJo saw no token (odd characters only): keep it whole
            else:
                _drop_dateline(text, spans, base)
    return _split_after_abbreviations(text, _joined_after_titles(text, spans))


# an agency dateline opening a paragraph, "Washington. US-Präsident ...": one word (or
# "Frankfurt/Main") and a full stop; a one-word answer ("Nein. Das ...") is none
_DATELINE = re.compile(r"[A-ZÄÖÜ][\w-]{2,}(?:/[A-ZÄÖÜ][\w.-]+)?(?P<agency>\s*\((?:dpa|afp|ap|AP|AFP|Reuters|kna|KNA|epd|sid)\))?\.")


def _drop_dateline(text: str, spans: list[tuple[int, int]], base: int) -> None:
    """Leave out a dateline that SoMaJo made a sentence of its own when it opens the
    paragraph at ``base`` and a sentence of at least four words follows: no sentence to
    align or translate, and no name for the quote stage ("Leipzig. Die Regierung
    erklärte, ..." made Leipzig the speaker).  A dateline is a word in capitals
    ("WASHINGTON.") or a word with an agency ("Berlin (dpa)."); a capitalised word alone
    ("Washington.", "Allgemein." heading a manual) stays a sentence: text left out of every
    sentence shifted a quote's span in a WMT23 manual (a false truncation flag).  The paragraph
    keeps its text."""
    k = next((k for k in range(len(spans) - 1, -1, -1) if spans[k][0] == base), None)
    if k is None or k + 1 >= len(spans):
        return
    (s, e), (s2, e2) = spans[k], spans[k + 1]
    word, after = text[s:e], text[s2:e2]
    m = _DATELINE.fullmatch(word)
    if not m or word[:-1].lower() in ANSWER_WORDS or text[e:s2].strip() or len(after.split()) < 4:
        return
    name = word[: m.start("agency")] if m.group("agency") else word[:-1]
    if m.group("agency") or (name.isupper() and len(name) > 2):
        del spans[k]


# a sentence that ends in an abbreviation SoMaJo keeps joined to the next one ("... to the
# U.S. Then he ...", "... 20 Mio. Im Vorjahr ..."): only abbreviations that end sentences,
# and only before a word that, written in upper case, can only open a sentence
_ABBREV_END = re.compile(
    r"(?:(?<=\s)(?:U\.S\.|U\.K\.|U\.N\.|Mio\.|Mrd\.|Tsd\.|Inc\.|Ltd\.|Corp\.|Co\.|etc\.|usw\.)"
    # or a number after a word (German SoMaJo reads "mit 3 zu 2. Der ..." as an ordinal; an ordinal is never
    # followed by an article or a pronoun, and a number after a full stop or colon is a list item)
    r"|(?<=[^\W\d] )\d{1,3}(?:[:\-–]\d{1,3})?\.)\s+"
    r"(?=(?:The|He|She|It|They|We|Then|But|This|That|There|His|Her|Their|Its|After|When|While|Now|"
    r"Der|Die|Das|Er|Sie|Es|Wir|Ich|Im|Am|Dann|Doch|Aber|Damit|Dabei|Zudem|Auch|Nach|Zuvor|Davor|Danach|Jetzt|Nun)\s)")
_OPENING_MARKS = "„“\"«»"


def _split_after_abbreviations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a sentence cut after an abbreviation that ends it (:data:`_ABBREV_END`),
    never inside a quotation (an odd number of quote marks before the cut)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _ABBREV_END.finditer(text, s, e):
            if sum(text.count(q, s, m.start()) for q in _OPENING_MARKS) % 2 == 0 and not _list_item(text, s, m.start()):
                out.append((s, m.start() + len(m.group(0).rstrip())))
                s = m.end()
        out.append((s, e))
    return out


# a title abbreviation before a name whose dot SoMaJo reads as a sentence end ("sagte Univ.-Prof. DDr. Maria Huber",
# "Prof. DDr.", "MMag.", "Bgm.", "Msgr.", "Erzbischof em. Alois Kothgasser"): the sentence goes on over it when a
# capitalised word follows on the same line that opens no sentence (not "Der", "Er", "The" ...)
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w.-])(?:DDr|MMag|Dkfm|Dipl\.-Ing|Msgr|Bgm|LAbg|NAbg|em|emer|Maj|Cpl)\.$")
# "Brig." joins only a "Gen." after it ("Brig. Gen. Anna Cole"; "the 3rd Brig. Combat Team" is a brigade, pr39-1)
_BRIG_END = re.compile(r"(?<![\w.-])Brig\.$")
_NAME_OPENS = re.compile(r"(?!(?:The|He|She|It|They|We|Der|Die|Das|Den|Dem|Ein|Eine|Er|Sie|Es|Wir|Ich|Im|Am)\b)"
                         r"[A-ZÄÖÜ][a-zäöüß]")


def _joined_after_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a sentence that ends in a title abbreviation before a name (:data:`_TITLE_BEFORE_NAME`) joined to
    the next one when the name follows on the same line (rv76-2, rv76-3)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        gap = text[out[-1][1] : s] if out else ""
        titled = _TITLE_BEFORE_NAME.search(text, out[-1][0], out[-1][1]) if out else None
        brig = out and _BRIG_END.search(text, out[-1][0], out[-1][1]) and text.startswith("Gen.", s)
        if gap and not gap.strip(" \t") and (titled or brig) and _NAME_OPENS.match(text, s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _list_item(text: str, s: int, at: int) -> bool:
    """Whether the number cut after at ``at`` (a match of :data:`_ABBREV_END`) is an item of an inline list ("Wir
    fordern 1. Die Abschaffung ... und 2. Die Senkung ..."): item 1, or an item whose number less one stands before it
    in the sentence from ``s``."""
    m = re.match(r"(\d{1,3})\.", text[at : at + 4])
    if m is None:
        return False
    n = int(m.group(1))
    return n == 1 or re.search(rf"(?<![\d.,]){n - 1}\.\s", text[s:at]) is not None


def glued_boundaries(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Offsets where one sentence ends and the next begins with no whitespace between
    (``Tuesday.Putin``): boundaries the splitter repaired without altering the text."""
    out = []
    for (s1, e1), (s2, _e2) in zip(spans, spans[1:]):
        if e1 == s2 and _GLUED.search(text[s1:e1]):
            out.append(e1)
    return out
