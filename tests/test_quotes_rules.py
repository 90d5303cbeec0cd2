"""Attribution rules added in session 11 (hand-written sentences; each test fails without its rule)."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.extract import rule_of
from aligner.quotes.speakers import parse_mention, plausible_speaker


def quote_of(text: str, start: str, lang: str = "de"):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language=lang)) if start in q.text]
    return q


def test_surname_ending_like_an_abstract_noun_is_a_name():
    # "-ung", "-recht": endings of things ("Meinung", "Wahlrecht"), and of surnames after a first name
    assert plausible_speaker("Reinhard Jung", "de")
    assert plausible_speaker("Lena Albrecht", "de")
    assert not plausible_speaker("Die Speicherung von Fingerabdrücken", "de")
    assert not plausible_speaker("Das Wahlrecht", "de")
    assert not plausible_speaker("Neue Meinung", "de")  # two capitalised words, but a thing
    q = quote_of("Zuletzt nannte Reinhard Jung die neue Sorte „schlicht unnötig und teuer“.", "schlicht")
    assert q.speaker is not None and q.speaker.name == "Reinhard Jung"


def test_demonstrative_opens_a_speaker_noun_phrase():
    q = quote_of("Dieser Arzt, Tomas Weller, schilderte später seinen Eindruck, „dass keine Hilfe mehr möglich war“.",
                 "keine Hilfe")
    assert q.speaker is not None and q.speaker.name == "Tomas Weller"
    assert parse_mention("Dieser Arzt", "de")[2] != "person"  # a role or group, never the name "Dieser Arzt"


def test_nach_den_worten_with_adjectives_before_the_noun():
    q = quote_of("Nach den Worten des örtlichen Polizeichefs Karl Brandt handelt es sich um „einen gezielten Anschlag auf die Stadt“.",
                 "gezielten Anschlag")
    assert rule_of(q) == "nach-x"
    assert q.speaker is not None and "Brandt" in q.speaker.mention


def test_nach_den_worten_takes_the_name_in_apposition():
    q = quote_of("Nach den Worten des obersten Parteichefs, Lars Hoven, handelt es sich um „die schwerste Flut seit Jahren“.",
                 "schwerste Flut")
    assert q.speaker is not None and q.speaker.name == "Lars Hoven"
    assert not q.text.startswith("Lars")  # the apposition is no part of the message
