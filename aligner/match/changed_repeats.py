"""Quotes an article gives again in changed words (a live blog's update).

A cluster takes one version per article, so when a live ticker gives one person's
words at 14:32, again with a change at 15:10 and again at 16:45, only one of the
article's versions enters the cluster; the others are in no cluster and, unlike a
word-for-word repeat (``clusters.in_article_repeats``), nothing stood for them: a
changed word ('die Lage ist nicht ernst') would be hidden behind "found in one article
only".  ``changed_repeats`` finds such versions (in no cluster; the same speaker, or
one unknown, as a version of their article in a cluster; the same statement in their
article's language, ``score.originals_agree``) and compares each with that version
(``consistency.compare``), so the report can say which differ and how; they are not
compared with the other outlets' versions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Cluster, QuoteVersion
from .clusters import compare, quotable, same_speaker
from .consistency import DISTORTION_FLAGS, WORTH_A_LOOK_FLAGS
from .score import originals_agree

LISTED = 50  # the changed repeats summary.json lists (the rest are counted)


def changed_repeats(versions: Sequence[QuoteVersion], clusters: Sequence[Cluster],
                    again: set[int] | None = None) -> list[dict[str, Any]]:
    """One record per version in no cluster that gives again, in changed words, the quote
    of a version of its own article in a cluster: its quote id, that version's quote id,
    the cluster's number in ``clusters`` (1-based: the report's order) and the flags of
    the two versions compared (``consistency.compare`` of their English, else their
    originals)."""
    clustered = {v.quote_id for c in clusters for v in c.versions}
    in_cluster: dict[str, list[tuple[int, QuoteVersion, list[QuoteVersion]]]] = {}
    for n, c in enumerate(clusters, 1):
        for v in c.versions:
            in_cluster.setdefault(v.article_id, []).append((n, v, c.versions))
    out = []
    for k in quotable(versions, again):
        v = versions[k]
        if v.quote_id in clustered or v.article_id not in in_cluster:
            continue
        like = _same_statement(v, in_cluster[v.article_id])
        if like is None:
            continue
        n, w = like
        a, b = (w.english, v.english) if w.english and v.english else (w.original, v.original)
        flags = [f for f in compare(a, b).flags if f in DISTORTION_FLAGS + WORTH_A_LOOK_FLAGS]
        out.append({"quote_id": v.quote_id, "article_id": v.article_id, "like": w.quote_id, "cluster": n,
                    "text": v.original, "flags": flags})
    return out


def _same_statement(v: QuoteVersion, candidates: Iterable[tuple[int, QuoteVersion, list[QuoteVersion]]]
                    ) -> tuple[int, QuoteVersion] | None:
    """The first version in a cluster (with the cluster's number) that ``v`` gives again in
    changed words: of its article and language, in words that agree, said by the same
    speaker (or one unknown), or by a speaker another version of that cluster names
    (a pronoun resolved wrongly on one of the article's versions)."""
    for n, w, others in candidates:
        if w.quote_id == v.quote_id or w.language != v.language:
            continue
        if same_speaker(w, v) is False and not any(same_speaker(x, v) for x in others if x is not w):
            continue
        if v.original and w.original and v.original != w.original and originals_agree(w.original, v.original) \
                and not _another_statement(w.original, v.original):
            return n, w
    return None


_WORD = re.compile(r"\w+(?:[.,]\d+)*")


def _another_statement(a: str, b: str) -> bool:
    """Whether ``b`` is another statement than ``a``, not ``a`` given again with a change: where ``b`` puts another word
    in the place of a word of ``a`` (not a figure for a figure): "Unemployment in
    Berlin rose to 10.1 percent" / "… in Brandenburg rose to 6.4 percent" are two statements of one speaker (pr35b-9),
    while a word put in or left out ("die Lage ist nicht ernst", "bitte") or a changed figure alone is the same statement
    given again with a change; words put in beside a changed figure ("In the east, unemployment rose to 7.4 percent") are
    another statement too."""
    from difflib import SequenceMatcher

    wa, wb = [x.lower() for x in _WORD.findall(a)], [x.lower() for x in _WORD.findall(b)]
    figures = words = False
    for op, i1, i2, j1, j2 in SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        sides = (wa[i1:i2], wb[j1:j2])
        if op == "replace" and all(any(not x[0].isdigit() for x in side) for side in sides):
            return True
        figures = figures or any(x[0].isdigit() for side in sides for x in side)
        words = words or any(not x[0].isdigit() for side in sides for x in side)
    return figures and words  # "In the east, unemployment rose to 7.4 percent": a qualifier and another figure (pr35b-9)


def serious(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changed repeats with a serious flag against their article's version in a cluster."""
    return [r for r in records if any(f in DISTORTION_FLAGS for f in r.get("flags", ()))]
