"""Session 22: the conservative forms of the post-search repairs (``AlignParams.join_22_only``,
``AlignParams.shift_gain``) and ``core.searched_path``.

The repairs read a scorer's similarities, lengths and content words; the stub below
gives them per bead, so each test states the evidence a repair sees and what it must do
with it.  Sentences are invented."""

from __future__ import annotations

import dataclasses

import numpy as np

from aligner.align import AlignParams, align_sentences
from aligner.align.core import _checked, _pairs, searched_path
from aligner.align.joins import repair_joins, repair_shifts, shift_gain

OFF = float("-inf")


class Words:
    def __init__(self, pull: float = 0.0, exchange: float = 1.0):
        self._pull, self._exchange = pull, exchange

    def pull(self, i, beside, here, there) -> float:
        return self._pull

    def exchange(self, i, j) -> float:
        return self._exchange


class Scorer:
    """Similarity per bead from ``sims`` (0.1 for a bead it does not name), one
    character count per sentence, a length ratio of 1."""

    G = 3
    ratio = 1.0

    def __init__(self, n: int, m: int, sims: dict, words: Words, chars: int = 40):
        self.src_chars = [np.full(n, float(chars))]
        self.tgt_chars = [np.full(m, float(chars))]
        self.sims, self.words = sims, words

    def sim_beads(self, beads) -> np.ndarray:
        return np.array([self.sims.get(tuple(b), 0.1) if b[1] > b[0] and b[3] > b[2] else 0.0 for b in beads])


SHIFT = dataclasses.replace(AlignParams(), shift_pull=0.15, shift_gain=None)  # the shift as session 19 made it


def test_shift_gain_keeps_a_true_fold_the_pull_alone_breaks():
    # "Der Zug kam spät an. Er war voll." | "The late train was full." is a right 2-1 fold;
    # the next line "Anna found the full train late again." repeats its words (pull 0.3),
    # but the fold's similarity drops when its second sentence moves out
    fold, next_line = (0, 2, 0, 1), (2, 3, 1, 2)
    sims = {fold: 0.75, next_line: 0.70, (0, 1, 0, 1): 0.60, (1, 3, 1, 2): 0.50}
    scorer = Scorer(3, 2, sims, Words(pull=0.3))
    beads, post = [fold, next_line], [0.9, 0.8]
    assert shift_gain(scorer, beads, [(0, 1, 0, 1), (1, 3, 1, 2)]) < -0.1
    moved, _ = repair_shifts(beads, post, scorer, SHIFT)  # the pull alone moves it
    assert moved == [(0, 1, 0, 1), (1, 3, 1, 2)]
    kept, kept_post = repair_shifts(beads, post, scorer, dataclasses.replace(SHIFT, shift_gain=-0.01))
    assert kept == beads and kept_post == post


def test_shift_gain_still_repairs_a_shifted_fold():
    # the search put "Es regnete." with the sentence before it; its words and its
    # similarity both belong to the next line, where the translator folded it
    wrong, one = (0, 2, 0, 1), (2, 3, 1, 2)
    sims = {wrong: 0.40, one: 0.45, (0, 1, 0, 1): 0.62, (1, 3, 1, 2): 0.60}
    scorer = Scorer(3, 2, sims, Words(pull=0.6))
    params = dataclasses.replace(SHIFT, shift_gain=-0.01)
    moved, post = repair_shifts([wrong, one], [0.9, 0.7], scorer, params)
    assert moved == [(0, 1, 0, 1), (1, 3, 1, 2)]
    assert post == [0.7, 0.7]


def test_shift_gain_needs_the_pull_too():
    # similarity alone never moves a sentence: without the words' pull nothing shifts
    wrong, one = (0, 2, 0, 1), (2, 3, 1, 2)
    sims = {wrong: 0.40, one: 0.45, (0, 1, 0, 1): 0.62, (1, 3, 1, 2): 0.60}
    scorer = Scorer(3, 2, sims, Words(pull=0.05))
    moved, _ = repair_shifts([wrong, one], [0.9, 0.7], scorer, dataclasses.replace(SHIFT, shift_gain=-0.01))
    assert moved == [wrong, one]


JOIN = dataclasses.replace(AlignParams(), join_margin=0.01, join_length=OFF, join_exchange=0.15, join_22_only=False,
                           join_piece=None)


def test_join_22_only_keeps_a_line_and_the_unaligned_line_beside_it():
    # "Sie kam um acht." | "Elle arriva à huit heures." and a French line with no
    # counterpart after it ("Note du traducteur."): the gates would make them one 1-2
    line, extra = (0, 1, 0, 1), (1, 1, 1, 2)
    sims = {line: 0.5, (0, 1, 0, 2): 0.7}
    scorer = Scorer(1, 2, sims, Words(exchange=1.0))
    joined, _ = repair_joins([line, extra], [0.8, 0.0], scorer, JOIN)
    assert joined == [(0, 1, 0, 2)]
    kept, _ = repair_joins([line, extra], [0.8, 0.0], scorer, dataclasses.replace(JOIN, join_22_only=True))
    assert kept == [line, extra]


