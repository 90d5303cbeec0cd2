"""English wrong names at the speaker bar (invented sentences): a mid-sentence "X said" parenthetical after a clause
opening with "It's" is said by X, never "It"; an adverb before the verb ("the campaign now says") is no part of the
subject and an organisation or role takes no person's name; a counted group ("the two men") is no name; an aside
holding a quote ("whom Paul Quill called “a liar”") is no subject for a pronoun after it."""

from __future__ import annotations

import pytest

from tests.quote_helpers import confident, normalised_quotes_in

BEFORE = "“We will win,” Tom Reed said. "


@pytest.mark.parametrize("text, name", [
    ("It's a reminder, Rogers said, that “we are not alone.”", "Rogers"),
    ("It’s a warning, Mark Nega said on Monday, that “the plan will fail.”", "Mark Nega"),
    ("That's the point, Ann Lee said, that “nobody asked us.”", "Ann Lee"),
])
def test_said_parenthetical_after_its_clause_is_the_named_speaker(text, name):
    q = normalised_quotes_in(text, "en")[-1]
    assert q.speaker is not None and q.speaker.mention != "It" and q.speaker.mention != "That"
    assert confident(q.speaker) is None or q.speaker.name == name


@pytest.mark.parametrize("text, mention", [
    (BEFORE + "“The campaign is over,” the campaign now says.", "the campaign"),
    (BEFORE + "“It is over,” the ministry still says.", "the ministry"),
    (BEFORE + "“It is over,” the company now says.", "the company"),
])
def test_an_adverb_before_the_verb_is_no_part_of_the_subject(text, mention):
    q = normalised_quotes_in(text, "en")[-1]
    assert q.speaker is not None and q.speaker.mention == mention
    assert q.speaker.name != "Tom Reed"


@pytest.mark.parametrize("text", [
    BEFORE + "“It is over,” the two men said.",
    "“It is over,” the two women said in a statement.",
    BEFORE + "“It is over,” the three judges wrote.",
])
def test_a_counted_group_is_no_name(text):
    q = normalised_quotes_in(text, "en")[-1]
    assert q.speaker is not None and q.speaker.name is None


@pytest.mark.parametrize("text", [
    "Mark Nega, whom Paul Quill called “a liar”, won the seat. “I am glad,” he said.",
    "Mark Nega, who Paul Quill said was “a liar”, won the seat. “I am glad,” he said.",
    "Mark Nega, whom Paul Quill called “a liar”, won the seat. “I am glad,” he said. “We won,” he added.",
])
def test_aside_with_quote_marks_is_no_pronoun_antecedent(text):
    q = normalised_quotes_in(text, "en")[-1]
    assert q.speaker is not None and q.speaker.name != "Paul Quill"
    assert confident(q.speaker) is None or q.speaker.name == "Mark Nega"


@pytest.mark.parametrize("text, name", [
    # neighbours that stay as they are
    ("It is a reminder, Rogers said, that “we are not alone.”", "Rogers"),
    (BEFORE + "“It is over,” the senator says.", "Tom Reed"),
    ("“It is over,” Susan Still said.", "Susan Still"),
    ("Mark Nega, whom Paul Quill called “a liar”, won the seat. “I am glad,” Quill said.", "Paul Quill"),
    ("Ann Lee, whom Paul Quill called “a liar”, won the seat. “I am glad,” she said.", "Ann Lee"),
])
def test_neighbours_keep_their_speaker(text, name):
    q = normalised_quotes_in(text, "en")[-1]
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text", [
    "“Savage,” she said, meaning that he’s “radical enough and does not care” and says what he believes “no matter what.”",
    "“Savage,” she said, meaning that he is “radical enough” and says what he thinks “all the time.”",
])
def test_a_pronoun_in_a_speakers_gloss_is_no_sure_speaker(text):
    q = normalised_quotes_in(text, "en")[-1]
    assert confident(q.speaker) is None


def test_a_name_in_a_gloss_and_the_first_speaker_stay_sure():
    first, second = normalised_quotes_in("“It is over,” Tom Reed said, meaning that Ann Lee had said “the race is lost for good.”", "en")
    assert confident(first.speaker) is not None and first.speaker.name == "Tom Reed"
    assert confident(second.speaker) is not None and second.speaker.name == "Ann Lee"
