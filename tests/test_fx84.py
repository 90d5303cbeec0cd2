"""Relayed speech, retractions and frames of US wire copy (session 28, fixer fx84)."""
import pytest

from aligner.quotes.confidence import CONFIDENT
from tests.quote_helpers import normalised_quote_containing


def _speaker(text: str, part: str):
    sp = normalised_quote_containing("Intro line.\n\n" + text + "\n", part, "en").speaker
    return (sp.mention if sp else None), (sp.confidence if sp else None)


# the relayer's words are another's: the one quoted, read or recalled speaks (below the bar), never the relayer at it
@pytest.mark.parametrize("text, part, author, relayer", [
    ('Alvarez quoted the president as saying, "Get it fixed, and get it fixed now."', "Get it fixed", "the president", "Alvarez"),
    ('Whitfield quoted Biden as saying: "I want answers by Friday."', "I want answers", "Biden", "Whitfield"),
    ('Alvarez cited Biden as saying: "I want answers by Friday."', "I want answers", "Biden", "Alvarez"),
    ('"Get it fixed, and get it fixed now," Alvarez quoted the president as saying.', "Get it fixed", "the president", "Alvarez"),
    ('Alvarez quoted Biden as telling aides that "nobody gets a pass on this."', "nobody gets", "Biden", "Alvarez"),
    ('The Post quoted an unnamed official as saying, "Nobody knew what was going on."', "Nobody knew", "an unnamed official", "The Post"),
    ('Alvarez read a text message from Buttigieg: "Root cause found. Briefing the president at noon."', "Root cause", "Buttigieg", "Alvarez"),
    ('Whitfield read aloud a statement from the president: "Every American deserves a safe system."', "Every American", "the president", "Whitfield"),
    ('Whitfield read Biden\'s statement aloud: "I want answers by Friday."', "I want answers", "Biden", "Whitfield"),
    ('Whitfield recalled Biden\'s words to his staff: "Fix it first, then find out who broke it."', "Fix it first", "Biden", "Whitfield"),
    ('"I want answers by Friday," Whitfield said, reading from a statement by Biden.', "I want answers", "Biden", "Whitfield"),
    ('"I want answers by Friday," Whitfield read from Biden\'s statement.', "I want answers", "Biden", "Whitfield"),
    ('"Get it fixed," Alvarez said, quoting the president.', "Get it fixed", "the president", "Alvarez"),
    ('"It came to a head," the Post reported, quoting an anonymous Republican official.', "came to a head", "an anonymous Republican official", "the Post"),
])
def test_relayed_words_go_to_their_author_below_the_bar(text, part, author, relayer):
    mention, conf = _speaker(text, part)
    assert mention == author
    assert conf is not None and conf < CONFIDENT


# a statement read out whose author the frame does not name: the reader is kept, below the bar
@pytest.mark.parametrize("text", [
    '"Every American deserves a safe system," Whitfield read from the statement.',
    'Whitfield read the statement aloud: "Every American deserves a safe system."',
])
def test_reader_of_a_statement_named_before_is_below_the_bar(text):
    mention, conf = _speaker(text, "Every American")
    assert mention == "Whitfield" and conf is not None and conf < CONFIDENT


# "X said Y told her": the verb framing the quote has Y for its subject
@pytest.mark.parametrize("text, author", [
    ('Whitfield said Biden told her, "I want answers, not excuses."', "Biden"),
    ('Whitfield said Tuesday that Biden told her, "I want answers, not excuses."', "Biden"),
    ('Whitfield said the president told aides: "I want answers, not excuses."', "the president"),
])
def test_the_inner_verbs_subject_speaks(text, author):
    mention, _conf = _speaker(text, "I want answers")
    assert mention == author


