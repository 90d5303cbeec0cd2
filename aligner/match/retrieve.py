"""Candidate retrieval that never looks at all pairs.

Two retrievers, both returning for each item a short list of candidate partners
from OTHER groups (articles):

- ``NgramIndex``: an inverted index over the English renderings.  Features are
  lower-cased word stems (first 6 characters of every word of 3+ letters) and the
  pairs of adjacent stems; common features (document
  frequency above ``max_df``) are never used, so that posting lists stay short and
  retrieval is linear in the corpus size (``group_df``: frequency counted over
  groups, for texts that repeat within a group).  Every text is indexed under its
  ``index_limit`` (30) rarest usable features and queried with its ``probe`` (12)
  rarest: indexing under only the probed features lost long quotes whose rarest
  features are not the ones they share (a seed quote and its partial rendering).  A candidate must share ``min_shared``
  indexed features with the query.
- ``embedding_knn``: exact nearest neighbours over L2-normalised embeddings by
  blocked matrix products (fine for thousands of quotes; too slow to embed 100k
  sentences on two CPU cores, where the string index is used instead).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

import numpy as np

from ..parallel import jobs, pmap
from ..text.words import CONTENT_WORD

_WORD = CONTENT_WORD


def features(text: str, stem: int = 6) -> list[str]:
    stems = [w[:stem] for w in _WORD.findall(text.lower())]
    feats = set(stems)
    feats.update(f"{a}_{b}" for a, b in zip(stems, stems[1:]))
    return list(feats)


class NgramIndex:
    """Inverted index over texts; ``candidates()`` gives top-k partners per item."""

    def __init__(
        self,
        texts: Sequence[str | None],
        groups: Sequence[str] | None = None,
        *,
        probe: int = 12,
        max_df: int | None = None,
        index_limit: int = 30,
        group_df: bool = False,
    ) -> None:
        self.n = len(texts)
        self.groups = list(groups) if groups is not None else [str(i) for i in range(self.n)]
        feats = [features(t) if t else [] for t in texts]
        df: Counter = Counter()
        if group_df:
            # document frequency over groups: texts of one group that repeat one another
            # (the surroundings of two quotes of one article) do not make a feature usable
            seen: set[tuple[str, str]] = set()
            for fs, g in zip(feats, self.groups):
                new = {f for f in fs if (f, g) not in seen}
                seen.update((f, g) for f in new)
                df.update(new)
        else:
            for fs in feats:
                df.update(fs)
        if max_df is None:
            # grows with the corpus up to 40 (20k texts), then stays: a larger cap
            # let ever more common features through, and the candidate pairs (and
            # time) grew faster than the corpus
            max_df = min(max(20, int(0.002 * self.n)), 40)
        self.max_df = max_df
        self.df = df
        self.probes: list[list[str]] = []
        postings: dict[str, list[int]] = defaultdict(list)
        for i, fs in enumerate(feats):
            usable = sorted((f for f in fs if 1 < df[f] <= max_df), key=lambda f: (df[f], f))
            self.probes.append(usable[:probe])
            for f in usable[: index_limit]:  # indexed under many, queried by the rarest few
                postings[f].append(i)
        self.postings = postings

    def candidates(self, k: int = 8, min_shared: int = 2) -> list[list[tuple[int, int]]]:
        """For each item: up to k (other item, shared features), other groups only.

        Items are looked up in blocks over the cores (``aligner.parallel``), results
        in item order."""
        step = max(5000, -(-self.n // (4 * jobs())))
        blocks = [range(s, min(s + step, self.n)) for s in range(0, self.n, step)]
        out: list[list[tuple[int, int]]] = []
        for part in pmap(lambda items: self._candidates(items, k, min_shared), blocks,
                         label="match: candidates", sizes=[len(b) for b in blocks]):
            out += part
        return out

    def _candidates(self, items: range, k: int, min_shared: int) -> list[list[tuple[int, int]]]:
        out: list[list[tuple[int, int]]] = []
        groups = self.groups
        postings = self.postings
        for i in items:
            fs = self.probes[i]
            if not fs:
                out.append([])
                continue
            counts: Counter = Counter()
            for f in fs:
                counts.update(postings[f])
            gi = groups[i]
            need = min(min_shared, len(fs))
            best = [(j, c) for j, c in counts.most_common(k * 3 + 1) if c >= need and j != i and groups[j] != gi]
            out.append(best[:k])
        return out


def embedding_knn(
    vecs: np.ndarray,
    groups: Sequence[str],
    k: int = 8,
    block: int = 1024,
    rows: Sequence[int] | None = None,
) -> list[list[tuple[int, float]]]:
    """Exact k nearest neighbours (cosine) from other groups, for ``rows`` (default all)."""
    n = len(vecs)
    rows = list(range(n)) if rows is None else list(rows)
    garr = np.array([hash(g) for g in groups])
    out: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    if n < 2:
        return out
    kk = min(k, n - 1)
    for s in range(0, len(rows), block):
        idx = np.array(rows[s : s + block])
        sims = vecs[idx] @ vecs.T
        same = garr[idx][:, None] == garr[None, :]
        sims[same] = -2.0
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk] if kk < n else np.argsort(-sims, axis=1)
        for r, i in enumerate(idx):
            cand = sorted(((int(j), float(sims[r, j])) for j in top[r] if sims[r, j] > -2.0), key=lambda x: -x[1])
            out[i] = cand
    return out
