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


# rv74-3: brought translations that cover some documents only


def _doc(art: str, lang: str, texts: list[str]):
    from aligner.model import Article, Sentence
    text = " ".join(texts)
    sents, at = [], 0
    for i, t in enumerate(texts):
        sents.append(Sentence(id=f"{art}#s{i:04d}", article_id=art, paragraph_id=f"{art}#p0", index=i,
                              start=at, end=at + len(t), text=t, language=lang))
        at += len(t) + 1
    return Article(id=art, text=text, language=lang, source_path=f"{art}.txt"), sents


def _mt(sents, targets):
    from aligner.model import Translation
    return {s.id: Translation(sentence_id=s.id, source=s.text, target=t, src_lang="de", tgt_lang="en",
                              backend="precomputed", model="mt.tsv", flags=[] if t else ["missing-translation"])
            for s, t in zip(sents, targets)}


def test_a_pair_whose_sentences_the_brought_mt_lacks_is_aligned_as_without_mt():
    from aligner.align.stage import _in_pivot, _mt_lacking, _orient
    de, sde = _doc("de3", "de", ["Die Bahn streikt.", "Pendler nehmen den Bus."])
    en, sen = _doc("en3", "en", ["The railway is on strike.", "Commuters take the bus."])
    other, sother = _doc("de1", "de", ["Der Stadtrat tagt."])
    by_article = {"de3": sde, "en3": sen, "de1": sother}
    # the run's MT: another document's lines, and records with no words for de3 (brought
    # translations that lack its lines): no MT for this pair, so "auto" takes embeddings
    mt = {**_mt(sother, ["The council meets."]), **_mt(sde, ["", ""])}
    assert _in_pivot(sde, "de", mt, "en") is None
    assert _orient(de, en, by_article, mt, "en")[-1] is False  # use_mt
    assert _mt_lacking(de, en, by_article, mt, "en") == "0 of 2 sentences"
    # part of the document translated: still not enough to align on MT
    part = {**mt, **_mt(sde[:1], ["The railway is on strike."])}
    assert _mt_lacking(de, en, by_article, part, "en") == "1 of 2 sentences"


def test_neighbours_full_mt_or_no_mt_at_all_say_nothing():
    from aligner.align.stage import _mt_lacking, _orient
    de, sde = _doc("de3", "de", ["Die Bahn streikt.", "Pendler nehmen den Bus."])
    en, sen = _doc("en3", "en", ["The railway is on strike.", "Commuters take the bus."])
    by_article = {"de3": sde, "en3": sen}
    full = _mt(sde, ["The railway is on strike.", "Commuters take the bus."])
    assert _orient(de, en, by_article, full, "en")[-1] is True
    assert _mt_lacking(de, en, by_article, full, "en") is None
    assert _mt_lacking(de, en, by_article, {}, "en") is None  # no MT in the run: nothing to say
    en2, sen2 = _doc("en4", "en", ["The railway is on strike."])
    assert _mt_lacking(en2, en, {"en4": sen2, "en3": sen}, full, "en") is None  # both in the pivot


# rv73-14 / rv73-15 / rv73-24: languages and dates as a spreadsheet or a JSONL line gives them


def test_a_language_named_in_english_or_as_an_iso_639_2_code_is_read():
    from aligner.ingest import language_code
    for given in ("German", "german", "ger", "GER", "deu", "Deutsch", "de_DE", "de"):
        assert language_code(given) == "de", given
    for given in ("English", "english", "eng", "Englisch", "en-GB", "EN"):
        assert language_code(given) == "en", given
    # neighbours: a language not configured stays not configured (skipped with its line)
    assert language_code("Spanish") not in ("de", "en")
    assert language_code("Gernan") not in ("de", "en")


def test_german_in_a_metadata_sheet_keeps_the_article(tmp_path):
    from aligner.ingest import ingest_paths
    art = tmp_path / "a.txt"
    art.write_text("Der Stadtrat hat am Montag den Haushalt beschlossen. Die Opposition stimmte dagegen.\n",
                   encoding="utf-8")
    meta = tmp_path / "metadata.tsv"
    meta.write_text("file\toutlet\tlanguage\na.txt\tr\tGerman\n", encoding="utf-8")
    got = ingest_paths([art], metadata=meta)
    assert [a.language for a in got.articles] == ["de"]


