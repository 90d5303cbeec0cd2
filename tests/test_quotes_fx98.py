"""Wrong English speakers at >= 0.8 found by session 30's product reviewers (rv60): "he"/"she" taken for a person whose
first name the lists do not know while a person of the pronoun's gender is named near (rv60-19); "the <party> leader" /
"the candidate" taken for the person named last whatever the party (rv60-25, rv60-2); "said state returning officer
Petra Hagemann" not read (rv60-1)."""
from __future__ import annotations

import pytest

import aligner

BAR = 0.8


def _speakers(text: str) -> list[tuple[str | None, float | None]]:
    qs = aligner.extract_quotes(aligner.Article(id="a", text=text, language="en"))
    assert qs, "the quote itself is found"
    return [(q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None) for q in qs]


def _last(text: str) -> tuple[str | None, float | None]:
    return _speakers(text)[-1]


# ------------------------------------------------------------------ rv60-19: pronoun to a person of unknown gender

_HE_AFTER = 'Prime Minister David Okafor thanked voters. {first} Gale celebrated in Bath.\n\n"We have a mandate," he said.'
_SHE_AFTER = 'Prime Minister Mary Okafor thanked voters. {first} Gale celebrated in Bath.\n\n"We have a mandate," she said.'


@pytest.mark.parametrize("first", ["Fiona", "Kemi", "Yvette", "Ursula", "Priti", "Siobhan", "Annalena"])
def test_he_is_not_a_woman_named_last(first):
    name, conf = _last(_HE_AFTER.format(first=first))
    assert not (name == f"{first} Gale" and (conf or 0) >= BAR)


@pytest.mark.parametrize("first", ["Keir", "Rishi", "Olaf", "Friedrich", "Nigel", "Sadiq"])
def test_she_is_not_a_man_named_last(first):
    name, conf = _last(_SHE_AFTER.format(first=first))
    assert not (name == f"{first} Gale" and (conf or 0) >= BAR)


def test_unknown_first_name_is_a_guess_when_a_man_is_named_near():
    # "Zorya": a first name no list holds; "he" may be Okafor as well
    name, conf = _last(_HE_AFTER.format(first="Zorya"))
    assert not (name == "Zorya Gale" and (conf or 0) >= BAR)


def test_honorific_rival_makes_it_a_guess():
    name, conf = _last('Mr. Okafor was tired. Zorya Gale celebrated in Bath. "We won," he said.')
    assert not (name == "Zorya Gale" and (conf or 0) >= BAR)


@pytest.mark.parametrize("text, want", [
    # neighbours that keep the pronoun: no one else near, the other person of the other gender, a known gender
    ('Zorya Gale celebrated in Bath.\n\n"We have a mandate," she said.', "Zorya Gale"),
    ('Mary Okafor thanked voters. Zorya Gale celebrated in Bath.\n\n"We have a mandate," he said.', "Zorya Gale"),
    ('Prime Minister David Okafor thanked voters. Fiona Gale celebrated in Bath.\n\n"We have a mandate," she said.', "Fiona Gale"),
    ('Prime Minister Keir Okafor thanked voters. Kemi Gale conceded.\n\n"We will rebuild," she said.', "Kemi Gale"),
    ('"We won," said Jordan Lee. "We will go on," he said.', "Jordan Lee"),
])
def test_pronoun_neighbours_keep_their_speaker(text, want):
    assert _last(text) == (want, 0.9)


# ------------------------------------------------------------------ rv60-25, rv60-2: "the <party> leader", "the candidate"

def test_tory_leader_is_the_conservative_leader_not_the_person_named_last():
    text = ('Conservative leader Helen Marsh conceded. Prime Minister David Okafor thanked voters in Hackney.\n\n'
            '"We will rebuild from the ground up," the Tory leader said.')
    name, conf = _last(text)
    assert name != "David Okafor" or (conf or 0) < BAR
    assert name in ("Helen Marsh", None)


