"""English for a quote that is only part of a translated sentence.

A German mixed or indirect quote („Er sagte, die Lage sei ernst“ -> the quote is
"die Lage sei ernst") rarely has a translation of its own: translators and MT
systems translate sentences, not quote spans.  Its English is located inside its
sentence's translation:

1. quote marks: when the quote stands in quote marks in the source sentence and the
   translation has as many quoted stretches, the quote is the one at the same place
   (MT systems and translators keep quote marks); a quote of narration and quoted
   words that holds whole marked stretches gets the narration by position and the
   translation's marked stretches at the same place, marks and all: its quoted words'
   ends are exact (WMT22, the tuning year, ``eval_e2e_consistency.py --seeds 1-6``
   kept runs re-matched: truncation found 89 -> 91 of 111, false flags 0 of 1,322);
2. otherwise by position: the quote's share of the source sentence (start and end
   as fractions of its length) is carried over to the translation, widened to whole
   words and trimmed of a leading "that" and punctuation.  Such a rendering's ends
   are approximate (``sentence-part``): it serves matching and the word-level
   checks inside it, never a truncation verdict.

Translations brought as sentence lines or documents are cut where the translator
cut, not where the segmenter did: a sentence whose line held the next one too
carries both translations, and the next one is marked ``merged`` (its English sits
on the sentence before).  ``TranslationUnits`` widens a quote's sentences to whole
translated units before the English is located, so that the source text and the
translation it is located in cover the same words.  A quote whose sentence has no
brought translation at all (the segmenter joined what the translator gave as two
lines) is looked up in the lines themselves (``LineIndex``): the line that contains
the quote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Quote, Sentence, Translation

_MARKED = re.compile(r"[„“\"»«‚‘”]([^„“”\"»«]+?)[“”\"«»‘’]")
_EN_MARKED = re.compile(r"“([^”]+)”|\"([^\"]+)\"|‘([^’]{12,})’|«([^»]+)»")
_LEAD = re.compile(r"^(?:that|,|:|;|-|–|\s)+", re.IGNORECASE)


def _marked_spans(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    out = []
    for m in pattern.finditer(text):
        g = next((i for i in range(1, (m.re.groups or 0) + 1) if m.group(i) is not None), 0)
        out.append((m.start(g), m.end(g)) if g else (m.start(), m.end()))
    return out


def locate(quote_start: int, quote_end: int, sentence: str, translation: str) -> tuple[str, str] | None:
    """(english, how) for the part ``sentence[quote_start:quote_end]`` of a sentence
    whose translation is ``translation``; how is "marks" (the quote is a marked stretch
    of both), "marks-narration" (a mixed quote: its quoted words are marked stretches,
    the narration around them is cut by position) or "position"."""
    tr = translation.strip()
    if not tr or not sentence or quote_end <= quote_start:
        return None
    src_marked = _marked_spans(sentence, _MARKED)
    en_marked = _marked_spans(tr, _EN_MARKED)
    inside = [k for k, (a, b) in enumerate(src_marked) if a - 2 <= quote_start and quote_end <= b + 2]
    if inside and len(src_marked) == len(en_marked):
        a, b = en_marked[inside[0]]
        return tr[a:b].strip(" ,;:"), "marks"
    n = len(sentence)
    fs, fe = quote_start / n, quote_end / n
    L = len(tr)
    a, b = int(fs * L), round(fe * L)
    # widen to whole words
    while a > 0 and not tr[a - 1].isspace():
        a -= 1
    while b < L and not tr[b].isspace():
        b += 1
    whole = _whole_marks(quote_start, quote_end, src_marked, en_marked)
    if whole is not None:  # a mixed quote: its quoted words are the marked stretches at the same place
        a, b = min(a, max(0, en_marked[whole[0]][0] - 1)), max(b, min(L, en_marked[whole[1]][1] + 1))
        part = _LEAD.sub("", tr[a:b]).strip(" ,;:.")
        return (part, "marks-narration") if len(part.split()) >= 2 else None
    part = _LEAD.sub("", tr[a:b]).strip(" ,;:.\"“”„")
    if len(part.split()) < 2:
        return None
    return part, "position"


def _whole_marks(quote_start: int, quote_end: int, src_marked: list[tuple[int, int]],
                 en_marked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """First and last of the marked stretches that a quote of narration and quoted
    words („Wenn ..., "werden wir ... reden"“) holds whole, when the translation has
    as many marked stretches as the sentence and none is cut by the quote's ends:
    the quoted words' English is then the translation's marked stretches at the same
    place, ends and all (only the narration around them is cut by position)."""
    if not src_marked or len(src_marked) != len(en_marked):
        return None
    held = [k for k, (a, b) in enumerate(src_marked) if quote_start - 2 <= a and b <= quote_end + 2]
    cut = [k for k, (a, b) in enumerate(src_marked) if k not in held and a < quote_end and b > quote_start]
    return (held[0], held[-1]) if held and not cut else None


class TranslationUnits:
    """Sentences grouped as their translations were brought (see the module docstring)."""

    def __init__(self, sentences: Mapping[str, Sentence], translations: Mapping[str, Translation]) -> None:
        self.sentences = sentences
        self.translations = translations
        self.at = {(s.article_id, s.index): s.id for s in sentences.values()}

    def _merged(self, sid: str | None) -> bool:
        t = self.translations.get(sid) if sid else None
        return t is not None and not t.target.strip() and "merged" in t.flags

    def _next(self, sid: str, step: int) -> str | None:
        s = self.sentences[sid]
        return self.at.get((s.article_id, s.index + step))

    def widen(self, sids: Sequence[str]) -> list[str]:
        """``sids`` with the sentence whose translation holds a merged first one before
        them, and the merged sentences after them."""
        out = [sid for sid in sids if sid in self.sentences]
        if not out:
            return out
        while self._merged(out[0]) and (prev := self._next(out[0], -1)) is not None:
            out.insert(0, prev)
        while self._merged(nxt := self._next(out[-1], 1)) and nxt is not None:
            out.append(nxt)
        return out


def part_of_sentences(q: Quote, units: TranslationUnits) -> tuple[str, str] | None:
    """(english, how) of a quote that is part of its sentences' translation: located
    (``locate``) in the translation of its widened sentences; how is ``marks``,
    ``marks-narration`` or ``position``.  None when a sentence of them has no translation."""
    sents = [units.sentences[sid] for sid in units.widen(q.sentence_ids)]
    trs = [units.translations.get(s.id) for s in sents]
    if not sents or any(t is None for t in trs) or not any(t.target.strip() for t in trs if t is not None):
        return None
    if any(t is not None and not t.target.strip() and "merged" not in t.flags for t in trs):
        return None
    text, offs, pos = [], [], 0
    for s in sents:
        offs.append(pos)
        text.append(s.text)
        pos += len(s.text) + 1
    start = max(0, q.start - sents[0].start)
    end = next((offs[k] + q.end - s.start for k, s in enumerate(sents) if s.start <= q.end <= s.end), pos - 1)
    return locate(start, end, " ".join(text), " ".join(t.target.strip() for t in trs if t is not None and t.target.strip()))


class LineIndex:
    """Bring-your-own translation lines (source key -> translation), found by a text
    they contain: a quote whose sentence the translator cut differently from the
    segmenter (one line holds the quote's sentence and the next one) still finds the
    line that holds the quote."""

    MIN_WORD = 4  # words shorter than this are not looked up (too common)

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self.keys = list(table)
        self.by_word: dict[str, list[int]] = {}
        for n, key in enumerate(self.keys):
            for w in set(key.split()):
                if len(w) >= self.MIN_WORD:
                    self.by_word.setdefault(w, []).append(n)

    def containing(self, key: str) -> str | None:
        """The shortest source line that contains ``key`` (a ``source_key``), or None."""
        ws = [w for w in set(key.split()) if len(w) >= self.MIN_WORD]
        if not ws:
            return None
        rarest = min(ws, key=lambda w: (len(self.by_word.get(w, ())), w))
        hits = [self.keys[n] for n in self.by_word.get(rarest, ()) if key in self.keys[n]]
        return min(hits, key=len) if hits else None


def from_lines(text: str, index: LineIndex) -> tuple[str, str] | None:
    """English for ``text`` (a quote) from the translation line whose source contains
    it: (translation, "tsv") when the quote is (nearly) the whole line, else (the part
    at the quote's place, "position"): ``locate`` by position, the key has no quote
    marks."""
    from ..translate.precomputed import source_key

    key = source_key(text)
    line = index.containing(key) if key else None
    if line is None:
        return None
    if len(key) >= 0.85 * len(line):
        return index.table[line], "tsv"
    at = line.find(key)
    return locate(at, at + len(key), line, index.table[line])