def test_a_worded_month_alone_is_its_iso_month():
    from aligner.readers import read_date
    assert read_date("Juli 2026") == ("2026-07", "")
    assert read_date("December 2026")[0] == "2026-12"
    # neighbours: a word that is no month with a year is no date; worded days as before
    assert read_date("Haushalt 2027")[0] is None
    assert read_date("Montag 2026")[0] is None
    assert read_date("4. Dezember 2026")[0] == "2026-12-04"


def test_jsonl_dates_are_read_as_metadata_dates_are(tmp_path):
    from aligner.readers import _read_jsonl
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "late", "date": "03.07.2026", "text": "Eins."}\n'
                 '{"id": "early", "date": "June 30, 2026", "text": "Zwei."}\n'
                 '{"id": "iso", "date": "2026-07-01", "text": "Drei."}\n'
                 '{"id": "junk", "date": "gestern", "text": "Vier."}\n', encoding="utf-8")
    docs, _ = _read_jsonl(p, 10_000_000)
    assert [d.date for d in docs] == ["2026-07-03", "2026-06-30", "2026-07-01", None]


def test_a_declared_translation_that_could_not_be_read_is_named_with_why(tmp_path):
    # rv74-10: en3.txt (declared translation_of de3) is binary, en6.txt empty: the corpus
    # must name both lost pairs, not say "no article pair declares translation_of"
    from aligner.align.stage import _no_pairs_reason, lost_translations
    from aligner.ingest import ingest_paths
    (tmp_path / "de3.txt").write_text("Die Bahn streikt seit Donnerstag. Pendler nehmen den Bus.\n", encoding="utf-8")
    (tmp_path / "de6.txt").write_text("Der Stadtrat hat den Haushalt beschlossen. Die CDU war dagegen.\n",
                                      encoding="utf-8")
    (tmp_path / "en3.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "en6.txt").write_text("", encoding="utf-8")
    (tmp_path / "de7.txt").write_bytes(b"\x00\x00")  # neighbour: unreadable, declares nothing
    (tmp_path / "metadata.tsv").write_text("file\toutlet\tlanguage\ttranslation_of\nde3.txt\tT\tde\t\n"
                                           "en3.txt\tT-EN\ten\tde3\nde6.txt\tF\tde\t\nen6.txt\tF-EN\ten\tde6\n"
                                           "de7.txt\tX\tde\t\n", encoding="utf-8")
    got = ingest_paths([tmp_path], quiet=True)
    lost = lost_translations(got.skipped)
    assert sorted((u["file"].rsplit("/", 1)[-1], u["translation_of"]) for u in lost) == [("en3.txt", "de3"),
                                                                                     ("en6.txt", "de6")]
    reason = _no_pairs_reason(lost)
    assert "no article pair declares" not in reason and "en3.txt" in reason and "could not be read" in reason
    assert _no_pairs_reason([]).startswith("no article pair declares")  # nothing declared: as before


# rv74-8: a ticker stamp in brackets or between '+++' is the entry's label, no part of the quote


def _quote_texts(text: str, lang: str = "de") -> list[tuple[str, str | None]]:
    from aligner.model import Article
    from aligner.quotes import extract_quotes
    return [(q.text, q.speaker.name if q.speaker else None)
            for q in extract_quotes(Article(id="t", text=text, language=lang), language=lang)]


def test_bracketed_and_plus_ticker_stamps_stay_out_of_the_quote():
    for line in ("[15:47] „Über 300 Flüge fallen heute aus“, sagte Landrat Frank Steffen.",
                 "+++ 14:32 Uhr +++ „Über 300 Flüge fallen heute aus“, sagte Landrat Frank Steffen.",
                 "++ 14:20 ++ „Über 300 Flüge fallen heute aus“, sagte Landrat Frank Steffen.",
                 "14.10 Uhr +++ „Über 300 Flüge fallen heute aus“, sagte Landrat Frank Steffen.",
                 "• 14:00 – „Über 300 Flüge fallen heute aus“, sagte Landrat Frank Steffen."):
        got = _quote_texts("Ticker\n\n" + line + "\n")
        assert got == [("Über 300 Flüge fallen heute aus", "Frank Steffen")], line


def test_neighbours_of_the_stamp_forms_keep_their_quotes():
    # forms cut before stay cut; a bracket without a time is no stamp
    got = _quote_texts("Ticker\n\n16:05 – „Wir setzen den Streik fort“, sagte Landrat Frank Steffen.\n")
    assert got == [("Wir setzen den Streik fort", "Frank Steffen")]
    got = _quote_texts("Ticker\n\n[Anm.] „Wir setzen den Streik fort“, sagte Landrat Frank Steffen.\n")
    assert [s for _, s in got] == ["Frank Steffen"]


# rv74-9: a noun and a year is a headline, not a dateline


def test_a_noun_and_a_year_is_no_dateline():
    from aligner.clean import _timestamp_rule
    for headline in ("Haushalt 2027", "Bilanz 2026", "Olympia 2028", "Bundestagswahl 2025", "Rückblick 2026"):
        assert _timestamp_rule(headline) is None, headline
    # neighbours: a place with a day, a month or a weekday is a dateline; a year alone a timestamp
    for dateline in ("Berlin, 3. Dezember 2026", "BERLIN, 13.01.2022", "Moskau, Dezember 2026", "Berlin, Montag, 2026"):
        assert _timestamp_rule(dateline) == ("dateline", "a place and a date only"), dateline
    assert _timestamp_rule("2026") == ("timestamp", "only dates and times")


# rv74-2: a low bead that crosses another is no corpus line


def _bead(src: list[int], tgt: list[int], score: float, doc: str = "de3"):
    from aligner.model import AlignmentPair
    return AlignmentPair(src=src, tgt=tgt, score=score, src_text="s", tgt_text="t", src_article=doc,
                         tgt_article=doc.replace("de", "en"))


def test_a_low_crossing_bead_is_left_out_of_the_corpus():
    from aligner.align.stage import crossing_low
    beads = [_bead([3], [3], 0.99), _bead([4], [5], 0.0004), _bead([5], [4], 0.63), _bead([6], [6], 0.98)]
    kept, out = crossing_low(beads)
    assert [(b.src, b.tgt) for b in out] == [([4], [5])]
    assert [b.tgt for b in kept] == [[3], [4], [6]]  # the target side in its document's order


def test_neighbours_crossings_both_supported_and_other_documents_stay():
    from aligner.align.stage import crossing_low
    # a swap both of whose beads are supported (a translator reordered two sentences) stays
    swapped = [_bead([0], [1], 0.9), _bead([1], [0], 0.85)]
    assert crossing_low(swapped) == (swapped, [])
    # low beads in order are no crossing; beads of another document pair never cross these
    plain = [_bead([0], [0], 0.1), _bead([1], [1], 0.2), _bead([0], [5], 0.1, "de9"), _bead([1], [6], 0.1, "de9")]
    assert crossing_low(plain) == (plain, [])


def test_changed_re_posts_do_not_count_as_kept_apart_by_the_outlet_check():
    versions, clusters = _ticker("Bleiben Sie bitte zu Hause, die Lage ist nicht ernst",
                                 "Please stay at home, the situation is not serious")
    changed = changed_repeats(versions, clusters)
    md = render_markdown(clusters, [], run=ReportNotes(n_quotes=3, changed=len(changed), changed_listed=changed))
    assert "kept apart" not in md


# rv74-13: a name in quotation marks ('Sturmtief „Zoltan“') is no quote without a speaker


def test_quoted_names_are_told_apart_from_the_quote_counts():
    versions, clusters = _ticker(SERIOUS_DE, SERIOUS_EN)  # 3 quotes: 2 clustered, 1 word-for-word repeat
    run = ReportNotes(n_quotes=6, repeats=1, unattributed=3, names_quoted=("live#q7", "live#q8", "dpa#q5"))
    md = render_markdown(clusters, [], run=run)
    assert "quotes were found in one article only" not in md and "have no speaker:" not in md
    assert "3 quoted passage(s) are a name or a title" in md
    # neighbours: without names the same counts are said as before
    md = render_markdown(clusters, [], run=ReportNotes(n_quotes=6, repeats=1, unattributed=3))
    assert "3 of 6 quotes were found in one article only" in md and "3 of the 6 quote(s) have no speaker" in md


# rv74-1 addendum: a translator's credit line is no sentence of the translation


def test_a_translators_credit_line_is_a_byline():
    from aligner.clean import clean_text
    lines = ["Reform beschlossen", "Der Mieterbund begrüßte die Reform.",
             "Translated from the German by Maria Lopez.", "Aus dem Englischen von Jana Vogt.",
             "Übersetzung: Ana Ruiz", "Translation by Ana Ruiz and Tom Berg",
             # neighbours: sentences that tell of a translation stay
             "The text was translated from the German by Maria Lopez.",
             "Translated by the staff, the report says more than the original."]
    got = clean_text("\n\n".join(lines) + "\n")
    removed = [d.reason for d in got.decisions]
    assert removed == ["", "", "byline", "byline", "byline", "byline", "", ""]
