"""German attribution switches (aligner/quotes/choices.py) and the k-fold cross-validation over
documents (aligner/quotes/crossval.py).  Sentences are invented."""

from __future__ import annotations

import pytest
from quote_helpers import quote_containing

from aligner.model import Article
from aligner.quotes import extract_quotes
from aligner.quotes.base import rule_of
from aligner.quotes.choices import DE, current, using
from aligner.quotes.crossval import choose, cross_validate, f1_with_speaker, folds, settings

UNFRAMED = "Die Bürgermeisterin Anna Keller kämpft seit Jahren gegen „eine Verschwendung von Steuergeld ohne jeden Nutzen“."


def test_using_changes_switches_and_puts_them_back():
    before = current()
    with using(sentence_subject="off", context_sentences=1):
        assert DE.sentence_subject == "off" and DE.context_sentences == 1
    assert current() == before
    with pytest.raises(ValueError):
        with using(no_such_switch=1):
            pass


def test_sentence_subject_switch_reaches_the_german_rule():
    with using(sentence_subject="on"):
        q = quote_containing(UNFRAMED, "Verschwendung")
        assert rule_of(q) == "sentence-subject" and q.speaker is not None and "Keller" in q.speaker.mention
    with using(sentence_subject="off"):
        assert quote_containing(UNFRAMED, "Verschwendung").speaker is None


def test_switches_leave_english_alone():
    text = "Mayor Anna Keller called the new building “a waste of money without any use at all.”"
    with using(sentence_subject="off"):
        q = [q for q in extract_quotes(Article(id="t", text=text, language="en")) if "waste" in q.text][0]
    assert q.speaker is not None and "Keller" in q.speaker.mention


def test_folds_are_balanced_and_fixed():
    ids = [f"doc{i}" for i in range(23)]
    f = folds(ids, 5)
    assert f == folds(ids, 5)
    sizes = [f.count(k) for k in range(5)]
    assert max(sizes) - min(sizes) <= 1
    assert folds(ids, 5, seed=1) != f


def _rows(right: list[int]) -> list[list[int]]:
    # one gold quote per document, found; speaker right or not: pred, gold, tp_p, tp_g, ts_p, ts_g, n08, right08
    return [[1, 1, 1, 1, r, r, 0, 0] for r in right]


def test_cross_validation_chooses_without_the_held_fold():
    # setting 1 is better on documents 0-5, setting 0 on documents 6-7 only
    scores = [_rows([0, 0, 0, 0, 0, 0, 1, 1]), _rows([1, 1, 1, 1, 1, 1, 0, 0])]
    fold = [0, 0, 1, 1, 2, 2, 3, 3]
    rows, chosen = cross_validate(scores, fold, 4)
    assert chosen == [1, 1, 1, 1]  # fold 3 is scored by the setting the other folds chose, not by its own best
    assert f1_with_speaker(rows, range(8)) == pytest.approx(6 / 8)
    assert choose(scores, [6, 7]) == 0
    assert choose([_rows([1]), _rows([1])], [0]) == 0  # ties go to the earlier (default) setting


def test_settings_start_with_the_default():
    one = settings("one")
    assert one[0] == current()
    assert all(sum(s[k] != one[0][k] for k in s) == 1 for s in one[1:])


def test_a_full_grid_too_large_to_score_is_refused(monkeypatch):
    from aligner.errors import ConfigError
    from aligner.quotes import crossval

    assert crossval.full_size() > crossval.MAX_SETTINGS
    with pytest.raises(ConfigError):
        settings("full")
    monkeypatch.setattr(crossval, "GRID", {"sentence_subject": ("on", "off"), "context_sentences": (2, 3)})
    assert len(settings("full")) == 4
