"""German: someone related to a named person is not that person (pr31-3, pr31-4 on ge32's c777148)."""
import pytest

import aligner


def _speaker(text: str):
    (q,) = aligner.extract_quotes(aligner.Article(id="a", text=text, language="de"))
    return q.speaker


@pytest.mark.parametrize("frame, not_him", [
    ("sagte der Anwalt von Peter Kläger", "Peter Kläger"),
    ("sagte der Anwalt von Thomas Richter", "Thomas Richter"),
    ("sagte ein Sprecher von Thomas Vorsteher", "Thomas Vorsteher"),
    ("sagte die Tochter von Klaus Rentner", "Klaus Rentner"),
    ("sagte ein Unterstützer Donald Trumps", "Donald Trumps"),
    ("sagte ein Gegner Peter Brauns", "Peter Brauns"),
    ("sagte die Apotheke Anna Weber", "Anna Weber"),
])
def test_the_related_person_is_not_named_at_the_bar(frame: str, not_him: str) -> None:
    sp = _speaker(f"„Ich war es nicht“, {frame}.")
    assert sp is None or sp.name != not_him or (sp.confidence or 0) < 0.8


@pytest.mark.parametrize("frame, name", [
    ("sagte der Kaufmann Peter Braun", "Peter Braun"), ("sagte die Angestellte Anna Weber", "Anna Weber"),
    ("sagte die Vorsitzende Anna Weber", "Anna Weber"), ("sagte Ursula von der Leyen", "Ursula von der Leyen"),
    ("sagte der Kaufmann Peter Weiss", "Peter Weiss"),
])
def test_a_person_noun_before_the_name_still_leaves_it(frame: str, name: str) -> None:
    assert _speaker(f"„Ich war es nicht“, {frame}.").name == name


@pytest.mark.parametrize("frame, resolved", [
    ("hatte der frühere Minister versprochen", False), ("sagte der Ex-Minister", False),
    ("hat die Mehrheit der Minister versprochen", False), ("hat der Sprecher der Minister versprochen", False),
    ("sagte der Wirtschaftsminister", True), ("sagte der Minister", True),
])
def test_a_former_holder_or_a_genitive_plural_is_not_the_minister_named(frame: str, resolved: bool) -> None:
    from aligner.quotes.speakers import normalise_speakers  # pr31-2: Robert Habeck at 0.9 for each

    text = ("Wirtschaftsminister Robert Habeck besuchte am Montag Emden. „Wir bleiben hier“, sagte Habeck. "
            f"„Die Werft bleibt“, {frame}.")
    q = normalise_speakers(aligner.extract_quotes(aligner.Article(id="a", text=text, language="de")), {"a": text})[-1]
    assert (q.speaker.name == "Robert Habeck") is resolved


@pytest.mark.parametrize("text, name", [
    ("Wirtschaftsminister Robert Habeck besuchte am Montag Emden. „Die Werft bleibt“, hat die Mehrheit der Minister "
     "versprochen.", None),  # pr31-17: the in-article role path, no quote of Habeck before
    ("Wirtschaftsminister Robert Habeck besuchte am Montag Emden. „Die Werft bleibt“, sagte die Runde der Minister.", None),
    ("Der frühere Wirtschaftsminister Robert Habeck besuchte Emden. „Die Werft bleibt“, sagte der frühere Minister.",
     "Robert Habeck"),  # pr31-16: the former holder named as one
])
def test_genitive_plurals_and_former_holders_in_the_article(text: str, name) -> None:
    from aligner.quotes.speakers import normalise_speakers

    q = normalise_speakers(aligner.extract_quotes(aligner.Article(id="a", text=text, language="de")), {"a": text})[-1]
    assert q.speaker.name == name
