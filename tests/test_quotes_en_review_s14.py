"""English attribution cases from review s14b (rv2, items 7, 8, 10).  Invented sentences."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _quotes(text: str):
    return normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))


@pytest.mark.parametrize("name", ["Alfred", "Breed", "Creed", "Manfred", "Winfried"])
def test_a_name_ending_in_ed_opening_a_frame_after_speaks(name):
    (q,) = _quotes(f"“We will rebuild the bridge this year,” {name}, a farmer from Ohio, said.")
    assert q.speaker is not None and q.speaker.name == name


def test_a_participle_before_a_role_is_still_no_name():
    (q,) = _quotes("“We will rebuild the bridge,” Worried, the mayor said.")
    assert q.speaker is not None and q.speaker.name is None and "mayor" in q.speaker.mention


@pytest.mark.parametrize("frame", ["Here is the full statement:", "This is the text of the letter:",
                                   "Here is the transcript:", "Consider the numbers:"])
def test_a_presented_thing_is_no_speaker(frame):
    (q,) = _quotes(f"{frame} “We regret the decision and will appeal.”")
    assert q.speaker is None


def test_a_presented_person_still_speaks():
    (q,) = _quotes("Here is the mayor in 2019: “We regret the decision and will appeal.”")
    assert q.speaker is not None and "mayor" in q.speaker.mention


def test_an_acronym_before_a_dash_apposition_still_speaks():
    (q,) = _quotes("NATO — the alliance of 30 countries — warned of “a sharp rise in attacks.”")
    assert q.speaker is not None and "NATO" in q.speaker.mention


@pytest.mark.parametrize("text", ["“We will rebuild the bridge this year,” a farmer from Ohio said.",
                                  "A student in Texas told reporters: “We will rebuild the bridge this year.”"])
def test_a_role_from_a_place_is_no_person_named_after_the_place(text):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.name is None and q.speaker.role in ("farmer from Ohio", "student in Texas")


@pytest.mark.parametrize("text", ["DAYTON, Ohio — The mayor warned of “a hard winter for the city.”",
                                  "DAYTON, Ohio — The mayor said: “We will rebuild the bridge this year.”"])
def test_a_dateline_is_no_part_of_the_subject(text):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.name is None and q.speaker.mention == "The mayor"


@pytest.mark.parametrize("text", ["“We will rebuild the bridge this year,” Anna Reed in Dayton said.",
                                  "Anna Reed in Dayton said “we will rebuild the bridge this year.”"])
def test_a_person_in_a_place_is_the_person(text):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.name == "Anna Reed"
