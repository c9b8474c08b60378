"""The second level of the golden check (trafilatura's ``evaldata.json`` style): each
golden case may list snippets that must be in its body and snippets that must not,
in ``<slug>.snippets.json`` beside its record (fixtures/README.md). A snippet states
one decision, so a failure here names it where a whole-record diff shows everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from tests.golden import case_id, expected_record, fixture_inputs, snippets_path, url_for

INPUTS = fixture_inputs()

CASES = [p for p in INPUTS if snippets_path(p).exists()]


def _snippets(inp: Path) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(snippets_path(inp).read_text(encoding="utf-8"))
    return data


def test_every_golden_case_has_snippets() -> None:
    """A new case without them: ``python -m tools.update_golden --snippets`` drafts
    them from its record; review and trim what it wrote."""
    assert [case_id(p) for p in INPUTS if p not in CASES] == []


@pytest.mark.parametrize("inp", CASES, ids=[case_id(p) for p in CASES])
def test_snippets_are_well_formed_and_agree_with_the_record(inp: Path) -> None:
    """Only ``with`` and ``without``, each a list of non-empty strings, and the
    expected record itself passes them (so the two levels never disagree)."""
    snippets = _snippets(inp)
    assert set(snippets) == {"with", "without"} and snippets["with"]
    assert all(isinstance(s, str) and s.strip() for s in [*snippets["with"], *snippets["without"]])
    text = expected_record(inp)["text"]
    assert [s for s in snippets["with"] if s not in text] == []
    assert [s for s in snippets["without"] if s in text] == []


@pytest.mark.parametrize("inp", CASES, ids=[case_id(p) for p in CASES])
def test_body_has_the_with_snippets_and_not_the_without(inp: Path) -> None:
    snippets = _snippets(inp)
    text = cleaner.clean(inp.read_bytes(), url=url_for(inp)).text
    assert [s for s in snippets["with"] if s not in text] == [], "story lost"
    assert [s for s in snippets["without"] if s in text] == [], "chrome kept"
