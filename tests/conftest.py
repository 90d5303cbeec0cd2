"""Shared fixtures.  Stage-specific fixtures live in the stage's own test modules."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def one_job():
    """Every map in this process (``parallel.set_jobs(1)``), for the test's duration."""
    from aligner import parallel

    parallel.set_jobs(1)
    yield
    parallel.set_jobs(None)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles shipped in the repo (corpora/seeds)."""
    return REPO / "corpora" / "seeds"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present")
    return path


@pytest.fixture
def aligner_log(caplog, monkeypatch):
    """The aligner logger heard directly by ``caplog`` at INFO (the CLI tests may have stopped its
    propagation): for modules that check warnings, ``pytestmark = pytest.mark.usefixtures("aligner_log")``."""
    logger = logging.getLogger("aligner")
    # the Ray engine's _quiet raises the level of stream handlers it finds on Ray's loggers, pytest's session-wide
    # capture handler among them when a Ray test ran before: heard at every level again here
    monkeypatch.setattr(caplog.handler, "level", logging.NOTSET)
    monkeypatch.setattr(logger, "handlers", [caplog.handler])
    monkeypatch.setattr(logger, "propagate", False)
    monkeypatch.setattr(logger, "level", logging.INFO)
