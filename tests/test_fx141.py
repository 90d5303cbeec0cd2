"""fx141: speakers left from session 36's reviewers (rv80-11, rv79-9, ...). Invented sentences."""
from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes.extract import extract_quotes


def _speakers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    return [(q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None)
            for q in extract_quotes(Article(id="t", text=text, language=lang))]


def _last(text: str, lang: str) -> tuple[str | None, float | None]:
    return _speakers(text, lang)[-1]


# rv80-11: "she said" with two women in the sentence before: either may be meant
@pytest.mark.parametrize("text,lang", [
    ('"The harbour stays open," Helen Marsh said, while Judith Quayle shook her head. "We will see," she said.', "en"),
    ('"The harbour stays open," Helen Marsh said, and Orla Quayle agreed. "We will see," she said.', "en"),
    ('Helen Marsh spoke first and Orla Quayle followed. "We will see," she said.', "en"),
    ("„Der Hafen bleibt offen“, sagte Helga Marsch, bevor Orla Quast das Wort ergriff. „Wir werden sehen“, sagte sie.", "de"),
    ("„Der Hafen bleibt offen“, sagte Helga Marsch, als Frau Quast kam. „Wir werden sehen“, sagte sie.", "de"),
])
def test_she_with_two_women_before_is_below_the_bar(text, lang):
    name, conf = _last(text, lang)
    assert conf is not None and conf < 0.8


@pytest.mark.parametrize("text,lang,who", [
    ('"The harbour stays open," Helen Marsh said, while Tom Quayle shook his head. "We will see," she said.', "en", "Helen Marsh"),
    ('"The harbour stays open," Helen Marsh said, while the city council agreed. "We will see," she said.', "en", "Helen Marsh"),
    ("„Der Hafen bleibt offen“, sagte Helga Marsch, bevor Paul Quast das Wort ergriff. „Wir werden sehen“, sagte sie.", "de", "Helga Marsch"),
    ("„Der Hafen bleibt offen“, sagte Helga Marsch, bevor die Stadtverwaltung tagte. „Wir werden sehen“, sagte sie.", "de", "Helga Marsch"),
    ('Helen Marsh called Judith Quayle "a dreamer" on Monday. "We will see," she said.', "en", "Helen Marsh"),
    ("Helga Marsch nannte Orla Quast „eine Träumerin“. „Wir werden sehen“, sagte sie.", "de", "Helga Marsch"),
])
def test_she_with_one_woman_before_stays_sure(text, lang, who):
    assert _last(text, lang) == (who, pytest.approx(0.9))


# rv79-9: German "sagte sie" / "sagte er" after a sentence naming two people by surname alone (no sex shown)
@pytest.mark.parametrize("text", [
    "Brockmann warf Tiedjen vor, die Kunden zu täuschen. „Das ist unerhört“, sagte sie.",
    "Tiedjen warf Brockmann vor, die Kunden zu täuschen. „Das ist unerhört“, sagte sie.",
    "Brockmann kritisierte Tiedjen scharf. „Das ist unerhört“, sagte er.",
])
def test_sie_after_two_surnames_is_below_the_bar(text):
    name, conf = _last(text, "de")
    assert conf is not None and conf < 0.8


def test_sie_and_er_never_both_sure_for_one_surname():
    text = ("Brockmann warf Tiedjen vor, die Kunden zu täuschen. „Das ist unerhört“, sagte sie.\n\n"
            "Tiedjen warf Brockmann vor, die Kunden zu täuschen. „Das ist unerhört“, sagte er.")
    got = _speakers(text, "de")
    assert all(conf is not None and conf < 0.8 for _name, conf in got)


@pytest.mark.parametrize("text,who", [
    ("Brockmann forderte Klarheit. „Das ist unerhört“, sagte sie.", "Brockmann"),
    ("Brockmann kritisierte Kürzungen. „Das ist unerhört“, sagte sie.", "Brockmann"),
    ("Anna Brockmann warf Tiedjen vor, die Kunden zu täuschen. „Das ist unerhört“, sagte sie.", "Anna Brockmann"),
])
def test_sie_after_one_person_stays_sure(text, who):
    assert _last(text, "de") == (who, pytest.approx(0.9))


# rv80-20: 'X mocked what the Commission called "…", saying it was "…"': the first marks are the Commission's
def test_what_the_body_called_is_the_bodys_words_not_the_subjects():
    text = ('Brenner mocked what the Council called "a sensible pause in the rollout", saying it was "a present to the coal lobby".')
    quotes = extract_quotes(Article(id="t", text=text, language="en"))
    first, second = quotes
    assert first.speaker is not None and first.speaker.name != "Brenner"
    assert second.speaker is None or second.speaker.name != "Council" or (second.speaker.confidence or 0) < 0.8


# rv80-26: "„…“, erklärten X und Y": a joint statement, no one speaker at the bar
@pytest.mark.parametrize("text", [
    "„Wir begrüßen den Kompromiss“, erklärten Bürgermeisterin Helga Marsch und Landrat Tomás Quast.",
    "„Wir begrüßen den Kompromiss“, sagten Helga Marsch und Tomás Quast am Abend.",
    "Helga Marsch und Tomás Quast erklärten: „Wir begrüßen den Kompromiss.“",
])
def test_joint_statement_is_no_one_sure_speaker(text):
    name, conf = _last(text, "de")
    assert conf is not None and conf < 0.8


def test_one_speaker_and_a_second_verb_stays_sure():
    assert _last("„Wir begrüßen den Kompromiss“, sagte Helga Marsch und lächelte.", "de") == ("Helga Marsch", pytest.approx(0.9))
