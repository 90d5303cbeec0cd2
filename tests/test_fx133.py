"""fx133: false serious flags from session 35's reviews (rv77-3, rv76-20, rv77-10, rv77-14, rv77-13).

A negator only in the tail one version cuts off is no negation; "Without X, no Y" against "X is essential to Y" is
a double negative said plainly; a temperature or rainfall converted by the outlet is one figure; a wire dateline is
no part of an indirect quote; a number word and its digits score alike when quotes are linked."""

from aligner.match.consistency import opposed_or_condition


def _flip(a: str, b: str) -> str | None:
    return opposed_or_condition(a, b)[0]


# --- rv77-3: a negator only in a cut tail: taken back (f65499c; rt36-26: German puts 'nicht' at the end of the clause,
# so 'Die Preise steigen in diesem Jahr nicht' / '... in diesem Jahr' was read as a cut, a true negation lost) ----------

def test_clause_final_nicht_stays_a_negation():
    assert _flip("Die Preise steigen in diesem Jahr nicht", "Die Preise steigen in diesem Jahr") is not None
    assert _flip("Das Schwimmbad schließt im Winter nicht", "Das Schwimmbad schließt im Winter") is not None


# --- rv76-20: "Without X, no Y" against "X is needed for Y": taken back (53a552c; rt36-18: 'Without the key witness,
# the trial cannot go ahead' / 'The key witness said the trial can go ahead' lost its negation flag) ---------------

# --- rv77-10: a figure converted by the outlet --------------------------------------------------------------------

def _same(a: str, b: str) -> bool:
    from aligner.match.equivalents import same_figures

    return "samefig" in same_figures(a, b)[0]


def test_converted_temperature_and_rainfall_are_one_figure():
    assert _same("It reached 43.8C in Cordoba", "It reached 111F in Cordoba")  # 110.8 F
    assert _same("It reached 43.8 degrees Celsius in Cordoba", "It reached 111 degrees Fahrenheit in Cordoba")
    assert _same("Some 75mm of rain fell overnight", "Some three inches of rain fell overnight")  # 76.2 mm
    assert _same("Some 75mm of rain fell overnight", "Some 3 inches of rain fell overnight")


def test_converted_figure_that_does_not_round_stays_apart():
    assert not _same("It reached 43.8C in Cordoba", "It reached 113F in Cordoba")
    assert not _same("It reached 30 degrees Celsius in Cordoba", "It reached 87 degrees Fahrenheit in Cordoba")
    assert not _same("It reached 12C in Cordoba", "It reached 100F in Cordoba")
    assert not _same("Some 60mm of rain fell overnight", "Some 2 inches of rain fell overnight")


def test_scale_names_of_a_converted_figure_are_no_wording_flag():
    from aligner.match.consistency import _wording, word_diff

    a = "It reached 43.8 degrees Celsius in Cordoba, the hottest day of the year so far"
    b = "It reached 111 degrees Fahrenheit in Cordoba, the hottest day of the year so far"
    assert _wording(word_diff(a, b), 0.7) is None
    c = "It reached 43.8 degrees in Cordoba, the hottest night of the year so far"
    assert _wording(word_diff(c, "It reached 43.8 degrees in Cordoba, the hottest week of the year so far"), 0.7)


# --- rv77-14: a wire dateline opening an indirect quote -----------------------------------------------------------

def _texts(text: str, lang: str) -> list[str]:
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    return [q.text for q in extract_quotes(Article(id="t", text=text, language=lang))]


def test_wire_dateline_is_no_part_of_an_indirect_quote():
    assert _texts("LISBON, Jan 9 (Reuters) - Rivers in the north rose above flood level, the civil protection agency said.",
                  "en") == ["Rivers in the north rose above flood level"]
    assert _texts("Porto (AFP) - Two bridges were closed, police said.", "en") == ["Two bridges were closed"]
    assert _texts("Passau (dpa) - Der Pegel ist auf neun Meter gestiegen, teilte die Stadt mit.", "de") \
        == ["Der Pegel ist auf neun Meter gestiegen"]
    assert _texts("PASSAU/MÜNCHEN, 9. Januar (Reuters) - Der Pegel der Donau steigt weiter an, sagte ein Sprecher der Stadt.", "de") \
        == ["Der Pegel der Donau steigt weiter an"]


def test_a_name_with_brackets_is_no_dateline():
    assert _texts("Anna Berg (Greens) - the dam will hold, she said.", "en")[0].startswith("Anna Berg")


# --- rv77-13: a number word and its digits --------------------------------------------------------------------

def test_small_number_words_score_as_digits():
    from aligner.match.clusters import _small_figures_as_digits

    assert _small_figures_as_digits("We have found eleven missing hikers") == "We have found 11 missing hikers"
    assert _small_figures_as_digits("Twenty-five houses") == "Twenty-five houses"
    assert _small_figures_as_digits("someone said") == "someone said"
