"""The ``aligner`` command line.

Each command lives in ``aligner/commands/<name>.py`` with a ``register(app, groups)``
function; heavy libraries (torch, transformers, ctranslate2) are imported inside
the commands, never at start-up, so that ``aligner --help`` is instant.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import sys
from typing import Any

import typer
from typer.core import TyperCommand

from . import __version__
from .errors import AlignerError

app = typer.Typer(
    name="aligner",
    help="Clean, translate, sentence-align and quote-check German and English news across outlets and languages.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: no "<bool>" type column next to flags, no rich import
)

GROUPS: dict[str, typer.Typer] = {
    "models": typer.Typer(help="List and convert translation models.", no_args_is_help=True),
    "eval": typer.Typer(help="Evaluate translations, alignments and quotes against references.", no_args_is_help=True),
}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)

# One module per command; a module that does not exist yet is simply absent from the CLI.
COMMAND_MODULES = [
    "run",
    "ingest",
    "translate",
    "models",
    "quotes",
    "align",
    "match",
    "report",
    "eval_mt",
    "eval_alignment",
    "eval_quotes",
]


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        full = f"aligner.commands.{name}"
        try:
            module = importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name == full:
                continue
            raise
        module.register(app, GROUPS)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"aligner {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool | None = typer.Option(
        None, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Clean, translate, sentence-align and quote-check German and English news."""
    from .console import log_to_console

    log_to_console()


class _ReadableCommand(TyperCommand):
    """A command whose arguments read as their metavar (``INPUT...``, ``RUN_DIR``) in the
    usage line and the Arguments section, not as ``{inputs}...`` or ``inputs... <list[Path]>``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument" and param.metavar:
                pieces.append(_argument_name(param) if param.required else f"[{_argument_name(param)}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        args, opts = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                args.append((_argument_name(param), record[1]) if param.metavar else record)
            else:
                opts.append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _argument_name(param: Any) -> str:
    name = str(param.metavar)
    return name + "..." if param.nargs != 1 and not name.endswith("...") else name


_register_commands()
for _info in app.registered_commands + [c for g in GROUPS.values() for c in g.registered_commands]:
    if _info.cls in (None, TyperCommand):  # a command's own class is kept
        _info.cls = _ReadableCommand


_TERMINATED = False  # SIGTERM came: the command ends as after Ctrl-C, with exit 143


def _on_sigterm(signum: int, frame: Any) -> None:
    """SIGTERM (``kill``, ``timeout``, a scheduler) stops a command as Ctrl-C does: it
    says what was kept."""
    global _TERMINATED
    _TERMINATED = True
    raise KeyboardInterrupt


def _default_sigterm() -> None:
    """In a forked child (a :mod:`aligner.parallel` worker): SIGTERM ends it at once (the
    parent's Python handler would only run once a worker blocked in C returned)."""
    with contextlib.suppress(ValueError):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _exit(rc: int) -> None:
    """Exit with ``rc``; an interruption by SIGTERM exits 143 (128 + 15), not Ctrl-C's 130."""
    sys.exit(128 + signal.SIGTERM if _TERMINATED and rc == 130 else rc)


def main() -> None:
    """Console entry point: user-facing errors become one line, never a traceback."""
    from .console import error

    signal.signal(signal.SIGTERM, _on_sigterm)
    os.register_at_fork(after_in_child=_default_sigterm)
    try:
        # without standalone mode click returns the exit code of typer.Exit instead of exiting
        rc = app(standalone_mode=False)
        _exit(rc if isinstance(rc, int) else 0)
    except AlignerError as exc:
        error(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        _exit(exc.exit_code)
    except typer.Abort:
        error("aborted")
        _exit(130)
    except KeyboardInterrupt:
        error("interrupted; finished work is kept in the run directory")
        _exit(130)
    except Exception as exc:  # usage errors: click's own message, no traceback
        if isinstance(exc, _click_exceptions()):
            click_exc: Any = exc  # a ClickException of whichever click copy is loaded: has show() and exit_code
            click_exc.show()
            sys.exit(click_exc.exit_code)
        raise


def _click_exceptions() -> tuple[type[BaseException], ...]:
    """ClickException from click and from the copy of click that newer typer versions bundle."""
    found = []
    for name in ("click.exceptions", "typer._click.exceptions"):
        try:
            found.append(importlib.import_module(name).ClickException)
        except (ImportError, AttributeError):
            pass
    return tuple(found)


if __name__ == "__main__":  # python -m aligner.cli works as python -m aligner
    main()
