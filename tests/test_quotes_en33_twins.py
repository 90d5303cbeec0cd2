"""The one reader of "SPD lawmaker Anna Weber" (speakers.title_before_name_en) that a tie's mention words and a verb's
text tokens both use (en33, session 29)."""
import pytest

from aligner.quotes.speakers import title_before_name_en


@pytest.mark.parametrize("words, start", [
    ("SPD lawmaker Anna Weber", 2),
    ("Cologne carnival parade leader Holger Kirsch", 4),
    ("White House press secretary Karen Whitfield", 4),
    ("Ohio state senator Tom Reed", 3),
])
def test_the_name_after_a_modified_title_starts_after_the_role(words, start):
    assert title_before_name_en(words.split()) == start


@pytest.mark.parametrize("words", [
    "Anna Weber",  # a name alone
    "lawmaker Anna Weber",  # no capitalised word before the title
    "SPD lawmaker",  # no name after the title
    "Cologne parade Holger Kirsch",  # no role word before the name
    "SPD Anna Weber",  # no lower-case title word
    "SPD 2016 lawmaker Anna Weber",  # a word that is neither capitalised nor lower-case
])
def test_other_shapes_have_no_titled_name(words):
    assert title_before_name_en(words.split()) is None
