"""rv48's speaker findings (newsroom live blog, correction notes): a role mention goes to the person named last only
when the text gives that person the role (a person of another office never; no office stated: below the speaker bar);
a live blog's leading time is a line label; "Statement from X:" names X; "hieß es in seiner Erklärung" names no one;
"Nach Angaben des X des Y ist …" keeps the genitives out of the message; a correction note's sentences are no quotes.
Invented sentences."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from tests.quote_helpers import confident_name, quote_containing, quotes_in, speaker_in

QUOTE = '"We must protect the workers,"'


# ---------------------------------------------------------------- a role goes to a person the text gives it

@pytest.mark.parametrize("before,role,wrong", [
    ('15:30 Statement from Harwell spokesperson Daniel Cho: "The closure was a difficult decision."\n\n16:45 The White House '
     'has reacted.', "the president", "Daniel Cho"),
    ('Tom Reed, who leads the union, said: "This is a betrayal."\n\nThe White House has reacted.', "the minister", "Tom Reed"),
    ('Tom Reed, who leads the union, said: "This is a betrayal."\n\nThe White House has reacted.', "the chairman", "Tom Reed"),
    ('Governor Lisa Moran spoke on Tuesday. "We will fight this," Lisa Moran said.\n\nThe White House has reacted.',
     "the chairman", "Lisa Moran"),
    ("Harwell spokesperson Daniel Cho said the closure was final.", "the president", "Daniel Cho"),
    ("Daniel Cho, a spokesperson for Harwell, said the closure was final.", "the president", "Daniel Cho"),
    ("Anna Kowal, the labour minister, spoke to reporters.", "the governor", "Anna Kowal"),
    ("Chief executive Margaret Okafor said the closure was final.", "the minister", "Margaret Okafor"),
    ("Sen. Tom Reed said the vote was close.", "the governor", "Tom Reed"),
    ("Tom Reed said the vote was close.", "the president", "Tom Reed"),
    ("Margaret Okafor said the closure was final.", "the minister", "Margaret Okafor"),
    ("Tom Reed said the vote was close.", "the senator", "Tom Reed"),
])
def test_role_never_goes_to_a_person_of_another_or_no_stated_office_at_the_bar(before, role, wrong):
    text = f"{before}\n\n{QUOTE} {role} said."
    assert confident_name(speaker_in(text, "protect the workers", "en")) != wrong


@pytest.mark.parametrize("before,role,name", [
    ("Union president Tom Reed said the vote was close.", "the president", "Tom Reed"),
    ("Tom Reed, president of the union, said the vote was close.", "the president", "Tom Reed"),
    ('Tom Reed said: "This is a betrayal." Reed is the president of the union.', "the president", "Tom Reed"),
    ("Labour Minister Anna Kowal spoke to reporters.", "the minister", "Anna Kowal"),
    ("Anna Kowal, the labour minister, spoke to reporters.", "the minister", "Anna Kowal"),
    ("Chief executive Margaret Okafor said the closure was final.", "the chief executive", "Margaret Okafor"),
    ("Sen. Tom Reed said the vote was close.", "the senator", "Tom Reed"),
    ('Tom Reed, who leads the union, said: "This is a betrayal."', "the union leader", "Tom Reed"),
    ("Sen. Tom Reed said the vote was close.", "the candidate", "Tom Reed"),
])
def test_role_the_text_gives_the_person_named_last_still_goes_to_them(before, role, name):
    text = f"{before}\n\n{QUOTE} {role} said."
    assert confident_name(speaker_in(text, "protect the workers", "en")) == name


@pytest.mark.parametrize("before,role,name", [
    ("House Speaker Paul Ryan spoke on Tuesday.", "the Wisconsin Republican", "Paul Ryan"),
    ('Sen. Tom Reed said: "This is a betrayal."', "the Republican", "Tom Reed"),
    ('Sen. Tom Reed said: "This is a betrayal."', "the candidate", "Tom Reed"),
])
def test_a_descriptive_role_fits_the_stated_office(before, role, name):
    text = f"{before}\n\n{QUOTE} {role} said."
    got = confident_name(speaker_in(text, "protect the workers", "en"))
    assert got is not None and got.endswith(name)


def test_role_named_with_its_holder_earlier_goes_to_the_holder_not_the_spokesperson():
    text = ("President Anna Kowal visited the plant on Monday. Harwell spokesperson Daniel Cho said the closure was final."
            f"\n\n{QUOTE} the president said.")
    assert confident_name(speaker_in(text, "protect the workers", "en")) == "Anna Kowal"


@pytest.mark.parametrize("text", [
    "Anna Kowal sagte, der Streik beginne am Montag. „Wir werden kämpfen“, sagte der Minister.",
    "Die Gewerkschaftschefin Anna Kowal sagte, der Streik beginne am Montag. „Wir werden kämpfen“, sagte der Minister.",
])
def test_german_role_goes_to_no_one_without_that_role(text):
    assert confident_name(speaker_in(text, "kämpfen")) is None


def test_german_role_the_text_gives_goes_to_its_holder():
    text = "Arbeitsminister Hubertus Heil sagte, der Streik sei rechtens. „Wir werden helfen“, sagte der Minister."
    assert confident_name(speaker_in(text, "helfen")) == "Hubertus Heil"


# ---------------------------------------------------------------- live-blog times, "Statement from X:"

def test_live_blog_time_does_not_send_she_to_the_organisation_of_the_entry_before():
    text = ("14:05 Harwell Energy has confirmed it will close its refinery.\n\n"
            "14:12 Chief executive Margaret Okafor is speaking to reporters now. "
            '"We will not cut a single job this year," she told reporters.')
    sp = speaker_in(text, "single job", "en")
    assert sp is not None and sp.name == "Margaret Okafor"


def test_live_blog_time_before_a_quote_leaves_it_a_direct_quote():
    q = quote_containing('15:30 "The closure was a difficult decision," Harwell spokesperson Daniel Cho said.', "closure", "en")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Daniel Cho"


def test_german_time_label_with_uhr_is_no_part_of_the_sentence():
    q = quote_containing("10.45 Uhr Die Ministerin Anna Weber sagte, die Raffinerie bleibe offen.", "Raffinerie")
    assert q.speaker is not None and q.speaker.name == "Anna Weber"


def test_time_inside_a_sentence_stays_in_the_text():
    text = "Harwell shares fell.\n\nAt 14:12 the company said the refinery would close."
    (q,) = quotes_in(text, "en")
    assert q.text == text[q.start : q.end]


@pytest.mark.parametrize("text", [
    '16:02 Governor Lisa Moran on local radio: "I have asked the company to keep the plant open," she said.',
    'Anna Kowal met Lisa Moran on Tuesday. Lisa Moran on local radio: "I have asked the company to keep the plant open," she said.',
])
def test_pronoun_after_a_quote_goes_to_the_person_of_its_own_colon_frame(text):
    sp = speaker_in(text, "keep the plant open", "en")
    assert sp is not None and sp.name == "Lisa Moran"


@pytest.mark.parametrize("text", [
    'Tom Reed on local radio: "I have asked the company to keep the plant open," she said.',
    'Lisa Moran\'s husband on local radio: "I have asked the company to keep the plant open," she said.',
    'Tom Reed and Lisa Moran on local radio: "We asked the company to keep the plant open," she said.',
    'Harwell Energy on Tuesday: "We will keep the plant open," she said.',
    'The mood after Lisa Moran\'s speech: "It was great for the plant open day," she said.',
    'Asked about Lisa Moran: "She wants the plant open," she said.',
])
def test_pronoun_after_a_quote_takes_no_one_of_another_gender_or_several_from_the_colon_frame(text):
    sp = speaker_in(text, "the plant open", "en")
    assert sp is None or sp.name is None


@pytest.mark.parametrize("frame", [
    "Statement from Harwell spokesperson Daniel Cho:",
    "15:30 Statement from Harwell spokesperson Daniel Cho:",
    "A statement from Harwell spokesperson Daniel Cho:",
])
def test_statement_from_x_names_x(frame):
    text = f'Harwell shares fell on Tuesday.\n\n{frame} "The closure was a difficult decision."'
    sp = speaker_in(text, "difficult", "en")
    assert sp is not None and sp.name == "Daniel Cho"


# ---------------------------------------------------------------- German: documents, genitive chains

@pytest.mark.parametrize("text", [
    "Ein Sprecher des Konzerns, Daniel Cho, erklärte, die Entscheidung sei gefallen. „Die Schließung war eine schwierige "
    "Entscheidung“, hieß es in seiner Erklärung.",
    "„Die Schließung war eine schwierige Entscheidung“, heißt es in ihrem Schreiben.",
    "„Die Schließung war eine schwierige Entscheidung“, hieß es in ihrer Mitteilung.",
])
def test_german_document_of_someone_before_names_no_one(text):
    sp = speaker_in(text, "Schließung")
    assert sp is None or sp.name is None


def test_german_document_of_a_named_body_names_it():
    text = "„Die Schließung war eine schwierige Entscheidung“, hieß es in der Erklärung des Konzerns."
    sp = speaker_in(text, "Schließung")
    assert sp is not None and sp.name == "Konzern"


@pytest.mark.parametrize("text,start", [
    ("Nach Angaben des Arbeitsministeriums des Bundesstaates ist die Raffinerie der größte Arbeitgeber im Bezirk.", "ist die"),
    ("Nach Angaben der Polizei des Landes Bayern wurden drei Menschen verletzt.", "wurden"),
    ("Nach Angaben eines Sprechers der Stadt Köln wurden drei Menschen verletzt.", "wurden"),
    ("Nach Angaben des Ministeriums des Innern des Landes ist die Lage ruhig.", "ist die"),
    ("Nach Angaben des Arbeitsministeriums ist die Raffinerie der größte Arbeitgeber im Bezirk.", "ist die"),
])
def test_german_nach_angaben_genitive_chain_stays_out_of_the_message(text, start):
    (q,) = quotes_in(text)
    assert q.text.startswith(start)


# ---------------------------------------------------------------- correction notes

NOTE = ("Correction: An earlier version of this article misquoted Tom Reed as saying \u201cwe will organise a vote "
        "within seven days\u201d. He said the vote would take place within ten days. This has been corrected.")


@pytest.mark.parametrize("note", [
    NOTE,
    NOTE.replace("Correction: An earlier", "An earlier"),
    "Clarification: Tom Reed said the vote would take place within ten days, not seven.",
])
def test_correction_note_sentences_are_no_quotes(note):
    text = f'"We will strike," Tom Reed said on Tuesday.\n\n{note}\n'
    quotes = quotes_in(text, "en")
    assert [q.text for q in quotes] == ["We will strike"]


def test_correction_note_still_takes_back_the_misquote():
    taken: list = []
    extract_quotes(Article(id="t", text=f"Tom Reed spoke.\n\n{NOTE}\n", language="en"), retracted_out=taken)
    assert [q.text for q in taken] == ["we will organise a vote within seven days"]


def test_update_paragraph_keeps_its_quotes():
    text = 'Update: Harwell spokesperson Daniel Cho said on Tuesday: "The plant will close in May."\n'
    q = quote_containing(text, "plant will close", "en")
    assert q.speaker is not None and q.speaker.name == "Daniel Cho"
