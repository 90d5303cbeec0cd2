"""simp27: small behaviour-preserving moves, each pinned where it now lives."""

from __future__ import annotations

import re

import pytest

from aligner.match import equivalents
from aligner.match.consistency import number_flag


# --- step 1: "2.50" / "2.5" is read where the other figures are read (equivalents) ---------
@pytest.mark.parametrize(("a", "b", "want"), [
    ("It costs 2.5 euros.", "It costs 2.50 euros.", "It costs 2.5 euros."),
    ("Inflation was 3,5 Prozent.", "Inflation was 3,50 Prozent.", "Inflation was 3,5 Prozent."),
    ("He paid 2 pounds.", "He paid 2.00 pounds.", "He paid 2 pounds."),
    ("It costs 2.5 euros.", "It costs 25 euros.", "It costs 25 euros."),  # another value
    ("See Article 5.1 now.", "See Article 5.10 now.", "See Article 5.10 now."),  # a label, not an amount
])
def test_written_as_in_lives_in_equivalents(a: str, b: str, want: str) -> None:
    assert equivalents.written_as_in(a, b) == want


def test_number_flag_still_reads_one_value_and_a_changed_one() -> None:
    assert number_flag("The fee is 2.5 euros a month.", "The fee is 2.50 euros a month.") is None
    assert number_flag("The fee is 2.5 euros a month.", "The fee is 3.5 euros a month.") is not None


# --- step 2: the correction-note words, one lexicon for three readers -------------------------
# Written before the move and passing on 90988a2 as on the moved code: each reader's phrases as it
# accepts and refuses them, including where the three readers differ (kept as they were).
from aligner.match.outlets import version_note  # noqa: E402
from aligner.model import Sentence  # noqa: E402
from aligner.quotes.extract import _in_correction_note  # noqa: E402
from aligner.quotes.frames import retracted  # noqa: E402


@pytest.mark.parametrize(("text", "note"), [
    ("Correction: An earlier version gave the wrong date.", "a correction note"),
    ("The minister spoke.\n  CLARIFICATION : the vote is on Friday.", "a correction note"),
    ("Korrektur: Der Termin ist am Freitag.", "a correction note"),
    ("Text.\nRichtigstellung: Die Zahl war falsch.", "a correction note"),
    ("He spoke. An earlier version of this story gave the wrong age.", "a correction note"),
    ("This article has been corrected to fix a name.", "a correction note"),
    ("Note: the report was amended on Monday.", "a correction note"),
    ("In einer früheren Fassung dieses Beitrags stand ein falsches Datum.", "a correction note"),
    ("Er sprach. In der vorherigen Version des Textes fehlte ein Satz.", "a correction note"),
    ("This story has been updated with a statement.", "an update note"),
    ("Berichtigung: Der Termin ist am Freitag.", None),  # not one of this reader's note words
    ("He said a previous version of this article was wrong.", None),  # "previous": not this reader's
    ("They demanded a correction: now.", None),  # the word opens no line
    ("An earlier version of this paper was wrong.", None),
    ("In einer früheren Fassung des Berichts stand ein falsches Datum.", None),  # "Berichts": not this reader's
    ("In einer früheren Fassung des Interviews stand ein falsches Datum.", None),
    ("The article was correct in every detail.", None),
])
def test_version_note_phrases(text: str, note: str | None) -> None:
    assert version_note(text) == note


