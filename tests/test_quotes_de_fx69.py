"""German speakers (fx69): a personal pronoun subject of a relative clause opened by a preposition ("…eine Rede,
in der er sagte:") is the main clause's named subject when gender agrees and no other person of that gender stands
between, else the pronoun stays unresolved below the bar; a name right after a pronoun subject behind a fronted
object ("Dem widerspricht sie Paul Krause gegenüber:") is an object, no speaker.  Invented sentences."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

Q = "„Der Hafen braucht mehr Geld.“"


def _named(text: str, part: str = "Hafen") -> str | None:
    sp = normalised_quote_containing(text, part).speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


@pytest.mark.parametrize("lead,name", [
    ("Jonas Brandt hielt eine Ansprache, in der er sagte:", "Jonas Brandt"),
    ("Lena Vogt erinnerte an die Debatte, bei der sie erklärt hatte:", "Lena Vogt"),
    ("Lena Vogt schickte einen Brief an Jonas Brandt, in dem sie forderte:", "Lena Vogt"),
    ("Jonas Brandt gab ein Interview, in dem er betonte:", "Jonas Brandt"),
])
def test_relative_pronoun_subject_is_main_subject(lead, name):
    assert _named(f"{lead} {Q}") == name


@pytest.mark.parametrize("lead,bad", [
    ("Jonas Brandt hielt eine Ansprache, in der sie sagte:", "Jonas Brandt"),  # the other gender
    ("Jonas Brandt schrieb Lukas Meier einen Brief, in dem er forderte:", "Jonas Brandt"),  # another man between
    ("Jonas Brandt schrieb Lukas Meier einen Brief, in dem er forderte:", "Lukas Meier"),
    ("Lena Vogt und Jonas Brandt gaben ein Interview, in dem sie sagten:", "Lena Vogt"),  # both of them
    ("Lena Vogts Sprecher hielt eine Rede, in der er sagte:", "Lena Vogt"),  # an owner, not the subject
    ("Die Ministerin verwies auf einen Brief von Jonas Brandt, in dem er schrieb:", "Die Ministerin"),
    ("Lena Vogt kritisierte den Minister in einer Rede, in der er sagte:", "Lena Vogt"),
])
def test_relative_pronoun_without_clear_antecedent_names_no_wrong_person(lead, bad):
    assert _named(f"{lead} {Q}") != bad


@pytest.mark.parametrize("lead", [
    "Dem widerspricht sie Jonas Brandt gegenüber:",
    "Dem hielt er Jonas Brandt entgegen:",
    "Dem widersprach er Jonas Brandt gegenüber:",
    "Darauf antwortete er Jonas Brandt:",
    "Dem widersprechen sie Jonas Brandt gegenüber:",
    "Dem stimmte er Jonas Brandt zu:",
])
def test_name_after_pronoun_subject_is_no_speaker(lead):
    assert _named(f"{lead} {Q}") != "Jonas Brandt"


def test_name_as_subject_after_fronted_object_still_speaks():
    assert _named(f"Dem widerspricht Jonas Brandt: {Q}") == "Jonas Brandt"
