"""English quote spans (invented sentences): where a quote starts and ends when the writer's marks are
mixed, mistyped or stand for an elided word, both in the extractor and in the evaluator's gold
stretches.  Each test fails without its rule."""

from __future__ import annotations

from quote_helpers import quotes_in

from aligner.quotes.evaluate import quoted_stretches
from aligner.quotes.marks import find_quote_spans


def _stretches(text: str) -> list[str]:
    return [text[a:b] for _, a, b in quoted_stretches(text)]


def test_gold_stretch_pairs_a_curly_opener_with_a_straight_closer_and_back():
    t = '“The harvest was the worst in a decade," the co-op wrote.\n\nShe added, "Prices will climb before the winter.”\n\nEnd.'
    assert _stretches(t) == ["The harvest was the worst in a decade,", "Prices will climb before the winter."]


def test_gold_stretch_closed_by_a_mark_typed_as_an_opener():
    t = "“Do you want to be seen with them?“ he asked.\n\nMira said: “We keep every receipt for ten years. “\n\nEnd."
    assert _stretches(t) == ["Do you want to be seen with them?", "We keep every receipt for ten years. "]


def test_gold_single_stretch_does_not_open_at_an_elided_word():
    t = "And how ‘bout this new headline from the Ledger: “Floods in the valley change farmers’ plans, budgets.” The rest"
    assert _stretches(t) == ["Floods in the valley change farmers’ plans, budgets."]


def test_elided_word_is_no_opening_mark():
    t = "“You know what he said? Say it louder, ’cause I can’t hear you,” Reyes continued. Then he left."
    assert [t[s.start : s.end] for s in find_quote_spans(t)] == ["You know what he said? Say it louder, ’cause I can’t hear you,"]
    t2 = "“’Twas the night before the vote, and the hall was full,” says the narrator of the ad."
    assert [t2[s.start : s.end] for s in find_quote_spans(t2)] == ["’Twas the night before the vote, and the hall was full,"]


def test_dutch_article_of_a_name_is_no_opening_mark():
    t = "“The union is at risk,” said Anna in ’t Hout, a member of the assembly. In ’t Hout sees a pattern everywhere."
    qs = quotes_in(t, lang="en")
    assert [t[q.start : q.end] for q in qs if q.kind in ("direct", "mixed", "fragment")] == ["The union is at risk"]


def test_a_quote_in_single_marks_may_open_with_a_capitalised_cause():
    t = "The panel chose ‘Cause and effect in rural towns’ as its theme."
    assert [t[s.start : s.end] for s in find_quote_spans(t)] == ["Cause and effect in rural towns"]


def test_gold_stretch_in_straight_single_marks_of_a_headline():
    t = "Mayor Ruiz: 'We will rebuild every bridge.'\n\nThe students' union said it's 'not fair at all' to them."
    assert _stretches(t) == ["We will rebuild every bridge.", "not fair at all"]


def test_gold_straight_opener_closed_by_a_curly_mark_before_the_next_straight_one():
    t = '"The council does not understand the budget,” said Ivo Marsh, a former clerk. "It is short by a third."\n\nEnd.'
    assert _stretches(t) == ["The council does not understand the budget,", "It is short by a third."]


def test_gold_straight_quote_left_open_at_the_paragraph_end_continues():
    t = '"The roads are bad," he said. "Every bus is late by an hour.\n\n"And nobody fixes them," he said.'
    assert _stretches(t) == ["The roads are bad,", "Every bus is late by an hour.", "And nobody fixes them,"]


def test_gold_marks_typed_the_wrong_way_round():
    t = "Analysts found the fleet is “the best in the region“ and the crews ”are trained for every season.”\n\nEnd."
    assert _stretches(t) == ["the best in the region", "are trained for every season."]


def test_gold_mixed_marks_split_at_a_long_frame():
    t = ("“We are going to win this county and we are going to win the state,\" Lia Sorn said at her party in Dover, "
         "two hours after the networks declared her the winner of the primary in the northern district. \"You will be happy.”\n\nEnd.")
    assert _stretches(t) == ["We are going to win this county and we are going to win the state,", "You will be happy."]


def test_straight_closer_glued_to_the_frame_closes_the_open_quote():
    t = '"The new ad raises fresh questions about his record,"Katie Lee, who chairs the group, said on Monday. "Voters fear him."'
    assert [t[s.start : s.end] for s in find_quote_spans(t)] == ["The new ad raises fresh questions about his record,", "Voters fear him."]
    t2 = 'It was over, he said."You know what I mean," she said.'
    assert [t2[s.start : s.end] for s in find_quote_spans(t2)] == ["You know what I mean,"]
