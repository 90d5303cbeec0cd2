"""English speakers, session 29 (en33): people named after a plural role and "and" after the verb ("said SPD and CDU
lawmakers Anna Weber and Tom Hill"), a firm whose name opens with a sentence adverb ("Now TV said")."""
import pytest

from tests.quote_helpers import normalised_quotes_in


def _speaker(text):
    (q,) = normalised_quotes_in(text, "en")
    return q.speaker


def _confident_name(sp):
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= 0.8 else None


# two or more people named after a plural role: they speak together, no one of them alone at the bar (9f1720f: the first
# name at 0.9)
@pytest.mark.parametrize("text", [
    'The bill passed. "This is a victory," said SPD and CDU lawmakers Anna Weber and Tom Hill.',
    'The bill passed. "This is a victory," said SPD and CDU officials Anna Weber and Tom Hill of Berlin.',
    'The bill passed. "This is a victory," said Marks and Spencer executives Tom Lee and Ann Ray.',
    'The bill passed. "This is a victory," said Procter and Gamble spokesmen Tom Lee and Al Ray.',
    'The bill passed. "This is a victory," said Procter and Gamble spokesman Tom Lee and Ann Ray.',
    'The bill passed. "This is a victory," said Procter and Gamble spokesman Tom Lee and his wife.',
    'The bill passed. "This is a victory," said SPD and CDU lawmakers Anna Weber.',
])
def test_people_after_a_plural_role_and_and_have_no_single_name(text):
    assert _confident_name(_speaker(text)) is None


def test_the_people_after_a_plural_role_are_the_mention():
    sp = _speaker('The bill passed. "This is a victory," said SPD and CDU lawmakers Anna Weber and Tom Hill.')
    assert sp is not None and sp.name is None and "Anna Weber" in sp.mention and "Tom Hill" in sp.mention


# neighbours: a firm joined by "and" before a singular role and one name keeps its person
@pytest.mark.parametrize("text, name", [
    ('"This is a victory," said Procter and Gamble spokesman Tom Lee.', "Tom Lee"),
    ('"This is a victory," said Marks and Spencer chairman Tom Lee.', "Tom Lee"),
    ('"This is a victory," said Procter and Gamble spokeswoman Ann Ray.', "Ann Ray"),
    ('"This is a victory," said SPD lawmaker Anna Weber.', "Anna Weber"),
])
def test_one_person_after_a_firm_joined_by_and_keeps_the_name(text, name):
    assert _confident_name(_speaker(text)) == name


# a sentence adverb before a firm's last word alone is the firm's first word (9f1720f: 'TV' at 0.9)
@pytest.mark.parametrize("text", [
    'The bill passed. "This is a victory," Now TV said.',
    'The bill passed. Now TV said: "This is a victory."',
])
def test_an_adverb_before_a_firms_last_word_alone_opens_the_name(text):
    assert _confident_name(_speaker(text)) == "Now TV"


# neighbours: the adverb before a name, a firm's full name or a description is still cut
@pytest.mark.parametrize("text, name", [
    ('The bill passed. Now Bloomberg says: "This is a victory."', "Bloomberg"),
    ('The bill passed. Yet Bloomberg says: "This is a victory."', "Bloomberg"),
    ('The bill passed. Now Rachel Reeves says: "This is a victory."', "Rachel Reeves"),
    ('The bill passed. Now Sky TV said: "This is a victory."', "Sky TV"),
    ('The bill passed. Meanwhile Waters Capital said: "This is a victory."', "Waters Capital"),
    ('The bill passed. Now Fox News says: "This is a victory."', "Fox News"),
    ('The bill passed. Now Radio Free Europe reports: "This is a victory."', "Radio Free Europe"),
])
def test_an_adverb_before_a_full_name_is_cut(text, name):
    assert _confident_name(_speaker(text)) == name


def test_an_adverb_before_a_description_is_cut():
    sp = _speaker('The bill passed. Now the company says: "This is a victory."')
    assert sp is not None and sp.mention == "the company"


# one time phrase before the verb for both readers (frames: a name before it; phrases: a description or a role): a day
# alone or "late <day>" is no part of the subject (9f1720f: 'White House Wednesday', 'Press secretary Karen Whitfield
# Wednesday' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('The bill passed. The White House Wednesday said: "We will veto it."', "White House"),
    ('The bill passed. The White House late Wednesday said: "We will veto it."', "White House"),
    ('The bill passed. "We will veto it," the White House Wednesday said.', "White House"),
    ('The bill passed. Press secretary Karen Whitfield Wednesday said: "We will veto it."', "Karen Whitfield"),
    ('The bill passed. Mayor Anna Lee late Monday said: "We will veto it."', "Anna Lee"),
    ('The bill passed. The New York Times Sunday said: "We will veto it."', "New York Times"),
])
def test_a_day_before_the_verb_is_no_part_of_the_subject(text, name):
    assert _confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text, mention", [
    ('The bill passed. The mayor Monday said: "We will veto it."', "The mayor"),
    ('The bill passed. The senator Friday evening said the bill was "a disgrace."', "The senator"),
])
def test_a_day_before_the_verb_is_no_part_of_a_role(text, mention):
    sp = _speaker(text)
    assert sp is not None and sp.mention == mention and sp.name is None


