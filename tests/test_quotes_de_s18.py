"""German quoted fragments whose sentence names the speaker (invented sentences): a main clause in the
perfect with its participle of saying after the quote, and a verb of saying whose preposition or particle
stands apart from it in the clause."""

import pytest

from aligner.quotes.base import find_cues
from tests.quote_helpers import mention, normalised_quote_containing, quote_containing, quotes_in


@pytest.mark.parametrize("text,who", [
    ("Merkel hat den Vorschlag als „nicht zustimmungsfähig“ bezeichnet.", "Merkel"),
    ("Anna Weber hatte die Pläne zuvor eine „Zumutung für alle Beteiligten“ genannt.", "Anna Weber"),
    ("Gestern hat die Ministerin den Vorschlag als „nicht zustimmungsfähig“ bezeichnet.", "die Ministerin"),
    ("Gestern hat sie den Vorschlag als „nicht zustimmungsfähig“ bezeichnet.", "sie"),
    ("Am Abend hatte die Gewerkschaft den Abschluss als „Verrat an allen Beschäftigten“ kritisiert.", "die Gewerkschaft"),
])
def test_perfect_main_clause_subject(text, who):
    assert mention(quote_containing(text, text.split("„")[1].split("“")[0])) == who


@pytest.mark.parametrize("text", [
    "Wir haben den Vorschlag als „nicht zustimmungsfähig“ bezeichnet.",  # the writer, no one quoted
    "Der Plan wurde gestern von ihm als „nicht zustimmungsfähig“ bezeichnet.",  # passive: the agent rule's, not this
])
def test_perfect_main_clause_takes_no_writer_or_thing(text):
    q = quote_containing(text, text.split("„")[1].split("“")[0])
    assert mention(q) is None or mention(q) == "ihm"


@pytest.mark.parametrize("text,who", [
    ("Die Ministerin sprach am Montag von „Zeitenwende und Neuanfang“.", "Ministerin"),
    ("Der Gewerkschafter Peter Braun sprach am Montag von „Erpressung der Beschäftigten“.", "Peter Braun"),
    ("Der Bürgermeister warnte am Abend vor dem „Ausverkauf der Innenstadt“.", "Bürgermeister"),
    ("Die Grünen werfen dem Minister „Untätigkeit und Ignoranz“ vor.", "Grünen"),
    ("Die Grünen warfen dem Minister in der Debatte „Untätigkeit und Ignoranz“ vor.", "Grünen"),
])
def test_object_of_the_clauses_verb_of_saying(text, who):
    q = normalised_quote_containing(text, text.split("„")[1].split("“")[0])
    assert q.speaker is not None and who in q.speaker.mention


@pytest.mark.parametrize("text", [
    "Der Trainer sprach am Montag mit der „Süddeutschen Zeitung“.",  # "sprechen mit": whom one speaks to
    "Die Ministerin sprach am Montag von der „Deutschen Bank“ und ihren Plänen.",  # a capitalised adjective: a name
    "Die Ministerin sprach am Montag im „Haus der Geschichte“.",  # no preposition of the verb
])
def test_names_stay_names(text):
    q = quote_containing(text, text.split("„")[1].split("“")[0])
    assert q.speaker is None


def test_werfen_is_a_cue_only_with_its_particle():
    for text in ("Die Demonstranten werfen Steine und Flaschen.", "Die Kinder werfen Schneebälle vor das Haus."):
        assert not find_cues(text, 0, len(text), "de")
    text = "Kritiker werfen der Regierung Untätigkeit vor."
    assert [c.lemma for c in find_cues(text, 0, len(text), "de")] == ["vorwerfen"]


def test_perfect_main_clause_leaves_a_source_in_marks_alone():
    text = "Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein Stamm benachteiligt werde."
    assert mention(quote_containing(text, "tagesschau")) is None


