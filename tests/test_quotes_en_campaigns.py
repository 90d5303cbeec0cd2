"""Campaigns and unnamed people as English speakers (probe rv49 and read-through rt26 of session 26)."""
import pytest

from aligner.model import Article
from aligner.quotes.extract import extract_quotes


def _speaker(text):
    (q,) = extract_quotes(Article(id="a", text=text, language="en"))
    return q.speaker


@pytest.mark.parametrize("text, candidate", [
    ('"We will win this race," Bernie Sanders for President said.', "Bernie Sanders"),
    ('"We will win the vote," Friends of Anna Lee for Mayor said.', "Anna Lee"),
    ('"Our doors are open to all," Tom Reed for Governor said in a statement.', "Tom Reed"),
])
def test_a_campaign_for_an_office_does_not_name_its_candidate(text, candidate):
    sp = _speaker(text)
    assert sp is None or sp.name != candidate or sp.confidence < 0.8


def test_a_reporter_for_a_paper_is_still_the_person():
    sp = _speaker('"We will win the race," Tom Banks for Reuters said.')
    assert sp is not None and sp.name == "Tom Banks"


@pytest.mark.parametrize("person, other, pronoun", [("Anna Kowal", "A man in the audience", "she"),
                                                    ("Tom Reed", "A girl from Leeds", "he"),
                                                    ("Anna Kowal", "Two boys at the back", "she")])
def test_an_unnamed_person_of_the_other_gender_lets_the_pronoun_reach_the_named_one(person, other, pronoun):
    """'A man …' cannot be 'she': the pronoun goes back to the woman named before (rt26: man, boy, girl
    were missing from the gender words, so the unnamed person stopped the pronoun)."""
    text = (f'{person} spoke to reporters on Monday. {other} asked about the plan. '
            f'"We will decide next week," {pronoun} said.')
    sp = _speaker(text)
    assert sp is not None and sp.name == person


def test_an_unnamed_person_of_the_same_gender_still_stops_the_pronoun():
    sp = _speaker('Tom Reed spoke to reporters on Monday. A man in the audience asked about the plan. '
                  '"We will decide next week," he said.')
    assert sp is None or sp.name != "Tom Reed" or sp.confidence < 0.8


@pytest.mark.parametrize("text", ['"We will win," said Tom Reed for Senate.',
                                  '"Our doors are open to all," said Friends of Anna Lee for Mayor on Monday.'])
def test_a_campaign_after_the_verb_does_not_name_its_candidate(text):
    sp = _speaker(text)
    assert sp is None or sp.name not in ("Tom Reed", "Anna Lee", "Senate", "Mayor") or sp.confidence < 0.8


def test_a_name_after_the_verb_with_for_and_no_office_is_the_person():
    sp = _speaker('"We will win the race," said Anna Lee for Labour.')
    assert sp is not None and sp.name == "Anna Lee"
