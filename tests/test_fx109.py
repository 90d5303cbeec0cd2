"""English speakers, session 32 (fx109): sports and obituary frames that gave a wrong name at >= 0.8 ("said Bayern
forward Harry Kane" -> the club, "said Angel di Maria" -> 'Angel', "the younger Hadley said" -> the dead father)."""
import pytest

from tests.quote_helpers import confident_name, normalised_quotes_in


def _speaker(text):
    return normalised_quotes_in(text, "en")[-1].speaker


# a club (or broadcaster), a player's or official's place in the team, then the person: the person speaks
# (2c497d5: the club or broadcaster at 0.9; rv66-1, rv66-14)
@pytest.mark.parametrize("text, name", [
    ('"We are disappointed," said Bayern forward Harry Kane.', "Harry Kane"),
    ('"We are disappointed," said Bayern star Harry Kane.', "Harry Kane"),
    ('"We are disappointed," said Real Madrid star Vinicius Junior.', "Vinicius Junior"),
    ('"We are disappointed," said Sky pundit Lothar Matthaeus.', "Lothar Matthaeus"),
    ('"We are disappointed," said Leverkusen new signing Jonas Hofmann.', "Jonas Hofmann"),
    ('"We are disappointed," said Liverpool great Kenny Dalglish.', "Kenny Dalglish"),
    ('"We are disappointed," said England forward Harry Kane.', "Harry Kane"),
    ('"We have received an offer," said Leverkusen sporting director Simon Rolfes.', "Simon Rolfes"),
    ('"We have received an offer," said Dortmund sporting director Lars Ricken.', "Lars Ricken"),
    ('"We have received an offer," said Leverkusen sporting director Simon Rolfes, adding that talks would continue.',
     "Simon Rolfes"),
])
def test_club_role_then_person_is_the_person(text, name):
    assert confident_name(_speaker(text)) == name


# neighbours that keep their answers: role words already read, a body alone, a verb after the body, two people
@pytest.mark.parametrize("text, name", [
    ('"We are disappointed," said Bayern midfielder Joshua Kimmich.', "Joshua Kimmich"),
    ('"We are disappointed," said Dortmund goalkeeper Gregor Kobel.', "Gregor Kobel"),
    ('"We have received an offer," said Leverkusen coach Xabi Alonso.', "Xabi Alonso"),
    ('"We have received an offer," Leverkusen sporting director Simon Rolfes said.', "Simon Rolfes"),
    ('"We will keep going forward," said Bayern.', "Bayern"),
    ('"We are happy," said Bayern on Tuesday.', "Bayern"),
    ('"We are happy," said Bayern after signing Harry Kane.', "Bayern"),
])
def test_club_role_neighbours_kept(text, name):
    assert confident_name(_speaker(text)) == name


def test_two_players_after_a_club_are_no_club():
    sp = _speaker('"We are happy," said Bayern star Harry Kane and Thomas Mueller.')
    assert confident_name(sp) not in ("Bayern", "Harry Kane", "Thomas Mueller")

