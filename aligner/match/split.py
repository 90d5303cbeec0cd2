"""Statements the outlet check split in two clusters (rv77-7).

The outlet check (``clusters._outlet_check``) keeps two groups of versions apart when
one outlet gives the statement in both groups in other words, or turned round: the
speaker said two things.  An aggregator or a wire that carries two outlets' texts
(MSN with the BBC's "people should not travel" and the Telegraph's "people should
travel") gives both wordings too, and then a true negation between the two other
outlets is in no cluster's pairs.  The report cannot tell the two cases apart; it says
which clusters were kept apart by which outlet, and whether their versions of other
outlets say the opposite of each other, so that a "0 flagged" is not taken as checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Cluster, QuoteVersion
from .consistency import opposed, quoted_part, words

LISTED = 5  # split statements the summary lists (opposed ones first)


def split_statements(split: Sequence[tuple[frozenset[str], frozenset[str]]],
                     clusters: Sequence[Cluster]) -> list[dict]:
    """Each pair of clusters (2+ articles each) that the outlet check kept from merging:
    the outlet(s) giving the statement in both, the first version of another outlet on
    each side (its outlet and quoted words) and ``opposed``: what turns one round
    (``consistency.opposed`` on those two versions' English), None when nothing does.
    Opposed pairs first."""
    where = {v.quote_id: k for k, c in enumerate(clusters) for v in c.versions}
    seen: set[tuple[int, int]] = set()
    found = []
    for xs, ys in split:
        for ka in sorted({where[q] for q in xs if q in where}):
            for kb in sorted({where[q] for q in ys if q in where}):
                key = (min(ka, kb), max(ka, kb))
                if ka != kb and key not in seen:
                    seen.add(key)
                    found.append(_entry(clusters[key[0]], clusters[key[1]]))
    return sorted((f for f in found if f is not None), key=lambda f: f["opposed"] is None)


def split_counts(split: Sequence[tuple[frozenset[str], frozenset[str]]], clusters: Sequence[Cluster]) -> dict:
    """summary.json's match entries: how many cluster pairs the outlet check kept apart
    (``split_statements``), how many of them say the opposite, and the first ``LISTED``."""
    found = split_statements(split, clusters)
    return {"statements_split_by_outlet": len(found),
            "statements_split_opposed": sum(1 for f in found if f["opposed"] is not None),
            "statements_split": found[:LISTED]}


def _outlets(c: Cluster) -> set[str]:
    return {v.outlet for v in c.versions if v.outlet and v.outlet != "unknown"}


def _entry(ca: Cluster, cb: Cluster) -> dict | None:
    both = _outlets(ca) & _outlets(cb)
    if not both:
        return None
    va, vb = _other(ca, both), _other(cb, both)
    if va is None or vb is None:
        return None
    turned = None
    if va.english and vb.english:
        turned = opposed(words(quoted_part(va.english)), words(quoted_part(vb.english)))
    return {"clusters": [ca.id, cb.id], "outlets": sorted(both), "speaker": ca.speaker or cb.speaker,
            "a": {"outlet": va.outlet, "text": va.original}, "b": {"outlet": vb.outlet, "text": vb.original},
            "opposed": turned}


def _other(c: Cluster, both: set[str]) -> QuoteVersion | None:
    """The first version of an outlet other than those in both clusters (its own words)."""
    return next((v for v in c.versions if v.outlet not in both), None)
