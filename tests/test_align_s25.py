"""Session 25: a second way through the 2-2 join's gates (``AlignParams.join_strong``,
``join_strong_length``; ``joins.repair_joins``): a large similarity gain with lengths that
fit far better joined, whatever the word and piece gates say.

The stub scorer gives the join a similarity per bead, an exchange share and each line's
length, so each test states the evidence the join sees and what it must do with it.
Sentences (in the comments) are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.joins import repair_joins, repair_splits
from tests.align_stubs import Scorer

STRONG = dataclasses.replace(AlignParams(), join_strong=0.06, join_strong_length=1.5)


def _path(n: int) -> list:
    return [(k, k + 1, k, k + 1) for k in range(n)]


def _scorer(sims: dict, exchange: float, tgt_chars: list[float]) -> Scorer:
    scorer = Scorer(len(tgt_chars), sims, exchange=exchange)
    scorer.tgt_chars = [np.array(tgt_chars)]
    return scorer


def test_a_fold_with_a_large_gain_and_a_clause_of_few_words_is_joined():
    # "Die Hütte liegt auf 2.000 Metern." | "Sie ist von Juni bis September offen." against "The hut
    # lies at 2,000 metres and opens in June." | "It closes in September.": the moved clause has no
    # rare word of its own (exchange 0), the first piece keeps most of its sentence (0.62 against
    # the joined 0.58: the piece gate says no), yet joined the bead is far closer than the pieces'
    # mean (0.58 against 0.47, weighted by length) and the lengths fit far better (60 + 20 characters against
    # 40 + 40 source characters)
    path = _path(5)
    sims = {path[1]: 0.62, path[2]: 0.22, (1, 3, 1, 3): 0.58}
    scorer = _scorer(sims, 0.0, [40, 60, 20, 40, 40])
    default, _ = repair_joins(path, [0.9] * 5, scorer, AlignParams())
    assert default == path
    joined, post = repair_joins(path, [0.9, 0.8, 0.6, 0.9, 0.9], scorer, STRONG)
    assert joined == [path[0], (1, 3, 1, 3), path[3], path[4]]
    assert post == [0.9, 0.6, 0.9, 0.9]


def test_no_strong_join_without_mt():
    # the same evidence from the originals alone (no MT, no content words): the join's word gates
    # cannot speak, and the strong gate does not stand in for them
    path = _path(5)
    sims = {path[1]: 0.62, path[2]: 0.22, (1, 3, 1, 3): 0.58}
    scorer = _scorer(sims, 0.0, [40, 60, 20, 40, 40])
    scorer.words = None
    assert repair_joins(path, [0.9] * 5, scorer, STRONG)[0] == path


def test_the_same_gain_with_lengths_that_fit_apart_is_not_joined():
    # two right lines of the lengths of their sentences (40 and 40 characters each side): the
    # joined bead's gain is there, but the lengths say the pieces are whole
    path = _path(5)
    sims = {path[1]: 0.62, path[2]: 0.22, (1, 3, 1, 3): 0.58}
    scorer = _scorer(sims, 0.0, [40, 40, 40, 40, 40])
    assert repair_joins(path, [0.9] * 5, scorer, STRONG)[0] == path


def test_a_small_gain_is_not_enough_even_with_a_good_length_fit():
    # "Wir gingen los." | "Es regnete." against "We set off in the rain, as planned." | "Wet.": the
    # lengths would fit better joined, but the joined bead is only a little closer (0.47 against
    # a weighted mean of 0.43): a free line next to a right one, left apart
    path = _path(5)
    sims = {path[1]: 0.50, path[2]: 0.30, (1, 3, 1, 3): 0.47}
    scorer = _scorer(sims, 0.0, [40, 60, 20, 40, 40])
    assert repair_joins(path, [0.9] * 5, scorer, STRONG)[0] == path


# --- a 3-2 / 2-3 bead of the search cut into a 1-1 bead and a fold (``AlignParams.split_wide``;
# ``joins.repair_splits``)

WIDE = dataclasses.replace(AlignParams(), split_wide=0.05, split_exchange=0.02)
# the search's path: 1-1, the 3-2 bead under test (source 1-3, target 1-2), 1-1
WIDE_PATH = [(0, 1, 0, 1), (1, 4, 1, 3), (4, 5, 3, 4)]
WIDE_POST = [0.9, 0.7, 0.8]


def test_a_fold_next_to_a_right_line_is_cut_off_it():
    # "Der Zug kam spät." + "Wir warteten." written as one line "We waited for the late train."
    # (a 2-1 fold, 0.70), then "Es war kalt." | "It was cold." (0.80): the search took all three
    # as one 3-2 bead, no closer joined (0.72) than as the fold and the line apart
    sims = {(1, 3, 1, 2): 0.70, (3, 4, 2, 3): 0.80, (1, 4, 1, 3): 0.72}
    beads, post = repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, sims, exchange=0.0), WIDE)
    assert beads == [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 3), (4, 5, 3, 4)]
    assert post == [0.9, 0.7, 0.7, 0.8]
    # switched off (split_wide None): the same bead stays whole; the defaults cut it
    off = AlignParams(split_wide=None)
    assert repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, sims, exchange=0.0), off)[0] == WIDE_PATH
    assert repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, sims, exchange=0.0), AlignParams())[0] == beads


def test_the_cut_at_the_end_the_pieces_agree_with_is_taken():
    # the right line is the first one ("Es war kalt." | "It was cold.", 0.80), the fold after it
    # (0.70): the cut with the 1-1 at the start loses least; the other cut (a 2-1 of a right
    # line and half a fold, 0.20, and a 1-1 of the fold's rest, 0.25) would lose much
    sims = {(1, 2, 1, 2): 0.80, (2, 4, 2, 3): 0.70, (1, 3, 1, 2): 0.20, (3, 4, 2, 3): 0.25, (1, 4, 1, 3): 0.72}
    beads, _ = repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, sims, exchange=0.0), WIDE)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 4, 2, 3), (4, 5, 3, 4)]


def test_a_3_2_bead_that_gains_joined_or_moved_words_stays_whole():
    # three sentences rendered as two lines with the middle one spread over both ("Wir brachen
    # auf." | "Der Regen, der seit Tagen fiel, hörte auf." | "Die Sonne kam.": "We set off as the
    # rain that had fallen for days stopped." | "The sun came out."): joined far closer (0.70)
    # than any cut's pieces
    sims = {(1, 2, 1, 2): 0.40, (2, 4, 2, 3): 0.45, (1, 3, 1, 2): 0.50, (3, 4, 2, 3): 0.40, (1, 4, 1, 3): 0.70}
    assert repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, sims, exchange=0.0), WIDE)[0] == WIDE_PATH
    # a small gain but a third of a sentence's words in the other line: a moved clause, whole
    flat = {(1, 3, 1, 2): 0.70, (3, 4, 2, 3): 0.80, (1, 4, 1, 3): 0.72}
    assert repair_splits(WIDE_PATH, WIDE_POST, Scorer(5, flat, exchange=0.33), WIDE)[0] == WIDE_PATH
