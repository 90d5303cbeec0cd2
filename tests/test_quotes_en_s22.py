"""English speakers (invented sentences), session 22: capitalised words that name no one (a word of nationality,
region or religion, a quantity opening the name, a plural of people, a word after "the", a sentence adverb) are
no antecedent for "he"/"she".

Each rule's first two tests fail without it (on b66e285); the guards (surnames that look like such words) and
the cases that give no name pass before too."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("text", "junk"), [
    ("Tom Reed flew to Sana in June. As he sat in the lounge, Yemeni forces arrested him at the gate. "
     "“I was not afraid,” he said.", "Yemeni"),
    ("As the vote neared, Jewish groups condemned the plan. The head of the Peace League, Tom Reed, warned that it was "
     "wrong. He said the plan would “hurt us all in the end.”", "Jewish"),
    ("Her main argument, much like Tom Reed's against British rule, is that change is slow. She said the plan would "
     "“hurt us all in the end.”", "British"),
    ("At the rally, Arab families waited for hours. “We waited all day,” he said.", "Arab"),
    ("After the talk, the Ohio sheriff spoke first. “We will win,” he said.", "Ohio"),
    ("Tom Reed met the Arizona sheriff on Monday. The Arizona sheriff spoke first. “We will win,” he said.", "Arizona"),
    ("Tom Reed, a Southern Baptist, met the pastor. Southern Baptists left early. “We pray for peace,” he said.",
     "Southern Baptists"),
    ("As the show neared, Audiences can expect a long set with “a lot of risks and some new songs.” "
     "“It is straight from the heart,” he said.", "Audiences"),
])
def test_a_capitalised_word_that_names_no_one_is_no_antecedent(text, junk):
    part = "not afraid" if "afraid" in text else "hurt us" if "hurt us" in text else text[text.rindex("“") + 1 : text.rindex("“") + 12]
    sp = _speaker(text, part)
    assert sp is not None and sp.name != junk, sp


@pytest.mark.parametrize(("text", "who"), [
    ("Tom Reed flew to Sana in June. As he sat in the lounge, Yemeni forces arrested him at the gate. "
     "“I was not afraid,” he said.", "Tom Reed"),
    ("Tom Reed, a Southern Baptist, met the pastor. Southern Baptists left early. “We pray for peace,” he said.", "Tom Reed"),
])
def test_the_person_before_the_capitalised_word_is_the_antecedent(text, who):
    sp = _speaker(text, text[text.rindex("“") + 1 : text.rindex("“") + 10])
    assert sp is not None and sp.name == who, sp


@pytest.mark.parametrize(("text", "who"), [
    ("In May, David French wrote the piece. Last week, French argued the point at length. “It is wrong,” he said.", "French"),
    ("In May, Mr. English met the board. On Monday, English argued the point at length. “It is wrong,” he said.", "English"),
    ("Sanders spoke in Iowa on Monday. Sanders said the race was close. “It is close,” he said.", "Sanders"),
    ("Michelle Fields was pushed at the rally. Fields later tweeted a photo. “I was hurt,” she said.", "Fields"),
    ("Tom Jones said the plan was bad. Jones left early. “I am tired,” he said.", "Tom Jones"),
])
def test_a_surname_that_looks_like_such_a_word_stays_the_antecedent(text, who):
    sp = _speaker(text, text[text.rindex("“") + 1 : text.rindex("“") + 8])
    assert sp is not None and sp.name == who, sp


@pytest.mark.parametrize("text", [
    "In Ohio, Most Republicans backed the bill. “It is a good bill,” he said.",
    "Still, Several Democrats backed the plan in May. “It is a good bill,” she said.",
    "Nationally, Clinton leads Sanders among young voters. “We will all come together,” he said.",
    "By noon, Catholic leaders met the mayor. “We pray for peace,” he said.",
    "In the end, Islamic leaders met on Monday. “We pray for peace,” she said.",
    "Later, Mexican voters lined up. “We waited all day,” he said.",
])
def test_no_name_from_a_quantity_an_adverb_or_a_group_word(text):
    sp = _speaker(text, text[text.rindex("“") + 1 : text.rindex("“") + 8])
    assert sp is None or sp.name is None, sp


@pytest.mark.parametrize("middle", [
    "Paul Hart, for all the work he did, seems to agree.",
    "And Paul Hart, for all the progress he helped win from the leaders, seems to agree.",
    "Paul Hart, despite all the work he did, agrees.",
])
def test_a_parenthetical_after_a_newer_name_is_no_apposition(middle):
    # "X, for all the work he did, seems to agree": X is the subject, a person named since Tom Reed spoke
    sp = _speaker("Tom Reed said the plan was costly. " + middle + " “We do not know what will work,” he said.", "We do not know")
    assert sp is not None and not (sp.name == "Tom Reed" and (sp.confidence or 0) >= 0.8), sp


def test_a_woman_named_by_an_honorific_since_the_speaker_makes_she_unsure():
    text = ("“We will win,” Ann Lee said on Monday. There is also the chance that Mrs. Roth, if elected, might name him. "
            "“What a great idea,” she said.")
    sp = _speaker(text, "What a great idea")
    assert sp is not None and not (sp.name == "Ann Lee" and (sp.confidence or 0) >= 0.8), sp


@pytest.mark.parametrize("middle", [
    "Mrs. Lee has long backed the plan.",  # the speaker herself
    "Mr. Roth has long opposed the plan.",  # a man: not "she"
    "“Mrs. Roth is wrong about it,” she said.",  # inside quotation marks
])
def test_the_speaker_stays_sure_where_no_other_woman_is_named(middle):
    sp = _speaker("“We will win,” Ann Lee said on Monday. " + middle + " “What a great idea,” she said.", "What a great idea")
    assert sp is not None and sp.name == "Ann Lee" and (sp.confidence or 0) >= 0.8, sp
