"""fx120: false serious flags on relative dates, ratios, a question and its answer, two
translations of one short answer (session 33 reviewers' findings rv70-25, rv70-26,
rv69-17, rv69-18)."""

from __future__ import annotations

import pytest

from aligner.match.clusters import build_clusters
from aligner.match.consistency import compare
from aligner.model import QuoteVersion


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# --- rv70-25: a count of years against a year -------------------------------------

@pytest.mark.parametrize("a,b,lang", [
    ("The law was passed two years ago.", "The law was passed in 2024.", "en"),
    ("We have waited for the past three years for the grid link.", "We have waited since 2023 for the grid link.", "en"),
    ("Das Gesetz wurde vor zwei Jahren beschlossen.", "Das Gesetz wurde 2024 beschlossen.", "de"),
    ("Wir warten seit drei Jahren auf die Netzanbindung.", "Wir warten seit 2023 auf die Netzanbindung.", "de"),
])
def test_count_of_years_against_a_year_is_not_compared_and_said(a: str, b: str, lang: str) -> None:
    for x, y in ((a, b), (b, a)):
        got = compare(x, y, lang=lang)
        assert "number" not in got.flags
        assert "not compared" in got.details["number_not_compared"]


@pytest.mark.parametrize("a,b,lang", [
    ("The law was passed two years ago.", "The law was passed three years ago.", "en"),  # two counts: compared
    ("The plant closed in 2021.", "The plant closed in 2023.", "en"),  # two years: compared
    ("Das Gesetz wurde vor zwei Jahren beschlossen.", "Das Gesetz wurde vor drei Jahren beschlossen.", "de"),
])
def test_counts_and_years_of_one_kind_still_compared(a: str, b: str, lang: str) -> None:
    assert "number" in _flags(a, b, lang)


def test_other_changed_figure_next_to_a_relative_date_still_flagged() -> None:
    got = compare("The law was passed two years ago with 400 votes.", "The law was passed in 2024 with 380 votes.")
    assert "number" in got.flags and "400" in got.details["number"]


# --- rv69-17: two renderings of one short answer are no cut ------------------------

def _v(qid: str, art: str, en: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=en,
                        english=en, start=0, end=len(en), kind="direct", speaker=None, speaker_id=None)


_FRAME = "Scholz said of sending German soldiers to the front on Monday in Berlin."


def _part_pair(short: str, long: str):
    vs = [_v("short", "a-1", short), _v("long", "b-1", long)]
    clusters = build_clusters(vs, contexts=[f"“{short},” {_FRAME}", f"“{long},” {_FRAME}"], with_bleu=False)
    assert len(clusters) == 1
    (pair,) = clusters[0].pairs
    return pair


@pytest.mark.parametrize("short,long", [
    ("I rule that out", "That is out of the question for me"),
    ("I rule that out completely", "For me that is out of the question"),
])
def test_two_renderings_of_one_short_answer_are_no_truncation(short: str, long: str) -> None:
    pair = _part_pair(short, long)
    assert "truncation" not in pair.flags
    assert "not a truncation" in pair.details["coverage"]


@pytest.mark.parametrize("short,long", [
    ("I rule that out", "That is out of the question for me and for the whole government"),
    ("I rule that out", "That is out of the question for me and my party"),
])
def test_a_short_answer_against_a_much_longer_rendering_is_still_a_cut(short: str, long: str) -> None:
    assert "truncation" in _part_pair(short, long).flags


# --- rv69-18: a question and the answer that echoes it are two quotes ----------------

def _said(qid: str, art: str, text: str, speaker: str, original: str | None = None,
          lang: str = "en") -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language=lang,
                        original=original or text, english=text, start=0, end=len(text), kind="direct",
                        speaker=speaker, speaker_id=speaker.lower().replace(" ", "-"))


_NIGHT = "on Tuesday night in the studio of the talk show in Hamburg."


def _clustered(x: QuoteVersion, y: QuoteVersion, cx: str, cy: str):
    return build_clusters([x, y], contexts=[cx, cy], with_bleu=False)


@pytest.mark.parametrize("question,answer", [
    ("Did you make mistakes with the heating law?", "We made mistakes with the heating law"),
    ("Will you run again in 2025?", "I will run again in 2025"),
    ("Are prices going to fall by 4 percent next year?", "Prices are going to fall by 4 percent next year"),
])
def test_a_question_and_its_echoing_answer_are_not_one_quote(question: str, answer: str) -> None:
    q = _said("q", "a-1", question, "Markus Lanz")
    s = _said("s", "b-1", answer, "Robert Habeck")
    assert _clustered(q, s, f"“{question}” Markus Lanz asked {_NIGHT}",
                      f"“{answer},” Robert Habeck said {_NIGHT}") == []


def test_a_german_question_and_its_answer_are_not_one_quote() -> None:
    q = _said("q", "a-1", "Did you make mistakes with the heating law?", "Markus Lanz",
              "Haben Sie beim Heizungsgesetz Fehler gemacht?", "de")
    s = _said("s", "b-1", "We made mistakes with the heating law", "Robert Habeck",
              "Wir haben beim Heizungsgesetz Fehler gemacht", "de")
    assert _clustered(q, s, "„Haben Sie beim Heizungsgesetz Fehler gemacht?“, fragte Markus Lanz.",
                      "„Wir haben beim Heizungsgesetz Fehler gemacht“, sagte Robert Habeck.") == []


@pytest.mark.parametrize("a,b", [
    ("Did you make mistakes with the heating law?", "Did you make any mistakes with the heating law?"),
    # a question an outlet ends with a comma: still a question by its opening word
    ("Why should German taxpayers pay for this failure?", "Why should German taxpayers pay for this failure"),
    # several sentences ending in a question: not one question
    ("We made mistakes with the heating law. Who does not?", "We made mistakes with the heating law, who does not"),
])
def test_two_renderings_of_one_question_still_one_quote(a: str, b: str) -> None:
    x, y = _said("x", "a-1", a, "Markus Lanz"), _said("y", "b-1", b, "Markus Lanz")
    (c,) = _clustered(x, y, f"“{a}” Markus Lanz asked {_NIGHT}", f"“{b},” Markus Lanz asked {_NIGHT}")
    assert {v.quote_id for v in c.versions} == {"x", "y"}


def test_one_statement_credited_to_two_speakers_still_flagged() -> None:
    text = "We made mistakes with the heating law"
    x, y = _said("x", "a-1", text, "Robert Habeck"), _said("y", "b-1", text, "Markus Lanz")
    (c,) = _clustered(x, y, f"“{text},” Robert Habeck said {_NIGHT}", f"“{text},” Markus Lanz said {_NIGHT}")
    assert "speaker" in c.pairs[0].flags


def test_a_quoted_piece_of_a_longer_question_is_no_question() -> None:
    # the German quote is the end of a question asked in the narration; its English carries the "?"
    text = "appointment with a tax advisor, lawyer or investment advisor can't take place outdoors"
    x = _said("x", "a-1", text + "?", "Markus Lanz", "der Termin mit Steuerberaterin oder Anwalt nicht im Freien stattfinden kann",
              "de")
    y = _said("y", "b-1", "an " + text, "Markus Lanz")
    (c,) = _clustered(x, y, f"Why is it that the “{text}?”", f"It is unclear why “an {text}”, Markus Lanz asked {_NIGHT}")
    assert {v.quote_id for v in c.versions} == {"x", "y"}
