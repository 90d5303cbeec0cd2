"""fx64: reviewers' trust items (invented sentences throughout)."""

import re

import pytest

from aligner.match.consistency import compare, number_flag

# --- 1. one value written with and without trailing decimal zeros is no changed number ---


@pytest.mark.parametrize("a,b,lang", [
    ("The ticket now costs 2.50 euros for every ride, she said.", "The ticket now costs 2.5 euros for every ride, she said.", "en"),
    ("A coffee costs $2.50 at the station now.", "A coffee costs $2.5 at the station now.", "en"),
    ("Ein Ticket kostet jetzt 3,50 Euro pro Fahrt.", "Ein Ticket kostet jetzt 3,5 Euro pro Fahrt.", "de"),
    ("The fare went up to 2.00 euros last spring.", "The fare went up to 2 euros last spring.", "en"),
    ("Prices rose by 1.50 percent and then by 3.5 points.", "Prices rose by 1.5 percent and then by 3.50 points.", "en"),
    ("Es kostet 4,50 Euro.", "Es kostet 4.5 Euro.", "de"),
])
def test_equal_values_written_differently_are_no_number_flag(a, b, lang):
    assert number_flag(a, b, lang) is None
    assert "number" not in compare(a, b, lang=lang).flags


@pytest.mark.parametrize("a,b,lang", [
    ("The ticket now costs 2.5 euros for every ride, she said.", "The ticket now costs 25 euros for every ride, she said.", "en"),
    ("The ticket now costs 2.50 euros for every ride, she said.", "The ticket now costs 2.05 euros for every ride, she said.", "en"),
    ("The ticket now costs 2.50 euros for every ride, she said.", "The ticket now costs 2.60 euros for every ride, she said.", "en"),
    ("A coffee costs $2.50 at the station now.", "A coffee costs $25 at the station now.", "en"),
    ("Ein Ticket kostet jetzt 3,50 Euro pro Fahrt.", "Ein Ticket kostet jetzt 35 Euro pro Fahrt.", "de"),
    # a German date "1.10." (1 October) is not "1.1." (1 January)
    ("Die Regel gilt seit dem 1.10. für alle Mieter.", "Die Regel gilt seit dem 1.1. für alle Mieter.", "de"),
])
def test_different_values_stay_flagged(a, b, lang):
    assert number_flag(a, b, lang) is not None


def test_thousands_written_with_a_space_are_not_read_as_a_zero():
    a = 'Set the value (score x 10,000) and then set "credits" to 0 before the game.'
    b = 'Set the value (score x 10 000) and then set "credits" to 0 before the game.'
    assert number_flag(a, b, "en") is None


# --- 2. one-letter surnames and a form of address against a first name ---

from aligner.match.speaker_flag import names_verdict  # noqa: E402
from aligner.quotes.speakers import cluster_article_names  # noqa: E402


@pytest.mark.parametrize("a,b", [
    ("Michael Schmidt", "Michael Schmitt"),
    ("Anna Berger", "Anna Burger"),
    ("Hans Neumann", "Hans Naumann"),
    ("Karl Wagner", "Karl Wegner"),
    ("Olaf Scholz", "Olaf Schulz"),
    ("Anna Mayer", "Anna Meyer"),
])
def test_full_names_a_letter_apart_are_two_people(a, b):
    # the speaker join keeps them apart; the speaker flag does not call them two people (a
    # typo or a transliteration of one name reads the same: tests/test_fx68.py)
    assert names_verdict(a, b) is None
    ids = cluster_article_names([("a1", a), ("a2", b)])
    assert ids[("a1", a)][0] != ids[("a2", b)][0]  # the speaker join agrees


@pytest.mark.parametrize("a,b", [
    ("Anna Müller", "Anna Mueller"),
    ("Peter Weiß", "Peter Weiss"),
    ("Thomas Schroeder", "Thomas Schröder"),
    ("Sergei Lavrov", "Sergej Lawrow"),
    ("Svetlana Tikhanovskaya", "Swetlana Tichanowskaja"),
    ("Vitali Klitschko", "Vitali Klychko"),
])
def test_full_names_a_spelling_apart_are_one_person(a, b):
    assert names_verdict(a, b) is True
    ids = cluster_article_names([("a1", a), ("a2", b)])
    assert ids[("a1", a)][0] == ids[("a2", b)][0]


