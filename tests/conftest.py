"""Shared test helpers: where the fixtures and ../shared/ are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/`` (or $CLEANER_SHARED). CI has it beside the checkout; a missing
    one is a set-up error, so the tests that need it fail instead of skipping."""
    assert (SHARED / "SPEC.md").exists(), f"shared material not found at {SHARED} (set CLEANER_SHARED)"
    return SHARED
