"""fx73: reviewers' findings on the consistency flags and the exports (session 27).

Hand-written cases from the reviewers' reproducers (rv51: German regional copy with Swiss
and transliterated spellings; rv50: exports over daily runs)."""

from __future__ import annotations

from aligner.match.consistency import compare, negation_flip, number_flag, numbers, truncation, word_diff, words

# --- a dropped "nicht" next to another spelling of the same word -----------------------


def test_negation_dropped_next_to_swiss_ss_is_found():
    a = "Wir werden die Straße nicht vor dem 18. Mai sperren"
    b = "Wir werden die Strasse vor dem 18. Mai sperren"
    assert negation_flip(words(a), words(b)) is not None
    assert "negation" in compare(a, b, lang="de").flags


def test_negation_dropped_next_to_transliterated_umlaut_is_found():
    a = "Das hat Frau Müller nicht gewusst"
    b = "Das hat Frau Mueller gewusst"
    assert negation_flip(words(a), words(b)) is not None
    assert negation_flip(words(b), words(a)) is not None


def test_spelling_variants_alone_are_no_flag():
    a = "Die Straße über die Brücke wird für Müllers Söhne gesperrt"
    b = "Die Strasse ueber die Bruecke wird fuer Muellers Soehne gesperrt"
    assert compare(a, b, lang="de").flags == []
    # the pair diff shows no change where only the spelling differs
    assert [d.op for d in word_diff(a, b)] == ["equal"]


def test_diff_keeps_the_dropped_negator_alone():
    ops = word_diff("Wir werden die Straße nicht vor dem 18. Mai sperren",
                    "Wir werden die Strasse vor dem 18. Mai sperren")
    changed = [(d.op, d.a, d.b) for d in ops if d.op != "equal"]
    assert changed == [("delete", "nicht", "")]


def test_truncation_found_when_the_cut_version_writes_other_spellings():
    long = ("Die Straße über die Brücke für Müller schließen wir am Montag und die Arbeiten an der "
            "Brücke dauern bis zum Herbst des nächsten Jahres")
    short = "Die Strasse ueber die Bruecke fuer Mueller schliessen wir"
    assert truncation(words(long), words(short)) is not None


def test_number_change_next_to_other_spelling_still_found():
    assert number_flag("Es sind 300 Straßen", "Es sind 400 Strassen", "de") is not None


# --- Swiss thousands separators ----------------------------------------------------------


def test_swiss_apostrophe_thousands_read_as_one_number():
    assert numbers("rund 15'000 Besucher", "de") == ["15000"]
    assert numbers("rund 15’000 Besucher", "de") == ["15000"]
    assert numbers("1'500'000 Franken", "de") == ["1500000"]


def test_swiss_thousands_against_german_points_is_no_number_flag():
    a = "Wir erwarten rund 15.000 Besucher am Wochenende"
    for b in ("Wir erwarten rund 15'000 Besucher am Wochenende", "Wir erwarten rund 15’000 Besucher am Wochenende"):
        assert number_flag(a, b, "de") is None
        assert "number" not in compare(a, b, lang="de").flags
    assert number_flag("Es kostet 1.500.000 Franken", "Es kostet 1'500'000 Franken", "de") is None


def test_swiss_thousands_real_change_names_both_numbers():
    got = number_flag("Wir erwarten rund 15.000 Besucher am Wochenende",
                      "Wir erwarten rund 16'000 Besucher am Wochenende", "de")
    assert got is not None and "15.000" in got and "16" in got  # as written (fx90, session 29)
    assert "0," not in got and "- " not in got


def test_apostrophe_not_between_groups_of_three_is_no_separator():
    from aligner.match.equivalents import apostrophes_joined

    for text in ("the '90s", "'We want 15' 000 more", "15'0000", "1'500'00", "1234'000", "he said '15'. 000"):
        assert apostrophes_joined(text) == text
    # a number closing a single-quoted quote keeps its closing mark
    assert apostrophes_joined("'rund 15'000'") == "'rund 15000'"


