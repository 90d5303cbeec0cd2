"""fx91: files of other types in an input folder are said, once (rv57-14)."""

from __future__ import annotations

import logging

from aligner.ingest import ingest_paths

TEXT = "Die Regierung in Berlin hat am Dienstag neue Regeln für den Export beschlossen. Kritiker bemängelten viele Ausnahmen."


def _folder(tmp_path, names):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT, encoding="utf-8")
    for n in names:
        (d / n).write_bytes(b"PK\x03\x04 not an article")
    return d


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def _ingest(*args, **kw) -> tuple[object, list[str]]:
    """ingest_paths and the warnings it logs about other file types (a handler of its own: the
    console set up by other tests may stop records from reaching pytest's caplog)."""
    h = _Lines()
    logger = logging.getLogger("aligner.ingest")
    logger.addHandler(h)
    try:
        result = ingest_paths(*args, **kw)
    finally:
        logger.removeHandler(h)
    return result, [m for m in h.lines if "of other types" in m]


def test_other_file_types_in_a_folder_are_named_in_one_line(tmp_path):
    d = _folder(tmp_path, ["report.docx", "results.pdf", "README.md"])
    result, said = _ingest([d], ("de", "en"))
    assert len(result.articles) == 1  # type: ignore[attr-defined]
    assert len(said) == 1 and said[0].startswith("2 files of other types") and "report.docx, results.pdf" in said[0]
    assert "README" not in said[0]  # documentation is no article, and not worth a word


def test_nothing_said_without_other_files_or_when_quiet(tmp_path):
    d = _folder(tmp_path, ["README.md"])
    assert _ingest([d], ("de", "en"))[1] == []
    d2 = tmp_path / "two"
    d2.mkdir()
    (d2 / "x.pdf").write_bytes(b"%PDF-1.4")
    (d2 / "a.txt").write_text(TEXT, encoding="utf-8")
    assert _ingest([d2], ("de", "en"), quiet=True)[1] == []
