"""German speakers, session 32 (fx110): obituary and sports frames whose speaker was a wrong name at 0.9."""
import pytest

from aligner.quotes.speakers import normalise_speakers
from tests.quote_helpers import quotes_in, speaker_in

_TOT = "Alt Bundesrätin Ruth Gasser ist im Alter von 84 Jahren gestorben. «Sie hat nie aufgegeben», "


def _name(frame: str, start: str = "Sie hat nie") -> str | None:
    sp = speaker_in(_TOT + frame, start)
    return sp.name if sp is not None else None


# -- a name in the genitive -s before adjectives and a role or tie owns it; the name after the noun speaks (rv68-3/4)

@pytest.mark.parametrize("frame, name", [
    ("sagte Gassers langjähriger Weggefährte Markus Caduff.", "Markus Caduff"),
    ("sagte Gassers enger Freund Markus Caduff.", "Markus Caduff"),
    ("sagte Gassers frühere Parteikollegin Anna Caduff.", "Anna Caduff"),
    ("sagte Gassers langjähriger Berater Markus Caduff.", "Markus Caduff"),
    ("so Gassers langjähriger Weggefährte Markus Caduff.", "Markus Caduff"),
])
def test_owner_adjective_tie_then_name(frame, name):
    assert _name(frame) == name


@pytest.mark.parametrize("text", [
    "Ruth Gasser ist tot. Gassers langjähriger Weggefährte Markus Caduff sagte: «Sie hat nie aufgegeben.»",
    "Ruth Gasser ist tot. Gassers langjähriger Berater Markus Caduff sagte: «Sie hat nie aufgegeben.»",
])
def test_owner_adjective_tie_name_before_the_verb(text):
    assert speaker_in(text, "Sie hat").name == "Markus Caduff"


def test_berater_named_after_another_mourner():
    text = ("Alt Bundesrätin Ruth Gasser ist gestorben. «Sie war ein Vorbild», sagte Gassers Sohn Peter. "
            "«Sie hat nie aufgegeben», sagte Gassers langjähriger Berater Markus Caduff.")
    assert speaker_in(text, "Sie hat nie").name == "Markus Caduff"


@pytest.mark.parametrize("frame", [
    "sagte Gassers langjähriger Weggefährte.",
    "sagte Hans Müllers neue Freundin.",
    "sagte Thomas neuer Kollege.",
])
def test_owner_adjective_tie_without_name_names_no_one(frame):
    sp = speaker_in(_TOT + frame, "Sie hat nie")
    assert sp is None or sp.name is None or sp.confidence < 0.8


@pytest.mark.parametrize("frame, name", [
    # neighbours that keep their answers
    ("sagte Gassers Berater Markus Caduff.", "Markus Caduff"),
    ("sagte Gassers Sohn Peter.", "Peter"),
    ("sagte ihr langjähriger Weggefährte Markus Caduff.", "Markus Caduff"),
    ("sagte Bayerns neuer Trainer Vincent Kompany.", "Vincent Kompany"),
    ("sagte Markus heute Abend.", "Markus"),
    # an adjective in -en after a bare name is no nominative's: a dative object, the name speaks (was the role)
    ("sagte Kroos englischen Reportern.", "Kroos"),
])
def test_owner_neighbours(frame, name):
    assert _name(frame) == name


# -- relatives of the deceased are not the deceased (rv68-15)

_HADLEY = "Der frühere schottische Stürmer Tom Hadley ist im Alter von 71 Jahren gestorben. „Er war mein Held“, "


def _in_run(text: str, part: str):
    """The speaker of the one quote of ``text`` holding ``part``, normalised as a run does (with the article's text)."""
    (q,) = [q for q in normalise_speakers(quotes_in(text), {"t": text}) if part in q.text]
    return q.speaker


def _hadley(frame: str):
    return _in_run(_HADLEY + frame, "mein Held")


@pytest.mark.parametrize("frame", [
    "sagte der Sohn des Verstorbenen.",
    "sagte Hadley junior.",
    "sagte Tom Hadley junior.",
    "sagte Frau Hadley.",
])
def test_a_relative_is_not_the_deceased(frame):
    sp = _hadley(frame)
    assert sp is None or sp.name != "Tom Hadley"


