"""Session 27: a bead boundary one line off, moved back (``AlignParams.move_gain``,
``move_pull``; ``joins.repair_moves``): of two touching beads, an edge line of one bead's
side of two or more sentences moves into the other where the two beads' length-weighted
similarity rises and the line's words are not on the donor's other side.

The stub scorer gives the repair a similarity per bead and each line's share of content words
found on a bead's other side, so each test states the evidence the repair sees and what it
must do with it.  Sentences (in the comments) are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.joins import repair_moves
from tests.align_stubs import Scorer, Words

MOVE = dataclasses.replace(AlignParams(), move_gain=0.02, move_pull=0.0)


class BeadWords(Words):
    """The share of a line's content words found on a bead's other side, per (side, line, bead)."""

    def __init__(self, shares: dict):
        super().__init__(0.0)
        self.shares = shares

    def support(self, side, x, bead) -> float:
        return self.shares.get((side, x, tuple(bead)), 0.0)


def _scorer(sims: dict, shares: dict | None = None, n: int = 6) -> Scorer:
    scorer = Scorer(n, sims, exchange=0.0)
    scorer.words = BeadWords(shares or {})
    scorer.glue_src = np.zeros(n)  # no line is a piece of its neighbour's sentence
    scorer.glue_tgt = np.zeros(n)
    scorer.has_mt = True
    return scorer


# path: 1-1 (0 | 0), 1-1 (1 | 1), 2-1 (sources 2, 3 with target 2), 1-1 (4 | 3)
PATH = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 4, 2, 3), (4, 5, 3, 4)]
# "Die Halle war voll." | "Viele standen draußen." against "The hall was full, many stood
# outside.": source 2 belongs to target 1, the search put it with source 3 ("Es regnete." |
# "It was raining.")
FOLD_BEFORE = {(1, 2, 1, 2): 0.50, (2, 4, 2, 3): 0.40, (1, 3, 1, 2): 0.66, (3, 4, 2, 3): 0.62}


def test_a_line_on_the_wrong_side_of_a_boundary_moves_back():
    scorer = _scorer(FOLD_BEFORE)
    assert repair_moves(PATH, [0.9] * 4, scorer, AlignParams())[0] == PATH  # off by default
    beads, post = repair_moves(PATH, [0.9, 0.8, 0.6, 0.9], scorer, MOVE)
    assert beads == [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 3), (4, 5, 3, 4)]
    assert post == [0.9, 0.6, 0.6, 0.9]


def test_a_small_gain_leaves_the_boundary():
    sims = {**FOLD_BEFORE, (1, 3, 1, 2): 0.47, (3, 4, 2, 3): 0.40}  # about as similar either way
    assert repair_moves(PATH, [0.9] * 4, _scorer(sims), MOVE)[0] == PATH


def test_a_line_whose_words_are_in_its_own_bead_stays():
    # the similarity says move, but half of the line's rare words (Regen, draußen) are in the
    # donor's target line and none in the receiver's
    shares = {("s", 2, (3, 4, 2, 3)): 0.5, ("s", 2, (1, 3, 1, 2)): 0.0}
    assert repair_moves(PATH, [0.9] * 4, _scorer(FOLD_BEFORE, shares), MOVE)[0] == PATH
    loose = dataclasses.replace(MOVE, move_pull=-1.0)
    assert repair_moves(PATH, [0.9] * 4, _scorer(FOLD_BEFORE, shares), loose)[0] != PATH


def test_a_piece_glued_to_its_neighbour_in_the_bead_stays():
    # "Nachtrag:" | "Der Termin fällt aus.": a label glued to the sentence it opens
    scorer = _scorer(FOLD_BEFORE)
    scorer.glue_src[2] = 1.0
    assert repair_moves(PATH, [0.9] * 4, scorer, MOVE)[0] == PATH


def test_a_target_line_moves_into_the_next_bead():
    # "Der Vorstand tagte." | "Er beschloss nichts." against "The board met." | "It decided"
    # | "nothing new.": target 2 was put with "The board met."
    path = [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4), (3, 4, 4, 5)]
    sims = {(1, 2, 1, 3): 0.45, (2, 3, 3, 4): 0.40, (1, 2, 1, 2): 0.70, (2, 3, 2, 4): 0.65}
    beads, _ = repair_moves(path, [0.9] * 4, _scorer(sims), MOVE)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 4), (3, 4, 4, 5)]


def test_one_move_per_bead_the_larger_gain_first():
    # the 2-1 bead's last line could go forward (gain about 0.1) or its first back (larger)
    path = [(0, 1, 0, 1), (1, 4, 1, 2), (4, 5, 2, 3)]
    sims = {(0, 1, 0, 1): 0.5, (1, 4, 1, 2): 0.4, (4, 5, 2, 3): 0.5,
            (0, 2, 0, 1): 0.8, (2, 4, 1, 2): 0.8,  # first line back: large gain
            (1, 3, 1, 2): 0.5, (3, 5, 2, 3): 0.6}  # last line forward: smaller
    beads, _ = repair_moves(path, [0.9] * 3, _scorer(sims), MOVE)
    assert beads == [(0, 2, 0, 1), (2, 4, 1, 2), (4, 5, 2, 3)]


def test_nothing_moves_without_word_evidence():
    scorer = _scorer(FOLD_BEFORE)
    scorer.words = None  # no content words at all
    assert repair_moves(PATH, [0.9] * 4, scorer, MOVE)[0] == PATH


def test_nothing_moves_without_mt():
    # without MT the content words compare the German and English originals (names and
    # numbers only), and the boundary cost keeps them on: the repair stays off
    scorer = _scorer(FOLD_BEFORE)
    scorer.has_mt = False
    assert repair_moves(PATH, [0.9] * 4, scorer, MOVE)[0] == PATH

