"""German speaker rules of session 33 that the probes broke (fx121): rt34-4 (a masculine paper after "der"
speaks), rt34-9 (a body named after a person), pr34-4 (a joint statement of two bodies)."""
from __future__ import annotations

import pytest

import aligner
from aligner.quotes import normalise_speakers
from tests.quote_helpers import quote_speaker


def _all_speakers(text: str) -> list[tuple[str | None, float]]:
    art = aligner.Article(id="a", text=text, language="de")
    qs = aligner.extract_quotes(art)
    normalise_speakers(qs, {art.id: art.text})
    return [(q.speaker.name, q.speaker.confidence) for q in qs if q.speaker is not None]


@pytest.mark.parametrize(("text", "person"), [
    # "der „Stern“" with a masculine paper is the nominative: the paper criticised Merz, not Merz the paper
    ("Titel\n\nMerz kritisierte der „Stern“: „Er hat keinen Plan für die Rente.“", "Merz"),
    ("Titel\n\nScholz widersprach der „Spiegel“: „Der Kanzler hat die Lage falsch eingeschätzt.“", "Scholz"),
    ("Titel\n\nKompany lobte der „Kicker“: „Er hat aus Bayern wieder eine Einheit gemacht.“", "Kompany"),
    ("Titel\n\nMerz antwortete der „Tagesspiegel“: „Das ist eine Unterstellung.“", "Merz"),
    ("Titel\n\nMerz sagte der „Stern“: „Die Rente ist sicher.“", "Merz"),
    # a verb that is no telling: not read as told to the paper, even with a feminine one
    ("Titel\n\nHabeck widersprach der „Zeit“: „Wir haben keine Fehler gemacht.“", "Habeck"),
])
def test_a_masculine_paper_after_der_or_a_verb_of_no_telling_never_makes_the_other_confident(text: str, person: str) -> None:
    name, conf = quote_speaker(text, text.split("„")[2][:8])
    assert not (name == person and conf is not None and conf >= 0.8)


def test_a_masculine_noun_for_the_outlet_after_der_is_no_speaker() -> None:
    # "der Sender" is the nominative: neither the word 'Sender' nor Merz confidently
    name, conf = quote_speaker("Titel\n\nMerz sagte der Sender „RTL“: „Die Rente ist sicher.“", "Die Rente")
    assert conf is None or conf < 0.8 or name not in ("Sender", "Merz")


@pytest.mark.parametrize(("text", "name"), [
    ("Titel\n\nKane sagte der „Sport Bild“: „Ich bleibe in München.“", "Kane"),
    ("Titel\n\nKane sagte dem „Kicker“: „Ich bleibe in München.“", "Kane"),
    ("Titel\n\nMerz sagte dem Magazin „Stern“: „Die Rente ist sicher.“", "Merz"),
    ("Titel\n\nHabeck erklärte der „Welt am Sonntag“: „Die Rente ist sicher.“", "Habeck"),
    ("Titel\n\nHabeck bestätigte der „Zeit“: „Wir haben keine Fehler gemacht.“", "Habeck"),
    ("Titel\n\nOle Werner sagte der „Süddeutschen Zeitung“: „Mit dem Punkt können wir leben.“", "Ole Werner"),
    ("Titel\n\nDazu sagte der „Spiegel“: „Bayern ist pleite.“", "Spiegel"),
    ("Titel\n\nÜber Kompany sagte der „Kicker“: „Er ist der richtige Trainer für Bayern.“", "Kicker"),
])
def test_outlet_neighbours_told_in_the_dative_or_speaking_keep_their_speaker(text: str, name: str) -> None:
    assert quote_speaker(text, text.split("„")[2][:8]) == (name, 0.9)


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("Titel\n\nDer Generalsekretär der Partei Bündnis Sahra Wagenknecht, Christian Leye, sagte: „Wir lehnen das ab.“",
     "Sahra Wagenknecht", "Christian Leye"),
    ("Titel\n\n„Wir lehnen das ab“, sagte der Generalsekretär der Partei Bündnis Sahra Wagenknecht, Christian Leye.",
     "Sahra Wagenknecht", "Christian Leye"),
    ("Titel\n\n„Wir lehnen das ab“, sagte die Co-Vorsitzende der Partei Bündnis Sahra Wagenknecht, Amira Mohamed Ali.",
     "Sahra Wagenknecht", "Amira Mohamed Ali"),
])
def test_a_person_in_a_bodys_name_is_not_the_speaker_the_apposition_is(text: str, wrong: str, right: str) -> None:
    speakers = _all_speakers(text)
    assert (right, 0.9) in speakers and all(name != wrong for name, _conf in speakers)


