"""The 'lines shifted against their sources?' warning on brought translations: a line a
translator merged with the next sentence (whose own line is left empty) is no sign of a shift,
and a folder of translated documents (paired by the aligner) is never warned about."""

from __future__ import annotations

import logging

from aligner.model import Sentence, Translation
from aligner.translate.stage import _say_coverage

SRC = ["Berlin.", "Die Ministerin sprach am Montag lange mit den Gewerkschaften.",
       "Der Streit dauert an.", "Die Gespräche gehen weiter.", "Eine Einigung ist nicht in Sicht.",
       "Hamburg.", "Der Hafen meldete am Dienstag einen neuen Rekord beim Umschlag."]
GOOD = ["Berlin.", "The minister spoke at length with the unions on Monday.", "The dispute goes on.",
        "The talks continue.", "No agreement is in sight.", "Hamburg.", "On Tuesday the port reported a new record."]


def _rows(targets: list[str], flags: dict[int, list[str]] | None = None):
    sents = [Sentence(f"a#s{k}", "a", "a#p0", k, 0, len(s), s, "de") for k, s in enumerate(SRC)]
    out = [Translation(f"a#s{k}", s, t, "de", "en", "precomputed", "x", flags=(flags or {}).get(k, []))
           for k, (s, t) in enumerate(zip(SRC, targets))]
    return sents, out


def _shift_warnings(path, sents, out, caplog) -> list[str]:
    logger = logging.getLogger("aligner.translate.stage")
    logger.addHandler(caplog.handler)  # the CLI's console handler may stop propagation to the root
    try:
        with caplog.at_level(logging.WARNING, logger="aligner"):
            _say_coverage(path, out, sents, [], {})
    finally:
        logger.removeHandler(caplog.handler)
    seen = {id(r): r for r in caplog.records if "shifted against" in r.getMessage()}
    return [r.getMessage() for r in seen.values()]


def test_dateline_merged_with_the_next_sentence_is_no_shift(tmp_path, caplog):
    tsv = tmp_path / "merged.tsv"
    tsv.write_text("x\ty\n", encoding="utf-8")
    t = list(GOOD)
    t[0], t[1] = "Berlin. " + GOOD[1], ""  # dateline + next sentence on one line, the other left empty
    t[5], t[6] = "Hamburg. " + GOOD[6], ""
    sents, out = _rows(t, {0: ["length-ratio"], 5: ["length-ratio"], 1: ["merged"], 6: ["merged"]})
    assert _shift_warnings(tsv, sents, out, caplog) == []


def test_long_lines_without_a_merge_are_still_warned(tmp_path, caplog):
    tsv = tmp_path / "shifted.tsv"
    tsv.write_text("x\ty\n", encoding="utf-8")
    sents, out = _rows(GOOD[1:] + GOOD[:1], {0: ["length-ratio"], 5: ["length-ratio"]})
    said = _shift_warnings(tsv, sents, out, caplog)
    assert len(said) == 1 and "shifted.tsv" in said[0], said


def test_a_folder_of_translated_documents_is_not_warned(tmp_path, caplog):
    folder = tmp_path / "translated"
    folder.mkdir()
    sents, out = _rows(GOOD[1:] + GOOD[:1], {0: ["length-ratio"], 5: ["length-ratio"]})
    assert _shift_warnings(folder, sents, out, caplog) == []


def test_article_names_give_the_id_only_where_one_file_holds_several_articles():
    from aligner.model import Article
    from aligner.translate.stage import _article_names

    arts = [Article(id="j1", text="x", source_path="/in/feed.jsonl"), Article(id="j2", text="x", source_path="/in/feed.jsonl"),
            Article(id="t1", text="x", source_path="/in/alone.txt")]
    assert _article_names(arts, ["j1", "t1", "j2", "zz"]) == ["feed.jsonl (j1)", "alone.txt", "feed.jsonl (j2)", "zz"]
