"""English quotes, session 38 (en42, issue 18 on PolNeAR): forms that cost F1 besides the speaker.

An inverted frame followed by a participle or a relative clause that holds a second quote ("“…,” said Mayor Tom Reed,
urging voters to “…”") gave the second quote no speaker: the words before the participle's verb were read as the noun
phrase "said Mayor Tom Reed".  A single mark opened inside a double quote and never closed ("he is “‘reckless.” Yet …")
ran to its sentence's end, past the double quote's close, and swallowed the next quote.  A work's title after "star of
cult classic" or "a 2019 incarnation of" was read as someone's words."""
import pytest

from aligner.model import Article
from aligner.quotes.extract import extract_quotes
from aligner.quotes.marks import find_quote_spans


def _quotes(text):
    return extract_quotes(Article(id="t", text=text, language="en"))


def _last(text):
    qs = _quotes(text)
    assert qs, text
    return qs[-1]


@pytest.mark.parametrize("text, name", [
    ("“Oh, let him decide,” said Mayor Tom Reed, urging those calling for Berg’s exit to “give him time.”", "Tom Reed"),
    ("“We will win,” said Anna Berg, adding that the plan was “a total mess.”", "Anna Berg"),
    ("“We will win,” said Anna Berg, calling Tom Reed “a reckless man.”", "Anna Berg"),
    ("“We will win,” said Anna Berg, the mayor, urging voters to “stay calm now.”", "Anna Berg"),
    ("“It is not normal,” said Tom Reed, who said that voters fail to see there are “no secrets in politics.”", "Tom Reed"),
])
def test_a_quote_after_an_inverted_frame_and_a_participle_is_the_frames_speakers(text, name):
    q = _last(text)
    assert q.speaker is not None and q.speaker.name == name, (q.speaker, q.flags)
    assert q.speaker.confidence < 0.8  # a sentence cue, below the bar


def test_a_role_after_an_inverted_frame_speaks_the_participles_quote():
    q = _last("“We will win,” says the mayor, warning that the plan was “a total mess.”")
    assert q.speaker is not None and q.speaker.mention == "the mayor", q.speaker


@pytest.mark.parametrize("text, name", [
    # another person's verb inside the participle clause keeps its own subject
    ("“We will win,” said Anna Berg, speaking after Tom Reed called the plan “a total mess.”", "Tom Reed"),
    ("“We will win,” said Anna Berg, recalling how Tom Reed had once called it “a total mess.”", "Tom Reed"),
    # the frame before the verb, as before
    ("“We will win,” Anna Berg said, urging voters to “stay calm now.”", "Anna Berg"),
])
def test_other_subjects_near_an_inverted_frame_stay(text, name):
    q = _last(text)
    assert q.speaker is not None and q.speaker.name == name, (q.speaker, q.flags)


def test_a_single_mark_left_open_inside_a_double_quote_ends_with_it():
    text = ("Tom Reed said his worry is that the mayor is “‘reckless.” Yet she is also a “change agent for the town,” Reed "
            "said. “That is what we need right now,” he added.")
    qs = _quotes(text)
    agent = [q for q in qs if q.text.startswith("change agent")]
    assert agent and agent[0].speaker is not None and agent[0].speaker.name == "Reed", [(q.text, q.speaker) for q in qs]
    assert not any("Yet she" in q.text for q in qs)


@pytest.mark.parametrize("text, inner", [
    ("Tom Reed said the mayor is “‘reckless.” Yet she is also a “change agent,” Reed said.", "reckless."),
    ("Er sagte: „Wir haben ‚genug getan.“ Dann ging er.", "genug getan."),
    ("“I told him ‘no way,” she said, “we are done.”", "no way,"),
])
def test_the_unclosed_single_span_stops_at_the_double_close(text, inner):
    spans = [(text[s.start : s.end], s.flags) for s in find_quote_spans(text)]
    assert (inner, ["unbalanced", "nested"]) in spans, spans


def test_a_single_quote_left_open_outside_any_double_quote_runs_to_its_sentence_end():
    text = "Tom Reed wrote ‘we will win this race. Then he left."
    spans = [(text[s.start : s.end], s.flags) for s in find_quote_spans(text)]
    assert spans == [("we will win this race.", ["unbalanced"])], spans
