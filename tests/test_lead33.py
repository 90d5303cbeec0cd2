"""Session 33, lead: tonnages written as the trade press writes them (rv70-1, rv70-4)."""
import pytest

from aligner.match.consistency import compare


def _flags(a: str, b: str, lang: str = "en") -> list[str]:
    return compare(f'"{a}," he said.', f'"{b}," he said.', lang=lang).flags


@pytest.mark.parametrize("a, b", [
    ("Emissions fell by about 40m tonnes of CO2", "Emissions fell by about 40 million tonnes of CO2"),
    ("Emissions fell by 10mn tonnes", "Emissions fell by 10 million tonnes"),
    ("We pumped 10mn barrels a day", "We pumped 10 million barrels a day"),
    ("Our plants emitted 40 Mt of CO2 last year", "Our plants emitted 40 million tonnes of CO2 last year"),
    ("We emitted 10 megatonnes of CO2", "We emitted 10 million tonnes of CO2"),
    ("Germany emitted 673 MtCO2e last year", "Germany emitted 673 million tonnes of CO2 equivalent last year"),
    ("The world emitted 57 gigatonnes", "The world emitted 57 Gt"),
    ("We need 1.5m heat pumps", "We need 1.5 million heat pumps"),
])
def test_one_tonnage_written_two_ways_is_no_flag(a: str, b: str) -> None:
    assert _flags(a, b) == []


@pytest.mark.parametrize("a, b", [
    ("We emitted 40m tonnes", "We emitted 50 million tonnes"),
    ("We emitted 40m tonnes", "We emitted 40 gigatonnes"),
    ("We emitted 40 Mt", "We emitted 40 Gt"),
    ("We emitted 40 Mt", "We emitted 4 million tonnes"),
    ("We pumped 10mn barrels a day", "We pumped 12 million barrels a day"),
])
def test_a_changed_tonnage_is_a_number_flag(a: str, b: str) -> None:
    assert "number" in _flags(a, b)


def test_a_letter_m_before_other_words_stays_metres() -> None:
    assert _flags("It is 5m tall", "It is 5 metres tall") == []
    assert "number" in _flags("The wall is 40m high", "The wall is 4m high")


# rv71-1: a speech in parliament opens with an address to the chair and the house; a report that drops it cut nothing
@pytest.mark.parametrize("a, b, lang", [
    ("„Frau Präsidentin! Meine Damen und Herren! Wir werden die Schuldenbremse nicht aufweichen.“",
     "„Wir werden die Schuldenbremse nicht aufweichen“, sagte Merz.", "de"),
    ("„Herr Präsident! Liebe Kolleginnen und Kollegen! Wir werden die Schuldenbremse nicht aufweichen.“",
     "„Wir werden die Schuldenbremse nicht aufweichen“, sagte Merz.", "de"),
    ('"Madam President! Ladies and gentlemen! We will not loosen the debt brake."',
     '"We will not loosen the debt brake," Merz told MPs.', "en"),
    ('"Mr Speaker, my honourable friends, we will not raise income tax on working people."',
     '"We will not raise income tax on working people," he said.', "en"),
    ('"Thank you, Mr Speaker. We will not raise income tax on working people."',
     '"We will not raise income tax on working people," he said.', "en"),
])
def test_an_address_to_the_chair_left_out_is_no_cut(a: str, b: str, lang: str) -> None:
    assert compare(a, b, lang=lang).flags == []


@pytest.mark.parametrize("a, b, lang", [
    ("„Frau Präsidentin! Wir werden die Schuldenbremse nicht aufweichen, und wir werden die Renten kürzen.“",
     "„Wir werden die Schuldenbremse nicht aufweichen“, sagte Merz.", "de"),
    ('"My dear friends and members of the party, we will win this election in May."',
     '"We will win this election in May," he said.', "en"),
    ('"Thank you all very much. We will not raise income tax on working people."',
     '"We will not raise income tax on working people," he said.', "en"),
])
def test_more_than_the_address_left_out_is_still_a_cut(a: str, b: str, lang: str) -> None:
    assert "truncation" in compare(a, b, lang=lang).flags


def test_the_address_does_not_hide_a_changed_claim() -> None:
    got = compare("„Frau Präsidentin! Wir werden die Schuldenbremse nicht aufweichen.“",
                  "„Wir werden die Schuldenbremse aufweichen“, sagte Merz.", lang="de")
    assert "negation" in got.flags


