"""English speakers, session 31 (en35): a body's name before a title noun the role list did not hold ("Tesco boss Ken
Murphy", "BBC presenter Anna Reid"), a lower-case-only role word written with a capital before a first name ("Solicitor
Karen Shaw"), the one who led or ran a study or poll after "according to" ("a study led by Anna Weber"), an owner's bare
apostrophe before a person's name ("Mercedes' Toto Wolff")."""
import pytest

from tests.quote_helpers import normalised_quotes_in


def _speaker(text):
    return normalised_quotes_in(text, "en")[0].speaker


def _confident_name(sp):
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= 0.8 else None


# a body's name, a title noun, a full name: the person speaks (2dc4234: the body at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Tesco boss Ken Murphy.', "Ken Murphy"),
    ('"We will win," said Ryanair boss Michael O\'Leary.', "Michael O'Leary"),
    ('"We will win," said Fox News anchor Bret Baier.', "Bret Baier"),
    ('"We will win," said BBC presenter Anna Reid.', "Anna Reid"),
    ('"We will win," said Guardian columnist Anna Reid.', "Anna Reid"),
    ('"We will win," said Reuters correspondent Anna Reid in Kyiv.', "Anna Reid"),
    ('"We will win," said Labour backbencher Anna Reid.', "Anna Reid"),
    ('"We will win," said Oxford historian Anna Reid.', "Anna Reid"),
])
def test_body_and_title_noun_before_a_name_give_the_person(text, name):
    assert _confident_name(_speaker(text)) == name


# the bare title noun is no one's name (2dc4234: 'boss' as a name at 0.9)
def test_the_boss_alone_is_not_a_name():
    sp = _speaker('"We will win," said the boss.')
    assert sp is not None and sp.name is None


# neighbours, right at 2dc4234 and kept: the body alone, its spokesman, a possessive, a firm or person named Boss/Anchor
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Tesco.', "Tesco"),
    ('"We will win," BBC News said.', "BBC News"),
    ('"We will win," said Tesco\'s Ken Murphy.', "Ken Murphy"),
    ('"We will win," Hugo Boss said.', "Hugo Boss"),
    ('"We will win," said the Anchor Inn.', "Anchor Inn"),
    ('"We will win," said Anna Reid, the Tesco boss.', "Anna Reid"),
    ('"We will win," said former Tesco boss Terry Leahy.', "Terry Leahy"),
])
def test_neighbours_of_title_nouns_keep_their_names(text, name):
    assert _confident_name(_speaker(text)) == name


def test_a_spokesman_of_the_body_stays_unnamed():
    sp = _speaker('"We will win," a Tesco spokesman said.')
    assert sp is not None and sp.name is None


