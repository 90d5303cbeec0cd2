"""Session 24: the search's own 2-2 beads cut into two 1-1 beads where the join would not
have made them (``AlignParams.split_margin``, ``split_exchange``; ``joins.repair_splits``).

The stub scorer gives the repair a similarity per bead and an exchange share, so each test
states the evidence the repair sees and what it must do with it.  Sentences (in the
comments) are invented."""

from __future__ import annotations

import dataclasses

from aligner.align import AlignParams
from aligner.align.joins import repair_splits
from tests.align_stubs import Scorer

SPLIT = dataclasses.replace(AlignParams(), split_margin=0.03, split_exchange=0.05)
# the search's path: 1-1, the 2-2 bead under test over sentences 1-2 of both sides, 1-1, 1-1
PATH = [(0, 1, 0, 1), (1, 3, 1, 3), (3, 4, 3, 4), (4, 5, 4, 5)]
POST = [0.9, 0.7, 0.8, 0.9]


def test_two_right_lines_the_search_joined_are_cut_apart():
    # "Russland legt nach" | "Russia wants more, said a man in Lyon." (a heading written freely,
    # 0.30) next to "Moskau kündigte neue Panzer an." | "Moscow announced new tanks." (0.70): joined
    # they are no closer than apart (0.49 against a mean of 0.50), no word crossed the boundary
    sims = {(1, 2, 1, 2): 0.30, (2, 3, 2, 3): 0.70, (1, 3, 1, 3): 0.49}
    beads, post = repair_splits(PATH, POST, Scorer(5, sims, exchange=0.0), SPLIT)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 4, 3, 4), (4, 5, 4, 5)]
    assert post == [0.9, 0.7, 0.7, 0.8, 0.9]


def test_a_fold_whose_pieces_gain_joined_stays_one_bead():
    # "Wir brachen früh auf, weil Regen drohte." | "Der Weg war steil." against "We left early." |
    # "Because rain threatened, the steep path ...": the joined bead is far closer (0.65) than
    # its pieces (0.40, 0.45), though the moved clause's words are few (exchange 0)
    sims = {(1, 2, 1, 2): 0.40, (2, 3, 2, 3): 0.45, (1, 3, 1, 3): 0.65}
    beads, post = repair_splits(PATH, POST, Scorer(5, sims, exchange=0.0), SPLIT)
    assert beads == PATH and post == POST


def test_a_moved_clause_keeps_the_bead_even_without_a_gain():
    # "Die Brücke, die seit Mai gesperrt ist, bleibt zu." | "Der Verkehr staut sich." against "The
    # bridge stays shut." | "Closed since May, it backs up the traffic.": the similarity gains
    # little (0.51 against 0.50), but a third of the first sentence's own words are in the second
    # line: the clause moved, the join would have made this bead
    sims = {(1, 2, 1, 2): 0.45, (2, 3, 2, 3): 0.55, (1, 3, 1, 3): 0.51}
    beads, _ = repair_splits(PATH, POST, Scorer(5, sims, exchange=0.33), SPLIT)
    assert beads == PATH
    # the same evidence with no word across the boundary: cut
    cut, _ = repair_splits(PATH, POST, Scorer(5, sims, exchange=0.0), SPLIT)
    assert (1, 3, 1, 3) not in cut and (1, 2, 1, 2) in cut and (2, 3, 2, 3) in cut


def test_off_by_default_and_without_content_words():
    sims = {(1, 2, 1, 2): 0.30, (2, 3, 2, 3): 0.70, (1, 3, 1, 3): 0.49}
    off = dataclasses.replace(SPLIT, split_margin=None)
    assert repair_splits(PATH, POST, Scorer(5, sims, exchange=0.0), off) == (PATH, POST)
    # no MT: no content words to tell a moved clause, the bead is left as the search chose it
    assert repair_splits(PATH, POST, Scorer(5, sims, exchange=None), SPLIT) == (PATH, POST)


def test_only_2_2_beads_are_cut():
    # a 2-1 (two sentences written as one line) and a 1-2 are the search's folds, not this
    # repair's: the same weak evidence leaves them alone
    path = [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 4), (4, 5, 4, 5)]
    sims = {(1, 3, 1, 2): 0.2, (3, 4, 2, 4): 0.2}
    beads, post = repair_splits(path, POST, Scorer(5, sims, exchange=0.0), SPLIT)
    assert beads == path and post == POST
