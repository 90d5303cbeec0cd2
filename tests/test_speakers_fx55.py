"""Speaker identity across articles: two surnames an edit apart are two people unless a spelling
explains the edit; a bare surname belongs to the person its own article names; the canonical name
is the plain spelling a reader would write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import aligner
from aligner.quotes.speakers import cluster_names


def _ids(names: list[str]) -> dict[str, str]:
    return {n: sid for n, (sid, _) in cluster_names(names).items()}


@pytest.mark.parametrize("one,other", [
    ("Michael Schmidt", "Michael Schmitt"), ("Thomas Müller", "Thomas Möller"), ("Eva Neumann", "Eva Naumann"),
    ("Peter Wagner", "Peter Wegner"), ("Anna Lehmann", "Anna Lohmann"), ("Klaus Maier", "Klaus Mayer"),
])
def test_two_surnames_one_letter_apart_are_two_people(one, other):
    ids = _ids([one, other])
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
    assert len(set(_ids(names).values())) == 1


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_run_keeps_the_union_leader_apart_from_the_mayor(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text('Council\n\n"The budget must be cut this year," said Michael Schmidt, the mayor of '
                               'Kassel, on Monday.\n\n"We will not close the swimming pool," Michael Schmidt added.\n',
                               encoding="utf-8")
    (src / "b.txt").write_text('Strike\n\n"The union will strike next week," said Michael Schmitt, the head of the '
                               'drivers union, on Monday.\n', encoding="utf-8")
    aligner.run([src], tmp_path / "run", embeddings="none")
    names = {q["article_id"]: q["speaker"]["name"] for q in _jsonl(tmp_path / "run" / "quotes.jsonl") if q.get("speaker")}
    assert names.get("b") == "Michael Schmitt" and names.get("a") == "Michael Schmidt"
