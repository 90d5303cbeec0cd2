"""German quotes the frame rules leave without a speaker: possessive colon frames, relative clauses,
documents in colon frames, a sentence after the quote naming whose words they were (invented
sentences; each test fails without its rule)."""

from __future__ import annotations

from quote_helpers import quote_starting

from aligner.quotes.base import rule_of
from aligner.quotes.confidence import CONFIDENT

QUOTE = "„Das war jeden Cent wert, und das sage ich ganz offen.“"


def test_a_possessive_view_frame_speaks_for_the_man_named_before():
    q = quote_starting("Der Bürgermeister Paul Krüger eröffnete am Montag die neue Brücke. Seine Meinung zu den Kosten: " + QUOTE,
                       "Das war")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "possessive-view"
    assert q.speaker.confidence is not None and q.speaker.confidence < CONFIDENT  # resolved sentences back: a guess


def test_a_possessive_view_frame_of_its_own_sentence_goes_back_past_a_pronoun():
    text = ("Die Bürgermeisterin Anna Weber eröffnete am Montag die neue Brücke. Sie sprach vor vielen Gästen. "
            "Ihr Fazit:\n\n" + QUOTE)
    q = quote_starting(text, "Das war")
    assert q.speaker is not None and q.speaker.name == "Anna Weber" and rule_of(q) == "possessive-view"


def test_sein_never_points_at_a_woman():
    q = quote_starting("Die Bürgermeisterin Anna Weber eröffnete am Montag die neue Brücke. Seine Meinung zu den Kosten: " + QUOTE,
                       "Das war")
    assert q.speaker is None or q.speaker.name != "Anna Weber"


def test_a_possessive_with_a_noun_of_view_is_no_speaker_of_its_own():
    q = quote_starting("Anna Weber kam am Montag nach Berlin. Ihre Botschaft an die Regierung: " + QUOTE, "Das war")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"  # not "Ihre Botschaft"


def test_a_possessive_person_noun_is_no_view():
    q = quote_starting("Paul Krüger eröffnete am Montag die neue Brücke. Seine Frau zu den Kosten: " + QUOTE, "Das war")
    assert q.speaker is None or q.speaker.name != "Paul Krüger"  # the wife speaks, not he


def test_the_speech_verb_of_a_relative_clause_in_a_colon_frame_names_its_antecedent():
    text = ("Am Nachmittag versammelten sich hunderttausende von Studenten, die unter anderem skandierten: "
            "„Gebt uns unsere Stimmen zurück!“")
    q = quote_starting(text, "Gebt uns")
    assert q.speaker is not None and "Studenten" in q.speaker.mention and rule_of(q) == "relative-frame"


def test_a_document_in_a_colon_frame_with_a_verb_of_writing_is_the_source():
    text = "Derzeit steht in dem Gesetzentwurf für ein neues Meldegesetz noch der Satz: „Die Daten sind nach einem Jahr zu löschen.“"
    q = quote_starting(text, "Die Daten")
    assert q.speaker is not None and "Gesetzentwurf" in q.speaker.mention and rule_of(q) == "document-colon"


def test_darin_points_at_the_document_of_the_sentence_before():
    text = "Der Verband legte am Montag einen Bericht vor. Wörtlich heißt es darin: „Die Lage ist ernster als gedacht.“"
    q = quote_starting(text, "Die Lage")
    assert q.speaker is not None and "Bericht" in q.speaker.mention and rule_of(q) == "document-colon"


def test_a_sentence_after_the_quote_names_whose_statement_it_was():
    q = quote_starting("„Jeder Vierte hält die Reform für gescheitert.“ Das ist die zentrale Aussage einer Studie der Universität.",
                       "Jeder")
    assert q.speaker is not None and "Studie" in q.speaker.mention and rule_of(q) == "points-back"
    q = quote_starting("„Wir müssen die Regeln bald ändern.“ So lautet das Fazit des Ministers Paul Krüger.",
                       "Wir müssen")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "points-back"


def test_a_sentence_that_only_goes_on_names_no_one():
    q = quote_starting("„Wir müssen die Regeln bald ändern.“ Das ist die Lage in vielen Städten des Landes.",
                       "Wir müssen")
    assert q.speaker is None  # "die Lage" is no noun of view


def test_the_agent_of_a_passive_verb_of_naming_said_it():
    q = quote_starting("Der Plan wurde von Innenminister Paul Krüger als „völlig unausgegoren und gefährlich“ bezeichnet.",
                       "völlig")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "passive-agent"
    q = quote_starting("Der Plan wurde am Montag vom Verband der Lehrer als „völlig unausgegoren und gefährlich“ kritisiert.",
                       "völlig")
    assert q.speaker is not None and "Verband" in q.speaker.mention and rule_of(q) == "passive-agent"