@pytest.mark.parametrize("bare,full", [
    ("Mr Smith", "Anna Smith"),
    ("Mrs Smith", "John Smith"),
    ("Ms. Smith", "Michael Smith"),
    ("Frau Schmidt", "Michael Schmidt"),
    ("Herr Schmidt", "Anna Schmidt"),
])
def test_a_form_of_address_of_the_other_gender_joins_no_first_name(bare, full):
    ids = cluster_article_names([("a1", bare), ("a2", full)])
    assert ids[("a1", bare)][0] != ids[("a2", full)][0]
    same_article = cluster_article_names([("a1", bare), ("a1", full)])
    assert same_article[("a1", bare)][0] != same_article[("a1", full)][0]
    assert names_verdict(bare, full) is not True


@pytest.mark.parametrize("bare,full", [
    ("Mr Smith", "John Smith"),
    ("Ms Smith", "Anna Smith"),
    ("Frau Schmidt", "Anna Schmidt"),
    ("Dr Smith", "Anna Smith"),
    ("Mr Smith", "Kim Smith"),  # a first name of either gender: no clash
])
def test_a_form_of_address_of_the_same_gender_still_joins(bare, full):
    ids = cluster_article_names([("a1", bare), ("a2", full)])
    assert ids[("a1", bare)][0] == ids[("a2", full)][0]
    assert names_verdict(bare, full) is True


# --- 3. an English agency dateline before a quote is no part of it or its frame ---

from tests.quote_helpers import quotes_in  # noqa: E402


@pytest.mark.parametrize("dateline", ["LONDON (Reuters) - ", "NEW YORK (AP) - ", "BERLIN, Dec 5 (Reuters) - ",
                                      "Paris (AFP) - ", "WASHINGTON - ", "KYIV, Ukraine (AP) - ", "WASHINGTON (AP) — "])
@pytest.mark.parametrize("lead", ["Port stays open\n\n", ""])
def test_english_agency_dateline_stays_out_of_the_quote(dateline, lead):
    text = f'{lead}{dateline}"We will not close the port," said Mayor Anna Weber on Tuesday.'
    (q,) = quotes_in(text, "en")
    assert (q.kind, q.text) == ("direct", "We will not close the port")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


@pytest.mark.parametrize("before", ["The answer - ", "Her reply - ", "Anna Weber - ", "Then - "])
def test_english_words_before_a_dash_that_are_no_dateline_stay_in_the_sentence(before):
    (q,) = quotes_in(f'Port stays open\n\n{before}"We will not close the port," Weber said.', "en")
    assert q.kind != "direct"


# --- 4. report.md: "What could not be checked" is a heading like its siblings ---

from aligner.match.clusters import build_clusters  # noqa: E402
from aligner.model import Article, QuoteVersion  # noqa: E402
from aligner.report.common import ReportNotes  # noqa: E402
from aligner.report.markdown import render_markdown  # noqa: E402


def _unchecked_report() -> str:
    de = "Wir werden das Ziel in diesem Jahr verfehlen, sagte die Ministerin am Montag in Berlin."
    vs = [QuoteVersion(f"d{k}#q0", f"d{k}", f"d{k}", "de", de, "", 0, len(de), "direct", None, flags=["no-english"])
          for k in (1, 2)]
    arts = [Article(id=f"d{k}", text=de, language="de", outlet=f"d{k}") for k in (1, 2)]
    return render_markdown(build_clusters(vs), arts, run=ReportNotes(n_quotes=40, no_english=35))


def test_what_could_not_be_checked_is_a_markdown_heading_of_the_clusters_level():
    lines = _unchecked_report().splitlines()
    assert "## What could not be checked" in lines
    assert not any("**What could not be checked" in ln for ln in lines)
    cluster_level = {ln.split(" ", 1)[0] for ln in lines if re.match(r"#+ 1\. ", ln)}
    assert cluster_level == {"##"}
    # the counts stay as they were, under a heading of their own (not inside the notes)
    k = lines.index("- articles: 2")
    assert lines[k + 1:k + 3] == ["- quotes: 40", "- quote clusters (quotes found in 2+ articles): 1"]
    heading_above = next(ln for ln in reversed(lines[:k]) if ln.startswith("#"))
    assert heading_above != "## What could not be checked"