@pytest.mark.parametrize("text, name", [
    # the text gave the person this very tie: the role goes back to them
    ("Der Sohn des Bürgermeisters, Peter Krause, kam auch. „Er war mein Held“, sagte der Sohn.", "Peter Krause"),
    ("Die Witwe des Stürmers, Moira Hadley, weinte. „Er war mein Held“, sagte die Witwe.", "Moira Hadley"),
    ("Der Sprecher des Ministeriums, Peter Krause, kam. „Er war mein Held“, sagte der Sprecher.", "Peter Krause"),
    # a form of address of the same gender still joins the full name
    ("Die frühere Ministerin Anna Merkel ist gestorben. „Sie war mein Held“, sagte Frau Merkel.", "Anna Merkel"),
])
def test_a_relative_neighbours(text, name):
    assert _in_run(text, "Held").name == name


# -- a personal pronoun after a body's or family's statement and a person named between (rv68-1)

_FAMILY = ("«Wir verlieren eine Mutter», heisst es in der Mitteilung der Familie.\n\nGasser war 1991 als dritte Frau in den "
           "Bundesrat gewählt worden. Sie trat 1999 zurück. In einem Interview von 1998 hatte sie gesagt: «Politik ist kein Spaziergang.»")


def test_sie_after_family_statement_and_a_person_between_is_no_sure_family():
    sp = _in_run(_FAMILY, "Politik")
    assert sp is None or sp.name != "Familie" or sp.confidence < 0.8


def test_sie_after_a_body_with_no_person_between_keeps_the_body():
    # neighbour: nothing but the body before the pronoun
    text = "Die Partei bedauerte den Schritt. Sie kündigte an: «Wir klagen gegen den Beschluss.»"
    sp = _in_run(text, "klagen")
    assert sp.name == "Partei" and sp.confidence >= 0.8


# -- the outlet a player talks to is no speaker (rv66-8)

@pytest.mark.parametrize("frame, name", [
    ("sagte Kane der Sport Bild.", "Kane"),
    ("sagte Kane der englischen Zeitung „The Sun“.", "Kane"),
    ("sagte Harry Kane der englischen Zeitung „The Sun“.", "Harry Kane"),
    ("sagte Rodrygo der spanischen Zeitung „Marca“.", "Rodrygo"),
    ("sagte Kane den englischen Reportern.", "Kane"),
    # neighbours that keep their answers
    ("sagte Rodrygo der Zeitung „Marca“.", "Rodrygo"),
    ("sagte Neymar dem brasilianischen Sender Globo.", "Neymar"),
    ("sagte Kane der Süddeutschen Zeitung.", "Kane"),
    ("sagte Paul Krüger der Berliner Zeitung.", "Paul Krüger"),
])
def test_player_then_the_outlet(frame, name):
    assert speaker_in("„Ich bleibe in München“, " + frame, "München").name == name


@pytest.mark.parametrize("text, name", [
    ("Real Madrid soll sich nach Angaben der spanischen Zeitung „Marca“ mit dem BVB geeinigt haben.", "Marca"),
    ("Laut der spanischen Zeitung „Marca“ hat sich Real Madrid mit dem BVB geeinigt.", "Marca"),
    ("Laut der spanischen Zeitung hat sich Real Madrid mit dem BVB geeinigt.", None),
    # neighbours
    ("Laut der Süddeutschen Zeitung hat sich Real Madrid mit dem BVB geeinigt.", "Süddeutschen Zeitung"),
    ("Nach Angaben der Polizei wurde bei dem Unfall niemand verletzt.", "Polizei"),
])
def test_outlet_by_its_kind_is_named_by_its_title(text, name):
    (q,) = [q for q in quotes_in(text) if q.kind != "fragment"]
    got = q.speaker.name if q.speaker is not None else None
    assert got == name


# -- the subject of a clause ending in a colon before the quote is what 'er' after it points at (ge33 07:32)

