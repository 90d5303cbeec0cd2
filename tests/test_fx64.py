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
