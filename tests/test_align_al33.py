"""Session 33: two search prices, both off by default.

``AlignParams.unsupported_large``: the unsupported-line price (``unsupported_penalty``
times ``ContentWords.unsupported``) of a bead with three or more sentences on a side is
this many times larger, so that each line of a large bead must carry its own content
words; beads of at most two lines a side keep their price.
``AlignParams.short_null``: leaving out a short line (a heading, a list item) that is
neither debris nor glued to a neighbour costs this much less than ``skip``.

Sentences are invented; the MT side is given as the target's own words where a line has a
counterpart."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.core import BeadScorer, _with_debris

SRC = [
    "Der Stadtrat beschloss gestern den neuen Haushalt.",
    "Die Schulen erhalten mehr Geld für Computer.",
    "Kurz notiert",
    "Der Bürgermeister lobte die Einigung am Abend.",
]
MT = [
    "The city council passed the new budget yesterday.",
    "Schools receive more money for computers.",
    "In brief",
    "The mayor praised the agreement in the evening.",
]
TGT = [
    "The city council passed the new budget yesterday, and schools receive more money for computers.",
    "The mayor praised the agreement in the evening.",
]


def _scorer(**fields) -> BeadScorer:
    params = dataclasses.replace(AlignParams(), **fields)
    return BeadScorer(SRC, TGT, MT, None, 5, params)


def _cost(scorer: BeadScorer, a: int, b: int, i1: int, j1: int) -> float:
    """The search's cost of the a-b bead ending after source line i1 - 1 and target line j1 - 1."""
    return float(scorer.costs(a, b, slice(i1, i1 + 1), slice(j1, j1 + 1))[0, 0])


def test_a_three_line_bead_with_a_line_of_no_shared_words_costs_more():
    # sources 0-2 against target 0: "Kurz notiert" ("In brief") shares no content word with it
    base, large = _scorer(), _scorer(unsupported_large=4.0)
    extra = _cost(large, 3, 1, 3, 1) - _cost(base, 3, 1, 3, 1)
    unsup = float(base.words.unsupported(3, 1, slice(3, 4), slice(1, 2))[0, 0])
    assert unsup > 1.0  # the heading alone (a short line, weighted 1 + short_weight) is more than one line
    assert np.isclose(extra, 3.0 * base.unsupported * unsup)


def test_beads_of_two_lines_a_side_keep_their_price():
    base, large = _scorer(), _scorer(unsupported_large=4.0)
    assert _cost(large, 2, 1, 2, 1) == _cost(base, 2, 1, 2, 1)
    assert _cost(large, 1, 1, 4, 2) == _cost(base, 1, 1, 4, 2)


def test_off_by_default():
    assert AlignParams().unsupported_large == 1.0
    assert AlignParams().short_null == 0.0


def test_leaving_out_a_short_heading_costs_less_but_not_a_glued_piece():
    texts = ["Kurz notiert", "Der Rat tagte bis", "spät", "in die Nacht hinein, sagte er.", "Ende"]
    scorer = _scorer()
    scorer._texts = (texts, TGT)
    scorer.glue_src = np.array([0.0, 1.0, 1.0, 0.0, 0.0])  # "bis" | "spät" | "in die Nacht": one sentence cut
    off = _with_debris(scorer, None)
    scorer.p = dataclasses.replace(scorer.p, short_null=0.3)
    on = _with_debris(scorer, None)
    gain = off[0] - on[0]
    assert np.isclose(gain[0], 0.3)  # the heading
    assert gain[2] == 0.0  # "spät": a piece glued on both sides
    assert gain[1] == 0.0 and gain[3] == 0.0  # long lines
    assert gain[4] == 0.0  # "Ende", one bare word: already priced as debris (debris_null)
