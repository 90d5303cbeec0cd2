"""German speakers in session 19 (invented sentences): an adverb of manner before the verb of saying
with a feminine, neuter or plural subject after it."""

import pytest

from tests.quote_helpers import mention, quote_containing


@pytest.mark.parametrize("text,who", [
    ("Heftig kritisierte die Gewerkschaft den Vorschlag: „Das ist ein Schlag ins Gesicht der Beschäftigten.“",
     "die Gewerkschaft"),
    ("Scharf kritisierten die Grünen das Vorhaben: „Das ist ein Rückschritt für den Klimaschutz.“", "die Grünen"),
    ("Verärgert reagierte die Ministerin: „Davon habe ich aus der Zeitung erfahren.“", "die Ministerin"),
    ("Heftig kritisierte die Gewerkschaft, der Vorschlag sei „ein Schlag ins Gesicht der Beschäftigten“.",
     "die Gewerkschaft"),
])
def test_adverb_of_manner_before_the_verb_is_no_speaker(text, who):
    assert mention(quote_containing(text, text.split("„")[1][:12])) == who


def test_surname_shaped_as_an_adjective_stays_the_speaker():
    text = ("Die Trainerin Anna Fröhlich war zufrieden. Fröhlich sagte: „Die Mannschaft hat heute alles richtig gemacht.“")
    assert mention(quote_containing(text, "Die Mannschaft hat")) == "Fröhlich"

