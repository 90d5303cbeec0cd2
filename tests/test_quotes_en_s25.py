"""English speakers, session 25 (invented sentences): 'according to' + a document + an authoring participle after a
quote; a name and a determiner phrase joined by 'and' (two speakers); someone at a place ('a man on King Street');
'the Swedish-born Anna Lindqvist'; a role of a place the one holder named before does not hold ('the governor of
Ohio'); 'he'/'she' never a company."""
from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers

Q = "“We will win the case,”"
BAR = 0.8


def _speaker(text, part="win the case"):
    (q,) = [q for q in normalise_speakers(extract_quotes(Article(id="t", text=text, language="en"))) if part in q.text]
    return q.speaker


def _at_bar(text, part="win the case"):
    """The speaker's name, or its mention when it has none, at confidence >= 0.8; else None."""
    sp = _speaker(text, part)
    return (sp.name or sp.mention) if sp is not None and (sp.confidence or 0) >= BAR else None


# (a) "according to" after a quote: a participle after the document's noun ends the document's noun phrase; the
# agent of an authoring participle is the source
@pytest.mark.parametrize("tail, ok", [
    ("a note written by Ann Lee", "Ann Lee"),
    ("a memo sent by Ann Lee", "Ann Lee"),
    ("a memo sent by Ann Lee to Tom Reed", "Ann Lee"),
    ("a letter signed by Tom Reed", "Tom Reed"),
    ("a statement issued by Tom Reed", "Tom Reed"),
    ("a statement issued by the ministry", "ministry"),
])
def test_according_to_after_a_quote_authoring_participle_names_the_author(tail, ok):
    assert _at_bar(f"{Q} according to {tail}.") == ok


@pytest.mark.parametrize("tail, ok", [
    ("a letter sent to Ann Lee", "letter"),  # the addressee is no source
    ("a report seen by Tom Reed", "report"),  # a reader is no source
    ("a letter quoted by Tom Reed", "letter"),
    ("a memo obtained by Reuters", "memo"),
    ("a note written by Ann Lee and Tom Reed", "note"),  # two authors: the note
    ("a note written by a lawyer for Ann Lee", "note"),
    ("a letter written by Ann Lee’s lawyer", "letter"),
    ("a note written on Monday by Ann Lee", "note"),
    ("a letter that was written by Ann Lee", "letter"),  # a relative clause: the letter, no "that"
    ("a report released on Monday", "report"),
])
def test_according_to_after_a_quote_other_participles_keep_the_document(tail, ok):
    assert _at_bar(f"{Q} according to {tail}.") in (ok, None)


@pytest.mark.parametrize("tail", ["a note written by Ann Lee", "a memo sent by Ann Lee", "a letter signed by Ann Lee",
                                  "a statement issued by Ann Lee", "a letter sent to Ann Lee", "a report seen by Ann Lee"])
def test_according_to_after_a_quote_never_a_participle_as_speaker(tail):
    sp = _speaker(f"{Q} according to {tail}.")
    assert sp is None or sp.name not in ("written", "sent", "signed", "issued", "seen")


# (b) a named person and a determiner phrase joined by "and" are two speakers: no one name at the bar
@pytest.mark.parametrize("text", [
    f"{Q} said Tom Reed and a spokesman.",
    f"{Q} said Tom Reed and a spokesman for the firm.",
    f"{Q} said Tom Reed and the mayor.",
    f"{Q} said Tom Reed and two aides.",
    f"{Q} said Tom Reed and the company’s lawyer.",
    f"{Q} said Tom Reed and a spokesman, who both smiled.",
    f"{Q} Tom Reed and a spokesman said.",
    f"{Q} Tom Reed and the mayor said.",
    f"{Q} Tom Reed and his wife said.",
    f"{Q} Reed and a spokesman said.",
    "Tom Reed and a spokesman said: “We will win the case.”",
    "Tom Reed and the mayor told reporters: “We will win the case.”",
    "On Monday, Tom Reed and a spokesman said: “We will win the case.”",
    f"{Q} Mr. Reed and the mayor said.",
])
def test_name_and_a_determiner_phrase_are_two_speakers(text):
    assert _at_bar(text) is None


@pytest.mark.parametrize("text, name", [
    (f"{Q} said Tom Reed, and a spokesman agreed.", "Tom Reed"),
    (f"{Q} said Tom Reed and then left the room.", "Tom Reed"),
    (f"{Q} said the Ministry of Trade and Industry.", "Ministry of Trade"),
    ("Sales rose in March and the company said: “We will win the case.”", "company"),
    ("In March, sales rose and the company said: “We will win the case.”", "company"),
])
def test_and_outside_the_subject_keeps_the_speaker(text, name):
    assert _at_bar(text) == name


