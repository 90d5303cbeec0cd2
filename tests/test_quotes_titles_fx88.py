"""fx88: a newspaper named in guillemets after gegenüber/dem/laut/im is a title, no quote (rv55-16)."""
from tests.quote_helpers import normalised_quotes_in


def _quotes(text: str) -> dict[str, object]:
    return {q.text: q for q in normalised_quotes_in(text, "de")}


def _is_title(q) -> bool:
    return "title" in q.flags and (q.speaker is None or q.speaker.name is None)


def test_publication_after_gegenueber_dem_laut_is_a_title():
    qs = _quotes("«Die Gemeinde trägt ihren Anteil am Tunnel», sagte Bürgermeister Hans Moser gegenüber «Blick».")
    assert _is_title(qs["Blick"])
    assert qs["Die Gemeinde trägt ihren Anteil am Tunnel"].speaker.name == "Hans Moser"
    assert _is_title(_quotes("«Wir prüfen das», sagte Maria Berger dem «Tages-Anzeiger».")["Tages-Anzeiger"])
    assert _is_title(_quotes("«Wir prüfen das», sagte sie gegenüber «20 Minuten».")["20 Minuten"])
    assert _is_title(_quotes("«Wir prüfen das», sagte sie laut «NZZ am Sonntag».")["NZZ am Sonntag"])


def test_words_in_marks_after_dem_in_another_clause_stay_quotes():
    # neighbour: "dem" in a clause of its own, no verb of saying right before: a scare quote stays
    qs = _quotes("Er sagte, er traue dem «Frieden» nicht.")
    assert all("title" not in q.flags for q in qs.values())
    # a sentence in marks after "gegenüber" is no name
    qs = _quotes("Er sagte gegenüber «Wir bauen den Tunnel».")
    assert all("title" not in q.flags for q in qs.values())
