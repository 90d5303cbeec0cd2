"""English speakers, session 37 (en41, issue 18 on PolNeAR).

An absolute phrase "with X [adverb] V-ing" has its own subject: the words its participle frames are X's, never the main
clause's subject's ("Republicans were quick to chime in, with Tom Reed tweeting that … and asking, “…”"; "…, with the
campaign of the former senator from Ohio saying Grant was “…”" gave the main clause's subject at 0.9 once the noun phrase
was long; "…, with Tom Reed yelling: “…”" gave the fans).  The text-opening rule of session 36 no longer takes a compound
noun for a text and its verb ("The opinion polls put Reed “…”" -> 'The opinion'; rt37-18) nor the words of a person the
text moved to speak ("The report prompted Mayor Anna Berg to call it “…”" -> the report; rt37-16)."""
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


@pytest.mark.parametrize("text, mention", [
    ("Democrats were quick to respond, with Senator Anna Berg tweeting that the vote was a “disgrace” and asking, "
     "“Who will pay for this?”", "Senator Anna Berg"),
    ("Tom Reed criticized the bill. And Anna Berg turned her sights on Grant, with the campaign of the former senator "
     "from Ohio saying Grant was “not a real conservative.”", "the campaign of the former senator from Ohio"),
    ("Some fans booed the referee, with Tom Reed yelling: “Send him off!”", "Tom Reed"),
    ("Some fans booed the referee, with Tom Reed reportedly shouting: “Send him off!”", "Tom Reed"),
    ("The council met on Monday, with Mayor Paul Lane reportedly chanting: “Four more years!”", "Mayor Paul Lane"),
])
def test_the_subject_of_a_with_absolute_phrase_speaks(text, mention):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == mention, (q.speaker, q.flags)
    assert "speaker-with-absolute" in q.flags


@pytest.mark.parametrize("text, mention", [
    # the participle after a comma is the main clause's, whoever the absolute phrase names
    ("Anna Berg spoke to reporters, with Tom Reed standing beside her, saying “the plan is dead.”", "Anna Berg"),
    # "with" and its object before a comma: no absolute phrase
    ("Anna Berg ended the call with a warning, saying “the plan is dead.”", "Anna Berg"),
    # an absolute phrase that opens the sentence and the main verb after it
    ("With Tom Reed watching, Anna Berg said “the plan is dead.”", "Anna Berg"),
    # a thing in the absolute phrase speaks no words
    ("The company posted a loss, with sales falling “sharply in every region,” the report said.", "the report"),
])
def test_other_speakers_near_a_with_phrase_stay(text, mention):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == mention, (q.speaker, q.flags)
    assert "speaker-with-absolute" not in q.flags


@pytest.mark.parametrize("text", [
    "Protesters gathered outside, with signs reading “No more cuts.”",
    "The crowd cheered, with some chanting “Four more years!”",
    "Tom Reed attacked Anna Berg, with her saying the attack was “beneath him.”",
])
def test_no_thing_group_or_pronoun_from_a_with_phrase(text):
    q = _last(text)
    assert "speaker-with-absolute" not in q.flags
    assert q.speaker is None or q.speaker.mention not in ("signs", "some", "her")


@pytest.mark.parametrize("text, wrong", [
    ("The report prompted Mayor Anna Berg to call it “a disgrace.”", "The report"),
    ("The letter angered Senator Tom Reed, and he called it “a fabrication.”", "The letter"),
    ("The statement surprised Anna Berg, and she denounced it as “pure spin.”", "The statement"),
    ("Senator Tom Reed spoke on Monday. The opinion polls put Reed “well ahead” of his rival.", "The opinion"),
    ("Mayor Anna Berg spoke on Monday. The report cards showed pupils “doing much better” than before.", "The report"),
    ("Tom Reed spoke on Monday. The ad campaigns hit Reed for taking “more money from developers.”", "The ad"),
])
def test_no_text_for_a_person_moved_to_speak_or_a_compound_noun(text, wrong):
    q = _last(text)
    assert "speaker-document-subject" not in q.flags
    assert q.speaker is None or q.speaker.mention != wrong


@pytest.mark.parametrize("text, source", [
    ("Mayor Anna Reed faces a tough race. The new Fenwick ad hits Reed for taking “more money from developers than "
     "from voters” in her first term.", "The new Fenwick ad"),
    ("The group wrote to Senator Grant. Their letter urges lawmakers to call the plan “a gift to the richest families.”",
     "Their letter"),
    ("Senator Paul Grant spoke on Monday. The editorial slams Grant for promising “a tax cut that nobody will see.”",
     "The editorial"),
])
def test_a_text_opening_the_sentence_stays_the_source(text, source):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == source
    assert q.speaker.confidence < CONFIDENT


@pytest.mark.parametrize("text", [
    "Preceded at the lectern by Tom Reed, the Ohio sheriff and longtime ally, Anna Berg launched into a lament for the "
    "voters who are “victims of neglect.”",
    "Backed by Tom Reed, the union chief, Anna Berg launched into a lament for voters who are “victims of neglect.”",
])
def test_an_apposition_to_an_opening_phrase_name_is_no_subject(text):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == "Anna Berg", (q.speaker, q.flags)
    assert q.speaker.confidence < CONFIDENT
    assert "speaker-past-apposition" in q.flags


@pytest.mark.parametrize("text, mention", [
    # no apposition: the noun phrase after the opening phrase is the subject
    ("After meeting Tom Reed, the mayor praised the “brave men and women” of the force.", "the mayor"),
    ("In Ohio, the mayor launched into a lament for the voters who are “victims of neglect.”", "the mayor"),
    # a frame verb of its own: as before
    ("Backed by Tom Reed, the county sheriff, the union promised “a new start for the city.”", "the union"),
])
def test_the_subject_after_an_opening_phrase_stays(text, mention):
    q = _last(text)
    assert q.speaker is not None and q.speaker.mention == mention, (q.speaker, q.flags)
    assert "speaker-past-apposition" not in q.flags