def test_join_22_only_still_joins_a_cut_2_2_fold():
    # a clause of the first sentence moved into the second line: two 1-1 pieces, one 2-2
    a, b = (0, 1, 0, 1), (1, 2, 1, 2)
    sims = {a: 0.35, b: 0.40, (0, 2, 0, 2): 0.65}
    scorer = Scorer(2, 2, sims, Words(exchange=0.4))
    joined, post = repair_joins([a, b], [0.6, 0.7], scorer, dataclasses.replace(JOIN, join_22_only=True))
    assert joined == [(0, 2, 0, 2)]
    assert post == [0.6]


def test_join_22_only_leaves_two_right_lines_that_exchange_nothing():
    a, b = (0, 1, 0, 1), (1, 2, 1, 2)
    sims = {a: 0.35, b: 0.40, (0, 2, 0, 2): 0.65}
    scorer = Scorer(2, 2, sims, Words(exchange=0.05))
    joined, _ = repair_joins([a, b], [0.6, 0.7], scorer, dataclasses.replace(JOIN, join_22_only=True))
    assert joined == [a, b]


def test_searched_path_then_repairs_is_align_sentences():
    src = ["Der Hund schläft im Garten.", "Die Katze sitzt auf dem Dach.", "Es regnet seit dem Morgen.",
           "Morgen scheint wieder die Sonne."]
    mt = ["The dog sleeps in the garden.", "The cat sits on the roof.", "It has been raining since the morning.",
          "Tomorrow the sun will shine again."]
    tgt = ["The dog is asleep in the garden.", "The cat is sitting on the roof.",
           "It has rained since morning.", "Tomorrow the sun shines again."]
    params = dataclasses.replace(AlignParams(), join_margin=0.01, join_length=1.0, join_exchange=0.15,
                                 shift_pull=0.15, join_22_only=True, shift_gain=-0.01)
    s, t, m, _ = _checked(src, tgt, mt, None)
    scorer, beads, post = searched_path(s, t, m, None, None, 5, params)
    beads, post = repair_joins(beads, post, scorer, params)
    beads, post = repair_shifts(beads, post, scorer, params)
    by_hand = [(p.src, p.tgt) for p in _pairs(beads, s, t, scorer, None, post)]
    assert by_hand == [(p.src, p.tgt) for p in align_sentences(src, tgt, mt, params=params)]
    assert by_hand == [([k], [k]) for k in range(4)]


def _debris_gaps(src, tgt, echo: bool):
    from aligner.align.core import BeadScorer, _with_debris

    params = dataclasses.replace(AlignParams(), debris_null=0.4, debris_echo=echo)
    scorer = BeadScorer(src, tgt, src, None, 3, params)
    path = [(k, k + 1, k, k + 1) for k in range(min(len(src), len(tgt)))]
    return _with_debris(scorer, None, path)


def test_debris_echo_keeps_the_skip_of_a_numeral_on_both_sides():
    # "IV." and "IV" head the same chapter on both sides; "- 7 -" is a page number on one side only
    src = ["Der Weg führte steil bergauf.", "IV.", "- 7 -", "Oben lag noch Schnee."]
    tgt = ["Le chemin montait raide.", "IV", "En haut il y avait encore de la neige.", "Fin."]
    priced_s, _ = _debris_gaps(src, tgt, echo=False)
    echo_s, echo_t = _debris_gaps(src, tgt, echo=True)
    assert priced_s[1] < 0 and priced_s[2] < 0  # without the echo both look like debris
    assert echo_s[1] == 0 and echo_t[1] == 0  # the numeral has its counterpart next to it
    assert echo_s[2] == priced_s[2] < 0  # the page number is still debris


def test_debris_echo_needs_the_counterpart_near_its_place():
    # the same year far away on the other side is no counterpart
    src = ["1957"] + [f"Satz Nummer {k} handelt vom Wetter in den Bergen." for k in range(8)]
    tgt = [f"La phrase {k} parle du temps en montagne." for k in range(8)] + ["1957"]
    echo_s, _ = _debris_gaps(src, tgt, echo=True)
    assert echo_s[0] < 0


def test_set_reads_a_bool_field_as_written():
    import sys
    from pathlib import Path

    import pytest

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_textberg import parse_set

    assert parse_set(["join_22_only=False"]) == {"join_22_only": False}  # bool("False") would be True
    assert parse_set(["join_22_only=True", "debris_echo=1"]) == {"join_22_only": True, "debris_echo": True}
    with pytest.raises(SystemExit, match="join_22_only"):
        parse_set(["join_22_only=yes"])
