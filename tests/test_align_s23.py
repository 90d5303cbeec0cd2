"""Session 23: gates of the 2-2 join on its pieces (``AlignParams.join_floor``,
``AlignParams.join_piece``; ``joins.piece_gates``).

The stub scorer gives the repairs a similarity per bead, so each test states the evidence
the join sees and what it must do with it.  Sentences (in the comments) are invented."""

from __future__ import annotations

import dataclasses

from aligner.align import AlignParams
from aligner.align.joins import piece_gates, repair_joins
from tests.align_stubs import Scorer

# the join as session 22 left it (its length gate off: the stub's lengths are all equal)
JOIN = dataclasses.replace(AlignParams(), join_margin=0.01, join_length=float("-inf"), join_exchange=0.15,
                           join_22_only=True, join_piece=None)
FLOOR = dataclasses.replace(JOIN, join_floor=0.4)


def _path(n: int) -> list:
    return [(k, k + 1, k, k + 1) for k in range(n)]


def test_floor_keeps_a_free_line_next_to_a_right_one():
    # "Der Gipfel lag im Nebel." | "Fog hid everything; the guide, old Anton, kept quiet." was
    # written freely (similarity 0.13), the next line "We reached the hut at six." | "Um sechs
    # erreichten wir die Hütte." is close (0.71); joined they beat their weighted mean (0.45 >
    # 0.42) and the free line's words happen to be in the next line: the join alone takes them
    path = _path(6)
    sims = {path[2]: 0.13, path[3]: 0.71, (2, 4, 2, 4): 0.45}
    scorer = Scorer(6, sims, exchange=0.4)
    joined, _ = repair_joins(path, [0.9] * 6, scorer, JOIN)
    assert (2, 4, 2, 4) in joined
    kept, post = repair_joins(path, [0.9] * 6, scorer, FLOOR)
    assert kept == path and post == [0.9] * 6


def test_floor_still_joins_a_cut_2_2_fold():
    # "Wir brachen früh auf, weil Regen drohte." | "Der Weg war steil." against "We left early."
    # | "Because rain threatened, the steep path ..." : both pieces keep most of their sentence
    # (0.40, 0.45 against the document's usual 0.6), the joined bead is far closer (0.65)
    path = _path(6)
    sims = {path[1]: 0.40, path[2]: 0.45, (1, 3, 1, 3): 0.65}
    scorer = Scorer(6, sims, exchange=0.3)
    joined, post = repair_joins(path, [0.8, 0.6, 0.7, 0.8, 0.8, 0.8], scorer, FLOOR)
    assert joined == [path[0], (1, 3, 1, 3), *path[3:]]
    assert post[1] == 0.6


def test_floor_is_relative_to_the_documents_usual_similarity():
    # the same two pieces (0.20, 0.25; joined 0.40) in a document whose lines all score
    # about 0.3 (a distant language pair, a free translator): a cut fold there, joined; in a
    # document whose lines score 0.7 the pieces are far below its level and stay apart
    sims = {(1, 2, 1, 2): 0.20, (2, 3, 2, 3): 0.25, (1, 3, 1, 3): 0.40}
    low = Scorer(6, sims, exchange=0.3, usual=0.3)
    high = Scorer(6, sims, exchange=0.3, usual=0.7)
    assert piece_gates(low, _path(6), [(1, (1, 3, 1, 3))], FLOOR).tolist() == [True]
    assert piece_gates(high, _path(6), [(1, (1, 3, 1, 3))], FLOOR).tolist() == [False]


def test_piece_gate_is_on_by_default():
    # the default (session 23): the free line and its neighbour of the first test stay apart
    path = _path(6)
    sims = {path[2]: 0.13, path[3]: 0.71, (2, 4, 2, 4): 0.45}
    params = dataclasses.replace(AlignParams(), join_length=float("-inf"))
    assert AlignParams().join_piece == 0.0
    assert repair_joins(path, [0.9] * 6, Scorer(6, sims, exchange=0.4), params)[0] == path
    # ... and a cut 2-2 fold, whose joined bead beats both pieces, is still joined
    fold = {path[1]: 0.40, path[2]: 0.45, (1, 3, 1, 3): 0.65}
    assert repair_joins(path, [0.9] * 6, Scorer(6, fold, exchange=0.3), params)[0] == [path[0], (1, 3, 1, 3), *path[3:]]


def test_piece_gain_needs_the_joined_bead_above_each_piece():
    path = _path(4)
    sims = {path[1]: 0.30, path[2]: 0.70, (1, 3, 1, 3): 0.55}  # above the mean 0.50, below 0.70
    scorer = Scorer(4, sims, exchange=0.3)
    params = dataclasses.replace(JOIN, join_piece=-0.02)
    assert piece_gates(scorer, path, [(1, (1, 3, 1, 3))], params).tolist() == [False]
    assert repair_joins(path, [0.9] * 4, scorer, params)[0] == path
    assert repair_joins(path, [0.9] * 4, scorer, JOIN)[0] == [path[0], (1, 3, 1, 3), path[3]]


def test_gates_off_when_none():
    params = dataclasses.replace(AlignParams(), join_floor=None, join_piece=None)
    scorer = Scorer(4, {(1, 2, 1, 2): 0.01}, exchange=0.3)
    assert piece_gates(scorer, _path(4), [(1, (1, 3, 1, 3))], params).tolist() == [True]
