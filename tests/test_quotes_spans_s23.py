"""Quote spans (session 23): an opening "According to X" with no comma after X, and a
"that" after a wh-word.  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def quotes(text: str, lang: str = "en"):
    return extract_quotes(Article(id="t", text=text, language=lang))


def texts(text: str, lang: str = "en") -> list[str]:
    return [q.text for q in quotes(text, lang)]


# -- "According to X <message>" without a comma: the message never starts inside a word ---------


@pytest.mark.parametrize(
    "text, message",
    [
        ("Ministers met on Monday. According to information from the aviation office they were in the air for "
         "ten minutes and 13 seconds and reached a height of 107 kilometers.",
         "they were in the air for ten minutes and 13 seconds and reached a height of 107 kilometers"),
        ("According to the coach and the captain of the team from Hamburg he will not play on Sunday against Bremen.",
         "he will not play on Sunday against Bremen"),
        ("According to the families of the victims of the crash in the mountains they were never told the truth.",
         "they were never told the truth"),
    ],
)
def test_according_to_without_comma_splits_before_the_subject(text, message):
    got = [q for q in quotes(text) if q.cue and q.cue.lower() == "according to"]
    assert [q.text for q in got] == [message]


@pytest.mark.parametrize(
    "text",
    [
        # no subject pronoun within reach: where X ends is unknown, so no message rather than a cut one
        "According to a statement from the club's board of directors issued late on Sunday evening the coach will stay.",
        "According to what they told the court on Friday afternoon in a long and detailed statement the two men had planned it.",
        "According to the report that he wrote in the spring of last year after a long visit to the mine it was never safe.",
    ],
)
def test_according_to_without_comma_or_subject_gives_no_cut_message(text):
    for q in quotes(text):
        start = text.index(q.text)
        assert start == 0 or not text[start - 1].isalnum(), q.text  # never from the middle of a word
        assert not (q.cue and q.cue.lower() == "according to"), q.text


def test_according_to_with_comma_unchanged():
    got = quotes("According to information from the aviation office, they were in the air for ten minutes.")
    assert [q.text for q in got] == ["they were in the air for ten minutes"]
    assert got[0].speaker is not None and "aviation office" in got[0].speaker.mention


def test_according_to_after_the_message_unchanged():
    assert texts("The bridge stays closed until May, according to the city council.") == ["The bridge stays closed until May"]


# -- "how that works": "that" after a wh-word opens no reported clause ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She wants to know how that happened and why nobody called.",
        "He asked why that mattered so much to the voters.",
        "The minister explained what that would mean for the farmers in the north.",
        "I should know by now how that works.",
    ],
)
def test_that_after_a_wh_word_is_no_conjunction(text):
    assert texts(text) == []


def test_wh_that_inside_a_list_of_quotes_gives_the_quoted_runs():
    text = "I find it hard to ask (I should know by now how that works”/”I waste his time with my questions”/”he thinks I am slow” etc.)."
    got = texts(text)
    assert got and all("works”" not in t for t in got)
    assert all("”/”" not in t for t in got)


@pytest.mark.parametrize(
    "text, message",
    [
        ("He said that the plan works.", "the plan works"),
        ("She told reporters on Monday that the plan works.", "the plan works"),
    ],
)
def test_that_conjunction_still_opens_the_clause(text, message):
    assert texts(text) == [message]
