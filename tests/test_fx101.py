"""fx101: number, bound and negator readers (session 31)."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare


def _serious(a: str, b: str, lang: str = "en") -> list[str]:
    return [f for f in compare(a, b, lang=lang).flags if f in DISTORTION_FLAGS]


# --- "grand" / "Mille" after a figure or a number word is a thousand (pr30b-9) ---

@pytest.mark.parametrize("a, b, lang", [
    ("He earns $50k a year.", "He earns 50 grand a year.", "en"),
    ("He earns £10k a year.", "He earns ten grand a year.", "en"),
    ("It cost me 50 grand.", "It cost me $50,000.", "en"),
    ("It cost me fifty grand, he said.", "It cost me 50,000 dollars, he said.", "en"),
    ("Er bekam 50 Mille.", "Er bekam 50.000 Euro.", "de"),
    ("Er verdient 50.000 Euro.", "Er verdient 50k Euro.", "de"),
    ("We lost 5m euros.", "We lost 5 million euros.", "en"),
])
def test_a_thousand_in_slang_is_the_same_figure(a: str, b: str, lang: str) -> None:
    assert "number" not in _serious(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("He paid 50 grand for it.", "He paid 50 for it."),
    ("He earns $50k a year.", "He earns 5 grand a year."),
    ("We lost 5m euros.", "We lost 5 euros."),
    ("They bought two grand pianos.", "They bought 2,000 pianos."),
])
def test_a_changed_amount_with_slang_is_still_a_number_flag(a: str, b: str) -> None:
    assert "number" in _serious(a, b)


def test_the_reason_quotes_the_slang_as_written() -> None:
    r = compare("He paid 50 grand for it.", "He paid 50 for it.")
    assert r.details["number"] == "50 grand vs 50"


@pytest.mark.parametrize("a, b", [
    ("He won the 2023 Grand Prix.", "He won the Grand Prix in 2023."),
    ("They bought two grand pianos.", "They bought 2 grand pianos."),
    ("He won three grand slams.", "He won 3 grand slams."),
    ("It was a grand total of 50.", "It was 50 in total."),
    ("I ran a 5k race.", "I ran a 5 km race."),
])
def test_grand_before_a_noun_or_capitalised_is_no_thousand(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)


# --- a denied bound on "one" is the bound it says (pr30b-6) ---

@pytest.mark.parametrize("a, b, lang", [
    ("The cost will never be more than one billion.", "The cost will be at most one billion.", "en"),
    ("There is not more than one way out.", "There is at most one way out.", "en"),
    ("The cost will not be more than one billion.", "The cost will be at most one billion.", "en"),
    ("Es gibt nicht mehr als einen Ausweg.", "Es gibt höchstens einen Ausweg.", "de"),
    ("We cannot take in more than one in ten applicants.", "We can take in at most one in ten applicants.", "en"),
])
def test_a_denied_bound_on_one_is_no_negation(a: str, b: str, lang: str) -> None:
    assert "negation" not in _serious(a, b, lang)


@pytest.mark.parametrize("a, b", [
    ("The cost will never be more than one billion.", "The cost will be more than one billion."),
    ("There is not more than one way out.", "There is more than one way out."),
    ("The war is not over for more than one million people.", "The war is over for more than one million people."),
])
def test_a_denied_bound_against_the_bound_itself_is_still_a_negation(a: str, b: str) -> None:
    assert "negation" in _serious(a, b)


# --- a bound turned into its opposite on the same figure, the words otherwise the same (pr30b-2, pr30b-3) ---

@pytest.mark.parametrize("a, b, lang", [
    ("We will never spend more than 200 million euros.", "We will never spend less than 200 million euros.", "en"),
    ("We will never hire more than 50 people.", "We will never hire fewer than 50 people.", "en"),
    ("We will pay at most 200 euros.", "We will pay at least 200 euros.", "en"),
    ("We will pay no more than 200 euros.", "We will pay no less than 200 euros.", "en"),
    ("We will pay up to 200 euros.", "We will pay at least 200 euros.", "en"),
    ("We will pay over 200 euros.", "We will pay under 200 euros.", "en"),
    ("It is not more than 5 percent.", "It is not less than 5 percent.", "en"),
    ("Wir werden höchstens 200 Euro zahlen.", "Wir werden mindestens 200 Euro zahlen.", "de"),
    ("Wir werden nie mehr als 200 Euro zahlen.", "Wir werden nie weniger als 200 Euro zahlen.", "de"),
])
def test_a_bound_turned_into_its_opposite_is_a_negation(a: str, b: str, lang: str) -> None:
    r = compare(a, b, lang=lang)
    assert "negation" in r.flags
    assert "opposite" in r.details["negation"]


@pytest.mark.parametrize("a, b, lang", [
    ("We will pay at most 200 euros.", "We will spend at least 200 euros on staff.", "en"),
    ("Prices went up to 200 euros.", "Prices are at least 150 euros.", "en"),
    ("We will pay up to 200 euros.", "We will pay up to 200 euros.", "en"),
    ("We will never spend more than 200 million euros.", "We will spend at most 200 million euros.", "en"),
    ("Wir werden nie mehr als 200 Euro zahlen.", "Wir werden höchstens 200 Euro zahlen.", "de"),
    ("We will spend at most 200 euros.", "We will spend no more than 200 euros.", "en"),
])
def test_bounds_that_agree_or_differ_in_other_words_are_no_turned_bound(a: str, b: str, lang: str) -> None:
    assert "negation" not in _serious(a, b, lang)


# --- the number reason quotes an amount in words as written (pr30b-16) ---

@pytest.mark.parametrize("a, b, lang, shown", [
    ("Wir investieren eine halbe Milliarde Euro.", "Wir investieren 50 Millionen Euro.", "de",
     "eine halbe Milliarde vs 50 Millionen"),
    ("Wir investieren eine halbe Milliarde Euro.", "Wir investieren eine halbe Million Euro.", "de",
     "eine halbe Milliarde vs eine halbe Million"),
    ("We invest half a billion euros.", "We invest 5 billion euros.", "en", "half a billion vs 5 billion"),
    ("Twenty one people died.", "22 people died.", "en", "Twenty one vs 22"),
])
def test_the_number_reason_quotes_the_words_as_written(a: str, b: str, lang: str, shown: str) -> None:
    assert compare(a, b, lang=lang).details.get("number") == shown


@pytest.mark.parametrize("a, b", [
    ("A million and a half people came.", "1.5 million people came."),
    ("Two million and a half people came.", "2.5 million people came."),
    ("Twenty one people died.", "21 people died."),
])
def test_an_amount_in_words_is_read_whole(a: str, b: str) -> None:
    assert "number" not in _serious(a, b)


def test_twenty_one_is_not_twenty() -> None:
    assert "number" in _serious("Twenty one people died.", "20 people died.")


def test_twenty_one_year_contracts_are_twenty() -> None:
    assert "number" not in _serious("They signed twenty one-year contracts.", "They signed 20 one-year contracts.")


# --- one negator set for a denied bound, a denied rounding hedge and a negated denial verb (rt30-17) ---

def test_keineswegs_denies_a_rounding_hedge() -> None:
    r = compare("Es starben keineswegs mehr als 61.000 Menschen.", "Es starben 61.672 Menschen.", lang="de")
    assert "number" in r.flags


def test_kein_before_a_bound_denies_the_noun_not_the_bound() -> None:
    r = compare("Es gab keine mehr als 200 Euro teure Zahlung.", "Es gab eine mehr als 200 Euro teure Zahlung.", lang="de")
    assert "negation" in r.flags


def test_the_bound_readers_share_one_negator_set() -> None:
    from aligner.match import bounds, rounding

    assert rounding.NEGATORS is bounds.NEGATORS  # cues reads verb negators only (the lead, pr31b-1)


@pytest.mark.parametrize("a, b, lang", [
    ("There is no denying that the situation is difficult for families.",
     "No one can deny that the situation is difficult for families.", "en"),
    ("There is no disputing that the plan failed.", "No one disputes that the plan failed.", "en"),
    ("Es lässt sich keineswegs bestreiten, dass die Lage schwierig ist.",
     "Niemand kann bestreiten, dass die Lage schwierig ist.", "de"),
])
def test_no_denying_is_no_negated_denial(a: str, b: str, lang: str) -> None:
    assert "negation" not in compare(a, b, lang=lang).flags  # pr31b-1: quiet at 2dc4234, flagged by a56368b


# --- the two figures of a score or a move swapped, the words otherwise the same (pr30b-7) ---

@pytest.mark.parametrize("a, b, lang", [
    ("It rose from 3 to 4 percent.", "It rose from 4 to 3 percent.", "en"),
    ("Die Quote stieg von 3 auf 4 Prozent.", "Die Quote stieg von 4 auf 3 Prozent.", "de"),
])
def test_swapped_figures_are_a_number_flag(a: str, b: str, lang: str) -> None:
    r = compare(a, b, lang=lang)
    assert "number" in r.flags and "swapped" in r.details["number"]


@pytest.mark.parametrize("a, b", [
    ("We won 2-1 on Saturday.", "We won 1-2 at home on Saturday."),
    ("Leeds beat us 2-1.", "We beat Leeds 1-2."),
    ("It was 2-2.", "It was 2-2."),
    # the lead after pr31b-2: a score or a tally written from the other end, and a range, are the same fact
    ("We won 2-1 at Leeds and the players deserve the credit.", "We won 1-2 at Leeds and the players deserve the credit."),
    ("We lost 2-1 to Leeds on Saturday.", "We lost 1-2 to Leeds on Saturday."),
    ("Wir haben 2:1 gewonnen.", "Wir haben 1:2 gewonnen."),
    ("It takes 2-3 days.", "It takes 3-2 days."),
    ("It will rise by 5 to 7 percent.", "It will rise by 7 to 5 percent."),
])
def test_swapped_figures_in_another_frame_are_not_flagged_as_swapped(a: str, b: str) -> None:
    assert "swapped" not in compare(a, b).details.get("number", "")
