"""fx114: false serious flags of bounds / age bands against exact figures, ages said two ways, surnames that are
German function words, 'junior' after a surname."""

from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _q(s: str) -> str:
    return f'"{s}," she said.'


@pytest.mark.parametrize("a, b", [
    (_q("For more than 10 years she was our voice"), _q("For 8 years she was our voice")),
    (_q("For more than 10 years she was our voice"), _q("For 25 years she was our voice")),
    (_q("Not more than 10 people came"), _q("12 people came")),
    (_q("Fewer than 10 people came"), _q("12 people came")),
    (_q("Under 100 people came"), _q("10 people came")),
    (_q("Nearly 100 people came"), _q("50 people came")),
    (_q("She was in her 80s when she died"), _q("She was 91 when she died")),
    (_q("She was in her early 80s when she died"), _q("She was 89 when she died")),
    (_q("It happened in the 80s, when she was young"), _q("It happened in 84, when she was young")),
    ('„Sie war Ende 80, als sie starb“, sagte er.', '„Sie war 84, als sie starb“, sagte er.'),
    (_q("She was in her 80s when she died and 40 people came"), _q("She was 84 when she died and 50 people came")),
])
def test_a_bound_or_band_the_figure_misses_stays_a_number_change(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags


@pytest.mark.parametrize("a, b", [
    ("My mother, who is 90 years old, lives alone.", "My 90-year-old mother lives alone."),
    ("The 30-year-old treaty has served us well.", "The treaty, which is 30 years old, has served us well."),
    ("Die 90-jährige Mutter lebt allein.", "Die Mutter, die 90 Jahre alt ist, lebt allein."),
])
def test_an_age_said_as_one_word_or_three_is_no_truncation(a: str, b: str) -> None:
    got = compare(a, b)
    assert "truncation" not in got.flags and "number" not in got.flags


def test_a_real_cut_next_to_an_age_word_stays_a_truncation() -> None:
    long = "My mother, who is 90 years old, lives alone and refuses every offer of help from us."
    assert "truncation" in compare(long, "My 90-year-old mother lives alone.").flags


def _speakers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    import aligner
    from aligner.quotes import normalise_speakers

    art = aligner.Article(id="a", text=text, language=lang)
    qs = aligner.extract_quotes(art)
    normalise_speakers(qs, {art.id: art.text})
    return [(q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None) for q in qs]


@pytest.mark.parametrize("text", [
    "„Wir helfen“, sagte Niedersachsens Ministerpräsident Stephan Weil.",
    "„Wir helfen“, sagte Stephan Weil am Montag in Hannover.",
    "„Wir helfen“, sagte Ministerpräsident Stephan Weil (SPD).",
])
def test_a_surname_spelt_like_a_conjunction_after_a_first_name_is_the_surname(text: str) -> None:
    assert [name for name, _ in _speakers(text, "de")] == ["Stephan Weil"]


@pytest.mark.parametrize("text", [
    "„Wir helfen“, sagte Stephan, weil er krank war.",
    "„Wir helfen“, sagte Stephan Weil er krank war.",
])
def test_the_conjunction_after_a_first_name_stays_the_conjunction(text: str) -> None:
    assert "Stephan Weil" not in [name for name, _ in _speakers(text, "de")]


@pytest.mark.parametrize("text", [
    '"He was my hero," said Jamie Hadley junior.',
    'Former Scotland striker Tom Hadley has died at the age of 71.\n\n"He was my hero," said Jamie Hadley junior.',
])
def test_a_full_name_with_junior_is_a_person_never_a_body(text: str) -> None:
    import aligner
    from aligner.quotes import normalise_speakers

    art = aligner.Article(id="a", text=text, language="en")
    qs = aligner.extract_quotes(art)
    normalise_speakers(qs, {art.id: art.text})
    spk = qs[-1].speaker
    assert spk is not None and not (spk.id or "").startswith("org:")
    assert spk.name in (None, "Jamie Hadley junior")
