"""The golden fixtures: where each case's input and expected record are.

A case is ``fixtures/<outlet>/<slug>.input.txt`` (or ``.input.html``) with its whole
expected record in ``<slug>.expected.json`` and an optional ``<slug>.url``. A bundled
seed is not copied: ``fixtures/<outlet>/seed-<stem>.expected.json`` with no input file
beside it reads ``seeds/<stem>.txt``. ``fixtures/README.md`` describes the layout;
tests/test_golden.py and ``python -m tools.update_golden`` both use these functions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cleaner
from tests.paths import FIXTURES, SEEDS

SUFFIXES = (".txt", ".html")
SEED_PREFIX = "seed-"


def _seed_expectations() -> dict[Path, Path]:
    """Each seed input and the expected record that names it."""
    out: dict[Path, Path] = {}
    for expected in sorted(FIXTURES.glob(f"*/{SEED_PREFIX}*.expected.json")):
        slug = expected.name.removesuffix(".expected.json")
        if not any(expected.with_name(f"{slug}.input{s}").exists() for s in SUFFIXES):
            out[SEEDS / f"{slug.removeprefix(SEED_PREFIX)}.txt"] = expected
    return out


def fixture_inputs() -> list[Path]:
    """Every golden case's input: the fixture pages, then the seeds that have a record."""
    pages = sorted(p for p in FIXTURES.glob("*/*.input.*") if p.suffix in SUFFIXES)
    return [*pages, *_seed_expectations()]


def case_id(inp: Path) -> str:
    """``<outlet>/<slug>`` of a case (a seed is named by its expected record)."""
    expected = expected_path(inp)
    return f"{expected.parent.name}/{expected.name.removesuffix('.expected.json')}"


def expected_path(inp: Path) -> Path:
    """The expected record of the case whose input is ``inp``."""
    if inp.parent == SEEDS:
        return _seed_expectations()[inp]
    return inp.with_name(inp.name.split(".input.")[0] + ".expected.json")


def url_for(inp: Path) -> str | None:
    """The page URL a case is cleaned with (``<slug>.url``), if any."""
    url_file = expected_path(inp).with_name(case_id(inp).split("/")[1] + ".url")
    return url_file.read_text(encoding="utf-8").strip() if url_file.exists() else None


def record_for(inp: Path) -> dict[str, Any]:
    """The current record of a case, as `Article.to_dict` gives it."""
    return cleaner.clean(inp.read_bytes(), url=url_for(inp)).to_dict()


def snippets_path(inp: Path) -> Path:
    """The case's ``<slug>.snippets.json`` (which may not exist yet)."""
    expected = expected_path(inp)
    return expected.with_name(expected.name.removesuffix(".expected.json") + ".snippets.json")


def draft_snippets(record: dict[str, Any], *, words: int = 8, chrome: int = 4) -> dict[str, list[str]]:
    """Snippets to review for a record: the opening words of its first and last
    paragraph (``with``), and of up to ``chrome`` removed lines of distinct rules that
    the body does not hold (``without``)."""
    def opening(text: str) -> str:
        return " ".join(text.split()[:words])

    paragraphs = record["paragraphs"]
    with_ = [opening(p) for p in (paragraphs[:1] + paragraphs[1:][-1:])]
    without: list[str] = []
    rules: set[str] = set()
    for removal in record["removed"]:
        text = opening(removal["text"])
        if removal["rule"] in rules or removal["rule"] == "headline" or len(text) < 12 or text in record["text"]:
            continue
        rules.add(removal["rule"])
        without.append(text)
        if len(without) == chrome:
            break
    return {"with": with_, "without": without}


def expected_record(inp: Path) -> dict[str, Any]:
    """The record a case must give."""
    record: dict[str, Any] = json.loads(expected_path(inp).read_text(encoding="utf-8"))
    return record
