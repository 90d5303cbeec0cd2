"""A bare surname's article text, read once: the full names it writes with first names the lists
or the run know, and the surnames it writes with a first name of any kind."""

from __future__ import annotations

from aligner.quotes.speakers import _text_names, text_people
from aligner.text.names import fold_word


def test_a_first_name_no_list_knows_marks_the_surname_but_gives_no_name():
    text = "Der Landwirt Zorbek Quendel pflanzte Kartoffeln. Quendel sagte, es regne zu wenig."
    names, unknown = _text_names([("a", "Quendel")], {"a": text})
    assert names == {"a": []}
    assert unknown == {("a", fold_word("Quendel"))}
    assert text_people(text, {fold_word("Quendel")}, None) == ["Zorbek Quendel"]


def test_a_known_first_name_gives_the_name_and_marks_the_surname():
    text = "Die Ärztin Anna Quendel kam spät. Quendel sagte, der Zug sei ausgefallen."
    names, unknown = _text_names([("a", "Quendel")], {"a": text})
    assert names == {"a": ["Anna Quendel"]}
    assert unknown == {("a", fold_word("Quendel"))}


def test_a_first_name_another_speaker_of_the_run_carries_counts_as_known():
    text = "Zorbek Quendel kam spät. Quendel sagte, der Zug sei ausgefallen."
    names, unknown = _text_names([("a", "Quendel"), ("b", "Zorbek Marlow")], {"a": text, "b": ""})
    assert names == {"a": ["Zorbek Quendel"]}
    assert unknown == {("a", fold_word("Quendel"))}


def test_a_surname_without_a_first_name_in_its_text_is_unmarked():
    text = "Minister Quendel kam spät. Quendel sagte, der Zug sei ausgefallen."
    assert _text_names([("a", "Quendel")], {"a": text}) == ({"a": []}, set())


def test_only_articles_that_quote_a_bare_surname_are_read():
    texts = {"a": "Anna Quendel kam.", "b": "Anna Quendel kam."}
    names, unknown = _text_names([("a", "Anna Quendel"), ("b", "Quendel")], texts)
    assert names == {"b": ["Anna Quendel"]} and unknown == {("b", fold_word("Quendel"))}


def _ids(pairs):
    from aligner.quotes.speakers import cluster_article_names

    return {k: v[0] for k, v in cluster_article_names(pairs).items()}


def test_an_initial_two_people_of_one_surname_spelling_share_joins_the_one_named_most():
    # "Timoschenko" / "Tymoshenko": one spelling key; "Andreas" and "Anna" are two people; "A." fits both
    ids = _ids([("a", "Andreas Tymoshenko")] * 3 + [("b", "Anna Timoschenko")] * 2 + [("c", "A. Timoschenko")])
    assert ids[("c", "A. Timoschenko")] == ids[("a", "Andreas Tymoshenko")] != ids[("b", "Anna Timoschenko")]
    ids = _ids([("a", "Andreas Tymoshenko")] * 2 + [("b", "Anna Timoschenko")] * 3 + [("c", "A. Timoschenko")])
    assert ids[("c", "A. Timoschenko")] == ids[("b", "Anna Timoschenko")] != ids[("a", "Andreas Tymoshenko")]


def test_a_name_written_with_other_spaces_joins_its_person_whatever_its_surname():
    ids = _ids([("a", "Kim Jong Un"), ("b", "Kim Jong-un"), ("c", "Kim Jong Il")])
    assert ids[("a", "Kim Jong Un")] == ids[("b", "Kim Jong-un")] != ids[("c", "Kim Jong Il")]
