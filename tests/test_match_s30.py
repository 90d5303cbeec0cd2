"""Session 21 (fx30a): an 'if' in another sentence of a longer version does not cancel a
real negation; when a condition does cancel one, the pair's details say so.  Invented text only."""
from __future__ import annotations

from aligner.match.clusters import in_article_repeats, quotable, repeated
from aligner.match.consistency import compare, opposed_texts
from aligner.model import QuoteVersion


def test_condition_in_another_sentence_does_not_cancel_a_negation():
    report = compare("We will not cut pensions this year.",
                     "We will cut pensions this year. If the economy recovers, we will reconsider.")
    assert "negation" in report.flags
    assert "negation_not_flagged" not in report.details
    assert opposed_texts("The council will not close the library this summer.",
                         "Unless funds arrive, we must act. The council will close the library this summer.")


def test_condition_in_the_negated_sentence_still_cancels_and_is_noted():
    report = compare("We will not introduce a gas price cap this winter.",
                     "We will introduce a gas price cap if prices double. That is our plan.")
    assert "negation" not in report.flags
    assert "condition" in report.details["negation_not_flagged"]
    plain = compare("We will not introduce a gas price cap this winter.",
                    "We will introduce a gas price cap this winter.")
    assert "negation" in plain.flags and "negation_not_flagged" not in plain.details


def _de(qid: str, start: int, original: str, english: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id="live", outlet="blog", language="de", original=original,
                        english=english, start=start, end=start + len(original), kind="direct",
                        speaker="Anna Lindqvist")


def test_in_article_repeat_keyed_on_the_articles_own_words():
    said = "Die Speicher sind zu 94 Prozent gefüllt"
    # the same German words, translated twice in two ways: a repeat
    assert in_article_repeats([_de("live#0", 10, said, "The storage is 94 percent full"),
                               _de("live#1", 300, said, "The storages are filled to 94 percent")]) == {1: 0}
    # two German wordings that one translation renders alike: not word for word in the article
    assert in_article_repeats([_de("live#0", 10, said, "The storage is 94 percent full"),
                               _de("live#1", 300, "Der Speicher ist zu 94 Prozent voll",
                                   "The storage is 94 percent full")]) == {}


def test_quotable_takes_the_callers_repeats():
    said = "Die Speicher sind zu 94 Prozent gefüllt"
    vs = [_de("live#0", 10, said, "The storage is 94 percent full"),
          _de("live#1", 300, said, "The storages are filled to 94 percent")]
    assert repeated(vs) == {1}
    assert quotable(vs) == [0] == quotable(vs, repeated(vs))
    assert quotable(vs, set()) == [0, 1]  # what the caller passes is used, not worked out again
