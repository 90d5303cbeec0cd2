"""Many-sentence beads that the search cut into pieces, joined again (``repair_joins``).

A translator who moves a clause from one sentence into the next, or folds a sentence
into its neighbour, leaves a 2-2 (or 2-1, 3-1) bead whose pieces each still look like a
translation of one sentence: the search, which charges ``AlignParams.multi_penalty`` per
extra sentence, often prefers two 1-1 beads, or a 1-1 and a 1-0.  Two signals tell such
a cut from two beads that are right:

- the similarity of the joined bead (the scorer's: chrF of the MT of the joined source
  against the joined target, mixed with the embedding cosine when there are
  embeddings) is higher than the pieces' own, weighted by their length (a piece
  without a counterpart counts 0): the piece that moved finds its counterpart only in
  the joined bead.  Pieces that are right give about the same similarity joined as
  apart, a line with no counterpart (debris, a caption) lowers the joined bead as much
  as it lowers the weighted mean;
- the lengths (Gale-Church) fit the joined bead better than the pieces: a moved clause
  makes one line too short and the other too long for its sentence.

Unlike a lower ``multi_penalty`` or a cheaper null, this changes nothing where a bead's
pieces do not gain both ways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .dp import bead_types
from .scoring import ChrfUnits, length_logprob

if TYPE_CHECKING:  # the scorer's module imports this one
    from .core import AlignParams, BeadScorer

Bead = tuple[int, int, int, int]


def join_candidates(beads: list[Bead], types: set) -> list[tuple[int, Bead]]:
    """(index of the first of two consecutive beads, the bead they make joined) for every
    pair of touching beads (a monotone stretch) of at most one sentence a side each
    (1-1, 1-0, 0-1: the pieces a cut leaves), at least one of them 1-1, whose join is a
    bead type of ``types``.  Beads of several sentences are the search's own choice:
    joining them with a neighbour would only make larger beads."""
    out = []
    for k in range(len(beads) - 1):
        (i0, i1, j0, j1), (p0, p1, q0, q1) = beads[k], beads[k + 1]
        if i1 != p0 or j1 != q0 or max(i1 - i0, j1 - j0, p1 - p0, q1 - q0) > 1:
            continue
        if (i1 - i0, j1 - j0) != (1, 1) and (p1 - p0, q1 - q0) != (1, 1):
            continue
        if (p1 - i0, q1 - j0) in types:
            out.append((k, (i0, p1, j0, q1)))
    return out


def _lengths(scorer: BeadScorer, beads: list[Bead]) -> tuple[np.ndarray, np.ndarray]:
    """Characters (without whitespace) of each bead's source and target side."""
    cs = np.concatenate([[0.0], np.cumsum(scorer.src_chars[0])])
    ct = np.concatenate([[0.0], np.cumsum(scorer.tgt_chars[0])])
    arr = np.asarray(beads, np.int64).reshape(-1, 4)
    return cs[arr[:, 1]] - cs[arr[:, 0]], ct[arr[:, 3]] - ct[arr[:, 2]]


def _length_fit(ls: np.ndarray, lt: np.ndarray, ratio: float) -> np.ndarray:
    """Gale-Church log probability of source and target lengths (0 for an empty side)."""
    both = (ls > 0) & (lt > 0)
    out = np.zeros(len(ls))
    out[both] = length_logprob(ls[both], lt[both], ratio)
    return out


def join_gains(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]]) -> tuple[np.ndarray, np.ndarray]:
    """For each candidate (k, joined): how much more similar the joined bead is than
    beads k and k+1 weighted by their characters (target-side characters: the source's
    times the documents' length ratio), and how much more likely its lengths are
    (Gale-Church log probability of the joined bead minus the pieces' together)."""
    if not cands:
        return np.zeros(0), np.zeros(0)
    firsts = [beads[k] for k, _ in cands]
    seconds = [beads[k + 1] for k, _ in cands]
    joined = [j for _, j in cands]
    sim1, sim2, simj = (scorer.sim_beads(x) for x in (firsts, seconds, joined))
    (ls1, lt1), (ls2, lt2) = _lengths(scorer, firsts), _lengths(scorer, seconds)
    w1, w2 = ls1 * scorer.ratio + lt1, ls2 * scorer.ratio + lt2
    pieces = (sim1 * w1 + sim2 * w2) / np.maximum(w1 + w2, 1.0)
    # the pieces touch: the joined bead's lengths are theirs summed
    fit = (_length_fit(ls1 + ls2, lt1 + lt2, scorer.ratio) - _length_fit(ls1, lt1, scorer.ratio)
           - _length_fit(ls2, lt2, scorer.ratio))
    return simj - pieces, fit


