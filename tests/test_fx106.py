"""fx106: a role or a pronoun is handed to a named person only where the text makes it that person, and a charge
answered by a denial is no quote of the denier; a report's own findings stay a quote."""
from __future__ import annotations

import pytest
from quote_helpers import confident_name, normalised_quote_starting_after_marks, normalised_quotes_in


def _speaker_of(text: str, start: str, lang: str):
    return normalised_quote_starting_after_marks(text, start, lang).speaker


def _named_at_bar(sp) -> str | None:
    """The name a user is shown as certain: a name at confidence >= the speaker bar."""
    return confident_name(sp) or None


# --- pr31-14: "a charge THAT the Kremlin denied" ------------------------------------------------------
@pytest.mark.parametrize("text,denier", [
    ("Ukraine accused Russia of deliberately targeting civilians, a charge that the Kremlin denied.", "Kremlin"),
    ("Ukraine accused Russia of deliberately targeting civilians, claims that Moscow dismissed.", "Moscow"),
])
def test_a_charge_that_x_denied_is_no_quote_of_x(text, denier):
    for q in normalised_quotes_in(text, "en"):
        assert not (q.speaker and q.speaker.name and denier in q.speaker.name)


@pytest.mark.parametrize("text,start,who", [
    # the accuser's own frame before the charge is kept
    ("Israel says Hamas uses hospitals as shields, a claim that Hamas denies.", "Hamas uses", "Israel"),
    ("Russia said it had shot down 20 drones, a claim Ukraine said was false.", "it had shot down", "Russia"),
    ("The Kremlin denied that its forces had targeted civilians.", "its forces", "Kremlin"),
])
def test_the_accusers_frame_and_a_plain_denial_are_kept(text, start, who):
    sp = _speaker_of(text, start, "en")
    assert sp is not None and sp.name == who


# --- rt31-10: a report's own findings (the verb is no denial) keep their quote ----------------------------
@pytest.mark.parametrize("text,start", [
    ("A report the government commissioned found that the prison was unsafe for inmates and staff.", "the prison was unsafe"),
    ("A report The Times obtained said the minister had ignored three warnings about the prison.", "the minister had ignored"),
])
def test_a_reports_findings_keep_their_quote(text, start):
    assert any(q.text.startswith(start) for q in normalised_quotes_in(text, "en"))


# --- pr31-11, pr31-12 (a): German "er" after a new named subject of no known gender -------------------------
@pytest.mark.parametrize("text,start,not_him", [
    ("„Er hat gelogen“, sagte Rentner Klaus Meier. Tom Braun widersprach. „Das stimmt nicht“, sagte er.", "Das stimmt", "Klaus Meier"),
    ("„Er hat gelogen“, sagte Klaus Meier. Tom Braun widersprach. „Das stimmt nicht“, sagte er.", "Das stimmt", "Klaus Meier"),
    ("„Wir brauchen mehr Luftabwehr“, sagte Wolodymyr Selenskyj. Putin widersprach. „Das ist eine Provokation“, sagte er.",
     "Das ist", "Wolodymyr Selenskyj"),
])
def test_er_after_a_new_subject_of_unknown_gender_is_not_the_speaker_before_at_the_bar(text, start, not_him):
    assert _named_at_bar(_speaker_of(text, start, "de")) != not_him


@pytest.mark.parametrize("text,start,who", [
    # nobody new between, or only a body, or the pronoun itself the subject between: the speaker before at the bar
    ("„Er hat gelogen“, sagte Klaus Meier. „Das stimmt nicht“, sagte er.", "Das stimmt", "Klaus Meier"),
    ("„Er hat gelogen“, sagte Klaus Meier. Er war wütend. „Das stimmt nicht“, sagte er.", "Das stimmt", "Klaus Meier"),
    ("„Er hat gelogen“, sagte Klaus Meier. Später traf er Tom Braun. „Das stimmt nicht“, sagte er.", "Das stimmt", "Klaus Meier"),
    ("„Er hat gelogen“, sagte Anna Weber. Paul Krause lobte den Plan. „Das stimmt nicht“, sagte sie.", "Das stimmt", "Anna Weber"),
])
def test_er_with_no_new_person_between_stays_the_speaker_before(text, start, who):
    assert _named_at_bar(_speaker_of(text, start, "de")) == who


# --- pr31-13: a definite role right after an indefinite one of the same office is the newer one ---------------
@pytest.mark.parametrize("text,start,not_him,lang", [
    ('"Prices will hold," said Tesco spokesman Tom Reed. "Prices will rise," a spokesman for Asda said. '
     '"We disagree," the spokesman said.', "We disagree", "Tom Reed", "en"),
    ("„Wir halten Kurs“, sagte Regierungssprecher Steffen Hebestreit. „Das ist falsch“, sagte ein CDU-Sprecher. "
     "„Wir bleiben dabei“, sagte der Sprecher.", "Wir bleiben", "Steffen Hebestreit", "de"),
])
def test_the_spokesman_after_a_spokesman_is_not_the_one_named_before(text, start, not_him, lang):
    assert _named_at_bar(_speaker_of(text, start, lang)) != not_him


@pytest.mark.parametrize("text,start,who,lang", [
    # no indefinite role between
    ('"Prices will hold," said Tesco spokesman Tom Reed. "We disagree," the spokesman said.', "We disagree", "Tom Reed", "en"),
    # the definite role names the holder's body, not the newer one's
    ('"Prices will hold," said Tesco spokesman Tom Reed. "Prices will rise," a spokesman for Asda said. '
     '"We disagree," the Tesco spokesman said.', "We disagree", "Tom Reed", "en"),
    ('"We will never surrender," Hamas spokesman Hazem Qassem told Al Jazeera. "Three soldiers were killed," an army '
     'spokesman said. "We fight on," the Hamas spokesman said.', "We fight on", "Hazem Qassem", "en"),
    # an indefinite person of another office between
    ('"Prices will hold," said Tesco spokesman Tom Reed. "Prices will rise," an analyst said. "We disagree," the spokesman said.',
     "We disagree", "Tom Reed", "en"),
    ("„Wir halten Kurs“, sagte Regierungssprecher Steffen Hebestreit. „Das ist falsch“, sagte ein CDU-Sprecher. "
     "„Wir bleiben dabei“, sagte der Regierungssprecher.", "Wir bleiben", "Steffen Hebestreit", "de"),
])
def test_the_holder_is_kept_where_the_role_names_his_body_or_no_newer_one(text, start, who, lang):
    assert _named_at_bar(_speaker_of(text, start, lang)) == who


# --- rt31-10 (more): the subject of a report's relative clause is not the report's speaker ------------------
@pytest.mark.parametrize("text,start,not_him", [
    ("A report the government commissioned found that the prison was unsafe for inmates and staff.", "the prison", "government"),
    ("A report The Times obtained said the minister had ignored three warnings about the prison.", "the minister", "Times"),
    ("The report the Guardian published said the minister had lied.", "the minister", "Guardian"),
])
def test_a_reports_relative_clause_subject_is_not_its_speaker(text, start, not_him):
    sp = _speaker_of(text, start, "en")
    assert not (sp and sp.name and not_him in sp.name)


@pytest.mark.parametrize("text,start,who", [
    ("After the report the Kremlin said that its forces had not targeted civilians.", "its forces", "Kremlin"),
    ("A report from the SITE Intelligence Group said the militants had claimed the attack.", "the militants", "SITE Intelligence Group"),
])
def test_a_speaker_after_a_report_that_opens_no_relative_clause_is_kept(text, start, who):
    sp = _speaker_of(text, start, "en")
    assert sp is not None and sp.name == who