# neighbours: a day that a name holds is no time phrase ("Super Tuesday"), a day inside a name stays
@pytest.mark.parametrize("text", [
    'Large majorities of Republican primary voters in six states going to the polls on Super Tuesday said they support '
    'a "temporary ban" on entry.',
    'The senator on Super Tuesday said the bill was "a disgrace."',
    'Voters on Super Tuesday said they wanted "a new start" for the party.',
])
def test_a_named_day_is_no_time_phrase(text):
    name = _confident_name(_speaker(text))
    assert name is None or ("Super" not in name and name != "six states")


@pytest.mark.parametrize("text, name", [
    ('The bill passed. The Sunday Times said: "We will veto it."', "Sunday Times"),
    ('The bill passed. The White House on Wednesday said: "We will veto it."', "White House"),
    ('The bill passed. Trump on Tuesday said: "We will veto it."', "Trump"),
    ('The bill passed. The White House last week said: "We will veto it."', "White House"),
])
def test_names_around_a_time_phrase_stay(text, name):
    assert _confident_name(_speaker(text)) == name


# a tie before "of" / "to" / "for" and a long title before the name opening the clause: the tie speaks, never the one named
# (9f1720f: the name at 0.9; "A friend of Holger Kirsch said" was right already)
@pytest.mark.parametrize("text", [
    'The bill passed. A friend of SPD lawmaker Anna Weber said: "This is a victory."',
    'The bill passed. A friend of Cologne parade leader Holger Kirsch said: "This is a victory."',
    'The bill passed. The wife of Cologne parade leader Holger Kirsch said: "This is a victory."',
    'The bill passed. The son of former president George Bush said: "This is a victory."',
    'The bill passed. A friend of former Ohio state senator Tom Reed said: "This is a victory."',
    'The bill passed. Speaking to reporters, a friend of SPD lawmaker Anna Weber said: "This is a victory."',
])
def test_a_tie_before_a_long_title_and_a_name_speaks(text):
    sp = _speaker(text)
    assert sp is not None and _confident_name(sp) is None and sp.mention.lower().startswith(("a ", "the "))


# neighbours: an office of a place or body and its holder, a body's name with "of", a tie before a short name
@pytest.mark.parametrize("text, name", [
    ('The bill passed. The mayor of Cologne Henriette Reker said: "This is a victory."', None),
    ('The bill passed. Friends of the Earth said: "This is a victory."', "Friends of the Earth"),
    ('The bill passed. A friend of Holger Kirsch said: "This is a victory."', None),
    ('The bill passed. The Secretary of State John Kerry said: "This is a victory."', "John Kerry"),
    ('The bill passed. The chief of staff to President Joe Biden said: "This is a victory."', None),
])
def test_offices_and_bodies_with_of_keep_their_reading(text, name):
    assert _confident_name(_speaker(text)) == name


# "press" before a role word opens a title ("press secretary"), it names no document whose author speaks: a tie to a
# press secretary speaks (9f1720f: the press secretary at 0.9)
@pytest.mark.parametrize("text", [
    'The bill passed. A lawyer for White House press secretary Karen Whitfield said: "This is a victory."',
    'The bill passed. An aide to press secretary Karen Whitfield said: "This is a victory."',
    'The bill passed. A friend of press secretary Karen Whitfield said: "This is a victory."',
])
def test_a_tie_to_a_press_secretary_speaks(text):
    sp = _speaker(text)
    assert sp is not None and _confident_name(sp) is None and "Karen Whitfield" in sp.mention


# neighbours: the press secretary herself, a document of a body's press office
@pytest.mark.parametrize("text, name", [
    ('The bill passed. White House press secretary Karen Whitfield said: "This is a victory."', "Karen Whitfield"),
    ('The bill passed. Press secretary Karen Whitfield said: "This is a victory."', "Karen Whitfield"),
    ('The bill passed. A statement by press secretary Karen Whitfield said: "This is a victory."', "Karen Whitfield"),
    ('The bill passed. A Kremlin press release said: "This is a victory."', "Kremlin"),
    ('The bill passed. A White House press statement said: "This is a victory."', "White House"),
])
def test_press_secretaries_and_press_documents_keep_their_speaker(text, name):
    assert _confident_name(_speaker(text)) == name


# a document "from" its author before the verb: the author speaks, the document's noun is no name (9f1720f: 'statement',
# 'press release', 'letter' at 0.9)
@pytest.mark.parametrize("text, name", [
    ('The bill passed. A statement from the White House said: "This is a victory."', "White House"),
    ('The bill passed. "This is a victory," a statement from the White House said.', "White House"),
    ('The bill passed. A press release from the Kremlin said: "This is a victory."', "Kremlin"),
    ('The bill passed. A news release from the company said: "This is a victory."', "company"),
])
def test_a_document_from_its_author_names_the_author(text, name):
    assert _confident_name(_speaker(text)) == name


def test_a_letter_from_a_lawyer_is_no_name():
    sp = _speaker('The bill passed. A letter from his lawyer said: "This is a victory."')
    assert sp is not None and sp.name is None and sp.mention == "A letter from his lawyer"


# neighbours: a person from a place, at a place; a named author was read already
@pytest.mark.parametrize("text, mention", [
    ('The bill passed. A man from Ohio said: "This is a victory."', "A man from Ohio"),
    ('The bill passed. A teacher at the school said: "This is a victory."', "A teacher"),
    ('The bill passed. A tweet from Trump said: "This is a victory."', "A tweet from Trump"),
])
def test_people_from_places_and_named_authors_keep_their_mention(text, mention):
    sp = _speaker(text)
    assert sp is not None and sp.mention == mention
