"""Session 37: a clause moved between two paragraphs (a 2-2 bead of lines of several
sentences), read at the sentences that meet at the boundary (``AlignParams.join_paragraph``,
0.15 by default since session 37; None: off).

The join's word gate (``joins.join_exchange``) asks what share of one source line's own
content words its neighbour's target line holds; a clause moved between paragraphs is a
small share of a paragraph's words, so the gate reads too little there.  With
``join_paragraph`` set, where a source line at the boundary is a paragraph, the gate also
passes when the sentences that meet there (the first line's last sentence, the second's
first) exchange that share of their own words.  Lines of one sentence read as before.

Sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from aligner.align import AlignParams, align_sentences
from aligner.align.core import edge_sentences

MT = [
    "The harbour of Kelmstad opened a new ferry pier on Monday. The mayor cut a ribbon. Fishermen watched from "
    "their boats. A brass band played two marches. Children waved paper flags.",
    "The pier cost eleven million crowns and took three years to build. Engineers drove oak piles into the soft "
    "seabed. Storms delayed the work twice. The builders worked through one winter. A diver inspected every pile.",
    "Ferries to the island of Varnholm will now leave every hour. Tickets stay at the old price. Cyclists may take "
    "their bikes on board. Dogs must stay on a lead. Parking near the terminal is free for the first hour. "
    "Wheelchair users board through a wide ramp. Timetables hang beside every gangway. The first crossing takes "
    "forty minutes in calm weather, says the captain Ingrid Solberg.",
    "Local shops hope for more visitors in summer. A bakery near the quay already sells pastries shaped like "
    "anchors. Its owner plans a second oven. A cafe will open on the roof of the ticket hall. The fish market "
    "moves closer to the water.",
    "Critics warn that the pier blocks the view of the lighthouse. A petition gathered nine hundred signatures. "
    "The council will discuss it in April. Some residents want a lower railing. Others ask for more benches.",
    "The old wooden jetty will be turned into a small museum. Volunteers restore its rusty cranes. Schools may "
    "visit for free. A model ship is already on show. The museum opens in June.",
]
SRC = [f"Absatz {k}: {line}" for k, line in enumerate(MT)]  # with MT only the originals' lengths are read
# the translator's lines: the clause 'in calm weather, says the captain' moved from the end of
# paragraph 2 to the start of paragraph 3 (gold: 1-1, 1-1, 2-2, 1-1, 1-1)
TGT = [
    "On Monday the port of Kelmstad opened a new ferry pier. The mayor cut a ribbon. Fishermen looked on from "
    "their boats. A brass band played two marches. Children waved paper flags.",
    "Building the pier took three years and cost eleven million crowns. Engineers drove oak piles into the soft "
    "sea floor. Storms held up the work twice. The builders worked right through one winter. A diver checked "
    "every pile.",
    "Ferries to the island of Varnholm will now leave every hour. Tickets stay at the old price. Cyclists may take "
    "bikes on board. Dogs must stay on a lead. Parking near the terminal is free for the first hour. Wheelchair "
    "users board through a wide ramp. Timetables hang beside every gangway. The first crossing takes forty "
    "minutes.",
    "In calm weather, according to captain Ingrid Solberg, local shops hope for more visitors in summer. A bakery "
    "by the quay already sells anchor-shaped pastries. Its owner plans a second oven. A cafe is to open on the "
    "roof of the ticket hall. The fish market moves closer to the water.",
    "Critics warn that the pier blocks the view of the lighthouse. A petition collected nine hundred signatures. "
    "The council will debate it in April. Some residents want a lower railing. Others ask for more benches.",
    "The old wooden jetty becomes a small museum. Volunteers restore its rusty cranes. Schools may visit for free. "
    "A model ship is already on display. The museum opens in June.",
]
ONE_TO_ONE = [([k], [k]) for k in range(6)]


def beads(src, tgt, mt, value):
    params = dataclasses.replace(AlignParams(), join_paragraph=value)
    return [(p.src, p.tgt) for p in align_sentences(src, tgt, mt, params=params)]


def test_default_reads_paragraph_edges():
    # the default since session 37; None restores the reading of whole lines
    assert AlignParams().join_paragraph == 0.15
    assert [(p.src, p.tgt) for p in align_sentences(SRC, TGT, MT)] == beads(SRC, TGT, MT, 0.15)


@pytest.mark.parametrize("line, edges", [
    ("Am 3. Mai kam Dr. Weber nach Kiel. Er blieb zwei Tage.", ("Am 3. Mai kam Dr. Weber nach Kiel.", "Er blieb zwei Tage.")),
    ("U.S. troops left the town. Then rain fell! Why?", ("U.S. troops left the town.", "Why?")),
    ('He said: "We stay." The crowd cheered.', ('He said: "We stay."', "The crowd cheered.")),
    # one sentence: no paragraph (abbreviations, initials and ordinals end none)
    ("Am 3. Mai kam Dr. Weber z. B. mit J. R. Olsen nach Kiel.", None),
    ("The vote is set for Oct. 14 at 9 p.m. in the hall.", None),
    ("Harbour life", None),
])
def test_edge_sentences(line, edges):
    assert edge_sentences(line) == edges


def test_clause_moved_between_paragraphs_joined():
    assert beads(SRC, TGT, MT, None) == ONE_TO_ONE  # the line's word share is too small for the gate
    want = [([0], [0]), ([1], [1]), ([2, 3], [2, 3]), ([4], [4]), ([5], [5])]
    assert beads(SRC, TGT, MT, 0.15) == want
    assert beads(SRC, TGT, MT, 0.35) == want


def _unmoved():
    tgt = list(TGT)
    tgt[2] = TGT[2].replace("forty minutes.", "forty minutes in calm weather, according to captain Ingrid Solberg.")
    tgt[3] = TGT[3].replace("In calm weather, according to captain Ingrid Solberg, local shops", "Local shops")
    return tgt


def test_no_join_where_nothing_moved():
    # the clause where it belongs: every line its own 1-1
    assert beads(SRC, _unmoved(), MT, 0.15) == ONE_TO_ONE
    # ... and the next paragraph naming the captain again, as its own words, while the line
    # before keeps them: nothing is missing from the first line, so nothing moved
    tgt = _unmoved()
    tgt[3] = "Captain Ingrid Solberg says local shops hope for more visitors in summer." + tgt[3][len(
        "Local shops hope for more visitors in summer."):]
    assert beads(SRC, tgt, MT, 0.15) == ONE_TO_ONE


def test_heading_between_paragraphs_stays_one_to_one():
    mt = MT[:3] + ["Harbour life"] + MT[3:]
    tgt = _unmoved()[:3] + ["Life at the harbour"] + _unmoved()[3:]
    src = [f"Absatz {k}: {line}" for k, line in enumerate(mt)]
    assert beads(src, tgt, mt, 0.15) == [([k], [k]) for k in range(7)]


def test_one_sentence_lines_read_as_before():
    mt = [line.split(". ")[-1] for line in MT]
    tgt = [line.split(". ")[-1] for line in TGT]
    tgt[2], tgt[3] = "The first crossing takes forty minutes.", (
        "In calm weather, according to captain Ingrid Solberg, the fish market moves closer to the water.")
    src = [f"Zeile {k}: {line}" for k, line in enumerate(mt)]
    assert beads(src, tgt, mt, 0.15) == beads(src, tgt, mt, None)
