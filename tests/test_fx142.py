"""fx142: flags left from session 36 (rt37-21, rt37-6, rv80-18).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare
from aligner.model import QuoteVersion


def _flags(a: str, b: str, lang: str) -> tuple[list[str], list[str]]:
    return compare(a, b, lang=lang).flags, compare(b, a, lang=lang).flags


@pytest.mark.parametrize("tagged,plain,lang", [
    ("Wir senken die Gebühren im Juli, nicht wahr?", "Wir senken die Gebühren im Juli.", "de"),
    ("Wir senken, nicht wahr, die Gebühren im Juli.", "Wir senken die Gebühren im Juli.", "de"),
    ("Der Tunnel ist ein Erfolg, nicht?", "Der Tunnel ist ein Erfolg.", "de"),
    ("We are cutting the fees in July, aren't we?", "We are cutting the fees in July.", "en"),
    ("We will cut the fees in July, will we not?", "We will cut the fees in July.", "en"),
])
def test_a_tag_question_is_no_negation_rt37_21(tagged: str, plain: str, lang: str) -> None:
    assert not any("negation" in f for f in _flags(tagged, plain, lang))


@pytest.mark.parametrize("tagged,negated,lang", [
    ("Wir senken die Gebühren im Juli, nicht wahr?", "Wir senken die Gebühren im Juli nicht.", "de"),
    ("Der Tunnel ist ein Erfolg, nicht?", "Der Tunnel ist kein Erfolg.", "de"),
    ("We are cutting the fees in July, aren't we?", "We are not cutting the fees in July.", "en"),
])
def test_a_tag_question_against_the_negated_statement_is_a_negation(tagged: str, negated: str, lang: str) -> None:
    # without its tag the statement is positive: the other version's negator turns it round
    assert all("negation" in f for f in _flags(tagged, negated, lang))


@pytest.mark.parametrize("denied,plain", [
    ("Wir zahlen die Rechnung, nicht die Kunden.", "Wir zahlen die Rechnung."),
    ("We will raise the fees, not true.", "We will raise the fees."),
])
def test_a_negator_after_a_comma_that_is_no_tag_is_compared(denied: str, plain: str) -> None:
    assert "negation" in compare(denied, plain, lang="de").flags


def _v(i: int, art: str, outlet: str, text: str) -> QuoteVersion:
    return QuoteVersion(quote_id=f"q{i}", article_id=art, outlet=outlet, language="en", original=text,
                        english=text, start=0, end=len(text), kind="direct", speaker="Ilse Marwede",
                        speaker_id="p:ilse-marwede")


def _split(one: str, other: str) -> list[dict]:
    from aligner.match.clusters import Topics, build_clusters
    from aligner.match.split import split_statements

    gate = Topics({})
    clusters = build_clusters([_v(1, "a", "Harbour Times", one), _v(2, "b", "Valley Echo", other),
                               _v(3, "c", "FeedMix", one), _v(4, "d", "FeedMix", other)], topics=gate)
    return split_statements(gate.split, clusters)


@pytest.mark.parametrize("one,other", [
    ("The ice rink will not close this winter", "The ice rink will stay open this winter"),
    ("The ice rink stays open this winter, doesn't it", "The ice rink stays open this winter"),
])
def test_split_statements_read_opposites_as_the_flags_do_rt37_6(one: str, other: str) -> None:
    # the negation flag calls these one statement; the report's split statements must not count them opposed
    assert "negation" not in compare(one, other, lang="en").flags
    assert all(s["opposed"] is None for s in _split(one, other))


def test_split_statements_still_count_a_negation_rt37_6() -> None:
    one, other = "The ice rink will not open this winter", "The ice rink will open this winter"
    assert "negation" in compare(one, other, lang="en").flags
    split = _split(one, other)
    assert len(split) == 1 and split[0]["opposed"]
