"""fx152: speakers of court and human-rights reports (rv84 findings): a read-out document, a witness named by a
first name, middle initials, an unnamed former guard."""

from __future__ import annotations

import pytest

import aligner


def _speaker(text: str, lang: str):
    quotes = aligner.extract_quotes(aligner.Article(id="a", text=text, language=lang))
    assert len(quotes) == 1
    return quotes[0].speaker


def _confident(speaker) -> str | None:
    """The speaker's name or mention where it stands at the bar (>= 0.8), else None."""
    if speaker is None or (speaker.confidence or 0) < 0.8:
        return None
    return speaker.name or speaker.mention


# rv84-17: a document read out is the author's words, never the reader's at the bar
@pytest.mark.parametrize("text, lang, reader", [
    ('Prosecutor Lena Vogt read from the accused\'s diary: "Next week I will settle the score."', "en", "Vogt"),
    ('Judge Tara Bell read from the defendant\'s confession: "I did it alone."', "en", "Bell"),
    ('Defence lawyer Omar Fitz read a statement on behalf of his client: "I am sorry for the pain I caused."', "en", "Fitz"),
    ("Staatsanwalt Jens Ebert verlas einen Eintrag aus dem Tagebuch des Angeklagten: „Nächste Woche räume ich auf.“", "de", "Ebert"),
    ("Staatsanwalt Jens Ebert las aus dem Tagebuch des Angeklagten vor: „Nächste Woche räume ich auf.“", "de", "Ebert"),
    ("Die Richterin verlas einen Brief der Mutter des Opfers: „Ich verzeihe nichts.“", "de", "Richterin"),
])
def test_a_read_out_document_is_not_the_readers(text, lang, reader):
    name = _confident(_speaker(text, lang))
    assert name is None or reader not in name


@pytest.mark.parametrize("text, lang, reader", [
    ('Prosecutor Lena Vogt read out his own statement: "I have served this court for twenty years."', "en", "Lena Vogt"),
    ("Die Richterin verlas das Urteil: „Der Angeklagte wird freigesprochen.“", "de", "Die Richterin"),
    ('"My client is innocent," defence lawyer Omar Fitz said on behalf of his client.', "en", "Omar Fitz"),
])
def test_the_readers_own_words_stay_his(text, lang, reader):
    assert _confident(_speaker(text, lang)) == reader


# rv84-22: a witness named by a first name alone, then an apposition that names whoever interviewed him
@pytest.mark.parametrize("frame, name", [
    ("said Ahmad, a former detainee interviewed by Human Rights Watch", "Ahmad"),
    ("said Ahmad, a former detainee who spoke to Tom Reed", "Ahmad"),
    ("said Layla, a nurse who worked with Amnesty International", "Layla"),
    ("said Smith, of Amnesty International", "Smith"),
    ("said Samir Haddad, a former detainee interviewed by Human Rights Watch", "Samir Haddad"),
    ("said the spokesman for Tom Reed, Jake Hill", "Jake Hill"),
])
def test_the_one_who_interviewed_the_witness_is_not_the_speaker(frame, name):
    assert _speaker(f'"They beat us every night," {frame}.', "en").name == name


def test_a_full_name_after_a_genitive_place_still_wins():
    assert _speaker("„Wir bleiben dabei“, sagte der Sprecher des Parteichefs Hanois, Pham Quang Nghi.", "de").name == "Pham Quang Nghi"


# rv84-21: middle initials stay inside the name
@pytest.mark.parametrize("frame, name", [
    ("said Karim A. A. Khan KC, the prosecutor of the court", "Karim A. A. Khan"),
    ("said Karim A.A. Khan", "Karim A.A. Khan"),
    ("said Omar H. A. Bashir on Monday", "Omar H. A. Bashir"),
    ("said George W. Bush", "George W. Bush"),
])
def test_middle_initials_stay_in_the_name(frame, name):
    assert _speaker(f'"There are grounds to act," {frame}.', "en").name == name


def test_a_sentence_after_an_initial_is_no_name():
    assert _speaker('"Act now," said Tom A. A spokesman later denied it.', "en").name != "Tom A. A spokesman"


# rv84-11: an unnamed former guard or detainee is a role, never an organisation's name
@pytest.mark.parametrize("text, lang, role", [
    ('"I saw the prisoners being beaten," a former guard told the judges.', "en", "former guard"),
    ('"I saw the prisoners being beaten," a former prison guard told the judges.', "en", "former prison guard"),
    ('"They beat us every night," said a former detainee.', "en", "former detainee"),
    ('"Nobody saw anything," a security guard at the bank told reporters.', "en", "security guard"),
    ("„Ich sah, wie die Gefangenen geschlagen wurden“, sagte ein früherer Wärter.", "de", "früherer Wärter"),
    ("„Man schlug uns jede Nacht“, sagte ein ehemaliger Häftling vor Gericht.", "de", "ehemaliger Häftling"),
])
def test_an_unnamed_guard_is_a_role(text, lang, role):
    speaker = _speaker(text, lang)
    assert speaker.name is None and role in (speaker.role or speaker.mention)


def test_the_coast_guard_stays_a_service():
    from aligner.quotes.speakers import parse_mention
    assert parse_mention("the coast guard", "en")[2] == "group"
    assert parse_mention("the Coast Guard", "en")[2] == "group"


# rv84-6: a judge's office at a court before the name, as the subject of a colon frame
@pytest.mark.parametrize("subject, name", [
    ("Richter am Landgericht Thomas Heller", "Thomas Heller"),
    ("Richter am Landgericht Dr. Thomas Heller", "Thomas Heller"),
    ("Die Vorsitzende Richterin am Amtsgericht Anna Roth", "Anna Roth"),
])
def test_a_judges_court_office_keeps_the_name(subject, name):
    assert _speaker(f"{subject} sagte: „Die Beweislage ist erdrückend.“", "de").name == name


def test_a_spokesman_at_a_court_is_no_name():
    speaker = _speaker("Ein Sprecher am Landgericht Berlin sagte: „Das Urteil fällt morgen.“", "de")
    assert speaker.name is None
