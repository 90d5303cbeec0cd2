"""One Unicode form for every article (aligner.text.uniform): an outlet's NFD copy, a soft
hyphen or a zero-width character inside a name reads like the plain text, in extract_quotes
and through a whole run, and the stored offsets point into the stored text."""
from __future__ import annotations

import unicodedata

import pytest

import aligner
from aligner.text.uniform import UniformView, is_uniform, uniform
from tests.quote_helpers import read_jsonl, run_texts


def test_uniform_composes_and_drops_invisible_characters_inside_words():
    nfd = unicodedata.normalize("NFD", "Jürgen Müller")
    assert uniform(nfd) == "Jürgen Müller"
    assert uniform("Anna Mül\u00adler") == "Anna Müller"
    assert uniform("Tom O\u2019Brien\u200d of the union") == "Tom O\u2019Brien of the union"
    assert uniform("\ufeffWir\u200bgehen") == "Wirgehen"
    # an emoji sequence keeps its joiner: it is no word
    family = "\U0001F468\u200d\U0001F469"
    assert uniform(family) == family
    assert uniform(uniform(nfd + " Mül\u00adler")) == uniform(nfd + " Mül\u00adler")
    assert is_uniform("Müller") and not is_uniform(nfd) and not is_uniform("Mül\u00adler")


def test_view_maps_offsets_back_into_the_original():
    original = unicodedata.normalize("NFD", "sagte Jürgen Mül\u00adler gestern")
    view = UniformView(original)
    k = view.text.index("Müller")
    assert original[view.start(k) : view.end(k + len("Müller"))] == unicodedata.normalize("NFD", "Mül\u00adler")
    assert view.end(len(view.text)) == len(original) and view.start(0) == 0


@pytest.mark.parametrize("name", ["Jürgen Müller", "Ayşe Çelik", "Pavel Dvořák"])
def test_decomposed_unicode_keeps_the_whole_speaker_name(name):
    text = f"„Wir verhandeln nicht“, sagte {name} am Montag in Berlin."
    got = []
    for form in ("NFC", "NFD"):
        art = aligner.Article(id="a1", text=unicodedata.normalize(form, text), language="de")
        quotes = aligner.extract_quotes(art)
        assert quotes and all(art.text[q.start : q.end] == q.text for q in quotes)
        got.append([unicodedata.normalize("NFC", q.speaker.name) if q.speaker and q.speaker.name else None
                     for q in quotes])
    assert got[0] == got[1] == [name], got


def test_decomposed_article_gets_no_false_speaker_flag_and_offsets_hold(tmp_path):
    en1 = 'Ships\n\n"We have sent five ships to the port," Defence Minister Thomas Müller said on Monday.\n'
    en2 = unicodedata.normalize("NFD", 'Port\n\n"We have sent five ships to the port," said Thomas Müller, '
                                       'the defence minister, on Monday.\n')
    out = run_texts(tmp_path, {"en1.txt": en1, "en2.txt": en2})
    clusters = read_jsonl(out / "clusters.jsonl")
    assert clusters
    assert not [p["details"] for c in clusters for p in c["pairs"] if "speaker" in p["flags"]]
    texts = {a["id"]: a["text"] for a in read_jsonl(out / "articles.jsonl")}
    assert unicodedata.is_normalized("NFC", texts["en2"])
    quotes = read_jsonl(out / "quotes.jsonl")
    assert {q["speaker"]["name"] for q in quotes} == {"Thomas Müller"}
    for q in quotes:
        assert texts[q["article_id"]][q["start"] : q["end"]] == q["text"]
    for s in read_jsonl(out / "sentences.jsonl"):
        assert texts[s["article_id"]][s["start"] : s["end"]] == s["text"]


def test_soft_hyphen_inside_a_name_keeps_the_whole_name(tmp_path):
    out = run_texts(tmp_path, {
        "a.txt": 'Port\n\n"We need new cranes for the port," said Anna Mül\u00adler, the port manager, on Monday.\n',
        "b.txt": 'Cranes\n\n"We need new cranes for the port," said Anna Müller, the port manager, on Monday.\n',
    })
    names = {q["article_id"]: q["speaker"]["name"] for q in read_jsonl(out / "quotes.jsonl") if q.get("speaker")}
    flagged = [p["details"] for c in read_jsonl(out / "clusters.jsonl") for p in c["pairs"] if "speaker" in p["flags"]]
    assert names == {"a": "Anna Müller", "b": "Anna Müller"} and not flagged, (names, flagged)


def test_zero_width_joiner_does_not_become_everyones_speaker_name(tmp_path):
    out = run_texts(tmp_path, {
        "a.txt": 'Strike\n\n"The union will strike on Friday," said Tom O\u2019Brien\u200d of the dockers union.\n',
        "b.txt": 'Dockers\n\n"The union will strike on Friday," said Tom O\u2019Brien of the dockers union.\n',
    })
    names = [q["speaker"]["name"] for q in read_jsonl(out / "quotes.jsonl") if q.get("speaker")]
    assert names == ["Tom O\u2019Brien", "Tom O\u2019Brien"], names
    assert "\u200d" not in (out / "report.html").read_text(encoding="utf-8")
