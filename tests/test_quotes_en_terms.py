"""English scare quotes (invented sentences): one or two words in marks in a sentence with no verb of
saying, or after "so-called", are a term the writer keeps at a distance: no speaker is given to them.
A verb of saying or a speech act around them (called, thanked … for, referred to) keeps them someone's
words.  Each test fails without its rule or guards where it must not act."""

from __future__ import annotations

from quote_helpers import normalised_quote_starting_after_marks


def test_a_term_in_marks_without_a_verb_of_saying_gets_no_speaker():
    q = normalised_quote_starting_after_marks("The council defended the “reform” at its meeting on Monday.", "reform", lang="en")
    assert q.speaker is None and "term" in q.flags
    q2 = normalised_quote_starting_after_marks("Lund took to wearing a “lucky pin” at every session.", "lucky pin", lang="en")
    assert q2.speaker is None


def test_a_so_called_term_gets_no_speaker():
    q = normalised_quote_starting_after_marks("Farmers who oppose the so-called “water levy” gathered outside the hall.", "water levy", lang="en")
    assert q.speaker is None and "term" in q.flags


def test_a_word_in_marks_with_a_verb_of_saying_or_a_speech_act_keeps_its_speaker():
    q = normalised_quote_starting_after_marks("The mayor called the plan a “disaster” on Monday.", "disaster", lang="en")
    assert q.speaker is not None and "term" not in q.flags
    q2 = normalised_quote_starting_after_marks("The governor thanked the crews for their “tireless work.”", "tireless", lang="en")
    assert "term" not in q2.flags and q2.speaker is not None
