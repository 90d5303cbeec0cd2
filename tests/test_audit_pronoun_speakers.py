"""scripts/audit_pronoun_speakers.py: the sampling, the judgments file and the estimate arithmetic, on
invented counts and invented sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from aligner.model import Speaker
from aligner.quotes import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("audit_pronoun_speakers", ROOT / "scripts" / "audit_pronoun_speakers.py")
assert _spec and _spec.loader
audit = importlib.util.module_from_spec(_spec)
sys.modules["audit_pronoun_speakers"] = audit  # dataclasses look their module up there
_spec.loader.exec_module(audit)


def test_draw_is_seeded_without_replacement_and_ignores_input_order():
    ids = [f"doc{k}@{k * 10}" for k in range(40)]
    a = audit.draw(ids, 12, seed=5)
    assert a == audit.draw(list(reversed(ids)), 12, seed=5)
    assert len(a) == 12 == len(set(a)) and set(a) <= set(ids)
    assert any(audit.draw(ids, 12, seed=s) != a for s in range(6, 10))
    assert set(a) != set(ids[:12]) and set(a) != set(ids[-12:])  # not the first or last ids


def test_draw_stays_put_when_the_population_changes_elsewhere():
    ids = [f"doc{k}@{k * 10}" for k in range(40)]
    a = audit.draw(ids, 10, seed=3)
    rest = [i for i in ids if i not in a]
    assert set(audit.draw([i for i in ids if i != rest[0]], 10, seed=3)) == set(a)  # an undrawn case gone: same sample
    b = audit.draw([i for i in ids if i != a[0]], 10, seed=3)  # a drawn case gone: the others stay, one more comes
    assert set(a[1:]) <= set(b) and len(set(b) - set(a)) == 1


def test_draw_takes_everything_when_the_sample_is_not_smaller():
    ids = ["b@1", "a@2", "c@0"]
    assert audit.draw(ids, None, 0) == ["a@2", "b@1", "c@0"]
    assert audit.draw(ids, 7, 0) == ["a@2", "b@1", "c@0"]


def test_a_verdict_counts_only_for_the_name_it_was_given_for():
    cases = [{"id": i, "pred": {"speaker": Speaker(mention="he", name=n)}} for i, n in (("d@1", "Ann Lee"), ("d@2", "Tom Hale"), ("d@3", "Ed Roe"))]
    judgments = {"d@1": ("right", "", "Ann Lee"), "d@2": ("wrong", "", "Someone Else"), "d@3": ("unclear", "", None)}
    ok, changed = audit.valid_verdicts(cases, ["d@1", "d@2", "d@3"], judgments)
    assert ok == {"d@1": "right", "d@3": "unclear"} and changed == ["d@2"]


def test_wilson_matches_the_textbook_interval_and_is_exact_for_a_full_count():
    lo, hi = audit.wilson(8, 10, 10**9)  # 8 of 10, population far larger: the plain Wilson interval
    assert lo == pytest.approx(0.490, abs=0.002) and hi == pytest.approx(0.943, abs=0.002)
    assert audit.wilson(3, 4, 4) == (0.75, 0.75)
    narrow = audit.wilson(8, 10, 12)  # most of a small population read: narrower than from a large one
    assert narrow[1] - narrow[0] < hi - lo


def _counts() -> audit.Counts:
    # 10 predictions, 10 gold quotes, 8 matched; 7 right by the headline, 5 by the stricter test
    return audit.Counts(pred=10, gold=10, matched=8, right_head=7, right_strict=5, answered=8, answered_head=7, answered_strict=5)


def test_estimate_adds_the_share_judged_right_of_the_disagreements():
    assert audit.estimate_right(5, 2, 0.5) == 6
    rows = {r[0]: r[1:] for r in audit.metric_rows(_counts(), {"x": "right", "y": "wrong"}, population=2)}
    head, strict, est, lo, hi = rows["with-speaker F1"]
    assert (head, strict, est) == pytest.approx((0.7, 0.5, 0.6))
    assert (lo, hi) == pytest.approx((0.6, 0.6))  # every disagreement judged: nothing left to sample
    assert rows["spk acc (matched)"][2] == pytest.approx(6 / 8)


def test_unclear_counts_as_not_right_and_widens_a_full_audit():
    rows = {r[0]: r[1:] for r in audit.metric_rows(_counts(), {"x": "right", "y": "unclear"}, population=2)}
    _head, _strict, est, lo, hi = rows["with-speaker F1"]
    assert est == pytest.approx(0.6) and lo == pytest.approx(0.6) and hi == pytest.approx(0.7)


def test_a_sampled_audit_has_an_interval_around_the_estimate():
    judged = {f"i{k}": "right" if k < 6 else "wrong" for k in range(8)}
    c = audit.Counts(pred=100, gold=100, matched=90, right_head=85, right_strict=65, answered=90, answered_head=85, answered_strict=65)
    rows = {r[0]: r[1:] for r in audit.metric_rows(c, judged, population=20)}
    head, strict, est, lo, hi = rows["spk acc (matched)"]
    assert est == pytest.approx((65 + 20 * 0.75) / 90)
    assert strict < lo < est < hi < head


def test_read_judgments(tmp_path):
    p = tmp_path / "j.tsv"
    p.write_text("# comment\nd1@5\tright\tthe subject before\tAnn Lee\n\nd2@9\tunclear\n", encoding="utf-8")
    assert audit.read_judgments(p) == {"d1@5": ("right", "the subject before", "Ann Lee"), "d2@9": ("unclear", "", None)}
    p.write_text("d1@5\tprobably\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="j.tsv:1"):
        audit.read_judgments(p)


def _pair(text: str, name: str):
    er = text.index("Er sagte")
    q = text.index("„") + 1
    sp = Speaker(mention="Er", start=er, end=er + 2, name=name, resolved_from="pronoun")
    pred = {"speaker": sp, "quote": SimpleNamespace(speaker=sp)}
    source = [(er, er + 2)]
    gold = {"span": (q, text.index("“")), "source": source, "source_chars": ev.word_chars(text, source),
            "alt_words": ev.antecedent_words(text, source, [[(text.index("Max"), text.index(" kam"))], source])}
    return pred, gold


def test_count_document_keeps_the_cases_the_two_tests_disagree_on():
    text = "Anna Weber lachte. Max Maier kam spät. Er sagte: „Wir bleiben heute noch hier.“"
    c = audit.Counts()
    for name in ("Anna Weber", "Max Maier"):
        pred, gold = _pair(text, name)
        audit.count_document(c, "doc", text, [pred], [gold], [(0, 0)])
    assert (c.matched, c.right_head, c.right_strict) == (2, 2, 1)
    assert [x["pred"]["speaker"].name for x in c.cases] == ["Anna Weber"]
    assert c.cases[0]["id"] == f"doc@{text.index('„') + 1}"


def test_combined_interval_counts_each_documents_own_verdicts():
    # two invented documents alike: 5 predictions, 5 gold, 4 matched, 2 right by the stricter test, and two
    # disagreements each, one judged right and one wrong: every resample gives 3 right of 4 per document
    c = audit.Counts(docs=[[5, 5, 4, 2, 4, 2], [5, 5, 4, 2, 4, 2]])
    c.cases = [{"id": f"d{k}@{m}", "doc_index": k, "answered": True} for k in (0, 1) for m in (1, 2)]
    judged = {"d0@1": "right", "d0@2": "wrong", "d1@1": "right", "d1@2": "unclear"}
    both = audit.combined_interval(c, judged, reps=50)
    assert both["with-speaker F1"] == pytest.approx((0.6, 0.6))
    assert both["spk acc (matched)"] == pytest.approx((0.75, 0.75))


def test_nothing_judged_gives_no_combined_interval_and_the_stricter_count():
    c = audit.Counts(pred=4, gold=4, matched=4, right_head=4, right_strict=2, answered=4, answered_head=4, answered_strict=2,
                     docs=[[4, 4, 4, 2, 4, 2]])
    c.cases = [{"id": f"d0@{m}", "doc_index": 0, "answered": True} for m in (1, 2)]
    assert audit.combined_interval(c, {}) == {}
    rows = {r[0]: r[1:] for r in audit.metric_rows(c, {}, population=2)}
    assert rows["spk acc (matched)"][2:] == pytest.approx((0.5, 0.5, 1.0))  # unknown share: the whole range
