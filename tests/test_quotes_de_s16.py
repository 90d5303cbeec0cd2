"""German quote spans, speech verbs and titles (session 16; invented sentences, each test fails without its change)."""

from __future__ import annotations

import pytest

from aligner.model import Article
from aligner.quotes import extract_quotes


def quote_of(text: str, start: str):
    (q,) = [q for q in extract_quotes(Article(id="t", text=text, language="de")) if q.text.startswith(start)]
    return q


def mention(q) -> str | None:
    return q.speaker.mention if q.speaker is not None else None


@pytest.mark.parametrize("text, start, speaker", [
    ("Die Opposition verurteilte die „völlig unverantwortliche Politik“ der Regierung.", "völlig", "Die Opposition"),
    ("Der Trainer attestierte seiner Mannschaft eine „ganz starke Leistung“.", "ganz", "Der Trainer"),
    ("Max Maier bescheinigte dem Verein eine „tiefe Krise im Management“.", "tiefe", "Max Maier"),
    ("Die Anwältin geißelte das Urteil als „Schlag ins Gesicht der Opfer“.", "Schlag", "Die Anwältin"),
    ("Die Gewerkschaft stritt ab, dass es „geheime Absprachen gegeben“ habe.", "es", "Die Gewerkschaft"),
    ("Der Sprecher deutete an, die Firma werde „alle rechtlichen Schritte prüfen“.", "die Firma", "Der Sprecher"),
])
def test_general_verbs_of_communication_give_the_fragment_its_speaker(text, start, speaker):
    # verurteilen, attestieren, bescheinigen, geißeln, abstreiten, andeuten: verbs of saying from the
    # communication-verb classes (condemn, attest, deny, hint) the cue list lacked
    assert mention(quote_of(text, start)) == speaker


def test_a_congratulated_person_is_not_the_speaker():
    # "gratulierten Obama": the dative object after the verb; gratulieren and danken are left out of the cues
    text = ("Auch weitere Minister gratulierten Weber, so der Leiter der Behörde, Paul Krüger "
            "(„Mir fällt niemand ein, der es mehr verdient hätte.“), und der Bürgermeister.")
    assert mention(quote_of(text, "Mir fällt")) == "Paul Krüger"
