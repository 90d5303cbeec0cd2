"""The end-to-end evaluation plants a speaker swap where it changes the quote's speaker."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "eval_e2e", Path(__file__).resolve().parents[1] / "scripts" / "eval_e2e_consistency.py")
E = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(E)  # type: ignore[union-attr]


def test_speaker_swap_changes_the_name_that_frames_the_quote():
    line = ("Anna Berger, who runs the shelter, met the mayor on Monday. “We are out of beds for the winter,” "
            "said Tom Fischer after the meeting.")
    span = E.quote_span(line, "en", 3)
    new = E.distort("speaker", line, span, random.Random(0), ["Lena Vogt", "Paul Brandt"])
    assert new is not None and "Tom Fischer" not in new and "Anna Berger" in new


def test_no_swap_when_only_another_statement_names_someone():
    line = ("Anna Berger said the shelter was full. The city has opened a hall, and the note on its door reads "
            "“We are out of beds for the winter” in three languages.")
    span = E.quote_span(line, "en", 3)
    assert E.distort("speaker", line, span, random.Random(0), ["Lena Vogt", "Paul Brandt"]) is None


def test_roles_are_not_persons_to_swap_in():
    lines = ["“We act now,” said Health Ministers.", "“We act now,” said Lena Vogt.", "“Fine,” said Paul Brandt.",
             "“We will vote,” said Security Council."]
    assert E.persons_of(lines) == ["Lena Vogt", "Paul Brandt"]


def test_no_swap_of_a_name_whose_frame_ends_before_the_quote():
    line = ("The shelter is full, said Tom Fischer. “We are out of beds for the winter and need help now.” "
            "The city has opened a hall.")
    span = E.quote_span(line, "en", 3)
    assert E.distort("speaker", line, span, random.Random(0), ["Lena Vogt", "Paul Brandt"]) is None
    framed = "Tom Fischer said: “We are out of beds for the winter and need help now.” The city has opened a hall."
    assert E.distort("speaker", framed, E.quote_span(framed, "en", 3), random.Random(0), ["Lena Vogt"]) is not None


def test_swap_only_a_whole_name_and_never_an_addressee_or_a_name_before_another_speaker():
    persons = ["Lena Vogt", "Paul Brandt"]
    # four capitalised words: no three-word name that is all of it (swapping a part left the surname)
    line = "“We are out of beds for the winter and need help now,” said District Administrator Tom Fischer."
    assert E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons) is None
    # "told Anna Berger": the addressee, not the speaker
    line = "The mayor told Anna Berger: “We are out of beds for the winter and need help now.”"
    assert E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons) is None
    # "Tom Fischer, Trump added": the name before the comma is not the one speaking
    line = "On the subject of Tom Fischer, Trump added: “We are out of beds for the winter and need help now.”"
    # "Trump added" frames the quote: Trump is swapped, Tom Fischer stays
    new = E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons)
    assert new is not None and "Tom Fischer" in new and "Trump" not in new
    # a name with an adverb before its speech verb is still swapped
    line = "Tom Fischer also said: “We are out of beds for the winter and need help now.”"
    new = E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons)
    assert new is not None and "Tom Fischer" not in new


def test_no_swap_of_the_end_of_a_run_of_capitalised_words_before_said():
    persons = ["Lena Vogt", "Paul Brandt"]
    # "Administrator Tom Fischer" is not the whole run: swapping it left "District"
    line = "District Administrator Tom Fischer said: “We are out of beds for the winter and need help now.”"
    assert E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons) is None
    assert E.persons_of([line]) == []
    # a run that starts the sentence is the whole name and is swapped
    line = "The shelter is full. Tom Fischer said: “We are out of beds for the winter and need help now.”"
    new = E.distort("speaker", line, E.quote_span(line, "en", 3), random.Random(0), persons)
    assert new is not None and "Tom Fischer" not in new and "The shelter is full." in new


def test_no_swap_of_a_name_that_frames_the_next_quote():
    persons = ["Lena Vogt", "Paul Brandt"]
    after_sentence_end = ("“We will open the bridge next spring,” the mayor said. Tom Fischer added: "
                          "“The money is already there.”")
    span = E.quote_span(after_sentence_end, "en", 3)
    assert after_sentence_end[span[0]:span[0] + 7] == "We will"
    assert E.distort("speaker", after_sentence_end, span, random.Random(0), persons) is None
    after_other_quote = "“We will open the bridge next spring,” and “the money is there,” Tom Fischer said."
    span = E.quote_span(after_other_quote, "en", 3)
    assert after_other_quote[span[0]:span[0] + 7] == "We will"
    assert E.distort("speaker", after_other_quote, span, random.Random(0), persons) is None
    own_frame = "“We will open the bridge next spring,” Tom Fischer said."
    new = E.distort("speaker", own_frame, E.quote_span(own_frame, "en", 3), random.Random(0), persons)
    assert new is not None and "Tom Fischer" not in new
