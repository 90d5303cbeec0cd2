"""A bare surname that is also a company's name in the run (rv65-8): "Ford said" beside "Ford Motor"."""
from aligner.model import Quote, Speaker
from aligner.quotes.speakers import normalise_speakers


def _quote(art: str, name: str) -> Quote:
    return Quote(id=f"{art}#{name}", article_id=art, text="We will keep going.", start=0, end=1, kind="direct",
                 language="en", speaker=Speaker(mention=name, name=name, confidence=0.9))


def test_a_company_word_in_the_run_keeps_a_bare_surname_off_the_family_member():
    quotes = [_quote("a", "Ford"), _quote("a", "Bill Ford"), _quote("b", "Ford")]
    normalise_speakers(quotes, {
        "a": "Ford Motor cut its forecast. Ford said in a statement. Bill Ford, the executive chairman, spoke.",
        "b": "Ford lowered its annual forecast on Thursday. Ford said."})
    ford_a, bill, ford_b = (q.speaker for q in quotes)
    assert bill.name == "Bill Ford" and bill.confidence == 0.9
    assert ford_a.name == ford_b.name == "Ford" and bill.id not in (ford_a.id, ford_b.id)
    assert ford_a.id.startswith("org:") and ford_a.confidence < 0.8  # article a writes the company and the person
    # b writes no company itself: kept off Bill Ford (the run writes "Ford Motor"), but not made the company (pr31-5)
    assert ford_b.id.startswith("spk:") and ford_b.confidence == 0.9


def test_german_legal_form_likewise():
    quotes = [_quote("a", "Porsche"), _quote("a", "Wolfgang Porsche")]
    normalise_speakers(quotes, {"a": "Die Porsche AG senkt die Prognose. teilte Porsche mit. sagte Wolfgang Porsche."})
    assert quotes[0].speaker.name == "Porsche" and quotes[0].speaker.id != quotes[1].speaker.id


def test_without_a_company_the_bare_surname_still_finds_the_person():
    quotes = [_quote("a", "Bill Ford"), _quote("b", "Ford")]
    normalise_speakers(quotes, {"a": "Bill Ford, the chairman, spoke.", "b": "Ford spoke again."})
    assert quotes[1].speaker.name == "Bill Ford"  # the run names one Ford and writes no company
    quotes = [_quote("a", "Gerald Ford"), _quote("a", "Ford")]
    normalise_speakers(quotes, {"a": "Gerald Ford, the former president, spoke. Ford said more."})
    assert quotes[1].speaker.name == "Gerald Ford" and quotes[1].speaker.confidence == 0.9


def test_a_company_in_another_article_leaves_the_own_articles_person():
    quotes = [_quote("a", "Bill Ford"), _quote("a", "Ford"), _quote("b", "Ford")]
    normalise_speakers(quotes, {"a": "Bill Ford, the chairman, spoke. Ford said more.",
                                "b": "Ford Motor shares fell. Ford said."})
    assert quotes[1].speaker.name == "Bill Ford" and quotes[1].speaker.confidence == 0.9
    assert quotes[2].speaker.name == "Ford" and quotes[2].speaker.id.startswith("org:")


def test_a_name_ending_in_a_legal_form_or_written_with_one_is_a_company():
    quotes = [_quote("a", "Vantoria AG"), _quote("b", "Vantoria"), _quote("b", "Jane Doe")]
    normalise_speakers(quotes, {"a": "Vantoria AG said in a statement.", "b": "Vantoria AG grew. Vantoria said. Jane Doe spoke."})
    assert quotes[0].speaker.id.startswith("org:") and quotes[1].speaker.id.startswith("org:")
    assert quotes[2].speaker.id.startswith("spk:")  # the person beside it stays a person
    # another article's company never types a bare surname (pr31-5): 'Die Müller GmbH' / 'sagte Minister Müller'
    quotes = [_quote("a", "Müller"), _quote("b", "Smith")]
    normalise_speakers(quotes, {"a": "„Wir helfen“, sagte Minister Müller.", "b": '"I will not resign," Smith told MPs.',
                                "c": "Die Müller GmbH baut Stellen ab. Smith Ltd went into administration."})
    assert [q.speaker.id[:4] for q in quotes] == ["spk:", "spk:"]
    quotes = [_quote("a", "Anna Weber"), _quote("b", "Weber")]
    normalise_speakers(quotes, {"a": "Anna Weber spoke.", "b": "Weber said."})
    assert quotes[1].speaker.id == quotes[0].speaker.id  # no company written: the one Weber of the run


def _quote_at(art: str, name: str, start: int) -> Quote:
    q = _quote(art, name)
    q.start, q.end = start, start + 1
    return q


def test_a_person_named_in_full_before_the_bare_surname_keeps_it_beside_the_company():
    text = ("Michael Dell, the founder and chief executive of Dell Technologies, spoke to analysts. "
            '"Demand is stronger than anything I have seen," Dell said.')
    quotes = [_quote_at("a", "Dell", text.index("Demand"))]
    normalise_speakers(quotes, {"a": text})
    assert quotes[0].speaker.name == "Michael Dell" and quotes[0].speaker.confidence == 0.9
    text = ('Dell Technologies raised its forecast. "Demand is strong," Dell said in a statement. '
            "Michael Dell, the chief executive, spoke later.")
    quotes = [_quote_at("a", "Dell", text.index("Demand"))]
    normalise_speakers(quotes, {"a": text})
    assert quotes[0].speaker.name == "Dell" and quotes[0].speaker.id.startswith("org:")  # before the person is named


def test_a_company_statement_stays_the_companys_beside_a_family_member_named_before():
    text = ('Ford Motor, the carmaker founded by Henry Ford in 1903, cut its forecast. '
            '"We now expect lower earnings," Ford said in a statement.')
    quotes = [_quote_at("a", "Ford", text.index("We now"))]
    quotes[0].end = text.index('," Ford')
    normalise_speakers(quotes, {"a": text})
    assert quotes[0].speaker.id.startswith("org:")  # pr31b-12: not Henry Ford at 0.9
