"""Matching again on a run directory gives what the first match gave."""

from __future__ import annotations

from aligner.match.stage import english_renderings
from aligner.model import Quote, Sentence, Translation

DE = "Die Lage an der Grenze sei sehr ernst, sagte die Ministerin am Montag in Berlin."
EN = "The situation at the border was very serious, the minister said in Berlin on Monday."


def _data():
    s = Sentence("a#s0000", "a", "a#p0", 0, 0, len(DE), DE, "de")
    tr = Translation(s.id, DE, EN, "de", "en", "precomputed", "t.tsv")
    part = "Die Lage an der Grenze sei sehr ernst"
    q = Quote("a#q0", "a", part, 0, len(part), "indirect", "de", sentence_ids=[s.id])
    return {s.id: s}, {s.id: tr}, q


def test_english_recorded_by_a_first_match_gives_the_same_source_again():
    sents, trs, q = _data()
    (en, src), = english_renderings([q], sents, trs)
    assert src in ("sentence-part", "sentence-marks") and "situation at the border" in en
    q.english = en  # what the first match recorded in quotes.jsonl (quotes.stage.record_english)
    assert english_renderings([q], sents, trs) == [(en, src)]


def test_recorded_english_yields_to_changed_translations():
    sents, trs, q = _data()
    q.english = "an English rendering from an earlier run"
    (en, src), = english_renderings([q], sents, trs)
    assert "situation at the border" in en and src != "quote"
