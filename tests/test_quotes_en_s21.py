"""English speakers (invented sentences), session 21: a "he"/"she" whose own sentence opens with a named person as
its subject; a plural or quantified role ("75 percent of voters") is no one named person.

Each rule's test fails without it (on 0d3cb81); the guards keep the cases where another person may be meant."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing

BEFORE = "“We will win,” Paul Hart said on Monday. "


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("middle", "who"), [
    ("Tom Reed has blasted the voting system, which he said runs the risk of leaving voters out.", "Tom Reed"),
    ("Later, Mr. Reed struck a calmer tone, saying he understood the stakes.", "Mr. Reed"),
    ("As for Tom Reed, he said he is not worried about the count.", "Tom Reed"),
])
def test_a_pronoun_in_a_sentence_opened_by_a_named_subject_is_that_person(middle, who):
    # the next "he said" goes on with the person the sentence between brought in, not with Paul Hart quoted before
    sp = _speaker(BEFORE + middle + " “It is a rigged system,” he said.", "rigged system")
    assert sp is not None and sp.name == who and (sp.confidence or 0) >= 0.8, sp


@pytest.mark.parametrize(("text", "opener"), [
    ("Tom Reed met the coach, and he said the plan “would never work this year.”", "Tom Reed"),  # the coach may be "he"
    ("Lee Park thanked his mother, and she said she was “very proud of the boy.”", "Lee Park"),  # "his mother" may be "she"
    ("Lee Park met the coach's wife, who she said was “a true friend to us.”", "Lee Park"),  # the wife may be "she"
    ("Tom Reed and Ann Lee left early, and she said it was “a long night for us.”", "Tom Reed"),  # two people open it
    ("If Tom Reed is elected, he said, “the club will be back in court.”", "Tom Reed"),  # a condition opens it
    ("When Tom Reed left, he said the club was “in a real mess after that.”", "Tom Reed"),  # a time clause opens it
])
def test_no_sure_opening_person_is_taken_for_the_pronoun(text, opener):
    sp = _speaker(text, text[text.index("“") + 1 : text.index("“") + 12])
    assert sp is None or sp.name != opener or (sp.confidence or 0) < 0.8, sp


@pytest.mark.parametrize(("text", "part"), [
    ("“We will win,” Bob Hart said. Nor, he said, did he say anything that could be “interpreted as an order.”", "interpreted"),
    ("“We will win,” Bob Hart said. Eyebrows raised, he asked, “I was going to stay behind by myself?”", "stay behind"),
    ("“We will win,” Ann Hart said. Hours later, she issued a statement calling for “more efforts at home and abroad.”", "more efforts"),
])
def test_a_capitalised_opening_word_is_no_name_for_the_pronoun(text, part):
    sp = _speaker(text, part)
    assert sp is None or sp.name not in ("Nor", "Eyebrows", "Hours"), sp


def test_an_opening_person_of_the_other_gender_is_not_taken():
    sp = _speaker("“We will win,” Ann Cole said. Tom Reed thanked the crowd, and she said it was “a long night for all of us.”",
                  "long night")
    assert sp is None or sp.name != "Tom Reed", sp


@pytest.mark.parametrize(("middle", "part"), [
    ("The poll has bad news for Hart: 25 percent of likely voters say they would “definitely not support” him.", "definitely not"),
    ("In a new poll, 75 percent of Republicans said “most people in politics” cannot be trusted.", "most people in politics"),
    ("Six in 10 Republicans said the delegates “should vote for the candidate with the most support.”", "should vote"),
    ("Most voters said they “would never forgive him for the delay.”", "never forgive"),
    ("The union members said they were “tired of waiting for the board.”", "tired of waiting"),
])
def test_a_plural_or_quantified_role_is_not_the_person_named_before(middle, part):
    sp = _speaker("“We will win,” Jeb Hart said on Monday. " + middle, part)
    assert sp is None or sp.name != "Jeb Hart", sp


@pytest.mark.parametrize(("middle", "part"), [
    ("The senator said the delay was “a disgrace for the state.”", "a disgrace"),
    ("The senator told reporters the plan was “dead on arrival in Congress.”", "dead on arrival"),
])
def test_a_singular_role_still_points_back_at_the_person_named_before(middle, part):
    sp = _speaker("“We will win,” Senator Jeb Hart said on Monday. " + middle, part)
    assert sp is not None and sp.name == "Jeb Hart", sp


@pytest.mark.parametrize(("text", "part"), [
    ("Fans outside the hall chanted “build the dam” as the mayor arrived.", "build the dam"),
])
def test_a_framed_fragment_is_shown_below_the_speaker_bar(text, part):
    from tests.quote_helpers import normalised_quotes_in

    hits = [q for q in normalised_quotes_in(text, "en") if part in q.text and q.kind == "fragment"]
    assert hits and all(q.speaker is None or (q.speaker.confidence or 0) < 0.8 for q in hits), [(q.text, q.kind, q.speaker) for q in hits]


def test_a_framed_whole_quote_keeps_its_confidence():
    sp = _speaker("“The dam will be built by May,” the mayor said.", "dam will be built")
    assert sp is not None and (sp.confidence or 0) >= 0.8, sp
