"""fx131: German bodies, roles and quote forms (session-35 reviewers rv75, rv76, rv77).  Invented text only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quote_containing, sole_speaker

HEAD = "Hochwasser im Erzgebirge\n\n"


@pytest.mark.parametrize("mention", [
    # rv77-5: an age and a noun for what someone is, or kin, names no one
    "die 41-jährige Anwohnerin", "der 67-jährige Rentner", "die 29-jährige Mutter", "die Bewohnerin",
    "die Großmutter von vier Enkeln", "der junge Urlauber", "die Mieterin",
])
def test_a_person_by_age_and_common_noun_has_no_name(mention: str) -> None:
    sp = sole_speaker(HEAD + f"„Im Erdgeschoss steht der Schlamm“, sagte {mention}.")
    assert sp is not None and sp.name is None


@pytest.mark.parametrize("mention, name", [
    ("die 41-jährige Anwohnerin Birgit Lanz", "Birgit Lanz"),
    ("Rentner Olaf Brenner", "Olaf Brenner"),
    ("die 41-jährige Birgit", "Birgit"),
])
def test_a_name_after_the_noun_stays_the_name(mention: str, name: str) -> None:
    sp = sole_speaker(HEAD + f"„Im Erdgeschoss steht der Schlamm“, sagte {mention}.")
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text", [
    # rv77-6: another noun for another person is not the one quoted before
    HEAD + "„Im Erdgeschoss steht der Schlamm“, sagte die 41-jährige Anwohnerin. „Die Schafe sind ertrunken“, sagte der 58-jährige Landwirt.",
    HEAD + "„Im Erdgeschoss steht der Schlamm“, sagte die Ärztin Birgit Lanz. „Die Schafe sind ertrunken“, sagte der 70-jährige Helfer.",
    HEAD + "„Im Erdgeschoss steht der Schlamm“, sagte der 50-jährige Bauer. „Die Schafe sind ertrunken“, sagte die Mieterin.",
])
def test_a_role_noun_does_not_take_another_persons_name(text: str) -> None:
    q = quote_containing(text, "Schafe")
    assert q.speaker is not None and q.speaker.name is None


def test_the_same_noun_given_to_a_name_goes_back_to_it() -> None:
    text = HEAD + "Anwohnerin Birgit Lanz steht vor ihrem Haus. „Im Erdgeschoss steht der Schlamm“, sagt die Anwohnerin."
    sp = sole_speaker(text)
    assert sp is not None and sp.name == "Birgit Lanz"

