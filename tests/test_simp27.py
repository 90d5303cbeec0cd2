"""simp27: small behaviour-preserving moves, each pinned where it now lives."""

from __future__ import annotations

import pytest

from aligner.match import equivalents
from aligner.match.consistency import number_flag


# --- step 1: "2.50" / "2.5" is read where the other figures are read (equivalents) ---------
@pytest.mark.parametrize(("a", "b", "want"), [
    ("It costs 2.5 euros.", "It costs 2.50 euros.", "It costs 2.5 euros."),
    ("Inflation was 3,5 Prozent.", "Inflation was 3,50 Prozent.", "Inflation was 3,5 Prozent."),
    ("He paid 2 pounds.", "He paid 2.00 pounds.", "He paid 2 pounds."),
    ("It costs 2.5 euros.", "It costs 25 euros.", "It costs 25 euros."),  # another value
    ("See Article 5.1 now.", "See Article 5.10 now.", "See Article 5.10 now."),  # a label, not an amount
])
def test_written_as_in_lives_in_equivalents(a: str, b: str, want: str) -> None:
    assert equivalents.written_as_in(a, b) == want


def test_number_flag_still_reads_one_value_and_a_changed_one() -> None:
    assert number_flag("The fee is 2.5 euros a month.", "The fee is 2.50 euros a month.") is None
    assert number_flag("The fee is 2.5 euros a month.", "The fee is 3.5 euros a month.") is not None
