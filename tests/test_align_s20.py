"""The learned bead cost (aligner.align.learned, ``AlignParams.bead_weights``; off by default)."""

import numpy as np
import pytest

from aligner.align import AlignParams, align_sentences, learned
from aligner.align.core import BeadScorer
from aligner.errors import AlignerError

# invented sentences: a German source, its English MT and an English target
SRC_A = [
    "Der Bäcker öffnet seinen Laden jeden Morgen um fünf Uhr.",
    "Im Winter streut die Gemeinde Sand auf die steilen Gassen.",
    "Die neue Brücke über den Fluss wurde nach drei Jahren fertig.",
    "Viele Kinder fahren mit dem Fahrrad zur Schule am Hang.",
    "Der Chor probt dienstags im alten Saal neben der Kirche.",
    "Ein Gewitter brachte gestern Hagel und umgestürzte Bäume.",
]
MT_A = [
    "The baker opens his shop every morning at five o'clock.",
    "In winter the municipality spreads sand on the steep alleys.",
    "The new bridge over the river was finished after three years.",
    "Many children ride their bikes to the school on the slope.",
    "The choir rehearses on Tuesdays in the old hall next to the church.",
    "A thunderstorm brought hail and fallen trees yesterday.",
]
TGT_A = [
    "Every morning at five the baker opens his shop.",
    "During winter the town puts sand on the steep lanes.",
    "After three years the new bridge across the river is finished.",
    "Lots of children cycle to the school on the hillside.",
    "On Tuesdays the choir practises in the old hall beside the church.",
    "Yesterday a thunderstorm brought hail and toppled trees.",
]
SRC_B = [
    "Die Bibliothek verlängert ihre Öffnungszeiten im Sommer.",
    "Am Bahnhof fehlen seit Wochen überdachte Fahrradständer.",
    "Der Fischmarkt am Hafen zieht sonntags viele Besucher an.",
    "Eine Schülerin gewann den Wettbewerb mit einem Solarboot.",
    "Die Feuerwehr übte am Samstag die Rettung aus dem Turm.",
]
MT_B = [
    "The library extends its opening hours in summer.",
    "Covered bicycle racks have been missing at the station for weeks.",
    "The fish market at the harbour attracts many visitors on Sundays.",
    "A schoolgirl won the competition with a solar boat.",
    "On Saturday the fire brigade practised the rescue from the tower.",
]
TGT_B = [
    "In summer the library extends its opening hours.",
    "For weeks the station has had no covered bicycle racks.",
    "On Sundays the harbour fish market draws many visitors.",
    "A pupil won the contest with her solar-powered boat.",
    "The fire brigade rehearsed a tower rescue on Saturday.",
]


def test_bead_class_groups_bead_types():
    assert learned.bead_class(1, 1) == 0
    assert learned.bead_class(2, 1) == learned.bead_class(1, 2) == 1
    assert learned.bead_class(2, 2) == 2
    assert learned.bead_class(3, 1) == learned.bead_class(1, 4) == learned.bead_class(3, 3) == 3


def test_best_pair_takes_the_largest_one_to_one_inside_each_bead():
    one = np.array([[0.1, 0.9, 0.2],
                    [0.4, 0.3, 0.8],
                    [0.7, 0.0, 0.5]])
    # 2-1 beads starting at rows 0-1, columns 0-2: rows r, r+1 of column c
    got = learned.best_pair(one, 2, 1, (2, 3))
    assert got.tolist() == [[0.4, 0.9, 0.8], [0.7, 0.3, 0.8]]
    # a 1-2 bead at (2, 1) covers (2, 1) and (2, 2)
    assert learned.best_pair(one, 1, 2, (3, 2))[2, 1] == 0.5


def test_gold_spans_keeps_contiguous_beads_with_both_sides():
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((), (2,)), ((4, 6), (3,)), ((5,), (4, 5))]
    beads, path = learned.gold_spans(gold)
    assert beads == {(0, 1, 0, 1), (1, 3, 1, 2), (5, 6, 4, 6)}  # (4, 6) skips 5: left out
    assert sorted(path) == sorted(beads)


def test_fit_logistic_recovers_the_weights_that_drew_the_labels():
    rng = np.random.default_rng(7)
    x = np.column_stack([np.ones(4000), rng.normal(size=4000), rng.normal(size=4000)])
    true = np.array([-0.5, 2.0, -1.5])
    y = (rng.random(4000) < 1 / (1 + np.exp(-x @ true))).astype(float)
    w = learned.fit_logistic(x, y, ridge=0.0)
    assert np.abs(w - true).max() < 0.25


def test_fit_logistic_needs_both_labels():
    with pytest.raises(AlignerError):
        learned.fit_logistic(np.ones((5, 2)), np.ones(5))


def test_wrong_number_of_weights_is_a_config_error():
    with pytest.raises(AlignerError, match="bead_weights"):
        align_sentences(SRC_A, TGT_A, MT_A, params=AlignParams(bead_weights=(1.0, 2.0)))


def test_training_rows_label_every_gold_bead_once():
    gold = [((i,), (i,)) for i in range(len(SRC_A))]
    scorer = BeadScorer(SRC_A, TGT_A, MT_A, None, 5, AlignParams())
    x, y = learned.training_rows(scorer, gold, 5)
    assert x.shape == (len(y), len(learned.FEATURES))
    assert y.sum() == len(gold)
    assert len(y) > 4 * len(gold)  # the competitors: pieces, unions, shifted beads


