"""fx123: the rounding rule reads the unit and the hedge at the figure it matched, not at the first place its digits
stand in the text ("61,000" also stands inside "161,000" and in "61,000 million")."""

import pytest

from aligner.match.consistency import compare


@pytest.mark.parametrize("a, b, lang, hedged", [
    ("The fund paid 161,000 euros to more than 61,000 people.", "The fund paid 161,000 euros to 61,672 people.", "en",
     "more than 61,000"),
    ("Der Fonds zahlte 161.000 Euro an mehr als 61.000 Menschen.", "Der Fonds zahlte 161.000 Euro an 61.672 Menschen.", "de",
     "mehr als 61.000"),
    # the same digits stand first as another figure, with a scale word after them
    ("The 61,000 million euro fund reached more than 61,000 people.", "The 61,000 million euro fund reached 61,672 people.",
     "en", "more than 61,000"),
    ("Der mit 61.000 Millionen Euro ausgestattete Fonds erreichte mehr als 61.000 Menschen.",
     "Der mit 61.000 Millionen Euro ausgestattete Fonds erreichte 61.672 Menschen.", "de", "mehr als 61.000"),
    # neighbours: no other figure holds the digits
    ("The fund paid 1,000 euros each to more than 61,000 people.", "The fund paid 1,000 euros each to 61,672 people.", "en",
     "more than 61,000"),
    ("More than 61,000 people came, and the 161,000 tickets sold out.", "61,672 people came, and the 161,000 tickets sold out.",
     "en", "More than 61,000"),
])
def test_a_round_figure_is_read_at_its_own_place(a: str, b: str, lang: str, hedged: str) -> None:
    result = compare(a, b, lang=lang)
    assert "number" not in result.flags  # the same amount, rounded under a hedge: no changed number
    assert f"{hedged} vs" in str(result.details.get("wording", ""))  # the hedge shown with the round figure


def test_a_round_figure_of_another_unit_than_the_exact_one_stays_a_changed_number() -> None:
    # "61,000" inside "161,000 euros" read the unit 'euros' for "more than 61,000 people"
    result = compare("The fund paid 161,000 euros to more than 61,000 people.",
                     "The fund paid 161,000 euros to 61,672 euros.", lang="en")
    assert "number" in result.flags
