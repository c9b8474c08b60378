"""Shared test helpers: where the fixtures and ../shared/ are (`tests.paths`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import FIXTURES, KNOWN_FAILURES, ROOT, SEEDS, SHARED, shared_missing

__all__ = ["FIXTURES", "KNOWN_FAILURES", "ROOT", "SEEDS", "SHARED", "shared"]


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/`` (or $CLEANER_SHARED). CI has it beside the checkout; a missing
    one is a set-up error, so the tests that need it fail instead of skipping. Using
    this fixture marks a test ``shared`` (the root conftest.py)."""
    why = shared_missing()
    if why is not None:
        pytest.fail(why, pytrace=False)
    return SHARED
