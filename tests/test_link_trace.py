"""``clusters.link_and_group``: links, groups and the trace that explains them
(what ``scripts/eval_e2e_consistency.py --why`` reads)."""

from __future__ import annotations

from aligner.match.clusters import build_clusters, link_and_group, quotable
from aligner.model import QuoteVersion

FILLER = [
    "The weather in Vienna was cold and grey on Thursday morning.",
    "Football fans gathered outside the stadium hours before kick-off.",
    "The central bank left interest rates unchanged for the third month.",
    "A new exhibition of Dutch paintings opens at the museum next week.",
    "Traffic on the motorway was blocked after a lorry lost its load.",
    "Scientists reported a rise in the number of bees in the region.",
]
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
