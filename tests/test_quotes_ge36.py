"""German speakers, session 35 (ge36): general German attribution forms, invented sentences.

- a body fronted with in/im before an impersonal "heißt es" ("Im Ministerium heißt es dagegen:", "In der SPD hieß es
  dazu:") or after it ("…, heißt es im Ministerium"): the body speaks, as with aus/von/bei; a place, a time, a body
  that is also a place ("in der Stadt") or an owner after the body ("im Ministerium von X") names no one;
- "Für die Gewerkschaft ist klar: „…“": the body for whom it is certain, as for a person;
- a body's noun before the genitive of its owner ("Die Stiftung des Unternehmers Peter Krause", "Die Stiftung Peter
  Krauses"): the body speaks, never the owner named; an office holder of a body ("Der Chef der Stiftung Peter
  Krause") keeps the name;
- "Gemeinsam" / "Zusammen" opening a sentence is no speaker.
"""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

Q = "„Wir sind zuversichtlich.“"
BEFORE = "„Der Plan ist gescheitert“, sagte Anna Weber. "


def _speaker(text: str, part: str) -> tuple[str | None, str | None, float | None]:
    """Name, mention and confidence of the quote holding ``part`` after normalisation."""
    sp = normalised_quote_containing(text, part).speaker
    if sp is None:
        return None, None, None
    return sp.name, sp.mention, sp.confidence


# in/im + a body before or after "heißt es": the body rule of 88a43d5 was taken back (rt36-11, rt36-28, pr36-3,
# pr36-4: 'hieß es im Gericht' a person 'Gericht' at 0.9, 'Im Wahlprogramm der Grünen' an organisation, every ministry
# one 'Ministerium'); places, times and negation name no one, as before
@pytest.mark.parametrize("text", [
    f"In Berlin hieß es: {Q}",  # a place
    f"In der Nacht hieß es dann: {Q}",  # a time
    f"Im Sommer hieß es noch: {Q}",
    f"In der Stadt heißt es: {Q}",  # a body that is also a place: who lives there
    "„Wir sind zuversichtlich“, hieß es in der Stadt.",
    "„Wir sind zuversichtlich“, heißt es in Berlin.",
    f"Im Ministerium heißt es nicht: {Q}",  # negated
    f"Im Gespräch mit Anna Weber hieß es: {Q}",  # a conversation, not a body; Anna Weber not named as the speaker
])
def test_place_time_or_negation_with_in_names_no_one(text: str) -> None:
    assert _speaker(text, "zuversichtlich")[0] is None


def test_owner_after_the_fronted_body_is_not_the_speaker() -> None:
    assert _speaker(f"Im Ministerium von Peter Krause heißt es: {Q}", "zuversichtlich")[0] != "Peter Krause"


def test_name_in_marks_after_heisst_is_no_speech_of_the_body() -> None:
    assert _speaker("Im Ministerium heißt das Projekt „Zukunftspakt für ganz Europa“.", "Zukunftspakt")[0] is None


# "Für <body> ist klar:"
@pytest.mark.parametrize(("text", "name"), [
    ("Für die Gewerkschaft ist klar: „Das ist ein großer Fehler.“", "Gewerkschaft"),
    (BEFORE + "Auch für die Gewerkschaft ist klar: „Das ist ein großer Fehler.“", "Gewerkschaft"),
    ("Für die SPD steht fest: „Das ist ein großer Fehler.“", "SPD"),
])
def test_body_for_whom_it_is_certain(text: str, name: str) -> None:
    got, _mention, conf = _speaker(text, "großer Fehler")
    assert got == name and conf is not None and conf < SPEAKER_BAR  # a copula frame: below the bar, as for a person


@pytest.mark.parametrize("text", [
    "Für Berlin ist klar: „Das ist ein großer Fehler.“",
    "Für die Zukunft ist klar: „Das ist ein großer Fehler.“",
    "Für den Fall gilt: „Das ist ein großer Fehler.“",
])
def test_place_or_thing_for_whom_it_is_certain_names_no_one(text: str) -> None:
    assert _speaker(text, "großer Fehler")[0] is None


