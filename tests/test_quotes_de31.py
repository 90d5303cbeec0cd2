"""German speakers, session 30 (de31): a number's label before a name is no count ('die Nummer 10 Jamal Musiala',
'die Nr. 1 der Welt, Anna Weber'); an actor's role
goes back to the actor named, a plural verb or two holders of the role to no one; an age noun after a named person is that
person, a guess below the bar."""
import pytest

from aligner.match.speaker_flag import names_verdict
from tests.quote_helpers import speaker_in

_WAHL = "Die Wahl ist vorbei. „Das Ergebnis ist klar“, "


def _said(frame: str):
    return speaker_in(_WAHL + frame, "Ergebnis")


@pytest.mark.parametrize("frame, name", [
    # a shirt or start number after its label: the number is no count of the name after it (was name None at 0.9)
    ("sagte die Nummer 10 Jamal Musiala.", "Jamal Musiala"),
    ("sagte Startnummer 7 Anna Weber.", "Anna Weber"),
    ("sagte Fahrer Nummer 44 Lewis Hamilton.", "Lewis Hamilton"),
    # 'Nr.' before its number: the dot is no sentence end, the rank no name (was 'Nr' at 0.9)
    ("sagte die Nr. 1 Anna Weber.", "Anna Weber"),
    ("sagte die Nr. 1 der Welt, Anna Weber.", "Anna Weber"),
    ("sagte die Nr. 2 der SPD, Anna Weber.", "Anna Weber"),
    # a rank with an owner, then the name in apposition (was 'Bayerns Nummer 10' at 0.9)
    ("sagte Bayerns Nummer 10, Jamal Musiala.", "Jamal Musiala"),
])
def test_a_number_after_its_label_then_the_name(frame, name):
    sp = _said(frame)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("frame", [
    "sagte die Nr. 1 der Welt.",  # was 'Nr' at 0.9
    "sagte Bayerns Nummer 10.",  # was the name 'Bayerns Nummer 10' at 0.9
])
def test_a_rank_alone_names_no_one(frame):
    sp = _said(frame)
    assert sp is None or sp.name is None


@pytest.mark.parametrize("frame, name", [
    # neighbours that keep what they gave: counts, clubs with numbers, names that are number words
    ("sagte Darmstadt 98 Trainer Florian Kohfeldt.", "Florian Kohfeldt"),
    ("sagte Hannover 96 Präsident Martin Kind.", "Martin Kind"),
    ("sagte Anna Weber, eine von zwölf Kandidaten.", "Anna Weber"),
    ("sagte Peter Maier, Sprecher der 16 Länder.", "Peter Maier"),
    ("sagte Klaus Zehn.", "Klaus Zehn"),
    ("sagte Anna Weber, die Nr. 1 der Welt.", "Anna Weber"),
])
def test_counts_and_club_numbers_unchanged(frame, name):
    sp = _said(frame)
    assert sp is not None and sp.name == name


def test_a_count_before_a_noun_still_no_name():
    sp = speaker_in("Die Wahl ist vorbei. „Das Ergebnis ist klar“, hieß es aus den anderen 298 Wahlkreisen.", "Ergebnis")
    assert sp is None or sp.name is None


@pytest.mark.parametrize("a, b", [
    ("Marta Weber", "Maria Weber"),  # another letter
    ("Lena Weber", "Lina Weber"),  # common German names one vowel apart
    ("Karin Weber", "Karen Weber"),
    ("Anna Weber", "Anne Weber"),
    ("Ute Vogt", "Uta Vogt"),  # the last vowel: another name
    ("Ines Vogt", "Enes Vogt"),  # the first letter
    ("Jan Vogt", "Jon Vogt"),
    ("Bernd Vogt", "Bernt Vogt"),
])
def test_other_names_one_letter_apart_stay_not_compared(a, b):
    assert names_verdict(a, b) is None


_SCHNEE = "„Das Schöne ist der Schnee“, "


