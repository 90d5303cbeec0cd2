"""A truncation is serious only where the evidence supports it: a few words compared
through a translation with a partner that is long only in its translation (the
translator chose which words to mark, MT of a few words takes words from around them)
are ``partial``, worth a look with the reason said; the same cut between two versions in
one language, or against a statement long in its own language, stays a truncation."""

from __future__ import annotations

from aligner.match.clusters import build_clusters, weak_truncation_reason
from aligner.match.consistency import DISTORTION_FLAGS, WORTH_A_LOOK_FLAGS
from aligner.model import QuoteVersion

FULL = ("We have to keep the harbour open for the fishermen, for the small shops along the quay and for "
        "everyone who lives from the sea")
FILLER = [
    "The weather in Vienna was cold and grey on Thursday morning.",
    "Football fans gathered outside the stadium hours before kick-off.",
    "The central bank left interest rates unchanged for the third month.",
    "A new exhibition of Dutch paintings opens at the museum next week.",
]


def V(qid: str, art: str, en: str, *, lang: str = "en", original: str | None = None) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language=lang,
                        original=original or en, english=en, start=0, end=len(original or en), kind="direct",
                        speaker="Greta Holm", speaker_id=None)


def _pair(vs: list[QuoteVersion], a: str, b: str):
    fill = [V(f"f{i}#q0", f"f{i}-1", t) for i, t in enumerate(FILLER)]
    pairs = [p for c in build_clusters(vs + fill, with_bleu=False) for p in c.pairs]
    return next(p for p in pairs if {p.a, p.b} == {a, b})


def test_a_short_quote_whose_partner_is_long_only_in_translation_is_worth_a_look():
    """The German quote has 5 words; its English (taken from the sentence around it) has
    13: the English version's 4 words leave out only the translation's words."""
    longer = V("a#q0", "a-1", "they want to keep the harbour open for the fishermen and the shops", lang="de",
               original="den Hafen weiter offen halten")
    p = _pair([longer, V("b#q0", "b-1", "keep the harbour open")], "a#q0", "b#q0")
    assert "truncation" not in p.flags and "partial" in p.flags
    assert "partial" in WORTH_A_LOOK_FLAGS and "partial" not in DISTORTION_FLAGS
    assert "translation" in p.details["partial"] and "4 word(s)" in p.details["partial"]


def test_a_short_quote_of_a_statement_long_in_its_own_language_stays_a_truncation():
    short = V("b#q0", "b-1", "We have to keep the harbour open", lang="de", original="Hafen muss offen bleiben")
    p = _pair([V("a#q0", "a-1", FULL), short], "a#q0", "b#q0")
    assert "truncation" in p.flags and "partial" not in p.flags


def test_the_same_cut_in_one_language_stays_a_truncation():
    p = _pair([V("a#q0", "a-1", FULL), V("b#q0", "b-1", "We have to keep the harbour open")], "a#q0", "b#q0")
    assert "truncation" in p.flags and "partial" not in p.flags


def test_a_translated_quote_long_in_its_own_language_keeps_its_truncation():
    short = V("b#q0", "b-1", "We have to keep the harbour open for the fishermen", lang="de",
              original="Wir müssen den Hafen für die Fischer offen halten")
    assert weak_truncation_reason(V("a#q0", "a-1", FULL), short, "english") is None
    p = _pair([V("a#q0", "a-1", FULL), short], "a#q0", "b#q0")
    assert "truncation" in p.flags


def test_a_part_matched_by_the_sentence_around_it_is_judged_by_its_own_words():
    a, b = V("a#q0", "a-1", FULL), V("b#q0", "b-1", "for the fishermen, for the small shops")
    assert weak_truncation_reason(a, b, "english") is None  # one language: the cut is in the outlets' words
    b_de = V("b#q0", "b-1", "for the fishermen and the shops along the quay and the sea", lang="de",
             original="für die Fischer")
    assert "3 word(s)" in (weak_truncation_reason(V("a#q0", "a-1", "for the fishermen"), b_de, "english") or "")


def test_a_cut_that_drops_a_restriction_in_the_original_stays_a_truncation():
    """The German version's missing words („aber nur im Sommer“) restrict what it says:
    the cut is in the original, not the translation's, however few words it is."""
    longer = V("a#q0", "a-1", "We are opening the pool, but only in summer", lang="de",
               original="Wir öffnen das Bad, aber nur im Sommer")
    p = _pair([longer, V("b#q0", "b-1", "we are opening the pool")], "a#q0", "b#q0")
    assert "truncation" in p.flags and "partial" not in p.flags


def test_a_cut_that_drops_a_number_or_a_negation_is_not_weak():
    short = V("b#q0", "b-1", "the ferry will run")
    for en, de in [("The ferry will run, from 2031", "Die Fähre fährt ab 2031"),
                   ("The ferry will not run", "Die Fähre fährt nicht")]:
        longer = V("a#q0", "a-1", en, lang="de", original=de)
        assert weak_truncation_reason(longer, short, "english") is None, en
    same = V("a#q0", "a-1", "The ferry will run, they say", lang="de", original="Die Fähre fährt")
    assert weak_truncation_reason(same, short, "english") is not None  # control: no such word, still weak
