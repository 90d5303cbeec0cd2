"""English speakers, session 32 (fx113): two people joined by "and", each by a title ("said economy minister Robert
Habeck and finance minister Christian Lindner"), a firm's name of several words before a title and a name, titles
with a place or a capitalised office before the name."""
import pytest

from tests.quote_helpers import confident_name, normalised_quotes_in

Q = '"We will not raise taxes,"'


def _speaker(text):
    return normalised_quotes_in(text, "en")[-1].speaker


# neighbours: one person (two titles, a firm's name with "and"), or a second clause after "and": the person speaks
@pytest.mark.parametrize(("text", "name"), [
    (f"{Q} said Porsche and Volkswagen boss Oliver Blume.", "Oliver Blume"),
    ('Porsche and Volkswagen boss Oliver Blume said: "We will not raise taxes."', "Oliver Blume"),
    (f"{Q} said Procter and Gamble chief Jon Moeller.", "Jon Moeller"),
    ('Procter and Gamble chief Jon Moeller said: "We will not raise taxes."', "Jon Moeller"),
    (f"{Q} said Johnson and Johnson chief executive Joaquin Duato.", "Joaquin Duato"),
    (f"{Q} said Anna Weber and laughed.", "Anna Weber"),
    (f"{Q} said Anna Weber and thanked minister Tom Hill.", "Anna Weber"),
    (f"{Q} said economy minister Robert Habeck and laughed.", "Robert Habeck"),
    (f"{Q} said economy and climate minister Robert Habeck.", "Robert Habeck"),
    (f"{Q} said economy minister Robert Habeck, and finance minister Christian Lindner agreed.", "Robert Habeck"),
])
def test_one_titled_person_keeps_the_name(text, name):
    assert confident_name(_speaker(text)) == name


def test_firm_with_and_is_no_person():
    sp = _speaker(f"{Q} Marks and Spencer said.")
    assert confident_name(sp) not in ("Marks", "Spencer")


# a brand named with "by" before its head's title and name: the head speaks (2c497d5: 'Marcus' 0.9)
@pytest.mark.parametrize("text", [
    f"{Q} said Marcus by Goldman head Omer Ismail.",
    f"{Q} said Marcus by Goldman chief executive Omer Ismail.",
    f"{Q} said Marcus by Goldman head Omer Ismail on Monday.",
])
def test_brand_with_by_then_titled_name(text):
    assert confident_name(_speaker(text)) == "Omer Ismail"


# neighbours: no brand, someone spoken of, someone's place: as before
@pytest.mark.parametrize(("text", "name"), [
    (f"{Q} said Anna Weber by phone.", "Anna Weber"),
    (f"{Q} said Tom Hill in Berlin.", "Tom Hill"),
    (f"{Q} said Marcus by Goldman.", "Marcus"),
    ('"He was a fine man," said Scholz on Bundesbank chief Joachim Nagel.', "Scholz"),
    ('"He was a fine man," said Scholz at Bundesbank chief Joachim Nagel\'s funeral.', "Scholz"),
])
def test_no_brand_keeps_the_speaker(text, name):
    assert confident_name(_speaker(text)) == name


# an office's participle before its role noun is no verb with an object; "Chief of Staff" is the office before the name
# (2c497d5: unnamed at 0.9)
@pytest.mark.parametrize(("text", "name"), [
    (f"{Q} said Vantoria chief operating officer Anna Keller.", "Anna Keller"),
    (f"{Q} said chief operating officer Anna Keller.", "Anna Keller"),
    (f"{Q} said Vantoria senior managing director Anna Keller.", "Anna Keller"),
    (f"{Q} said IDF Chief of Staff Herzi Halevi.", "Herzi Halevi"),
    (f"{Q} said White House Chief of Staff Jeff Zients.", "Jeff Zients"),
    (f"{Q} IDF Chief of Staff Herzi Halevi said.", "Herzi Halevi"),
])
def test_office_words_before_the_name(text, name):
    assert confident_name(_speaker(text)) == name


# neighbours: a participle with its object, the office alone: no name
@pytest.mark.parametrize("text", [
    f"{Q} said a lawyer representing officer Tom Hill.",
    f"{Q} said a lawyer representing Tom Hill.",
    f"{Q} said the chief operating officer.",
    f"{Q} the Chief of Staff Office said.",
    f"{Q} said the Chief of Staff.",
])
def test_office_neighbours_name_no_one(text):
    assert confident_name(_speaker(text)) is None


# an armed body's name is a body, never a person (2c497d5: 'spk:' ids)
@pytest.mark.parametrize("mention", ["Iran's Quds Force", "the Quds Force", "Iran's Revolutionary Guards",
                                     "Ukraine's Armed Forces", "the National Guard", "Hamas's Military Wing"])
def test_armed_body_is_no_person(mention):
    sp = _speaker(f"{Q} said {mention}.")
    assert sp is not None and (sp.id or "").startswith("org:")


@pytest.mark.parametrize(("mention", "name"), [("Tom Force", "Tom Force"), ("Chris Wing", "Chris Wing"),
                                               ("Alex Guard", "Alex Guard"),
                                               ("Iran's Quds Force commander Esmail Qaani", "Esmail Qaani")])
def test_person_named_like_a_body_stays_a_person(mention, name):
    sp = _speaker(f"{Q} said {mention}.")
    assert sp is not None and sp.name == name and (sp.id or "").startswith("spk:")
