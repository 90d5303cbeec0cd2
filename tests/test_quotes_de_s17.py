"""German speakers, session 17: a dative phrase is never the speaker, a surname in -lich at a sentence
start still speaks, masculine nouns with a feminine ending are subjects.  Invented sentences (the first
ones after review s16c's reproducers)."""

import pytest

from tests.quote_helpers import normalised_quote_containing

CONFIDENT = 0.8


def _speaker(text: str, part: str = "bereit"):
    return normalised_quote_containing(text, part, "de").speaker


@pytest.mark.parametrize("paper", ["Süddeutschen Zeitung", "Berliner Zeitung", "Welt", "Berliner Polizei"])
def test_newspaper_with_adjective_is_dative_not_speaker(paper):
    sp = _speaker(f"„Wir sind bereit“, sagte der {paper} ein Sprecher.")
    assert sp is None or paper.split()[-1] not in (sp.mention or "") or (sp.confidence or 0) < CONFIDENT


@pytest.mark.parametrize("outlet", ["Deutschen Presse-Agentur", "Frankfurter Allgemeinen"])
def test_name_after_an_outlet_in_the_dative_speaks(outlet):
    sp = _speaker(f"„Wir sind bereit“, sagte der {outlet} Max Maier.")
    assert sp is not None and sp.name == "Max Maier"


def test_role_in_er_before_a_surname_is_no_city_adjective():
    # "Trainer" is a role, so "Hartung" is his surname, not a feminine noun in the dative
    sp = _speaker("„Wir sind bereit“, sagte der Trainer Hartung.")
    assert sp is not None and "Hartung" in (sp.mention or "")


def test_spokesman_before_a_first_name_in_in_is_no_dative():
    sp = _speaker("„Wir sind bereit“, sagte der Sprecher Martin Müller.")
    assert sp is not None and sp.name == "Martin Müller"


@pytest.mark.parametrize("noun", ["Pinguin", "Papagei", "Hippie"])
def test_masculine_noun_with_a_feminine_ending_speaks(noun):
    sp = _speaker(f"„Wir sind bereit“, sagte der {noun}.")
    assert sp is not None and noun in (sp.mention or "")


def test_surname_lich_at_sentence_start_speaks():
    sp = _speaker("Fröhlich hat am Montag erklärt, „wir sind bereit“.")
    assert sp is not None and sp.name == "Fröhlich"


def test_adverb_lich_before_a_subject_is_no_speaker():
    sp = _speaker("Vergeblich hat die Firma erklärt, „wir sind bereit“.")
    assert sp is not None and sp.name != "Vergeblich" and "Firma" in (sp.mention or "")


def test_adverb_weise_is_never_a_speaker():
    sp = _speaker("Normalerweise hat am Montag erklärt: „Wir sind bereit“.")
    assert sp is None or "Normalerweise" not in (sp.mention or "")


@pytest.mark.parametrize("text", ["Fröhlich hat der Zeitung erklärt: „Wir sind bereit“.",
                                  "Am Montag hat der Zeitung Fröhlich erklärt: „Wir sind bereit“."])
def test_newspaper_in_the_dative_before_a_colon_is_not_the_speaker(text):
    sp = _speaker(text)
    assert sp is not None and sp.name == "Fröhlich"
