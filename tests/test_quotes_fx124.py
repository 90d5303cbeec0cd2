"""German speakers, session 34 (fx124): outlets, anonymous sources, names before a body, read-out and shared words,
role nouns in the name (rv72 / rv73 / rv74 findings)."""
import pytest

from tests.quote_helpers import quote_starting

_Q = "„Ich wünsche ihr von Herzen alles Gute“, "


def _speaker(frame: str, text: str = _Q, start: str = "Ich wünsche"):
    return quote_starting(text + frame, start).speaker


def _name(frame: str, text: str = _Q, start: str = "Ich wünsche") -> str | None:
    sp = _speaker(frame, text, start)
    return sp.name if sp is not None else None


# -- an outlet right after the speaker, no article or "der": the one told, never the name (rv72-1/16/27)

@pytest.mark.parametrize("frame, name", [
    ("sagte Jonas Kessler BILD.", "Jonas Kessler"),
    ("verriet Jonas Kessler BILD am Sonntag.", "Jonas Kessler"),
    ("sagte Mia Kessler RTL.", "Mia Kessler"),
    ("sagte Mia Kessler BUNTE.de.", "Mia Kessler"),
    ("erklärt Mia Kessler GALA exklusiv.", "Mia Kessler"),
])
def test_outlet_after_name_is_told(frame, name):
    assert _name(frame) == name


@pytest.mark.parametrize("frame", [
    "erzählte die Sängerin BUNTE.",
    "verriet ein Insider BILD.",
    "verriet ein Insider der BILD.",
    "erzählte eine Zeugin der MOPO.",
])
def test_outlet_after_unnamed_gives_no_name(frame):
    sp = _speaker(frame)
    assert sp is not None and sp.name is None


@pytest.mark.parametrize("frame, name", [
    ("sagte Anna Stern.", "Anna Stern"),  # a surname that is an outlet in capitals only
    ("sagte Peter Welt.", "Peter Welt"),
    ("sagte BILD-Chefin Marion Horn.", "Marion Horn"),
    ("sagte Mia Kessler dem SPIEGEL.", "Mia Kessler"),
])
def test_outlet_neighbours_keep_their_names(frame, name):
    assert _name(frame) == name


# -- anonymous sources: no name (rv72-1, rv72-24, rv72-6)

@pytest.mark.parametrize("frame", [
    "verriet ein Insider.",
    "weiß ein Höfling.",
    "so eine Quelle aus Palastkreisen.",
    "sagte ein Palast-Insider.",
    "sagte ein Insider der Regierung.",
    "sagte eine 67-jährige Nachbarin.",
    "sagte eine junge Passantin.",
])
def test_anonymous_source_no_name(frame):
    sp = _speaker(frame)
    assert sp is not None and sp.name is None


def test_surname_like_anonymous_noun_stays_a_name():
    assert _name("sagte Ulrich Quelle.") == "Ulrich Quelle"


# -- a first and a last name before "von" and a body: the person, even where the first name is not listed (rv73-21)

@pytest.mark.parametrize("frame, name", [
    ("sagte Wiebke Judith von Pro Asyl.", "Wiebke Judith"),
    ("sagte Tareq Alaows von Pro Asyl.", "Tareq Alaows"),
    ("sagte Henna Virkkunen von der EU-Kommission.", "Henna Virkkunen"),
    ("sagte Sam Altman von OpenAI.", "Sam Altman"),
    ("sagte Sprecherin Wiebke Judith von Pro Asyl.", "Wiebke Judith"),
])
def test_unlisted_first_name_before_body(frame, name):
    sp = _speaker(frame)
    assert sp is not None and sp.name == name and not (sp.id or "").startswith("org:")


@pytest.mark.parametrize("frame, name", [
    ("sagte Ursula von der Leyen.", "Ursula von der Leyen"),
    ("sagte Florian Henckel von Donnersmarck.", "Florian Henckel von Donnersmarck"),
    ("sagte Konstantin von Notz.", "Konstantin von Notz"),
    ("sagte Karl Kopp von Pro Asyl.", "Karl Kopp"),
])
def test_noble_names_and_listed_names_unchanged(frame, name):
    assert _name(frame) == name