# --- a speaker found only as a mention ("he") is no speaker in the export ------------------


def _quote(qid: str, art: str, start: int, name: str | None, mention: str, how: str | None = "pronoun",
           sid: str | None = None):
    from aligner.model import Quote, Speaker

    return Quote(id=qid, article_id=art, text="We will not close the road before May", start=start, end=start + 37,
                 kind="direct", language="en",
                 speaker=Speaker(mention=mention, name=name, id=sid, resolved_from=how, confidence=0.9))


def _versions(quotes):
    from aligner.match.stage import versions_for
    from aligner.model import Article

    arts = {q.article_id: Article(id=q.article_id, text="x" * 200, language="en", outlet=q.article_id[:3])
            for q in quotes}
    return versions_for(quotes, arts, [(q.text, "own") for q in quotes])


def test_version_of_an_unresolved_mention_has_no_speaker_but_keeps_the_mention():
    v_he, v_named = _versions([_quote("aaa-1#q0001", "aaa-1", 10, None, "he"),
                               _quote("bbb-1#q0001", "bbb-1", 10, "Klaus Berger", "Landrat Klaus Berger", None,
                                      "spk:klaus_berger")])
    assert v_he.speaker is None and v_he.speaker_id is None
    assert v_he.speaker_mention == "he" and v_he.speaker_resolved_from == "pronoun"
    assert v_he.to_dict()["speaker"] is None
    assert v_named.speaker == "Klaus Berger" and v_named.speaker_mention == "Landrat Klaus Berger"


def test_report_counts_quotes_without_a_name_on_one_definition():
    from aligner.model import Cluster
    from aligner.report.common import _uncompared_quotes

    vs = _versions([_quote("aaa-1#q0001", "aaa-1", 10, None, "he"),
                    _quote("bbb-1#q0001", "bbb-1", 10, None, "She"),
                    _quote("ccc-1#q0001", "ccc-1", 10, "Klaus Berger", "Klaus Berger", None, "spk:klaus_berger")])
    c = Cluster(id="c1", versions=vs)
    # three quotes in the run, two of them with no name (the quotes stage's "unattributed": 2)
    notes = _uncompared_quotes([c], 3, 2)
    line = next(n for n in notes if "have no speaker" in n)
    assert line.startswith("2 of the 3 quote(s)") and "(2 of them in clusters)" in line


def test_report_still_shows_the_mention():
    from aligner.model import Cluster
    from aligner.report.common import cluster_heading, speaker_cell, speaker_keys

    (v,) = _versions([_quote("aaa-1#q0001", "aaa-1", 10, None, "he")])
    v.scores["speaker_confident"] = 0.0
    # the report shows what the article wrote, as before the export's speaker became null
    assert speaker_cell(v) == "he (uncertain)"
    assert cluster_heading(Cluster(id="c1", versions=[v])) == "speaker uncertain (he?)"
    assert speaker_keys([v]) == ["he (uncertain)"]


def test_linking_still_reads_the_mention():
    from aligner.match.clusters import same_speaker, speaker_not_compared

    a, b, named = _versions([_quote("aaa-1#q0001", "aaa-1", 10, None, "he"),
                             _quote("bbb-1#q0001", "bbb-1", 10, None, "he"),
                             _quote("ccc-1#q0001", "ccc-1", 10, "Klaus Berger", "Klaus Berger", None,
                                    "spk:klaus_berger")])
    assert same_speaker(a, b) is True  # as before: the linking compares what the articles wrote
    assert same_speaker(a, named) is False
    assert speaker_not_compared(a, named, None, (None, None)).startswith("he: no name found")


# --- a cluster key that stays while the cluster grows --------------------------------------


