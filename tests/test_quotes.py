"""Quote-mark pairing, quote kinds, speaker resolution, the stage and the CLI."""

from __future__ import annotations

import json

import pytest

from aligner.model import Article, Sentence
from aligner.quotes import extract_quotes, find_quote_spans
from aligner.quotes.marks import is_apostrophe


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def quotes(text: str, lang: str):
    return extract_quotes(Article(id="t", text=text, language=lang))


# -- marks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Er sagte „Ja“ und ging.", ["Ja"]),
        ("Er sagte ‚Ja‘ und ging.", ["Ja"]),
        ("Er sagte »Ja« und ging.", ["Ja"]),
        ("Il a dit «oui» hier.", ["oui"]),
        ("He said “yes” and left.", ["yes"]),
        ('He said "yes" and left.', ["yes"]),
        ("He said ‘yes’ and left.", ["yes"]),
        ("Er sagte ›Ja‹ und ging.", ["Ja"]),
        ("Er sagte „Ja” und ging.", ["Ja"]),  # German opener, English closer
    ],
)
def test_every_typography(text, expected):
    assert spans(text) == expected


def test_apostrophes_are_not_quote_marks():
    text = "Putin’s aide said Russia doesn’t want ‘a war’ and the Russians’ plan is O’Brien's, like in the ’80s."
    assert spans(text) == ["a war"]
    assert is_apostrophe(text, text.index("’s"))
    assert is_apostrophe(text, text.index("’t"))
    assert is_apostrophe(text, text.index("’80"))
    # straight apostrophes too
    assert spans("Ryabkov's view: 'no deal', he said, and it's final.") == ["no deal"]


def test_nested_quotes():
    text = "Er sagte: „Der Minister rief ‚Hilfe‘ und ging.“"
    found = find_quote_spans(text)
    outer = next(s for s in found if text[s.start : s.end].startswith("Der Minister"))
    inner = next(s for s in found if text[s.start : s.end] == "Hilfe")
    assert "has-nested" in outer.flags and "nested" in inner.flags
    # the extractor reports the outer quote once, not the nested one separately
    qs = quotes(text, "de")
    assert [q.text for q in qs] == ["Der Minister rief ‚Hilfe‘ und ging."]
    assert qs[0].kind == "direct"


def test_two_apostrophes_are_one_double_mark():
    text = "''We have no silver bullets,'' he said. Mr. Lee added: ''The word 'unfair' is not a plan.''"
    assert spans(text) == ["We have no silver bullets,", "The word 'unfair' is not a plan.", "unfair"]
    (outer,) = [s for s in find_quote_spans(text) if "nested" not in s.flags and s.start > 40]
    assert text[outer.outer_start : outer.outer_end] == "''The word 'unfair' is not a plan.''"
    # a single closer glued to the double one: ,'''
    text = "''I told them, 'do not wait for us,''' said Ms. Park."
    assert spans(text)[0] == "I told them, 'do not wait for us,'"
    qs = quotes("''We have no silver bullets,'' he said.", "en")
    assert [q.kind for q in qs] == ["direct"] and qs[0].speaker.mention == "he"


def test_eval_reads_double_apostrophes_as_quotation_marks():
    from aligner.quotes.evaluate import _fully_quoted

    assert _fully_quoted("''We have no silver bullets,''")
    assert not _fully_quoted("that ''we have no silver bullets''")


