"""The fixture folders are what fixtures/README.md says they are."""

from __future__ import annotations

import hashlib

from tests.golden import SUFFIXES, expected_path, fixture_inputs
from tests.paths import FIXTURES, KNOWN_FAILURES, SEEDS


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_every_seed_has_a_golden_record_and_no_copy_under_fixtures() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    inputs = fixture_inputs()
    assert all(s in inputs for s in seeds)
    digests = {_digest(s.read_bytes()) for s in seeds}
    copies = [p for p in FIXTURES.rglob("*") if p.is_file() and _digest(p.read_bytes()) in digests]
    assert copies == []


def test_every_expected_record_has_its_input() -> None:
    records = {p for p in FIXTURES.glob("*/*.expected.json") if p.parent != KNOWN_FAILURES}
    assert records == {expected_path(p) for p in fixture_inputs()}


def test_fixture_files_are_of_the_documented_kinds() -> None:
    kinds = (*(f".input{s}" for s in SUFFIXES), ".expected.json", ".snippets.json", ".url")
    odd = [p for p in FIXTURES.glob("*/*") if p.parent != KNOWN_FAILURES and not p.name.endswith(kinds)]
    assert odd == []
    assert (FIXTURES / "README.md").exists()