# a body owned by the one named
@pytest.mark.parametrize("text", [
    "Die Stiftung des Unternehmers Peter Krause erklärte: „Wir helfen gern.“",
    "„Wir helfen gern“, erklärte die Stiftung des Unternehmers Peter Krause.",
    "Die Klinik des Arztes Peter Krause erklärte: „Wir helfen gern.“",
    "Die Stiftung Peter Krauses erklärte: „Wir helfen gern.“",
    "Die Stiftung des Kanzlers Peter Krause erklärte: „Wir helfen gern.“",
    "„Wir sind bereit“, sagte der Unternehmer Peter Krause. Die Stiftung des Unternehmers Peter Krause erklärte: „Wir helfen gern.“",
])
def test_body_of_a_named_owner_is_not_the_owner(text: str) -> None:
    name, mention, _conf = _speaker(text, "helfen gern")
    assert name is None and any(body in (mention or "") for body in ("Stiftung", "Klinik"))  # the body, unnamed


def test_agency_of_a_named_singer_reports_not_the_singer() -> None:
    text = "Die Agentur des Sängers Peter Krause teilte mit, er sei „schwer erkrankt und im Krankenhaus“."
    assert _speaker(text, "schwer erkrankt")[0] is None


def test_pronoun_after_a_body_of_a_named_owner_is_not_the_owner_in_the_genitive() -> None:
    text = "„Wir sind bereit“, sagte Peter Krause. Die Stiftung Peter Krauses erklärte: „Wir helfen gern.“ „Wir sind stolz“, sagte sie."
    assert _speaker(text, "stolz")[0] != "Peter Krauses"


@pytest.mark.parametrize(("text", "name"), [
    ("Der Präsident des Verbands Peter Krause erklärte: „Wir helfen gern.“", "Peter Krause"),
    ("Der Chef der Stiftung Peter Krause erklärte: „Wir helfen gern.“", "Peter Krause"),
    ("Die Leiterin des Instituts Anna Weber erklärte: „Wir helfen gern.“", "Anna Weber"),
    ("Konzernchef Peter Krause erklärte: „Wir helfen gern.“", "Peter Krause"),
])
def test_office_holder_of_a_body_keeps_the_name(text: str, name: str) -> None:
    assert _speaker(text, "helfen gern")[0] == name


@pytest.mark.parametrize("opener", ["Gemeinsam", "Zusammen"])
def test_gemeinsam_mit_opening_is_no_speaker(opener: str) -> None:
    text = f"{opener} mit Anna Weber fordert die Gewerkschaft „eine schnelle und faire Lösung für alle“."
    name, mention, _conf = _speaker(text, "faire Lösung")
    assert name != opener and (mention or "").split()[:1] != [opener]


# a full name in apposition after "die <role> von <name>," is the one the role describes
@pytest.mark.parametrize(("text", "name"), [
    ("Die Nachfolgerin von Peter Krause, Anna Weber, sagte: „Wir sind zuversichtlich.“", "Anna Weber"),
    ("Der Anwalt von Peter Kläger, Paul Roth, sagte: „Wir sind zuversichtlich.“", "Paul Roth"),
    ("„Ich trete zurück“, sagte Peter Krause. Die Frau von Peter Krause, Anna Krause, sagte: „Wir sind zuversichtlich.“",
     "Anna Krause"),
])
def test_apposition_name_after_someone_of_named(text: str, name: str) -> None:
    got, _mention, conf = _speaker(text, "zuversichtlich")
    assert got == name and conf is not None and conf >= SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "Die Tochter von Klaus Rentner, Anna, sagte: „Wir sind zuversichtlich.“",  # a first name alone
    "Der Anwalt von Peter Kläger sagte: „Wir sind zuversichtlich.“",  # no apposition: never Peter Kläger
    "Der Anwalt von Peter Kläger, Paul Roth und Anna Weber sagten: „Wir sind zuversichtlich.“",  # two people
])
def test_someone_of_named_without_a_full_apposition_names_no_one(text: str) -> None:
    assert _speaker(text, "zuversichtlich")[0] is None


def test_pronoun_after_the_apposition_name_goes_to_it() -> None:
    text = ("„Ich trete zurück“, sagte Peter Krause. Die Nachfolgerin von Peter Krause, Anna Weber, sagte: „Wir sind "
            "zuversichtlich.“ „Das wird schwer“, sagte sie.")
    assert _speaker(text, "schwer")[0] == "Anna Weber"
