"""fx68 (session 26): a cut the outlet marks with an ellipsis, or whose start it tells in
its own words before the quote, is worth a look only when the missing words carry no
number, negation or restricting word (review rt26).  Invented sentences only."""
from __future__ import annotations

import pytest

from aligner.match.clusters import _weak_truncation
from aligner.match.consistency import compare
from aligner.match.cuts import soft_cut_reason
from aligner.match.speaker_flag import names_verdict
from aligner.model import QuoteVersion

JOBS = "We will keep every job at the plant"


def _v(qid: str, text: str, original: str | None = None, language: str = "en") -> QuoteVersion:
    return QuoteVersion(quote_id=qid, article_id=qid.split("#")[0], outlet=qid, language=language,
                        original=original or text, english=text, start=0, end=len(text), kind="direct")


def _reason(short: str, long: str, before: str | None = None) -> str | None:
    rep = compare(short, long)
    assert rep.flags == ["truncation"], (rep.flags, rep.details)
    return soft_cut_reason(_v("s#q1", short), _v("l#q1", long), "english", rep.details["truncation"], (before, None))


@pytest.mark.parametrize("rest", [
    "unless sales fall next year",
    "only if the state pays us 40 million",
    ", but not for long, I fear",
    "until the end of 2027",
    "if the council signs the lease",
])
def test_ellipsis_marked_cut_of_a_condition_or_figure_stays_serious(rest):
    assert _reason(f"{JOBS} …", f"{JOBS} {rest}".replace(" ,", ",")) is None


@pytest.mark.parametrize("start", [
    "If the talks fail in March,",
    "Unless the union agrees to it,",
    "Nobody can promise you that",
])
def test_ellipsis_marked_cut_start_with_a_condition_or_negation_stays_serious(start):
    tail = "we will close the depot and move the trucks"
    assert _reason(f"… {tail}", f"{start} {tail}") is None


def test_ellipsis_marked_cut_of_plain_words_is_still_worth_a_look():
    assert _reason(f"{JOBS} …", f"{JOBS} and at every other site in the region") == "cut marked by the outlet (…)"


def test_ellipsis_marked_cut_with_a_condition_in_the_original_language_stays_serious():
    short = _v("s#q1", f"{JOBS} …", "Wir behalten jede Stelle im Werk …", "de")
    long = _v("l#q1", f"{JOBS} through to the start of the new year", "Wir behalten jede Stelle im Werk, aber nur bis Neujahr", "de")
    rep = compare(short.english or "", long.english or "")
    assert soft_cut_reason(short, long, "english", rep.details["truncation"], (None, None)) is None


TAIL = "we will close the depot in the spring and move the trucks north"


def test_paraphrased_start_without_the_condition_stays_serious():
    long = f"Unless the drivers accept the new rota by March, {TAIL}"
    assert _reason(TAIL, long, "Okafor said the drivers must accept the new rota by March.") is None


def test_paraphrased_start_that_gives_the_condition_is_a_partial_quote():
    long = f"Unless the drivers accept the new rota by March, {TAIL}"
    why = _reason(TAIL, long, "Okafor said that unless the drivers accept the new rota by March the firm would act.")
    assert why is not None and why.startswith("partial quote")


def test_paraphrased_start_without_its_figure_stays_serious():
    long = f"Having lost 12 contracts with the drivers, {TAIL}"
    assert _reason(TAIL, long, "Okafor said contracts with the drivers had been lost.") is None


def test_cluster_entry_of_an_ellipsis_cut_of_a_condition_keeps_the_truncation_flag():
    short, long = f"{JOBS} …", f"{JOBS} unless sales fall next year"
    rep = compare(short, long)
    entry = {"flags": list(rep.flags), "details": dict(rep.details), "compared": "english"}
    _weak_truncation(entry, _v("s#q1", short), _v("l#q1", long))
    assert entry["flags"] == ["truncation"] and "partial" not in entry["details"]


# ---------------------------------------------------------------- a letter apart under one first name

@pytest.mark.parametrize("a,b", [
    ("Anna Schmidt", "Anna Schmitt"),
    ("Muammar Gaddafi", "Muammar Gadhafi"),
])
def test_surnames_a_letter_apart_under_one_first_name_are_not_called_two_people(a, b):
    assert names_verdict(a, b) is None


@pytest.mark.parametrize("a,b", [
    ("Anna Schmidt", "Peter Schmitt"),  # first names clash
    ("Anna Schmidt", "Anna Lindqvist"),  # surnames far apart
])
def test_two_people_are_still_two_people(a, b):
    assert names_verdict(a, b) is False


# ---------------------------------------------------------------- numbers that label, not count

@pytest.mark.parametrize("a,b", [
    ("We acted under Article 5.10 of the treaty, as the court said.", "We acted under Article 5.1 of the treaty, as the court said."),
    ("We shipped version 2.10 of the app to every user last week.", "We shipped version 2.1 of the app to every user last week."),
    ("Wir handeln nach § 5.10 des Vertrags, wie das Gericht sagte.", "Wir handeln nach § 5.1 des Vertrags, wie das Gericht sagte."),
])
def test_a_label_number_a_trailing_zero_apart_is_a_changed_number(a, b):
    assert "number" in compare(a, b).flags


def test_an_amount_a_trailing_zero_apart_is_still_one_value():
    assert compare("The ticket costs 2.50 euros for every adult.", "The ticket costs 2.5 euros for every adult.").flags == []


# ---------------------------------------------------------------- brackets on both sides, and a bracketed negation

BRACKETS = "The merger was a hard choice, but [the mayor] has lost money for five straight years"


def test_different_words_in_brackets_on_both_sides_are_compared():
    rep = compare(BRACKETS, BRACKETS.replace("[the mayor]", "[the governor]"))
    assert rep.flags == ["wording"] and "bracketed" not in rep.details


def test_a_bracketed_negation_is_not_said_to_be_uncompared():
    plain = "We will keep every job at the plant this year"
    rep = compare(plain, plain.replace("will keep", "will [not] keep"))
    assert "negation" in rep.flags and "bracketed" not in rep.details