@pytest.mark.parametrize("text", [
    "Titel\n\nEin Sprecher der Partei Bündnis Sahra Wagenknecht sagte: „Wir lehnen das ab.“",
    "Titel\n\n„Wir lehnen das ab“, sagte ein Sprecher der Partei Bündnis Sahra Wagenknecht.",
    "Titel\n\n„Wir lehnen das ab“, sagte der Sprecher der Partei Bündnis Sahra Wagenknecht.",
])
def test_a_spokesman_of_a_body_named_after_a_person_is_unnamed(text: str) -> None:
    assert all(name is None for name, _conf in _all_speakers(text))


def test_body_neighbour_a_first_name_right_after_the_body_noun_is_the_speaker() -> None:
    text = "Titel\n\n„Wir lehnen das ab“, sagte ein Sprecher der Bewegung Anna Weber."
    assert ("Anna Weber", 0.9) in _all_speakers(text)


@pytest.mark.parametrize("text", [
    "Titel\n\n«Wir sehen keinen Handlungsbedarf», so der Kanton Uri und die Gemeinde Altdorf.",
    "Titel\n\n„Wir sehen keinen Handlungsbedarf“, so der Kanton Uri und der Bund.",
    "Titel\n\n«Wir sehen keinen Handlungsbedarf», so die Stadt Zürich und der Kanton Zürich.",
    "Titel\n\n«Wir sehen keinen Handlungsbedarf», so Scholz und Macron.",
    "Titel\n\n„Wir sehen keinen Handlungsbedarf“, so die Polizei und die Stadt Chur.",
])
def test_a_joint_word_of_two_after_so_names_no_single_speaker(text: str) -> None:
    assert not any(name is not None and conf >= 0.8 for name, conf in _all_speakers(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Titel\n\n„Wir sehen keinen Handlungsbedarf“, so Scholz.", "Scholz"),
    ("Titel\n\n„Wir sehen keinen Handlungsbedarf“, so Scholz und fügte hinzu, er sei sicher.", "Scholz"),
])
def test_so_neighbours_one_source_keeps_its_name(text: str, name: str) -> None:
    assert (name, 0.85) in _all_speakers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Wie der SPIEGEL berichtet, sagte Scholz Vertrauten, die Schuldenbremse sei „kein Selbstzweck“.", "Scholz"),
    ("Wie der SPIEGEL berichtet, sagte Merz Journalisten, die Schuldenbremse sei „kein Selbstzweck“.", "Merz"),
    ("Wie der SPIEGEL berichtet, sagte Merz Parteifreunden, die Schuldenbremse sei „kein Selbstzweck“.", "Merz"),
    ("Laut SPIEGEL sagte Merz Mitarbeitern, die Schuldenbremse sei „kein Selbstzweck“.", "Merz"),
    ("Wie der SPIEGEL berichtet, sagte Olaf Scholz Journalisten, die Schuldenbremse sei „kein Selbstzweck“.", "Olaf Scholz"),
])
def test_people_told_after_the_inner_sayer_are_not_part_of_the_name(text: str, name: str) -> None:
    # pr34-10: the plural in the dative is the ones told; the name before it speaks
    assert (name, 0.9) in _all_speakers(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Wie der SPIEGEL berichtet, sagte Scholz, die Schuldenbremse sei „kein Selbstzweck“.", "Scholz"),
    ("Wie der SPIEGEL berichtet, sagte Scholz dem Magazin, die Schuldenbremse sei „kein Selbstzweck“.", "Scholz"),
    ("Wie der SPIEGEL berichtet, sagte ein Sprecher, die Schuldenbremse sei „kein Selbstzweck“.", None),
])
def test_inner_sayer_neighbours(text: str, name: str | None) -> None:
    assert [n for n, _c in _all_speakers(text)] == [name]


_MERZ = "Titel\n\nFriedrich Merz sprach am Sonntag in Berlin. „Die Rente ist sicher.“ "


@pytest.mark.parametrize("after", [
    "Das sieht Robert Habeck anders.", "Das sieht Robert Habeck ähnlich.", "Das sieht Grünen-Chef Robert Habeck anders.",
    "Das bestätigte Robert Habeck.", "Das hält Robert Habeck für falsch.", "Das sieht Robert Habeck genauso.",
])
def test_a_next_sentence_that_judges_the_words_names_no_speaker(after: str) -> None:
    # rt34-5: the one who agrees with or disputes the words did not say them
    assert quote_speaker(_MERZ + after, "Die Rente")[0] != "Robert Habeck"


@pytest.mark.parametrize(("after", "name"), [
    ("Das hatte Norbert Blüm 1986 gesagt.", "Norbert Blüm"),
    ("Das sagt Robert Habeck.", "Robert Habeck"),
])
def test_next_sentence_neighbours_a_verb_of_saying_names_the_speaker(after: str, name: str) -> None:
    assert quote_speaker(_MERZ + after, "Die Rente")[0] == name
