"""Session 32: a long low-signal run (list items) in the sentence alignment.

``AlignParams.glue_list`` (``scoring.glue_after``'s ``list_links``): lines glued to the next
only because the next starts lower-case, several in a row, are the items of a list, not one
sentence cut in pieces, and are not glued (the glue's cut cost kept a German list of a
person's description in one 4-1 bead).  ``AlignParams.realign_gain``
(``windows.repair_windows``): the beads around a bead of three or more lines a side aligned
again by each bead's characters times its similarity less ``realign_base``.

Sentences are invented; the stub scorer (tests/align_stubs.py) states the similarities."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.core import BeadScorer
from aligner.align.scoring import glue_after
from aligner.align.windows import best_stretch, repair_windows
from tests.align_stubs import Scorer

LIST = ["Die Polizei sucht ein Mädchen.", "Beschreibung: schlank", "blaue Augen", "kurze Haare",
        "Hinweise nimmt jede Wache entgegen."]


def test_a_run_of_lower_case_items_is_a_list_not_a_cut_sentence():
    assert glue_after(LIST, 0.0, 12).tolist() == [0, 1, 1, 0, 0]  # as before: every item glued to the next
    assert glue_after(LIST, 0.0, 12, list_links=2).tolist() == [0, 0, 0, 0, 0]
    # three links in a row are asked for: two stay glued
    assert glue_after(LIST, 0.0, 12, list_links=3).tolist() == [0, 1, 1, 0, 0]


def test_a_sentence_cut_once_stays_glued():
    # one piece cut off ("Der Mann" | "ging heim."): a single link, not a list
    cut = ["Er kam spät.", "Der Mann", "ging heim.", "Dann schlief er."]
    assert glue_after(cut, 0.0, 12, list_links=2).tolist() == glue_after(cut, 0.0, 12).tolist() == [0, 1, 0, 0]
    # a run held together by a colon or comma at the end is a cut sentence, whatever its length
    label = ["Literatur:", "Berge", "und Täler,", "neu gesehen"]
    assert glue_after(label, 0.0, 12, list_links=2).tolist() == [1, 1, 1, 0]
    # a lower-case run broken by a strong link is two runs of one each: kept
    mixed = ["Farbe: rot", "blaue Augen,", "kurze Haare", "lange Beine"]
    assert glue_after(mixed, 0.0, 12, list_links=2).tolist() == [1, 1, 1, 0]


def test_the_scorer_reads_glue_list():
    en = ["Police are looking for a girl.", "Description: slim", "Blue eyes.", "Short hair.",
          "Any station takes tips."]
    off = BeadScorer(LIST, en, en, None, 3, AlignParams())
    on = BeadScorer(LIST, en, en, None, 3, dataclasses.replace(AlignParams(), glue_list=2))
    assert off.glue_src.tolist() == [0, 1, 1, 0, 0]
    assert on.glue_src.tolist() == [0, 0, 0, 0, 0]


ON = dataclasses.replace(AlignParams(), realign_gain=0.0, realign_base=0.25)
# a paragraph and three list items against their five target lines (the fourth a "* * *"
# separator): the search took the items into the paragraph's bead and left the targets out
BIG = [(0, 0, 0, 0), (0, 4, 0, 1), (4, 4, 1, 2), (4, 4, 2, 3), (4, 4, 3, 4), (4, 4, 4, 5)]
RIGHT = {(0, 1, 0, 1): 0.7, (1, 2, 1, 2): 0.5, (2, 3, 2, 3): 0.45, (3, 4, 4, 5): 0.6, (0, 4, 0, 1): 0.35}


def _scorer(sims: dict, n: int = 5) -> Scorer:
    scorer = Scorer(n, sims, exchange=None, usual=0.1)
    scorer.src_chars = [np.full(n, 40.0)]
    scorer.tgt_chars = [np.full(n, 40.0)]
    return scorer


def test_a_large_bead_and_its_null_neighbours_aligned_again():
    path = BIG[1:]
    # two beads each way reach the item's target after the separator only with a reach of 4
    near = repair_windows(path, [0.7, 0.0, 0.0, 0.0, 0.0], _scorer(RIGHT), ON)[0]
    assert near[:4] == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 4, 3, 3)]
    wide = dataclasses.replace(ON, realign_reach=4)
    beads, post = repair_windows(path, [0.7, 0.0, 0.0, 0.0, 0.0], _scorer(RIGHT), wide)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 3, 3, 4), (3, 4, 4, 5)]
    assert post == [0.7, 0.7, 0.7, 0.0, 0.7]


def test_off_by_default_and_kept_where_the_beads_earn_as_much():
    path = BIG[1:]
    assert repair_windows(path, [0.7] + [0.0] * 4, _scorer(RIGHT), AlignParams())[0] == path
    # the large bead is right (each item alone no better than a random pairing): kept
    fold = {(0, 4, 0, 1): 0.8}
    assert repair_windows(path, [0.7] + [0.0] * 4, _scorer(fold), ON)[0] == path
    # a gain per character the new beads do not reach keeps the search's beads
    strict = dataclasses.replace(ON, realign_gain=1.0)
    assert repair_windows(path, [0.7] + [0.0] * 4, _scorer(RIGHT), strict)[0] == path


def test_the_stretch_stops_at_crossing_beads():
    # a swap's crossing 1-1 beads before the large bead: not part of its stretch
    path = [(1, 2, 0, 1), (0, 1, 1, 2), (2, 5, 2, 3), (5, 5, 3, 4)]
    sims = {(1, 2, 0, 1): 0.8, (0, 1, 1, 2): 0.8, (2, 3, 2, 3): 0.7, (3, 4, 3, 4): 0.6, (2, 5, 2, 3): 0.3}
    beads, _ = repair_windows(path, [0.9, 0.9, 0.5, 0.0], _scorer(sims), ON)
    assert beads[:2] == path[:2]
    assert beads[2:] == [(2, 3, 2, 3), (3, 4, 3, 4), (4, 5, 4, 4)]


def test_best_stretch_leaves_out_what_pairs_below_the_base():
    # one line a side, less similar than the base: two null beads earn more (0) than the pair
    earned, beads = best_stretch(_scorer({(0, 1, 0, 1): 0.1}, n=1), (0, 1, 0, 1), 2, 0.25)
    assert beads in ([(0, 1, 0, 0), (1, 1, 0, 1)], [(0, 0, 0, 1), (0, 1, 1, 1)])
    assert earned == 0.0
