"""German partial quotes get English from their sentence's translation; one reader
of bring-your-own translations (BOM-safe, paragraph lines split into sentences);
English located when the translator cut sentences differently from the segmenter."""

from __future__ import annotations

from aligner.match.consistency import quoted_part
from aligner.match.quote_english import TranslationUnits, locate, part_of_sentences
from aligner.match.stage import english_renderings, norm_key
from aligner.match.stage import load_tsv as match_tsv
from aligner.model import Quote, Sentence, Translation
from aligner.translate.precomputed import load_tsv, read_pairs, source_key


def test_locate_by_quote_marks():
    s = "„Wir werden das nicht akzeptieren“, sagte Scholz am Montag in Berlin."
    got = locate(1, s.index("“"), s, '"We will not accept that," Scholz said on Monday in Berlin.')
    assert got == ("We will not accept that", "marks")


def test_locate_indirect_quote_by_position():
    s = "Die Ministerin sagte, die Lage an der Grenze sei sehr ernst."
    got = locate(s.index("die Lage"), len(s) - 1, s, "The minister said that the situation at the border was very serious.")
    assert got is not None and got[1] == "position"
    assert got[0] == "the situation at the border was very serious"


def test_mixed_quote_keeps_the_translations_quote_marks_as_its_exact_ends():
    # narration and quoted words: the narration is cut by position, the quoted words
    # are the translation's marked stretch, with its marks (``compare`` judges those)
    s = 'Falls die Preise weiter steigen, "werden wir mit den Partnern über neue Schritte reden", sagte sie.'
    t = 'If prices keep rising, "we will talk with the partners about new steps," she said.'
    got = locate(0, s.index('", sagte') + 1, s, t)
    assert got is not None and got[1] == "marks-narration"  # the narration's ends are approximate
    assert quoted_part(got[0]).strip(" ,") == "we will talk with the partners about new steps"
    # a quote that cuts a marked stretch of its sentence: by position, as before
    got = locate(0, s.index("Partnern"), s, t)
    assert got is not None and got[1] == "position"
    # the translation lost a pair of marks: no stretch to trust
    got = locate(0, s.index('", sagte') + 1, s, t.replace('"', ""))
    assert got is not None and got[1] == "position"


def test_reader_drops_bom_and_splits_paragraph_lines(tmp_path):
    p = tmp_path / "t.tsv"
    p.write_text("\ufeffDie Lage ist ernst.\tThe situation is serious.\n"
                 "Er kam spät. Dann ging er wieder nach Hause.\tHe came late. Then he went home again.\n",
                 encoding="utf-8")
    pairs = read_pairs(p)
    assert pairs[0][0] == "Die Lage ist ernst."  # no BOM on the first key
    table = load_tsv(p)
    assert table[source_key("Die Lage ist ernst.")] == "The situation is serious."
    # each sentence of a paragraph line is found on its own
    assert table[source_key("Dann ging er wieder nach Hause.")] == "Then he went home again."
    # one table, one key: the match stage looks into the translate stage's table
    assert match_tsv(p) == table and norm_key is source_key
    # a quote without its final period or its quote marks finds its line
    assert table[source_key("„Die Lage ist ernst“")] == "The situation is serious."

S0 = "Die Lage sei ernst, sagte der Minister am Montag in Berlin."
S1 = "Er fügte hinzu, man müsse jetzt schnell handeln."
EN = "The situation was serious, the minister said in Berlin on Monday. He added that we must act quickly now."


def _data(merged: bool = True):
    text = f"{S0} {S1}"
    s0 = Sentence("a#s0000", "a", "a#p0", 0, 0, len(S0), S0, "de")
    s1 = Sentence("a#s0001", "a", "a#p0", 1, len(S0) + 1, len(text), S1, "de")
    first = EN if merged else EN.split(". ")[0] + "."
    second = "" if merged else "He added that we must act quickly now."
    trs = {s0.id: Translation(s0.id, S0, first, "de", "en", "precomputed", "t.tsv"),
           s1.id: Translation(s1.id, S1, second, "de", "en", "precomputed", "t.tsv", flags=["merged"] if merged else [])}
    part = "man müsse jetzt schnell handeln"
    at = text.index(part)
    q = Quote("a#q0", "a", part, at, at + len(part), "indirect", "de", sentence_ids=[s1.id])
    return {s0.id: s0, s1.id: s1}, trs, q


def test_a_merged_sentence_is_located_in_the_translation_of_the_one_before():
    sents, trs, q = _data()
    units = TranslationUnits(sents, trs)
    assert units.widen(["a#s0001"]) == ["a#s0000", "a#s0001"]
    assert units.widen(["a#s0000"]) == ["a#s0000", "a#s0001"]  # its translation holds the next one too
    got = part_of_sentences(q, units)
    assert got is not None and got[1] == "position"
    assert "act quickly now" in got[0] and "minister" not in got[0]
    (en, src), = english_renderings([q], sents, trs)
    assert src == "sentence-part" and "act quickly now" in en
    # a later ``--only match`` reads the quote with the English this run recorded: the
    # same rendering and the same source (a part cut by position has uncertain ends,
    # which the truncation check must know on every run)
    q.english = en
    assert english_renderings([q], sents, trs) == [(en, "sentence-part")]


def test_sentences_translated_one_by_one_are_not_widened():
    sents, trs, q = _data(merged=False)
    units = TranslationUnits(sents, trs)
    assert units.widen(["a#s0001"]) == ["a#s0001"]
    got = part_of_sentences(q, units)
    assert got is not None and "act quickly now" in got[0]


def test_a_quote_without_a_translated_sentence_is_found_in_the_line_that_holds_it():
    from aligner.match.quote_english import LineIndex, from_lines

    # the translator gave two lines where the segmenter found one sentence: no line is
    # the sentence, but one holds the quote
    table = {source_key("Doch dann drehte die SGE auf und siegte furios mit 5:2."):
             "But then the SGE turned it up and won furiously 5:2.",
             source_key('"Es ist Wahnsinn, was die Jungs heute geleistet haben", jubelte Trainer Oliver Glasner.'):
             '"It\'s amazing what the boys did today," cheered coach Oliver Glasner.'}
    index = LineIndex(table)
    got = from_lines("Es ist Wahnsinn, was die Jungs heute geleistet haben", index)
    assert got is not None and got[1] == "position"
    assert "amazing what the boys did today" in got[0] and "SGE" not in got[0]
    whole = from_lines("Doch dann drehte die SGE auf und siegte furios mit 5:2", index)
    assert whole == ("But then the SGE turned it up and won furiously 5:2.", "tsv")
    assert from_lines("Die Lage ist ernst", index) is None