# a lower-case-only role word opening the name with a capital, then a listed first name: the role is no part of the name
# (2dc4234: 'Solicitor Karen Shaw', which names_verdict did not know as Karen Shaw)
@pytest.mark.parametrize("text, name", [
    ('Solicitor Karen Shaw said: "We will appeal."', "Karen Shaw"),
    ('"We will appeal," said Solicitor Karen Shaw.', "Karen Shaw"),
    ('Author Anna Reid said: "The book is about grief."', "Anna Reid"),
    ('Defendant Tom Reed told the court: "I am innocent."', "Tom Reed"),
    ('Pollster John Curtice said: "The numbers moved."', "John Curtice"),
    ('Barrister Helen Marsh said: "This is a landmark case."', "Helen Marsh"),
    ('Accused Tom Reed said: "I am innocent."', "Tom Reed"),
])
def test_capitalised_role_before_a_first_name_leaves_the_name(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours, right at 2dc4234 and kept: bodies and people whose names hold the words
@pytest.mark.parametrize("text, name", [
    ('"Thank you," said the Accused Persons Trust.', "Accused Persons Trust"),
    ('"Thank you," said Challenger Motor Group.', "Challenger Motor Group"),
    ('"We will win," Reality Winner said.', "Reality Winner"),
    ('"Thank you," said the Anchor Tom Hill Foundation.', "Anchor Tom Hill Foundation"),
])
def test_neighbours_of_capitalised_roles_keep_their_names(text, name):
    assert _confident_name(_speaker(text)) == name


# "according to a study led / a poll run by X": X is the source, not the generic noun (2dc4234: 'study', 'poll' at 0.85,
# one org id for every study)
@pytest.mark.parametrize("text, name", [
    ("Deaths fell by 30 percent, according to a study led by Anna Weber of the University of Bonn.", "Anna Weber"),
    ("Deaths fell by 30 percent, according to research led by Professor Anna Weber.", "Anna Weber"),
    ("Deaths fell by 30 percent, according to a poll run by Ipsos.", "Ipsos"),
    ("Deaths fell by 30 percent, according to a study led by the University of Bonn.", "University of Bonn"),
    ('"Deaths fell by 30 percent," according to a study led by Anna Weber.', "Anna Weber"),
])
def test_the_one_who_led_the_study_is_the_source(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours, as at 2dc4234: no single named agent after "by" (a group, two people, a pronoun, a clause on), the document
@pytest.mark.parametrize("text", [
    "Deaths fell by 30 percent, according to a study led by researchers at the University of Bonn.",
    "Deaths fell by 30 percent, according to a study carried out by Anna Weber and Tom Reed.",
    "Deaths fell by 30 percent, according to a study led by Anna Weber and published in Nature.",
    "Deaths fell by 30 percent, according to a study led by him.",
    "Deaths fell by 30 percent, according to a study published on Monday.",
])
def test_neighbours_of_led_by_keep_the_document(text):
    assert _confident_name(_speaker(text)) == "study"


# an owner's bare apostrophe ("Mercedes'", "Texas'") before a person's name: the person (2dc4234: the owner at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Mercedes\' Toto Wolff.', "Toto Wolff"),
    ('"We will win," said Mercedes’ Lewis Hamilton.', "Lewis Hamilton"),
    ('"We will win," said Texas\' Ted Cruz.', "Ted Cruz"),
    ('"We will win," said Wales\' Gareth Bale.', "Gareth Bale"),
    ('"We will win," said the Reds\' Mohamed Salah.', "Mohamed Salah"),
    ('"We will win," Mercedes\' Toto Wolff said.', "Toto Wolff"),
])
def test_owner_with_bare_apostrophe_before_a_name_gives_the_person(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours, right at 2dc4234 and kept: bodies named with a plural's apostrophe, the owner's lower-case role
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Ukraine\'s Armed Forces.', "Ukraine's Armed Forces"),
    ('"The bridge was destroyed," the Philippines\' Armed Forces said.', "Philippines' Armed Forces"),
    ('"We will win," said Stuttgart\'s Deniz Undav.', "Deniz Undav"),
])
def test_neighbours_of_bare_apostrophe_keep_their_names(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours as at 2dc4234: no person's name after the apostrophe, so no person is read there ("Washington Bureau")
@pytest.mark.parametrize("text, name", [
    ('"We will win," said the Jets\' owner.', None),
    ('"We will win," said the Teachers\' Union.', None),
    ('"We will win," said the Times\' Washington Bureau.', "Times"),
])
def test_bodies_after_a_bare_apostrophe_are_no_person(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name


# police ranks written with a capital before a listed first name are no part of the name, so the name's gender is read
# (2dc4234: 'Detective Anna Hill' as the name, and "he" resolved to her at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"He confessed," said Detective Anna Hill.', "Anna Hill"),
    ('"He confessed," said Superintendent Anna Hill.', "Anna Hill"),
    ('"He confessed," said Sergeant Anna Hill.', "Anna Hill"),
    ('"He confessed," said Sheriff Tom Hill.', "Tom Hill"),
    ('The suspect, Tom Reed, was charged. Detective Karen Shaw spoke. "He confessed," the detective said.', "Karen Shaw"),
])
def test_police_rank_before_a_first_name_leaves_the_name(text, name):
    assert _confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", [
    'Detective Anna Hill questioned the suspect. "I did nothing," he said.',
    'Police arrested a 32-year-old man on Monday. Detective Anna Hill said he was held. "I did nothing," the suspect said.',
])
def test_the_detective_is_not_the_suspect(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None


# neighbours, right at 2dc4234 and kept: surnames and names that are rank words
@pytest.mark.parametrize("text, name", [
    ('"He confessed," said John Constable.', "John Constable"),
    ('"He confessed," said Anna Sheriff.', "Anna Sheriff"),
    ('"He confessed," said Inspector Morse.', "Inspector Morse"),
    ('"It was hard," Detective Comics said.', "Detective Comics"),
    ('"He confessed," said Pinkerton Detective Agency.', "Pinkerton Detective Agency"),
])
def test_neighbours_of_police_ranks_keep_their_names(text, name):
    assert _confident_name(_speaker(text)) == name


# a stop word in capitals is still a stop; only the listed acronym WHO is a name (2dc4234: 'Tom Reed AND Anna Hill' at 0.9)
def test_and_in_capitals_ends_the_name():
    assert _speaker('"We will win," said Tom Reed AND Anna Hill.').name != "Tom Reed AND Anna Hill"


@pytest.mark.parametrize("text", [
    '"Heat is deadly," the WHO said.',
    '"Heat is deadly," said the WHO.',
])
def test_the_who_stays_a_speaker(text):
    assert _confident_name(_speaker(text)) == "WHO"


# two or three post-nominals after a full name are no part of it, as one is (2dc4234: 'Anna Reid MBE MP', so two outlets'
# 'Anna Reid MP' and 'Anna Reid MBE MP' were not known as one person)
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Anna Reid MBE MP.', "Anna Reid"),
    ('Anna Reid MBE MP said: "We will win."', "Anna Reid"),
    ('"We will win," said Sir Tom Reed KC MP.', "Sir Tom Reed"),
])
def test_several_post_nominals_leave_the_name(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours, right at 2dc4234 and kept: one post-nominal, the letters alone, two members
@pytest.mark.parametrize("text, name", [
    ('"We will win," said Tom Reed MP.', "Tom Reed"),
    ('"We will win," said Rupert Lyle KC.', "Rupert Lyle"),
    ('"We will win," said the MBE MP.', None),
    ('"We will win," said KC MP.', None),
])
def test_neighbours_of_post_nominals(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name
