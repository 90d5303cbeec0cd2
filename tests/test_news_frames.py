"""English news frames added for the speaker flag's recall (session 12, i13s): hand-written
sentences; each test fails without its rule."""

from __future__ import annotations

from quote_helpers import normalised_quote_containing

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import rule_of
from aligner.quotes.speakers import normalise_speakers


def test_frame_after_a_quote_without_a_comma():
    q = normalised_quote_containing("“The harbour will stay closed until spring” Maria Ortega said. “Nobody likes it.”",
                                    "harbour", lang="en")
    assert rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Maria Ortega" and q.speaker.confidence >= 0.8


def test_frame_after_a_quote_ending_in_a_nested_quote():
    q = normalised_quote_containing("“Every visitor asked us, ‘Where is the old bridge?’” Tom Becker told reporters on Monday.",
                                    "visitor", lang="en")
    assert q.speaker is not None and q.speaker.name == "Tom Becker" and q.speaker.confidence >= 0.8


def test_words_after_the_marks_that_go_on_with_the_sentence_are_no_frame():
    # the sentence goes on after the marks ("for the town"): the cue later on is Lena Hart's, but the
    # quoted words are part of the sentence, not a standalone quote with a bare frame
    q = normalised_quote_containing("“This will be a hard winter” for the town, said Lena Hart.",
                                    "hard winter", lang="en")
    assert q.speaker is None or q.speaker.name != "town"
    assert rule_of(q) != "frame-after"


def test_bare_frame_only_when_the_quote_opens_its_sentence():
    q = normalised_quote_containing("He called the plan “a very bad idea for everyone” Paul Stone said on Monday.",
                                    "bad idea", lang="en")
    assert rule_of(q) != "frame-after"


def test_long_title_chain_before_the_cue_of_a_frame_after():
    q = normalised_quote_containing("“The states need clarity soon about the rules,” Chairperson of the Health Ministers "
                                    "Conference Klaus Weber (CSU) told the paper.", "clarity", lang="en")
    assert rule_of(q) == "frame-after"
    assert q.speaker is not None and "Klaus Weber" in (q.speaker.name or "") and q.speaker.confidence >= 0.8


def test_participle_clause_after_a_name_is_no_apposition():
    q = normalised_quote_containing("“Voters will not be satisfied with slogans,” said Senator John Miller of Ohio, referring to "
                                    "Mr. Grant's promise.", "slogans", lang="en")
    assert q.speaker is not None
    assert "referring" not in (q.speaker.mention or "")
    assert q.speaker.name != "Mr"


def test_a_sentence_that_is_only_a_frame_after_a_full_stop_in_the_marks():
    q = normalised_quote_containing("“We will open the new school next year.” Anna Brook said. “It is ready.”",
                                    "new school", lang="en")
    assert rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Anna Brook" and q.speaker.confidence >= 0.8


def test_a_statement_with_a_frame_inside_is_no_frame_only_sentence():
    # "Nordwell, she predicted, would call them first.": the sentence says something of its own
    q = normalised_quote_containing("She told Brandt the lenders would not “need to make the first offer.” Nordwell, she predicted, "
                                    "would call them first.", "first offer", lang="en")
    assert q.speaker is None or q.speaker.name != "Nordwell"
    assert rule_of(q) != "frame-after"


def test_clarify_is_a_speech_verb_and_negotiator_a_role():
    q = normalised_quote_containing("“The shelters stay open all night”, clarified County Commissioner Eva Lind (CDU) after the meeting.",
                                    "shelters", lang="en")
    assert q.speaker is not None and q.speaker.name == "Eva Lind" and q.speaker.confidence >= 0.8
    q = normalised_quote_containing("“Both sides are close to a deal,” said Iran’s chief negotiator Ali Karimi on Sunday.",
                                    "close to", lang="en")
    assert q.speaker is not None and q.speaker.name == "Ali Karimi" and not q.speaker.resolved_from


def test_role_then_comma_then_name_after_an_inverted_cue():
    # German news translated: "sagte der Vorsitzende der Konferenz, Klaus Weber"
    for frame in ("said the chairman of the conference of health ministers, Klaus Weber (CSU).",
                  "said the Bavarian health minister, Klaus Weber.",
                  "said Bavaria's health minister, Klaus Weber, on Monday."):
        q = normalised_quote_containing(f"“We need more staff in the clinics,” {frame}", "more staff", lang="en")
        assert q.speaker is not None and q.speaker.name == "Klaus Weber", frame
    # a clause or an organisation after the comma is no name
    q = normalised_quote_containing("“We need more staff in the clinics,” said the head of the agency, The Associated Press reported.",
                                    "more staff", lang="en")
    assert q.speaker is None or "Associated" not in (q.speaker.name or "")


def test_role_then_comma_then_name_in_german():
    (q,) = [q for q in normalise_speakers(extract_quotes(Article(
        id="t", text="„Wir brauchen mehr Personal in den Kliniken“, sagte der Leiter des Segments Netztechnik, Jonas Falk.",
        language="de"))) if "Personal" in q.text]
    assert q.speaker is not None and q.speaker.name == "Jonas Falk"  # was "Netztechnik"


def test_role_comma_name_as_the_subject_of_a_frame_after():
    # longer than a frame's six words: was read as reported speech with the speaker "newspaper"
    q = normalised_quote_containing("“We need more staff in the clinics,” the chairman of the conference of health ministers, "
                                    "Klaus Weber, told the newspaper.", "more staff", lang="en")
    assert rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Klaus Weber" and q.speaker.confidence >= 0.8


def test_a_noun_in_ing_after_an_article_is_no_participle():
    # "at the beginning of": a noun, not a participle whose object the speaker would be
    q = normalised_quote_containing("Looking back at the beginning of October coach Jonas Falk said before the game: "
                                    "“We still have some anger in us”.", "anger", lang="en")
    assert q.speaker is not None and (q.speaker.name or "").lower() != "beginning"
    assert "Falk" in (q.speaker.name or "")


def test_a_noun_phrase_before_a_cue_does_not_open_with_a_preposition():
    q = normalised_quote_containing("Looking back on the loss at the beginning of March Brenfeld coach Jonas Falk said before "
                                    "the match: “There is still some anger in the squad”.", "anger", lang="en")
    assert q.speaker is not None and q.speaker.name == "Jonas Falk" and q.speaker.confidence >= 0.8
    assert not (q.speaker.mention or "").startswith("of ")


def test_a_weekday_before_a_document_is_not_its_author():
    q = normalised_quote_containing("“The bridge must be rebuilt,” a Friday editorial reads.", "bridge", lang="en")
    assert q.speaker is None or q.speaker.name not in ("Friday", "Fri")


def test_one_of_a_group_of_documents_is_not_a_speaker():
    q = normalised_quote_containing("“The bridge must be rebuilt,” said one of the most frequent petitions.",
                                    "bridge", lang="en")
    assert q.speaker is None or "petitions" not in (q.speaker.mention or "")
    q = normalised_quote_containing("“The bridge must be rebuilt,” said one of the town's two engineers.",
                                    "bridge", lang="en")
    assert q.speaker is not None and "engineers" in (q.speaker.mention or "")
