"""English speakers, session 24 (invented sentences): a definite role named with its holder in the holder's own
sentence, "they" after a company named between, titles that open a firm's or a street's name, coordinated
people, inverted clauses of presence, documents after "according to", a nationality before a name."""
from __future__ import annotations

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

Q = "“We have found the money,”"


def _sp(text, part="found the money"):
    return normalised_quote_containing(text, part, "en").speaker


def _name_at_bar(text, part="found the money"):
    """The quote's speaker name when its confidence reaches the bar, else None."""
    sp = _sp(text, part)
    return sp.name if sp is not None and (sp.confidence or 0) >= SPEAKER_BAR else None


# (a) a definite role the text gives its holder in the holder's own sentence
@pytest.mark.parametrize("before", [
    "The governor of Texas, Tom Reed, spoke on Monday.",
    "The governor of Texas, Tom Reed, said on Monday that taxes would fall.",
    "Tom Reed was elected the governor of Texas in 2010.",
    "Tom Reed has been named governor of Texas.",
    "Tom Reed, now the governor, spoke on Monday.",
    "Ann Lee met Tom Reed, the governor of Texas, on Monday.",
    "The governor of Texas, Tom Reed, spoke. Ann Lee spoke next.",
])
def test_role_named_with_its_holder_in_his_sentence(before):
    assert _name_at_bar(f"{before} {Q} the governor said.") == "Tom Reed"


def test_role_of_place_named_with_its_holder():
    assert _name_at_bar(f"The mayor of New York, Tom Reed, spoke on Monday. {Q} the mayor said.") == "Tom Reed"


@pytest.mark.parametrize("before", [
    "The wife of the governor, Ann Lee, spoke on Monday.",  # she is the governor's wife
    "The aide to the governor of Texas, Tom Reed, spoke on Monday.",
    "Tom Reed was named the governor's chief of staff.",
    "Tom Reed was elected the lieutenant governor in 2010.",
    "Tom Reed was elected the governor of Texas in 2010 but lost the election in 2014.",
    "Tom Reed was elected the governor of Texas; Ann Lee was elected the governor of Ohio.",
    "The governor of Texas, Tom Reed, met the governor of Ohio, Ann Lee.",
    "Tom Reed, now the former governor, spoke on Monday.",
    "Tom Reed was not elected the governor of Texas.",
    "Tom Reed named the governor as his heir.",
])
def test_role_not_given_to_one_person_named(before):
    assert _name_at_bar(f"{before} {Q} the governor said.") is None


# (b) "they" after a company named as a subject between: its people as well as the speaker quoted before
@pytest.mark.parametrize("first", ["the union", "the Reeds", "Tom Reed's lawyers"])
def test_they_after_a_company_named_between_is_not_sure(first):
    text = f"“We won,” {first} said. Google said it would appeal. {Q} they said."
    assert _name_at_bar(text) is None


# (c) a title word opening a firm's or a place's name
@pytest.mark.parametrize("text", [
    f"{Q} General Electric said.",
    f"General Electric said: {Q[:-2]}.”",
])
def test_firm_name_with_a_title_word_is_the_firm(text):
    assert _sp(text).name == "General Electric"


@pytest.mark.parametrize("before", [
    "General Electric said on Monday it would cut jobs.",
    "The fire started on President Street on Monday.",
    "General Motors said it would cut jobs.",
])
def test_he_after_a_firm_or_street_named_with_a_title_word(before):
    assert _name_at_bar(f"{before} {Q} he said.") is None


@pytest.mark.parametrize("text, name", [
    (f"{Q} General Patton said.", "Patton"),
    (f"{Q} President Obama said.", "Obama"),
    (f"{Q} Governor Hall said.", "Hall"),
])
def test_title_before_a_surname_stays_a_title(text, name):
    assert _sp(text).name == name


