"""German speakers in session 21 (invented sentences): a collective noun opening the clause ("Die Wissenschaft
warnt die Politik:") speaks, the thing or collective after the verb is its object; a singular noun phrase
right before a plural verb is the object ("Die Gewerkschaft kritisierten die Grünen:")."""

import pytest

from tests.quote_helpers import confident_who, normalised_quote_containing, normalised_quotes_in

BAR = 0.8


def _said(text):
    return normalised_quote_containing(text, text.split("„")[1][:10])


@pytest.mark.parametrize("text,speaker", [
    ("Die Wissenschaft warnt die Politik: „Die Zahlen sagen etwas anderes.“", "Wissenschaft"),
    ("Die Wissenschaft warnt Politik und Wirtschaft: „Die Zahlen sagen etwas anderes.“", "Wissenschaft"),
    ("Die Wissenschaft mahnt die Politik zur Eile: „Die Zahlen sagen etwas anderes.“", "Wissenschaft"),
    ("Die Belegschaft kritisiert die Geschäftsführung: „Der Abschluss ist unfair.“", "Belegschaft"),
    ("Die Industrie lobt die Gewerkschaft: „Der Abschluss ist fair.“", "Industrie"),
    ("Die Politik warnt die Wissenschaft: „Die Zahlen sagen etwas anderes.“", "Politik"),
])
def test_collective_noun_before_the_verb_speaks(text, speaker):
    assert confident_who(_said(text)) == speaker


@pytest.mark.parametrize("text,not_speaker", [
    ("Die Wissenschaft warnt die Politik: „Die Zahlen sagen etwas anderes.“", "Politik"),
    ("Die Wirtschaft kritisierte die Pläne: „Die Zahlen sagen etwas anderes.“", "Pläne"),
    ("Die Forschung warnt die Politik schon lange: „Die Zahlen sagen etwas anderes.“", "Politik"),
    ("Die Entscheidung kritisierte die Regierung: „Die Zahlen sagen etwas anderes.“", "Entscheidung"),
    ("Die Meisterschaft lobte die Stadt: „Das war ein großes Fest.“", "Meisterschaft"),
])
def test_object_after_the_verb_or_a_thing_before_it_does_not_speak(text, not_speaker):
    assert confident_who(_said(text)) != not_speaker


@pytest.mark.parametrize("text,speaker", [
    ("Die Politik kritisierte die Ministerin: „Die Zahlen sagen etwas anderes.“", "die Ministerin"),
    ("Die Wissenschaft kritisierte der Minister: „Die Zahlen sagen etwas anderes.“", "der Minister"),
    ("„Die Zahlen sagen etwas anderes“, warnt die Wissenschaft die Politik.", "Wissenschaft"),
])
def test_a_person_or_a_nominative_after_the_verb_still_speaks(text, speaker):
    assert confident_who(_said(text)) == speaker


@pytest.mark.parametrize("text", [
    "Die Wissenschaft kritisierten die Grünen: „Die Zahlen sagen etwas anderes.“",
    "Die Gewerkschaft kritisierten die Grünen: „Die Zahlen sagen etwas anderes.“",
    "Das Ministerium kritisierten die Grünen: „Die Zahlen sagen etwas anderes.“",
    "Der Minister Paul Weber sagten die Grünen: „Die Zahlen sagen etwas anderes.“",
])
def test_singular_phrase_before_a_plural_verb_is_its_object(text):
    assert confident_who(_said(text)) == "Grünen"


def test_singular_role_before_a_plural_verb_is_its_object():
    q = _said("Die Ministerin warnen die Ärzte: „Die Zahlen sagen etwas anderes.“")
    assert q.speaker is not None and q.speaker.mention == "die Ärzte"


@pytest.mark.parametrize("text,speaker", [
    # (several unions: no name, the mention; fx39)
    ("Die Gewerkschaften warnen die Regierung: „Die Zahlen sagen etwas anderes.“", "Die Gewerkschaften"),
    ("Die Grünen kritisieren die Regierung: „Die Zahlen sagen etwas anderes.“", "Grünen"),
    ("Die Gewerkschaft will die Regierung warnen: „Die Zahlen sagen etwas anderes.“", "Gewerkschaft"),
])
def test_plural_subject_or_an_infinitive_keeps_the_subject_first(text, speaker):
    assert confident_who(_said(text)) == speaker


