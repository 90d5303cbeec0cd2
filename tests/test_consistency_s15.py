"""Session 15: the same statement said from the other side, shares written in words, a
reworded reversal, a negation carried on after "especially" (all sentences invented for
these tests).  And the distortions next to them that must stay flagged."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _opposed_or_number(a: str, b: str, lang: str = "en") -> list[str]:
    flags = set(compare(a, b, with_bleu=False, lang=lang).flags) | set(compare(b, a, with_bleu=False, lang=lang).flags)
    return sorted(flags & {"negation", "number"})


@pytest.mark.parametrize("a, b, lang", [
    ("The krone rose 3 percent against the zloty on Friday, traders said.",
     "The zloty fell 3 percent against the krone on Friday, traders said.", "en"),
    ("Der Rubel stieg am Montag gegenüber dem Dollar, sagten Händler.",
     "Der Dollar fiel am Montag gegenüber dem Rubel, sagten Händler.", "de"),
    ("Der Rubel ist gegenüber dem Dollar deutlich gestiegen, sagten Händler.",
     "Der Dollar ist gegenüber dem Rubel deutlich gefallen, sagten Händler.", "de"),
    ("Der Rubel stieg am Montag zum Dollar, sagten Händler.",
     "Der Dollar fiel am Montag zum Rubel, sagten Händler.", "de"),
])
def test_the_two_sides_of_a_comparison_swapped_with_the_direction_say_the_same(a, b, lang):
    assert _opposed_or_number(a, b, lang) == []


def test_one_side_of_a_comparison_going_the_other_way_is_still_the_opposite():
    assert _opposed_or_number("The krone rose 3 percent against the zloty on Friday, traders said.",
                              "The krone fell 3 percent against the zloty on Friday, traders said.") == ["negation"]
    assert _opposed_or_number("Der Franken stieg am Montag gegenüber dem Pfund, sagten Händler.",
                              "Der Franken fiel am Montag gegenüber dem Pfund, sagten Händler.", "de") == ["negation"]
    # the two sides swapped, the direction kept: the opposite statement
    assert _opposed_or_number("The krone rose 3 percent against the zloty on Friday, traders said.",
                              "The zloty rose 3 percent against the krone on Friday, traders said.") == ["negation"]
    assert _opposed_or_number("Costs rose 12 percent compared to wages, the survey said.",
                              "Wages rose 12 percent compared to costs, the survey said.") == ["negation"]


@pytest.mark.parametrize("a, b", [
    ("Labour gained 5 seats from the Tories in the vote.", "The Tories lost 5 seats to Labour in the vote."),
    ("The peso lost 2 percent to the yen on Friday.", "The yen gained 2 percent on the peso on Friday."),
    ("The krone rose 3 percent against the zloty.", "Against the krone, the zloty fell 3 percent."),
    ("The peso fell 2 percent against the krone and the yen.",
     "The krone and the yen rose 2 percent against the peso."),
    ("Wheat prices rose 5 percent against corn prices, dealers said.",
     "Corn prices fell 5 percent against wheat prices, dealers said."),
])
def test_the_same_statement_from_the_other_side_in_other_words_is_quiet(a, b):
    assert _opposed_or_number(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("Unemployment rose to 6 percent in the spring.", "Unemployment fell to 6 percent in the spring."),
    ("Unemployment dropped 2 percent this spring.", "Unemployment grew by 2 percent this spring."),
])
def test_a_word_with_a_negating_prefix_both_versions_share_is_no_denial(a, b):
    assert _opposed_or_number(a, b) == ["negation"]


@pytest.mark.parametrize("a, b, lang", [
    ("Every fourth pupil walks to school, the survey found.",
     "25 percent of pupils walk to school, the survey found.", "en"),
    ("Every tenth visitor pays nothing, the museum says.", "One in ten visitors pays nothing, the museum says.", "en"),
    ("Four of the nine members voted for the plan, she said.", "4 of the 9 members voted for the plan, she said.", "en"),
    ("Four of the nine members voted for the plan, she said.",
     "44 percent of the members voted for the plan, she said.", "en"),
    ("Jeder vierte Schüler geht zu Fuß zur Schule, so die Umfrage.",
     "25 Prozent der Schüler gehen zu Fuß zur Schule, so die Umfrage.", "de"),
    ("Jede dritte Stimme ging an die Grünen, so die Zählung.",
     "33 Prozent der Stimmen gingen an die Grünen, so die Zählung.", "de"),
    ("Vier von neun Sitzen gingen an die Grünen, so die Zählung.",
     "44 Prozent der Sitze gingen an die Grünen, so die Zählung.", "de"),
    ("Vier der neun Sitze gingen an die Grünen, so die Zählung.", "4 von 9 Sitzen gingen an die Grünen, so die Zählung.",
     "de"),
])
def test_one_share_said_with_a_count_and_as_a_figure_is_one_figure(a, b, lang):
    assert _opposed_or_number(a, b, lang) == []


@pytest.mark.parametrize("a, b, lang", [
    ("Every fourth pupil walks to school, the survey found.",
     "40 percent of pupils walk to school, the survey found.", "en"),
    ("Four of the nine members voted for the plan, she said.",
     "A third of the members voted for the plan, she said.", "en"),
    ("Jeder vierte Schüler geht zu Fuß zur Schule, so die Umfrage.",
     "40 Prozent der Schüler gehen zu Fuß zur Schule, so die Umfrage.", "de"),
    ("Jeder vierte Schüler geht zu Fuß zur Schule, so die Umfrage.",
     "Jeder dritte Schüler geht zu Fuß zur Schule, so die Umfrage.", "de"),
    ("Jede dritte Stimme ging an die Grünen, so die Zählung.",
     "Die Hälfte der Stimmen ging an die Grünen, so die Zählung.", "de"),
    ("4 der 9 Sitze gingen an die Grünen, so die Zählung.",
     "Ein Drittel der Sitze ging an die Grünen, so die Zählung.", "de"),
    ("Vier der neun Sitze gingen an die Grünen, so die Zählung.",
     "Ein Drittel der Sitze ging an die Grünen, so die Zählung.", "de"),
])
def test_a_share_said_with_a_count_against_another_figure_is_a_number_change(a, b, lang):
    assert _opposed_or_number(a, b, lang) == ["number"]


@pytest.mark.parametrize("a, b, lang", [
    ("The harbour saw an increase of 65 % in cargo last year, the port said.",
     "The harbour saw a 65 % drop in cargo last year, the port said.", "en"),
    ("Cargo at the harbour rose by 12 percent last year, the port said.",
     "The harbour reported a 12 percent fall in cargo last year, the port said.", "en"),
    ("Cargo at the harbour declined 12 percent last year, the port said.",
     "Cargo at the harbour saw a 12 percent increase last year, the port said.", "en"),
    ("Der Hafen meldete einen Anstieg um 12 Prozent beim Umschlag, so der Betreiber.",
     "Der Hafen meldete beim Umschlag einen Rückgang um 12 Prozent, so der Betreiber.", "de"),
])
def test_a_figure_said_to_go_the_other_way_in_other_words_is_the_opposite(a, b, lang):
    assert _opposed_or_number(a, b, lang) == ["negation"]


@pytest.mark.parametrize("a, b", [
    ("Cargo at the harbour rose by 12 percent last year, the port said.",
     "The harbour saw a 12 percent increase in cargo last year, the port said."),
    # two amounts, each with its own direction, in another order
    ("Exports rose 5 percent while imports fell 3 percent, the office said.",
     "Imports fell 3 percent while exports rose 5 percent, the office said."),
    # the two sides of the comparison swapped
    ("The krone rose 3 percent against the zloty on Friday, traders said.",
     "The zloty saw a 3 percent drop against the krone on Friday, traders said."),
    # a refusal is no fall
    ("The port declined to comment on the 12 new cranes, the paper said.",
     "The port was happy to comment on the 12 new cranes, the paper said."),
])
def test_a_figure_going_the_same_way_or_a_refusal_is_no_reversal(a, b):
    assert "negation" not in _opposed_or_number(a, b)


@pytest.mark.parametrize("a, b, lang", [
    ("We did not expect so many letters, especially with so many kind words in them.",
     "We had not expected so many letters, especially not with so many kind words in them.", "en"),
    ("Wir haben nicht mit so vielen Briefen gerechnet, vor allem mit so vielen netten Worten darin.",
     "Wir haben nicht mit so vielen Briefen gerechnet, vor allem nicht mit so vielen netten Worten darin.", "de"),
])
def test_a_negation_carried_on_after_especially_is_no_second_one(a, b, lang):
    assert _opposed_or_number(a, b, lang) == []


def test_especially_not_without_an_earlier_negation_still_says_the_opposite():
    assert _opposed_or_number("We expected many letters this winter, especially with kind words in them.",
                              "We expected many letters this winter, especially not with kind words in them.") \
        == ["negation"]


def test_every_fourth_year_is_how_often_not_a_share():
    assert _opposed_or_number("We hold the fair every fourth year, the mayor said.",
                              "We hold the fair every four years, the mayor said.") == []
    assert _opposed_or_number("We hold the fair every fourth year, the mayor said.",
                              "We hold the fair every third year, the mayor said.") == ["number"]


@pytest.mark.parametrize("a, b, lang", [
    ("I have not read the file, but it is certainly not a forgery.",
     "I have not read the file, but it is certainly a forgery.", "en"),
    ("She did not win, and she will definitely not stand again.",
     "She did not win, and she will definitely stand again.", "en"),
    ("Wir haben nicht gewonnen und werden vor allem nicht aufhören.",
     "Wir haben nicht gewonnen und werden vor allem aufhören.", "de"),
])
def test_a_focus_word_in_a_clause_of_its_own_does_not_carry_an_earlier_negation(a, b, lang):
    assert _opposed_or_number(a, b, lang) == ["negation"]


@pytest.mark.parametrize("a, b, lang", [
    ("Not surprisingly, rents rose in June.", "Not surprisingly, rents fell in June.", "en"),
    ("Nicht überraschend stiegen die Mieten im Juni.", "Nicht überraschend sanken die Mieten im Juni.", "de"),
])
def test_a_negator_both_versions_share_does_not_hide_a_reversal(a, b, lang):
    assert _opposed_or_number(a, b, lang) == ["negation"]


def test_a_fronted_comparison_with_sides_of_several_words_is_read():
    assert _opposed_or_number("Against the Swiss franc, the Polish zloty fell.",
                              "The Swiss franc fell against the Polish zloty.") == ["negation"]
    assert _opposed_or_number("Against the Swiss franc, the Polish zloty fell.",
                              "The Polish zloty fell against the Swiss franc.") == []


@pytest.mark.parametrize("a, b, lang", [
    ("It is not impossible that the rents go up this year.", "It is possible that the rents go up this year.", "en"),
    ("A second vote is not unlikely, the mayor said.", "A second vote is quite likely, the mayor said.", "en"),
    ("Es ist nicht unmöglich, dass die Mieten steigen.", "Es ist möglich, dass die Mieten steigen.", "de"),
])
def test_a_negated_word_with_a_negating_prefix_is_a_weakened_positive(a, b, lang):
    assert _opposed_or_number(a, b, lang) == []


@pytest.mark.parametrize("a, b, lang", [
    ("It is not possible that the rents go up this year.", "It is possible that the rents go up this year.", "en"),
    ("A second vote is not unlikely, the mayor said.", "A second vote is unlikely, the mayor said.", "en"),
    ("Es ist nicht möglich, dass die Mieten steigen.", "Es ist möglich, dass die Mieten steigen.", "de"),
])
def test_a_negated_word_against_itself_is_still_the_opposite(a, b, lang):
    assert _opposed_or_number(a, b, lang) == ["negation"]
