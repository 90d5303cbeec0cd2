"""German "die" + a surname that is a plural noun too ("die Fischer"): only the clause's verb of saying in the
singular makes it one woman; an adverb in -te ("heute") next to it is no verb (invented sentences)."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quotes_in

Q = "„Wir sehen keinen Anlass“"


def _named(text):
    (q,) = [q for q in normalised_quotes_in(text.replace("Q", Q)) if "keinen Anlass" in q.text]
    sp = q.speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


@pytest.mark.parametrize("text", [
    "Q, sagten heute die Fischer.",
    "Am Hafen klagten heute die Fischer: Q.",
    "Q, meinten heute die Jäger.",
    "Q, schrieben heute die Winzer.",
    "Q, sagten heute die Fischer aus Kiel.",
    "Q, erklärten die Fischer heute.",
    "Die Fischer erklärten heute: Q.",
    "Heute sagten die Fischer: Q.",
    "Q, haben die Fischer erklärt.",
])
def test_plural_verb_beyond_adverb_names_no_one(text):
    assert _named(text) is None


@pytest.mark.parametrize("text,name", [
    ("Q, sagte heute die Fischer.", "Fischer"),
    ("Die Fischer sagte gestern: Q.", "Fischer"),
    ("Q, erklärte gestern die Fischer.", "Fischer"),
    ("Q, schrieb heute die Winzer.", "Winzer"),
])
def test_singular_verb_beyond_adverb_keeps_woman(text, name):
    assert _named(text) == name
