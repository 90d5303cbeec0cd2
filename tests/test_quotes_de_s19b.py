"""German speaker rules after review s19b: a noun opening a headline is no adverb of manner, the target of a
speech act is not its speaker, plural people are not one person.  Sentences invented."""

import pytest

from tests.quote_helpers import normalised_quote_containing

BAR = 0.8


def _confident_name(q):
    sp = q.speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= BAR else None


@pytest.mark.parametrize("text,who", [
    ("Staatsanwaltschaft kritisiert die Richter: „Das ist nicht nachvollziehbar.“", "Staatsanwaltschaft"),
    ("Nachbar beschimpft die Feuerwehr: „Ihr kommt immer zu spät.“", "Nachbar"),
    ("Hedwig warnt die Kinder: „Das Eis ist zu dünn.“", "Hedwig"),
])
def test_noun_or_name_opening_a_headline_is_the_subject_not_an_adverb(text, who):
    q = normalised_quote_containing(text, text.split("„")[1][:8])
    assert q.speaker is not None and q.speaker.mention == who


def test_schaft_noun_opening_a_headline_never_gives_the_object():
    q = normalised_quote_containing("Mieterschaft kritisiert die Erhöhung: „Das können wir nicht zahlen.“", "nicht zahlen")
    assert _confident_name(q) != "Erhöhung"


def test_word_the_text_writes_capitalised_after_a_lower_case_word_is_a_name():
    text = "Der Bürgerverein traf sich am Montag mit Mehlig. Mehlig kritisiert die Pläne: „Das ist nicht hinnehmbar.“"
    q = normalised_quote_containing(text, "nicht hinnehmbar")
    assert q.speaker is not None and q.speaker.mention == "Mehlig"


@pytest.mark.parametrize("text,who", [
    ("Lebhaft widersprach die Opposition: „Das ist falsch.“", "die Opposition"),
    ("Heftig kritisierte die Gewerkschaft: „Das ist ein Skandal.“", "die Gewerkschaft"),
])
def test_guard_adverb_of_manner_before_the_verb_still_skipped(text, who):
    q = normalised_quote_containing(text, "Das ist")
    assert q.speaker is not None and q.speaker.mention == who


@pytest.mark.parametrize("text,target", [
    ("Kritik an der Reform von Senatorin Petra Lindner kam von Bürgermeister Uwe Sommer: „Das geht zu weit.“",
     "Petra Lindner"),
    ("Widerspruch gegen den Antrag von Stadtrat Jonas Berg erhob der Bürgermeister: „Das geht zu weit.“", "Jonas Berg"),
    ("Lob für den Auftritt von Trainer Jan Rehm gab es von Präsident Ole Brandt: „Das war stark.“", "Jan Rehm"),
    ("Zustimmung kam von Petra Lindner, Widerspruch von Uwe Sommer: „Das geht zu weit.“", "Petra Lindner"),
])
def test_target_of_a_speech_act_is_not_its_speaker(text, target):
    q = normalised_quote_containing(text, text.split("„")[1][:8])
    assert _confident_name(q) != target


@pytest.mark.parametrize("text,who", [
    ("Lob für den Auftritt von Trainer Jan Rehm gab es von Präsident Ole Brandt: „Das war stark.“", "Ole Brandt"),
    ("Zustimmung kam von Petra Lindner, Widerspruch von Uwe Sommer: „Das geht zu weit.“", "Uwe Sommer"),
    ("Scharfer Widerspruch kam prompt von Senatorin Petra Lindner: „Das geht zu weit.“", "Petra Lindner"),
])
def test_agent_of_a_speech_act_after_its_verb_or_noun_speaks(text, who):
    q = normalised_quote_containing(text, text.split("„")[1][:8])
    assert q.speaker is not None and q.speaker.name == who


@pytest.mark.parametrize("text", [
    "„Wir stimmen zu“, sagten die Stadträte Paul Berg und Julia Lindner.",
    "Die Senatorinnen Julia Lindner und Anna Sommer erklärten: „Wir stimmen zu.“",
    "„Wir stimmen zu“, sagten die SPD-Abgeordneten Paul Berg und Julia Lindner.",
])
def test_plural_role_before_two_names_is_not_the_first_person(text):
    q = normalised_quote_containing(text, "Wir stimmen zu")
    assert _confident_name(q) not in ("Paul Berg", "Julia Lindner")


def test_guard_one_role_and_one_name_is_that_person():
    q = normalised_quote_containing("„Wir stimmen zu“, sagte die Ministerin Julia Lindner.", "Wir stimmen zu")
    assert _confident_name(q) == "Julia Lindner"


@pytest.mark.parametrize("text", [
    "Die Ärztin Julia Lindner las den Bericht vor. Viele Zuhörer blieben skeptisch. „Die Zahlen stimmen“, sagte sie.",
    "Der Arzt Paul Berg las den Bericht vor. Einige Zuhörer blieben skeptisch. Trotzdem sagte er: „Die Zahlen stimmen.“",
])
def test_singular_pronoun_never_points_at_a_plural_quantified_group(text):
    q = normalised_quote_containing(text, "Die Zahlen stimmen")
    assert _confident_name(q) in ("Julia Lindner", "Paul Berg", None)
