"""fx116 (session 33): negation and wording flags left from session 32's board, each with the neighbours that keep
today's behaviour.  Pairs of hand-made sentences, compared as the product compares two versions of one quote."""

from __future__ import annotations

import pytest

from aligner.match.consistency import DISTORTION_FLAGS, compare


def serious(a: str, b: str, lang: str = "en") -> list[str]:
    return sorted(f for f in compare(a, b, lang=lang).flags if f in DISTORTION_FLAGS)


CITY = '"{} in this city will ever forget what happened at the railway station on that Sunday morning," he said.'
STADT = "„{} in dieser Stadt wird je vergessen, was an jenem Sonntagmorgen am Bahnhof geschah“, sagte er."


# --- 'No one' / 'Nobody': one pronoun written two ways, no wording flag ---------------------------------------

@pytest.mark.parametrize("a,b", [("No one", "Nobody"), ("No-one", "Nobody"), ("Nobody", "No one")])
def test_no_one_and_nobody_are_one_pronoun(a: str, b: str) -> None:
    assert compare(CITY.format(a), CITY.format(b)).flags == []


def test_no_one_against_nothing_stays_a_wording_flag() -> None:
    assert "wording" in compare(CITY.format("No one"), CITY.format("Nothing")).flags


def test_niemand_and_keiner_stay_quiet() -> None:
    assert compare(STADT.format("Niemand"), STADT.format("Keiner"), lang="de").flags == []


# --- pr32b-13: what was agreed is talks, not the deal -----------------------------------------------------------

from aligner.match.deals import deal_stage_apart  # noqa: E402

IN_TALKS = "We are in talks about a new contract, he said."


@pytest.mark.parametrize("b", [
    "We have agreed to hold talks about a new contract, he said.",
    "We have agreed to meet about a new contract, he said.",
    "We have agreed to continue negotiations on a new contract, he said.",
])
def test_agreeing_to_talk_is_no_deal_done(b: str) -> None:
    assert deal_stage_apart(IN_TALKS, b) is None
    assert "wording" not in compare(IN_TALKS, b).flags


@pytest.mark.parametrize("a,b", [
    (IN_TALKS, "We have agreed a new contract, he said."),
    (IN_TALKS, "We have agreed to sign a new contract, he said."),
    (IN_TALKS, "We have reached an agreement about a new contract, he said."),
    ("We are in talks over a deal with Bayern, he said.", "We have agreed a deal with Bayern after long talks, he said."),
    ("The player is close to agreeing personal terms.", "The player has agreed personal terms."),
])
def test_a_deal_done_against_talks_stays_worth_a_look(a: str, b: str) -> None:
    assert deal_stage_apart(a, b) is not None
