"""German speakers, session 33 (fx118): interview credits, parliament, bodies.  An outlet's abbreviation in the
dative after a surname ('sagte Scholz der SZ') is the one addressed, never part of the name."""
import pytest

from tests.quote_helpers import confident_name, normalised_quotes_in, sole_speaker

_Q = "„Wir bleiben dabei“, "


@pytest.mark.parametrize("outlet", ["SZ", "FAZ", "F.A.Z.", "FAS", "BamS", "WAZ", "NZZ", "ARD", "AFP", "SZ am Wochenende"])
def test_an_outlet_abbreviation_after_a_surname_is_the_addressee(outlet):
    # was 'Scholz der SZ' (an organisation id) at 0.9
    assert confident_name(sole_speaker(_Q + f"sagte Scholz der {outlet}.")) == "Scholz"


def test_the_surname_before_an_outlet_abbreviation_is_a_person():
    (q,) = normalised_quotes_in(_Q + "sagte Scholz der SZ.")
    assert q.speaker is not None and q.speaker.id is not None and q.speaker.id.startswith("spk:")


@pytest.mark.parametrize("frame, name", [
    ("sagte Merz der dpa.", "Merz"),
    ("sagte Olaf Scholz der SZ.", "Olaf Scholz"),
    ("sagte Scholz der Süddeutschen Zeitung.", "Scholz"),
    ("sagte Scholz dem RND.", "Scholz"),
    ("sagte Buhrow, Intendant der ARD.", "Buhrow"),
])
def test_outlet_neighbours_keep_the_speaker(frame, name):
    assert confident_name(sole_speaker(_Q + frame)) == name


def test_an_epithet_after_a_first_name_stays_in_the_name():
    assert confident_name(sole_speaker("Karl der Große sagte: „Wir bleiben dabei.“")) == "Karl der Große"


def test_a_body_after_the_article_stays_the_unnamed_role():
    assert confident_name(sole_speaker(_Q + "sagte der Intendant der ARD.")) is None

