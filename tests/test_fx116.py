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


# --- fx108-1: a quote opening with a negative pronoun against the same quote opening with a positive one -----------

HURT = "{} was hurt in the attack on the depot, he said."
OPENING_TURNED = [
    (CITY.format("No one"), CITY.format("Everyone"), "en"),
    (CITY.format("No one"), CITY.format("Someone"), "en"),
    (HURT.format("No one"), HURT.format("One"), "en"),
    (HURT.format("No one"), HURT.format("Only one"), "en"),
    ("No soldier was hurt.", "A soldier was hurt.", "en"),
    ("None of the players were paid.", "All of the players were paid.", "en"),
    (STADT.format("Niemand"), STADT.format("Jeder"), "de"),
    ("Nichts wurde gestohlen.", "Alles wurde gestohlen.", "de"),
    ("Kein Soldat wurde verletzt.", "Ein Soldat wurde verletzt.", "de"),
]
OPENING_SAME_CLAIM = [
    ("None of the money has arrived yet.", "All of the money has yet to arrive.", "en"),  # pr32b-11
    ("No soldier has been paid yet.", "Every soldier has still to be paid.", "en"),
    ("No soldier has been paid.", "Every soldier has failed to be paid.", "en"),
    ("Nothing is impossible, he said.", "Everything is possible, he said.", "en"),
    ("No one can deny that the situation is serious.", "Everyone can see that the situation is serious.", "en"),
    ("Everyone will remember this day.", "No one will forget this day.", "en"),
    ("Not everyone agreed.", "No one agreed.", "en"),
    ("Everything is not lost.", "Nothing is lost.", "en"),
    ("No, everyone knew it, he said.", "Everyone knew it, he said.", "en"),
    ("Nobody wins in a war, everybody loses.", "Everybody loses in a war, nobody wins.", "en"),
    ("No one was hurt in the attack on the depot.", "Everyone was unhurt in the attack on the depot.", "en"),
    ("No doubt the talks will be hard.", "A doubt the talks will be hard.", "en"),
    ("Nichts ist unmöglich.", "Alles ist möglich.", "de"),
    ("Kein Geld ist bisher angekommen.", "Das ganze Geld ist noch nicht angekommen.", "de"),
]


@pytest.mark.parametrize("a,b,lang", OPENING_TURNED)
def test_a_negative_opening_turned_positive_is_a_negation(a: str, b: str, lang: str) -> None:
    assert "negation" in serious(a, b, lang)
    assert "negation" in serious(b, a, lang)


@pytest.mark.parametrize("a,b,lang", OPENING_SAME_CLAIM)
def test_an_opening_said_otherwise_is_no_negation(a: str, b: str, lang: str) -> None:
    assert "negation" not in serious(a, b, lang)
    assert "negation" not in serious(b, a, lang)


# --- rv63-25: "Neither X nor Y were warned" is "X was not warned and Y were not warned" -----------------------------

NEITHER_SAME = [
    ("Neither the army nor the police were warned before the drones struck the depot.",
     "The army was not warned and the police were not warned before the drones struck the depot.", "en"),
    ('"Neither the army nor the police were warned," he said.',
     '"The army was not warned, and the police were not warned," he said.', "en"),
    ("He said that neither the army nor the police had been warned.",
     "He said that the army had not been warned and the police had not been warned.", "en"),
    ("Weder die Armee noch die Polizei wurden gewarnt.",
     "Die Armee wurde nicht gewarnt und die Polizei wurde nicht gewarnt.", "de"),
]
NEITHER_KEEP_QUIET = [  # quiet at the start and now; pr32b-1: the verb before the pair, another clause's auxiliary after
    ("Neither the army nor the police were warned before the drones struck the depot.",
     "The army and the police were not warned before the drones struck the depot.", "en"),
    ("Neither Kyiv nor its partners have received the plan.", "Kyiv and its partners have not received the plan.", "en"),
    ("He neither confirmed nor denied the report.", "He did not confirm or deny the report.", "en"),
    ("We received neither weapons nor money, and the deliveries were stopped in May.",
     "We received no weapons and no money, and the deliveries were stopped in May.", "en"),
    ("There was neither food nor water, and the children were hungry.",
     "There was no food and no water, and the children were hungry.", "en"),
    ("We were neither warned nor informed, and the police were told to wait.",
     "We were not warned and not informed, and the police were told to wait.", "en"),
    ("Neither the army nor the police, who were warned, did anything to stop it.",
     "The army and the police, who were warned, did nothing to stop it.", "en"),
    ("Wir haben weder Waffen noch Geld bekommen, die Lieferungen wurden gestoppt.",
     "Wir haben keine Waffen und kein Geld bekommen, die Lieferungen wurden gestoppt.", "de"),
    ("Wir wurden weder gefragt noch informiert, bevor die Truppen geschickt wurden.",
     "Wir wurden nicht gefragt und nicht informiert, bevor die Truppen geschickt wurden.", "de"),
    ("Wir haben weder das Geld noch das Personal, das uns versprochen wurde.",
     "Wir haben kein Geld und kein Personal, das uns versprochen wurde.", "de"),
]
NEITHER_AGAINST_BOTH = [  # the pair against both asserted: a negation (the first two were missed at the start)
    ("Neither the army nor the police were warned.", "The army and the police were warned.", "en"),
    ("Weder die Armee noch die Polizei wurden gewarnt.", "Die Armee und die Polizei wurden gewarnt.", "de"),
    ("We received neither weapons nor money.", "We received weapons and money.", "en"),
    ("The army was not warned and the police were not warned.", "The army was warned and the police were warned.",
     "en"),
]


@pytest.mark.parametrize("a,b,lang", NEITHER_SAME)
def test_neither_nor_spelled_out_is_no_negation(a: str, b: str, lang: str) -> None:
    assert "negation" not in serious(a, b, lang)
    assert "negation" not in serious(b, a, lang)


@pytest.mark.parametrize("a,b,lang", NEITHER_KEEP_QUIET)
def test_neither_nor_neighbours_stay_quiet(a: str, b: str, lang: str) -> None:
    assert serious(a, b, lang) == []
    assert serious(b, a, lang) == []


@pytest.mark.parametrize("a,b,lang", NEITHER_AGAINST_BOTH)
def test_neither_nor_against_both_asserted_is_a_negation(a: str, b: str, lang: str) -> None:
    assert "negation" in serious(a, b, lang)
