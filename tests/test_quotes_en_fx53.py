"""fx53 (session 24): English speakers named by a tie to someone else are roles, never that someone or a name.

Invented sentences only.  On main 6563dc3 each reproducer gave the name in its comment at 0.9."""
from __future__ import annotations

import pytest

from tests.quote_helpers import confident_name, speaker_in

_QE = '"We see no reason for concern,"'


def _speaker(text: str):
    return speaker_in(text, "no reason for concern", "en", {"QE": _QE})


# main: 'Reed' / 'Sherry' (the noun phrase stops at the honorific's full stop: the subject found was the surname)
@pytest.mark.parametrize("text,role", [
    ("QE the attorney for Mr. Reed said.", "the attorney for Mr. Reed"),
    ("QE the lawyer for Ms. Sherry said.", "the lawyer for Ms. Sherry"),
    ("QE the daughter of Ms. Reed said.", "the daughter of Ms. Reed"),
    ("QE the spokesman for Mr. Reed said.", "the spokesman for Mr. Reed"),
    ("QE an aide to Mrs. Reed said.", "an aide to Mrs. Reed"),
    ("QE the daughter of Mr. Reed told reporters.", "the daughter of Mr. Reed"),
])
def test_someone_for_an_honorific_surname_is_a_role(text, role):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.role == role


# main: 'source close', 'person close', 'friend of the family', "Tom Reed's friend", 'Bell family friend', 'source familiar'
@pytest.mark.parametrize("text", [
    "QE said a source close to the Kremlin.",
    "QE said a person close to the president.",
    "QE a friend of the family who asked not to be named said.",
    "QE Tom Reed's friend said.",
    "QE a Bell family friend said.",
    "QE said a source familiar with the talks.",
])
def test_lower_case_head_for_someone_is_no_name(text):
    sp = _speaker(text)
    assert sp is not None and sp.name is None and sp.resolved_from == "role"


@pytest.mark.parametrize("text,name", [
    ("QE Ms. Banks said.", "Banks"),
    ("QE Mr. Reed said.", "Reed"),
    ("QE said Mr. Reed.", "Mr. Reed"),
    ("QE said Ms. Banks, a friend of Dr. Sherry.", "Ms. Banks"),
    ("According to Ms. Banks, QE", "Ms. Banks"),
    ("QE said Tom Source.", "Tom Source"),
    ("QE said Tom Person.", "Tom Person"),
])
def test_a_named_speaker_keeps_the_name(text, name):
    assert confident_name(_speaker(text)) == name
