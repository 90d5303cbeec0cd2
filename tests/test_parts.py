"""Part links: a short quote that is the start of a longer quote in another article,
found by the sentence around it (``aligner.match.parts``), and its truncation verdict."""

from __future__ import annotations

from aligner.match.clusters import build_clusters
from aligner.match.parts import narration, part_edges
from aligner.model import QuoteVersion

LONG = "It was crazy what the boys were able to accomplish today"
LONG_CTX = f"“{LONG}”, rejoiced coach Oliver Glasner at DAZN after the five to two win in Frankfurt."
SHORT = "It is insane what"
SHORT_CTX = f"“{SHORT}”, coach Oliver Glasner rejoiced on DAZN after the five to two win in Frankfurt."
OTHER_CTX = f"“{SHORT}”, the mayor told reporters at the opening of the new bridge over the river."


def V(qid: str, art: str, en: str, kind: str = "direct") -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=0, end=len(en), kind=kind, speaker=None, speaker_id=None)


def _filler() -> tuple[list[QuoteVersion], list[str]]:
    texts = ["The central bank left interest rates unchanged for the third month in a row",
             "Traffic on the motorway was blocked after a lorry lost its load near the bridge"]
    vs = [V(f"f{k}", f"f-{k}", t) for k, t in enumerate(texts)]
    return vs, [f"“{t}”, a spokesman said on Monday in Berlin." for t in texts]


def test_narration_drops_the_quote():
    assert narration(SHORT_CTX, SHORT) == ", coach Oliver Glasner rejoiced on DAZN after the five to two win in Frankfurt."


def test_fragment_linked_to_the_full_quote_by_its_sentence_and_flagged_truncation():
    fv, fc = _filler()
    vs = [V("long", "a-1", LONG), V("short", "b-1", SHORT, kind="fragment"), *fv]
    clusters = build_clusters(vs, contexts=[LONG_CTX, SHORT_CTX, *fc], with_bleu=False)
    assert len(clusters) == 1
    assert {v.quote_id for v in clusters[0].versions} == {"long", "short"}
    (pair,) = clusters[0].pairs
    assert pair.flags == ["truncation"]
    assert "the end of the longer version is missing" in pair.details["truncation"]
    assert "4 of 11 words" in pair.details["truncation"]


def test_no_part_link_without_the_same_sentence_around():
    fv, fc = _filler()
    vs = [V("long", "a-1", LONG), V("short", "b-1", SHORT, kind="fragment"), *fv]
    assert build_clusters(vs, contexts=[LONG_CTX, OTHER_CTX, *fc], with_bleu=False) == []
    assert build_clusters(vs, with_bleu=False) == []  # without contexts: no part links at all


def test_part_link_needs_a_much_longer_partner_and_an_unlinked_short_version():
    vs = [V("long", "a-1", LONG), V("short", "b-1", SHORT)]
    ctx = [LONG_CTX, SHORT_CTX]
    (e,) = part_edges(vs, ctx, linked=set())
    assert (e.i, e.j, e.method) == (1, 0, "part-start")
    assert part_edges(vs, ctx, linked={1}) == []  # already linked on its words
    near = [V("long", "a-1", "It was crazy what they did"), V("short", "b-1", SHORT)]
    assert part_edges(near, ctx, linked=set()) == []  # two words longer: not a part


def test_positional_cut_at_the_start_of_a_longer_translation():
    from aligner.match.parts import positional_cut

    long = "Both sides are about to agree on the issues that should be on the agenda"
    got = positional_cut("Both sides are close to agree on", long, None)
    assert got == "7 of 15 words; the end of the longer version is missing"
    # two translations of one sentence that differ in length: the shorter covers both ends
    assert positional_cut("general praise to everyone who was there",
                          "praise all around, to each and every one of them who were there", None) is None
    # the shorter one's article gives the rest outside the quote marks: a quote boundary
    ctx = "“Both sides are close to agree on” the issues that should be on the agenda, said Bagheri."
    assert positional_cut("Both sides are close to agree on", long, ctx) is None


def test_no_part_link_between_two_translations_of_nearly_the_same_length():
    """16 words against 19, in the same sentence: another translation of the whole
    statement, not its start (``parts.long_enough``); against a 30-word quote it is."""
    from aligner.match.parts import long_enough

    assert not long_enough(16, 19) and not long_enough(16, 22)
    assert long_enough(16, 30) and long_enough(4, 11)
    assert not long_enough(4, 6)  # fewer than PART_EXTRA_WORDS more
    short = "The Union can obviously not prevail when a member state insists on following its own agenda"
    longer = "They are clearly not able to do anything if a member state gets it into their head, she said"
    narr = ", the professor wrote in her essay on the European Union and its member states on Sunday."
    vs = [V("long", "a-1", longer), V("short", "b-1", short)]
    assert part_edges(vs, [f"“{longer}”{narr}", f"“{short}”{narr}"], linked=set()) == []


