"""English speakers (invented sentences), session 19: who "he"/"she" points back at.

Each test fails without its rule (on 70907de)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, part: str):
    return normalised_quote_containing(text, part, "en").speaker


@pytest.mark.parametrize(("text", "part", "who"), [
    ("Tom Reed, a spokesman for the Lane campaign, said the Lanes and the trust had always been careful about donors.",
     "careful", "Tom Reed"),
    ("Paul Otter, an economist at the Hale Institute, says Peru is the biggest worry for the bank.", "worry", "Paul Otter"),
    ("Omar Vance, 49, a carpenter who now is a clerk, said Jane Doe should be ready for questions.", "ready", "Omar Vance"),
])
def test_name_and_apposition_before_the_verb_is_the_subject_when_a_clause_follows(text, part, who):
    # "X, a spokesman, said the Lanes had …": the Lanes are spoken of; an inverted frame ("…, said Tom Reed") has no verb after
    sp = _speaker(text, part)
    assert sp is not None and sp.name == who


def test_the_pronoun_after_it_goes_to_the_subject():
    text = ("Tom Reed, a spokesman for the Lane campaign, said the Lanes and the trust had always been careful about donors. "
            "“The rules already went far beyond the law,” he said.")
    sp = _speaker(text, "rules")
    assert sp is not None and sp.name == "Tom Reed"


def test_an_inverted_frame_keeps_its_speaker():
    sp = _speaker("The deal is dead, said Tom Reed, a spokesman for the firm.", "deal")
    assert sp is not None and sp.name == "Tom Reed"
