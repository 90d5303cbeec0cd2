"""A party, a place or an organisation before title words and a name is the named person's, not the speaker."""
import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def _speaker(frame: str):
    quotes = extract_quotes(Article(id="t", text=f'The bill passed. "We will fight it," {frame}', language="en"))
    return quotes[0].speaker


@pytest.mark.parametrize("frame, name", [
    ("said SPD lawmaker Anna Weber.", "Anna Weber"),                            # rv55-2: was 'SPD' at 0.9
    ("said Green lawmaker Tobias Brenner on Tuesday.", "Tobias Brenner"),       # rv56-2: was 'Green'
    ("says Cologne parade leader Holger Kirsch.", "Holger Kirsch"),             # rv56-10: was 'Cologne'
    ("said White House press secretary Karen Whitfield.", "Karen Whitfield"),  # was 'White House'
    ("said CDU state councillor Anna Weber.", "Anna Weber"),
])
def test_modifier_title_and_name_give_the_name(frame, name):
    assert _speaker(frame).name == name


@pytest.mark.parametrize("frame", ["said Lee via Twitter.", "said Lee outside City Hall.", "said Lee late Tuesday.",
                                   "said Lee tonight on CNN.", "said Biden as Harris looked on."])
def test_words_after_a_name_that_are_no_title_leave_the_name(frame):
    assert _speaker(frame).name in ("Lee", "Biden")
