"""English reported speech (invented sentences), session 20: "Name, the role, said <clause>".

Each test fails without its rule (on eac01f1)."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _quotes(text: str):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))


@pytest.mark.parametrize(("text", "who", "message"), [
    ("Maria Holt, the mayor, said the bridge would open in May.", "Maria Holt", "bridge would open"),
    ("Pete Dunn, a farmer from Kent, said his cows stayed inside all winter.", "Pete Dunn", "cows stayed inside"),
    ("Lena Park, the head teacher, said her pupils worked hard for the exams.", "Lena Park", "pupils worked hard"),
    ("Omar Reyes, the striker, said the referee missed the foul.", "Omar Reyes", "referee missed"),
])
def test_name_and_apposition_then_a_clause_with_a_common_noun_subject(text, who, message):
    # the clause after "said" is the message and the name before the comma its speaker, not "<message>, said the bridge"
    qs = _quotes(text)
    assert not [q for q in qs if q.text.startswith(who)], [(q.text, q.speaker) for q in qs]
    hits = [q for q in qs if message in q.text]
    assert hits and hits[0].speaker is not None and hits[0].speaker.name == who, [(q.text, q.speaker) for q in qs]


@pytest.mark.parametrize(("text", "who"), [
    ("The bridge would open in May after all the delays, said the mayor.", "mayor"),
    ("The talks failed again on Monday night, said the official involved in the talks.", "official"),
])
def test_an_inverted_frame_keeps_its_speaker_after_the_verb(text, who):
    qs = _quotes(text)
    assert qs and qs[0].speaker is not None and who in qs[0].speaker.mention, [(q.text, q.speaker) for q in qs]
