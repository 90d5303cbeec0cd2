"""fx115: number flags. A plain bound or an age band that the other version's exact figure meets is worth a look
(the reason said), not a changed number; a narrowed bound, a rule, a figure off the bound, a band that is no age
stay a serious number flag."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _q(s: str) -> str:
    return f'"{s}," she said.'


def _d(s: str) -> str:
    return f"„{s}“, sagte er."


@pytest.mark.parametrize("a, b", [
    (_q("For more than 10 years she was our voice"), _q("For 12 years she was our voice")),
    (_q("For 12 years she was our voice"), _q("For more than 10 years she was our voice")),
    (_q("For at least 10 years she was our voice"), _q("For 12 years she was our voice")),
    (_d("Seit mehr als 10 Jahren war sie unsere Stimme"), _d("Seit 12 Jahren war sie unsere Stimme")),
    (_d("Seit über 10 Jahren war sie unsere Stimme"), _d("Seit 12 Jahren war sie unsere Stimme")),
    (_q("More than 100 people died in the fire"), _q("120 people died in the fire")),
    (_q("Fewer than 10 people came"), _q("8 people came")),
])
def test_a_plain_bound_the_figure_meets_is_worth_a_look(a: str, b: str) -> None:
    got = compare(a, b)
    assert "number" not in got.flags
    assert "wording" in got.flags and "bound" in got.details["wording"]


@pytest.mark.parametrize("a, b", [
    (_q("She was in her 80s when she died"), _q("She was 84 when she died")),
    (_q("She was 84 when she died"), _q("She was in her 80s when she died")),
    (_q("She was in her late 80s when she died"), _q("She was 88 when she died")),
    (_q("She died in her mid-80s"), _q("She died at the age of 85")),
    (_d("Sie war Mitte 80, als sie starb"), _d("Sie war 84, als sie starb")),
    (_d("Er war Anfang 30, als er ging"), _d("Er war 32 Jahre alt, als er ging")),
])
def test_an_age_band_the_age_meets_is_worth_a_look(a: str, b: str) -> None:
    got = compare(a, b)
    assert "number" not in got.flags
    assert "wording" in got.flags and "age band" in got.details["wording"]


@pytest.mark.parametrize("a, b", [
    # off the bound, or on its wrong side
    (_q("For more than 10 years she was our voice"), _q("For 8 years she was our voice")),
    (_q("For more than 10 years she was our voice"), _q("For 19 years she was our voice")),
    (_q("More than 100 people died"), _q("190 people died")),
    (_q("More than 100 people died in the fire"), _q("126 people died in the fire")),
    (_q("Fewer than 10 people came"), _q("12 people came")),
    (_q("Under 100 people came"), _q("10 people came")),
    (_q("Nearly 100 people came"), _q("50 people came")),
    # a denied or narrowed bound
    (_q("Not more than 10 people came"), _q("12 people came")),
    (_q("No more than 10 people came"), _q("12 people came")),
    (_d("Es kamen nicht mehr als 10 Leute"), _d("Es kamen 12 Leute")),
    (_q("Slightly more than 100 people died in the fire"), _q("120 people died in the fire")),
    (_q("Barely more than 100 people came"), _q("120 people came")),
    (_q("A little over 100 people came"), _q("120 people came")),
    (_q("Just over 100 people came"), _q("120 people came")),
    (_d("Es kamen knapp über 100 Leute"), _d("Es kamen 120 Leute")),
    (_d("Es kamen etwas mehr als 100 Leute"), _d("Es kamen 120 Leute")),
    # a rule or a need: the figure is the rule
    (_q("We need more than 10 votes to pass it"), _q("We need 12 votes to pass it")),
    (_q("We need at least 10 more players"), _q("We need 12 more players")),
    (_q("Speeds of over 100 km/h are banned"), _q("Speeds of 120 km/h are banned")),
    (_d("Wir brauchen mehr als 10 Stimmen"), _d("Wir brauchen 12 Stimmen")),
    (_d("Über 100 km/h sind verboten"), _d("120 km/h sind verboten")),
    # "over" a span of time, German "über" / "unter" (about, among), another unit, another changed number
    (_q("Over 10 years she was our voice"), _q("For 12 years she was our voice")),
    (_d("Über 100 Menschen starben"), _d("120 Menschen starben")),
    (_d("Unter 100 Bewerbern war keiner geeignet"), _d("Unter 120 Bewerbern war keiner geeignet")),
    (_q("For more than 10 years she was our voice"), _q("For 12 months she was our voice")),
    (_q("More than 10 people died, and 3 were hurt"), _q("12 people died, and 5 were hurt")),
])
def test_a_bound_that_is_not_plainly_met_stays_a_number_change(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags


@pytest.mark.parametrize("a, b", [
    (_q("She was in her 80s when she died"), _q("She was 91 when she died")),
    (_q("She was in her early 80s when she died"), _q("She was 89 when she died")),
    (_q("It happened in the 80s, when she was young"), _q("It happened in 84, when she was young")),
    (_q("In her 80s she moved to Paris"), _q("In 84 she moved to Paris")),
    (_q("She is in her 80s and lives alone"), _q("She is 84 kilometres away and lives alone")),
    (_q("He scored in his 20s and lives alone"), _q("He scored 25 goals and lives alone")),
    (_q("Temperatures were in their 80s"), _q("Temperatures were 84 degrees")),
    (_q("She was in her 80s and he was 84"), _q("She was 84 and he was 84")),
    (_q("She was in her 80s when she died and 40 people came"), _q("She was 84 when she died and 50 people came")),
    (_d("Sie war Ende 80, als sie starb"), _d("Sie war 84, als sie starb")),
    (_d("Am Ende 30 Prozent, das ist zu wenig"), _d("Am Ende 38 Prozent, das ist zu wenig")),
    (_d("Wir hatten Ende 30 Mitarbeiter"), _d("Wir hatten 38 Mitarbeiter")),
    (_d("Anfang 40 Gäste waren da"), _d("42 Gäste waren da")),
    (_d("Mit Ende 30 Mitarbeitern fingen wir an"), _d("Mit 38 Mitarbeitern fingen wir an")),
])
def test_a_band_that_is_no_age_or_misses_stays_a_number_change(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags


# --- decades and ages said in words (rv68-21) ------------------------------------------------------------------

@pytest.mark.parametrize("a, b, lang", [
    (_q("In the mid-eighties she changed everything"), _q("In the mid-1990s she changed everything"), "en"),
    (_q("In the eighties she changed everything"), _q("In the 1990s she changed everything"), "en"),
    (_q("Since the early seventies we have fought"), _q("Since the early 1980s we have fought"), "en"),
    (_q("She lived to be 84 years old"), _q("She reached the age of eighty-five"), "en"),
    (_q("Her 84-year-old mother lives alone"), _q("Her mother, aged eighty-five, lives alone"), "en"),
    (_d("Sie starb im Alter von 84 Jahren"), _d("Sie wurde fünfundachtzig Jahre alt"), "de"),
])
def test_a_decade_or_an_age_said_in_words_is_read(a: str, b: str, lang: str) -> None:
    assert "number" in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a, b, lang", [
    (_q("In the eighties she changed everything"), _q("In the 1980s she changed everything"), "en"),
    (_q("In the mid-eighties she changed everything"), _q("In the mid-1980s she changed everything"), "en"),
    (_q("In the sixties temperatures rose"), _q("In the 60s temperatures rose"), "en"),
    (_q("In her eighties she changed everything"), _q("At 84 she changed everything"), "en"),
    (_q("She lived to be 84 years old"), _q("She reached the age of eighty-four"), "en"),
    (_q("She lived to be ninety years old"), _q("She died at the age of 90"), "en"),
    (_q("Children aged 5 to 11 will get the vaccine"), _q("Children between 5 and 11 years old will get the vaccine"),
     "en"),
    (_q("Children aged 5 to 11 will get the vaccine"), _q("Children from 5 to 11 years old will get the vaccine"), "en"),
    (_q("All men from 18 to 60 years old must stay"), _q("All men aged 18 to 60 must stay"), "en"),
    (_q("Men aged 18-60 must stay"), _q("Men from 18 to 60 years old must stay"), "en"),
    (_d("Kinder im Alter von 5 bis 11 Jahren"), _d("Kinder zwischen 5 und 11 Jahre alt"), "de"),
    (_d("Sie starb im Alter von 84 Jahren"), _d("Sie wurde vierundachtzig Jahre alt"), "de"),
    (_q("He was a twenty one year old student"), _q("He was a 21-year-old student"), "en"),
    (_q("She was 17 when she was arrested, and she is now aged 19"),
     _q("She was arrested at the age of 17 and is now 19"), "en"),
])
def test_the_same_decade_or_age_or_a_range_is_no_number_change(a: str, b: str, lang: str) -> None:
    assert "number" not in compare(a, b, lang=lang).flags


# --- a year said as English speech says it ------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    (_q("In nineteen ninety one, everything changed"), _q("In 1991, everything changed")),
    (_q("In nineteen ninety-one, everything changed"), _q("In 1991, everything changed")),
    (_q("Since twenty twenty one we have fought"), _q("Since 2021 we have fought")),
    (_q("In the summer of nineteen sixty-eight we marched"), _q("In the summer of 1968 we marched")),
    (_q("In nineteen ninety one town fell"), _q("In 1990 one town fell")),
])
def test_a_spoken_year_the_other_writes_in_digits_is_one_year(a: str, b: str) -> None:
    assert "number" not in compare(a, b).flags


@pytest.mark.parametrize("a, b", [
    (_q("In nineteen ninety we lost"), _q("In 1991 we lost")),
    (_q("In nineteen ninety one, everything changed"), _q("In 1992, everything changed")),
    (_q("By twenty thirty we will be carbon neutral"), _q("By 2040 we will be carbon neutral")),
    (_q("We need twenty thirty more votes"), _q("We need 2030 more votes")),
    (_q("We sold nineteen ninety units"), _q("We sold 1990 units")),
])
def test_a_spoken_year_that_differs_or_is_no_year_stays_a_number_change(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags
