"""fx128: speakers left from session 34: a company given only by its kind ("the company said") shared by
every article, spouses and bare first names, a nickname in marks typed as a paper, an initial without its
dot, a noble surname alone."""

from __future__ import annotations

import pytest

import aligner
from aligner.match.clusters import same_speaker, speaker_doubt
from aligner.model import QuoteVersion
from aligner.quotes.speakers import normalise_speakers


def _speakers(*arts: tuple[str, str]):
    quotes, texts = [], {}
    for i, (lang, text) in enumerate(arts):
        art = aligner.Article(id=f"a{i}", text=text, language=lang)
        texts[art.id] = text
        quotes += aligner.extract_quotes(art)
    normalise_speakers(quotes, texts)
    return [q.speaker for q in quotes]


# --- 1. "the company said": a kind, never one entity across articles ------------------------

@pytest.mark.parametrize("lang, one, two", [
    ("en", 'Nordwerk Energy will close a plant. "We regret this step," the company said.',
     'Halvorsen Foods reported record sales. "Demand remained strong," the company said.'),
    ("de", "Die Nordwerk Energie streicht Stellen. „Wir bedauern diesen Schritt“, teilte das Unternehmen mit.",
     "Die Brauerei Lindenhof meldet Rekorde. „Die Nachfrage war stark“, teilte das Unternehmen mit."),
    ("en", 'Nordwerk Energy will close a plant. "We regret this step," said the firm.',
     'Halvorsen Foods reported record sales. "Demand remained strong," the firm said. "We hire," it said.'),
])
def test_company_by_its_kind_is_no_entity_shared_by_two_articles(lang, one, two):
    got = _speakers((lang, one), (lang, two))
    assert len(got) >= 2 and all(sp is not None and sp.id for sp in got)
    arts = {sp.id.rsplit("@", 1)[-1] for sp in got}
    assert arts == {"a0", "a1"}  # no company named with a legal form: an entity of each article alone
    assert all(sp.resolved_from for sp in got)


def test_company_by_its_kind_takes_the_one_company_its_article_names():
    got = _speakers(("de", "Die Kreuzberger Stahlwerke AG streicht Stellen. „Wir bedauern das“, teilte der Konzern mit."),
                    ("en", 'Halvorsen Foods Inc. grew. "Demand stayed strong," the company said.'),
                    ("en", 'Nordwerk Ltd and Balder Inc. signed a deal. "We are pleased," the company said.'))
    assert [sp.name for sp in got] == ["Kreuzberger Stahlwerke AG", "Halvorsen Foods Inc.", "company"]
    assert got[0].id != got[1].id and got[2].id == "org:company@a2"  # two companies named: which one, unknown
    assert all(sp.confidence < 0.8 for sp in got[:2])  # found through a role: below the bar


def test_company_named_in_the_sentence_keeps_its_name():
    got = _speakers(("en", '"Demand stayed strong," Halvorsen Foods said.'), ("en", '"We regret it," Nordwerk said.'),
                    ("en", '"Demand stayed strong," the company\'s spokesman said.'))
    assert [sp.name for sp in got] == ["Halvorsen Foods", "Nordwerk", None]
    assert "@" not in (got[0].id or "") + (got[1].id or "")


def _version(art: str, speaker: str, sid: str):
    return QuoteVersion(quote_id=f"{art}#q0", article_id=art, outlet=art, language="en", original="We stay.",
                        english="We stay.", start=0, end=8, kind="direct", speaker=speaker, speaker_id=sid,
                        speaker_confidence=0.9)


@pytest.mark.parametrize("name, a, b", [("company", "org:company@a0", "org:company@a1"),
                                        ("Anna", "spk:ana@a0", "spk:ana@a1")])
def test_one_articles_entity_is_never_known_the_same_as_anothers(name, a, b):
    va, vb = _version("a0", name, a), _version("a1", name, b)
    assert same_speaker(va, vb) is None
    assert speaker_doubt(va, {"ana", "anna", "company"}) is not None  # uncertain: titles no cluster, flags nothing


# --- 2. a first name alone: never one person across articles -----------------------------------

def test_first_name_alone_is_one_person_of_its_own_article():
    got = _speakers(("de", "Peter Kowalski eröffnete die Halle. „Ein großer Tag“, sagte Kowalski. "
                           "„Wir haben lange gewartet“, sagte seine Frau Maria. Maria ergänzte: „Die Kinder freuen sich.“"),
                    ("de", "Die Lehrerin ist skeptisch. „Die Kinder freuen sich nicht“, sagte Maria."),
                    ("en", '"We waited for years," said Anna, a nurse from Leeds.'),
                    ("en", '"We never waited," said Anna, who runs a bakery in York.'))
    ids = [sp.id for sp in got]
    assert ids[0] != ids[1] and ids[1] == ids[2]  # his wife is not him; her two quotes are hers
    assert len({ids[1], ids[3], ids[4], ids[5]}) == 4  # Maria, Maria, Anna, Anna of four articles: four people


def test_first_name_alone_is_its_own_articles_person_only():
    # the join of a bare first name to its article's one full name of that first name was taken back (rt36-25:
    # 'said Detective Anna Cole. ... his mother, Anna, said' gave the mother's words to the detective at 0.9)
    got = _speakers(("en", '"We waited," said Anna Kowalski, a nurse. "It was long," Anna added.'),
                    ("en", '"We waited too," said Anna, a pensioner.'),
                    ("en", '"It is a great day," said Peter Kowalski. "We waited," his wife Anna said.'))
    assert got[1].id not in (got[0].id, got[2].id) and got[1].name == "Anna"
    assert got[2].id not in (got[0].id, got[4].id) and got[4].id not in (got[0].id, got[3].id)
    assert got[4].name == "Anna"


def test_bare_surname_still_one_person_across_articles():
    got = _speakers(("en", '"Prices fall," said Merkel.'), ("en", '"Prices rise," said Merkel.'))
    assert got[0].id == got[1].id == "spk:merkel"


# --- 3. papers in marks stay outlets (the nickname rule of f3113ff was taken back: rt36-5) ---------

@pytest.mark.parametrize("text, name", [
    ("„Wir gewinnen das Spiel“, berichtet „Bild“.", "Bild"),  # a verb of reporting: the paper
    ("„Wir gewinnen das Spiel“, sagte „Bild“.", "Bild"),  # an outlet the list knows
    ("„Wir gewinnen das Spiel“, schreibt „Welt“.", "Welt"),
])
def test_paper_in_marks_stays_an_outlet(text, name):
    sp = _speakers(("de", text))[0]
    assert sp.name == name and (sp.id or "").startswith("org:")


def test_name_after_words_in_marks_is_not_taken_for_a_nickname():
    sp = _speakers(("de", "„Wir gewinnen das Spiel“, sagte „Bayern-Boss“ Hoeneß."))[0]
    assert (sp.id or "").startswith("org:") or sp.name != "Bayern-Boss"  # as before: never a person "Bayern-Boss"
    sp = _speakers(("de", "„Wir gewinnen das Spiel“, sagte „Zeit“-Chef Müller."))[0]
    assert not (sp.name == "Zeit" and (sp.id or "").startswith("spk:"))


# --- 4. an initial without its dot: "A Rahman", not an article --------------------------------

_AGAIN = " Rahman, who farms rice, has lived there for 40 years."


@pytest.mark.parametrize("lang, text", [
    ("en", '"The floods took our village," A Rahman said.' + _AGAIN),
    ("en", '"The floods took our village," said A Rahman, a farmer.' + _AGAIN),
    ("en", '"The floods took our village," A Rahman, 54, said.'),
    ("en", '"The floods took our village," said A Rahman. Later Rahman said he would stay.'),
    ("de", "„Die Flut hat unser Dorf zerstört“, sagte A Rahman."),
])
def test_initial_without_its_dot_is_part_of_the_name(lang, text):
    sp = _speakers((lang, text))[0]
    assert sp.name == "A Rahman" and (sp.id or "").startswith("spk:")


@pytest.mark.parametrize("text", [
    '"The floods took our village," A spokesman said.' + _AGAIN,
    'A spokesman said: "The floods took our village."',
    'A Rahman said: "The floods took our village."' + _AGAIN,  # a sentence's first word: an article, as before
    '"The floods took our village," A Tory said. The Tory said more.',  # no name written again: no name
    '"The floods took our village," A Tory said. Tory MPs were angry.',
])
def test_article_a_keeps_working(text):
    sp = _speakers(("en", text))[0]
    assert sp.name is None and sp.resolved_from == "role"