@pytest.mark.parametrize("before, frame, name", [
    # an actor is no team position: the role goes back to the one the text names with it (was no name at 0.9)
    ("Die Schauspielerin Yvonne Catterfeld freut sich auf Weihnachten. ", "sagte die Schauspielerin.", "Yvonne Catterfeld"),
    ("Der Schauspieler Tom Schilling freut sich auf Weihnachten. ", "sagte der Schauspieler.", "Tom Schilling"),
])
def test_an_actor_role_goes_back_to_the_actor_named(before, frame, name):
    sp = speaker_in(before + _SCHNEE + frame, "Schnee")
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("before, frame", [
    # a plural speech verb: several people, never the one named before (was Tom Schilling at 0.9)
    ("Der Minister Tom Schilling freut sich. ", "sagten die Minister."),
    ("Der Musiker Tom Schilling freut sich. ", "sagten die Musiker."),
    ("Der Minister Tom Schilling freut sich. ", "erklärten die Minister."),
    ("Der Minister Tom Schilling freut sich. ", "sagen die Minister."),
    ("Der Schauspieler Tom Schilling freut sich. ", "sagten die Schauspieler."),
    # two people named with the role: either may speak (was the first at 0.9)
    ("Der Minister Tom Schilling traf den Minister Lars Eidinger. ", "sagte der Minister."),
    ("Der Musiker Tom Schilling traf den Musiker Lars Eidinger. ", "sagte der Musiker."),
    ("Der Schauspieler Tom Schilling traf den Schauspieler Lars Eidinger. ", "sagte der Schauspieler."),
    # neighbours that stay unnamed: another gender, another role, an indefinite one
    ("Der Schauspieler Tom Schilling traf Anna Weber. ", "sagte die Schauspielerin."),
    ("Die Sängerin Yvonne Catterfeld freut sich. ", "sagte die Schauspielerin."),
    ("Der Schauspieler Tom Schilling freut sich. ", "sagte ein Schauspieler."),
    ("Mittelfeldspieler Jan Vogt jubelte. ", "sagte der Mittelfeldspieler."),
])
def test_several_or_either_holder_names_no_one(before, frame):
    sp = speaker_in(before + _SCHNEE + frame, "Schnee")
    assert sp is not None and sp.name is None


@pytest.mark.parametrize("before, frame, name", [
    # the singular verb and one holder keep the name (unchanged)
    ("Der Minister Tom Schilling freut sich. ", "sagte der Minister.", "Tom Schilling"),
    ("Der Minister Tom Schilling freut sich. ", "sagt der Minister.", "Tom Schilling"),
    ("Der Minister Tom Schilling freut sich. ", "hat der Minister gesagt.", "Tom Schilling"),
    ("Bundesminister Tom Schilling traf Minister Schilling. ", "sagte der Minister.", "Tom Schilling"),
])
def test_one_holder_singular_verb_keeps_the_name(before, frame, name):
    sp = speaker_in(before + _SCHNEE + frame, "Schnee")
    assert sp is not None and sp.name == name


_TENDENZ = "„Ich finde schon, dass es neue Verhaltensweisen gibt“, "


@pytest.mark.parametrize("before, frame, name", [
    # German news names someone by age after naming them: the person just named, a guess below the bar (was no name)
    ("Der deutsche Spitzenschiedsrichter Felix Brych hat negative Tendenzen ausgemacht. ",
     "sagte der 47-Jährige der Deutschen Presse-Agentur.", "Felix Brych"),
    ("Anna Weber hat negative Tendenzen ausgemacht. ", "sagte die 47-Jährige.", "Anna Weber"),
])
def test_an_age_noun_after_a_named_person_is_a_guess(before, frame, name):
    sp = speaker_in(before + _TENDENZ + frame, "Verhaltensweisen")
    assert sp is not None and sp.name == name and sp.confidence is not None and sp.confidence < 0.8


@pytest.mark.parametrize("before, frame", [
    ("Felix Brych (52) hat negative Tendenzen ausgemacht. ", "sagte der 47-Jährige."),  # another age stated
    ("Anna Weber hat negative Tendenzen ausgemacht. ", "sagte der 47-Jährige."),  # another gender
    ("Felix Brych hat negative Tendenzen ausgemacht. ", "sagte die 47-Jährige."),
    ("Felix Brych hat einen 47-Jährigen verwarnt. ", "sagte der 47-Jährige."),  # the one introduced by that age
    ("Ein 47-Jähriger wurde verletzt. ", "sagte der 47-Jährige."),
    ("Die Polizei nahm den Mann fest. ", "sagte der 47-Jährige."),  # no one named
])
def test_an_age_noun_that_fits_no_one_named_stays_unnamed(before, frame):
    sp = speaker_in(before + _TENDENZ + frame, "Verhaltensweisen")
    assert sp is not None and sp.name is None


def test_an_age_stated_with_the_name_still_names_at_the_bar():
    sp = speaker_in("Felix Brych (47) hat negative Tendenzen ausgemacht. " + _TENDENZ + "sagte der 47-Jährige.", "Verhaltensweisen")
    assert sp is not None and sp.name == "Felix Brych" and sp.confidence is not None and sp.confidence >= 0.8
