"""The quote scorer's speaker measure (aligner.quotes.evaluate): pronoun sources judged by their
antecedent, nested gold annotations given to the message the quotation marks delimit, and the
old measure kept behind ``strict``.  Hand-written sentences."""

from __future__ import annotations

from aligner.model import Speaker
from aligner.quotes.evaluate import antecedent_words, gold_direct, speaker_right


def at(t: str, s: str, nth: int = 0) -> tuple[int, int]:
    a = -1
    for _ in range(nth + 1):
        a = t.index(s, a + 1)
    return (a, a + len(s))


def _gold(t: str, message: str, source: tuple[int, int]) -> dict:
    return {"cls": "direct", "message": [at(t, message)], "source": [source]}


def test_relative_pronoun_source_counts_its_antecedent():
    t = "The plan drew fire from Lena Ortiz, who called it “a costly and cruel mistake” on Monday."
    who = at(t, "who")
    golds, _ = gold_direct(t, [_gold(t, "“a costly and cruel mistake”", who)], {0})
    (g,) = golds
    ortiz = Speaker(mention="Lena Ortiz", start=t.index("Lena"), end=t.index(", who"), name="Lena Ortiz")
    assert speaker_right(t, ortiz, g["source_chars"], g["alt_words"])
    assert not speaker_right(t, Speaker(mention="Monday", start=t.index("Monday"), end=t.index("Monday") + 6, name="Monday"),
                             g["source_chars"], g["alt_words"])
    strict, _ = gold_direct(t, [_gold(t, "“a costly and cruel mistake”", who)], {0}, strict=True)
    assert not speaker_right(t, ortiz, strict[0]["source_chars"], strict[0]["alt_words"])  # the old measure: "who" only


def test_personal_pronoun_source_counts_the_annotated_antecedent_not_any_name():
    t = ("Senator Paul Wendt said the bill was late. Later he said it was “far too little and far too late” "
         "for the farmers, a line Maria Kuhn repeated.")
    wendt = at(t, "Senator Paul Wendt")
    he = at(t, "he")
    gold = [{"cls": "indirect", "message": [at(t, "the bill was late")], "source": [wendt]},
            _gold(t, "“far too little and far too late”", he)]
    golds, _ = gold_direct(t, gold, {0})
    (g,) = golds
    assert "wendt" in g["alt_words"] and "senator" in g["alt_words"]
    far = Speaker(mention="Wendt", start=None, end=None, name="Paul Wendt")
    assert speaker_right(t, far, g["source_chars"], g["alt_words"])
    kuhn = Speaker(mention="Maria Kuhn", start=t.index("Maria"), end=t.index(" repeated"), name="Maria Kuhn")
    assert not speaker_right(t, kuhn, g["source_chars"], g["alt_words"])


def test_no_antecedent_for_a_named_source_or_one_far_back():
    t = "Paul Wendt spoke. " + "Nothing else happened that day. " * 40 + "He said so."
    sources = [[at(t, "Paul Wendt")], [at(t, "He")]]
    assert antecedent_words(t, sources[0], sources) == frozenset()  # a name needs no antecedent
    assert antecedent_words(t, sources[1], sources) == frozenset()  # beyond the reach


def test_nested_annotation_the_quote_belongs_to_the_message_its_marks_delimit():
    t = "Sein Stellvertreter teilte mit: „Er sagte, er ruft uns an, wenn er zurückkommt.“"
    deputy = at(t, "Sein Stellvertreter")
    er = at(t, "Er sagte")[0], at(t, "Er sagte")[0] + 2
    outer = _gold(t, "„Er sagte, er ruft uns an, wenn er zurückkommt.“", deputy)
    inner = {"cls": "indirect", "message": [at(t, "er ruft uns an, wenn er zurückkommt")], "source": [er],
             "nested": True}
    (g,), _ = gold_direct(t, [outer, inner], {0})
    assert g["source"] == [deputy]
    (s,), _ = gold_direct(t, [outer, inner], {0}, strict=True)
    assert s["source"] == [er]  # the old measure gave it to the smallest message


