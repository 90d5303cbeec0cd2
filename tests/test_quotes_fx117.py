"""English speakers, session 33 (fx117): parliament, NGOs and interviews: the person, never the party, the group or
the outlet around the name."""
import pytest

from tests.quote_helpers import confident_name, normalised_quotes_in, quotes_in, sole_speaker


# a party and "MP" before a name whose first name is not on the short list: the person under her own name, one id with
# the bare name (rv71-13; 22bac41: 'Labour MP Dawn Butler', 'MP Dawn Butler' as the name at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"This is a disgrace," Labour MP Dawn Butler said.', "Dawn Butler"),
    ('"This is a disgrace," said Labour MP Dawn Butler.', "Dawn Butler"),
    ('"This is a disgrace," said Tory MP Kit Malthouse.', "Kit Malthouse"),
    ('"This is a disgrace," said Conservative MP Kit Malthouse.', "Kit Malthouse"),
    ('"This is a disgrace," said MP Dawn Butler.', "Dawn Butler"),
    ('Labour MP Dawn Butler said: "This is a disgrace."', "Dawn Butler"),
])
def test_a_member_of_parliament_is_named_without_party_and_seat_letters(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


def test_a_member_of_parliament_shares_one_id_with_her_bare_name():
    text = ('"This is a disgrace," said Labour MP Dawn Butler.\n\n'
            '"We will not stop," said Dawn Butler.')
    ids = {q.speaker.id for q in normalised_quotes_in(text, "en") if q.speaker is not None}
    assert len(ids) == 1 and None not in ids


# neighbours that keep their reading: a listed first name, a role after the party, a firm opening with the letters
@pytest.mark.parametrize("text, name", [
    ('"This is a disgrace," said SNP MP Stephen Flynn.', "Stephen Flynn"),
    ('"This is a disgrace," said Labour backbencher Dawn Butler.', "Dawn Butler"),
    ('"This is a disgrace," said Tory leader Kemi Badenoch.', "Kemi Badenoch"),
])
def test_member_neighbours_keep_the_person(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


def test_a_firm_opening_with_mp_is_no_member():
    sp = sole_speaker('"Prices will rise," said MP Materials Corp.', "en")
    assert confident_name(sp) not in ("Materials Corp", "Materials")


# an NGO, a title ending in "lead" and the name: the person speaks, not the group (rv70-6; 22bac41: 'Fridays',
# 'Oxfam', 'Greenpeace' as the speaker at 0.9)
@pytest.mark.parametrize("text, name", [
    ('"The deal falls short," said Fridays for Future activist Luisa Neubauer.', "Luisa Neubauer"),
    ('"The deal falls short," said Fridays for Future spokeswoman Carla Reemtsma.', "Carla Reemtsma"),
    ('"The deal falls short," said Fridays for Future\'s Luisa Neubauer.', "Luisa Neubauer"),
    ('"The deal falls short," said Oxfam policy lead Jan Kowalzig.', "Jan Kowalzig"),
    ('"The deal falls short," said Greenpeace policy lead Martin Kaiser.', "Martin Kaiser"),
    ('"The deal falls short," said Germanwatch policy lead Christoph Bals.', "Christoph Bals"),
    ('"The deal falls short," said WWF climate lead Viviane Raddatz.', "Viviane Raddatz"),
    ('"The deal falls short," said Amnesty climate lead Ann Harrison.', "Ann Harrison"),
])
def test_an_ngo_person_speaks_not_the_ngo(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


# neighbours: the person already named so; a body after the possessive stays the group's; "for" after a surname
@pytest.mark.parametrize("text, name", [
    ('"The deal falls short," said Oxfam climate expert Jan Kowalzig.', "Jan Kowalzig"),
    ('"The deal falls short," said Friends of the Earth campaigner Mike Childs.', "Mike Childs"),
    ('"The deal falls short," said Oxfam lead negotiator Tom Reed.', "Tom Reed"),
    ('"The deal falls short," said Reeves for Labour.', "Reeves"),
])
def test_ngo_neighbours_keep_their_speaker(text, name):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("mention", ["Center for American Progress's Energy Team", "Physicians for Human Rights' Legal Director"])
def test_a_body_of_an_org_for_is_no_person(mention):
    from aligner.quotes.speakers import parse_mention
    assert parse_mention(mention, "en")[2] != "person"


# "the Prime Minister" never goes back to a former or deputy holder named with the title's words between
# (rv71-16; 22bac41: Boris Johnson, Angela Rayner at 0.9)
@pytest.mark.parametrize("text, bad", [
    ('Former Prime Minister Boris Johnson watched from the gallery.\n"We will not raise income tax," the Prime Minister told MPs.',
     "Boris Johnson"),
    ('Former prime minister Boris Johnson watched from the gallery.\n"We will not raise income tax," the Prime Minister told MPs.',
     "Boris Johnson"),
    ('Deputy Prime Minister Angela Rayner watched from the front bench.\n"We will not raise income tax," the Prime Minister told MPs.',
     "Angela Rayner"),
])
def test_the_office_never_goes_to_a_former_or_deputy_holder(text, bad):
    assert confident_name(sole_speaker(text, "en")) != bad


# neighbours: the holder named with the title is still found, beside a former one too
@pytest.mark.parametrize("text", [
    'Prime Minister Keir Starmer rose in the Commons.\n"We will not raise income tax," the Prime Minister told MPs.',
    'Former Prime Minister Boris Johnson watched from the gallery. Prime Minister Keir Starmer rose.\n'
    '"We will not raise income tax," the Prime Minister told MPs.',
])
def test_the_office_goes_to_its_holder(text):
    sp = sole_speaker(text, "en")
    assert sp is not None and sp.name == "Keir Starmer"


# "she"/"he" after a sentence whose subject is a lone surname ("Badenoch stood up."): never the speaker quoted
# before at the bar (rv71-21; 22bac41: Starmer 0.9)
def test_a_pronoun_after_a_new_lone_subject_is_not_the_speaker_before():
    text = ('"We have fixed the foundations," Starmer said. The Tories shouted: "Rubbish!"\n'
            'Badenoch stood up. "He should resign," she said, prompting Labour MPs to chant "Liz Truss!"')
    (q,) = [q for q in quotes_in(text, "en") if q.text.startswith("He should")]
    assert confident_name(q.speaker) != "Starmer"


# neighbours: the pronoun after the same person named again, or after a full name, keeps its reading
def test_a_pronoun_after_the_same_lone_subject_keeps_the_speaker():
    text = ('"We have fixed the foundations," Keir Starmer said. The Tories shouted: "Rubbish!"\n'
            'Starmer stood up. "He should resign," he said.')
    (q,) = [q for q in quotes_in(text, "en") if q.text.startswith("He should")]
    assert confident_name(q.speaker) == "Starmer"


# an interviewer who asked someone: the answer's "he" is not the interviewer at the bar (rv69-1; 22bac41: Spiegel,
# Lanz, Melanie Amann at 0.9)
@pytest.mark.parametrize("text, start, bad", [
    ('Der Spiegel asked Scholz: "Why are you not delivering Taurus then?" He answered: "We will not deliver Taurus '
     'cruise missiles as long as I am chancellor."', "We will not", "Spiegel"),
    ('Lanz asked Habeck: "Did you make mistakes?" He answered: "Yes, we made mistakes with the heating law."', "Yes, we",
     "Lanz"),
    ('Lanz asked Habeck about the heating law. He said: "We made mistakes."', "We made", "Lanz"),
    ('Melanie Amann asked the chancellor whether he would deliver Taurus. "No, not as long as I am chancellor," he said.',
     "No, not", "Melanie Amann"),
])
def test_the_answer_is_not_the_interviewers(text, start, bad):
    (q,) = [q for q in quotes_in(text, "en") if q.text.startswith(start)]
    assert confident_name(q.speaker) != bad


# neighbours: a request is no question; the one who asks alone; the answerer named
@pytest.mark.parametrize("text, start, name", [
    ('Tom Reed asked the judge for leniency. "I am sorry," he said.', "I am", "Tom Reed"),
    ('Tom Reed asked for calm. "We will win," he said.', "We will", "Tom Reed"),
    ('Der Spiegel asked: "Why not?" Scholz answered: "We will not deliver them."', "We will", "Scholz"),
])
def test_asking_neighbours_keep_their_speaker(text, start, name):
    (q,) = [q for q in quotes_in(text, "en") if q.text.startswith(start)]
    assert confident_name(q.speaker) == name

