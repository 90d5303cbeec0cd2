"""English speakers (invented sentences), session 19: who "he"/"she" points back at.

Each test fails without its rule (on 70907de)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("text", "part", "who"), [
    ("Tom Reed, a spokesman for the Lane campaign, said the Lanes and the trust had always been careful about donors.",
     "careful", "Tom Reed"),
    ("Paul Otter, an economist at the Hale Institute, says Peru is the biggest worry for the bank.", "worry", "Paul Otter"),
    ("Omar Vance, 49, a carpenter who now is a clerk, said Jane Doe should be ready for questions.", "ready", "Omar Vance"),
])
def test_name_and_apposition_before_the_verb_is_the_subject_when_a_clause_follows(text, part, who):
    # "X, a spokesman, said the Lanes had …": the Lanes are spoken of; an inverted frame ("…, said Tom Reed") has no verb after
    sp = _speaker(text, part)
    assert sp is not None and sp.name == who


def test_the_pronoun_after_it_goes_to_the_subject():
    text = ("Tom Reed, a spokesman for the Lane campaign, said the Lanes and the trust had always been careful about donors. "
            "“The rules already went far beyond the law,” he said.")
    sp = _speaker(text, "rules")
    assert sp is not None and sp.name == "Tom Reed"


def test_an_inverted_frame_keeps_its_speaker():
    sp = _speaker("The deal is dead, said Tom Reed, a spokesman for the firm.", "deal")
    assert sp is not None and sp.name == "Tom Reed"


@pytest.mark.parametrize("text", [
    "Ms. Sherry, a writer, has two sons. In a good year, Isabelle earns a lot. ''I hate the term,'' Ms. Sherry said.",
    "Cross-referencing the records, the team found a trend. Mr. Autor added: ''In retrospect, we should have seen it coming.''",
])
def test_a_surname_after_an_honorific_is_a_name_not_a_role(text):
    # "Sherry" holds the German role word "Herr", "Autor" is German for author: after "Mr."/"Ms." each is a surname
    sp = _speaker(text, "the term" if "term" in text else "retrospect")
    assert sp is not None and sp.resolved_from is None and sp.name in ("Sherry", "Autor")


def test_the_pronoun_after_an_honorific_surname_goes_to_that_person():
    text = ("Cross-referencing the records, the team found a trend. Mr. Autor added: ''In retrospect, we should have seen it coming.'' "
            "''The shock isn't the sole factor,'' he continued.")
    sp = _speaker(text, "shock")
    assert sp is not None and sp.name == "Autor"


def test_mr_president_stays_a_role():
    from aligner.quotes.speakers import parse_mention

    assert parse_mention("Mr. President", "en")[2] == "role"


@pytest.mark.parametrize(("text", "part", "who"), [
    ("Tom Jolly said he has worked with both parties. Ron Dale said he has backed a bill on colleges, which he called "
     "“a cartel for higher education.”", "cartel", "Ron Dale"),
    ("Hillary Ward said Wednesday that she called Tim Sand after the vote to praise what she called “an extraordinary campaign.”",
     "extraordinary", "Hillary Ward"),
])
def test_he_or_she_in_what_a_named_person_reports_is_that_person(text, part, who):
    sp = _speaker(text, part)
    assert sp is not None and sp.name == who


def test_he_in_a_sentence_whose_reporting_subject_is_a_woman_is_not_her():
    sp = _speaker("Hillary Ward said Wednesday that he called her after the vote to praise what he called “an extraordinary "
                  "campaign.”", "extraordinary")
    assert sp is None or sp.name != "Hillary Ward"


@pytest.mark.parametrize(("text", "part", "who"), [
    ('Sami Ali came to town from Iraq in 2011. Soon, he found the area welcoming. "The stereotyping is still strong here," he said. '
     '"They think every Arab is Muslim." "And they still believe that we use camels," he said.', "camels", "Sami Ali"),
    ("Rex Early, a former party chairman, joined the team. Informed of the district’s lean, Early described it as “news to me.” "
     "“I’m sure we are going to have some delegates out there,” he said.", "delegates", "Rex Early"),
])
def test_an_opening_adverb_or_participle_is_no_antecedent(text, part, who):
    # "Soon, he …", "Informed of the district’s lean, Early …": a capitalised word only ever at a sentence start is no name
    sp = _speaker(text, part)
    assert sp is not None and sp.name == who
