"""German speakers, session 28 (invented sentences): a colon frame whose verb of saying ends a relative clause
("…, der gesagt hatte: „…“") is the relative clause's, never the main clause's subject's; "der"/"die" right after
a comma before a verb that ends its clause is a relative pronoun, not an article; common first names make
"hatte Boris Pistorius gesagt" one name."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quotes_in

Q = "„Wir sehen keinen Anlass zur Sorge“"


def _speaker(text):
    (q,) = [q for q in normalised_quotes_in(text.replace("Q", Q)) if "keinen Anlass" in q.text]
    return q.speaker


def _confident(text):
    sp = _speaker(text)
    return sp if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


def _named(text):
    sp = _confident(text)
    return sp.name if sp is not None else None


# the main clause's subject did not say what the relative clause's verb introduces
@pytest.mark.parametrize("text,other", [
    ("Anna Weber erinnerte an ihren Vorgänger, der gesagt hatte: Q.", "Anna Weber"),
    ("Anna Weber erinnerte an ihre Vorgängerin, die gesagt hatte: Q.", "Anna Weber"),
    ("Anna Weber erinnerte an ihren Vorgänger, der damals gesagt hatte: Q.", "Anna Weber"),
    ("Anna Weber erinnerte an ihren Vorgänger, welcher gesagt hatte: Q.", "Anna Weber"),
    ("Anna Weber zitierte den Minister, der am Montag erklärt hatte: Q.", "Anna Weber"),
    ("Anna Weber lobte die Demonstranten, die skandierten: Q.", "Anna Weber"),
    ("Anna Weber lobte die Demonstranten, die laut riefen: Q.", "Anna Weber"),
    ("Anna Weber kritisierte die Parteien, die erklärt hatten: Q.", "Anna Weber"),
    ("Anna Weber zitierte Paul Krause, der später sagte: Q.", "Anna Weber"),
    ("Anna Weber traf den Minister, dem Paul Krause gesagt hatte: Q.", "Anna Weber"),
    ("Anna Weber erinnerte an den Satz, der gesagt worden war: Q.", "Anna Weber"),
    ("Die Ministerin Anna Weber traf den Kanzler, der sagte: Q.", "Anna Weber"),
])
def test_relative_clause_colon_frame_is_not_the_main_subjects(text, other):
    sp = _confident(text)
    assert sp is None or other not in (sp.name or sp.mention)


# the relative pronoun as the subject: its antecedent, a guess by position (below the bar)
@pytest.mark.parametrize("text,mention", [
    ("Anna Weber erinnerte an ihren Vorgänger, der gesagt hatte: Q.", "Vorgänger"),
    ("Anna Weber zitierte Paul Krause, der erklärte: Q.", "Paul Krause"),
    ("Anna Weber kritisierte die Gewerkschaft, die erklärte: Q.", "Gewerkschaft"),
])
def test_relative_subject_takes_its_antecedent_below_the_bar(text, mention):
    sp = _speaker(text)
    assert sp is not None and mention in sp.mention and sp.confidence < SPEAKER_BAR


# an object relative pronoun: the subject inside the clause
def test_object_relative_takes_the_clause_subject():
    assert _named("Anna Weber traf den Minister, dem Paul Krause gesagt hatte: Q.") == "Paul Krause"


# an article and its noun after a comma, or an object before an infinitive: no relative clause
@pytest.mark.parametrize("text,name", [
    ("Anna Weber nickte, die Ministerin Paula Brandt sagte: Q.", "Paula Brandt"),
    ("Anna Weber sagte, der Plan sei gut, und ergänzte: Q.", "Anna Weber"),
    ("Q, sagte Anna Weber, die gefragt hatte.", "Anna Weber"),
])
def test_no_relative_clause_keeps_the_subject(text, name):
    assert _named(text) == name


@pytest.mark.parametrize("text", [
    "Anna Weber bestritt, das gesagt zu haben: Q.",
    "Anna Weber wies auf die gesagten Worte hin, die Q lauten.",
])
def test_article_before_adjective_or_infinitive_is_no_relative_speaker(text):
    sp = _confident(text)
    assert sp is None or "Anna Weber" not in (sp.name or "")


# a common first name before a surname after "hatte": one person, the subject
@pytest.mark.parametrize("text,name", [
    ("Q, hatte Boris Pistorius gesagt.", "Boris Pistorius"),
    ("Q, hat Boris Pistorius gesagt.", "Boris Pistorius"),
    ("Q, hatte der Minister Boris Pistorius erklärt.", "Boris Pistorius"),
    ("Q, hatte Svenja Brandt betont.", "Svenja Brandt"),
    ("Q, hatte Lars Vogel gesagt.", "Lars Vogel"),
])
def test_listed_first_name_after_auxiliary(text, name):
    assert _named(text) == name


# two surnames after "hatte" stay unsure (one may be the dative: "hatte Merkel Scholz gesagt")
@pytest.mark.parametrize("text", [
    "Q, hatte Merkel Scholz gesagt.",
    "Q, hätte Boris Pistorius sagen sollen.",
])
def test_unsure_subject_after_auxiliary(text):
    sp = _confident(text)
    assert sp is None or sp.name not in ("Merkel Scholz", "Boris Pistorius")
