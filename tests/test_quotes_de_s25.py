"""German speakers, session 25 (invented sentences): the one asked answers after "gefragt, ob …:"; the owner of a
thing before "ist … worden" is no agent; plural people with a genitive or a place, "einer der Bauern", "ein
Anwohner" and kin nouns name no one; bare people nouns in the dative plural ("Von den Anwohnern hieß es") are read
as people."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quotes_in

Q = "„Wir sehen keinen Anlass“"


def _quote(text):
    (q,) = [q for q in normalised_quotes_in(text.replace("Q", Q)) if "keinen Anlass" in q.text]
    return q


def _named(text):
    sp = _quote(text).speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


def _mention(text):
    sp = _quote(text).speaker
    return sp.mention if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


# (a) the question is given as an indirect question: the quote after the colon answers it
@pytest.mark.parametrize("text", [
    "Anna Weber wurde von Journalisten gefragt, ob sie zurücktrete: Q.",
    "Anna Weber ist von Journalisten gefragt worden, ob sie zurücktrete: Q.",
    "Anna Weber wurde am Montag von Journalisten gefragt, ob sie zurücktrete: Q.",
    "Anna Weber wurde von Paul Krause gefragt, ob sie zurücktrete: Q.",
    "Von Journalisten wurde Anna Weber gefragt, ob sie zurücktrete: Q.",
    "Anna Weber wurde gefragt, ob sie zurücktrete: Q.",
])
def test_the_one_asked_answers(text):
    assert _named(text) == "Anna Weber"


@pytest.mark.parametrize("text", [
    "Die Ministerin wurde von Journalisten gefragt, warum sie schweige: Q.",
    "Paul Krause fragte Anna Weber, ob sie zurücktrete: Q.",
    "Anna Weber wurde von Journalisten gefragt, ob sie zurücktrete: Q.",
])
def test_who_asked_is_not_the_speaker(text):
    assert _mention(text) not in ("Journalisten", "Paul Krause")


# (e) "ist … worden": a von-phrase after a noun before the auxiliary is the noun's owner, no agent
@pytest.mark.parametrize("text,name", [
    ("Die Rede von Paul Krause ist von Anna Weber gelobt worden: Q.", "Anna Weber"),
    ("Die Rede von Paul Krause war von Anna Weber gelobt worden: Q.", "Anna Weber"),
    ("Der Plan von Paul Krause sei von Anna Weber kritisiert worden: Q.", "Anna Weber"),
    ("Die Rede von Paul Krause wurde von Anna Weber gelobt: Q.", "Anna Weber"),
    ("Die Ministerin ist von Paul Krause gelobt worden: Q.", "Paul Krause"),
])
def test_perfect_passive_agent_not_owner(text, name):
    assert _named(text) == name


@pytest.mark.parametrize("text", [
    "Die Rede von Paul Krause ist gelobt worden: Q.",
    "Die Rede von Paul Krause wurde gelobt: Q.",
])
def test_perfect_passive_without_agent_names_no_owner(text):
    assert _named(text) is None


# (e) a bare plural group with a genitive or a place, one of a group, someone with "ein": no name
@pytest.mark.parametrize("text", [
    "Die Anwohner der Straße sagten: Q.",
    "Q, sagten die Anwohner der Straße.",
    "Q, sagten Anwohner der Straße.",
    "Die Bauern der Region sagten: Q.",
    "Die Bewohner des Hauses sagten: Q.",
    "Q, sagte einer der Bauern.",
    "Einer der Bauern sagte: Q.",
    "Q, sagte eine der Anwohnerinnen.",
    "Q, sagte ein Anwohner.",
    "Q, sagten die Anwohner.",
    "Q, sagten Berlins genervte Anwohner.",
    "Q, sagten Frankreichs wütende Bauern.",
    "Q, meinten Kölns treue Fans.",
    "Von der Familie hieß es: Q.",
    "Q, sagte eine Kundin.",
    "Q, sagte eine der Kundinnen.",
    "Q, sagte ein Patient.",
    "Q, sagte ein Bauer aus Kiel.",
    "Q, sagte die Mutter.",
    "Q, sagten die Fans des Vereins.",
])
def test_plural_people_and_one_of_them_have_no_name(text):
    assert _named(text) is None


@pytest.mark.parametrize("text,name", [
    ("Q, sagte Fischer.", "Fischer"),
    ("Q, sagte Joschka Fischer aus Kiel.", "Joschka Fischer"),
    ("Q, sagte Paul Bauer.", "Paul Bauer"),
    ("Q, sagte der Bauernverband der Region.", "Bauernverband der Region"),
    ("Q, sagte Deutschlands oberster Polizist.", None),
    ("Q, sagte Thomas Mann.", "Thomas Mann"),
    ("Q, sagte Münchens Bürgermeister Dieter Reiter.", "Dieter Reiter"),
])
def test_names_next_to_people_nouns_kept(text, name):
    assert _named(text) == name


def test_a_letter_after_ein_is_no_person():
    q = _quote("Q, heißt es in einem Schreiben an Bürgermeisterin Eva Brandt.")
    assert q.speaker is None or q.speaker.confidence < SPEAKER_BAR or q.speaker.resolved_from != "role"


@pytest.mark.parametrize("text,name", [("Q, sagte Paul Bauer.", "Paul Bauer")])
def test_surname_that_is_a_people_noun_kept(text, name):
    assert _named(text) == name


# (f) a people noun in the dative plural before "hieß es" is read as people (no name), not missed or named
@pytest.mark.parametrize("text,mention", [
    ("Von den Anwohnern hieß es: Q.", "den Anwohnern"),
    ("Von den Eltern hieß es: Q.", "den Eltern"),
    ("Von den Kollegen hieß es: Q.", "den Kollegen"),
    ("Aus dem Kreis der Anwohner hieß es: Q.", "dem Kreis der Anwohner"),
])
def test_people_before_heissen_es_are_read_unnamed(text, mention):
    q = _quote(text)
    assert q.speaker is not None and q.speaker.mention == mention and q.speaker.name is None
