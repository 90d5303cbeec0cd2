"""English speakers, session 32 (fx109): sports and obituary frames that gave a wrong name at >= 0.8 ("said Bayern
forward Harry Kane" -> the club, "said Angel di Maria" -> 'Angel', "the younger Hadley said" -> the dead father)."""
import pytest

from aligner.quotes.speakers import normalise_speakers
from tests.quote_helpers import confident_name, normalised_quotes_in, quotes_in


def _speaker(text):
    return normalised_quotes_in(text, "en")[-1].speaker


# a club (or broadcaster), a player's or official's place in the team, then the person: the person speaks
# (2c497d5: the club or broadcaster at 0.9; rv66-1, rv66-14)
@pytest.mark.parametrize("text, name", [
    ('"We are disappointed," said Bayern forward Harry Kane.', "Harry Kane"),
    ('"We are disappointed," said Bayern star Harry Kane.', "Harry Kane"),
    ('"We are disappointed," said Real Madrid star Vinicius Junior.', "Vinicius Junior"),
    ('"We are disappointed," said Sky pundit Lothar Matthaeus.', "Lothar Matthaeus"),
    ('"We are disappointed," said Leverkusen new signing Jonas Hofmann.', "Jonas Hofmann"),
    ('"We are disappointed," said Liverpool great Kenny Dalglish.', "Kenny Dalglish"),
    ('"We are disappointed," said England forward Harry Kane.', "Harry Kane"),
    ('"We have received an offer," said Leverkusen sporting director Simon Rolfes.', "Simon Rolfes"),
    ('"We have received an offer," said Dortmund sporting director Lars Ricken.', "Lars Ricken"),
    ('"We have received an offer," said Leverkusen sporting director Simon Rolfes, adding that talks would continue.',
     "Simon Rolfes"),
])
def test_club_role_then_person_is_the_person(text, name):
    assert confident_name(_speaker(text)) == name


# neighbours that keep their answers: role words already read, a body alone, a verb after the body, two people
@pytest.mark.parametrize("text, name", [
    ('"We are disappointed," said Bayern midfielder Joshua Kimmich.', "Joshua Kimmich"),
    ('"We are disappointed," said Dortmund goalkeeper Gregor Kobel.', "Gregor Kobel"),
    ('"We have received an offer," said Leverkusen coach Xabi Alonso.', "Xabi Alonso"),
    ('"We have received an offer," Leverkusen sporting director Simon Rolfes said.', "Simon Rolfes"),
    ('"We will keep going forward," said Bayern.', "Bayern"),
    ('"We are happy," said Bayern on Tuesday.', "Bayern"),
    ('"We are happy," said Bayern after signing Harry Kane.', "Bayern"),
])
def test_club_role_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


def test_two_players_after_a_club_are_no_club():
    sp = _speaker('"We are happy," said Bayern star Harry Kane and Thomas Mueller.')
    assert confident_name(sp) not in ("Bayern", "Harry Kane", "Thomas Mueller")


# a lower-case particle inside a name after the verb keeps the surname (2c497d5: the first name alone at 0.9; rv66-12)
@pytest.mark.parametrize("text, name", [
    ('"We have to stay calm," said Angel di Maria.', "Angel di Maria"),
    ('"We have to stay calm," said Marc-André ter Stegen.', "Marc-André ter Stegen"),
    ('"We have to stay calm," said Jorge dos Santos.', "Jorge dos Santos"),
])
def test_name_particle_keeps_the_surname(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text, name", [
    ('"We have to stay calm," said Virgil van Dijk.', "Virgil van Dijk"),
    ('"We have to stay calm," said Frenkie de Jong.', "Frenkie de Jong"),
    ('"We have to stay calm," said Rafael van der Vaart.', "Rafael van der Vaart"),
    ('"We have to stay calm," Barcelona goalkeeper Marc-André ter Stegen said.', "Marc-André ter Stegen"),
])
def test_name_particle_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


_KOMPANY = '"We deserved it," said Vincent Kompany. '


# "said X's <relation>": the possessor never speaks; a name after the relation does (2c497d5: the possessor at 0.8 by
# context; rv66-3)
@pytest.mark.parametrize("text", [
    _KOMPANY + '"We were not worse," said Kompany\'s wife.',
    _KOMPANY + '"He is a great coach," said Kompany\'s former teammate.',
])
def test_possessor_is_no_speaker(text):
    sp = _speaker(text)
    assert sp is None or confident_name(sp) is None
    assert sp is None or "Kompany" not in (sp.name or "")