def test_weights_fitted_on_one_document_align_another():
    gold = [((i,), (i,)) for i in range(len(SRC_A))]
    scorer = BeadScorer(SRC_A, TGT_A, MT_A, None, 5, AlignParams())
    w = learned.fit_logistic(*learned.training_rows(scorer, gold, 5), ridge=1e-3)
    params = AlignParams(bead_weights=tuple(w), bead_scale=0.3)
    pairs = align_sentences(SRC_B, TGT_B, MT_B, params=params)
    assert [(p.src, p.tgt) for p in pairs] == [([i], [i]) for i in range(len(SRC_B))]


def test_a_folded_sentence_joins_its_neighbour_under_fitted_weights():
    # training: document A with its second and third lines folded into one target line
    tgt = [TGT_A[0], "During winter the town puts sand on the steep lanes, and the new bridge across the river is "
           "finished after three years.", *TGT_A[3:]]
    gold = [((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,)), ((5,), (4,))]
    scorer = BeadScorer(SRC_A, tgt, MT_A, None, 5, AlignParams())
    x, y = learned.training_rows(scorer, gold, 5)
    w = learned.fit_logistic(x, y, ridge=1e-3)
    # the gain over the best 1-1 pair inside a bead speaks for the folded bead
    assert w[learned.FEATURES.index("gain over best 1-1")] > 0
    folded = [TGT_B[0], "For weeks the station has had no covered bicycle racks, while on Sundays the harbour fish "
              "market draws many visitors.", *TGT_B[3:]]
    pairs = align_sentences(SRC_B, folded, MT_B, params=AlignParams(bead_weights=tuple(w), bead_scale=0.3))
    assert ([1, 2], [1]) in [(p.src, p.tgt) for p in pairs]


def _beads(pairs):
    return [(p.src, p.tgt) for p in pairs]


def test_linear_form_with_the_hand_weights_is_the_hand_set_cost():
    tgt = [TGT_A[0], TGT_A[1] + " " + TGT_A[2], *TGT_A[3:]]
    hand = learned.hand_weights(AlignParams().unsupported_penalty)
    params = AlignParams(bead_weights=tuple(hand), bead_form="linear")
    for t in (TGT_A, tgt):
        default = align_sentences(SRC_A, t, MT_A)
        linear = align_sentences(SRC_A, t, MT_A, params=params)
        assert _beads(linear) == _beads(default)
        assert [p.score for p in linear] == pytest.approx([p.score for p in default])


def test_unknown_bead_form_is_a_config_error():
    hand = learned.hand_weights(0.1)
    with pytest.raises(AlignerError, match="bead_form"):
        align_sentences(SRC_A, TGT_A, MT_A, params=AlignParams(bead_weights=tuple(hand), bead_form="cubic"))


def test_path_difference_adds_wrong_beads_and_takes_missed_gold_ones():
    f = len(learned.FEATURES)
    vectors = {(0, 1, 0, 1): np.full(f, 1.0), (1, 3, 1, 2): np.full(f, 2.0), (1, 2, 1, 2): np.full(f, 5.0)}
    gold = {(0, 1, 0, 1), (1, 3, 1, 2)}
    pred = {(0, 1, 0, 1), (1, 2, 1, 2)}
    assert learned.path_difference(vectors, gold, pred).tolist() == [3.0] * f
    assert not learned.path_difference(vectors, gold, gold).any()


def test_bead_vectors_match_the_block_features():
    scorer = BeadScorer(SRC_A, TGT_A, MT_A, None, 5, AlignParams())
    one = scorer.bead_vectors([(1, 3, 1, 2), (4, 5, 4, 5), (2, 2, 3, 4)])
    assert set(one) == {(1, 3, 1, 2), (4, 5, 4, 5)}  # a bead with an empty side has none
    block = scorer.features(2, 1)
    assert one[1, 3, 1, 2] == pytest.approx(block[:, 1, 1])
    assert one[4, 5, 4, 5] == pytest.approx(scorer.features(1, 1)[:, 4, 4])


def test_learn_short_is_the_scorers_short_units_and_says_which_units_are_short():
    class Flat:
        def encode(self, texts):
            return np.ones((len(texts), 4), np.float32) / 2.0

    src = ["Ja.", SRC_A[0], SRC_A[1]]
    mt = ["Yes.", MT_A[0], MT_A[1]]
    tgt = ["Yes, indeed.", TGT_A[0], TGT_A[1]]  # 9 letters: short (under 12)
    with_short = BeadScorer(src, tgt, mt, Flat(), 3, AlignParams(embed_short=0.5))
    without = BeadScorer(src, tgt, mt, None, 3, AlignParams())
    assert with_short.short_units is not None and without.short_units is None
    assert with_short.learn_short is with_short.short_units  # computed once
    assert [list(side[0]) for side in without.learn_short] == [[True, False, False], [True, False, False]]
    for a, b in zip(with_short.learn_short, without.learn_short):
        assert all(np.array_equal(x, y) for x, y in zip(a, b)) and len(a) == len(b) == 3
