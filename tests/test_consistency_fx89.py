"""Consistency flags, session 29 (fx89); invented quotes.

German clauses parted by a comma: two German originals compared without MT are cut to the
clauses a partial quote keeps, as English ones are, so a negator in a clause the partial
quote leaves out is no negation of what it quotes; a negation dropped inside the words
it quotes still is one."""

import pytest

from aligner.match.consistency import compare

FULL_DE = "Das ist keine Frage des Geldes, es ist eine Frage der Modernisierung."


@pytest.mark.parametrize("full,piece", [
    (FULL_DE, "es ist eine Frage der Modernisierung"),
    ("Das ist keine Frage des Geldes, und es ist eine Frage der Modernisierung.",
     "es ist eine Frage der Modernisierung"),
    ("Wir wollen keine neuen Schulden, wir wollen eine Reform der Verwaltung.", "wir wollen eine Reform der Verwaltung"),
    ("Das ist nicht unser Problem, die Reform kommt im Herbst.", "die Reform kommt im Herbst"),
])
def test_german_piece_after_a_comma_is_no_negation(full, piece):
    rep = compare(full, piece, lang="de")
    assert "negation" not in rep.flags
    assert "truncation" in rep.flags  # the cut itself is still said


@pytest.mark.parametrize("a,b", [
    ("Das ist eine Frage der Modernisierung.", "Das ist keine Frage der Modernisierung."),
    # the quoted clause itself loses its negator: the words quoted say the opposite
    ("Es ist nicht die Frage des Geldes, es ist die Frage der Zeit.", "Es ist die Frage des Geldes"),
    ("Es ist nicht die Frage des Geldes; es ist die Frage der Zeit.", "Es ist die Frage des Geldes"),
    ("Wir haben nicht versucht, sie zu überzeugen.", "Wir haben versucht, sie zu überzeugen."),
])
def test_german_negation_in_the_quoted_words_still_flags(a, b):
    assert "negation" in compare(a, b, lang="de").flags


def test_english_negation_dropped_in_the_quoted_clause_flags():
    # "money" is quoted from the first clause: the piece is not the second clause alone
    rep = compare("It is not a question of money, it is a question of time.", "It is a question of money", lang="en")
    assert "negation" in rep.flags


def test_english_piece_after_a_comma_stays_quiet():
    rep = compare("This is not a question of money, it's a question of modernization.",
                  "it's a question of modernization", lang="en")
    assert "negation" not in rep.flags
