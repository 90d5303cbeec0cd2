"""Words in square brackets, session 29 (fx89); invented quotes.

An outlet's gloss in square brackets is the outlet's words, not the speaker's: glosses on
both sides that name different words are compared (worth a look); a gloss on one side
only is not compared, and the report says so (what could not be checked, the cluster's
contents row and heading, the pair) instead of a silent "no flag"."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare
from aligner.model import Cluster, ClusterPair, QuoteVersion
from aligner.report.common import NO_NOTES, coverage_notes
from aligner.report.markdown import render_markdown

SAID = "He {} is not satisfied with the answers he's gotten so far"


def test_glosses_on_both_sides_naming_different_words_are_worth_a_look():
    rep = compare(SAID.format("[the president]"), SAID.format("[the senator]"))
    assert "wording" in rep.flags and "[the senator]" in rep.details["wording"]


@pytest.mark.parametrize("a,b", [
    (SAID.format("[the president]"), SAID.format("[President Morales]")),  # the same word in both glosses
    (SAID.format("[the president]"), SAID.format("[the president]")),
])
def test_glosses_that_share_their_words_stay_quiet(a, b):
    assert compare(a, b).flags == []


def test_a_bracketed_number_is_compared_and_not_called_uncompared():
    rep = compare("report back to me within 48 hours", "report back to me within [24] hours")
    assert rep.flags == ["number"] and "bracketed" not in rep.details


def _version(qid: str, art: str, text: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art, language="en", original=text, english=text,
                        start=0, end=len(text), kind="direct", speaker="Ana Morales")


def _cluster() -> Cluster:
    a, b = "The president is not satisfied with the answers", "[Ortega] is not satisfied with the answers"
    rep = compare(a, b)
    assert rep.flags == [] and "bracketed" in rep.details  # today's comparison: the gloss is not compared
    pair = ClusterPair(a="x#q0", b="y#q0", chrf=rep.chrf, flags=rep.flags, details=rep.details, compared="english")
    return Cluster(id="c1", versions=[_version("x#q0", "x", a), _version("y#q0", "y", b)], pairs=[pair])


def test_the_report_says_bracketed_words_were_not_compared():
    notes = coverage_notes([_cluster()], NO_NOTES)
    said = [n for n in notes if "square brackets" in n]
    assert len(said) == 1 and "1 pair(s)" in said[0] and "cluster(s) 1" in said[0]


def test_the_markdown_lists_the_unflagged_pair_and_marks_the_cluster():
    text = render_markdown([_cluster()], [])
    assert "bracketed words not compared in 1 pair" in text
    assert "The president vs \\[Ortega\\]" in text or "The president vs [Ortega]" in text
