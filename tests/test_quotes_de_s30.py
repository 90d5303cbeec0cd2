"""German speakers, session 26 (de27): a colon frame in a relative clause opened by a preposition ("…, in dem
Paul Krause schrieb:") is the clause's subject's, never the main clause's; a relative clause after a role
("die Frau, die Anna Weber besiegt hatte") is no apposition naming Anna Weber; "die Antwort des Ministeriums" is
the ministry's; a role and a first name of the other gender ("die Kanzlerin Paul Krause") are two people, no
name.  Invented sentences."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident, normalised_quote_containing, normalised_quotes_in, speaker_in

Q = "„Wir werden das Werk nicht schließen.“"


def _named(text: str, part: str = "das Werk") -> str | None:
    """The normalised speaker name of the quote holding ``part``, when given at or above the bar."""
    sp = normalised_quote_containing(text, part).speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


@pytest.mark.parametrize("lead,name", [
    ("Anna Weber verwies auf einen Brief, in dem Paul Krause schrieb:", "Paul Krause"),
    ("Anna Weber veröffentlichte ein Video, in dem Paul Krause sagte:", "Paul Krause"),
    ("Anna Weber verwies auf ein Interview, in dem Paul Krause gesagt hatte:", "Paul Krause"),
    ("Anna Weber zeigte eine Mail, in der die Polizei schrieb:", "Polizei"),
    ("Anna Weber erinnerte an die Rede, mit der Paul Krause gewarnt hatte:", "Paul Krause"),
    ("Anna Weber verwies auf Briefe, in denen Paul Krause schrieb:", "Paul Krause"),
    ("Anna Weber verwies auf einen Brief, in welchem Paul Krause schrieb:", "Paul Krause"),
    ("Anna Weber verwies auf ein Gespräch, nach dem Paul Krause sagte:", "Paul Krause"),
])
def test_prepositional_relative_colon_frame_is_the_clauses_subjects(lead, name):
    assert _named(f"{lead} {Q}") == name


@pytest.mark.parametrize("lead", [
    "Anna Weber verwies auf ein Interview, in dem er gesagt hatte:",
    "Anna Weber verwies auf eine Erklärung, in der die Regierung Paul Krause schrieb:",
    "Anna Weber verwies auf einen Brief, in dem Paul Krause der Bank schrieb:",
    "Anna Weber verwies auf einen Brief, in dem die Ministerin Petra Lang schrieb:",
    "Anna Weber verwies auf ein Gespräch, nach dem sie sagte:",
])
def test_prepositional_relative_colon_frame_never_gives_the_main_subject_at_the_bar(lead):
    assert _named(f"{lead} {Q}") != "Anna Weber"


def test_document_in_which_it_says_keeps_no_confident_speaker():
    assert _named(f"Anna Weber verwies auf ein Papier, in dem es heißt: {Q}") is None


def test_fronted_phrase_with_der_after_a_comma_keeps_the_speaker_after_the_verb():
    assert _named(f"Die Sitzung endete spät, in der Sache hat Paul Krause gesagt: {Q}") == "Paul Krause"


Q2 = "„Wir sehen keinen Anlass zur Sorge“"


@pytest.mark.parametrize("frame", [
    "erklärte die Frau, die Anna Weber im Wahlkampf besiegt hatte.",
    "sagte die Frau, die Anna Weber am Montag traf.",
    "sagte die Ärztin, die Anna Weber im Krankenhaus behandelt hatte.",
    "sagte der Arzt, der Anna Weber im Krankenhaus behandelt hatte.",
    "sagte der Arzt, den Anna Weber im Krankenhaus besucht hatte.",
    "sagte der Arzt, dem Anna Weber im Krankenhaus vertraut.",
    "sagten die Ärzte, die Anna Weber im Krankenhaus behandelt hatten.",
    "sagte eine Frau, die Anna Weber im Wahlkampf besiegt hatte.",
    "sagte die Ministerin, die Anna Weber am Montag vertrat.",
    "sagte der Arzt, dessen Patientin Anna Weber im Krankenhaus liegt.",
    "sagte die Anwältin, deren Mandant Paul Krause im Gefängnis sitzt.",
])
def test_relative_clause_after_the_speaker_names_no_one_in_it(frame):
    sp = confident(speaker_in(f"{Q2}, {frame}", "keinen Anlass"))
    assert sp is None or sp.name is None or ("Anna Weber" not in sp.name and "Paul Krause" not in sp.name)


@pytest.mark.parametrize("frame,name", [
    ("sagte der Sprecher der Stadt, Paul Krause, am Montag.", "Paul Krause"),
    ("sagte die Sprecherin, Anna Weber, am Montag.", "Anna Weber"),
    ("sagte Paul Krause, der Sprecher der Stadt, am Montag.", "Paul Krause"),
])
def test_apposition_of_a_name_after_a_role_still_names(frame, name):
    sp = confident(speaker_in(f"{Q2}, {frame}", "keinen Anlass"))
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("frame,name", [
    ("lautete die Antwort des Ministeriums.", "Ministerium"),
    ("lautete die knappe Antwort des Ministeriums.", "Ministerium"),
    ("so lautete die Antwort des Ministeriums.", "Ministerium"),
    ("lautete die Antwort des Ministeriums auf die Anfrage der Grünen.", "Ministerium"),
    ("lautet die Antwort der Bundesregierung.", "Bundesregierung"),
    ("lautete die Antwort des Bundesministeriums für Gesundheit.", "Bundesministerium"),
])
def test_answer_of_a_body_is_the_bodys(frame, name):
    assert _named(f"„Wir prüfen den Vorgang“, {frame}", "Vorgang") == name


def test_answer_of_a_body_before_a_colon_is_the_bodys():
    assert _named("Die Antwort des Ministeriums lautete: „Wir prüfen den Vorgang.“", "Vorgang") == "Ministerium"


@pytest.mark.parametrize("frame", [
    "so erklärte es die Kanzlerin Paul Krause.",
    "sagte Kanzlerin Paul Krause.",
    "so erklärte es der Minister Anna Weber.",
    "so der Minister Anna Weber.",
    "so die Kanzlerin Paul Krause.",
    "wie die Kanzlerin Paul Krause sagte.",
    "sagte Bürgermeisterin Paul Krause.",
    "sagte die Vorsitzende Paul Krause.",
])
def test_role_and_first_name_of_the_other_gender_name_no_one(frame):
    assert _named(f"„Wir prüfen den Vorgang“, {frame}", "Vorgang") is None


@pytest.mark.parametrize("lead", ["Die Kanzlerin Paul Krause sagte:", "Der Minister Anna Weber sagte:", "Sprecherin Paul Krause sagte:"])
def test_role_and_first_name_of_the_other_gender_before_the_verb_name_no_one(lead):
    assert _named(f"{lead} „Wir prüfen den Vorgang.“", "Vorgang") is None


@pytest.mark.parametrize("frame,name", [
    ("sagte die Kanzlerin Anna Weber.", "Anna Weber"),
    ("sagte der Minister Paul Krause.", "Paul Krause"),
    ("so erklärte es die Kanzlerin Anna Weber.", "Anna Weber"),
    ("sagte die Bürgermeisterin Andrea Krause.", "Andrea Krause"),
    ("sagte der Bürgermeister Andrea Krause.", "Andrea Krause"),
    ("sagte Minister Anna Weber.", "Anna Weber"),
    ("sagte die Trainerin Jana Krause.", "Jana Krause"),
])
def test_role_and_first_name_of_one_gender_or_a_shared_name_keep_the_name(frame, name):
    assert _named(f"„Wir prüfen den Vorgang“, {frame}", "Vorgang") == name


S = "„Das ist ein Skandal.“"


@pytest.mark.parametrize("text,name", [
    (f"Die Grünen reagierten empört: {S}", "Grünen"),
    ("„Das ist ein Skandal“, so die Grünen.", "Grünen"),
    (f"Die Linke reagierte empört: {S}", "Linke"),
    (f"Die Liberalen reagierten empört: {S}", "Liberalen"),
    (f"Die Grünen sind empört: {S}", "Grünen"),
])
def test_party_named_by_an_adjective_noun_speaks(text, name):
    assert _named(text, "Skandal") == name


@pytest.mark.parametrize("text,name", [
    (f"Im Grünen sagte Paul Krause: {S}", "Paul Krause"),
    ("„Das ist ein Skandal“, sagte Paul Krause über die Grünen.", "Paul Krause"),
    ("„Das ist ein Skandal“, warf Paul Krause den Grünen vor.", "Paul Krause"),
    (f"Den Grünen warf Paul Krause vor: {S}", "Paul Krause"),
    ("„Das ist ein Skandal“, sagte Grünen-Chefin Anna Weber.", "Anna Weber"),
    (f"Für die Grünen sagte Anna Weber: {S}", "Anna Weber"),
])
def test_party_noun_as_an_object_or_a_place_takes_no_speaker_from_the_subject(text, name):
    assert _named(text, "Skandal") == name


def test_party_in_a_genitive_is_no_speaker():
    assert _named("„Das ist ein Skandal“, sagte die Chefin der Grünen.", "Skandal") is None


@pytest.mark.parametrize("lead,name", [
    ("Dem widerspricht Paul Krause:", "Paul Krause"),
    ("Dem widersprach die Gewerkschaft:", "Gewerkschaft"),
    ("Dem widerspricht Paul Krause energisch:", "Paul Krause"),
    ("Dem hält Paul Krause entgegen:", "Paul Krause"),
    ("Dem stimmt Paul Krause zu:", "Paul Krause"),
    ("Dem widersprachen die Grünen:", "Grünen"),
])
def test_subject_after_a_fronted_dative_and_its_verb_speaks(lead, name):
    assert _named(f"{lead} {S}", "Skandal") == name


@pytest.mark.parametrize("lead", [
    "Dem neuen Minister gefiel das nicht:",
    "Den ehemaligen Paul Krause lobte sie nicht:",
    "Dem Minister widersprach der Bericht:",
])
def test_object_with_its_adjective_is_still_no_subject(lead):
    assert _named(f"{lead} {S}", "Skandal") not in ("Minister", "Paul Krause")



@pytest.mark.parametrize("lead", [
    "Paul Krause musste sich sagen lassen:",
    "Paul Krause hat sich sagen lassen müssen:",
    "Anna Weber erinnerte an Paul Krause, der sich sagen lassen musste:",
    "Anna Weber erinnerte an den Abend, an dem sich Paul Krause sagen lassen musste:",
])
def test_told_frame_names_no_one_at_the_bar(lead):
    assert _named(f"{lead} {Q}") is None


@pytest.mark.parametrize("lead,name", [
    ("Paul Krause ließ sich nicht beirren und sagte:", "Paul Krause"),
    ("Paul Krause meldete sich zu Wort und sagte:", "Paul Krause"),
    ("Paul Krause wollte sich nicht festlegen lassen und sagte:", "Paul Krause"),
])
def test_sich_and_lassen_elsewhere_keep_the_speaker(lead, name):
    assert _named(f"{lead} {Q}") == name


def test_passive_agent_in_a_prepositional_relative_clause_speaks():
    text = "Anna Weber erinnerte an das Interview, in dem Paul Krause von der Zeitung gefragt wurde: „Wollen Sie das Werk schließen?“"
    assert _named(text) == "Zeitung"


P = "„Das ist ein schwerer Fehler“, sagte Paul Krause."


@pytest.mark.parametrize("frame,name", [
    ("Für Anna Weber steht fest:", "Anna Weber"),
    ("Auch für Anna Weber ist klar:", "Anna Weber"),
])
def test_own_certainty_frame_beats_the_speaker_carried_on(frame, name):
    sp = normalised_quote_containing(f"{P} {frame} {S}", "Skandal").speaker
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("frame", ["Für Berlin ist klar:", "Für Anna Weber ist das nicht klar."])
def test_no_certainty_frame_of_a_person_leaves_the_speaker_carried_on(frame):
    sp = normalised_quote_containing(f"{P} {frame} {S}", "Skandal").speaker
    assert sp is not None and sp.name == "Paul Krause"


V = "„Wir prüfen den Vorgang.“"


@pytest.mark.parametrize("lead,name", [
    ("Der Verein, dessen Vorsitzender Paul Krause ist, erklärte:", "Verein"),
    ("Die Partei, deren Chefin Anna Weber ist, erklärte:", "Partei"),
    ("Der Verein, dem Paul Krause vorsteht, erklärte:", "Verein"),
    ("Die Firma, für die Paul Krause arbeitet, erklärte:", "Firma"),
    ("Paul Krause, dessen Verein klagt, erklärte:", "Paul Krause"),
    ("Paul Krause, dessen Verein seit Jahren klagt, sagte am Montag:", "Paul Krause"),
    ("Anna Weber, deren Partei die Wahl gewann, sagte:", "Anna Weber"),
])
def test_relative_clause_in_an_oblique_case_is_no_apposition_and_no_subject(lead, name):
    assert _named(f"{lead} {V}", "Vorgang") == name


@pytest.mark.parametrize("lead,name", [
    ("Paul Krause, der Vorsitzende des Vereins, erklärte:", "Paul Krause"),
    ("Der Sprecher des Vereins, Paul Krause, erklärte:", "Paul Krause"),
])
def test_apposition_before_the_verb_still_names(lead, name):
    assert _named(f"{lead} {V}", "Vorgang") == name


def test_party_before_its_verb_is_the_subject_not_the_name_after_it():
    q = normalised_quote_containing("Die Grünen forderten Paul Krause zum „sofortigen Rücktritt“ auf.", "Rücktritt")
    assert q.speaker is not None and q.speaker.name == "Grünen"


def test_party_named_after_bei_in_a_heisst_es_frame_speaks():
    assert _named(f"Bei den Grünen hieß es: {S}", "Skandal") == "Grünen"


@pytest.mark.parametrize("text", [
    f"Paul Krause hob die Linke und rief: {S}",
    f"Mit der Linken winkte Paul Krause ab: {S}",
    "„Das ist ein Skandal“, sagte Paul Krause, Chef der Grünen.",
])
def test_party_words_elsewhere_leave_the_speaker(text):
    assert _named(text, "Skandal") == "Paul Krause"


@pytest.mark.parametrize("text", [
    "Die Rasanz, mit der unser Alltag digital wurde, ließ uns kaum Zeit, meint Anna Weber.",
    "Die Rasanz, die wir erlebten, ließ uns kaum Zeit, meint Anna Weber.",
])
def test_sentence_opening_with_a_relative_clause_is_reported_by_the_frame_after_it(text):
    (q,) = normalised_quotes_in(text)
    assert q.text.startswith("Die Rasanz") and q.speaker is not None and q.speaker.name == "Anna Weber"


@pytest.mark.parametrize("text", ["Paul Krause, der lange schwieg, erklärte am Abend.", "Der Sprecher, Paul Krause, erklärte das am Abend."])
def test_noun_phrase_with_apposition_or_relative_clause_before_the_verb_is_no_message(text):
    assert normalised_quotes_in(text) == []


def test_verb_of_a_relative_clause_with_dessen_frames_no_message():
    (q,) = normalised_quotes_in("Paul Krause, dessen Verein klagt, sagte am Abend, die Lage sei ernst.")
    assert q.text.startswith("die Lage") and q.speaker is not None and q.speaker.name == "Paul Krause"


@pytest.mark.parametrize("lead", [
    "Ihm gefällt Paul Krause nicht:",
    "Ihr fehlt Paul Krause sehr:",
    "Ihm imponierte Anna Weber:",
])
def test_subject_of_a_verb_of_feeling_after_its_dative_is_no_speaker(lead):
    assert _named(f"{lead} {S}", "Skandal") not in ("Paul Krause", "Anna Weber")
