"""User-facing errors: one line, naming the file and the reason, never a traceback."""

from __future__ import annotations

import os


class AlignerError(Exception):
    """An error the user can act on; the CLI prints ``error: <message>`` and exits non-zero."""

    exit_code = 2


class InputError(AlignerError):
    """One input (file or line) could not be processed; the batch goes on without it."""

    def __init__(self, path: str | os.PathLike[str], reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        """Pickled as its three parts (a worker process sends it to the parent)."""
        return (type(self), (self.path, self.reason, self.line))


class StageUnavailable(AlignerError):
    """A stage cannot run here (no model, no network); ``aligner run`` records it and goes on."""


class ModelUnavailable(StageUnavailable):
    """No translation model loads here.  ``reason``: which model, for which language pair
    and why (one sentence); ``advice``: what to do instead.  The message is both."""

    def __init__(self, reason: str, advice: str):
        self.reason = reason
        self.advice = advice
        super().__init__(reason, advice)  # both in args: a copy in another process is the same

    def __str__(self) -> str:
        return f"{self.reason}. {self.advice}"


class PipelineError(AlignerError):
    """The stages cannot run as asked: an unknown stage, a stage that reads what a later
    stage writes, a table that no earlier stage makes, a stage module that is missing."""


class RunDirectoryBusy(AlignerError):
    """Another aligner command holds the run directory: nothing went wrong, this command was
    not run.  Exit code 75 (EX_TEMPFAIL: try again later), so a scheduler can tell an
    overlap of two runs from a fault (2)."""

    exit_code = 75


class StoreError(AlignerError):
    """A run directory's database cannot be used (made by a newer aligner, damaged, ...)."""


class DiskFull(StoreError):
    """A write failed because the disk is full, a quota or a file-size limit was reached
    (ENOSPC, EDQUOT, EFBIG).  Not one stage's fault: ``aligner run`` stops at once (exit 2)
    instead of running later stages that cannot write either; finished work is kept."""


class ConfigError(AlignerError, ValueError):
    """An argument or setting the code cannot work with (a ValueError too, for callers
    that catch those)."""


class BackendError(AlignerError, RuntimeError):
    """A model backend broke its contract (e.g. returned fewer outputs than inputs)."""
