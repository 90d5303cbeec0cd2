"""English attribution switches (aligner/quotes/choices.py EN) and the --cv mode for English.
Sentences are invented."""

from __future__ import annotations

import pytest
from quote_helpers import quote_containing

from aligner.errors import ConfigError
from aligner.quotes.base import rule_of
from aligner.quotes.choices import DE, EN, current, grid, using
from aligner.quotes.crossval import settings

UNFRAMED = "Mayor Anna Keller fought for years against “a waste of money without any use at all.”"


def test_english_using_changes_english_switches_only():
    before_en, before_de = current("en"), current("de")
    with using("en", sentence_subject="off", context_sentences=1):
        assert EN.sentence_subject == "off" and EN.context_sentences == 1
        assert current("de") == before_de and DE.sentence_subject == before_de["sentence_subject"]
    assert current("en") == before_en
    with pytest.raises(ConfigError):
        with using("en", fragment_reach=2):  # a German switch only
            pass
    with pytest.raises(ConfigError):
        current("fr")


def test_sentence_subject_switch_reaches_the_english_rule():
    q = quote_containing(UNFRAMED, "waste", lang="en")
    assert rule_of(q) == "sentence-subject" and q.speaker is not None and "Keller" in q.speaker.mention
    with using("en", sentence_subject="off"):
        assert quote_containing(UNFRAMED, "waste", lang="en").speaker is None


def test_english_switches_leave_german_alone():
    text = "Die Bürgermeisterin Anna Keller kämpft seit Jahren gegen „eine Verschwendung von Steuergeld ohne jeden Nutzen“."
    with using("en", sentence_subject="off"):
        q = quote_containing(text, "Verschwendung", "de")
    assert q.speaker is not None and "Keller" in q.speaker.mention


def test_frame_after_generic_switch():
    text = "“The roof leaks and nobody comes,” Anna Keller shrugged."
    assert rule_of(quote_containing(text, "roof", lang="en")) == "frame-after-generic"
    with using("en", frame_after_generic=False):
        assert rule_of(quote_containing(text, "roof", lang="en")) != "frame-after-generic"


def test_english_settings_start_with_the_shipped_one_and_change_one_switch_each():
    sets = settings("one", "en")
    assert sets[0] == current("en")
    changed = [sorted(k for k in s if s[k] != sets[0][k]) for s in sets[1:]]
    assert all(len(c) == 1 for c in changed)
    assert len(sets) == 1 + sum(len(v) - 1 for v in grid("en").values())
    assert settings("one") == settings("one", "de") and settings("one")[0] == current("de")
