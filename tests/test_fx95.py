"""Session 30 fixer fx95: cleaning, ingest, report and library messages; invented text."""

from __future__ import annotations

from aligner.report.common import transcript_lines

# --- rt29-5: narration lines with a label are no transcript lines ------------------------------

QA_WITH_NARRATION = ("Interview\nFRAGE: Wie geht es weiter?\nANTWORT: Wir warten ab.\n"
                     "Die Bilanz: drei Jahre Stillstand.\nDer Grund: Geld fehlt.\nBERLIN: Die Regierung tagte.\n")


def test_narration_and_a_dateline_after_a_label_are_not_counted():
    # only the ANTWORT line gives someone's words; 'Die Bilanz:', 'Der Grund:' are the
    # writer's, 'BERLIN:' is a dateline
    assert transcript_lines(QA_WITH_NARRATION) == 1
    assert transcript_lines("Title\nQ: Why?\nA: Because.\nThe result: nothing changed.\n"
                            "Das Fazit: Es bleibt alles beim Alten.\n") == 1


def test_two_datelines_make_no_transcript():
    text = "Gipfel vertagt\nBERLIN: Die Regierung tagte bis spät.\n\nWASHINGTON: Auch dort gab es keine Einigung.\n"
    assert transcript_lines(text) == 0


def test_a_speaker_who_speaks_again_is_still_counted():
    # neighbours that keep today's count: one word in capitals or a plain name, twice
    caps = "Briefing\nQ: Is the port open?\nSCHOLZ: It is.\nQ: Until when?\nSCHOLZ: Until Friday.\n"
    assert transcript_lines(caps) == 2
    name = "Briefing\nQ: Is the port open?\nWhitfield: It is.\nQ: Until when?\nWhitfield: Until Friday.\n"
    assert transcript_lines(name) == 2
    # a title or several words in capitals name a person at once
    titled = "Briefing\nQ: Is the port open?\nMS. WHITFIELD: It is.\nPORT DIRECTOR TOMAS BERGER: Not yet.\n"
    assert transcript_lines(titled) == 2
    # the same person in capitals and then by surname
    both = "Briefing\nQ: Is the port open?\nMS. OKAFOR: It is.\nQ: Why?\nOkafor: Because.\n"
    assert transcript_lines(both) == 2
