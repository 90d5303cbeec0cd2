"""German speakers, session 36 (ge37): general German attribution forms, invented sentences.

- the present plural of verbs of view and speech ("Kritiker halten den Plan für „…“", "„…“, klagen die Anwohner",
  "Die Grünen loben den Plan als „…“"): the plural subject speaks, as the singular ("hält", "klagt") already did;
- "Für die Gewerkschaft ist der Plan „…“": an organisation named with its article holds the view, as a person or a
  people word did ("Für den Theologen X sei der Rücktritt „…“"); a bare name ("für Europa") or a thing ("für die
  Wirtschaft") names no one;
- a comparison fronted before a colon frame ("Ähnlich Peter Krause:", "Ganz anders die SPD:") is no part of the name,
  and "Ganz" intensifying an adverb ("Ganz anders sieht es …") is no speaker;
- "aus Sicht X" ("Aus Sicht der Gewerkschaft ist der Plan „…“") names whose view it is, as "nach Ansicht X" does;
- a possessive view before the quote ("Seiner Ansicht nach ist der Plan „…“", "Aus ihrer Sicht"): the person the
  possessive points at (below the bar), never the phrase "Seiner Ansicht" as a name;
- a plural verb agrees with the plural noun phrase before it: one bare capitalised word after it that names no person
  is its object ("Die Anwohner kritisieren Müller als „…“"), and "halten … für" is a cue only within one clause.
"""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

BEFORE = "„Wir sind sehr zufrieden“, sagte Anna Weber. "


def _speaker(text: str, part: str) -> tuple[str | None, str | None, float | None]:
    """Name, mention and confidence of the quote holding ``part`` after normalisation."""
    sp = normalised_quote_containing(text, part).speaker
    if sp is None:
        return None, None, None
    return sp.name, sp.mention, sp.confidence


@pytest.mark.parametrize("text", [
    "Die Grünen halten an dem „Plan der Regierung“ fest.",  # "festhalten an": no "für", no view named
    "Die Kinder sehen „Die Sendung mit der Maus“ jeden Sonntag.",  # a title watched
])
def test_plural_verb_without_its_complement_names_no_one(text: str) -> None:
    part = "Plan" if "Plan" in text else "Sendung"
    assert _speaker(text, part)[0] is None


def test_plural_verb_in_a_frame_after_another_speaker_keeps_that_speaker() -> None:
    text = "„Der Plan ist ein schwerer Fehler“, sagte Anna Weber, und die Anwohner halten ihn für gescheitert."
    assert _speaker(text, "Fehler")[0] == "Anna Weber"


# "Für <organisation> ist … „…“": the organisation named with its article holds the view (below the bar)
@pytest.mark.parametrize(("text", "name"), [
    ("Für die Gewerkschaft ist der Plan „ein schwerer Fehler der Regierung“.", "Gewerkschaft"),
    ("Für die Gewerkschaft war der Plan von Anfang an „ein schwerer Fehler der Regierung“.", "Gewerkschaft"),  # not 'Plan'
    ("Für die Gewerkschaft bleibt der Plan „ein schwerer Fehler der Regierung“.", "Gewerkschaft"),
    ("Für die SPD sei der Plan „ein schwerer Fehler“.", "SPD"),
    (BEFORE + "Für die Opposition ist der Plan dagegen „ein schwerer Fehler“.", "Opposition"),
])
def test_organisation_for_whom_it_is_so(text: str, name: str) -> None:
    got, _mention, conf = _speaker(text, "Fehler")
    assert got == name
    assert conf is not None and conf < SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "Für Europa ist der Plan „eine große Chance“.",  # a bare name: a place
    "Für die Wirtschaft ist der Plan „eine große Chance“.",  # a thing
    "Für die Umwelt ist der Plan „eine große Katastrophe“.",
])
def test_place_or_thing_for_whom_names_no_one(text: str) -> None:
    assert _speaker(text, "große")[0] is None


@pytest.mark.parametrize("text", [
    "Der Plan ist für die Gewerkschaft „ein schwerer Fehler“, sagte Anna Weber.",  # the one who says it
    "Für die Gewerkschaft sprach Anna Weber von einem „schweren Fehler“.",  # she speaks for it
])
def test_speaker_named_with_a_verb_keeps_the_quote(text: str) -> None:
    assert _speaker(text, "Fehler")[0] == "Anna Weber"


# a comparison fronted before a colon frame is no part of the name; "Ganz" before an adverb is no speaker
LEAD = "Der Plan wurde am Montag vorgestellt. "
Q = "„Das ist ein schwerer Fehler.“"


@pytest.mark.parametrize(("frame", "name"), [
    ("Ähnlich Peter Krause:", "Peter Krause"),
    ("Ganz ähnlich Peter Krause:", "Peter Krause"),
    ("Anders Peter Krause:", "Peter Krause"),  # "Anders" before a first name: the adverb
    ("Ebenso die Gewerkschaft:", "Gewerkschaft"),
    ("Ganz anders die SPD:", "SPD"),
    ("Anders Fogh Rasmussen sagte:", "Anders Fogh Rasmussen"),  # a first name "Anders" before a surname stays
    ("Anders Breivik sagte:", "Anders Breivik"),
])
def test_comparison_before_the_name(frame: str, name: str) -> None:
    assert _speaker(f"{LEAD}{frame} {Q}", "Fehler")[0] == name


