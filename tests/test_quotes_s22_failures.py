"""Session 22 simp22: the quotes stage carries a failed article's reason as data; the warning
line is formatted once (problem_line) for every kind of failure.  Invented sentences only."""

from __future__ import annotations

from aligner.model import Article, Sentence


def test_an_unexpected_failure_has_the_same_line_and_its_reason_as_data(monkeypatch):
    import aligner.quotes.stage as stage

    def extract(art, sentences, retracted_out=None):
        if art.id == "bad":
            raise ValueError("no closing mark")
        return []

    monkeypatch.setattr(stage, "extract_quotes", extract)
    arts = [Article(id="bad", text="Er sagte: x.", language="de", source_path="/in/bad.txt"),
            Article(id="ok", text="Sie sagte: y.", language="de", source_path="/in/ok.txt")]
    sents = [Sentence(f"{a.id}#s0", a.id, f"{a.id}#p0", 0, 0, len(a.text), a.text, "de") for a in arts]
    _, failed, _ = stage.extract_all(arts, sents)
    assert [(a.id, reason) for a, reason in failed] == [("bad", "quote extraction failed (ValueError: no closing mark)")]
    _, problems = stage.quotes_for_articles(arts, sents)
    assert problems == ["/in/bad.txt: quote extraction failed (ValueError: no closing mark) (no quotes taken from it)"]