@pytest.mark.parametrize(("line", "note"), [
    ("Correction: An earlier version of this article said he would resign.", True),
    ("Editor’s note: This story said the vote was on Monday.", True),
    ("Editor's Note (Dec. 1): This story said the vote was on Monday.", True),
    ("Anmerkung der Redaktion: In dem Text hieß es, er trete zurück.", True),
    ("Hinweis der Redaktion. In dem Text hieß es, er trete zurück.", True),
    ("Correction – the vote is on Friday, he said.", True),
    ("Clarification - the vote is on Friday, he said.", True),
    ("Correction, Dec. 1: the vote is on Friday, he said.", True),
    ("Berichtigung: Er sagte, die Wahl sei am Freitag.", True),
    ("Richtigstellung — Er sagte, die Wahl sei am Freitag.", True),
    ("*Correction:* the vote is on Friday, he said.", True),
    ("(Correction: the vote is on Friday, he said.)", True),
    ("An earlier version of this story said he would resign.", True),
    ("In an previous version of this report he said he would resign.", True),
    ("In einer früheren Fassung des Berichts hieß es, er trete zurück.", True),
    ("Nach einer älteren Version dieses Artikels sagte er, er trete zurück.", True),
    ("Correction of the record was demanded, he said.", False),  # the bare word, as prose
    ("correction: the vote is on Friday, he said.", False),  # this reader is case-sensitive
    ("An earlier version of this paper said he would resign.", False),
    ("He said an earlier version of this article was wrong.", False),  # a note only where the line opens so
    ("A previous version of this story said he would resign.", False),
    ("In einer früheren Fassung des Interviews hieß es, er trete zurück.", False),  # "Interviews": not this reader's
    ("Editorial note: the vote is on Friday, he said.", False),
])
def test_correction_note_opening_phrases(line: str, note: bool) -> None:
    text = "The minister spoke on Monday.\n" + line
    assert _in_correction_note(text, len(text) - 3) is note


def _retracted(text: str, quote: str, lang: str) -> bool:
    start = text.index(quote)
    s = Sentence(id="a#s0", article_id="a", paragraph_id="a#p0", index=0, start=0, end=len(text), text=text,
                 language=lang)
    return retracted(text, s, start, start + len(quote), lang)


@pytest.mark.parametrize(("text", "quote", "lang", "taken_back"), [
    ("An earlier version of this article said “the vote is off.”", "“the vote is off.”", "en", True),
    ("An earlier version of this story wrongly quoted “we will leave.”", "“we will leave.”", "en", True),
    ("An earlier version of this report incorrectly stated “we will leave.”", "“we will leave.”", "en", True),
    ("An earlier version of this post attributed “we will leave” to the mayor.", "“we will leave”", "en", True),
    ("An earlier version of this paper said “the vote is off.”", "“the vote is off.”", "en", False),
    ("A previous version of this article said “the vote is off.”", "“the vote is off.”", "en", False),
    ("An earlier version of this article printed “the vote is off.”", "“the vote is off.”", "en", False),
    ("In einer früheren Fassung des Interviews hieß es „Wir treten aus.“", "„Wir treten aus.“", "de", True),
    ("Nach einer älteren Version dieses Artikels stand „Wir treten aus.“", "„Wir treten aus.“", "de", True),
    ("In einer vorherigen Version des Berichts war zu lesen „Wir treten aus.“", "„Wir treten aus.“", "de", True),
    ("In einer früheren Fassung des Textes wurde „Wir treten aus“ ihm zugeschrieben.", "„Wir treten aus“", "de", True),
    ("In einer früheren Fassung des Buches hieß es „Wir treten aus.“", "„Wir treten aus.“", "de", False),
    ("In einer früheren Fassung des Artikels sagte er „Wir treten aus.“", "„Wir treten aus.“", "de", False),
    ("in einer früheren Fassung des Artikels hieß es „Wir treten aus.“", "„Wir treten aus.“", "de", False),
])
def test_retracted_by_earlier_version_phrases(text: str, quote: str, lang: str, taken_back: bool) -> None:
    assert _retracted(text, quote, lang) is taken_back


def test_the_lexicon_builds_each_readers_words() -> None:
    from aligner.text import corrections

    assert corrections.one_of(("Version", "Fassung", "Stand"), but=("Stand",)) == "(?:Version|Fassung)"
    # a word added to the lexicon reaches every reader that does not leave it out by name
    assert re.fullmatch(corrections.earlier_version_de(), "älteren Fassung des Interviews")
    assert not re.fullmatch(corrections.earlier_version_de(but=("Interviews",)), "älteren Fassung des Interviews")
    assert re.fullmatch(corrections.earlier_version_en(), "previous version of this post")
    assert not re.fullmatch(corrections.earlier_version_en(but=("previous",)), "previous version of this post")


