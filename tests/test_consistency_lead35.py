"""Session 35, lead: flags."""
from __future__ import annotations

import re

import pytest

from aligner.match.consistency import negation_flip


def _flip(a: str, b: str) -> str | None:
    return negation_flip(re.findall(r"\w+", a.lower()), re.findall(r"\w+", b.lower()))


@pytest.mark.parametrize("a,b", [
    ("We will not raise council tax this year, whatever happens", "We will freeze council tax this year, whatever happens"),
    ("The pool will not close as long as I am in office", "The pool will stay open as long as I am in office"),
    ("We will not cut a single teaching post", "We will keep every teaching post"),
    ("Die Bibliothek wird in diesem Jahr nicht schließen", "Die Bibliothek wird in diesem Jahr offen bleiben"),
])
def test_a_negated_word_against_its_opposite_is_no_negation(a: str, b: str) -> None:
    # rv75-19: the same promise in other words was a serious negation flag
    assert _flip(a, b) is None


@pytest.mark.parametrize("a,b", [
    ("We will not cut posts, we will keep services", "We will cut posts, we will keep services"),
    ("We will not raise council tax", "We will raise council tax"),
    ("We will not freeze council tax", "We will freeze council tax"),
    ("The council will not close the pool, it will raise fees", "The council will close the pool, it will freeze fees"),
])
def test_the_same_word_negated_stays_a_negation(a: str, b: str) -> None:
    # neighbour: the opposite elsewhere in the sentence does not explain a negator whose word the other version has
    assert _flip(a, b) is not None
