"""fx92 (rv58-13): a bare surname takes the id of the person its own article names in full, whichever
spelling of the surname (Möller / Moeller) another article wrote first."""

from __future__ import annotations

from aligner.quotes.speakers import cluster_article_names


def test_bare_surname_joins_its_article_person_across_spellings() -> None:
    pairs = [("de", "Katrin Möller"), ("de", "Möller"), ("en", "Katrin Moeller"), ("en", "Moeller")]
    ids = cluster_article_names(pairs)
    assert len({ids[p][0] for p in pairs}) == 1


def test_order_of_articles_does_not_matter() -> None:
    pairs = [("en", "Katrin Moeller"), ("en", "Moeller"), ("de", "Katrin Möller"), ("de", "Möller")]
    for order in (pairs, pairs[::-1]):
        ids = cluster_article_names(order)
        assert ids[("de", "Möller")][0] == ids[("de", "Katrin Möller")][0]


def test_neighbours_keep_their_ids() -> None:
    # an edit apart is another name; two people of the spelling in one article: the bare surname joins neither
    ids = cluster_article_names([("a", "Olaf Scholz"), ("b", "Katrin Möller"), ("b", "Scholz"), ("c", "Schulz")])
    assert ids[("c", "Schulz")][0] != ids[("a", "Olaf Scholz")][0]
    ids = cluster_article_names([("d", "Katrin Möller"), ("e", "Katrin Moeller"), ("e", "Hans Moeller"), ("e", "Moeller")])
    assert ids[("e", "Moeller")][0] not in {ids[("e", "Katrin Moeller")][0], ids[("e", "Hans Moeller")][0]}
