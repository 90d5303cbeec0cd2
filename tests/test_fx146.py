"""fx146: listed opposites for earnings, decisions and negating prefixes (rv82-5, rv82-17, rv82-18, rv82-26,
rv83-4, rv83-5).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str) -> list[str]:
    return compare(a, b, lang=lang).flags + compare(b, a, lang=lang).flags


def _negation(a: str, b: str, lang: str = "en") -> bool:
    return any("negation" in f for f in _flags(a, b, lang))


@pytest.mark.parametrize("a,b,lang", [
    ("The bakery chain made a profit of 40 million last year.", "The bakery chain made a loss of 40 million last year.", "en"),
    ("Our sales beat the forecasts of most banks in spring.", "Our sales missed the forecasts of most banks in spring.", "en"),
    ("Orders for our trucks were stronger than we planned in May.", "Orders for our trucks were weaker than we planned in May.", "en"),
    ("Die Aufträge für Lastwagen waren stärker, als wir geplant hatten.", "Die Aufträge für Lastwagen waren schwächer, als wir geplant hatten.", "de"),
    ("Die Bäckerei hat im Frühjahr einen Gewinn von zwei Millionen gemacht.", "Die Bäckerei hat im Frühjahr einen Verlust von zwei Millionen gemacht.", "de"),
])
def test_earnings_opposites_are_a_negation_rv82_5(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("The ferry tickets were sold unlawfully in March.", "The ferry tickets were sold lawfully in March.", "en"),
    ("The new drone rules are legal under state law.", "The new drone rules are illegal under state law.", "en"),
    ("The old bridge is safe for heavy lorries.", "The old bridge is unsafe for heavy lorries.", "en"),
    ("The syrup is effective in children with a cough.", "The syrup is ineffective in children with a cough.", "en"),
    ("A strike at the port before Easter is likely.", "A strike at the port before Easter is unlikely.", "en"),
    ("Das Spray ist bei Kindern mit Husten wirksam.", "Das Spray ist bei Kindern mit Husten unwirksam.", "de"),
])
def test_a_negating_prefix_is_a_negation_rv82_17_rv83_5(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("We will hire 80 drivers in Kassel next spring.", "We will fire 80 drivers in Kassel next spring.", "en"),
    ("We will approve the takeover without conditions.", "We will block the takeover without conditions.", "en"),
    ("The office has approved the spray for adults over 70.", "The office has rejected the spray for adults over 70.", "en"),
    ("Helmets are mandatory on all ski slopes from May.", "Helmets are optional on all ski slopes from May.", "en"),
    ("The council has lifted the parking ban in the old town.", "The council has imposed a parking ban in the old town.", "en"),
    ("Das Amt hat das Spray für Kinder zugelassen.", "Das Amt hat das Spray für Kinder abgelehnt.", "de"),
])
def test_opposite_decisions_are_a_negation_rv82_18_rv83_4(a: str, b: str, lang: str) -> None:
    assert _negation(a, b, lang)


@pytest.mark.parametrize("a,b", [
    ("Ticket sales surged in the second half.", "Ticket sales plunged in the second half."),
    ("We upgrade the brewery after the sale of its pubs.", "We downgrade the brewery after the sale of its pubs."),
    ("The harvest exceeded our own hopes by a wide margin.", "The harvest fell short of our own hopes by a wide margin."),
])
def test_market_opposites_are_a_negation_rv82_26(a: str, b: str) -> None:
    assert _negation(a, b)


@pytest.mark.parametrize("a,b,lang", [
    ("The ferry tickets were not lawful in March.", "The ferry tickets were unlawful in March.", "en"),  # negated opposite
    ("The new drone rules are not legal under state law.", "The new drone rules are illegal under state law.", "en"),
    ("Our sales did not miss the forecasts of most banks.", "Our sales beat the forecasts of most banks.", "en"),
    ("The syrup is not effective in children with a cough.", "The syrup is ineffective in children with a cough.", "en"),
    ("Das Spray ist bei Kindern nicht wirksam.", "Das Spray ist bei Kindern unwirksam.", "de"),
    ("Das Amt hat das Spray nicht zugelassen.", "Das Amt hat das Spray abgelehnt.", "de"),
    ("The syrup is effective in adults but ineffective in infants.", "The syrup is ineffective in adults but effective in infants.", "en"),  # words moved
    ("The board approved the plan and blocked the sale.", "The board blocked the plan and approved the sale.", "en"),
    ("The fire spread to the roof of the barn on Monday.", "The fire spread to the roof of the shed on Monday.", "en"),
    ("We lifted the weights in the gym each morning.", "We lifted the weights in the gym each evening.", "en"),
    # a negator before the listed word in either version reads nothing (fx148, pr40-6): a miss here, not a flag
    ("The court said the toll was not unlawful in any way.", "The court said the toll was not lawful in any way.", "en"),
    # two listed pairs in one quote read nothing (fx148, pr40-3)
    ("We upgrade the brewery to outperform after the sale.", "We downgrade the brewery to underperform after the sale.", "en"),
])
def test_negated_moved_or_shared_opposites_are_no_negation(a: str, b: str, lang: str) -> None:
    assert not _negation(a, b, lang)
