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


# ---------------------------------------------------------------- retracted quotes counted by the quotes stage

def test_quotes_stage_counts_the_retracted_quotes(tmp_path):
    import aligner

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Lindqvist, who was misquoted last week as saying “the plan is dead and buried,” said on Monday: "
        "“The plan is alive and well.”\n", encoding="utf-8")
    (folder / "b.txt").write_text("“We will build the bridge,” Krueger said on Tuesday.\n", encoding="utf-8")
    results = aligner.run([folder], tmp_path / "run", embeddings="none", only=["ingest", "quotes"])
    summary = results["quotes"].summary
    assert summary.get("retracted") == 1
    assert summary["quotes"] == 2


def test_report_says_how_many_quoted_passages_a_correction_retracted(tmp_path):
    import aligner

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "“The plan is alive and well,” Lindqvist said on Monday.\n\nCorrection: an earlier version of this "
        "article misquoted Lindqvist as saying “the plan is dead and buried”. She did not say that.\n", encoding="utf-8")
    (folder / "b.txt").write_text("“The plan is alive and well,” Anna Lindqvist told reporters.\n", encoding="utf-8")
    aligner.run([folder], tmp_path / "run", embeddings="none")
    report = (tmp_path / "run" / "report.md").read_text(encoding="utf-8")
    assert "1 quoted passage(s) were left out: a correction note" in report
    assert "dead and buried" not in report


def test_extract_quotes_hands_back_what_it_left_out():
    gone: list = []
    text = "A blog misquoted Krueger as saying “prices will fall” and later corrected it."
    assert not extract_quotes(Article(id="t", text=text, language="en"), retracted_out=gone)
    assert [q.text for q in gone] == ["prices will fall"]


# ---------------------------------------------------------------- a failed article of a .jsonl file named by id

class _Store:
    def __init__(self):
        self.rows: list = []

    def exists(self, name):
        return bool(self.rows)

    def read(self, name, cls):
        return list(self.rows)

    def write(self, name, rows):
        self.rows = list(rows)


def test_failed_article_of_a_shared_file_is_named_by_id():
    from aligner.quotes.stage import record_failures

    a1 = Article(id="feed-0001", text="x", language="en", source_path="/in/feed.jsonl")
    a2 = Article(id="feed-0002", text="y", language="en", source_path="/in/feed.jsonl")
    solo = Article(id="solo", text="z", language="en", source_path="/in/solo.txt")
    store = _Store()
    record_failures(store, [(a2, "too many quotation marks"), (solo, "too many")],
                    [a1, a2, solo])
    assert [(s.path, s.reason) for s in store.rows] == [("/in/feed.jsonl (feed-0002)", "too many quotation marks"),
                                                        ("/in/solo.txt", "too many")]
