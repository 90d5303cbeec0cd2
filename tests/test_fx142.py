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


# rv79-5: a figure said with another period is a number change

@pytest.mark.parametrize("a,b,lang", [
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more per year for each porter.", "en"),
    ("Porters earn 2,800 euros a month.", "Porters earn 2,800 euros a year.", "en"),
    ("Our cooks often work 14-hour shifts in summer.", "Our cooks often work 14-day shifts in summer.", "en"),
    ("Die Gewerkschaft fordert 420 Euro mehr im Monat für jeden Träger.",
     "Die Gewerkschaft fordert 420 Euro mehr pro Jahr für jeden Träger.", "de"),
    ("Unsere Köche arbeiten oft 14-Stunden-Schichten im Sommer.", "Unsere Köche arbeiten oft 14-Tage-Schichten im Sommer.", "de"),
])
def test_another_period_next_to_the_same_figure_is_a_number_change_rv79_5(a: str, b: str, lang: str) -> None:
    assert all("number" in f for f in _flags(a, b, lang))


@pytest.mark.parametrize("a,b,lang", [
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more monthly for each porter.", "en"),
    ("The union asks for 420 euros more per month for each porter.", "The union asks for 420 euros more a month for each porter.", "en"),
    ("Die Gewerkschaft fordert 420 Euro mehr im Monat.", "Die Gewerkschaft fordert 420 Euro mehr monatlich.", "de"),
    ("We saw 3 years of growth a year ago.", "We saw 3 years of growth a month ago.", "en"),
    ("The walkout lasted 14 days in May.", "The walkout lasted two weeks in May.", "en"),
])
def test_one_period_or_no_rate_is_no_number_change(a: str, b: str, lang: str) -> None:
    assert not any("number" in f for f in _flags(a, b, lang))


# rv78-15: a grade turned into its opposite on the scale

@pytest.mark.parametrize("a,b,lang", [
    ("The inspectors found the nursery inadequate in all four areas.", "The inspectors found the nursery good in all four areas.", "en"),
    ("The inspectors found the nursery inadequate in all four areas.", "The inspectors found the nursery outstanding in all four areas.", "en"),
    ("The panel rated our institute gold for its teaching this spring.", "The panel rated our institute bronze for its teaching this spring.", "en"),
    ("The panel rated the ward as requires improvement last week.", "The panel rated the ward as outstanding last week.", "en"),
    ("Die Prüfer bewerteten die Kita in allen Bereichen als mangelhaft.", "Die Prüfer bewerteten die Kita in allen Bereichen als gut.", "de"),
])
def test_a_grade_turned_round_is_flagged_rv78_15(a: str, b: str, lang: str) -> None:
    assert all("negation" in f for f in _flags(a, b, lang))


@pytest.mark.parametrize("a,b,lang", [
    ("The nursery is good, the mayor said.", "The nursery is outstanding, the mayor said.", "en"),  # neighbours on the scale
    ("She took gold in Lyon and bronze in Turin.", "She took bronze in Lyon and gold in Turin.", "en"),  # words moved
    ("She took gold in Lyon.", "She took silver in Lyon.", "en"),
    ("Die Prüfer bewerteten die Kita als sehr gut.", "Die Prüfer bewerteten die Kita als gut.", "de"),
    ("The food was good but the service was inadequate.", "The food was inadequate but the service was good.", "en"),
])
def test_near_grades_and_moved_grades_are_no_negation(a: str, b: str, lang: str) -> None:
    assert not any("negation" in f for f in _flags(a, b, lang))
