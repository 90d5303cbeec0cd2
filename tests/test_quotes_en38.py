"""English speakers, session 34 (en38): a role back-reference that gives its one a party or group the text never
gives the person named before ("the Greenpeace activist said" after "Finance Minister Christian Lindner"), the
interviewer or host as an organisation named "interviewer", an indefinite party member ("said a Green") as a
person named Green."""
import pytest

from aligner.model import Article
from aligner.quotes.extract import extract_quotes
from aligner.quotes.speakers import normalise_speakers, parse_mention


def _normalised(text):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")), {"t": text})


def _last(text):
    return _normalised(text)[-1].speaker


_LINDNER = "Finance Minister Christian Lindner was absent. "


# rv70-15: a party or group before a descriptive noun that the text never gives the person named last is someone
# else (c2d4faa: Christian Lindner at 0.9, resolved from the role)
@pytest.mark.parametrize("text", [
    _LINDNER + '"Germany will be climate neutral by 2045," the Greenpeace activist said.',
    _LINDNER + '"Germany will be climate neutral by 2045," the Green politician said.',
    _LINDNER + '"Germany will be climate neutral by 2045," the Social Democrat said.',
    "Economy Minister Robert Habeck defended the deal on Thursday. " + _LINDNER
    + '"It is fine," the Green politician said.',
])
def test_party_role_not_given_to_the_one_named_before(text):
    sp = _last(text)
    assert sp is not None and sp.name is None
    assert "Lindner" not in (sp.id or "")


# neighbours: the text gives the person that party or group (before the name, in an apposition, in parentheses), or
# the back-reference is an office the person holds: still that person
@pytest.mark.parametrize("text, name", [
    ('Greenpeace activist Anna Weber chained herself to the gate. "We will stay," the Greenpeace activist said.',
     "Anna Weber"),
    ('Anna Weber, a Greenpeace activist, chained herself to the gate. "We will stay," the Greenpeace activist said.',
     "Anna Weber"),
    ('Sen. Ted Cruz (R-Texas) spoke on Tuesday. "It is fine," the Texas Republican said.', "Ted Cruz"),
    ('Sen. Ted Cruz spoke on Tuesday. "It is fine," the Texas Republican said.', "Ted Cruz"),
    ('House Speaker Paul Ryan spoke on Tuesday. "It is fine," the Wisconsin lawmaker said.', "Paul Ryan"),
    ('Rep. Nancy Pelosi, a California Democrat, spoke. "It is fine," the California Democrat said.', "Nancy Pelosi"),
    (_LINDNER + '"Germany will be fine," the finance minister said.', "Christian Lindner"),
])
def test_party_role_given_to_the_one_named_before(text, name):
    sp = _last(text)
    assert sp is not None and sp.name == name


# rv69-22: the one who asks or hosts, named by that noun alone, is someone unnamed, never an organisation called
# "interviewer" (c2d4faa: name 'interviewer' / 'host' at 0.9, an org id)
@pytest.mark.parametrize("text", [
    '"Did you make mistakes?" the interviewer asked.',
    '"Will you run again?" the host asked.',
    '"Will you run again?" the co-host asked.',
])
def test_interviewer_or_host_unnamed(text):
    sp = _last(text)
    assert sp is not None and sp.name is None and not (sp.id or "").startswith("org:")


# neighbours: a body whose name holds the word stays a name; "the presenter" stays an unnamed role
@pytest.mark.parametrize("mention, kind", [
    ("Host Europe", "group"),
    ("the presenter", "role"),
    ("the interviewer", "role"),
])
def test_asker_neighbours(mention, kind):
    name, _, got = parse_mention(mention, "en")
    assert got == kind
    assert (name is None) == (kind == "role")


# rv71-25 / pr34-12: an indefinite article and one capitalised word is a member of a party, club or place, never a
# person of that name (c2d4faa: person 'Green' / 'Liverpool' at 0.9)
@pytest.mark.parametrize("text", [
    '"This is a mistake," said a Green.',
    '"This is a mistake," said a Tory.',
    '"It is good," said a Liverpool fan.',
    'A Green said: "This is a mistake."',
])
def test_indefinite_member_unnamed(text):
    sp = _last(text)
    assert sp is not None and sp.name is None


# neighbours: the person named with that surname keeps the name
@pytest.mark.parametrize("text, name", [
    ('"This is a mistake," said Damian Green.', "Damian Green"),
    ('"This is a mistake," Green MP Caroline Lucas said.', "Caroline Lucas"),
])
def test_member_neighbours_named(text, name):
    sp = _last(text)
    assert sp is not None and sp.name == name
