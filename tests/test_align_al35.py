"""Session 35: chrF recall against the share of a target line that a cut MT can cover
(``AlignParams.mt_cover``; off in session 35, 0.5 by default since session 36).

A sentence-level MT system given a paragraph often translates only its first sentences;
the line's chrF recall against its (whole) target line then falls as if the line were not
its translation.  ``core.mt_cover_chars`` gives each source line its MT characters and the
characters the document's median MT / source ratio expects; ``scoring.unit_cover`` turns
them into each unit's share; ``ChrfUnits`` counts recall against that share.

Sentences are invented."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from aligner.align import AlignParams, align_sentences
from aligner.align.core import COVER_CUT, BeadScorer, mt_cover_chars
from aligner.align.scoring import COVER_FLOOR, ChrfUnits, unit_cover

SRC = [
    "Der Stadtrat beschloss gestern den neuen Haushalt. Die Schulen erhalten mehr Geld für neue Computer.",
    "Der Bürgermeister lobte die Einigung am späten Abend im Rathaus.",
    "Die Opposition kritisierte die hohen Kosten der neuen Brücke.",
    "Im Frühjahr beginnen die Bauarbeiten an der alten Schwimmhalle.",
]
# the first line's MT stops after its first sentence (a cut MT)
MT = [
    "The city council passed the new budget yesterday.",
    "The mayor praised the agreement late in the evening at the town hall.",
    "The opposition criticised the high costs of the new bridge.",
    "Construction work on the old swimming pool begins in spring.",
]
TGT = [
    "Yesterday the city council passed the new budget. Schools will get more money for new computers.",
    "The mayor praised the agreement late in the evening at the town hall.",
    "The opposition criticised the high costs of the new bridge.",
    "Construction work on the old swimming pool will begin in spring.",
]


def test_unit_cover_sums_lines_and_clips():
    lines = np.array([[50.0, 100.0], [100.0, 100.0], [300.0, 100.0], [10.0, 100.0]])
    assert unit_cover(lines, 1) == pytest.approx([0.5, 1.0, 1.0, COVER_FLOOR])
    # a unit of two lines: covered over expected summed (150 / 200), not the mean of the shares
    assert unit_cover(lines, 2) == pytest.approx([0.75, 1.0, 1.0])
    assert unit_cover(lines, 3) == pytest.approx([1.0, 1.0])
    # weight 0.5: half way from 1
    assert unit_cover(lines, 1, 0.5) == pytest.approx([0.75, 1.0, 1.0, 1 - 0.5 * (1 - COVER_FLOOR)])
    assert len(unit_cover(lines, 5)) == 0


def test_mt_cover_chars_marks_only_cut_lines():
    two = "Aaaa aaaa aaaa aaaa. Bbbb bbbb bbbb bbb."  # 33 characters without spaces, two sentences
    one = "Cccc cccc cccc cccc cccc cccc cccc cccc"  # 32, one sentence (no full stop)
    src = [two, two, two, one, two, "Kurz. Ja."]
    mt = [
        "Xxxx xxxx xxxx xxxx. Yyyy yyyy yyyy yyy.",  # whole: 33
        "Xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx xxxx.",  # 37, one sentence but not short
        "Xxxx xxx.",  # 8: one sentence of two, short: cut
        "Zzzz zzzz zzz.",  # 12: short, but its source is one sentence (a concise MT)
        "Xxxx xxxx. Yyyy yyyy.",  # 18: short, but as many sentences: whole
        "No.",  # a line under 20 characters: whole
    ]
    out = mt_cover_chars(src, mt)
    assert out is not None
    # median MT / source ratio over the lines of 20 characters or more: 18 / 33 (of 33/33,
    # 37/33, 8/33, 12/32, 18/33); only the third line is below COVER_CUT of it with fewer
    # sentences than its two
    median = 18 / 33
    assert 8 < COVER_CUT * median * 33 and 18 > COVER_CUT * median * 33
    assert out[:, 0] == pytest.approx([33, 37, 8, 12, 18, 3])
    assert out[:, 1] == pytest.approx([33, 37, median * 33, 12, 18, 3])
    # nothing cut, or no line long enough to read a ratio: no cover at all
    assert mt_cover_chars(src[:2], mt[:2]) is None
    assert mt_cover_chars(["Kurz. Ja.", "Klein."], ["S.", "Small."]) is None


def test_chrf_recall_counts_the_share_a_cut_mt_covers():
    cover = mt_cover_chars(SRC, MT)
    plain = ChrfUnits(MT, TGT, 2)
    covered = ChrfUnits(MT, TGT, 2, cover=cover)
    d0 = plain.matrix(1, 1, slice(0, 4), slice(0, 4))
    d1 = covered.matrix(1, 1, slice(0, 4), slice(0, 4))
    # the cut line's chrF with its own target rises, and stays its best match
    assert d1[0, 0] > d0[0, 0] + 0.1
    assert int(np.argmax(d1[0])) == 0
    # whole MT lines: the same scores as without a cover
    assert np.array_equal(d1[1:], d0[1:])
    # a cover of 1 everywhere changes nothing, in the matrix and in the pairs
    ones = np.stack([np.ones(4), np.ones(4)], axis=1)
    full = ChrfUnits(MT, TGT, 2, cover=ones)
    assert np.array_equal(full.matrix(1, 2, slice(0, 4), slice(0, 3)), plain.matrix(1, 2, slice(0, 4), slice(0, 3)))
    idx = np.arange(4)
    assert covered.pairs(1, 1, idx, idx) == pytest.approx(np.diag(d1))
    # a unit of two lines holding the cut one is read as before (no forgiven recall lent to
    # its neighbour)
    assert np.array_equal(covered.matrix(2, 1, slice(0, 3), slice(0, 4)), plain.matrix(2, 1, slice(0, 3), slice(0, 4)))
    assert np.array_equal(covered.matrix(2, 2, slice(0, 3), slice(0, 3)), plain.matrix(2, 2, slice(0, 3), slice(0, 3)))


def test_off_at_zero_and_no_effect_without_mt():
    # 0.5 by default since session 36; 0 turns it off
    off = dataclasses.replace(AlignParams(), mt_cover=0.0)
    on = dataclasses.replace(AlignParams(), mt_cover=1.0)
    assert BeadScorer(SRC, TGT, MT, None, 3, off).chrf.cover is None
    assert BeadScorer(SRC, TGT, MT, None, 3, on).chrf.cover is not None
    # without MT the originals are compared: no cover
    assert BeadScorer(SRC, TGT, None, None, 3, on).chrf.cover is None


def test_alignment_with_a_cut_mt_line():
    on = dataclasses.replace(AlignParams(), mt_cover=1.0)
    beads = [(p.src, p.tgt) for p in align_sentences(SRC, TGT, MT, params=on)]
    assert beads == [([0], [0]), ([1], [1]), ([2], [2]), ([3], [3])]
    # a line-level MT that is whole everywhere: the same alignment as off
    off = [(p.src, p.tgt) for p in align_sentences(SRC, TGT, TGT, params=dataclasses.replace(AlignParams(), mt_cover=0.0))]
    assert [(p.src, p.tgt) for p in align_sentences(SRC, TGT, TGT, params=on)] == off


def test_a_short_unrelated_mt_of_a_paragraph_is_not_glued_to_its_neighbour():
    # the third line's MT is one short sentence about something else (a hallucination):
    # cut by its length and sentence ends, but its forgiven recall must not make it and
    # the line before one 2-2 bead (as it did when whole units of two lines read the cover)
    src = [
        "Der Stadtrat beschloss gestern den neuen Haushalt. Die Schulen erhalten mehr Geld für neue Computer.",
        "Der Bürgermeister lobte die Einigung am späten Abend im Rathaus.",
        "Die Opposition kritisierte die hohen Kosten. Die Brücke am Fluss sei zu teuer.",
        "Im Frühjahr beginnen die Bauarbeiten an der alten Schwimmhalle.",
        "Die Bürger können ihre Fragen bis Freitag per Post einreichen.",
    ]
    tgt = [
        "The city council passed the new budget yesterday. Schools will receive more money for new computers.",
        "The mayor praised the agreement late in the evening at the town hall.",
        "The opposition criticised the high costs. The bridge over the river is too expensive.",
        "Construction work on the old swimming pool will begin in spring.",
        "Citizens can submit their questions by post until Friday.",
    ]
    mt = list(tgt)
    mt[2] = "A dog barked twice."
    cover = mt_cover_chars(src, mt)
    assert cover is not None and cover[2, 0] < cover[2, 1]
    on = dataclasses.replace(AlignParams(), mt_cover=1.0)
    beads = [(p.src, p.tgt) for p in align_sentences(src, tgt, mt, params=on)]
    assert beads == [([k], [k]) for k in range(5)]
