"""Probes of the English speaker rules of session 24 (reviewer rv34), invented sentences: a wrong name at
confidence >= 0.8 is worse than none."""
from __future__ import annotations

import pytest

import aligner

Q = "“We have found the money.”"
QC = "“We have found the money,”"


def _speaker(text):
    (q,) = [q for q in aligner.extract_quotes(aligner.Article(id="x", text=text, language="en")) if "found the money" in q.text]
    return q.speaker


def _at_bar(text):
    """The speaker as the report shows it when its confidence reaches 0.8, else None."""
    sp = _speaker(text)
    return None if sp is None or (sp.confidence or 0) < 0.8 else sp.name or sp.mention


# a name after 'of'/'about' before a participle is its subject only when it names one person
@pytest.mark.parametrize("text,right", [
    (f"Ann Lee wrote a letter to the people of New York saying {Q}", "Ann Lee"),
    (f"The mayor sent a note to residents of Los Angeles County saying {Q}", "The mayor"),
    (f"Ann Lee sent an email to members of Congress Tuesday saying {Q}", "Ann Lee"),
    (f"Ann Lee posted a message on behalf of Acme Health saying {Q}", "Ann Lee"),
    (f"Tom Reed issued a statement in support of Black Lives Matter saying {Q}", "Tom Reed"),
    (f"Ann Lee published a report about United Airlines stating {Q}", "Ann Lee"),
    (f"The governor spoke of Many Democrats saying {Q}", "The governor"),
    (f"Ann Lee sent a memo to the staff of Senator Tom Reed warning {Q}", "Ann Lee"),
    (f"Ann Lee wrote to the family of Tom Reed saying {Q}", "Ann Lee"),
    (f"Ann Lee sent flowers on behalf of Mr. Reed saying {Q}", "Ann Lee"),
])
def test_name_after_of_is_not_the_participles_subject(text, right):
    assert _at_bar(text) in (None, right, right.lower())


# the inverted verb after a comma: not a verb that takes a person as object, not when the sentence opens with its subject
@pytest.mark.parametrize("text", [
    f"Ann Lee turned to the table and, smiling, asked Tom Reed, {Q}",
    f"Ann Lee looked up and, laughing, asked the mayor, {Q}",
    f"Ann Lee, visibly angry, warned the governor, {Q}",
    f"Ann Lee, in a letter, wrote Tom Reed, {Q}",
    f"Ann Lee, a friend, recalled Tom Reed, {Q}",
    f"Ann Lee, the senator, acknowledged Tom Reed, {Q}",
    f"Ann Lee, visibly angry, said the governor, {Q}",
    f"Ann Lee, visibly angry, added Tom Reed, {Q}",
    f"Mr. Lee, in a letter, explained the governor, {Q}",
    f"Ann Lee stood up and, her voice rising, warned Tom Reed, {Q}",
])
def test_inverted_verb_not_its_addressee(text):
    assert _at_bar(text) in (None, "Ann Lee", "Mr. Lee")


def test_inverted_verb_after_a_new_clause_keeps_its_subject_after_it():
    assert _at_bar(f"Tom Reed spoke first, and then, added Ann Lee, {Q}") == "Ann Lee"


# a share counts the role only when the role noun follows it: "At 9 of 10 stops the mayor" is one mayor
@pytest.mark.parametrize("text", [
    f"The mayor, Tom Reed, spoke on Monday. At 9 of 10 stops the mayor said, {Q}",
    f"The governor, Tom Reed, spoke. In 3 of 4 counties the governor said {Q}",
    f"The chairman, Tom Reed, spoke. By 5 of 7 measures the chairman said {Q}",
])
def test_share_of_occasions_before_a_role_keeps_its_holder(text):
    assert _at_bar(text) in (None, "Tom Reed")


def test_share_of_cases_before_a_role_keeps_its_holder_below_the_bar():
    sp = _speaker(f"The mayor, Tom Reed, spoke on Monday. In two of three cases the mayor said, {Q}")
    assert sp is not None and sp.name == "Tom Reed"


@pytest.mark.parametrize("text", [
    f"“We won,” Ted Cruz said. Six in 10 Iowa Republicans said {Q}",
    f"“We won,” Ted Cruz said. Three out of four voters said {Q}",
])
def test_share_right_before_the_role_is_several_people(text):
    assert _at_bar(text) != "Ted Cruz"


# a headline line: every word capitalised, short ones too; it keeps the speaker quoted before below the bar
@pytest.mark.parametrize("line", [
    "Tom Reed Won It All.",
    "But Tom Reed Disagreed With Him.",
    "Another GOP Figure Endorses Tom Reed.",
    "Tom Reed Wins Again",
])
def test_title_case_line_does_not_raise_the_speaker_before(line):
    assert _at_bar(f"“We lost,” said Bob Hart.\n\n{line}\n\n{QC} he said.") != "Bob Hart"


@pytest.mark.parametrize("text,name", [
    (f"“We lost,” said Bob Hart.\n\nTom Reed won it all.\n\n{QC} he said.", "Tom Reed"),
    (f"“We lost,” said Bob Hart.\nTom Reed won it all.\n{QC} he said.", "Tom Reed"),
    (f"“We lost,” said Mary Hart.\n\nAnn Lee won it all.\n\n{QC} she said.", "Ann Lee"),
    (f"“We lost,” said Ann Lee.\n\nTom Reed met Ann Lee.\n\n{QC} he said.", "Tom Reed"),
])
def test_short_sentence_line_is_no_headline(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text,name", [
    (f"Her sister Mary Lee, smiling, said, {Q}", "Mary Lee"),
    (f"Their leader Xi Jinping said, {Q}", "Xi Jinping"),
])
def test_possessive_phrase_with_a_name_stays_a_speaker(text, name):
    assert _at_bar(text) == name


def test_headline_with_lower_case_short_words_is_still_a_headline():
    text = f"Reed Closes The Door on Budget Probe; Senate Gets Its Turn Next.\n\nThe state will not appeal.\n\n{QC} she said."
    assert _at_bar(text) != "Reed Closes The Door"