# a fronted participle naming a source is no part of the speaker's name ("Quoting Buttigieg, Alvarez said" relays
# Buttigieg's words: tests/test_lead28_probe_fixes.py)
@pytest.mark.parametrize("text", [
    'Citing Buttigieg, Alvarez said: "The damaged file has been replaced."',
    'Citing Buttigieg, Alvarez said, "The damaged file has been replaced."',
    'Echoing Buttigieg, Alvarez said: "The damaged file has been replaced."',
])
def test_fronted_citing_phrase_is_not_the_speaker(text):
    mention, conf = _speaker(text, "damaged file")
    assert mention == "Alvarez" and conf is not None and conf >= CONFIDENT


# neighbours that keep today's speaker: the subject's own words
@pytest.mark.parametrize("text, part, speaker", [
    ('Buttigieg was quoted by Whitfield as saying, "We will find the cause."', "find the cause", "Buttigieg"),
    ('Biden was quoted as saying, "Get it fixed, and get it fixed now."', "Get it fixed", "Biden"),
    ('Whitfield read from a prepared statement: "I want answers by Friday."', "I want answers", "Whitfield"),
    ('"I want answers by Friday," Whitfield said, reading from a prepared statement.', "I want answers", "Whitfield"),
    ('Whitfield responded to Biden\'s remarks: "We are working on it."', "working on it", "Whitfield"),
    ('Whitfield answered Biden\'s question: "We are working on it."', "working on it", "Whitfield"),
    ('Whitfield read a letter to Congress: "We are working on it."', "working on it", "Whitfield"),
    ('After Biden read the statement, Whitfield said: "We are working on it."', "working on it", "Whitfield"),
    ('"The damaged file has been replaced," Alvarez said, citing Buttigieg.', "damaged file", "Alvarez"),
    ('Speaking to reporters, Alvarez said: "The damaged file has been replaced."', "damaged file", "Alvarez"),
    ('Whitfield told reporters Biden said, "I want answers by Friday."', "I want answers", "Biden"),
    ('"No, Trump," Clinton tweeted, quoting a reporter\'s tweet on his comments.', "No, Trump", "Clinton"),
    ('"It was loud," read the email.', "It was loud", "the email"),
    ('Rubio said the United States "must increase our efforts at home and abroad."', "must increase", "Rubio"),
    ('The son of a man called Tom Banks said: "He is ready."', "He is ready", "The son of a man called Tom Banks"),
])
def test_own_words_keep_their_speaker_at_the_bar(text, part, speaker):
    mention, conf = _speaker(text, part)
    assert mention == speaker and conf is not None and conf >= CONFIDENT


# an editor's note that takes a quote out: the withdrawn words are no one's quote (left out, said so)
NOTE_REMOVED = ("Editor's note: This article has been updated to remove a quote, \"There are about 3,000 flights still "
                "delayed,\" that Alvarez did not say.")


@pytest.mark.parametrize("note", [
    NOTE_REMOVED,
    'This story has been corrected to remove a quote attributed to Tom Alvarez, "There are about 3,000 flights still delayed."',
    'Update: The article was edited to delete a quote, "There are about 3,000 flights still delayed," from Alvarez.',
])
def test_quote_an_editors_note_removes_is_taken_back(note):
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    text = '"We have not seen any evidence of a cyberattack," Whitfield said.\n\n' + note + "\n"
    taken: list = []
    quotes = extract_quotes(Article(id="t", text=text, language="en"), retracted_out=taken)
    assert [q.text.rstrip(".") for q in taken] == ["There are about 3,000 flights still delayed"]
    assert all("3,000" not in q.text for q in quotes)


# neighbours: words a speaker withdraws or has not said before are still quoted
@pytest.mark.parametrize("text, part", [
    ('Alvarez called it "a disaster," which he never said publicly before.', "a disaster"),
    ('Biden withdrew a remark, "There are about 3,000 flights still delayed," on Monday.', "3,000"),
    ('"There are about 3,000 flights still delayed," Alvarez said, in a quote the airline later removed.', "3,000"),
])
def test_quotes_not_taken_back_by_a_note_stay(text, part):
    from aligner.model import Article
    from aligner.quotes import extract_quotes

    taken: list = []
    quotes = extract_quotes(Article(id="t", text="Intro.\n\n" + text + "\n", language="en"), retracted_out=taken)
    assert taken == [] and any(part in q.text for q in quotes)


