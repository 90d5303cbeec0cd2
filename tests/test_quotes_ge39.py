"""German speakers, session 38 (ge39): invented sentences.

- a rank's or office's status after it, "a. D." (außer Dienst), "i. G." (im Generalstab), "d. R." (der Reserve), is
  part of the rank: the person after it is the speaker, never the rank alone as a person ("Oberst") nor a role with
  the name lost (rv83-7); a military rank before a first name is the role, not part of the name.
- hearsay, German "soll ... gesagt haben" and English "reportedly told" / "is said to have told" / "allegedly said":
  the speaker named is kept, marked (flag speaker-hearsay) and below the bar (rv83-25); the same verbs without the
  hearsay words stay at the bar.
- a German company epithet ("der Facebook-Konzern", "des ChatGPT-Entwicklers", "der Windows-Hersteller") is no
  company name at the bar: the one company its article names with a legal form where that fits, else the epithet
  below the bar (rv82-24); a person's job ("der Software-Entwickler Tom Berg") stays a person.
"""

import pytest

from aligner.quotes.confidence import CONFIDENT
from tests.quote_helpers import normalised_quote_containing, quote_speaker

BEFORE = "„Wir sind sehr zufrieden“, sagte Anna Weber. "


def _speaker(text: str, part: str) -> tuple[str | None, float | None]:
    """Name and confidence of the quote holding ``part`` after normalisation."""
    sp = normalised_quote_containing(text, part).speaker
    return (None, None) if sp is None else (sp.name, sp.confidence)


@pytest.mark.parametrize(("text", "name"), [
    ("„Die Lage an der Front ist offen“, sagte Oberst Markus Reinhold.", "Markus Reinhold"),
    ("„Die Marine ist überlastet“, sagte Flottillenadmiral Jens Hahn.", "Jens Hahn"),
    ("„Die Reserve ist kaum einsatzbereit“, sagte die Oberstleutnantin Jana Brüggemann.", "Jana Brüggemann"),
])
def test_rank_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    part = next(p for p in ("Front", "Marine", "Reserve") if p in text)
    assert _speaker(text, part)[0] == name


@pytest.mark.parametrize("text", [
    "„Die Lage an der Front ist offen“, sagte der Oberst a. D.",  # the rank alone, no name after it
    "„Die Lage an der Front ist offen“, sagte der Feldwebel, der anonym bleiben wollte.",
])
def test_a_rank_alone_is_never_a_named_speaker(text: str) -> None:
    name, _conf = _speaker(text, "Front")
    assert name not in ("Oberst", "Feldwebel")


@pytest.mark.parametrize(("text", "name"), [
    ("„Wir sind bereit für die Wahl“, sagte John Major.", "John Major"),  # a surname, not a rank
    ("„Wir sind bereit für die Wahl“, sagte der Bürgermeister von Oberstdorf, Peter Kranz.", "Peter Kranz"),
])
def test_rank_words_inside_names_stay(text: str, name: str) -> None:
    assert _speaker(text, "Wahl")[0] == name


@pytest.mark.parametrize(("text", "lang"), [
    ("Putin soll in kleiner Runde gesagt haben: „Der Westen wird vor uns müde.“", "de"),
    ("„Der Westen wird vor uns müde“, soll Putin in kleiner Runde gesagt haben.", "de"),
    ("„Der Westen wird vor uns müde“, soll Kremlchef Wladimir Putin seinen Beratern erklärt haben.", "de"),
    (BEFORE + "„Der Westen wird vor uns müde“, soll Putin gesagt haben.", "de"),  # another speaker before
    ('"The West will tire before we do," Putin reportedly told aides in the Kremlin last week.', "en"),
    ('Putin is said to have told aides: "The West will tire before we do."', "en"),
    ('"The West will tire before we do," Putin allegedly said.', "en"),
    ('Putin has reportedly told aides: "The West will tire before we do."', "en"),
])
def test_hearsay_is_marked_and_below_the_bar(text: str, lang: str) -> None:
    q = normalised_quote_containing(text, "West", lang)
    assert q.speaker is not None and q.speaker.name is not None and "Putin" in q.speaker.name
    assert q.speaker.confidence is not None and q.speaker.confidence < CONFIDENT
    assert "speaker-hearsay" in q.flags


@pytest.mark.parametrize(("text", "lang"), [
    ("„Der Westen wird vor uns müde“, sagte Putin in kleiner Runde.", "de"),
    ("„Der Westen wird vor uns müde“, hat Putin gesagt.", "de"),  # the perfect, no "soll"
    ("Putin soll den Plan prüfen. Putin sagte: „Der Westen wird vor uns müde.“", "de"),  # "soll" in the sentence before
    ('"The West will tire before we do," Putin told aides in the Kremlin last week.', "en"),
    ('Putin, who reportedly met aides, said: "The West will tire before we do."', "en"),  # "reportedly" of another verb
])
def test_same_verbs_without_hearsay_stay_at_the_bar(text: str, lang: str) -> None:
    q = normalised_quote_containing(text, "West", lang)
    assert q.speaker is not None and q.speaker.name == "Putin"
    assert q.speaker.confidence is not None and q.speaker.confidence >= CONFIDENT
    assert "speaker-hearsay" not in q.flags


@pytest.mark.parametrize("text", [
    "OpenAI begrüßte die Entscheidung. „Das ist pragmatisch“, hieß es in einer Stellungnahme des ChatGPT-Entwicklers.",
    "Meta wehrt sich. „Wir legen Berufung ein“, erklärte der Facebook-Konzern.",
    "Meta wehrt sich. Der Facebook-Konzern erklärte: „Wir legen Berufung ein.“",
    "Microsoft meldet Zahlen. „Wir investieren in KI“, erklärte der Windows-Hersteller am Montag.",
    # a company with a legal form that is not the brand's: not taken
    "Die Deutsche Bank AG kritisierte Meta. „Wir legen Berufung ein“, erklärte der Facebook-Konzern.",
])
def test_company_epithet_is_below_the_bar(text: str) -> None:
    opening = next(o for o in ("Das ist", "Wir legen", "Wir investieren") if o in text)
    name, conf = quote_speaker(text, opening)
    assert name != "Deutsche Bank AG"
    assert conf is not None and conf < CONFIDENT


@pytest.mark.parametrize(("text", "company"), [
    ("Die SAP SE meldet Zahlen. „Wir investieren in KI“, sagte der Walldorfer Softwarekonzern.", "SAP SE"),
    ("Die Windows Holding GmbH meldet Zahlen. „Wir investieren in KI“, erklärte der Windows-Hersteller.", "Windows Holding GmbH"),
])
def test_company_epithet_takes_the_article_s_company(text: str, company: str) -> None:
    assert quote_speaker(text, "Wir investieren") == (company, 0.7)


@pytest.mark.parametrize(("text", "name"), [
    ("Die Firma wächst. „Wir investieren in KI“, sagte der Software-Entwickler Tom Berg.", "Tom Berg"),
    ("Meta wehrt sich. „Wir legen Berufung ein“, sagte Facebook-Konzernchef Mark Zuckerberg.", "Mark Zuckerberg"),
])
def test_a_person_after_a_job_or_a_company_title_stays(text: str, name: str) -> None:
    opening = "Wir investieren" if "investieren" in text else "Wir legen"
    got, conf = quote_speaker(text, opening)
    assert got is not None and got.endswith(name)
    assert conf is not None and conf >= CONFIDENT
