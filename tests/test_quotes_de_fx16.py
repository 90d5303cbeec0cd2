"""German post-pass rules must not name someone who denied, judged or only heard the words, whose
origin is denied, or who is the agent of another verb (invented sentences; each test fails without
its fix)."""

from __future__ import annotations

import pytest
from quote_helpers import quote_starting, speaker_name

from aligner.quotes.base import rule_of

QUOTE = "„Die Brücke wird im Herbst fertig.“"


@pytest.mark.parametrize("after", [
    "Das behauptete Paul Krüger keineswegs.",
    "Das hat Paul Krüger so niemals erklärt.",
    "Das stritt Paul Krüger am Dienstag ab.",
    "Das wies Paul Krüger entschieden zurück.",
    "Das bezweifelte Paul Krüger.",
    "Das kritisierte Paul Krüger im Stadtrat.",
    "Diese Worte las Paul Krüger in der Zeitung.",
    "Solche Sätze kannte Paul Krüger nur aus dem Wahlkampf.",
])
def test_next_sentence_frame_names_no_one_who_denied_judged_or_heard_the_words(after):
    assert speaker_name(quote_starting(QUOTE + " " + after, "Die Brücke")) != "Paul Krüger"


@pytest.mark.parametrize("after", [
    "Das betonte Paul Krüger am Dienstag.",
    "Das sagte Paul Krüger, nicht sein Stellvertreter.",
    "Das sagte Paul Krüger nicht nur einmal.",
    "Mit diesen Worten eröffnete Paul Krüger die Sitzung.",
])
def test_next_sentence_frame_still_names_who_said_the_words(after):
    q = quote_starting(QUOTE + " " + after, "Die Brücke")
    assert speaker_name(q) == "Paul Krüger" and rule_of(q) == "next-sentence-frame", after


@pytest.mark.parametrize("after", [
    "Der Spruch stammt keineswegs von Paul Krüger.",
    "Der Satz stammt vermeintlich von Paul Krüger, tatsächlich aber von seinem Vorgänger.",
    "Die Aussage stammte angeblich von Paul Krüger.",
    "Der Satz stammt von Paul Krüger, doch der bestreitet das.",
])
def test_words_from_names_no_one_whose_authorship_is_denied_or_doubted(after):
    assert speaker_name(quote_starting(QUOTE + " " + after, "Die Brücke")) != "Paul Krüger"


def test_words_from_still_names_the_author():
    q = quote_starting(QUOTE + " Der Satz stammt von Paul Krüger.", "Die Brücke")
    assert speaker_name(q) == "Paul Krüger" and rule_of(q) == "words-from"


@pytest.mark.parametrize("text, wrong", [
    ("Das Gesetz wurde vom Landtag verabschiedet und vom Bund der Steuerzahler als „teurer Unsinn“ kritisiert.", "Landtag"),
    ("Das Gesetz wurde von Paul Krüger eingebracht und danach als „teurer Unsinn“ bezeichnet.", "Paul Krüger"),
    ("Das Gutachten wurde von Paul Krüger an die Stadt geschickt, die man „teuren Unsinn“ nennt.", "Paul Krüger"),
])
def test_passive_agent_of_another_verb_or_clause_is_not_the_speaker(text, wrong):
    q = quote_starting(text, "teur")
    assert q.speaker is None or wrong not in q.speaker.mention


def test_passive_agent_of_the_second_part_speaks():
    q = quote_starting("Das Gesetz wurde vom Landtag verabschiedet und vom Bund der Steuerzahler als „teurer Unsinn“ kritisiert.",
                       "teurer")
    assert q.speaker is not None and "Bund der Steuerzahler" in q.speaker.mention and rule_of(q) == "passive-agent"


def test_passive_agent_with_an_apposition_still_speaks():
    q = quote_starting("Das Gesetz wurde von Paul Krüger, dem Finanzminister, als „teurer Unsinn“ bezeichnet.",
                       "teurer")
    assert speaker_name(q) == "Paul Krüger" and rule_of(q) == "passive-agent"


@pytest.mark.parametrize("text, wrong, right", [
    ("„Die Brücke wird im Herbst fertig“, erklärte der Zeitung ein Sprecher der Stadt.", "Zeitung", "Sprecher"),
    ("„Die Brücke wird im Herbst fertig“, sagte der Nachrichtenagentur eine Sprecherin.", "Nachrichtenagentur", "Sprecherin"),
    ("„Die Brücke wird im Herbst fertig“, versicherte der Kommission ein Beamter.", "Kommission", "Beamter"),
])
def test_a_feminine_noun_after_der_is_the_one_addressed_not_the_speaker(text, wrong, right):
    q = quote_starting(text, "Die Brücke")
    assert q.speaker is None or wrong not in q.speaker.mention
    assert q.speaker is not None and right in q.speaker.mention


@pytest.mark.parametrize("text, speaker", [
    ("„Die Brücke wird im Herbst fertig“, sagte der Regisseur.", "Regisseur"),
    ("„Die Brücke wird im Herbst fertig“, sagte der Leiter der Verwaltung.", "Leiter der Verwaltung"),
    ("„Die Brücke wird im Herbst fertig“, sagte der Zeitung Paul Krüger.", "Paul Krüger"),
])
def test_a_masculine_subject_after_the_verb_still_speaks(text, speaker):
    q = quote_starting(text, "Die Brücke")
    assert q.speaker is not None and speaker in q.speaker.mention


@pytest.mark.parametrize("text, wrong", [
    ("Tagelang hat der Verein bestritten, dass es „grobe Fehler“ gab.", "Tagelang"),
    ("Vergeblich hat die Behörde betont, dass es „grobe Fehler“ gab.", "Vergeblich"),
])
def test_a_fronted_adverb_is_no_speaker(text, wrong):
    q = quote_starting(text, "es „grobe")
    assert q.speaker is None or q.speaker.name != wrong


def test_a_surname_with_an_adverb_ending_still_speaks():
    q = quote_starting("Die Ärztin Anna Fröhlich kam am Montag. Fröhlich hat betont, dass es „grobe Fehler“ gab.",
                       "es „grobe")
    assert speaker_name(q) is not None and "Fröhlich" in speaker_name(q)


@pytest.mark.parametrize("before", [
    "Das bestritt der Anwalt Paul Krüger gegenüber der Zeitung.",
    "Das wollte der Anwalt Paul Krüger gegenüber der Zeitung nicht bestätigen.",
])
def test_statement_there_names_no_one_who_denied(before):
    q = quote_starting(before + " Dort heißt es: " + QUOTE, "Die Brücke")
    assert q.speaker is None or q.speaker.name != "Paul Krüger"


@pytest.mark.parametrize("after", [
    "Nach diesen Worten ergriff Paul Krüger das Wort.",
    "Paul Krügers Worte klangen dagegen ganz anders.",
])
def test_next_sentence_frame_names_no_one_who_answered_or_spoke_otherwise(after):
    assert speaker_name(quote_starting(QUOTE + " " + after, "Die Brücke")) != "Paul Krüger"


def test_the_owner_of_the_words_still_speaks():
    q = quote_starting(QUOTE + " Paul Krügers Worte waren deutlich.", "Die Brücke")
    assert speaker_name(q) == "Paul Krüger" and rule_of(q) == "next-sentence-frame"
