"""The reason a language is left untranslated travels as data (``ModelUnavailable.reason``),
not parsed back out of the message text."""

from __future__ import annotations

import logging
import pickle

import pytest

from aligner.errors import ModelUnavailable, StageUnavailable
from aligner.translate import registry
from aligner.translate.stage import _untranslated


class _Lines(logging.Handler):
    """The lines the translate stage logs (the CLI's console setup may stop them reaching caplog)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


@pytest.fixture
def warnings_logged():
    logger = logging.getLogger("aligner.translate.stage")
    handler = _Lines()
    logger.addHandler(handler)
    try:
        yield handler.lines
    finally:
        logger.removeHandler(handler)


PAIRS = [("s1", "Der Zug kam spät an."), ("s2", "Die Brücke ist gesperrt.")]


def test_a_missing_model_folder_says_which_model_why_and_what_to_do(tmp_path):
    folder = tmp_path / "no-such-model"
    with pytest.raises(ModelUnavailable) as info:
        registry.check_available(str(folder), "de", "en")
    exc = info.value
    assert str(folder) in exc.reason and "de->en" in exc.reason and "Translation needs" not in exc.reason
    assert str(exc) == f"{exc.reason}. {exc.advice}" and exc.advice.startswith("Translation needs")
    assert isinstance(exc, StageUnavailable)  # the pipeline still records the stage as skipped


def test_model_unavailable_survives_a_trip_to_another_process():
    exc = registry.model_unavailable("my/model", "fr", "en", "it is not here")
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is ModelUnavailable and back.reason == exc.reason and str(back) == str(exc)


def test_untranslated_warns_with_the_reason_only_and_flags_every_text(warnings_logged):
    exc = registry.model_unavailable("my/fr-model", "fr", "en", "it is not on this machine")
    summary: dict = {"untranslated": 1, "no_model": "it->en"}
    rows = _untranslated(PAIRS, "fr", "en", exc, summary)
    (line,) = warnings_logged
    assert line == f"fr->en: no translation model ({exc.reason}); 2 fr texts are left untranslated"
    assert "--model PATH" not in line
    assert [(t.sentence_id, t.target, t.backend, t.flags) for t in rows] == [
        ("s1", "", "none", ["missing-translation"]), ("s2", "", "none", ["missing-translation"])]
    assert summary == {"untranslated": 3, "no_model": "it->en, fr->en"}


def test_untranslated_gives_another_stage_unavailable_whole(warnings_logged):
    exc = StageUnavailable("the translation model 'x' translates de->en, not fr->en; give a fr-en model")
    _untranslated(PAIRS[:1], "fr", "en", exc, {})
    assert [f"({exc})" in line for line in warnings_logged] == [True]
