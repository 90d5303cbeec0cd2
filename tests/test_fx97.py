"""fx97: false serious number flags found by session 30's reviewers (rv62-10, rv62-15, rv61-25, rv60-15,
rv61-9, rv62-11): component checks on ``aligner.match.consistency.compare`` with hand-made pairs; the
neighbours that must keep their flag are checked beside each."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _serious(a: str, b: str, lang: str = "en") -> list[str]:
    return [f for f in compare(a, b, lang=lang).flags if f in ("negation", "number", "truncation", "speaker")]


# --- rv62-10: one dose in another unit --------------------------------------------------------------
SAME_DOSE = [
    ("The dose in the trial was 0.5 milligrams per kilogram of body weight.",
     "The dose in the trial was 500 micrograms per kilogram of body weight."),
    ("Patients were given 0.5 mg/kg twice a day.", "Patients were given 500 µg/kg twice a day."),
    ("Patients were given 0.5 mg/kg twice a day.", "Patients were given 500 micrograms per kilogram twice a day."),
    ("Each child received 0.25 mg of the drug.", "Each child received 250 mcg of the drug."),
    ("Each child received 2 micrograms of the drug.", "Each child received 2,000 nanograms of the drug."),
    ("The limit is 0.1 milligrams per litre of water.", "The limit is 100 micrograms per litre of water."),
]
CHANGED_DOSE = [
    ("The dose in the trial was 0.5 milligrams per kilogram of body weight.",
     "The dose in the trial was 500 milligrams per kilogram of body weight."),
    ("Patients were given 0.5 mg/kg twice a day.", "Patients were given 50 µg/kg twice a day."),
    ("Each child received 0.25 mg of the drug.", "Each child received 25 mcg of the drug."),
    ("Each child received 1 microgram of the drug.", "Each child received 1,000 milligrams of the drug."),
    ("Patients were given 0.5 mg/kg twice a day.", "Patients were given 500 µg/l twice a day."),
]


@pytest.mark.parametrize("a,b", SAME_DOSE)
def test_one_dose_in_another_unit_is_no_number_flag(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)
    assert "number" not in _serious(b, a)


@pytest.mark.parametrize("a,b", CHANGED_DOSE)
def test_a_changed_dose_keeps_its_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


def test_german_dose_in_another_unit() -> None:
    assert "number" not in _serious("„Die Dosis lag bei 0,5 Milligramm pro Kilogramm Körpergewicht.“",
                                    "„Die Dosis lag bei 500 Mikrogramm pro Kilogramm Körpergewicht.“", "de")
    assert "number" in _serious("„Die Dosis lag bei 0,5 Milligramm pro Kilogramm Körpergewicht.“",
                                "„Die Dosis lag bei 5 Mikrogramm pro Kilogramm Körpergewicht.“", "de")


# --- rv62-15: a risk as "one in N" and as a percentage -------------------------------------------------
SAME_RISK = [
    ("Serious reactions occurred in about 1 in 1,000 people after the first dose.",
     "Serious reactions occurred in about 0.1 percent of people after the first dose."),
    ("Serious reactions occurred in one in a thousand people after the first dose.",
     "Serious reactions occurred in 0.1% of people after the first dose."),
    ("The risk of a clot is about 1 in 10,000 for those vaccinated.",
     "The risk of a clot is about 0.01 percent for those vaccinated."),
    ("The risk is one in a million for each flight.", "The risk is 0.0001 percent for each flight."),
    ("Serious reactions occurred in 1 in 4,000 people after the first dose.",
     "Serious reactions occurred in one in four thousand people after the first dose."),
]
CHANGED_RISK = [
    ("Serious reactions occurred in about 1 in 100 people after the first dose.",
     "Serious reactions occurred in about 0.1 percent of people after the first dose."),
    ("Serious reactions occurred in about 1 in 1,000 people after the first dose.",
     "Serious reactions occurred in about 1 percent of people after the first dose."),
    ("Serious reactions occurred in about 1 in 1,000 people after the first dose.",
     "Serious reactions occurred in about 0.01 percent of people after the first dose."),
    ("Serious reactions occurred in about 1 in 1,000 people after the first dose.",
     "Serious reactions occurred in about 1 in 10,000 people after the first dose."),
    ("Serious reactions occurred in about 1 in 1,000 people after the first dose.",
     "Serious reactions occurred in about 1 in 1,100 people after the first dose."),
]


@pytest.mark.parametrize("a,b", SAME_RISK)
def test_one_in_many_as_a_percentage_is_no_number_flag(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)
    assert "number" not in _serious(b, a)


@pytest.mark.parametrize("a,b", CHANGED_RISK)
def test_a_changed_risk_keeps_its_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


# --- rv61-25: a sum in thousands written "k" after a currency ------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("He moved £412k into his own accounts.", "He moved £412,000 into his own accounts."),
    ("He moved £412K into his own accounts.", "He moved £412,000 into his own accounts."),
    ("The fund lost $1.5k a month.", "The fund lost $1,500 a month."),
    ("We paid €20k and got £3m back.", "We paid €20,000 and got £3 million back."),
])
def test_thousands_written_k_is_no_number_flag(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)
    assert "number" not in _serious(b, a)


@pytest.mark.parametrize("a,b", [
    ("He moved £412k into his own accounts.", "He moved £421,000 into his own accounts."),
    ("He moved £412k into his own accounts.", "He moved £412 into his own accounts."),
    ("The fund lost $1.5k a month.", "The fund lost $15,000 a month."),
    ("She ran a 5k race on Sunday.", "She ran a 5,000 race on Sunday."),  # no currency: "k" is no thousand
])
def test_a_changed_sum_in_k_keeps_its_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


# --- rv60-15: a ratio, score or range in words and in figures -----------------------------------------
@pytest.mark.parametrize("a,b,lang", [
    ("We won by a two-to-one margin in the north.", "We won by a 2-1 margin in the north.", "en"),
    ("Voters backed the measure three to one.", "Voters backed the measure 3-1.", "en"),
    ("Voters backed the measure three to one.", "Voters backed the measure 3:1.", "en"),
    ("The committee voted twelve to three in favour.", "The committee voted 12-3 in favour.", "en"),
    ("„Wir haben zwei zu eins gewonnen.“", "„Wir haben 2:1 gewonnen.“", "de"),
])
def test_a_ratio_in_words_is_the_ratio_in_figures(a: str, b: str, lang: str) -> None:
    assert "number" not in _serious(a, b, lang)
    assert "number" not in _serious(b, a, lang)


@pytest.mark.parametrize("a,b", [
    ("We won by a two-to-one margin in the north.", "We won by a 3-1 margin in the north."),
    ("Voters backed the measure three to one.", "Voters backed the measure 1-3."),
    ("The committee voted twelve to three in favour.", "The committee voted 12-5 in favour."),
    ("Prices rose by 5 to 7 percent this year.", "Prices rose by 5-8% this year."),
])
def test_a_changed_ratio_keeps_its_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


# --- rv61-9: one duration in two units against the same in one --------------------------------------
@pytest.mark.parametrize("a,b,lang", [
    ("The sentence is four years and three months.", "The sentence is 51 months.", "en"),
    ("He was jailed for two years and six months.", "He was jailed for 30 months.", "en"),
    ("It lasted 3 hours and 20 minutes.", "It lasted 200 minutes.", "en"),
    ("The talks went on for 2 days, 3 hours.", "The talks went on for 51 hours.", "en"),
    ("He is 6 feet 2 inches tall.", "He is 1.88 metres tall.", "en"),
    ("„Die Strafe beträgt vier Jahre und drei Monate.“", "„Die Strafe beträgt 51 Monate.“", "de"),
])
def test_a_duration_in_two_units_is_the_same_in_one(a: str, b: str, lang: str) -> None:
    assert "number" not in _serious(a, b, lang)
    assert "number" not in _serious(b, a, lang)


@pytest.mark.parametrize("a,b", [
    ("The sentence is four years and three months.", "The sentence is 52 months."),
    ("The sentence is four years.", "The sentence is 51 months."),
    ("He was jailed for 2 years and 6 months.", "He was jailed for two years and eight months."),
    ("It lasted 3 hours and 20 minutes.", "It lasted 230 minutes."),
    ("He is 6 feet 2 inches tall.", "He is 1.68 metres tall."),
])
def test_a_changed_duration_keeps_its_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


# --- rv62-11: a round figure under a hedge against the exact one: worth a look, the reason said -------
ROUNDED = [
    ("Heat killed 61,672 people in Europe in the summer of 2022.",
     "Heat killed more than 61,000 people in Europe in the summer of 2022.", "en"),
    ("Heat killed 61,672 people in Europe in the summer of 2022.",
     "Heat killed nearly 62,000 people in Europe in the summer of 2022.", "en"),
    ("The ratio was 0.027 in the treated group.", "The ratio was about 0.03 in the treated group.", "en"),
    ("We spent 1.47 million euros on the new wing.", "We spent about 1.5 million euros on the new wing.", "en"),
    ("„In Europa starben 61.672 Menschen.“", "„In Europa starben mehr als 61.000 Menschen.“", "de"),
]


@pytest.mark.parametrize("a,b,lang", ROUNDED)
def test_a_hedged_rounding_is_worth_a_look_not_serious(a: str, b: str, lang: str) -> None:
    for x, y in ((a, b), (b, a)):
        report = compare(x, y, lang=lang)
        assert "number" not in report.flags
        assert "wording" in report.flags and "rounded" in report.details["wording"]


@pytest.mark.parametrize("a,b", [
    ("Heat killed 61,672 people in Europe in the summer of 2022.",
     "Heat killed more than 51,000 people in Europe in the summer of 2022."),  # ten steps off
    ("Heat killed 62,100 people in Europe in the summer of 2022.",
     "Heat killed nearly 62,000 people in Europe in the summer of 2022."),  # above, not below
    ("Heat killed 62,000 people in Europe in the summer of 2022.",
     "Heat killed more than 61,000 people in Europe in the summer of 2022."),  # no more precise
    ("The ratio was 0.036 in the treated group.", "The ratio was about 0.03 in the treated group."),
    ("The dose in the trial was 0.5 mg per day.", "The dose in the trial was about 500 mg per day."),
    ("Two died and 61,672 were hurt in the fire.", "Three died and more than 61,000 were hurt in the fire."),
])
def test_a_hedge_that_does_not_fit_keeps_the_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


# --- rv62-10 (mirror, rv62-5): the same number with a unit a thousand times another ---------------------
@pytest.mark.parametrize("a,b", [
    ("The dose in the trial was 50 micrograms per kilogram of body weight.",
     "The dose in the trial was 50 milligrams per kilogram of body weight."),
    ("Each child received 50 micrograms of the drug.", "Each child received 50 milligrams of the drug."),
    ("Each child received 0.5 mg/kg of the drug.", "Each child received 0.5 g/kg of the drug."),
    ("Each child received 5 ml of the syrup.", "Each child received 5 litres of the syrup."),
])
def test_the_same_number_in_a_unit_a_thousand_times_another_is_a_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)
    assert "number" in _serious(b, a)


@pytest.mark.parametrize("a,b", [
    ("Each child received 50 mg of the drug.", "Each child received 50 milligrams of the drug."),  # one unit
    ("He lifted 5 pounds with ease.", "He lifted 5 kilos with ease."),  # under ten times: a slip of one word
    ("Each child received 50 micrograms of the drug.", "The children were given 50 milligrams of the drug."),
    ("We ran 5 km in the morning.", "We ran 5 m in the morning."),  # lengths: not read
])
def test_a_unit_change_that_is_not_certain_is_no_flag(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)
    assert "number" not in _serious(b, a)
