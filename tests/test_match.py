"""Retrieval, margin scoring and quote clustering on small synthetic inputs."""

from __future__ import annotations

import numpy as np

from aligner.match.clusters import build_clusters, name_key, same_speaker
from aligner.match.retrieve import NgramIndex, embedding_knn, features
from aligner.match.score import best_per_group, match_items
from aligner.model import QuoteVersion


def V(qid, art, en, *, lang="en", original=None, kind="direct", speaker="Sergei Ryabkov", sid=None):
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language=lang,
                        original=original or en, english=en, start=0, end=len(original or en), kind=kind,
                        speaker=speaker, speaker_id=sid)


FILLER = [
    "The weather in Vienna was cold and grey on Thursday morning.",
    "Football fans gathered outside the stadium hours before kick-off.",
    "The central bank left interest rates unchanged for the third month.",
    "A new exhibition of Dutch paintings opens at the museum next week.",
    "Traffic on the motorway was blocked after a lorry lost its load.",
    "Scientists reported a rise in the number of bees in the region.",
]


def test_features_and_index_never_pair_same_group():
    texts = ["Russia will send troops to Cuba", "Russia will send troops to Cuba", "Russia may send soldiers to Cuba"]
    idx = NgramIndex(texts, ["a", "a", "b"])
    cands = idx.candidates(k=5, min_shared=1)
    assert [j for j, _ in cands[0]] == [2]  # item 1 is in the same article
    assert {j for j, _ in cands[2]} == {0, 1}
    assert "russia_will" in features(texts[0])


def test_index_drops_common_features():
    texts = [f"the minister said {w}" for w in ("alpha", "beta", "gamma", "delta")] * 10
    idx = NgramIndex(texts, [str(i) for i in range(len(texts))], max_df=5)
    assert all("minist" not in p for p in idx.probes)


def test_margin_rejects_generic_sentence():
    groups = [f"art{i}" for i in range(8)]
    generic = ["We will see what happens next, he said."] * 8
    edges = match_items(generic + ["Russia may deploy troops to Cuba and Venezuela if talks fail.",
                                   "Russia could deploy troops to Cuba and Venezuela if the talks fail."],
                        groups + ["x", "y"])
    specific = [e for e in edges if {e.i, e.j} == {8, 9}]
    assert specific and specific[0].margin > 1.5
    # the specific pair outranks every generic pair by margin
    gen = [e.margin for e in edges if e.i < 8 and e.j < 8]
    assert all(m < specific[0].margin for m in gen)


def test_best_per_group_keeps_mutual_best():
    from aligner.match.score import Edge

    edges = [Edge(0, 1, 0.9, 2, "chrf"), Edge(0, 2, 0.5, 1.2, "chrf"), Edge(3, 1, 0.6, 1.3, "chrf")]
    kept = best_per_group(edges, ["a", "b", "b", "c"])
    # 0-2 goes: 0's best partner in article b is 1; 3-1 is mutual (each one's only partner)
    assert {(e.i, e.j) for e in kept} == {(0, 1), (3, 1)}
    edges.append(Edge(3, 2, 0.8, 1.5, "chrf"))
    kept = best_per_group(edges, ["a", "b", "b", "c"])
    assert {(e.i, e.j) for e in kept} == {(0, 1), (3, 2)}


def test_embedding_knn_other_groups_only():
    vecs = np.eye(4, dtype=np.float32)
    vecs[1] = vecs[0]
    vecs[2] = (vecs[0] + vecs[3]) / np.sqrt(2)
    nn = embedding_knn(vecs, ["a", "a", "b", "c"], k=2)
    assert nn[0][0][0] == 2 and all(j != 1 for j, _ in nn[0])


def test_clusters_partial_direct_indirect_and_filler():
    full = "We do not rule out that troops will be sent to Cuba and Venezuela if diplomacy fails, but it all depends on Washington."
    vs = [
        V("a#q0", "a-1", full),
        V("b#q0", "b-1", "We do not rule out that troops will be sent to Cuba and Venezuela"),  # partial
        V("c#q0", "c-1", "that they do not rule out troops being sent to Cuba and Venezuela if diplomacy fails", kind="indirect"),
        V("d#q0", "d-1", "Nous n'excluons pas", lang="fr", original="Nous n'excluons pas"),
    ] + [V(f"f{i}#q0", f"f{i}-1", t, speaker=None) for i, t in enumerate(FILLER)]
    clusters = build_clusters(vs)
    assert len(clusters) == 1
    c = clusters[0]
    assert {v.article_id for v in c.versions} == {"a-1", "b-1", "c-1"}
    pair_ab = next(p for p in c.pairs if {p.a, p.b} == {"a#q0", "b#q0"})
    assert "truncation" in pair_ab.flags
    assert "mixed-kinds" in c.flags
    assert all("negation" not in p.flags for p in c.pairs)


