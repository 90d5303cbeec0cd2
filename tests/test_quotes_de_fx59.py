"""German speaker rules of session 25 that read two noun phrases as one name or a thing as a source: the object "es"
before the subject, relative colon frames with an object pronoun, "X zufolge".  Invented sentences."""

import pytest

from tests.quote_helpers import confident, normalised_quotes_in, speaker_in

Q_DE = "„Wir sehen keinen Anlass zur Sorge“"


@pytest.mark.parametrize("frame,wrong", [
    ("so erklärte es Anna Weber Paul Krause.", "Paul Krause"),
    ("wie es Anna Weber Paul Krause gesagt hatte.", "Paul Krause"),
    ("so erklärte es die Polizei Paul Krause.", "Paul Krause"),
    ("so sagte es die Bank Paul Krause.", "Paul Krause"),
    ("so erklärte es das Gericht Anna Weber.", "Anna Weber"),
    ("so schrieb es der Verband Anna Weber.", "Anna Weber"),
    ("wie es die Polizei Paul Krause erklärt hatte.", "Paul Krause"),
    ("wie es die Regierung Anna Weber mitgeteilt hatte.", "Anna Weber"),
    ("wie es das Ministerium Paul Krause mitgeteilt hatte.", "Paul Krause"),
    ("so hatte es die Polizei Paul Krause gesagt.", "Paul Krause"),
    ("hat es die Regierung Anna Weber gesagt.", "Anna Weber"),
    ("so sagte es Anna Weber der Zeitung.", "Zeitung"),
    ("wie es Weber Krause gesagt hatte.", "Krause"),
])
def test_es_frame_takes_one_noun_phrase_only(frame, wrong):
    sp = confident(speaker_in(f"{Q_DE}, {frame}", "keinen Anlass"))
    assert sp is None or (wrong not in (sp.name or "") and wrong not in sp.mention)


@pytest.mark.parametrize("frame,name", [
    ("so erklärte es Anna Weber.", "Anna Weber"),
    ("wie es Anna Weber gesagt hatte.", "Anna Weber"),
    ("so hatte es Anna Weber gesagt.", "Anna Weber"),
    ("so formulierte es die Deutsche Bank.", "Deutsche Bank"),
    ("so erklärte es Anna Weber am Montag.", "Anna Weber"),
])
def test_es_frame_keeps_a_single_subject(frame, name):
    sp = confident(speaker_in(f"{Q_DE}, {frame}", "keinen Anlass"))
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("lead,wrong", [
    ("Anna Weber las den Brief vor, den Petra Lang Paul Krause geschrieben hatte:", "Paul Krause"),
    ("Anna Weber las den Brief vor, den Paul Krause der Bank geschrieben hatte:", "Bank"),
    ("Anna Weber las den Brief vor, den die Bank Paul Krause geschrieben hatte:", "Paul Krause"),
    ("Anna Weber las den Brief vor, den der Bank Paul Krause geschrieben hatte:", "Bank"),
    ("Anna Weber zitierte den Satz, den die Kanzlerin Paul Krause gesagt hatte:", "Paul Krause"),
    ("Anna Weber zitierte den Brief, den die Regierung Paul Krause geschrieben hatte:", "Paul Krause"),
])
def test_relative_object_frame_does_not_join_subject_and_dative(lead, wrong):
    sp = confident(speaker_in(f"{lead} {Q_DE}.", "keinen Anlass"))
    assert sp is None or (wrong not in (sp.name or "") and wrong not in sp.mention)


@pytest.mark.parametrize("lead,name", [
    ("Anna Weber las den Brief vor, den Paul Krause geschrieben hatte:", "Paul Krause"),
    ("Anna Weber zitierte den Satz, den Paul Krause damals gesagt hatte:", "Paul Krause"),
])
def test_relative_object_frame_keeps_a_single_subject(lead, name):
    sp = confident(speaker_in(f"{lead} {Q_DE}.", "keinen Anlass"))
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("source", ["dem Zeitplan", "Umfragen", "dem Plan", "dem Gutachten", "der Studie"])
def test_zufolge_thing_is_no_speaker(source):
    sp = confident(speaker_in(f"Der Plan ist {source} zufolge „ein Risiko für alle“.", "Risiko"))
    assert sp is None


@pytest.mark.parametrize("source,name", [("der Gewerkschaft", "Gewerkschaft"), ("Paul Krause", "Paul Krause"),
                                         ("dem Ministerium", "Ministerium")])
def test_zufolge_speaker_is_kept(source, name):
    sp = confident(speaker_in(f"Der Plan ist {source} zufolge „ein Risiko für alle“.", "Risiko"))
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("lead,name", [("Local 100 says:", "Local 100"), ("Apollo 11 says:", "Apollo 11"),
                                       ("Team 7 says:", "Team 7"), ("Agent 47 warns:", "Agent 47")])
def test_en_numbered_body_keeps_its_number(lead, name):
    (q,) = normalised_quotes_in(f"{lead} “We see no reason for concern.”", "en")
    assert q.speaker is not None and q.speaker.name == name


def test_en_plural_after_a_number_is_still_no_verb():
    (q,) = normalised_quotes_in("The Senate put 50 states on notice: “We see no reason for concern.”", "en")
    assert q.speaker is None or "states" not in q.speaker.mention