@pytest.mark.parametrize("text,body", [
    ("Wie der Fernsehsender CBS berichtet, schwieg das Weiße Haus. Von der Kanzlerin kam ein Glückwunsch. "
     "Sie sagte: „Das ist ein großer Tag für uns alle.“", "CBS"),  # "sie" is no masculine body
    ("Die Partei kritisierte die Pläne: „Das ist ein Skandal.“ Er sagte: „Wir klagen.“", "Partei"),  # "er" no feminine one
    ("Das Ministerium kritisierte die Pläne: „Das ist ein Skandal.“ Sie sagte: „Wir klagen dagegen.“", "Ministerium"),
])
def test_singular_pronoun_never_points_at_a_body_of_another_gender(text, body):
    q = normalised_quote_containing(text, "Wir klagen" if "Wir klagen" in text else "großer Tag")
    assert body not in (q.speaker.name or "")


@pytest.mark.parametrize("text,body", [
    ("Der Verband kritisierte die Pläne: „Das ist ein Skandal.“ Er kündigte an: „Wir klagen dagegen.“", "Verband"),
    ("Die Partei kritisierte die Pläne: „Das ist ein Skandal.“ Sie sagte: „Wir klagen dagegen.“", "Partei"),
])
def test_pronoun_of_the_bodys_gender_still_points_at_it(text, body):
    assert body in (normalised_quote_containing(text, "Wir klagen").speaker.name or "")


@pytest.mark.parametrize("text,who", [
    ("Von „Erpressung der Beschäftigten“ sprach Peter Braun.", "Peter Braun"),  # the prepositional object fronted
    ("Von „Erpressung der Beschäftigten“ sprach am Montag der Gewerkschafter Peter Braun.", "Peter Braun"),
    ("Als „großen Fehler der Regierung“ bezeichnete am Montag der Gewerkschafter Peter Braun den Plan.", "Peter Braun"),
])
def test_fronted_object_and_a_weekday_before_the_subject(text, who):
    q = normalised_quote_containing(text, text.split("„")[1].split("“")[0])
    assert q.speaker is not None and who in (q.speaker.name or "")


@pytest.mark.parametrize("text", [
    "„Wir werden klagen“, sagte am Montag der Gewerkschafter Peter Braun.",
    "„Wir werden klagen“, sagte am späten Abend Peter Braun.",
])
def test_weekday_between_verb_and_subject_keeps_the_frame_after(text):
    q = normalised_quote_containing(text, "klagen")
    assert q.speaker is not None and q.speaker.name and "Peter Braun" in q.speaker.name
    assert "rule:frame-after" in q.flags and q.speaker.confidence >= 0.8


@pytest.mark.parametrize("text,who", [
    ("In den Augen des Ministers ist das „ein schwerer Fehler der Regierung“.", "Ministers"),
    ("Das sei, in den Augen der Ministerin, „ein schwerer Fehler der Regierung“.", "Ministerin"),
])
def test_in_den_augen_names_whose_view(text, who):
    q = quote_containing(text, "Fehler")
    assert q.speaker is not None and who in q.speaker.mention


def test_eyes_in_mid_clause_are_eyes():
    assert quotes_in("Die Kinder hatten Tränen in den Augen der Mutter gesehen.") == []


def test_generic_frame_after_needs_the_german_comma():
    text = "Die Organisation „Wir helfen e.V.“ sammelt Spenden."
    assert mention(quote_containing(text, "helfen")) is None  # no comma after the marks: no frame, "Spenden" no speaker
    text = "„Wir kommen wieder“, strahlte Trotnow."
    assert mention(quote_containing(text, "kommen")) == "Trotnow"


@pytest.mark.parametrize("text,who", [
    ("Paul Krüger nannte die Strafe „völlig überzogen und ungerecht“, Trainer Max Maier bezeichnete die Karten als normal.",
     "Paul Krüger"),
    ("Die Opposition sprach von einem „Skandal ohne jedes Beispiel“, die Regierung wies das zurück.", "Opposition"),
])
def test_a_clause_with_its_own_subject_after_the_quote_is_no_frame(text, who):
    q = normalised_quote_containing(text, text.split("„")[1].split("“")[0])
    assert who in (q.speaker.name or "")


