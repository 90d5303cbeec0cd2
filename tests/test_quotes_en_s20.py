"""English reported speech (invented sentences), session 20: "Name, the role, said <clause>".

Each test fails without its rule (on eac01f1), but the guards of the old reading."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers
from tests.quote_helpers import normalised_quote_containing


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


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("text", "part", "earlier"), [
    ("Paul Hart left the club in June. Mark Dale said the manager was tired because he felt “worn out by it all.”",
     "worn out", "Paul Hart"),
    ("Nina Ford spoke at the rally. Sara Kent said her sister was angry and she felt “let down by everyone.”",
     "let down", "Nina Ford"),
])
def test_a_blocked_reporter_hands_the_pronoun_to_no_earlier_person_at_the_bar(text, part, earlier):
    # the reporter's clause has its own subject ("the manager was tired"): an earlier person is no surer antecedent
    sp = _speaker(text, part)
    assert sp is None or sp.name != earlier or (sp.confidence or 0) < 0.8, sp


def test_an_unblocked_reporter_still_takes_the_pronoun():
    sp = _speaker("Paul Hart left the club in June. Mark Dale said he was “worn out by it all.”", "worn out")
    assert sp is not None and sp.name == "Mark Dale" and (sp.confidence or 0) >= 0.8, sp