@pytest.mark.parametrize("text,speaker", [
    ("„Wir haben nichts gesehen“, sagte der Angeklagte der Staatsanwaltschaft zufolge.", "der Angeklagte"),
    ("„Wir haben nichts gesehen“, sagte der Fahrer Polizeiangaben zufolge.", "der Fahrer"),
    ("„Wir haben nichts gesehen“, sagte der Anwalt des Angeklagten der Zeitung zufolge.", "der Anwalt des Angeklagten"),
    ("„Wir haben nichts gesehen“, sagte der Sprecher der Polizei ihrer Mitteilung zufolge.", "der Sprecher der Polizei"),
    ("„Wir haben nichts gesehen“, erklärte der Zeuge Hans Maier dem Protokoll zufolge.", "der Zeuge Hans Maier"),
    ("„Wir haben nichts gesehen“, sagte Paul Weber der Zeitung zufolge.", "Paul Weber"),
    ("„Wir haben nichts gesehen“, sagte der Sprecher der Staatsanwaltschaft.", "der Sprecher der Staatsanwaltschaft"),
])
def test_source_of_zufolge_after_the_speaker_is_not_part_of_the_speaker(text, speaker):
    q = _said(text)
    assert q.speaker is not None and q.speaker.mention == speaker


@pytest.mark.parametrize("text", [
    "Der Abend war lang. „Gute Nacht, bis morgen“, sagte sie.",
    "Der Abend war lang. „Gute Nacht, bis morgen“ sagte sie.",
    "Der Abend war lang. „Gute Nacht, bis morgen“, sagten wir.",
    "Der Abend war lang. „Gute Nacht, bis morgen“, sagte sie. „Schlaft gut, Kinder“, fügte sie hinzu.",
    "Der Abend war lang. „Schöne Grüße an Paul Weber“, sagte sie. „Schlaft gut, Kinder“, fügte sie hinzu.",
])
def test_pronoun_pointing_back_at_no_one_named_stays_below_the_bar(text):
    for q in normalised_quotes_in(text):
        assert q.speaker is not None and q.speaker.mention in ("sie", "wir")
        assert (q.speaker.confidence or 0) < BAR and not q.speaker.name


@pytest.mark.parametrize("text,who", [
    ("Klara Sommer kam spät. „Gute Nacht, bis morgen“, sagte sie. „Schlaft gut, Kinder“, fügte sie hinzu.", "Klara Sommer"),
    ("Klara Sommer kam spät. „Gute Nacht“, sagte Paul Weber. „Schlaft gut, Kinder“, fügte er hinzu.", "Paul Weber"),
])
def test_pronoun_with_a_named_antecedent_keeps_it(text, who):
    q = normalised_quote_containing(text, "Schlaft gut")
    assert confident_who(q) == who


@pytest.mark.parametrize("text,speaker", [
    ("Widerspruch kam am Montag von Klara Sommer: „Das ist ein Irrweg.“", "Klara Sommer"),
    ("Kritik an Klara Sommer kam am Montag von Paul Weber: „Das ist ein Irrweg.“", "Paul Weber"),
    ("Eine Antwort hat die Zeitung vom Ministerium erhalten: „Wir prüfen den Vorgang noch.“", "Ministerium"),
    ("Eine Antwort hat die Zeitung am Freitag vom Ministerium erhalten: „Wir prüfen den Vorgang noch.“", "Ministerium"),
    ("Die Redaktion hat vom Ministerium eine Antwort erhalten: „Wir prüfen den Vorgang noch.“", "Ministerium"),
    ("Widerspruch kam am Montag vom Verband der Ärzte: „Das ist ein Irrweg.“", "Verband der Ärzte"),
])
def test_who_a_speech_act_came_from_speaks(text, speaker):
    q = _said(text)
    assert q.speaker is not None and speaker in (q.speaker.name or q.speaker.mention)