# --- 5. straight quotes nested in straight quotes; a bare CR ends a line as LF does ---


@pytest.mark.parametrize("text,words", [
    ('"He said "no" to us," Reed said.', 'He said "no" to us'),
    ('"We told them "never again" and meant it," Reed said on Monday.', 'We told them "never again" and meant it'),
    ('"I said "no"," Reed said.', 'I said "no"'),
])
def test_straight_quotes_inside_straight_quotes_do_not_cut_the_quote(text, words):
    (q,) = quotes_in(text, "en")
    assert (q.kind, q.text) == ("direct", words)
    assert q.speaker is not None and q.speaker.name == "Reed"


def test_two_straight_quotes_side_by_side_stay_two():
    qs = quotes_in('"No," Reed said. "Never," Weber said.', "en")
    assert [(q.text, q.speaker and q.speaker.name) for q in qs] == [("No", "Reed"), ("Never", "Weber")]


_WRAPPED = ('Port stays open\n\nThe mayor spoke to reporters at the harbour on a cold and windy Tuesday morning.\n'
            '"We will not close the port this year or next year, whatever the council\ndecides, because the town '
            'needs it," said Mayor Anna Weber on Tuesday.\n\n"He said "no" to us," Reed said.\n\n'
            'She left the harbour after the meeting with the local fishermen and traders.\n')


def _ingested_quotes(text: str) -> list[tuple]:
    from aligner.ingest import process_doc
    from aligner.quotes.extract import extract_quotes
    from aligner.readers import RawDoc

    r = process_doc(RawDoc(id="t", text=text, source_path="t.txt", source_format="txt"), ("de", "en"))
    quotes = extract_quotes(r.articles[0], list(r.sentences))
    return [(q.kind, q.text.replace("\r\n", "\n").replace("\r", "\n"), q.speaker and q.speaker.name) for q in quotes]


def test_line_ends_lf_cr_and_crlf_give_the_same_quotes():
    lf = _ingested_quotes(_WRAPPED)
    assert lf and lf == _ingested_quotes(_WRAPPED.replace("\n", "\r")) == _ingested_quotes(_WRAPPED.replace("\n", "\r\n"))
    plain = [(q.kind, q.text, q.speaker and q.speaker.name) for q in quotes_in(_WRAPPED, "en")]
    assert plain == [(q.kind, q.text.replace("\r", "\n"), q.speaker and q.speaker.name)
                     for q in quotes_in(_WRAPPED.replace("\n", "\r"), "en")]


@pytest.mark.parametrize("address, full", [("Mr Orlando", "Andrea Orlando"), ("Herr Orlando", "Andrea Orlando"),
                                           ("Mrs Weller", "Kim Weller"), ("Frau Berg", "Sascha Berg")])
def test_a_first_name_of_either_gender_never_clashes_with_a_form_of_address(address, full):
    """Andrea, Kim, Sascha are men's and women's names: "Mr Orlando" may be Andrea Orlando (rt26)."""
    from aligner.match.speaker_flag import names_verdict
    from aligner.quotes.speakers import address_clash

    assert not address_clash(address, full.split()[0])
    assert names_verdict(address, full) is True


def test_a_name_with_a_party_in_brackets_before_a_dash_is_no_dateline():
    """Only a news agency in brackets makes a capitalised place a dateline ("Paris (AFP) - "): "Tom Reed
    (Labour) - " opens the quote's own frame (rt26: the dateline took it and the speaker became 'Reactions')."""
    from aligner.model import Article
    from aligner.quotes.extract import extract_quotes

    text = 'Reactions came quickly.\nTom Reed (Labour) - "We will fight this all the way to the end."'
    (q,) = extract_quotes(Article(id="a", text=text, language="en"))
    assert q.speaker is not None and q.speaker.name == "Tom Reed"
