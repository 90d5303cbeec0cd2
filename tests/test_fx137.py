"""fx137: negation flags left from session 35 (rv75-19, rv77-17, rv76-17, rv77-19, rv77-4).
Invented sentences."""
from __future__ import annotations

import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(a, b, lang=lang).flags


# rv77-3's rule (bee68053, a negator only in a cut tail) was taken back (rt37-1: "We will raise taxes, not on my
# watch" / "We will raise taxes" lost its negation); these keep their flag
@pytest.mark.parametrize("a,b,lang", [
    ("The heaviest rain will not come after noon, not before Friday", "The heaviest rain will come after noon", "en"),
    ("Prices will rise, not true", "Prices will rise", "en"),
    ("Wir reparieren die Brücke nicht", "Wir reparieren die Brücke", "de"),
])
def test_a_negator_that_governs_the_kept_words_still_flags(a, b, lang):
    assert "negation" in _flags(a, b, lang)


# rv76-20's rule (17c61271) was taken back (rt37-2: "Without the new road, no business will suffer" / "Business needs
# the new road" lost its negation): "Without X, no Y" against its positive rewording is a negation flag again
@pytest.mark.parametrize("a,b,lang", [
    ("Without teachers this village has no school", "Teachers are not essential to the school of this village", "en"),
    ("Without teachers this village has no school", "This village has a school", "en"),
    ("Without trust there can be no reform", "Reform requires no trust", "en"),
    ("Without trust there can be no reform", "Trust requires reform", "en"),
    ("Without doubt this village has no school", "Teachers are essential to the school of this village", "en"),
    ("Ohne Vertrauen gibt es keine Reform", "Es gibt eine Reform", "de"),
    ("Without fresh funds the library will not open in May", "The library needs fresh funds and will open in May", "en"),
    ("Without the chief witness the case cannot go on", "The chief witness said the case can go on", "en"),
    ("Without the new road, no shop will suffer", "Every shop needs the new road", "en"),
])
def test_without_x_no_y_against_another_statement_still_flags(a, b, lang):
    assert "negation" in _flags(a, b, lang)


# rv77-17, rv77-19, rv77-4, rv76-17: listed opposites and multiplying verbs replaced one by the other
@pytest.mark.parametrize("a,b,lang,flag", [
    ("The blaze is under control and people may go home", "The blaze is out of control and people may go home", "en",
     "negation"),
    ("Der Brand ist unter Kontrolle und alle dürfen heim", "Der Brand ist außer Kontrolle und alle dürfen heim", "de",
     "negation"),
    ("The hurricane is strengthening near the islands", "The hurricane is weakening near the islands", "en", "negation"),
    ("Die Lage im Tal verschärft sich", "Die Lage im Tal entspannt sich", "de", "negation"),
    ("Conditions on the roads will worsen tonight", "Conditions on the roads will improve tonight", "en", "negation"),
    ("The snow will start after dawn in the north", "The snow will start before dawn in the north", "en", "negation"),
    ("Der Schnee kommt nach Mitternacht im Norden", "Der Schnee kommt vor Mitternacht im Norden", "de", "negation"),
    ("The number of members has halved since 2015", "The number of members has doubled since 2015", "en",
     "negation"),
    ("Complaints have doubled since last spring", "Complaints have tripled since last spring", "en", "number"),
    ("Die Zahl der Beschwerden hat sich verdoppelt", "Die Zahl der Beschwerden hat sich verdreifacht", "de", "number"),
])
def test_listed_opposites_and_factors_are_flagged(a, b, lang, flag):
    assert flag in _flags(a, b, lang)
    assert flag in _flags(b, a, lang)


@pytest.mark.parametrize("a,b,lang", [
    ("The blaze is under control and people may go home", "The blaze is under control and people may go home", "en"),
    ("The hurricane is strengthening near the islands", "The hurricane is strengthening near the islands", "en"),
    ("Complaints have doubled since last spring", "Complaints have doubled since last spring", "en"),
    ("The economy is strengthening, the mayor said", "The economy is improving, the mayor said", "en"),
    ("Complaints have doubled since last spring", "Complaints have risen since last spring", "en"),
])
def test_same_or_like_words_are_no_opposites(a, b, lang):
    assert not {"negation", "number"} & set(_flags(a, b, lang))


