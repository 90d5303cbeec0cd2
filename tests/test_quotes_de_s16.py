"""German quote spans, speech verbs and titles (session 16; invented sentences, each test fails without its change)."""

from __future__ import annotations

import pytest
from quote_helpers import mention, quote_starting

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import find_cues


@pytest.mark.parametrize("text, start, speaker", [
    ("Die Opposition verurteilte die „völlig unverantwortliche Politik“ der Regierung.", "völlig", "Die Opposition"),
    ("Der Trainer attestierte seiner Mannschaft eine „ganz starke Leistung“.", "ganz", "Der Trainer"),
    ("Max Maier bescheinigte dem Verein eine „tiefe Krise im Management“.", "tiefe", "Max Maier"),
    ("Die Anwältin geißelte das Urteil als „Schlag ins Gesicht der Opfer“.", "Schlag", "Die Anwältin"),
    ("Die Gewerkschaft stritt ab, dass es „geheime Absprachen gegeben“ habe.", "es", "Die Gewerkschaft"),
    ("Der Sprecher deutete an, die Firma werde „alle rechtlichen Schritte prüfen“.", "die Firma", "Der Sprecher"),
])
def test_general_verbs_of_communication_give_the_fragment_its_speaker(text, start, speaker):
    # verurteilen, attestieren, bescheinigen, geißeln, abstreiten, andeuten: verbs of saying from the
    # communication-verb classes (condemn, attest, deny, hint) the cue list lacked
    assert mention(quote_starting(text, start)) == speaker


def test_a_congratulated_person_is_not_the_speaker():
    # "gratulierten Obama": the dative object after the verb; gratulieren and danken are left out of the cues
    text = ("Auch weitere Minister gratulierten Weber, so der Leiter der Behörde, Paul Krüger "
            "(„Mir fällt niemand ein, der es mehr verdient hätte.“), und der Bürgermeister.")
    assert mention(quote_starting(text, "Mir fällt")) == "Paul Krüger"


def test_the_words_a_document_speaks_of_are_the_documents():
    # "ist von … die Rede" after the quote: the document named by "in" says it (rule document-in)
    text = "In dem neuen Bericht ist von einer „tiefen Krise der ganzen Branche“ die Rede."
    assert mention(quote_starting(text, "tiefen")) == "dem neuen Bericht"


def test_a_capitalised_cue_form_after_a_word_is_a_german_noun():
    # "einem vertraulichen Schreiben": the noun, not the verb "schreiben"; its sentence-cue took the fragment
    text = "In einem vertraulichen Schreiben an die Aktionäre war von einer „schmerzhaften, aber nötigen Wende“ die Rede."
    q = quote_starting(text, "schmerzhaften")
    assert q.cue is None and mention(q) == "einem vertraulichen Schreiben"
    assert not [c for c in find_cues(text, 0, len(text), "de") if c.lemma == "schreiben"]


def test_a_genitive_s_split_off_by_a_space_opens_no_quote():
    # "Lord ’s Resistance Army": the apostrophe of a genitive, tokenised apart; it paired with a later mark
    text = ("Die Armee kämpft gegen die Lord ’s Resistance Army und gegen andere Milizen im Norden des Landes. "
            "Ein Sprecher sagte, man sei ‚zuversichtlich‘.")
    assert not [q for q in extract_quotes(Article(id="t", text=text, language="de")) if "Resistance" in q.text]


def test_a_name_in_marks_coordinated_into_the_subject_is_not_the_subjects_speech():
    # „…“ sowie das Rote Kreuz kündigten an: the words in marks are part of the subject, not its words
    text = "Fast sofort begann die Hilfe. „Ingenieure ohne Grenzen“ sowie das Rote Kreuz kündigten an, mehr Helfer zu schicken."
    assert quote_starting(text, "Ingenieure").speaker is None


def test_a_fronted_fragment_before_a_naming_verb_keeps_its_speaker():
    text = "„Völlig inakzeptabel und falsch“ nannte der Minister den neuen Plan."
    assert mention(quote_starting(text, "Völlig")) == "der Minister"


def test_a_german_quote_inside_a_german_quote_nests():
    # „… „…“ …“ with German low-9 openers both: the inner quote sits in the outer one, which stays whole
    from aligner.quotes.marks import find_quote_spans

    text = "Er sagte: „Wir hatten viele Anfragen für die „Neue Mitte“ vor der Frist.“ Dann ging er."
    spans = [(text[s.start : s.end], "nested" in s.flags) for s in find_quote_spans(text)]
    assert spans == [("Wir hatten viele Anfragen für die „Neue Mitte“ vor der Frist.", False), ("Neue Mitte", True)]
    assert mention(quote_starting(text, "Wir hatten")) == "Er"


def test_the_scorer_takes_the_outer_of_nested_german_quotes_as_the_gold_stretch():
    from aligner.quotes.evaluate import quoted_stretches

    text = "Er sagte: „Wir hatten viele Anfragen für die „Neue Mitte“ vor der Frist.“ Dann ging er."
    (stretch,) = quoted_stretches(text)
    assert text[stretch[1] : stretch[2]] == "Wir hatten viele Anfragen für die „Neue Mitte“ vor der Frist."


def test_wissen_wollen_frames_a_question_across_a_long_middle_field():
    # "wollten X … wissen" with more than eight words before "wissen" (the particle reach of other verbs)
    text = ("„Wo bleibt das Geld?“, wollten die Demonstranten vor dem Rathaus in der Hauptstadt seit der "
            "Verkündung der neuen Zahlen wissen.")
    assert mention(quote_starting(text, "Wo bleibt")) == "die Demonstranten"


