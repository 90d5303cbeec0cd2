"""Quote links between topics (invented sentences): outlets that quote one statement
report one topic, so across topics only a near-verbatim repeat of enough words joins."""

from __future__ import annotations

from aligner.match.clusters import Topics, across_topics, build_clusters
from aligner.match.score import Edge
from aligner.model import QuoteVersion
from tests.test_match import FILLER


def V(qid: str, art: str, en: str, speaker: str | None = None, kind: str = "direct",
      confidence: float | None = None) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=0, end=len(en), kind=kind, speaker=speaker, speaker_confidence=confidence)


def _with_filler(*vs: QuoteVersion) -> list[QuoteVersion]:
    return [*vs, *(V(f"f{i}#q0", f"f{i}-1", t) for i, t in enumerate(FILLER))]


# two statements that share a few common words: a link on its margin (chrF between the bars)
SPACE = "I would like to fly back to the station again, he said."
# one statement in two wordings (4 of the shorter one's 6 content words shared)
PLANTS = "We will not keep the old coal plants open beyond April"
PLANTS_AGAIN = "The old coal plants will not run longer than April, we will not keep them"
PARCEL = "I would like to send the parcel back to the shop again."


def _ids(clusters) -> list[set[str]]:
    return [{v.quote_id for v in c.versions} for c in clusters]


def test_a_weak_link_joins_within_a_story_but_not_across():
    vs = _with_filler(V("a#q0", "a-1", SPACE), V("b#q0", "b-1", PARCEL))
    assert _ids(build_clusters(vs, with_bleu=False)) == [{"a#q0", "b#q0"}]  # no topics known: as before
    one = Topics({"a-1": "s1", "b-1": "s1"})
    assert _ids(build_clusters(vs, with_bleu=False, topics=one)) == [{"a#q0", "b#q0"}] and not one.refused
    two = Topics({"a-1": "s1", "b-1": "s2"})
    assert build_clusters(vs, with_bleu=False, topics=two) == []
    assert two.refused == {("a#q0", "b#q0")}  # counted for the report


def test_a_near_verbatim_repeat_joins_across_topics():
    other = "I would like to fly back to the station again next spring, he said."
    vs = _with_filler(V("a#q0", "a-1", SPACE), V("b#q0", "b-1", other))
    assert _ids(build_clusters(vs, with_bleu=False, topics=Topics({"a-1": "s1", "b-1": "s2"}))) == [{"a#q0", "b#q0"}]


def test_a_short_repeat_joins_only_within_a_topic():
    a, b = V("a#q0", "a-1", "Morning Post.", "Lena Ostrova"), V("b#q0", "b-1", "Morning Post.", kind="fragment")
    topics = Topics({"a-1": "s1", "b-1": "s2"})
    verbatim = Edge(0, 1, 1.0, 3.0, "chrf")
    assert across_topics(verbatim, [a, b], topics)
    assert not across_topics(verbatim, [a, b], Topics({"a-1": "s1", "b-1": "s1"}))
    # the same confident speaker does not make three words one statement across topics
    # ('This is not acceptable' / 'This is acceptable': two statements, one negation flag)
    a, same = (V(q, art, "This is acceptable.", "Lena Ostrova", confidence=0.9) for q, art in (("a#q0", "a-1"), ("b#q0", "b-1")))
    assert across_topics(Edge(0, 1, 0.7, 2.0, "chrf"), [a, same], topics)
    four = [V("a#q0", "a-1", "We stay here, always."), V("b#q0", "b-1", "We stay here, always.")]
    assert not across_topics(verbatim, four, topics)


def test_paraphrase_and_part_links_stay_within_a_story():
    a, b = V("a#q0", "a-1", SPACE, "Lena Ostrova"), V("b#q0", "b-1", SPACE, "Lena Ostrova")
    topics = Topics({"a-1": "s1", "b-1": "s2"})
    for method in ("speaker+embedding", "part-start", "context"):
        assert across_topics(Edge(0, 1, 0.95, 0.0, method), [a, b], topics)
    nameless = [V("a#q0", "a-1", SPACE), V("b#q0", "b-1", SPACE)]
    assert not across_topics(Edge(0, 1, 0.95, 0.0, "embedding"), nameless, topics)
    assert across_topics(Edge(0, 1, 0.90, 1.2, "embedding"), nameless, topics)
    assert not across_topics(Edge(0, 1, 0.5, 2.0, "chrf"), nameless, Topics({"a-1": "s1"}))  # b's topic unknown


