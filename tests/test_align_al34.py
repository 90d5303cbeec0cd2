"""Session 34: two search prices of large beads that read each line's own best partner,
both off by default.

``AlignParams.large_away``: a line of a bead with three or more lines on a side whose
own best 1-1 partner (``core.away_lines``, after the first pass) lies outside the bead's
other side costs more.  ``AlignParams.large_edge``: a bead with three or more lines on a
side and two or more on the other whose first (or last) lines are each other's best
partners (a 1-1 bead glued in at its edge) costs more.

Sentences are invented; the MT is the target's wording where a line has a counterpart."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.core import BeadScorer, away_lines

SRC = [
    "Der Stadtrat beschloss gestern den neuen Haushalt für das kommende Jahr.",
    "Die Schulen erhalten mehr Geld für neue Computer und Tablets.",
    "Der Bürgermeister lobte die Einigung am späten Abend.",
    "Die Opposition kritisierte die hohen Kosten der Brücke.",
    "Im Frühjahr beginnen die Bauarbeiten an der alten Schwimmhalle.",
    "Die Bürger können ihre Fragen bis Freitag per Post einreichen.",
]
MT = [
    "The city council passed the new budget for the coming year yesterday.",
    "Schools receive more money for new computers and tablets.",
    "The mayor praised the agreement late in the evening.",
    "The opposition criticised the high costs of the bridge.",
    "Construction work on the old swimming pool begins in spring.",
    "Citizens can send in their questions by post until Friday.",
]
TGT = list(MT)
ONE_TO_ONE = [(k, k + 1, k, k + 1) for k in range(len(SRC))]


def _scorer(src=SRC, mt=MT, tgt=TGT, beads=ONE_TO_ONE, **fields) -> BeadScorer:
    params = dataclasses.replace(AlignParams(), **fields)
    scorer = BeadScorer(src, tgt, mt, None, 5, params)
    scorer.away = away_lines(scorer, beads)
    return scorer


def _cost(scorer: BeadScorer, a: int, b: int, i1: int, j1: int) -> float:
    """The search's cost of the a-b bead ending after source line i1 - 1 and target line j1 - 1."""
    return float(scorer.costs(a, b, slice(i1, i1 + 1), slice(j1, j1 + 1))[0, 0])


def test_each_line_points_to_its_own_counterpart():
    partner_s, strength_s, partner_t, strength_t = _scorer().away
    assert list(partner_s) == list(range(6)) and list(partner_t) == list(range(6))
    assert (strength_s > 0.5).all() and (strength_t > 0.5).all()


def test_a_line_whose_partner_is_outside_a_large_bead_makes_it_cost_more():
    # the 3-1 bead of sources 1-3 against target 2: sources 1 and 3 have their own
    # targets (1 and 3) outside it; the target's own partner, source 2, is inside
    base, away = _scorer(), _scorer(large_away=0.5)
    _, strength_s, _, _ = base.away
    extra = _cost(away, 3, 1, 4, 3) - _cost(base, 3, 1, 4, 3)
    assert np.isclose(extra, 0.5 * (strength_s[1] + strength_s[3]))
    assert extra > 0.5


def test_a_fold_whose_lines_all_point_inside_keeps_its_price():
    # the target folds sources 1-3 into one line: each source line's partner is that line
    tgt = [MT[0], " ".join(MT[1:4]), MT[4], MT[5]]
    beads = [(0, 1, 0, 1), (1, 4, 1, 2), (4, 5, 2, 3), (5, 6, 3, 4)]
    base, away = _scorer(tgt=tgt, beads=beads), _scorer(tgt=tgt, beads=beads, large_away=0.5)
    partner_s = base.away[0]
    assert list(partner_s[1:4]) == [1, 1, 1]
    assert _cost(away, 3, 1, 4, 2) == _cost(base, 3, 1, 4, 2)


def test_small_beads_keep_their_price():
    base, away = _scorer(), _scorer(large_away=0.5, large_edge=0.5)
    assert _cost(away, 2, 1, 3, 2) == _cost(base, 2, 1, 3, 2)
    assert _cost(away, 2, 2, 3, 3) == _cost(base, 2, 2, 3, 3)


def test_a_one_to_one_glued_at_the_edge_of_a_large_bead_costs_more():
    # the 3-3 bead of lines 1-3 on both sides: its first lines (1, 1) and its last (3, 3)
    # are each other's partners, two 1-1 beads glued in
    base, edge = _scorer(), _scorer(large_edge=0.4)
    _, strength_s, _, strength_t = base.away
    extra = _cost(edge, 3, 3, 4, 4) - _cost(base, 3, 3, 4, 4)
    want = 0.4 * (min(strength_s[1], strength_t[1]) + min(strength_s[3], strength_t[3]))
    assert np.isclose(extra, want) and extra > 0.4
    # a 3-2 whose edges are not mutual partners (sources 1-3 against targets 2-3: the
    # first source line's partner is target 1, outside) pays for the last edge only
    extra32 = _cost(edge, 3, 2, 4, 4) - _cost(base, 3, 2, 4, 4)
    assert np.isclose(extra32, 0.4 * min(strength_s[3], strength_t[3]))


def test_many_to_one_beads_pay_no_edge_price():
    # a 3-1 fold is not a 1-1 glued in, whatever its lines point to
    base, edge = _scorer(), _scorer(large_edge=0.4)
    assert _cost(edge, 3, 1, 4, 3) == _cost(base, 3, 1, 4, 3)


def test_off_by_default_and_the_search_leaves_the_partners_unset():
    p = AlignParams()
    assert p.large_away == 0.0 and p.large_edge == 0.0
    scorer = BeadScorer(SRC, TGT, MT, None, 5, p)
    assert scorer.away is None
