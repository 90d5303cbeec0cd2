"""fx122: flags left from session 33 (inner quotes, not-compared notes in report.md, address-only quotes,
megatonnes at a sentence's end)."""

from aligner.match.clusters import _pair_entry, _two_statements
from aligner.match.consistency import compare
from aligner.match.score import Edge
from aligner.model import Cluster, ClusterPair, QuoteVersion
from aligner.report.html import render_html
from aligner.report.markdown import render_markdown


def V(qid: str, lang: str, original: str, speaker: str | None, english: str | None = None) -> QuoteVersion:
    en = original if lang == "en" else (english or "")
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid.split("#")[0], language=lang,
                        original=original, english=en, start=0, end=len(original), kind="direct", speaker=speaker,
                        speaker_confidence=0.9)


# --- rt34-3 rest: "649 Mt." / "57 Gt." at a sentence's end are megatonnes / gigatonnes --------------------

def test_megatonnes_at_sentence_end_agree_with_million_tonnes():
    r = compare("Germany emitted 649 Mt.", "Germany emitted 649 million tonnes.", lang="en")
    assert "number" not in r.flags


def test_gigatonnes_at_sentence_end_agree_with_billion_tonnes():
    r = compare("The world emitted 57 Gt.", "The world emitted 57 billion tonnes.", lang="en")
    assert "number" not in r.flags


def test_megatonnes_at_sentence_end_still_differ_from_tonnes():
    r = compare("Germany emitted 649 Mt.", "Germany emitted 649 tonnes.", lang="en")
    assert "number" in r.flags


def test_metric_tonnes_at_sentence_end_stay_metric():
    # 'mt' / 'MT' is the metric tonne of commodity news: '500 mt' against '500 million tonnes' stays a flag
    assert "number" in compare("Ukraine exported 500 mt.", "Ukraine exported 500 million tonnes.", lang="en").flags
    assert "number" not in compare("Ukraine exported 500 MT.", "Ukraine exported 500 tonnes.", lang="en").flags


def test_mount_after_a_figure_is_no_tonnage():
    r = compare("We climbed 3 Mt. Everest routes.", "We climbed three Mount Everest routes.", lang="en")
    assert "number" not in r.flags


# --- pr34b-9 / rt34-10: what was not compared reaches report.md ----------------------------------------------

def _cluster(details: dict, flags: list[str] | None = None) -> Cluster:
    a = V("guardian#q1", "en", "We passed the heating law two years ago", "Robert Habeck")
    b = V("reuters#q1", "en", "We passed the heating law in 2024", "Robert Habeck")
    pair = ClusterPair(a=a.quote_id, b=b.quote_id, chrf=0.69, flags=list(flags or []), details=dict(details),
                       compared="english", speaker_check="same")
    return Cluster(id="c1", versions=[a, b], speaker="Robert Habeck", flags=list(flags or []), pairs=[pair])


YEARS = "'two years ago' vs '2024': a count of years against a year, not compared"


def test_relative_date_not_compared_is_in_report_md():
    md = render_markdown([_cluster({"number_not_compared": YEARS})], [])
    notes = md.split("## Summary")[0]
    assert "Not compared in 1 pair(s), in cluster(s) 1" in notes  # "What could not be checked", with a count
    pair_lines = [line for line in md.splitlines() if line.startswith("- ") and " vs " in line and "chrF" in line]
    assert len(pair_lines) == 1 and "two years ago" in pair_lines[0]
    assert "no flag in what was compared" in pair_lines[0]


def test_relative_date_not_compared_is_in_report_html():
    html = render_html([_cluster({"number_not_compared": YEARS})], [])
    assert "Not compared in 1 pair(s)" in html and "two years ago" in html


def test_a_pair_with_nothing_set_aside_is_not_listed():
    md = render_markdown([_cluster({})], [])
    assert "Not compared in" not in md
    assert not [line for line in md.splitlines() if line.startswith("- ") and "chrF" in line]


def _entry(a: QuoteVersion, b: QuoteVersion, method: str = "chrf") -> dict:
    return _pair_entry(a, b, Edge(0, 1, 0.9, 0.0, method), False, None, (None, None))


# --- an address to the chair alone against a longer quote of the same speaker ------------------------------

