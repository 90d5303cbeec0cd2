"""Session 21 fx28: fixes for the rv28 probe of the English role/pronoun rules (invented sentences)."""
from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _name_at_bar(text: str, part: str) -> str | None:
    sp = normalised_quote_containing(text, part, "en").speaker
    return sp.name if sp is not None and (sp.confidence or 0) >= 0.8 else None


# a phrase before the subject that ends in a name is no apposition of the role after it
@pytest.mark.parametrize("text, wrong", [
    ("Asked about John Smith, the senator shrugged. “I do not know him,” the senator said.", "John Smith"),
    ("Thanks to Ann Lee, the senator won the vote. “We won,” the senator said.", "Ann Lee"),
    ("After talks with Tom Reed, the president flew home. “It went well,” the president said.", "Tom Reed"),
    ("In a letter to John Smith, the senator asked for help. “We need money,” the senator said.", "John Smith"),
    ("Along with Tom Reed, the governor visited the site. “It is bad,” the governor said.", "Tom Reed"),
    ("Speaking with Tom Reed, the governor smiled. “It is late,” the governor said.", "Tom Reed"),
    ("According to Tom Reed, the senator voted no. “It is late,” the senator said.", "Tom Reed"),
    ("Ann Lee called Tom Reed, the governor, on Monday. “It is late,” the governor said.", "Ann Lee"),
    ("Ann Lee spoke to Tom Reed, the governor said. “It is late,” the governor said.", "Tom Reed"),
    ("Ann Lee spoke to Tom Reed, the governor said. “It is late,” the governor said.", "Ann Lee"),
])
def test_fronted_phrase_ending_in_a_name_is_no_apposition(text: str, wrong: str) -> None:
    assert _name_at_bar(text, text.split("“")[1].split(",")[0]) != wrong


# a closed apposition of a clause's subject, or of an object at the sentence's end, still names the holder
@pytest.mark.parametrize("text, name", [
    ("Tom Reed, the governor, spoke on Monday. “It is late,” the governor said.", "Tom Reed"),
    ("But Tom Reed, the governor, said no. “It is late,” the governor said.", "Tom Reed"),
    ("Ann Lee called Tom Reed, the governor. “It is late,” the governor said.", "Tom Reed"),
    ("The senator, John Smith, met Ann Lee. “We agree,” the senator said.", "John Smith"),
])
def test_apposition_names_the_holder(text: str, name: str) -> None:
    assert _name_at_bar(text, text.split("“")[1].split(",")[0]) == name


@pytest.mark.parametrize("text, wrong", [
    ("In a letter to Siemens, the senator asked for help. “We need money,” the senator said.", "Siemens"),
    ("Deutsche Bank, the chairman told reporters, is strong. “We will grow,” the chairman said.", "Deutsche Bank"),
    ("Siemens Bank, the lender, said no. “It is late,” the chairman said.", "Siemens Bank"),
])
def test_role_never_takes_an_organisation_holder(text: str, wrong: str) -> None:
    assert _name_at_bar(text, text.split("“")[1].split(",")[0]) != wrong


@pytest.mark.parametrize("text", [
    "Secretary of State Tom Reed met Defense Secretary John Smith. “We agree,” the secretary said.",
    "Secretary Tom Reed met Secretary of Defense John Smith. “We agree,” the secretary said.",
])
def test_secretary_of_state_counts_as_a_second_secretary(text: str) -> None:
    assert _name_at_bar(text, "We agree") is None


@pytest.mark.parametrize("text", [
    "Gov. Ann Lee lost the election to Tom Reed in November. Reed took office on Monday. “We will rebuild,” the governor said.",
    "Tom Reed defeated Gov. Ann Lee in November. “We will rebuild,” the governor said.",
    "Gov. Ann Lee spoke. Tom Reed succeeded her. “We will rebuild,” the governor said.",
    "Sen. Tom Reed replaced Sen. Ann Lee. “We agree,” the senator said.",
])
def test_titled_holder_who_lost_office_is_not_the_holder_now(text: str) -> None:
    assert _name_at_bar(text, text.split("“")[1][:7]) is None


# the unnamed subject between is the man named before when the role rule says so: no blocker
@pytest.mark.parametrize("text", [
    "Gov. Tom Reed spoke on Monday. The governor was angry. “We lost,” he said.",
    "Tom Reed, the coach, spoke after the game. The coach was angry. “We lost,” he said.",
    "Coach Tom Reed spoke after the game. The coach was angry. “We lost,” he said.",
    "Tom Reed, the coach, spoke first. The coach, 54, was angry. “We lost,” he said.",
])
def test_subject_role_of_the_man_named_keeps_him(text: str) -> None:
    assert _name_at_bar(text, "We lost") == "Tom Reed"


# … but not when the role is someone else's, or the text does not say whose it is
@pytest.mark.parametrize("text", [
    "Tom Reed spoke on Monday. The governor was angry. “We lost,” he said.",
    "Gov. Ann Lee met Tom Reed. The governor was angry. “We lost,” he said.",
    "Gov. Ann Lee spoke. Tom Reed listened. The governor was angry. “We lost,” he said.",
    "Coach Tom Reed spoke. John Smith listened. The coach was angry. “We lost,” he said.",
    "Coach Tom Reed met Coach John Smith. The coach was angry. “We lost,” he said.",
    "Tom Reed met Gov. Ann Lee. The governor was angry. “We lost,” he said.",
])
def test_subject_role_of_someone_else_still_blocks(text: str) -> None:
    assert _name_at_bar(text, "We lost") is None


# plural "they" may be a company the text names by its company word; never one person
@pytest.mark.parametrize("text, name", [
    ("“Jobs are safe,” Siemens AG said. “Costs are high,” they said.", "Siemens AG"),
    ("“Jobs are safe,” said Ann Lee of Nordbrand Bank. “Costs are high,” they said.", None),
    ("“Jobs are safe,” Obama said. “Costs are high,” they said.", None),
    ("“Jobs are safe,” Mr. Reed said. “Costs are high,” they said.", None),
])
def test_they_after_a_company(text: str, name: str | None) -> None:
    assert _name_at_bar(text, "Costs are high") == name
