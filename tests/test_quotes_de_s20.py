"""German subjects of a verb of saying: an article-less noun opening a headline-style clause before the
verb speaks, the noun after the verb is its object; "X zufolge" names the source of a report, the clause's
own subject speaks.  Invented sentences."""

import pytest

from tests.quote_helpers import confident_who, normalised_quote_containing

BAR = 0.8


@pytest.mark.parametrize("text,part,obj", [
    ("Anwohnerschaft warnt Stadtverwaltung: „Die Straße wird zu eng.“", "Die Straße", "Stadtverwaltung"),
    ("Anwohnerschaft kritisiert die Stadtverwaltung: „Die Straße wird zu eng.“", "Die Straße", "Stadtverwaltung"),
    ("Wissenschaft widerspricht Landespolitik: „Die Zahlen sagen etwas anderes.“", "Die Zahlen", "Landespolitik"),
    ("Forschung kritisiert Sparplan: „So verlieren wir die besten Köpfe.“", "So verlieren", "Sparplan"),
])
def test_object_after_the_verb_of_a_headline_does_not_speak(text, part, obj):
    assert confident_who(normalised_quote_containing(text, part)) != obj


@pytest.mark.parametrize("text,part,speaker", [
    ("Heftig kritisierte die Gewerkschaft: „Die Löhne reichen nicht.“", "Die Löhne", "Gewerkschaft"),
    ("Erneut warnt Klara Sommer: „Die Deiche halten nicht.“", "Die Deiche", "Klara Sommer"),
    ("Nebenbei warnt Klara Sommer: „Die Deiche halten nicht.“", "Die Deiche", "Klara Sommer"),
    ("Landespolitik kritisiert der Verband: „Die Fristen sind zu knapp.“", "Die Fristen", "Verband"),
    ("Zurückhaltung mahnte die Ministerin an: „Wir warten die Zahlen ab.“", "Wir warten", "die Ministerin"),
    ("Unterstützung signalisierte die Gewerkschaft: „Wir stehen dahinter.“", "Wir stehen", "Gewerkschaft"),
])
def test_verb_second_subject_after_a_fronted_word_still_speaks(text, part, speaker):
    assert confident_who(normalised_quote_containing(text, part)) == speaker


@pytest.mark.parametrize("text,part,source,speaker", [
    ("Polizeiangaben zufolge sagte der Fahrer: „Ich habe nichts gesehen.“", "Ich habe", "Polizeiangaben", "Fahrer"),
    ("Zeugenaussagen zufolge rief Jonas Brandt: „Haltet ihn auf!“", "Haltet ihn", "Zeugenaussagen", "Jonas Brandt"),
    ("Gerichtsakten zufolge hat die Zeugin gesagt: „Es war dunkel.“", "Es war", "Gerichtsakten", "die Zeugin"),  # fx131: a role, no name
])
def test_zufolge_source_is_not_who_speaks(text, part, source, speaker):
    name = confident_who(normalised_quote_containing(text, part))
    assert name != source
    assert name == speaker
