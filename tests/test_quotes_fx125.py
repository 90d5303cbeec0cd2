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




@pytest.mark.parametrize("text, name", [
    # rv73-11: a surname that opens with a particle, alone, is a person (was an org id, or 'Blasio' with the role 'de')
    ('"We will not pause the AI Act," von der Leyen said.', "von der Leyen"),
    ('"We will not pause the AI Act," said von der Leyen.', "von der Leyen"),
    ('"We are ready," de Blasio said.', "de Blasio"),
])
def test_particle_surname_is_a_person(text: str, name: str) -> None:
    from tests.quote_helpers import normalised_quotes_in
    (q,) = normalised_quotes_in(text, "en")
    assert q.speaker is not None and q.speaker.name == name
    assert q.speaker.id is not None and q.speaker.id.startswith("spk:")


@pytest.mark.parametrize("mention, expected", [
    # neighbours: bodies and papers after a particle-like article, a lower-case phrase, a body word: as before
    ("the von der Leyen administration", ("von der Leyen administration", None, "group")),
    ("de facto", ("de facto", None, "group")),
    ("Ursula von der Leyen", ("Ursula von der Leyen", None, "person")),
])
def test_particle_surname_neighbours(mention: str, expected: tuple) -> None:
    from aligner.quotes.speakers import parse_mention
    assert parse_mention(mention, "en") == expected
