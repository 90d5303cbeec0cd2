"""English speakers (invented sentences), session 18b.

A role noun after a name or place ("the Stanford graduate", "the Ohio voter") ends the speaker's noun
phrase, so the speaker is that person, never the place or firm before the role; and a cue word that
heads the prepositional phrase of a speech verb ("said on the MSNBC show:") is a noun, not a second
verb with its own subject.  Each test fails on 61aa374 (before these rules)."""

from __future__ import annotations

import pytest

from aligner.model import Speaker
from aligner.quotes.base import find_cues
from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, part: str) -> Speaker | None:
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("text", "place"), [
    ("“We will fix the roads first,” said the Stanford graduate, who moved to town in May.", "Stanford"),
    ("“We will fix the roads first,” said the Acme executive.", "Acme"),
    ("“We will fix the roads first,” said the Dayton resident.", "Dayton"),
    ("“We will fix the roads first,” said the Navy veteran.", "Navy"),
    ("“We will fix the roads first,” said the Ohio voter.", "Ohio"),
    ("“We will fix the roads first,” said the Acme employee.", "Acme"),
    ("“We will fix the roads first,” said the Baker supporter.", "Baker"),
    ("“We will fix the roads first,” said the Texas billionaire.", "Texas"),
    ("The Stanford graduate said: “We will fix the roads first.”", "Stanford"),
    ("“We will fix the roads first,” said the Texas businessman.", "Texas"),
    ("“We will fix the roads first,” said the Ohio incumbent.", "Ohio"),
    ("The Baker confidant said: “We will fix the roads first.”", "Baker"),
    ("“We will fix the roads first,” said the Acme lobbyist.", "Acme"),
])
def test_a_role_noun_after_a_name_is_the_speaker_not_the_name(text, place):
    sp = _speaker(text, "roads")
    assert sp is not None
    assert place not in (sp.name or "") and place not in (sp.id or "")
    assert sp.mention.split()[-1].rstrip(",.") in {"graduate", "executive", "resident", "veteran", "voter", "employee",
                                                   "supporter", "billionaire", "businessman", "incumbent", "confidant",
                                                   "lobbyist"}


@pytest.mark.parametrize("text", [
    "Tom Baker said on the MSNBC show: “We will fix the roads first.”",
    "Tom Baker said Tuesday on the Fox News show: “We will fix the roads first.”",
    "Tom Baker told viewers in a CNN report: “We will fix the roads first.”",
])
def test_a_cue_word_heading_the_verbs_place_phrase_is_a_noun(text):
    sp = _speaker(text, "roads")
    assert sp is not None and sp.name == "Tom Baker"


@pytest.mark.parametrize(("text", "lemma"), [
    # no speech verb before the place phrase: the cue word is the clause's verb
    ("Doctors at the Mayo Clinic report: “We will fix the roads first.”", "report"),
    ("On Tuesday the Acme Group reports: “We will fix the roads first.”", "report"),
    # a past tense is never the phrase's noun
    ("Tom Baker said on Tuesday that the Acme Group reported: “We will fix the roads first.”", "report"),
])
def test_a_verb_after_a_place_phrase_stays_a_verb(text, lemma):
    assert lemma in [c.lemma for c in find_cues(text, 0, len(text), "en")]