def test_unbalanced_marks_do_not_crash_and_are_flagged():
    text = "„Wir kommen nicht. Das ist klar, sagte er. Danach ging er.\nNeuer Absatz ohne Anführung."
    found = find_quote_spans(text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "Wir kommen nicht."
    assert found[0].flags == ["unbalanced"]
    # a stray closer alone yields nothing, and odd inputs never raise
    assert spans("Er sagte nichts“ und ging.") == []
    for odd in ["", "„", "“”", "'''", "»«»«", '"a"b"c"d"', "„„„ ‚ “ ’ ' \" » « › ‹"]:
        find_quote_spans(odd)
        quotes(odd, "de")


def test_sound_spans_survive_a_broken_one():
    text = 'He said "yes" and then "no'
    assert spans(text) == ["yes", "no"]
    assert find_quote_spans(text)[1].flags == ["unbalanced"]


def test_quote_across_paragraphs_english_convention():
    text = "“This is the first paragraph.\n\n“And this is the second,” she said."
    found = find_quote_spans(text)
    assert [text[s.start : s.end] for s in found] == ["This is the first paragraph.", "And this is the second,"]
    assert "continues" in found[0].flags and "continued" in found[1].flags


def test_misplaced_closing_mark():
    text = "“There were positives, but answers are needed “- said Pieskow."
    assert spans(text) == ["There were positives, but answers are needed"]


# -- kinds and speakers -------------------------------------------------------------------------


def test_direct_after_and_before_frames_de():
    qs = quotes("„Wir werden das prüfen“, sagte der Sprecher des Ministeriums, Max Muster. "
                "Lawrow antwortete: „Das ist nicht unser Ziel.“", "de")
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert qs[0].speaker.name == "Max Muster" and qs[0].cue == "sagte"
    assert qs[1].speaker.name == "Lawrow" and qs[1].cue == "antwortete"


def test_direct_frames_en():
    qs = quotes('"We will not accept this," Peskov said on Tuesday. '
                'Carpenter told reporters: "It is not clear." '
                '“It all depends on them” – said Ryabkov.', "en")
    assert [(q.kind, q.speaker.name) for q in qs] == [("direct", "Peskov"), ("direct", "Carpenter"), ("direct", "Ryabkov")]
    assert qs[0].text == "We will not accept this"  # the comma before the closing mark belongs to the frame


def test_indirect_forms_de():
    cases = {
        "Der Minister sagte, dass die Gespräche weitergehen.": ("die Gespräche weitergehen", "Minister"),
        "Die Regierung erklärte, sie werde die Hilfe aufstocken.": ("sie werde die Hilfe aufstocken", "Regierung"),
        "Die Gespräche seien gescheitert, so der Sprecher.": ("Die Gespräche seien gescheitert", "Sprecher"),
        "Dem Kreml zufolge gab es keine Einigung in der Frage.": ("gab es keine Einigung in der Frage", "Kreml"),
        "Laut Angela Merkel ist die Lage ernst und schwierig.": ("ist die Lage ernst und schwierig", "Angela Merkel"),
        "Russland will die Beziehungen vertiefen, erklärte das Außenministerium.": (
            "Russland will die Beziehungen vertiefen", "Außenministerium"),
    }
    for text, (message, speaker) in cases.items():
        qs = quotes(text, "de")
        assert len(qs) == 1, text
        q = qs[0]
        assert q.kind == "indirect", text
        assert q.text == message, text
        assert speaker in (q.speaker.mention or ""), text


def test_indirect_forms_en():
    cases = {
        "The minister said that the talks would go on.": ("the talks would go on", "minister"),
        "Russia will not attack, Peskov said.": ("Russia will not attack", "Peskov"),
        "Russia will not attack, said Dmitry Peskov, the Kremlin spokesman.": ("Russia will not attack", "Dmitry Peskov"),
        "According to the Kremlin, the talks were useful and open.": ("the talks were useful and open", "Kremlin"),
        "The ambassador warned Moscow that sanctions would follow quickly.": ("sanctions would follow quickly", "ambassador"),
    }
    for text, (message, speaker) in cases.items():
        qs = quotes(text, "en")
        assert len(qs) == 1, text
        assert qs[0].kind == "indirect", text
        assert qs[0].text == message, text
        assert speaker in qs[0].speaker.mention, text


def test_free_indirect_speech_de():
    text = ("Innenminister Max Muster sagte am Montag, die Polizei werde mehr Personal bekommen. "
            "Die Lage sei ernst und könne sich weiter verschärfen. Das Wetter war schön.")
    qs = quotes(text, "de")
    assert [q.kind for q in qs] == ["indirect", "indirect"]
    assert qs[1].text == "Die Lage sei ernst und könne sich weiter verschärfen"
    assert "free-indirect" in qs[1].flags
    assert qs[1].speaker.name == "Max Muster" and qs[1].speaker.resolved_from == "context"
    # Konjunktiv I with no attributed speech before it is still reported speech, of an unknown speaker
    (q,) = quotes("Das Wetter war schön. Die Lage sei ernst und könne sich weiter verschärfen.", "de")
    assert q.kind == "indirect" and q.speaker is None and "free-indirect" in q.flags
    # Konjunktiv II alone (conditionals) is not
    assert quotes("Das Wetter war schön. Mit mehr Regen wären die Ernten besser.", "de") == []
    assert quotes("Es sei denn, das Wetter wird besser.", "de") == []


def test_reported_comma_clause_de():
    (q,) = quotes("Stoiber sagte, die Union benötige entweder die SPD oder die Grünen.", "de")
    assert q.kind == "indirect" and q.text == "die Union benötige entweder die SPD oder die Grünen"
    assert q.speaker.name == "Stoiber"
    (q,) = quotes("Schröder sagte, er werde dafür sorgen, dass es eine neue Regierung gibt.", "de")
    assert q.text.startswith("er werde dafür sorgen") and q.speaker.name == "Schröder"
    assert quotes("Merkel sagte, die große Koalition ist am Ende.", "de") == []


def test_mixed_and_fragment():
    qs = quotes("Sullivan called the remarks “bluster” and said Russia had “not raised the idea in any talks”.", "en")
    kinds = {q.text: q.kind for q in qs}
    assert kinds["bluster"] == "fragment"
    mixed = [q for q in qs if q.kind == "mixed"]
    assert len(mixed) == 1 and "“not raised the idea in any talks”" in mixed[0].text
    assert all(q.speaker and q.speaker.name == "Sullivan" for q in qs)


def test_titles_are_unattributed_fragments():
    qs = quotes("Der Sprecher sagte der „Berliner Zeitung“, dass alles gut sei.", "de")
    title = next(q for q in qs if q.text == "Berliner Zeitung")
    assert title.kind == "fragment" and title.speaker is None and ("name-like" in title.flags or "title" in title.flags)


@pytest.mark.parametrize(
    "text, title",
    [
        ("Die „Kampagne für ein Freies Tibet“ berichtete über einen Marsch von Tibetern.", "Kampagne für ein Freies Tibet"),
        ("Er schrieb in der „Correio da Manhã“, die Gesellschaft sei gespalten.", "Correio da Manhã"),
        ("Der Chef der Gewerkschaft „Öffentliche Dienste, Transport und Verkehr“ (ÖTV) ist tot.",
         "Öffentliche Dienste, Transport und Verkehr"),
        ("Am Nachmittag hat die „Fédération Internationale de Football Association“, kurz FIFA, entschieden.",
         "Fédération Internationale de Football Association"),
    ],
)
def test_german_names_in_marks_are_titles(text, title):
    q = next(q for q in quotes(text, "de") if q.text == title)
    assert "title" in q.flags and q.speaker is None


def test_german_quotes_that_look_a_little_like_names_stay_quotes():
    qs = quotes("„Der Bär ist zu einem Problembären geworden“, so Schnappauf. Sie forderte „Gelassenheit und Aufmerksamkeit“.", "de")
    assert all("title" not in q.flags for q in qs)
    assert qs[0].kind == "direct" and qs[0].speaker.mention == "Schnappauf"


def test_unnamed_speakers_after_one_another_some():
    (q,) = quotes('"You\'re going to see a massive ad spend," said one Republican involved in the planning.', "en")
    assert q.speaker.mention == "one Republican" and q.speaker.resolved_from == "role"
    (q,) = quotes('"Yet another state we would have won," another supporter wrote on Reddit.', "en")
    assert q.speaker.mention == "another supporter" and q.speaker.name is None  # someone unnamed, no organisation


def test_opening_participles_and_adverbs_are_not_speakers():
    (q,) = quotes("Continuing his speech, Clinton called the deal “a disaster for working families everywhere”.", "en")
    assert q.speaker.mention == "Clinton"
    qs = quotes("Asked about it, reporters got only “a total waste of money and time” as an answer.", "en")
    assert all(q.speaker is None or q.speaker.mention != "Asked" for q in qs)
    q = quotes("Stoiber sprach von einer Lage. Damit seien „der Kurs und die Berechenbarkeit der SPD nicht klar“.", "de")[-1]
    assert q.speaker is None or q.speaker.mention != "Damit"


def test_sentence_cue_subject_between_auxiliary_and_participle_de():
    text = "Sie wisse, dass ihre Arbeit „nicht frei von Schwächen und manchmal ungenau“ sei, hatte Koch-Mehrin damals gesagt."
    (q,) = quotes(text, "de")
    assert q.speaker.mention == "Koch-Mehrin"


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Hours later, Trump returned the compliment to Adelson, telling Reuters, “We have been friends for a long time.”", "Trump"),
        ("Madeleine Albright urged women to vote for Hillary Clinton, saying, “There is a special place in hell for them.”",
         "Madeleine Albright"),
        ("Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign” and left.", "Clinton"),
        ("Trump shot back in a statement, saying he has “made a lot of money in down markets.”", "Trump"),
    ],
)
def test_participle_frame_speaks_for_the_main_clause_subject(text, mention):
    # the subject of the clause a ", saying/telling/declaring …" frame hangs on speaks, not the noun before the comma
    q = next(q for q in quotes(text, "en") if q.kind in ("direct", "mixed"))
    assert q.speaker is not None and q.speaker.mention == mention


