"""A correction note's misquote stays taken back when the note's next sentence says what was said."""
import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes

NOTE = ('Correction: An earlier version of this article misquoted Whitfield as saying "The system was back up by '
        '11 a.m." {after} the system was back up by 9 a.m.')


@pytest.mark.parametrize("after", ["She said", "Whitfield said", "In fact, she said"])
def test_misquote_followed_by_what_she_said_is_taken_back(after):
    text = '"The system was back up by 9 a.m.," Karen Whitfield said.\n\n' + NOTE.format(after=after) + "\n"
    taken: list = []
    quotes = extract_quotes(Article(id="t", text=text, language="en"), retracted_out=taken)
    assert [q.text for q in taken] == ["The system was back up by 11 a.m."]
    assert all("11 a.m." not in q.text for q in quotes)


def test_own_frame_after_a_comma_is_unchanged():
    # a quote closed by a comma and followed by its own frame is the speaker's statement (kept, as before)
    text = ('An earlier version of this article misquoted Whitfield as saying "we will close the airport," '
            'Whitfield said on Monday.\n')
    taken: list = []
    extract_quotes(Article(id="t", text=text, language="en"), retracted_out=taken)
    assert taken == []