def test_same_words_different_speakers_is_flagged():
    q = "The diplomats must come to an agreement, there is no other way out of this crisis."
    vs = [V("a#q0", "a-1", q, speaker="Sergej Rjabkow"), V("b#q0", "b-1", q, speaker="Dmitri Peskov"),
          V("c#q0", "c-1", q, speaker="Sergei Ryabkov")]
    (c,) = build_clusters(vs)
    assert "speaker" in c.flags
    flagged = {frozenset((p.a, p.b)) for p in c.pairs if "speaker" in p.flags}
    assert flagged == {frozenset(("a#q0", "b#q0")), frozenset(("b#q0", "c#q0"))}


def test_negation_distortion_across_outlets_tops_the_order():
    calm = "Relations between our two countries have deep traditions of friendship."
    vs = [V("a#q0", "a-1", calm, speaker="Peskov"), V("b#q0", "b-1", calm, speaker="Peskov"),
          V("a#q1", "a-1", "We will not send troops to the island, the minister said.", speaker="X"),
          V("b#q1", "b-1", "We will send troops to the island, the minister said.", speaker="X")]
    clusters = build_clusters(vs)
    assert len(clusters) == 2
    assert "negation" in clusters[0].flags and clusters[0].inconsistency > clusters[1].inconsistency


def test_name_keys_transliterations():
    assert name_key("Sergej Rjabkow") == name_key("Sergei Ryabkov") == name_key("Riabkow")
    assert name_key("Pieskow") == name_key("Peskov")
    assert name_key("Lawrow") == name_key("Lavrov")
    a, b = V("a", "a", "x", speaker="Peskow"), V("b", "b", "x", speaker="Lavrov")
    assert same_speaker(a, b) is False
    assert same_speaker(a, V("c", "c", "x", speaker=None)) is None


def _arts_and_sents(dates):
    from aligner.model import Article, Sentence

    base = [
        "Russia may deploy troops to Cuba and Venezuela if the talks with Washington fail.",
        "The deputy foreign minister said diplomacy must take precedence over military steps.",
        "The national security adviser said the idea had not come up in the security talks.",
    ]
    arts, sents = [], []
    for a, date in enumerate(dates):
        order = base if a % 2 == 0 else list(reversed(base))  # another outlet, another order
        texts = order + [FILLER[a]]
        aid = f"art{a}"
        text = " ".join(texts)
        arts.append(Article(id=aid, text=text, language="en", outlet=f"o{a}", date=date))
        pos = 0
        for k, t in enumerate(texts):
            sents.append(Sentence(f"{aid}#s{k:04d}", aid, f"{aid}#p0", k, pos, pos + len(t), t, "en"))
            pos += len(t) + 1
    return arts, sents


def test_stories_and_order_free_sentence_matches():
    from aligner.match.stories import group_stories

    arts, sents = _arts_and_sents(["2022-01-13", "2022-01-14", "2022-03-30"])
    stories, matches = group_stories(arts, sents, [s.text for s in sents])
    multi = [s for s in stories if len(s.articles) > 1]
    # the third article repeats the same sentences but 10 weeks later: another story
    assert [s.articles for s in multi] == [["art0", "art1"]]
    pairs = {(m.a, m.b) for m in matches}
    # art1 has the three sentences in reverse order: matched regardless of order
    assert pairs == {("art0#s0000", "art1#s0002"), ("art0#s0001", "art1#s0001"), ("art0#s0002", "art1#s0000")}
    assert all(m.story == multi[0].id for m in matches)


def test_stories_without_dates_group_by_content():
    from aligner.match.stories import group_stories

    arts, sents = _arts_and_sents([None, None, None])
    stories, _ = group_stories(arts, sents, [s.text for s in sents])
    assert sorted(len(s.articles) for s in stories) == [3]


