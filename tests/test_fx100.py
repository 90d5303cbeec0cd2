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
