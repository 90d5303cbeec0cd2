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


@pytest.mark.parametrize("a,b,lang", [
    ("The risk is not insignificant", "The risk is negligible", "en"),
    ("The risk to the population is not negligible", "The risk to the population is insignificant", "en"),
    ("Such attacks are not unusual", "Such attacks are rare", "en"),
    ("Die Lage an der Grenze ist nicht ungefährlich", "Die Lage an der Grenze ist harmlos", "de"),
    ("The situation at the border is not without danger", "The situation at the border is completely safe", "en"),
    ("Der Schaden ist nicht unerheblich", "Der Schaden ist gering", "de"),
    ("Das Risiko ist nicht unerheblich.", "Das Risiko ist alles andere als erheblich.", "de"),  # pr35b-13
])
def test_a_litotes_against_another_word_for_the_negative_stays_a_negation(a: str, b: str, lang: str) -> None:
    # pr35b-1 / rt35-2: the plain version says the negative in other words: the opposite of the litotes
    assert "negation" in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b,lang", [
    ("The man is no stranger to us", "The man is known to us", "en"),
    ("Such attacks are not unusual", "Such attacks are common", "en"),
    ("Der Schaden ist nicht unerheblich", "Der Schaden ist erheblich", "de"),
])
def test_a_litotes_against_the_plain_positive_is_no_negation(a: str, b: str, lang: str) -> None:
    assert "negation" not in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b,lang", [
    ("The attack happened at 6 o'clock in the morning.", "The attack happened at 18:00.", "en"),
    ("The attack happened at half past six in the morning.", "The attack happened at 6.30 p.m.", "en"),
    ("Der Anschlag geschah um drei Uhr nachts.", "Der Anschlag geschah um 15 Uhr.", "de"),
    ("The robbery happened at 3 o'clock at night at the branch.", "The robbery happened at 15:00 at the branch.", "en"),
    ("Heute Nacht um drei Uhr wurde eingebrochen.", "Um 15 Uhr wurde eingebrochen.", "de"),  # pr35b-2 re-check
    ("Prices rose 8.7 percent.", "Prices fell almost nine percent.", "en"),
])
def test_a_time_with_its_part_of_the_day_or_a_figure_with_other_words_changed_stays_a_number_flag(a: str, b: str,
                                                                                                 lang: str) -> None:
    # pr35b-2: 'in the morning' / 'nachts' read the worded time on the 24-hour clock; pr35b-7: a round figure in words
    # is read as rounding only where the other words stay as they are
    assert "number" in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b", [
    ("At 6 o'clock in the evening the dam broke", "At 18:00 the dam broke"),
    ("Kick-off is at 8 o'clock tonight, the club said.", "Kick-off is at 8:00, the club said."),  # rt35-13
    ("The polls close at ten o'clock tonight.", "The polls close at 10:00."),
])
def test_an_evening_time_agrees_with_the_same_hour_on_either_clock(a: str, b: str) -> None:
    assert "number" not in compare(a, b).flags


@pytest.mark.parametrize("a,b,lang", [
    ("Die Aktie legte 8,7 Prozent zu.", "Die Aktie verlor fast neun Prozent.", "de"),  # pr35b-14
    ("Shares jumped 8.7 percent on Monday.", "Shares slumped almost nine percent on Monday.", "en"),  # rt35-12
])
def test_a_changed_direction_beside_a_rounding_in_words_stays_a_number_flag(a: str, b: str, lang: str) -> None:
    assert "number" in compare(a, b, lang=lang).flags


def test_two_parallel_statements_of_one_speaker_are_no_changed_repeat() -> None:
    # pr35b-9: another state and another figure in one article is another statement, not the same one given again
    from aligner.match.changed_repeats import _another_statement

    assert _another_statement("Unemployment in Berlin rose to 10.1 percent in November",
                            "Unemployment in Brandenburg rose to 6.4 percent in November")
    assert not _another_statement("Bleiben Sie zu Hause, die Lage ist ernst",
                                "Bleiben Sie bitte zu Hause, die Lage ist nicht ernst")
    assert not _another_statement("About 12,000 households are without power tonight",
                                "About 21,000 households are without power tonight")
    assert _another_statement("Unemployment rose to 6.1 percent", "In the east, unemployment rose to 7.4 percent")


def test_a_document_whose_brought_mt_lacks_one_sentence_still_aligns_on_its_mt() -> None:
    # rt35-11: one empty translation of many no longer throws away the document's MT (fx127 30e2161 did)
    from aligner.align.stage import _in_pivot
    from aligner.model import Sentence, Translation

    sents = [Sentence(id=f"d#s{i}", article_id="d", paragraph_id="d#p0", index=i, start=0, end=7, text=f"Satz {i}.",
                      language="de") for i in range(4)]
    mt = {s.id: Translation(sentence_id=s.id, source=s.text, target=f"Sentence {i}." if i else "", src_lang="de",
                            tgt_lang="en", backend="precomputed", model="tr.tsv") for i, s in enumerate(sents)}
    got = _in_pivot(sents, "de", mt, "en")
    assert got is not None and got[1] == "Sentence 1." and got[0] == ""
