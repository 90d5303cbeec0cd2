"""Strict and lax P/R/F1 (Sennrich & Volk 2010), checked by hand on small examples."""

from __future__ import annotations

import pytest

from aligner.align.evaluate import score_alignment, score_alignments


def test_perfect_prediction():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3, 4])]
    sc = score_alignment(gold, gold)
    assert (sc.strict_p, sc.strict_r, sc.strict_f1, sc.lax_f1) == (1.0, 1.0, 1.0, 1.0)


def test_hand_counted_example():
    gold = [([0], [0]), ([1, 2], [1]), ([], [2]), ([3], [3])]
    pred = [([0], [0]), ([1], [1]), ([2], []), ([], [2]), ([3], [3])]
    sc = score_alignment(gold, pred)
    # precision over all 5 predicted beads: strict hits [0]:[0], []:[2], [3]:[3] = 3/5;
    # lax adds [1]:[1] (source 1 is linked to target 1 in gold); [2]:[] has no target -> 4/5
    assert sc.strict_p == pytest.approx(3 / 5)
    assert sc.lax_p == pytest.approx(4 / 5)
    # recall over gold beads non-empty on both sides (3): strict 2/3; lax: [1,2]:[1] overlaps [1]:[1] -> 3/3
    assert sc.strict_r == pytest.approx(2 / 3)
    assert sc.lax_r == pytest.approx(1.0)
    assert sc.strict_f1 == pytest.approx(2 * 0.6 * (2 / 3) / (0.6 + 2 / 3))


def test_swapped_targets_are_not_even_lax_hits():
    gold = [([0], [0]), ([1], [1])]
    pred = [([0], [1]), ([1], [0])]
    sc = score_alignment(gold, pred)
    assert sc.strict_f1 == 0.0 and sc.lax_f1 == 0.0


def test_micro_average_over_documents():
    g1, p1 = [([0], [0]), ([1], [1])], [([0], [0]), ([1], [1])]
    g2, p2 = [([0], [0]), ([1], [1])], [([0, 1], [0, 1])]
    sc = score_alignments([g1, g2], [p1, p2])
    # precision: 2 strict of 3 predicted beads; recall: 2 of 4 gold beads
    assert sc.strict_p == pytest.approx(2 / 3) and sc.strict_r == pytest.approx(2 / 4)
    assert sc.lax_p == 1.0 and sc.lax_r == 1.0


def test_empty_prediction_scores_zero():
    sc = score_alignment([([0], [0])], [])
    assert sc.strict_f1 == 0.0 and sc.n_pred == 0


def test_crossing_beads_of_a_swap_are_scored_bead_by_bead():
    gold = [([0], [0]), ([1], [2]), ([2], [1]), ([3], [3])]
    crossed = score_alignment(gold, gold)
    assert crossed.strict_f1 == 1.0
    merged = score_alignment(gold, [([0], [0]), ([1, 2], [1, 2]), ([3], [3])])
    # the merged bead is no strict hit, but a lax one
    assert merged.strict_p == pytest.approx(2 / 3) and merged.strict_r == pytest.approx(2 / 4)
    assert merged.lax_f1 == 1.0
