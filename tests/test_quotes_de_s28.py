"""German speakers, session 28 (invented sentences): a colon frame whose verb of saying ends a relative clause
("…, der gesagt hatte: „…“") is the relative clause's, never the main clause's subject's; "der"/"die" right after
a comma before a verb that ends its clause is a relative pronoun, not an article; common first names make
"hatte Boris Pistorius gesagt" one name."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, confident, confident_name, normalised_quotes_in, speaker_in

Q = "„Wir sehen keinen Anlass zur Sorge“"


def _speaker(text):
    return speaker_in(text, "keinen Anlass", fill={"Q": Q})


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
    sp = confident(_speaker(text))
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
    assert confident_name(_speaker("Anna Weber traf den Minister, dem Paul Krause gesagt hatte: Q.")) == "Paul Krause"


# an article and its noun after a comma, or an object before an infinitive: no relative clause
@pytest.mark.parametrize("text,name", [
    ("Anna Weber nickte, die Ministerin Paula Brandt sagte: Q.", "Paula Brandt"),
    ("Anna Weber sagte, der Plan sei gut, und ergänzte: Q.", "Anna Weber"),
    ("Q, sagte Anna Weber, die gefragt hatte.", "Anna Weber"),
])
def test_no_relative_clause_keeps_the_subject(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text", [
    "Anna Weber bestritt, das gesagt zu haben: Q.",
    "Anna Weber wies auf die gesagten Worte hin, die Q lauten.",
])
def test_article_before_adjective_or_infinitive_is_no_relative_speaker(text):
    sp = confident(_speaker(text))
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
    assert confident_name(_speaker(text)) == name


# two surnames after "hatte" stay unsure (one may be the dative: "hatte Merkel Scholz gesagt")
@pytest.mark.parametrize("text", [
    "Q, hatte Merkel Scholz gesagt.",
    "Q, hätte Boris Pistorius sagen sollen.",
])
def test_unsure_subject_after_auxiliary(text):
    sp = confident(_speaker(text))
    assert sp is None or sp.name not in ("Merkel Scholz", "Boris Pistorius")


# "so" before a finite verb opens a main clause (verb second, subject after it), not the marker "so X"
@pytest.mark.parametrize("text,name", [
    ("Q, so formulierte es Paul Krause.", "Paul Krause"),
    ("Q, so sagte es Paul Krause.", "Paul Krause"),
    ("Q, so sieht es Paul Krause.", "Paul Krause"),
    ("Q, so hatte es Boris Pistorius formuliert.", "Boris Pistorius"),
    ("Q, so hat es Paul Krause gesagt.", "Paul Krause"),
    ("Q, wie es Boris Pistorius formuliert hatte.", "Boris Pistorius"),
    ("Q, so Anna Weber.", "Anna Weber"),
    ("Q, so die Ministerin Anna Weber.", "Anna Weber"),
])
def test_so_before_a_verb_of_saying(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text,other", [
    ("Q, so hätte es Paul Krause sagen sollen.", "Paul Krause"),
    ("Q, so hatte es Paul Krause nicht gesagt.", "Paul Krause"),
    ("Q, so hat ihn Anna Weber zitiert.", "Anna Weber"),
    ("Q, so wird Paul Krause zitiert.", None),
    ("Q, so sagt man.", None),
])
def test_so_frames_that_name_no_confident_speaker(text, other):
    sp = confident(_speaker(text))
    assert sp is None or (other is not None and other not in (sp.name or sp.mention))


# the perfect's verb bracket: the participle closes the frame after the middle field, however long
@pytest.mark.parametrize("text,name", [
    ("Q, hatte Paul Krause noch am Montag in Berlin gesagt.", "Paul Krause"),
    ("Q, hatte Paul Krause bei einem Besuch in der Stadt am Montag gesagt.", "Paul Krause"),
    ("Q, hat die Ministerin Anna Weber bei ihrem Besuch in der Fabrik am Montag betont.", "Anna Weber"),
    ("Q, hatte Anna Weber in einer Rede über Paul Krause gesagt.", "Anna Weber"),
    ("Q, hatte Paul Krause der Ministerin in ihrem Büro gesagt.", "Paul Krause"),
])
def test_perfect_bracket_frame_after(text, name):
    assert confident_name(_speaker(text)) == name


@pytest.mark.parametrize("text,other", [
    ("Q, hatte Paul Krause bei einem Treffen mit der Ministerin nicht gesagt.", "Paul Krause"),
    ("Q, hatte die Zeitung den Minister Paul Krause am Montag zitiert.", "Zeitung"),
    ("Q, wie die Polizei Anna Weber am Montag in Berlin gesagt hatte.", "Anna Weber"),
    ("Q, hatte man bei der Polizei in Berlin gesagt.", "Polizei"),
])
def test_perfect_bracket_frame_no_wrong_confident_name(text, other):
    sp = confident(_speaker(text))
    assert sp is None or other not in (sp.name or sp.mention)


QS = "„Wir sehen keinen Anlass zur Sorge.“"


def _speaker_of_sentence(text):
    (q,) = [q for q in normalised_quotes_in(text.replace("QS", QS)) if "keinen Anlass" in q.text or "völlig falsch" in q.text]
    return q.speaker


# a verbless colon frame naming a spoken reaction and its source: that source, below the bar
@pytest.mark.parametrize("text,name", [
    ("Von der Gewerkschaft kam scharfe Kritik: QS", "Gewerkschaft"),
    ("Von der Gewerkschaft kam Widerspruch: QS", "Gewerkschaft"),
    ("Von Paul Krause kam Lob: QS", "Paul Krause"),
    ("Aus der Opposition kam Kritik: QS", "Opposition"),
    ("Vom Ministerium kam eine knappe Antwort: QS", "Ministerium"),
    ("Von Seiten der Gewerkschaft kam Kritik: QS", "Gewerkschaft"),
    ("Bei der Gewerkschaft stößt das auf Kritik: QS", "Gewerkschaft"),
    ("Bei Paul Krause stieß der Plan auf Ablehnung: QS", "Paul Krause"),
    ("Auf Kritik stieß der Plan bei der Gewerkschaft: QS", "Gewerkschaft"),
    ("Die Antwort von Paul Krause: QS", "Paul Krause"),
    ("Die Warnung des Ministeriums: QS", "Ministerium"),
])
def test_reaction_source(text, name):
    sp = _speaker_of_sentence(text)
    assert sp is not None and sp.name == name and sp.confidence < SPEAKER_BAR


# a denied reaction, a reaction to someone, a place: no source named
@pytest.mark.parametrize("text,other", [
    ("Von der Gewerkschaft kam keine Kritik: QS", "Gewerkschaft"),
    ("Von der Gewerkschaft kam nie Kritik: QS", "Gewerkschaft"),
    ("Bei Paul Krause stieß das nicht auf Kritik: QS", "Paul Krause"),
    ("Die Kritik an Paul Krause: QS", "Paul Krause"),
    ("Die Antwort an Paul Krause: QS", "Paul Krause"),
    ("Von Paul Krause kam Kritik an Anna Weber: QS", "Anna Weber"),
    ("Vom Bahnhof kam ein Zug: QS", "Bahnhof"),
])
def test_reaction_source_not_taken(text, other):
    sp = _speaker_of_sentence(text)
    assert sp is None or other not in (sp.name or sp.mention or "")


# after a quote and its comma, a verb the lists lack with a body after it: that body, a guess (below the bar)
@pytest.mark.parametrize("text,name", [
    ("„Wir sehen keinen Anlass zur Sorge“, entschied das Gericht.", "Gericht"),
    ("„Wir sehen keinen Anlass zur Sorge“, befand das Gericht.", "Gericht"),
    ("„Wir sehen keinen Anlass zur Sorge“, warb die Partei auf Plakaten.", "Partei"),
])
def test_generic_frame_after_with_a_body(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name and sp.confidence < SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "„Wir sehen keinen Anlass zur Sorge“, lautet das Motto der Kampagne.",
    "„Wir sehen keinen Anlass zur Sorge“, heißt die Kampagne der Stadt.",
    "„Wir sehen keinen Anlass zur Sorge“, gilt bei der Polizei als Motto.",
])
def test_no_body_speaks_in_a_naming_frame(text):
    assert confident(_speaker(text)) is None


# where the words stand, after the quote: the document (and its owner), below the bar
@pytest.mark.parametrize("text,name", [
    ("„Wir sehen keinen Anlass zur Sorge“, steht in dem Papier der Regierung.", "Regierung"),
    ("„Wir sehen keinen Anlass zur Sorge“, stand auf einem Transparent der Gewerkschaft.", "Gewerkschaft"),
    ("„Wir sehen keinen Anlass zur Sorge“, steht in dem Brief von Paul Krause.", "Paul Krause"),
    ("„Wir sehen keinen Anlass zur Sorge“, steht auch in der Erklärung des Ministeriums.", "Ministerium"),
    ("„Wir sehen keinen Anlass zur Sorge“, ist auf der Website der Partei zu lesen.", "Partei"),
])
def test_written_in_after_the_quote(text, name):
    sp = _speaker(text)
    assert sp is not None and sp.name == name and sp.confidence < SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "„Wir sehen keinen Anlass zur Sorge“, steht in Berlin.",
    "„Wir sehen keinen Anlass zur Sorge“, steht im Raum.",
    "„Wir sehen keinen Anlass zur Sorge“, steht in der Kritik.",
    "„Wir sehen keinen Anlass zur Sorge“, steht nicht in dem Bericht.",
    "„Wir sehen keinen Anlass zur Sorge“, ist in dem Bericht nicht zu lesen.",
    "„Wir sehen keinen Anlass zur Sorge“, steht im Gegensatz zu dem Bericht.",
])
def test_not_written_in_a_document(text):
    assert _speaker(text) is None


# "zufolge" before a quote is a postposition: the noun phrase before it is the source, never the clause's subject
@pytest.mark.parametrize("text,name", [
    ("Anna Weber ist Paul Krause zufolge „völlig falsch und gefährlich“.", "Paul Krause"),
    ("Der Plan ist der Gewerkschaft zufolge „völlig falsch und gefährlich“.", "Gewerkschaft"),
    ("Der Plan sei Paul Krause zufolge „völlig falsch und gefährlich“.", "Paul Krause"),
    ("Der Plan ist einem Bericht der Zeitung zufolge „völlig falsch und gefährlich“.", "Zeitung"),
    ("Der Plan ist der Gewerkschaft zufolge: QS", "Gewerkschaft"),
])
def test_zufolge_object_is_the_source(text, name):
    sp = _speaker_of_sentence(text)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("text,other", [
    ("Anna Weber ist Paul Krause zufolge „völlig falsch und gefährlich“.", "Anna Weber"),
    ("Der Minister Paul Krause ist der Zeitung zufolge „völlig falsch und gefährlich“ vorgegangen.", "Paul Krause"),
    ("Der Plan ist ihm zufolge „völlig falsch und gefährlich“.", "Plan"),
])
def test_zufolge_never_the_subject(text, other):
    sp = _speaker_of_sentence(text)
    assert sp is None or other not in (sp.name or sp.mention)


# a verb of saying beside "zufolge" keeps its subject; "eigenen Angaben zufolge" is the subject's own account
@pytest.mark.parametrize("text,name", [
    ("In der Fraktion sagte die Ministerin Anna Weber einigen Teilnehmern zufolge: QS", "Anna Weber"),
    ("Die Ministerin Anna Weber ist eigenen Angaben zufolge „völlig falsch und gefährlich“ vorgegangen.", "Anna Weber"),
])
def test_zufolge_beside_the_speaker(text, name):
    sp = _speaker_of_sentence(text)
    assert sp is not None and sp.name == name


# a colon frame whose subject recalls, points at or hears someone else's words: that other one, below the bar
@pytest.mark.parametrize("text,name", [
    ("Anna Weber erinnerte an die Worte von Paul Krause: QS", "Paul Krause"),
    ("Anna Weber erinnerte an die Worte der Gewerkschaft: QS", "Gewerkschaft"),
    ("Anna Weber wies auf eine Aussage von Paul Krause hin: QS", "Paul Krause"),
    ("Anna Weber zitierte einen Satz von Paul Krause: QS", "Paul Krause"),
    ("Anna Weber hörte Paul Krause sagen: QS", "Paul Krause"),
])
def test_words_of_another(text, name):
    sp = _speaker_of_sentence(text)
    assert sp is not None and sp.name == name and sp.confidence < SPEAKER_BAR


@pytest.mark.parametrize("text", [
    "Anna Weber erinnerte an die Worte von Paul Krause: QS",
    "Anna Weber las die Botschaft des Ministers vor: QS",
    "Anna Weber hörte die Demonstranten rufen: QS",
    "Anna Weber widersprach Paul Krause, der behauptet hatte: QS",
])
def test_words_of_another_not_the_subjects(text):
    sp = confident(_speaker(text.replace("QS", QS)))
    assert sp is None or "Anna Weber" not in (sp.name or "")


# her own words or a reply: the subject keeps them
@pytest.mark.parametrize("text", [
    "Anna Weber erinnerte an ihre eigenen Worte: QS",
    "Anna Weber fand deutliche Worte: QS",
    "Anna Weber widersprach der Aussage von Paul Krause: QS",
    "Anna Weber erinnerte Paul Krause an seine Worte: QS",
    "Anna Weber erinnerte an die Worte von Paul Krause und sagte: QS",
])
def test_own_words_keep_the_subject(text):
    assert _speaker_of_sentence(text).name == "Anna Weber"


# a verb of perception after the verb of saying: the subject heard the words, someone else said them
@pytest.mark.parametrize("text", [
    "Q, hatte Anna Weber Paul Krause sagen hören.",
    "Q, hat Anna Weber Paul Krause sagen gehört.",
])
def test_heard_saying_is_not_the_subjects(text):
    sp = confident(_speaker(text))
    assert sp is None or "Anna Weber" not in (sp.name or "")
