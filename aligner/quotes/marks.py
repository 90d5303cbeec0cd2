"""Quote-mark pairing in every typography German and English news use.

``find_quote_spans(text)`` returns the spans of text enclosed in quotation marks:
„…“ „…” ‚…‘ »…« «…» “…” "…" ‘…’ '…' ‹…› ›…‹.  Each family of marks (double
curly/straight, single curly/straight, guillemets, single guillemets) is paired
on its own, from left to right, using the mark itself and its context (what stands
before and after it) to decide whether it opens or closes; apostrophes inside or
at the end of words (don’t, Putin’s, Russians’, ’80s) are never quote marks.

Nothing here raises on odd input: an opening mark that is never closed yields a
span to the end of its sentence flagged ``unbalanced``; a closing mark with no
opener is ignored.  A quote that runs to the end of a paragraph without closing
and whose next paragraph starts with a fresh opening mark (the English convention
for multi-paragraph quotes) is flagged ``continues`` and its continuation
``continued``.  A span inside another span is flagged ``nested``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..text.lines import LINE_END

# family -> characters; direction decided in context
DOUBLE = "family:double"
SINGLE = "family:single"
GUILL = "family:guill"
SGUILL = "family:sguill"

FAMILY = {
    "\u201e": DOUBLE,  # „ low-9: always opens
    "\u201c": DOUBLE,  # “ English opener, German closer
    "\u201d": DOUBLE,  # ” closer (sometimes German closer)
    "\u201f": DOUBLE,  # ‟
    "\u2033": DOUBLE,  # ″ (double prime used as quote by some sites)
    '"': DOUBLE,
    "\uff02": DOUBLE,  # fullwidth "
    "\u201a": SINGLE,  # ‚ low-9: always opens
    "\u2018": SINGLE,  # ‘ English opener, German closer
    "\u2019": SINGLE,  # ’ closer / apostrophe
    "\u201b": SINGLE,  # ‛
    "'": SINGLE,
    "\u00bb": GUILL,  # »
    "\u00ab": GUILL,  # «
    "\u203a": SGUILL,  # ›
    "\u2039": SGUILL,  # ‹
}
QUOTE_CHARS = "".join(FAMILY)
ALWAYS_OPEN = {"\u201e", "\u201a", "\u201f", "\u201b"}
ALWAYS_CLOSE = {"\u201d"}
OPEN_PUNCT = set("([{\u2014\u2013-/:")  # before an opener without a space: (— „
CLOSE_PUNCT = set(".,;:!?)]}\u2014\u2013-\u2026")


@dataclass
class QuoteSpan:
    """Content span [start, end) between the marks at ``open_pos`` and ``close_pos``."""

    start: int
    end: int
    open_pos: int
    close_pos: int | None  # None when never closed
    open_mark: str
    close_mark: str | None
    flags: list[str] = field(default_factory=list)

    @property
    def outer_start(self) -> int:
        return self.open_pos

    @property
    def outer_end(self) -> int:
        return self.close_pos + 1 if self.close_pos is not None else self.end


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_word(ch: str) -> bool:
    return ch != "" and (ch.isalnum() or ch in "-")


# English words written with their start elided (’cause, ’bout, ’em, ’til, ’round; ’Tis, ’Twas, either case), and the
# Dutch article of names ("in ’t Veld", "van ’t Hoff"): the mark before them is an apostrophe
_ELISION = re.compile(r"(?:cause|cuz|bout|em|til|round|nuff|[Tt](?:is|was|were))(?![\w’'])")
_DUTCH_T = re.compile(r"(?<![\w-])(?:[Ii]n|[Vv]an)[ \t]$")


def is_apostrophe(text: str, i: int) -> bool:
    """True when the single mark at ``i`` is an apostrophe rather than a quote mark."""
    ch = text[i]
    if ch not in "\u2019'\u2018\u201b":
        return False
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isalpha() and nxt.isalpha():
        return True  # don’t, Putin’s, O’Malley
    if ch in "\u2019'\u2018" and not prev.isalnum() and (_ELISION.match(text, i + 1) or (
            re.match(r"t[ \t]+[A-Z]", text[i + 1 : i + 4]) and _DUTCH_T.search(text[max(0, i - 5) : i]))):
        return True  # ’cause, ’bout, ’em, ’Twas, in ’t Veld: the elided start of a word, no opener
    if (prev.isdigit() or prev == ".") and nxt.lower() == "s" and not (text[i + 2 : i + 3].isalpha()):
        return True  # 1980’s, e.v.’s
    if _is_space(prev) and ch in "\u2019'" and nxt == "s" and _is_space(text[i + 2 : i + 3]) and text[i - 2 : i - 1].isalpha():
        return True  # "Lord ’s Resistance Army", "McDonald ’s": a genitive split off by a space
    if _is_space(prev) and nxt.isdigit():
        # ’80s, '90s: an elided year (the digits followed by s)
        m = re.match(r"\d{2}s\b", text[i + 1 : i + 5])
        if m:
            return True
        if ch in "\u2019'\u2018" and re.match(r"\d{2}(?=[\s.,;:!?)]|$)", text[i + 1 : i + 4]) and re.search(r"\b(?:in|of|since|by|until|from|the|and|to)\s$", text[max(0, i - 7) : i]):
            return True  # "in ’16", "the class of '08": an elided year
    if prev.lower() == "s" and i > 1 and text[i - 2].isalpha() and (_is_space(nxt) or nxt in ",.;:!?)"):
        # Russians’ / Ross' : a possessive plural -- unless a matching opener is pending;
        # decided by the caller, which passes such marks through ``maybe_apostrophe``.
        return False
    return False


def _possessive_s(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    return prev.lower() in ("s", "x", "z") and i > 1 and text[i - 2].isalpha() and (_is_space(nxt) or nxt in ",.;:!?)")


def _context(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) judged from the characters around position i."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    left_open = _is_space(prev) or prev in OPEN_PUNCT or prev in QUOTE_CHARS or prev in ".!?…"
    right_open = not _is_space(nxt)
    left_close = not _is_space(prev)
    right_close = _is_space(nxt) or nxt in CLOSE_PUNCT or nxt in QUOTE_CHARS or nxt.isalpha() is False
    can_open = left_open and right_open
    can_close = left_close and right_close
    after = text[i + 2] if i + 2 < len(text) else ""
    if _is_space(prev) and nxt in CLOSE_PUNCT and (_is_space(after) or after in CLOSE_PUNCT):
        can_open, can_close = False, True  # talks “- said X / talks ” .
    if prev in ".!?…,;" and nxt.isalpha() and nxt.isupper() and not can_close:
        can_open = True  # has said."You know  -- glued opener after a sentence end
        can_close = text[i] == '"'  # … or a straight closer glued to the frame ("…audiences,"Katie Lee said): closes an open quote
    if prev in ".!?…,;" and _is_space(nxt):
        can_close = True
    if (not prev or _is_space(prev) or prev in OPEN_PUNCT) and _ELLIPSIS_OPENING.match(text, i + 1):
        can_open, can_close = True, False  # “… if the vote were held tonight”, ". . . I just want": a quote cut at its start
    return can_open, can_close


_ELLIPSIS_OPENING = re.compile(r"[ \t\xa0]?(?:…|\.\.\.|\. \. \.)[ \t\xa0]*\w")


def _compatible(open_mark: str, close_mark: str) -> bool:
    if FAMILY[open_mark] != FAMILY[close_mark]:
        return False
    fam = FAMILY[open_mark]
    if fam == GUILL or fam == SGUILL:
        return open_mark != close_mark
    return True


def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the sentence that starts at or contains ``start`` (exclusive), at most ``limit``."""
    m = re.compile(r"[.!?…](?=\s|$)").search(text, start, limit)
    return m.end() if m else limit


