"""German indefinite person subjects block a pronoun from going back further; correction notes need a colon or dash."""

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speaker(text, part, lang="de"):
    qs = normalise_speakers(extract_quotes(Article(id="t", text=text, language=lang)))
    (q,) = [q for q in qs if part in q.text]
    return q.speaker


def _name_at_bar(text, part, lang="de"):
    sp = _speaker(text, part, lang)
    return sp.name if sp is not None and (sp.confidence or 0) >= 0.8 else None


@pytest.mark.parametrize("text", [
    "08:15 Jonas Brenner hat das Rathaus verlassen.\n08:40 Ein Demonstrant wurde abgeführt. „Ich war nur Zuschauer“, sagte er.",
    "Jonas Brenner hat das Rathaus verlassen. Ein Mann wurde abgeführt. „Ich war nur Zuschauer“, sagte er.",
    "Jonas Brenner sprach zuerst. Ein Sprecher der Stadt widersprach. „Ich war nur Zuschauer“, sagte er.",
    "Jonas Brenner sprach zuerst. Ein Anwohner aus Kiel wurde verletzt. „Ich war nur Zuschauer“, betonte er.",
])
def test_unnamed_man_before_keeps_earlier_name_from_er(text):
    assert _name_at_bar(text, "Zuschauer") != "Jonas Brenner"


@pytest.mark.parametrize("text", [
    "Lena Vogt hat das Rathaus verlassen. Eine Rentnerin aus Kiel wurde abgeführt. „Ich war nur Zuschauerin“, sagte sie.",
    "Lena Vogt sprach zuerst. Eine Frau rief laut. „Ich war nur Zuschauerin“, sagte sie.",
])
def test_unnamed_woman_before_keeps_earlier_name_from_sie(text):
    assert _name_at_bar(text, "Zuschauerin") != "Lena Vogt"


@pytest.mark.parametrize("text,name", [
    # a man in between does not stop "sie", a woman does not stop "er"
    ("Lena Vogt kam spät. Ein Polizist hielt sie an. „Das ist ein Skandal“, sagte sie.", "Lena Vogt"),
    ("Jonas Brenner kam spät. Eine Frau rief laut. „Das ist ein Skandal“, sagte er.", "Jonas Brenner"),
])
def test_unnamed_person_of_other_gender_does_not_stop_pronoun(text, name):
    assert _name_at_bar(text, "Skandal") == name


@pytest.mark.parametrize("text,part,name", [
    ("Correction officer Sgt. Mark Nolan said the cells were overcrowded.", "overcrowded", "Mark Nolan"),
    ("Clarification came from Dr. Ruth Adler, who said the cells were overcrowded.", "overcrowded", "Ruth Adler"),
])
def test_bare_correction_word_opens_no_note(text, part, name):
    assert _name_at_bar(text, part, "en") == name


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this article said Mark Nolan called the cells “overcrowded”.",
    "Correction, Dec. 1: Mark Nolan did not call the cells “overcrowded”.",
    "Clarification – Mark Nolan did not call the cells “overcrowded”.",
])
def test_correction_note_with_colon_or_dash_still_a_note(text):
    qs = extract_quotes(Article(id="t", text=text, language="en"))
    assert not [q for q in qs if "overcrowded" in q.text and q.speaker is not None and q.speaker.name == "Mark Nolan"]
