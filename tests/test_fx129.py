"""Session 35, fx129: flags and corpus left from session 34 (invented sentences)."""

from __future__ import annotations

from aligner.clean import _timestamp_rule, clean_text

# -- English live-ticker stamps ('4.45pm GMT', '16:45 BST', '9.02am') open an entry: cut off like '+++ 14:32 +++'

_TICKER = ("Harbour strike: live\n\n"
           "4.45pm GMT Dock workers in Kestrel Bay voted to extend the strike.\n\n"
           "4.52pm GMT \"We stay out until the offer is on paper,\" said union leader Marta Quill.\n\n"
           "16:45 BST The port authority expects talks to resume on Thursday.\n\n"
           "9.02am Commuters faced cancellations on every line.\n\n")


def _kept(text: str) -> list[str]:
    got = clean_text(text)
    return [text[s:e] for (s, e), d in zip(got.spans, got.decisions) if d.keep]


def test_english_ticker_stamps_are_cut_from_their_entries():
    assert _kept(_TICKER) == ["Harbour strike: live", "Dock workers in Kestrel Bay voted to extend the strike.",
                              "\"We stay out until the offer is on paper,\" said union leader Marta Quill.",
                              "The port authority expects talks to resume on Thursday.",
                              "Commuters faced cancellations on every line."]


def test_an_english_stamp_on_a_line_of_its_own_is_a_timestamp():
    for line in ("4.45pm GMT", "4.52pm", "9.02am", "4.45 p.m. GMT"):
        assert _timestamp_rule(line) == ("timestamp", "only dates and times"), line
    assert _timestamp_rule("16:45 BST") == ("timestamp", "only dates and times")


def test_neighbours_of_the_english_stamps_stay():
    # a time inside a sentence, a sentence that goes on in lower case, spaced or capital 'PM' (read narrowly)
    for line in ("The vote is at 4.45pm, the union said.", "4.45pm is when the vote begins.",
                 "The 4.45pm train was cancelled.", "4.45 pm The crowd grew.", "10.45 PM The crowd grew."):
        assert _kept(_TICKER + line)[-1] == line, line
    # no ticker (one stamped line): the line stays whole
    one = "Strike\n\n4.45pm GMT Dock workers voted to strike.\n\nThe vote is at 4.45pm on Friday.\n"
    assert _kept(one) == ["Strike", "4.45pm GMT Dock workers voted to strike.", "The vote is at 4.45pm on Friday."]
    # German: 'am' is a word ('14.30 Am Bahnhof ...', '9.30 am Montag ...'), never a stamp's 'am'
    de = ("Ticker\n\n+++ 14:32 Uhr +++ Der Zug fällt aus.\n\n+++ 14:40 Uhr +++ Es regnet.\n\n"
          "14.30 Am Bahnhof stauen sich die Menschen.\n\n9.30 am Montag Die Polizei kam.\n")
    assert _kept(de)[-2:] == ["14.30 Am Bahnhof stauen sich die Menschen.", "9.30 am Montag Die Polizei kam."]
    assert _timestamp_rule("4.45 Millionen Euro") is None
