"""German speaker rules of session 33 (ge34): the other side's person, stop words after a first name, bodies, titles."""
from __future__ import annotations

import pytest

import aligner
from aligner.quotes import normalise_speakers


def _speakers(text: str) -> list[tuple[str | None, float | None]]:
    art = aligner.Article(id="a", text=text, language="de")
    qs = aligner.extract_quotes(art)
    normalise_speakers(qs, {art.id: art.text})
    return [(q.speaker.name if q.speaker else None, q.speaker.confidence if q.speaker else None) for q in qs]


def _last(text: str) -> str | None:
    return _speakers(text)[-1][0]


_KOMPANY = "„Wir haben verdient gewonnen“, sagte Vincent Kompany.\n\n"


@pytest.mark.parametrize("text", [
    "„Wir waren nicht schlechter“, sagte Kompanys Gegenüber.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte Kompanys Gegenüber.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte sein Gegenüber.",
    "„Wir waren nicht schlechter“, sagte Dortmunds Gegenüber bei der Pressekonferenz.",
])
def test_an_owners_counterpart_without_a_name_is_no_one_named(text: str) -> None:
    # "Gegenüber" is the other coach: never the owner (Kompany), never the word itself as a name
    assert _last(text) is None


@pytest.mark.parametrize("text", [
    "„Wir waren nicht schlechter“, sagte Kompanys Gegenüber Niko Kovac.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte Kompanys Gegenüber Niko Kovac.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte sein Gegenüber Niko Kovac.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte sein Kollege Niko Kovac.",
])
def test_the_counterpart_named_after_the_noun_speaks(text: str) -> None:
    assert _last(text) == "Niko Kovac"


@pytest.mark.parametrize("text", [
    _KOMPANY + "„Wir waren nicht schlechter“, sagte sein Kollege.",
    _KOMPANY + "„Wir waren nicht schlechter“, sagte sein Bruder.",
])
def test_a_possessive_tie_alone_is_no_name(text: str) -> None:
    assert _last(text) is None


