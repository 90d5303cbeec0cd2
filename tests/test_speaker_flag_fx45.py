"""One person whose first name two outlets write two ways is never two people (session 23, fx45;
read-through rt23): the ``speaker`` flag on one person is the worst false alarm.  Two people
sharing a surname or a first name stay two.  Invented pairings of names."""

from __future__ import annotations

import pytest

from aligner.match.clusters import same_speaker, speaker_verdict
from aligner.match.speaker_flag import first_names_agree, first_names_clash, names_verdict
from aligner.model import QuoteVersion
from aligner.quotes.speakers import cluster_names


def _v(qid: str, art: str, speaker: str, sid: str) -> QuoteVersion:
    text = "The budget will not pass this year."
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.upper(), language="en", original=text, english=text,
                        start=0, end=len(text), kind="direct", speaker=speaker, speaker_id=sid,
                        speaker_mention=speaker, speaker_resolved_from=None, speaker_confidence=0.9)


ONE_PERSON = [
    ("Hanna Maljar", "Anna Malyar"), ("Tony Blinken", "Antony Blinken"), ("Yanis Varoufakis", "Giannis Varoufakis"),
    ("Hennadij Kernes", "Gennadi Kernes"), ("Olena Selenska", "Jelena Selenskaja"),
    ("Alexander Syrski", "Oleksandr Syrskyi"), ("Jewgenij Kowal", "Yevgeniy Koval"), ("Mike Grant", "Michael Grant"),
]


@pytest.mark.parametrize("x,y", ONE_PERSON)
def test_one_person_first_name_written_two_ways_raises_no_speaker_flag(x, y):
    assert names_verdict(x, y) is not False
    assert not first_names_clash(x.split()[0], y.split()[0])
    ids = cluster_names([x, y])
    a, b = _v("a#q0", "a", x, ids[x][0]), _v("b#q0", "b", y, ids[y][0])
    assert same_speaker(a, b) is not False
    assert speaker_verdict(a, b, None, ("", "")) is not False


TWO_PEOPLE = [
    ("Anna Schmidt", "Peter Schmidt"), ("Joe Biden", "Hunter Biden"), ("Paul Weber", "Paula Weber"),
    ("Jan Weber", "Jana Weber"), ("Olaf Scholz", "Martin Schulz"), ("Sergei Ryabkov", "Sergei Lavrov"),
    ("Boris Pistorius", "Boris Johnson"), ("Ulrich Berger", "Frank Berger"),
]


@pytest.mark.parametrize("x,y", TWO_PEOPLE)
def test_two_people_stay_two(x, y):
    assert names_verdict(x, y) is False
    a, b = _v("a#q0", "a", x, "spk:a"), _v("b#q0", "b", y, "spk:b")
    assert speaker_verdict(a, b, None, ("", "")) is False


@pytest.mark.parametrize("x,y", [("Igor Petrov", "Ivan Petrov"), ("Hennadij Kernes", "Gennadi Kernes")])
def test_one_surname_first_names_neither_clash_nor_agree_is_not_compared(x, y):
    assert names_verdict(x, y) is None


def test_first_names_agree_forms():
    assert first_names_agree("Tony", "Antony") and first_names_agree("Carl", "Karl")
    assert first_names_agree("J.", "Jurij") and first_names_agree("Hans-Peter", "Peter")
    assert not first_names_agree("Anna", "Peter") and not first_names_agree("Igor", "Ivan")


def test_lula_shorter_form_is_one_person():
    assert names_verdict("Lula", "Luiz Inácio Lula da Silva") is True


@pytest.mark.parametrize("x,y", [
    ("Madame Lagarde", "Christine Lagarde"), ("Rabbi Goldschmidt", "Pinchas Goldschmidt"),
    ("Parteichef Klingbeil", "Lars Klingbeil"), ("Landesvater Kretschmann", "Winfried Kretschmann"),
    ("JD Vance", "James David Vance"), ("Ted Cruz", "Rafael Edward Cruz"), ("RFK Jr.", "Robert F. Kennedy Jr."),
    ("Abu Mazen", "Mahmoud Abbas"),
])
def test_address_office_initials_alias_are_no_clashing_first_name(x, y):
    assert names_verdict(x, y) is not False


@pytest.mark.parametrize("x,y", [("Charles Michel", "Harold Michel"), ("JD Vance", "Kevin Vance"),
                                 ("Madame Lagarde", "Christine Legrand")])
def test_neighbours_of_those_forms_stay_apart(x, y):
    assert names_verdict(x, y) is not True
