"""Session 21 fx30b: a frame after a retracted quote that introduces the next quote; retracted quotes
counted in the quotes stage; failed articles of one .jsonl file named by id (invented sentences)."""
from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def _qs(text: str, lang: str):
    return extract_quotes(Article(id="t", text=text, language=lang))


# ---------------------------------------------------------------- a 'said' that introduces the next quote

@pytest.mark.parametrize("lang,text,wrong,right", [
    ("en", "Lindqvist, who was misquoted last week as saying “the plan is dead and buried,” said on Monday: "
           "“The plan is alive and well.”", "dead and buried", "alive and well"),
    ("en", "Krueger, who was misquoted as saying \"prices will fall,\" said: \"Prices will stay where they are.\"",
     "prices will fall", "stay where they are"),
    ("en", "Krueger, misquoted by a blog as saying “prices will fall,” told reporters “Prices will stay.”",
     "prices will fall", "Prices will stay"),
    ("de", "Lindqvist, die fälschlicherweise mit den Worten „Der Plan ist tot“ zitiert worden war, sagte am Montag: "
           "„Der Plan lebt.“", "Der Plan ist tot", "Der Plan lebt"),
])
def test_said_before_the_next_quote_is_no_frame_of_the_retracted_one(lang, text, wrong, right):
    qs = _qs(text, lang)
    assert not [q for q in qs if wrong in q.text]
    assert [q for q in qs if right in q.text]


@pytest.mark.parametrize("text,part", [
    ("After the paper misquoted her as saying she would quit: \"I will stay,\" Lindqvist said.", "I will stay"),
    ("A blog misquoted him as saying “prices will fall,” Krueger said on Monday.", "prices will fall"),
])
def test_own_frame_after_the_quote_still_keeps_it(text, part):
    assert [q for q in _qs(text, "en") if part in q.text]
