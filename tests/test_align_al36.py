"""Session 36: what counts as a sentence end for ``mt_cover`` (rt36-16), and an alignment
that ``AlignParams.mt_cover`` changes (rt36-17).

``core.mt_cover_chars`` reads a line as cut when it holds two or more sentence ends and its
MT fewer (and is short).  A full stop after an initial, an abbreviation or a German ordinal
ends no sentence: a German one-sentence line with '3. Mai', 'Dr.' and 'z. B.' is one
sentence, not a paragraph cut by its MT.

Sentences are invented."""

from __future__ import annotations

import dataclasses

import pytest

from aligner.align import AlignParams, align_sentences
from aligner.align.core import _sentence_ends, mt_cover_chars


@pytest.mark.parametrize("line, ends", [
    # German: ordinals after a word that reads them or before a month, abbreviations, initials
    ("Am 3. Mai kam Dr. Müller z. B. mit dem Zug nach Berlin.", 1),
    ("Im 19. Jahrhundert wuchs die kleine Stadt am Fluss sehr schnell.", 1),
    ("Die Firma meldete für den 12. Dezember ca. 300 Gäste, u. a. aus Bonn.", 1),
    ("Der Umsatz lag bei 20 Mio. Euro, bzw. etwas mehr als im Vorjahr.", 1),
    ("Sie feierte am Sonntag, 4. Februar, ihren 80. Geburtstag.", 1),
    ("Prof. Dr. med. Anna Roth leitet die Klinik seit dem 1. Juli.", 1),
    # English: titles, initials, dotted abbreviations, month abbreviations
    ("Gen. Ray Hollis met Dr. Ann Price and J. R. Miller in the U.S. capital.", 1),
    ("The vote was set for Oct. 14 at 9 p.m. in the old hall.", 1),
    ("Mrs. Lane, e.g. in her letter, asked for St. Mary's school to stay open.", 1),
    # real ends still count: two and three sentences
    ("Am 3. Mai kam Dr. Müller nach Berlin. Er blieb zwei Tage.", 2),
    ("Die Preise stiegen im Mai. Dann fielen sie wieder. Warum?", 3),
    ("The meeting is on March 16. The rate will then rise.", 2),
    ("The limit rose from 62 to 64. Twice, thousands marched.", 2),
    ("Sales fell by 7 %. The board met on Friday.", 2),
    # the line's last mark ends its sentence whatever the word before it
    ("Sie zogen später in die U.S.", 1),
    ("Die Zahl der Gäste stieg auf 12.", 1),
])
def test_sentence_ends(line, ends):
    assert _sentence_ends([line])[0] == ends


def _cut_lines(src: list[str], mt: list[str]) -> list[int]:
    cover = mt_cover_chars(src, mt)
    return [] if cover is None else [k for k in range(len(src)) if cover[k, 0] < cover[k, 1]]


# four lines whose MT is about as long as their source: the document's median ratio
PLAIN_SRC = [
    "Der Stadtrat beschloss am Montag den neuen Haushalt für das kommende Jahr.",
    "Die Bürgermeisterin lobte die Einigung nach langen Verhandlungen im Rathaus.",
    "Die Opposition kritisierte die hohen Kosten der neuen Sporthalle am Fluss.",
    "Die Trauerfeier findet am Freitag in der Kirche am Marktplatz statt.",
]
PLAIN_MT = [
    "On Monday the city council passed the new budget for the coming year.",
    "The mayor praised the agreement after long negotiations at the town hall.",
    "The opposition criticised the high costs of the new sports hall by the river.",
    "The funeral will take place on Friday in the church on the market square.",
]


def test_a_one_sentence_line_with_ordinal_and_abbreviations_is_not_cut():
    # rt36-16: the German line is one sentence; its short MT (one sentence) is concise, not cut
    line = "Am 3. Mai kam Dr. Müller z. B. mit dem Zug nach Berlin."
    short = "Dr. Müller came to Berlin."
    assert _cut_lines(PLAIN_SRC + [line], PLAIN_MT + [short]) == []
    # the same MT against a paragraph of two sentences is a cut MT
    two = "Am 3. Mai kam Dr. Müller mit dem Zug nach Berlin. Er blieb dort zwei Wochen lang."
    assert _cut_lines(PLAIN_SRC + [two], PLAIN_MT + [short]) == [4]
    # an English MT whose abbreviation is no sentence end: still one sentence against two
    assert _cut_lines(PLAIN_SRC + [two], PLAIN_MT + ["On May 3 Dr. Müller came."]) == [4]


