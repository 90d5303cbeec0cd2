"""German speakers in session 18b (invented sentences): a bare adverb before the verb of saying with a
nominative subject after it, a surname followed by the verb's object, nested sources, relative clauses
after a document noun."""

import pytest

from tests.quote_helpers import mention, quote_containing


@pytest.mark.parametrize("text,who", [
    ("Scharf kritisierte der Verband die Pläne: „Das ist ein Angriff auf die Beschäftigten.“", "der Verband"),
    ("Heftig widersprach der Minister: „Davon kann keine Rede sein.“", "der Minister"),
    ("Energisch protestierte er: „Das lassen wir uns nicht gefallen.“", "er"),
])
def test_bare_word_before_the_verb_is_no_subject_before_a_nominative(text, who):
    assert mention(quote_containing(text, text.split("„")[1][:12])) == who


@pytest.mark.parametrize("text,who", [
    ("Müller sagte der Bild: „Das geht so nicht weiter.“", "Müller"),  # "der Bild": a feminine dative
    ("Schulz widersprach der Ministerin: „Sie haben viel geleistet.“", "Schulz"),
])
def test_name_before_a_feminine_dative_stays_the_speaker(text, who):
    assert mention(quote_containing(text, text.split("„")[1][:12])) == who


def test_surname_before_the_verbs_object():
    text = ("Die Ministerin Petra Holzner hat einen Plan. „Wir handeln jetzt“, sagte Holzner am Montag. "
            "Wenn sich die Preise nicht beruhigen, schloss Holzner Gespräche mit den Ländern über neue Regeln nicht aus.")
    assert mention(quote_containing(text, "Wenn sich die Preise")) == "Holzner"


def test_two_word_name_after_the_verb_stays_whole():
    text = ("Der Sprecher Jonas Keller war da. Wenn sich nichts ändert, drohte Jonas Keller mit einem Streik aller Beschäftigten.")
    q = quote_containing(text, "Wenn sich nichts")
    assert mention(q) in (None, "Jonas Keller")


@pytest.mark.parametrize("text,who", [
    ("Nach Angaben der Polizei handelt es sich um einen Einzeltäter, der nach Bewertung von Experten "
     "„völlig planlos“ gehandelt habe.", "Experten"),
    ("Nach Angaben des Ministeriums gibt es einen neuen Plan, der nach Einschätzung von Ärzten und Pflegern "
     "„kaum umsetzbar“ sei.", "Ärzten und Pflegern"),
    ("Laut Innenministerium wurden drei Männer festgenommen, die nach Einschätzung von Ermittlern "
     "„zu einer Bande“ gehören.", "Ermittlern"),
])
def test_nearer_view_source_owns_the_words_in_marks(text, who):
    q = quote_containing(text, text.split("„")[1].split("“")[0])
    assert mention(q) == who


def test_one_view_source_keeps_the_words():
    text = "Nach Angaben der Polizei handelt es sich um einen Einzeltäter, der „völlig planlos“ gehandelt habe."
    assert mention(quote_containing(text, "völlig planlos")) == "der Polizei"
    text = "Laut Polizei handelt es sich um einen Einzeltäter, der „völlig planlos“ gehandelt habe."
    assert mention(quote_containing(text, "völlig planlos")) == "Polizei"


@pytest.mark.parametrize("text,who", [
    ("Der Bericht, in dem von „gravierenden Mängeln im Betrieb“ die Rede ist, wurde am Montag veröffentlicht.", "Der Bericht"),
    ("Die Fraktion hatte im Mai einen Antrag im Landtag eingebracht, in dem eine „rasche Lösung für die Pendler“ "
     "gefordert wird.", "einen Antrag"),
])
def test_relative_clause_after_a_document_names_the_document(text, who):
    assert mention(quote_containing(text, text.split("„")[1].split("“")[0])) == who


@pytest.mark.parametrize("text,who", [
    ("Der Bericht, in dem der Minister „schwere Fehler der Behörde“ einräumt, wurde am Montag veröffentlicht.", "der Minister"),
    ("Sie wohnt in einem Haus, in dem früher „Die Bank am Markt“ residierte.", None),
])
def test_relative_clause_speaker_or_no_document(text, who):
    # the clause's own speaker (or none found) rather than the document; a house is no document
    assert mention(quote_containing(text, text.split("„")[1].split("“")[0])) in (who, None)
