"""Session 31: a line with little signal dissolved into its neighbours, unzipped
(``AlignParams.unzip_gain``; ``joins.repair_unzips``): the search's 1-2 bead touching a 2-1
(three lines a side, the middle ones split between the two beads) becomes three 1-1 beads
where their length-weighted similarity changes by at least ``unzip_gain`` and their lengths
fit at least ``unzip_length`` better; with ``unzip_nulls`` also a null bead next to a bead
of two lines on the other side.

The stub scorer gives a similarity per bead and each test sets the characters per line, so
it states the evidence the repair sees.  Sentences (in the comments) are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.joins import repair_unzips
from tests.align_stubs import Scorer

ON = dataclasses.replace(AlignParams(), unzip_gain=0.0, unzip_length=float("-inf"))
# "Die Polizei sucht einen Mann." | "Personenbeschreibung: schlank" | "Hinweise an die Wache."
# against "Police are looking for a man." | "Description: slim build" | "Tips to the station.":
# the search gave the middle target line to the first bead and the middle source line to the
# last (a 1-2 and a 2-1)
ZIGZAG = [(0, 1, 0, 2), (1, 3, 2, 3)]
UNZIPPED = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]
# each two-line bead a little less similar than its right 1-1; the middle pair a free rendering
SIMS = {(0, 1, 0, 2): 0.50, (1, 3, 2, 3): 0.50, (0, 1, 0, 1): 0.70, (1, 2, 1, 2): 0.25, (2, 3, 2, 3): 0.70}


def _scorer(sims: dict, src_chars=None, tgt_chars=None, n: int = 3) -> Scorer:
    scorer = Scorer(n, sims, exchange=0.0)
    if src_chars is not None:
        scorer.src_chars = [np.asarray(src_chars, float)]
    if tgt_chars is not None:
        scorer.tgt_chars = [np.asarray(tgt_chars, float)]
    return scorer


def test_a_1_2_next_to_a_2_1_becomes_three_1_1_beads():
    # weighted by characters: the two beads 0.50, the three 1-1 beads (0.70 + 0.25 + 0.70) / 3 = 0.55
    beads, post = repair_unzips(ZIGZAG, [0.8, 0.6], _scorer(SIMS), ON)
    assert beads == UNZIPPED
    assert post == [0.6, 0.6, 0.6]


def test_the_mirror_2_1_next_to_1_2_too():
    path = [(0, 2, 0, 1), (2, 3, 1, 3)]
    sims = {(0, 2, 0, 1): 0.50, (2, 3, 1, 3): 0.50, (0, 1, 0, 1): 0.70, (1, 2, 1, 2): 0.25, (2, 3, 2, 3): 0.70}
    assert repair_unzips(path, [0.8, 0.6], _scorer(sims), ON)[0] == UNZIPPED


def test_off_by_default_and_below_the_gain_kept():
    scorer = _scorer(SIMS)
    assert repair_unzips(ZIGZAG, [0.8, 0.6], scorer, AlignParams())[0] == ZIGZAG
    # the unzip gains 0.05 ((0.70 + 0.25 + 0.70) / 3 - 0.50): a bar of 0.06 keeps the two beads
    strict = dataclasses.replace(ON, unzip_gain=0.06)
    assert repair_unzips(ZIGZAG, [0.8, 0.6], scorer, strict)[0] == ZIGZAG
    # where the folded lines belong to their beads (the two beads clearly more similar), kept
    folds = {**SIMS, (0, 1, 0, 2): 0.75, (1, 3, 2, 3): 0.75}
    assert repair_unzips(ZIGZAG, [0.8, 0.6], _scorer(folds), ON)[0] == ZIGZAG


def test_the_length_gate():
    # the middle source line is 10 characters, its target line 120: as one 1-1 bead their lengths
    # do not fit, as pieces of the two beads they do (40 + 120 against 40; 10 + 40 against 40)
    scorer = _scorer(SIMS, src_chars=[160, 10, 40], tgt_chars=[40, 120, 40])
    assert repair_unzips(ZIGZAG, [0.8, 0.6], scorer, ON)[0] == UNZIPPED
    gated = dataclasses.replace(ON, unzip_length=0.0)
    assert repair_unzips(ZIGZAG, [0.8, 0.6], scorer, gated)[0] == ZIGZAG
    # lines of matching lengths pass the same gate
    assert repair_unzips(ZIGZAG, [0.8, 0.6], _scorer(SIMS), gated)[0] == UNZIPPED


def test_a_null_bead_next_to_a_2_1_only_with_unzip_nulls():
    # "So beginnt der Sonntag." | "Am Montag kommt Regen." against "Sunday starts that way." |
    # "On Monday, rain.": the search left the first target line out and put both sources with the
    # second (0-1 + 2-1)
    path = [(0, 0, 0, 1), (0, 2, 1, 2)]
    sims = {(0, 2, 1, 2): 0.40, (0, 1, 0, 1): 0.60, (1, 2, 1, 2): 0.60}
    scorer = _scorer(sims, n=2)
    assert repair_unzips(path, [0.0, 0.7], scorer, ON)[0] == path
    nulls = dataclasses.replace(ON, unzip_nulls=True)
    beads, post = repair_unzips(path, [0.0, 0.7], scorer, nulls)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2)]
    assert post == [0.7, 0.7]


def test_beads_that_are_no_zigzag_are_left_alone():
    # two 1-2 beads in a row (four target lines for two sources), and a 2-2 next to a 1-1:
    # no split of lines into 1-1 beads is possible
    scorer = _scorer({}, n=4)
    nulls = dataclasses.replace(ON, unzip_nulls=True, unzip_gain=-1.0)
    two_folds = [(0, 1, 0, 2), (1, 2, 2, 4)]
    assert repair_unzips(two_folds, [0.5, 0.5], scorer, nulls)[0] == two_folds
    merge_and_one = [(0, 2, 0, 2), (2, 3, 2, 3)]
    assert repair_unzips(merge_and_one, [0.5, 0.5], scorer, nulls)[0] == merge_and_one


def test_overlapping_zigzags_the_larger_gain_wins():
    # 1-2, 2-1, 1-2: the pairs (first, second) and (second, third) are both zigzags of three
    # lines a side and share the 2-1; only one is unzipped, the one that gains more
    path = [(0, 1, 0, 2), (1, 3, 2, 3), (3, 4, 3, 5)]
    second = [(1, 2, 2, 3), (2, 3, 3, 4), (3, 4, 4, 5)]

    def unzipped(level: float) -> list:
        # the first pair gains 0.05 (as above); the second's beads 0.50 and 0.30, its 1-1 beads `level`
        sims = {**SIMS, (3, 4, 3, 5): 0.30, **dict.fromkeys(second, level)}
        return repair_unzips(path, [0.8, 0.6, 0.5], _scorer(sims, n=5), ON)[0]

    assert unzipped(0.42) == [*UNZIPPED, (3, 4, 3, 5)]  # the second gains 0.02
    assert unzipped(0.60) == [(0, 1, 0, 2), *second]  # the second gains 0.2
