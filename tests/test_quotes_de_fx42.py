"""rv39 (session 23) probe of the German speaker rules merged this session (de24 7f0de20, 381f7f1, 5dfed70;
fx39 d1e4ca3).  Invented sentences; each test fails today for the reason its docstring gives."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quotes_in

Q = "Wir sehen keinen Anlass"


def _speaker(text):
    (q,) = [q for q in normalised_quotes_in(text) if "keinen Anlass" in q.text]
    return q.speaker


def _trusted_name(text):
    sp = _speaker(text)
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


# HIGH (7f0de20, subjects._asked_one_de): the one asked whether she shares or understands someone's words is made the
# speaker at 0.9 of the words quoted after the colon, which are those words (base0: Anna Weber 0.6 / "Journalisten")
@pytest.mark.parametrize("text", [
    f"Anna Weber wurde gefragt, ob sie den Satz von Paul Krause teile: „{Q}.“",
    f"Anna Weber wurde gefragt, wie sie die Worte von Paul Krause verstehe: „{Q}.“",
    f"Anna Weber wurde gefragt, ob sie sich dem Satz anschließe: „{Q}.“",
    f"Anna Weber wurde von Journalisten gefragt, ob sie die Aussage des Kanzlers unterschreibe: „{Q}.“",
    f"Anna Weber wurde gefragt, ob sie das Zitat von Paul Krause kenne: „{Q}.“",
    f"Anna Weber wurde gefragt, ob auf dem Plakat stehe: „{Q}.“",
    f"Anna Weber wurde gefragt, ob das Motto stimme: „{Q}.“",
    f"Anna Weber wurde gefragt, ob der Satz falsch sei: „{Q}.“",
    f"Anna Weber wurde gefragt, ob sie dem Vorwurf von Paul Krause widerspreche: „{Q}.“",
    f"Anna Weber wurde gefragt, ob sie die Kritik der Opposition teile: „{Q}.“",
    f"Anna Weber wurde gefragt, ob sie der Forderung von Paul Krause folge: „{Q}.“",
])
def test_asked_about_someone_elses_words_is_not_their_speaker(text):
    assert _trusted_name(text) != "Anna Weber"


# HIGH (381f7f1, subjects._lone_surname_at_end_de via _acronym_dative_de): a role noun, a programme or a place after
# "der ARD/SPD/EU" at the clause's end is read as a surname and named at 0.9 (base0: the whole "ARD Intendant" etc.
# or "EU"; now a junk one-word name)
@pytest.mark.parametrize("text,junk", [
    (f"„{Q}“, sagte der ARD Intendant.", "Intendant"),
    (f"„{Q}“, sagte der SPD Haushälter.", "Haushälter"),
    (f"„{Q}“, sagte der SPD Rebell.", "Rebell"),
    (f"„{Q}“, sagte der SPD Linke.", "Linke"),
    (f"„{Q}“, sagte der EU Parlamentarier.", "Parlamentarier"),
    (f"„{Q}“, sagte der ARD Tagesschau.", "Tagesschau"),
    (f"„{Q}“, sagte der ARD Berlin.", "Berlin"),
    (f"„{Q}“, sagte der ARD Deutschland.", "Deutschland"),
    (f"„{Q}“, sagte der ARD Anfang.", "Anfang"),
    (f"„{Q}“, sagte der SPD Mann.", "Mann"),
])
def test_word_after_feminine_abbreviation_is_no_surname(text, junk):
    assert _trusted_name(text) != junk


# LOW (381f7f1/5dfed70, frames_de.negated_saying_de): a negator of an adverb or adjective in the clause after the
# name ("nicht mehr ganz so sicher", "in keiner Weise verärgert") drops a right speaker below 0.8 (base0: 0.9)
@pytest.mark.parametrize("text", [
    f"„{Q}“, sagte Paul Kurz nicht mehr ganz so sicher.",
    f"„{Q}“, sagte Paul Kurz in keiner Weise verärgert.",
    f"„{Q}“, sagte Paul Kurz nicht ganz ernst gemeint.",
    f"„{Q}“, sagte Paul Kurz nicht zufällig am Montag.",
    f"„{Q}“, sagte Paul Kurz keine zwei Stunden später.",
    f"„{Q}“, sagte Paul Kurz nie zuvor so deutlich.",
    f"Paul Kurz betonte keine fünf Minuten später: „{Q}.“",
    f"Paul Kurz sagte in keinem Interview so deutlich: „{Q}.“",
])
def test_negated_adverb_keeps_the_speaker(text):
    assert _trusted_name(text) == "Paul Kurz"


# LOW (d1e4ca3, speakers._parse_words _PLURAL_BODIES_DE): a first name ending in "-er" before a surname ending like
# a plural body noun is read as "Hamburger Reedereien": the person loses the name (base0: "Werner Kassen" 0.9)
@pytest.mark.parametrize("text,name", [
    (f"„{Q}“, sagte Werner Kassen.", "Werner Kassen"),
    (f"„{Q}“, sagte Peter Banken.", "Peter Banken"),
])
def test_first_name_in_er_is_no_place_adjective(text, name):
    assert _trusted_name(text) == name


# HIGH (7f0de20, known_people_word(last.lower()) in subjects._fronted_heissen_source_de): a genitive plural of people
# after "Aus Kreisen" / "Seitens" now becomes the source of "hieß es", but is parsed as a NAME "Anwohner" at 0.9
# (base0: no speaker); "die Anwohner" elsewhere is a group with no name
@pytest.mark.parametrize("text", [
    f"Aus Kreisen der Anwohner hieß es: „{Q}.“",
    f"Seitens der Anwohner hieß es: „{Q}.“",
])
def test_people_after_kreisen_are_a_group_not_a_name(text):
    assert _trusted_name(text) != "Anwohner"


# fx42 neighbours: the fixes above stay narrow
@pytest.mark.parametrize("text", [
    f"Anna Weber wurde gefragt, ob sie den Einsatz verteidige: „{Q}.“",  # "Einsatz" is no "Satz"
    f"Anna Weber wurde von Journalisten gefragt, ob sie zurücktrete: „{Q}.“",
])
def test_asked_one_still_answers_a_question_about_deeds(text):
    assert _trusted_name(text) == "Anna Weber"


@pytest.mark.parametrize("text", [
    f"„{Q}“, sagte Paul Kurz nicht mehr.",
    f"„{Q}“, sagte Paul Kurz so nicht.",
    f"Paul Kurz sagte es nie: „{Q}.“",
    f"Paul Kurz hat nie gesagt: „{Q}.“",
])
def test_negation_of_the_verb_still_lowers_the_speaker(text):
    assert _trusted_name(text) is None


def test_place_adjective_before_plural_body_still_no_name():
    assert _trusted_name(f"„{Q}“, sagten Hamburger Reedereien.") != "Hamburger Reedereien"
