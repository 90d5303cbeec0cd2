"""'nine-and-a-half' written with hyphens is the same figure as 'nine and a half' (invented quotes):
reading only the second as 9.5 made a false `number` flag between two translations of one quote."""

import pytest

from aligner.match.consistency import numbers


@pytest.mark.parametrize("hyphened,spaced", [
    ("I need nine-and-a-half wins per season", "I would have to win nine and a half times a season"),
    ("It took two-and-a-half years", "It took two and a half years"),
])
def test_hyphened_and_a_half_reads_as_the_spaced_figure(hyphened, spaced):
    assert numbers(hyphened, "en") == numbers(spaced, "en")
    assert numbers(hyphened, "en") != numbers(hyphened.replace("-and-a-half", ""), "en")