def test_labour_leader_is_the_one_named_so():
    text = ('Labour leader David Okafor thanked voters in Hackney. Conservative leader Helen Marsh conceded in Surrey.\n\n'
            '"We will govern for everyone," the Labour leader said.')
    assert _last(text)[0] in ("David Okafor", None)
    assert _last(text)[0] != "Helen Marsh"


@pytest.mark.parametrize("mention", ["the Lib Dem leader", "the opposition leader", "the party leader", "the Green leader"])
def test_a_leader_no_one_is_named_as_gets_no_name(mention):
    text = ('Conservative leader Helen Marsh conceded. Prime Minister David Okafor thanked voters in Hackney.\n\n'
            f'"We will hold them to account," {mention} said.')
    name, conf = _last(text)
    assert name is None or (conf or 0) < BAR


def test_the_candidate_is_the_candidate_named_before_not_the_pollster():
    text = ('"Turnout is up," said Priya Nair, director of political research at YouGov.\n\n'
            'In Sunderland Central, Reform UK candidate Liam Hughes finished second by 412 votes.\n\n'
            '"We came second by 412 votes. I will not concede," the candidate said.')
    name, conf = _last(text)
    assert name != "Priya Nair" or (conf or 0) < BAR
    assert name in ("Liam Hughes", None)


def test_two_candidates_named_so_leave_the_candidate_unnamed():
    text = ('"Turnout is up," said Priya Nair, a pollster.\n\n'
            'Reform UK candidate Liam Hughes finished second. Labour candidate Ann Roe won the seat.\n\n'
            '"We came second. I will not concede," the candidate said.')
    name, conf = _last(text)
    assert name is None or (conf or 0) < BAR


@pytest.mark.parametrize("text, want", [
    # neighbours: a capitalised title, an apposition, a lone speaker quoted before with no party form in the text
    ('Gov. Ann Lee toured the plant. "We will reopen it," the governor said.', "Ann Lee"),
    ('Prime Minister David Okafor, the Labour leader, thanked voters. Conservative leader Helen Marsh conceded.\n\n'
     '"We will govern for everyone," the Labour leader said.', "David Okafor"),
    ('"We lost," said Tom Reed. "We will be back," the senator said.', "Tom Reed"),
])
def test_role_neighbours(text, want):
    assert _last(text)[0] == want


# ------------------------------------------------------------------ rv60-1: "returning officer" before a name

@pytest.mark.parametrize("frame", [
    'said state returning officer Petra Hagemann.', 'said returning officer Petra Hagemann.',
    'said commanding officer Petra Hagemann.', 'said managing director Petra Hagemann.',
])
def test_participle_office_before_a_name(frame):
    text = f'"Almost a third decided late," said Thomas Brenner, a pollster.\n\n"Turnout was 61.2 percent," {frame}'
    assert _speakers(text) == [("Thomas Brenner", 0.9), ("Petra Hagemann", 0.9)]


@pytest.mark.parametrize("text", [
    '"We are back," said returning voters in Bath.',
    '"It was close," said a returning officer.',
])
def test_participle_neighbours_name_no_one(text):
    assert _last(text)[0] is None


# ------------------------------------------------------------------ rv62-20: "the WHO" is no pronoun "who"

@pytest.mark.parametrize("text", [
    '"Heat is deadly," the WHO said.', '"Heat is deadly," said the WHO.', '"Heat is deadly," WHO said.',
    'The WHO said: "Heat is deadly."',
])
def test_who_acronym_is_a_speaker(text):
    assert _last(text)[0] == "WHO"


@pytest.mark.parametrize("text, want", [
    # neighbours: the relative pronoun stays a stop word
    ('"Heat is deadly," said Anna Lee, who leads the unit.', "Anna Lee"),
    ('"Heat is deadly," said those who know.', None),
    ('"Heat is deadly," said Who.', None),
])
def test_relative_who_neighbours(text, want):
    assert _last(text)[0] == want


# ------------------------------------------------------------------ rv61-3: "Thomas K. said"

