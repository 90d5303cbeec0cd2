"""A quote a correction note takes back is counted once in an article of two languages, also
when its quotes are read again by the article's own rules (they did not read as their language)."""

from aligner.model import Article, Sentence
from aligner.quotes.extract import extract_quotes

GERMAN = [("de", "„Wir senken die Gebühren“, sagte Bürgermeisterin Greta Sommer am Montag."),
          ("de", "Die Zeitung hatte Sommer fälschlicherweise mit den Worten „Wir erhöhen die Gebühren“ zitiert.")]


def _extract(parts: list[tuple[str, str]]) -> tuple[list, list]:
    text, sents = "", []
    for k, (lang, s) in enumerate(parts):
        sents.append(Sentence(id=f"m#s{k:04d}", article_id="m", paragraph_id=f"m#p{k}", index=k, start=len(text),
                              end=len(text) + len(s), text=s, language=lang))
        text += s + "\n\n"
    gone: list = []
    quotes = extract_quotes(Article(id="m", text=text, language="de"), sents, retracted_out=gone)
    return [q.text for q in quotes], [q.text for q in gone]


def test_taken_back_once_when_the_article_is_read_again_by_its_own_rules():
    # the "English" sentence's quote is German: the whole article is read by the German rules
    quotes, gone = _extract([*GERMAN, ("en", "The sign on the door read “Bitte nicht stören, wir tagen gerade” all day.")])
    assert "Bitte nicht stören, wir tagen gerade" in quotes  # (the fallback was taken)
    assert gone == ["Wir erhöhen die Gebühren"]


def test_taken_back_once_when_each_language_keeps_its_own_rules():
    quotes, gone = _extract([*GERMAN, ("en", "“We will open the new pool in June,” said Tom Baker, the town's manager.")])
    assert "We will open the new pool in June" in quotes
    assert gone == ["Wir erhöhen die Gebühren"]
