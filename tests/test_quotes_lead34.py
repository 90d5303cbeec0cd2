"""Session 34, lead: quotes and speakers."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes


def _speakers(text: str, lang: str) -> list[tuple[str, str | None, float | None]]:
    out = []
    for q in extract_quotes(Article(id="a", text=text, language=lang)):
        sp = q.speaker
        out.append((q.text, sp.name if sp else None, sp.confidence if sp else None))
    return out


@pytest.mark.parametrize("text,lang", [
    ('"Will prices fall?" host James Whitaker asked.\n\n"Food prices will fall by about 4 percent next year."', "en"),
    ('"Will you resign now?" Anna Berg asked.\n\n"No. I have a job to finish here."', "en"),
])
def test_an_answer_after_a_question_put_to_someone_is_not_the_askers_at_the_bar(text: str, lang: str) -> None:
    # rv69-7: the paragraph after an interviewer's question is the guest's answer; carried on to the asker it
    # must stay below the speaker flag's bar (0.8), whoever the guest is
    quotes = _speakers(text, lang)
    assert len(quotes) == 2
    assert quotes[0][2] is not None and quotes[0][2] >= 0.8  # the question is the asker's
    assert quotes[1][2] is None or quotes[1][2] < 0.8


def test_a_question_then_the_same_speaker_going_on_keeps_a_frame_after() -> None:
    # neighbour: a rhetorical question with its own frame, then a framed statement: both the speaker's
    quotes = _speakers('"Why would we pay for that?" Anna Berg asked. "We would not," she said.', "en")
    assert [q[1] for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_a_statement_then_a_whole_quote_carries_on_at_the_bar() -> None:
    # neighbour: after a statement (no question) the whole quote that follows is the same speaker's, as before
    quotes = _speakers('"Prices will fall," host James Whitaker said.\n\n"Food prices will fall by about 4 percent next year."', "en")
    assert quotes[1][1] == "James Whitaker" and quotes[1][2] is not None and quotes[1][2] >= 0.8


@pytest.mark.parametrize("text,lang,name", [
    ('"We will appeal," said An Nguyen.', "en", "Nguyen"),  # pr35-2: 'An' is a given name, no article
    ("„Die Sendung wird abgesetzt“, teilte der Sender ZDF am Montag mit.", "de", "ZDF"),  # rt35-3: the outlet speaks
    ("„Das ist falsch“, erklärte das Magazin SPIEGEL.", "de", "SPIEGEL"),
])
def test_names_kept_beside_this_sessions_no_name_rules(text: str, lang: str, name: str) -> None:
    assert [q[1] for q in _speakers(text, lang)] == [name]


@pytest.mark.parametrize("text,lang", [
    ('"We will appeal," said a Green.', "en"),
    ("„Wir bleiben Freunde“, verriet ein Insider BILD.", "de"),
])
def test_no_name_rules_still_fire(text: str, lang: str) -> None:
    assert [q[1] for q in _speakers(text, lang)] == [None]
