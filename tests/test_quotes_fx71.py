"""Late fixes of session 26: campaign names, thing nouns before 'er', 'Einer der …' before a pronoun, passive relatives."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speaker(text, part, lang):
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language=lang)))
    (q,) = [q for q in qs if part in q.text]
    return q.speaker


def _name_at_bar(text, part, lang):
    sp = _speaker(text, part, lang)
    return sp.name if sp is not None and (sp.confidence or 0) >= 0.8 else None


@pytest.mark.parametrize("text", [
    '"We will win," Tom Reed for Senate said.',
    'Tom Reed for Senate said in a statement: "We will win the race."',
    '"We will win," Friends of Tom Reed for Senate said.',
    '"It is over," Mary Smith for Congress said on Friday.',
    '"We will not lose," Tom Reed for Governor told supporters.',
])
def test_campaign_name_gives_neither_office_nor_candidate(text):
    assert _name_at_bar(text, "", "en") not in (
        "Senate", "Congress", "Governor", "Tom Reed", "Mary Smith")


@pytest.mark.parametrize("text,name", [
    ('"We will win," Tom Banks for Reuters said.', "Tom Banks"),
    ('"We will win," Anna Lee for Labour said.', "Anna Lee"),
    ('"We will win," Senate Majority Leader Mitch McConnell said.', "Mitch McConnell"),
    ('Ann Lee, running for Senate, said: "We will win."', "Ann Lee"),
])
def test_names_near_for_and_offices_stay(text, name):
    assert _name_at_bar(text, "win", "en") == name
