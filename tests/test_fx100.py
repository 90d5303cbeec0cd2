"""fx100: the reporting verb carries the negation of an indirect quote ("admitted that ..." / "denied
that ...", "gab zu" / "bestritt"), and a denial verb negated in one version only ("did not deny
taking" / "denied taking") is a negation."""
from __future__ import annotations

import json

import pytest

import aligner
from aligner.match.consistency import compare
from aligner.model import QuoteVersion


def _v(kind: str, cue: str | None, negated: bool = False, article: str = "a") -> QuoteVersion:
    return QuoteVersion(quote_id=f"{article}#q1", article_id=article, outlet=article, language="en", original="x",
                        english="x", start=0, end=1, kind=kind, speaker="Jens Maurer", cue_lemma=cue,
                        cue_negated=negated)


# --- 1. opposite cues of one indirect statement -------------------------------------------------
@pytest.mark.parametrize("a,b", [
    (("indirect", "admit"), ("indirect", "deny")),
    (("indirect", "confirm"), ("indirect", "deny")),
    (("indirect", "zugeben"), ("indirect", "bestreiten")),
    (("indirect", "einräumen"), ("indirect", "zurückweisen")),
    (("indirect", "say"), ("indirect", "abstreiten")),
    (("direct", "say"), ("indirect", "deny")),
])
def test_opposite_cues_over_the_same_words_are_a_negation(a, b):
    from aligner.match.cues import cue_opposition

    found = cue_opposition(_v(*a), _v(*b, article="b"), 0, 0)
    assert found is not None and found[1] is True
    assert "opposite" in found[0]


@pytest.mark.parametrize("a,b", [
    (("indirect", "admit"), ("indirect", "concede")),       # one polarity
    (("indirect", "deny"), ("indirect", "bestreiten")),
    (("indirect", "ask"), ("indirect", "deny")),            # a question says neither
    (("indirect", "hope"), ("indirect", "deny")),
    (("mixed", "say"), ("indirect", "deny")),               # a mixed quote's words may be the denial itself
    (("direct", "deny"), ("direct", "say")),                # a direct quote asserts its words, whatever the verb
])
def test_cues_of_one_polarity_or_unknown_are_no_negation(a, b):
    from aligner.match.cues import cue_opposition

    assert cue_opposition(_v(*a), _v(*b, article="b"), 0, 0) is None


def test_a_negated_denial_cue_asserts_and_a_negator_more_makes_up_for_the_cue():
    from aligner.match.cues import cue_opposition

    assert cue_opposition(_v("indirect", "deny", negated=True), _v("indirect", "admit", article="b"), 0, 0) is None
    found = cue_opposition(_v("indirect", "deny", negated=True), _v("indirect", "deny", article="b"), 0, 0)
    assert found is not None and found[1] is True
    # "denied that he had signed" / "said that he had not signed": one statement
    made_up = cue_opposition(_v("indirect", "deny"), _v("indirect", "say", article="b"), 0, 1)
    assert made_up is not None and made_up[1] is False


