"""Input handling found by the session-17 review: translation_of given as a file name,
hard-wrapped single-block articles, skip reasons for unsupported languages and inputs
that used to be ignored without a word.  The sentences are invented."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

import aligner
from aligner.align.stage import resolve_translation_of
from aligner.model import Article


@pytest.fixture(autouse=True)
def _aligner_log_to_caplog(caplog, monkeypatch):
    """The CLI tests may have stopped the aligner logger's propagation: hear it directly."""
    logger = logging.getLogger("aligner")
    monkeypatch.setattr(logger, "handlers", [caplog.handler])
    monkeypatch.setattr(logger, "propagate", False)
    monkeypatch.setattr(logger, "level", logging.INFO)

DE = ("„Wir bauen die Brücke im Sommer“, sagte Lena Hofbauer am Dienstag.\n\n"
      "Der Bau soll zwei Jahre dauern. Die Stadt zahlt die Hälfte. Der Rest kommt vom Land.\n")
EN = ("\"We will build the bridge in summer,\" Lena Hofbauer said on Tuesday.\n\n"
      "Construction is to take two years. The city pays half. The rest comes from the state.\n")


def _pair_dir(tmp_path: Path, translation_of: str) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "bau_de.txt").write_text(DE, encoding="utf-8")
    (inp / "bau_en.txt").write_text(EN, encoding="utf-8")
    (inp / "metadata.tsv").write_text("file\toutlet\tlanguage\ttranslation_of\n"
                                      f"bau_de.txt\tA\tde\t\nbau_en.txt\tB\ten\t{translation_of}\n", encoding="utf-8")
    return inp


def _align_summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))["align"]


# --- translation_of by file name or stem -------------------------------------------------

def test_translation_of_naming_the_file_is_aligned(tmp_path):
    out = tmp_path / "run"
    aligner.run([str(_pair_dir(tmp_path, "bau_de.txt"))], str(out), only=["ingest", "align"])
    summary = _align_summary(out)
    assert summary["article_pairs"] == 1 and summary["missing"] == 0, summary
    assert (out / "corpus.tmx").exists()
    assert "Hofbauer" in (out / "corpus.tsv").read_text(encoding="utf-8")


def test_translation_of_naming_the_file_stem_is_aligned(tmp_path):
    out = tmp_path / "run"
    aligner.run([str(_pair_dir(tmp_path, "bau_de"))], str(out), only=["ingest", "align"])
    assert _align_summary(out)["article_pairs"] == 1


def test_unresolvable_translation_of_is_reported_with_file_and_value(tmp_path, caplog):
    out = tmp_path / "run"
    with caplog.at_level(logging.WARNING):
        aligner.run([str(_pair_dir(tmp_path, "bau_fr.txt"))], str(out), only=["ingest", "align"])
    said = json.dumps(_align_summary(out))
    assert "bau_fr.txt" in said and "bau_en.txt" in said, said
    lines = [r.getMessage() for r in caplog.records if "bau_fr.txt" in r.getMessage()]
    assert len(lines) == 1, lines  # one line, not one per stage or per lookup
    assert not (out / "corpus.tmx").exists()


def _art(aid: str, path: str | None, translation_of: str | None = None) -> Article:
    return Article(id=aid, text="x", source_path=path, translation_of=translation_of)


def test_resolution_prefers_the_id_then_the_translations_own_folder():
    arts = [_art("a", "o1/story.txt"), _art("story", "o2/story.txt"), _art("b", "o1/other.txt", "story.txt"),
            _art("c", "o3/t.txt", "story")]
    declared, unresolved = resolve_translation_of(arts)
    # "story.txt" names files in o1 and o2: the one beside the translation; "story" is an id
    assert sorted(declared) == [("a", "b"), ("story", "c")] and not unresolved


def test_ambiguous_or_self_translation_of_is_unresolved():
    arts = [_art("a", "o1/story.txt"), _art("b", "o2/story.txt"), _art("c", "o3/t.txt", "story.txt"),
            _art("d", "o3/d.txt", "d")]
    declared, unresolved = resolve_translation_of(arts)
    assert declared == []
    assert [(u["file"], u["translation_of"]) for u in unresolved] == [("o3/t.txt", "story.txt"), ("o3/d.txt", "d")]
    assert "2 input articles" in unresolved[0]["reason"] and "itself" in unresolved[1]["reason"]


# --- a language that is not configured -------------------------------------------------

def test_unsupported_language_is_named_as_the_closest_not_as_a_fact(tmp_path):
    from aligner.ingest import ingest_paths

    # Albanian: not among the wide detector's languages, so whatever it finds is a guess
    (tmp_path / "sq.txt").write_text("Bashkia njoftoi se ura e re mbi lumë do të hapet në verë. "
                                     "Punimet kanë filluar dy vjet më parë dhe kushtojnë shumë.\n", encoding="utf-8")
    res = ingest_paths([tmp_path], quiet=True)
    reason = {s.path.rsplit("/", 1)[-1]: s.reason for s in res.skipped}["sq.txt"]
    assert reason.startswith("language not one of de, en (closest: "), reason
    assert "%" not in reason and "language is" not in reason, reason


# --- inputs that used to be ignored without a word ---------------------------------------

def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_metadata_row_for_a_file_not_among_the_inputs_gets_one_line(tmp_path, caplog):
    from aligner.ingest import ingest_paths

    (tmp_path / "bau_de.txt").write_text(DE, encoding="utf-8")
    meta = tmp_path.parent / f"{tmp_path.name}-meta.tsv"
    meta.write_text("file\toutlet\nbau_de.txt\tA\nverschollen.txt\tB\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        res = ingest_paths([tmp_path], metadata=meta)
    assert [a.outlet for a in res.articles] == ["A"]
    lines = [m for m in _warnings(caplog) if "verschollen.txt" in m]
    assert len(lines) == 1 and str(meta) in lines[0], _warnings(caplog)
    assert not [m for m in _warnings(caplog) if "bau_de.txt" in m]  # the row in use is not named


def test_metadata_rows_for_unreadable_inputs_or_other_files_beside_a_named_file_are_not_unused(tmp_path, caplog):
    from aligner.ingest import ingest_paths

    (tmp_path / "bau_de.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "metadata.tsv").write_text("file\toutlet\nbau_de.txt\tA\nleer.txt\tB\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ingest_paths([tmp_path])  # leer.txt is skipped (empty): one line for that, none for its row
        ingest_paths([tmp_path / "bau_de.txt"])  # the sidecar beside it also describes leer.txt
    assert not [m for m in _warnings(caplog) if "metadata row" in m], _warnings(caplog)


def test_translations_line_with_an_empty_source_gets_one_line(tmp_path, caplog):
    from aligner.translate.precomputed import read_pairs

    tsv = tmp_path / "tr.tsv"
    tsv.write_text("Der Bau dauert zwei Jahre.\tConstruction takes two years.\n"
                   "\tThe city pays half.\n"
                   "Die Stadt zahlt die Hälfte.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        pairs = read_pairs(tsv)
    assert pairs == [("Der Bau dauert zwei Jahre.", "Construction takes two years.")]
    said = _warnings(caplog)
    assert len([m for m in said if ":2:" in m or "line 2" in m]) == 1, said
    assert len([m for m in said if ":3:" in m or "line 3" in m]) == 1, said
