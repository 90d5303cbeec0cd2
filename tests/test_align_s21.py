"""Hand-set prices of session 21 (all off by default): a cheaper null for lines that
look like debris (``debris_null``) or a picture caption (``caption_null``), and prices
by bead class (``cost_22``, ``cost_large``)."""

import dataclasses

import numpy as np

from aligner.align import AlignParams, align_sentences
from aligner.align.core import BeadScorer
from aligner.align.scoring import caption_lines, debris_lines, glue_after

# invented sentences: a German source, its English MT and an English target
SRC = [
    "Der Bäcker öffnet seinen Laden jeden Morgen um fünf Uhr.",
    "Im Winter streut die Gemeinde Sand auf die steilen Gassen.",
    "Die neue Brücke über den Fluss wurde nach drei Jahren fertig.",
    "Viele Kinder fahren mit dem Fahrrad zur Schule am Hang.",
    "Der Chor probt dienstags im alten Saal neben der Kirche.",
    "Ein Gewitter brachte gestern Hagel und umgestürzte Bäume.",
    "Die Bibliothek verlängert ihre Öffnungszeiten im Sommer.",
    "Am Bahnhof fehlen seit Wochen überdachte Fahrradständer.",
    "Der Fischmarkt am Hafen zieht sonntags viele Besucher an.",
]
MT = [
    "The baker opens his shop every morning at five o'clock.",
    "In winter the municipality spreads sand on the steep alleys.",
    "The new bridge over the river was finished after three years.",
    "Many children ride their bikes to the school on the slope.",
    "The choir rehearses on Tuesdays in the old hall next to the church.",
    "A thunderstorm brought hail and fallen trees yesterday.",
    "The library extends its opening hours in summer.",
    "Covered bicycle racks have been missing at the station for weeks.",
    "The fish market at the harbour attracts many visitors on Sundays.",
]
TGT = [
    "Every morning at five the baker opens his shop.",
    "During winter the town puts sand on the steep lanes.",
    "After three years the new bridge across the river is finished.",
    "Lots of children cycle to the school on the hillside.",
    "On Tuesdays the choir practises in the old hall beside the church.",
    "Yesterday a thunderstorm brought hail and toppled trees.",
    "In summer the library extends its opening hours.",
    "For weeks the station has had no covered bicycle racks.",
    "On Sundays the harbour fish market draws many visitors.",
]


# the defaults before session 23 (the line prices and the repairs off), from which these tests change one price
PRE23 = dataclasses.replace(AlignParams(), debris_null=0.0, caption_null=0.0, debris_echo=False, join_margin=None,
                            join_length=1.5, join_exchange=0.0, join_22_only=False, join_piece=None, shift_pull=None,
                            shift_gain=None)


def beads(src, tgt, mt, **changes):
    params = dataclasses.replace(PRE23, **changes)
    return [(tuple(p.src), tuple(p.tgt)) for p in align_sentences(src, tgt, mt, params=params)]


def test_debris_lines_marks_page_numbers_and_separators_not_sentences_or_headings():
    lines = ["- 12 -", "* * *", "1957", "S. 114", "( 3 )", "Vorwärts!", "Warum?", "Kapitel 3",
             "The choir rehearses on Tuesdays.", "Ja, wirklich.", "Fazit:"]
    got = debris_lines(lines)
    assert got[:5].tolist() == [1.0, 1.0, 1.0, 1.0, 1.0]
    assert got[5:].tolist() == [0.0] * 6
    # one bare word without closing punctuation: half (a page label, or a one-word heading)
    assert debris_lines(["Anzeige"]).tolist() == [0.5]


def test_debris_lines_spares_a_piece_of_a_sentence_glued_to_its_neighbour():
    lines = ["Er zitiert Müller", ", 12 .", "Der Hof liegt am See.", "- 7 -", "Die Kühe grasen dort."]
    got = debris_lines(lines, glue_after(lines, letters=12))
    assert got[1] == 0.0  # ", 12 ." goes on the line before it
    assert got[3] == 1.0  # "- 7 -" between two whole sentences


