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

