"""German partial quotes get English from their sentence's translation; one reader
of bring-your-own translations (BOM-safe, paragraph lines split into sentences)."""

from __future__ import annotations

from aligner.match.quote_english import locate
from aligner.match.stage import load_tsv as match_tsv
from aligner.match.stage import norm_key
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
