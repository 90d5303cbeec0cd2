"""German attribution rules of session 14 (invented sentences; each test fails without its rule)."""

from __future__ import annotations

from aligner.model import Article, Sentence
from aligner.quotes import extract_quotes


def quotes_in_one_sentence(text: str):
    """The quotes of ``text`` read as one sentence (as a corpus sentence split may give it)."""
    art = Article(id="t", text=text, language="de")
    return extract_quotes(art, [Sentence("t#s0", "t", "", 0, 0, len(text), text, "de")])


def test_a_word_inside_an_earlier_quote_is_no_sentence_subject():
    text = ("„Während wir Bürger den Sommer in aller Ruhe genießen, leiden die Tiere in den Ställen weiter.“, so die "
            "Sprecherin. „Durch die Hitze wird das Leiden sogar noch stärker.“")
    q = next(q for q in quotes_in_one_sentence(text) if q.text.startswith("Durch die Hitze"))
    assert q.speaker is not None and q.speaker.mention == "die Sprecherin"  # carried on, not "Bürger" from inside the quote
