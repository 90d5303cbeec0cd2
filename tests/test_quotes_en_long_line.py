"""A line of many quotes (generated, invented words): each quote looks only at its neighbours.
No timing asserts: the number of neighbour tests is counted, and the spans are checked against the
definition of nesting."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import frames, marks
from aligner.quotes.extract import extract_quotes
from aligner.quotes.marks import find_quote_spans

N = 400


def _line(n: int) -> str:
    return "Anna Reed listed " + " and ".join(f"“item number {i} of the plan”" for i in range(n)) + "."


def test_each_quote_tests_a_bounded_number_of_neighbours(monkeypatch):
    calls = {"before": 0, "after": 0}
    before, after = frames._name_before_frame, frames._name_in_frame

    def count_before(*a, **k):
        calls["before"] += 1
        return before(*a, **k)

    def count_after(*a, **k):
        calls["after"] += 1
        return after(*a, **k)

    monkeypatch.setattr(frames, "_name_before_frame", count_before)
    monkeypatch.setattr(frames, "_name_in_frame", count_after)
    text = _line(N)
    qs = extract_quotes(Article(id="t", text=text, language="en"), language="en")
    assert len(qs) >= N // 2
    # reading every other quote of the line for each quote would be about N * N / 2 tests
    assert calls["before"] <= 3 * N and calls["after"] <= 3 * N


def _brute_nested(spans) -> list[bool]:
    return [any(t is not s and t.outer_start < s.outer_start and s.outer_end <= t.outer_end for t in spans) for s in spans]


def test_nesting_on_a_long_line_follows_its_definition():
    text = " ".join(f"“outer {i} ‘inner {i} words’ more”" if i % 3 else f"“plain {i} words”" for i in range(300))
    spans = find_quote_spans(text)
    assert len(spans) == 300 + 200
    assert ["nested" in s.flags for s in spans] == _brute_nested(spans)
    assert sum("has-nested" in s.flags for s in spans) == 200
    # three levels: the middle span is nested and holds one, but the outermost is the one flagged "has-nested"
    (outer, middle, inner) = find_quote_spans("“one ‘two «three four five» six’ seven”")
    assert "has-nested" in outer.flags and "nested" in middle.flags and "nested" in inner.flags
    assert "nested" not in outer.flags and "has-nested" not in middle.flags


def test_an_unbalanced_mark_is_cut_at_the_next_sound_quote_of_its_family():
    text = "He said „a first thing and „then a sound quote“ here. " * 50
    spans = find_quote_spans(text)
    for s in spans:
        if "unbalanced" in s.flags:
            assert "„" not in text[s.start : s.end]
    assert marks.FAMILY["„"] == marks.FAMILY["“"]


def test_bisection_helpers_agree_with_their_definitions():
    import random

    from aligner.model import Sentence
    from aligner.quotes.base import _covered, _sent_index, _sentence_ids, _Sents, _TopSpans

    rng = random.Random(7)
    for _ in range(200):
        text = " ".join(rng.choice(["“a b”", "x", "„c d“", "y.", "«e»"]) for _ in range(rng.randint(1, 30)))
        top = _TopSpans([s for s in find_quote_spans(text) if "nested" not in s.flags])
        for pos in range(len(text) + 1):
            assert _covered(top, pos) == any(o.outer_start <= pos < o.outer_end for o in top)
        cuts = sorted({0, len(text), *rng.sample(range(len(text) + 1), min(4, len(text)))})
        sents = _Sents([Sentence(f"s{i}", "t", "", i, a, b, text[a:b], "en") for i, (a, b) in enumerate(zip(cuts, cuts[1:]))])
        for pos in range(len(text) + 1):
            assert _sent_index(sents, pos) == next((i for i, s in enumerate(sents) if s.start <= pos < s.end), None)
        for a in range(0, len(text), 3):
            b = min(len(text), a + rng.randint(1, 12))
            assert _sentence_ids(sents, a, b) == [s.id for s in sents if s.start < b and a < s.end]

