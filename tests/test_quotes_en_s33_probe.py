"""English speakers, probe rv33 of session 22 (invented sentences): 'according to' + an authoring participle + 'by'
names the source, absence is no presence clause, a title alone before a place word that is also a surname, a
role before a possessive name."""
from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers

Q = "“We have found the money,”"
BAR = 0.8


def _speaker(text, part="found the money"):
    (q,) = [q for q in normalise_speakers(extract_quotes(Article(id="t", text=text, language="en"))) if part in q.text]
    return q.speaker


def _at_bar(text, part="found the money"):
    sp = _speaker(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= BAR else None


def _acc(tail):
    return f"The plan “will surely fail badly,” according to {tail}."


@pytest.mark.parametrize("tail, ok", [
    ("claims made by Tom Reed", ("Tom Reed", "claims")),
    ("figures released by the Labor Department", ("figures", "Labor Department")),
    ("numbers released by the agency", ("numbers", "agency")),
    ("a letter sent by Tom Reed to Ann Lee", ("Tom Reed", "letter")),
    ("remarks made by Tom Reed on Monday", ("Tom Reed", "remarks")),
])
def test_according_to_authoring_participle_by_names_the_source(tail, ok):
    sp = _speaker(_acc(tail), "fail badly")
    assert sp is not None and sp.name in ok


@pytest.mark.parametrize("tail, bad", [
    ("a memo obtained by Reuters", "Reuters"),            # the reader, not the source
    ("documents seen by Tom Reed", "Tom Reed"),
    ("a report quoted by Tom Reed", "Tom Reed"),
    ("claims made by Tom Reed and Ann Lee", "Ann Lee"),   # two authors: no one of them
    ("claims made by Tom Reed and Ann Lee", "Tom Reed"),
    ("claims made by people close to Tom Reed", "Tom Reed"),
    ("a statement made on behalf of Tom Reed", "Tom Reed"),
    ("emails released by WikiLeaks", "WikiLeaks"),        # the releaser of someone's emails, not their author
    ("cables that were released by WikiLeaks", "WikiLeaks"),
    ("a poll conducted by Gallup", "Gallup"),             # the poll speaks
    ("the average of polls compiled by Real Clear Politics", "Real Clear Politics"),
])
def test_according_to_reader_or_several_is_not_the_source(tail, bad):
    assert _at_bar(_acc(tail), "fail badly") != bad


def test_governor_before_a_possessive_name_is_that_name():
    assert _at_bar(f"Tom Reed was named Governor Ann Lee's chief of staff. {Q} the governor said.") == "Ann Lee"


@pytest.mark.parametrize("middle", ["There was no sign of Tom Lane.", "There were no comments from Tom Lane.",
                                    "There is no doubt about Tom Lane."])
def test_absence_is_no_presence_clause(middle):
    assert _at_bar(f"“We won,” Tom Reed said. {middle} {Q} he said.") == "Tom Reed"


@pytest.mark.parametrize("middle", ["Also present was Mr. Lane.", "Also attending were Tom Lane and Ann Lee.",
                                    "Also on the panel was Tom Lane.", "Also there was Tom Lane.",
                                    "Sitting beside him was Tom Lane.", "Among those who spoke was Tom Lane."])
def test_man_after_an_inverted_verb_of_presence_blocks_he(middle):
    assert _at_bar(f"Tom Reed spoke first. {middle} {Q} he said.") is None


@pytest.mark.parametrize("middle", ["Also present was Mrs. Lane.", "Sitting beside him was Ann Lee.", "Among those who spoke was Ann Lee."])
def test_woman_after_an_inverted_verb_of_presence_leaves_he(middle):
    assert _at_bar(f"Tom Reed spoke first. {middle} {Q} he said.") == "Tom Reed"


@pytest.mark.parametrize("title", ["Mayor", "Judge"])
def test_street_is_a_surname_after_a_title(title):
    assert _speaker(f"{Q} {title} Street said.").name == "Street"


@pytest.mark.parametrize("text", [f"{Q} General Electric said.", f"{Q} a man on President Street said."])
def test_title_word_opening_a_firm_or_street_is_no_surname(text):
    assert _speaker(text).name != "Street" and _speaker(text).name != "Electric"


@pytest.mark.parametrize("who", ["Reed and Tom Lee", "Ann Lee and Tom", "Tom Reed and his wife", "Tom and Ann, the Lees",
                                 "Tom Reed and Acme Chairman Tom Lee", "Tom Reed and Senator Ann Lee", "Google and Apple"])
def test_several_speakers_after_the_verb_no_one_name(who):
    assert _at_bar(f"{Q} said {who}.") is None


@pytest.mark.parametrize("firm", ["Marks and Spencer Chairman", "Black and Decker Chief", "Procter and Gamble spokesman",
                                  "Johnson and Johnson spokesman"])
def test_firm_with_and_before_a_role_and_a_person(firm):
    assert _at_bar(f"{Q} said {firm} Tom Lee.") in (None, "Tom Lee")


@pytest.mark.parametrize("text", [f"{Q} said Tom Reed, and Ann Lee agreed.", f"{Q} said Tom Reed on Monday and Ann Lee agreed.",
                                  f"{Q} Tom Reed said and Ann Lee agreed."])
def test_and_after_the_speakers_clause_keeps_the_speaker(text):
    assert _at_bar(text) == "Tom Reed"


@pytest.mark.parametrize("owner", ["General Electric's", "Google's", "McDonald's"])
def test_firm_possessive_before_a_person(owner):
    assert _speaker(f"{Q} {owner} Tom Reed said.").name == "Tom Reed"
    assert _speaker(f"{Q} said {owner} Tom Reed.").name == "Tom Reed"


@pytest.mark.parametrize("middle", ["Ann Lee said she would appeal.", "Tom Reed said he would appeal."])
def test_they_keeps_the_group_when_a_person_is_named_between(middle):
    assert _at_bar(f"“We won,” the union said. {middle} {Q} they said.") == "union"


@pytest.mark.parametrize("middle", ["Google said it would appeal.", "Acme said it would appeal.", "Jordan Tech said it would appeal."])
def test_they_after_a_firm_named_between_is_not_sure(middle):
    assert _at_bar(f"“We won,” the union said. {middle} {Q} they said.") is None


@pytest.mark.parametrize("name", ["America's Voice", "Women's Media Center"])
def test_possessive_inside_a_body_name_stays(name):
    assert _speaker(f"{Q} said the group {name}.").name not in ("Voice", "Media Center")