def test_the_same_confident_speaker_is_no_reason_to_join_across_topics():
    """One politician's two statements in two topics share a frame ('... beyond April')
    as much as two wordings of one statement do; joining them would flag negation
    (review_s19c #1).  Across topics the words must repeat near verbatim, whoever is
    named; the pairs refused are counted for the report."""
    a = V("a#q0", "a-1", PLANTS, "Lena Ostrova", confidence=0.9)
    pools = V("b#q0", "b-1", "We will keep the public pools open beyond April", "Lena Ostrova", confidence=0.9)
    again = V("b#q0", "b-1", PLANTS_AGAIN, "Lena Ostrova", confidence=0.9)
    topics = Topics({"a-1": "s1", "b-1": "s2"})
    for b in (pools, again):
        assert across_topics(Edge(0, 1, 0.5, 2.0, "chrf"), [a, b], topics)
    vs = _with_filler(a, pools)
    assert build_clusters(vs, with_bleu=False, topics=topics) == []
    assert topics.refused == {("a#q0", "b#q0")}


def test_topics_join_the_stories_that_dates_keep_apart():
    from aligner.match.stories import group_stories
    from tests.test_match import _arts_and_sents

    arts, sents = _arts_and_sents(["2022-01-13", "2022-01-14", "2022-03-30"])
    topics: dict[str, str] = {}
    stories, _ = group_stories(arts, sents, [s.text for s in sents], topics=topics)
    assert sorted(len(s.articles) for s in stories) == [1, 2]  # ten weeks later: another story
    assert len(set(topics.values())) == 1 and set(topics) == {"art0", "art1", "art2"}


def test_an_article_without_english_has_no_topic():
    from aligner.match.stage import topics_read
    from aligner.model import Sentence

    def S(aid: str, k: int, text: str, lang: str) -> Sentence:
        return Sentence(f"{aid}#s{k}", aid, f"{aid}#p0", k, 0, len(text), text, lang)

    sents = [S("de1", 0, "Wir bleiben hier.", "de"), S("de1", 1, "Das Wetter war kalt.", "de"),
             S("de2", 0, "Wir gehen heim.", "de"), S("de2", 1, "Der Zug kam spät.", "de"),
             S("en1", 0, "We stay here.", "en")]
    english = [None, None, "We are going home.", None, "We stay here."]
    topics = {"de1": "t", "de2": "t", "en1": "t"}
    # de1: no English at all; de2: half of its sentences translated
    assert topics_read(topics, sents, english) == {"de2": "t", "en1": "t"}


def test_a_speaker_carried_over_from_the_quote_before_makes_no_utterance_unit():
    """Two consecutive quotes of one article, the second short and pointing back ("it"):
    one utterance when the second names its speaker itself, not when the extractor only
    carried the first quote's speaker over to it (the next paragraph may be anyone's)."""
    from aligner.match.clusters import _continuations

    def Q(qid: str, start: int, en: str, kind: str, how: str | None) -> QuoteVersion:
        return QuoteVersion(quote_id=qid, article_id="a-1", outlet="a", language="en", original=en, english=en,
                            start=start, end=start + len(en), kind=kind, speaker="Mara Lind", speaker_id="spk:lind",
                            speaker_resolved_from=how)

    first = Q("a1", 0, "the bridge would be closed for repairs until the summer", "indirect", None)
    named = Q("a2", 70, "I cannot confirm it yet", "direct", None)
    carried = Q("a2", 70, "I have tried it twice and it still fails", "indirect", "context")
    assert _continuations([first, named]) == [(0, 1)]
    assert _continuations([first, carried]) == []