def test_caption_lines_marks_credit_labels_and_agency_brackets():
    got = caption_lines(["Photo: The mayor opens the bridge (Reuters)", "Foto: dpa", "Bild: Keystone",
                         "The mayor opened the bridge (AP)", "He photographed the bridge.",
                         "A bridge (Reuters) was opened on Monday."])
    assert got.tolist() == [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]


def test_a_page_number_where_a_sentence_was_dropped_is_no_longer_paired_with_it():
    tgt = TGT[:3] + ["- 12 -"] + TGT[4:]  # the translator left source 3 out; a page number stands there
    assert ((3,), (3,)) in beads(SRC, tgt, MT)  # without the price the two lines that have no counterpart pair
    now = [(tuple(p.src), tuple(p.tgt)) for p in align_sentences(SRC, tgt, MT)]  # the defaults since session 23
    assert ((3,), ()) in now and ((), (3,)) in now
    got = beads(SRC, tgt, MT, debris_null=0.2)
    assert ((3,), ()) in got and ((), (3,)) in got
    assert all(((i,), (i,)) in got for i in (0, 1, 2, 4, 5, 6, 7, 8))


def test_a_whole_sentence_in_the_same_place_is_not_treated_as_debris():
    tgt = TGT[:3] + ["The ferry to the island runs twice a day in spring."] + TGT[4:]
    assert beads(SRC, tgt, MT, debris_null=0.4) == beads(SRC, tgt, MT)


def test_a_caption_repeating_the_next_line_is_left_out_with_its_price():
    for k in (2, 4, 6):
        caption = "Photo: " + " ".join(TGT[k].split()[:4]).rstrip(",.") + " (Reuters)"
        tgt = TGT[:k] + [caption] + TGT[k:]
        assert ((k,), (k, k + 1)) in beads(SRC, tgt, MT)  # without the price it goes in its line's bead
        got = beads(SRC, tgt, MT, caption_null=0.3)
        assert ((), (k,)) in got and ((k,), (k + 1,)) in got


def test_a_line_that_repeats_the_next_one_without_a_credit_label_keeps_its_bead():
    tgt = TGT[:4] + ["On Tuesdays the choir"] + TGT[4:]
    assert beads(SRC, tgt, MT, caption_null=0.5) == beads(SRC, tgt, MT)


def test_a_two_to_one_fold_is_still_found_with_the_new_prices():
    tgt = TGT[:1] + ["During winter the town puts sand on the steep lanes, and after three years the new bridge "
                     "across the river is finished."] + TGT[3:]
    tgt = tgt[:5] + ["- 4 -"] + tgt[5:]
    for changes in ({}, {"debris_null": 0.3, "caption_null": 0.3, "unsupported_penalty": 0.14, "cost_22": -0.06}):
        got = beads(SRC, tgt, MT, **changes)
        assert ((1, 2), (1,)) in got, changes
    got = beads(SRC, tgt, MT, debris_null=0.3)
    assert ((), (5,)) in got


def test_class_prices_move_only_their_bead_class():
    base = AlignParams()
    priced = dataclasses.replace(base, cost_22=-0.07, cost_large=0.05)
    costs = {}
    for params in (base, priced):
        scorer = BeadScorer(SRC, TGT, MT, None, 3, params)
        full = (slice(0, len(SRC) + 1), slice(0, len(TGT) + 1))
        costs[params.cost_22] = {ab: scorer.costs(*ab, *full) for ab in ((1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))}
    before, after = costs[0.0], costs[-0.07]
    for ab in ((1, 1), (2, 1), (1, 2)):
        np.testing.assert_allclose(after[ab], before[ab])
    finite = np.isfinite(before[2, 2])
    np.testing.assert_allclose(after[2, 2][finite], before[2, 2][finite] - 0.07)
    for ab in ((3, 1), (1, 3)):
        finite = np.isfinite(before[ab])
        np.testing.assert_allclose(after[ab][finite], before[ab][finite] + 0.05)
