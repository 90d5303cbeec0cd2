"""Session 36 (fx136): speakers left from session 35 (rv75 findings). Invented text only."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speakers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    return [(q.speaker.name, q.speaker.confidence) if q.speaker else (None, None) for q in quotes]


def _no_sure_name(text: str, lang: str) -> bool:
    [(name, conf)] = _speakers(text, lang)
    return name is None or conf is None or conf < 0.8


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, und die Landrätin von Kornau, Ilse Wach, eröffneten die Brücke. "
     "„Endlich ist sie fertig“, sagte die Landrätin.", "de"),
    ("Der Rektor der Realschule, Bernd Aust, und der Rektor des Gymnasiums, Ralf Fink, stellten den Plan vor. "
     "„Wir ziehen an einem Strang“, sagte der Rektor.", "de"),
    ("Liberal group leader Ambrose Quill and Green group leader Mark Yates argued over the bins. "
     "\"This is a mess,\" the group leader said.", "en"),
    ("Green group leader Mark Yates and Liberal group leader Ambrose Quill argued over the bins. "
     "\"This is a mess,\" the group leader said.", "en"),
])
def test_a_role_with_two_holders_named_takes_neither(text: str, lang: str) -> None:
    # rv75-15: the role went to the first (German) or the last (English) of two holders at 0.9
    assert _no_sure_name(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, besuchte Kornau. „Wir lernen viel“, sagte die Kornauer Landrätin.", "de"),
    ("The mayor of Felsbach, Greta Ohm, toured Kornau on Friday. \"We learn a lot,\" the Kornau mayor said.", "en"),
    ("Greta Ohm, the mayor of Felsbach, toured Kornau on Friday. \"We learn a lot,\" the Kornau mayor said.", "en"),
])
def test_a_role_of_another_town_is_not_the_holder_named(text: str, lang: str) -> None:
    # rv75-15: the mayor of one town took the words of the other town's mayor at 0.9
    assert _no_sure_name(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, besuchte Kornau. „Wir lernen viel“, sagte die Landrätin.", "de"),
    ("Die Landrätin von Felsbach, Greta Ohm, traf Landrat Ralf Fink. „Wir lernen viel“, sagte die Landrätin.", "de"),
    ("The mayor of Felsbach, Greta Ohm, toured Kornau on Friday. \"We learn a lot,\" the Felsbach mayor said.", "en"),
    ("Green group leader Mark Yates spoke first. \"This is a mess,\" the group leader said.", "en"),
])
def test_a_role_with_one_holder_still_takes_the_name(text: str, lang: str) -> None:
    [(name, conf)] = _speakers(text, lang)
    assert name is not None and conf is not None and conf >= 0.8


@pytest.mark.parametrize("text", [
    "Councillor Rhys Marlow opened the hearing. \"We cannot wait,\" she said.",
    "Quentin Marlow opened the hearing. He looked tired. \"We cannot wait,\" she said.",
    "Ambrose Marlow opened the hearing. She looked tired. \"We cannot wait,\" he said.",
])
def test_he_or_she_goes_to_no_one_shown_of_the_other_sex(text: str) -> None:
    # rv75-18: English 'she' went to a man (first name Gareth, not listed) at 0.9; an earlier 'He' showed his sex
    assert _no_sure_name(text, "en")


def test_she_then_she_again_after_a_he_of_another_stays_hers() -> None:
    text = "Anna Marlow opened the hearing. \"We cannot wait,\" she said. He nodded. \"Time is short,\" she said."
    assert [n for n, _ in _speakers(text, "en")] == ["Anna Marlow", "Anna Marlow"]
    assert all(c is not None and c >= 0.8 for _, c in _speakers(text, "en"))


def test_she_after_he_for_the_same_unlisted_name_is_unsure() -> None:
    text = "Quentin Marlow opened the hearing. \"We cannot wait,\" he said. \"Time is short,\" she said."
    (n1, c1), (n2, c2) = _speakers(text, "en")
    assert n1 == "Quentin Marlow" and c1 is not None and c1 >= 0.8
    assert n2 is None or c2 is None or c2 < 0.8


@pytest.mark.parametrize("text", [
    "Former council leader Quentin Marlow spoke first. \"The sums add up,\" the council leader said.",
    "Former group leader Quentin Marlow rebuked his successor, Ambrose Yates. \"The sums add up,\" the group leader said.",
    "Ex-council leader Quentin Marlow spoke first. \"The sums add up,\" the council leader said.",
])
def test_a_bare_role_is_not_its_former_holder(text: str) -> None:
    # rv75-12: 'Former council leader X ... the council leader said' gave the words to the former holder at 0.9
    assert _no_sure_name(text, "en")


def test_a_role_still_goes_to_its_present_holder() -> None:
    text = "Council leader Quentin Marlow spoke first. \"The sums add up,\" the council leader said."
    [(name, conf)] = _speakers(text, "en")
    assert name == "Quentin Marlow" and conf is not None and conf >= 0.8


@pytest.mark.parametrize("text,surname", [
    ("Greta Ohm, the mayor of Felsbach, a town of 45,000 near Mainz, said: \"The baths stay open.\"", "Ohm"),
    ("Ralf Fink, who leads a council serving 230,000 people in Essex, said: \"The baths stay open.\"", "Fink"),
    ("Greta Ohm, head of Felsbach College, a school of 2,100 pupils in Devon, said: \"The baths stay open.\"", "Ohm"),
])
def test_a_thousands_comma_parts_no_apposition(text: str, surname: str) -> None:
    # rv75-11: the comma inside '80,000' split the apposition, and the place became the speaker at 0.9
    [(name, conf)] = _speakers(text, "en")
    assert name is not None and name.split()[-1] == surname and conf is not None and conf >= 0.8


@pytest.mark.parametrize("text,lang", [
    ("\"The plan is sound,\" said Helen Fox.", "en"),
    ("„Der Plan ist gut“, sagte Helen Fox.", "de"),
])
def test_a_first_name_before_a_media_word_makes_a_person(text: str, lang: str) -> None:
    # rv75-13: 'Linda Fox' typed as an organisation, so a speaker swap against her was never compared
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is not None and (q.speaker.id or "").startswith("spk:")


@pytest.mark.parametrize("text", ["\"The plan is sound,\" Fox News said.", "\"The plan is sound,\" the Washington Post reported."])
def test_a_media_outlet_stays_an_organisation(text: str) -> None:
    quotes = extract_quotes(Article(id="a", text=text, language="en"))
    normalise_speakers(quotes)
    assert all(not (q.speaker and (q.speaker.id or "").startswith("spk:")) for q in quotes)


@pytest.mark.parametrize("text", [
    "„Die Halle bleibt zu“, heißt es in einer Mitteilung der Stadt.",
    "„Die Halle bleibt zu“, heißt es in einer Mitteilung des Landkreises.",
    "„Die Halle bleibt zu“, heißt es in einem Schreiben der Gemeinde.",
])
def test_a_body_owning_a_document_is_an_organisation(text: str) -> None:
    # rv75-5: 'in einer Mitteilung der Stadt' gave the person id spk:stadt; 'teilte die Stadt mit' gives org:stadt
    quotes = extract_quotes(Article(id="a", text=text, language="de"))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is not None and (q.speaker.id or "").startswith("org:")


def test_a_role_owning_a_document_stays_a_role() -> None:
    quotes = extract_quotes(Article(id="a", text="„Die Halle bleibt zu“, heißt es in einer Erklärung des Bürgermeisters.", language="de"))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is not None and not (q.speaker.id or "").startswith("org:")


@pytest.mark.parametrize("text", [
    "„Die Halle bleibt zu“, heißt es im Protokoll der Sitzung.",
    "„Die Halle bleibt zu“, heißt es im Protokoll der Ausschusssitzung.",
    "Im Protokoll der Tagung heißt es: „Die Halle bleibt zu.“",
])
def test_the_minutes_of_a_meeting_name_no_speaker(text: str) -> None:
    # rv75-5: 'heißt es im Protokoll der Sitzung' gave the organisation 'Sitzung' at 0.9, titling a cluster
    quotes = extract_quotes(Article(id="a", text=text, language="de"))
    normalise_speakers(quotes)
    [q] = quotes
    assert q.speaker is None or q.speaker.name is None
