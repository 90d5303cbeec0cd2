"""Disjoint sets (union-find): the one implementation for every grouping in the package.

Stories (articles linked by shared sentences), utterance units and agglomerative quote
clusters (:mod:`aligner.match`), and institution names (:mod:`aligner.quotes.speakers`)
all group items 0..n-1 by links between them.
"""

from __future__ import annotations

from collections.abc import Iterable


class DisjointSets:
    """Union-find over the items 0..n-1, with path halving.

    ``union`` keeps the smaller root, so that every set's root is its smallest member
    (a stable id: it does not depend on the order of the unions)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        """Merge the sets of ``a`` and ``b``; returns the root of the merged set."""
        ra, rb = self.find(a), self.find(b)
        if ra > rb:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra

    def attach(self, root: int, other: int) -> None:
        """Put the set rooted at ``other`` under ``root`` (both roots): for callers that
        keep their own bookkeeping per root and decide which root stays."""
        self.parent[other] = root

    def components(self) -> list[list[int]]:
        """Every set as a sorted list, the sets ordered by their smallest member."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            groups.setdefault(self.find(i), []).append(i)
        return list(groups.values())


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the graph on 0..n-1 with edges ``pairs``: each sorted,
    ordered by their smallest member."""
    sets = DisjointSets(n)
    for a, b in pairs:
        sets.union(a, b)
    return sets.components()
