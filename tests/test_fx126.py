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


# --- neighbours of a reply rule tried for rv73-1 / rv73-22 and taken back (pr35b-5): as at the start ---

from aligner.match.clusters import build_clusters  # noqa: E402
from aligner.model import QuoteVersion  # noqa: E402


def _said(qid: str, art: str, text: str, speaker: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art, language="en", original=text, english=text,
                        start=0, end=len(text), kind="direct", speaker=speaker,
                        speaker_id="spk:" + speaker.lower().replace(" ", "_"), speaker_confidence=0.9)


def _joined(vs: list[QuoteVersion]) -> list:
    return [c for c in build_clusters(vs, with_bleu=False) if len(c.versions) > 1]


def test_the_same_words_given_to_another_person_stay_joined_and_flagged() -> None:
    vs = [_said("a1", "a", "There is no overload of the municipalities", "Karl Kopp"),
          _said("b1", "b", "There is no overload of the municipalities", "Alexander Throm")]
    (c,) = _joined(vs)
    assert "speaker" in c.flags


def test_the_same_persons_words_reversed_stay_a_negation() -> None:
    vs = [_said("a1", "a", "There is no overload of the municipalities", "Karl Kopp"),
          _said("b1", "b", "There is an overload of the municipalities", "Karl Kopp")]
    (c,) = _joined(vs)
    assert "negation" in c.flags


def test_an_unsure_speaker_saying_the_opposite_stays_joined() -> None:
    # neighbour: where one speaker is not named with confidence the link is kept (and judged as before)
    b = _said("b1", "b", "There is an overload of the municipalities", "Alexander Throm")
    b.speaker_confidence = 0.5
    vs = [_said("a1", "a", "There is no overload of the municipalities", "Karl Kopp"), b]
    assert len(_joined(vs)) == 1


# --- two reported (indirect) renderings: no quoted words are cut, no truncation flag (rv73-23) ---

from aligner.match.clusters import weak_truncation_reason  # noqa: E402


def _v(qid: str, text: str, kind: str) -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid, outlet=qid, language="en", original=text, english=text,
                        start=0, end=len(text), kind=kind, speaker="Meta", speaker_confidence=0.9)


_LONG = "it would not sign the EU's code of practice for AI models"
_SHORT = "Meta will not sign the voluntary code"


def test_two_indirect_renderings_are_no_truncation() -> None:
    assert weak_truncation_reason(_v("a", _LONG, "indirect"), _v("b", _SHORT, "indirect"), "english") is not None


@pytest.mark.parametrize("ka,kb", [("direct", "direct"), ("direct", "indirect"), ("indirect", "direct")])
def test_a_direct_quote_cut_stays_judged_as_before(ka: str, kb: str) -> None:
    # neighbour: a quote in quotation marks on either side: the truncation flag's rules as before (no reason here)
    assert weak_truncation_reason(_v("a", _LONG, ka), _v("b", _SHORT, kb), "english") is None
