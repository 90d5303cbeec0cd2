"""Session 30: the split of the search's wide beads reads the glue (``AlignParams.split_glue``;
``joins.repair_splits``): a cut that parts two lines glued on one side (a label such as
"Anmerkung:" before the sentence it opens, a sentence and its closing ", ." cut off) counts
as that much less worth making.

The stub scorer gives the split a similarity per bead and an exchange share, and each test
sets which lines are glued to the next, so it states the evidence the split sees.  Sentences
(in the comments) are invented."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import numpy as np
import pytest

from aligner.align import AlignParams, align_sentences
from aligner.align.joins import repair_splits
from tests.align_stubs import Scorer

GLUE = dataclasses.replace(AlignParams(), split_glue=0.1)
# the search's path: 1-1, a 3-2 bead (source 1-3, target 1-2), 1-1
PATH = [(0, 1, 0, 1), (1, 4, 1, 3), (4, 5, 3, 4)]
POST = [0.9, 0.7, 0.8]
# "Das waren die Kostüme." | "Anmerkung:" | "Gefeiert wird wieder im Februar." against
# "Those were the costumes." | "Note: the party is back in February.": the label opens the
# third sentence.  The cut after the label (1-1 of the first two sources with the first line,
# a 1-1 of the third) loses a hair less than the cut before it.
SIMS = {(1, 2, 1, 2): 0.80, (2, 4, 2, 3): 0.70, (1, 3, 1, 2): 0.79, (3, 4, 2, 3): 0.70, (1, 4, 1, 3): 0.74}


def _scorer(sims: dict, glued_src=(), glued_tgt=(), n: int = 5) -> Scorer:
    scorer = Scorer(n, sims, exchange=0.0)
    scorer.glue_src = np.zeros(n)
    scorer.glue_tgt = np.zeros(n)
    scorer.glue_src[list(glued_src)] = 1.0
    scorer.glue_tgt[list(glued_tgt)] = 1.0
    return scorer


def test_the_cut_that_keeps_a_label_with_its_sentence_is_taken():
    # source 2 ("Anmerkung:") is glued to source 3
    beads, post = repair_splits(PATH, POST, _scorer(SIMS, glued_src=[2]), GLUE)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 4, 2, 3), (4, 5, 3, 4)]
    assert post == [0.9, 0.7, 0.7, 0.8]


def test_without_split_glue_the_label_is_cut_off_as_before():
    # the defaults do not read the glue: the cut that loses least parts the label from its sentence
    beads, _ = repair_splits(PATH, POST, _scorer(SIMS, glued_src=[2]), AlignParams())
    assert beads == [(0, 1, 0, 1), (1, 3, 1, 2), (3, 4, 2, 3), (4, 5, 3, 4)]


def test_no_glue_no_change():
    # the same similarities with no line glued: split_glue changes nothing
    plain = repair_splits(PATH, POST, _scorer(SIMS), AlignParams())[0]
    assert repair_splits(PATH, POST, _scorer(SIMS), GLUE)[0] == plain


def test_a_2_2_bead_whose_cut_parts_a_glued_target_pair_stays_whole():
    # "Quelle:" | "Die Zahlen stammen vom Amt." on the target side as "Source:" + "The figures
    # come from the office." against two source lines; the 2-2's cut would part the target
    # label from its sentence (target 1 glued to target 2): with the glue read it stays whole
    path = [(0, 1, 0, 1), (1, 3, 1, 3), (3, 4, 3, 4)]
    sims = {(1, 2, 1, 2): 0.55, (2, 3, 2, 3): 0.60, (1, 3, 1, 3): 0.60}
    scorer = _scorer(sims, glued_tgt=[1])
    assert repair_splits(path, [0.9] * 3, scorer, AlignParams())[0] != path  # cut at the defaults
    assert repair_splits(path, [0.9] * 3, scorer, GLUE)[0] == path
    # a small weight does not outweigh a clear loss-free cut
    weak = dataclasses.replace(AlignParams(), split_glue=0.01)
    assert repair_splits(path, [0.9] * 3, scorer, weak)[0] != path


ONE_SIDE = dataclasses.replace(GLUE, split_glue_one_side=True)


def test_one_side_still_keeps_a_label_glued_on_one_side_only():
    beads, _ = repair_splits(PATH, POST, _scorer(SIMS, glued_src=[2]), ONE_SIDE)
    assert beads == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 4, 2, 3), (4, 5, 3, 4)]


def test_one_side_cuts_a_heading_glued_on_both_sides():
    # "Aufstieg:" | "Wir brachen um vier auf." against "Ascent:" | "We set off at four.": the heading
    # is glued to its sentence on both sides, so the cut parts both sides alike and is no less
    # worth making; read on both sides together the glue would keep the 2-2 whole
    path = [(0, 1, 0, 1), (1, 3, 1, 3), (3, 4, 3, 4)]
    sims = {(1, 2, 1, 2): 0.55, (2, 3, 2, 3): 0.60, (1, 3, 1, 3): 0.60}
    scorer = _scorer(sims, glued_src=[1], glued_tgt=[1])
    cut = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3), (3, 4, 3, 4)]
    assert repair_splits(path, [0.9] * 3, scorer, ONE_SIDE)[0] == cut
    assert repair_splits(path, [0.9] * 3, scorer, GLUE)[0] == path


EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


@pytest.mark.skipif(not (EVAL / "wmt23-de-en").is_dir(), reason="evaluation data absent (../shared/eval)")
def test_the_default_glue_discount_keeps_list_items_apart():
    # the development protocol's wmt23-02 of seed 12 (seen; eval_align_protocol.py): a long
    # paragraph, then "Personenbeschreibung: schlanke Gestalt" (its human line garbled) and
    # "braune Augen" | "brown eyes".  The glue after the first item (the next starts lower-case)
    # is on the source side only; the discount of 0.1 for such a pair pulled both items into one
    # 2-1 bead and the paragraph into a 1-2; at the default 0.05 each line keeps its own 1-1
    # bead, as gold has them
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_align_protocol import build_docs
    from eval_align_repairs import add_document_args

    ap = argparse.ArgumentParser()
    add_document_args(ap)
    args = ap.parse_args(["--seed", "12"])
    args.no_textberg = True
    doc = next(d for d in build_docs(args) if d.name == "wmt23-02")
    gold = {(tuple(s), tuple(t)) for s, t in doc.gold}
    got = {(tuple(p.src), tuple(p.tgt)) for p in align_sentences(doc.src, doc.tgt, doc.mt)}
    items = {((19,), (19,)), ((20,), (20,)), ((21,), (21,))}
    assert items <= gold
    assert items <= got
