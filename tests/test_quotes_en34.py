"""English speakers, session 30 (en34): someone unnamed "close to" a named person ("A source close to SPD lawmaker Anna
Weber said"), unnamed sources opening a sentence ("Sources close to the ministry", "People familiar with the matter"), a
club's or country's possessive before a player's full name ("Stuttgart's Deniz Undav"), a surname that is a cue word
("Bob Hope", "Emre Can"), a capitalised position before a full name ("Keeper Alexander Nübel"), a firm's name opening
with an adverb's word ("Still Waters Capital"), "the N-year-old" where the text gives people their ages."""
import pytest

from tests.quote_helpers import normalised_quotes_in


def _speaker(text):
    return normalised_quotes_in(text, "en")[0].speaker


def _confident_name(sp):
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= 0.8 else None


# someone close to a named person speaks, never that person (160a38d: Anna Weber / Tom Hill at 0.9 or 0.7)
@pytest.mark.parametrize("text", [
    'The talks stalled. A source close to SPD lawmaker Anna Weber said: "We need a deal."',
    'The talks stalled. "We need a deal," a person close to SPD lawmaker Anna Weber said.',
    'A source close to Senator Tom Hill said: "We need a deal."',
    '"We need a deal," a source close to Senator Tom Hill said.',
    'The talks stalled. People close to SPD lawmaker Anna Weber said: "We need a deal."',
])
def test_someone_close_to_a_named_person_is_not_that_person(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and "close to" in sp.mention


# neighbours, right at 160a38d and kept: the tie nouns already read, and "close to" a body or the talks
@pytest.mark.parametrize("text", [
    'The talks stalled. A source close to Anna Weber said: "We need a deal."',
    'The talks stalled. An aide to Senator Tom Hill said: "We need a deal."',
    'The talks stalled. A friend of Senator Tom Hill said: "We need a deal."',
    'The talks stalled. A spokesman for Senator Tom Hill said: "We need a deal."',
    'The talks stalled. A source close to the talks said: "We need a deal."',
])
def test_neighbours_of_close_to_stay_unnamed(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None


# unnamed sources capitalised at a sentence's start are no name (160a38d: 'People', 'Sources', 'Insiders', 'Sources close
# to the ministry' as names at 0.9)
@pytest.mark.parametrize("text", [
    'The talks stalled. Sources close to the ministry said: "We need a deal."',
    'The talks stalled. Sources familiar with the talks said: "We need a deal."',
    'The talks stalled. People familiar with the matter said: "We need a deal."',
    'The talks stalled. People close to the talks said: "We need a deal."',
    'The talks stalled. Insiders said: "We need a deal."',
])
def test_unnamed_sources_opening_a_sentence_have_no_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None


# neighbours: such a word in a name stays a name
@pytest.mark.parametrize("text, name", [
    ('The talks stalled. People Magazine reported: "We need a deal."', "People Magazine"),
    ('The talks stalled. "We need a deal," Tom Source said.', "Tom Source"),
    ('The talks stalled. Source Capital said: "We need a deal."', "Source Capital"),
    ('The talks stalled. Officials close to the ministry said: "We need a deal."', None),
])
def test_names_with_a_sources_word_stay(text, name):
    assert _confident_name(_speaker(text)) == name


# the person after a club's or country's possessive is the full name (160a38d: "Stuttgart's Deniz Undav", "Dortmund's Emre")
@pytest.mark.parametrize("text, name", [
    ('The match ended 2-2. Stuttgart\'s Deniz Undav said: "We deserved more."', "Deniz Undav"),
    ('The match ended 2-2. "We deserved more," Stuttgart\'s Deniz Undav said.', "Deniz Undav"),
    ('The match ended 2-2. "We deserved more," Dortmund\'s Emre Can said.', "Emre Can"),
    ('The match ended 2-2. "We deserved more," said Dortmund\'s Emre Can.', "Emre Can"),
    ('The match ended 2-2. "We deserved more," Bayern\'s Thomas Müller said.', "Thomas Müller"),
])
def test_player_after_a_clubs_possessive(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours: a firm's possessive before a place, a thing or a body's name keeps the whole name
@pytest.mark.parametrize("text, name", [
    ('Prices rose. "We were surprised," Sotheby\'s Hong Kong said.', "Sotheby's Hong Kong"),
    ('Prices rose. "We were surprised," America\'s Health Insurers said.', "America's Health Insurers"),
    ('Prices rose. "We were surprised," Britain\'s Royal Navy said.', "Britain's Royal Navy"),
])
def test_possessive_before_a_place_or_body_keeps_the_name(text, name):
    assert _confident_name(_speaker(text)) == name


# a capitalised cue form after a name is its surname (160a38d: 'Bob', 'Emre', 'Edward' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('The show ended. "We deserved more," Bob Hope said.', "Bob Hope"),
    ('The show ended. "We deserved more," said Bob Hope.', "Bob Hope"),
    ('The show ended. Bob Hope said: "We deserved more."', "Bob Hope"),
    ('"We deserved more," Emre Can said.', "Emre Can"),
    ('The show ended. "We deserved more," Edward Said said.', "Edward Said"),
])
def test_surname_that_is_a_cue_word(text, name):
    assert _confident_name(_speaker(text)) == name


def test_title_case_headline_keeps_its_cue():
    assert _confident_name(_speaker('Biden Says He Will Run. "We deserved more," Tom said.')) == "Tom"


# a capitalised position or "Captain" before a full name is the role (160a38d: in the name)
@pytest.mark.parametrize("text, name", [
    ('The match ended 2-2. "We deserved more," Keeper Alexander Nübel said.', "Alexander Nübel"),
    ('The plane landed. "We were lucky," Captain Sully Sullenberger said.', "Sully Sullenberger"),
])
def test_capitalised_position_before_a_full_name_is_the_role(text, name):
    sp = _speaker(text)
    assert _confident_name(sp) == name and sp.id == normalised_quotes_in(
        text.replace(text[text.index('," ') + 3 : text.index(name)], ""), "en")[0].speaker.id


# neighbours (pr29b-19): a position before one word or before a body's words stays the name, and its id is its own
@pytest.mark.parametrize("text, name", [
    ('Prices rose. "We cannot cope," said Captain Morgan maker Diageo. "We agree," said Piers Morgan.', "Captain Morgan"),
    ('Prices rose. "We cannot cope," said Defender Capital Partners. "We agree," said Tom Capital.', "Defender Capital Partners"),
    ('Prices rose. "We cannot cope," said the Captain Cook Society. "We agree," said Tim Cook.', "Captain Cook Society"),
    ('Prices rose. "We cannot cope," said Captain Morgan Rum. "We agree," said Piers Morgan.', "Captain Morgan Rum"),
])
def test_position_before_a_body_stays_the_name(text, name):
    first, second = normalised_quotes_in(text, "en")[:2]
    assert _confident_name(first.speaker) == name and first.speaker.id != second.speaker.id


# a firm whose name opens with an adverb's word keeps it (160a38d: 'Waters Capital')
@pytest.mark.parametrize("text, name", [
    ('Shares fell. "We were lucky," Still Waters Capital said.', "Still Waters Capital"),
    ('Shares fell. Still Waters Capital said: "We were lucky."', "Still Waters Capital"),
    ('Shares fell. Meanwhile Rachel Reeves said: "We were lucky."', "Rachel Reeves"),
    ('Shares fell. Still Goldman Sachs said: "We were lucky."', "Goldman Sachs"),
])
def test_adverb_word_opening_a_firm(text, name):
    assert _confident_name(_speaker(text)) == name


# "the N-year-old" is the one person the text gives that age (160a38d: the person named first, at 0.7)
@pytest.mark.parametrize("text, name", [
    ('Anna Weber, 34, and Tom Hill, 51, met on Monday. "We need a deal," the 51-year-old said.', "Tom Hill"),
    ('Tom Hill, 51, praised Anna Weber, 34. "We need a deal," the 34-year-old said.', "Anna Weber"),
    ('Tom Hill praised 34-year-old Anna Weber. "We need a deal," the 34-year-old said.', "Anna Weber"),
    ('Referee Felix Brych, 47, spoke to coach Tom Fröhlich. "It was a penalty," the 47-year-old said.', "Felix Brych"),
])
def test_age_noun_is_the_one_given_that_age(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text", [
    'Tom Hill, 51, praised Anna Weber, 34. "We need a deal," the 40-year-old said.',
    'Tom Hill, 34, praised Anna Weber, 34. "We need a deal," the 34-year-old said.',
])
def test_age_noun_of_no_one_or_several_has_no_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None


