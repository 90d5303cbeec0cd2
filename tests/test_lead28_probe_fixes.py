"""Fixes of pr28's and rt28's findings on this session's rules: the tie before a titled name, plural titles, past
offices, the name Mia after a figure."""
import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def _speaker(frame: str, lang: str = "en", lead: str = 'The bill passed. "This is a victory," '):
    quotes = extract_quotes(Article(id="t", text=lead + frame, language=lang))
    return quotes[-1].speaker


@pytest.mark.parametrize("frame", [
    "said an aide to SPD lawmaker Anna Weber.",          # pr28-1: was Anna Weber 0.9 (the aide speaks)
    "said a supporter of SPD lawmaker Anna Weber.",
    "said a critic of Cologne parade leader Holger Kirsch.",  # pr28-7
    "said an aide to Ohio state senator Tom Reed.",
])
def test_someone_tied_to_a_titled_person_is_not_that_person(frame):
    assert _speaker(frame).name is None


@pytest.mark.parametrize("frame, name", [
    ("said Berlin's new police chief Anna Lee.", "Anna Lee"),                          # pr28-8: no "Berlin's new"
    ("said SPD parliamentary group leader Rolf Muetzenich.", "Rolf Muetzenich"),       # pr28-16
    ("says Cologne carnival parade leader Holger Kirsch.", "Holger Kirsch"),
])
def test_longer_titles_reach_the_name(frame, name):
    assert _speaker(frame).name == name


@pytest.mark.parametrize("first", [
    "Paul Krause ist gegen den Bürgermeister.",                  # rt28-3: was Paul Krause 0.9
    "Paul Krause ist mit dem Bürgermeister befreundet.",
    "Paul Krause ist als Bürgermeister zurückgetreten.",
    "Paul Krause ist Bürgermeister gewesen.",
])
def test_a_sentence_that_does_not_make_him_the_mayor(first):
    sp = _speaker("„Wir sind bereit“, sagte der Bürgermeister.", "de", first + " Die Sitzung begann spät. ")
    assert sp.name is None


def test_he_is_the_mayor_still_names_him():
    sp = _speaker("„Wir sind bereit“, sagte der Bürgermeister.", "de",
                  "Paul Krause ist seit 2010 Bürgermeister der Stadt. Die Sitzung begann spät. ")
    assert sp.name == "Paul Krause"


@pytest.mark.parametrize("a, b, lang", [
    ("In 2019 Mia Farrow said the film was great.", "In 2019, Mia Farrow said the film was great.", "en"),  # rt28-1
    ("Bis 2030 Mia und ihr Team bauen das Haus.", "Bis 2030 bauen Mia und ihr Team das Haus.", "de"),
])
def test_the_name_mia_after_a_figure_is_no_scale(a, b, lang):
    from aligner.match.consistency import compare

    assert "number" not in compare(a, b, lang=lang).flags


def test_a_sentence_opened_by_quoting_gives_the_words_to_the_one_quoted():
    # pr28-10: was Alvarez 0.9 (fx84's 'citing/quoting' openers); the words are Buttigieg's, relayed: below the bar
    sp = _speaker('Quoting Buttigieg, Alvarez said: "The damaged file has been replaced."', lead="The outage ended. ")
    assert sp.name == "Buttigieg" and sp.confidence < 0.8


def test_she_after_a_relayed_quote_is_the_relayer():
    # pr28-22: the relayed author (Biden) was taken as the antecedent of "she" at 0.9
    quotes = extract_quotes(Article(id="t", text='The outage ended. Whitfield quoted Biden as saying: "I want answers." '
                                              '"We will have a report by Friday," she said.', language="en"))
    assert quotes[-1].speaker.name != "Biden"


def test_a_first_name_the_lists_lack_is_no_office():
    # pr28b-1: 'Reinhold Maria Weber' got Maria Weber's id (a long unlisted first word was cut as an office)
    from aligner.quotes.speakers import cluster_article_names

    ids = cluster_article_names([("a", "Reinhold Maria Weber"), ("b", "Maria Weber")])
    assert ids[("a", "Reinhold Maria Weber")][0] != ids[("b", "Maria Weber")][0]


def test_a_year_before_the_name_mia_is_no_scale():
    from aligner.match.consistency import compare

    # pr28b-4: 'landete 2023 Mia.' was the figure 2023000000000
    assert "number" not in compare("Auf Platz eins landete 2023 Mia.", "Auf Platz eins landete 2023 Mia vor Emma.",
                                   lang="de").flags


@pytest.mark.parametrize("frame", ["The group Tom Reed leads on Monday said: ", "The party Anna Lee leads on Monday said: ",
                                   "The firm that Anna Lee founded on Monday said: "])
def test_a_clause_before_a_time_phrase_is_no_subject(frame):
    # pr28b-3: 'group Tom Reed leads', 'Anna Lee founded' were names at 0.9
    sp = _speaker(frame + '"We will win."', lead="It rained. ")
    assert sp is None or sp.confidence < 0.8 or sp.name in ("Tom Reed", "Anna Lee")


@pytest.mark.parametrize("role", ["der Bürgermeister von Neu-Ulm", "der neue Bürgermeister"])
def test_another_holder_of_the_office_is_not_him(role):
    # pr28b-11
    sp = _speaker(f"„Wir sind bereit“, sagte {role}.", "de",
                  "Paul Krause ist Bürgermeister von Ulm. Die Sitzung begann spät. ")
    assert sp.name != "Paul Krause"


def test_shareholders_of_a_bank_are_no_surname():
    sp = _speaker('"It is vital," Shareholders of the Deutsche Bank said.', lead="The tunnel is late. ")
    assert sp.name != "Shareholders"  # pr28b-8
