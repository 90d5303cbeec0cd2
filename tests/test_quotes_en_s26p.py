"""English "he"/"she" after a person brought in as the subject of a sentence between the speaker quoted before
and the quote (invented sentences): the pronoun continues that subject (pronouns._subject_chain_en), a guess
below the speaker bar; not a company, a person of the other gender, an owner, nor whom the quote speaks of."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers

BEFORE = "“The vote will be close,” Tom Roth said at the depot. "


def last_direct(text: str):
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
    return [q for q in qs if q.kind == "direct"][-1]


@pytest.mark.parametrize("between, quote, name", [
    # a relative clause or a long apposition between the name and its verb
    ("Peter Quill, who has won the county twice since he first ran, doesn't agree. ", "“It won't be,” he said.", "Peter Quill"),
    # a negated verb after the name
    ("Peter Quill did not agree. ", "“It won't be,” he said.", "Peter Quill"),
    # a "he" sentence between goes on with the same man
    ("Peter Quill, 44, sold his farm last year. He moved to the city in May. ", "“It was time,” he said.", "Peter Quill"),
    # a title, a bracket and a time phrase before the verb
    ("Sen. Peter Quill (R-Ohio) last week called for a recount. ", "“It was close,” he said.", "Peter Quill"),
    # a long relative clause after the name, then a sentence a lower-case "he" opens after "Still,"
    ("Peter Quill, who heads a project on secrecy for the Federation of Farmers, runs the county fair. "
     "Still, he met the mayor on Monday. ", "“I think this is unique,” he said.", "Peter Quill"),
    # an opening phrase holding commas before the subject
    ("At a rally in Dayton, Ohio, on Thursday, Sen. Quill met voters. ", "“We can win them,” he said.", "Quill"),
])
def test_he_continues_the_person_brought_in_after_the_speaker(between, quote, name):
    q = last_direct(BEFORE + between + quote)
    assert q.speaker is not None and q.speaker.name == name
    assert q.speaker.confidence is not None and q.speaker.confidence < 0.8  # a guess: below the speaker bar


@pytest.mark.parametrize("between, quote", [
    ("Ann Lee, his rival, has led the polls since May. ", "“It won't last,” he said."),  # a woman's first name: not "he"
    ("Acme Corp., which makes brakes, has cut 200 jobs. ", "“It hurts,” he said."),  # a company
    ("Peter Quill, his rival, has led the polls since May. ", "“He will lose,” he said."),  # the quote speaks of a man
    ("Peter Quill's campaign has spent millions. ", "“It won't last,” he said."),  # an owner, not the subject
    ("Voters gave Peter Quill a big lead in May. ", "“It won't last,” he said."),  # an object
    ("The Smiths, who live nearby, have complained about the noise. ", "“It never stops,” he said."),  # a family
])
def test_no_person_brought_in_leaves_the_speaker_quoted_before(between, quote):
    q = last_direct(BEFORE + between + quote)
    assert q.speaker is not None and q.speaker.name == "Tom Roth"


def test_the_speaker_named_again_as_the_subject_stays_sure():
    q = last_direct(BEFORE + "Roth, who has won twice, doesn't agree with Peter Quill. “It won't be,” he said.")
    assert q.speaker is not None and q.speaker.name == "Tom Roth"


def test_reported_words_about_him_are_the_speakers_own():
    # "he would win" in reported speech speaks of the speaker, not of someone else: Quill goes on
    qs = normalise_speakers(extract_quotes(Article(id="t", text=BEFORE + "Peter Quill, his rival, has led the polls since May. "
                                                   "He said he would win anyway.", language="en")))
    q = [q for q in qs if q.kind == "indirect"][-1]
    assert q.speaker is not None and q.speaker.name == "Peter Quill" and (q.speaker.confidence or 0.0) < 0.8


def test_no_speaker_quoted_near_the_pronoun_continues_the_subject_before():
    # the last speaker is far back (or none): "he" is the person the sentence before brings in, as a guess
    text = ("Sen. Quill spoke in Dayton on Monday. The storm hit the coast hard. Roads were closed for days. Many homes flooded. "
            "As the crowd watched the water rise from the levee on Main Street, Quill defended his decision to stay. "
            "“Do we really have to leave?” he asked me.")
    q = last_direct(text)
    assert q.speaker is not None and q.speaker.name == "Quill" and (q.speaker.confidence or 0.0) < 0.8


def test_a_first_name_alone_shows_its_gender():
    # "his wife, Ann,": a woman's first name, never written as a surname here, is no antecedent for "he"
    text = ("Sen. Quill spoke in Dayton on Monday. The storm hit the coast hard. Roads were closed for days. Many homes flooded. "
            "Peter Quill's wife, Ann, stayed home. “It was time,” he said.")
    q = last_direct(text)
    assert q.speaker is None or q.speaker.name != "Ann"


CHAINED = BEFORE + "Peter Quill did not agree. “It won't be,” he said. "


@pytest.mark.parametrize("after", [
    "“Quill is wrong,” the candidate said.",
    "“He is wrong,” the Republican said.",
    "“Nonsense,” the candidate replied.",
    "Roth disagreed. “We will see,” the candidate said.",
])
def test_a_role_after_a_chained_guess_stays_below_the_bar(after):
    # the person a "he" was chained to as a guess never reaches the speaker bar through a definite role after it
    q = last_direct(CHAINED + after)
    assert q.speaker is not None
    assert not (q.speaker.name == "Peter Quill" and (q.speaker.confidence or 0) >= 0.8)


@pytest.mark.parametrize("after", ["“We will see.”", "“We will see,” he added.",
                                   "“We will see,” the candidate said. “Maybe,” he said."])
def test_a_quote_going_on_after_a_chained_guess_stays_below_the_bar(after):
    q = last_direct(CHAINED + after)
    assert q.speaker is not None
    assert not (q.speaker.name == "Peter Quill" and (q.speaker.confidence or 0) >= 0.8)


def test_a_role_after_a_sure_speaker_keeps_that_speaker():
    q = last_direct(CHAINED.replace("Tom Roth", "candidate Tom Roth") + "“We will see,” Roth said. “Maybe,” the candidate said.")
    assert q.speaker is not None and q.speaker.name == "Tom Roth" and (q.speaker.confidence or 0) >= 0.8


def test_a_role_the_text_never_gives_the_sure_speaker_is_below_the_bar():
    # fx66 (rv48): nothing in the text makes Roth a candidate; "the candidate" may be Roth, or someone else
    q = last_direct(CHAINED + "“We will see,” Roth said. “Maybe,” the candidate said.")
    assert q.speaker is not None and q.speaker.name == "Tom Roth" and (q.speaker.confidence or 0) < 0.8
