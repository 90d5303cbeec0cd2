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


def test_english_bare_earlier_version_quoted_as_saying() -> None:
    text = ('Correction: This entry has been corrected. An earlier version quoted Moeller as saying the situation was '
            '"out of control". She said it was "serious but under control".')
    qs, out = _quotes(text, "en")
    assert not any("out of control" in q.text for q in qs)
    assert any("out of control" in q.text for q in out)
    assert any("serious but under control" in q.text for q in qs)


def test_english_denial_after_misquote_note() -> None:
    text = ('Update, 5:10 p.m.: We misquoted Moeller in an earlier entry. She did not say the situation was '
            '"out of control"; she said it was "serious but under control".')
    qs, out = _quotes(text, "en")
    assert not any("out of control" in q.text for q in qs)
    assert any("serious but under control" in q.text for q in qs)


def test_english_attributed_the_quote_in_an_entry() -> None:
    text = ('Clarification: An earlier version of this entry attributed the quote "Please stay away" to Moeller. '
            'It was said by police spokesman Jan Krueger.')
    qs, out = _quotes(text, "en")
    assert not any("Please stay away" in q.text for q in qs)


def test_german_denial_after_misquote_note() -> None:
    text = ("Korrektur, 17.10 Uhr: Wir haben Möller in einem früheren Eintrag falsch zitiert. Sie hat nicht gesagt, "
            "die Lage sei „außer Kontrolle“. Sie sagte: „Die Lage ist ernst, aber unter Kontrolle.“")
    qs, _ = _quotes(text, "de")
    assert not any("außer Kontrolle" in q.text for q in qs)
    assert any(q.text.startswith("Die Lage ist ernst") for q in qs)


def test_denial_without_a_note_is_left_as_today() -> None:
    # no note that the outlet misquoted anyone: the words stay where they were (neighbours, both languages)
    en = 'Moeller was asked about the fire. She did not say the situation was "out of control", but she said it was "serious".'
    de = "Möller hat nicht gesagt, die Lage sei „außer Kontrolle“. Sie sagte: „Die Lage ist ernst.“"
    assert any("out of control" in q.text for q in _quotes(en, "en")[0])
    assert any("außer Kontrolle" in q.text for q in _quotes(de, "de")[0])


def test_earlier_statement_quoted_in_english_stays() -> None:
    # an earlier statement, not an earlier version of the article
    text = 'Earlier in the day Moeller had said the situation was "out of control". An earlier version of the plan was dropped.'
    qs, out = _quotes(text, "en")
    assert any("out of control" in q.text for q in qs)
    assert not out


def _speaker_of(text: str, lang: str, words: str) -> str | None:
    q = next(q for q in extract_quotes(Article(id="a", text=text, language=lang)) if words in q.text)
    return q.speaker.name if q.speaker is not None else None


def test_german_dash_signature_on_the_quote_line_and_the_next() -> None:
    text = ("13.12 Uhr: Mehrere Terminals im Hafen haben die Abfertigung vorübergehend eingestellt.\n\n"
            "13.17 Uhr: „Bitte meiden Sie den Bereich weiträumig.“ – Polizeisprecher Jan Krüger\n\n"
            "16.03 Uhr: Die Polizei hat ein Bürgertelefon für Angehörige eingerichtet.\n\n"
            "16.06 Uhr: „Wir wissen noch nicht, ob Menschen im Wasser sind.“\n– Feuerwehrsprecherin Lena Vogt\n")
    assert _speaker_of(text, "de", "Bitte meiden") == "Jan Krüger"
    assert _speaker_of(text, "de", "Wir wissen noch nicht") == "Lena Vogt"


def test_english_dash_signature_on_the_quote_line() -> None:
    text = 'Several terminals have suspended loading.\n\n"Please stay well away from the area." - Police spokesman Jan Krueger\n'
    assert _speaker_of(text, "en", "Please stay") == "Jan Krueger"


def test_dash_after_a_quote_that_goes_on_as_prose_names_no_one() -> None:
    # the line goes on after the noun phrase, or the quote is no whole sentence: no signature (neighbours)
    for text in ("Der Hafen ist gesperrt.\n\n„Wir sind bereit.“ – Kritiker wie Anna Huber halten das für falsch.\n",
                 "Der Hafen ist gesperrt.\n\n„Wir sind bereit.“ – Das sagte Jan Krüger am Montag nicht.\n",
                 "Der Hafen ist gesperrt.\n\n„Wir sind bereit“ – Jan Krüger\n"):
        assert _speaker_of(text, "de", "Wir sind bereit") is None
