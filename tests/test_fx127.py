"""Session 34 (fx127): live tickers, the bilingual corpus and ingest (rv74 / rv73 findings).
Invented text only."""
from __future__ import annotations

from aligner.match.changed_repeats import changed_repeats
from aligner.model import Cluster, QuoteVersion
from aligner.report.common import ReportNotes
from aligner.report.markdown import render_markdown


def _v(qid: str, art: str, start: int, original: str, english: str, speaker: str | None,
       lang: str = "de") -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=art, outlet=art, language=lang, original=original,
                        english=english, start=start, end=start + len(original), kind="direct", speaker=speaker)


SERIOUS_DE = "Bleiben Sie zu Hause, die Lage ist ernst"
SERIOUS_EN = "Stay at home, the situation is serious"


def _ticker(changed: str, changed_en: str, speaker: str | None = "Daniela Behrens"):
    first = _v("live#q0", "live", 40, SERIOUS_DE, SERIOUS_EN, "Daniela Behrens")
    again = _v("live#q1", "live", 300, changed, changed_en, speaker)
    dpa = _v("dpa#q0", "dpa", 60, SERIOUS_DE, SERIOUS_EN, "Daniela Behrens")
    cluster = Cluster(id="c1", versions=[dpa, first], speaker="Daniela Behrens")
    return [first, again, dpa], [cluster]


def test_a_changed_re_post_in_a_live_blog_is_compared_with_its_articles_clustered_version():
    # rv74-4: a ticker gives the minister's words twice, once with 'nicht': the changed
    # version is in no cluster and must not vanish behind "found in one article only"
    versions, clusters = _ticker("Bleiben Sie bitte zu Hause, die Lage ist nicht ernst",
                                 "Please stay at home, the situation is not serious")
    got = changed_repeats(versions, clusters)
    assert [r["quote_id"] for r in got] == ["live#q1"]
    assert got[0]["like"] == "live#q0" and got[0]["cluster"] == 1
    assert "negation" in got[0]["flags"]


def test_the_english_twin_a_changed_figure():
    first = _v("live#q0", "live", 40, "About 12,000 households are without power tonight",
               "About 12,000 households are without power tonight", "Katherina Reiche", "en")
    again = _v("live#q1", "live", 300, "About 21,000 households are without power tonight",
               "About 21,000 households are without power tonight", "Katherina Reiche", "en")
    other = _v("reuters#q0", "reuters", 50, first.original, first.english, "Katherina Reiche", "en")
    got = changed_repeats([first, again, other], [Cluster(id="c", versions=[other, first])])
    assert len(got) == 1 and "number" in got[0]["flags"]


def test_neighbours_word_for_word_repeat_other_speaker_other_statement_stay_out():
    # a word-for-word repeat is set aside as before (in_article_repeats), not listed as changed
    versions, clusters = _ticker(SERIOUS_DE, SERIOUS_EN)
    assert changed_repeats(versions, clusters) == []
    # another person's words, however alike, are no re-post of the minister's quote
    versions, clusters = _ticker("Bleiben Sie bitte zu Hause, die Lage ist nicht ernst",
                                 "Please stay at home, the situation is not serious", speaker="Olaf Lies")
    assert changed_repeats(versions, clusters) == []
    # another statement of the same speaker in the same article
    versions, clusters = _ticker("Wir haben den Krisenstab am Mittag einberufen",
                                 "We convened the crisis team at noon")
    assert changed_repeats(versions, clusters) == []


def test_the_report_says_a_changed_re_post_was_not_compared_and_counts_it_apart():
    versions, clusters = _ticker("Bleiben Sie bitte zu Hause, die Lage ist nicht ernst",
                                 "Please stay at home, the situation is not serious")
    changed = changed_repeats(versions, clusters)
    md = render_markdown(clusters, [], run=ReportNotes(n_quotes=3, changed=len(changed), changed_listed=changed))
    assert "found in one article only" not in md  # 3 quotes: 2 clustered, 1 changed re-post
    assert "give again, with changes" in md and "negation" in md
    flagged = next(line for line in md.splitlines() if line.startswith("- flagged clusters:"))
    assert "serious change (negation" in flagged