# (d) two people sharing a surname: no one of them alone
@pytest.mark.parametrize("text", [
    f"{Q} said Ann and Tom Lee.",
    f"{Q} Ann and Tom Lee said.",
    f"Ann and Tom Lee said: {Q[:-2]}.”",
    f"Ann and Tom Lee of Ohio said: {Q[:-2]}.”",
    f"{Q} said Ann, Tom and Jim Lee.",
    f"{Q} said Mary and John Smith, the couple who run the shop.",
])
def test_coordinated_first_names_with_one_surname_are_no_one_person(text):
    assert _name_at_bar(text) is None


@pytest.mark.parametrize("text", [
    f"{Q} Tom Reed told Ann and Tom Lee.",
    f"Tom Reed, who met Ann and Tom Lee, said: {Q[:-2]}.”",
])
def test_speaker_beside_a_coordinated_pair_keeps_his_name(text):
    assert _name_at_bar(text) == "Tom Reed"


# (e) an inverted clause of presence names its subject after the verb
@pytest.mark.parametrize("middle", [
    "Also present were Tom Lane and Ann Lee.",
    "Also present were Ann Lane and Tom Lee.",
    "Among the guests were Tom Lane and Ann Lee.",
    "With him were Tom Lane and Ann Lee.",
    "Also present was Tom Lane.",
])
@pytest.mark.parametrize("first", ["Tom Reed spoke first.", "“We won,” Tom Reed said."])
def test_man_in_a_presence_clause_blocks_the_man_before(first, middle):
    assert _name_at_bar(f"{first} {middle} {Q} he said.") is None


def test_presence_clause_of_women_keeps_the_man_before():
    assert _name_at_bar(f"“We won,” Tom Reed said. Also present were Ann Lane and Mary Lee. {Q} he said.") == "Tom Reed"


# (f) "according to" a document: what follows its participle is no speaker
@pytest.mark.parametrize("tail, doc", [
    ("a report released on Monday", "report"),
    ("a report published Monday by the agency", "report"),
    ("a study published last week", "study"),
    ("a memo obtained by Reuters", "memo"),
    ("a letter sent to Tom Reed", "letter"),
    ("an email written on Friday", "email"),
])
def test_according_to_a_document_is_the_document(tail, doc):
    text = f"The plan “will surely fail badly,” according to {tail}."
    assert _sp(text, "fail badly").name == doc


@pytest.mark.parametrize("tail", ["Tom Reed", "Tom Reed, the mayor", "Sen. Tom Reed"])
def test_according_to_a_person_is_the_person(tail):
    assert _sp(f"The plan “will surely fail badly,” according to {tail}.", "fail badly").name == "Tom Reed"


# (g) a nationality adjective before a first name and a surname is no part of the name
@pytest.mark.parametrize("text", [
    f"The Swedish Anna Lindqvist said: {Q[:-2]}.”",
    f"{Q} the Swedish Anna Lindqvist said.",
    f"{Q} said the Swedish Anna Lindqvist.",
])
def test_nationality_before_a_name_is_no_part_of_it(text):
    assert _sp(text).name == "Anna Lindqvist"


@pytest.mark.parametrize("text, name", [
    (f"{Q} the British Broadcasting Corporation said.", "British Broadcasting Corporation"),
    (f"{Q} the German Marshall Fund said.", "German Marshall Fund"),
    (f"{Q} the Japanese Red Cross said.", "Japanese Red Cross"),
])
def test_nationality_opening_a_body_s_name_stays(text, name):
    assert _sp(text).name == name


# a verb of saying after a comma, its subject after it, closing the frame before the quote
@pytest.mark.parametrize("text, name", [
    (f"Because of the schedule, explained Tom Rosenberg, {Q[:-2]}.”", "Tom Rosenberg"),
    (f"Because of how Democrats crafted the schedule, explained Tom Rosenberg, {Q[:-2]}.”", "Tom Rosenberg"),
    (f"In the end, added Rosenberg, {Q[:-2]}.”", "Rosenberg"),
    (f"Tom Reed spoke first, and then, added Ann Lee, {Q[:-2]}.”", "Ann Lee"),
    (f"When asked about it, said Tom Reed, {Q[:-2]}.”", "Tom Reed"),
])
def test_inverted_verb_before_the_quote_names_its_subject_after_it(text, name):
    assert _name_at_bar(text) == name


