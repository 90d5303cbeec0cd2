"""Scale words of the other language (rv65-17): 'Billionen' in a German quote read by the English reader
crashed the match stage (KeyError); every scale word the pattern finds has a factor in every reading."""
import pytest

from aligner.match.consistency import compare
from aligner.match.equivalents import scaled


def test_each_reading_knows_the_other_languages_scale_words():
    assert scaled("1,2 Billionen Euro", "en") == "1200000000000 Euro"  # German plural: 10^12 in any reading
    assert scaled("1,2 billions", "de") == "1200000000"  # English plural: 10^9
    assert scaled("1,2 Billion", "de") == "1200000000000" and scaled("1.2 billion", "en") == "1200000000"


def test_billionen_against_milliarden_is_one_figure():
    a = "Die Schulden des Bundes liegen inzwischen bei 1,2 Billionen Euro, und das ist zu viel"
    b = "Die Schulden des Bundes liegen inzwischen bei 1.200 Milliarden Euro, und das ist zu viel"
    assert "number" not in compare(a, b, lang="de").flags
    c = "Die Schulden des Bundes liegen inzwischen bei 1,2 Milliarden Euro, und das ist zu viel"
    assert "number" in compare(a, c, lang="de").flags


@pytest.mark.parametrize("a, b", [
    ("New elections are not ruled out if the coalition cannot agree on a budget.",
     "New elections are out of the question if the coalition cannot agree on a budget."),
    ("Sanctions are not out of the question.", "Sanctions are ruled out."),
    ("A deal is not out of the question.", "A deal is off the table."),
    ("We did not cancel the event although only a handful of people came.",
     "We cancelled the event because very few people came."),
])
def test_a_negated_excluding_idiom_or_an_idiom_elsewhere_keeps_the_negation(a: str, b: str) -> None:
    assert "negation" in compare(a, b).flags  # pr31b-6 (fx102's idioms): opposites, as at 2dc4234


@pytest.mark.parametrize("a, b", [
    ("I never met him before the summit in Brussels.", "I only met him once before the summit in Brussels."),
    ("We did not attack before the ceasefire.", "We only attacked once before the ceasefire."),
])
def test_once_as_one_time_is_no_when(a: str, b: str) -> None:
    assert "negation" in compare(a, b).flags  # pr31b-15 (fx105's until_as_only): a denial against one meeting


def test_not_until_is_still_only_once() -> None:
    assert "negation" not in compare("We will not withdraw from Rafah until every hostage has come home.",
                                     "We will only withdraw from Rafah once every hostage has come home.").flags


@pytest.mark.parametrize("a, b", [
    ("We did not attack the hospital until the fighters left it.",
     "We only attacked the hospital when the fighters were still in it."),
    ("We will not sign this deal unless they release the hostages.",
     "We will sign this deal only if they refuse to release the hostages."),
])
def test_not_until_with_another_condition_keeps_the_negation(a: str, b: str) -> None:
    assert "negation" in compare(a, b).flags  # rt31-13 (fx105's until_as_only): opposite conditions agreed


@pytest.mark.parametrize("a, b, lang", [
    ("Profit fell from 12 to 10 billion euros last year.", "Profit fell from €12bn to €10bn last year.", "en"),
    ("Der Gewinn sank von 12 auf 10 Milliarden Euro.", "Der Gewinn sank von 12 Milliarden auf 10 Milliarden Euro.", "de"),
])
def test_a_falling_move_takes_its_second_figures_scale(a: str, b: str, lang: str) -> None:
    assert "number" not in compare(a, b, lang=lang).flags  # rt31-6: '12 vs €12bn' was a serious number flag


def test_a_falling_move_with_another_figure_or_a_tenfold_fall_is_still_compared() -> None:
    assert "number" in compare("Profit fell from 12 to 10 billion euros.", "Profit fell from €12bn to €9bn.").flags
    assert "number" in compare("Profit fell from 12 to 10 billion euros.", "Profit fell from 12 to 10 million euros.").flags