@pytest.mark.parametrize("text", [
    f"{LEAD}Ganz anders sieht es bei der Gewerkschaft aus: {Q}",
    f"{BEFORE}Ganz anders klingt es bei der Gewerkschaft: {Q}",
])
def test_intensifier_ganz_is_no_speaker(text: str) -> None:
    assert _speaker(text, "Fehler")[0] != "Ganz"


@pytest.mark.parametrize("text", [
    "Der Film lief am Montag. „Das ist ein schöner Film“, sagte Ganz.",
    "Der Film lief am Montag. Ganz sagte: „Das ist ein schöner Film.“",
])
def test_surname_ganz_stays(text: str) -> None:
    assert _speaker(text, "Film")[0] == "Ganz"


@pytest.mark.parametrize(("text", "name"), [
    ("Aus dem Fenster ist der Plan „gut zu sehen, aber nicht zu lesen“.", None),  # "aus" before another noun
    ("Die Aussicht auf Erfolg ist „sehr gering, aber nicht null“.", None),
    ("Aus Sicht der Gewerkschaft sagte Anna Weber: „Das ist ein schwerer Fehler der Regierung.“", "Anna Weber"),  # a verb of saying
])
def test_aus_without_view_or_with_a_sayer(text: str, name: str | None) -> None:
    part = "Fehler" if "Fehler" in text else ("sehen" if "sehen" in text else "gering")
    assert _speaker(text, part)[0] == name


# a possessive view before the quote in its own sentence: the person the possessive points at, never the phrase
@pytest.mark.parametrize(("text", "name"), [
    ("Peter Krause sprach von einem schwarzen Tag. Seiner Ansicht nach ist der Plan „ein großer Fehler der Regierung“.", "Peter Krause"),
    ("Anna Weber sprach von einem schwarzen Tag. Ihrer Meinung nach ist der Plan „ein großer Fehler der Regierung“.", "Anna Weber"),
    ("Anna Weber sprach von einem schwarzen Tag. Aus ihrer Sicht ist der Plan „ein großer Fehler der Regierung“.", "Anna Weber"),
    ("Anna Weber sprach von einem schwarzen Tag. Der Plan ist ihrer Meinung nach „ein großer Fehler der Regierung“.", "Anna Weber"),
    ("Peter Krause sprach von einem schwarzen Tag. In seinen Augen ist der Plan „ein großer Fehler der Regierung“.", "Peter Krause"),
    # "ihrer" passes over a man named in between
    ("Anna Weber sprach von einem schwarzen Tag. Peter Krause widersprach. Ihrer Meinung nach ist der Plan „ein großer Fehler der Regierung“.",
     "Anna Weber"),
])
def test_possessive_view_points_back(text: str, name: str) -> None:
    got, mention, conf = _speaker(text, "Fehler")
    assert (got, mention) == (name, name)
    assert conf is not None and conf < SPEAKER_BAR  # a guess back across sentences


@pytest.mark.parametrize("text", [
    "Seiner Ansicht nach ist der Plan „ein großer Fehler der Regierung“.",  # no one before
    "Peter Krause sprach von einem schwarzen Tag. Ihrer Meinung nach ist der Plan „ein großer Fehler der Regierung“.",  # "ihrer": not him
    BEFORE + "Seiner Ansicht nach ist der Plan „ein großer Fehler der Regierung“.",  # "seiner": not her
])
def test_possessive_view_with_no_fitting_person_is_no_one(text: str) -> None:
    assert _speaker(text, "großer Fehler")[1] in (None,)


def test_possessive_view_with_a_sayer_keeps_the_sayer() -> None:
    text = "Peter Krause ist der Chef. Seiner Meinung nach sei der Plan „ein großer Fehler“, sagte Anna Weber."
    assert _speaker(text, "Fehler")[0] == "Anna Weber"


# "halten … für" and "werten … als" in one clause only: a "für" in a relative clause after a comma is no complement
@pytest.mark.parametrize("text", [
    "Die Anwohner halten Hühner, die für „frische Eier jeden Tag“ sorgen.",
    "Die Anwohner halten sich an die Regeln, die für „alle Bürger gleich“ gelten.",
])
def test_fuer_after_a_comma_is_no_complement(text: str) -> None:
    assert _speaker(text, "Eier" if "Eier" in text else "Bürger")[1] is None


@pytest.mark.parametrize(("text", "who"), [
    ("Die Zahlen nennen Experten „alarmierend und gefährlich“.", "Experten"),  # a people word after the verb: the subject
    ("Die Entscheidung kritisieren Merkel und Scholz als „großen Fehler“.", "Merkel und Scholz"),  # two names: plural
    ("Der Verband wertet Umfragen als „wichtiges Signal“.", "Der Verband"),
])
def test_plural_subject_after_the_verb_stays(text: str, who: str) -> None:
    part = "alarmierend" if "alarmierend" in text else ("Fehler" if "Fehler" in text else "Signal")
    assert _speaker(text, part)[1] == who