def test_age_noun_without_ages_stays_below_the_bar():
    sp = _speaker('Anna Weber met Tom Hill on Monday. "We need a deal," the 34-year-old said.')
    assert _confident_name(sp) is None


# a paper by its name ending in "Post" / "Report" is that paper, not a post's author (160a38d: 'Washington', 'Denver'
# at 0.9; en34 read the dev error 'the Washington Post reported' -> 'Washington')
@pytest.mark.parametrize("text, name", [
    ('"We will win," the Washington Post reported.', "Washington Post"),
    ('"We will win," The Washington Post reported.', "Washington Post"),
    ('"We will win," the New York Post reported.', "New York Post"),
    ('"We will win," the Denver Post said.', "Denver Post"),
])
def test_paper_named_post_keeps_its_name(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours: someone's post, a body's statement stay as they were
@pytest.mark.parametrize("text, name", [
    ('Trump reacted. "We will win," Trump\'s post said.', "Trump"),
    ('Trump reacted. "We will win," a Trump post said.', "Trump"),
    ('The talks stalled. "We will win," a Kremlin statement said.', "Kremlin"),
    ('The talks stalled. "We will win," the Washington Post\'s Anna Lee said.', "Anna Lee"),
])
def test_someones_post_keeps_its_author(text, name):
    assert _confident_name(_speaker(text)) == name


# a poll's share in percent as the subject of a verb of saying speaks, unnamed (160a38d: no speaker)
@pytest.mark.parametrize("text, mention", [
    ('Voters were asked about Clinton. 21 percent said "not too likely" and 14 percent said "not at all likely."',
     "21 percent"),
    ('The poll was clear. Some 40% say: "We want change."', "Some 40%"),
    ('The poll was clear. "We want change," 40 percent said.', "40 percent"),
])
def test_share_in_percent_speaks_unnamed(text, mention):
    sp = _speaker(text)
    assert sp is not None and sp.mention == mention and sp.name is None


def test_share_after_a_verb_is_no_speaker():
    sp = _speaker('Prices rose 21 percent said "We want change."')
    assert sp is None or "percent" not in sp.mention


# a clause before ", the mayor said" is no apposition of the mayor (160a38d: 'Prices rose sharply' as a name at 0.9)
@pytest.mark.parametrize("text", [
    'Prices rose sharply, the mayor said: "We want change."',
    'Farmers in Ohio lost crops, the mayor said: "We want change."',
])
def test_clause_before_a_comma_is_no_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.mention == "the mayor"


# neighbours: a name or a role with its name before the comma stays apposed
@pytest.mark.parametrize("text, name", [
    ('Ann Lee, the mayor, said: "We want change."', "Ann Lee"),
    ('Tom Reed’s longtime lawyer, Ann Lee, said: "We want change."', "Ann Lee"),
    ('The mayor, Ann Lee, said: "We want change."', "Ann Lee"),
    ('Friends of the Earth, the group, said: "We want change."', "Friends of the Earth"),
])
def test_apposition_before_a_comma_stays(text, name):
    assert _confident_name(_speaker(text)) == name


# "others" as the subject of a verb of saying speaks, unnamed, and leaves the person before as the one a later "he"
# means (160a38d: no speaker, or the mayor quoted before at 0.8)
@pytest.mark.parametrize("text", [
    'Protesters marched downtown. Others, reacting to the video, shouted, "Stop the coverup!"',
    'Protesters marched downtown. Others shouted, "Stop the coverup!"',
])
def test_others_speak_unnamed(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.mention == "Others"


@pytest.mark.parametrize("text", [
    'Mayor Tom Hill spoke. "We will act," he said. Others shouted, "Resign!" "We will not," he said.',
    'Mayor Tom Hill spoke first. "We will act," he said. Others disagreed. "Resign!" said others. "We will not," he added.',
])
def test_others_between_two_quotes_of_one_person(text):
    names = [q.speaker.name if q.speaker else None for q in normalised_quotes_in(text, "en")]
    assert names == ["Tom Hill", None, "Tom Hill"]


def test_like_others_is_no_speaker():
    assert _speaker('Tom Hill spoke. Like others, he said: "We will act."').name == "Tom Hill"


# a medium's name and its section word is that medium, no person named by the section (160a38d: 'Business' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"We will win," Fox Business reported.', "Fox Business"),
    ('"We will win," CNN Business reported.', "CNN Business"),
])
def test_medium_and_section_is_one_body(text, name):
    assert _confident_name(_speaker(text)) == name


# neighbours: a body's word before a person's name keeps the person
@pytest.mark.parametrize("text, name", [
    ('"We will win," CNN Anderson Cooper said.', "Anderson Cooper"),
    ('Fox News host Sean Hannity said: "We will win."', "Sean Hannity"),
    ('"We will win," said Pentagon spokesman John Kirby.', "John Kirby"),
])
def test_body_before_a_persons_name_keeps_the_person(text, name):
    assert _confident_name(_speaker(text)) == name
