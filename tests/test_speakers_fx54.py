"""Run-wide speaker clustering joins no two people (rv44): German surnames one letter apart are
two people unless the letter is a transliteration's i / y or an umlaut written out; a bare
surname does not join a person its own article's text shows is someone else."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import aligner
from aligner.quotes.speakers import cluster_article_names, cluster_names, surname_match
from aligner.text.names import fold_word


@pytest.mark.parametrize("a,b", [("Schmidt", "Schmitt"), ("Müller", "Möller"), ("Neumann", "Naumann"),
                                 ("Schulz", "Schultz"), ("Maier", "Mayer"), ("Hartmann", "Hartwann")])
def test_one_letter_apart_is_another_surname(a, b):
    assert not surname_match(fold_word(a), fold_word(b))


@pytest.mark.parametrize("a,b", [("Müller", "Mueller"), ("Schäfer", "Schaefer"), ("Klitschko", "Klychko"),
                                 ("Timoschenko", "Tymoshenko"), ("Kolomojskyj", "Kolomoisky"),
                                 ("Tichanowskaja", "Tsikhanouskaya"), ("Selenskyj", "Zelensky")])
def test_transliterations_and_umlauts_written_out_are_one_surname(a, b):
    assert surname_match(fold_word(a), fold_word(b))


def test_full_names_one_letter_apart_are_two_people():
    m = cluster_names(["Michael Schmidt", "Michael Schmitt", "Thomas Müller", "Thomas Möller", "Thomas Mueller"])
    assert m["Michael Schmidt"][0] != m["Michael Schmitt"][0]
    assert m["Thomas Müller"][0] != m["Thomas Möller"][0]
    assert m["Thomas Müller"][0] == m["Thomas Mueller"][0]


def test_bare_surname_stays_with_the_person_its_article_names():
    pairs = [("a", "Anna Smith"), ("b", "Smith"), ("c", "Smith")]
    texts = {"a": "Economy Minister Anna Smith spoke.", "b": "Defence Minister John Smith met the ambassador. Smith said.",
             "c": "Minister Smith said so."}
    m = cluster_article_names(pairs, texts)
    assert m[("b", "Smith")][1] != "Anna Smith"
    # without texts the run's one Anna Smith is the bare surname's home (as before)
    assert cluster_article_names([("a", "Anna Smith"), ("c", "Smith")])[("c", "Smith")][1] == "Anna Smith"
    # an article that names no other Smith in full still joins the run's one Anna Smith
    assert cluster_article_names([("a", "Anna Smith"), ("c", "Smith")], texts)[("c", "Smith")][1] == "Anna Smith"
    # its own article names two Smiths: the bare surname is none of them
    both = {"a": "Economy Minister Anna Smith spoke. Defence Minister John Smith met him. Smith said."}
    assert cluster_article_names([("a", "Anna Smith"), ("a", "Smith")], both)[("a", "Smith")][1] == "Smith"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _run(tmp_path: Path, files: dict[str, str]) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in files.items():
        (src / name).write_text(text, encoding="utf-8")
    aligner.run([src], tmp_path / "run", embeddings="none")
    return tmp_path / "run"


def test_bare_surname_is_not_given_another_articles_first_name(tmp_path):
    out = _run(tmp_path, {
        "a.txt": 'Talks in Berlin\n\n"We are not sending soldiers," Economy Minister Anna Smith said on Tuesday.\n\n'
                 'Defence Minister John Smith met the ambassador in the evening. "The talks remain difficult," Smith said afterwards.\n',
        "b.txt": 'Berlin talks\n\nDefence Minister John Smith met the ambassador on Monday evening.\n\n'
                 '"The talks remain difficult," Smith said afterwards.\n',
    })
    quotes = [q for q in _jsonl(out / "quotes.jsonl") if q["text"].startswith("The talks")]
    assert len(quotes) == 2
    assert not [q for q in quotes if q.get("speaker") and q["speaker"].get("name") == "Anna Smith"]


@pytest.mark.parametrize("one,other", [("Michael Schmidt", "Michael Schmitt"), ("Thomas Müller", "Thomas Möller")])
def test_two_german_surnames_one_letter_apart_are_two_people(tmp_path, one, other):
    out = _run(tmp_path, {
        "a.txt": f'Council\n\n"The budget must be cut this year," said {one}, the mayor of Kassel, on Monday.\n\n'
                 f'"We will not close the swimming pool," {one} added.\n',
        "b.txt": f'Strike\n\n"The union will strike next week," said {other}, the head of the drivers union, on Monday.\n',
    })
    names = {q["article_id"]: q["speaker"]["name"] for q in _jsonl(out / "quotes.jsonl") if q.get("speaker")}
    assert names == {"a": one, "b": other}, names
