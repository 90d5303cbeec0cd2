"""fx132: English speaker findings of the session-35 reviewers (rv75, rv76, rv77).  Invented text only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import SPEAKER_BAR, quote_speaker, quotes_in

FORECAST = '"We counted 90 millimetres of rain overnight," said Karl Brenner, a forecaster at the agency.\n'


@pytest.mark.parametrize("between, pronoun", [
    # rv77-1: an unnamed spokesperson "for" a body (and a place) speaks between the named man and the pronoun
    ("A spokeswoman for the fire brigade in Leipzig said four houses were gone.", "she"),
    ("A spokesman for the regional water board said the dam held.", "he"),
    ("A spokesman for the fire brigade in Leipzig said four houses were gone.", "he"),
])
def test_unnamed_spokesperson_between_keeps_the_pronoun_below_the_bar(between: str, pronoun: str) -> None:
    text = FORECAST + between + f' "We cannot reach the village," {pronoun} said.'
    name, conf = quote_speaker(text, "We cannot", "en")
    assert name is None or conf is None or conf < SPEAKER_BAR


def test_a_non_person_between_leaves_the_forecaster() -> None:
    text = FORECAST + 'The search for the missing hikers in the valley was called off. "It will be a long night," he said.'
    assert quote_speaker(text, "It will", "en") == ("Karl Brenner", 0.9)


@pytest.mark.parametrize("frame, name", [
    # rv75-2: a government body named "X for Y", or capitalised words before a body's head word, is one organisation
    ("the Department for Education said.", "Department for Education"),
    ("said the Department for Transport.", "Department for Transport"),
    ("the Local Government Association said.", "Local Government Association"),
    ("the Office for Students said.", "Office for Students"),
])
def test_a_body_named_whole(frame: str, name: str) -> None:
    text = '"Every secondary school will get new laptops," ' + frame
    got, conf = quote_speaker(text, "Every", "en")
    assert got == name


def test_a_minister_of_local_government_keeps_his_name() -> None:
    text = '"Every secondary school will get new laptops," said Local Government Minister Jim Hall.'
    assert quote_speaker(text, "Every", "en")[0] == "Jim Hall"


# rv77-11 (UK emergency services named "X and Y Police" one body each): 0154e22b taken back (pr36-10: "Network Rail
# and British Transport Police said", "Ofsted and Kent Police" became one body of both at 0.9)


@pytest.mark.parametrize("text", [
    '"Stay off the moor tonight," Tom Reed and Kent Police said.',
    'Tom Reed runs the farm. "Stay off the moor tonight," Reed and Kent Police said.',
])
def test_a_person_and_a_police_force_are_no_one_body(text: str) -> None:
    name, _ = quote_speaker(text, "Stay", "en")
    assert name is None or "Reed" not in name


@pytest.mark.parametrize("frame, role", [
    # rv75-1: a party's group leader on a council is a role, never the party speaking
    ("said the Labour group leader.", "Labour group leader"),
    ("said the Liberal Democrat group leader on the council.", "Liberal Democrat group leader"),
    ("said the Conservative group spokesman.", "Conservative group spokesman"),
])
def test_a_party_group_leader_is_a_role(frame: str, role: str) -> None:
    (q,) = quotes_in('"The pool will stay open," ' + frame, "en")
    assert q.speaker is not None and q.speaker.name is None and q.speaker.role == role


def test_a_named_group_leader_keeps_his_name() -> None:
    assert quote_speaker('"The pool will stay open," said Labour group leader Tom Hale.', "The pool", "en")[0] == "Tom Hale"


@pytest.mark.parametrize("text, lang", [
    # rv76-13: a church office without a name is a role (pointing back to its holder or to no one), never a body
    ('Cardinal Pietro Rinaldi met Cardinal Matteo Vanni on Monday. "The Holy See is ready to help," the cardinal said.', "en"),
    ('"The Holy See is ready to help," said the Pontiff.', "en"),
    ('Bishop Anna Whitcombe met Bishop Tom Hale. "We pray for peace," the bishop said.', "en"),
    ("Papst Leo XIV. rief zur Waffenruhe auf. «Gewalt ist nie die Antwort», sagte der Pontifex.", "de"),
])
def test_a_church_office_is_no_organisation(text: str, lang: str) -> None:
    (q,) = quotes_in(text, lang)
    assert q.speaker is not None and not (q.speaker.id or "").startswith("org:") and q.speaker.role


def test_the_cardinal_is_the_one_just_named() -> None:
    text = 'Pope Leo XIV met Cardinal Pietro Rinaldi on Monday. "The Holy See is ready to help," the cardinal said.'
    assert quote_speaker(text, "The Holy", "en")[0] == "Pietro Rinaldi"


@pytest.mark.parametrize("text, name", [
    ('"We pray for peace," said Julie Bishop.', "Julie Bishop"),
    ('"We will win the pennant," the Cardinals said.', "Cardinals"),
])
def test_names_and_teams_with_church_words_stay(text: str, name: str) -> None:
    assert quote_speaker(text, "We", "en")[0] == name