def test_two_unframed_phrases_in_marks_listed_together_are_names():
    text = "Er spielte in vielen Filmen mit. So zum Beispiel in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“."
    assert "title" in quote_starting(text, "Jeder stirbt").flags
    assert quote_starting(text, "Jeder stirbt").speaker is None


def test_two_chanted_phrases_listed_together_stay_speech():
    text = "Die Demonstranten skandierten „Stoppt den Wahnsinn“ oder „Nie wieder Krieg“."
    assert "title" not in quote_starting(text, "Nie wieder").flags


def test_a_capitalised_verb_opening_a_line_is_still_a_verb():
    # the capitalised-cue-is-a-noun test holds only on one line: a heading without a full stop ends before it
    text = "Neue Pläne für den Bahnhof\nErklärte Anna Weber am Dienstag: „Wir bauen das bis zum Sommer.“"
    q = quote_starting(text, "Wir bauen")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


@pytest.mark.parametrize("text, start", [
    ("Anna Weber bemerkte den Fehler erst im „Kleingedruckten“ der Rechnung.", "Kleingedruckten"),  # notice: no cue
    ("Die Mannschaft verteidigte ihre knappe „Führung gegen alle Angriffe“ bis zum Schluss.", "Führung"),  # sport
    ("Der Schaden wird so mit der Stufe 2 eingeschätzt und gilt damit nicht als „schwerer Unfall“.", "schwerer"),  # passive
    ("Die Stadt ist also wie der Hirte, der „Wolf“ ruft.", "Wolf"),  # a relative clause's verb
])
def test_non_speech_senses_passives_and_relative_clauses_give_no_main_clause_speaker(text, start):
    assert quote_starting(text, start).speaker is None


def test_a_quote_in_a_relative_clause_is_the_relatives_not_the_main_subjects():
    text = "Die Opposition kritisierte den Minister, der die Reform als „großen Wurf für alle“ bezeichnete."
    assert mention(quote_starting(text, "großen")) != "Die Opposition"


def test_the_headline_judges_a_resolved_pronoun_by_its_name():
    from aligner.model import Speaker
    from aligner.quotes import evaluate
    from aligner.quotes.evaluate import speaker_right, word_chars

    text = "Die Demonstranten zogen zur Halle. Die Polizei sah zu. Sie riefen: „Wir bleiben hier, bis alle gehen.“"
    a = text.index("Sie riefen")
    gold = word_chars(text, [(a, a + 3)])  # the gold source is the pronoun; its annotated antecedent "Die Demonstranten"
    wrong = Speaker(mention="Sie", start=a, end=a + 3, name="Polizei", resolved_from="pronoun")
    right = Speaker(mention="Sie", start=a, end=a + 3, name="Demonstranten", resolved_from="pronoun")
    alt = frozenset({"demonstranten"})
    assert not speaker_right(text, wrong, gold, alt)
    assert speaker_right(text, right, gold, alt)
    evaluate.PRONOUN_NAMES["on"] = False  # --mention-overlap, the upper bound: the pronoun's offsets overlap the gold source
    try:
        assert speaker_right(text, wrong, gold, alt)
    finally:
        evaluate.PRONOUN_NAMES["on"] = True


def test_a_quote_in_a_subordinate_clause_takes_that_clauses_subject():
    text = "Die Opposition kritisierte den Plan, weil die Regierung ihn als „großen Wurf für alle“ gelobt hatte."
    assert mention(quote_starting(text, "großen")) == "die Regierung"


def test_der_after_a_masculine_antecedent_is_the_relative_clauses_subject():
    # "den Trainer, der …": "der" can only be the nominative, so the trainer called it so, not Anna Weber
    text = "Anna Weber lobte den Trainer, der die Mannschaft als „beste Truppe der Liga“ bezeichnet hatte."
    assert mention(quote_starting(text, "beste")) == "den Trainer"


def test_der_after_a_feminine_antecedent_is_no_subject():
    # "der Ministerin, der die Opposition …": "der" is a dative here; no speaker rather than a wrong one
    text = "Anna Weber widersprach der Ministerin, der die Opposition eine „völlig falsche Politik“ vorgeworfen hatte."
    assert mention(quote_starting(text, "völlig")) not in ("Anna Weber", "der Ministerin")


def test_a_job_title_in_marks_after_als_is_a_title():
    text = "Sie arbeitet seit Jahren als „Leitende Direktorin für Strategie“ bei der Bank."
    q = quote_starting(text, "Leitende")
    assert "title" in q.flags and q.speaker is None


def test_a_role_phrase_after_als_with_a_verb_of_saying_stays_speech():
    text = "Er bezeichnete ihn als „Vorsitzenden ohne Rückgrat und Mut“."
    assert mention(quote_starting(text, "Vorsitzenden")) == "Er"


def test_a_foreign_name_after_a_definite_article_is_a_title_despite_lower_case_words():
    text = "Die beiden siegten beim erstklassig besetzten „Grand Prix d’été mini féminine“, das in Genf ausgetragen wurde."
    q = quote_starting(text, "Grand Prix")
    assert "title" in q.flags and q.speaker is None


def test_a_wonach_clause_gives_its_own_subject_without_trailing_words():
    # "wonach" opens a clause of its own; the subject found before the quote drops "von einer"
    text = "Die Zeitung zitiert aus einem Brief, wonach der Minister von einer „völlig verfehlten Politik“ spricht."
    assert mention(quote_starting(text, "völlig")) == "der Minister"
