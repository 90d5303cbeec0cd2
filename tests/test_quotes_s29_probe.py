"""rv29 probe reproducers (copied by fx29) (session 21): English speaker rules of efb64c7 (en23) / 2ea0b2c (fx28).
Each sentence gave a different (right or no) answer on da0a25e; on main it names a wrong speaker at >= 0.8."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def _sp(text, part):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="en")) if part in q.text]
    return q.speaker


def _name_at_bar(text, part):
    sp = _sp(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= 0.8 else None


# H1 pronouns._recent_person -> _after_finite_verb_en: a name after a copula / in an inverted clause is the
# subject (or the person the predicate names), not an object; skipping it hands "he" to the man named before
@pytest.mark.parametrize("middle", [
    "It was Tom Reed who spoke last.",
    "Also speaking was Tom Reed.",
    "The last speaker was Tom Reed.",
    "The next to speak was Tom Reed.",
    "The only dissenter was Tom Reed.",
    "Leading the protest was Tom Reed.",
    "The winner was Tom Reed, who was calm.",
])
def test_name_after_copula_is_no_object_h1(middle):
    text = f"Dan Moss spoke on Friday. {middle} “We will stay,” he said."
    assert _name_at_bar(text, "will stay") != "Dan Moss"


def test_man_who_stayed_was_named_h1():
    text = "Dan Moss left early. The man who stayed was Tom Reed. “We will stay,” he said."
    assert _name_at_bar(text, "will stay") != "Dan Moss"


# H2 pronouns._named_opener_en: an organisation after an opening phrase whose first word is a listed first name
# ("Hugo", "Christian", "Marks") or any "Xxx Yyy" before a finite verb counts as the person "he" means
@pytest.mark.parametrize("middle", [
    "On Friday, Goldman Sachs was calm.",
    "In London, Marks Spencer was calm.",
    "In Texas, Dell Technologies was calm.",
    "In Berlin, Siemens Energy was calm.",
    "In Paris, Christian Dior was calm.",
    "On Sunday, Hugo Boss was calm.",
])
def test_organisation_after_opening_phrase_is_no_he_h2(middle):
    org = middle.split(", ", 1)[1].rsplit(" was", 1)[0]
    text = f"Dan Moss spoke on Friday. {middle} “We will stay,” he said."
    assert _name_at_bar(text, "will stay") != org


@pytest.mark.parametrize("middle", ["On Friday, Rolls Royce was calm.", "On Friday, Johnson Controls was calm.", "On Friday, Lazard Freres was calm."])
def test_more_organisations_after_opening_phrase_h2(middle):
    org = middle.split(", ", 1)[1].rsplit(" was", 1)[0]
    text = f"Dan Moss spoke on Friday. {middle} “We will stay,” he said."
    assert _name_at_bar(text, "will stay") != org


@pytest.mark.parametrize(("middle", "org"), [("On Friday, Goldman Sachs was calm.", "Goldman Sachs"), ("In Berlin, Siemens Energy was calm.", "Siemens Energy")])
def test_organisation_after_opening_phrase_is_no_she_h2(middle, org):
    text = f"Ann Lee spoke on Friday. {middle} “We will stay,” she said."
    assert _name_at_bar(text, "will stay") != org


@pytest.mark.parametrize("middle", ["It was Kate Moss who spoke last.", "The last speaker was Kate Moss."])
def test_woman_after_copula_is_no_object_h1(middle):
    text = f"Ann Lee spoke on Friday. {middle} “We will stay,” she said."
    assert _name_at_bar(text, "will stay") != "Ann Lee"


# fx29 neighbours: a predicate without a listed first name stays skipped; the opener's gender must fit the pronoun
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_firm_after_copula_is_no_speaker(pronoun):
    text = f"Dan Moss spoke on Friday. The firm was Goldman Sachs. “We will stay,” {pronoun} said."
    assert _name_at_bar(text, "will stay") != "Goldman Sachs"


def test_opener_of_the_other_gender_is_no_he():
    text = "Dan Moss spoke on Friday. On Sunday, Kate Moss was calm. “We will stay,” he said."
    assert _name_at_bar(text, "will stay") != "Kate Moss"


def test_opener_with_a_listed_first_name_is_the_nearer_person():
    text = "Dan Moss spoke on Friday. On Sunday, Tom Reed was calm. “We will stay,” he said."
    assert _name_at_bar(text, "will stay") == "Tom Reed"
