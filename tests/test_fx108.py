"""fx108 (session 32): false flags left from session 31's board, each with the neighbours that keep today's
behaviour.  Pairs of hand-made sentences, compared as the product compares two versions of one quote."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare
from aligner.match.synonyms import installed_wordnet


def serious(a: str, b: str, lang: str = "en") -> list[str]:
    return sorted(f for f in compare(a, b, lang=lang).flags if f in DISTORTION_FLAGS)


# --- rv63-25: "neither X nor Y were" is "X was not ... and Y were not" --------------------------------------

NEITHER_SAME = [
    ("Neither the army nor the police were warned before the drones struck the depot.",
     "The army was not warned and the police were not warned before the drones struck the depot.", "en"),
    ("Weder die Armee noch die Polizei wurden gewarnt.",
     "Die Armee wurde nicht gewarnt und die Polizei wurde nicht gewarnt.", "de"),
]
NEITHER_KEEP_QUIET = [  # quiet at the start and now
    ("Neither the army nor the police were warned before the drones struck the depot.",
     "The army and the police were not warned before the drones struck the depot."),
    ("Neither Kyiv nor its partners have received the plan.", "Kyiv and its partners have not received the plan."),
    ("He neither confirmed nor denied the report.", "He did not confirm or deny the report."),
    ("We received neither weapons nor money.", "We did not receive weapons or money."),
]


@pytest.mark.parametrize("a,b,lang", NEITHER_SAME)
def test_neither_nor_spelled_out_is_no_negation(a: str, b: str, lang: str) -> None:
    assert "negation" not in serious(a, b, lang)
    assert "negation" not in serious(b, a, lang)


@pytest.mark.parametrize("a,b", NEITHER_KEEP_QUIET)
def test_neither_nor_neighbours_stay_quiet(a: str, b: str) -> None:
    assert serious(a, b) == []


def test_neither_nor_against_both_asserted_is_still_a_negation() -> None:
    assert "negation" in serious("The army was not warned and the police were not warned.",
                                 "The army was warned and the police were warned.")
    assert "negation" in serious("We received neither weapons nor money.", "We received weapons and money.")


def test_neither_nor_against_both_asserted_is_read_now() -> None:
    """The pair's verb is read as negated: against both asserted it is the negation (a miss at the start)."""
    assert "negation" in serious("Neither the army nor the police were warned.",
                                 "The army was warned and the police were warned.")


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
