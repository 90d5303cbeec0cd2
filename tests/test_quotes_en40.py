"""English speakers, session 36 (en40, issue 18 on PolNeAR): a text an author put out (an ad, an editorial, a letter, a
statement, a cable) opening the quote's sentence with a verb of its own is the source the sentence gives, below the
bar; before, a person the text speaks of inside its clause ("The ad hits Reed for taking “…”": Reed) or an earlier
speaker carried on took the words, some at 0.9.  A place abbreviation cut at its full stop ("a U.S. citizen" ->
'a U.S') guessed as a sentence's subject is dropped: no speaker rather than a wrong one."""
import pytest

from aligner.model import Article
from aligner.quotes.confidence import CONFIDENT
from aligner.quotes.extract import extract_quotes


def _quotes(text):
    return extract_quotes(Article(id="t", text=text, language="en"))


def _last(text):
    qs = _quotes(text)
    assert qs, text
    return qs[-1]


@pytest.mark.parametrize("text, source", [
    ("Mayor Anna Reed faces a tough race. The new Fenwick ad hits Reed for taking “more money from developers than "
     "from voters” in her first term.", "The new Fenwick ad"),
    ("Senator Paul Grant spoke on Monday. The editorial goes on to slam Grant for promising “a tax cut that nobody "
     "will ever see.”", "The editorial"),
    ("The governor answered questions. Instead, the statement talked about giving families “a fair shot at a good "
     "school.”", "the statement"),
    ("The embassy asked for more guards. The cable indicated that eight officers would be the minimum needed for "
     "“basic protection of the staff.”", "The cable"),
    ("The group wrote to Senator Grant. Their letter urges him to drop his plan, calling it “a gift to the richest "
     "families.”", "Their letter"),
    ("“It is a disgrace,” Reed said. The ad hits Reed for taking “more money from developers than from voters.”",
     "The ad"),
])
def test_a_text_opening_the_sentence_is_the_source_below_the_bar(text, source):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == source
    assert q.speaker.confidence < CONFIDENT
    assert "speaker-document-subject" in q.flags


@pytest.mark.parametrize("text, speaker", [
    # the text quotes or shows someone: that person, not the text
    ("The report quotes Grant as saying “the money is gone.”", "Grant"),
    # a passive: the one who signed speaks in the relative clause
    ("The letter was signed by Anna Reed, who called the plan “a disaster for families.”", "Anna Reed"),
    # the text inside another's words: the one who says it
    ("Reed said the ad hits her for taking “more money from developers than from voters.”", "Reed"),
    # the text given already, whole or by its head word: kept as it was, at the bar
    ("The ad claims “Reed is the builder you can trust.”", "The ad"),
    ("Mayor Anna Reed spoke on Monday. The teachers’ petition demands that Reed “stop the cuts now.”", "petition"),
    ("Senator Paul Grant spoke on Monday. The Grant campaign’s new mailer calls Reed “a friend of the developers.”",
     "The Grant campaign’s new mailer"),
    # a participle after the text is no verb of its own
    ("A campaign TV ad released Thursday accuses Reed of buying influence “in a pattern stretching back decades.”",
     "A campaign TV ad released Thursday"),
    # someone else doing the saying after the text's verb, or owning the words
    ("The tweet sparked outrage, with Reed calling it “a cheap shot at working families.”", "Reed"),
    # a plural of people after the text's head, then a verb: the authors, as before
    ("The letter writers called the plan “a gift to the richest families.”", "The letter writers"),
    # a frame after the quote stays
    ("The editorial praised the plan. “We need it now,” Grant said.", "Grant"),
])
def test_a_text_that_is_not_the_source_changes_nothing(text, speaker):
    q = _last(text)
    assert q.speaker is not None and speaker in q.speaker.mention
    assert "speaker-document-subject" not in q.flags


def test_a_capitalised_paper_is_no_text_noun():
    # "The Post" is a paper (an organisation), read as before; not the lower-case text noun "post"
    q = _last("The Post reported that the mayor had “lost track of the money.”")
    assert "speaker-document-subject" not in q.flags


def test_german_is_untouched():
    qs = extract_quotes(Article(id="t", text="Die Anzeige wirft Reed vor, „mehr Geld von Investoren als von Wählern“ "
                                "genommen zu haben.", language="de"))
    assert all("speaker-document-subject" not in q.flags for q in qs)


# a place abbreviation cut at its full stop, guessed as a sentence's subject: no one, dropped
@pytest.mark.parametrize("text", [
    "U.S. District Judge Anna Cole on Thursday blocked a bill that would have let officials cite a “sincere religious "
    "belief” to deny services.",
    "Anna Cole, 44, came to the rally from Nashua. An immigrant who became a U.S. citizen in 2013, she plans to vote. "
    "“It is not fair to her.”",
])
def test_a_place_abbreviation_guessed_as_subject_is_dropped(text):
    q = _last(text)
    assert q.speaker is None
    assert "speaker-abbreviation-dropped" in q.flags


@pytest.mark.parametrize("text, speaker", [
    ("The U.S. said on Monday that the talks were “going nowhere.”", "The U.S"),  # the country acting: kept
    ("A U.S. official said the talks were “going nowhere fast.”", "official"),
    ("In Fresno, Calif., residents said the fire was “the worst in memory.”", "residents"),
    ("U.N. Secretary-General Anna Cole called the attack “a disgrace to us all.”", "Anna Cole"),
    ("Fla. Gov. Paul Reed signed the bill, a “victory for working families.”", "Paul Reed"),
])
def test_framed_or_named_speakers_near_an_abbreviation_stay(text, speaker):
    q = _last(text)
    assert q.speaker is not None and speaker in q.speaker.mention
    assert "speaker-abbreviation-dropped" not in q.flags
