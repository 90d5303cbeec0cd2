"""Session 38 fixer fx150 (review rv84): a fraction written with a hyphen or in figures,
a count against its complement with the opposite verb, a negated verb against its opposite."""

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# --- rv84-14: "two-thirds" / "2/3", "three-quarters" / "3/4" are one share

@pytest.mark.parametrize("a, b, lang", [
    ("She has to pay two-thirds of the repair bill herself", "She has to pay 2/3 of the repair bill herself", "en"),
    ("Three-quarters of the seats went to the coalition", "3/4 of the seats went to the coalition", "en"),
    ("The board needs a two-thirds majority to change the rules", "The board needs a 2/3 majority to change the rules",
     "en"),
    ("She has to pay two thirds of the repair bill herself", "She has to pay 2/3 of the repair bill herself", "en"),
    ("Sie muss zwei Drittel der Reparatur selbst bezahlen", "Sie muss 2/3 der Reparatur selbst bezahlen", "de"),
    ("She has to pay one-half of the repair bill herself", "She has to pay 1/2 of the repair bill herself", "en"),
])
def test_one_fraction_written_two_ways_is_no_number_change(a: str, b: str, lang: str) -> None:
    assert "number" not in _flags(a, b, lang)


@pytest.mark.parametrize("a, b, lang", [
    ("She has to pay two-thirds of the repair bill herself", "She has to pay a third of the repair bill herself", "en"),
    ("She has to pay two-thirds of the repair bill herself", "She has to pay 3/4 of the repair bill herself", "en"),
    ("Three-quarters of the seats went to the coalition", "2/3 of the seats went to the coalition", "en"),
    ("The board needs a two-thirds majority to change the rules", "The board needs a 3/4 majority to change the rules",
     "en"),
    ("She has to pay two thirds of the repair bill herself", "She has to pay 3/4 of the repair bill herself", "en"),
    ("Sie muss zwei Drittel der Reparatur selbst bezahlen", "Sie muss 3/4 der Reparatur selbst bezahlen", "de"),
    ("Sie muss zwei Drittel der Reparatur selbst bezahlen", "Sie muss ein Drittel der Reparatur selbst bezahlen", "de"),
    ("Two-thirds of the 300 staff signed the letter", "2/3 of the 200 staff signed the letter", "en"),
])
def test_another_share_stays_a_number_change(a: str, b: str, lang: str) -> None:
    assert "number" in _flags(a, b, lang)


def test_a_date_in_figures_is_no_share() -> None:
    assert "number" not in _flags("The hearing on 2/3 was put off", "The hearing on 3 February was put off")


# --- rv84-13: a count against its complement with the opposite outcome is the same count

@pytest.mark.parametrize("a, b, lang", [
    ("Only one of the four riders was cleared", "Three of the four riders were found guilty", "en"),
    ("Two of the six climbers survived the storm", "Four of the six climbers died in the storm", "en"),
    ("3 of the 8 trainees passed the test", "5 of the 8 trainees failed the test", "en"),
    ("Three of the four riders were found guilty", "Only one of the four riders was cleared", "en"),
])
def test_a_count_and_its_complement_are_no_number_change(a: str, b: str, lang: str) -> None:
    report = compare(a, b, lang=lang)
    assert "number" not in report.flags
    assert "worth a look" in report.details["wording"]


@pytest.mark.parametrize("a, b", [
    ("Only one of the four riders was cleared", "Two of the four riders were found guilty"),  # not the rest
    ("Only one of the four riders was cleared", "Three of the four riders were cleared"),  # one outcome
    ("One of the four riders was cleared", "Three of the five riders were found guilty"),  # another whole
    ("One of the four riders was cleared on Monday", "Three of the four riders were found guilty on Friday"),
    ("Two of the six climbers survived for 3 days", "Four of the six climbers died after 5 days"),
    ("Three of the four riders were found guilty and one was cleared", "One of the four riders was cleared"),
])
def test_another_count_stays_a_number_change(a: str, b: str) -> None:
    assert "number" in _flags(a, b)


# --- rv84-12: a negated verb against the listed phrase that says the same

@pytest.mark.parametrize("a, b", [
    ("The panel ignored the warnings of the engineers", "The panel did not take the warnings of the engineers into account"),
    ("The panel didn't take the warnings into account", "The panel disregarded the warnings"),
    ("The mayor will stay in office until the vote is counted", "The mayor will not leave office before the vote is counted"),
    ("They did not leave the shelter before noon", "They stayed in the shelter until noon"),
    ("She will not leave the union", "She will remain in the union"),
])
def test_a_negated_verb_said_by_its_listed_phrase_is_no_serious_flag(a: str, b: str) -> None:
    flags = _flags(a, b)
    assert "negation" not in flags and "truncation" not in flags


@pytest.mark.parametrize("a, b", [
    ("The panel did not take the warnings into account", "The panel took the warnings into account"),
    ("The panel ignored the warnings of the engineers", "The panel did not take the warnings of the engineers seriously"),
    ("The panel ignored the warnings", "The inspectors did not take the warnings into account"),
    ("The mayor will not leave office before the vote is counted", "The mayor will stay in office after the vote is counted"),
    ("The mayor will not leave office before the vote is counted", "The mayor will leave office before the vote is counted"),
    ("The mayor will not stay in office until the vote is counted", "The mayor will stay in office until the vote is counted"),
])
def test_the_same_words_with_another_meaning_stay_a_negation(a: str, b: str) -> None:
    assert "negation" in _flags(a, b)


# --- rv84-15: two confident speakers' unlike quotes, linked only on the text around them

from aligner.match.clusters import build_clusters  # noqa: E402
from aligner.model import QuoteVersion  # noqa: E402

_AROUND = "Verdicts. Judge {name} spoke in Leeds. “{quote},” {surname} said."


def _judge(qid: str, art: str, quote: str, name: str) -> tuple[QuoteVersion, str]:
    v = QuoteVersion(quote_id=qid, article_id=art, outlet=art.split("-")[0], language="en", original=quote,
                     english=quote, start=0, end=len(quote), kind="direct", speaker=name,
                     speaker_id=name.lower().replace(" ", "-"))
    return v, _AROUND.format(name=name, quote=quote, surname=name.split()[-1])


def _joined(a: str, name_a: str, b: str, name_b: str) -> list[list[str]]:
    (va, ca), (vb, cb) = _judge("a", "x-1", a, name_a), _judge("b", "y-1", b, name_b)
    return [c.flags for c in build_clusters([va, vb], contexts=[ca, cb], with_bleu=False)]


@pytest.mark.parametrize("a, b", [
    ("He was sentenced to 18 months", "The trial lasted 14 months and heard 120 witnesses"),
    ("She was sentenced to 30 months", "The trial lasted 11 months and heard 75 witnesses"),
])
def test_two_judges_unlike_quotes_are_not_one_statement(a: str, b: str) -> None:
    assert _joined(a, "Clara Hughes", b, "Laura Webb") == []


@pytest.mark.parametrize("a, name_b, b, flag", [
    ("He was sentenced to 18 months", "Laura Webb", "He got a prison term of eighteen months", "speaker"),  # one figure
    ("He was sentenced to 18 months in jail", "Laura Webb", "The man was given 18 months behind bars", "speaker"),
    ("He was sentenced to 18 months", "Clara Hughes", "The trial lasted 14 months and heard 120 witnesses", "number"),
])
def test_one_statement_or_one_speaker_stays_linked(a: str, name_b: str, b: str, flag: str) -> None:
    got = _joined(a, "Clara Hughes", b, name_b)
    assert len(got) == 1 and flag in got[0]