@pytest.mark.parametrize("text", [
    '"I deeply regret that people lost their savings," Thomas K. said before the verdict.',
    'The indictment said the accused had promised returns of 12 percent. "I deeply regret that people lost their savings,"'
    ' Thomas K. said before the verdict.',
])
def test_name_with_initial_before_said(text):
    assert _last(text) == ("Thomas K", 0.9)


@pytest.mark.parametrize("text, want", [
    # neighbours: the forms already read; an abbreviation's dot is left as it was
    ('"I deeply regret it," said Thomas K. before the verdict.', "Thomas K"),
    ('"I deeply regret it," Thomas Keller said.', "Thomas Keller"),
    ('"We won," the U.S. said.', None),
])
def test_initial_neighbours(text, want):
    assert _last(text)[0] == want


# ------------------------------------------------------------------ rv60-4, rv62-7: "according to X declared/led …"

@pytest.mark.parametrize("text, junk", [
    ('Labour has won the general election with a majority of 26, according to results declared early on Friday.', "Friday"),
    ('A single dose lowered admissions by 30 percent, according to a phase 3 trial led by the University of Freiburg and '
     'published today in The Lancet.', "and"),
    ('A single dose lowered admissions by 30 percent, according to a trial run by the University of Freiburg and published '
     'today in The Lancet.', "and"),
])
def test_according_to_source_ends_before_the_participle(text, junk):
    name = _last(text)[0]
    assert name is None or not name.endswith(junk)
    assert name is None or " " not in name


@pytest.mark.parametrize("text, want", [
    # neighbours: the body after "released by", a plain body, a document's author
    ('Labour won 338 seats, according to results released by the Electoral Commission.', "Electoral Commission"),
    ('Labour won 338 seats, according to the Electoral Commission.', "Electoral Commission"),
    ('Deaths from heat rose, according to a report written by Ann Lee.', "Ann Lee"),
    ('Labour won 338 seats, according to figures published on Friday.', None),
])
def test_according_to_neighbours(text, want):
    assert _last(text)[0] == want


# ------------------------------------------------------------------ rv61-15: the reader of a document is not its speaker

@pytest.mark.parametrize("text, reader", [
    ('Judge Helen Marsh quoted a text message Hargreaves sent in 2021: "Nobody ever checks these accounts."', "Helen Marsh"),
    ('Prosecutor Amy Wells read from an email the defendant sent to a colleague: "The investors will never notice."', "Amy Wells"),
    ('Judge Helen Marsh quoted the defendant: "Nobody ever checks these accounts."', "Helen Marsh"),
])
def test_reader_of_another_persons_words_is_below_the_bar(text, reader):
    name, conf = _last(text)
    assert not (name == reader and (conf or 0) >= BAR)


def test_author_named_in_the_contact_clause():
    text = 'Judge Helen Marsh quoted a text message Hargreaves sent in 2021: "Nobody ever checks these accounts."'
    assert _last(text)[0] == "Hargreaves"


@pytest.mark.parametrize("text, want", [
    # neighbours: her own words, whom she told, a statement with no other author
    ('Prosecutor Amy Wells said: "The investors will never notice."', ("Amy Wells", 0.9)),
    ('Prosecutor Amy Wells told the jury: "He lied."', ("Amy Wells", 0.9)),
    ('Prosecutor Amy Wells read a statement: "We will appeal."', ("Amy Wells", 0.9)),
])
def test_reader_neighbours(text, want):
    assert _last(text) == want


@pytest.mark.parametrize("text, want", [
    # a lower-case title and a capitalised one for two people: "the president" is either of them
    ('Ukrainian president Volodymyr Zelensky met US President Joe Biden. "We will help," the president said.', None),
    ('US President Joe Biden met Ukrainian president Volodymyr Zelensky. "We will help," the president said.', None),
    ('Ukrainian president Volodymyr Zelensky met US President Joe Biden. "We will help," the Ukrainian president said.',
     "Volodymyr Zelensky"),
    ('Ukrainian president Volodymyr Zelensky met US President Joe Biden. "We will help," the US president said.', "Joe Biden"),
])
def test_party_form_and_title_holders_together(text, want):
    assert _last(text)[0] == want
