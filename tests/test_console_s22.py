"""Session 22 simp22: one test for a terminal (console.draws_progress), asked by the
parallel map's progress bar and by console.progress alike."""

from __future__ import annotations

import io
import sys

import pytest

from aligner import console, parallel


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("show,tty,drawn", [(True, True, True), (True, False, False), (False, True, False)])
def test_a_bar_is_drawn_only_for_the_cli_on_a_terminal(monkeypatch, show, tty, drawn):
    fake = _Tty() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", fake)
    monkeypatch.setattr(console, "SHOW_PROGRESS", show)
    assert console.draws_progress() is drawn
    with parallel.progress_bar("counting sheep", 3, "sheep") as advance:
        advance(3)
    with console.progress("goats") as bar:
        bar.add_task("counting goats", total=2, completed=2)
    assert ("counting sheep" in fake.getvalue(), "counting goats" in fake.getvalue()) == (drawn, drawn)