def test_a_passive_that_names_no_one_gives_no_speaker():
    q = quote_starting("Das Gericht sieht neue Gefahren. Daraus wird ein „grundrechtlich erhebliches Schutzbedürfnis der Bürger“ abgeleitet.",
                       "grundrechtlich")
    assert q.speaker is None or rule_of(q) != "passive-agent"


def test_a_paper_the_words_stand_in_is_their_source():
    q = quote_starting("In der Zeitung fand sich dazu die Feststellung „Wir stellen die Redaktion ganz neu auf“.",
                       "Wir stellen")
    assert q.speaker is not None and "Zeitung" in q.speaker.mention and rule_of(q) == "publication-in"
    q = quote_starting("Die Stadtwerke wurden gestern im „Kurier“ als „eine sehr bedeutende Organisation der Stadt“ bezeichnet.",
                       "eine sehr")
    assert q.speaker is not None and q.speaker.mention == "Kurier" and rule_of(q) == "publication-in"


def test_the_subject_after_a_dative_object_and_a_time_adverbial_said_it():
    for frame, name in ((", sagte dem Sender RBB Paul Krüger am Montag.", "Paul Krüger"),
                        (", sagte dem Sender RBB am Montag Paul Krüger.", "Paul Krüger"),
                        (", sagte gegenüber der Zeitung Anna Weber am Montag in Berlin.", "Anna Weber")):
        q = quote_starting("Die Debatte geht weiter. „Wir werden die Regeln bald ändern müssen“" + frame, "Wir werden")
        assert q.speaker is not None and q.speaker.name == name and rule_of(q) == "subject-after-object", frame


def test_a_noun_phrase_after_the_object_that_goes_on_as_a_clause_is_no_subject():
    q = quote_starting("Die Debatte geht weiter. „Wir werden die Regeln bald ändern müssen“, sagte dem Sender RBB Paul Krüger und lachte.",
                       "Wir werden")
    assert q.speaker is None or rule_of(q) != "subject-after-object"


def test_a_thing_a_relative_clause_says_the_words_are_written_on_is_their_source():
    q = quote_starting("Ab 1939 musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: „Denke daran: Das Abhören ist verboten.“",
                       "Denke daran")
    assert q.speaker is not None and q.speaker.mention == "ein Zettel" and rule_of(q) == "document-colon"


def test_an_adverb_and_a_name_the_article_introduced_frame_a_quote():
    q = quote_starting("Paul Krüger stellte den Plan am Montag vor. Dazu Krüger: „Das ist doch alles kein Spaß mehr hier.“",
                       "Das ist")
    assert q.speaker is not None and q.speaker.name == "Krüger" and rule_of(q) == "adverb-name-colon"
    q = quote_starting("Die Lage ist ernst. Dazu Krüger: „Das ist doch alles kein Spaß mehr hier.“", "Das ist")
    assert q.speaker is None  # a name the text never introduced


def test_the_switch_turns_the_frames_off():
    from aligner.quotes.choices import using

    text = "Der Verband legte am Montag einen Bericht vor. Wörtlich heißt es darin: „Die Lage ist ernster als gedacht.“"
    with using(unattributed_frames=False):
        assert quote_starting(text, "Die Lage").speaker is None
    assert quote_starting(text, "Die Lage").speaker is not None


def test_a_sentence_after_the_quote_says_whom_the_words_come_from():
    q = quote_starting("„Wer zu spät kommt, den bestraft das Leben!“ Der Satz stammt von Paul Krüger.", "Wer zu")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "words-from"
    q = quote_starting("„Wer zu spät kommt, den bestraft das Leben!“ Diese oft dem früheren Bürgermeister Paul Krüger zugeschriebene "
                       "Weisheit gilt auch hier.", "Wer zu")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "words-from"
    q = quote_starting("„Wer zu spät kommt, den bestraft das Leben!“ Der Satz stammt ursprünglich aus einem alten Lied.",
                       "Wer zu")
    assert q.speaker is None  # a song is no speaker


NEXT = "Die Sitzung begann am Montag. „Wir werden die Regeln bald ändern müssen, daran führt kein Weg vorbei.“ "


