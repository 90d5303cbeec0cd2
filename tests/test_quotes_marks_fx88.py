"""fx88: guillemets with a space inside (French / Romandie typography) mark a direct quote (rv55-28)."""
from aligner.quotes.marks import find_quote_spans
from tests.quote_helpers import normalised_quotes_in


def _spans(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in find_quote_spans(text)]


def test_spaced_guillemets_are_a_direct_quote_without_the_marks():
    for space in (" ", "\u00a0", "\u202f"):
        text = f"«{space}Die Sicherheit ist jederzeit gewährleistet{space}», sagte Reto Caflisch."
        qs = normalised_quotes_in(text, "de")
        assert [q.text for q in qs] == ["Die Sicherheit ist jederzeit gewährleistet"]
        assert qs[0].kind == "direct" and qs[0].speaker.name == "Reto Caflisch"
    assert _spans("« Wir bauen », sagte er, « und zwar bald. »") == ["Wir bauen", "und zwar bald."]


def test_unspaced_and_german_guillemets_keep_their_reading():
    assert _spans("«Die Sicherheit ist gewährleistet», sagte er.") == ["Die Sicherheit ist gewährleistet"]
    assert _spans("»Die Sicherheit ist gewährleistet«, sagte er.") == ["Die Sicherheit ist gewährleistet"]
