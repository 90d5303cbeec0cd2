"""Session 34, lead: matching and flags."""
from __future__ import annotations

import pytest

from aligner.match.consistency import compare


@pytest.mark.parametrize("a,b,lang", [
    ("Processing takes 8.7 months on average", "Processing takes almost nine months on average", "en"),
    ("The driver had 1.8 per mille", "The driver had nearly two per mille", "en"),
    ("Die Bearbeitung dauert 8,7 Monate", "Die Bearbeitung dauert fast neun Monate", "de"),
])
def test_a_hedged_round_figure_in_words_is_no_changed_number(a: str, b: str, lang: str) -> None:
    # rv73-4, rv72-21: 'almost nine' rounds 8.7 as 'almost 9' does: worth a look, never a serious number flag
    r = compare(a, b, lang=lang)
    assert "number" not in r.flags
    assert "wording" in r.flags


@pytest.mark.parametrize("a,b", [
    ("Processing takes 6.8 months", "Processing takes seven months"),  # no hedge: a changed figure, as in digits
    ("Processing takes 5.5 months", "Processing takes nearly seven months"),  # the hedge does not fit
    ("It took 1.5 years", "It took nearly two years"),  # too far for 'nearly'
    ("We lost 31 players", "We lost about twenty players"),
])
def test_a_figure_in_words_that_does_not_round_the_other_stays_a_number_flag(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags


@pytest.mark.parametrize("a,b,lang", [
    ("At half past two we convened the crisis team", "At 14:30 we convened the crisis team", "en"),
    ("Um halb drei haben wir den Krisenstab einberufen", "Um 14:30 Uhr haben wir den Krisenstab einberufen", "de"),
])
def test_a_clock_time_in_words_is_the_same_time_in_digits(a: str, b: str, lang: str) -> None:
    # rv74-5: 'halb drei' / 'half past two' is 2:30 on a 12-hour clock: 14:30 is no other time
    assert "number" not in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b,lang", [
    ("At half past three we convened the crisis team", "At 14:30 we convened the crisis team", "en"),
    ("Um halb vier haben wir den Krisenstab einberufen", "Um 14:30 Uhr haben wir den Krisenstab einberufen", "de"),
    ("We met at 7:15 a.m.", "We met at 7:15 p.m.", "en"),
])
def test_another_time_stays_a_number_flag(a: str, b: str, lang: str) -> None:
    assert "number" in compare(a, b, lang=lang).flags


# --- rv72-9 / rv72-15: two people quoted in both articles, two short statements that open alike ----------

from aligner.match.clusters import build_clusters  # noqa: E402
from aligner.model import QuoteVersion  # noqa: E402


def _said(qid: str, art: str, text: str, speaker: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art, language="en", original=text, english=text,
                        start=0, end=len(text), kind="direct", speaker=speaker,
                        speaker_id="spk:" + speaker.lower().replace(" ", "_"), speaker_confidence=0.9)


def _groups(vs: list[QuoteVersion]) -> list[set[str]]:
    clusters = build_clusters(vs, with_bleu=False)
    return [{v.speaker or "" for v in c.versions} for c in clusters]


def test_each_persons_short_statement_is_not_joined_to_the_others_that_opens_alike() -> None:
    vs = [_said("a1", "a", "The driver was 34 and had no licence", "Uwe Brand"),
          _said("a2", "a", "The man was screaming for help", "Karl Pohl"),
          _said("b1", "b", "The driver was drunk", "Karl Pohl"),
          _said("b2", "b", "The man was 34 years old", "Uwe Brand")]
    assert all(len(g) == 1 for g in _groups(vs))  # no cluster holds both people


def test_a_misattributed_quote_stays_one_cluster_with_its_speaker_flag() -> None:
    # neighbour: the same words given to another person (both quoted in both articles): one statement, flagged
    vs = [_said("a1", "a", "We will not raise taxes next year under any circumstances", "Uwe Brand"),
          _said("a2", "a", "The man was screaming for help", "Karl Pohl"),
          _said("b1", "b", "We will not raise taxes next year under any circumstances", "Karl Pohl"),
          _said("b2", "b", "The man was 34 years old", "Uwe Brand")]
    clusters = build_clusters(vs, with_bleu=False)
    joined = [c for c in clusters if {v.speaker for v in c.versions} == {"Uwe Brand", "Karl Pohl"}]
    assert len(joined) == 1 and "speaker" in joined[0].flags


@pytest.mark.parametrize("a,b,lang", [
    ("Um drei Uhr nachmittags begann die Räumung", "Um 15 Uhr begann die Räumung", "de"),
    ("At 6 o'clock in the evening the dam broke", "At 18:00 the dam broke", "en"),
])
def test_an_hour_on_the_twelve_hour_clock_is_the_same_time_on_the_24_hour_clock(a: str, b: str, lang: str) -> None:
    # rv74-5: 'drei Uhr nachmittags' is 15 Uhr; 'six o'clock in the evening' is 18:00
    assert "number" not in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b,lang", [
    ("At 7 o'clock tonight we close", "At 22:00 we close", "en"),
    ("Um vier Uhr begann die Räumung", "Um 15 Uhr begann die Räumung", "de"),
    ("Wir haben drei Uhren gekauft", "Wir haben 15 Uhren gekauft", "de"),
])
def test_another_hour_stays_a_number_flag(a: str, b: str, lang: str) -> None:
    assert "number" in compare(a, b, lang=lang).flags
