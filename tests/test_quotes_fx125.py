"""fx125: English speaker findings of the session-34 reviewers (rv72, rv73, rv74)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import sole_speaker

STORM = "Storm Zoltan live: thousands without power\n\n"


@pytest.mark.parametrize("text, name", [
    # rv74-11: the pronoun after a colon-introduced quote is the person who opens the sentence
    (STORM + 'Energy minister Katherina Reiche repeated her figure: "About 12,000 households are without power tonight," she said.',
     "Katherina Reiche"),
    ("Hurricane Katrina: thousands without power\n\n"
     'Mayor Ray Nagin repeated his figure: "About 12,000 households are without power tonight," he said.', "Ray Nagin"),
    ('Storm hits Germany\n\nEnergy minister Katherina Reiche repeated her figure: "About 12,000 households are without power '
     'tonight," she said.', "Katherina Reiche"),
])
def test_colon_opener_is_the_pronoun(text: str, name: str) -> None:
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text", [
    # rv74-11: a named storm in a headline is no one a "she"/"he" may mean
    STORM + 'The minister repeated her figure: "About 12,000 households are without power tonight," she said.',
    "Tropical Storm Ernesto nears Bermuda\n\nThe governor addressed the island. \"Stay indoors tonight,\" she said.",
])
def test_storm_is_no_antecedent(text: str) -> None:
    sp = sole_speaker(text, "en")
    assert sp is None or not sp.name or "Storm" not in sp.name


@pytest.mark.parametrize("text, name", [
    # neighbours: another person before the colon, or another gender, keeps today's answer
    ('Ann Lee repeated her figure: "About 12,000 households are without power," he said.', None),
    ('Ann Lee praised Tom Lane: "He did very well today," she said.', "Ann Lee"),
    ('Ann Lee repeated her figure: "About 12,000 households are without power." She said it twice.', "Ann Lee"),
    ('"I loved making this film," Storm Reid said.', "Storm Reid"),
])
def test_colon_opener_neighbours(text: str, name: str | None) -> None:
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name

