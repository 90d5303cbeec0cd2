"""``clusters.link_and_group``: links, groups and the trace that explains them
(what ``scripts/eval_e2e_consistency.py --why`` reads)."""

from __future__ import annotations

from test_match import FILLER  # unrelated news sentences: the background of every test corpus

from aligner.match.clusters import build_clusters, link_and_group, quotable
from aligner.model import QuoteVersion

TROOPS = "We will not send troops to Cuba or Venezuela, the minister said firmly in Moscow"


def V(qid: str, art: str, en: str, kind: str = "direct", start: int = 0) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=start, end=start + len(en), kind=kind, speaker=None, speaker_id=None)


def _filler() -> list[QuoteVersion]:
    return [V(f"f{k}", f"f{k}-1", t) for k, t in enumerate(FILLER)]


def test_groups_are_the_clusters_and_the_trace_says_merged():
    vs = [V("a", "a-1", TROOPS), V("b", "b-1", TROOPS.replace("firmly", "clearly")), *_filler()]
    trace: dict = {}
    links, _cont, groups = link_and_group(vs, trace=trace)
    assert (0, 1) in links
    assert sorted(g for g in groups if len(g) > 1) == [[0, 1]]
    u0, u1 = trace["unit_of"][0], trace["unit_of"][1]
    assert trace["merges"][(min(u0, u1), max(u0, u1))] == "merged"
    assert trace["scored"][(0, 1)][2] == "chrf"
    (c,) = build_clusters(vs, with_bleu=False)
    assert {v.quote_id for v in c.versions} == {"a", "b"}


def test_trace_says_when_a_link_is_refused_because_the_groups_share_an_article():
    """b is linked to two quotes of article a: only one of them may join b's cluster;
    the refused link is in the trace with its reason."""
    vs = [V("a1", "a-1", TROOPS), V("b", "b-1", TROOPS.replace("firmly", "clearly")),
          V("a2", "a-1", TROOPS.replace("firmly", "plainly"), start=500), *_filler()]
    trace: dict = {}
    links, _cont, groups = link_and_group(vs, trace=trace)
    assert (0, 1) in links and (1, 2) in links
    together = next(g for g in groups if 1 in g)
    assert len(together) == 2
    refused = [k for k, v in trace["merges"].items() if v == "groups share an article"]
    assert len(refused) == 1


def test_trace_keeps_candidates_below_the_threshold():
    """Two different statements that share a few words are scored (candidates) but
    not linked: the trace holds their score for the diagnosis."""
    vs = [V("a", "a-1", "The minister said troops will stay in the barracks of Moscow this winter"),
          V("b", "b-1", "Troops in Moscow barracks received new winter uniforms from the ministry"), *_filler()]
    trace: dict = {}
    links, _cont, _groups = link_and_group(vs, trace=trace)
    assert (0, 1) not in links
    assert (0, 1) in trace["scored"] and trace["scored"][(0, 1)][0] < 0.6


def test_titles_are_not_quotable():
    vs = [V("a", "a-1", TROOPS), V("t", "b-1", "Tagesspiegel", kind="title")]
    assert quotable(vs) == [0]


def test_a_lone_version_joins_the_group_it_is_most_linked_to():
    """Version 7 has one strong word link into group {0..3} (and, by chrF support, a
    second agreeing pair there) and three weaker links, one to each member of group
    {4, 5, 6}: taken strongest first it would join the first group; its mean link
    strength per unit is larger with the second, which can take it, and those links
    are corroborated by the surroundings."""
    from aligner.match.clusters import _average_linkage
    from aligner.match.score import Edge

    arts = ["a", "b", "c", "d", "e", "f", "g", "h"]
    links = {}
    for grp in ((0, 1, 2, 3), (4, 5, 6)):
        for x in grp:
            for y in grp:
                if x < y:
                    links[(x, y)] = Edge(x, y, 0.8, 2.0, "chrf")
    links[(0, 7)] = Edge(0, 7, 0.57, 1.5, "chrf")
    for x in (4, 5, 6):
        links[(x, 7)] = Edge(x, 7, 0.94, 0.0, "speaker+embedding")

    def support(i: int, j: int) -> bool:
        return {i, j} == {1, 7}

    def told_alike(i: int, j: int) -> bool:  # 7 told in the same surroundings as 4, 5 and 6
        return {i, j} in ({4, 7}, {5, 7}, {6, 7})

    trace: dict = {}
    groups = _average_linkage(8, arts, links, [], support, trace=trace, alike=told_alike)
    assert sorted(sorted(g) for g in groups) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert trace["merges"][(0, 7)] == "a lone unit's links are stronger with another group"
    # links not corroborated by the surroundings (another statement of the same
    # speaker, elsewhere in the story) do not outweigh the word link
    groups = _average_linkage(8, arts, links, [], support, alike=lambda i, j: False)
    assert sorted(sorted(g) for g in groups) == [[0, 1, 2, 3, 7], [4, 5, 6]]
    # with no other group to go to, the strong link still merges it
    del links[(4, 7)], links[(5, 7)], links[(6, 7)]
    groups = _average_linkage(8, arts, links, [], support, alike=told_alike)
    assert sorted(sorted(g) for g in groups) == [[0, 1, 2, 3, 7], [4, 5, 6]]