@pytest.mark.parametrize("text,not_speaker", [
    ("Widerspruch kam am Montag nicht von Klara Sommer: „Das ist ein Irrweg.“", "Klara Sommer"),
    ("Eine Antwort hatte Paul Weber von der Ministerin bekommen: „Wir prüfen den Vorgang noch.“", "Paul Weber"),
    ("Kritik hat der Vorschlag von Olaf Scholz erhalten: „Das ist ein Irrweg.“", "Olaf Scholz"),
    ("Kritik an Klara Sommer kam am Montag von Paul Weber: „Das ist ein Irrweg.“", "Klara Sommer"),
])
def test_negated_source_recipient_or_target_does_not_speak(text, not_speaker):
    q = _said(text)
    assert q.speaker is None or (q.speaker.name or q.speaker.mention).split()[-1] != not_speaker.split()[-1]


def test_genitive_after_the_noun_of_a_prepositional_phrase_is_no_subject():
    q = _said("Widerspruch kam am Montag vom Verband der Ärzte: „Das ist ein Irrweg.“")
    assert q.speaker is not None and q.speaker.mention != "der Ärzte"


@pytest.mark.parametrize("word,forms", [
    ("landrat", {"landräte", "landrätin"}),
    ("pflegekraft", {"pflegekräfte"}),
    ("bischof", {"bischöfe", "bischöfin"}),
    ("anwalt", {"anwälte", "anwältin"}),
    ("feuerwehrmann", {"feuerwehrleute", "feuerwehrmänner", "feuerwehrfrau"}),
])
def test_german_role_forms_with_an_umlaut_are_derived(word, forms):
    from aligner.quotes.lexicon import umlaut_forms_de
    assert forms <= set(umlaut_forms_de(word))


@pytest.mark.parametrize("word", ["soldat", "demokrat", "kandidat", "virologe", "fotograf", "präsident", "polizist"])
def test_role_nouns_with_a_plain_plural_get_no_umlaut_form(word):
    from aligner.quotes.lexicon import umlaut_forms_de
    assert umlaut_forms_de(word) == ()


@pytest.mark.parametrize("text,who", [
    ("Die Landräte warnen: „Das ist ein Irrweg für uns.“", "Die Landräte"),
    ("Die Pflegekräfte warnen: „Wir können nicht mehr.“", "Die Pflegekräfte"),
    ("„Wir können nicht mehr“, sagten die Feuerwehrleute am Montag.", "die Feuerwehrleute"),
    ("Die Landrätin Klara Sommer warnt: „Das ist ein Irrweg für uns.“", "Die Landrätin Klara Sommer"),
])
def test_plural_and_feminine_role_forms_are_roles(text, who):
    q = _said(text)
    assert q.speaker is not None and q.speaker.mention == who and q.speaker.confidence >= BAR
    assert q.speaker.resolved_from == "role" or q.speaker.name == "Klara Sommer"


@pytest.mark.parametrize("text,who", [
    ("Dem Landrat sagte die Ministerin: „Das ist ein Irrweg für uns.“", "die Ministerin"),
    ("Den Pflegekräften dankte die Ministerin: „Sie leisten Großes.“", "die Ministerin"),
    ("Die Landräte kritisierte der Minister: „Das ist ein Irrweg für uns.“", "der Minister"),
])
def test_a_role_in_the_dative_or_accusative_does_not_speak(text, who):
    q = _said(text)
    assert q.speaker is not None and q.speaker.mention == who


@pytest.mark.parametrize("text,who", [
    ("Die Ärzte kritisierte der Minister: „Das ist ein Irrweg für uns.“", "der Minister"),
    ("Die Pläne lobte der Verband: „Das ist gut.“", "der Verband"),
])
def test_masculine_nominative_after_a_singular_verb_speaks(text, who):
    q = _said(text)
    assert q.speaker is not None and q.speaker.mention == who


@pytest.mark.parametrize("text", [
    "Die Ministerin widersprach der SPD: „Das war anders.“",
    "Die Ministerin widersprach der Polizei: „Das war anders.“",
    "Die Ministerin antwortete der Gewerkschaft: „Das war anders.“",
    "Die Ministerin sagte dem Reporter: „Das ist gut.“",
])
def test_feminine_dative_after_the_verb_does_not_speak(text):
    q = _said(text)
    assert q.speaker is not None and q.speaker.mention == "Die Ministerin"
