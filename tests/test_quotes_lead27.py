"""Session 27, lead: mends found by the probe of the session's speaker rules (rv52)."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speaker(text: str, lang: str = "en"):
    quotes = normalise_speakers(extract_quotes(Article(id="t", text=text, language=lang)))
    assert quotes, text
    return quotes[0].speaker


@pytest.mark.parametrize("opener", ["But", "And", "Yesterday", "Later"])
def test_word_opening_the_clause_is_no_first_name_before_for_party(opener):
    sp = _speaker(f'"We will fix the roads by spring," {opener} Reeves for Labour said.')
    assert sp is not None and sp.name == "Reeves"


def test_full_name_before_for_party_stays_whole():
    sp = _speaker('"We will fix the roads by spring," Rachel Reeves for Labour said.')
    assert sp is not None and sp.name == "Rachel Reeves"


@pytest.mark.parametrize(("frame", "name"), [("Kemi Badenoch for the Conservatives said", "Kemi Badenoch"),
                                             ("But Kemi Badenoch for the Conservatives said", "Kemi Badenoch")])
def test_unlisted_first_name_before_for_party_is_kept(frame, name):
    sp = _speaker(f'"We will vote no," {frame}.')
    assert sp is not None and sp.name == name
