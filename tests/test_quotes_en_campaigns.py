"""A candidate's campaign ("Bernie Sanders for President") is no person speaking (probe rv49 of session 26:
the 'X for Y' reading named the candidate at 0.9)."""
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
