"""A quote boundary (the words a shorter version lacks stand in its sentence outside the quote marks) is
no boundary when that sentence gives them only to deny them: the truncation stays.  Invented sentences."""
from __future__ import annotations

import pytest

from aligner.match.clusters import part_boundary
from aligner.match.consistency import truncation_or_boundary, words
from aligner.match.parts import positional_cut

SHORT = "we will raise the taxes"
LONG = "we will raise the taxes for all pensioners in the country"


def _verdicts(short: str, long: str, context: str) -> tuple[bool, bool, bool]:
    """(boundary by part_boundary, boundary by positional_cut, boundary by truncation_or_boundary)."""
    return (part_boundary(short, long, "end", context) is not None,
            positional_cut(short, long, context) is None,
            truncation_or_boundary(words(short), words(long), context)[1] is not None)


@pytest.mark.parametrize("context", [
    'The minister said "we will raise the taxes", but not for pensioners in the country.',
    'The minister said "we will raise the taxes" - not for the pensioners in the country, though.',
])
def test_a_narration_denying_the_lacking_words_keeps_the_truncation(context):
    assert _verdicts(SHORT, LONG, context) == (False, False, False)
    cut, note = truncation_or_boundary(words(SHORT), words(LONG), context)
    assert cut is not None and "end of the longer version is missing" in cut and note is None


def test_a_denial_verb_before_the_lacking_words_keeps_the_truncation():
    short, long = "the talks have failed", "the talks have failed because of the demands from Moscow"
    context = 'He said "the talks have failed", but denied that the demands from Moscow were to blame.'
    assert _verdicts(short, long, context) == (False, False, False)


def test_a_german_narration_denying_the_lacking_words_keeps_the_truncation():
    short, long = "wir erhöhen die Steuern", "wir erhöhen die Steuern für alle Rentner im ganzen Land"
    context = "Der Minister sagte: „Wir erhöhen die Steuern“, aber nicht für Rentner im ganzen Land."
    assert _verdicts(short, long, context) == (False, False, False)


@pytest.mark.parametrize("short, long, context", [
    # the narration gives the words without a denial
    (SHORT, LONG, 'The minister said "we will raise the taxes" for all pensioners in the country.'),
    # a negator elsewhere in the text, far from the words
    (SHORT, LONG, 'Not everyone agreed. The minister said "we will raise the taxes" for all pensioners in the country.'),
    # a denial before the quote, not before the words
    (SHORT, LONG, 'The minister, who denied it, said "we will raise the taxes" for all pensioners in the country.'),
    # the longer version says "not" too: the narration repeats it, the outlets drew the marks differently
    (SHORT, "we will raise the taxes but not for pensioners in the country",
     'The minister said "we will raise the taxes", but not for pensioners in the country.'),
    # the quote itself is negated: a "not" around it is no denial of the lacking words
    ("we do not raise the taxes", "we do not raise the taxes for all pensioners in the country",
     'The minister said "we do not raise the taxes", not for pensioners in the country.'),
])
def test_a_boundary_without_a_denial_of_the_words_stays_a_boundary(short, long, context):
    assert _verdicts(short, long, context) == (True, True, True)