LONG_EN = "Thank you, Mr President. We will not send Taurus missiles to Ukraine, and that is final."
LONG_DE = "Frau Präsidentin! Wir werden keine Taurus-Raketen an die Ukraine liefern, und das ist endgültig."


def test_address_only_against_a_longer_quote_is_no_truncation():
    cases = (("en", "Thank you, Mr President.", LONG_EN),
             ("en", "Thank you, Mr President.", "We will not send Taurus missiles to Ukraine. Thank you, Mr President."),
             ("en", "Mr Speaker,", "Mr Speaker, the government has failed the people of this country and must go."),
             ("de", "Frau Präsidentin!", LONG_DE),
             ("de", "Frau Präsidentin! Meine Damen und Herren!",
              "Frau Präsidentin! Meine Damen und Herren! Wir werden keine Taurus liefern."))
    for lang, short, long in cases:
        for method in ("chrf", "part-start", "part-end"):
            entry = _entry(V("a#q1", lang, short, "Olaf Scholz"), V("b#q1", lang, long, "Olaf Scholz"), method)
            assert not set(entry["flags"]) & {"truncation", "partial", "paraphrase"}, (short, method, entry)
            assert entry["details"]["address_only"].startswith("not compared")


def test_address_only_across_languages_through_english():
    entry = _entry(V("zeit#q1", "de", "Frau Präsidentin!", "Olaf Scholz", english="Madam President!"),
                   V("bbc#q1", "en", "Madam President, we will not send Taurus missiles to Ukraine.", "Olaf Scholz"))
    assert "truncation" not in entry["flags"] and "address_only" in entry["details"]


def test_more_than_an_address_is_still_compared():
    # neighbours: the address and a sentence against more sentences is a cut; thanks alone name no chair
    entry = _entry(V("a#q1", "en", "Thank you, Mr President. We will raise income tax.", "Olaf Scholz"),
                   V("b#q1", "en", "Thank you, Mr President. We will raise income tax. And we will cut pensions.",
                     "Olaf Scholz"))
    assert "truncation" in entry["flags"] and "address_only" not in entry["details"]
    entry = _entry(V("a#q1", "en", "Thank you very much.", "Olaf Scholz"),
                   V("b#q1", "en", "Thank you very much. We will raise income tax and we will cut pensions.",
                     "Olaf Scholz"))
    assert "address_only" not in entry["details"]
    entry = _entry(V("a#q1", "en", "Thank you, Mr President.", "Olaf Scholz"),
                   V("b#q1", "en", "Thank you, Madam President.", "Olaf Scholz"))
    assert "address_only" not in entry["details"]


# --- pr34b-15: one speaker's question given by another outlet as his statement -----------------------------

Q = "Will Germany send Taurus missiles to Ukraine?"
S = "Germany will send Taurus missiles to Ukraine"


def test_one_speakers_question_and_statement_stay_linked_and_are_said_not_compared():
    versions = [V("a#q1", "en", Q, "Olaf Scholz"), V("b#q1", "en", S, "Olaf Scholz")]
    assert _two_statements(Edge(0, 1, 0.9, 0.0, "chrf"), versions) is None
    for stated in (S, "Germany will not send Taurus missiles to Ukraine"):
        entry = _entry(V("a#q1", "en", Q, "Olaf Scholz"), V("b#q1", "en", stated, "Olaf Scholz"))
        assert not set(entry["flags"]) & {"negation", "truncation", "number"}
        assert entry["details"]["question_statement"].startswith("not compared")


def test_question_and_statement_of_two_people_stay_apart():
    versions = [V("a#q1", "en", "Did you make mistakes with the heating law?", "Markus Lanz"),
                V("b#q1", "en", "We made mistakes with the heating law", "Robert Habeck")]
    assert _two_statements(Edge(0, 1, 0.9, 0.0, "chrf"), versions) is not None


def test_two_questions_and_two_statements_as_today():
    entry = _entry(V("a#q1", "en", Q, "Olaf Scholz"), V("b#q1", "en", "Will Germany send Taurus missiles?", "Olaf Scholz"))
    assert "question_statement" not in entry["details"]
    entry = _entry(V("a#q1", "en", S, "Olaf Scholz"), V("b#q1", "en", "Germany will not send Taurus missiles to Ukraine",
                                                         "Olaf Scholz"))
    assert "question_statement" not in entry["details"] and "negation" in entry["flags"]