# (d) someone at a place is no person named by the place; a birthplace adjective is no part of the name
@pytest.mark.parametrize("text", [
    f"{Q} a man on King Street said.",
    "A man on King Street said: “We will win the case.”",
    f"{Q} a woman at Union Square said.",
    f"{Q} a shopkeeper on Elm Street said.",
    f"{Q} the man on President Street said.",
    f"{Q} one protester outside City Hall said.",
    f"{Q} a spokesman at Acme Corp said.",
    f"{Q} an expert on Tom Reed said.",
    f"{Q} a story on Tom Reed said.",
    f"{Q} the mayor at City Hall said.",
    f"{Q} a woman on Twitter said.",
    f"{Q} a guest on Fox News said.",
    f"{Q} an analyst at Goldman Sachs said.",
    "A lawyer at Acme told reporters: “We will win the case.”",
])
def test_someone_at_a_place_is_no_person_named_by_the_place(text):
    sp = _speaker(text)
    assert sp is None or sp.name is None or (sp.confidence or 0) < BAR


@pytest.mark.parametrize("text", [f"{Q} the Swedish-born author said.", f"{Q} said the Swedish-born author."])
def test_birthplace_adjective_alone_is_no_name(text):
    sp = _speaker(text)
    assert sp is None or sp.name != "Swedish-born"


@pytest.mark.parametrize("text, name", [
    (f"{Q} Tom Reed on King Street said.", "Tom Reed"),
    (f"{Q} the economist at Moody’s Tom Reed said.", "Tom Reed"),
    (f"{Q} Tom Reed, a lawyer at Acme, said.", "Tom Reed"),
    (f"{Q} Tom Reed said on King Street.", "Tom Reed"),
    ("On King Street, Tom Reed said: “We will win the case.”", "Tom Reed"),
    (f"{Q} the Swedish-born Anna Lindqvist said.", "Anna Lindqvist"),
    (f"{Q} said the Swedish-born Anna Lindqvist.", "Anna Lindqvist"),
    (f"{Q} said the Texas-born Tom Reed.", "Tom Reed"),
    (f"{Q} said Swedish-born Anna Lindqvist.", "Anna Lindqvist"),
])
def test_person_at_a_place_and_birthplace_adjective(text, name):
    assert _at_bar(text) == name


# (e) a role of a place: the holder named before only when the text gives him that place
GOV = "Texas Gov. Tom Reed spoke on Monday.\n\n"


@pytest.mark.parametrize("text", [
    GOV + "The governor of Ohio said: “We will win the case.”",
    GOV + f"{Q} the governor of Ohio said.",
    GOV + f"{Q} the governor of New York said.",
    "Gov. Tom Reed of Texas spoke on Monday.\n\n" + f"{Q} the governor of Ohio said.",
    "Tom Reed, the governor of Texas, spoke on Monday.\n\n" + f"{Q} the governor of Ohio said.",
    "Mayor Tom Reed spoke on Monday.\n\n" + f"{Q} the mayor of Boston said.",
    "Tom Reed spoke on Monday.\n\n" + f"{Q} the governor of Ohio said.",
    "Sen. Tom Reed spoke on Monday.\n\n" + f"{Q} the senator from Ohio said.",
    "Texas Gov. Tom Reed met Ohio Gov. Ann Lee on Monday.\n\n" + f"{Q} the governor of Texas said.",
    "Texas Gov. Tom Reed and Ohio Gov. Ann Lee met on Monday.\n\n" + f"{Q} the governor said.",
])
def test_role_of_another_place_is_not_the_holder_named_before(text):
    assert _at_bar(text) in (None, "the governor", "The governor of Ohio", "the governor of Ohio", "the governor of New York",
                             "the mayor of Boston", "the senator from Ohio", "the governor of Texas")


@pytest.mark.parametrize("text", [
    GOV + f"{Q} the governor of Texas said.",
    GOV + f"{Q} the governor said.",
    "Gov. Tom Reed of Texas spoke on Monday.\n\n" + f"{Q} the governor of Texas said.",
    "Tom Reed, the governor of Texas, spoke on Monday.\n\n" + f"{Q} the governor of Texas said.",
    "The governor of Ohio, Tom Reed, spoke on Monday.\n\n" + f"{Q} the governor of Ohio said.",
    "Tom Reed was elected the governor of Ohio.\n\n" + f"{Q} the governor of Ohio said.",
    "Sen. Tom Reed of Ohio spoke on Monday.\n\n" + f"{Q} the senator from Ohio said.",
])
def test_role_of_the_holders_own_place_is_the_holder(text):
    assert _at_bar(text) == "Tom Reed"


