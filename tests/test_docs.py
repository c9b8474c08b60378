"""The repository's copy of the output contract is the shared one."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT


def test_docs_spec_is_the_shared_contract(shared: Path) -> None:
    """docs/SPEC.md is ../shared/SPEC.md under a one-line header that names it."""
    header, _, body = (ROOT / "docs" / "SPEC.md").read_text(encoding="utf-8").partition("\n\n")
    assert "../shared/SPEC.md" in header and "reference" in header
    assert body == (shared / "SPEC.md").read_text(encoding="utf-8")


def test_readme_points_to_the_contract_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/SPEC.md" in readme