@pytest.mark.parametrize("text, name", [
    ("Martin Fenin bekam Gelb. Trainer Thomas Schaaf war zufrieden: „Ein guter Start“, sagte er zur Sportschau.", "Thomas Schaaf"),
    ("Martin Fenin bekam Gelb. Danach war Trainer Thomas Schaaf zufrieden: „Ein guter Start“, sagte er zur Sportschau.",
     "Thomas Schaaf"),
])
def test_subject_before_the_colon(text, name):
    sp = speaker_in(text, "guter Start")
    assert sp.name == name and sp.confidence >= 0.8


@pytest.mark.parametrize("text", [
    # neighbours: no person before the colon, or one of the other gender: as before, never the colon's subject
    "Martin Fenin bekam Gelb. Trainerin Anna Weber war zufrieden: „Ein guter Start“, sagte er zur Sportschau.",
    "Martin Fenin bekam Gelb. Die Mannschaft war zufrieden: „Ein guter Start“, sagte er zur Sportschau.",
])
def test_subject_before_the_colon_neighbours(text):
    assert speaker_in(text, "guter Start").name == "Martin Fenin"


# -- a club compound's tail the role words lack stays out of the name (rv66-9)

@pytest.mark.parametrize("frame, name", [
    ("sagte Bayern-Boss Jan-Christian Dreesen.", "Jan-Christian Dreesen"),
    ("sagte Bayern-Star Harry Kane.", "Harry Kane"),
    ("sagte Bayern-Torjäger Kane.", "Kane"),
    ("sagte Ex-Bayern-Boss Uli Hoeneß.", "Uli Hoeneß"),
    ("sagte der Bayern-Boss Jan-Christian Dreesen.", "Jan-Christian Dreesen"),
    ("sagte der Bayern-Boss.", None),
    # neighbours
    ("sagte Bayern-Trainer Vincent Kompany.", "Vincent Kompany"),
    ("sagte Werder-Sportchef Clemens Fritz.", "Clemens Fritz"),
])
def test_club_compound_role_before_the_name(frame, name):
    sp = speaker_in("„Wir sind enttäuscht“, " + frame, "enttäuscht")
    assert (sp.name if sp is not None else None) == name


# -- a nationality, region's or state noun is a person unnamed, never an organisation named so (rv66-11, rv68-6)

@pytest.mark.parametrize("text, part", [
    ("Harry Kane traf doppelt. „Es war ein besonderer Abend“, sagte der Engländer.", "Abend"),
    ("Neymar traf. „Es war ein besonderer Abend“, sagte der Brasilianer.", "Abend"),
    ("Gareth Bale traf. „Es war ein besonderer Abend“, sagte der Waliser.", "Abend"),
    ("Ruth Gasser ist tot. «Politik ist kein Spaziergang», sagte die Bündnerin einst.", "Politik"),
    ("Ruth Gasser ist tot. «Sie war ein Vorbild», sagte Gassers Sohn Peter. «Politik ist kein Spaziergang», "
     "hatte die Verstorbene einmal gesagt.", "Politik"),
])
def test_person_noun_is_no_organisation(text, part):
    sp = _in_run(text, part)
    assert sp is not None and not (sp.id or "").startswith("org:") and (sp.name is None or sp.confidence < 0.8)
    assert sp.name not in ("Engländer", "Brasilianer", "Waliser", "Bündnerin", "Verstorbene", "Peter")


@pytest.mark.parametrize("frame, name", [
    # neighbours: a region's adjective before a role and a name keeps the name
    ("sagte der Wiener Bürgermeister Michael Ludwig.", "Michael Ludwig"),
    ("sagte der Berliner Bürgermeister Kai Wegner.", "Kai Wegner"),
])
def test_region_adjective_neighbours(frame, name):
    assert speaker_in("„Das ist gut“, " + frame, "gut").name == name


# -- a currency sign before its amount is no part of the source's name (rv68-10)

@pytest.mark.parametrize("text, name", [
    ("Die Sanierung kostet laut Gemeinde Fr. 3,5 Mio.", "Gemeinde"),
    ("Die Sanierung kostet laut Kanton CHF 200 Millionen.", "Kanton"),
])
def test_currency_before_amount_is_no_name(text, name):
    (q,) = quotes_in(text)
    assert q.speaker is not None and q.speaker.name == name
