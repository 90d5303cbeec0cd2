"""fx133: false serious flags from session 35's reviews (rv77-3, rv76-20, rv77-10, rv77-14, rv77-13).

A negator only in the tail one version cuts off is no negation; "Without X, no Y" against "X is essential to Y" is
a double negative said plainly; a temperature or rainfall converted by the outlet is one figure; a wire dateline is
no part of an indirect quote; a number word and its digits score alike when quotes are linked."""

from aligner.match.consistency import opposed_or_condition


def _flip(a: str, b: str) -> str | None:
    return opposed_or_condition(a, b)[0]


# --- rv77-3: a cut tail holding a negator ---------------------------------------------------------------------

def test_cut_tail_with_negator_is_no_negation():
    assert _flip("The ferry will leave at noon, not later", "The ferry will leave at noon") is None
    assert _flip("The ferry will leave at noon", "The ferry will leave at noon, not later") is None
    assert _flip("We will reopen the bridge, no matter what it costs", "We will reopen the bridge") is None
    assert _flip("Keep the goats in the barn overnight, not in the field", "Keep the goats in the barn overnight") is None


def test_negator_inside_the_shared_words_is_still_a_negation():
    assert _flip("The ferry will not leave at noon", "The ferry will leave at noon") is not None
    assert _flip("The old bridge is not safe for lorries", "The old bridge is safe for lorries") is not None
    assert _flip("Die alte Brücke ist nicht sicher", "Die alte Brücke ist sicher") is not None


# --- rv76-20: "Without X, no Y" against "X is needed for Y" -----------------------------------------------------

def test_without_no_against_positive_need_is_no_negation():
    assert _flip("Without volunteers the choir has no future", "Volunteers are vital to the future of the choir") is None
    assert _flip("Without rain there can be no harvest", "The harvest depends on rain") is None
    assert _flip("Ohne Ehrenamtliche hat der Chor keine Zukunft", "Ehrenamtliche sind für die Zukunft des Chors unverzichtbar") is None


def test_without_no_against_a_real_denial_stays_a_negation():
    assert _flip("Without volunteers the choir has no future", "Volunteers are not vital to the future of the choir") is not None
    assert _flip("Without volunteers the choir has no future", "The choir has a future without volunteers") is not None
    assert _flip("The choir has no future", "The choir has a future") is not None