# (f) "he"/"she" never stands for a company named before
@pytest.mark.parametrize("text", [
    "Kelvar Inc. sued Tom Reed on Monday.\n\n“We will win the case,” he said.",
    "Acme Corp. sued Ann Lee on Monday.\n\n“We will win the case,” she said.",
    "Acme Corp. sued Tom Reed on Monday.\n\n“We will win the case,” he said.",
    "Nordbrand Bank filed a motion on Monday.\n\n“We will win the case,” he said.",
])
def test_he_or_she_is_no_company(text):
    sp = _speaker(text)
    assert sp is None or (sp.confidence or 0) < BAR or sp.name not in ("Kelvar Inc", "Acme Corp", "Nordbrand Bank")


def test_they_may_still_be_a_company():
    assert _at_bar("Acme Corp. filed a motion on Monday.\n\n“We will win the case,” they said.") == "Acme Corp"


# "what X called “…”": the quoted words are X's, whatever verb of the sentence frames the rest (rule what-x-called)
@pytest.mark.parametrize("text, name", [
    ("In 2009, under what Tom Reed called “the prior economy model,” the club charged more.", "Tom Reed"),
    ("Under what Mr. Reed called “the prior economy model,” the club charged more.", "Mr. Reed"),
    ("They did not say what Tom Reed called “the prior economy model,” Ann Lee said.", "Tom Reed"),
])
def test_what_x_called_names_who_called_it(text, name):
    sp = _speaker(text, "prior economy")
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text, name", [
    ("The club charged more under what Tom Reed called “the prior economy model.”", "Tom Reed"),
    ("The club closed, Ann Lee said, in what she called “the prior economy model.”", "Ann Lee"),
    ("He rejected what Tom Reed has called “the prior economy model.”", "Tom Reed"),
])
def test_what_x_called_keeps_a_frame_that_found_the_same_person(text, name):
    assert _at_bar(text, "prior economy") == name


@pytest.mark.parametrize("text", [
    "Under what he called “the prior economy model,” the club charged more.",
    "The club, in what its owner described as “the prior economy model,” closed on Monday.",
    "In 2009, under what Tom Reed called “the prior economy model,” the club charged more.",
])
def test_what_x_called_never_the_sentences_other_subject(text):
    sp = _speaker(text, "prior economy")
    assert sp is None or sp.name != "club"


# (c) a person after an owner's possessive: cut off the owner when the text shows the surname after an honorific
def _names(text):
    return [q.speaker.name for q in normalise_speakers(extract_quotes(Article(id="t", text=text, language="en")))
            if q.speaker is not None]


@pytest.mark.parametrize("text, name", [
    (f"{Q} Breitbart’s Joel Pollak said.\n\nMr. Pollak did not say more.", "Joel Pollak"),
    (f"{Q} Moody’s Jan Zandi said.\n\n“We will win it again,” said Mr. Zandi.", "Jan Zandi"),
    (f"{Q} Fox News’s Megyn Kelly said.\n\nMs. Kelly did not say more.", "Megyn Kelly"),
])
def test_owner_cut_when_the_surname_has_an_honorific(text, name):
    assert _names(text)[0] == name


@pytest.mark.parametrize("body, tail", [
    ("Children’s Defense Fund", "the Fund said"), ("Women’s Aid Scotland", "Scotland said"),
    ("Domino’s Pizza Enterprises", "Enterprises said"), ("Children’s Hospital Boston", "Boston said"),
    ("Sotheby’s Hong Kong", "Hong Kong said"), ("Lloyd’s Register Group", "the Group said"),
])
def test_organisation_named_with_a_possessive_keeps_its_name(body, tail):
    assert _names(f"{Q} said {body}.\n\n“We will win it again,” {tail}.")[0] == body


# probe rv38 on 9b1a3ca / 85640ff: a pronoun in "what he dubbed" may point forward; a city's state is no holder
def test_what_he_dubbed_keeps_the_named_subject():
    sp = _speaker("Under what he dubbed “the new deal,” Tom Reed cut fees.", "new deal")
    assert sp is not None and sp.name == "Tom Reed"


def test_state_after_a_city_is_no_second_holder():
    text = "Tom Reed, the mayor of Springfield, Ohio, toured the site.\n\n“We will win the case,” the mayor of Springfield said."
    assert _at_bar(text) == "Tom Reed"
