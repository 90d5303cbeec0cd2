"""Two people whose first names are a letter or two apart are two people; a swapped-letter typo is one."""
from aligner.quotes.speakers import first_names_agree


def test_first_names_a_letter_or_two_apart_are_two_names():
    # rv56-1: "Aktivist Tomas Brenner" was given the name of "Tobias Brenner" from another article
    assert not first_names_agree("Tobias", "Tomas")
    assert not first_names_agree("Jan", "Jon")
    assert not first_names_agree("Tim", "Tom")


def test_first_name_spellings_of_one_name_still_agree():
    assert first_names_agree("Michael", "Micheal")  # two neighbouring letters swapped
    assert first_names_agree("Carl", "Karl") and first_names_agree("Jurij", "Juri")


def test_run_keeps_tomas_and_tobias_apart(tmp_path):
    import json

    from run_stores import cli_run

    out, _ = cli_run(tmp_path, {
        "a.txt": "„Das reicht nicht aus, um die Klimaziele zu erreichen“, sagte der Grünen-Abgeordnete "
                 "Tobias Brenner am Dienstag.\n",
        "b.txt": "„Die Radwege sind eine Schande für diese Stadt“, sagte Aktivist Tomas Brenner am "
                 "Mittwoch in München.\n"})
    names = {json.loads(x)["speaker"]["name"] for x in (out / "quotes.jsonl").read_text().splitlines()}
    assert names == {"Tobias Brenner", "Tomas Brenner"}
