"""German speakers, session 37 (ge38): invented sentences.

- an adjective and an institution's noun after the verb ("„…“, erklärte das Weiße Haus") are one name: the speaker
  is "Weiße Haus", never the adjective "Weiße" alone with "Haus" read as the verb's object (a body before its object,
  "lobte die Stadtverwaltung Paul Krüger", is still cut after the body).
"""

import pytest

from tests.quote_helpers import normalised_quote_containing

BEFORE = "„Wir sind sehr zufrieden“, sagte Anna Weber. "


def _speaker(text: str, part: str) -> tuple[str | None, str | None]:
    """Name and mention of the quote holding ``part`` after normalisation."""
    sp = normalised_quote_containing(text, part).speaker
    return (None, None) if sp is None else (sp.name, sp.mention)


@pytest.mark.parametrize(("text", "name"), [
    ("„Das ist kein Problem für uns“, erklärte das Weiße Haus.", "Weiße Haus"),
    ("„Das ist kein Problem für uns“, erklärte das Weiße Haus am Montag.", "Weiße Haus"),  # a time after the name
    ("„Das ist kein Problem für uns“, teilte das Weiße Haus mit.", "Weiße Haus"),  # a separable verb
    (BEFORE + "„Das ist kein Problem für uns“, erklärte das Weiße Haus.", "Weiße Haus"),  # another speaker before
    ("Am Montag kritisierte das Weiße Haus den Plan als „völlig unausgegoren“.", "Weiße Haus"),  # the object after it
    ("„Das ist kein Problem für uns“, erklärte das Rote Kreuz.", "Rote Kreuz"),
])
def test_adjective_and_institution_noun_are_one_name(text: str, name: str) -> None:
    got, mention = _speaker(text, "Problem" if "Problem" in text else "unausgegoren")
    assert got == name
    assert mention is not None and mention.endswith(name)


@pytest.mark.parametrize(("text", "name"), [
    ("„Das ist kein Problem für uns“, lobte die Stadtverwaltung Paul Krüger.", "Stadtverwaltung"),  # body, then object
    ("„Das ist kein Problem für uns“, erklärte die Polizei Kommission.", "Polizei"),  # no adjective before the noun
    ("„Das ist kein Problem für uns“, erklärte die Deutsche Bahn.", "Deutsche Bahn"),
    ("„Das ist kein Problem für uns“, sagte eine Sprecherin des Weißen Hauses.", None),  # a role of the body
])
def test_body_before_its_object_still_ends_at_the_body(text: str, name: str | None) -> None:
    assert _speaker(text, "Problem")[0] == name