def test_a_sentence_after_the_quote_that_points_back_at_it_names_the_speaker():
    for after, name in (("Das sagte Paul Krüger.", "Paul Krüger"), ("Mit diesen Worten eröffnete Anna Weber die Sitzung.", "Anna Weber"),
                        ("Mit diesen Worten wandte sich Paul Krüger an die Presse.", "Paul Krüger"),
                        ("Diese Worte des Ministers Paul Krüger sorgten für Aufsehen.", "Paul Krüger"),
                        ("Paul Krügers Worte sorgten für Aufsehen.", "Paul Krüger")):
        q = quote_starting(NEXT + after, "Wir werden")
        assert q.speaker is not None and q.speaker.name == name and rule_of(q) == "next-sentence-frame", after
        assert q.speaker.confidence is not None and q.speaker.confidence < CONFIDENT


def test_a_pointer_without_a_verb_of_saying_or_quoting_someone_names_no_speaker():
    q = quote_starting(NEXT + "Das finden viele Bürger in der Stadt.", "Wir werden")
    assert q.speaker is None  # agreeing is no saying
    q = quote_starting(NEXT + "Mit diesen Worten zitiert die Zeitung den Minister Paul Krüger.", "Wir werden")
    assert q.speaker is None or q.speaker.name != "Zeitung"  # the paper quotes, the minister spoke


def test_a_surname_the_article_introduced_after_a_first_name_speaks_though_it_looks_like_a_noun():
    intro = "Firmenchef Stefan Hartung hofft auf eine breite Debatte. "
    q = quote_starting(intro + "„Erst mal ist es doch sehr beruhigend, dass die Regierung so schnell handelt“, sagte Hartung.",
                       "Erst mal")
    assert q.speaker is not None and q.speaker.name == "Hartung" and rule_of(q) == "introduced-surname"
    q = quote_starting(intro + "Hartung sagte: „Erst mal ist es doch sehr beruhigend, dass die Regierung so schnell handelt.“",
                       "Erst mal")
    assert q.speaker is not None and q.speaker.name == "Hartung" and rule_of(q) == "introduced-surname"
    q = quote_starting("„Erst mal ist es doch sehr beruhigend, dass die Regierung so schnell handelt“, sagte Hartung.",
                       "Erst mal")
    assert q.speaker is None  # never introduced: "Hartung" may be a thing
    q = quote_starting("Zuvor hatte Frau Jung den Plan vorgestellt. „Wir werden die Regeln bald ändern müssen“, sagte Jung.",
                       "Wir werden")
    assert q.speaker is not None and q.speaker.name == "Jung" and rule_of(q) == "introduced-surname"


def test_a_person_named_by_age_with_digits_speaks():
    q = quote_starting("Und was ist das Rezept? „Mich hält die Bewegung jung“, sagt die 102-Jährige zu einer Zeitung.",
                       "Mich hält")
    assert q.speaker is not None and q.speaker.mention == "die 102-Jährige" and rule_of(q) in ("age-noun", "frame-after")


def test_dort_heisst_es_after_a_statement_without_a_document_is_its_author():
    text = ("Die beiden haben sich getrennt. Das bestätigte der Anwalt Paul Krüger gegenüber der Zeitung in gleichem Wortlaut. "
            "Dort heißt es: „Ich kann bestätigen, dass mein Mandant die Scheidung eingereicht hat.“")
    q = quote_starting(text, "Ich kann")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "statement-there"
    q = quote_starting("Die Stadt liegt am Meer. Dort heißt es: „Die Lage ist ernster als gedacht.“", "Die Lage")
    assert q.speaker is None  # a place, no statement


def test_a_copula_frame_of_conviction_after_the_quote_names_its_holder():
    q = quote_starting("„Wir werden das Spiel gewinnen, daran habe ich keinen Zweifel“, ist sich Trainer Paul Krüger sicher.",
                       "Wir werden")
    assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == "conviction-after"
    q = quote_starting("„Wir werden das Spiel gewinnen, daran habe ich keinen Zweifel“, ist das Ergebnis sicher.",
                       "Wir werden")
    assert q.speaker is None  # a thing is no holder of a view


def test_a_clause_after_a_dash_that_points_back_at_the_quote_names_the_speaker():
    for after, rule in ((" – mit diesen Worten eröffnete Paul Krüger die Sitzung.", "next-sentence-frame"),
                        (" – das sagte Paul Krüger.", "next-sentence-frame"),
                        (" – so lautet das Fazit von Paul Krüger.", "points-back"),
                        (" – diese Worte stammen von Paul Krüger.", "words-from")):
        q = quote_starting(NEXT.replace("vorbei.“ ", "vorbei“") + after, "Wir werden")
        assert q.speaker is not None and q.speaker.name == "Paul Krüger" and rule_of(q) == rule, after
    q = quote_starting(NEXT.replace("vorbei.“ ", "vorbei“") + " – das ist die Lage in vielen Städten.", "Wir werden")
    assert q.speaker is None
