"""fx126: false serious flags found by the reviewers rv72 / rv73 (session 34)."""
from __future__ import annotations

import pytest

from aligner.match.consistency import compare, opposed_or_condition

# litotes: a negator before a negative word says the other version's plain positive (rv72-30)
LITOTES = [
    ("The man is no stranger to us", "The man is known to us"),
    ("The injuries are not insignificant", "The injuries are considerable"),
    ("Such accidents are no rarity here", "Such accidents are common here"),
    ("The situation is not without danger", "The situation is dangerous"),
    ("My client is innocent", "My client is not guilty"),
]
# the same words with a real change: the negation flag stays
OPPOSITES = [
    ("The man is known to us", "The man is not known to us"),
    ("My client is guilty", "My client is not guilty"),
    ("The man is no stranger to us", "The man is a stranger to us"),
    ("The suspect is not unknown to the police", "The suspect is unknown to the police"),
    ("Such accidents are not rare here", "Such accidents are rare here"),
    ("The situation is not without danger", "The situation is without danger"),
    ("The man was not invited", "The man was invited"),
    ("The injuries are not insignificant and he is not conscious", "The injuries are considerable and he is conscious"),
]


@pytest.mark.parametrize("a,b", LITOTES)
def test_litotes_is_no_negation(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        flip, note = opposed_or_condition(x, y)
        assert flip is None
        assert note is not None and "worth a look" in note


@pytest.mark.parametrize("a,b", LITOTES)
def test_litotes_is_worth_a_look_not_serious(a: str, b: str) -> None:
    r = compare(a, b)
    assert "negation" not in r.flags
    assert "wording" in r.flags


@pytest.mark.parametrize("a,b", OPPOSITES)
def test_real_negation_stays(a: str, b: str) -> None:
    assert opposed_or_condition(a, b)[0] is not None
    assert "negation" in compare(a, b).flags


# a per-mille figure is a tenth as a percentage (rv72-5)
@pytest.mark.parametrize("a,b", [
    ("The driver had 1.8 per mille in his blood", "The driver had a blood alcohol level of 0.18 percent"),
    ("Der Fahrer hatte 1,8 Promille im Blut", "Der Fahrer hatte 0,18 Prozent im Blut"),
    ("The driver had 1.8‰ in his blood", "The driver had 0.18% in his blood"),
])
def test_per_mille_as_percent_is_the_same_figure(a: str, b: str) -> None:
    lang = "de" if "Fahrer" in a else "en"
    assert "number" not in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b", [
    ("The driver had 1.8‰ in his blood", "The driver had 1.8% in his blood"),
    ("The driver had 1.8 per mille in his blood", "The driver had 1.1 per mille in his blood"),
    ("The driver had 1.8 per mille in his blood", "The driver had 18 percent in his blood"),
    ("The driver had 1.8 per mille in his blood", "The driver had 0.18 per mille in his blood"),
])
def test_per_mille_changed_stays_a_number_flag(a: str, b: str) -> None:
    assert "number" in compare(a, b).flags
