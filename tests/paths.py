"""Where the test material is: the repository's own (fixtures, seeds) and ../shared.

``../shared/`` (or ``$CLEANER_SHARED``) holds third-party pages and gold records that
are read at run time and never copied into the repository. Tests that read it carry
the ``shared`` marker (``pytest -m "not shared"`` runs the rest without it); see the
root ``conftest.py``.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

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


def shared_tool(shared: Path, name: str) -> ModuleType:
    """``SHARED/tools/<name>.py`` as a module (read at run time, never copied)."""
    spec = importlib.util.spec_from_file_location(f"shared_{name}", shared / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bulk_lines(shared: Path) -> list[str]:
    """Every line of the real bulk scrape (``SHARED/corpus/bulk-2025-06-18.jsonl``), each
    row's text split into lines as the engine splits it (read at run time)."""
    import json

    from cleaner.segment import split_lines

    lines: list[str] = []
    with (shared / "corpus" / "bulk-2025-06-18.jsonl").open(encoding="utf-8") as f:
        for row in f:
            lines += [b.text for b in split_lines(json.loads(row)["text"], max_line_chars=10**6)]
    return lines
