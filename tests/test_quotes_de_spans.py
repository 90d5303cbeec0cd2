"""German quote spans, frames and titles (session 15; invented sentences, each test fails without its change)."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def quote_of(text: str, start: str):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de")) if q.text.startswith(start)]
    return q


def mention(q) -> str | None:
    return q.speaker.mention if q.speaker is not None else None


@pytest.mark.parametrize("text, start, speaker", [
    ("Die Gewerkschaft bemängelte am Montag eine „völlig missratene Reform der Rente“.", "völlig", "Die Gewerkschaft"),
    ("Die Ärztin erzählte später, sie habe „keine andere Wahl gehabt“.", "sie habe", "Die Ärztin"),
    ("Die Kritiker hatten von einer „völlig missratenen Reform“ gesprochen.", "völlig", "Die Kritiker"),
    ("Der Bürgermeister beteuerte, die Stadt habe „nichts zu verbergen“.", "die Stadt", "Der Bürgermeister"),
    ("Die Anwältin monierte eine „ganz und gar einseitige Beweisaufnahme“.", "ganz", "Die Anwältin"),
])
def test_common_german_verbs_of_saying_frame_a_quote(text, start, speaker):
    # bemängeln, erzählen, "gesprochen", beteuern, monieren: verbs of saying the cue list lacked
    assert mention(quote_of(text, start)) == speaker
