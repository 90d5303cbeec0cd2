"""fx87: English speakers named "<Surname> of [the [adjective]] <Body>" (rv55-22)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import normalised_quotes_in


def _speaker(text: str) -> tuple[str | None, float]:
    (q,) = normalised_quotes_in(text, "en")
    assert q.speaker is not None
    return q.speaker.name, q.speaker.confidence


@pytest.mark.parametrize("frame, name", [
    ("Egger of the conservative ÖVP said", "Egger"),
    ("Smith of the conservative Tories said", "Smith"),
    ("Egger of the ÖVP said", "Egger"),
    ("Jones of Oxford University said", "Jones"),
    ("Anna Smith of the ÖVP said", "Anna Smith"),
])
def test_surname_of_a_body_is_the_person(frame: str, name: str) -> None:
    assert _speaker(f'The tunnel is late. "It is vital," {frame}.')[0] == name


@pytest.mark.parametrize("frame, name", [
    ("Anna Smith of the Labour Party said", "Anna Smith"),
    ("said Jones of the conservative CDU", "Jones"),
    ("the Duke of Edinburgh said", "Duke of Edinburgh"),
    ("the Bank of England said", "Bank of England"),
    ("Friends of the Earth said", "Friends of the Earth"),
])
def test_neighbours_keep_their_names(frame: str, name: str) -> None:
    assert _speaker(f'The tunnel is late. "It is vital," {frame}.')[0] == name


@pytest.mark.parametrize("frame, name", [
    ("zitiert die NZZ Bundesrat Beat Kunz", "Kunz"),
    ("zitiert der Spiegel Minister Anna Kunz", "Anna Kunz"),
    ("zitiert das SRF Nationalrätin Anna Kunz", "Anna Kunz"),
])
def test_outlet_before_the_quoted_person_is_no_part_of_the_name_de(frame: str, name: str) -> None:
    (q,) = normalised_quotes_in(f"«Der Tunnel kommt», {frame}.", "de")
    assert q.speaker is not None and q.speaker.name is not None
    assert q.speaker.name.endswith(name) and not q.speaker.name.startswith(("NZZ", "Spiegel", "SRF"))


@pytest.mark.parametrize("frame, name", [
    ("zitiert die NZZ", "NZZ"),
    ("zitiert die Bundesrätin Anna Kunz", "Anna Kunz"),
    ("zitiert die NZZ den Bundesrat Beat Kunz", "Beat Kunz"),  # the office is his role (ge34 5ab5e98), the id as before
])
def test_zitiert_neighbours_de(frame: str, name: str) -> None:
    (q,) = normalised_quotes_in(f"«Der Tunnel kommt», {frame}.", "de")
    assert q.speaker is not None and q.speaker.name == name