def test_nach_view_noun_names_the_source_de():
    # a preposition and a noun of opinion or saying name the source, at the start, in mid-sentence, at the end
    cases = {
        "Nach Auffassung des Fraktionschefs Hartmut Perschau sei es „völlig untragbar, dass so etwas passiert“.":
            "des Fraktionschefs Hartmut Perschau",
        "Die Krankheit gilt nach Aussagen des Auswärtigen Amtes als die „weltweit häufigste Virusinfektion der Tropen“.":
            "des Auswärtigen Amtes",
        "Nach Schäubles Idee soll „im Zweifel die Mehrheit der abgegebenen Stimmen entscheiden“.": "Schäubles",
    }
    for text, mention in cases.items():
        (q,) = quotes(text, "de")
        assert q.kind == "mixed" and q.speaker is not None and q.speaker.mention == mention, text
        assert "rule:nach-x" in q.flags, text
    (q,) = quotes("Die Lage sei ernst, nach Angaben der Polizei.", "de")
    assert q.kind == "indirect" and q.text == "Die Lage sei ernst" and q.speaker.mention == "der Polizei"
    # "nach" without a noun of saying is no attribution
    assert all(q.speaker is None for q in quotes("Nach dem Spiel war die Stimmung „einfach nur grandios und laut“.", "de"))


def test_pronoun_subject_of_a_partial_quote_is_resolved():
    text = ("Premierminister Boris Johnson versprach am Montag Reformen. "
            "Er werde „einen neuen Deal, einen besseren Deal“ aushandeln.")
    q = quotes(text, "de")[-1]
    assert q.speaker.mention == "Er" and q.speaker.resolved_from == "pronoun" and q.speaker.name == "Boris Johnson"


def test_pronoun_and_role_resolution_and_limits():
    text = ("Außenminister Sergej Lawrow sprach am Mittwoch vor der Duma. "
            "„Wir sind bereit“, sagte er. "
            "Der Minister betonte, dass Russland verhandeln wolle. "
            "Das Wetter war gut. Die Sonne schien. Es war warm. Der Tag war lang. "
            "„Das wird nichts“, sagte er.")
    qs = quotes(text, "de")
    assert qs[0].speaker.resolved_from == "pronoun" and qs[0].speaker.name == "Sergej Lawrow"
    assert qs[1].speaker.resolved_from == "role" and qs[1].speaker.name == "Sergej Lawrow"
    # too far from any named speaker: stays unresolved rather than guessing
    assert qs[2].speaker.resolved_from == "pronoun" and qs[2].speaker.name is None


@pytest.mark.parametrize(
    "text, mention",
    [
        # a fronted adverb is not the subject; the noun phrase after the verb is
        ("Passend zum Wetter warnte die Sprecherin des Wetterdienstes: „Die Straßen sind glatt.“", "die Sprecherin"),
        ("Aktuell lässt sie dazu schriftlich erklären: „Ich habe nichts gewusst.“", "sie"),
        # perfect tense: the subject stands between the auxiliary and the participle
        ("Schon im Mai hatte Ministerin Anna Berger in einer Rede verkündet: „Wir bauen neue Schulen.“", "Ministerin Anna Berger"),
        # a coordinated verb after an object: the subject of the first verb speaks
        ("Als die Polizei kam, schlug der Mann die Tür zu und rief: „Lasst mich in Ruhe!“", "der Mann"),
        # an apposition that opens after an earlier comma of the sentence
        ("Die Opposition widersprach, der Fraktionschef der Grünen, Max Weber (GRÜNE), erklärte: „Das ist falsch.“", "Max Weber"),
        # "hieß es vom/beim …"
        ("„Die Lage ist ernst“, hieß es vom Sprecher des Innenministeriums Paul Lang.", "Paul Lang"),
    ],
)
def test_german_frame_subjects(text, mention):
    qs = [q for q in quotes(text, "de") if q.kind == "direct"]
    assert len(qs) == 1 and qs[0].speaker is not None
    assert mention in qs[0].speaker.mention


def test_abstract_nouns_and_adverbs_are_not_surnames():
    from aligner.quotes.subjects import _speaker_rank

    text = "Erfahrungen Befugnis Passend Merkel"
    rank = {w: _speaker_rank(text, (text.index(w), text.index(w) + len(w)), "de") for w in text.split()}
    assert rank["Merkel"] < rank["Erfahrungen"] and rank["Merkel"] < rank["Befugnis"] and rank["Merkel"] < rank["Passend"]


def test_lower_case_quote_after_a_word_is_not_standalone():
    # the quote carries on the reporter's sentence: an object or subject stands between verb and quote
    for text in ("Later she called Smith “a total failure.”", "He says Obama “knows the law very well.”"):
        qs = quotes(text, "en")
        assert qs and all(q.kind != "direct" for q in qs), text
    # right after the verb it is still a direct quote, as after a comma or colon
    for text in ("The mayor said “we will rebuild the bridge.”", "The mayor said, “we will rebuild the bridge.”"):
        qs = quotes(text, "en")
        assert [q.kind for q in qs] == ["direct"], text


def test_after_frame_with_a_relative_clause_and_no_break_space():
    text = ("“We have never seen a campaign like this one,” Mary Stone, who ran the state party for ten years, "
            "told reporters on Monday.")
    (q,) = quotes(text, "en")
    assert q.kind == "direct" and q.speaker and "Mary Stone" in q.speaker.mention
    text = "Campaign spokesman Tom Hill told the paper,\u00a0“From the start we offered to answer every question.”"
    (q,) = quotes(text, "en")
    assert q.kind == "direct" and q.speaker and "Tom Hill" in q.speaker.mention


@pytest.mark.parametrize(
    "text, mention",
    [
        ("“They are all here for the free stuff,” Bennett shot back with a laugh.", "Bennett"),
        ("“It would end the health care we know,” she went on.", "she"),
        ("“No, do not do this,” remembered Roy Verley, the former spokesman.", "Roy Verley"),
        # frames on both sides of one quote
        ("After the debate he warned, “If they attack me, that will be fair game,” Trump told the show.", "Trump"),
    ],
)
def test_english_after_frames_with_verbs_the_lists_lack(text, mention):
    (q,) = quotes(text, "en")
    assert q.kind == "direct" and q.speaker is not None and mention in q.speaker.mention


