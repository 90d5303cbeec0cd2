"""Regional ways of writing one figure or date read as that figure: Swiss "Mia.", German halves, Austrian "Feber"."""
import pytest

from aligner.match.equivalents import same_figures


@pytest.mark.parametrize("a, b", [
    ("Der Bund investiert 3,5 Mia. Franken.", "Der Bund investiert 3,5 Mrd. Franken."),          # rv55-8
    ("2 Mrd. Franken sind genug.", "2 Mia. Franken sind genug."),
    ("Die Planung kostet zweieinhalb Millionen Euro.", "Die Planung kostet 2,5 Millionen Euro."),  # rv55-9
    ("Es kostet eineinhalb Millionen Franken.", "Es kostet 1,5 Millionen Franken."),
    ("Die Eröffnung ist am 3. Feber 2027.", "Die Eröffnung ist am 3. Februar 2027."),             # rv55-10
])
def test_one_figure_written_two_ways_is_the_same(a, b):
    x, y = same_figures(a, b, "de")
    assert x == y


@pytest.mark.parametrize("a, b", [
    ("Die Planung kostet zweieinhalb Millionen Euro.", "Die Planung kostet eine Million Euro."),
    ("Die Eröffnung ist am 3. Feber 2027.", "Die Eröffnung ist am 3. März 2027."),
    ("Der Bund investiert 3,5 Mia. Franken.", "Der Bund investiert 3,5 Millionen Franken."),
])
def test_different_figures_stay_different(a, b):
    x, y = same_figures(a, b, "de")
    assert x != y


@pytest.mark.parametrize("a, b, lang", [
    ("Der Bund investiert 3,5\u00a0Mio. Franken.", "Der Bund investiert 3,5 Mio. Franken.", "de"),   # rv55-26
    ("2\u202fMrd. Euro fehlen im Budget.", "2 Mrd. Euro fehlen im Budget.", "de"),
    ("It will cost $2\u00a0billion this year.", "It will cost $2 billion this year.", "en"),
])
def test_a_no_break_space_before_the_scale_is_a_space(a, b, lang):
    from aligner.match.consistency import compare

    assert compare(a, b, lang=lang).flags == []


@pytest.mark.parametrize("a, b", [
    ("So kann es mit dem Verkehr im Tal nimmer weitergehen.", "So kann es mit dem Verkehr im Tal nicht mehr weitergehen."),
    ("Das Geld ist keineswegs verloren.", "Das Geld ist nicht verloren."),                     # rv55-24, rv55-25
    ("Mit uns gibt es keine Verzögerung.", "Mit uns gibt es keinerlei Verzögerung."),
    ("Das ist mitnichten ein Problem.", "Das ist kein Problem."),
])
def test_german_negators_against_each_other_are_no_flag(a, b):
    from aligner.match.consistency import compare

    assert "negation" not in compare(a, b, lang="de").flags


@pytest.mark.parametrize("a, b", [
    ("So kann es mit dem Verkehr im Tal nimmer weitergehen.", "So kann es mit dem Verkehr im Tal weitergehen."),
    ("Das Geld ist keineswegs verloren.", "Das Geld ist verloren."),
])
def test_a_dropped_german_negator_is_still_a_flag(a, b):
    from aligner.match.consistency import compare

    assert "negation" in compare(a, b, lang="de").flags
