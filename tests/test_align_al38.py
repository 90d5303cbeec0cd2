"""Session 38: the join's gates read at the sentences that meet at a paragraph boundary, and
rt38-4 (``joins.join_exchange_edges`` read past the document's last line).

Sentences are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams, joins
from aligner.align.core import searched_path

MT = [
    "The village of Orrby held its spring market on Saturday. Farmers sold honey and cheese. A fiddler played "
    "by the well. The baker ran out of bread by noon.",
    "The market has taken place every April since 1890. The square was paved again last year. Stalls now get "
    "power from a cable. The council pays for the cleaning.",
    "Next year the market will last two days. Organisers hope for more visitors from the coast. A bus will run "
    "from the station. Parking stays free.",
    "Residents who live on the square complain about the noise. Some ask for an earlier closing time. The mayor "
    "promised a meeting in May.",
]
SRC = [f"Abschnitt {k}: {line}" for k, line in enumerate(MT)]
TGT = [
    "On Saturday the village of Orrby held its spring market. Farmers sold cheese and honey. A fiddler played "
    "next to the well. By noon the baker had no bread left.",
    "Every April since 1890 the market has taken place. Last year the square was paved again. The stalls now "
    "draw power from a cable. The council pays for cleaning up.",
    "The market is to last two days next year. The organisers hope for more visitors from the coast. A bus will "
    "run from the station. Parking remains free.",
    "People living on the square complain about the noise. Some want the market to close earlier. The mayor "
    "promised a meeting in May.",
]
CAPTION = "Photo: Orrby council archive"


def _last_one_one_then_target_line():
    """The search's beads with the document's last source line in a 1-1 bead and an extra
    target line after it in a 0-1 bead (the pieces of a 1-2 that the join may read with
    ``join_22_only`` False)."""
    params = dataclasses.replace(AlignParams(), join_22_only=False)
    tgt = TGT + [CAPTION]
    scorer, _, _ = searched_path(SRC, tgt, MT, None, None, 2, params)
    n, m = len(SRC), len(tgt)
    beads = [(k, k + 1, k, k + 1) for k in range(n)] + [(n, n, m - 1, m)]
    return scorer, beads, params


def test_rt38_4_edges_not_read_past_the_last_line():
    scorer, beads, _ = _last_one_one_then_target_line()
    cands = joins.join_candidates(beads, set(joins.bead_types(scorer.G)))
    assert any(k == len(beads) - 2 for k, _ in cands)  # the 1-1 + 0-1 at the end is a candidate
    out = joins.join_exchange_edges(scorer, beads, cands)  # raised IndexError at 8981dd4e
    last = [c for c, (k, _) in enumerate(cands) if k == len(beads) - 2]
    assert np.isnan(out[last]).all()


def test_rt38_4_join_repair_with_all_bead_types_at_the_end():
    scorer, beads, params = _last_one_one_then_target_line()
    post = [1.0] * len(beads)
    out, out_post = joins.repair_joins(beads, post, scorer, params)
    assert len(out) == len(out_post)
    assert out[0][0] == 0 and out[-1][1] == len(SRC)


def test_rt38_4_a_first_zero_one_bead_reads_no_line_before_the_first():
    params = dataclasses.replace(AlignParams(), join_22_only=False)
    tgt = [CAPTION] + TGT
    scorer, _, _ = searched_path(SRC, tgt, MT, None, None, 2, params)
    beads = [(0, 0, 0, 1)] + [(k, k + 1, k + 1, k + 2) for k in range(len(SRC))]
    cands = joins.join_candidates(beads, set(joins.bead_types(scorer.G)))
    out = joins.join_exchange_edges(scorer, beads, cands)
    assert np.isnan(out[[c for c, (k, _) in enumerate(cands) if k == 0]]).all()
