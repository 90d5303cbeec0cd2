"""A stub scorer for the alignment repairs' tests (joins.repair_joins, repair_splits): a
similarity per bead and an exchange share, so each test states the evidence a repair sees."""

from __future__ import annotations

import numpy as np


class Words:
    def __init__(self, exchange: float):
        self._exchange = exchange

    def exchange(self, i, j) -> float:
        return self._exchange


class Scorer:
    """Similarity per bead from ``sims`` (``usual`` for a 1-1 bead it does not name, 0.1
    for any other), 40 characters per sentence, a length ratio of 1; no word evidence when
    ``exchange`` is None."""

    G = 3
    ratio = 1.0

    def __init__(self, n: int, sims: dict, exchange: float | None, usual: float = 0.6):
        self.src_chars = [np.full(n, 40.0)]
        self.tgt_chars = [np.full(n, 40.0)]
        self.sims, self.usual = sims, usual
        self.words = None if exchange is None else Words(exchange)

    def sim_beads(self, beads) -> np.ndarray:
        out = []
        for b in beads:
            if b[1] <= b[0] or b[3] <= b[2]:
                out.append(0.0)
            else:
                one = b[1] - b[0] == 1 and b[3] - b[2] == 1
                out.append(self.sims.get(tuple(b), self.usual if one else 0.1))
        return np.array(out)
