"""Transcript lines, session 29 (fx89); invented text.

A briefing transcript gives its speakers' words after a label ("MS. OKAFOR: ...") and an
interview its answers after "A:"; the quote extraction does not read such lines, so the
report's "What could not be checked" says how many there are, per article, instead of
staying silent (a changed number there is compared with nothing)."""

from __future__ import annotations

from pathlib import Path

import aligner
from aligner.report.common import NO_NOTES, ReportNotes, coverage_notes, transcript_lines

BRIEFING = """Briefing on the ferry strike

Below is an excerpt of Tuesday's briefing.

Q: Lena, how many ferries are still in port?

MS. OKAFOR: About 2,100 ferries are still in port, and we expect that number to fall by the evening.

Q: Who is to blame?

Okafor: This is not a question of blame.

PORT DIRECTOR TOMAS BERGER: We will reopen the north terminal on Friday.
"""

INTERVIEW = """Q&A: the harbour's future

**Q. Will the terminal close?**

**A.** No, the terminal stays open until the spring.

**Q. And after that?**

**A.** We will see.
"""

NEWS = """Ferries stay in port

UPDATE: The strike ended on Wednesday evening.

Washington: the talks went on for six hours, officials said.

"We will reopen the north terminal on Friday," port director Tomas Berger said.
"""


def test_labelled_lines_and_answers_are_counted():
    assert transcript_lines(BRIEFING) == 3
    assert transcript_lines(INTERVIEW) == 2


def test_an_ordinary_article_has_none():
    # an editor's label and a dateline are no speaker's label; a lone labelled line is no transcript
    assert transcript_lines(NEWS) == 0
    assert transcript_lines("Title\n\nJOHN SMITH: One line only.\n") == 0


def test_a_line_read_as_a_quote_is_not_counted():
    at = BRIEFING.index("We will reopen")
    end = BRIEFING.index("Friday.") + len("Friday.")
    assert transcript_lines(BRIEFING, [(at, end)]) == 2
    # a fragment of a line read as an indirect quote does not make the line read
    frag = BRIEFING.index("that number to fall")
    assert transcript_lines(BRIEFING, [(frag, frag + 20)]) == 3


def test_the_note_names_the_articles():
    notes = coverage_notes([], ReportNotes(transcript_lines=[("Briefing on the ferry strike", 3)]))
    said = [n for n in notes if "transcript line" in n]
    assert len(said) == 1 and "3 transcript line(s) in 1 article(s)" in said[0]
    assert "Briefing on the ferry strike (3)" in said[0]
    assert not [n for n in coverage_notes([], NO_NOTES) if "transcript line" in n]


def test_a_run_reports_the_transcript_lines(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "briefing.txt").write_text(BRIEFING, encoding="utf-8")
    (src / "news.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "run"
    aligner.run([str(src)], str(out))
    md = (out / "report.md").read_text(encoding="utf-8")
    head = md.split("## Summary")[0]
    assert "transcript line(s) in 1 article(s)" in head and "Briefing on the ferry strike" in head