def join_crossing(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]]) -> np.ndarray:
    """For each candidate (k, joined): the share of content words that cross the boundary
    between beads k and k+1 (``ContentWords.crossing`` at the cell where bead k ends: the
    words of one side's sentence found only in the other bead's sentence).  A clause
    moved into the neighbour takes its words across; two freely rendered sentences that
    only gain a little chrF joined share words with both pieces, or none.  Zeros without
    the content words (no MT, or their signals off)."""
    if scorer.words is None or not cands:
        return np.zeros(len(cands))
    return np.array([scorer.words.crossing(slice(beads[k][1], beads[k][1] + 1),
                                           slice(beads[k][3], beads[k][3] + 1))[0, 0] for k, _ in cands])


def join_exchange(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]]) -> np.ndarray:
    """For each candidate (k, joined): the share of one source sentence's own content that
    its neighbour's target line holds instead of its own (``ContentWords.exchange`` at the
    cell where bead k ends, words weighted by their rarity in the document).  A moved
    clause takes a good share of its sentence's words across; two right lines next to
    each other, however freely rendered, a word or two at most.  Zeros without the
    content words (no MT, or their signals off)."""
    if scorer.words is None:
        return np.zeros(len(cands))
    return np.array([scorer.words.exchange(beads[k][1], beads[k][3]) for k, _ in cands])


def repair_joins(beads, post, scorer: BeadScorer, params: AlignParams):
    """Two consecutive single-sentence beads (``join_candidates``) joined into one where
    the joined bead is more similar than its pieces by at least ``params.join_margin``
    and fits the lengths better by at least ``params.join_length`` (log probability,
    ``join_gains``), and at least ``params.join_cross`` of the content words cross the
    boundary between them (``join_crossing``; 0: no such condition), and at least
    ``params.join_exchange`` of one sentence's own content is in the other's line
    (``join_exchange``; 0: no such condition) and the piece gates (``piece_gates``); or,
    with ``params.join_strong`` set, where the similarity gain alone is at least that
    and the length fit at least ``params.join_strong_length`` (no word or piece
    condition: a clause moved with few content words of its own, or one whose piece
    keeps most of its sentence, still gains that much only as one bead); of overlapping
    candidates, the one with the largest similarity gain (``join_strong``: with MT only,
    as the word gates it stands in for).  With ``params.join_paragraph`` set, where a
    source line at the boundary is a paragraph, the word gate also passes where the
    sentences that meet there exchange that share of their content (``paragraph_exchange``).
    A joined bead keeps the smallest confidence of its pieces with sentences on both sides."""
    if params.join_margin is None:
        return beads, post
    beads, post = list(beads), list(post)
    cands = join_candidates(beads, {(2, 2)} if params.join_22_only else set(bead_types(scorer.G)))
    sim_gain, fit_gain = join_gains(scorer, beads, cands)
    # the word and piece gates read only the candidates the similarity and length gates
    # pass (the same joins; a few dozen candidates of thousands)
    strong = np.zeros(len(cands), bool)
    if params.join_strong is not None and scorer.words is not None:  # with MT only, as the word gates
        strong = (sim_gain >= params.join_strong) & (fit_gain >= params.join_strong_length)
    keep = np.flatnonzero(((sim_gain >= params.join_margin) & (fit_gain >= params.join_length)) | strong)
    cands, sim_gain, strong = [cands[c] for c in keep], sim_gain[keep], strong[keep]
    crossing = join_crossing(scorer, beads, cands) if params.join_cross else np.ones(len(cands))
    exchange = join_exchange(scorer, beads, cands) if params.join_exchange else np.ones(len(cands))
    # a clause moved between paragraphs: the word gate read at the sentences that meet
    words_ok = (exchange >= params.join_exchange) | paragraph_exchange(scorer, beads, cands, params)
    pieces_ok = piece_gates(scorer, beads, cands, params)
    used: set = set()
    joins: dict[int, Bead] = {}
    for c in np.argsort(-sim_gain, kind="stable"):
        k, joined = cands[c]
        if k in used or k + 1 in used:
            continue
        if not strong[c] and (crossing[c] < params.join_cross or not words_ok[c] or not pieces_ok[c]):
            continue
        used.update((k, k + 1))
        joins[k] = joined
    return _joined(beads, post, joins)


