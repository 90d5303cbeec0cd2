"""German: a "wie X sagte" / "so X" frame whose subject reads as two noun phrases (a body and a name, two names)
names no one rather than one joined name; an agency dateline opening a paragraph stays out of the quote.
Invented sentences."""

import pytest

from tests.quote_helpers import confident, quotes_in, speaker_in

Q_DE = "„Wir sehen keinen Anlass zur Sorge“"


@pytest.mark.parametrize("frame", [
    "wie die Polizei Anna Weber sagte.",
    "wie die Polizei Anna Weber mitteilte.",
    "so die Polizei Anna Weber.",
    "wie Anna Weber Paul Krause sagte.",
    "wie Paul Krause Anna Weber sagte.",
    "so Anna Weber Paul Krause.",
    "wie Anna Weber der Zeitung sagte.",
])
def test_wie_or_so_frame_with_two_noun_phrases_names_no_one(frame):
    assert confident(speaker_in(f"{Q_DE}, {frame}", "keinen Anlass")) is None


def test_wie_frame_opening_a_sentence_with_two_noun_phrases_names_no_one():
    (q,) = quotes_in("Wie die Polizei Anna Weber sagte, sei die Lage ruhig und niemand verletzt.")
    assert confident(q.speaker) is None


@pytest.mark.parametrize("frame,name", [
    ("wie die Polizei sagte.", "Polizei"),
    ("wie Anna Weber sagte.", "Anna Weber"),
    ("wie der Sprecher Paul Krause sagte.", "Paul Krause"),
    ("wie Bundeskanzler Olaf Scholz sagte.", "Olaf Scholz"),
    ("wie die Ministerin Anna Weber sagte.", "Anna Weber"),
    ("wie die Stadt Köln mitteilte.", "Stadt Köln"),
    ("wie die Neue Westfälische Rundschau berichtete.", "Neue Westfälische Rundschau"),
    ("wie Hans Dieter Pötsch sagte.", "Hans Dieter Pötsch"),
    ("so der Sprecher Paul Krause.", "Paul Krause"),
    ("so Hans Dieter Pötsch.", "Hans Dieter Pötsch"),
    ("so Anna Weber, Sprecherin der Polizei.", "Anna Weber"),
])
def test_wie_or_so_frame_with_one_noun_phrase_keeps_its_speaker(frame, name):
    sp = confident(speaker_in(f"{Q_DE}, {frame}", "keinen Anlass"))
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("dateline", ["Hamburg (dpa) - ", "MÜNCHEN - ", "Frankfurt/Main (dpa/AFP) – ", "Lwiw — "])
def test_agency_dateline_opening_a_paragraph_stays_out_of_the_quote(dateline):
    text = f"Hafen bleibt offen\n\n{dateline}„Wir werden den Hafen nicht schließen“, sagte Bürgermeisterin Anna Weber am Dienstag."
    (q,) = quotes_in(text)
    assert (q.kind, q.text) == ("direct", "Wir werden den Hafen nicht schließen")
    assert confident(q.speaker) is not None and q.speaker.name == "Anna Weber"


def test_words_before_a_dash_that_are_no_dateline_stay_in_the_reporters_sentence():
    (q,) = quotes_in("Die Antwort der Stadt – „Wir werden den Hafen nicht schließen“, sagte Anna Weber.")
    assert q.kind != "direct"
