"""Known failures (ftfy's style): pages the cleaner gets wrong today, each with the
record it should give (fixtures/known_failures/, described in fixtures/README.md).

Each runs as ``xfail(strict=True, raises=AssertionError)``: it must fail, and by a
wrong record, not by an error. When a change fixes one, its test fails as an
unexpected pass: move the case to a golden folder with its whole record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleaner
from tests.paths import KNOWN_FAILURES

PAGES = sorted(KNOWN_FAILURES.glob("*.page.txt"))


def _expected(page: Path) -> dict[str, Any]:
    path = page.with_name(page.name.removesuffix(".page.txt") + ".expected.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _case(page: Path) -> Any:
    return pytest.param(page, id=page.name.removesuffix(".page.txt"), marks=pytest.mark.xfail(
        strict=True, raises=AssertionError, reason=_expected(page)["_why"]))


def test_known_failures_are_well_formed() -> None:
    """Every page has an expected record: a ``_why`` and some of the record's keys."""
    assert PAGES, "the folder is read (a fixed case moves to a golden folder; the rest stay)"
    files = {p.name for p in KNOWN_FAILURES.iterdir()} - {"README.md"}
    assert files == {n for p in PAGES for n in (p.name, p.name.removesuffix(".page.txt") + ".expected.json")}
    keys = set(cleaner.Article(outlet="x").to_dict())
    for page in PAGES:
        expected = _expected(page)
        assert isinstance(expected.pop("_why"), str)
        assert expected and set(expected) <= keys - {"removed", "text"}, page.name


@pytest.mark.parametrize("page", [_case(p) for p in PAGES])
def test_known_failure(page: Path) -> None:
    record = cleaner.clean(page.read_bytes()).to_dict()
    expected = {k: v for k, v in _expected(page).items() if not k.startswith("_")}
    assert {k: record[k] for k in expected} == expected
