"""English he/she after a subject that names no one but stands for one person, and frames after ";", ":" or a
dash (invented sentences)."""
from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _sp(text, part):
    return normalised_quote_containing(text, part, "en").speaker


def _not_high(text, part, wrong):
    sp = _sp(text, part)
    assert not (sp is not None and sp.name == wrong and (sp.confidence or 0) >= 0.8), sp


# "the <demonym>"/"the <title>" or a lone demonym-like word as a clause subject blocks the man named before it
@pytest.mark.parametrize(("text", "part"), [
    ("Dan Moss met Jo Pike in Aden on Friday. The Omani spoke first. “We will not leave,” he said.", "not leave"),
    ("Dan Moss met the envoy in Amman. The Jordanian frowned. “We are patient,” he said.", "patient"),
    ("Dan Moss met the Sheikh in Dubai. The Sheikh was calm. “We want trade,” he said.", "want trade"),
    ("Dan Moss met the Kuwaiti in Kuwait. The Kuwaiti, a former banker, was firm. “Never,” he said.", "Never"),
    ("Dan Moss met the Qatari on Friday. “We are ready,” the Qatari told reporters. “We waited long,” he said.", "waited long"),
    ("Dan Moss met Governor English on Friday. English spoke first. “We will fight,” he said.", "will fight"),
    ("Dan Moss met the Sudanese in Khartoum. The Sudanese said little. “We wait,” he said.", "We wait"),
])
def test_no_name_person_subject_blocks_earlier_man(text, part):
    _not_high(text, part, "Dan Moss")


def test_surname_in_ans_is_one_person():
    sp = _sp("Jo Pike met Ed Lorans on Friday. Ed Lorans spoke first. “We will fight,” he said.", "will fight")
    assert sp is not None and sp.name == "Ed Lorans", sp


def test_plural_group_between_still_skipped():
    # a plural group never takes "he": the man before it stays
    sp = _sp("Dan Moss spoke on Friday. Yemeni officials left the room. “We will stay,” he said.", "will stay")
    assert sp is None or sp.name != "Yemeni", sp


@pytest.mark.parametrize(("text", "part"), [
    ("Dan Moss spoke on Friday. Ed Lorne grinned: he said the plan was “a fine one.”", "fine one"),
    ("Dan Moss spoke on Friday. Ed Lorne shrugged; he said the plan was “a poor one.”", "poor one"),
    ("Dan Moss spoke on Friday. Ed Lorne went on — he said the plan was “a mess.”", "a mess"),
])
def test_semicolon_colon_dash_is_no_inverted_frame(text, part):
    _not_high(text, part, "Dan Moss")


@pytest.mark.parametrize("text", [
    "Dan Moss flew to Aden. Yemeni security forces stopped him. “I was calm,” he said.",
    "Dan Moss flew to Aden. Yemeni forces stopped him at the gate. “I was calm,” he said.",
])
def test_adjective_before_a_noun_does_not_block(text):
    sp = _sp(text, "was calm")
    assert sp is not None and sp.name == "Dan Moss", sp
