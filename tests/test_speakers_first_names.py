"""Spelling variants of one person cluster; a feminine form of a first name is another person."""

from tests.quote_helpers import cluster_ids


def test_feminine_form_of_a_first_name_is_another_person():
    ids = cluster_ids(["Paul Krause", "Paula Krause", "Daniel Roth", "Daniela Roth", "Christian Lindner", "Christiane Lindner"])
    assert ids["Paul Krause"] != ids["Paula Krause"]
    assert ids["Daniel Roth"] != ids["Daniela Roth"]
    assert ids["Christian Lindner"] != ids["Christiane Lindner"]


def test_a_bare_surname_shared_by_two_people_joins_neither():
    ids = cluster_ids(["Paul Krause", "Paula Krause", "Krause"])
    assert ids["Krause"] not in (ids["Paul Krause"], ids["Paula Krause"])


def test_transliterations_and_typos_still_cluster():
    ids = cluster_ids(["Sergej Rjabkow", "Sergei Ryabkov", "Michael Maier", "Micheal Maier", "Alexander Nowak", "Alexandr Nowak"])
    assert ids["Sergej Rjabkow"] == ids["Sergei Ryabkov"]
    assert ids["Michael Maier"] == ids["Micheal Maier"]
    assert ids["Alexander Nowak"] == ids["Alexandr Nowak"]