def repair_splits(beads, post, scorer: BeadScorer, params: AlignParams):
    """The search's own 2-2 beads that the join would not have made, cut into their two
    1-1 beads (first source with first target line, second with second): where the
    joined bead is more similar than its pieces by less than ``params.split_margin``
    (``join_gains``) and less than ``params.split_exchange`` of one sentence's own
    content is in the other's line (``join_exchange``).  Two right lines next to each
    other, one of them freely written or a heading, can cost less as one 2-2 bead than
    as two 1-1 beads; a clause that moved across the boundary takes its words with it.
    With ``params.split_wide`` set, a 3-2 or 2-3 bead is cut the same way into a 1-1
    bead at one end and a 2-1 or 1-2 bead (a fold next to a right line), with that
    margin; of its two cuts, the one whose pieces lose least.  With ``params.split_glue``
    set, a cut that parts two glued lines (``scoring.glue_after``) loses that much more
    per unit of glue parted.  With ``params.join_paragraph`` set, a 2-2 bead whose
    meeting sentences pass ``paragraph_exchange`` is not cut.  Off (unchanged) with
    ``split_margin`` None or without content words (no MT).  Each piece keeps the bead's
    confidence."""
    if params.split_margin is None or scorer.words is None:
        return beads, post
    cuts = _split_cuts(beads, params.split_wide is not None)
    if not cuts:
        return beads, post
    pieces = [x for _, a, b in cuts for x in (a, b)]
    pairs = [(2 * c, beads[k]) for c, (k, _, _) in enumerate(cuts)]
    sim_gain, _ = join_gains(scorer, pieces, pairs)
    exchange = join_exchange(scorer, pieces, pairs)
    # a 2-2 bead of paragraphs whose meeting sentences exchange content is a moved clause
    moved = paragraph_exchange(scorer, pieces, pairs, params)
    if params.split_glue is not None:
        sim_gain = sim_gain + params.split_glue * _glue_parted(scorer, pieces[0::2], params.split_glue_one_side)
    cut: dict[int, tuple[float, list[Bead]]] = {}
    for c, (k, a, b) in enumerate(cuts):
        i0, i1, j0, j1 = beads[k]
        margin = params.split_margin if (i1 - i0, j1 - j0) == (2, 2) else params.split_wide
        if (i1 - i0, j1 - j0) == (2, 2) and moved[c]:
            continue
        if sim_gain[c] < margin and exchange[c] < params.split_exchange and sim_gain[c] < cut.get(k, (np.inf,))[0]:
            cut[k] = (float(sim_gain[c]), [a, b])
    out: list[Bead] = []
    out_post: list[float] = []
    for k, (bead, p) in enumerate(zip(beads, post)):
        got = cut[k][1] if k in cut else [bead]
        out += got
        out_post += [p] * len(got)
    return out, out_post


def _glue_parted(scorer: BeadScorer, firsts: list[Bead], one_side: bool) -> np.ndarray:
    """For each cut (its first piece), the glue between the last line of the first piece
    and the next line (0 on a side the piece leaves empty): source and target together, or
    with ``one_side`` their difference, as the search's ``cut_weight`` reads it (a heading
    glued to its sentence on both sides says nothing about where the two sides part)."""
    out = np.zeros(len(firsts))
    for c, (i0, i1, j0, j1) in enumerate(firsts):
        gs = scorer.glue_src[i1 - 1] if i1 > i0 else 0.0
        gt = scorer.glue_tgt[j1 - 1] if j1 > j0 else 0.0
        out[c] = abs(gs - gt) if one_side else gs + gt
    return out


def _split_cuts(beads: list[Bead], wide: bool) -> list[tuple[int, Bead, Bead]]:
    """(index, first piece, second piece) for each way ``repair_splits`` may cut a bead:
    a 2-2 into its two 1-1 beads; with ``wide``, a 3-2 or 2-3 into a 1-1 at its start and
    the rest, or the rest and a 1-1 at its end."""
    out: list[tuple[int, Bead, Bead]] = []
    for k, (i0, i1, j0, j1) in enumerate(beads):
        shape = (i1 - i0, j1 - j0)
        if shape == (2, 2) or (wide and shape in ((3, 2), (2, 3))):
            out.append((k, (i0, i0 + 1, j0, j0 + 1), (i0 + 1, i1, j0 + 1, j1)))
        if wide and shape in ((3, 2), (2, 3)):
            out.append((k, (i0, i1 - 1, j0, j1 - 1), (i1 - 1, i1, j1 - 1, j1)))
    return out


