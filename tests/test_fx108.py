"""fx108 (session 32): false flags left from session 31's board, each with the neighbours that keep today's
behaviour.  Pairs of hand-made sentences, compared as the product compares two versions of one quote."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare
from aligner.match.synonyms import installed_wordnet


def serious(a: str, b: str, lang: str = "en") -> list[str]:
    return sorted(f for f in compare(a, b, lang=lang).flags if f in DISTORTION_FLAGS)


# --- rv63-9: the synonym test finds hyphenated WordNet lemmas ("cease-fire", written "ceasefire") ------------

WORDNET = installed_wordnet()
needs_wordnet = pytest.mark.skipif(WORDNET is None, reason="no WordNet database installed")


@needs_wordnet
def test_a_hyphenated_lemma_is_found_as_written_and_closed() -> None:
    """WordNet spells "cease-fire" with its hyphen: looked up as written and written closed ("ceasefire")."""
    assert WORDNET is not None
    assert WORDNET.synonyms("cease-fire", "truce") and WORDNET.synonyms("ceasefire", "truce")
    assert WORDNET.synonyms("ceasefires", "truces")
    assert not WORDNET.synonyms("ceasefire", "war") and not WORDNET.synonyms("recover", "cover")


# --- rv63-19: two bounds on the same side of one figure ("At least 12" / "More than 12") are no wording flag ---

SOLDIERS = '"{} 12 soldiers were killed in the attack on the base near the front line on Sunday," he said.'


@pytest.mark.parametrize("a,b", [("At least", "More than"), ("Up to", "At most"), ("More than", "Over")])
def test_two_bounds_on_one_side_are_no_wording_flag(a: str, b: str) -> None:
    got = compare(SOLDIERS.format(a), SOLDIERS.format(b))
    assert "wording" not in got.flags and serious(SOLDIERS.format(a), SOLDIERS.format(b)) == []


@pytest.mark.parametrize("a,b", [("At least", "At most"), ("More than", "Fewer than")])
def test_bounds_on_opposite_sides_stay_a_negation(a: str, b: str) -> None:
    assert "negation" in serious(SOLDIERS.format(a), SOLDIERS.format(b))


def test_a_bound_against_a_hedge_stays_a_wording_flag() -> None:
    assert "wording" in compare(SOLDIERS.format("At least"), SOLDIERS.format("Almost")).flags
