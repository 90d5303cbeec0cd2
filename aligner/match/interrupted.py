"""The second half of an interrupted quote compared too (rv80-18).

Wire copy breaks a long statement with its frame: '"We expect a pause in January," said X, "and a cut in
June once wages cool."' or „Wir erwarten eine Pause im Januar“, sagte X, „und im Juni eine Senkung“.  The
extractor gives two quotes; the first half is clustered with another outlet's whole statement, and the
second half, matched by nothing, was compared with nothing: a month changed in it gave "0 flagged".

Each half is compared with the part of the other version it matches (``second_halves_compared``): the
clusters stay as they are (the first half against the other outlet's whole, so a number changed in the
half both give keeps its flag, pr39b-2; a second half another outlet quotes alone keeps its own cluster,
pr39b-3), and where the second half is in no cluster and its first half's partner is longer, the words of
that partner after the part the first half matches are compared with the second half: a number changed
there is flagged on the first half's pair, said so.  Session 37 joined the halves into
one version instead (d373da4a, taken back: pr39b-2, pr39b-3).

Narrow on purpose: both quotes direct or mixed, of one article and one sentence, the second the next quote
after the first; the text between is a closing mark, the frame and an opening mark after a comma, with no
sentence end in it; the speaker that the first half's frame names stands in that text, and the second half
has that speaker or none.  Two people's quotes ('"…," said X, "…," added Y'; 'sagte X. „…“') are no halves.
The rest of the other version must match the second half (chrF at the content link's bar) and hold three
words or more; only number flags are taken from it (a negation read there, pr41b-4: the compare's false negation for
an added contrast reached quotes that had none) (its ends are the split's, not the outlet's).
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Article, Cluster, ClusterPair, Quote, QuoteVersion

_GAP = re.compile(r"\s*(?:,\s*[\"”“»«]|[\"”“»«]\s*,)\s*(?P<frame>[^.!?;:\"”“„»«]{3,120}?)\s*,\s*[\"“„»«]\s*\Z")
REST_MIN_WORDS = 3  # words of the other version's rest below which it gives no second half
SECOND_HALF = "second_half"  # the pair's detail: which second half was compared, with what
# the flags a second half's comparison adds: a number only; a negation read there carries the compare's false ones for
# an added contrast ('in June' / 'in June, not July') to quotes that had no flag (pr41b-4)
_TAKEN = ("number",)


def _halves(q1: Quote, q2: Quote, text: str) -> bool:
    """Whether ``q2`` continues ``q1`` past the frame (see above)."""
    sp = q1.speaker
    if {q1.kind, q2.kind} - {"direct", "mixed"} or q1.sentence_ids != q2.sentence_ids or sp is None \
            or sp.start is None or sp.end is None or not q1.end <= sp.start < sp.end <= q2.start:
        return False
    if q2.speaker is not None and (q2.speaker.start, q2.speaker.id) != (sp.start, sp.id):
        return False
    return _GAP.match(text[q1.end:q2.start]) is not None


def interrupted_pairs(quotes: Sequence[Quote], articles: Mapping[str, Article]) -> dict[str, str]:
    """{quote id of a first half: quote id of its second half} over ``quotes`` (``_halves``)."""
    order = sorted(quotes, key=lambda q: (q.article_id, q.start))
    out: dict[str, str] = {}
    for q1, q2 in zip(order, order[1:]):
        art = articles.get(q1.article_id)
        if art is not None and q2.article_id == q1.article_id and q1.id not in out.values() \
                and _halves(q1, q2, art.text):
            out[q1.id] = q2.id
    return out


def _texts(first: QuoteVersion, second: QuoteVersion, other: QuoteVersion, compared: str | None) -> tuple[str, str, str] | None:
    """The three texts to compare in the language the pair was compared in (None: none such)."""
    from .consistency import quoted_part

    if compared == "english" and first.english and second.english and other.english \
            and "no-english" not in first.flags + second.flags:
        return quoted_part(first.english), quoted_part(second.english), quoted_part(other.english)
    if compared and compared.startswith("original") and second.language == other.language:
        return quoted_part(first.original), quoted_part(second.original), quoted_part(other.original)
    return None


def rest_after(first: str, second: str, other: str) -> str | None:
    """The words of ``other`` after the part that ``first`` matches, where they match ``second`` (chrF at
    ``score.CHRF_MIN``) and are ``REST_MIN_WORDS`` or more; None otherwise.  The split is the one that
    matches both halves best (summed chrF)."""
    from ..text.chrf import chrf
    from .score import CHRF_MIN

    toks = other.split()
    best: tuple[float, int] | None = None
    for k in range(1, len(toks) - REST_MIN_WORDS + 1):
        s = chrf(" ".join(toks[:k]), first) + chrf(" ".join(toks[k:]), second)
        if best is None or s > best[0]:
            best = (s, k)
    if best is None:
        return None
    rest = " ".join(toks[best[1]:])
    return rest if chrf(rest, second) >= CHRF_MIN else None


def _second_half_flags(pair: ClusterPair, first: QuoteVersion, second: QuoteVersion, other: QuoteVersion) -> bool:
    """Adds to ``pair`` the number and negation flags of ``second`` against the rest of ``other`` and what was
    compared (``SECOND_HALF``, "<quote id>: ..."); whether a flag was added."""
    from .consistency import compare

    texts = _texts(first, second, other, pair.compared)
    rest = rest_after(*texts) if texts else None
    if texts is None or rest is None:
        return False
    lang = "en" if pair.compared == "english" else other.language
    rep = compare(texts[1], rest, with_bleu=False, approximate=True, lang=lang)
    pair.details[SECOND_HALF] = f"{second.quote_id}: the quote's second half, after its frame, compared with the " \
        f"other version's words after those its first half matches ('{rest}')"
    added = False
    for f in _TAKEN:
        if f in rep.flags:
            said = f"{rep.details.get(f)} (in the second half of an interrupted quote, '\"…,\" said X, \"…\"', " \
                   "against the other version's rest)"
            pair.details[f] = f"{pair.details[f]}; {said}" if f in pair.flags else said
            pair.flags = pair.flags + [f] if f not in pair.flags else pair.flags
            added = True
    return added


def compared_second_halves(clusters: Sequence[Cluster]) -> set[str]:
    """The quote ids of the second halves compared through their first half's pair (``SECOND_HALF``)."""
    return {str(p.details[SECOND_HALF]).split(":", 1)[0] for c in clusters for p in c.pairs if SECOND_HALF in (p.details or {})}


def second_halves_compared(clusters: Sequence[Cluster], versions: Sequence[QuoteVersion],
                           halves: Mapping[str, str]) -> None:
    """Compares each second half in no cluster with the rest of the version its first half was compared with
    (the module's doc), in place; the clusters' flags and inconsistency made again where a flag was added."""
    from .clusters import cluster_flags, pair_flags_of, pair_inconsistency

    clustered = {v.quote_id for c in clusters for v in c.versions}
    by_id = {v.quote_id: v for v in versions}
    for c in clusters:
        in_c = {v.quote_id: v for v in c.versions}
        changed = False
        for p in c.pairs:
            if p.link == "continuation" or "not_judged" in (p.details or {}):
                continue
            for a, b in ((p.a, p.b), (p.b, p.a)):
                second = halves.get(a)
                if second and second not in clustered and second in by_id and b in in_c and b not in halves:
                    changed |= _second_half_flags(p, in_c[a], by_id[second], in_c[b])
        if changed:
            for v in c.versions:
                v.flags = sorted(set(v.flags) | pair_flags_of(v.quote_id, c.pairs))
            c.flags = cluster_flags(c.versions, c.pairs)
            c.inconsistency = pair_inconsistency(c.pairs)
