"""Context links (``parts.context_edges``): two renderings of one quote whose words
differ too much for the content link, told in the same surroundings."""

from __future__ import annotations

from aligner.match.clusters import build_clusters
from aligner.match.parts import context_edges, surroundings
from aligner.model import QuoteVersion

# two translations of one statement: symmetric chrF about 0.37, below the content link
RAN = "I ran the numbers, I need to bring in nine-and-a-half victories per season, then it would be doable by Cortina 2026"
DID = "I did the math, I would have to win nine and a half times a season, then I could make it to Cortina 2026"
# another statement of the same story
FOUGHT = "He first fought off the attacks of his team mate on Saturday by five hundredths of a second"
CTX_A = "said the double Olympic champion from the bobsleigh club Oberbärenburg after two wins in Winterberg."
CTX_B = "said the double Olympic winner from the bobsleigh club Oberbärenburg, who won twice in Winterberg."
NEAR_A = "The pilot now wants to collect as many World Cup wins as the record holder before the Games."
NEAR_B = "The pilot wants to collect as many World Cup victories as the record holder before the Olympics."
OTHER = "the mayor told reporters at the opening of the new bridge over the river on Monday morning."
NEAR_OTHER = "The city council approved the budget for the harbour renovation after a long debate."


def V(qid: str, art: str, en: str, start: int = 0) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=start, end=start + len(en), kind="direct", speaker=None, speaker_id=None)


def _ctx(quote: str, narr: str) -> str:
    return f"“{quote},” {narr}"


def test_surroundings_are_the_narration_and_the_neighbours():
    s = surroundings(_ctx(RAN, CTX_A), RAN, NEAR_A)
    assert RAN not in s and "Oberbärenburg" in s and "record holder" in s


def test_same_surroundings_link_two_renderings_the_content_link_misses():
    vs = [V("a", "a-1", RAN), V("b", "b-1", DID)]
    (e,) = context_edges(vs, [_ctx(RAN, CTX_A), _ctx(DID, CTX_B)], [NEAR_A, NEAR_B], linked=set())
    assert (e.i, e.j, e.method) == (0, 1, "context")
    assert 0.25 <= e.score < 0.40 and e.margin >= 0.40
    # end to end: one cluster with the context link, none without the neighbours and narration
    (c,) = build_clusters(vs, contexts=[_ctx(RAN, CTX_A), _ctx(DID, CTX_B)], neighbours=[NEAR_A, NEAR_B],
                          with_bleu=False)
    assert {v.quote_id for v in c.versions} == {"a", "b"}
    assert build_clusters(vs, with_bleu=False) == []


def test_no_context_link_in_other_surroundings():
    vs = [V("a", "a-1", RAN), V("b", "b-1", DID)]
    assert context_edges(vs, [_ctx(RAN, CTX_A), _ctx(DID, OTHER)], [NEAR_A, NEAR_OTHER], linked=set()) == []


def test_no_context_link_between_different_statements_or_when_already_linked():
    vs = [V("a", "a-1", RAN), V("b", "b-1", FOUGHT)]
    ctx = [_ctx(RAN, CTX_A), _ctx(FOUGHT, CTX_B)]
    assert context_edges(vs, ctx, [NEAR_A, NEAR_B], linked=set()) == []  # quotes share too little
    vs = [V("a", "a-1", RAN), V("b", "b-1", DID)]
    ctx = [_ctx(RAN, CTX_A), _ctx(DID, CTX_B)]
    assert context_edges(vs, ctx, [NEAR_A, NEAR_B], linked={(0, "b-1")}) == []


def test_context_link_only_between_mutual_best_partners():
    """Article b gives the statement and, in the same surroundings, a shorter rewording
    of it: only the closer one is linked to a's version."""
    worse = "nine and a half wins per season is what I need"  # chrF with RAN about 0.27, DID's 0.37
    vs = [V("a", "a-1", RAN), V("b1", "b-1", DID), V("b2", "b-1", worse, start=300)]
    ctx = [_ctx(RAN, CTX_A), _ctx(DID, CTX_B), _ctx(worse, CTX_B)]
    edges = context_edges(vs, ctx, [NEAR_A, NEAR_B, NEAR_B], linked=set())
    assert [(e.i, e.j) for e in edges] == [(0, 1)]


