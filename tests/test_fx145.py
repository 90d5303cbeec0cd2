"""Session 37 (fx145): speakers from rv81 / rv83 findings. Invented text only."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes
from aligner.quotes.speakers import normalise_speakers, parse_mention


def _speakers(text: str, lang: str = "en") -> list[tuple[str | None, float | None]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    return [(q.speaker.name, q.speaker.confidence) if q.speaker else (None, None) for q in quotes]


@pytest.mark.parametrize("text,told", [
    ('"The pier stays shut," a harbour authority spokeswoman told Nordwire, adding: "Repairs start in May."', "Nordwire"),
    ('"The pier stays shut," a spokeswoman told Tilda Marsh, adding: "Repairs start in May."', "Tilda Marsh"),
])
def test_the_one_told_is_not_the_speaker_of_the_added_words(text: str, told: str) -> None:
    # rv83-12: 'a spokesman told Reuters, adding: "…"' gave the second quote to Reuters at 0.9
    for name, conf in _speakers(text):
        assert not (name and told in name and conf is not None and conf >= 0.8)


def test_a_named_speaker_who_told_an_outlet_keeps_the_added_words() -> None:
    text = '"The pier stays shut," Tilda Marsh told Nordwire, adding: "Repairs start in May."'
    assert [n for n, _ in _speakers(text)] == ["Tilda Marsh", "Tilda Marsh"]


@pytest.mark.parametrize("text,name", [
    ('"The quay will not open before spring," said Hamburg planning chief Tom Ries.', "Tom Ries"),
    ('"The quay will not open before spring," said Saxon housing minister Ina Koch.', "Ina Koch"),
    ('"The quay will not open before spring," said port training chief Lena Vogt.', "Lena Vogt"),
    ('"The quay will not open before spring," said tumour screening expert Ada Roth.', "Ada Roth"),
])
def test_a_field_in_ing_before_an_office_keeps_the_name(text: str, name: str) -> None:
    # rv83-19: 'said Bundeswehr training chief Andreas Marlow' gave 'Bundeswehr' (or no one) at 0.9
    [(got, conf)] = _speakers(text)
    assert got is not None and got.endswith(name) and conf is not None and conf >= 0.8


def test_a_participle_after_the_name_is_no_title() -> None:
    [(got, _)] = _speakers('"The quay will not open before spring," said Lena Vogt, training officers at the port.')
    assert got is not None and got.endswith("Vogt")


@pytest.mark.parametrize("text,body", [
    ("Die Stiftung Hessischer Baudenkmäler erklärte, sie werde das Haus verkaufen.", "Stiftung Hessischer Baudenkmäler"),
    ("Der Deutsche Chorverband kritisierte, die Kürzungen seien zu hart.", "Deutsche Chorverband"),
    ("Die Städtischen Bühnen Kassel erklärten, man prüfe den Fall.", "Städtischen Bühnen Kassel"),
])
def test_a_german_body_named_with_an_adjective_is_no_person(text: str, body: str) -> None:
    # rv81-11: 'Die Stiftung Preußischer Kulturbesitz erklärte' gave the person 'Preußischer Kulturbesitz' at 0.9
    quotes = extract_quotes(Article(id="a", text=text, language="de"))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is not None and q.speaker.name == body and parse_mention(q.speaker.mention, "de")[2] != "person"


@pytest.mark.parametrize("text,name", [
    ("„Wir verkaufen das Haus“, sagte Joschka Fischer.", "Joschka Fischer"),
    ("„Wir verkaufen das Haus“, sagte der Hessische Minister Kai Deutsch.", "Kai Deutsch"),
])
def test_a_person_after_an_adjective_stays_a_person(text: str, name: str) -> None:
    quotes = extract_quotes(Article(id="a", text=text, language="de"))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is not None and q.speaker.name == name and parse_mention(q.speaker.mention, "de")[2] == "person"