def join_exchange_edges(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]]) -> np.ndarray:
    """For each candidate (k, joined): ``join_exchange`` read for the sentences that meet at
    the boundary where a source line there is a paragraph (``ContentWords.exchange_edges``
    with the scorer's ``edges``); NaN where neither line is a paragraph or without them."""
    out = np.full(len(cands), np.nan)
    edges = getattr(scorer, "edges", None)  # a scorer without them (a test's stand-in) reads whole lines
    if scorer.words is None or edges is None:
        return out
    for c, (k, _) in enumerate(cands):
        i, j = beads[k][1], beads[k][3]
        if not 0 < i < len(edges):  # a boundary at the document's first or last line: no sentences meet there
            continue
        before, after = edges[i - 1], edges[i]
        if before is not None or after is not None:
            out[c] = scorer.words.exchange_edges(i, j, before[1] if before else None, after[0] if after else None)
    return out


def _meeting(edges: list, texts: list[str], i: int) -> tuple[str, str]:
    """The sentences that meet at the boundary before line ``i``: line i-1's last and line
    i's first (a line of one sentence, ``edges`` None there, is its own sentence)."""
    before, after = edges[i - 1], edges[i]
    return (before[1] if before else texts[i - 1]), (after[0] if after else texts[i])


def join_edge_gains(scorer: BeadScorer, beads: list[Bead],
                    cands: list[tuple[int, Bead]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each candidate (k, joined) of two 1-1 beads whose boundary has a paragraph on
    its source side (``join_exchange_edges``' condition): the similarity gain, the length
    fit and the smaller piece gain (``join_gains``, ``piece_gates``) read for the sentences
    that meet there, the MT's (source i-1's last and source i's first sentence) against
    the target lines' (target j-1's last, target j's first): chrF of the two meeting
    sentences joined against each apart, and Gale-Church on their lengths (MT against
    target, ratio 1).  A clause moved between paragraphs is a large part of the sentences
    that meet and a small one of the paragraphs.  NaN elsewhere, and for all without the
    paragraph reading (``join_paragraph`` None, no MT)."""
    out = np.full((3, len(cands)), np.nan)
    edges = getattr(scorer, "edges", None)
    if edges is None or not cands:
        return out[0], out[1], out[2]
    from .core import edge_sentences  # core imports this module

    hyp, ref = scorer.chrf_texts
    tgt_edges: dict[int, tuple[str, str] | None] = {}
    rows, pairs = [], []
    for c, (k, _) in enumerate(cands):
        (i0, i, j0, j), (_, i2, _, j2) = beads[k], beads[k + 1]
        if (i - i0, j - j0, i2 - i, j2 - j) != (1, 1, 1, 1) or not 0 < i < len(edges) or (edges[i - 1] is None and edges[i] is None):
            continue
        for x in (j - 1, j):
            if x not in tgt_edges:
                tgt_edges[x] = edge_sentences(ref[x])
        rows.append(c)
        pairs.append((_meeting(edges, hyp, i), _meeting([tgt_edges[j - 1], tgt_edges[j]], ref[j - 1 : j + 1], 1)))
    if not rows:
        return out[0], out[1], out[2]
    h = [x for (a, _) in pairs for x in a]
    r = [x for (_, b) in pairs for x in b]
    chrf = ChrfUnits(h, r, 2, beta=scorer.p.beta)
    idx = np.arange(len(h))
    apart = chrf.pairs(1, 1, idx, idx).reshape(-1, 2)
    joined = chrf.pairs(2, 2, idx[0::2], idx[0::2])
    lh = np.array([len("".join(x.split())) for x in h], float).reshape(-1, 2)
    lr = np.array([len("".join(x.split())) for x in r], float).reshape(-1, 2)
    w = lh + lr
    out[0, rows] = joined - (apart * w).sum(axis=1) / np.maximum(w.sum(axis=1), 1.0)
    out[1, rows] = (_length_fit(lh.sum(axis=1), lr.sum(axis=1), 1.0) - _length_fit(lh[:, 0], lr[:, 0], 1.0)
                    - _length_fit(lh[:, 1], lr[:, 1], 1.0))
    out[2, rows] = (joined[:, None] - apart).min(axis=1)
    return out[0], out[1], out[2]


def paragraph_exchange(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]],
                       params: AlignParams) -> np.ndarray:
    """Which candidates pass ``params.join_paragraph``'s word gate: a paragraph on a side
    of the boundary and at least that share of the meeting sentences' own content in the
    other's line (``join_exchange_edges``).  All False with it None."""
    if params.join_paragraph is None or not cands:
        return np.zeros(len(cands), bool)
    return np.nan_to_num(join_exchange_edges(scorer, beads, cands), nan=-1.0) >= params.join_paragraph


def piece_gates(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]], params: AlignParams) -> np.ndarray:
    """For each candidate (k, joined): whether its pieces pass ``params.join_floor`` (each
    piece with sentences on both sides at least that share of the median similarity of
    the path's 1-1 beads: a cut fold leaves each piece most of its sentence, a freely
    written right line next to a right one is far below the document's usual level) and
    ``params.join_piece`` (the joined bead at least that much more similar than each
    piece).  All True where both are None."""
    ok = np.ones(len(cands), bool)
    if not cands or (params.join_floor is None and params.join_piece is None):
        return ok
    firsts = [beads[k] for k, _ in cands]
    seconds = [beads[k + 1] for k, _ in cands]
    sims = np.stack([scorer.sim_beads(firsts), scorer.sim_beads(seconds)])
    aligned = np.array([[b[1] > b[0] and b[3] > b[2] for b in x] for x in (firsts, seconds)])
    if params.join_floor is not None:
        ones = [b for b in beads if b[1] - b[0] == 1 and b[3] - b[2] == 1]
        usual = float(np.median(scorer.sim_beads(ones))) if ones else 0.0
        ok &= ((sims >= params.join_floor * usual) | ~aligned).all(axis=0)
    if params.join_piece is not None:
        joined = scorer.sim_beads([j for _, j in cands])
        piece_ok = ((joined - sims >= params.join_piece) | ~aligned).all(axis=0)
        ok &= piece_ok | _edge_piece(scorer, beads, cands, params, piece_ok)
    return ok


def _edge_piece(scorer: BeadScorer, beads: list[Bead], cands: list[tuple[int, Bead]], params: AlignParams,
                done: np.ndarray) -> np.ndarray:
    """Which candidates not ``done`` pass ``params.join_edge_piece``: at a paragraph boundary
    the meeting sentences joined at least that much more similar than each apart
    (``join_edge_gains``).  All False with it None."""
    out = np.zeros(len(cands), bool)
    todo = np.flatnonzero(~done)
    if params.join_edge_piece is None or not len(todo):
        return out
    _, _, piece = join_edge_gains(scorer, beads, [cands[c] for c in todo])
    out[todo] = np.nan_to_num(piece, nan=-np.inf) >= params.join_edge_piece
    return out


def _joined(beads: list[Bead], post: list[float], joins: dict[int, Bead]) -> tuple[list[Bead], list[float]]:
    """The path with beads k and k+1 replaced by joins[k], for every k in ``joins``."""
    return _replaced(beads, post, {k: [j] for k, j in joins.items()})


def _replaced(beads: list[Bead], post: list[float], repl: dict[int, list[Bead]]) -> tuple[list[Bead], list[float]]:
    """The path with beads k and k+1 replaced by the beads repl[k], for every k in ``repl``; each new bead's
    posterior the lower of the two aligned beads' it replaces (0 where neither aligned anything)."""
    out: list[Bead] = []
    out_post: list[float] = []
    k = 0
    while k < len(beads):
        if k in repl:
            aligned = [p for b, p in zip(beads[k : k + 2], post[k : k + 2]) if b[1] > b[0] and b[3] > b[2]]
            out += repl[k]
            out_post += [min(aligned) if aligned else 0.0] * len(repl[k])
            k += 2
        else:
            out.append(beads[k])
            out_post.append(post[k])
            k += 1
    return out, out_post


def repair_shifts(beads, post, scorer: BeadScorer, params: AlignParams):
    """A sentence folded into its neighbour's line but put by the search in the bead on
    its other side: of a 2-1 bead and a 1-1 bead that touch, the 2-1's sentence at their
    boundary moves into the 1-1 bead (making it the 2-1) where the 1-1's target line
    holds more of that sentence's own words than the 2-1's by at least
    ``params.shift_pull`` of them (``ContentWords.pull``, words weighted by their rarity
    in the document), and, with ``params.shift_gain`` set, the two beads' length-weighted
    similarity changes by at least that much (``shift_gain``); None: off.  The moved
    beads keep the smaller confidence of the two."""
    if params.shift_pull is None or scorer.words is None:
        return beads, post
    beads, post = list(beads), list(post)
    k = 0
    while k < len(beads) - 1:
        moved = _shifted(beads[k], beads[k + 1], scorer, params.shift_pull)
        if moved is not None and params.shift_gain is not None:
            moved = moved if shift_gain(scorer, beads[k : k + 2], moved) >= params.shift_gain else None
        if moved is not None:
            beads[k : k + 2] = moved
            post[k : k + 2] = [min(post[k : k + 2])] * 2
            k += 1
        k += 1
    return beads, post


def _shifted(a: Bead, b: Bead, scorer: BeadScorer, bar: float) -> list[Bead] | None:
    """``a`` and ``b`` with the sentence at their boundary moved across (``repair_shifts``),
    or None."""
    (i0, i1, j0, j1), (p0, p1, q0, q1) = a, b
    if i1 != p0 or j1 != q0 or (j1 - j0, q1 - q0) != (1, 1):
        return None
    words = scorer.words
    assert words is not None
    if (i1 - i0, p1 - p0) == (2, 1):  # the 2-1's last sentence into the next bead
        if words.pull(i1 - 1, [i0, p0], j0, q0) >= bar:
            return [(i0, i1 - 1, j0, j1), (i1 - 1, p1, q0, q1)]
    elif (i1 - i0, p1 - p0) == (1, 2):  # the 2-1's first sentence into the bead before
        if words.pull(p0, [i0, p0 + 1], q0, j0) >= bar:
            return [(i0, p0 + 1, j0, j1), (p0 + 1, p1, q0, q1)]
    return None


def shift_gain(scorer: BeadScorer, old: list[Bead], new: list[Bead]) -> float:
    """How much more similar the beads ``new`` are than ``old`` (the same sentences cut
    otherwise), each pair's similarities weighted by their beads' characters as in
    ``join_gains``: a sentence moved into the line that translates it raises it, one
    taken out of its own fold lowers it."""
    def weighted(beads: list[Bead]) -> float:
        ls, lt = _lengths(scorer, beads)
        w = ls * scorer.ratio + lt
        return float((scorer.sim_beads(beads) * w).sum() / max(w.sum(), 1.0))

    return weighted(new) - weighted(old)


def _peels(bead: Bead) -> list[tuple[str, int, Bead, Bead, Bead]]:
    """Each way of leaving an edge line of a 2-1 or 1-2 bead's two-sentence side
    unaligned: (side "s" or "t", the line, the rest, the line's null bead, the line with
    the bead's other side)."""
    i0, i1, j0, j1 = bead
    if (i1 - i0, j1 - j0) == (2, 1):
        return [("s", i0, (i0 + 1, i1, j0, j1), (i0, i0 + 1, j0, j0), (i0, i0 + 1, j0, j1)),
                ("s", i1 - 1, (i0, i1 - 1, j0, j1), (i1 - 1, i1, j1, j1), (i1 - 1, i1, j0, j1))]
    if (i1 - i0, j1 - j0) == (1, 2):
        return [("t", j0, (i0, i1, j0 + 1, j1), (i0, i0, j0, j0 + 1), (i0, i1, j0, j0 + 1)),
                ("t", j1 - 1, (i0, i1, j0, j1 - 1), (i1, i1, j1 - 1, j1), (i0, i1, j1 - 1, j1))]
    return []


def repair_peels(beads, post, scorer: BeadScorer, params: AlignParams):
    """A line with no counterpart that the search glued to a right 1-1 bead (a sentence
    the translator dropped, a caption, debris), left unaligned: of a 2-1 or 1-2 bead, the
    edge line of its two-sentence side where the bead without it is at least
    ``params.peel_gain`` more similar than the bead, the line alone against the bead's
    other side at most ``params.peel_alone`` times the document's median 1-1 similarity,
    and at most ``params.peel_share`` of the line's own content words (``ContentWords.
    support``) found on the other side, and the line is not glued to its neighbour in the
    bead (``scoring.glue_after``: "Update:" before the sentence it opens, a piece a
    splitter cut off); of the two lines, the one whose rest gains most.
    A folded sentence is part of its bead's translation: the bead loses similarity
    without it, or its words are on the other side.  Off (unchanged) with ``peel_gain``
    None or without content words (no MT).  The rest keeps the bead's confidence, the
    line gets 0."""
    if params.peel_gain is None or scorer.words is None:
        return beads, post
    cands = [(k, *c) for k, b in enumerate(beads) for c in _peels(b)]
    if not cands:
        return beads, post
    ones = [b for b in beads if b[1] - b[0] == 1 and b[3] - b[2] == 1]
    usual = float(np.median(scorer.sim_beads(ones))) if ones else 0.0
    whole = scorer.sim_beads([beads[c[0]] for c in cands])
    rest = scorer.sim_beads([c[3] for c in cands])
    alone = scorer.sim_beads([c[5] for c in cands])
    peel: dict[int, tuple[float, list[Bead]]] = {}
    for c, (k, side, x, kept, null, _) in enumerate(cands):
        gain = float(rest[c] - whole[c])
        if gain < params.peel_gain or alone[c] > params.peel_alone * usual:
            continue
        first = x == (beads[k][0] if side == "s" else beads[k][2])
        glue = scorer.glue_src if side == "s" else scorer.glue_tgt
        if glue[x if first else x - 1] > 0:  # a piece of its neighbour's sentence ("Update:" | "...")
            continue
        if scorer.words.support(side, x, beads[k]) > params.peel_share or gain <= peel.get(k, (-np.inf,))[0]:
            continue
        peel[k] = (gain, [null, kept] if first else [kept, null])
    out: list[Bead] = []
    out_post: list[float] = []
    for k, (bead, p) in enumerate(zip(beads, post)):
        got = peel[k][1] if k in peel else [bead]
        out += got
        out_post += [p if b[1] > b[0] and b[3] > b[2] else 0.0 for b in got]
    return out, out_post


def _moves(beads: list[Bead], G: int) -> list[tuple[int, int, str, int, Bead, Bead]]:
    """Each way of moving an edge line of one bead's side of two or more sentences into
    the touching bead next to it (both beads with sentences on both sides; the receiver
    at most ``G`` sentences on that side after it): (the donor's index, the receiver's,
    side "s" or "t", the line, the donor without it, the receiver with it)."""
    out = []
    for k in range(len(beads) - 1):
        a, b = beads[k], beads[k + 1]
        if min(a[1] - a[0], a[3] - a[2], b[1] - b[0], b[3] - b[2]) < 1:
            continue
        (i0, i1, j0, j1), (p0, p1, q0, q1) = a, b
        if i1 - i0 >= 2 and p1 - p0 < G:  # a's last source line into b
            out.append((k, k + 1, "s", i1 - 1, (i0, i1 - 1, j0, j1), (i1 - 1, p1, q0, q1)))
        if p1 - p0 >= 2 and i1 - i0 < G:  # b's first source line into a
            out.append((k + 1, k, "s", p0, (p0 + 1, p1, q0, q1), (i0, p0 + 1, j0, j1)))
        if j1 - j0 >= 2 and q1 - q0 < G:
            out.append((k, k + 1, "t", j1 - 1, (i0, i1, j0, j1 - 1), (p0, p1, j1 - 1, q1)))
        if q1 - q0 >= 2 and j1 - j0 < G:
            out.append((k + 1, k, "t", q0, (p0, p1, q0 + 1, q1), (i0, i1, j0, q0 + 1)))
    return out


def repair_moves(beads, post, scorer: BeadScorer, params: AlignParams):
    """A bead boundary one line off: of two touching beads, an edge line of one bead's
    side of two or more sentences moved into the other bead (a 2-1 and a 1-1 that are a
    1-1 and a 2-1, on either side) where the two beads' length-weighted similarity
    (``shift_gain``) rises by at least ``params.move_gain``, the line's own content
    words (``ContentWords.support``) are found in the receiving bead's other side at
    least ``params.move_pull`` more than in the donor's, and the line is not glued to
    its neighbour in the donor (``scoring.glue_after``: a piece of that sentence); of
    overlapping moves, the one with the largest gain, one move per bead.  Unlike
    ``repair_shifts`` it reads both sides and needs no share of the line's words in the
    other line.  Off (unchanged) with ``move_gain`` None or without MT (the content words
    of the two languages' originals say little).  Both beads keep the smaller confidence
    of the two."""
    if params.move_gain is None or scorer.words is None or not scorer.has_mt:
        return beads, post
    cands = _moves(beads, scorer.G)
    if not cands:
        return beads, post
    old = [[beads[min(d, r)], beads[max(d, r)]] for d, r, *_ in cands]
    new = [[rest, got] if d < r else [got, rest] for d, r, _, _, rest, got in cands]
    gains = [shift_gain(scorer, o, n) for o, n in zip(old, new)]
    beads, post = list(beads), list(post)
    used: set[int] = set()
    for c in np.argsort(-np.asarray(gains), kind="stable"):
        d, r, side, x, rest, got = cands[c]
        if gains[c] < params.move_gain or d in used or r in used:
            continue
        glue = scorer.glue_src if side == "s" else scorer.glue_tgt
        if glue[x - 1 if d < r else x] > 0:  # glued to its neighbour in the donor (a piece of its sentence)
            continue
        words = scorer.words
        if words.support(side, x, got) - words.support(side, x, rest) < params.move_pull:
            continue
        lo = min(d, r)
        beads[lo : lo + 2] = new[c]
        post[lo : lo + 2] = [min(post[lo : lo + 2])] * 2
        used.update((d, r))
    return beads, post


def _zigzags(beads: list[Bead], nulls: bool) -> list[tuple[int, list[Bead]]]:
    """(index of the first bead, the 1-1 beads) for every two touching beads of as many
    lines a side in all, at most two a side each and neither a 1-1, whose lines the search
    split unevenly: a 1-2 next to a 2-1 (three lines a side), and with ``nulls`` a null
    bead next to a bead of two lines on the other side (0-1 + 2-1, 1-0 + 1-2, either
    order) or a 1-0 next to a 0-1."""
    out = []
    for k in range(len(beads) - 1):
        (i0, i1, j0, j1), (p0, p1, q0, q1) = beads[k], beads[k + 1]
        a, b = (i1 - i0, j1 - j0), (p1 - p0, q1 - q0)
        n = p1 - i0
        if i1 != p0 or j1 != q0 or n != q1 - j0 or (1, 1) in (a, b) or max(*a, *b) > 2:
            continue
        if n == 3 or (nulls and n in (1, 2)):
            out.append((k, [(i0 + d, i0 + d + 1, j0 + d, j0 + d + 1) for d in range(n)]))
    return out


def repair_unzips(beads, post, scorer: BeadScorer, params: AlignParams):
    """A line with little signal (a free rendering, a short heading, a list item)
    dissolved into its neighbours: the search's 1-2 bead touching a 2-1 (or 2-1 touching
    1-2), three lines a side, cut into three 1-1 beads where their length-weighted
    similarity (``shift_gain``) changes by at least ``params.unzip_gain`` and their
    lengths (Gale-Church log probability) fit at least ``params.unzip_length`` better
    than the two beads'; with ``params.unzip_nulls``, also a null bead next to a bead of
    two lines on the other side (``_zigzags``); of overlapping ones, the one with the
    larger gain.  Off (unchanged) with ``unzip_gain`` None.  The 1-1 beads keep the
    smaller confidence of the two beads' with sentences on both sides (0 if neither)."""
    if params.unzip_gain is None:
        return beads, post
    cands = _zigzags(beads, params.unzip_nulls)
    if not cands:
        return beads, post
    gains = np.array([shift_gain(scorer, beads[k : k + 2], new) for k, new in cands])
    fits = []
    for k, new in cands:
        old_ls, old_lt = _lengths(scorer, beads[k : k + 2])
        new_ls, new_lt = _lengths(scorer, new)
        fits.append(_length_fit(new_ls, new_lt, scorer.ratio).sum() - _length_fit(old_ls, old_lt, scorer.ratio).sum())
    unzip: dict[int, list[Bead]] = {}
    for c in np.argsort(-gains, kind="stable"):
        k, new = cands[c]
        if gains[c] < params.unzip_gain or fits[c] < params.unzip_length or {k - 1, k, k + 1} & unzip.keys():
            continue
        unzip[k] = new
    return _replaced(beads, post, unzip)
