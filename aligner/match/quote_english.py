"""English for a quote that is only part of a translated sentence.

A German mixed or indirect quote („Er sagte, die Lage sei ernst“ -> the quote is
"die Lage sei ernst") rarely has a translation of its own: translators and MT
systems translate sentences, not quote spans.  Its English is located inside its
sentence's translation:

1. quote marks: when the quote stands in quote marks in the source sentence and the
   translation has as many quoted stretches, the quote is the one at the same place
   (MT systems and translators keep quote marks);
2. otherwise by position: the quote's share of the source sentence (start and end
   as fractions of its length) is carried over to the translation, widened to whole
   words and trimmed of a leading "that" and punctuation.  Such a rendering's ends
   are approximate (``sentence-part``): it serves matching and the word-level
   checks inside it, never a truncation verdict.
"""

from __future__ import annotations

import re

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
    whose translation is ``translation``; how is "marks" or "position"."""
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
    part = _LEAD.sub("", tr[a:b]).strip(" ,;:.\"“”„")
    if len(part.split()) < 2:
        return None
    return part, "position"
