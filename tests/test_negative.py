"""Story text that looks like chrome must stay: every line after the headline of a
negative fixture is body."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner
from tests.conftest import FIXTURES

NEGATIVE = sorted((FIXTURES / "negative").glob("*.input.txt"))


@pytest.mark.parametrize("inp", NEGATIVE, ids=lambda p: p.stem)
def test_story_lines_stay(inp: Path) -> None:
    lines = [line.strip() for line in inp.read_text(encoding="utf-8").splitlines() if line.strip()]
    article = cleaner.clean(inp.read_text(encoding="utf-8"))
    assert article.title == lines[0]
    assert list(article.paragraphs) == lines[1:]
    assert [r.rule for r in article.removed] == ["headline"]
