"""False alarms of the match stage on versions that are not one statement: a serious
flag only where the content match linked the pair, no merge of two groups on one
version's links, no part link on a narration that differs only in who spoke."""

from __future__ import annotations

from aligner.match.clusters import _average_linkage
from aligner.match.parts import part_edges
from aligner.match.score import Edge
from aligner.model import QuoteVersion


def V(qid: str, art: str, en: str, kind: str = "indirect", speaker: str | None = None,
      mention: str | None = None) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=0, end=len(en), kind=kind, speaker=speaker, speaker_id=None,
                        speaker_mention=mention)


def _chrf(*pairs: tuple[int, int]) -> dict[tuple[int, int], Edge]:
    return {(i, j): Edge(i, j, 0.8, 2.0, "chrf") for i, j in pairs}


def test_two_groups_do_not_merge_on_one_versions_links():
    """{0, 1} and {2, 3} are two statements, each given in two articles.  Version 0
    is linked to both of the other group (the same speaker's other statement, close
    in meaning), version 1 to neither: half the pairs are linked, but all hang on one
    version, so the groups stay apart.  When 1 is linked to one of them too, they merge."""
    arts = ["a", "b", "c", "d"]
    links = _chrf((0, 1), (2, 3))
    links[(0, 2)] = Edge(0, 2, 0.90, 0.0, "speaker+embedding")
    links[(0, 3)] = Edge(0, 3, 0.90, 0.0, "speaker+embedding")
    trace: dict = {}
    groups = _average_linkage(4, arts, links, [], trace=trace)
    assert sorted(sorted(g) for g in groups) == [[0, 1], [2, 3]]
    assert "hang on one version" in trace["merges"][(0, 2)]
    links[(1, 3)] = Edge(1, 3, 0.90, 0.0, "speaker+embedding")
    assert sorted(sorted(g) for g in _average_linkage(4, arts, links, [])) == [[0, 1, 2, 3]]


def test_a_lone_version_linked_to_one_of_two_renderings_stays_apart():
    """Version 2 shares a short phrase with version 0 only; 0 and 1 are two renderings
    of one statement: 2 does not join them unless it matches 1 too."""
    arts = ["a", "b", "c"]
    links = _chrf((0, 1), (0, 2))
    assert sorted(sorted(g) for g in _average_linkage(3, arts, links, [])) == [[0, 1], [2]]
    assert sorted(sorted(g) for g in _average_linkage(3, arts, links, [], lambda i, j: {i, j} == {1, 2})) == \
        [[0, 1, 2]]


LONG = "there may be heavy snow on the northern slopes of the Harz mountains and in the forests of Upper Franconia"
WHEN = "on Monday evening in its weekly outlook for the coming days"


def test_the_speakers_name_is_left_out_of_the_narration():
    """"According to X, ..." and "According to Y, ..." are two sentences of one shape
    about two speakers: the names are not read as narration the two share."""
    from aligner.match.parts import narration, without_speaker

    v = V("long", "a-1", LONG, speaker="Federal Avalanche Office", mention="the Federal Avalanche Office")
    assert without_speaker(narration(f"According to the Federal Avalanche Office {WHEN}, {LONG}.", LONG), v) == \
        f"According to {WHEN}, ."
    assert without_speaker("as the mayor said", V("x", "b-1", "x")) == "as the mayor said"  # no speaker: unchanged


def test_no_part_link_when_the_short_version_shares_no_word_with_the_end():
    """The same narration (who spoke, where, when), but the short version's words are
    none of the longer one's end words: a few shared character n-grams are no part."""
    narr = ", the mayor told the council on Tuesday evening in the town hall."
    long = "We will rebuild the bridge over the river before the winter comes, whatever it costs the town"
    vs = [V("long", "a-1", long, kind="direct"), V("short", "b-1", "the parking rules are outdated", kind="direct")]
    assert part_edges(vs, [f"“{long}”{narr}", f"“the parking rules are outdated”{narr}"], linked=set()) == []
    vs[1] = V("short", "b-1", "whatever it may cost the town", kind="direct")
    (e,) = part_edges(vs, [f"“{long}”{narr}", f"“whatever it may cost the town”{narr}"], linked=set())
    assert e.method == "part-end"


def test_a_quote_cut_short_keeps_its_truncation_on_a_meaning_link():
    """The link bar is read as the content link reads it (the shorter version's chrF
    recall): a quote cut to its first half, linked through its speaker, still gets
    its truncation flag; another statement of the same speaker gets none."""
    from aligner.match.clusters import _pair_entry

    full = ("Such a winter high can be quite nasty and keep the people in the valleys under cold grey fog "
            "for whole weeks, while the hilltops lie in bright sunshine all day long, and the skiers up there "
            "will not believe their luck when they look down at the towns below")
    cut = "Such a winter high can be quite nasty and keep"
    other = "Nobody should drive over the pass without chains this weekend, the roads are not cleared yet"
    e = Edge(0, 1, 0.91, 0.0, "speaker+embedding")
    entry = _pair_entry(V("a", "a-1", full, kind="direct"), V("b", "b-1", cut, kind="direct"), e, False, None,
                        (None, None))
    assert "truncation" in entry["flags"]
    entry = _pair_entry(V("a", "a-1", full, kind="direct"), V("b", "b-1", other, kind="direct"), e, False, None,
                        (None, None))
    assert not {"truncation", "negation"} & set(entry["flags"])
