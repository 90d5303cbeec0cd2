"""Many-sentence beads cut into pieces by the search, joined again (``aligner.align.joins``)."""

from __future__ import annotations

import dataclasses
import random

import pytest

from aligner.align import AlignParams, align_sentences
from aligner.align.core import BeadScorer
from aligner.align.dp import bead_types
from aligner.align.joins import (
    join_candidates,
    join_crossing,
    join_exchange,
    join_gains,
    repair_joins,
    repair_shifts,
)

WORDS = (
    "harbour lantern cobble meadow orchard barley miller weaver candle chapel market ferry tower "
    "garden cellar shepherd anvil furnace saddle willow chestnut beacon granary quarry thatch"
).split()
# the defaults before session 23 (no repair, no line price): what these tests call "off"
OFF = AlignParams(join_margin=None, join_length=1.5, join_exchange=0.0, join_22_only=False, join_piece=None,
                  shift_pull=None, shift_gain=None, debris_null=0.0, caption_null=0.0, debris_echo=False)
JOIN = dataclasses.replace(OFF, join_margin=0.03)
K = 12  # the sentence whose last words move into the next one


def document(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [f"{' '.join(rng.sample(WORDS, rng.randint(8, 12))).capitalize()} {rng.randint(10, 9999)}." for _ in range(n)]


def moved_clause(src: list[str], k: int, words: list[str] | None = None) -> list[str]:
    """The translation of ``src`` (itself) with the last 40 % of sentence k moved into
    sentence k + 1 after its second word: a 2-2 bead.  ``words``: put these in k + 1
    instead of the moved ones (the lines' lengths change alike, the content does not)."""
    tgt = list(src)
    a, b = src[k].rstrip(".").split(), src[k + 1].rstrip(".").split()
    cut = len(a) * 6 // 10
    piece = a[cut:] if words is None else words[: len(a) - cut]
    tgt[k] = " ".join(a[:cut]) + "."
    tgt[k + 1] = " ".join(b[:2] + piece + b[2:]) + "."
    return tgt


def beads_near(pairs, k: int) -> list[tuple[list[int], list[int]]]:
    return [(p.src, p.tgt) for p in pairs if p.src and k - 1 <= p.src[0] <= k + 2]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_moved_clause_makes_one_bead_of_two_sentences(seed):
    src = document(30, seed)
    tgt = moved_clause(src, K)
    off = beads_near(align_sentences(src, tgt, src, params=OFF), K)
    on = beads_near(align_sentences(src, tgt, src, params=JOIN), K)
    assert ([K], [K]) in off and ([K + 1], [K + 1]) in off  # the search alone cuts the 2-2 bead
    assert ([K, K + 1], [K, K + 1]) in on
    assert ([K - 1], [K - 1]) in on and ([K + 2], [K + 2]) in on


def test_other_words_of_the_same_length_are_not_joined():
    src = document(30, 5)
    tgt = moved_clause(src, K, words="zeppelin quartz jukebox vortex wizard oxygen".split())
    on = align_sentences(src, tgt, src, params=JOIN)
    assert ([K], [K]) in beads_near(on, K) and ([K + 1], [K + 1]) in beads_near(on, K)


def test_a_faithful_translation_keeps_its_single_beads():
    src = document(40, 9)
    on = align_sentences(src, list(src), src, params=JOIN)
    assert [(p.src, p.tgt) for p in on] == [([k], [k]) for k in range(40)]


def test_the_gains_of_a_moved_clause_against_two_faithful_sentences():
    src = document(30, 5)
    tgt = moved_clause(src, K)
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    cands = [(K, (K, K + 2, K, K + 2)), (K + 4, (K + 4, K + 6, K + 4, K + 6))]
    sim_gain, fit_gain = join_gains(scorer, beads, cands)
    assert sim_gain[0] > 0.05 and fit_gain[0] > 1.5
    assert sim_gain[1] < 0.02 and fit_gain[1] < 1.0


def test_only_touching_single_sentence_pieces_are_candidates():
    beads = [(0, 1, 0, 1), (1, 2, 1, 2), (2, 4, 2, 3), (4, 5, 3, 3), (5, 6, 3, 4), (6, 7, 4, 4), (7, 7, 4, 5)]
    cands = join_candidates(beads, set(bead_types(5)))
    # 1-1 + 1-1 -> 2-2 and 1-0 + 1-1 -> 2-1, 1-1 + 1-0 -> 2-1; not the 2-1 bead with a
    # neighbour, not 1-0 + 0-1 (no piece of a bead)
    assert cands == [(0, (0, 2, 0, 2)), (3, (4, 6, 3, 4)), (4, (5, 7, 3, 4))]
    assert join_candidates(beads, set(bead_types(1))) == []


def test_a_joined_bead_keeps_the_smallest_confidence_of_its_pieces():
    src = document(30, 5)
    tgt = moved_clause(src, K)
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    post = [0.9] * 30
    post[K + 1] = 0.6
    out, out_post = repair_joins(beads, post, scorer, JOIN)
    assert out[K] == (K, K + 2, K, K + 2) and out_post[K] == 0.6 and len(out) == 29
    same, _ = repair_joins(beads, post, scorer, dataclasses.replace(JOIN, join_margin=None))
    assert same == beads


def repeated_words(n: int, seed: int) -> tuple[list[str], list[str]]:
    """A document whose sentences K and K + 1 share the words that move from K into K + 1
    in the translation: the lines gain in similarity and length joined, as a moved
    clause does, but no word crosses the boundary that K + 1 did not have already."""
    src = document(n, seed)
    a = src[K].rstrip(".").split()
    cut = len(a) * 6 // 10
    b = src[K + 1].rstrip(".").split()
    src[K + 1] = " ".join(b[:2] + a[cut:] + b[2:]) + "."
    tgt = list(src)
    tgt[K] = " ".join(a[:cut]) + "."
    tgt[K + 1] = " ".join(b[:2] + a[cut:] + a[cut:] + b[2:]) + "."
    return src, tgt


def test_the_crossing_share_tells_a_moved_clause_from_words_found_on_both_sides():
    src = document(30, 5)
    scorer = BeadScorer(src, moved_clause(src, K), src, None, 5, OFF)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    cands = [(K, (K, K + 2, K, K + 2)), (K + 4, (K + 4, K + 6, K + 4, K + 6))]
    moved, faithful = join_crossing(scorer, beads, cands)
    assert moved > 0.1 and faithful == 0.0
    src, tgt = repeated_words(30, 5)
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    sim_gain, fit_gain = join_gains(scorer, beads, cands[:1])
    assert sim_gain[0] > 0.03 and fit_gain[0] > 1.5  # what the other two signals see: a cut 2-2 bead
    assert join_crossing(scorer, beads, cands[:1])[0] < 0.05


def test_join_cross_keeps_apart_what_only_gains_in_similarity_and_length():
    src, tgt = repeated_words(30, 5)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    post = [0.9] * 30
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    joined, _ = repair_joins(beads, post, scorer, JOIN)
    assert joined[K] == (K, K + 2, K, K + 2)  # without the crossing condition
    kept, _ = repair_joins(beads, post, scorer, dataclasses.replace(JOIN, join_cross=0.1))
    assert kept == beads
    src = document(30, 5)
    scorer = BeadScorer(src, moved_clause(src, K), src, None, 5, OFF)
    moved, _ = repair_joins(beads, post, scorer, dataclasses.replace(JOIN, join_cross=0.1))
    assert moved[K] == (K, K + 2, K, K + 2)  # a moved clause is joined still


def test_the_exchange_share_of_a_moved_clause_against_right_lines():
    src = document(30, 5)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    cands = [(K, (K, K + 2, K, K + 2)), (K + 4, (K + 4, K + 6, K + 4, K + 6))]
    scorer = BeadScorer(src, moved_clause(src, K), src, None, 5, OFF)
    moved, faithful = join_exchange(scorer, beads, cands)
    assert moved > 0.3 and faithful == 0.0
    src, tgt = repeated_words(30, 5)  # the words that move are the next sentence's own already
    assert join_exchange(BeadScorer(src, tgt, src, None, 5, OFF), beads, cands[:1])[0] < 0.05


def test_words_of_every_line_count_for_little_in_the_exchange():
    common = "zeppelin quartz jukebox vortex".split()
    src = [s.rstrip(".") + " " + " ".join(common) + "." if k != K + 1 else s for k, s in enumerate(document(30, 5))]
    tgt = list(src)
    b = src[K + 1].rstrip(".").split()
    tgt[K] = src[K].rstrip(".").rsplit(" ", len(common))[0] + "."
    tgt[K + 1] = " ".join(b[:2] + common + b[2:]) + "."
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    cands = [(K, (K, K + 2, K, K + 2))]
    assert join_crossing(scorer, beads, cands)[0] > 0.1  # the words cross the boundary
    assert join_exchange(scorer, beads, cands)[0] < 0.05  # but nearly every line has them


def test_join_exchange_keeps_apart_what_exchanges_no_content():
    src, tgt = repeated_words(30, 5)
    beads = [(k, k + 1, k, k + 1) for k in range(30)]
    post = [0.9] * 30
    scorer = BeadScorer(src, tgt, src, None, 5, OFF)
    assert repair_joins(beads, post, scorer, JOIN)[0][K] == (K, K + 2, K, K + 2)  # without the condition
    kept, _ = repair_joins(beads, post, scorer, dataclasses.replace(JOIN, join_exchange=0.2))
    assert kept == beads
    src = document(30, 5)
    scorer = BeadScorer(src, moved_clause(src, K), src, None, 5, OFF)
    moved, _ = repair_joins(beads, post, scorer, dataclasses.replace(JOIN, join_exchange=0.2))
    assert moved[K] == (K, K + 2, K, K + 2)


def folded(src: list[str], k: int, into: int) -> list[str]:
    """The translation of ``src`` (itself) with sentence k written into the line of its
    neighbour ``into`` (k - 1 or k + 1): one line of two sentences, a 2-1 bead."""
    first, second = sorted((k, into))
    tgt = list(src)
    tgt[first] = src[first].rstrip(".") + ", " + src[second][0].lower() + src[second][1:]
    del tgt[second]
    return tgt


@pytest.mark.parametrize("into", [K - 1, K + 1])
def test_a_folded_sentence_in_the_bead_on_its_wrong_side_moves_to_its_line(into):
    src = document(30, 5)
    scorer = BeadScorer(src, folded(src, K, into), src, None, 5, OFF)
    head = [(k, k + 1, k, k + 1) for k in range(K - 1)]
    tail = [(k, k + 1, k - 1, k) for k in range(K + 2, 30)]
    right = [(K - 1, K + 1, K - 1, K), (K + 1, K + 2, K, K + 1)] if into == K - 1 else \
        [(K - 1, K, K - 1, K), (K, K + 2, K, K + 1)]
    wrong = [(K - 1, K, K - 1, K), (K, K + 2, K, K + 1)] if into == K - 1 else \
        [(K - 1, K + 1, K - 1, K), (K + 1, K + 2, K, K + 1)]
    params = dataclasses.replace(OFF, shift_pull=0.15)
    post = [0.9] * (len(head) + 2 + len(tail))
    post[len(head)] = 0.7
    out, out_post = repair_shifts(head + wrong + tail, post, scorer, params)
    assert out == head + right + tail and out_post[len(head) : len(head) + 2] == [0.7, 0.7]
    assert repair_shifts(head + right + tail, post, scorer, params)[0] == head + right + tail  # right: kept
    off = dataclasses.replace(params, shift_pull=None)
    assert repair_shifts(head + wrong + tail, post, scorer, off)[0] == head + wrong + tail