def _paragraph_end(text: str, i: int) -> int:
    m = LINE_END.search(text, i)
    return m.start() if m else len(text)


def _broken(text: str, a: int, b: int) -> bool:
    """Whether a line ends between ``a`` and ``b``."""
    return LINE_END.search(text, a, b) is not None


def _nests_low_nine(text: str, positions: list[int], k: int, pending: int | None) -> bool:
    """A German „ at ``positions[k]`` while another „ is open, with the next two marks of the family both
    closers in the same paragraph („Wir haben „Small Business“ im Blick.“): a quote inside the quote,
    not a fresh quote that leaves the first unclosed."""
    if pending is None or text[pending] != "\u201e" or text[positions[k]] != "\u201e" or len(positions) < k + 3:
        return False
    a, b = positions[k + 1], positions[k + 2]
    return (text[a] in "\u201c\u201d" and text[b] in "\u201c\u201d" and not _broken(text, pending, b))


def _nests_straight(text: str, positions: list[int], k: int, pending: int | None) -> bool:
    """A straight " at ``positions[k]`` that opens while another straight " is open, with the next two marks
    of the family both plain closers in the same paragraph ('"He said "no" to us," Reed said.'): a quote
    inside the quote, not a fresh quote that leaves the first unclosed."""
    if pending is None or text[pending] != '"' or text[positions[k]] != '"' or len(positions) < k + 3:
        return False
    if _context(text, positions[k]) != (True, False):
        return False
    a, b = positions[k + 1], positions[k + 2]
    return (text[a] == text[b] == '"' and _context(text, a) == (False, True) and _context(text, b) == (False, True)
            and not _broken(text, pending, b))


