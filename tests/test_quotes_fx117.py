"""English speakers, session 33 (fx117): parliament, NGOs and interviews: the person, never the party, the group or
the outlet around the name."""
import pytest

from tests.quote_helpers import confident_name, normalised_quotes_in, sole_speaker


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
