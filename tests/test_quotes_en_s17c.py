"""English speakers (invented sentences): a gender known only from the first-name list is a prior, not a fact.
A man whose first name the list gives to women ("Maria") or that is given to both ("Ashley", "Nikki") acting in
between still makes "he" doubtful (below the speaker bar); a gender the text shows ("Ms. Cole") still rules a
person out.  The parametrised doubt test fails before the change (the earlier speaker at 0.9); the last test is
a guard pinning where the change must not act."""

from __future__ import annotations

import pytest

from aligner.model import Speaker
from aligner.quotes import speakers
from tests.quote_helpers import normalised_quote_containing

CONFIDENT = 0.8


def _speaker(text: str, part: str) -> Speaker | None:
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize("person", ["Maria Delgado", "Ashley Marsh", "Nikki Hollis", "Evelyn Crane"])
def test_he_after_a_man_with_a_female_listed_or_unisex_first_name_in_between_is_doubtful(person):
    text = f"“The budget is fine,” said Peter Walsh. {person} rejected the budget. “It is a disaster,” he said."
    sp = _speaker(text, "disaster")
    assert sp is None or sp.name != "Peter Walsh" or (sp.confidence or 0) < CONFIDENT


@pytest.mark.parametrize("name", ["Ashley", "Nikki", "Evelyn", "Carol"])
def test_first_names_given_to_both_sexes_have_no_gender_from_the_short_list(name):
    # the short list gives them no gender (the optional longer list, where installed, decides by its own entries)
    assert all(name.lower() not in names for names in speakers._FIRST_NAMES_EN.values())


def test_a_woman_the_text_shows_in_between_does_not_make_he_doubtful():
    text = "“The budget is fine,” said Peter Walsh. Ms. Delgado rejected the budget. “It is a disaster,” he said."
    sp = _speaker(text, "disaster")
    assert sp is not None and sp.name == "Peter Walsh" and (sp.confidence or 0) >= CONFIDENT
