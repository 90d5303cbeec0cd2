"""Review s14b fixes (German): an abbreviation's full stop ("5 Mio. Euro") does not end a reported
message, a frame that points back at the quote ("Das sagte Anna Weber, sie meine …") stays its frame,
and the scorer does not count a role speaker acting for the gold source ("Ein Sprecher Merkels" for
"Merkel") as right.  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.model import Article, Sentence, Speaker
from aligner.quotes import extract_quotes
from aligner.quotes.evaluate import gold_direct, speaker_right
from aligner.quotes.speakers import normalise_speakers


def _quotes(text: str, lang: str, one_sentence: bool = False):
    art = Article(id="t", text=text, language=lang)
    qs = extract_quotes(art, [Sentence("t#s0", "t", "", 0, 0, len(text), text, lang)]) if one_sentence else extract_quotes(art)
    return normalise_speakers(qs)


@pytest.mark.parametrize("text, must", [
    ("Der Sprecher sagte, der Konzern habe im Jahr 5 Mio. Euro verloren und werde „die Produktion in Bremen drosseln“.", "Euro verloren"),
    ("Der Sprecher sagte, die Stadt habe 3 Mrd. Euro investiert und werde „noch mehr tun“.", "Euro investiert"),
    ("Die Ministerin sagte, das Land zahle rund 40 Tsd. Euro inkl. Steuern und wolle „schnell helfen“.", "Euro inkl"),
])
def test_an_amount_abbreviation_does_not_end_the_reported_message(text, must):
    qs = _quotes(text, "de", one_sentence=True)
    assert not any(q.kind == "indirect" and q.text.rstrip().endswith(("Mio", "Mrd", "Tsd")) for q in qs)
    assert any(must in q.text for q in qs)


def test_a_full_stop_inside_the_sentence_still_ends_the_message():
    text = "Die Ministerin sagte, das Land helfe den Bauern sofort. Für die Opposition ist „das zu wenig“."
    qs = _quotes(text, "de", one_sentence=True)
    assert all("Opposition" not in q.text for q in qs if q.kind == "indirect")


@pytest.mark.parametrize("text, name", [
    ("„Wir kommen wieder, ganz bestimmt!“ Das sagte Anna Weber am Abend, sie meine es ernst.", "Anna Weber"),
    ("„Das bleibt so!“ Dies erklärte Jonas Berger am Montag, er habe keine Zweifel.", "Jonas Berger"),
])
def test_a_demonstrative_frame_with_a_subjunctive_tail_still_frames_the_quote(text, name):
    q = next(q for q in _quotes(text, "de") if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == name


def _one_gold(t: str, quote: str, source: str, nth: int) -> dict:
    a = t.index(quote)
    s = -1
    for _ in range(nth + 1):
        s = t.index(source, s + 1)
    (g,), _ = gold_direct(t, [{"cls": "direct", "message": [(a, a + len(quote))], "source": [(s, s + len(source))]}], {0})
    return g


def _right(t: str, quote: str, source: str, nth: int, mention: str) -> bool:
    g = _one_gold(t, quote, source, nth)
    sp = Speaker(mention=mention, start=t.index(mention), end=t.index(mention) + len(mention), resolved_from="context")
    return speaker_right(t, sp, g["source_chars"], g["alt_words"])


@pytest.mark.parametrize("t, quote, source, nth, mention", [
    ("Ein Sprecher Merkels wollte nichts sagen. Später sagte Merkel: „Wir prüfen das.“", "Wir prüfen das.", "Merkel", 1, "Ein Sprecher Merkels"),
    ("Der Anwalt der Klägerin schwieg. Die Klägerin sagte: „Ich bin enttäuscht.“", "Ich bin enttäuscht.", "Die Klägerin", 0, "Der Anwalt der Klägerin"),
    ("A spokesman for Johnson declined. Later Johnson said: \"We will check.\"", "We will check.", "Johnson", 1, "A spokesman for Johnson"),
    ("The lawyer for the mayor declined. The mayor said: \"I am disappointed.\"", "I am disappointed.", "The mayor", 0, "The lawyer for the mayor"),
])
def test_role_only_speaker_acting_for_the_gold_source_is_wrong(t, quote, source, nth, mention):
    assert not _right(t, quote, source, nth, mention)


@pytest.mark.parametrize("t, quote, source, nth, mention", [
    ("Ein Sprecher der Kanzlerin schwieg. Der Sprecher der Kanzlerin sagte: „Wir prüfen das.“", "Wir prüfen das.", "Der Sprecher der Kanzlerin", 0, "Ein Sprecher der Kanzlerin"),
    ("Das Urteil folgt dem Antrag des früheren Generalanwalts. Der Generalanwalt schrieb: „Das Gesetz gilt.“", "Das Gesetz gilt.", "Der Generalanwalt", 0, "des früheren Generalanwalts"),
])
def test_role_only_speaker_with_the_gold_sources_head_stays_right(t, quote, source, nth, mention):
    assert _right(t, quote, source, nth, mention)


@pytest.mark.parametrize("text", [
    "Das erklärte Ziel Frankreich bleibt „ein Europa, das zusammenhält“.",
    "Das erklärte Ziel Dänemark bleibt „eine Küste ohne Kohle“.",
])
def test_das_erklaerte_ziel_with_a_place_name_is_no_cue(text):
    qs = _quotes(text, "de", one_sentence=True)
    assert all(q.speaker is None or "Ziel" not in q.speaker.mention for q in qs)
