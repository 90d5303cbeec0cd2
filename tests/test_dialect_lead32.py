"""Two German originals of one dialect quote (Austrian, Bavarian, Swiss) compared without MT:
the dialect spelling of a negator is a negator (rv68-9), so the same "never" / "no" in two
spellings is no negation flag, while a negator dropped from a dialect quote still is one."""

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str) -> list[str]:
    return compare(a, b, lang="de").flags


@pytest.mark.parametrize(
    "a, b",
    [
        ("Des is a Wahnsinn, so was hab i no nie g'sehn.", "Des is a Wahnsinn, so was hab i no nia g'sehn."),
        ("Mir händ kei Angst vor em Entscheid.", "Wir haben keine Angst vor dem Entscheid."),
        ("Mia kenna nimma länger wartn, des geht so ned weiter.", "Wir können nicht länger warten, des geht so nicht weiter."),
        ("Des hätt's net braucht, sagt die Wirtin im Dorf.", "Des hätt's nicht braucht, sagt die Wirtin im Dorf."),
        ("Mir händ nüt gmacht, aber mir wend helfe.", "Mir händ nichts gmacht, aber mir wend helfe."),
    ],
)
def test_dialect_negators_read_as_negators(a, b):
    assert "negation" not in _flags(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("So was hab i no nia g'sehn in unserem Dorf.", "So was hab i no g'sehn in unserem Dorf."),
        ("Des hätt's net braucht, sagt die Wirtin im Dorf.", "Des hätt's braucht, sagt die Wirtin im Dorf."),
    ],
)
def test_a_dialect_negator_dropped_is_still_a_flip(a, b):
    assert "negation" in _flags(a, b)


def test_net_in_english_is_no_negator():
    assert "negation" not in compare("Net profit rose to 12 million euros in the quarter.",
                                     "Profit rose to 12 million euros in the quarter.", lang="en").flags


@pytest.mark.parametrize("a, b", [
    ("I spoke with Nia Griffith about the steel plant on Sunday.", "I spoke with Ms Griffith about the steel plant on Sunday."),
    ("We met Kei Tanaka at the embassy in Berlin on Monday.", "We met Mr Tanaka at the embassy in Berlin on Monday."),
    ("Nix the plan and start again from the beginning, she said.", "Drop the plan and start again from the beginning, she said."),
])
def test_dialect_words_are_no_negators_in_english(a, b):
    assert "negation" not in compare(a, b, lang="en").flags


@pytest.mark.parametrize("a, b", [
    ("Ich habe gegen Kei Nishikori gespielt, das war schwer.", "Ich habe gegen Nishikori gespielt, das war schwer."),
    ("Wir wollen bis 2045 Net Zero erreichen.", "Wir wollen bis 2045 Netto-Null erreichen."),
    ("Ich habe mit Nia Griffith gesprochen, sie war freundlich.", "Ich habe mit Frau Griffith gesprochen, sie war freundlich."),
])
def test_capitalised_names_are_no_dialect_negators_in_german(a, b):
    assert "negation" not in _flags(a, b)
