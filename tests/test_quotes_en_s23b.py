"""English speakers a later "he"/"she"/"they" or role must not take from a person named before: an unnamed
person or group as a clause subject in between, "another" role, plural "they", a definite role that the
text gives to another person (invented sentences)."""
from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _sp(text, part):
    return normalised_quote_containing(text, part, "en").speaker


def _name_at_bar(text, part):
    """The quote's speaker name when its confidence reaches the 0.8 bar, else None."""
    sp = _sp(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= 0.8 else None


# (a) an unnamed person or a group of people opening a clause between the name and the quote
@pytest.mark.parametrize("middle", [
    "The coach was angry.",
    "The coach, a former player, was angry.",
    "The old coach looked tired.",
    "His lawyer was angry.",
    "John Smith's lawyer left early.",
    "The senator said nothing.",
    "Later the coach was angry.",
    "On Friday, the coach was angry.",
    "A coach was angry.",
    "The Iranian delegation left.",
    "The team left early.",
    "Another man stood up.",
])
def test_unnamed_subject_between_blocks_the_man_before(middle):
    text = f"John Smith spoke first. {middle} “We lost,” he said."
    assert _name_at_bar(text, "We lost") != "John Smith"


def test_unnamed_subject_after_a_quoted_man_takes_him_below_the_bar():
    text = "“We won,” John Smith said. The coach was angry. “We lost,” he said."
    assert _name_at_bar(text, "We lost") is None


@pytest.mark.parametrize("middle", [
    "He thanked the coach.",  # the coach is an object; he goes on
    "The coaches were angry.",  # a plural never takes "he"
    "The report was released later.",
    "The woman was angry.",  # not "he"
])
def test_no_person_subject_keeps_the_man_before(middle):
    text = f"“We won,” John Smith said. {middle} “We lost,” he said."
    assert _name_at_bar(text, "We lost") == "John Smith"


def test_woman_subject_between_still_blocks_she():
    text = "“We won,” Ann Lee said. The woman was angry. “We lost,” she said."
    assert _name_at_bar(text, "We lost") is None


# (b) a definite role: the person the text names with that role, else not whoever was named last
@pytest.mark.parametrize("text", [
    "John Smith met Gov. Ann Lee on Friday. “We will fight on,” the Governor said.",
    "John Smith met Governor Ann Lee on Friday. “We will fight on,” the governor said.",
    "John Smith met Ann Lee, the governor, on Friday. “We will fight on,” the governor said.",
    "“We won,” John Smith said. Gov. Ann Lee was silent. “We will fight on,” the governor said.",
    "“We won,” said the governor, Ann Lee. Tom Reed spoke next. “We will fight on,” the governor said.",
    "President Tom Reed met Gov. Ann Lee on Friday. “We will fight on,” the governor told him.",
])
def test_definite_role_is_its_one_named_holder(text):
    assert _sp(text, "fight on").name == "Ann Lee"


@pytest.mark.parametrize("text", [
    "John Smith met the Governor on Friday. The Governor said “we will fight on.”",
    "“We won,” John Smith said after he met the governor. “We will fight on,” the governor said.",
    "John Smith, the governor's aide, spoke first. “We will fight on,” the governor said.",
    "John Smith met the state's governor on Friday. “We will fight on,” the governor said.",
    "John Smith spoke after the governor on Friday. “We will fight on,” the governor said.",
    "John Smith met Lt. Gov. Ann Lee on Friday. “We will fight on,” the governor said.",
])
def test_definite_role_used_for_someone_else_is_not_the_man_named(text):
    assert _name_at_bar(text, "fight on") != "John Smith"


@pytest.mark.parametrize("text", [
    "Gov. Ann Lee and Gov. Tom Reed met on Friday. “We will fight on,” the governor said.",
    "Gov. Ann Lee met Gov. Tom Reed's aide on Friday. “We will fight on,” the governor said.",
])
def test_two_holders_of_the_role_are_no_one_sure(text):
    assert _name_at_bar(text, "fight on") is None


@pytest.mark.parametrize("text", [
    "“We won,” John Smith said of the governor. “We will fight on,” the governor said.",
    "“We won,” John Smith told the senator. “We will fight on,” the senator said.",
    "The governor met John Smith on Friday. “We will fight on,” the governor said.",
])
def test_role_named_beside_the_speaker_before_is_another_person(text):
    assert _name_at_bar(text, "fight on") != "John Smith"


def test_the_last_named_of_several_holders_may_be_the_role():
    text = "Sen. Ann Lee spoke on Friday. “We won,” Sen. Tom Reed said. “We will fight on,” the senator said."
    assert _sp(text, "fight on").name == "Tom Reed"


@pytest.mark.parametrize("text", [
    "Ann Lee spoke as the Democratic nominee on Friday. “We will fight on,” the nominee said.",
    "Ann Lee is the governor. “We will fight on,” the governor said.",
])
def test_role_said_of_the_person_is_that_person(text):
    assert _sp(text, "fight on").name == "Ann Lee"


def test_the_campaign_is_not_the_candidate():
    assert _name_at_bar("“We won,” Ann Lee said. “We will fight on,” the campaign said.", "fight on") != "Ann Lee"


def test_group_between_keeps_the_speaker_quoted_before():
    text = "“We won,” John Smith said. The Iranian delegation left. “We lost,” he said."
    assert _name_at_bar(text, "We lost") == "John Smith"


def test_former_holder_is_not_the_governor():
    text = "“We won,” said Ann Lee, a former governor. Tom Reed spoke next. “We will fight on,” the governor said."
    assert _name_at_bar(text, "fight on") is None


# (c) "another senator" is someone new
@pytest.mark.parametrize("text", [
    "Sen. John Smith spoke first. Another senator said “we will fight on.”",
    "“We lost,” Sen. John Smith said. “We will fight on,” another senator said.",
    "“We lost,” Sen. John Smith said. “We will fight on,” said another senator.",
])
def test_another_role_is_not_the_one_named_before(text):
    assert _name_at_bar(text, "fight on") is None


def test_he_after_another_role_is_not_the_one_named_before():
    text = "“We lost,” Sen. John Smith said. Another senator said “we will fight on.” “We will win,” he said."
    assert _name_at_bar(text, "will win") is None


# (d) plural "they" is not one named person
@pytest.mark.parametrize("text", [
    "Ann Lee's attorneys said the case was weak. “We will appeal,” they said.",
    "“We lost,” Ann Lee said. Her attorneys said the case was weak. “We will appeal,” they said.",
    "“We lost,” Ann Lee said. “We will appeal,” they said.",
    "Ann Lee spoke first. “We will appeal,” they said.",
    "“We lost,” Ann Lee said. Her attorneys filed a motion. “We will appeal,” they said.",
])
def test_they_is_not_one_named_person(text):
    assert _name_at_bar(text, "will appeal") is None


def test_they_after_an_organisation_is_the_organisation():
    sp = _sp("“We lost,” the Teamsters union said. “We will appeal,” they said.", "will appeal")
    assert sp is not None and sp.name == "Teamsters union", sp