def test_a_negated_opposite_is_the_negation_measures():
    # "is not under control" / "is out of control": the same statement; the negation measure decides it as before
    got = compare("The blaze is not out of control", "The blaze is under control").details.get("negation", "")
    assert "(opposite)" not in got


# rv75-19: "will not close" / "will stay open", "will not cut a single" / "will keep every": one statement
@pytest.mark.parametrize("a,b,lang", [
    ("The library will not close as long as she is mayor", "The library will stay open as long as she is mayor", "en"),
    ("The clinic will not close this winter", "The clinic will remain open this winter", "en"),
    ("The clinic will not close", "The clinic will stay open", "en"),
    ("We will not cut a single nursing post", "We will keep every nursing post", "en"),
    ("We won't cut any nursing posts", "We will keep all nursing posts", "en"),
    ("Wir werden das Museum nicht schließen", "Wir werden das Museum offen halten", "de"),
])
def test_a_negated_verb_said_by_its_listed_phrase_is_no_negation(a, b, lang):
    assert "negation" not in _flags(a, b, lang)
    assert "negation" not in _flags(b, a, lang)


# the probes that took back the earlier rule (pr36b-1, -3, -4, -9, rt36-13) and their kind keep the flag
@pytest.mark.parametrize("a,b", [
    ("The clinic will not close for children this winter", "The clinic will stay open only for adults this winter"),
    ("The clinic will not close on Monday", "The clinic will stay open until Monday"),
    ("We will not cut spending on parks", "We will keep cutting spending on parks"),
    ("We will not cut any bus routes", "We will keep only the bus routes"),
    ("We will not cut bus routes", "We will keep the bus routes only until May"),
    ("We will not raise council tax", "We will freeze council tax"),
    ("The bank will not close the branch", "The bank will open the branch"),
    ("The museum will not close and the zoo will stay open", "The museum will shut and the zoo will stay open"),
    ("We will not cut staff at the depot", "We will keep staff at the depot"),
    ("The clinic will not close", "The clinic will not stay open"),
    ("The clinic will close", "The clinic will stay open"),
    ("The clinic will not close and nobody will lose a job", "The clinic will stay open and somebody will lose a job"),
])
def test_other_words_around_the_phrase_keep_the_negation(a, b):
    assert "negation" in _flags(a, b)


# probes of the rules above (pr37b-1, -2, -3): true changes that must keep their negation, rewordings none
@pytest.mark.parametrize("a,b,lang", [
    ("Russia will win this war, not Ukraine", "Ukraine will win this war", "en"),
    ("We will raise taxes, not on my watch", "We will raise taxes", "en"),
    ("The border will not close overnight", "The border will stay open overnight", "en"),
    ("The plant will not close entirely", "The plant will remain open entirely", "en"),
])
def test_probed_changes_still_flag_negation(a, b, lang):
    assert "negation" in _flags(a, b, lang)


def test_before_and_after_an_event_is_no_opposite_pr37b_2():
    assert "negation" not in _flags("We will not decide before the election", "We will not decide until after the election", "en")


@pytest.mark.parametrize("a,b", [
    ("The euro weakened sharply against the dollar this week", "The dollar strengthened sharply against the euro this week"),
    ("Output halved last year while unemployment doubled", "Unemployment doubled last year while output halved"),
    ("Exports doubled last year while imports tripled", "Imports tripled last year while exports doubled"),
    ("The election takes place three weeks after the party congress", "The party congress takes place three weeks before the election"),
])
def test_the_same_said_from_the_other_side_is_no_opposite_rt37_17(a, b):
    flags = _flags(a, b, "en")
    assert "negation" not in flags and "number" not in flags