def test_a_part_joins_the_group_of_its_statement_when_its_sentence_matches_only_one_rendering():
    """The short version's narration matches one article's only; the other two
    renderings of the statement are linked to that one on their words.  A part of one
    rendering is a part of them all (``parts.part_support``): one cluster of four."""
    fv, fc = _filler()
    c_text = "It was crazy what the boys were able to achieve today"
    d_text = "It was crazy what our boys were able to accomplish today"
    vs = [V("long", "a-1", LONG), V("short", "b-1", SHORT, kind="fragment"), V("c", "c-1", c_text),
          V("d", "d-1", d_text), *fv]
    ctx = [LONG_CTX, SHORT_CTX, f"Afterwards the team's trainer was asked about the season: “{c_text}”.",
           f"Looking back on the match against the league leaders: “{d_text}”, he added.", *fc]
    clusters = build_clusters(vs, contexts=ctx, with_bleu=False)
    assert len(clusters) == 1
    assert {v.quote_id for v in clusters[0].versions} == {"long", "short", "c", "d"}
    cut = [p for p in clusters[0].pairs if "short" in (p.a, p.b)]
    assert cut and all("truncation" in p.flags for p in cut)


def test_no_part_of_a_group_whose_renderings_do_not_start_with_its_words():
    """The same, but the other two renderings open with other words: the short
    version's words are not at their start, so it stays apart from them."""
    from aligner.match.parts import part_support
    from aligner.match.score import Edge

    c_text = "Today the boys were able to accomplish crazy things, it was just great"
    vs = [V("long", "a-1", LONG), V("short", "b-1", SHORT, kind="fragment"), V("c", "c-1", c_text)]
    links = {(0, 1): Edge(1, 0, 0.3, 0.6, "part-start"), (0, 2): Edge(0, 2, 0.6, 0.2, "chrf")}
    assert not part_support(vs, links)(1, 2)
    vs[2] = V("c", "c-1", "It is crazy what the boys were able to accomplish today")
    assert part_support(vs, links)(1, 2) and part_support(vs, links)(2, 1)
    # a link on meaning (embeddings) between the renderings is not enough
    links[(0, 2)] = Edge(0, 2, 0.9, 0.2, "speaker+embedding")
    assert not part_support(vs, links)(1, 2)


def test_negation_not_judged_on_a_meaning_link_whose_words_differ_more_than_the_link_bar():
    """Two quoted renderings linked on meaning only (same speaker, embeddings) whose
    words differ more than the content link allows (chrF below ``score.CHRF_MIN``) may
    be two statements of one speaker: a "not" one of them lacks is no negation flag
    (the speaker's other statement on the topic reaches the meaning link too).  The
    same words linked by the content match are compared word by word."""
    from aligner.match.clusters import _pair_entry
    from aligner.match.consistency import NOISE_CHRF_P01, compare
    from aligner.match.score import CHRF_MIN, Edge

    a = "We will not sign this agreement in its present form, whatever Brussels demands"
    b = "We will sign the deal as it stands, regardless of what Brussels may want"
    assert NOISE_CHRF_P01 <= compare(a, b).chrf < CHRF_MIN
    entry = _pair_entry(V("a", "a-1", a), V("b", "b-1", b), Edge(0, 1, 0.93, 0.0, "speaker+embedding"), False, None,
                        (None, None))
    assert "negation" not in entry["flags"] and "not_judged" in entry["details"]
    entry = _pair_entry(V("a", "a-1", a), V("b", "b-1", b, kind="indirect"), Edge(0, 1, 0.93, 0.0, "speaker+embedding"),
                        False, None, (None, None))
    assert "negation" not in entry["flags"]
    entry = _pair_entry(V("a", "a-1", a), V("b", "b-1", b), Edge(0, 1, 0.45, 2.0, "chrf"), False, None, (None, None))
    assert "negation" in entry["flags"]
    # two versions that are in one cluster only through others are not judged either
    entry = _pair_entry(V("a", "a-1", a), V("b", "b-1", b), Edge(0, 1, 0.0, 0.0, "cluster"), False, None, (None, None))
    assert "negation" not in entry["flags"]