def _run(tmp_path, texts: dict[str, tuple[str, str]]) -> list[dict]:
    src = tmp_path / "in"
    src.mkdir()
    meta = ["file\toutlet\tlanguage\tdate"]
    for name, (outlet, text) in texts.items():
        (src / name).write_text(text, encoding="utf-8")
        meta.append(f"{name}\t{outlet}\ten\t2026-11-09")
    (src / "metadata.tsv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    aligner.run([src], tmp_path / "out", embeddings="none")
    return [json.loads(line) for line in (tmp_path / "out" / "clusters.jsonl").read_text().splitlines() if line]


def test_admitted_and_denied_that_in_two_outlets_is_a_negation_end_to_end(tmp_path):
    clusters = _run(tmp_path, {
        "x.txt": ("north-sea-news", "The former director gave evidence on Monday. Jens Maurer admitted that he had "
                                    "signed the donation receipts for the foundation.\n"),
        "y.txt": ("baltic-times", "The former director testified on Monday. Jens Maurer denied that he had signed "
                                  "the donation receipts for the foundation.\n"),
    })
    pairs = [p for c in clusters for p in c["pairs"]]
    assert pairs and all("negation" in p["flags"] for p in pairs)
    assert "admit" in pairs[0]["details"]["negation"] and "deny" in pairs[0]["details"]["negation"]


def test_denied_that_in_two_outlets_stays_unflagged_end_to_end(tmp_path):
    clusters = _run(tmp_path, {
        "x.txt": ("north-sea-news", "The former director gave evidence on Monday. Jens Maurer denied that he had "
                                    "signed the donation receipts for the foundation.\n"),
        "y.txt": ("baltic-times", "The former director testified on Monday. Jens Maurer denied that he had signed "
                                  "the donation receipts for the foundation.\n"),
    })
    assert all("negation" not in p["flags"] for c in clusters for p in c["pairs"])


# --- 2. a denial verb negated in one version only ----------------------------------------------
@pytest.mark.parametrize("a,b,lang", [
    ("He did not deny taking the money, and he has never sought to minimise it.",
     "He denied taking the money, and he has never sought to minimise it.", "en"),
    ("He didn't deny taking the money.", "He denied taking the money.", "en"),
    ("She has never disputed that she knew.", "She disputed that she knew.", "en"),
    ("Er hat nicht bestritten, das Geld genommen zu haben.", "Er bestritt, das Geld genommen zu haben.", "de"),
])
def test_a_denial_verb_negated_in_one_version_only_is_a_negation(a, b, lang):
    assert "negation" in compare(a, b, lang=lang).flags
    assert "negation" in compare(b, a, lang=lang).flags


@pytest.mark.parametrize("a,b", [
    ("He did not deny taking the money.", "He admitted taking the money."),   # litotes: one statement
    ("He did not deny taking the money.", "He did not deny taking the money."),
    ("He denied taking the money.", "He denied taking the money."),
    ("He did not deny the charges.", "He denied taking the money."),         # not the same thing denied
])
def test_a_negated_denial_against_an_admission_or_itself_is_no_negation(a, b):
    assert "negation" not in compare(a, b).flags


# --- 3. different people in different trials weeks apart: two statements -----------------------
def _run_dated(tmp_path, texts: dict[str, tuple[str, str, str]]) -> list[dict]:
    src = tmp_path / "in"
    src.mkdir()
    meta = ["file\toutlet\tlanguage\tdate"]
    for name, (outlet, date, text) in texts.items():
        (src / name).write_text(text, encoding="utf-8")
        meta.append(f"{name}\t{outlet}\ten\t{date}")
    (src / "metadata.tsv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    aligner.run([src], tmp_path / "out", embeddings="none")
    return [json.loads(line) for line in (tmp_path / "out" / "clusters.jsonl").read_text().splitlines() if line]


_LANG = ("The finance director Dieter Lang gave evidence in Marburg on Friday about the invoices of his firm. "
         "\"I knew nothing about the fake invoices,\" Dieter Lang told the court.\n")
_LANG2 = ("In the Marburg fraud trial the accused finance director Dieter Lang spoke on Friday. "
          "\"I knew nothing about the fake invoices,\" Dieter Lang said.\n")
_WELLS = ("The defendant's sister Joanne Wells gave evidence in Hull on Tuesday. "
          "\"I knew nothing about the transfers,\" Joanne Wells told the jury.\n")
_WELLS2 = ("Joanne Wells, the sister of the accused, was questioned at Hull Crown Court. "
           "\"I knew nothing about the transfers,\" Joanne Wells said.\n")


def _speakers_together(clusters: list[dict]) -> list[set[str]]:
    return [{v["speaker"] for v in c["versions"]} for c in clusters]


def test_two_people_in_two_trials_a_month_apart_are_not_one_statement(tmp_path):
    clusters = _run_dated(tmp_path, {
        "a.txt": ("suedwest-bote", "2026-10-10", _LANG), "b.txt": ("nord-kurier", "2026-10-10", _LANG2),
        "c.txt": ("hull-daily", "2026-11-10", _WELLS), "d.txt": ("yorkshire-post", "2026-11-10", _WELLS2),
    })
    assert all(len(s) == 1 for s in _speakers_together(clusters)), _speakers_together(clusters)
    assert all("speaker" not in p["flags"] for c in clusters for p in c["pairs"])


def test_the_across_topics_gate_reads_dates_and_speakers():
    from aligner.match.clusters import Topics, across_topics
    from aligner.match.score import Edge

    def v(name: str, art: str, speaker: str | None) -> QuoteVersion:
        return QuoteVersion(quote_id=f"{art}#q1", article_id=art, outlet=art, language="en", original=name,
                            english=name, start=0, end=1, kind="direct", speaker=speaker, speaker_mention=speaker,
                            speaker_confidence=0.9 if speaker else None)

    vs = [v("I knew nothing about the fake invoices", "a", "Dieter Lang"),
          v("I knew nothing about the transfers", "c", "Joanne Wells"),
          v("I knew nothing about the transfers", "d", None),
          v("I knew nothing about the transfers", "e", "Dieter Lang")]
    e = Edge(0, 1, 0.67, 0.2, "chrf")
    weeks = Topics({"a": "t1", "c": "t2", "d": "t2", "e": "t2"},
                   dates={"a": "2026-10-10", "c": "2026-11-10", "d": "2026-11-10", "e": "2026-11-10"})
    days = Topics({"a": "t1", "c": "t2", "d": "t2", "e": "t2"},
                  dates={"a": "2026-10-10", "c": "2026-10-12", "d": "2026-10-12", "e": "2026-10-12"})
    assert across_topics(e, vs, weeks) is True            # other speakers, a month apart, two topics
    assert across_topics(e, vs, days) is False            # two days apart: the sure bar as before
    assert across_topics(Edge(0, 2, 0.67, 0.2, "chrf"), vs, weeks) is False   # no speaker on one side
    assert across_topics(Edge(0, 3, 0.67, 0.2, "chrf"), vs, weeks) is False   # the same speaker weeks later
    one_topic = Topics({"a": "t1", "c": "t1"}, dates={"a": "2026-10-10", "c": "2026-11-10"})
    assert across_topics(e, vs, one_topic) is False       # one story: a speaker flag is a finding


# --- 5. the report says what the pair comparison does not read ----------------------------------
def test_the_report_says_hedges_bounds_units_and_short_swaps_are_not_compared(tmp_path):
    clusters = _run(tmp_path, {
        "x.txt": ("daily-courier", "Dr Lena Vogel presented the trial on Monday. \"The vaccine may reduce the risk "
                                   "of hospitalisation by up to 30 percent,\" Lena Vogel said.\n"),
        "y.txt": ("metro-today", "Dr Lena Vogel spoke about the trial on Monday. \"The vaccine reduces the risk "
                                 "of hospitalisation by 30 percent,\" Lena Vogel said.\n"),
    })
    assert clusters
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    notes = report.split("## What could not be checked", 1)[1].split("\n## ", 1)[0]
    for said in ("hedges", "'may'", "'up to'", "'könnte'", "'bis zu'", "units", "fewer than seven words"):
        assert said in notes, said
    assert "What could not be checked" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
