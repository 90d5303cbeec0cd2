"""en29 (session 25): English named / role speakers whose name was someone else's or a piece of a name.

Invented sentences only.  On main 1b735fd each reproducer gave the wrong name in its comment at 0.9 (or lost
the speaker where it says so)."""
from __future__ import annotations

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident_name, speaker_in

_QE = '"We see no reason for concern,"'
_QC = '"We see no reason for concern."'


def _speaker(text: str):
    return speaker_in(text, "no reason for concern", "en", {"QE": _QE, "QC": _QC})


# main: 'Reed' (the owner in "a Reed family friend" after the verb; the one represented / defended / advised)
@pytest.mark.parametrize("text", [
    "QE said a Reed family friend.",
    "QE said a Reed family spokesman.",
    "QE a lawyer representing Mr. Reed said.",
    "QE an attorney representing Ms. Reed told reporters.",
    "QE lawyers representing Mr. Reed said.",
    "QE a lawyer working for Mr. Reed said.",
    "QE a lawyer defending Mr. Reed said.",
    "QE an attorney advising Mr. Reed said.",
    "QE a lawyer representing Tom Reed said.",
    "QE the lawyer representing Reed said.",
    "QE a man representing Mr. Reed said.",
])
def test_someone_tied_to_a_named_person_is_not_that_person(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None
    assert "Reed" in (sp.role or "")


# main: 'Ms. Sherry' ("herr" inside the surname read it as a role word), 'Mr. Reed' / 'Mr' (the represented one)
@pytest.mark.parametrize("text,name", [
    ("QE Mr. Reed, the lawyer for Ms. Sherry, said.", "Reed"),
    ("QE Tom Reed, a lawyer representing Mr. Banks, said.", "Tom Reed"),
    ("QE said Tom Reed, a lawyer representing Mr. Banks.", "Tom Reed"),
    ("QE Mr. Reed, the lawyer for Ms. Banks, said.", "Reed"),
    ("QE Tom Reed, the lawyer for Tom Banks, said.", "Tom Reed"),
])
def test_the_named_one_before_a_tie_to_another_speaks(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'Airlines' (the adjective read as a role)
@pytest.mark.parametrize("text,name", [
    ("QE United Airlines said.", "United Airlines"),
    ("QE American Airlines said.", "American Airlines"),
    ("QE said United Airlines.", "United Airlines"),
    ("QE said American Airlines in a statement.", "American Airlines"),
])
def test_an_airline_named_by_an_adjective_is_the_whole_name(text, name):
    assert confident_name(_speaker(text)) == name


# main: no speaker (the apposition holds a number)
@pytest.mark.parametrize("text,name", [
    ("QE Mike Morrell, a 30-year veteran, said.", "Mike Morrell"),
    ("QE Anna Banks, a 45-year-old teacher, said.", "Anna Banks"),
])
def test_a_name_before_an_apposition_with_a_number_speaks(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'Sen. Quill put three' as a role at 0.9 (the words of a clause after the quote, no verb of saying)
@pytest.mark.parametrize("text", [
    "QE Sen. Quill put three states on notice.",
    "QE Tom Quill put three states on notice.",
])
def test_a_clause_without_a_verb_of_saying_gives_no_junk_speaker(text):
    sp = _speaker(text)
    assert sp is None or sp.confidence is None or sp.confidence < SPEAKER_BAR


# main: 'Tom Reed' / 'Reed' at 0.9 (the object of a relative clause before the verb of saying)
@pytest.mark.parametrize("text", [
    "QE a lawyer who represents Tom Reed said.",
    "QE a lawyer who represents Mr. Reed said.",
    "QE the woman who beat Tom Reed said.",
    "QE people who heard Tom Reed said.",
    "QE the report that criticized Tom Reed said.",
    "The woman who defeated Tom Reed said: QC",
])
def test_the_object_of_a_relative_clause_is_not_the_speaker(text):
    assert confident_name(_speaker(text)) is None


@pytest.mark.parametrize("text,name", [
    ("QE Anna Banks who beat Tom Reed said.", "Anna Banks"),
    ("QE Anna Banks, who beat Tom Reed, said.", "Anna Banks"),
    ("QE Tom Reed said.", "Tom Reed"),
    ("QE a sign that Tom Reed said.", "Tom Reed"),
])
def test_the_subject_before_a_relative_clause_still_speaks(text, name):
    assert confident_name(_speaker(text)) == name


# main: no name (a short role word inside the name: "herr" in Sherry, "russe" in Russell, "imam" in Imamoglu)
@pytest.mark.parametrize("text,name", [
    ("QE said Jared Russell.", "Jared Russell"),
    ("QE Tom Herrera said.", "Tom Herrera"),
    ("QE said Ekrem Imamoglu.", "Ekrem Imamoglu"),
    ("QE said Anna Popescu.", "Anna Popescu"),
    ("QE Sherrod Brown said.", "Sherrod Brown"),
])
def test_a_role_word_inside_a_name_leaves_the_name(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text,role", [
    ("QE said the mayor.", "mayor"),
    ("QE the coaches said.", "coaches"),
    ("QE an aide said.", "aide"),
    ("QE said the Senate majority leader.", "Senate majority leader"),
    ("QE said the Pentagon press secretary.", "Pentagon press secretary"),
])
def test_role_words_still_name_roles(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and role.endswith(sp.role or "?")


# main: 'winning the New Hampshire primaries' (a gerund after a preposition), 'reboot his campaign' / 'fix his campaign'
# (a verb and its object after "to" or a modal) as the speaker at 0.9
@pytest.mark.parametrize("text,name", [
    ("QE Tom Reed, the frontrunner nationally and current polling leader in Ohio by a wide margin after winning the "
     "New Hampshire primaries, said.", "Tom Reed"),
    ("QE Tom Reed, the leader after beating Ann Lee, said.", "Tom Reed"),
    ("QE Tom Reed, a teacher before joining the council, said.", "Tom Reed"),
])
def test_a_gerund_after_a_preposition_is_no_speaker(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", [
    "The retired surgeon gave no details about how he planned to reboot his campaign, saying only that he was QC",
    "The surgeon declined to say how he would fix his campaign, saying that he was QC",
])
def test_a_verb_and_its_object_are_no_speaker(text):
    sp = _speaker(text)
    assert sp is None or "campaign" not in (sp.mention or "")


# main: 'another advised' / 'another warned' (the verb taken into the mention of someone unnamed)
@pytest.mark.parametrize("text", ["QE another advised.", "QE another warned.", "One sign read, \"Buckle up.\" Another advised, QC"])
def test_someone_alone_keeps_the_verb_out(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.mention.lower() == "another"


@pytest.mark.parametrize("text,role", [
    ("QE said one retired teacher.", "one retired teacher"),
    ("QE another retired general said.", "another retired general"),
])
def test_someone_alone_keeps_an_adjective(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.mention == role


# main: 'Mexican heritage' at 0.9 (a thing of someone's before "who"), 'Led' (an opening participle) as names
@pytest.mark.parametrize("text,bad", [
    ("The judge questioned the man because of his Mexican heritage, who fights with reporters, claims that the firm QC",
     "Mexican heritage"),
    ("Led by Council Speaker Anna Reed, the rally denounced the call for QC", "Led"),
])
def test_no_thing_or_participle_as_a_name(text, bad):
    sp = _speaker(text)
    assert sp is None or sp.name != bad


@pytest.mark.parametrize("text,name", [
    ("At a rally in Dayton, Ohio, Tom Reed told voters: QC", "Tom Reed"),
    ("QE said Ohio Gov. Tom Reed.", "Tom Reed"),
    ("QE Ohio said.", "Ohio"),
])
def test_names_near_places_stay(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'lawyer' / 'neighbor' (the genitive of a plural or s-name cut off at its apostrophe)
@pytest.mark.parametrize("text,role", [
    ("QE the Smiths' lawyer said.", "Smiths' lawyer"),
    ("QE the Jones' neighbor said.", "Jones' neighbor"),
])
def test_a_genitive_in_s_apostrophe_stays_in_the_role(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.role == role


@pytest.mark.parametrize("text,name", [
    ("QE Tom Reed, the Smiths' lawyer, said.", "Tom Reed"),
    ("QE Tom Jones' aide, Ann Lee, said.", "Ann Lee"),
])
def test_the_name_beside_an_s_apostrophe_genitive_speaks(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'the candidate' kept when a participle and an infinitive stand before the verb
def test_a_participle_with_an_infinitive_keeps_its_subject():
    sp = _speaker("QE the candidate hoping to win the state said.")
    assert sp is not None and sp.role == "candidate"