def test_first_quote_is_the_earliest_version_and_stays_when_a_later_article_joins():
    from aligner.match.stage import mark_first_quotes
    from aligner.model import Article, Cluster

    vs = _versions([_quote("zeit-1#q0003", "zeit-1", 10, "Klaus Berger", "Berger", None),
                    _quote("dpa-2#q0001", "dpa-2", 10, "Klaus Berger", "Berger", None)])
    arts = {"zeit-1": Article(id="zeit-1", text="", date="2026-05-04"),
            "dpa-2": Article(id="dpa-2", text="", date="2026-05-05"),
            "ap-3": Article(id="ap-3", text="", date="2026-05-06"),
            "nodate": Article(id="nodate", text="")}
    day1 = Cluster(id="c1", versions=vs)
    mark_first_quotes([day1], arts)
    assert day1.first_quote == "zeit-1#q0003"  # the earliest article's, not the smallest id
    later = _versions([_quote("ap-3#q0000", "ap-3", 10, "Klaus Berger", "Berger", None),
                       _quote("nodate#q0000", "nodate", 10, "Klaus Berger", "Berger", None)])
    day2 = Cluster(id="c2", versions=later + vs)
    mark_first_quotes([day2], arts)
    assert day2.first_quote == "zeit-1#q0003"
    assert Cluster.from_dict(day2.to_dict()).first_quote == "zeit-1#q0003"


# --- JSONL: one record per line for every line reader -----------------------------------------


def test_jsonl_escapes_every_character_splitlines_ends_a_line_at(tmp_path):
    import json

    from aligner.store import read_jsonl, write_jsonl

    text = "We will not raise taxes,\u2028 this year\u0085 or next\u2029 \x1c\x0b\x0c end"
    write_jsonl(tmp_path / "t.jsonl", [{"text": text}, {"text": "two"}])
    raw = (tmp_path / "t.jsonl").read_text(encoding="utf-8")
    assert len(raw.splitlines()) == 2
    assert json.loads(raw.splitlines()[0])["text"] == text
    assert read_jsonl(tmp_path / "t.jsonl")[0]["text"] == text


# --- a run killed in a stage that removed its old outputs -----------------------------------


def test_an_ingest_killed_on_a_rerun_is_not_reported_as_kept(tmp_path, monkeypatch, one_job):
    import json

    import pytest

    from aligner import ingest
    from aligner.commands.run import interrupted_message
    from aligner.pipeline import RunConfig, run_pipeline

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"a{i}-de.txt").write_text(f"„Wir bauen die Brücke Nummer {i}“, sagte Bürgermeisterin Anna "
                                             "Kessler am Montag.\n\nDie Kosten lagen bei drei Millionen Euro.\n",
                                             encoding="utf-8")
    out = tmp_path / "run"
    cfg = RunConfig(inputs=[inputs], out=out, embeddings="none")
    run_pipeline(cfg)
    (inputs / "a9-de.txt").write_text("„Das Museum öffnet im Mai“, sagte Anna Kessler.\n", encoding="utf-8")

    def killed(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest, "process_doc", killed)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(cfg)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert not (out / "articles.jsonl").exists()  # ingest removed its old table before it ran
    assert summary["ingest"]["status"] not in ("done", "reused")
    said = interrupted_message(out)
    kept = said.split(f"kept in {out}: ")[1].split(";")[0].split(", ")
    assert "ingest" not in kept and "quotes" in kept



# --- German scale abbreviations --------------------------------------------------------------


def test_german_mio_and_mrd_are_read_as_the_scale_words_they_abbreviate():
    a = "Das kostet uns 1,5 Millionen Euro im Jahr"
    assert number_flag(a, "Das kostet uns 1,5 Mio. Euro im Jahr", "de") is None
    got = number_flag(a, "Das kostet uns 1,5 Mrd. Euro im Jahr", "de")  # a million became a billion
    assert got is not None and "Mrd" in got and "Millionen" in got  # the scale words as written (fx90, session 29)
    assert number_flag("Das kostet 2 Milliarden Euro", "Das kostet 2 Mrd. Euro", "de") is None
    got = number_flag(a, "Das kostet uns 2,5 Mio. Euro im Jahr", "de")  # the whole figures (fx77 reads a number with its scale as one)
    assert got is not None and "1,5 Millionen" in got and "2,5 Mio" in got  # as written (fx90, session 29)