def _pair_family(text: str, positions: list[int], fam: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    pending: int | None = None
    outer: int | None = None  # a German „ whose quote holds the pending one
    for k, i in enumerate(positions):
        ch = text[i]
        if fam == DOUBLE and (_nests_low_nine(text, positions, k, pending) or _nests_straight(text, positions, k, pending)):
            outer, pending = pending, i
            continue
        if fam == SINGLE and is_apostrophe(text, i):
            continue
        can_open, can_close = _context(text, i)
        if ch in ALWAYS_OPEN:
            can_open, can_close = True, False
        elif ch in ALWAYS_CLOSE and pending is not None:
            can_open = False
        if fam in (GUILL, SGUILL) and pending is not None and ch == text[pending]:
            # »a» cannot close with the same guillemet direction; treat as a new opener
            can_close = False
        # a newline between the opener and here: the quote did not close in its paragraph
        if pending is not None and _broken(text, pending, i):
            if can_close and not can_open and _compatible(text[pending], ch) and _closes_next_paragraph(text, pending, i):
                spans.append(QuoteSpan(pending + 1, i, pending, i, text[pending], ch))
                pending, outer = outer, None
                continue
            spans.append(_unclosed(text, pending))
            pending = None
        if pending is not None and not can_open and not can_close and ch not in ALWAYS_OPEN:
            # a mark between two spaces ("abgewichen. “ Aber"): close the pending quote
            can_close = fam != SINGLE
        if pending is not None:
            if can_close and _compatible(text[pending], ch):
                if fam == SINGLE and ch in "\u2019'" and _possessive_s(text, i) and not can_open:
                    pass  # closing after "s": still a close (the pending opener wins)
                spans.append(QuoteSpan(pending + 1, i, pending, i, text[pending], ch))
                pending, outer = outer, None
                continue
            if can_open:
                spans.append(_unclosed(text, pending))
                pending = i
                continue
            continue  # stray mark inside an open quote
        if can_open and not (fam == SINGLE and _possessive_s(text, i) and can_close):
            pending = i
        # a closer with no opener is ignored (flagged nowhere: nothing sound to extract)
    if pending is not None:
        spans.append(_unclosed(text, pending))
    return spans


def _closes_next_paragraph(text: str, open_pos: int, close: int) -> bool:
    """A German quote („…“, »…«, «…») whose paragraph ends a sentence with no closer, the next paragraph opening
    with a capital and no fresh mark, and mark ``close`` ending a sentence in that next paragraph: one quote over
    the paragraph break („Wir sind bereit.¶Wir kommen morgen wieder.“), not an unclosed one."""
    if text[open_pos] not in "\u201e\u00bb\u00ab":
        return False
    par_end = _paragraph_end(text, open_pos)
    nxt = _next_paragraph_start(text, par_end)
    if nxt is None or not text[nxt].isupper() or _broken(text, nxt, close):
        return False
    return text[_last_nonspace(text, open_pos, par_end) - 1] in ".!?…" and text[_last_nonspace(text, nxt, close) - 1] in ".!?…"


def _unclosed(text: str, open_pos: int) -> QuoteSpan:
    par_end = _paragraph_end(text, open_pos)
    nxt = _next_paragraph_start(text, par_end)
    if nxt is not None and FAMILY.get(text[nxt]) == FAMILY[text[open_pos]]:
        # multi-paragraph quote: no closer at the paragraph end, the next one reopens
        end = _last_nonspace(text, open_pos + 1, par_end)
        return QuoteSpan(open_pos + 1, end, open_pos, None, text[open_pos], None, ["continues"])
    end = _last_nonspace(text, open_pos + 1, _sentence_end(text, open_pos + 1, par_end))
    return QuoteSpan(open_pos + 1, end, open_pos, None, text[open_pos], None, ["unbalanced"])


_TWO_APOSTROPHES = re.compile(r"''")


def _fold_double_apostrophes(text: str) -> tuple[str, set[int], set[int]]:
    """Two straight apostrophes as one double quotation mark (the New York Times style).

    Returns a text of the same length where an opening pair reads ' "' (the mark next to the
    word it opens) and a closing pair '" ', with the positions of both kinds of pair.  Of three
    apostrophes after a word the last two close (a single quote closes inside a double one)."""
    if "''" not in text:
        return text, set(), set()
    chars = list(text)
    opens: set[int] = set()
    closes: set[int] = set()
    i = 0
    while True:
        i = text.find("''", i)
        if i < 0:
            break
        if i + 2 < len(text) and text[i + 2] == "'" and i > 0 and not _is_space(text[i - 1]):
            i += 1
        j = i + 2
        prev = text[i - 1] if i > 0 else ""
        nxt = text[j] if j < len(text) else ""
        if (_is_space(prev) or prev in OPEN_PUNCT or prev in ".!?…,;") and not _is_space(nxt) and not prev.isalnum():
            chars[i], chars[i + 1] = " ", '"'
            opens.add(i)
        elif not _is_space(prev) or _is_space(nxt):
            chars[i], chars[i + 1] = '"', " "
            closes.add(i)
        i = j
    return "".join(chars), opens, closes


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All quoted spans in ``text`` sorted by start; content excludes the marks."""
    original = text
    text, dbl_open, dbl_close = _fold_double_apostrophes(text)
    by_family: dict[str, list[int]] = {}
    for i, ch in enumerate(text):
        fam = FAMILY.get(ch)
        if fam is not None:
            by_family.setdefault(fam, []).append(i)
    spans: list[QuoteSpan] = []
    for fam, positions in by_family.items():
        spans.extend(_pair_family(text, positions, fam))
    if dbl_open or dbl_close:
        for s in spans:
            if s.open_pos - 1 in dbl_open:
                s.open_pos -= 1  # the outer span takes in both apostrophes
            if s.close_pos is not None and s.close_pos in dbl_close:
                s.close_pos += 1
    text = original
    # drop empty or whitespace-only spans; trim whitespace inside the marks
    out = []
    for s in spans:
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b <= a or not any(c.isalnum() for c in text[a:b]):
            continue
        s.start, s.end = a, b
        out.append(s)
    out.sort(key=lambda s: (s.start, -s.end))
    kept = _cut_unbalanced(text, out)
    _flag_nested(kept)
    # multi-paragraph continuation: flag the span that continues a "continues" one
    by_open: dict[int, list[QuoteSpan]] = {}
    for t in kept:
        by_open.setdefault(t.open_pos, []).append(t)
    for s in kept:
        if "continues" in s.flags:
            nxt = _next_paragraph_start(text, _paragraph_end(text, s.open_pos))
            for t in by_open.get(nxt, []) if nxt is not None else []:
                if "continued" not in t.flags:
                    t.flags.append("continued")
    return kept


def _cut_unbalanced(text: str, out: list[QuoteSpan]) -> list[QuoteSpan]:
    """Spans sorted by start, less the unbalanced spans of a single family cut at the first sound span of
    that family opening inside them (e.g. „a “b” c: keep only what is sound); each found by bisection."""
    sound: dict[str, list[int]] = {}
    for t in out:
        if "unbalanced" not in t.flags:
            sound.setdefault(FAMILY[t.open_mark], []).append(t.open_pos)
    for opens in sound.values():
        opens.sort()
    closed = sorted((t for t in out if "unbalanced" not in t.flags and t.close_pos is not None), key=lambda t: t.open_pos)
    starts = [t.open_pos for t in closed]
    kept = []
    for s in out:
        opens = sound.get(FAMILY[s.open_mark], []) if "unbalanced" in s.flags else []
        k = bisect_right(opens, s.open_pos)
        if k < len(opens) and opens[k] < s.end:
            s.end = opens[k]
        if "unbalanced" in s.flags:
            s.end = min(s.end, _container_close(s, starts, closed))
        while s.end > s.start and text[s.end - 1].isspace():
            s.end -= 1
        if s.end <= s.start:
            continue
        kept.append(s)
    return kept


def _container_close(s: QuoteSpan, starts: list[int], closed: list[QuoteSpan]) -> int:
    """Where a sound span of another family that holds the opener of unbalanced span ``s`` closes (“‘a.” b c:
    the single mark never closed cannot run past the double quote it opened in), else ``s.end``; the three sound
    spans opening last before it are looked at (``closed`` sorted by opening position, ``starts`` their openings)."""
    k = bisect_left(starts, s.open_pos)
    for t in closed[max(0, k - 3) : k]:
        if t.close_pos is not None and FAMILY[t.open_mark] != FAMILY[s.open_mark] and s.open_pos < t.close_pos < s.end:
            return t.close_pos
    return s.end


def _flag_nested(kept: list[QuoteSpan]) -> None:
    """Flag a span "nested" when another opens before it and closes at or after its end, and the first
    such span in ``kept``'s order (by start) "has-nested".  ``kept`` is in the order of the opening marks,
    so the spans that open before one are those before it: the first whose end reaches far enough is
    found by bisection over the running maxima of the ends (n log n, not n²)."""
    record_ends: list[int] = []  # ends that exceed every end before them, rising
    record_spans: list[QuoteSpan] = []
    group: list[QuoteSpan] = []  # spans opening at the same position: none holds another
    for s in kept:
        if group and group[0].outer_start != s.outer_start:
            for g in group:
                _add_record(record_ends, record_spans, g)
            group = []
        k = bisect_left(record_ends, s.outer_end)
        if k < len(record_ends):
            t = record_spans[k]
            s.flags.append("nested")
            if "has-nested" not in t.flags:
                t.flags.append("has-nested")
        group.append(s)


def _add_record(ends: list[int], spans: list[QuoteSpan], s: QuoteSpan) -> None:
    if not ends or s.outer_end > ends[-1]:
        ends.append(s.outer_end)
        spans.append(s)


def _last_nonspace(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _next_paragraph_start(text: str, par_end: int) -> int | None:
    i = par_end
    while i < len(text) and text[i].isspace():
        i += 1
    return i if i < len(text) else None
