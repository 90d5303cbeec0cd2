"""Speakers named as a coordination of people ("sagten Max Müller und Anna Schmidt", "said Tom Baker
and Ann Lee"): the whole coordination is the mention, below the confident bar, never one of them at
0.9 (another outlet naming the other person would raise a false speaker flag).  Invented sentences."""

import pytest

from aligner.quotes.confidence import CONFIDENT, SEVERAL
from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, lang: str):
    q = normalised_quote_containing(text, "nichts" if lang == "de" else "nothing", lang)
    assert q.speaker is not None
    return q, q.speaker


@pytest.mark.parametrize("text, people, lang", [
    ("„Das heißt nichts“, sagten Max Müller und Anna Schmidt.", "Max Müller und Anna Schmidt", "de"),
    ("Max Müller und Anna Schmidt sagten: „Das heißt nichts.“", "Max Müller und Anna Schmidt", "de"),
    ("„Das heißt nichts“, erklärten Max Müller, Anna Schmidt und Paul Weber.", "Max Müller, Anna Schmidt und Paul Weber", "de"),
    ("“It is nothing,” said Tom Baker and Ann Lee.", "Tom Baker and Ann Lee", "en"),
    ("“It is nothing,” Tom Baker and Ann Lee said.", "Tom Baker and Ann Lee", "en"),
    ("Tom Baker and Ann Lee said: “It is nothing.”", "Tom Baker and Ann Lee", "en"),
    ("“It is nothing,” said Tom Baker, Ann Lee and John Smith.", "Tom Baker, Ann Lee and John Smith", "en"),
])
def test_coordinated_people_are_one_mention_below_the_bar(text, people, lang):
    q, sp = _speaker(text, lang)
    assert sp.mention == people
    assert sp.name is None  # neither person alone
    assert (sp.confidence or 0) < CONFIDENT
    assert SEVERAL in q.flags


@pytest.mark.parametrize("text, lang", [
    ("„Das heißt nichts“, sagten Max Müller & Anna Schmidt.", "de"),
    ("“It is nothing,” said Tom Baker & Ann Lee.", "en"),
])
def test_people_joined_by_ampersand_are_below_the_bar_too(text, lang):
    q, sp = _speaker(text, lang)
    assert sp.name is None and (sp.confidence or 0) < CONFIDENT and SEVERAL in q.flags


@pytest.mark.parametrize("text, name, lang", [
    ("„Das heißt nichts“, sagte Max Müller.", "Max Müller", "de"),
    ("“It is nothing,” said Tom Baker.", "Tom Baker", "en"),
    ("“It is nothing,” Ann Lee said.", "Ann Lee", "en"),
])
def test_a_single_person_stays_confident(text, name, lang):
    q, sp = _speaker(text, lang)
    assert sp.name == name and (sp.confidence or 0) >= CONFIDENT and SEVERAL not in q.flags


@pytest.mark.parametrize("text", [
    "“It is nothing,” Procter and Gamble said.",
    "“It is nothing,” said the Ministry of Trade and Industry.",
])
def test_a_firm_or_ministry_named_with_and_is_no_set_of_people(text):
    q = normalised_quote_containing(text, "nothing", "en")
    sp = q.speaker  # none for "Procter and Gamble said" (en32: a firm or two people, never "Gamble" alone)
    assert SEVERAL not in q.flags and (sp is None or " and " not in (sp.name or "Procter"))


def test_a_person_and_his_wife_is_not_read_as_a_list_of_names():
    q, sp = _speaker("„Das heißt nichts“, sagten Max Müller und seine Frau.", "de")
    assert SEVERAL not in q.flags and sp.mention.startswith("Max Müller")