@pytest.mark.parametrize("text", [
    "„Wir bleiben hier“, wird der Bürgermeister Paul Krüger zitiert.",
    "„Wir bleiben hier“, wie der Bürgermeister Paul Krüger sagte.",
    "„Wir bleiben hier“, Bürgermeister Paul Krüger zufolge.",
    "„Wir bleiben hier“, ließ der Bürgermeister Paul Krüger mitteilen.",
])
def test_frames_after_that_do_not_open_with_the_verb(text):
    q = normalised_quote_containing(text, "bleiben")
    assert q.speaker.name == "Paul Krüger" and q.speaker.confidence >= 0.8


@pytest.mark.parametrize("text", [
    "„Der eiserne Kanzler“, wie Bismarck oft genannt wird, starb vor langer Zeit.",
    "„Uncle Ted“, wie der Senator von allen genannt wurde, war beliebt.",
    "Ausnahmen gibt es, wenn ein „besonderes Interesse der Öffentlichkeit“ besteht, wie der Fall juristisch formuliert wird.",
])
def test_a_clause_final_passive_names_no_speaker(text):
    assert mention(quote_containing(text, text.split("„")[1].split("“")[0])) is None


def test_a_chant_in_marks_is_no_one_speakers_quote():
    text = ("Der Minister sagte: „Wir prüfen das.“ "
            "Die Sprechchöre „Nieder mit der Regierung“ hallten durch die Stadt.")
    q = quote_containing(text, "Nieder")
    assert q.speaker is None and "title" in q.flags


# a dative recipient (a paper, an agency, a broadcaster) after the verb of saying and a time adverbial, or
# opening the clause, is who was told; the speaker is the noun phrase after it, or no one named
@pytest.mark.parametrize("text,who", [
    ("„Die Brücke bleibt gesperrt“, sagte am Mittwoch der Deutschen Presse-Agentur ein Sprecher der Stadt.",
     "ein Sprecher der Stadt"),
    ("„Die Brücke bleibt gesperrt“, sagte am Freitagabend der Kieler Zeitung die Bürgermeisterin.", "die Bürgermeisterin"),
    ("„Die Brücke bleibt gesperrt“, sagte am Morgen der Lokalzeitung Bauamtsleiter Jonas Vogt.", "Bauamtsleiter Jonas Vogt"),
    ("„Die Brücke bleibt gesperrt“, sagte am Abend Jonas Vogt der Lokalzeitung.", "Jonas Vogt"),
    ("Der Lokalzeitung hat die Bürgermeisterin gesagt, die Brücke bleibe „bis auf Weiteres“ gesperrt.", "die Bürgermeisterin"),
    ("Dem Regionalsender hat der Bauamtsleiter erklärt, die Brücke bleibe „bis auf Weiteres“ gesperrt.", "der Bauamtsleiter"),
    ("Der Deutschen Presse-Agentur sagte ein Sprecher der Stadt: „Die Brücke bleibt gesperrt.“", "ein Sprecher der Stadt"),
])
def test_dative_recipient_is_not_the_speaker(text, who):
    q = normalised_quote_containing(text, "gesperrt")
    assert q.speaker is not None and q.speaker.mention == who


@pytest.mark.parametrize("text,outlet", [
    ("„Die Brücke bleibt gesperrt“, sagte am Mittwoch der Nachrichtenagentur AFP ein Sprecher.", "Nachrichtenagentur"),
    ("„Die Brücke bleibt gesperrt“, sagte am Mittwoch der Zeitung „Der Kurier“ Bauamtsleiter Jonas Vogt.", "Zeitung"),
])
def test_dative_outlet_is_never_a_confident_speaker(text, outlet):
    q = normalised_quote_containing(text, "gesperrt")
    assert q.speaker is None or outlet not in q.speaker.mention or q.speaker.confidence < 0.8
