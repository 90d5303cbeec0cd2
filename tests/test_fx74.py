"""fx74: a negated time bound against its positive counterpart ("nicht vor dem 18. Mai" /
"erst ab dem 18. Mai") is no negation."""
from __future__ import annotations

import pytest

from aligner.match.consistency import opposed_or_condition


# --- 1. "nicht vor" = "erst ab" -------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst ab dem 18. Mai sperren"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird frühestens im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road only from May 18"),
    ("We will not close the road until May 18", "We will close the road only after May 18"),
    ("We will not close the road before May 18", "We will close the road from May 18 at the earliest"),
])
def test_a_negated_time_bound_and_its_positive_counterpart_are_one_meaning(a, b):
    assert opposed_or_condition(a, b)[0] is None
    assert opposed_or_condition(b, a)[0] is None


@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße noch vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst vor dem 18. Mai sperren"),
    ("Die Straße wird nicht im Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road before May 18"),
    ("We will not close the road before May 18", "We will close the road only before May 18"),
    ("We will not close the road after May 18", "We will close the road only from May 18"),
])
def test_a_dropped_negation_next_to_a_time_bound_is_still_flagged(a, b):
    assert opposed_or_condition(a, b)[0]