def test_average_linkage_does_not_chain_sliding_overlaps():
    """A~B, B~C, C~D (each pair shares half its words), A, B, D share nothing:
    single linkage would make one cluster of four; average linkage stops where
    most pairs between the groups do not match."""
    w = ("Lisbon harbour authorities inspected seventeen container vessels carrying frozen fish; "
         "meanwhile Oslo engineers repaired tunnel ventilation fans beneath parliament square; "
         "afterwards Cairo archaeologists catalogued painted limestone fragments near desert monasteries; "
         "finally Quito volcanologists measured sulphur emissions above glacier crater rims").split()
    q = len(w) // 4
    texts = [" ".join(w[0:q]), " ".join(w[q // 2: q // 2 + q]), " ".join(w[q: 2 * q]), " ".join(w[q + q // 2: 2 * q + q // 2])]
    vs = [V(f"{a}#q0", f"{a}-1", t) for a, t in zip("abcd", texts)]
    vs += [V(f"f{i}#q0", f"f{i}-1", t, speaker=None) for i, t in enumerate(FILLER)]
    clusters = build_clusters(vs, with_bleu=False)
    where = {v.quote_id: c.id for c in clusters for v in c.versions}
    # an overlapping pair of neighbours matches (which one: the strongest, A~B, B~C or C~D: their
    # scores are the same both ways and within 0.03, so not the order of the inputs)
    assert any(x in where and where[x] == where.get(y) for x, y in (("a#q0", "b#q0"), ("b#q0", "c#q0"), ("c#q0", "d#q0")))
    assert not ("a#q0" in where and where["a#q0"] == where.get("d#q0")), "chained A~B~C~D into one cluster"


def test_medoid_first_and_diff_reference():
    base = "The diplomats must come to an agreement, there is no other way out of this crisis for Europe."
    vs = [V("a#q0", "a-1", base), V("b#q0", "b-1", base.replace("agreement", "settlement")),
          V("c#q0", "c-1", base.replace("for Europe", "for the continent"))]
    (c,) = build_clusters(vs, with_bleu=False)
    assert c.versions[0].scores.get("medoid") == 1.0
    first = c.versions[0].quote_id
    # every other version is diffed against a version it matches (here the medoid)
    assert all(v.scores.get("diff_ref") == first for v in c.versions[1:])
    assert {frozenset((p.a, p.b)) for p in c.pairs} >= {frozenset((first, v.quote_id)) for v in c.versions[1:]}


def test_each_story_counts_its_own_matches_and_links():
    """Two stories (the same sentences ten weeks apart): each story's match count and
    links are its own, not another story's (counted in one pass over all of them)."""
    from aligner.match.stories import group_stories

    arts, sents = _arts_and_sents(["2022-01-13", "2022-01-14", "2022-03-30", "2022-03-31"])
    stories, matches = group_stories(arts, sents, [s.text for s in sents])
    multi = sorted((s for s in stories if len(s.articles) > 1), key=lambda s: s.articles)
    assert [s.articles for s in multi] == [["art0", "art1"], ["art2", "art3"]]
    for st in multi:
        assert st.sentence_matches == 3 == sum(1 for m in matches if m.story == st.id)
        assert st.links and all({ln.a, ln.b} <= set(st.articles) for ln in st.links)


def test_large_cluster_compares_strongest_links_only(monkeypatch):
    """Above MAX_SCAN_VERSIONS a cluster compares each version's few strongest links
    and its link to the central version instead of every linked pair: the same
    central version, every version still compared, a subset of the pairs with the
    same flags, and the negated version still flagged."""
    import random

    from aligner.match import clusters as C

    rng = random.Random(0)
    vs = []
    for k in range(66):
        verb, who, when = (rng.choice(["send", "deploy", "dispatch"]), rng.choice(["troops", "soldiers", "forces", "units"]),
                           rng.choice(["next week", "within days", "soon", "this month"]))
        neg = " not" if k == 37 else ""
        vs.append(V(f"o{k:02d}#q0", f"o{k:02d}-1",
                    f"We will{neg} {verb} {who} to Cuba and Venezuela {when} if the talks in Geneva fail."))
    (few,) = build_clusters(vs, with_bleu=False)
    k = C.LARGE_CLUSTER_LINKS
    monkeypatch.setattr(C, "LARGE_CLUSTER_LINKS", 10**6)  # every linked pair (as before)
    (full,) = build_clusters(vs, with_bleu=False)
    n = len(few.versions)
    assert n == len(full.versions) == 66
    assert len(few.pairs) <= n * (k + 1) < len(full.pairs)
    assert few.versions[0].quote_id == full.versions[0].quote_id
    assert {x for p in few.pairs for x in (p.a, p.b)} == {v.quote_id for v in vs}
    before = {frozenset((p.a, p.b)): p.flags for p in full.pairs}
    assert all(before[frozenset((p.a, p.b))] == p.flags for p in few.pairs)
    central = few.versions[0].quote_id
    assert {frozenset((p.a, p.b)) for p in few.pairs if central in (p.a, p.b)} == \
        {k for k in before if central in k}
    negated = next(v for v in few.versions if v.quote_id == "o37#q0")
    assert "negation" in negated.flags and "negation" in few.flags


def test_enough_linked_stops_early_with_the_full_count_answer():
    """The average linkage's share of linked unit pairs, counted only until the answer
    is known, answers as the full count does (at, below and above LINK_MIN)."""
    import random

    from aligner.match import clusters as C

    rng = random.Random(3)
    for _ in range(400):
        ma = rng.sample(range(12), rng.randint(1, 5))
        mb = rng.sample(range(12, 24), rng.randint(1, 5))
        units = {u: [u] for u in range(24)}
        ulink = {(x, y): 1.0 for x in ma for y in mb if rng.random() < 0.3}
        ok = {(x, y) for x in ma for y in mb if rng.random() < 0.3}
        asked = []

        def support(i, j, asked=asked, ok=ok):
            asked.append((i, j))
            return (i, j) in ok

        full = sum(1 for x in ma for y in mb if (x, y) in ulink or (x, y) in ok) / (len(ma) * len(mb)) >= C.LINK_MIN
        assert C._enough_linked(ma, mb, units, ulink, support) == full
        assert len(asked) <= len(ma) * len(mb)
