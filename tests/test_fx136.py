"""Session 36 (fx136): speakers left from session 35 (rv75 findings). Invented text only."""
from __future__ import annotations

import pytest

from aligner import Article, extract_quotes
from aligner.quotes.speakers import normalise_speakers


def _speakers(text: str, lang: str) -> list[tuple[str | None, float | None]]:
    quotes = extract_quotes(Article(id="a", text=text, language=lang))
    normalise_speakers(quotes)
    return [(q.speaker.name, q.speaker.confidence) if q.speaker else (None, None) for q in quotes]


def _no_sure_name(text: str, lang: str) -> bool:
    [(name, conf)] = _speakers(text, lang)
    return name is None or conf is None or conf < 0.8


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, und die Landrätin von Kornau, Ilse Wach, eröffneten die Brücke. "
     "„Endlich ist sie fertig“, sagte die Landrätin.", "de"),
    ("Der Rektor der Realschule, Bernd Aust, und der Rektor des Gymnasiums, Ralf Fink, stellten den Plan vor. "
     "„Wir ziehen an einem Strang“, sagte der Rektor.", "de"),
    ("Liberal group leader Ambrose Quill and Green group leader Mark Yates argued over the bins. "
     "\"This is a mess,\" the group leader said.", "en"),
    ("Green group leader Mark Yates and Liberal group leader Ambrose Quill argued over the bins. "
     "\"This is a mess,\" the group leader said.", "en"),
])
def test_a_role_with_two_holders_named_takes_neither(text: str, lang: str) -> None:
    # rv75-15: the role went to the first (German) or the last (English) of two holders at 0.9
    assert _no_sure_name(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, besuchte Kornau. „Wir lernen viel“, sagte die Kornauer Landrätin.", "de"),
    ("The mayor of Felsbach, Greta Ohm, toured Kornau on Friday. \"We learn a lot,\" the Kornau mayor said.", "en"),
    ("Greta Ohm, the mayor of Felsbach, toured Kornau on Friday. \"We learn a lot,\" the Kornau mayor said.", "en"),
])
def test_a_role_of_another_town_is_not_the_holder_named(text: str, lang: str) -> None:
    # rv75-15: the mayor of one town took the words of the other town's mayor at 0.9
    assert _no_sure_name(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Die Landrätin von Felsbach, Greta Ohm, besuchte Kornau. „Wir lernen viel“, sagte die Landrätin.", "de"),
    ("Die Landrätin von Felsbach, Greta Ohm, traf Landrat Ralf Fink. „Wir lernen viel“, sagte die Landrätin.", "de"),
    ("The mayor of Felsbach, Greta Ohm, toured Kornau on Friday. \"We learn a lot,\" the Felsbach mayor said.", "en"),
    ("Green group leader Mark Yates spoke first. \"This is a mess,\" the group leader said.", "en"),
])
def test_a_role_with_one_holder_still_takes_the_name(text: str, lang: str) -> None:
    [(name, conf)] = _speakers(text, lang)
    assert name is not None and conf is not None and conf >= 0.8

