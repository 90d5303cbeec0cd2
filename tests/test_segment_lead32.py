"""A German sentence that ends in a number (a score, a level) is cut from the next one.

SoMaJo's German model reads "mit 3 zu 2. Der Trainer" as an ordinal before a noun; an
ordinal is never followed by an article or a pronoun, so the cut is sure there.  Ordinals
before nouns, dates and list items keep today's reading.
"""

import pytest

from aligner.segment import split_sentences


def _sents(text: str, lang: str = "de") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


@pytest.mark.parametrize(
    "text, first",
    [
        ("Bayern gewann das Spiel mit 3 zu 2. Der Trainer war zufrieden.", "Bayern gewann das Spiel mit 3 zu 2."),
        ("Der Kurs stieg auf 12. Das Stadion war voll.", "Der Kurs stieg auf 12."),
        ("Bayern gewann 3:2. Der Trainer war zufrieden.", "Bayern gewann 3:2."),
        ("Er landete auf Platz 3. Im Vorjahr war er Fünfter.", "Er landete auf Platz 3."),
        ("Sie wurde 2. Sie war trotzdem froh.", "Sie wurde 2."),
    ],
)
def test_number_then_article_or_pronoun_is_a_boundary(text, first):
    assert _sents(text)[0] == first
    assert len(_sents(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Er wurde in der 89. Minute eingewechselt.",
        "Der 1. FC Köln gewann am Samstag.",
        "Am 3. Oktober kam er nach Berlin.",
        "Er blieb bis zum 12. Dezember in Wien.",
        # a number after a colon or a full stop is a list item: not cut after it
        "Die Forderungen: 1. Die Steuern senken.",
        # inside a quotation nothing is cut
        "„Wir gewannen 3 zu 2. Das war gut“, sagte er.",
    ],
)
def test_ordinals_dates_list_items_and_quotes_stay_whole(text):
    assert _sents(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Wir fordern 1. Die Abschaffung der Gebühren und 2. Die Senkung der Steuern.",
        "Die Partei verlangt erstens 1. Die Senkung der Mieten, zweitens 2. Der Ausbau der Bahn.",
    ],
)
def test_an_inline_list_after_a_word_stays_whole(text):
    assert _sents(text) == [text]
