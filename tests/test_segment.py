"""Sentence splitting: exact spans, and the tricky spots of the seed articles."""

from __future__ import annotations

import pytest

from aligner.segment import glued_boundaries, split_sentences


def sentences(text: str, lang: str, **kw) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang, **kw)]


def seed_sentences(seeds_dir, stem_prefix: str, lang: str) -> list[str]:
    path = next(seeds_dir.glob(f"{stem_prefix}_*.txt"))
    return sentences(path.read_text(encoding="utf-8"), lang)


# -- tricky spots, on the seed text itself ----------------------------------------------


def test_date_with_ordinal_dot_is_not_a_boundary(seeds_dir):
    got = seed_sentences(seeds_dir, "000", "de")
    assert (
        "Am 14. Dezember schloss der stellvertretende russische Außenminister Sergej Rjabkow in einem Interview "
        "nicht aus, dass Moskau Truppen zu den Verbündeten Venezuela oder Kuba entsendet, falls die Diplomatie "
        "mit den Vereinigten Staaten über die Ukraine scheitern sollte." in got
    )


def test_ellipsis_inside_quote_and_attribution_stay_one_sentence(seeds_dir):
    got = seed_sentences(seeds_dir, "000", "de")
    assert (
        "„Ich möchte das nicht bestätigen … und ich schließe es auch nicht aus“, sagte Ryabkov zu Gesprächen "
        "mit der US-Unterstaatssekretärin Wendy Sherman." in got
    )


def test_closing_quote_stays_with_its_sentence(seeds_dir):
    got = seed_sentences(seeds_dir, "000", "de")
    assert "Diaz-Canel teilte seine Diskussion auf Twitter bei Putin war es so “Freundlich und fruchtbar.”" in got


def test_abbreviation_dash_and_hyphen_gap(seeds_dir):
    got = seed_sentences(seeds_dir, "001", "de")
    assert (
        "Und die US- Amerikaner sind, wie üblich dumm genug, die „geneigte“ Lat.- amerikanische Hemisphäre "
        "den Russen und Chinesen zu überlassen." in got
    )


def test_quote_followed_by_attribution_then_next_quote(seeds_dir):
    got = seed_sentences(seeds_dir, "002", "de")
    assert '"Es ist der amerikanische Stil, mehrere Optionen für seine Außen- und Militärpolitik zu haben", sagte er.' in got
    assert '"Das ist der Grundstein für den starken Einfluss dieses Landes in der Welt."' in got


def test_multi_sentence_quote_keeps_its_marks_at_both_ends(seeds_dir):
    got = seed_sentences(seeds_dir, "002", "de")
    i = got.index("Das wollen wir nicht.")
    assert got[i - 1].startswith('"Der russische Präsident hat sich mehrfach dazu geäußert')
    assert got[i - 1].endswith("weiter zu erhöhen.")
    assert got[i + 1] == 'Die Diplomaten müssen zu einer Einigung kommen."'


def test_glued_boundaries_are_split_without_editing(seeds_dir):
    got = seed_sentences(seeds_dir, "003", "en")
    # said."You -> boundary after the period, the quote mark opens the next sentence
    assert any(s.endswith("Kremlin spokesman Dmitri Peskov has said.") for s in got)
    assert any(s.startswith('"You know that relations between Russia and Cuba have deep traditions...and indeed,') for s in got)
    # Tuesday.Putin
    assert 'This is what the leaders of the two countries spoke about yesterday," Peskov said, speaking to reporters on Tuesday.' in got
    assert any(s.startswith("Putin and Diaz-Canel spoke by phone on Monday") for s in got)
    # Kremlin.Monday's and Europe.Last
    assert any(s.endswith('according to the Kremlin.') for s in got)
    assert any(s.startswith("Monday's phone call came in the wake") for s in got)
    assert any(s.startswith("Last Tuesday, US Ambassador") for s in got)


def test_ellipsis_without_spaces_inside_quote_is_not_a_boundary(seeds_dir):
    got = seed_sentences(seeds_dir, "003", "en")
    assert (
        '"You know that relations between Russia and Cuba have deep traditions...and indeed, the synchronization of '
        "positions on international and regional issues of mutual interest to both countries is extremely important." in got
    )
    assert any("on Russian-Cuban \"coordination...in the international arena\" included" in s and s.endswith('bluntly "No."') for s in got)


def test_month_abbreviation_in_a_date(seeds_dir):
    got = seed_sentences(seeds_dir, "003", "en")
    assert "A Russian radar station is seen in Lourdes, about 12 miles south of Havana, Cuba Wednesday Oct. 17, 2001" in got


def test_quote_then_dash_attribution(seeds_dir):
    got = seed_sentences(seeds_dir, "004", "en")
    assert "“It all depends on the actions that our American counterparts will take” – said Ryabkov in an interview for RTVI television." in got


# -- spans ----------------------------------------------------------------------------


@pytest.mark.parametrize("stem,lang", [("000", "de"), ("001", "de"), ("002", "de"), ("003", "en"), ("004", "en")])
def test_spans_slice_back_ordered_and_trimmed(seeds_dir, stem, lang):
    text = next(seeds_dir.glob(f"{stem}_*.txt")).read_text(encoding="utf-8")
    spans = split_sentences(text, lang)
    assert spans
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        assert "\n" not in piece
        prev = e
    # nothing but whitespace is left between sentences
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_glued_boundaries_reports_offsets():
    text = 'He has said."You know it," Peskov said on Tuesday.Putin spoke. Then more.'
    spans = split_sentences(text, "en")
    got = [text[s:e] for s, e in spans]
    assert got == ['He has said.', '"You know it," Peskov said on Tuesday.', "Putin spoke.", "Then more."]
    assert glued_boundaries(text, spans) == [text.index('"You'), text.index("Putin")]


def test_lines_are_boundaries_unless_by_line_is_off():
    text = "Der Satz geht hier\nweiter bis zum Punkt.\n\nZweiter Absatz."
    assert sentences(text, "de") == ["Der Satz geht hier", "weiter bis zum Punkt.", "Zweiter Absatz."]
    assert sentences(text, "de", by_line=False) == ["Der Satz geht hier\nweiter bis zum Punkt.", "Zweiter Absatz."]


def test_empty_and_whitespace():
    assert split_sentences("", "de") == []
    assert split_sentences(" \n\t\n", "en") == []


def test_unknown_language_falls_back_to_english_rules():
    text = "Le président a parlé. Il est parti."
    assert sentences(text, "fr") == ["Le président a parlé.", "Il est parti."]