# rv70-23, rv70-24: "zero" / "null" counting as "no" / "kein", "not least" / "nicht zuletzt" are no negators
@pytest.mark.parametrize("a, b, lang", [
    ("There must be zero new coal plants", "There must be no new coal plants", "en"),
    ("New cars must have zero emissions from 2035", "New cars must have no emissions from 2035", "en"),
    ("Es darf null neue Kohlekraftwerke geben", "Es darf keine neuen Kohlekraftwerke geben", "de"),
    ("Prices rose, not least because of the carbon price", "Prices rose, partly because of the carbon price", "en"),
    ("Die Preise stiegen nicht zuletzt wegen des CO2-Preises", "Die Preise stiegen auch wegen des CO2-Preises", "de"),
    ("There must be zero new coal plants", "There must be 0 new coal plants", "en"),
])
def test_zero_and_not_least_read_plainly(a: str, b: str, lang: str) -> None:
    assert compare(f'"{a}," he said.', f'"{b}," he said.', lang=lang).flags == []


@pytest.mark.parametrize("a, b, lang", [
    ("We will reach net zero emissions by 2045", "We will not reach net zero emissions by 2045", "en"),
    ("We will cut emissions to zero by 2045", "We will not cut emissions to zero by 2045", "en"),
    ("Prices rose, not least because of taxes", "Prices rose, not because of taxes", "en"),
    ("Prices rose, not least because of the carbon price", "Prices did not rise because of the carbon price", "en"),
    ("Die Emissionen auf null senken", "Die Emissionen nicht senken", "de"),
])
def test_a_real_negation_beside_zero_or_not_least_stays(a: str, b: str, lang: str) -> None:
    assert "negation" in compare(f'"{a}," he said.', f'"{b}," he said.', lang=lang).flags


def test_zero_against_another_count_is_the_number_flag_alone() -> None:
    got = compare('"We recorded zero deaths last year," he said.', '"We recorded two deaths last year," he said.')
    assert got.flags == ["number"]


# rv69-3, rv71-12: interview and parliament layouts whose turns are not read are said in "What could not be checked"
@pytest.mark.parametrize("text", [
    "T\n\nDIE ZEIT: Warum?\n\nHabeck: Darum.\n\nDIE ZEIT: Und?\n\nHabeck: Nein.\n",
    "T\n\nSZ: Warum?\n\nScholz: Darum.\n\nSZ: Und?\n\nScholz: Nein.\n",
    "T\n\n[00:12:31] JAMES WHITAKER: Why?\n\n[00:12:40] SARAH COLLINS: Because.\n\n"
    "[00:13:02] JAMES WHITAKER: And?\n\n[00:13:09] SARAH COLLINS: No.\n",
])
def test_interview_labels_are_counted(text: str) -> None:
    from aligner.report.common import transcript_lines

    assert transcript_lines(text) == 4


def test_a_parliament_record_is_counted_and_narration_is_not() -> None:
    from aligner.report.common import transcript_lines

    record = ("T\n\nFriedrich Merz (CDU/CSU): Frau Präsidentin! Wir werden die Schuldenbremse nicht aufweichen.\n\n"
              "Heidi Reichinnek (Die Linke): Herr Bundeskanzler, das glaubt Ihnen niemand.\n")
    assert transcript_lines(record) == 2
    assert transcript_lines("T\n\nDie Bilanz: gut.\n\nDer Grund: schlecht.\n\nDie Bilanz: gut.\n") == 0
    assert transcript_lines("T\n\nDer Kanzler (links) sprach lange.\n\nUm 12:30 Uhr begann die Sitzung.\n") == 0


# rv70-17: power and energy units are read ('30 GW' / '30,000 megawatts' one figure; '10 GW' / '10 MW' a change)
@pytest.mark.parametrize("a, b, lang", [
    ("We need 30 gigawatts of offshore wind", "We need 30 GW of offshore wind", "en"),
    ("We use 5 TWh a year", "We use 5 terawatt hours a year", "en"),
    ("The plant has 1,500 megawatts", "The plant has 1.5 gigawatts", "en"),
    ("We need 30 gigawatts of wind", "We need 30,000 megawatts of wind", "en"),
])
def test_power_and_energy_written_two_ways_agree(a: str, b: str, lang: str) -> None:
    assert compare(f'"{a}," he said.', f'"{b}," he said.', lang=lang).flags == []


@pytest.mark.parametrize("a, b, lang", [
    ("We need 10 gigawatts", "We need 10 megawatts", "en"),
    ("Wir brauchen 10 Gigawatt", "Wir brauchen 10 Megawatt", "de"),
    ("Wir verbrauchen 500 Terawattstunden", "Wir verbrauchen 500 Gigawattstunden", "de"),
])
def test_a_power_or_energy_unit_changed_is_a_number_flag(a: str, b: str, lang: str) -> None:
    assert "number" in compare(f'"{a}," he said.', f'"{b}," he said.', lang=lang).flags