@pytest.mark.parametrize("text, name", [
    # neighbours: the preposition "gegenüber" and the owner named in an apposition stay as they were
    ("„Wir waren nicht schlechter“, sagte Kovac gegenüber Reportern.", "Kovac"),
    ("Gegenüber Reportern sagte Niko Kovac: „Wir waren nicht schlechter.“", "Niko Kovac"),
    ("„Wir waren nicht schlechter“, sagte Niko Kovac, Kompanys Gegenüber.", "Niko Kovac"),
    ("„Wir waren nicht schlechter“, sagte Thomas Freund.", "Thomas Freund"),
    ("„Wir waren nicht schlechter“, sagte seine Kollegin Anna Roth.", "Anna Roth"),
])
def test_counterpart_neighbours(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize("text, name", [
    ("„Wir helfen“, sagte Thomas Auch nach dem Spiel.", "Thomas"),
    ("„Wir helfen“, sagte Peter Wenn nötig am Montag.", "Peter"),
    ("„Wir helfen“, sagte Thomas Nun ja.", "Thomas"),
    ("„Wir helfen“, sagte Anna Dass.", "Anna"),
    ("„Wir helfen“, sagte Thomas Schon.", "Thomas"),
])
def test_a_capitalised_adverb_after_a_first_name_is_no_surname(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize("text, name", [
    ("„Wir helfen“, sagte Stephan Weil.", "Stephan Weil"),
    ("„Wir helfen“, sagte Stephan Weil am Montag in Hannover.", "Stephan Weil"),
    ("„Wir helfen“, sagte Joachim Fest am Montag.", "Joachim Fest"),
])
def test_surnames_that_spell_a_stop_word_stay_surnames(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize("text", [
    "„Wir kämpfen weiter“, sagte ein Sprecher der Miliz Asaib Ahl al-Hakk.",
    "„Wir kämpfen weiter“, sagte der Sprecher der Miliz Asaib Ahl al-Hakk.",
    "„Wir kämpfen weiter“, sagte der Sprecher der Miliz Asaib Ahl.",
])
def test_a_spokesman_of_a_named_body_is_no_person_named_by_the_body(text: str) -> None:
    assert _last(text) is None


@pytest.mark.parametrize("text, name", [
    ("„Wir kämpfen weiter“, sagte Kais al-Chasali, der Chef der Miliz Asaib Ahl al-Hakk.", "Kais al-Chasali"),
    ("„Wir kämpfen weiter“, sagte der Vorsitzende der Partei Martin Schulz.", "Martin Schulz"),
    ("„Wir kämpfen weiter“, sagte der Sprecher des Ministeriums Paul Krüger.", "Paul Krüger"),
    ("„Die Lage ist ernst“, sagte Aschraf al-Kudra.", "Aschraf al-Kudra"),
])
def test_body_spokesman_neighbours(text: str, name: str) -> None:
    assert _last(text) == name


def _named(text: str) -> tuple[str | None, str | None]:
    art = aligner.Article(id="a", text=text, language="de")
    qs = aligner.extract_quotes(art)
    normalise_speakers(qs, {art.id: art.text})
    sp = qs[-1].speaker
    return (sp.name, sp.id) if sp else (None, None)


@pytest.mark.parametrize("text, name, sid", [
    ("„Das ist gut“, sagte der Churer Stadtrat Peter Caflisch.", "Peter Caflisch", "spk:peter_caflish"),
    ("„Das ist gut“, sagte der Tiroler Landeshauptmann Georg Pichler.", "Georg Pichler", "spk:georg_pihler"),
    ("„Das ist gut“, sagte der Bündner Regierungsrat Jon Domenig.", "Jon Domenig", "spk:yon_domenig"),
    ("„Das ist gut“, sagte der Urner Landammann Roman Arnold.", "Roman Arnold", "spk:roman_arnold"),
    ("„Das ist gut“, sagte Bademeister Ruedi Zünd.", "Ruedi Zünd", "spk:rudi_sund"),
    ("„Das ist gut“, sagte Bademeisterin Heidi Egli.", "Heidi Egli", "spk:heidi_egli"),
    ("„Das ist gut“, sagte die 84-jährige Anrainerin Maria Höll.", "Maria Höll", "spk:marya_hol"),
])
def test_a_place_adjective_or_job_before_a_name_stays_out_of_name_and_id(text: str, name: str, sid: str) -> None:
    assert _named(text) == (name, sid)


@pytest.mark.parametrize("text, name", [
    ("„Das ist gut“, sagte die Wiener Bürgermeisterin Anna Berger.", "Anna Berger"),
    ("„Das ist gut“, sagte Anna Maria Berger.", "Anna Maria Berger"),
    ("„Das ist gut“, sagte Reinhold Maria Weber.", "Reinhold Maria Weber"),
    ("„Das ist gut“, sagte Walter Regierungsrat.", "Walter Regierungsrat"),
])
def test_place_and_office_neighbours(text: str, name: str) -> None:
    assert _named(text)[0] == name


def test_a_shop_named_for_a_person_is_not_that_person() -> None:
    assert _named("„Das ist gut“, sagte die Bäckerei Anna Weber.")[0] != "Anna Weber"


@pytest.mark.parametrize("text, name", [
    ("«Das reicht nicht», heisst es beim Kanton Zug.\n\n«Mehr gibt es nicht», so der Kanton Uri.", "Kanton Uri"),
    ("«Das reicht nicht», sagte das Land Tirol. «Mehr gibt es nicht», so das Land Salzburg.", "Land Salzburg"),
    ("«Mehr gibt es nicht», so der Landkreis Harburg.", "Landkreis Harburg"),
])
def test_so_and_a_region_body_with_its_name_frames_the_quote(text: str, name: str) -> None:
    assert _speakers(text)[-1] == (name, 0.85)


@pytest.mark.parametrize("text", [
    "«Mehr gibt es nicht», so das Land.",
    "«Mehr gibt es nicht», so der Kanton.",
    "„Wir kämpfen weiter“, so der Kreis der Unterstützer.",
])
def test_region_neighbours_the_noun_alone_names_no_body(text: str) -> None:
    assert _last(text) is None


@pytest.mark.parametrize("text, name", [
    ("„Tom war meine ganze Welt“, sagte seine Witwe Moira.", "Moira"),
    ("Seine Witwe Moira sagte: „Tom war meine ganze Welt.“", "Moira"),
    ("„Tom war meine ganze Welt“, sagte seine Tochter Emma Hadley.", "Emma Hadley"),
])
def test_a_kin_noun_after_a_possessive_is_the_role_not_the_name(text: str, name: str) -> None:
    assert _last(text) == name


@pytest.mark.parametrize("text", [
    "„Tom war meine ganze Welt“, sagte sein Vater Staat.",
    "„Tom war meine ganze Welt“, sagte ihre Mutter.",
])
def test_kin_neighbours_no_name(text: str) -> None:
    assert _last(text) in (None, "Vater Staat")  # the idiom is no one's name, and never "Staat"
