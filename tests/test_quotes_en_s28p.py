"""English pronoun speakers after a sentence with two people (invented sentences): "he"/"she" after a speaker
quoted in a clause under another person's continues the main clause's subject, a guess below the speaker bar
(pronouns._other_main_subject_en); a reply after a speaker who spoke to someone of the pronoun's gender stays
below the bar (pronouns._addressed_same_gender_en); neither touches a pronoun the text settles."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quotes_in

BEFORE = "“We will win,” Tom Reed said on Monday. "


def last_direct(text: str):
    return [q for q in normalised_quotes_in(text, "en") if q.kind == "direct"][-1]


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


@pytest.mark.parametrize("text", [
    "Tom Reed vanished on Monday. “He is hiding,” he said.",
    "Tom Reed vanished on Monday. “He is hiding in the hills with his brother,” he said.",
])
def test_he_for_a_quote_about_the_man_just_named_is_a_guess(text):
    q = last_direct(text)
    assert q.speaker is None or q.speaker.confidence is None or q.speaker.confidence < 0.8


@pytest.mark.parametrize("text", [
    "Tom Reed won the race on Monday. “I am very happy,” he said.",
    "Tom Reed won the race on Monday. “He helped me a lot,” he said of his coach.",  # the speaker speaks of himself too
    "Tom Reed won the race on Monday. “His coach called me,” he said.",
    "“We won,” Tom Reed said. “He helped me a lot,” he said of his coach.",  # the speaker quoted before goes on
])
def test_he_for_a_quote_in_the_first_person_stays_sure(text):
    q = last_direct(text)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"
    assert q.speaker.confidence is not None and q.speaker.confidence >= 0.8


def _mixed(text: str):
    return [q for q in normalised_quotes_in(text, "en") if q.kind in ("mixed", "fragment")][-1]


@pytest.mark.parametrize("text, mention", [
    ("Tom Reed left the firm. A friend called him “the most honest man I know.”", "A friend"),
    ("Tom Reed left the firm. A former colleague described him as “the most honest man I know.”", "A former colleague"),
    ("Tom Reed left the firm. A friend referred to him as “the most honest man I know” in a post.", "A friend"),
])
def test_someone_unnamed_by_a_tie_speaks_and_takes_no_name(text, mention):
    q = _mixed(text)
    assert q.speaker is not None and q.speaker.mention == mention and not q.speaker.name


@pytest.mark.parametrize("text", [
    "Tom Reed left the firm. The friendship made him “the most honest man in town.”",  # a thing, no one speaking
    "Tom Reed left the firm. A friendly man he was, “the most honest man in town.”",
])
def test_things_stay_without_a_speaker(text):
    q = _mixed(text)
    assert q.speaker is None or not q.speaker.mention.lower().startswith(("the friendship", "a friendly"))


def _directs(text: str):
    return [q for q in normalised_quotes_in(text, "en") if q.kind == "direct"]


@pytest.mark.parametrize("text, asker", [
    ("Anna Lee emailed Paul Quill, telling him, “You are a star!” He replied, “Thank you.”", "Anna Lee"),
    ("Mark Nega asked Paul Quill, “Are you coming?” He said, “No.”", "Mark Nega"),
    ("Mark Nega asked his wife, “Are you coming?” She said, “No.”", "Mark Nega"),
])
def test_a_capitalised_pronoun_after_a_framed_exclamation_or_question_opens_the_next_sentence(text, asker):
    first = _directs(text)[0]
    assert first.speaker is not None and first.speaker.name == asker


@pytest.mark.parametrize("text", [
    "“Are you coming?” he asked.",  # lower case: the frame after the quote
    "“Are you coming?” He asked the question twice.",  # no frame before it: the sentence after may be its frame
])
def test_a_pronoun_after_an_unframed_question_stays_its_frame(text):
    q = _directs(text)[0]
    assert q.speaker is not None and q.speaker.mention.lower() == "he"
