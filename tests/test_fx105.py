"""fx105: number and negation readers on business and conflict copy (session 31)."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare, numbers


def _serious(a: str, b: str, lang: str = "en") -> list[str]:
    return [f for f in compare(a, b, lang=lang).flags if f in DISTORTION_FLAGS]


# --- a range whose scale word follows only its second figure (rv65-4) ---

@pytest.mark.parametrize("a, b, lang", [
    ("We expect revenue of between 10 and 12 billion euros.", "We expect revenue of between €10bn and €12bn.", "en"),
    ("We expect revenue of between 10 and 12 billion euros.",
     "We expect revenue of between 10 billion and 12 billion euros.", "en"),
    ("We expect revenue of 10 to 12 billion euros.", "We expect revenue of €10bn to €12bn.", "en"),
    ("We expect revenue of between €10 billion and €12 billion.", "We expect revenue of €10-12bn.", "en"),
    ("Wir rechnen mit einem Umsatz zwischen 10 und 12 Milliarden Euro.",
     "Wir rechnen mit einem Umsatz zwischen 10 Mrd. und 12 Mrd. Euro.", "de"),
    ("Wir rechnen mit einem Umsatz von 10 bis 12 Milliarden Euro.",
     "Wir rechnen mit einem Umsatz von zehn bis zwölf Milliarden Euro.", "de"),
    ("Between one and two million people have fled.", "Between 1 million and 2 million people have fled.", "en"),
])
def test_a_scale_after_the_second_figure_of_a_range_is_the_firsts_too(a: str, b: str, lang: str) -> None:
    assert _serious(a, b, lang) == []


@pytest.mark.parametrize("a, b", [
    ("We expect revenue of between 10 and 12 billion euros.", "We expect revenue of between 11 and 12 billion euros."),
    ("We expect revenue of between 10 and 12 billion euros.", "We expect revenue of between €10bn and €13bn."),
    ("We expect revenue of between 10 and 12 billion euros.", "We expect revenue of between 10 and 12 million euros."),
    ("We expect revenue of 10 to 12 billion euros.", "We expect revenue of 10 million to 12 billion euros."),
])
def test_a_changed_range_is_still_a_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)


@pytest.mark.parametrize("text, read", [
    ("revenue rose from 900 to 1.2 billion", ["1200000000", "900"]),  # falling: not a range written short
    ("They won 2-1, 3 million watched", ["1", "2", "3000000"]),
    ("the 10-12m deal", ["10", "12"]),  # "m" without a currency is no million
    ("the £10-12m deal", ["10000000", "12000000"]),
])
def test_only_a_rising_range_takes_the_scale_of_its_second_figure(text: str, read: list[str]) -> None:
    assert numbers(text) == read


# --- wire house styles: "bln", a currency code glued to its figure (rv65-10) ---

@pytest.mark.parametrize("a, b", [
    ("Revenue rose 12% to €1.2bn.", "Revenue rose 12% to EUR1.2bn."),
    ("Revenue rose 12% to €1.2bn.", "Revenue rose 12% to 1.2 bln euros."),
    ("Revenue rose to 1.2 billion euros this year.", "Revenue rose to 1.2 bln euros this year."),
    ("Revenue rose to €1.2 billion this year.", "Revenue rose to EUR 1.2 bln this year."),
    ("Revenue rose to €1.2 billion this year.", "Revenue rose to EUR1.2 billion this year."),
    ("Orders grew by $850 million this year.", "Orders grew by USD850m this year."),
    ("Orders grew by $850 million.", "Orders grew by USD850mn."),
    ("Revenue rose 12% to €1.2bn, and we will invest €500m.",
     "Revenue rose 12% to 1.2 bln euros, and we will invest 500 mln euros."),
])
def test_wire_house_styles_read_as_the_same_figure(a: str, b: str) -> None:
    assert _serious(a, b) == []


def test_german_bio_before_a_currency_is_a_billion() -> None:
    assert _serious("Die Schulden liegen bei 1,2 Billionen Euro.", "Die Schulden liegen bei 1,2 Bio. Euro.", "de") == []


@pytest.mark.parametrize("a, b", [
    ("Revenue rose to EUR1.2bn.", "Revenue rose to EUR1.3bn."),
    ("Revenue rose to 1.2 bln euros.", "Revenue rose to 1.2 mln euros."),
    ("Orders grew by USD850m.", "Orders grew by $850,000."),
])
def test_a_changed_figure_in_a_house_style_is_still_a_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)


@pytest.mark.parametrize("text", ["She read a bio of him.", "Sie las eine Bio-Zeitschrift.", "It was a bln of a day."])
def test_an_abbreviated_scale_alone_is_no_number(text: str) -> None:
    assert numbers(text, "de" if "Sie" in text else "en") == []


# --- "half a dozen" is six; "nearly" / "almost" one hedge (rv63-23, rv65-11) ---

@pytest.mark.parametrize("a, b, lang", [
    ("Half a dozen drones were shot down over the capital before dawn on Sunday.",
     "Six drones were shot down over the capital before dawn on Sunday.", "en"),
    ("Ein halbes Dutzend Drohnen wurde über der Hauptstadt abgeschossen.",
     "Sechs Drohnen wurden über der Hauptstadt abgeschossen.", "de"),
])
def test_half_a_dozen_is_six(a: str, b: str, lang: str) -> None:
    assert _serious(a, b, lang) == []


@pytest.mark.parametrize("b", [
    "Twelve drones were shot down over the capital before dawn on Sunday.",
    "A dozen drones were shot down over the capital before dawn on Sunday.",
    "Seven drones were shot down over the capital before dawn on Sunday.",
])
def test_half_a_dozen_against_another_count_is_still_a_number_flag(b: str) -> None:
    assert "number" in _serious("Half a dozen drones were shot down over the capital before dawn on Sunday.", b)


@pytest.mark.parametrize("a, b, lang", [
    ("Nearly 300 rockets have been fired at the north since the start of the week.",
     "Almost 300 rockets have been fired at the north since the start of the week.", "en"),
    ("We expect a margin of around 14 percent this year in all our markets.",
     "We expect a margin of about 14 percent this year in all our markets.", "en"),
    ("We expect a margin of around 14 percent.", "We expect a margin of about 14%.", "en"),
    ("Fast 300 Raketen wurden seit Beginn der Woche auf den Norden abgefeuert.",
     "Beinahe 300 Raketen wurden seit Beginn der Woche auf den Norden abgefeuert.", "de"),
])
def test_one_hedge_of_a_figure_in_other_words_is_no_flag(a: str, b: str, lang: str) -> None:
    assert compare(a, b, lang=lang).flags == []


@pytest.mark.parametrize("b", [
    "About 300 rockets have been fired at the north since the start of the week.",  # just below / either side
    "Over 300 rockets have been fired at the north since the start of the week.",
])
def test_hedges_that_say_different_things_are_still_worth_a_look(b: str) -> None:
    a = "Nearly 300 rockets have been fired at the north since the start of the week."
    assert "wording" in compare(a, b).flags


# --- "not X until Y" says "only X when Y" (rv63-24) ---

@pytest.mark.parametrize("a, b, lang", [
    ("We will only withdraw from Rafah when every hostage has come home.",
     "We will not withdraw from Rafah until every hostage has come home.", "en"),
    ("We will only withdraw from Rafah once every hostage has come home.",
     "We will not withdraw from Rafah until every hostage has come home.", "en"),
    ("We won't withdraw from Rafah until every hostage has come home.",
     "We will only withdraw from Rafah once every hostage has come home.", "en"),
    ("We will sign only if the hostages are freed.", "We will not sign unless the hostages are freed.", "en"),
    ("Wir werden uns erst aus Rafah zurückziehen, wenn jede Geisel zu Hause ist.",
     "Wir werden uns nicht aus Rafah zurückziehen, bevor jede Geisel zu Hause ist.", "de"),
])
def test_not_until_is_only_when(a: str, b: str, lang: str) -> None:
    assert "negation" not in _serious(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("We will withdraw from Rafah when every hostage has come home.",
     "We will not withdraw from Rafah until every hostage has come home."),
    ("We will only withdraw from Rafah when every hostage has come home.",
     "We will never withdraw from Rafah, even when every hostage has come home."),
    ("We will withdraw from Rafah once every hostage has come home.",
     "We will not withdraw from Rafah once every hostage has come home."),
])
def test_a_negated_condition_without_only_is_still_a_negation(a: str, b: str) -> None:
    assert "negation" in _serious(a, b)


# --- a count said in a plural word changed by a magnitude (rv63-10) ---

@pytest.mark.parametrize("a, b, lang", [
    ("Dozens of drones were launched at the city, and 23 were shot down.",
     "Hundreds of drones were launched at the city, and 23 were shot down.", "en"),
    ("Dutzende Drohnen wurden auf die Stadt abgefeuert.", "Hunderte Drohnen wurden auf die Stadt abgefeuert.", "de"),
    ("Hundreds of people fled the city overnight.", "Thousands of people fled the city overnight.", "en"),
])
def test_a_count_word_of_another_magnitude_is_a_number_flag(a: str, b: str, lang: str) -> None:
    assert "number" in _serious(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("Dozens of drones were launched at the city.", "dozens of drones were launched at the city."),
    ("Thousands of people fled the city.", "Tens of thousands of people fled the city."),
    ("Hundreds of people fled the city.", "Many hundreds of people fled the city."),
    ("Dozens of drones were launched at the city.", "Scores of drones were launched at the city."),
])
def test_count_words_of_one_magnitude_are_no_number_flag(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)
