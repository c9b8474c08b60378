"""The bundled seeds against their gold records in ../shared/gold/seeds: every key
the gold names must be equal (the paragraphs and every metadata field)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from tests.conftest import ROOT, SHARED

GOLD = sorted((SHARED / "gold" / "seeds").glob("*.json"))
pytestmark = pytest.mark.shared


def test_gold_present(shared: Path) -> None:
    assert len(GOLD) == 5


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_seed_matches_gold(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    seed = ROOT / "seeds" / Path(gold["file"]).name
    record = cleaner.clean(seed.read_bytes()).to_dict()
    for key, value in gold.items():
        if key in ("file",) or key.startswith("_"):
            continue
        assert record[key] == value, key
