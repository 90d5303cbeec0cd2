"""fx74: a negated time bound against its positive counterpart ("nicht vor dem 18. Mai" /
"erst ab dem 18. Mai") is no negation; a fraction word a fifth off a percentage ("ein
Viertel" / "20 Prozent") is a changed share; two full German person names are compared
for the speaker flag; a truncation says when the kept words differ too; ``--explain``
names the match key as one."""
from __future__ import annotations

import pytest

from aligner.match.consistency import number_flag, opposed_or_condition, truncation, words
from aligner.match.equivalents import shares
from aligner.match.speaker_flag import speaker_verdict, unknown_reason
from aligner.model import QuoteVersion


# --- 1. "nicht vor" = "erst ab" -------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst ab dem 18. Mai sperren"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("Die Straße wird nicht vor Mai gesperrt", "Die Straße wird frühestens im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road only from May 18"),
    ("We will not close the road until May 18", "We will close the road only after May 18"),
    ("We will not close the road before May 18", "We will close the road from May 18 at the earliest"),
])
def test_a_negated_time_bound_and_its_positive_counterpart_are_one_meaning(a, b):
    assert opposed_or_condition(a, b)[0] is None
    assert opposed_or_condition(b, a)[0] is None


@pytest.mark.parametrize("a,b", [
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße noch vor dem 18. Mai sperren"),
    ("Wir werden die Straße nicht vor dem 18. Mai sperren", "Wir werden die Straße erst vor dem 18. Mai sperren"),
    ("Die Straße wird nicht im Mai gesperrt", "Die Straße wird erst im Mai gesperrt"),
    ("We will not close the road before May 18", "We will close the road before May 18"),
    ("We will not close the road before May 18", "We will close the road only before May 18"),
    ("We will not close the road after May 18", "We will close the road only from May 18"),
])
def test_a_dropped_negation_next_to_a_time_bound_is_still_flagged(a, b):
    assert opposed_or_condition(a, b)[0]


# --- 2. a fraction word a fifth off a percentage ----------------------------------------------
@pytest.mark.parametrize("a,b,lang", [
    ("20 Prozent der Fahrzeuge sind Lastwagen", "Ein Viertel der Fahrzeuge sind Lastwagen", "de"),
    ("20 percent of the vehicles are trucks", "A quarter of the vehicles are trucks", "en"),
    ("5 Prozent der Fahrzeuge sind Lastwagen", "Ein Zehntel der Fahrzeuge sind Lastwagen", "de"),
    ("Ein Achtel der Fahrzeuge sind Lastwagen", "Ein Viertel der Fahrzeuge sind Lastwagen", "de"),
])
def test_a_share_changed_by_a_fifth_or_more_is_a_number_flag(a, b, lang):
    assert number_flag(a, b, lang)
    assert number_flag(b, a, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("Knapp 20 Prozent der Fahrzeuge sind Lastwagen", "Knapp ein Fünftel der Fahrzeuge sind Lastwagen", "de"),
    ("35 percent of the vehicles are trucks", "A third of the vehicles are trucks", "en"),
    ("45 Prozent der Fahrzeuge sind Lastwagen", "Die Hälfte der Fahrzeuge sind Lastwagen", "de"),
    ("12 Prozent der Fahrzeuge sind Lastwagen", "Ein Achtel der Fahrzeuge sind Lastwagen", "de"),
])
def test_a_fraction_rounding_a_percentage_is_no_flag(a, b, lang):
    assert number_flag(a, b, lang) is None


def test_german_fraction_words_read_and_compounds_are_no_share():
    assert [round(s[2], 3) for s in shares("Ein Achtel der Stimmen und drei Achtel der Sitze", "de")] == [0.125, 0.375]
    assert shares("Sie spielen im Achtelfinale und im Viertelfinale", "de") == []


# --- 3. two full German names -----------------------------------------------------------------
def _v(speaker: str, article: str, lang: str = "de") -> QuoteVersion:
    return QuoteVersion(quote_id=f"{article}#q1", article_id=article, outlet=article, language=lang, original="x",
                        english="", start=0, end=1, kind="direct", speaker=speaker, speaker_id=None,
                        speaker_mention=speaker, speaker_resolved_from=None, speaker_confidence=0.9)


def test_two_full_german_names_that_differ_are_a_speaker_mismatch():
    a, b = _v("Peter Wolf", "dpa"), _v("FDP-Stadtrat Markus Lang", "lb")
    assert unknown_reason(b, set()) is None
    assert speaker_verdict(a, b, set()) is False
    assert speaker_verdict(_v("Petra Yilmaz", "dpa"), _v("Jens Hofmann", "ka"), set()) is False


@pytest.mark.parametrize("speaker", ["Tausende Menschen", "Lang", "Hauke Genth", "Neue Wege"])
def test_no_full_name_without_a_listed_first_name(speaker):
    assert unknown_reason(_v(speaker, "lb"), set()) is not None
    assert speaker_verdict(_v("Peter Wolf", "dpa"), _v(speaker, "lb"), set()) is None


@pytest.mark.parametrize("a,b,want", [
    ("Jörg Schmidt", "Joerg Schmidt", True),      # one name spelled two ways
    ("Christian Lindner", "FDP-Chef Lindner", True),
    ("Olaf Scholz", "Kanzler Olaf Scholz", True),
    ("Anna Schmidt", "Anna Schmitt", None),       # a letter apart: a typo or two people
    ("Anna Müller", "Thomas Müller", False),      # two people of one surname
])
def test_full_german_names_of_one_person_or_near_stay_no_mismatch(a, b, want):
    assert speaker_verdict(_v(a, "dpa"), _v(b, "lb"), set()) is want


# --- 4. a truncation whose kept words differ too ----------------------------------------------
def test_truncation_says_the_kept_words_differ():
    long = "Wenn der Wind gedreht hätte, wäre das angrenzende Wohngebiet in Gefahr gewesen."
    got = truncation(words(long), words("Das angrenzende Wohngebiet war in Gefahr."))
    assert got and "start" in got and "'war'" in got and "gewesen" in got
    plain = truncation(words("Wir schließen das Werk in Kirchberg, das hat der Vorstand heute beschlossen"),
                       words("Wir schließen das Werk in Kirchberg"))
    assert plain and "differ" not in plain


# --- 5. --explain names the match key ---------------------------------------------------------
def test_explain_names_the_match_key_as_one():
    from aligner.commands.quotes import explain_quotes
    from tests.quote_helpers import normalised_quotes_in
    line = explain_quotes(normalised_quotes_in("„Die Frist läuft ab“, sagte Jonas Wendt.", "de"))
    assert "Jonas Wendt [person, match key " in line and "[spk:" not in line