# a document in which the MT of a two-sentence paragraph (line 2) stops after its first
# sentence, the target has a heading ('( 4 )') and a paragraph (line 3's) with a piece of
# debris glued to its end
DOC_SRC = [
    "Der Stadtrat beschloss am Montag den neuen Haushalt für das kommende Jahr.",
    "Die Bürgermeisterin lobte die Einigung nach langen Verhandlungen im Rathaus.",
    "Am Sonntag gegen 22 Uhr sei der frühere Bürgermeister Karl Brenner mit 88 Jahren gestorben, teilte die "
    "Stadt mit. Die Gemeinde verliere damit einen großen Förderer, sagten die Bürgermeisterin Eva Lorenz und "
    "ihr Vorgänger Paul Kern.",
    "In den achtziger Jahren wurde Brenner der Leiter des Bauamts der Stadt. Als Bürgermeister ließ er die alte "
    "Brücke über den Fluss erneuern. Nur drei Jahre nach seiner Wahl baute die Stadt unter ihm zwei neue Schulen "
    "und ein Hallenbad. Bei der Wahl im Mai 2004 verlor seine Partei die Mehrheit und Brenner ein Jahr später "
    "sein Amt.",
    "Die Trauerfeier findet am Freitag in der Kirche am Marktplatz statt.",
    "Die Opposition kritisierte die hohen Kosten der neuen Sporthalle.",
]
DOC_TGT = [
    "On Monday the city council passed the new budget for the coming year.",
    "The mayor praised the agreement after long negotiations at the town hall.",
    "( 4 )",
    "Former mayor Karl Brenner passed away on Sunday at about 10 p.m. at the age of 88, the town announced. The "
    "community has lost \"a great patron,\" said mayor Eva Lorenz and her predecessor Paul Kern.",
    "In the eighties, Brenner became head of the town's building office. As mayor he had the old bridge over the "
    "river renewed. Only three years after his election the town built two new schools and an indoor pool under "
    "him. In the election of May 2004 his party lost its majority and Brenner lost his office a year later. near "
    "the gate. Nobody came to collect the old sofa, so it stayed.",
    "The funeral will take place on Friday in the church on the market square.",
    "The opposition criticised the high costs of the new sports hall.",
]
DOC_MT = [
    DOC_TGT[0],
    DOC_TGT[1],
    # one sentence ('p.m.' ends none) of the two: cut
    "Former mayor Karl Brenner died on Sunday at around 10 p.m. at 88, the city said.",
    "In the eighties, Brenner became the head of the town's building office. As mayor, he had the old bridge "
    "over the river renewed. Only three years after his election, the city built two new schools and an indoor "
    "pool under him.",
    DOC_TGT[5],
    DOC_TGT[6],
]
# each line with its own translation, the heading with nothing
DOC_GOLD = [([0], [0]), ([1], [1]), ([], [2]), ([2], [3]), ([3], [4]), ([4], [5]), ([5], [6])]


def _beads(mt_cover: float) -> list[tuple[list[int], list[int]]]:
    params = dataclasses.replace(AlignParams(), mt_cover=mt_cover)
    return [(list(p.src), list(p.tgt)) for p in align_sentences(DOC_SRC, DOC_TGT, DOC_MT, params=params)]


def test_mt_cover_aligns_a_cut_paragraph_with_its_translation():
    assert _cut_lines(DOC_SRC, DOC_MT) == [2]
    # off: the cut paragraph's low recall leaves its translation alone and glues the
    # paragraph to the next one's translation
    off = _beads(0.0)
    assert off != DOC_GOLD
    assert ([], [3]) in off
    # on (the pre-registered 0.5 and the full share): recall against what the MT covers
    assert _beads(0.5) == DOC_GOLD
    assert _beads(1.0) == DOC_GOLD


def test_the_defaults_align_the_cut_paragraph_with_its_translation():
    # mt_cover 0.5 is the default since session 36 (its blind rule held)
    assert [(list(p.src), list(p.tgt)) for p in align_sentences(DOC_SRC, DOC_TGT, DOC_MT)] == DOC_GOLD
