"""English speakers, session 35 (en39, issue 18 on PolNeAR): a share of a poll's respondents ("61 percent of
voters said …", "Seven in 10 Democrats say …") is no one person, the poll named before it is the source, below the
bar; a verbless colon frame that puts out a text ("X released the following statement:") gives X, not the text."""
import pytest

from aligner.model import Article
from aligner.quotes.confidence import CONFIDENT
from aligner.quotes.extract import extract_quotes


def _quotes(text):
    return extract_quotes(Article(id="t", text=text, language="en"))


def _only(text):
    qs = [q for q in _quotes(text) if q.speaker is not None]
    assert len(qs) == 1, [(q.text, q.speaker) for q in qs]
    return qs[0]


# a share of respondents named after a poll in the same sentence: the poll, below the bar
@pytest.mark.parametrize("text, poll", [
    ("In a new Gallup poll released Monday, 61 percent of likely voters said the economy was “in terrible shape "
     "right now.”", "a new Gallup poll"),
    ("A fresh Marist survey shows the mood: Seven in 10 Democrats said the party should “pick the strongest "
     "candidate and move on.”", "A fresh Marist survey"),
    ("The poll has bad news for the mayor — 40 percent of residents say they would “never vote for him again,” "
     "the highest of any official.", "The poll"),
    ("In a CBS News poll last week, 45% said the party was “moving in the right direction.”", "a CBS News poll"),
    ("In the same Reuters/Ipsos survey, three out of four Republicans said the courts were “far too lenient "
     "with offenders.”", "the same Reuters/Ipsos survey"),
])
def test_poll_share_gives_the_poll_below_the_bar(text, poll):
    q = _only(text)
    assert q.speaker.mention == poll
    assert q.speaker.confidence < CONFIDENT
    assert "speaker-poll-share" in q.flags


# no poll named before the share: the share stays, below the bar (no one person to compare)
def test_poll_share_without_a_poll_stays_below_the_bar():
    q = _only("Among Democrats, 45 percent say the party is “moving in the right direction.”")
    assert q.speaker.confidence < CONFIDENT
    assert "speaker-poll-share" in q.flags


# neighbours: a person named with a number in the sentence, a poll named but a person speaking, a pollster
@pytest.mark.parametrize("text, name", [
    ("Tom Reed, who leads with 10 percent of the field, said the vote was “a disaster for the party.”", "Tom Reed"),
    ("After the new Gallup poll came out, Anna Cole said the numbers were “a warning we cannot ignore.”", "Anna Cole"),
    ("“The numbers are clear,” said pollster Tom Reed, whose poll found 61 percent of voters unhappy.", "Tom Reed"),
])
def test_person_speaking_beside_a_poll_keeps_the_person(text, name):
    q = _quotes(text)[0]
    assert q.speaker is not None and q.speaker.name == name
    assert "speaker-poll-share" not in q.flags


# a verbless colon frame that puts out a text: who put it out, not the text nor a person of a clause before
@pytest.mark.parametrize("text, who", [
    ("When the senator died in 1998, President Tom Reed released the following statement: “Anna and I offer our "
     "condolences to the family.”", "President Tom Reed"),
    ("Later, Mayor Anna Cole put out a brief statement: “The city will recover.”", "Mayor Anna Cole"),
    ("Tom Reed’s lawyer issued a statement: “My client is innocent.”", "Tom Reed’s lawyer"),
    ("After meeting Anna Cole, Tom Reed issued a statement: “The talks went well.”", "Tom Reed"),
    ("The mayor’s office put out the following message late Sunday: “All schools will be closed.”",
     "The mayor’s office"),
    ("When the senator died in 1998, President Tom Reed released the following statement:\n\n“Anna and I offer our "
     "condolences to the family.”", "President Tom Reed"),
    ("The company issued a statement:\n\n“We regret the error and will fix it.”", "The company"),
])
def test_statement_issued_gives_its_issuer(text, who):
    q = _only(text)
    assert q.speaker.mention == who
    assert "speaker-statement-issued" in q.flags


# neighbours: a statement from someone else, figures released, a statement read out, a cue verb in the frame
@pytest.mark.parametrize("text", [
    "The White House released a statement from the president: “We stand with Ohio.”",
    "The ministry released the following figures: “Exports rose by 4 percent.”",
    "Tom Reed read the following statement: “We regret the error.”",
    "Anna Cole said Tom Reed had released a statement: “The talks went well.”",
    "The ministry released the following figures:\n\n“Exports rose by 4 percent.”",
])
def test_no_issued_statement_frame(text):
    assert all("speaker-statement-issued" not in q.flags for q in _quotes(text))

