"""Shared terminal output: messages go to stderr so that stdout stays clean for data."""

from __future__ import annotations

import logging
import re
import sys
import unicodedata
from contextlib import contextmanager
from typing import Iterator, Sequence

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

console = Console(stderr=True, highlight=False)
# Progress bars are the CLI's (:func:`log_to_console` turns them on): the library draws nothing.
SHOW_PROGRESS = False


class RateColumn(ProgressColumn):
    """Items per second, e.g. ``183.2 sentences/s``."""

    def __init__(self, unit: str):
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.1f} {self.unit}/s", style="cyan")


def plain(message: object) -> Text:
    """A user string as rich text that is never read as markup: a file named
    ``[/b].txt`` or ``[entwurf].txt`` prints as it is named."""
    return Text(str(message))


# control characters other than tab, newline and carriage return, and characters that reorder or
# hide text (bidi overrides and isolates, zero-width marks): shown as ``⟨U+202E⟩`` by :func:`visible`
_HIDDEN = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e"
                     r"\u2060-\u2069\ufeff]")
# what :func:`visible` keeps and one line must not hold raw: tab, newline, carriage return, line
# and paragraph separators
_LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]")


def visible(text: object) -> str:
    """``text`` with control and bidi-formatting characters replaced by a visible
    ``⟨U+202E⟩`` (tab and newline kept); a zero-width joiner inside an emoji sequence
    ("👩‍🚒", "🏳️‍🌈" in a quoted post) is part of what was written and stays."""
    t = unicodedata.normalize("NFC", "" if text is None else str(text))
    return _HIDDEN.sub(lambda m: m.group(0) if _emoji_joiner(t, m.start()) else f"⟨U+{ord(m.group(0)):04X}⟩", t)


def _emoji_joiner(t: str, i: int) -> bool:
    """Whether ``t[i]`` is a zero-width joiner between two emoji (a variation selector or skin
    tone before it skipped)."""
    if t[i] != "\u200d" or i + 1 >= len(t):
        return False
    k = i - 1
    while k >= 0 and (t[k] == "\ufe0f" or "\U0001F3FB" <= t[k] <= "\U0001F3FF"):
        k -= 1
    return k >= 0 and unicodedata.category(t[k]) == "So" and unicodedata.category(t[i + 1]) == "So"


def one_line(text: object) -> str:
    """``text`` on one line: :func:`visible` (the report's form of hidden characters) with a
    tab, a newline or a carriage return (a file name may hold them) also shown as ``⟨U+000A⟩``."""
    return _LINE_BREAKS.sub(lambda m: f"⟨U+{ord(m.group(0)):04X}⟩", visible(text))


def listed(items: Sequence[object], most: int, sep: str = ", ") -> str:
    """The first ``most`` of ``items`` joined by ``sep``, then how many more there are
    (``a, b, c and 4 more``): how a message names a long list."""
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return sep.join(map(str, items[:most])) + more


def warn(message: str) -> None:
    """One-line warning (bad input, skipped stage...); the message is printed literally."""
    console.print(Text.assemble(("warning:", "yellow"), " ", str(message)), soft_wrap=True, emoji=False)


def error(message: str) -> None:
    """One-line error; the message is printed literally."""
    console.print(Text.assemble(("error:", "red"), " ", str(message)), soft_wrap=True, emoji=False)


def draws_progress() -> bool:
    """Whether progress bars are drawn: only for the CLI (``SHOW_PROGRESS``) and when
    stderr is a terminal."""
    return SHOW_PROGRESS and sys.stderr.isatty()


@contextmanager
def progress(unit: str = "items") -> Iterator[Progress]:
    """A rich progress bar showing rate; drawn only when :func:`draws_progress`."""
    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(unit),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=console, disable=not draws_progress(), transient=False) as bar:
        yield bar


class ConsoleHandler(logging.Handler):
    """Library log records (``logging.getLogger("aligner")``) printed the CLI's way:
    warnings as ``warning: ...``, errors as ``error: ...``, information as plain lines."""

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()  # printed literally: file names are not markup
        if record.levelno >= logging.ERROR:
            error(message)
        elif record.levelno >= logging.WARNING:
            warn(message)
        else:
            console.print(message, soft_wrap=True, markup=False, emoji=False, highlight=False)


def log_to_console(level: int = logging.INFO) -> None:
    """Send the library's log records to the terminal and draw progress bars there
    (once; the CLI calls this)."""
    global SHOW_PROGRESS
    SHOW_PROGRESS = True
    logger = logging.getLogger("aligner")
    if not any(isinstance(h, ConsoleHandler) for h in logger.handlers):
        logger.addHandler(ConsoleHandler())
    logger.setLevel(level)
    logger.propagate = False
