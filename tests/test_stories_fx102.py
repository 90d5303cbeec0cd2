"""fx102: one reading of article dates for stories and for quote links between topics (note_s30)."""

from __future__ import annotations

from aligner.match import clusters, stories


def test_one_reading_of_dates() -> None:
    assert stories.days_apart("2026-11-01", "2026-11-13T09:00:00") == 12
    assert stories.days_apart("2026-11-13", "2026-11-01") == 12
    assert stories.days_apart("2026-11-01", None) is None
    assert stories.days_apart("2026-13-45", "2026-11-01") is None  # not read: not known
    assert stories.far_apart(stories.MAX_DAYS + 1) and not stories.far_apart(stories.MAX_DAYS)
    assert not stories.far_apart(None)  # unknown dates are not far apart, for stories and topics alike
    # the topic code reads dates through the stories' functions, not a copy of its own
    assert clusters.days_apart is stories.days_apart and clusters.far_apart is stories.far_apart
    assert not hasattr(clusters, "_days_apart") and not hasattr(clusters, "ACROSS_TOPICS_APART_DAYS")