def test_no_frame_after_a_comma_quote_without_a_speaker():
    (q,) = quotes("“The shop is closed,” the sign in the window.", "en")
    assert q.kind != "direct"


def test_parenthetical_frame_before_a_lower_case_quote_is_partial():
    (q,) = [q for q in quotes("That, the commission said, “would be helpful in avoiding any doubt.”", "en") if "helpful" in q.text]
    assert q.kind != "direct"
    (q,) = quotes("He said, “we will rebuild the bridge next year.”", "en")
    assert q.kind == "direct"


def test_frame_cut_off_by_the_sentence_splitter():
    # a splitter that ends the sentence at the quote's full stop leaves the frame in a sentence
    # that opens in lower case; the frame still belongs to the quote
    text = "„Die Schule hat sich etabliert.“ erklärte Ministerin Eva Roth. „Wir bleiben dabei.“ Danach ging sie."
    cuts = [0, text.index("erklärte"), text.index("„Wir"), text.index("Danach"), len(text)]
    sents = [Sentence(f"t#s{i}", "t", "", i, a, b, text[a:b].rstrip(), "de") for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]
    for s in sents:
        s.end = s.start + len(s.text)
    qs = extract_quotes(Article(id="t", text=text, language="de"), sents)
    first = next(q for q in qs if q.text.startswith("Die Schule"))
    assert first.kind == "direct" and first.speaker and first.speaker.name == "Eva Roth"
    second = next(q for q in qs if q.text.startswith("Wir bleiben"))
    assert second.speaker and second.speaker.name == "Eva Roth"


def test_colon_frame_split_into_a_sentence_of_its_own():
    def run(text, cut_at):
        cuts = [0, text.index(cut_at), len(text)]
        sents = [Sentence(f"t#s{i}", "t", "", i, a, a + len(text[a:b].rstrip()), text[a:b].rstrip(), "de")
                 for i, (a, b) in enumerate(zip(cuts, cuts[1:]))]
        (q,) = extract_quotes(Article(id="t", text=text, language="de"), sents)
        return q

    q = run("Die Bewohner des Dorfes sehen alles gelassen: „Das sind Leute wie du und ich.“", "„")
    assert q.kind == "direct" and q.speaker and q.speaker.mention == "Die Bewohner des Dorfes"
    q = run("Aktuell lässt sie dazu schriftlich erklären: „Ich habe nichts gewusst.“", "„")
    assert q.speaker and q.speaker.mention == "sie"


def test_german_after_frame_with_a_separable_verb():
    qs = quotes("„Ich trete als Konservativer an“, strich Romney in Ohio heraus. „Ich war Gouverneur.“", "de")
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert all(q.speaker and q.speaker.name == "Romney" for q in qs)
    # a preposition after the comma is no frame
    (q,) = quotes("Er nannte das „eine Frechheit ohne Beispiel“, mit Recht.", "de")
    assert q.kind != "direct"


def test_sentence_end_missed_by_the_splitter():
    # one "sentence" holding two: the quote after the inner full stop stands on its own
    text = "The envoy left early. ''They each have cases where the other acted in bad faith,'' he said."
    sents = [Sentence("t#s0", "t", "", 0, 0, len(text), text, "en")]
    (q,) = extract_quotes(Article(id="t", text=text, language="en"), sents)
    assert q.kind == "direct" and q.speaker.mention == "he"
    text = "He met Mr. ''Big'' Jones on Monday."
    sents = [Sentence("t#s0", "t", "", 0, 0, len(text), text, "en")]
    assert all(q.kind != "direct" for q in extract_quotes(Article(id="t", text=text, language="en"), sents))


def test_speaker_mention_stops_before_the_reported_clause():
    # seed 002: the comma after the name opens the dass clause, not an apposition
    text = ("Der Vizeminister Sergej Rjabkow sprach in Genf. "
            "Weiter betonte Rjabkow, dass die Diplomatie Vorrang vor militärischen Schritten haben müsse.")
    qs = [q for q in quotes(text, "de") if q.text.startswith("die Diplomatie")]
    assert len(qs) == 1 and qs[0].kind == "indirect"
    sp = qs[0].speaker
    assert sp.mention == "Rjabkow" and text[sp.start : sp.end] == "Rjabkow" and sp.role is None
    # the same with English "that" and a relative clause: the name alone is the mention
    (q,) = quotes("Earlier, Ryabkov stressed, that diplomacy must come first in all of this.", "en")
    assert q.speaker.mention == "Ryabkov"
    (q,) = quotes("„Wir bleiben hart“, sagte Lawrow, der am Montag in Genf war.", "de")
    assert q.speaker.mention == "Lawrow"


def test_dash_so_frame_is_not_part_of_the_message():
    text = "Die Delegationen trafen sich in Genf. Die Gespräche seien nützlich gewesen – so ein Sprecher."
    (q,) = quotes(text, "de")
    assert q.kind == "indirect" and q.text == "Die Gespräche seien nützlich gewesen"
    assert text[q.start : q.end] == q.text and q.cue == "so"
    sp = q.speaker
    assert sp.mention == "ein Sprecher" and text[sp.start : sp.end] == "ein Sprecher"
    assert sp.name is None and sp.resolved_from == "role" and sp.role == "Sprecher"
    # an indefinite role is someone new: the named person before it is not its antecedent
    (q,) = quotes("Lawrow reiste nach Genf. Die Gespräche seien nützlich gewesen – so ein Sprecher.", "de")
    assert q.speaker.mention == "ein Sprecher" and q.speaker.name is None
    # a spaced hyphen, an em dash without spaces, "X zufolge", and a frame with an apposition
    for t, mention in [("Die Gespräche seien nützlich gewesen - so Lawrow.", "Lawrow"),
                       ("Die Gespräche seien nützlich gewesen—so Lawrow.", "Lawrow"),
                       ("Die Gespräche seien nützlich gewesen – Lawrow zufolge.", "Lawrow"),
                       ("Die Gespräche seien nützlich gewesen – so ein Sprecher des Ministeriums, Iwan Petrow.",
                        "ein Sprecher des Ministeriums, Iwan Petrow")]:
        (q,) = quotes(t, "de")
        assert q.text == "Die Gespräche seien nützlich gewesen" and q.speaker.mention == mention, t
    (q,) = quotes("Die Gespräche seien nützlich gewesen – so ein Sprecher des Ministeriums, Iwan Petrow.", "de")
    assert q.speaker.name == "Iwan Petrow"


