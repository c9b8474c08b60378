"""Where the test material is: the repository's own (fixtures, seeds) and ../shared.

``../shared/`` (or ``$CLEANER_SHARED``) holds third-party pages and gold records that
are read at run time and never copied into the repository. Tests that read it carry
the ``shared`` marker (``pytest -m "not shared"`` runs the rest without it); see the
root ``conftest.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"
KNOWN_FAILURES = FIXTURES / "known_failures"
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))


def shared_missing() -> str | None:
    """Why ../shared cannot be used (a message for the test report), or ``None``."""
    if (SHARED / "SPEC.md").exists():
        return None
    return (
        f"this test reads the shared corpus and gold records, which are not at {SHARED}: "
        "put the shared material beside the checkout (../shared), set CLEANER_SHARED, "
        'or leave these tests out with: pytest -m "not shared and not slow"'
    )
