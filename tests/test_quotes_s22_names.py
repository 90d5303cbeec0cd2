"""Session 22 simp22: one answer to "person or body?" for an English name (frames.name_kind_en),
asked by the 'X on Thursday said' rule and by the 'they' rule (invented sentences)."""
from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.frames import name_kind_en


def _speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract_quotes(Article(id="t", text=text, language="en"))]


@pytest.mark.parametrize("name,kind", [
    ("Siemens AG", "organisation"), ("Nordbrand Bank", "organisation"), ("Kelvar Inc.", "organisation"),
    ("Tom Bank", "either"), ("Ryan Air", "either"), ("Anna Lindqvist Company", "either"), ("Ann Lee", "person"),
])
def test_name_kind(name, kind):
    assert name_kind_en(name) == kind


@pytest.mark.parametrize("name", ["Tom Bank", "Ryan Air", "Anna Lindqvist Company", "Tom Group"])
def test_a_first_name_then_a_company_word_before_a_time_adverb_is_no_speaker(name):
    assert _speakers(f"{name} on Thursday said that the branch would stay open.") == [None]


def test_a_person_before_a_time_adverb_still_speaks():
    assert _speakers("Anna Lindqvist on Thursday said that the branch would stay open.") == ["Anna Lindqvist"]


def test_they_points_back_at_a_company_but_not_at_one_person():
    assert _speakers("“The branch will stay open,” Siemens AG said. “We will hire more staff,” they said.") == [
        "Siemens AG", "Siemens AG"]
    assert _speakers("“The branch will stay open,” Ann Lee said. “We will hire more staff,” they said.") == ["Ann Lee", None]
