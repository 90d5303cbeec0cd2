"""fx137: negation flags left from session 35 (rv77-3, rv76-20, rv75-19, rv77-17, rv76-17, rv77-19, rv77-4).
Invented sentences."""
from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# rv77-3: the only negator is in the tail the other version cuts off (after a comma): a cut, not a negation
@pytest.mark.parametrize("a,b,lang", [
    ("The heaviest rain will come after noon, not before", "The heaviest rain will come after noon", "en"),
    ("The heaviest rain arrives after noon", "The heaviest rain will come after noon, not before", "en"),
    ("We will repair every bridge, no matter what it costs", "We will repair every bridge", "en"),
    ("Keep the children inside in the evening, not in the daytime", "Keep the children inside in the evening", "en"),
    ("Der stärkste Regen kommt nach Mittag, nicht vorher", "Der stärkste Regen kommt nach Mittag", "de"),
    ("Wir reparieren die Brücke, nicht die Straße", "Wir reparieren die Brücke", "de"),
])
def test_a_negator_only_in_the_cut_tail_is_no_negation(a, b, lang):
    assert "negation" not in _flags(a, b, lang)
    assert "negation" not in _flags(b, a, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("The heaviest rain will not come after noon, not before Friday", "The heaviest rain will come after noon", "en"),
    ("Prices will rise, not true", "Prices will rise", "en"),
    ("Wir reparieren die Brücke nicht", "Wir reparieren die Brücke", "de"),
])
def test_a_negator_that_governs_the_kept_words_still_flags(a, b, lang):
    assert "negation" in _flags(a, b, lang)


# rv76-20: "Without X, no Y" against "Y needs X" / "X is essential to Y": the same statement
@pytest.mark.parametrize("a,b,lang", [
    ("Without teachers this village has no school", "Teachers are essential to the school of this village", "en"),
    ("Without trust there can be no reform", "Reform requires trust", "en"),
    ("There can be no reform without trust", "Reform needs trust", "en"),
    ("Without trust there is no reform", "Reform depends on trust", "en"),
    ("Ohne Lehrer hat das Dorf keine Schule", "Das Dorf braucht Lehrer für seine Schule", "de"),
])
def test_without_x_no_y_is_said_as_y_needs_x(a, b, lang):
    assert "negation" not in _flags(a, b, lang)
    assert "negation" not in _flags(b, a, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("Without teachers this village has no school", "Teachers are not essential to the school of this village", "en"),
    ("Without teachers this village has no school", "This village has a school", "en"),
    ("Without trust there can be no reform", "Reform requires no trust", "en"),
    ("Without trust there can be no reform", "Trust requires reform", "en"),
    ("Without doubt this village has no school", "Teachers are essential to the school of this village", "en"),
    ("Ohne Vertrauen gibt es keine Reform", "Es gibt eine Reform", "de"),
    ("Without fresh funds the library will not open in May", "The library needs fresh funds and will open in May", "en"),
    ("Without the chief witness the case cannot go on", "The chief witness said the case can go on", "en"),
])
def test_without_x_no_y_against_another_statement_still_flags(a, b, lang):
    assert "negation" in _flags(a, b, lang)