def test_only_kept_sentences_count():
    text = "„Das ist gut“, sagte Müller.\n\nKommentar: „Alles Lüge“, schrieb Leser123."
    art = Article(id="a", text=text, language="de")
    first = text.index("\n")
    kept = [Sentence("a#s0000", "a", "a#p0000", 0, 0, first, text[:first], "de")]
    qs = extract_quotes(art, kept)
    assert [q.text for q in qs] == ["Das ist gut"]
    assert qs[0].sentence_ids == ["a#s0000"]


def test_offsets_point_into_the_original_text():
    text = "  Intro.\r\n„Erster Satz. Zweiter Satz“, sagte Müller – und „Zitat“ hier.\r\n"
    for q in quotes(text, "de"):
        assert text[q.start : q.end] == q.text
        assert q.speaker is None or q.speaker.start is None or text[q.speaker.start : q.speaker.end] == q.speaker.mention


# -- stage and CLI ------------------------------------------------------------------------------


def test_stage_writes_quotes_jsonl(tmp_path):
    from aligner.model import Quote
    from aligner.pipeline import RunConfig
    from aligner.quotes.stage import stage
    from aligner.store import RunStore

    store = RunStore(tmp_path / "run")
    t1 = "„Wir bleiben“, sagte Sergej Rjabkow."
    t2 = '"We stay," Ryabkov said.'
    store.write("articles.jsonl", [Article("de1", t1, "de"), Article("en1", t2, "en")])
    store.write("sentences.jsonl", [Sentence("de1#s0000", "de1", "de1#p0000", 0, 0, len(t1), t1, "de"),
                                    Sentence("en1#s0000", "en1", "en1#p0000", 0, 0, len(t2), t2, "en")])
    result = stage(store, RunConfig(out=tmp_path / "run"))
    assert result.status == "done"
    assert result.summary["quotes"] == 2 and result.summary["kinds"] == {"direct": 2, "fragment": 0, "indirect": 0, "mixed": 0}
    assert result.summary["languages"] == {"de": 1, "en": 1}
    qs = store.read("quotes.jsonl", Quote)
    assert {q.speaker.id for q in qs} == {qs[0].speaker.id}  # one person across languages
    store.close()


def test_stage_without_articles_is_a_clear_error(tmp_path):
    from aligner.errors import AlignerError
    from aligner.pipeline import RunConfig
    from aligner.quotes.stage import stage
    from aligner.store import RunStore

    store = RunStore(tmp_path / "empty")
    with pytest.raises(AlignerError, match="articles.jsonl"):
        stage(store, RunConfig(out=tmp_path / "empty"))
    store.close()