def test_partial_quote_inside_reported_speech_keeps_the_inner_source():
    t = "Anna Berg said that Tom Lind called the deal “a betrayal of every voter here” last week."
    berg, lind = at(t, "Anna Berg"), at(t, "Tom Lind")
    outer = {"cls": "indirect", "message": [at(t, "Tom Lind called the deal “a betrayal of every voter here” last week")],
             "source": [berg]}
    inner = _gold(t, "“a betrayal of every voter here”", lind)
    (g,), _ = gold_direct(t, [outer, inner], {0})
    assert g["source"] == [lind]


def test_mixed_straight_and_curly_marks_split_at_the_frame():
    from aligner.quotes.evaluate import quoted_stretches

    t = '“We are going to win it all," she said. "Nobody can stop us now.” Then she left.'
    assert [t[a:b] for _, a, b in quoted_stretches(t)] == ["We are going to win it all,", "Nobody can stop us now."]
    t2 = '“He called it "a sham" and walked out,” she said. Then she left.'
    assert [t2[a:b] for _, a, b in quoted_stretches(t2)] == ['He called it "a sham" and walked out,']


def test_frame_held_in_the_gold_message_after_the_quote_counts_as_source():
    t = "“We will not back down on this one,” Walker said, according to a wire account. Then the families left."
    msg = (0, t.index(", according"))
    src = at(t, "a wire account")
    gold = [{"cls": "direct", "message": [msg], "source": [src]}]
    (g,), _ = gold_direct(t, gold, {0})
    walker = Speaker(mention="Walker", start=t.index("Walker"), end=t.index("Walker") + 6, name="Walker")
    assert speaker_right(t, walker, g["source_chars"], g["alt_words"])
    (s,), _ = gold_direct(t, gold, {0}, strict=True)
    assert not speaker_right(t, walker, s["source_chars"], s["alt_words"])
    # words that carry on the reporter's sentence after a partial quote are no frame
    t2 = "He called it “a total and utter failure” and the families agreed, the report said."
    gold2 = [{"cls": "indirect", "message": [(t2.index("“a total"), t2.index(", the report"))], "source": [at(t2, "the report")]}]
    (g2,), _ = gold_direct(t2, gold2, {0})
    fam = Speaker(mention="the families", start=t2.index("the families"), end=t2.index(" agreed"))
    assert not speaker_right(t2, fam, g2["source_chars"], g2["alt_words"])


def test_error_counts_name_each_with_speaker_error_by_cause():
    from aligner.model import Article
    from aligner.quotes import extract_quotes
    from aligner.quotes.evaluate import score_document

    t = ("“We will rebuild the bridge by spring,” said Mayor Lena Ortiz. Then Paul Wendt said: “The money is not there "
         "yet at all.” Later Wendt added: “Nobody has asked us about it.”")
    gold = [_gold(t, "We will rebuild the bridge by spring,", at(t, "Mayor Lena Ortiz")),
            _gold(t, "The money is not there yet at all.", at(t, "Lena Ortiz"))]  # gold gives it to Ortiz: Wendt is wrong
    rows, _ = score_document(t, extract_quotes(Article(id="t", text=t, language="en")), gold, {0})
    assert rows["errors"] == {"found, wrong speaker (>= 0.8): named": 1, "prediction matching no gold quote: standalone": 1}
    assert rows["direct"][:2] == [3, 2]  # three predicted, two gold


def test_error_counts_say_what_became_of_a_gold_quote_not_found():
    from aligner.model import Article
    from aligner.quotes import extract_quotes
    from aligner.quotes.evaluate import score_document

    t = "Sie las aus ihrem Buch „Die lange Nacht am Fluss“ vor."
    gold = [_gold(t, "Die lange Nacht am Fluss", at(t, "Sie"))]  # gold gives the title a source; the extractor calls it a title
    rows, _ = score_document(t, extract_quotes(Article(id="t", text=t, language="de")), gold, {0})
    assert rows["errors"] == {"gold not found: partial (taken as a title)": 1}  # five words inside a sentence: partial