def test_name_after_possessed_relation_speaks():
    assert confident_name(_speaker(_KOMPANY + '"We were not worse," said Kompany\'s assistant Aaron Danks.')) == "Aaron Danks"


@pytest.mark.parametrize("text, name", [
    ('"He was great," said Trump\'s former lawyer Michael Cohen.', "Michael Cohen"),
    ('"He was great," said Bayern\'s Harry Kane.', "Harry Kane"),
    ('"He was great," said Gasser\'s long-time adviser Markus Caduff.', "Markus Caduff"),
])
def test_possessed_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


_HADLEY = "Former Scotland striker Tom Hadley has died at the age of 71. "


# "X, who …, said he “…”": the relative clause is no message and the pronoun no speaker of it (2c497d5: an indirect quote
# 'Former teammate Alan Reid, who visited Hadley last week' given to the deceased at 0.9; rv68-11)
@pytest.mark.parametrize("text, dead", [
    (_HADLEY + 'Former teammate Alan Reid, who visited Hadley last week, said he "was still cracking jokes".', "Tom Hadley"),
    ('Ruth Gasser has died at 84. Markus Caduff, who knew Gasser for 30 years, said she "never gave up".', "Ruth Gasser"),
])
def test_relative_clause_before_said_pronoun_is_no_quote(text, dead):
    quotes = normalised_quotes_in(text, "en")
    assert all(not q.text.startswith(("Former teammate", "Markus Caduff")) for q in quotes)
    assert all(confident_name(q.speaker) != dead for q in quotes)


@pytest.mark.parametrize("text, name", [
    ('Tom Hadley has died. Alan Reid said Hadley "was still cracking jokes".', "Alan Reid"),
    ('The plan will work for everyone in the city and beyond, said Tom Reed.', "Tom Reed"),
])
def test_said_pronoun_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


# a generation word with the surname alone marks another member of the family, never the man
# named in full before (2c497d5: the deceased Tom Hadley at 0.9; rv68-13, rv68-14)
@pytest.mark.parametrize("tail", [
    'His son, Jamie, 44, paid tribute. "He made everyone laugh," the younger Hadley said.',
    '"He was my hero," said Hadley junior.',
    '"He was my hero," said Hadley Jr.',
    '"He was great," said the elder Hadley.',
])
def test_another_of_the_family_is_not_the_deceased(tail):
    sp = normalise_speakers(quotes_in(_HADLEY + tail, "en"))[-1].speaker
    assert confident_name(sp) not in ("Hadley", "Hadley Jr", "Tom Hadley")  # below the bar, a role may still be resolved to him


@pytest.mark.parametrize("text, name", [
    ('"We won," said Martin Luther King Jr.', "Martin Luther King Jr"),
    ('"We won," said Tom Reed senior adviser.', "Tom Reed"),
    (_HADLEY + '"I will miss him," said Mrs Hadley.', "Mrs Hadley"),
])
def test_family_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


_GASSER = "Ruth Gasser, Switzerland's third female cabinet minister, has died at 84. "


# "In her own words: “…”" gives the words to her, not to the mourner quoted before (2c497d5: Meier 0.8 by context;
# rv68-19): no name carried on
@pytest.mark.parametrize("lead", ["In her own words:", "In her words,", "In his own words:"])
def test_own_words_lead_in_is_not_carried_on(lead):
    sp = _speaker(_GASSER + '"She hated being called a pioneer," Meier said. ' + lead + ' "I just did my job."')
    assert confident_name(sp) != "Meier"


def test_unframed_quote_after_a_speaker_still_carries_on():
    assert confident_name(_speaker('"She hated being called a pioneer," Meier said. "I just did my job."')) == "Meier"


# "her successor" is someone unnamed, never an organisation 'successor' (2c497d5: org:successor at 0.9; rv68-16)
@pytest.mark.parametrize("text", [
    'Former Swiss cabinet minister Ruth Gasser has died at the age of 84. "She was a great woman," said her successor, '
    'Urs Meier.',
    '"She was great," said her successor.',
    '"She was great," said his predecessor, Anna Lee.',
])
def test_successor_is_no_organisation(text):
    sp = _speaker(text)
    assert sp is not None and not (sp.id or "").startswith("org:") and sp.name not in ("successor", "predecessor")


def test_successor_with_name_neighbour_kept():
    assert confident_name(_speaker('"She was great," said her successor Urs Meier.')) == "Urs Meier"