def test_cli_quotes_tsv_and_jsonl(tmp_path, seeds_dir):
    from typer.testing import CliRunner

    from aligner.cli import app

    runner = CliRunner()
    out = tmp_path / "q.tsv"
    res = runner.invoke(app, ["quotes", str(seeds_dir / "004_6e0dd339ea760a16.txt"), "--format", "tsv", "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["id", "article_id", "kind"]
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert any(r["speaker_mention"] == "Pieskow" and r["kind"] == "direct" for r in rows)
    out2 = tmp_path / "q.jsonl"
    res = runner.invoke(app, ["quotes", str(seeds_dir / "004_6e0dd339ea760a16.txt"), "--out", str(out2), "--lang", "en"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in out2.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == len(rows) and all(r["language"] == "en" for r in recs)


def test_cli_bad_input_is_one_line(tmp_path):
    from typer.testing import CliRunner

    from aligner.cli import app

    res = CliRunner().invoke(app, ["quotes", str(tmp_path / "missing.txt")])
    assert res.exit_code != 0
    assert "missing.txt" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(app, ["quotes", str(tmp_path), "--format", "xml"])
    assert res.exit_code == 2 and "--format" in res.output


# -- evaluation helpers ---------------------------------------------------------------------------


def test_eval_scoring_helpers():
    from aligner.quotes.evaluate import _fully_quoted, _merge_adjacent, match, overlap, token_set

    text = "He said “we will win” and left."
    p = token_set(text, [(9, 20)])
    g = token_set(text, [(8, 21)])  # with the marks: the same words
    assert p == g and overlap(p, g) == 1.0
    assert overlap(token_set(text, [(9, 16)]), g) == 2 / 3
    preds = [{"tokens": p}, {"tokens": token_set(text, [(0, 7)])}]
    assert match(preds, [{"tokens": g}], 0.8) == [(0, 0)]
    assert match(preds, [{"tokens": g}], None) == [(0, 0)]
    assert _fully_quoted("“We will win.”") and not _fully_quoted("that “we will win”")
    assert _fully_quoted("“Don’t go,”")
    assert _merge_adjacent("“A.” “B.”", [(0, 4), (5, 9)]) == [(0, 9)]


def test_eval_standalone_versus_embedded_gold_direct():
    from aligner.quotes.evaluate import standalone_quote

    def msg(text, inner):
        a = text.index(inner)
        return [(a, a + len(inner))]

    t = "Er sagte: „Wir gewinnen.“ Sie nannte das „fahrlässig“. „Nein“, sagte er, „niemals.“"
    starts = {0, t.index("Sie"), t.index("„Nein")}
    assert standalone_quote(t, msg(t, "Wir gewinnen."), starts)  # after a colon
    assert not standalone_quote(t, msg(t, "fahrlässig"), starts)  # inside the reporter's sentence
    assert standalone_quote(t, msg(t, "Nein"), starts)  # opens the sentence
    assert standalone_quote(t, msg(t, "„Nein"), starts)  # a message that takes in its mark
    assert standalone_quote(t, msg(t, "niemals."), starts)  # after ", sagte er,"
    t2 = "Er stellte fest, dass „Europa dran ist.“"
    assert not standalone_quote(t2, msg(t2, "Europa dran ist."), {0})
    assert not standalone_quote(t2, msg(t2, "stellte fest"), {0})  # no quotation mark at all


def test_eval_indirect_gold_loses_its_complementizer():
    from aligner.quotes.evaluate import message_tokens, token_set

    text = "He said that the talks failed. That's all."
    a = text.index("that")
    gold = [(a, text.index("."))]
    assert message_tokens(text, gold) == token_set(text, [(text.index("the"), text.index("."))])
    assert message_tokens(text, gold, "direct") == token_set(text, gold)
    b = text.index("That's")
    assert message_tokens(text, [(b, len(text))]) == token_set(text, [(b, len(text))])  # "That's" is no complementizer


def test_eval_runs_on_the_shared_corpora():
    from conftest import shared_path

    from aligner.quotes.evaluate import evaluate, load_polnear, load_spkatt

    de = shared_path("eval", "spkatt-news-de", "train")
    res = evaluate(load_spkatt(de, 15))
    assert res["docs"] == 15
    _, gold, tp_p, tp_g, _, ts_g = res["total"]["direct"]
    assert gold > 0 and 0 < tp_g <= gold and ts_g <= tp_g and tp_p == tp_g
    assert gold == sum(res["total"][k][1] for k in ("standalone", "partial", "fragment"))
    en = shared_path("eval", "polnear-en", "train")
    res = evaluate(load_polnear(en, 10))
    assert res["docs"] == 10 and res["total"]["direct"][2] > 0


def test_eval_gold_direct_quotes_are_quoted_stretches_gold_attributes():
    from aligner.quotes.evaluate import gold_direct, quoted_stretches

    t = ("Obama said he was “surprised and troubled” by it. “We will win,” he said, “and then some.” "
         "A “scare quote here” stands alone. ''We are ready now,'' Cruz said.\n“An unclosed paragraph quote goes on\n")
    spans = [t[a:b] for _, a, b in quoted_stretches(t)]
    assert spans == ["surprised and troubled", "We will win,", "and then some.", "scare quote here", "We are ready now,",
                     "An unclosed paragraph quote goes on"]
    t2 = "Er sagte: „Wir sind bereit“, und ‚Das geht schon‘. It’s ‘Time to go’ now"
    assert [t2[a:b] for _, a, b in quoted_stretches(t2)] == ["Wir sind bereit", "Das geht schon", "Time to go"]

    def at(s):
        a = t.index(s)
        return (a, a + len(s))

    obama = at("Obama")
    he2 = (t.index("he said"), t.index("he said") + 2)
    gold = [
        {"message": [at("he was “surprised and troubled” by it")], "source": [obama]},
        # a discontinuous message: one gold quote per quoted run
        {"message": [at("“We will win,”"), at("“and then some.”")], "source": [he2]},
        {"message": [at("''We are ready now,''")], "source": []},  # no source: neither gold nor false positive
    ]
    golds, ignore = gold_direct(t, gold, {0})
    assert [t[a:b] for a, b in (g["span"] for g in golds)] == ["surprised and troubled", "We will win,", "and then some."]
    assert [g["kind"] for g in golds] == ["fragment", "standalone", "standalone"]  # 3 words: fragment
    assert [t[slice(*g["span"])] for g in ignore] == ["We are ready now,"]


def test_eval_speaker_right_and_mixed_clauses_compete_as_direct():
    from aligner.model import Article, Quote, Speaker
    from aligner.quotes.evaluate import score_document, speaker_right, word_chars

    t = "Cruz said he was “surprised and troubled” by the vote."
    src = word_chars(t, [(0, 4)])
    assert speaker_right(t, Speaker(mention="Cruz", start=0, end=4), src)
    assert speaker_right(t, Speaker(mention="he", start=10, end=12, name="Ted Cruz"), src)  # resolved pronoun
    assert not speaker_right(t, Speaker(mention="the vote", start=t.index("the vote"), end=len(t) - 1), src)
    assert not speaker_right(t, None, src)
    a = t.index("he was")
    clause = Quote(id="q", article_id=Article(id="x", text=t).id, text=t[a:-1], start=a, end=len(t) - 1, kind="mixed",
                   language="en", speaker=Speaker(mention="Cruz", start=0, end=4), flags=["contains-quote"])
    gold = [{"cls": "indirect", "message": [(a, len(t) - 1)], "source": [(0, 4)]}]
    rows, _ = score_document(t, [clause], gold, {0})
    assert rows["direct"] == [1, 1, 1, 1, 1, 1]  # the quoted stretch inside the clause, with the clause's speaker
    assert rows["indirect"][:4] == [1, 1, 1, 1]


# -- German: who is quoted, documents, resolution (session 8) ----------------------------------


def _speaker_of(text: str, start: str):
    (q,) = [q for q in quotes(text, "de") if q.text.startswith(start)]
    return q.speaker


@pytest.mark.parametrize("text, mention", [
    ("„Wir bauen das Werk im Frühjahr aus“, zitiert die Lokalzeitung den Bürgermeister.", "den Bürgermeister"),
    ("„Wir bauen das Werk im Frühjahr aus“, zitierte man Anna Kessler vom Sender Nordwelle.", "Anna Kessler"),
    ("„Wir bauen das Werk im Frühjahr aus“, wird Paul Weber, Sprecher der Firma, zitiert.", "Paul Weber, Sprecher der Firma"),
    ("„Wir bauen das Werk im Frühjahr aus“, zitiert die „Morgenpost“ Weber in einem Bericht.", "Weber"),
    ("„Wir bauen das Werk im Frühjahr aus“, schreibt die „Morgenpost“.", "Morgenpost"),
    ("Die Zeitung zitierte den Bürgermeister mit den Worten: „Wir bauen das Werk im Frühjahr aus.“", "den Bürgermeister"),
])
def test_german_zitieren_names_who_is_quoted_not_who_quotes(text, mention):
    sp = _speaker_of(text, "Wir bauen")
    assert sp is not None and sp.mention == mention


def test_german_document_as_source_and_letztere():
    sp = _speaker_of("In dem Bericht heißt es wörtlich: „Die Anlage ist sicher und wird weiter betrieben.“", "Die Anlage")
    assert sp is not None and sp.mention == "dem Bericht"
    sp = _speaker_of("Der Aufruf wurde verlesen. Der Text lautete: „Wir fordern eine sofortige Waffenruhe.“", "Wir fordern")
    assert sp is not None and sp.mention == "Der Text"
    text = "Eva Lenz sprach mit Tom Roth. „Das Elend der Tiere geht weiter“, so letztere. „Es wird schlimmer.“"
    assert [q.speaker.mention if q.speaker else None for q in quotes(text, "de")] == ["letztere", "letztere"]


def test_german_pronoun_goes_back_to_the_subject_of_the_reporting_verb():
    text = ("In seiner Antrittsrede erklärte Karl Brenner, die Rechte der Mieter schützen zu wollen. "
            "Er werde „einen neuen Plan, einen besseren Plan“ vorlegen.")
    sp = _speaker_of(text, "einen neuen Plan")
    assert sp is not None and sp.mention == "Er" and sp.name == "Karl Brenner"


def test_german_noun_phrase_headed_by_a_thing_is_no_speaker():
    from aligner.quotes.speakers import plausible_speaker

    assert not plausible_speaker("Die Speicherung von Fingerabdrücken", "de")
    assert not plausible_speaker("Äußerungen Hassemers", "de")
    assert plausible_speaker("Die Landesregierung", "de") and plausible_speaker("Der Sprecher der Regierung", "de")


def test_german_fuer_x_and_wie_frame():
    text = "Die Kanzlerin lobte ihn. Für den Bischof Karl Maier sei der Schritt „aus vielen Gründen verständlich“."
    sp = _speaker_of(text, "aus vielen")
    assert sp is not None and sp.mention == "den Bischof Karl Maier" and rule_of_quote(text, "aus vielen") == "fuer-x"
    # "für" + a country or a thing is no view holder
    sp = _speaker_of("Für Deutschland ist das „eine große Chance für alle“.", "eine große")
    assert sp is None
    text = "Wie die Finanzministerin Eva Stein am Dienstag erklärte, sieht die Regierung in dem Gesetz „kein Hindernis für den Handel“."
    sp = _speaker_of(text, "kein Hindernis")
    assert sp is not None and sp.name == "Eva Stein"


def rule_of_quote(text: str, start: str) -> str:
    from aligner.quotes.base import rule_of

    (q,) = [q for q in quotes(text, "de") if q.text.startswith(start)]
    return rule_of(q)


def test_a_date_is_no_speaker():
    from aligner.quotes.speakers import plausible_speaker

    assert not plausible_speaker("Dezember 2010", "de") and not plausible_speaker("August 2007", "en")
    assert plausible_speaker("Bündnis 90", "de") and plausible_speaker("die 58-Jährige", "de")


def test_eval_guillemet_direction_and_german_opener_closed_by_a_straight_mark():
    from aligner.quotes.evaluate import _guillemet_glue, quoted_stretches

    no_before, no_after = _guillemet_glue([{"Tokens": ["Die", "Gaststätte", "«", "Schweizerhaus", "»", "brannte"]}])
    assert "«" in no_after and "»" in no_before  # «…» opens with «
    no_before, no_after = _guillemet_glue([{"Tokens": ["Das", "Lokal", "»", "Krone", "«"]}])
    assert "»" in no_after and "«" in no_before  # »…« opens with »
    t = 'Er sagte: „Wir kommen morgen wieder zurück" und ging.'
    (a, b, c), = quoted_stretches(t)
    assert t[b:c] == "Wir kommen morgen wieder zurück"


@pytest.mark.parametrize("mention, name, role", [
    ("Rep. Tom Cole of Oklahoma", "Cole", None),
    ("Secretary of State Madeleine Albright", "Madeleine Albright", "Secretary of State"),
    ("Secretary of State Kerry", "Kerry", "Secretary of State"),
    ("Bank of America", "Bank of America", None),
])
def test_english_names_of_place_and_office(mention, name, role):
    from aligner.quotes.speakers import parse_mention

    got_name, got_role, _ = parse_mention(mention, "en")
    assert got_name is not None and got_name.endswith(name) and (role is None or got_role == role)
    assert "Oklahoma" not in got_name and "State" not in got_name.split()[:1]


def test_english_initial_infinitive_and_participle_frames():
    from aligner.quotes.base import rule_of

    qs = quotes("The critic Laurence H. Tribe spoke at length. “To see the number of cases that change with this is remarkable.”", "en")
    assert qs[-1].speaker is not None and qs[-1].speaker.name == "Laurence H. Tribe"
    qs = quotes("The debate was so calm that Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been.”", "en")
    assert qs[-1].speaker is not None and qs[-1].speaker.name and qs[-1].speaker.name.endswith("Trump") and rule_of(qs[-1]) == "frame-before"
    qs = quotes("Sanders said the convention could be “messy,” adding, “Democracy is messy.”", "en")
    assert qs[-1].speaker is not None and qs[-1].speaker.mention == "Sanders" and rule_of(qs[-1]) == "frame-before"


@pytest.mark.parametrize("text, mention", [
    ('"It is a pretty expensive business model," said Will Doyle, a professor at Vanderbilt.', "Will Doyle, a professor"),
    ('"October provided a resurgence for her," said former Obama adviser David Axelrod.', "former Obama adviser David Axelrod"),
    ("“You seem to have picked a new standard out of thin air,” the two write.", "the two"),
    ("“Loved the show on Netflix — wish they had another season coming!” Bush said.", "Bush"),
    ('"Why is he attacking me?" Trump said. "He has got to knock out seven guys."', "Trump"),
    ("He spoke of money.\n\n''Can we win Illinois?'' Mr. Manafort asked. ''I don't know.''", "Manafort"),
    ("She is 45.\n\n“You know, it happens, right?” Trump asked reporters during a news conference.", "Trump"),
])
def test_english_frames_after_the_quote(text, mention):
    from aligner.quotes.base import rule_of

    q = quotes(text, "en")[0]
    assert q.speaker is not None and q.speaker.mention == mention and rule_of(q) == "frame-after"


def test_english_it_speaks_for_an_organisation_or_document_only():
    qs = quotes("“Only one in three staff understand where the team is leading us,” it added. “Even fewer believe that.”", "en")
    assert [q.speaker.mention if q.speaker else None for q in qs] == ["it", "it"]
    assert qs[0].speaker is not None and qs[0].speaker.name is None  # no organisation named before: left unresolved
    qs = quotes("Senator Mary Smith spoke. “We will not give in,” it added.", "en")
    assert qs[-1].speaker is not None and qs[-1].speaker.name is None  # never resolved to a person


def test_english_opening_participle_and_contraction_tail_are_no_speakers():
    from aligner.quotes.phrases import make_speaker

    t = "Later on. Smiling, the senator waved."
    assert make_speaker(t, (10, 17), "en") is None
    t = "Angry at the video's release, they shouted."
    a = t.index("s release")
    assert make_speaker(t, (a, a + len("s release")), "en") is None
    t = "Browning said it."
    assert make_speaker(t, (0, 8), "en") is not None  # a surname in -ing before a verb stays a name


@pytest.mark.parametrize("text, inner, title", [
    ("said Adam Segal, the author of “Hacked World Order,” who studies cyber issues.", "Hacked World Order", True),
    ("Sunday, on CNN’s “State of the Union,” the senator spoke about the divide.", "State of the Union", True),
    ("He has written a book, “Cobra II – the real story of the invasion and the occupation of Iraq”.", "Cobra II", True),
    ("He is proud of the way he is funding his campaign. “He is doing it the right way,” he said.", "He is doing", False),
    ("“I expect to be vetted,” he said on “Meet the Press.” “But this is different.”", "Meet the Press", True),
    ("He worked with Sen. Chuck Schumer as part of the “Gang of Eight,” which also included others.", "Gang of Eight", True),
    ("Then she said on Tuesday: “We Will Win This Race.”", "We Will Win", False),
    ("Er hat die Auszeichnung „Commandeur de la Légion d'Honneur“ erhalten.", "Commandeur", True),
    ("Teile des „Gesetzes über den Verfassungsschutz in Nordrhein-Westfalen“ sind nichtig.", "Gesetzes", True),
    ("Lemke hält die Beschäftigung in einem Verein als „gelungenes Beispiel für Resozialisierung“.", "gelungenes", False),
])
def test_titles_in_marks(text, inner, title):
    lang = "de" if "„" in text else "en"
    (q,) = [q for q in quotes(text, lang) if q.text.startswith(inner)]
    assert ("title" in q.flags) == title


def test_english_unresolved_pronoun_speaker_goes_on_and_contractions_are_no_names():
    from aligner.quotes.speakers import plausible_speaker

    qs = quotes("''It's easy to bash Wall Street, and we hear a lot of it,'' she said. ''I also wanted to show the good banks do.''", "en")
    assert [q.speaker.mention if q.speaker else None for q in qs] == ["she", "she"]
    assert not plausible_speaker("It's", "en") and not plausible_speaker("That’s", "en")
    assert plausible_speaker("O'Neill", "en")
    # a capitalised modal is a first name only before a capitalised word
    assert plausible_speaker("Will Doyle", "en") and not plausible_speaker("Can someone please", "en")
    assert not plausible_speaker("Should the private insurance", "en")


def test_english_quote_after_a_framed_one_in_its_sentence_goes_on_with_that_speaker():
    qs = quotes("He spoke of money.\n\n''Can we win Illinois?'' Mr. Manafort asked. ''I don't know.''", "en")
    assert [q.speaker.name if q.speaker else None for q in qs][-2:] == ["Manafort", "Manafort"]
    # a that-clause after the verb reports something else: no frame for the quote before it
    qs = quotes("The vote is close. “We can win it!” Anna Berg said that the count was slow.", "en")
    from aligner.quotes.base import rule_of
    assert rule_of(qs[0]) != "frame-after"


def test_english_a_cue_word_after_an_owner_is_a_noun():
    for text, name in (("Lindqvist denounced Moreau’s remarks as “cheap and hollow” on Friday.", "Lindqvist"),
                       ("Haas then interjected, calling Orlov’s proposed housing credit “a gift to the landlords.”", "Haas")):
        (q,) = quotes(text, "en")
        assert q.speaker is not None and q.speaker.name == name


# -- session 9: shared subjects, reliability table -----------------------------------------------


@pytest.mark.parametrize("text, name, confident", [
    # the second verb of a frame, coordinated with the first or its participle, shares its subject
    ("Kim Hale came second. “The start was only okay,” said Hale and emphasized: “It is not just about the push.”", "Hale", True),
    ("Kim Hale came second. “The start was only okay,” said Hale, emphasizing: “It is not just about the push.”", "Hale", True),
    # a new subject after "and" speaks for itself
    ("Trump said the mayor had failed and Clinton responded: “That is not true at all, sir.”", "Clinton", True),
])
def test_english_coordinated_frame_verbs_share_the_subject(text, name, confident):
    from aligner.quotes.confidence import CONFIDENT

    q = quotes(text, "en")[-1]
    assert q.speaker is not None and q.speaker.name == name
    assert (q.speaker.confidence >= CONFIDENT) == confident


def test_eval_reliability_bins_count_matched_speakers_by_confidence():
    from aligner.model import Quote, Speaker
    from aligner.quotes.evaluate import CONF_BINS, conf_bin, score_document

    assert conf_bin(None) == 0 and conf_bin(0.4) == 0 and conf_bin(0.8) == CONF_BINS.index(0.8) and conf_bin(0.95) == len(CONF_BINS) - 1
    t = "Cruz spoke. “We will win this state easily,” said Cruz. Lee spoke. “We will lose this state badly,” he said."
    a1, a2 = t.index("We will win"), t.index("We will lose")
    e1, e2 = t.index(",”"), t.index(",”", a2)
    q1 = Quote(id="1", article_id="x", text=t[a1:e1], start=a1, end=e1, kind="direct", language="en",
               speaker=Speaker(mention="Cruz", start=t.index("Cruz."), end=t.index("Cruz.") + 4, confidence=0.9))
    q2 = Quote(id="2", article_id="x", text=t[a2:e2], start=a2, end=e2, kind="direct", language="en",
               speaker=Speaker(mention="Cruz", start=0, end=4, confidence=0.4))  # wrong: gold says Lee
    gold = [{"cls": "direct", "message": [(a1, e1)], "source": [(t.index("Cruz."), t.index("Cruz.") + 4)]},
            {"cls": "direct", "message": [(a2, e2)], "source": [(t.index("Lee"), t.index("Lee") + 3)]}]
    rows, _ = score_document(t, [q1, q2], gold, {0})
    calib = rows["calib"]
    assert calib[2 * conf_bin(0.9)] == 1 and calib[2 * conf_bin(0.9) + 1] == 1
    assert calib[2 * conf_bin(0.4)] == 1 and calib[2 * conf_bin(0.4) + 1] == 0


@pytest.mark.parametrize("text, mention", [
    # no speech verb: the words go to the subject that opens the English main clause, not to a named object
    ("He asked Senator Ann Smith to “do the right thing and open the doors” last week.", "He"),
    ("Trump doubled down and said the federal judge had “an inherent conflict of interest” in the case.", "Trump"),
    ("Casting himself as a prosecutor in a mock trial, Mr. Christie roused the crowd to chants of “Lock her up now!”", "Mr. Christie"),
    ("Republican presidential front-runner Donald Trump is insisting that he has “expanded the Republican party” lately.",
     "Republican presidential front-runner Donald Trump"),
])
def test_english_sentence_subject_is_the_main_clause_subject(text, mention):
    q = quotes(text, "en")[0]
    assert q.speaker is not None and q.speaker.mention == mention


def test_english_lone_capitalised_word_is_no_sentence_subject():
    # capitalised only where every word is: no name
    (q,) = quotes("Flying home, the plan was “a huge shock and a fight” for everyone.", "en")
    assert q.speaker is None
    # a possessive opens a noun phrase whose head is something else
    (q,) = quotes("An ambassador's job should be to “counter lies and distortions with facts” today.", "en")
    assert q.speaker is None or q.speaker.mention != "An ambassador's"


def test_english_a_group_opening_the_sentence_is_its_subject():
    for text, mention in (("Talks resumed on Monday. The union is fighting for “a fair deal for every worker in the plant” this year.", "The union"),
                          ("Talks resumed. The two groups who wrote to her on Thursday are “deeply concerned about the mixed messages” of it.",
                           "The two groups")):
        q = quotes(text, "en")[-1]
        assert q.speaker is not None and q.speaker.mention == mention and (q.speaker.id or "").startswith("org:")
