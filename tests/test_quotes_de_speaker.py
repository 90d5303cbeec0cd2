"""German speaker choice: which speaker a found German quote gets (invented sentences; each test
fails without the rule it names)."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import extract_quotes


def quote_of(text: str, start: str):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de")) if q.text.startswith(start)]
    return q


def test_an_unframed_quote_goes_to_a_person_acting_in_between_not_to_the_speaker_before():
    text = ("„Die Steuern müssen sinken“, sagte Anna Weber. Als „verpasste Chance“ beurteilte der Vorsitzende des "
            "Vereins, Paul Krüger das Programm der Stadt. „Wir werden dagegen klagen und wir gewinnen.“")
    q = quote_of(text, "Wir werden")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger"


def test_the_person_in_between_may_follow_a_fronted_phrase_and_adverbs():
    text = ("„Die Steuern müssen sinken“, erklärte die Verbandschefin Anna Weber. Am Rande einer Sitzung in Hannover "
            "nahm jetzt auch der Bürgermeister der Stadt, Paul Krüger, zu der Frage Stellung. Die Kosten seien „viel zu "
            "hoch für die Stadt“.")
    q = quote_of(text, "viel zu")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger"


def test_the_subject_of_reported_speech_in_between_is_no_new_speaker():
    # "Die Regierung habe …" (Konjunktiv I) is what Weber said, not something the government does
    text = ("„Die Steuern müssen sinken“, sagte Anna Weber. Die Regierung habe den Plan längst abgelehnt. "
            "„Wir werden dagegen klagen und wir gewinnen.“")
    q = quote_of(text, "Wir werden")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_a_role_the_text_gives_the_speaker_before_is_still_that_speaker():
    text = ("„Die Steuern müssen sinken“, sagte Bundesministerin Anna Weber. Die Ministerin verwies auf die Zahlen "
            "des Vorjahres. „Wir werden dagegen klagen und wir gewinnen.“")
    q = quote_of(text, "Wir werden")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_the_subject_of_a_subjunctive_clause_is_part_of_the_message_not_its_speaker():
    text = ("„Das Geld ist sicher“, erklärte die Schulministerin Anna Weber am Montag. Jeder Lehrer könne „das Konto "
            "jetzt einlösen oder später“.")
    q = quote_of(text, "das Konto")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_a_pronoun_subject_of_a_subjunctive_clause_is_still_the_speaker():
    text = ("Am Montag trat Paul Krüger sein Amt an. Die Lage sei ernst. Er werde „alles für die Stadt tun, was nötig "
            "ist“.")
    q = quote_of(text, "alles für")
    assert q.speaker is not None and q.speaker.mention == "Er"


def test_the_quotes_own_sentence_names_an_organisation_acting_before_it():
    text = ("„Wir brauchen das Geld“, sagte Bürgermeister Paul Krüger. Der Stadtrat hatte sich erhofft, dass die "
            "Einnahmen „in die maroden Schulen fließen“ würden.")
    q = quote_of(text, "in die maroden")
    assert q.speaker is not None and q.speaker.mention == "Der Stadtrat"


def test_a_thing_reported_in_the_konjunktiv_is_no_speaker_of_the_quote_after_it():
    # "zeige" is not in the list of subjunctive forms: a third person in -e that is no past tense
    text = ("„Die Gebühren helfen den Hochschulen“, sagte die Ministerin Anna Weber am Montag. Die Umfrage zeige in "
            "Wahrheit, „dass die meisten Studenten zufrieden sind“.")
    q = quote_of(text, "dass die meisten")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_an_object_after_the_verb_is_no_person_acting_in_between():
    text = ("„Die Steuern müssen sinken“, sagte Anna Weber. Am Montag traf den Minister Paul Krüger keine Schuld. "
            "Die Kosten seien „viel zu hoch für die Stadt“.")
    q = quote_of(text, "viel zu")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_the_subject_of_a_konjunktiv_ii_clause_is_no_person_acting_in_between():
    text = ("Der Sprecher des Ministeriums, Paul Krüger, antwortete darauf, dass die Frage nicht gestellt worden sei. "
            "Die Länder würden aber „entschlossen“ handeln.")
    q = quote_of(text, "entschlossen")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger"
