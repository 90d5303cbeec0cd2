"""Session 36, the lead's fixes (each test names its finding)."""

from __future__ import annotations


def test_split_opposed_count_is_not_capped_by_the_listed_rt36_20(monkeypatch):
    # seven opposed split statements: the summary lists five, the report's count says seven
    from aligner.match import split
    from aligner.report.common import split_serious

    found = [{"a": {}, "b": {}, "opposed": "not"} for _ in range(7)] + [{"a": {}, "b": {}, "opposed": None}]
    monkeypatch.setattr(split, "split_statements", lambda s, c: found)
    counts = split.split_counts([], [])
    assert counts["statements_split_by_outlet"] == 8
    assert counts["statements_split_opposed"] == 7
    assert len(counts["statements_split"]) == split.LISTED
    line = split_serious(counts["statements_split"], counts["statements_split_opposed"])
    assert "7 statement(s)" in line


def test_split_serious_without_a_count_reads_the_list_rt36_20():
    # an older summary.json without the count: the listed ones are counted, none opposed says nothing
    from aligner.report.common import split_serious

    assert "2 statement(s)" in split_serious([{"opposed": "not"}, {"opposed": "no"}, {"opposed": None}])
    assert split_serious([{"opposed": None}]) == ""
    assert split_serious([{"opposed": "not"}], 0) == ""
