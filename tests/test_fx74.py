"""fx74: a negated time bound against its positive counterpart ("nicht vor dem 18. Mai" /
"erst ab dem 18. Mai") is no negation; a fraction word a fifth off a percentage ("ein
Viertel" / "20 Prozent") is a changed share."""
from __future__ import annotations

import pytest

from aligner.match.consistency import number_flag, opposed_or_condition
from aligner.match.equivalents import shares


# --- 1. "nicht vor" = "erst ab" -------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst ab dem 18. Mai sperren"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird frühestens im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road only from May 18"),
    ("We will not close the road until May 18", "We will close the road only after May 18"),
    ("We will not close the road before May 18", "We will close the road from May 18 at the earliest"),
])
def test_a_negated_time_bound_and_its_positive_counterpart_are_one_meaning(a, b):
    assert opposed_or_condition(a, b)[0] is None
    assert opposed_or_condition(b, a)[0] is None


@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße noch vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst vor dem 18. Mai sperren"),
    ("Die Straße wird nicht im Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road before May 18"),
    ("We will not close the road before May 18", "We will close the road only before May 18"),
    ("We will not close the road after May 18", "We will close the road only from May 18"),
])
def test_a_dropped_negation_next_to_a_time_bound_is_still_flagged(a, b):
    assert opposed_or_condition(a, b)[0]


# --- 2. a fraction word a fifth off a percentage ----------------------------------------------
@pytest.mark.parametrize("a,b,lang", [
    ("20 Prozent der Fahrzeuge sind Lastwagen", "Ein Viertel der Fahrzeuge sind Lastwagen", "de"),
    ("20 percent of the vehicles are trucks", "A quarter of the vehicles are trucks", "en"),
    ("5 Prozent der Fahrzeuge sind Lastwagen", "Ein Zehntel der Fahrzeuge sind Lastwagen", "de"),
    ("Ein Achtel der Fahrzeuge sind Lastwagen", "Ein Viertel der Fahrzeuge sind Lastwagen", "de"),
])
def test_a_share_changed_by_a_fifth_or_more_is_a_number_flag(a, b, lang):
    assert number_flag(a, b, lang)
    assert number_flag(b, a, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("Knapp 20 Prozent der Fahrzeuge sind Lastwagen", "Knapp ein Fünftel der Fahrzeuge sind Lastwagen", "de"),
    ("35 percent of the vehicles are trucks", "A third of the vehicles are trucks", "en"),
    ("45 Prozent der Fahrzeuge sind Lastwagen", "Die Hälfte der Fahrzeuge sind Lastwagen", "de"),
    ("12 Prozent der Fahrzeuge sind Lastwagen", "Ein Achtel der Fahrzeuge sind Lastwagen", "de"),
])
def test_a_fraction_rounding_a_percentage_is_no_flag(a, b, lang):
    assert number_flag(a, b, lang) is None


def test_german_fraction_words_read_and_compounds_are_no_share():
    assert [round(s[2], 3) for s in shares("Ein Achtel der Stimmen und drei Achtel der Sitze", "de")] == [0.125, 0.375]
    assert shares("Sie spielen im Achtelfinale und im Viertelfinale", "de") == []
