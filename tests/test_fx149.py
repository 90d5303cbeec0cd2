"""fx149: spans of years in words (rv81-10), one statement given to two people (rv81-7), interrupted quotes
(rv80-18 taken back: pr41b-4, pr41b-5).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, WORTH_A_LOOK_FLAGS, compare, number_flag
from aligner.match.speaker_flag import pronoun_speakers_differ, speaker_verdict
from aligner.match.swapped import swapped_contrast
from aligner.model import QuoteVersion

# rv81-10: a span of years said without a figure against a count of years
SPAN_CHANGED = [
    ("The archive stayed closed for half a century.", "The archive stayed closed for 30 years.", "en"),
    ("The mill was built a century ago.", "The mill was built 300 years ago.", "en"),
    ("For a decade the village had no doctor.", "For three years the village had no doctor.", "en"),
    ("It is a century-old custom.", "It is a 150-year-old custom.", "en"),
    ("Die Orgel schwieg ein halbes Jahrhundert.", "Die Orgel schwieg 30 Jahre.", "de"),
    ("Die Mühle wurde vor einem Jahrzehnt verkauft.", "Die Mühle wurde vor drei Jahren verkauft.", "de"),
]
SPAN_SAME = [
    ("The archive stayed closed for half a century.", "The archive stayed closed for 50 years.", "en"),
    ("For a decade the village had no doctor.", "For ten years the village had no doctor.", "en"),
    ("The mill was built a century ago.", "The mill was built 100 years ago.", "en"),
    ("Die Mühle wurde vor einem Jahrzehnt verkauft.", "Die Mühle wurde vor zehn Jahren verkauft.", "de"),
    # a hedge before the span: a rounding, not a figure
    ("For nearly a decade the village had no doctor.", "For nine years the village had no doctor.", "en"),
    ("Die Orgel schwieg fast ein halbes Jahrhundert.", "Die Orgel schwieg 45 Jahre.", "de"),
    # no count of years in the other version: nothing read as a figure
    ("A century of brewing ends today.", "A long history of brewing ends today.", "en"),
    ("For decades the village had no doctor.", "For 20 years the village had no doctor.", "en"),
    ("He scored a century in the final.", "He scored 100 runs in the final two years ago.", "en"),
]


@pytest.mark.parametrize("a,b,lang", SPAN_CHANGED)
def test_span_of_years_against_another_count_is_a_number_change(a: str, b: str, lang: str) -> None:
    assert number_flag(a, b, lang) and number_flag(b, a, lang)


@pytest.mark.parametrize("a,b,lang", SPAN_SAME)
def test_span_of_years_against_the_same_count_or_none_is_no_change(a: str, b: str, lang: str) -> None:
    assert number_flag(a, b, lang) is None and number_flag(b, a, lang) is None


# rv81-7: one statement given to two people, one of them found through a pronoun
def _v(speaker: str | None, mention: str | None, how: str | None = None, conf: float = 0.9, lang: str = "en",
       text: str = "Restoring the old mill is not a hobby") -> QuoteVersion:
    return QuoteVersion(quote_id=f"{speaker}#q1", article_id=f"art-{speaker}", outlet="o", language=lang, original=text,
                        english=text, start=0, end=len(text), kind="direct", speaker=speaker,
                        speaker_id=f"spk:{(speaker or '').lower()}", speaker_mention=mention, speaker_resolved_from=how,
                        speaker_confidence=conf)


def test_pronoun_resolved_speaker_against_another_person_is_worth_a_look() -> None:
    a, b = _v("Greta Holm", "she", "pronoun"), _v("Jonas Wirth", "mill owner Jonas Wirth")
    ctx = ("Restoring the old mill is not a hobby, she said.", "Restoring the old mill is not a hobby, said mill owner Jonas Wirth.")
    assert speaker_verdict(a, b, None, ctx) is None  # never the serious flag
    said = pronoun_speakers_differ(a, b, None, ctx)
    assert said and "Greta Holm" in said and "through a pronoun" in said
    assert pronoun_speakers_differ(b, a, None, (ctx[1], ctx[0]))


@pytest.mark.parametrize("a,b,ctx", [
    # the same person
    (_v("Greta Holm", "she", "pronoun"), _v("Greta Holm", "Greta Holm"), (None, None)),
    # the other's speaker is named around the pronoun's quote: the pronoun may be his
    (_v("Greta Holm", "he", "pronoun"), _v("Jonas Wirth", "Jonas Wirth"),
     ("Greta Holm met Jonas Wirth. Restoring the old mill is not a hobby, he said.", None)),
    # the pronoun below the bar, or an organisation on the other side, or both through a pronoun
    (_v("Greta Holm", "she", "pronoun", conf=0.6), _v("Jonas Wirth", "Jonas Wirth"), (None, None)),
    (_v("Greta Holm", "she", "pronoun"), _v("org:mill_trust", "the mill trust"), (None, None)),
    (_v("Greta Holm", "she", "pronoun"), _v("Jonas Wirth", "he", "pronoun"), (None, None)),
    # found through a role, not a pronoun: as before
    (_v("Greta Holm", "the mayor", "role"), _v("Jonas Wirth", "Jonas Wirth"), (None, None)),
])
def test_no_speaker_doubt_where_the_names_or_the_sources_do_not_allow_it(a: QuoteVersion, b: QuoteVersion, ctx) -> None:
    assert pronoun_speakers_differ(a, b, None, ctx) is None


def test_speaker_uncertain_is_worth_a_look_only() -> None:
    assert "speaker-uncertain" in WORTH_A_LOOK_FLAGS and "speaker-uncertain" not in DISTORTION_FLAGS


# rv81-4: a swapped contrast
@pytest.mark.parametrize("a,b", [
    ("This loan is not a favour, it is a burden.", "This loan is not a burden, it is a favour."),
    ("It is a burden, not a favour.", "It is a favour, not a burden."),
    ("We need not money but time.", "We need not time but money."),
    ("Musik ist kein Hobby, sie ist ein Beruf.", "Musik ist kein Beruf, sie ist ein Hobby."),
    ("Das ist nicht Kunst, sondern Handwerk.", "Das ist nicht Handwerk, sondern Kunst."),
])
def test_a_swapped_contrast_is_a_negation(a: str, b: str) -> None:
    assert "negation" in compare(a, b).flags and "swapped" in str(compare(a, b).details["negation"])


@pytest.mark.parametrize("a,b", [
    ("This loan is not a favour, it is a burden.", "This loan is not a favour, it is a burden."),
    ("This loan is not a favour, it is a burden.", "This loan is a burden, not a favour."),
    ("This loan is not a favour, it is a burden, said the mayor.", "This loan is not a burden, it is a favour, and we pay."),
    ("It is not a favour, it is a burden, not a loan.", "It is not a burden, it is a favour, not a loan."),
    ("We need not only money but also time.", "We need not only time but also money."),
])
def test_no_swapped_contrast_where_the_words_do_not_trade_places_alone(a: str, b: str) -> None:
    assert not swapped_contrast(a, b)