# --- step 3: a bare CR ends a line, one definition (text.lines) ------------------------------
def test_line_ends_one_definition() -> None:
    from aligner.text import lines

    text = "one\r\ntwo\rthree\nfour"
    assert lines.line_spans(text) == [(0, 3), (5, 8), (9, 14), (15, 19)]
    assert lines.line_spans("a\r\n") == [(0, 1)]  # the file's last line end makes no line
    assert lines.line_ends(text, 0, len(text)) == 3
    assert lines.line_ends(text, 0, 4) == 1 and lines.line_ends(text, 4, 6) == 1  # a CR LF cut in two: one end each side
    assert lines.with_lf(text) == "one\r\ntwo\nthree\nfour"
    assert lines.has_bare_cr(text) and not lines.has_bare_cr("one\r\ntwo\n")
    assert lines.opens_line(text, 0) and lines.opens_line(text, 9) and lines.opens_line(text, 5)
    assert not lines.opens_line(text, 6)


def test_line_end_readers_agree_with_what_they_read_before() -> None:
    """The shared definitions against the ones they replace (written out here), on every short text
    of line ends, blanks and letters, at every window."""
    import itertools

    from aligner.clean import _BLOCK_SPLIT
    from aligner.quotes.marks import _broken, _paragraph_end
    from aligner.segment import line_or_block_spans, strip_span
    from aligner.text import lines

    old_break = re.compile(r"[\n\r]")
    old_line = re.compile(r"[^\n\r]+")
    old_block = re.compile(r"(?:(?:\r\n|\r|\n)[ \t]*){2,}")
    old_bare_cr = re.compile(r"\r(?!\n)")
    for n in range(1, 6):
        for chars in itertools.product("a\r\n ", repeat=n):
            text = "".join(chars)
            assert lines.with_lf(text) == old_bare_cr.sub("\n", text)
            assert lines.has_bare_cr(text) == bool(old_bare_cr.search(text))
            assert [m.span() for m in _BLOCK_SPLIT.finditer(text)] == [m.span() for m in old_block.finditer(text)]
            stripped = [strip_span(text, *m.span()) for m in old_line.finditer(text)]
            assert line_or_block_spans(text, True) == [(s, e) for s, e in stripped if s < e]
            for i in range(n + 1):
                assert lines.opens_line(text, i) == (i == 0 or text[i - 1] in "\n\r")
                m = old_break.search(text, i)
                assert _paragraph_end(text, i) == (m.start() if m else len(text))
                for j in range(i, n + 1):
                    assert _broken(text, i, j) == (old_break.search(text, i, j) is not None)
                    want = text.count("\n", i, j) + text.count("\r", i, j) - text.count("\r\n", i, j)
                    assert lines.line_ends(text, i, j) == want


# --- step 4: one place per piece of logic -------------------------------------------------------
def test_ray_batches_report_their_rows_one_way() -> None:
    pytest.importorskip("numpy")
    from aligner.engines.ray_data import _batch_rows, _cpu_now

    got = _batch_rows([4, 5, 6], [b"x", b"y", b"z"], _cpu_now() - 3.0)  # a batch that took 3 CPU-seconds
    assert list(got["i"]) == [4, 5, 6] and list(got["y"]) == [b"x", b"y", b"z"] and got["y"].dtype == object
    assert len(got["cpu"]) == 3 and all(c == got["cpu"][0] for c in got["cpu"]) and got["cpu"][0] >= 1.0
    assert len(_batch_rows([], [], _cpu_now())["cpu"]) == 0


class _M2MTokenizer:
    all_special_tokens = ["__de__", "__en__"]
    unk_token_id = 0
    src_lang: str | None = None

    def convert_tokens_to_ids(self, token: str) -> int:
        return {"__de__": 5, "__en__": 6}.get(token, 0)


def test_a_multilingual_tokenizer_is_set_to_a_pair_in_one_place() -> None:
    from aligner.errors import AlignerError
    from aligner.translate import registry

    tok = _M2MTokenizer()
    assert registry.set_pair(tok, "m2m100", "de", "en", "tiny-m2m") == "__en__"
    assert tok.src_lang == "de"
    other = _M2MTokenizer()
    with pytest.raises(AlignerError, match="tiny-m2m: no language token for 'xx'"):
        registry.set_pair(other, "m2m100", "xx", "en", "tiny-m2m")
    assert other.src_lang is None  # an unknown source is refused before the tokenizer is touched
    with pytest.raises(AlignerError, match="'sv'"):
        registry.set_pair(_M2MTokenizer(), "m2m100", "de", "sv", "tiny-m2m")
