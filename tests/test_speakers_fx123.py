"""fx123: one rule for the offices before a German name, for the id and the shown name alike."""

import pytest

import aligner
from aligner.quotes.speakers import person_tokens


def _speaker(text: str):
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"))
    assert len(quotes) == 1
    return quotes[0].speaker


@pytest.mark.parametrize("frame, name, role", [
    # an office the role lists miss, then a place's adjective with its office: all three are the role
    ("sagte Landeshauptmann Churer Stadtrat Peter Caflisch", "Peter Caflisch", "Landeshauptmann Churer Stadtrat"),
    # neighbours that read the same before and after
    ("sagte der Churer Stadtrat Peter Caflisch", "Peter Caflisch", "Churer Stadtrat"),
    ("sagte Kantonsrat Peter Muster", "Peter Muster", "Kantonsrat"),
    ("sagte Bademeister Ruedi Zünd", "Ruedi Zünd", "Bademeister"),
    ("sagte der Tiroler Bademeister Ruedi Zünd", "Ruedi Zünd", "Tiroler Bademeister"),
    ("sagte der Churer Stadtrat Regierungsrat Peter Caflisch", "Peter Caflisch", "Churer Stadtrat Regierungsrat"),
    ("sagte Anna Maria Berger", "Anna Maria Berger", None),
])
def test_offices_before_a_german_name_are_the_role(frame, name, role):
    speaker = _speaker(f"„Wir bleiben dabei“, {frame}.")
    assert (speaker.name, speaker.role) == (name, role)
    assert person_tokens(speaker.name) == name.split()  # the id's words are the shown name's
