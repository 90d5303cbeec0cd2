"""Session 36: the lead's mends on the merge of the helpers' branches (each test names its finding)."""

from __future__ import annotations


def test_standing_conferences_keep_their_name_rt37_5():
    from aligner.quotes.speakers import _event_noun_de

    assert _event_noun_de("sitzung") and _event_noun_de("ausschusssitzung") and _event_noun_de("konferenz")
    assert not _event_noun_de("kultusministerkonferenz") and not _event_noun_de("verbraucherberatung")


def test_nicola_is_no_womans_name_alone_pr37_3():
    from aligner.quotes.speakers import first_name_gender_en

    assert first_name_gender_en("Nicola") != "f"


def test_a_service_head_is_not_a_vice_office_pr38_7():
    from aligner.quotes.speakers import _same_role

    assert _same_role("leiterin", "kundenserviceleiterin")
    assert not _same_role("praesident", "ezbvizepraesident")


def test_a_question_stated_by_the_speaker_is_his_words_pr38_2():
    from aligner.model import Article
    from aligner.quotes.extract import extract_quotes

    for text, who in (("Die Frage, ob „wir das noch schaffen“, stellt sich nicht, sagte Trainer Jonas Kraft.", "Jonas Kraft"),
                      ("Auf die Frage, ob „der Plan noch steht“, sagte Trainer Jonas Kraft, man warte ab.", None)):
        qs = extract_quotes(Article(id="a1", text=text, language="de"))
        q = next(q for q in qs if "schaffen" in q.text or "Plan" in q.text)
        assert (q.speaker.name if q.speaker else None) == who, text
