"""Session 36, the lead's fixes (each test names its finding)."""

from __future__ import annotations


def test_split_opposed_count_is_not_capped_by_the_listed_rt36_20(monkeypatch):
    # seven opposed split statements: the summary lists five, the report's count says seven
    from aligner.match import split
    from aligner.report.common import split_serious

    found = [{"a": {}, "b": {}, "opposed": "not"} for _ in range(7)] + [{"a": {}, "b": {}, "opposed": None}]
    monkeypatch.setattr(split, "split_statements", lambda s, c: found)
    counts = split.split_counts([], [])
    assert counts["statements_split_by_outlet"] == 8
    assert counts["statements_split_opposed"] == 7
    assert len(counts["statements_split"]) == split.LISTED
    line = split_serious(counts["statements_split"], counts["statements_split_opposed"])
    assert "7 statement(s)" in line


def test_split_serious_without_a_count_reads_the_list_rt36_20():
    # an older summary.json without the count: the listed ones are counted, none opposed says nothing
    from aligner.report.common import split_serious

    assert "2 statement(s)" in split_serious([{"opposed": "not"}, {"opposed": "no"}, {"opposed": None}])
    assert split_serious([{"opposed": None}]) == ""
    assert split_serious([{"opposed": "not"}], 0) == ""


def test_a_two_word_author_line_is_no_title_pr36b_7():
    # a byline of two words over the body is the author, not the headline; a two-word headline still is one
    from aligner.ingest import _guess_title

    body = "The city council met on Tuesday to talk about the future of three schools in the north."
    for byline in ("Maria Hughes", "Jonas Weber", "Anna Cole"):
        text = f"{byline}\n\n{body}"
        spans = [(0, len(byline)), (len(byline) + 2, len(text))]
        assert _guess_title(text, spans, [0, 1]) is None, byline
    for headline in ("Heat warning", "Storm Warning", "Landeskirche spart", "Hope Street"):
        text = f"{headline}\n\n{body}"
        spans = [(0, len(headline)), (len(headline) + 2, len(text))]
        assert _guess_title(text, spans, [0, 1]) == headline


def test_a_labelled_caption_does_not_take_the_headline_pr36b_8():
    # 'Caption: …' under the headline is removed alone; the headline and the line under it stay
    from aligner.clean import clean_text

    text = ("School row in Northtown\n\nCaption: Minister Petra Lind at the press conference on Tuesday.\n\n"
            "Parents plan a protest outside the town hall\n\n\"We will keep every school open,\" said Lind.\n\n"
            "The council meets again tonight.")
    for label in ("Caption:", "Photo caption:", "Bildunterschrift:", "Bildtext:"):
        reasons = [d.reason for d in clean_text(text.replace("Caption:", label)).decisions]
        assert reasons == ["", "caption", "", "", ""], label


def test_a_caption_label_alone_takes_the_line_under_it_pr36b_8():
    from aligner.clean import clean_text

    text = ("Bildtext:\n\nMinisterin Petra Lind am Dienstag in Berlin\n\n„Wir schließen keine Schule“, sagte Lind.\n\n"
            "Der Rat tagt am Abend erneut, und die Eltern wollen vor dem Rathaus demonstrieren.")
    assert [d.reason for d in clean_text(text).decisions] == ["caption", "caption", "", ""]


def test_a_sentence_opener_is_not_part_of_the_company_name_rt36_21():
    from aligner.quotes.speakers import _named_companies

    assert _named_companies("Meanwhile Halvorsen Foods Inc. shares rose.") == {"Halvorsen Foods Inc."}
    assert _named_companies("Laut Kreuzberger Stahlwerke AG steigt der Umsatz.") == {"Kreuzberger Stahlwerke AG"}
    assert _named_companies("Heute Kreuzberger Stahlwerke AG, früher Krupp.") == {"Kreuzberger Stahlwerke AG"}
    # the company named elsewhere without the word before it: that word is no part of its name
    assert _named_companies("Foster Halvorsen Foods Inc. bought it. Halvorsen Foods Inc. said so.") == {"Halvorsen Foods Inc."}
    # a name's own first word stays
    assert _named_companies("Deutsche Bank AG shares rose.") == {"Deutsche Bank AG"}
    assert _named_companies("Shares of Siemens Energy AG rose.") == {"Siemens Energy AG"}
    # two companies of one tail are two companies (rt37-7)
    assert _named_companies("Deutsche Bank AG and UniCredit Bank AG fell.") == {"Deutsche Bank AG", "UniCredit Bank AG"}


def _speaker_of(text: str, lang: str = "en"):
    from aligner.model import Article
    from aligner.quotes.extract import extract_quotes
    from aligner.quotes.speakers import normalise_speakers

    art = Article(id="a1", text=text, language=lang)
    qs = normalise_speakers(extract_quotes(art), {"a1": text})
    return [(q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None) for q in qs]


