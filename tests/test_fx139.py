"""Session 36 (fx139): speakers in education news (rv78 findings). Invented text only."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes
from aligner.quotes.speakers import normalise_speakers
from aligner.segment import split_sentences


def _speakers(text: str, lang: str = "en") -> list[tuple[str | None, str | None, float | None]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    return [(q.speaker.name, q.speaker.id, q.speaker.confidence) if q.speaker else (None, None, None) for q in quotes]


@pytest.mark.parametrize("text,name", [
    ("Ruth Ambler, the chair of the Head Teachers' Council, said: \"Classes are too big.\"", "Ruth Ambler"),
    ("Owen Pike, the leader of the nurses' union, said: \"Wards are empty.\"", "Owen Pike"),
    ("Owen Pike, the leader of the nurses’ union, said: \"Wards are empty.\"", "Owen Pike"),
    ("Ruth Ambler, the chair of the Head Teachers' Council, said the schools needed more money.", "Ruth Ambler"),
])
def test_a_plural_possessive_in_the_apposition_is_no_quote_mark(text: str, name: str) -> None:
    # rv78-1: 'the German Rectors' Conference, said:' gave the person 'Conference' at 0.9
    [(got, _sid, conf)] = _speakers(text)
    assert got == name and conf is not None and conf >= 0.8


def test_a_body_with_a_plural_possessive_keeps_its_whole_name() -> None:
    [(got, _sid, _conf)] = _speakers("The Head Teachers' Council said: \"Classes are too big.\"")
    assert got is None or got.startswith("Head Teachers")


@pytest.mark.parametrize("text", [
    "Laut Umfrage wollen die meisten Eltern kleinere Klassen.",
    "Laut Studie fehlen an den Gymnasien viele Lehrkräfte.",
    "Laut Statistik sinkt die Zahl der Studierenden.",
])
def test_a_paper_named_alone_after_laut_is_no_person(text: str) -> None:
    # rv78-12: 'Laut Umfrage' gave the person 'Umfrage' at 0.85
    assert all(sid is None or not sid.startswith("spk:") for _name, sid, _conf in _speakers(text, "de"))


def test_a_person_after_laut_stays_a_person() -> None:
    [(got, _sid, _conf)] = _speakers("Laut Jana Wirth wollen die meisten Eltern kleinere Klassen.", "de")
    assert got == "Jana Wirth"


@pytest.mark.parametrize("text,n", [
    ("Er wurde 2011 Dr. phil. habil. Danach ging er nach Kiel.", 2),
    ("„Gut“, sagte Prof. Dr.-Ing. Katrin Vogt.", 1),
])
def test_an_academic_title_ends_a_sentence_only_before_no_name(text: str, n: int) -> None:
    assert len(split_sentences(text, "de")) == n


def test_a_relative_passive_before_said_keeps_the_speaker() -> None:
    [(got, _sid, conf)] = _speakers('Mark Ellis, who was criticised by Petra Holm, said: "I kept my word."')
    assert got == "Mark Ellis" and conf is not None and conf >= 0.8
