"""German: a parenthetical 'Wie wir berichteten, …' before a speech verb is the writer's aside, not the
framer of the quote; the cue's own subject after it is (invented sentences)."""

import pytest

from tests.quote_helpers import normalised_quote_containing


def _name(text: str, part: str, lang: str = "de") -> str | None:
    sp = normalised_quote_containing(text, part, lang).speaker
    return sp.name if sp is not None else None


@pytest.mark.parametrize("text,name", [
    ("Jonas Wendt erklärte: „Der Plan steht.“ Wie wir berichteten, sagte er: „Die Frist läuft ab.“", "Jonas Wendt"),
    ("Jonas Wendt erklärte: „Der Plan steht.“ Wie ich schrieb, betonte Hofer: „Die Frist läuft ab.“", "Hofer"),
    ("Wie wir meldeten, sagte Hofer: „Die Frist läuft ab.“", "Hofer"),
])
def test_parenthetical_wie_wir_is_not_the_speaker(text, name):
    assert _name(text, "Frist") == name


def test_english_as_we_reported_is_not_the_speaker():
    text = "Jonas Wendt said: “The plan stands.” As we reported, Hofer said: “The deadline runs out.”"
    assert _name(text, "deadline", "en") == "Hofer"
