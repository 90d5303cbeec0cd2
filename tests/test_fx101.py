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
