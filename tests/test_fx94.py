"""fx94: consistency flags left from session 29 (pr29b-6, pr29b-14, rt29-1, pr29b-3/4/5, rt29-10, rt29-3,
pr29b-7): component checks on ``aligner.match.consistency.compare`` with hand-made pairs."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare, numbers
from aligner.match.figure_text import figure_text


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return [f for f in compare(a, b, lang=lang).flags if f in ("negation", "number", "truncation", "speaker")]


# --- pr29b-6 / pr29b-14: an amount of several number words is one number ---------------------------
SAME_AMOUNT = [
    ("We invested half a billion euros.", "We invested 500 million euros.", "en"),
    ("We invested half a million euros.", "We invested 500,000 euros.", "en"),
    ("We invested a quarter of a million euros.", "We invested 250,000 euros.", "en"),
    ("Three quarters of a billion euros were lost.", "750 million euros were lost.", "en"),
    ("The company made one and a half billion dollars.", "The company made $1.5bn.", "en"),
    ("We will invest two hundred and fifty million euros over the next five years.",
     "We will invest €250m over the next five years.", "en"),
    ("We need one thousand two hundred new teachers.", "We need 1,200 new teachers.", "en"),
    ("We need twenty five new teachers.", "We need 25 new teachers.", "en"),
    ("Between 2020 and 2024 we invested 500 million.", "From 2020 to 2024 we invested half a billion.", "en"),
    ("„Wir haben eine halbe Milliarde Euro investiert.“", "„Wir haben 500 Millionen Euro investiert.“", "de"),
    ("„Wir haben eine halbe Million Euro investiert.“", "„Wir haben 500.000 Euro investiert.“", "de"),
    ("„Wir investieren zweihundertfünfzig Millionen Euro in den nächsten fünf Jahren.“",
     "„Wir investieren 250 Mio. € in den nächsten fünf Jahren.“", "de"),
]


@pytest.mark.parametrize("a, b, lang", SAME_AMOUNT)
def test_one_amount_in_words_and_digits_is_no_flag(a: str, b: str, lang: str) -> None:
    assert _flags(a, b, lang) == []


CHANGED_AMOUNT = [
    ("We invested half a billion euros.", "We invested 50 million euros.", "en"),
    ("We invested a quarter of a million euros.", "We invested 25,000 euros.", "en"),
    ("Three quarters of a billion euros were lost.", "500 million euros were lost.", "en"),
    ("The company made one and a half billion dollars.", "The company made $2.5bn.", "en"),
    ("We will invest two hundred and fifty million euros over the next five years.",
     "We will invest €300m over the next five years.", "en"),
    ("We need one thousand two hundred new teachers.", "We need 1,300 new teachers.", "en"),
    ("We need twenty five new teachers.", "We need 35 new teachers.", "en"),
    ("„Wir haben eine halbe Milliarde Euro investiert.“", "„Wir haben 50 Millionen Euro investiert.“", "de"),
    ("„Wir haben eine halbe Million Euro investiert.“", "„Wir haben 5 Millionen Euro investiert.“", "de"),
    ("„Wir investieren zweihundertfünfzig Millionen Euro in den nächsten fünf Jahren.“",
     "„Wir investieren 205 Mio. € in den nächsten fünf Jahren.“", "de"),
    ("„Zweitausend Menschen kamen.“", "„3000 Menschen kamen.“", "de"),
]


@pytest.mark.parametrize("a, b, lang", CHANGED_AMOUNT)
def test_a_changed_amount_in_words_is_still_flagged(a: str, b: str, lang: str) -> None:
    assert _flags(a, b, lang) == ["number"]


def test_amounts_read_as_one_number() -> None:
    assert numbers("two hundred and fifty million euros") == ["250000000"]
    assert numbers("one thousand two hundred teachers") == ["1200"]
    assert numbers("half a billion") == ["500000000"]
    assert numbers("zweihundertfünfzig Menschen", "de") == ["250"]
    assert numbers("zwölfhundert Menschen", "de") == ["1200"]


@pytest.mark.parametrize("text, lang", [
    ("half a year later", "en"), ("a quarter of the staff", "en"), ("one two three", "en"),
    ("the ninety-year-old", "en"), ("ein Elfmeter", "de"), ("Zehntausende kamen", "de"), ("Dreiviertel der Stellen", "de"),
])
def test_words_that_are_no_one_amount_are_left_alone(text: str, lang: str) -> None:
    from aligner.match.word_amounts import amounts  # new in fx94

    assert amounts(text, lang) == []


def test_two_amounts_joined_by_and_stay_two() -> None:
    # "two and three million" is 2 and 3 million, not 5 million nor 2.000003 million
    assert numbers("between two and three million people") == ["2", "3000000"]


def test_an_amount_in_words_is_one_figure_of_the_truncation_measure() -> None:
    assert figure_text("one and a half billion dollars").split() == figure_text("$1.5bn").split()
    assert _flags("Three quarters of a billion euros were lost.", "750 million euros were lost.") == []


# --- rt29-1: a denied bound whose amount ends the quote keeps its negation flag -----------------------
def _negation(a: str, b: str, lang: str = "en") -> bool:
    return "negation" in _flags(a, b, lang)


@pytest.mark.parametrize("a, b, lang", [
    ("The number of deaths is not more than 50.", "The number of deaths is more than 50.", "en"),
    ("It is not more than 50.", "It is more than 50.", "en"),
    ("Costs are not less than 50.", "Costs are less than 50.", "en"),
    ("The number of deaths is at most 50.", "The number of deaths is more than 50.", "en"),
    ("„Die Zahl der Toten steigt, es sind nicht mehr als 50.“", "„Die Zahl der Toten steigt, es sind mehr als 50.“", "de"),
])
def test_opposite_bounds_at_the_end_of_the_quote_are_a_negation(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("The number of deaths is not more than 50.", "The number of deaths is at most 50."),  # one bound said two ways
    ("The deaths: not more than 50.", "The injured: more than 50."),  # two things bounded
    ("It is not more than 50.", "That is more than 50."),  # nothing shows they bound one thing
])
def test_bounds_at_the_end_not_of_one_thing_are_no_negation(a: str, b: str) -> None:
    assert not _negation(a, b)


# --- pr29b-3 / pr29b-4: one bound said two ways ("never more than", "not over", "more than one") -----
@pytest.mark.parametrize("a, b, lang", [
    ("We will never cut more than 200 jobs.", "We will cut at most 200 jobs.", "en"),
    ("„Wir streichen keinesfalls mehr als 200 Stellen.“", "„Wir streichen höchstens 200 Stellen.“", "de"),
    ("We will not cut over 200 jobs.", "We will cut at most 200 jobs.", "en"),
    ("„Wir streichen nicht über 200 Stellen.“", "„Wir streichen höchstens 200 Stellen.“", "de"),
    ("„Wir streichen nicht unter 200 Stellen.“", "„Wir streichen mindestens 200 Stellen.“", "de"),
])
def test_a_denied_bound_said_another_way_is_no_negation(a: str, b: str, lang: str) -> None:
    assert not _negation(a, b, lang)


@pytest.mark.parametrize("a, b, lang", [
    ("There is not more than one way.", "There is more than one way.", "en"),
    ("„Es gibt nicht mehr als eine Lösung.“", "„Es gibt mehr als eine Lösung.“", "de"),
    ("We will never cut more than 200 jobs.", "We will cut more than 200 jobs.", "en"),
    ("„Wir streichen keinesfalls mehr als 200 Stellen.“", "„Wir streichen mehr als 200 Stellen.“", "de"),
    ("We will not cut over 200 jobs.", "We will cut over 200 jobs.", "en"),  # "over" alone is no bound
    ("„Wir streichen nicht über 200 Stellen.“", "„Wir streichen über 200 Stellen.“", "de"),
    ("We will never cut jobs, over 200 people retire.", "We will cut jobs, over 200 people retire.", "en"),
    ("That is not more than a promise.", "That is more than a promise.", "en"),
    ("„Wir werden auf keinen Fall mehr als 200 Stellen streichen.“",
     "„Wir werden auf jeden Fall mehr als 200 Stellen streichen.“", "de"),
])
def test_a_denied_bound_against_the_bound_itself_is_a_negation(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


# --- pr29b-5: bare "points" beside a rate in percent are percentage points ------------------------------
@pytest.mark.parametrize("a, b, lang", [
    ("The rate rose by 50 basis points to 4.5 percent.", "The rate rose by 0.5 points to 4.5 percent.", "en"),
    ("„Die Quote stieg um 50 Basispunkte auf 4,5 Prozent.“", "„Die Quote stieg um 0,5 Punkte auf 4,5 Prozent.“", "de"),
])
def test_bare_points_beside_a_percent_rate_are_percentage_points(a: str, b: str, lang: str) -> None:
    assert "number" not in _flags(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("The rate rose by 25 basis points to 4.5 percent.", "The rate rose by 0.5 points to 4.5 percent."),
    ("The rate rose by 25 basis points.", "The rate rose by 0.25 percent."),
    ("The index rose by 50 points.", "The index rose by 0.5 points."),  # no rate: index points
    ("Sales rose 3 percent, margins rose 3 points.", "Sales rose 3 percentage points, margins rose 3 points."),
])
def test_points_of_another_value_or_without_a_rate_are_still_flagged(a: str, b: str) -> None:
    assert "number" in _flags(a, b)


# --- pr29b-7 / rt29-3: the truncation measure reads one figure however it is written -------------------
def test_thousands_and_a_sign_after_the_number_are_one_way_of_writing() -> None:
    assert figure_text("employ 4,000 people").split() == figure_text("employ 4000 people").split()
    assert figure_text("bringt 4.000 Arbeitsplätze", "de").split() == figure_text("bringt 4000 Arbeitsplätze", "de").split()
    assert figure_text("kostet 2,3 Mrd. €", "de").split() == figure_text("kostet 2,3 Milliarden Euro", "de").split()


@pytest.mark.parametrize("a, b, lang", [
    ("The plant will cost 2.3 billion dollars and employ 4000 people by 2030, but only if the state pays half.",
     "The plant will cost $2.3bn and employ 4,000 people by 2030.", "en"),
    ("„Der Bau kostet 2,3 Mrd. € und bringt 4.000 Arbeitsplätze bis 2030, aber nur mit Hilfe des Landes.“",
     "„Der Bau kostet 2,3 Milliarden Euro und bringt 4000 Arbeitsplätze bis 2030.“", "de"),
    ("We lost twenty-five jobs at the plant, and the town lost its pride.", "We lost 25 jobs at the plant.", "en"),
])
def test_a_cut_quote_whose_figures_are_written_otherwise_reads_as_a_plain_cut(a: str, b: str, lang: str) -> None:
    got = compare(a, b, lang=lang)
    assert "truncation" in got.flags
    assert "differ too" not in got.details["truncation"]


# --- the number flag's reason names the whole amount in words --------------------------------------------
@pytest.mark.parametrize("a, b, shown", [
    ("We invested half a billion euros.", "We invested 50 million euros.", "half a billion vs 50 million"),
    ("The company made one and a half billion dollars.", "The company made $2.5bn.", "one and a half billion vs $2.5bn"),
])
def test_the_number_reason_quotes_the_amount_as_written(a: str, b: str, shown: str) -> None:
    assert compare(a, b).details["number"] == shown
