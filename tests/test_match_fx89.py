"""Quote clusters, session 29 (fx89); invented quotes.

A quote an article cuts into two pieces in one sentence ("about 2,100 ferries still
waiting," ... "that number to fall by the evening.") that another article gives whole:
both pieces join the cluster (one utterance unit), each compared with the whole version,
so a changed number in either piece is flagged; before, the clustering kept one piece
and the other was never compared."""

from __future__ import annotations

from aligner.match.clusters import Topics, build_clusters
from aligner.model import QuoteVersion

WHOLE = "There are about 1,200 ferries still waiting, and we expect that number to fall by the evening"
FILLER = [
    "The weather in Vienna was cold and grey on Thursday morning.",
    "Football fans gathered outside the stadium hours before kick-off.",
    "The central bank left interest rates unchanged for the third month.",
    "A new exhibition of Dutch paintings opens at the museum next week.",
]


def V(qid: str, art: str, en: str, start: int = 0, speaker: str | None = "Lena Okafor",
      confidence: float | None = 0.9) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=start, end=start + len(en), kind="direct", speaker=speaker,
                        speaker_id=None, speaker_mention=speaker, speaker_confidence=confidence)


def _clusters(vs: list[QuoteVersion], topics: Topics | None = None):
    fill = [V(f"f{i}#q0", f"f{i}-1", t) for i, t in enumerate(FILLER)]
    return build_clusters(vs + fill, with_bleu=False, topics=topics)


def _pieces(first: str = "about 2,100 ferries still waiting", gap: int = 40, speaker: str | None = None):
    second = "that number to fall by the evening."
    return [V("e#q0", "e-1", first, start=100), V("e#q1", "e-1", second, start=100 + len(first) + gap,
                                                  speaker=speaker, confidence=0.9 if speaker else None)]


def _with_whole(clusters) -> set[str]:
    return next({v.quote_id for v in c.versions} for c in clusters if any(v.quote_id == "w#q0" for v in c.versions))


def _pair(clusters, a: str, b: str):
    return next(p for c in clusters for p in c.pairs if {p.a, p.b} == {a, b})


def test_both_pieces_are_compared_and_the_changed_number_flagged():
    cs = _clusters([V("w#q0", "w-1", WHOLE)] + _pieces())
    assert _with_whole(cs) == {"w#q0", "e#q0", "e#q1"}
    assert "number" in _pair(cs, "w#q0", "e#q0").flags
    assert "number" not in _pair(cs, "w#q0", "e#q1").flags


def test_a_piece_link_refused_between_topics_is_taken_when_the_other_piece_links():
    topics = Topics(of={"w-1": "ferries", "e-1": "harbour"})
    cs = _clusters([V("w#q0", "w-1", WHOLE)] + _pieces(), topics)
    assert _with_whole(cs) == {"w#q0", "e#q0", "e#q1"}
    assert "number" in _pair(cs, "w#q0", "e#q0").flags
    assert not topics.refused


def test_faithful_pieces_carry_no_flag_of_their_words():
    cs = _clusters([V("w#q0", "w-1", WHOLE)] + _pieces("about 1,200 ferries still waiting"))
    assert _with_whole(cs) == {"w#q0", "e#q0", "e#q1"}
    for c in cs:
        for p in c.pairs:
            assert not {"number", "negation", "speaker"} & set(p.flags), p


# neighbours: not one utterance


def test_pieces_far_apart_in_their_article_stay_two_units():
    cs = _clusters([V("w#q0", "w-1", WHOLE)] + _pieces(gap=900))
    assert len(_with_whole(cs) & {"e#q0", "e#q1"}) == 1


def test_pieces_said_by_two_named_people_stay_two_units():
    cs = _clusters([V("w#q0", "w-1", WHOLE)] + _pieces(speaker="Tomas Berger"))
    assert len(_with_whole(cs) & {"e#q0", "e#q1"}) == 1


def test_a_weak_link_between_topics_alone_is_still_refused():
    topics = Topics(of={"w-1": "ferries", "e-1": "harbour"})
    cs = _clusters([V("w#q0", "w-1", WHOLE), V("e#q0", "e-1", "about 2,100 ferries still waiting", start=100)],
                   topics)
    assert not any({v.quote_id for v in c.versions} >= {"w#q0", "e#q0"} for c in cs)
    assert topics.refused
