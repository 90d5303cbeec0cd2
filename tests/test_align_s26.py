"""Session 26: a line with no counterpart that the search glued to a right 1-1 bead, left
unaligned (``AlignParams.peel_gain``, ``peel_alone``, ``peel_share``; ``joins.repair_peels``),
and the word share it reads (``scoring.ContentWords.support``).

The stub scorer gives the repair a similarity per bead and each line's share of content words
found on the other side, so each test states the evidence the repair sees and what it must do
with it.  Sentences (in the comments) are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams
from aligner.align.joins import repair_peels
from aligner.align.scoring import ContentWords
from tests.align_stubs import Scorer, Words

PEEL = dataclasses.replace(AlignParams(), peel_gain=0.05, peel_alone=0.4, peel_share=0.1)


class ShareWords(Words):
    """The share of each line's content words found on its bead's other side, per (side, line)."""

    def __init__(self, shares: dict):
        super().__init__(0.0)
        self.shares = shares

    def support(self, side, x, bead) -> float:
        return self.shares.get((side, x), 0.0)


def _scorer(sims: dict, shares: dict | None = None) -> Scorer:
    scorer = Scorer(6, sims, exchange=0.0)
    scorer.words = ShareWords(shares or {})
    scorer.glue_src = np.zeros(6)  # no line is a piece of its neighbour's sentence
    scorer.glue_tgt = np.zeros(6)
    return scorer


# path: 1-1 (0), 2-1 (sources 1, 2 with target 1), 1-1 (3 | 2), 1-1 (4 | 3)
PATH = [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 3), (4, 5, 3, 4)]


def test_a_dropped_sentence_glued_to_a_right_line_is_left_unaligned():
    # "Der Zug fuhr um acht." | "Niemand wusste, warum." against "The train left at eight.": the
    # translator dropped the second sentence; the bead without it is far closer (0.70 against
    # 0.52), the sentence alone against the line is at the level of unrelated text (0.10 against
    # a usual 0.6) and none of its words are there
    sims = {(1, 3, 1, 2): 0.52, (1, 2, 1, 2): 0.70, (2, 3, 1, 2): 0.10}
    scorer = _scorer(sims, {("s", 1): 0.8, ("s", 2): 0.0})
    assert repair_peels(PATH, [0.9] * 4, scorer, AlignParams())[0] == PATH  # off by default
    beads, post = repair_peels(PATH, [0.9, 0.7, 0.9, 0.9], scorer, PEEL)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 2), (3, 4, 2, 3), (4, 5, 3, 4)]
    assert post == [0.9, 0.7, 0.0, 0.9, 0.9]


def test_a_caption_before_a_line_on_the_target_side_is_left_unaligned_first():
    # "Die Brücke bleibt gesperrt." against "Photo: a bridge at night" | "The bridge stays
    # closed.": the caption comes first, so its null bead comes before the rest
    path = [(0, 1, 0, 1), (1, 2, 1, 3), (2, 3, 3, 4)]
    sims = {(1, 2, 1, 3): 0.50, (1, 2, 2, 3): 0.72, (1, 2, 1, 2): 0.12}
    scorer = _scorer(sims, {("t", 1): 0.0, ("t", 2): 0.9})
    beads, post = repair_peels(path, [0.9, 0.8, 0.9], scorer, PEEL)
    assert beads == [(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3), (2, 3, 3, 4)]
    assert post == [0.9, 0.0, 0.8, 0.9]


def test_a_folded_sentence_whose_words_are_on_the_other_side_stays():
    # "Er kam spät." | "Der Bus war ausgefallen." against "He came late because the bus had been
    # cancelled.": the bead gains without the second sentence (a long first piece), but half
    # of its words (bus, cancelled) are in the line: a fold, kept
    sims = {(1, 3, 1, 2): 0.52, (1, 2, 1, 2): 0.70, (2, 3, 1, 2): 0.10}
    scorer = _scorer(sims, {("s", 1): 0.8, ("s", 2): 0.5})
    assert repair_peels(PATH, [0.9] * 4, scorer, PEEL)[0] == PATH


def test_a_line_that_alone_resembles_the_other_side_stays():
    # the second sentence alone is about as close to the line as a right line (0.45 against a
    # usual 0.6): it is part of the translation, whatever the gain says
    sims = {(1, 3, 1, 2): 0.52, (1, 2, 1, 2): 0.70, (2, 3, 1, 2): 0.45}
    scorer = _scorer(sims, {("s", 2): 0.0})
    assert repair_peels(PATH, [0.9] * 4, scorer, PEEL)[0] == PATH


def test_a_small_gain_is_not_enough():
    # the bead is about as close without the line (0.55 against 0.52): a short fold such as
    # "Ja." that chrF barely sees, kept
    sims = {(1, 3, 1, 2): 0.52, (1, 2, 1, 2): 0.55, (2, 3, 1, 2): 0.05}
    scorer = _scorer(sims, {("s", 2): 0.0})
    assert repair_peels(PATH, [0.9] * 4, scorer, PEEL)[0] == PATH


def test_of_two_lines_the_one_whose_rest_gains_most_goes():
    # in a 2-1 bead each line alone is the other line's rest: with a loose alone gate both
    # lines pass; only one leaves, the first, whose rest is closer (0.65 against 0.50)
    sims = {(1, 3, 1, 2): 0.40, (1, 2, 1, 2): 0.50, (2, 3, 1, 2): 0.65}
    scorer = _scorer(sims, {("s", 1): 0.0, ("s", 2): 0.0})
    params = dataclasses.replace(PEEL, peel_alone=1.2)
    beads, _ = repair_peels(PATH, [0.9] * 4, scorer, params)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2), (3, 4, 2, 3), (4, 5, 3, 4)]


def test_a_label_glued_to_the_sentence_it_opens_stays():
    # "Nachtrag:" | "Der Akku hielt nur zwei Wochen." against "Addendum: the battery lasted only
    # two weeks.": a piece of one sentence cut off as its own line, whose one word chrF barely
    # sees; the search's 2-1 is right
    path = [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 3)]
    sims = {(1, 3, 1, 2): 0.60, (2, 3, 1, 2): 0.70, (1, 2, 1, 2): 0.05}
    scorer = _scorer(sims, {("s", 1): 0.0})
    assert repair_peels(path, [0.9] * 3, scorer, PEEL)[0] == [(0, 1, 0, 1), (1, 2, 1, 1), (2, 3, 1, 2), (3, 4, 2, 3)]
    scorer.glue_src[1] = 0.8  # line 1 and line 2 are one sentence
    assert repair_peels(path, [0.9] * 3, scorer, PEEL)[0] == path


def test_no_peel_without_mt():
    sims = {(1, 3, 1, 2): 0.52, (1, 2, 1, 2): 0.70, (2, 3, 1, 2): 0.10}
    scorer = _scorer(sims, {("s", 2): 0.0})
    scorer.words = None
    assert repair_peels(PATH, [0.9] * 4, scorer, PEEL)[0] == PATH


def test_wider_beads_and_right_lines_are_not_touched():
    path = [(0, 2, 0, 2), (2, 5, 2, 3), (5, 6, 3, 4)]
    scorer = _scorer({(2, 5, 2, 3): 0.1, (0, 2, 0, 2): 0.1}, {})
    assert repair_peels(path, [0.9] * 3, scorer, PEEL)[0] == path


def test_support_counts_the_lines_own_words_found_on_the_other_side():
    # MT of the source and the target: the second source line's words (bridge, closed, winter)
    # are all in the target line; the caption's (photo, night) are not
    words = ContentWords(["The train left at eight.", "The bridge stays closed all winter."],
                         ["The train left at eight, the bridge stays closed all winter.", "Photo: night sky"])
    assert words.support("s", 1, (0, 2, 0, 1)) == 1.0
    assert words.support("t", 1, (0, 2, 1, 2)) == 0.0
    assert words.support("s", 1, (1, 2, 1, 2)) == 0.0  # against the caption
    # the first source line's words (train, left, eight) are none of the caption's
    assert words.support("s", 0, (0, 1, 1, 2)) == 0.0
    assert 0.0 < words.support("t", 0, (1, 2, 0, 1)) < 1.0  # half the long line is the first sentence's


def test_one_to_one_only_alignment_with_mt_runs_without_the_repairs():
    """max_group=1 (``--max-group 1``) allows 1-1, 1-0 and 0-1 beads only: the repairs, which
    make and cut 2-1/2-2 beads, are skipped (they raised IndexError there)."""
    from aligner.align import align_sentences

    src = ["Der Zug kam spät an.", "Niemand wartete.", "Es regnete stark.", "Vier Leute stiegen aus."]
    tgt = ["The train arrived late.", "Nobody was waiting and it rained hard.", "Four people got off."]
    mt = ["The train arrived late.", "Nobody waited.", "It rained heavily.", "Four people got off."]
    pairs = align_sentences(src, tgt, mt, max_group=1)
    assert all(len(p.src) <= 1 and len(p.tgt) <= 1 for p in pairs)
    assert ([0], [0]) in [(p.src, p.tgt) for p in pairs]
    assert sorted(i for p in pairs for i in p.src) == [0, 1, 2, 3]
    assert sorted(j for p in pairs for j in p.tgt) == [0, 1, 2]
