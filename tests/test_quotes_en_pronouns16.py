"""English "he"/"she" stand for one person (invented sentences): never for a group, an organisation,
a document, an all-caps dateline or a plural people noun an earlier rule took as a speaker; the named
person subject of a sentence just before instead, else no name.  Each test fails without the rule."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def speakers(text: str) -> list[str | None]:
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
    return [q.speaker.name if q.speaker is not None else None for q in qs if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    "“The plan is dead,” the union said on Monday. “It was never alive,” he said.",
    "“We reject the claims,” Senate filings say. “I never saw them,” he said.",
    "“The town will vote,” Gowdy’s office said. “I expect a long night,” he said.",
    "“The fees are too high,” the complaint says. “We will fight it,” she said.",
    "“We want our jobs back,” Muslims said at the meeting. “Nobody listens to us,” she said.",
    "LAKEVILLE — “We are ready,” LAKEVILLE said. “I will win,” she said.",
])
def test_he_she_never_take_a_non_person(text):
    names = speakers(text)
    assert len(names) == 2 and names[0] is not None
    assert names[1] is None


def test_he_she_go_back_to_the_person_subject_before():
    text = ("“We are ready for the primary,” said the crowd. Nora Vance waved from the stage. "
            "“I will not stop now,” she said.")
    assert speakers(text) == ["crowd", "Nora Vance"]


def test_a_person_speaker_is_still_taken():
    text = "“The bridge will open in May,” Tom Ebert said. “Nobody doubts it,” he said."
    assert speakers(text) == ["Tom Ebert", "Tom Ebert"]


def test_they_may_still_take_a_group():
    text = "“The plan is dead,” the union said on Monday. “We will strike,” they said."
    names = speakers(text)
    assert names[1] == names[0] == "union"


# "she" right after a sentence opened by a named woman with a finite verb: that woman, not the older speaker
OPENER = ("“The vote will be close,” Ms. Lenz said at the depot. Ms. Ruiz supports the new bridge plan. "
          "“We cannot wait another year,” she said.")


def test_pronoun_takes_the_named_opening_subject_of_the_sentence_before():
    assert speakers(OPENER)[-1] in ("Ruiz", "Ms. Ruiz")


@pytest.mark.parametrize("text", [
    # the older speaker is named in that sentence: no new subject for sure
    "“The vote will be close,” Ms. Lenz said at the depot. Ms. Ruiz supports the plan of Ms. Lenz. “We cannot wait,” she said.",
    # no gender shown for the opener
    "“The vote will be close,” Ms. Lenz said at the depot. Ruiz supports the new bridge plan. “We cannot wait,” she said.",
    # the opener is a man, the pronoun "she"
    "“The vote will be close,” Ms. Lenz said at the depot. Mr. Ruiz supports the new bridge plan. “We cannot wait,” she said.",
])
def test_the_opening_subject_is_not_taken_without_the_evidence(text):
    assert speakers(text)[-1] == "Lenz"
