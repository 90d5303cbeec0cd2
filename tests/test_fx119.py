"""fx119: flags on pairs that are not one statement's two renderings (a German original against an English
one, a quote inside a quote), 'no longer has' / 'has lost', the same figures in swapped roles, 'without' /
'with'."""
from __future__ import annotations

from aligner.match.clusters import _pair_entry
from aligner.match.score import Edge
from aligner.model import QuoteVersion


def V(qid: str, lang: str, original: str, english: str | None = None, kind: str = "direct",
      speaker: str | None = None) -> QuoteVersion:
    en = original if lang == "en" else (english or "")
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid.split("#")[0], language=lang,
                        original=original, english=en, start=0, end=len(original), kind=kind, speaker=speaker)


# rv70-5: a part link (the sentence around it) between an English original and a German one that has no
# English: word counts of two languages say nothing ("Zehntelgrad" / "tenth of a degree")

EN = "Every tenth of a degree matters"
DE = "Jedes Zehntelgrad zählt"


def test_part_link_across_two_languages_without_english_is_not_compared():
    for method in ("part-end", "part-start"):
        entry = _pair_entry(V("bbc#q1", "en", EN), V("zeit#q1", "de", DE), Edge(0, 1, 0.9, 0.0, method), False,
                            None, (None, None))
        assert "truncation" not in entry["flags"]
        assert entry["compared"] == "none"
        assert "not checked" in entry["details"]["note"] and "truncation" in entry["details"]["note"]


def test_part_link_with_english_on_both_sides_still_judges_truncation():
    """Neighbour: the German version with its English is a truncation of the longer English as before."""
    long = "Every tenth of a degree matters for the people who live on the coasts of the world"
    entry = _pair_entry(V("bbc#q1", "en", long), V("zeit#q1", "de", DE, english=EN), Edge(0, 1, 0.9, 0.0, "part-start"),
                        False, None, (None, None))
    assert entry["flags"] == ["truncation"] and entry["compared"] == "english"


def test_part_link_between_two_german_originals_still_judges_truncation():
    """Neighbour: two originals in one language (no English at all) are compared in that language."""
    long = "Jedes Zehntelgrad zählt für die Menschen, die an den Küsten der Welt leben"
    entry = _pair_entry(V("zeit#q1", "de", DE), V("taz#q1", "de", long), Edge(0, 1, 0.9, 0.0, "part-start"), False,
                        None, (None, None))
    assert entry["flags"] == ["truncation"]



def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    from aligner.match.consistency import compare

    return compare(a, b, lang=lang).flags
