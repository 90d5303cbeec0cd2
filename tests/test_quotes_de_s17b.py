"""German speakers, session 17 (review s17b): time phrases with a genitive or a singular noun are
adverbials, not speakers.  Invented sentences."""

import pytest

from tests.quote_helpers import normalised_quote_containing

CONFIDENT = 0.8


def _confident_name(text: str, part: str = "bereit"):
    sp = normalised_quote_containing(text, part, "de").speaker
    return sp.name if sp is not None and (sp.confidence or 0) >= CONFIDENT else None


@pytest.mark.parametrize("phrase", ["Ende der Woche", "Mitte des Monats", "Anfang vergangenen Jahres", "Ende Juni",
                                    "einen Tag später", "ein Jahr zuvor", "einen Monat danach"])
def test_time_phrase_after_the_verb_is_skipped_for_the_name(phrase):
    assert _confident_name(f"„Wir sind bereit“, erklärte {phrase} Paula Krause.") == "Paula Krause"


@pytest.mark.parametrize("phrase", ["Mitte der Woche", "Anfang des Jahres"])
def test_time_phrase_before_a_role_is_no_name(phrase):
    assert _confident_name(f"„Wir sind bereit“, erklärte {phrase} die Sprecherin.") is None


@pytest.mark.parametrize("between", ["Tage später widersprach Paul Krause.", "Einen Monat danach hatte Paul Krause gewarnt."])
def test_er_after_a_named_man_after_a_fronted_time_phrase_is_that_man(between):
    text = f"„Wir sind bereit“, sagte Lindner. {between} „Das reicht nicht“, sagte er."
    assert _confident_name(text, "reicht") in (None, "Paul Krause")


@pytest.mark.parametrize("between", ["Wochen später widersprach Krause.", "Am Dienstag widersprach Krause."])
def test_er_after_a_lone_surname_subject_in_between_is_not_the_earlier_speaker_confidently(between):
    text = f"„Wir sind bereit“, sagte Lindner. {between} „Das reicht nicht“, sagte er."
    assert _confident_name(text, "reicht") != "Lindner"


@pytest.mark.parametrize("frame", ["„Das reicht nicht“, sagte ich.", "Ich sagte: „Das reicht nicht.“",
                                   "„Das reicht nicht“, antworteten wir ihr."])
def test_first_person_framing_a_direct_quote_is_never_the_person_named_before(frame):
    text = f"Paula Krause erklärte: „Wir sind bereit.“ {frame}"
    assert _confident_name(text, "reicht") != "Paula Krause"


@pytest.mark.parametrize("people", ["Anna Weber & Paul Krüger", "Lena Ott & Max Berg"])
def test_people_joined_by_ampersand_are_no_one_confident_name(people):
    assert "&" not in (_confident_name(f"„Wir sind bereit“, erklärten {people}.") or "")


def test_firm_joined_by_ampersand_still_one_name():
    sp = normalised_quote_containing("„Wir sind bereit“, erklärte Krause & Söhne.", "bereit", "de").speaker
    assert sp is not None and sp.name == "Krause & Söhne"
