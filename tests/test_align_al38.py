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


# join_edge_piece: a clause ("after two long and very wet winters ...") moved from the end of
# paragraph 1 to the start of paragraph 2; paragraph 1 is rendered freely, paragraph 2 word for
# word, so the joined paragraphs are less similar than paragraph 2 alone (the line piece gate
# refuses) while the two sentences that meet gain as one bead
FOLD_MT = [
    "The town of Selmar opened a new library on Friday. The building has three floors. It holds forty thousand "
    "books. Readers can borrow them for a month.",
    "The mayor thanked the architects. Several councillors were absent. The old library had been too small for "
    "years. The new one was finished within budget after two long and very wet winters of building work on the "
    "old market square.",
    "The first visitors came before the doors opened. Many brought their children. A choir sang in the entrance "
    "hall.",
    "Next month the library starts reading evenings. Authors from the region will read from new novels. Entry is "
    "free for pupils. Tickets are sold at the desk.",
]
FOLD_TGT = [
    "On Friday the town of Selmar opened a new library. The building has three floors. It holds forty thousand "
    "books. Readers may borrow them for one month.",
    "Praise went to those who drew the plans, said the town's head. A number of council members did not turn "
    "up. Space had run short in the former premises for ages. The new one was finished within budget.",
    "After two long and very wet winters of building work on the old market square, the first visitors came "
    "before the doors opened. Many brought their children. A choir sang in the entrance hall.",
    FOLD_MT[3],
]
FOLD_SRC = [f"Absatz {k}: {t}" for k, t in enumerate(FOLD_MT)]
ONES = [(k, k + 1, k, k + 1) for k in range(4)]


def _joins(mt, tgt, **fields):
    params = dataclasses.replace(AlignParams(), **fields)
    src = [f"Absatz {k}: {t}" for k, t in enumerate(mt)]
    scorer, _, _ = searched_path(src, tgt, mt, None, None, 2, params)
    beads, _ = joins.repair_joins(ONES, [1.0] * 4, scorer, params)
    return beads


def test_edge_piece_default_since_session_38():
    assert AlignParams().join_edge_piece == 0.0


def test_the_line_piece_gate_refuses_the_fold_of_paragraphs():
    assert _joins(FOLD_MT, FOLD_TGT, join_edge_piece=None) == ONES


def test_edge_piece_joins_the_fold_of_paragraphs():
    assert _joins(FOLD_MT, FOLD_TGT, join_edge_piece=0.0) == [ONES[0], (1, 3, 1, 3), ONES[3]]


def test_edge_piece_values_read_at_the_meeting_sentences():
    params = dataclasses.replace(AlignParams(), join_edge_piece=0.0)
    scorer, _, _ = searched_path(FOLD_SRC, FOLD_TGT, FOLD_MT, None, None, 2, params)
    sim, fit, piece = joins.join_edge_gains(scorer, ONES, [(1, (1, 3, 1, 3))])
    assert sim[0] > 0.2 and fit[0] > 1.0 and piece[0] > 0.2


def test_edge_piece_keeps_right_paragraphs_apart():
    # the same paragraphs with the clause where the MT has it: two right 1-1 beads
    tgt = list(FOLD_TGT)
    tgt[1] = tgt[1].replace("within budget.", "within budget after two long and very wet winters of building work "
                            "on the old market square.")
    tgt[2] = tgt[2].replace("After two long and very wet winters of building work on the old market square, the "
                            "first", "The first")
    assert _joins(FOLD_MT, tgt, join_edge_piece=-0.05) == ONES


def test_edge_piece_needs_the_paragraph_reading():
    assert _joins(FOLD_MT, FOLD_TGT, join_edge_piece=0.0, join_paragraph=None) == ONES


def test_edge_piece_reads_nothing_at_lines_of_one_sentence():
    mt = [line.split(". ")[-1] for line in FOLD_MT]  # each line's last sentence alone
    tgt = [line.split(". ")[-1] for line in FOLD_TGT]
    tgt[2] = FOLD_TGT[2].split(". ")[0] + "."
    assert _joins(mt, tgt, join_edge_piece=0.0) == _joins(mt, tgt, join_edge_piece=None)
