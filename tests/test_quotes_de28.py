"""German speakers (de28): the left items of session 26 and the product reviewer's German findings.  Invented
sentences; each test fails on 90988a2."""

import pytest

from tests.quote_helpers import SPEAKER_BAR, normalised_quote_containing

Q = "„Das ist gut für die Stadt“, sagte er."


def _named(text: str, part: str = "gut für") -> str | None:
    """The quote's speaker name when at the speaker bar, else None."""
    sp = normalised_quote_containing(text, part).speaker
    return sp.name if sp is not None and sp.confidence is not None and sp.confidence >= SPEAKER_BAR else None


# -- an unnamed role as the subject between a named person and "er"/"sie" -----------------------------------------

@pytest.mark.parametrize("text,bad", [
    (f"Paul Krause kam. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
    (f"Paul Krause kam. Der neue Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
    (f"Paul Krause kam. Am Montag lobte der Bürgermeister den Plan. {Q}", "Paul Krause"),
    ("Paul Krause kam. Der Bürgermeister lobte den Plan. Er sagte: „Das ist gut für die Stadt.“", "Paul Krause"),
    ("Anna Weber kam. Die Ministerin lobte den Plan. „Das ist gut für die Stadt“, sagte sie.", "Anna Weber"),
    (f"Innenminister Paul Krause kam. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
    (f"„Wir sind bereit“, sagte Paul Krause. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
])
def test_pronoun_does_not_jump_past_an_unnamed_role_subject(text, bad):
    assert _named(text) != bad


@pytest.mark.parametrize("text,name", [
    (f"Bürgermeister Paul Krause kam. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),  # the role is his
    (f"Paul Krause, der Bürgermeister, kam. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
    (f"Paul Krause kam. Die Bürgermeisterin lobte den Plan. {Q}", "Paul Krause"),  # "er" is not the woman
    ("Anna Weber kam. Der Bürgermeister lobte den Plan. „Das ist gut für die Stadt“, sagte sie.", "Anna Weber"),
    (f"Der Bürgermeister lobte den Plan. Paul Krause kam. {Q}", "Paul Krause"),  # the role before the name
    (f"Paul Krause kam. Der Plan wurde gelobt. {Q}", "Paul Krause"),  # a thing, no one
    (f"„Wir sind bereit“, sagte Bürgermeister Paul Krause. Der Bürgermeister lobte den Plan. {Q}", "Paul Krause"),
])
def test_pronoun_keeps_the_named_person_when_the_role_is_theirs_or_does_not_fit(text, name):
    assert _named(text) == name


# -- a colon frame whose verb of saying goes on with a reported clause that has its own subject --------------------

C = "„Das ist gut für die Stadt.“"


@pytest.mark.parametrize("lead,bad", [
    ("Anna Weber sagte, dem widerspreche er Paul Krause gegenüber:", "Anna Weber"),
    ("Anna Weber sagte, dem widerspreche er Paul Krause gegenüber:", "Paul Krause"),
    ("Anna Weber sagte, er widerspreche dem:", "Anna Weber"),
    ("Anna Weber sagte, dem widerspreche der Minister:", "Anna Weber"),
    ("Anna Weber sagte, dem widerspreche Paul Krause:", "Anna Weber"),
    ("Paul Krause sagte, dem widerspreche sie:", "Paul Krause"),
    ("Anna Weber sagte, er habe recht:", "Anna Weber"),
    ("Paul Krause kam. Anna Weber sagte, dem widerspreche er:", "Anna Weber"),
])
def test_reported_clause_with_another_subject_names_no_one_at_the_bar(lead, bad):
    assert _named(f"{lead} {C}") != bad


@pytest.mark.parametrize("lead,name", [
    ("Anna Weber sagte, sie sei zuversichtlich:", "Anna Weber"),  # she may be herself
    ("Paul Krause sagte, er sei zuversichtlich:", "Paul Krause"),
    ("Anna Weber sagte, dem widerspreche sie Paul Krause gegenüber:", "Anna Weber"),
    ("Anna Weber sagte, die Stadt müsse handeln:", "Anna Weber"),  # a body, no other person
    ("Anna Weber sagte, man müsse handeln:", "Anna Weber"),
    ("Anna Weber sagte, Paul Krause habe recht:", "Anna Weber"),  # no fronted object: her reasoning
    ("Anna Weber sagte, der Plan sei gut:", "Anna Weber"),
    ("Anna Weber sagte am Montag in Berlin:", "Anna Weber"),
    ("Anna Weber sagte, Paul Krause erkläre dazu:", "Paul Krause"),  # the reported clause's own verb of saying
])
def test_reported_clause_of_the_speaker_keeps_the_speaker(lead, name):
    assert _named(f"{lead} {C}") == name

