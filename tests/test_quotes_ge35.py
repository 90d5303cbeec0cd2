"""German speakers, session 34 (ge35): a dative outlet or person after the verb of a frame whose name stands before
the verb ("Müller sagte dem Bayerischen Rundfunk:") is the one told; a surname before "von der" and a party's acronym
or name ("Reichinnek von der Linken", "Spahn von der CDU") is a person from the party; an owner's genitive written
with an apostrophe ("Merz' Gegenüber") is no speaker; a plural in -ern after a surname ("Merz Unterstützern") is who
is told.  Invented sentences."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

Q = "„Ich höre auf.“"


def _speaker(text: str, part: str) -> tuple[str | None, str | None, float | None]:
    """Name, id kind ("spk" / "org") and confidence of the quote holding ``part`` after normalisation."""
    sp = normalised_quote_containing(text, part).speaker
    if sp is None:
        return None, None, None
    return sp.name, (sp.id or ":").split(":")[0] or None, sp.confidence


def _named(text: str, part: str) -> str | None:
    name, _kind, conf = _speaker(text, part)
    return name if conf is not None and conf >= SPEAKER_BAR else None


# pr34-13: the dative outlet after the verb, its adjective capitalised or a place after its noun
@pytest.mark.parametrize("outlet", [
    "dem Bayerischen Rundfunk", "dem Westdeutschen Rundfunk", "dem Redaktionsnetzwerk Deutschland", "dem Magazin Stern",
    "dem Nachrichtenportal T-Online", "dem Evangelischen Pressedienst", "dem Sender Phoenix", "dem Fernsehsender RTL",
    "dem Kollegen Paul Krause",
])
def test_dative_after_the_verb_is_told_the_name_before_speaks(outlet: str) -> None:
    assert _named(f"Müller sagte {outlet}: {Q}", "höre") == "Müller"


@pytest.mark.parametrize(("text", "name"), [
    (f"Dazu sagte dem Sender Max Maier: {Q}", "Max Maier"),  # an adverb first: the name after the dative speaks
    (f"Gestern sagte dem Sender Max Maier: {Q}", "Max Maier"),
    (f"Anna Weber erklärte einem Reporter der Zeitung: {Q}", "Anna Weber"),
    (f"Die Ministerin sagte dem Sender Phoenix: {Q}", None),  # a role before the verb: unnamed, never the outlet
])
def test_dative_after_the_verb_neighbours(text: str, name: str | None) -> None:
    assert _named(text, "höre") == name


# rv71-29: a person from a party whose acronym has a small letter or whose name is an adjective's form
@pytest.mark.parametrize(("sayer", "name"), [
    ("Heidi Reichinnek von der Linken", "Heidi Reichinnek"),
    ("Tino Chrupalla von der AfD", "Tino Chrupalla"),
    ("Reichinnek von der Linken", "Reichinnek"),
    ("Spahn von der CDU", "Spahn"),
    ("Weidel von der AfD", "Weidel"),
])
def test_person_from_a_party_is_the_person(sayer: str, name: str) -> None:
    text = f"„Das ist falsch“, sagte {sayer}."
    got, kind, conf = _speaker(text, "falsch")
    assert (got, kind) == (name, "spk") and conf is not None and conf >= SPEAKER_BAR


@pytest.mark.parametrize(("sayer", "name"), [
    ("Ursula von der Leyen", "Ursula von der Leyen"),  # a particle surname stays whole
    ("Beatrix von Storch", "Beatrix von Storch"),
    ("Maria von der Linden", "Maria von der Linden"),
    ("Jens Spahn von der CDU", "Jens Spahn"),
])
def test_person_from_a_party_neighbours(sayer: str, name: str) -> None:
    assert _named(f"„Das ist falsch“, sagte {sayer}.", "falsch") == name


# pr34-9: an owner's genitive with an apostrophe (names in -s, -z, -ß) before a tie noun
@pytest.mark.parametrize(("sayer", "name"), [
    ("Merz' Gegenüber", None),
    ("Merz’ Gegenüber", None),
    ("Scholz' Gegenüber Merz", "Merz"),
    ("Merz' Parteifreund Söder", "Söder"),
    ("Scholz' Kollege Habeck", "Habeck"),
    ("Scholz' Kollegin Anna Weber", "Anna Weber"),
    ("Klaus’ Sohn", None),
    ("Kompanys Dortmunder Gegenüber Niko Kovac", "Niko Kovac"),
])
def test_apostrophe_genitive_owner_does_not_speak(sayer: str, name: str | None) -> None:
    assert _named(f"„Wir waren besser“, sagte {sayer}.", "besser") == name


@pytest.mark.parametrize(("sayer", "name"), [
    ("Merz", "Merz"),
    ("Habecks Kollege Lindner", "Lindner"),
    ("Peter Müller Gegenüber", "Peter Müller"),  # a surname in -er is no town's adjective
    ("Merz’ Sprecher Steffen Meyer", "Steffen Meyer"),
])
def test_apostrophe_genitive_neighbours(sayer: str, name: str | None) -> None:
    assert _named(f"„Wir waren besser“, sagte {sayer}.", "besser") == name


def test_der_berliner_gegenueber_is_no_name() -> None:
    assert _named("„Wir waren besser“, sagte der Berliner Gegenüber.", "besser") is None


# pr34-10 rest: the ones told, a plural in the dative after the surname, in the frame after the quote and inside
@pytest.mark.parametrize(("sayer", "name"), [
    ("Scholz Vertrauten", "Scholz"),
    ("Merz Parteifreunden", "Merz"),
    ("Merz Unterstützern", "Merz"),
    ("Merz Anhängern in Berlin", "Merz"),
    ("Olaf Scholz Journalisten", "Olaf Scholz"),
    ("Kanzler Scholz Vertrauten", "Scholz"),
    ("Anna Müller Reportern", "Anna Müller"),
])
def test_plural_told_after_the_surname(sayer: str, name: str) -> None:
    assert _named(f"„Das ist kein Selbstzweck“, sagte {sayer}.", "Selbstzweck") == name


def test_plural_told_inside_the_message() -> None:
    text = "Wie der SPIEGEL berichtet, sagte Merz Unterstützern, die Schuldenbremse sei „kein Selbstzweck“."
    assert _named(text, "Schuldenbremse") == "Merz"


@pytest.mark.parametrize(("sayer", "name"), [
    ("Peter Stern", "Peter Stern"),  # a surname in -ern: short, or after a first name
    ("Anna Kern", "Anna Kern"),
    ("Paul Wintern", "Paul Wintern"),
    ("Maria Western", "Maria Western"),
])
def test_plural_told_neighbours(sayer: str, name: str) -> None:
    assert _named(f"„Das ist kein Selbstzweck“, sagte {sayer}.", "Selbstzweck") == name


# rv70-21: a role compound of a meeting's short name with a digit ("COP29-Präsident") before the name
@pytest.mark.parametrize(("sayer", "name"), [
    ("COP29-Präsident Muchtar Babajew", "Muchtar Babajew"),
    ("der COP29-Präsident Muchtar Babajew", "Muchtar Babajew"),
    ("G20-Sherpa Jörg Kukies", "Jörg Kukies"),
])
def test_numbered_meeting_role_compound_does_not_hide_the_name(sayer: str, name: str) -> None:
    text = f"„Öl und Gas sind ein Geschenk Gottes“, sagte der aserbaidschanische Präsident Ilham Alijew. „Wir müssen mehr tun“, sagte {sayer}."
    assert _named(text, "mehr tun") == name


def test_numbered_code_is_still_no_speaker() -> None:
    assert _named("„Wir müssen mehr tun“, sagte FAV2023.", "mehr tun") is None


# rv70-14 (German part): Portuguese and Italian particles inside a surname
@pytest.mark.parametrize(("sayer", "name"), [
    ("Brasiliens Präsident Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    ("COP30-Präsident André Corrêa do Lago", "André Corrêa do Lago"),
    ("André Corrêa do Lago, der COP30-Präsident", "André Corrêa do Lago"),
    ("Luigi di Maio", "Luigi di Maio"),
])
def test_romance_particles_stay_in_the_name(sayer: str, name: str) -> None:
    assert _named(f"„Wir müssen mehr tun“, sagte {sayer}.", "mehr tun") == name


@pytest.mark.parametrize("sayer", ["Müller da", "Müller da Journalisten", "Müller da am Montag", "Müller, da Journalisten fragten"])
def test_german_da_is_no_particle(sayer: str) -> None:
    assert _named(f"„Wir müssen mehr tun“, sagte {sayer}.", "mehr tun") == "Müller"


# rv71-23: an object pronoun between the verb after the quote and its subject ("hielt ihm Reichinnek entgegen")
@pytest.mark.parametrize(("frame", "name"), [
    ("hielt ihm Reichinnek entgegen", "Reichinnek"),
    ("entgegnete ihm Reichinnek", "Reichinnek"),
    ("warf ihm Reichinnek vor", "Reichinnek"),
    ("rief ihnen Merz zu", "Merz"),
    ("sagte ihm Bundeskanzler Friedrich Merz", "Friedrich Merz"),
    ("sagte ihm Scholz der SZ", "Scholz"),  # pr34-11's neighbours: the same cuts as without the pronoun
    ("sagte ihm Anfang der Woche Merz", "Merz"),
    ("sagte ihm Dienstag Merz", "Merz"),
    ("sagte ihm Merz Dank", "Merz"),
    ("sagte ihm Heidi Reichinnek von der Linken", "Heidi Reichinnek"),
    ("teilte ihm die Polizei mit", "Polizei"),
])
def test_object_pronoun_before_the_subject(frame: str, name: str) -> None:
    assert _named(f"Präsidentin Klöckner ermahnte die AfD-Fraktion: „Ich bitte um Ruhe.“ „Das ist Ihre Politik“, {frame}.", "Ihre Politik") == name


@pytest.mark.parametrize("frame", ["sagte uns Bescheid", "sagte ihm seine Mutter", "sagte uns Merz' Gegenüber", "sagte ihm der Minister",
                                   "sagte mir ein Sprecher"])
def test_object_pronoun_neighbours_name_no_one(frame: str) -> None:
    assert _named(f"„Das ist falsch“, {frame}.", "falsch") is None



# rv71-9 / rv71-15: a paper's name in marks after a verb of writing is the paper, never a quote nor a person
def _quote_texts(text: str) -> list[str]:
    from tests.quote_helpers import normalised_quotes_in

    return [q.text for q in normalised_quotes_in(text) if "title" not in q.flags]


@pytest.mark.parametrize(("text", "title"), [
    ("In ihrem Leitartikel schreibt die „Welt“: „Die Koalition ist am Ende.“", "Welt"),
    ("„Die Kommunen sind pleite“, meint die „taz“ in ihrem Kommentar.", "taz"),
    ("Dazu schreibt der „Spiegel“: „Die Koalition ist am Ende.“", "Spiegel"),
])
def test_paper_after_a_verb_of_writing_is_no_quote(text: str, title: str) -> None:
    assert title not in _quote_texts(text)


@pytest.mark.parametrize(("text", "name"), [
    ("In ihrem Leitartikel schreibt die „Welt“: „Die Koalition ist am Ende.“", "Welt"),
    ("Dazu schreibt der „Spiegel“: „Die Koalition ist am Ende.“", "Spiegel"),
])
def test_paper_after_a_verb_of_writing_speaks(text: str, name: str) -> None:
    name_got, kind, conf = _speaker(text, "Koalition")
    assert (name_got, kind) == (name, "org") and conf is not None and conf >= SPEAKER_BAR


@pytest.mark.parametrize("paper", ["Rheinische Post", "Berliner Morgenpost"])
def test_paper_of_two_words_in_marks_is_named_whole(paper: str) -> None:
    name, kind, _conf = _speaker(f"„Die Kommunen sind pleite“, schreibt die „{paper}“.", "pleite")
    assert (name, kind) == (paper, "org")


@pytest.mark.parametrize(("text", "word"), [
    ("Merz meint die „Brandmauer“.", "Brandmauer"),  # a subject before the verb: the words in marks are its object
    ("Scholz kritisierte die „Bazooka“.", "Bazooka"),
])
def test_chosen_word_after_another_subject_stays_a_quote(text: str, word: str) -> None:
    assert word in _quote_texts(text)
