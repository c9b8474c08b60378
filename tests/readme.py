"""The README's examples, for the tests that run them as a user would."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = ROOT / "README.md"


def blocks(language: str) -> list[str]:
    """The README's fenced code blocks of ``language`` (``sh``, ``python``), in order."""
    text = README.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(rf"^```{language}\n(.*?)^```", text, re.M | re.S)]


def block(language: str, first_line: str) -> str:
    """The one README block of ``language`` whose first line is ``first_line``."""
    found = [b for b in blocks(language) if b.splitlines()[0].strip() == first_line]
    assert len(found) == 1, f"README: expected one {language} block starting {first_line!r}, found {len(found)}"
    return found[0]