@pytest.mark.parametrize("text", [
    f"In the end, said the mayor, {Q[:-2]}.”",
    "Taxes rose, added Tom Reed's lawyer, “and we have found the money.”",
])
def test_inverted_verb_before_a_role_is_no_other_name(text):
    assert _name_at_bar(text) is None


def test_inverted_verb_after_a_quote_keeps_its_subject():
    assert _name_at_bar("“We won,” said Tom Reed, “and we have found the money.”") == "Tom Reed"


# generic "you", a share of people, a headline
def test_generic_you_is_below_the_bar():
    assert _name_at_bar(f"If you tell people, {Q} they will leave.") is None


def test_share_before_a_role_is_no_one_named_before():
    text = "“We won,” Ted Cruz said. Six in 10 Republican said that the delegates “should vote for the leader now.”"
    assert _name_at_bar(text, "vote for the leader") != "Ted Cruz"


@pytest.mark.parametrize("text", [
    f"Another GOP Figure Endorses Ann Lee.\n\n{Q} he said.",
    f"Local Man Wins The Lottery Again.\n\n{Q} he said.",
])
def test_headline_words_are_no_antecedent(text):
    assert _name_at_bar(text) is None


def test_body_sentence_after_a_headline_still_gives_the_antecedent():
    text = f"Another GOP Figure Endorses Ann Lee.\n\nSome voters are angry.\nFormer Rep. Tom Reed backed John Kasich, he said Monday.\n{Q} he said."
    assert _name_at_bar(text) == "Tom Reed"


# a name after "of"/"about"/"like" right before a participle of saying is that participle's subject
@pytest.mark.parametrize("text, name", [
    ("Tom Reed reminds me of Abraham Lincoln saying that “you can fool some of the people.”", "Abraham Lincoln"),
    ("It was a story about Tom Reed telling reporters that “you can fool some of the people.”", "Tom Reed"),
])
def test_name_before_a_participle_after_of_is_its_subject(text, name):
    assert _name_at_bar(text, "fool some") == name


def test_participle_after_of_a_group_is_the_group_s():
    text = "Ann Lee is tired of Republicans saying that “you can fool some of the people.”"
    assert _name_at_bar(text, "fool some") is None


@pytest.mark.parametrize("text", [
    "Ann Lee sent a letter of Protest saying that “you can fool some of the people.”",
    "Ann Lee spoke of Monday saying that “you can fool some of the people.”",
])
def test_participle_after_of_one_word_or_a_day_keeps_the_main_subject(text):
    assert _name_at_bar(text, "fool some") == "Ann Lee"


@pytest.mark.parametrize("text, part, name", [
    ("Nelson Diaz, a former aide to Tom Reed, said of Tom Reed: “He is American through and through.”", "American through", "Nelson Diaz"),
    ("Recalling that moment, David Axelrod, who was chief strategist, said of Sanders: “The question is open now.”", "question is open",
     "David Axelrod"),
    ("“We started,” Paul Manafort said, adding of Mr. Trump, “He cares about the team.”", "cares about", "Paul Manafort"),
])
def test_inverted_rule_leaves_said_of_someone_to_the_subject_before(text, part, name):
    assert _name_at_bar(text, part) == name


def test_unresolved_they_keeps_its_confidence_when_no_one_before_may_be_they():
    sp = _sp(f"“We won,” Tom Reed said. Google said it would appeal. {Q} they said.")
    assert sp.name is None and sp.confidence >= SPEAKER_BAR


def test_a_hypothetical_election_names_no_holder():
    text = ("President Barack Obama spoke. Whatever he does can be overturned if a Republican is elected president in "
            f"November. {Q} the president said.")
    assert _name_at_bar(text) == "Barack Obama"
