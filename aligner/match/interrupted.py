"""An interrupted quote compared whole (rv80-18).

Wire copy breaks a long statement with its frame: '"We expect a pause in January," said X, "and a cut in
June once wages cool."' or „Wir erwarten eine Pause im Januar“, sagte X, „und im Juni eine Senkung“.  The
extractor gives two quotes; clustered apart, the first half alone stood against another outlet's whole
statement, and a month changed in the second half was in no compared pair ("0 flagged").  ``join_halves``
reads such two quotes as one version: the first half's version gets both halves' words (original and
English, joined by a space) and the second half's version is left out of the clustering.

Narrow on purpose: both quotes direct or mixed, of one article and one sentence, the second the next quote
after the first; the first half ends with a comma (inside or outside its closing mark), the text between is
a closing mark, the frame and an opening mark after a comma, with no sentence end in it; the speaker that
the first half's frame names stands in that text, and the second half has that speaker or none.  Two
people's quotes ('"…," said X, "…," added Y'; 'sagte X. „…“') are not joined.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Article, Quote, QuoteVersion

JOINED = "interrupted-quote"  # the version's flag: two halves of one statement with the frame between
HALF_WORDS = "first_half_words"  # the joined version's score: its first half's words
_GAP = re.compile(r"\s*(?:,\s*[\"”“»«]|[\"”“»«]\s*,)\s*(?P<frame>[^.!?;:\"”“„»«]{3,120}?)\s*,\s*[\"“„»«]\s*\Z")


def _halves(q1: Quote, q2: Quote, text: str) -> bool:
    """Whether ``q2`` continues ``q1`` past the frame (see above)."""
    sp = q1.speaker
    if {q1.kind, q2.kind} - {"direct", "mixed"} or q1.sentence_ids != q2.sentence_ids or sp is None \
            or sp.start is None or sp.end is None or not q1.end <= sp.start < sp.end <= q2.start:
        return False
    if q2.speaker is not None and (q2.speaker.start, q2.speaker.id) != (sp.start, sp.id):
        return False
    return _GAP.match(text[q1.end:q2.start]) is not None


def interrupted_pairs(quotes: Sequence[Quote], articles: Mapping[str, Article]) -> dict[int, int]:
    """{index of a first half: index of its second half} over ``quotes`` (``_halves``)."""
    order = sorted(range(len(quotes)), key=lambda k: (quotes[k].article_id, quotes[k].start))
    out: dict[int, int] = {}
    for i, j in zip(order, order[1:]):
        art = articles.get(quotes[i].article_id)
        if art is not None and quotes[j].article_id == quotes[i].article_id and i not in out.values() \
                and _halves(quotes[i], quotes[j], art.text):
            out[i] = j
    return out


# english sources whose ends were cut by position: a joined version with such a half is as approximate
_APPROXIMATE = ("sentence-part", "sentence-marks-narration")


def _joined(x: str, y: str) -> str:
    return x.rstrip(" ,") + " " + y.lstrip()


def _join(a: QuoteVersion, b: QuoteVersion) -> None:
    """``a`` (the first half) with the words of ``b`` (the second) after its own; its first half's size kept
    (``HALF_WORDS``: words of the English and of the original) for ``half_cut_reason``."""
    from .consistency import quoted_part, words

    a.scores[HALF_WORDS] = float(len(words(quoted_part(a.english))))
    a.scores[HALF_WORDS + "_own"] = float(len(words(quoted_part(a.original))))
    if b.scores.get("english_source") in _APPROXIMATE:
        a.scores["english_source"] = b.scores["english_source"]
    a.original, a.english, a.end = _joined(a.original, b.original), _joined(a.english, b.english), b.end
    a.flags = a.flags + [JOINED]


def join_halves(versions: list[QuoteVersion], pairs: Mapping[int, int]) -> list[int]:
    """Give each first half's version (``pairs``' keys) the words of both halves; the indices of the versions
    to cluster (all but the second halves joined).  A half without English is not joined."""
    gone = set()
    for i, j in pairs.items():
        a, b = versions[i], versions[j]
        if not a.english or not b.english or "no-english" in a.flags + b.flags:
            continue
        _join(a, b)
        gone.add(j)
    return [k for k in range(len(versions)) if k not in gone]


def half_cut_reason(va: QuoteVersion, vb: QuoteVersion, compared: str | None) -> str | None:
    """Why a truncation between ``va`` and ``vb`` is worth a look only: the longer is an interrupted quote joined
    whole and the shorter gives about one of its halves (its words within a quarter, or two words, of that
    half's): the other outlet quoted a piece of the statement, not a cut of a quote (rv80-18).  None otherwise."""
    from .consistency import quoted_part, words
    from .cuts import shorter_longer

    short, long = shorter_longer(va, vb, compared)
    own = compared != "english"
    first = long.scores.get(HALF_WORDS + ("_own" if own else "")) if JOINED in long.flags else None
    if first is None or JOINED in short.flags:
        return None
    text = (lambda v: v.original or v.english) if own else (lambda v: v.english or v.original)
    n, m = len(words(quoted_part(text(short) or ""))), len(words(quoted_part(text(long) or "")))
    if not any(abs(n - half) <= max(2.0, half / 4) for half in (first, m - first)):
        return None
    return "the longer version is one statement its outlet interrupted with the frame ('\"…,\" said X, \"…\"'), " \
        "compared whole; the shorter gives about one of its halves"
