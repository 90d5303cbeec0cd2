"""English speakers, session 27 (en31): 'X for <party>', a person named by a participle ("a farmer named Paul Lee"),
a reduced relative clause before the verb ("The man seen in the video said")."""
import pytest

from aligner.quotes.speakers import parse_mention
from tests.quote_helpers import confident_name, quotes_in, sole_speaker


# a surname before "for" and a party: the person speaks for the party (90988a2: 'Labour', 'the Democrats' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('Rachel Reeves spoke first. "We will cut taxes," Reeves for Labour said.', "Reeves"),
    ('Rachel Reeves spoke first. Reeves for Labour said: "We will cut taxes."', "Reeves"),
    ('Anna Smith spoke first. Smith for the Democrats said: "We will vote no."', "Smith"),
    ('Rachel Reeves spoke first. "We will vote no," Rachel Reeves for Labour said.', "Rachel Reeves"),
])
def test_a_surname_for_a_party_is_the_person(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# after the verb, the name an unnamed person is given speaks (90988a2: the role 'a farmer', no name)
@pytest.mark.parametrize("text, name", [
    ('"The rain came late," said a farmer named Paul Lee.', "Paul Lee"),
    ('"I saw the fire," said a man called Tom Banks, who lives nearby.', "Tom Banks"),
    ('"I saw the fire," said a woman identified as Anna Lee.', "Anna Lee"),
])
def test_a_person_named_after_the_verb_speaks(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# the person named is tied to the speaker by a preposition (90988a2: Tom Banks at 0.9)
@pytest.mark.parametrize("text, bad", [
    ('The son of a man called Tom Banks said: "He is ready."', "Tom Banks"),
    ('A lawyer for a man named Tom Banks said: "He is ready."', "Tom Banks"),
])
def test_a_person_named_as_someone_elses_tie_or_object_does_not_speak(text, bad):
    assert confident_name(sole_speaker(text, "en")) != bad


@pytest.mark.parametrize("mention, role", [
    ("A farmer named Paul Lee", "farmer"),
    ("a man called Tom Banks", "man"),
    ("a woman identified as Anna Lee", "woman"),
])
def test_the_role_of_a_named_person_has_no_naming_word(mention, role):
    assert parse_mention(mention, "en")[1] == role


# a participle after the noun before a place opens a clause about the person (90988a2: 'man seen', 'farmer named',
# 'Tom Reed quoted' as names at 0.9)
@pytest.mark.parametrize("text, good", [
    ('Tom Reed quoted in the report said: "The rain came late."', "Tom Reed"),
    ('The farmer named in the report said: "The rain came late."', None),
    ('The man seen in the video said: "I saw the fire."', None),
    ('The man arrested at the scene told police: "I saw the fire."', None),
])
def test_a_participle_before_a_place_is_no_part_of_the_name(text, good):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == good


# the quote's sentence goes on after the closing mark and ends with ", said X": X's words (90988a2: no speaker, or
# the noun before the verb)
@pytest.mark.parametrize("text, part, name", [
    ('"The plant is closing. Nobody told us," even after years of work, said Tom Reed, a welder.', "Nobody told us", "Tom Reed"),
    ('"It was a good day. We won the vote," but not by much, says Anna Lee, a teacher.', "We won the vote", "Anna Lee"),
    ('Turnout was low. "We\'re extremely happy" about the decision, said Anna Lee, director of the union, which has broken '
     'away from other groups.', "extremely happy", "Anna Lee"),
])
def test_a_verb_of_saying_ending_the_quotes_sentence_names_its_speaker(text, part, name):
    qs = [q for q in quotes_in(text, "en") if part in q.text]
    assert qs and all(q.speaker is not None and q.speaker.name == name for q in qs)


# the object of "with" after a person before the verb is no speaker (90988a2: 'talks', 'knife', 'union' at 0.9)
@pytest.mark.parametrize("text, good", [
    ('An official familiar with the talks said: "It will fail."', None),
    ('A man with a knife said: "Give me the money."', None),
    ('Tom Reed with the union said: "We will strike."', "Tom Reed"),
    ('Experts with the agency said: "It will hold."', None),
])
def test_the_object_of_with_after_a_person_is_no_speaker(text, good):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == good
