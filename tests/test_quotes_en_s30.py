"""en30 (session 26): English speakers that were a piece of a name, the wrong person, or a person filed as an
organisation.

Invented sentences only.  On main 9a2a463 each reproducer gave the wrong speaker in its comment at 0.9 (or the
kind it says)."""
from __future__ import annotations

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident, confident_name, speaker_in

_QE = '"We see no reason for concern,"'
_QC = '"We see no reason for concern."'


def _speaker(text: str):
    return speaker_in(text, "no reason for concern", "en", {"QE": _QE, "QC": _QC})


# main: 'Paris', 'London', 'French', 'Ohio' (the noun phrase after the verb cut before its lower-case head)
@pytest.mark.parametrize("text,name", [
    ("QE said Paris police.", "Paris police"),
    ("QE said London police on Monday.", "London police"),
    ("QE said the Paris police.", "Paris police"),
    ("QE Paris police said.", "Paris police"),
    ("According to Paris police, QC", "Paris police"),
    ("QE said Paris police spokesman Tom Reed.", "Tom Reed"),
    ("QE said Paris police chief Anna Lee.", "Anna Lee"),
])
def test_a_places_police_is_one_body(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", ["QE said Ohio farmers.", "QE said Ohio farmers at the fair.", "QE said Paris police officers."])
def test_a_places_people_have_no_name(text):
    sp = confident(_speaker(text))
    assert sp is not None and sp.name is None


# a person's name before "police" stays the person's (ungrammatical, but no name is made of it)
@pytest.mark.parametrize("text,name", [
    ("QE said Tom Reed police.", "Tom Reed"),
    ("QE said Tyra Banks.", "Tyra Banks"),
    ("QE Reed told Paris police.", "Reed"),
])
def test_a_person_before_police_or_plural_stays_the_person(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'America' / 'Airlines' / 'Human Rights' / 'Progress' / 'Mothers' (the organisation's name cut at "for")
@pytest.mark.parametrize("text,name", [
    ("QE Airlines for America said.", "Airlines for America"),
    ("QE said Airlines for America.", "Airlines for America"),
    ("QE Airlines for America said in a statement.", "Airlines for America"),
    ("QE said Physicians for Human Rights.", "Physicians for Human Rights"),
    ("QE Physicians for Human Rights said.", "Physicians for Human Rights"),
    ("QE the Center for American Progress said.", "Center for American Progress"),
    ("QE said Mothers for Peace.", "Mothers for Peace"),
])
def test_an_organisation_named_x_for_y_is_whole(text, name):
    assert confident_name(_speaker(text)) == name


# "for" after a person or with a small word after it joins nothing
@pytest.mark.parametrize("text,name", [
    ("QE said Tom Banks for Reuters.", "Tom Banks"),
    ("QE said Reed for years.", "Reed"),
    ("QE said Sen. Tom Reed for Ohio.", "Tom Reed"),
    ("QE said Mr. Jones for Citizens United.", "Mr. Jones"),
])
def test_for_after_a_person_joins_no_organisation(text, name):
    assert confident_name(_speaker(text)) == name


# main: 'states' (the count cut off, the plural read as a body's name); '3', '2231' (the number alone as a name)
@pytest.mark.parametrize("text", [
    "QE The 50 states say.",
    "The 50 states say: QC",
    "QE the 50 states say.",
    "QE the 50 governors said.",
])
def test_a_counted_plural_has_no_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and (sp.role or "").startswith("50 ")


@pytest.mark.parametrize("text,name", [
    ("Report 3 states: QC", "Report 3"),
    ("Report 3 says: QC", "Report 3"),
    ("Resolution 2231 states: QC", "Resolution 2231"),
    ("Article 5 states: QC", "Article 5"),
    ("Local 100 says: QC", "Local 100"),
])
def test_a_numbered_document_is_never_its_number(text, name):
    assert confident_name(_speaker(text)) == name


# main: Paul Quill 0.9 for "he" (the one called "a liar" taken for the speaker of those words, then for "he")
@pytest.mark.parametrize("text,name", [
    ('Mark Nega, who once called Paul Quill "a liar", came to the meeting late. QE he said.', "Mark Nega"),
    ('Mark Nega once called Paul Quill "a liar" in a debate. QE he said.', "Mark Nega"),
    ('Mark Nega dubbed Paul Quill "the boss" in 2019. QE he said.', "Mark Nega"),
])
def test_he_is_the_main_subject_not_the_one_called_names(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", [
    'The mayor, who once called Paul Quill "a liar", came to the meeting late. QE he said.',
    'Mark Nega, who once said Paul Quill was "a liar", came to the meeting late. QE he said.',
    'Anna Lee met Mark Nega, who once called Paul Quill "a liar". QE he said.',
    'Mark Nega, who once called Anna Quill "a liar", came to the meeting late. QE she said.',
])
def test_he_never_goes_to_a_name_inside_a_relative_aside(text):
    sp = _speaker(text)
    assert confident_name(sp) not in ("Paul Quill", "Anna Quill", "Anna Lee")
    assert "Anna Lee met" not in (sp.mention if sp else "") and "Anna Lee met" not in ((sp.role or "") if sp else "")


def test_the_one_called_names_does_not_speak_the_name():
    from tests.quote_helpers import quote_containing

    q = quote_containing('Mark Nega, who once called Paul Quill "a liar", came late.', "a liar", "en")
    assert q.speaker is None or q.speaker.name != "Paul Quill"


def test_a_relative_aside_is_no_part_of_the_role():
    sp = _speaker("Mark Nega, who once worked for Paul Quill, came to the meeting late. QE he said.")
    assert confident_name(sp) == "Mark Nega" and "worked" not in (sp.role or "")


# main: 'owner', 'longtime owner', 'lawyer' (the mark of the plural possessive read as a quote's closing mark)
@pytest.mark.parametrize("text,name", [
    ("Tom Reed, rVotes' owner, said: QC", "Tom Reed"),
    ('Tom Reed, rVotes\' owner, said "we see no reason for concern."', "Tom Reed"),
    ("Tom Reed, the Jets' owner, said: QC", "Tom Reed"),
    ("Tom Reed, the Jets’ longtime owner, said: “We see no reason for concern.”", "Tom Reed"),
    ("Anna Lee, the Smiths' lawyer, said: QC", "Anna Lee"),
    ("QE Tom Reed, rVotes' owner, said.", "Tom Reed"),
    ("QE said rVotes' owner Tom Reed.", "Tom Reed"),
])
def test_a_plural_possessive_is_no_quote_mark(text, name):
    assert confident_name(_speaker(text)) == name


def test_the_jets_owner_alone_is_no_name_owner():
    sp = _speaker("The Jets' owner said: QC")
    assert sp is not None and sp.name != "owner"


# main: name 'woman' / 'farmer' with id 'org:woman' (a person filed as an organisation)
@pytest.mark.parametrize("text,role", [
    ("QE the woman said.", "woman"),
    ("QE a farmer said.", "farmer"),
    ("QE said a dairy farmer.", "dairy farmer"),
    ("QE the man said.", "man"),
    ("QE said the driver, who asked not to be named.", "driver"),
    ("QE the woman, 45, said.", "woman"),
])
def test_a_person_noun_is_someone_unnamed_not_a_body(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.role == role
    assert not (sp.id or "").startswith("org:")


# a person noun never takes the name of someone named before (main: name 'woman'; taken back it would be Tom Reed)
@pytest.mark.parametrize("text", [
    "Tom Reed lost his barn. QE the woman said.",
    "Mayor Tom Reed visited the farm. QE the woman told him.",
    "Anna Lee lost her barn in the storm. QE the farmer said.",
    "Tom Reed, a farmer, lost his barn. QE the farmer said.",
])
def test_a_person_noun_takes_no_earlier_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None


# main: Tom Reed 0.9 for "he" right after a farmer spoke
def test_he_after_an_unnamed_farmer_is_no_sure_name():
    text = f'Tom Reed spoke first. {_QE} a farmer said. "Nobody came," he added.'
    from tests.quote_helpers import normalised_quote_containing

    q = normalised_quote_containing(text, "Nobody came", "en")
    assert q.speaker is None or q.speaker.confidence is None or q.speaker.confidence < SPEAKER_BAR or q.speaker.name is None


def test_a_company_stays_a_body():
    sp = _speaker("Siemens AG said sales fell. QE the company said.")
    assert sp is not None and (sp.id or "").startswith("org:")


# rv49: a surname in -s before "for" and a team or party is a person, for them (main: the surname; an early tip of
# this branch: 'Williams for Chelsea')
@pytest.mark.parametrize("text,bad", [
    ("QE said Williams for Chelsea.", "Williams for Chelsea"),
    ("QE said Adams for Ireland after the match.", "Adams for Ireland"),
    ("QE Reeves for Labour said on Sunday.", "Reeves for Labour"),
    ("QE said Banks for Chelsea.", "Banks for Chelsea"),
    ("QE Evans for Wales said.", "Evans for Wales"),
])
def test_a_surname_for_a_team_is_no_organisation(text, bad):
    assert confident_name(_speaker(text)) != bad


# a full name before "for" speaks for the paper or party after it (main: 'Reuters', 'Labour')
@pytest.mark.parametrize("text,name", [
    ("QE Tom Banks for Reuters said.", "Tom Banks"),
    ("QE Anna Lee for Labour said on Sunday.", "Anna Lee"),
    ("QE a spokesman for Labour said.", None),
])
def test_a_full_name_before_for_speaks(text, name):
    assert confident_name(_speaker(text)) == name


# rv49: he/she after an unnamed person who opens the sentence before, with where they are (main: the woman or man
# named in the sentence before that, at 0.9)
@pytest.mark.parametrize("text", [
    'Anna Kowal has left the summit. A woman in the crowd shouted at the police. QE she said.',
    'Anna Kowal has left the summit. A pensioner from Leeds was arrested outside. QE she said.',
    'Anna Kowal has left the summit. One woman shouted at the police. QE she said.',
    'Tom Kowal has left the summit. A man in the crowd shouted at the police. QE he said.',
    'Tom Kowal has left the summit. A farmer shouted at the police. QE he said.',
])
def test_he_she_after_an_unnamed_person_is_no_one_named_before(text):
    assert confident_name(_speaker(text)) is None


# "One of the two men" opening the sentence before: he may be one of them (main: the man named before that, 0.9)
@pytest.mark.parametrize("text", [
    "Tom Kowal has left the summit. One of the two men was arrested. QE he said.",
    "Tom Kowal has left the summit. One of his aides shouted at the police. QE he said.",
    "Tom Kowal has left the summit. One of the farmers was arrested. QE he said.",
    "Anna Kowal has left the summit. One of her aides shouted at the police. QE she said.",
])
def test_he_after_one_of_several_people_is_no_one_named_before(text):
    assert confident_name(_speaker(text)) is None


def test_he_after_one_of_his_cars_still_is_the_man_named():
    text = 'Tom Kowal has left the summit. One of his cars was stolen. QE he said.'
    assert confident_name(_speaker(text)) == "Tom Kowal"


# "said the Jets' owner": the owner speaks, no one named (main: 'Jets', 'Smiths' at 0.9)
@pytest.mark.parametrize("text,role", [
    ("QE said the Jets' owner.", "Jets' owner"),
    ("QE said the Jets’ owner.", "Jets’ owner"),
    ("QE said the Smiths' lawyer.", "Smiths' lawyer"),
])
def test_a_plural_owners_person_after_the_verb_speaks(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.role == role