def test_a_nationality_before_title_words_is_no_speaker_rv80_6():
    q = '"We will decide in spring and not before," said '
    assert _speaker_of(q + "Dutch central banker Femke de Wit.")[0][0] == "Femke de Wit"
    assert _speaker_of(q + "the Irish finance minister Sean Walsh.")[0][0] == "Sean Walsh"
    assert _speaker_of(q + "the Danish European affairs minister Mette Lund.")[0][0] == "Mette Lund"
    assert _speaker_of(q + "Belgian banker Anna Berg.")[0][0] == "Anna Berg"
    # the title-case and noun forms as before
    assert _speaker_of(q + "Dutch Finance Minister Femke de Wit.")[0][0] == "Femke de Wit"
    assert _speaker_of(q + "German economist Anna Berg.")[0][0] == "Anna Berg"


def test_a_market_that_added_a_figure_did_not_speak_rv80_1():
    assert _speaker_of("The DAX closed higher on Thursday, while London's FTSE 100 added 0.4% to 8,312.") == []
    assert _speaker_of("Oil prices rose on Monday, Brent crude added 1.10 dollars to 74.30 dollars a barrel.") == []
    assert _speaker_of("Stocks rose on Thursday, while the euro added nearly 0.2% to $1.0830.") == []
    # "added" of a person who speaks stays a cue
    said = _speaker_of('"We will cut rates," Anna Berg said. "It is over," she added.')
    assert len(said) == 2
    assert len(_speaker_of("Anna Berg said the bank was safe. She added that 40% of staff had left.")) == 2
    # a time after "added" is when, not an amount (pr37-4)
    assert _speaker_of('Anna Berg spoke first. "We will cut rates," Berg added 20 minutes later.')[0][0] == "Anna Berg"


def test_a_spokesman_of_a_person_with_particles_is_not_that_person_rv80_12():
    from aligner.quotes.speakers import parse_mention

    for m in ("ein Sprecher von Kommissionspräsidentin Ursula von der Leyen", "ein Sprecher von Finanzminister Karl van den Berg",
              "eine Beraterin von Kommissionschefin Ursula von der Leyen", "der Anwalt des Angeklagten Paul von Krüger"):
        assert parse_mention(m, "de")[0] is None, m
    for m in ("A spokesperson for Commission President Ursula von der Leyen", "a spokesman for Finance Minister Karl van den Berg",
              "an aide to Ursula von der Leyen"):
        assert parse_mention(m, "en")[0] is None, m
    # the person herself, and a body's spokesman named after it
    assert parse_mention("Kommissionspräsidentin Ursula von der Leyen", "de")[0] == "Ursula von der Leyen"
    assert parse_mention("der Sprecher des Ministeriums Paul von Krüger", "de")[0] == "Paul von Krüger"
    assert parse_mention("Secretary of State Anna de Wit", "en")[0] == "Anna de Wit"
    assert parse_mention("Commission President Ursula von der Leyen", "en")[0] == "Ursula von der Leyen"


def test_data_that_showed_a_figure_is_no_speaker_rv80_22():
    for text in ("Data showed on Friday that euro zone inflation rose to 2.4% in November.",
                 "Figures showed on Friday that euro zone inflation rose to 2.4% in November.",
                 "The data showed that euro zone inflation rose to 2.4% in November.",
                 "Eurostat data showed that unemployment fell to 6.3% in October.",
                 "Minutes of the meeting showed that policymakers were split on the decision."):
        assert _speaker_of(text) == [], text
    # a person who showed something, a survey's author: as before
    assert _speaker_of("Anna Berg showed reporters that the plan was working well enough.")[0][0] == "Anna Berg"


def test_a_commuter_is_not_the_minister_rv79_1_rv79_2():
    from aligner.quotes.speakers import parse_mention

    text = ("Pendlerin Sabine, 41, steht am Bahnhof vor der Anzeigetafel. „Ich weiß nicht, wie ich zur Arbeit komme“, "
            "sagt sie.\n\nVerkehrsministerin Petra Ahlers rief beide Seiten zur Schlichtung auf. „Eine Schlichtung ist "
            "jetzt der einzige Weg“, sagte die Ministerin.")
    said = _speaker_of(text, "de")
    assert said[1][0] != "Sabine" and said[1][0] != "Pendlerin Sabine"
    # the passenger's or patient's noun is her role, not part of her name
    assert parse_mention("Fahrgast Jens Maier", "de")[:2] == ("Jens Maier", "Fahrgast")
    assert parse_mention("Krankenschwester Anna Vogt", "de")[:2] == ("Anna Vogt", "Krankenschwester")
    assert parse_mention("Pendlerin Sabine", "de")[:2] == ("Sabine", "Pendlerin")
