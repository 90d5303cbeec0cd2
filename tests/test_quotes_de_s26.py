"""German speakers, session 26 (invented sentences): a focus particle before the subject ("Auch Paul Krause
sagte:"), role nouns of broadcasters and heads ("der ARD Intendant", "das Oberhaupt der Kirche"), a name in "-us"
after a role ("der Papst Franziskus") as its holder, not a genitive."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident, confident_name, normalised_quotes_in, speaker_in

Q = "„Wir sehen keinen Anlass zur Sorge“"


def _speaker(text):
    return speaker_in(text, "keinen Anlass", fill={"Q": Q})


# a focus particle and the subject share the place before the verb when no subject follows the verb
@pytest.mark.parametrize("text,name", [
    ("Auch Paul Krause sagte: Q.", "Paul Krause"),
    ("Auch Krause sagte: Q.", "Krause"),
    ("Auch Anna Weber erklärte am Montag: Q.", "Anna Weber"),
    ("Auch Anna Weber hat gesagt: Q.", "Anna Weber"),
    ("Ebenfalls Paul Krause sagte: Q.", "Paul Krause"),
    ("Allein Paul Krause sagte: Q.", "Paul Krause"),
    ("Auch Grünen-Chef Paul Krause sagte: Q.", "Paul Krause"),
])
def test_focus_particle_before_the_subject(text, name):
    assert confident_name(_speaker(text)) == name


# a noun phrase after the verb is the subject: the phrase before it is a time, an object or an adverbial
@pytest.mark.parametrize("text,name", [
    ("Auch Ende Mai sagte Paul Krause: Q.", "Paul Krause"),
    ("Auch Ende 2020 sagte Paul Krause: Q.", "Paul Krause"),
    ("Nur Stunden später sagte Paul Krause: Q.", "Paul Krause"),
])
def test_focus_particle_before_a_time(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text,other", [
    ("Auch Paul Krause gegenüber sagte die Ministerin: Q.", "Paul Krause"),
    ("Auch Journalisten sagte die Ministerin: Q.", "Journalisten"),
    ("Auch Montag sagte die Ministerin: Q.", "Montag"),
    ("Auch Paul Krause zufolge sagte die Ministerin: Q.", "Paul Krause"),
    ("Auch Paul Krause sagte er: Q.", "Paul Krause"),
])
def test_focus_particle_object_is_no_speaker(text, other):
    sp = _speaker(text)
    assert sp is None or other not in (sp.name or sp.mention)


@pytest.mark.parametrize("text", [
    "Auch Paul Krause wurde gesagt: Q.",
    "Auch Paul Krause hieß es: Q.",
    "Auch Paul Krause wurde gefragt: Q.",
    "Auch Paul Krause sagte nicht: Q.",
    "Auch Paul Krause und Anna Weber sagten: Q.",
])
def test_focus_particle_no_confident_name(text):
    assert confident_name(_speaker(text)) is None


# a broadcaster's or a church's head is named by the role only
@pytest.mark.parametrize("text,role", [
    ("Q, sagte der ARD Intendant.", "ARD Intendant"),
    ("Q, sagte der ARD-Intendant.", "ARD-Intendant"),
    ("Der ZDF Intendant sagte: Q.", "ZDF Intendant"),
    ("Q, sagte der ARD Intendant am Montag.", "ARD Intendant"),
])
def test_intendant_is_a_role(text, role):
    sp = _speaker(text)
    assert sp.name is None and sp.role == role


@pytest.mark.parametrize("text,name", [
    ("Q, sagte der ARD-Intendant Tom Buhrow.", "Tom Buhrow"),
    ("Q, sagte das Oberhaupt der katholischen Kirche, Papst Franziskus.", "Franziskus"),
])
def test_role_holder_named(text, name):
    assert confident_name(_speaker(text)) == name


def test_head_of_a_church_is_no_name():
    sp = _speaker("Q, sagte das Oberhaupt der katholischen Kirche.")
    assert sp is None or sp.name is None


# a name in "-us" after a role is the holder, not a genitive owner ("ein Sprecher Merkels" stays a role)
@pytest.mark.parametrize("text,name,role", [
    ("Q, sagte der Papst Franziskus.", "Franziskus", "Papst"),
    ("Der Papst Franziskus sagte: Q.", "Franziskus", "Papst"),
    ("Q, sagte Papst Franziskus.", "Franziskus", "Papst"),
    ("Q, sagte der Trainer Markus.", "Markus", "Trainer"),
])
def test_name_in_us_after_a_role(text, name, role):
    sp = confident(_speaker(text))
    assert sp is not None and (sp.name, sp.role) == (name, role)


@pytest.mark.parametrize("text", [
    "Q, sagte ein Sprecher Merkels.",
    "Q, sagte die Sprecherin Markus.",
    "Q, sagte der Vater Markus.",
])
def test_genitive_owner_or_clash_stays_a_role(text):
    sp = _speaker(text)
    assert sp is None or sp.name is None


# a surname with a particle ("von der Leyen", "de Maizière") is a person's name, before or after the verb of saying
@pytest.mark.parametrize("text,last", [
    ("Von der Leyen betonte: Q.", "Leyen"),
    ("Q, sagte von der Leyen.", "Leyen"),
    ("Q, betonte von der Leyen am Montag.", "Leyen"),
    ("Von der Leyen sagte am Montag in Brüssel: Q.", "Leyen"),
    ("Von der Leyen hatte gesagt: Q.", "Leyen"),
    ("Kommissionspräsidentin von der Leyen sagte: Q.", "Leyen"),
    ("EU-Kommissionschefin Ursula von der Leyen sagte: Q.", "Leyen"),
    ("Q, sagte de Maizière.", "Maizière"),
    ("Van der Bellen warnte: Q.", "Bellen"),
])
def test_particle_surname_is_a_person(text, last):
    sp = confident(_speaker(text))
    assert sp is not None and sp.name.split()[-1] == last and sp.name.split()[0].lower() in ("von", "van", "de", "ursula")


def test_particle_surname_role_apart():
    sp = confident(_speaker("Kommissionspräsidentin von der Leyen sagte: Q."))
    assert (sp.name, sp.role) == ("von der Leyen", "Kommissionspräsidentin")


def test_particle_surname_one_entity():
    text = "Von der Leyen betonte: Q. „Es gibt Hoffnung“, sagte von der Leyen."
    ids = {q.speaker.id for q in normalised_quotes_in(text.replace("Q", Q))}
    assert len(ids) == 1 and None not in ids


# a prepositional phrase with "von" is no subject; an owner after a role is no speaker
@pytest.mark.parametrize("text", [
    "Q, berichtete von der Front.",
    "Q, erzählte von der Reise.",
    "Q, sagte von der Regierung.",
    "Von der Regierung verlautete: Q.",
    "Von der Regierung wurde betont: Q.",
    "Von der Regierung sagte niemand etwas: Q.",
    "Von der Tribüne rief ein Mann: Q.",
    "Von Berlin sagte: Q.",
    "Q, sagte ein Sprecher von der Leyens.",
    "Q, sagte ein Sprecher von der Leyen.",
    "Der Sprecher von der Leyens sagte: Q.",
    "Q, sagte die Sprecherin von der Polizei.",
])
def test_von_phrase_no_name(text):
    name = confident_name(_speaker(text))
    assert name is None or ("von" not in name.lower() and name != "Leyen")


# asked whether one shares words: the quote is the words asked about, not the asker's and not (yet) an answer
@pytest.mark.parametrize("text", [
    "Paul Krause fragte Anna Weber, ob sie den Satz teile: Q.",
    "Paul Krause fragte, ob Anna Weber den Satz teile: Q.",
    "Paul Krause fragte die Ministerin, ob sie die Aussage bereue: Q.",
    "Paul Krause fragte Anna Weber, ob sie den Vorwurf zurückweise: Q.",
    "Die Zeitung fragte Anna Weber, ob sie den Satz teile: Q.",
    "Paul Krause wollte von Anna Weber wissen, ob sie den Satz unterschreibe: Q.",
])
def test_asked_about_words_no_confident_speaker(text):
    assert confident_name(_speaker(text)) is None


@pytest.mark.parametrize("text,name", [
    ("Paul Krause fragte: Q.", "Paul Krause"),
    ("Paul Krause fragte Anna Weber: Q.", "Paul Krause"),
    ("Anna Weber wurde von Journalisten gefragt, ob sie zurücktrete: Q.", "Anna Weber"),
])
def test_asking_frames_kept(text, name):
    assert confident_name(_speaker(text)) == name


# a person's name in the genitive before a noun of words in a frame with no verb: the owner speaks, named without -s
@pytest.mark.parametrize("text,name", [
    ("Anna Webers Fazit: Q.", "Anna Weber"),
    ("Paul Krauses Antwort: Q.", "Paul Krause"),
    ("Anna Webers Fazit nach der Wahl: Q.", "Anna Weber"),
    ("Anna Webers Antwort auf die Frage: Q.", "Anna Weber"),
    ("Paul Krauses Antwort auf Anna Webers Frage: Q.", "Paul Krause"),
])
def test_owner_of_words_speaks(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", [
    "Anna Webers Forderung stieß auf Kritik: Q.",
    "Anna Webers Forderung nach Steuersenkungen stieß auf Kritik: Q.",
    "Deutschlands Antwort: Q.",
    "Brüssels Reaktion: Q.",
    "Googles Antwort: Q.",
    "Die Antwort auf Anna Webers Frage: Q.",
])
def test_owner_of_words_not_named(text):
    name = confident_name(_speaker(text))
    assert name is None or (not name.endswith(("Fazit", "Antwort", "Forderung", "Reaktion")) and name != "Anna Weber")


@pytest.mark.parametrize("text,last", [
    ("Q, so von der Leyen.", "Leyen"),
    ("Q – so von der Leyen.", "Leyen"),
    ("Q, so de Maizière.", "Maizière"),
])
def test_so_particle_surname(text, last):
    sp = confident(_speaker(text))
    assert sp is not None and sp.name.split()[-1] == last


@pytest.mark.parametrize("text", ["Q, so von der Regierung.", "Q, so von der Polizei.", "Q, so von Anfang an."])
def test_so_von_phrase_no_name(text):
    assert confident_name(_speaker(text)) is None


# "lauten" with a person's words as its subject: the owner speaks ("lautete Anna Webers Fazit")
@pytest.mark.parametrize("text,name", [
    ("Q, lautete Paul Krauses Kommentar.", "Paul Krause"),
    ("Q, lautete Anna Webers Antwort auf die Frage.", "Anna Weber"),
    ("Anna Webers Fazit lautete: Q.", "Anna Weber"),
])
def test_lauten_owner_speaks(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", ["Q, lautete Berlins Antwort.", "Q, lautet der Titel des Buches.", "Q, lautete die Schlagzeile."])
def test_lauten_no_person_made_up(text):
    name = confident_name(_speaker(text))
    assert name is None or name.endswith("Antwort")


# "hieß es von Seiten der Regierung", "aus Kreisen der Regierung": the body, not "Seiten" or "Kreisen"
@pytest.mark.parametrize("text", [
    "Q, heißt es von Seiten der Regierung.",
    "Q, hieß es aus Kreisen der Regierung.",
    "Von Seiten der Regierung hieß es: Q.",
])
def test_side_words_off_the_body(text):
    assert confident_name(_speaker(text)) == "Regierung"


# "Für X steht fest:": X's certainty, below the bar (a copula frame, no verb of saying)
@pytest.mark.parametrize("text,who", [
    ("Für Paul Krause steht fest: Q.", "Paul Krause"),
    ("Für die Ministerin ist klar: Q.", "die Ministerin"),
    ("Auch für Paul Krause ist klar: Q.", "Paul Krause"),
])
def test_for_x_certain(text, who):
    sp = _speaker(text)
    assert sp is not None and (sp.name or sp.mention) == who and sp.confidence < SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "Für Berlin ist klar: Q.",
    "Für die Wähler ist klar: Q.",
    "Für den Fall gilt: Q.",
    "Für die Zukunft ist klar: Q.",
    "Für Paul Krause und Anna Weber steht fest: Q.",
])
def test_for_x_certain_no_one(text):
    assert _speaker(text) is None


# a frame after the quote in the perfect or with a modal: the subject follows the auxiliary ("„…“, hat X gesagt"; the
# hearsay "soll X gesagt haben" names X below the bar since rv83-25: tests/test_quotes_ge39.py)
@pytest.mark.parametrize("text,name", [
    ("Q, hat Paul Krause gesagt.", "Paul Krause"),
    ("Q, hatte Paul Krause erklärt.", "Paul Krause"),
    ("Q, hat Paul Krause zuvor gesagt.", "Paul Krause"),
    ("Q, hat Paul Krause die Ministerin kritisiert.", "Paul Krause"),
    ("Q, hat Anna Weber zu Paul Krause gesagt.", "Anna Weber"),
    ("Q, hatte die Regierung mitgeteilt.", "Regierung"),
])
def test_subject_after_auxiliary(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text,other", [
    ("Q, hat den Minister Paul Krause kritisiert.", "Paul Krause"),
    ("Q, hat die Zeitung Paul Krause zitiert.", "Zeitung"),
    ("Q, hat Paul Krause nicht gesagt.", "Paul Krause"),
    ("Q, hatten Paul Krause und Anna Weber erklärt.", "Paul Krause"),
    ("Q, hat man gesagt.", "man"),
])
def test_subject_after_auxiliary_unsure(text, other):
    assert confident_name(_speaker(text)) != other
