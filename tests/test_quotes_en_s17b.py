"""English speakers (invented sentences): "I"/"we" framing a quote is the writer, never a person named before it.
Each test fails on 64596d4 (before this rule)."""

from __future__ import annotations

import pytest

from aligner.model import Speaker
from tests.quote_helpers import normalised_quote_containing

CONFIDENT = 0.8


def _speaker(text: str, part: str) -> Speaker | None:
    return normalised_quote_containing(text, part, "en").speaker


def _confident_name(text: str, part: str) -> str | None:
    sp = _speaker(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= CONFIDENT else None


@pytest.mark.parametrize("text", [
    "“The bridge will open in May,” said Paula Grant. “Nobody believes that,” I said.",
    "“The bridge will open in May,” said Paula Grant. I told her: “Nobody believes that.”",
    "“The bridge will open in May,” said Paula Grant. “Nobody believes that,” we replied.",
    "“The bridge will open in May,” Paula Grant said. Later I said, “Nobody believes that.”",
])
def test_first_person_frame_is_never_the_person_named_before(text):
    sp = _speaker(text, "Nobody")
    assert sp is not None and sp.name != "Paula Grant"


def test_unframed_quote_after_a_first_person_frame_stays_with_the_writer():
    text = ("“The bridge will open in May,” said Paula Grant. “Nobody believes that,” I said. "
            "“The concrete has not even been poured.”")
    assert _confident_name(text, "concrete") != "Paula Grant"
