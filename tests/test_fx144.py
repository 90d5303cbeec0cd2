"""fx144: false serious flags found by the reviewers rv81 / rv82 / rv83 (session 37)."""
from __future__ import annotations

import pytest

from aligner.match.consistency import compare, opposed_or_condition

# a negator before a word against its antonym in the same place (rv83-14, rv81-9), "could not be happier" / "happier
# than ever", "nothing short of X" / "X" (rv81-9), "have run out of X" / "have no X left" (rv83-3): the same statement
SAME = [
    ("We are not far from the limit of our beds.", "We are close to the limit of our beds."),
    ("The hospital is not far from collapse, she said.", "The hospital is close to collapse, she said."),
    ("We are not close to a deal with Bonn.", "We are far from a deal with Bonn."),
    ("It was not an easy decision for the jury.", "It was a difficult decision for the jury."),
    ("It was not an easy decision for the jury.", "It was a tough decision for the jury."),
    ("He was not an easy man to work with.", "He was a difficult man to work with."),
    ("This is not a difficult choice for the board.", "This is an easy choice for the board."),
    ("Es war keine leichte Entscheidung für die Jury.", "Es war eine schwierige Entscheidung für die Jury."),
    ("I could not be happier with the new album.", "I am happier than ever with the new album."),
    ("We couldn't be prouder of the players.", "We are prouder than ever of the players."),
    ("The timing could not have been better for us.", "The timing was better for us than ever."),
    ("The rescue of the miners was nothing short of a miracle.", "The rescue of the miners was a miracle."),
    ("Her new novel is nothing less than a triumph.", "Her new novel is a triumph."),
    ("Half of the chemists have run out of the syrup.", "Half of the chemists no longer have the syrup in stock."),
    ("Clinics in Kassel have run out of flu vaccine.", "Clinics in Kassel have no flu vaccine left."),
    ("We ran out of gloves in May, the nurse said.", "We had no gloves left in May, the nurse said."),
    ("The army has run out of shells for the guns.", "The army no longer has any shells for the guns."),
]
# the same words with a real change next to each: the negation flag stays
CHANGED = [
    ("We are not far from the limit of our beds.", "We are far from the limit of our beds."),
    ("We are not close to a deal with Bonn.", "We are close to a deal with Bonn."),
    ("It was not an easy decision for the jury.", "It was an easy decision for the jury."),
    ("This is not a difficult choice for the board.", "This is a difficult choice for the board."),
    ("Es war keine leichte Entscheidung für die Jury.", "Es war eine leichte Entscheidung für die Jury."),
    ("The talks were not easy.", "The talks were easy."),
    ("I could not be happier with the new album.", "I could be happier with the new album."),
    ("We couldn't be prouder of the players.", "We could be prouder of the players."),
    ("The risk could not be higher than last year.", "The risk is higher than last year."),
    ("The prices cannot be higher than last year.", "The prices are higher than last year."),
    ("Her new novel is nothing less than a triumph.", "Her new novel is less than a triumph."),
    ("Half of the chemists have run out of the syrup.", "Half of the chemists have not run out of the syrup."),
    ("We ran out of gloves in May, the nurse said.", "We never ran out of gloves in May, the nurse said."),
]


@pytest.mark.parametrize("a,b", SAME)
def test_said_in_other_words_is_no_negation(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert opposed_or_condition(x, y)[0] is None
        assert "negation" not in compare(x, y).flags


@pytest.mark.parametrize("a,b", CHANGED)
def test_real_negation_stays(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "negation" in compare(x, y).flags


# one figure written two ways: a scale letter glued to the figure (rv83-24, rv82-7), one NOUN in N (rv83-2), an
# ordinal period against the period alone (rv82-14): no number flag
SAME_FIGURE = [
    ("Russia has moved 12k troops to the lake.", "Russia has moved 12,000 troops to the lake."),
    ("The plant now makes 4.5K drones a month.", "The plant now makes 4,500 drones a month."),
    ("Some 40k people marched in Leipzig.", "Some 40,000 people marched in Leipzig."),
    ("The new model has 70B parameters, he said.", "The new model has 70 billion parameters, he said."),
    ("The small model has 7B parameters.", "The small model has seven billion parameters."),
    ("The start-up raised $40B last year.", "The start-up raised $40 billion last year."),
    ("It was trained on 1.8T tokens.", "It was trained on 1.8 trillion tokens."),
    ("One soldier in five is not fit for duty.", "20 percent of soldiers are not fit for duty."),
    ("One tank crew in four is in training.", "25 percent of tank crews are in training."),
    ("We lifted our outlook after a record third quarter.", "We lifted our outlook after a record quarter."),
    ("Sales rose in the third quarter, she said.", "Sales rose in the quarter, she said."),
]
# the same words with a changed figure next to each: the number flag stays
CHANGED_FIGURE = [
    ("Russia has moved 12k troops to the lake.", "Russia has moved 15,000 troops to the lake."),
    ("The plant now makes 4.5K drones a month.", "The plant now makes 5,400 drones a month."),
    ("The new model has 70B parameters, he said.", "The new model has 7 billion parameters, he said."),
    ("The start-up raised $40B last year.", "The start-up raised $4 billion last year."),
    ("One soldier in five is not fit for duty.", "25 percent of soldiers are not fit for duty."),
    ("One nurse in three has quit, she said.", "Half of the nurses have quit, she said."),
    ("One soldier in five is unfit.", "One soldier in four is unfit."),
    ("We lifted our outlook after a record third quarter.", "We lifted our outlook after a record fourth quarter."),
    ("Profit fell in the second half of the year.", "Profit fell in the first half of the year."),
    ("A quarter of the members voted no.", "40 percent of the members voted no."),
    ("Sales fell by a third last quarter.", "Sales fell by a quarter last quarter."),
]
# a letter that is no scale, a rate that is no share: as before
NOT_A_SCALE = [
    ("She ran the 5k race in May.", "She ran the 5,000 race in May.", "5k"),
    ("We sell 4K televisions.", "We sell 4K televisions.", "4K"),
    ("Flat 12B was sold.", "Flat 12B was sold.", "12B"),
]


@pytest.mark.parametrize("a,b", SAME_FIGURE)
def test_one_figure_written_two_ways_is_no_number_flag(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "number" not in compare(x, y).flags


@pytest.mark.parametrize("a,b", CHANGED_FIGURE)
def test_changed_figure_stays_flagged(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "number" in compare(x, y).flags


@pytest.mark.parametrize("a,b,kept", NOT_A_SCALE)
def test_letter_that_is_no_scale_is_kept(a: str, b: str, kept: str) -> None:
    from aligner.match.equivalents import scaled

    assert kept in scaled(a)



@pytest.mark.parametrize("a, b, flagged", [
    ("She won the 10k in 29 minutes", "She won the 10-kilometre race in 29 minutes", False),
    ("The 18k necklace was stolen", "The 18-carat necklace was stolen", False),
    ("We sent 12k troops", "We sent 15,000 troops", True),
    ("The final quarter of the money is missing", "The final half of the money is missing", True),
    ("Sales fell in the third quarter of 2024", "Sales fell in the fourth quarter of 2024", True),
])
def test_glued_k_and_periods_after_the_probes_rt38_14_pr39b_5(a, b, flagged):
    from aligner.match.consistency import number_flag

    assert (number_flag(a, b) is not None) is flagged


def test_a_noun_in_er_is_no_comparative_rt38_13():
    from aligner.match.consistency import opposed_or_condition

    assert opposed_or_condition("It could not be murder, the police said", "It was murder, the police said")[0] is not None
