"""Austrian titles and the "St." of a place name before a speaker are no speaker of their own."""
import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import cluster_article_names


def _speaker(text: str, lang: str = "de"):
    quotes = extract_quotes(Article(id="t", text=text, language=lang))
    return quotes[0].speaker


@pytest.mark.parametrize("frame, surname", [
    ("sagte Bgm. Hans Moser.", "Moser"),              # rv55-15: was 'Bgm' at 0.9
    ("sagte Mag. Anna Huber.", "Huber"),              # was 'Mag'
    ("sagte Ing. Franz Berger.", "Berger"),           # was 'Ing'
    ("sagte Dipl.-Ing. Franz Berger.", "Berger"),     # was 'Dipl.-Ing'
    ("sagte Univ.-Prof. Dr. Maria Berger.", "Berger"),  # was 'Univ.-Prof'
    ("sagte der St. Galler Regierungsrat Beat Tinner.", "Tinner"),  # rv55-19: was 'St'
])
def test_the_named_person_speaks(frame, surname):
    sp = _speaker(f"Die Bahn baut. „Der Tunnel kommt“, {frame}")
    assert sp.name is not None and sp.name.split()[-1] == surname


def test_a_police_of_st_gallen_keeps_its_place():
    sp = _speaker("Die Bahn baut. „Der Tunnel kommt“, so die Kantonspolizei St. Gallen.")
    assert sp.name == "Kantonspolizei St. Gallen"  # was 'Kantonspolizei St'


def test_english_st_louis_mayor():
    sp = _speaker('The bill passed. "The tunnel is coming," said St. Louis Mayor Tishaura Jones.', "en")
    assert sp.name == "Tishaura Jones"  # was 'St'


def test_a_title_does_not_split_one_person_in_two_ids():
    ids = cluster_article_names([("a", "Mag. Anna Huber"), ("b", "Anna Huber")])
    assert ids[("a", "Mag. Anna Huber")][0] == ids[("b", "Anna Huber")][0]
