"""Probe rv32 of the German speaker rules (invented sentences): after "der" only a feminine abbreviation ("die ARD",
"die dpa", "die SPD") is a dative; a masculine one ("der BND", "der ADAC", "der DGB") is the subject.  A dative
after a subject that follows a prepositional phrase is no part of the name.  A wrong name is worse than none."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident_who, normalised_quotes_in

Q = "„Wir sehen keinen Anlass“"


def _q(text):
    (q,) = [q for q in normalised_quotes_in(text.replace("Q", Q)) if "keinen Anlass" in q.text]
    return q


def _named(q):
    sp = q.speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


@pytest.mark.parametrize("text,org", [
    ("Q, warnte der BND die Ministerin.", "BND"),
    ("Q, erklärte der ADAC die Lage.", "ADAC"),
    ("Q, sagte der BND der Zeitung.", "BND"),
    ("Q, bestätigte der BND der Ministerin.", "BND"),
    ("Q, antwortete der IWF der Ministerin.", "IWF"),
    ("Q, versicherte der ADAC Anna Weber.", "ADAC"),
    ("Q, bestätigte der DFB Paul Krause.", "DFB"),
    ("Q, sagte am Montag der BND Anna Weber.", "BND"),
    ("Q, sagte der NDR Anna Weber.", "NDR"),
    ("Q, erklärte der BR Paul Krause nicht.", "BR"),
    ("Q, sagte der WDR die Intendantin.", "WDR"),
])
def test_masculine_abbreviation_is_the_subject_not_a_dative(text, org):
    assert confident_who(_q(text)) in (None, org)


@pytest.mark.parametrize("text", [
    "Q, teilte der DGB die Ministerin mit.",
    "Q, schrieb der DGB die Kanzlerin an.",
    "Q, kritisierte der DGB die Regierung.",
])
def test_masculine_abbreviation_subject_kept(text):
    assert confident_who(_q(text)) == "DGB"


@pytest.mark.parametrize("text,name", [
    ("Q, sagte der SPD Anna Weber.", "Anna Weber"),
    ("Q, sagte der AFP Paul Krause.", "Paul Krause"),
    ("Q, sagte der DB Paul Krause.", "Paul Krause"),
])
def test_feminine_abbreviation_is_a_dative(text, name):
    assert confident_who(_q(text)) == name


@pytest.mark.parametrize("text,org", [
    ("Q, sagte am Dienstag der BBC ein Sprecher.", "BBC"),
    ("Q, sagte der EU die Ministerin.", "EU"),
])
def test_feminine_abbreviation_addressed_is_not_the_speaker(text, org):
    assert org not in (confident_who(_q(text)) or "")


@pytest.mark.parametrize("text,org", [
    ("Q, sagte der FC Bayern.", "FC Bayern"),
])
def test_abbreviation_neighbours(text, org):
    assert confident_who(_q(text)) in (None, org)


# a dative after the subject that follows a prepositional phrase is no part of the name
@pytest.mark.parametrize("text,name", [
    ("Q, sagte nach der Sitzung Anna Weber der Zeitung.", "Anna Weber"),
    ("Q, sagte nach der Sitzung Anna Weber der Presse.", "Anna Weber"),
    ("Q, entgegnete in der Debatte Anna Weber der Opposition.", "Anna Weber"),
    ("Q, sagte bei einem Besuch in Paris Paul Krause der Zeitung „Le Monde“.", "Paul Krause"),
    ("Q, erklärte nach dem Urteil Anna Weber der Richterin.", "Anna Weber"),
    ("Q, sagte vor einer Woche Anna Weber der Deutschen Presse-Agentur.", "Anna Weber"),
    ("Q, sagte bei einer Pressekonferenz in Berlin Paul Krause der ARD.", "Paul Krause"),
    ("Q, sagte nach der Sitzung Sprecher Paul Krause der Zeitung.", "Paul Krause"),
])
def test_phrase_subject_then_dative(text, name):
    assert confident_who(_q(text)) in (None, name)


@pytest.mark.parametrize("text", [
    "Q, sagte nach der Sitzung die Ministerin der Zeitung.",
    "Q, sagte nach der Sitzung ein Sprecher der Zeitung.",
])
def test_phrase_role_then_dative_names_no_one(text):
    assert _named(_q(text)) is None


# "die" + a surname that is a plural noun too: a singular verb next to it makes it one woman; a plural verb people
@pytest.mark.parametrize("text,name", [
    ("Q, sagte die Fischer.", "Fischer"),
    ("Die Fischer sagte: „Wir sehen keinen Anlass.“", "Fischer"),
    ("Q, sagte die Jäger.", "Jäger"),
    ("Hingegen warnte die Fischer: „Wir sehen keinen Anlass.“", "Fischer"),
])
def test_singular_die_surname_keeps_name(text, name):
    assert _named(_q(text)) == name


@pytest.mark.parametrize("text", [
    "Q, sagten die Fischer.",
    "Die Fischer sagten: „Wir sehen keinen Anlass.“",
    "Hingegen warnten die Fischer: „Wir sehen keinen Anlass.“",
    "Q, sagte die Bauern.",
])
def test_plural_die_people_have_no_name(text):
    assert _named(_q(text)) is None


# a first name given to men and women ("Andrea": Italian men) does not cut a role and a name apart
@pytest.mark.parametrize("text,name", [
    ("Q, sagte der Präsident Andrea Rossi.", "Andrea Rossi"),
    ("Q, sagte der Sprecher Nicola Conti.", "Nicola Conti"),
    ("Q, sagte die Präsidentin Andrea Rossi.", "Andrea Rossi"),
])
def test_role_then_first_name_of_both_genders_keeps_name(text, name):
    assert _named(_q(text)) == name


@pytest.mark.parametrize("text", ["Q, sagte die Ministerin Paul Weber.", "Q, sagte der Minister Anna Weber."])
def test_role_then_first_name_of_other_gender_names_no_one(text):
    assert _named(_q(text)) is None


# bare plural people ("sagten Anwohner") and a dative plural agent ("von Anhängern") are no name; a surname kept
@pytest.mark.parametrize("text", [
    "Q, sagten Anwohner.",
    "Q, sagten Bewohner.",
    "Anna Weber wurde von Anhängern bejubelt: „Wir sehen keinen Anlass.“",
])
def test_bare_plural_people_have_no_name(text):
    assert _named(_q(text)) in (None, "Anna Weber")


@pytest.mark.parametrize("text,name", [("Q, sagte Fischer.", "Fischer"), ("Q, sagte Jäger.", "Jäger")])
def test_surname_that_is_a_plural_noun_kept(text, name):
    assert _named(_q(text)) == name


@pytest.mark.parametrize("text", ["Q, sagten Fischer aus Kiel.", "Q, sagten Händler auf dem Markt."])
def test_plural_verb_then_surname_like_plural_names_no_one(text):
    assert _named(_q(text)) is None


@pytest.mark.parametrize("text", ["Q, sagte Fischer aus Kiel.", "Fischer sagte: „Wir sehen keinen Anlass.“"])
def test_singular_verb_keeps_surname(text):
    assert _named(_q(text)) == "Fischer"
