"""English frames (invented sentences): a title abbreviation inside an apposition, the one told is
no speaker, quoted words are no sentence subject.  Each test fails without its rule."""

from __future__ import annotations

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.extract import rule_of
from aligner.quotes.speakers import normalise_speakers


def quotes_of(text: str):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))


def test_title_abbreviation_inside_an_apposition_of_a_frame_after():
    (q,) = quotes_of("“The bridge will reopen in May,” Ana Ruiz, the county engineer for Sen. Tom Hale’s district, "
                     "told the Gazette on Monday.")
    assert q.kind == "direct" and rule_of(q) == "frame-after"
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


def test_the_one_told_is_never_the_speaker():
    qs = quotes_of("The bridge will reopen in May, Ana Ruiz, the county engineer, told the Gazette.")
    assert not any(q.speaker is not None and "Gazette" in (q.speaker.mention or "") for q in qs)


def test_quoted_words_opening_the_sentence_are_no_subject():
    qs = quotes_of("“The mayor is a tyrant in the making,” said Beck, who said there were “too many troubling things "
                   "for me to ignore about the mayor.”")
    (q,) = [q for q in qs if "troubling" in q.text]
    assert q.speaker is None or "mayor" not in (q.speaker.mention or "").lower()
