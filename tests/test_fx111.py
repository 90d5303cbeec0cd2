"""fx111: misses where the report called two versions agreeing although the quoted words differ (session 32
board: fx108-1, rv66-7, rv66-5, rv68-21, rv68-8, rv66-4, rv66-16), each with the faithful neighbours that must
stay quiet."""

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str = "en") -> tuple[list[str], dict]:
    r = compare(a, b, lang=lang)
    return r.flags, r.details


# --- rv66-5: a place in the table ---------------------------------------------------------------------

_KIMMICH = '"We are now {} the table, and we want to stay there," said Joshua Kimmich.'


def test_second_against_top_of_the_table_is_a_number_change():
    flags, details = _flags(_KIMMICH.format("second in"), _KIMMICH.format("top of"))
    assert "number" in flags and "top of the table" in details["number"]


def test_german_table_places_are_compared():
    a = '"Wir sind Tabellenzweiter und wollen das bleiben", sagte er.'
    assert "number" in _flags(a, a.replace("Tabellenzweiter", "Tabellenführer"), "de")[0]


@pytest.mark.parametrize("a,b,lang", [
    (_KIMMICH.format("top of"), _KIMMICH.format("first in"), "en"),
    ('"We are bottom of the table and must fight," he said.', '"We are 18th in the table and must fight," he said.',
     "en"),
    ('"Wir sind Tabellenführer und wollen das bleiben", sagte er.',
     '"Wir stehen an der Tabellenspitze und wollen das bleiben", sagte er.', "de"),
    ('"It was a top of the table clash and we were second in the table before it," he said.',
     '"It was a top-of-the-table clash and we were top of the table before it," he said.', "en"),
])
def test_table_place_neighbours_stay_quiet(a, b, lang):
    assert "number" not in _flags(a, b, lang)[0]


# --- rv68-8: a changed day in two date styles ---------------------------------------------------------

_DECISION = '"The decision must be made by {}," she said.'


@pytest.mark.parametrize("a,b", [("1 March 2027", "1 May 2027"), ("March 1, 2027", "1 May 2027"),
                                 ("March 1, 2027", "1 April 2027"), ("1 March 2027", "May 1, 2027")])
def test_changed_month_is_a_number_change(a, b):
    assert "number" in _flags(_DECISION.format(a), _DECISION.format(b))[0]


@pytest.mark.parametrize("a,b", [("1 March 2027", "March 1, 2027"), ("1 March 2027", "1 March"),
                                 ("1 March 2027", "the first of March 2027")])
def test_one_day_in_two_styles_stays_quiet(a, b):
    assert "number" not in _flags(_DECISION.format(a), _DECISION.format(b))[0]


# --- rv66-4: a deal under way against the deal done (worth a look only) -------------------------------

@pytest.mark.parametrize("a,b", [
    ('"Liverpool are close to an agreement with Leverkusen for Florian Wirtz," Romano wrote on X.',
     '"Liverpool have reached an agreement with Leverkusen for Florian Wirtz," Romano wrote on X.'),
    ('"Liverpool are in talks with Leverkusen over a deal for Florian Wirtz."',
     '"Liverpool have agreed a deal with Leverkusen for Florian Wirtz."'),
])
def test_deal_under_way_against_done_is_worth_a_look(a, b):
    flags, details = _flags(a, b)
    assert "wording" in flags and "negation" not in flags and "deal" in details["wording"]


@pytest.mark.parametrize("a,b", [
    ('"Liverpool are close to an agreement with Leverkusen," he said.',
     '"Liverpool are near an agreement with Leverkusen," he said.'),
    ('"Liverpool have almost reached an agreement with Leverkusen," he said.',
     '"Liverpool are close to an agreement with Leverkusen," he said.'),
    ('"We have signed the contract," he said.', '"We have agreed the contract," he said.'),
])
def test_deal_neighbours_stay_quiet(a, b):
    assert "deal" not in str(_flags(a, b)[1].get("wording", ""))


# --- rv66-16: the number flag shows the outlet's words --------------------------------------------------

def test_number_flag_shows_the_figure_as_written():
    a = '"Liverpool offered 100 million euros plus 20 million in add-ons, and we said no," said Rolfes.'
    b = '"Liverpool offered €120m including add-ons, and we said no," said Rolfes.'
    flags, details = _flags(a, b)
    assert "number" in flags and "€120m" in details["number"] and "120000000" not in details["number"]
