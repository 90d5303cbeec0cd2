"""'according to X led by Y' (pr31-8, on en35's bdc7d66): the leader is the source only of a study, a poll or a
trial; a government, a company, a charity led by someone speaks for itself."""
import pytest

import aligner


def _speaker(text: str) -> str | None:
    (q,) = aligner.extract_quotes(aligner.Article(id="a", text=text, language="en"))
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, leader", [
    ("More than 40 people were killed, according to the government led by Prime Minister Benjamin Netanyahu.",
     "Benjamin Netanyahu"),
    ("The vaccine works, according to a company run by Elon Musk.", "Elon Musk"),
    ("Donations doubled last year, according to a charity run by Prince Harry.", "Prince Harry"),
])
def test_a_body_led_by_someone_is_not_its_leader(text: str, leader: str) -> None:
    assert _speaker(text) != leader


def test_a_study_led_by_someone_is_still_theirs() -> None:
    assert _speaker("The drug cut deaths by a third, according to a study led by Anna Weber of the University of Bonn.") \
        == "Anna Weber"


def test_a_body_after_led_by_is_read_whole_or_not_at_all() -> None:
    # pr31-10: the match backed off inside "the University of Freiburg and published ..." -> 'University' 0.85
    assert _speaker("A single dose lowered admissions by 30 percent, according to a phase 3 trial led by the "
                    "University of Freiburg and published today in The Lancet.") != "University"


@pytest.mark.parametrize("text", [
    "Flu cases rose by a third in the winter, according to a study run by the Centers for Disease Control and Prevention.",
    "Prices rose by four percent last year, according to a survey carried out by the Office for National Statistics.",
])
def test_a_body_named_with_for_is_not_cut_to_its_first_word(text: str) -> None:
    assert _speaker(text) not in ("Centers", "Office")  # rt31-11: cut inside the body's name at 0.85
