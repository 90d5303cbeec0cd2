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
    # a 'p.m.' stamp before an entry that opens with a capital outside A-Z is cut, as before
    umlaut = "Live\n\n4:22 p.m. Über 300 Flüge fallen aus.\n\n4:30 p.m. The port closed.\n\n4:41 p.m. Ships wait.\n"
    assert _kept(umlaut) == ["Live", "Über 300 Flüge fallen aus.", "The port closed.", "Ships wait."]


# -- the rounding detail quotes the outlet's own words ('rund zwei Millionen', not its digits)


def _wording(a: str, b: str, lang: str = "en") -> tuple[list[str], str | None]:
    from aligner.match.consistency import compare
    got = compare(a, b, lang=lang)
    return got.flags, got.details.get("wording")


def test_the_rounding_detail_quotes_the_number_words_as_written():
    flags, why = _wording("Nearly nine months of work went into the new harbour plan.",
                          "8.7 months of work went into the new harbour plan.")
    assert flags == ["wording"] and why == "Nearly nine vs 8.7 (rounded: Nearly nine holds of 8.7)"
    flags, why = _wording("1,97 Millionen Menschen haben die Stadt verlassen.",
                          "Knapp zwei Millionen Menschen haben die Stadt verlassen.", "de")
    assert why == "1,97 Millionen vs Knapp zwei Millionen (rounded: Knapp zwei Millionen holds of 1,97 Millionen)"
    # a second number word before the round one: the detail is the round one's words, whole
    flags, why = _wording("Almost seven of nearly twenty guards stayed home.", "Almost seven of 19.4 guards stayed home.")
    assert why == "nearly twenty vs 19.4 (rounded: nearly twenty holds of 19.4)"


def test_a_round_figure_in_digits_is_shown_as_before():
    flags, why = _wording("Almost 20 guards stayed home.", "19 guards stayed home.")
    assert why == "Almost 20 vs 19 (rounded: Almost 20 holds of 19)"
    flags, why = _wording("More than 61,000 people came to the harbour.", "61,672 people came to the harbour.")
    assert why == "More than 61,000 vs 61,672 (rounded: More than 61,000 holds of 61,672)"


# -- a shorter version that rewords the same statement in another order is no cut of it


def _cut(a: str, b: str, lang: str = "en") -> str | None:
    from aligner.match.consistency import compare
    got = compare(f'"{a}," she said.', f'"{b}," she said.', lang=lang)
    return got.details.get("truncation") if "truncation" in got.flags else None


_SHORT = "The old harbour bridge already reopened in the second week of March"


def test_a_reworded_statement_is_no_truncation():
    assert _cut(_SHORT, "In the second week of March was already the reopening of the old bridge at the harbour") is None


def test_true_cuts_beside_a_rewording_stay_truncations():
    # words left at the other end, a condition, a number, a negation the shorter one lacks: missing words
    for longer in ("In the second week of March the old harbour bridge already reopened, and the ferry stopped running",
                   "In the second week of March was already the reopening of the old bridge at the harbour, if the "
                   "weather holds",
                   "In the second week of March was already the reopening of the old bridge at the harbour for 40 "
                   "lorries"):
        assert _cut(_SHORT, longer) is not None, longer
    short = "The harbour bridge reopens in the second week of March"
    for longer in ("In the second week of March the harbour bridge reopens for lorries and buses",
                   "In the second week of March the harbour bridge reopens, but not for lorries",
                   "The harbour bridge reopens in the second week of March and the ferry stops running for good"):
        assert _cut(short, longer) is not None, longer


def test_a_german_time_before_am_and_a_weekday_is_no_timestamp() -> None:
    # rt36-15: the case-insensitive 'h.mm am' of 8cc19fe made 'Seit 8.15 am Sonntag' (a sentence broken over two
    # paragraphs) a timestamp line, removed; the English '9.02am' is written without a space
    from aligner.clean import _timestamp_rule

    for line in ("Um 9.30 am Montag", "Seit 8.15 am Sonntag", "Bis 9.30 am Freitag"):
        assert _timestamp_rule(line) is None, line
    for line in ("4.45pm GMT", "9.02am", "4.45 p.m."):
        assert _timestamp_rule(line) is not None, line
