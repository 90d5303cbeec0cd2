"""German frames of session 33 (ge34): an outlet in marks inside a colon frame, obituary headlines."""
from __future__ import annotations

import pytest

import aligner
from tests.quote_helpers import quote_speaker


@pytest.mark.parametrize("text, name", [
    ("Kane sagte der „Sport Bild“: „Ich bleibe in München.“", "Kane"),
    ("Kane sagte dem „Kicker“: „Ich bleibe in München.“", "Kane"),
    ("Kane sagte der Zeitung „Sport Bild“: „Ich bleibe in München.“", "Kane"),
    ("Harry Kane sagte der „Sport Bild“: „Ich bleibe in München.“", "Harry Kane"),
    ("Ole Werner sagte der „Süddeutschen Zeitung“: „Mit dem Punkt können wir leben.“", "Ole Werner"),
])
def test_an_outlet_in_marks_before_the_colon_is_told_the_words(text: str, name: str) -> None:
    got, conf = quote_speaker(text, "Ich" if "Ich" in text else "Mit")
    assert got == name and conf is not None and conf >= 0.8


@pytest.mark.parametrize("text, name", [
    # the paper itself is the subject when nothing before the verb is
    ("Dazu sagte der „Spiegel“: „Bayern ist pleite.“", "Spiegel"),
    ("Die „Zeit“ schreibt: „Ich bleibe in München.“", "Zeit"),
])
def test_outlet_neighbours_the_paper_as_subject(text: str, name: str) -> None:
    assert quote_speaker(text, "Bayern" if "Bayern" in text else "Ich")[0] == name


def test_outlet_neighbour_a_paper_quoted_is_not_the_quoter() -> None:
    assert quote_speaker("Kane zitierte den „Spiegel“: „Bayern ist pleite.“", "Bayern")[0] != "Kane"


@pytest.mark.parametrize("text", [
    "Nachruf auf Ruth Gasser: «Politik ist kein Spaziergang»",
    "Abschied von Tom Hadley: «Er war ein Riese»",
])
def test_an_obituary_headline_names_the_dead_not_the_speaker(text: str) -> None:
    assert quote_speaker(text, text.split("«")[1][:5])[0] is None


@pytest.mark.parametrize("text, opening, name", [
    ("Ruth Gasser: «Ich würde alles wieder so machen»", "Ich w", "Ruth Gasser"),
    ("Trauer um Ruth Gasser. Markus Caduff: «Sie war eine Kämpferin»", "Sie w", "Markus Caduff"),
])
def test_obituary_neighbours_a_name_before_the_colon_speaks(text: str, opening: str, name: str) -> None:
    assert quote_speaker(text, opening)[0] == name


@pytest.mark.parametrize("text", [
    "Alt Bundesrätin Ruth Gasser ist tot. «Sie war eine Kämpferin.» Das sagt Markus Caduff, ihr langjähriger Weggefährte.",
    "Ruth Gasser ist tot. «Sie war eine Kämpferin.» Mit diesen Worten erinnert Markus Caduff an Gasser.",
])
def test_a_next_sentence_that_names_the_speaker_beats_the_guess_from_the_sentence_before(text: str) -> None:
    assert quote_speaker(text, "Sie war")[0] == "Markus Caduff"


@pytest.mark.parametrize("text, wrong", [
    # neighbours: a verb that denies, or someone who said it too, names no one who said these words
    ("Ruth Gasser ist tot. «Sie war eine Kämpferin.» Das bestritt Markus Caduff.", "Markus Caduff"),
    ("Der Minister trat vor die Presse. „Wir bleiben hart.“ Das sagte auch die Kanzlerin.", "Kanzlerin"),
])
def test_next_sentence_neighbours(text: str, wrong: str) -> None:
    art = aligner.Article(id="a", text=text, language="de")
    qs = aligner.extract_quotes(art)
    sp = qs[0].speaker
    assert sp is None or (sp.name != wrong and wrong not in (sp.role or "") and wrong not in (sp.mention or ""))