def test_context_link_needs_three_words():
    vs = [V("a", "a-1", "nine victories"), V("b", "b-1", "nine wins")]
    ctx = [_ctx("nine victories", CTX_A), _ctx("nine wins", CTX_B)]
    assert context_edges(vs, ctx, [NEAR_A, NEAR_B], linked=set()) == []


ANXIOUS = "We were much too anxious and had too much respect for our opponents"
SCARED = "We were far too scared and had too much respect for our opponents"
SCARED2 = "We were far too scared and had too much respect for the opponent"
TIMID = "We were much too timid and"  # one outlet's copy cut short: linked to ANXIOUS only
COACH = "said the coach of the handball team after the defeat against Norway in the semi-final on Friday."
COACH_NEAR = "The team had led by three goals at half time before the Norwegian goalkeeper took over the game."


def test_a_version_linked_to_one_member_joins_a_group_told_in_the_same_surroundings():
    """Average linkage needs half the pairs between two groups to agree: the short
    copy is linked to one of three versions on its words and agrees with the other two
    only by what the articles say around them (context links, and the context test as
    merge support)."""
    texts = [ANXIOUS, SCARED, SCARED2, TIMID]
    vs = [V(q, f"{q}-1", t) for q, t in zip("abcd", texts)]
    same = dict(contexts=[_ctx(t, COACH) for t in texts], neighbours=[COACH_NEAR] * 4)
    trace: dict = {}
    from aligner.match.clusters import link_and_group

    links, _cont, groups = link_and_group(vs, trace=trace, **same)
    assert links[(0, 3)].method == "chrf"
    assert sorted(max(groups, key=len)) == [0, 1, 2, 3]
    other = dict(contexts=[_ctx(t, COACH) for t in texts[:3]] + [_ctx(TIMID, OTHER)],
                 neighbours=[COACH_NEAR] * 3 + [NEAR_OTHER])
    _links, _cont, groups = link_and_group(vs, **other)
    assert sorted(max(groups, key=len)) == [0, 1, 2]


def test_index_counts_frequency_over_groups_when_asked():
    """Two texts of one article repeat each other (the surroundings of two quotes of
    one sentence): their shared features must not use up the probes that find the
    other article's text."""
    from aligner.match.retrieve import NgramIndex

    own = " ".join("".join(chr(97 + (7 * k + m) % 26) for m in range(7)) for k in range(20))
    texts = [f"{own} zulu yankee xray", f"{own} other words here", "zulu yankee xray whiskey", "quite unrelated text"]
    groups = ["a", "a", "b", "c"]
    plain = NgramIndex(texts, groups).candidates(k=8, min_shared=2)
    by_group = NgramIndex(texts, groups, group_df=True).candidates(k=8, min_shared=2)
    assert 2 not in [j for j, _ in plain[0]]  # probes spent on the article's own repeats
    assert 2 in [j for j, _ in by_group[0]]


def test_two_parts_of_one_article_stay_apart_when_another_article_context_links_each():
    """Article a gives a statement in two consecutive quotes of one speaker, the second
    pointing back ("at this level"): one utterance unit, unless another article quotes
    the parts apart and each part matches one of them; a context link (mutual best
    partners in the same surroundings) is such a match, a same-speaker embedding link
    is not."""
    from aligner.match.clusters import _continuations, _quoted_apart_elsewhere
    from aligner.match.score import Edge

    def Q(qid: str, art: str, en: str, start: int, kind: str) -> QuoteVersion:
        return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                            english=en, start=start, end=start + len(en), kind=kind, speaker="Oliver Glasner",
                            speaker_id="spk:glasner")

    vs = [Q("a1", "a-1", "keep going step for step and stay determined", 0, "mixed"),
          Q("a2", "a-1", "execute at this same level", 60, "mixed"),
          Q("b1", "b-1", "step by step and remain modest", 0, "mixed"),
          Q("b2", "b-1", "on this level", 400, "fragment")]
    cont = _continuations(vs)
    assert cont == [(0, 1)]
    ctx = {(0, 2): Edge(0, 2, 0.33, 0.52, "context"), (1, 3): Edge(1, 3, 0.29, 0.51, "context")}
    assert _quoted_apart_elsewhere(cont, vs, ctx) == []
    emb = {k: Edge(e.i, e.j, 0.9, 0.0, "speaker+embedding") for k, e in ctx.items()}
    assert _quoted_apart_elsewhere(cont, vs, emb) == [(0, 1)]
