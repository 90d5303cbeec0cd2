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


@pytest.mark.parametrize(("text", "part", "reporter"), [
    ("Mark Evans said his brother left the firm because he felt “tired of the lies.”", "tired", "Mark Evans"),
    ("Mark Evans told the court that the officer had stopped him before he felt “a sharp pain.”", "sharp", "Mark Evans"),
    ("Laura Chen said her daughter, a nurse, quit after she felt “treated like a servant.”", "servant", "Laura Chen"),
    ("Laura Chen said on Monday that the new director resigned because she felt “betrayed by the board.”", "betrayed",
     "Laura Chen"),
])
def test_he_or_she_after_another_subject_in_the_report_is_not_the_reporter(text, part, reporter):
    # the reported clause has a subject of its own ("his brother", "the officer", "her daughter"), nearer to the pronoun
    sp = _speaker(text, part)
    assert sp is not None and not (sp.name == reporter and (sp.confidence or 0) >= 0.8)


@pytest.mark.parametrize(("text", "part", "who"), [
    ("Mark Evans said he voted for the plan, which he called “a fair deal for workers.”", "fair deal", "Mark Evans"),
    ("Laura Chen said Wednesday that she had called the mayor to praise what she called “a brave decision.”", "brave",
     "Laura Chen"),
    ("Mark Evans, the head of the agency, said that, if its reports are true, North Korea is breaking the treaty, which he "
     "called “deeply troubling.”", "troubling", "Mark Evans"),
    ("Mark Evans said he voted against his party’s border checks plan, which he called “a waste of money.”", "waste",
     "Mark Evans"),
])
def test_objects_in_the_report_leave_the_reporter(text, part, who):
    # "the plan", "the mayor": objects, no finite verb after them; a plural ("its reports are"), a country ("North
    # Korea is") and a noun in -s ("border checks plan") are no person the pronoun may mean: it is still the reporter
    sp = _speaker(text, part)
    assert sp is not None and sp.name == who


@pytest.mark.parametrize(("text", "part", "reporter"), [
    ("Mark Hale said his partner of many years left because he felt “completely let down by the board.”",
     "let down", "Mark Hale"),
    ("Ann Brook said her friend since 1998 quit because she felt “pushed out of the team.”", "pushed out", "Ann Brook"),
])
def test_a_subject_with_a_prepositional_tail_is_nearer_than_the_reporter(text, part, reporter):
    sp = _speaker(text, part)
    assert not (sp is not None and sp.name == reporter and sp.confidence >= 0.8)


def test_an_object_with_a_prepositional_tail_does_not_block_the_reporter():
    sp = _speaker("Mark Hale said he met the chief of staff involved and he felt “completely let down by the board.”",
                  "let down")
    assert sp is not None and sp.name == "Mark Hale"