# "remarks by President Biden": a plural noun and its author, no verb of saying (no quote, no speaker "brief")
def test_remarks_by_someone_is_no_cue():
    from tests.quote_helpers import quotes_in

    text = ("Transcript of the briefing\n\nThe following is a partial transcript of the press briefing with press secretary "
            "Karen Whitfield, followed by brief remarks by President Biden.\n\nMS. WHITFIELD: Good afternoon, everybody.\n")
    assert [q for q in quotes_in(text, "en") if q.speaker is not None and q.speaker.mention == "brief"] == []
    assert not any("partial transcript" in q.text for q in quotes_in(text, "en"))


@pytest.mark.parametrize("text, part, speaker", [
    ("Biden remarks that the system is fixed.", "the system is fixed", "Biden"),
    ("Whitfield comments from the podium that the system is fixed.", "the system is fixed", "Whitfield"),
    ("Whitfield reports from Denver that the system is fixed.", "the system is fixed", "Whitfield"),
])
def test_cue_verbs_in_s_stay_verbs(text, part, speaker):
    mention, _conf = _speaker(text, part)
    assert mention == speaker


# the writer's comment after a dash that closes an official's quoted words is no part of her message
def test_writers_aside_after_a_dash_is_cut():
    text = ('Press secretary Karen Whitfield spoke on Wednesday.\n\nShe also insisted that "most ground stops have been lifted" '
            "— cold comfort to the families still stuck at the gate in Denver.\n")
    q = normalised_quote_containing(text, "ground stops", "en")
    assert "cold comfort" not in q.text and q.text.strip('"“”') == "most ground stops have been lifted"


@pytest.mark.parametrize("text, kept", [
    ('She insisted that "most ground stops have been lifted" — and that flights would resume.', "flights would resume"),
    ('She said the system — a 30-year-old computer — is "now fixed."', "now fixed"),
    ('She said the system is "now fixed" — it is not.', "it is not"),
])
def test_message_going_on_after_a_dash_is_kept(text, kept):
    q = normalised_quote_containing("Intro line.\n\n" + text + "\n", kept, "en")
    assert kept in q.text


# a time adverb between a titled name or a body and its verb ("The White House on Wednesday said"), common in US wire copy
@pytest.mark.parametrize("text, speaker", [
    ("The White House on Wednesday said President Joe Biden wanted answers after the failure.", "The White House"),
    ("Press secretary Karen Whitfield on Wednesday said the system was fixed.", "Press secretary Karen Whitfield"),
    ("The State Department on Tuesday said the talks had failed.", "The State Department"),
])
def test_titled_name_or_body_before_a_time_adverb_speaks(text, speaker):
    mention, conf = _speaker(text, text.split(" said ")[1].rstrip(".")[:12])
    assert mention == speaker and conf is not None and conf >= CONFIDENT


# (the lead, merging fx87's rule for the same finding: "The aide to Anna Lindqvist on Thursday said" is the unnamed
# aide, "Secretary of State Tom Reed on Monday said" is Tom Reed; neither is Anna Lindqvist or New York)
@pytest.mark.parametrize("text, wrong", [
    ("The aide to Anna Lindqvist on Thursday said the talks had failed.", "Anna Lindqvist"),
    ("New York on Thursday said the talks had failed.", "New York"),
])
def test_no_title_before_a_time_adverb_gives_no_speaker(text, wrong):
    sp = normalised_quote_containing("Intro line.\n\n" + text + "\n", "the talks had failed", "en").speaker
    assert sp is None or sp.name != wrong
