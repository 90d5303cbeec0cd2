"""German speakers (review s17c): pronoun gender shown in between, a person in between after a pronoun object,
time phrases, possessives and datives in front of a name.  Sentences are invented."""

import pytest

from tests.quote_helpers import normalised_quote_containing

BAR = 0.8


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "de").speaker


def _confident_name(text: str, part: str):
    sp = _speaker(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= BAR else None


@pytest.mark.parametrize("between", ["Später rief er Maria Lange an.", "Gestern traf er Maria Lange.", "Er lobte Maria Lange."])
def test_sie_is_not_the_man_that_er_in_between_shows(between):
    text = f"„Das ist ein Anfang“, sagte Brenner. {between} „Mehr geht nicht“, sagte sie."
    assert _confident_name(text, "Mehr geht") != "Brenner"


def test_sie_still_reaches_a_woman_before_with_er_in_between():
    text = "„Das ist ein Anfang“, sagte Maria Lange. Später rief er an. „Mehr geht nicht“, sagte sie."
    assert _speaker(text, "Mehr geht").name == "Maria Lange"


@pytest.mark.parametrize("between", ["Drei Tage später besuchte ihn Vogt.", "Wochen später kritisierte ihn Jan Vogt."])
def test_subject_after_a_pronoun_object_in_between_makes_er_doubtful(between):
    text = f"„Das ist ein Anfang“, sagte Brenner. {between} „Mehr geht nicht“, sagte er."
    sp = _speaker(text, "Mehr geht")
    assert sp is not None and sp.confidence is not None and sp.confidence < BAR


def test_named_subject_meeting_him_in_between_makes_er_doubtful():
    text = "„Das ist ein Anfang“, sagte Brenner. Wochen später besuchte Jan Vogt ihn. „Mehr geht nicht“, sagte er."
    assert _confident_name(text, "Mehr geht") is None


@pytest.mark.parametrize("phrase", ["Mitte der Woche", "Anfang Juni"])
def test_time_phrase_opening_a_verbless_colon_frame_is_not_in_the_name(phrase):
    text = f"Maria Lange sagte: „Das ist ein Anfang.“ {phrase} Jan Vogt: „Mehr geht nicht.“"
    assert _confident_name(text, "Mehr geht") in (None, "Jan Vogt")


@pytest.mark.parametrize("frame", ["sagte Scholz' Sprecherin", "sagte Anfang der Woche Voß’ Anwalt"])
def test_possessive_name_before_a_role_is_not_the_speaker(frame):
    sp = _speaker(f"„Das ist ein Anfang“, {frame}.", "ein Anfang")
    assert sp is not None and sp.name not in ("Scholz", "Voß") and sp.role is not None


@pytest.mark.parametrize("frame", ["sagte Lesern der Zeitung Jan Vogt", "sagte Mitte der Woche Vertretern der Presse Jan Vogt",
                                   "sagte Mitgliedern der Partei Jan Vogt"])
def test_dative_group_before_the_subject_is_not_in_the_speaker(frame):
    sp = _speaker(f"„Das ist ein Anfang“, {frame}.", "ein Anfang")
    assert sp is not None and sp.name == "Jan Vogt" and "ern" not in sp.mention


def test_subject_and_object_after_a_fronted_time_phrase_are_not_one_name():
    text = "„Das ist ein Anfang“, sagte Brenner. Wochen später rief Brenner Jan Vogt an. „Mehr geht nicht“, sagte er."
    sp = _speaker(text, "Mehr geht")
    assert sp is not None and sp.name == "Brenner"
