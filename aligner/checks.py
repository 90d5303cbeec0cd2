"""Checks a run's settings pass before any work, shared by ``aligner run`` and :func:`aligner.run`: every
setting that makes the run impossible is refused with one line (an :class:`~aligner.errors.AlignerError`)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

# what a message calls each setting: the command's option, or the library's argument while
# :func:`aligner.run` runs (``library_names``); a library user has no "--out" to give
CLI_NAMES: Mapping[str, str] = {
    "out": "--out", "translations": "--translations", "metadata": "--metadata", "languages": "--languages",
    "pivot": "--to", "only": "--only", "backend": "--backend"}
LIBRARY_NAMES: Mapping[str, str] = {
    "out": "out=", "translations": "translations=", "metadata": "config.metadata", "languages": "languages=",
    "pivot": "pivot=", "only": "only=", "backend": "config.translate.backend"}
_NAMES: ContextVar[Mapping[str, str]] = ContextVar("aligner_setting_names", default=CLI_NAMES)


def setting(name: str) -> str:
    """How a message names setting ``name`` ("out", "pivot", ...): ``--out`` for the command,
    ``out=`` inside :func:`library_names`."""
    return _NAMES.get()[name]


def setting_value(name: str, value: Any) -> str:
    """Setting ``name`` with ``value`` as the caller writes it: ``--to fr`` or ``pivot='fr'``."""
    said = setting(name)
    return f"{said}{value!r}" if said.endswith("=") else f"{said} {value}"


@contextmanager
def library_names() -> Iterator[None]:
    """Inside: messages name the library's arguments (``out=``, ``translations=``,
    ``config.metadata``), not the command's options."""
    token = _NAMES.set(LIBRARY_NAMES)
    try:
        yield
    finally:
        _NAMES.reset(token)


def check_out(out: Path, inputs: Iterable[Path] = ()) -> None:
    """``out`` (--out) must be a folder (or not exist yet) that can be created, and neither an input
    folder nor a folder that holds an input (``inputs``; :func:`aligner.pipeline.check_out_inputs`,
    which the library's runs call too)."""
    from .errors import AlignerError
    from .pipeline import check_out_inputs
    from .readers import bad_name, shown_path

    if bad_name(out):  # its name goes into summary.json, the report and the store: refused before any work
        raise AlignerError(f"{shown_path(out)}: {setting('out')}: the folder name is not valid UTF-8; choose another name")
    if out.is_symlink() and not out.exists():
        raise AlignerError(f"{out}: {setting('out')} is a link to a missing {os.readlink(out)}; remove the link or choose another folder")
    check_out_inputs(out, inputs)
    if out.exists() and not out.is_dir():
        raise AlignerError(f"{out}: {setting('out')} is an existing file, not a run directory; choose a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AlignerError(f"{out}: cannot create the run directory ({exc.strerror or type(exc).__name__})") from None


def check_translations(path: Path | None, pivot: str, max_mb: float | None = None) -> None:
    """Refuse, before any work, a --translations that cannot serve: missing, unreadable,
    over --max-size, a TSV without one source<TAB>translation line, or translations into
    another language than --to (``translate.precomputed.check_given``)."""
    if path is None:
        return
    from .translate.precomputed import check_given

    check_given(path, pivot, max_mb)


def check_options(cfg, only: list[str] | None = None, *, translations_language: bool = True) -> None:
    """Every option that makes the run impossible is refused before any work is done.  ``translations_language``
    False (the library): brought translations in another language than the pivot are used and reported as
    missing, not refused; a missing file is refused either way."""
    from .errors import AlignerError, InputError
    from .langid import check_languages
    from .match.stage import PIVOT

    check_out(cfg.out, cfg.inputs)
    try:
        check_languages(tuple(cfg.languages) + (cfg.pivot,))
    except ValueError as exc:
        raise AlignerError(f"{setting('languages')}/{setting('pivot')}: {exc}") from None
    asked = [name for name in ("match", "report") if name in (only or [])]
    if asked and cfg.pivot != PIVOT:
        raise AlignerError(f"{setting_value('pivot', cfg.pivot)}: {setting_value('only', asked[0])} needs "
                           f"{setting_value('pivot', PIVOT)} (quote matching compares English renderings)")
    if cfg.translate.backend is not None:
        from .translate import BACKENDS

        if cfg.translate.backend not in BACKENDS:
            raise AlignerError(f"{setting('backend')}: unknown translation backend {cfg.translate.backend!r}; choose one of {', '.join(BACKENDS[:3])}")
    from .readers import bad_name, load_metadata, shown_path

    for option, given in ((setting("metadata"), cfg.metadata), (setting("translations"), cfg.translations)):
        if given is not None and bad_name(given):
            raise InputError(shown_path(given), f"{option}: the file name is not valid UTF-8; rename it")
    if cfg.metadata is not None and not cfg.metadata.is_file():
        raise InputError(str(cfg.metadata), f"{setting('metadata')}: no such file")
    if cfg.metadata is not None:  # asked for by name: unusable (not text, no key column) is one line and exit 2
        load_metadata(cfg.metadata, warn=False)
    if translations_language:
        check_translations(cfg.translations, cfg.pivot, cfg.ingest.max_size_mb)
    elif cfg.translations is not None and not cfg.translations.exists():
        raise InputError(str(cfg.translations), f"{setting('translations')}: no such file or folder")


def check_only(only: list[str] | None) -> None:
    """Every stage --only names exists (``AlignerError`` naming the unknown ones otherwise)."""
    from .errors import AlignerError
    from .pipeline import stage_names

    known = stage_names()
    unknown = [name for name in only or [] if name not in known]
    if unknown:
        raise AlignerError(f"{setting('only')}: unknown stage {', '.join(unknown)} (stages: {', '.join(known)})")
