"""One table of hidden characters, closed worker processes, picklable errors, and a
uniform view that always agrees with uniform()."""

from __future__ import annotations

import logging

from aligner.console import one_line, visible
from aligner.ingest import IngestResult, _skip
from aligner.report.common import visible as report_visible


def test_report_and_console_share_one_visible():
    assert report_visible is visible


def test_one_line_keeps_a_joiner_inside_an_emoji_like_the_report():
    firefighter = "👩\u200d🚒"
    assert one_line(f"Post {firefighter} heute") == f"Post {firefighter} heute"
    assert one_line("ab\u200dcd") == "ab⟨U+200D⟩cd"


def test_one_line_shows_breaks_that_visible_keeps():
    text = "a\tb\nc\rd\u2028e\u202ef"
    assert visible(text).count("\n") == 1
    assert one_line(text) == "a⟨U+0009⟩b⟨U+000A⟩c⟨U+000D⟩d⟨U+2028⟩e⟨U+202E⟩f"
    assert len(one_line(text).splitlines()) == 1


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_ingest_skip_warning_stays_on_one_line():
    keep, logger = _Keep(), logging.getLogger("aligner")
    logger.addHandler(keep)
    try:
        _skip(IngestResult(), "bad\nname\u202e.txt", "not UTF-8", line=3)
    finally:
        logger.removeHandler(keep)
    (message,) = keep.messages
    assert len(message.splitlines()) == 1
    assert message.startswith("bad⟨U+000A⟩name⟨U+202E⟩.txt:3: not UTF-8")


def test_input_error_and_model_unavailable_survive_pickling():
    import pickle

    from aligner.errors import AlignerError, InputError, ModelUnavailable

    back = pickle.loads(pickle.dumps(InputError("a.txt", "bad", line=4)))
    assert (type(back), back.path, back.reason, back.line, str(back)) == (InputError, "a.txt", "bad", 4, "a.txt:4: bad")
    model = pickle.loads(pickle.dumps(ModelUnavailable("no model for de-en", "install one")))
    assert (model.reason, model.advice, str(model)) == ("no model for de-en", "install one", "no model for de-en. install one")
    assert isinstance(back, AlignerError)


def _fails(x: int) -> int:
    raise ValueError(f"item {x}")


def test_failing_pmaps_leave_no_file_descriptors_open():
    import os

    from aligner import parallel

    old = parallel.JOBS
    parallel.set_jobs(3)
    try:
        def open_fds() -> int:
            return len(os.listdir("/proc/self/fd"))

        try:
            parallel.pmap(_fails, list(range(6)))
        except ValueError:
            pass
        before = open_fds()
        for _ in range(10):
            try:
                parallel.pmap(_fails, list(range(6)))
            except ValueError:
                pass
        assert open_fds() <= before
    finally:
        parallel.set_jobs(old)


def test_uniform_view_text_is_uniform_for_a_marked_soft_hyphen_and_decomposed_hangul():
    from aligner.text.uniform import UniformView, uniform

    for original, word in [("x \u00ad\u0301 y", "\u00ad\u0301"), ("Seoul \u1100\u1161\u11a8 city", "\u1100\u1161\u11a8")]:
        view = UniformView(original)
        assert view.text == uniform(original)
        k = 2 if original.startswith("x") else 6  # where the odd word is in the uniform text
        assert original[view.start(k):view.end(k + 1)] == word
        assert original[view.start(0):view.end(1)] == original[0]
        assert original[view.start(len(view.text) - 1):view.end(len(view.text))] == original[-1]
