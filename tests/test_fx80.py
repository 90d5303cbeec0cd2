"""fx80: consistency flags between a full quote and a faithful piece of it.

A version that gives a contiguous piece of a longer one is compared on the clauses it
keeps: a negator only in a clause it leaves out is no negation of what it quotes (the
cut is the truncation flag's); a negator dropped from the kept words, or from the clause
the kept words belong to, still is."""

from aligner.match.consistency import compare

_AP = "This is not a question of money; it's a question of modernization."


def test_affirmative_half_of_not_x_but_y_is_no_negation():
    rep = compare(_AP, "it's a question of modernization")
    assert "negation" not in rep.flags
    assert "truncation" in rep.flags  # the cut is still said
    # neighbour: the kept words belong to the negated clause, the cut turns its polarity round
    rep = compare("We are not going to cut pensions this year, and we will protect every job.",
                  "going to cut pensions this year")
    assert "negation" in rep.flags


def test_affirmative_half_after_a_comma_splice_is_no_negation():
    rep = compare("It's not about money, it's about modernization and about safety.",
                  "it's about modernization and about safety")
    assert "negation" not in rep.flags
    # neighbour: a whole version negated still flags
    rep = compare("We have not seen any evidence that the outage was caused by a cyberattack.",
                  "We have seen evidence that the outage was caused by a cyberattack")
    assert "negation" in rep.flags


def test_not_dropped_inside_the_kept_words_still_flags():
    rep = compare("This is not a question of money; it's not a question of modernization.",
                  "it's a question of modernization")
    assert "negation" in rep.flags
    assert "it's not a question" in rep.details["negation"]


_SAFE = "Travelers deserve to know that flying is safe, and it is safe"


def test_whole_clause_cut_at_the_end_is_partial_not_silent():
    rep = compare(_SAFE, "Travelers deserve to know that flying is safe.")
    assert rep.flags == ["partial"]
    assert "and it is safe" in rep.details["partial"] and "end" in rep.details["partial"]
    # one word of the kept part reworded too ("that" -> "whether"): still said
    rep = compare(_SAFE, "Travelers deserve to know whether flying is safe.")
    assert "partial" in rep.flags
    # neighbours that stay quiet:
    # the shorter version's article gives the clause outside the quote: a quote boundary
    told = compare(_SAFE, "Travelers deserve to know that flying is safe.",
                   context_b='"Travelers deserve to know that flying is safe." And it is safe, Biden said.')
    assert "partial" not in told.flags
    # a cut inside a clause (no clause of its own left out): not this flag
    inside = compare("We will rebuild the terminal at the airport within the next two years",
                     "We will rebuild the terminal at the airport")
    assert "partial" not in inside.flags
    # as before, two versions that agree word for word carry no flag
    assert compare(_SAFE, _SAFE + ".").flags == []


_FULL = "There are about 1,200 flights still delayed, and we expect that number to come down by tonight"
_FILLER = ["The weather in Vienna was cold and grey on Thursday morning.",
           "Football fans gathered outside the stadium hours before kick-off.",
           "The central bank left interest rates unchanged for the third month.",
           "A new exhibition of Dutch paintings opens at the museum next week."]


def _v(qid: str, en: str, kind: str = "direct"):
    from aligner.model import QuoteVersion

    return QuoteVersion(quote_id=qid, article_id=qid[0] + "-1", outlet=qid[0], language="en", original=en, english=en,
                        start=0, end=len(en), kind=kind, speaker="Tom Alvarez", speaker_id=None)


def _pairs(*vs):
    from aligner.match.clusters import build_clusters

    fill = [_v(f"{'vwxy'[i]}#q0", t) for i, t in enumerate(_FILLER)]
    return {frozenset((p.a, p.b)): p for c in build_clusters([*vs, *fill], with_bleu=False) for p in c.pairs}


def test_two_pieces_that_do_not_overlap_in_the_full_quote_are_not_flagged_against_each_other():
    piece_end = _v("e#q0", "that number to come down by tonight.")
    piece_start = _v("f#q0", 'there are "about 1,200 flights still delayed" and the number should come down by tonight',
                     "mixed")
    got = _pairs(_v("a#q0", _FULL), piece_end, piece_start)
    apart = got[frozenset(("e#q0", "f#q0"))]
    assert apart.flags == [] and "two pieces of a#q0" in apart.details["coverage"]
    # each piece is still compared with the full version
    assert "truncation" in got[frozenset(("a#q0", "e#q0"))].flags
    # neighbour: two pieces that overlap are compared, and a changed figure flags between them
    got = _pairs(_v("a#q0", _FULL), _v("e#q0", "about 1,200 flights still delayed, and we expect that number"),
                 _v("f#q0", 'there are "about 2,100 flights still delayed, and we expect" it to ease', "mixed"))
    assert "number" in got[frozenset(("e#q0", "f#q0"))].flags


_WH = ("it had found no evidence that a computer failure that grounded flights across the United States was caused by "
       "hackers, as thousands of travelers waited out delays")
_BIDEN = "he had ordered a fast review of the failure that stopped flights across the country"


def _reported(qid: str, en: str, speaker: str, speaker_id: str | None):
    from aligner.model import QuoteVersion

    return QuoteVersion(quote_id=qid, article_id=qid[0] + "-1", outlet=qid[0], language="en", original=en, english=en,
                        start=0, end=len(en), kind="indirect", speaker=speaker, speaker_id=speaker_id,
                        speaker_confidence=0.9)


def _joined(spb: str, sidb: str | None) -> bool:
    from aligner.match.clusters import build_clusters

    fill = [_v(f"{'vwxy'[i]}#q0", t) for i, t in enumerate(_FILLER)]
    vs = [_reported("a#q0", _WH, "White House", "org:white_house"), _reported("b#q0", _BIDEN, spb, sidb), *fill]
    return any({"a#q0", "b#q0"} <= {v.quote_id for v in c.versions} for c in build_clusters(vs, with_bleu=False))


def test_two_speakers_reported_statements_on_one_story_are_not_one_cluster():
    # the White House's finding and Biden's order share the story's words (chrF link 0.42)
    assert not _joined("Joe Biden", "spk:joe_biden")
    # neighbours: the same speaker, or a speaker not named with confidence, keep today's link
    assert _joined("White House", "org:white_house")
    assert _joined("order", None)
