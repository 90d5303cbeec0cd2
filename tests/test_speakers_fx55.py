"""Speaker identity across articles: two surnames an edit apart are two people unless a spelling
explains the edit; a bare surname belongs to the person its own article names; the canonical name
is the plain spelling a reader would write."""

from __future__ import annotations

import pytest

from aligner.model import Quote, Speaker
from aligner.quotes.speakers import (
    AMBIGUOUS_SURNAME,
    cluster_article_names,
    cluster_names,
    normalise_speakers,
    text_people,
)
from aligner.text.names import fold_word
from tests.quote_helpers import cluster_ids, read_jsonl, run_texts


@pytest.mark.parametrize("one,other", [
    ("Michael Schmidt", "Michael Schmitt"), ("Thomas Müller", "Thomas Möller"), ("Eva Neumann", "Eva Naumann"),
    ("Peter Wagner", "Peter Wegner"), ("Anna Lehmann", "Anna Lohmann"), ("Klaus Maier", "Klaus Mayer"),
])
def test_two_surnames_one_letter_apart_are_two_people(one, other):
    ids = cluster_ids([one, other])
    assert ids[one] != ids[other]


@pytest.mark.parametrize("names", [
    ["Thomas Müller", "Thomas Mueller", "Thomas Muller"], ["Gerhard Schröder", "Gerhard Schroeder"],
    ["Jürgen Weiß", "Jürgen Weiss"], ["Pavel Dvořák", "Pavel Dvorak"], ["Ayşe Çelik", "Ayse Celik"],
    ["Julija Tymoschenko", "Yulia Tymoshenko", "Julia Timoschenko"], ["Michail Chodorkowski", "Mikhail Khodorkovsky"],
    ["Witali Klitschko", "Vitali Klychko"], ["Wolodymyr Selenskyj", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"],
    ["Sergej Lawrow", "Sergei Lavrov"], ["Dmitri Peskow", "Dmitry Peskov"], ["Jewgeni Prigoschin", "Yevgeny Prigozhin"],
    ["Swetlana Tichanowskaja", "Sviatlana Tsikhanouskaya"], ["Petra Dvořáková", "Petra Dvorakova"],
])
def test_one_name_in_two_spellings_stays_one_person(names):
    assert len(set(cluster_ids(names).values())) == 1


def test_a_run_keeps_the_union_leader_apart_from_the_mayor(tmp_path):
    run_texts(tmp_path, {
        "a.txt": 'Council\n\n"The budget must be cut this year," said Michael Schmidt, the mayor of '
                 'Kassel, on Monday.\n\n"We will not close the swimming pool," Michael Schmidt added.\n',
        "b.txt": 'Strike\n\n"The union will strike next week," said Michael Schmitt, the head of the '
                 'drivers union, on Monday.\n',
    })
    names = {q["article_id"]: q["speaker"]["name"] for q in read_jsonl(tmp_path / "run" / "quotes.jsonl") if q.get("speaker")}
    assert names.get("b") == "Michael Schmitt" and names.get("a") == "Michael Schmidt"


# --- a bare surname belongs to the person its own article names --------------------------------

def test_the_text_names_people_by_first_name_and_surname_only():
    text = ("Laut Müller ist das falsch. Er traf Berlin. Müller sagte ja. Parteichef Müller kam. "
            "Verteidigungsminister Jürgen Müller und Anna von Berg kamen. Judge Mary K. Jones and Peter and Eva Jones.")
    found = text_people(text, {fold_word("Müller"), fold_word("Berg"), fold_word("Jones")})
    assert sorted(found) == ["Anna von Berg", "Eva Jones", "Jürgen Müller", "Mary K. Jones", "Peter Jones"]


def test_a_capitalised_noun_before_a_surname_is_no_first_name():
    text = "Zum Thema Regeln sprach die Nachrichtenagentur Anadolu mit dem Kollegen Müller und Herrn Müller."
    assert text_people(text, {fold_word("Regeln"), fold_word("Anadolu"), fold_word("Müller")}) == []
    assert text_people(text, {fold_word("Müller")}, frozenset({fold_word("Kollegen")})) == ["Kollegen Müller"]


def test_a_bare_surname_joins_the_person_its_own_text_names_not_another_articles():
    uncertain: set = set()
    m = cluster_article_names([("a", "Anna Smith"), ("b", "Smith")], {"b": ["John Smith"]}, uncertain)
    assert m[("b", "Smith")] != m[("a", "Anna Smith")] and m[("b", "Smith")][1] == "John Smith"
    assert not uncertain


def test_a_bare_surname_whose_article_names_two_people_of_it_is_uncertain():
    uncertain: set = set()
    m = cluster_article_names([("a", "Anna Smith"), ("a", "Smith")], {"a": ["John Smith"]}, uncertain)
    assert m[("a", "Smith")][1] == "Smith" and uncertain == {("a", "Smith")}


def _quote(art: str, name: str, conf: float = 0.9) -> Quote:
    return Quote(id=f"{art}#{name}", article_id=art, text="x", start=0, end=1, kind="direct", language="en",
                 speaker=Speaker(mention=name, name=name, confidence=conf))


def test_normalise_speakers_reads_the_articles_texts():
    quotes = [_quote("a", "Anna Smith"), _quote("b", "Smith"), _quote("c", "Smith")]
    texts = {"a": "Economy Minister Anna Smith spoke.", "b": "Defence Minister John Smith met the envoy. Smith left.",
             "c": "John Smith and his wife Mary Smith run the bakery in Leeds."}
    normalise_speakers(quotes, texts)
    assert [q.speaker.name for q in quotes] == ["Anna Smith", "John Smith", "Smith"]
    assert [q.speaker.confidence for q in quotes] == [0.9, 0.9, AMBIGUOUS_SURNAME] and AMBIGUOUS_SURNAME < 0.8
    assert quotes[2].speaker.id not in (quotes[0].speaker.id, quotes[1].speaker.id)


def test_a_run_does_not_give_a_bare_surname_another_articles_first_name(tmp_path):
    run_texts(tmp_path, {
        "a.txt": 'Budget\n\n"We must save money this year," Economy Minister Anna Smith said on Tuesday.\n',
        "b.txt": 'Envoy\n\nDefence Minister John Smith met the ambassador on Monday evening.\n\n'
                 '"The talks remain difficult," Smith said afterwards.\n',
    })
    quotes = {q["article_id"]: q["speaker"] for q in read_jsonl(tmp_path / "run" / "quotes.jsonl") if q.get("speaker")}
    assert quotes["a"]["name"] == "Anna Smith" and quotes["b"]["name"] == "John Smith"


# --- the canonical name ------------------------------------------------------------------------------

def test_the_canonical_name_has_no_invisible_character_and_keeps_its_diacritics():
    m = cluster_names(["Tom O\u2019Brien\u200d", "Tom O\u2019Brien", "Pavel Dvorak", "Pavel Dvořák", "Jürgen Weiss",
                       "Jürgen Weiß", "Thomas Mueller", "Thomas Müller"])
    assert {v[1] for v in m.values()} == {"Tom O\u2019Brien", "Pavel Dvořák", "Jürgen Weiß", "Thomas Müller"}
    assert cluster_names(["Tom O\u2019Brien\u200d"])["Tom O\u2019Brien\u200d"][1] == "Tom O\u2019Brien"


def test_a_first_name_no_list_knows_still_keeps_the_bare_surname_home():
    quotes = [_quote("a", "Thomas Möller"), _quote("b", "Möller")]
    normalise_speakers(quotes, {"a": "Thomas Möller vom Bauernverband sprach.",
                                "b": "Landwirt Jorrit Möller verkauft Tannen. Möller lacht."})
    assert quotes[1].speaker.name == "Möller" and quotes[1].speaker.id != quotes[0].speaker.id
    quotes = [_quote("a", "Thomas Möller"), _quote("b", "Möller")]
    normalise_speakers(quotes, {"a": "Thomas Möller vom Bauernverband sprach.", "b": "Möller verkauft Tannen."})
    assert quotes[1].speaker.name == "Thomas Möller"  # no one else of the name: the one person of the run
