"""English pronoun speakers after a sentence with two people (invented sentences): "he"/"she" after a speaker
quoted in a clause under another person's continues the main clause's subject, a guess below the speaker bar
(pronouns._other_main_subject_en); a reply after a speaker who spoke to someone of the pronoun's gender stays
below the bar (pronouns._addressed_same_gender_en); neither touches a pronoun the text settles."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers

BEFORE = "“We will win,” Tom Reed said on Monday. "


def last_direct(text: str):
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
    return [q for q in qs if q.kind == "direct"][-1]


def _guess(q, name: str) -> None:
    assert q.speaker is not None and q.speaker.name == name
    assert q.speaker.confidence is not None and q.speaker.confidence < 0.8


@pytest.mark.parametrize("text, name", [
    # the speaker quoted in a fronted clause; the main clause's subject is someone else of the pronoun's gender
    (BEFORE + "When Anna Lee pointed out that the plan was costly, Mary Stone seized upon the remark. "
     "“It is not the same thing,” she said.", "Mary Stone"),
    (BEFORE + "After Paul Quill said the plan was dead, Mark Nega left the room. “It was a bad day,” he said.", "Mark Nega"),
    # a quote within what the subject recalls
    ("Mark Nega recalled that Paul Quill once told him, “You will lose.” “He was wrong,” he said.", "Mark Nega"),
    ("Mark Nega recalled that Paul Quill once told him, “You will lose.” “I proved him wrong,” he said.", "Mark Nega"),
])
def test_pronoun_after_a_clause_under_another_subject_is_that_subject_guessed(text, name):
    _guess(last_direct(text), name)


@pytest.mark.parametrize("text", [
    "Mark Nega told Paul Quill: “You will lose.” “We will see,” he said.",
    "“You will lose,” Mark Nega told Paul Quill on Monday. “We will see,” he said.",
    "“You will lose,” Mark Nega told him on Monday. “We will see,” he said.",
    "Mark Nega asked Mr. Quill: “Will you run?” “Maybe,” he said.",
])
def test_a_reply_after_words_to_another_man_is_a_guess(text):
    q = last_direct(text)
    assert q.speaker is not None and q.speaker.confidence is not None and q.speaker.confidence < 0.8


@pytest.mark.parametrize("text, name", [
    # no one else of the pronoun's gender addressed: the speaker quoted before, sure
    ("“You will lose,” Mark Nega told her on Monday. “We will see,” he said.", "Mark Nega"),
    ("“You will lose,” Mark Nega told Ann Lee on Monday. “We will see,” he said.", "Mark Nega"),
    ("Mark Nega asked Ms. Quill: “Will you run?” “Maybe,” he said.", "Mark Nega"),
    ("“We will win,” Tom Reed told reporters. “We have the votes,” he said.", "Tom Reed"),
    ("“We will win,” Tom Reed told The Associated Press. “We have the votes,” he added.", "Tom Reed"),
    ("“You will lose,” Mark Nega told Fox News on Monday. “We will see,” he said.", "Mark Nega"),
    ("“You will lose,” Mark Nega told her husband on Monday. “We will see,” he said.", "Mark Nega"),
    # the main subject is the speaker quoted before, or of the other gender, or a company
    (BEFORE + "After Paul Quill said the plan was dead, Ann Lee left the room. “It was a bad day,” he said.", "Paul Quill"),
    # a name inside the quoted words of the sentence before is no subject of it
    ("“Voters like him. Cruz is the only one who can win,” Tom Reed says. “They want change,” he points out.", "Tom Reed"),
])
def test_pronoun_the_text_settles_stays_sure(text, name):
    q = last_direct(text)
    assert q.speaker is not None and q.speaker.name == name
    assert q.speaker.confidence is not None and q.speaker.confidence >= 0.8
