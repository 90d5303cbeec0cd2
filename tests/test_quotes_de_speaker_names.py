"""German pronoun agreement with first names from the optional name list (gender-guesser's data
file, read in place): a fake package with invented names stands in for it here."""

from __future__ import annotations

import importlib
import sys

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.speakers import listed_first_names

# the file's layout: the gender code, the name from column 4, a '+' in column 30 marks a second spelling
LINES = ["# a comment line", "M  Zorbas" + " " * 21 + "4", "F  Velisa" + " " * 21 + "3", "M  Quenna" + " " * 21 + "2",
         "F  Quenna" + " " * 21 + "5", "?  Tirel" + " " * 22 + "1", "F  Zorbas" + " " * 20 + "+1"]


@pytest.fixture
def name_list(tmp_path, monkeypatch):
    data = tmp_path / "gender_guesser" / "data"
    data.mkdir(parents=True)
    (tmp_path / "gender_guesser" / "__init__.py").write_text("")
    (data / "nam_dict.txt").write_text("\r\n".join(LINES) + "\r\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "gender_guesser", raising=False)
    importlib.invalidate_caches()
    listed_first_names.cache_clear()
    yield
    listed_first_names.cache_clear()


def test_the_list_reads_one_gender_names_and_leaves_out_unisex_and_double_entries(name_list):
    names = listed_first_names()
    assert names["zorbas"] == "m" and names["velisa"] == "f"  # the '+' line (a second spelling) is skipped
    assert "quenna" not in names and "tirel" not in names


def test_sie_is_not_handed_to_a_man_named_by_a_listed_first_name(name_list):
    text = ("„Wir brauchen mehr Geld für Schulen“, sagte Velisa Schulz. Danach lobte Zorbas Brandt den Haushalt der "
            "Stadt. „Das reicht bei weitem nicht“, erklärte sie.")
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de")) if q.text.startswith("Das reicht")]
    assert q.speaker is not None and q.speaker.name == "Velisa Schulz"


def speaker_of(text: str, start: str):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de")) if q.text.startswith(start)]
    return q.speaker


def test_a_surname_alone_has_the_gender_its_role_shows_elsewhere_in_the_text():
    # "Weber" alone: "Bundesministerin Anna Weber" earlier shows a woman, so "er" cannot be her
    text = ("Bundesministerin Anna Weber war am Montag in Bonn. „Wir brauchen mehr Geld für Schulen“, sagte Weber. "
            "„Das reicht bei weitem nicht“, erklärte er.")
    sp = speaker_of(text, "Das reicht")
    assert sp is not None and sp.name != "Weber"


def test_a_name_before_von_den_and_a_plural_group_is_a_person_of_that_group():
    from aligner.quotes.speakers import parse_mention

    assert parse_mention("die Ministerin Renate Künast von den Grünen", "de")[:1] == ("Renate Künast",)
    assert parse_mention("Anna Weber von den Sozialdemokraten", "de")[0] == "Anna Weber"


def test_a_role_of_a_person_named_in_the_genitive_is_not_that_person():
    from aligner.quotes.speakers import parse_mention

    for mention in ("ein Sprecher der Ministerin Anna Weber", "der Anwalt des Angeklagten Paul Krüger",
                    "ein Sprecher von Ministerin Anna Weber"):
        assert parse_mention(mention, "de")[0] is None, mention
    assert parse_mention("der Sprecher des Ministeriums Paul Krüger", "de")[0] == "Paul Krüger"  # a body: his own name
    assert parse_mention("Der Vorsitzende der SPD Paul Krüger", "de")[0] == "Paul Krüger"


def test_a_name_after_a_role_of_someone_named_in_the_genitive_is_the_speakers():
    from aligner.quotes.speakers import parse_mention

    assert parse_mention("Paul Krügers Anwältin Anna Weber", "de")[:2] == ("Anna Weber", "Paul Krügers Anwältin")


def test_the_paper_addressed_after_the_name_is_no_part_of_it():
    sp = speaker_of("„Wir prüfen den Fall sehr genau“, sagte Sprecher Paul Krüger der Zeitung am Montag.", "Wir prüfen")
    assert sp is not None and sp.mention == "Sprecher Paul Krüger" and sp.name == "Paul Krüger"


def test_a_pronoun_subject_in_between_hands_the_search_on_to_the_person_before():
    text = ("Anna Weber will bis 2030 im Amt bleiben. Dennoch nimmt sie schon jetzt Abschied von der Macht. Sie erklärt: "
            "„Ich wurde nicht als Ministerin geboren.“")
    sp = speaker_of(text, "Ich wurde")
    assert sp is not None and sp.name == "Anna Weber"


def test_a_conjunction_opening_a_wie_frame_is_no_part_of_the_name():
    sp = speaker_of("Wie von der Au darlegte, sei der Koffer „nur eine harmlose Attrappe“ gewesen.", "sei der")
    assert sp is not None and not sp.mention.startswith("Wie")


def test_a_question_word_is_never_a_speakers_name():
    from aligner.quotes.phrases import make_speaker

    text = "Wer die Wahl gewinnt, ist offen."
    assert make_speaker(text, (0, 3), "de") is None


def test_a_feminine_role_of_a_body_is_not_named_by_a_mans_name_nor_by_a_company():
    from aligner.quotes.speakers import parse_mention

    assert parse_mention("die Sprecherin der Feuerwehr Paul Krüger", "de")[0] is None
    assert parse_mention("der Chef der Firma Paul Krüger", "de")[0] is None  # "Firma Paul Krüger": a company
