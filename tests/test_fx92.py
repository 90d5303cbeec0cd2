"""fx92: correction notes in German and other English wordings (rv58-2, rv58-12), and one id for a
German surname when another article folds the umlaut (rv58-13)."""

from __future__ import annotations

from aligner import Article, extract_quotes
from aligner.match.outlets import version_note


def _quotes(text: str, lang: str) -> tuple[list, list]:
    out: list = []
    qs = extract_quotes(Article(id="a", text=text, language=lang), retracted_out=out)
    return qs, out


KORR_DE = ("Korrektur: In einer früheren Version dieses Eintrags hieß es, Möller habe gesagt, die Lage sei "
           "„außer Kontrolle“. Das ist falsch. Sie sagte: „Die Lage ist ernst, aber unter Kontrolle.“")


def test_german_correction_note_takes_the_words_back() -> None:
    qs, out = _quotes(KORR_DE, "de")
    assert not any("außer Kontrolle" in q.text for q in qs)
    assert any("außer Kontrolle" in q.text for q in out)
    # the real quote after the note stays
    assert any(q.text.startswith("Die Lage ist ernst") for q in qs)


def test_german_entry_note_is_a_version_note() -> None:
    assert version_note("In einer früheren Version dieses Eintrags hieß es, der Hafen sei gesperrt.") == "a correction note"


def test_german_earlier_statement_without_retraction_stays() -> None:
    text = "Möller hatte am Morgen gesagt, die Lage sei „außer Kontrolle“. Am Abend klang sie ruhiger."
    qs, out = _quotes(text, "de")
    assert any("außer Kontrolle" in q.text for q in qs)
    assert not out

