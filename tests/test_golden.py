"""Golden files: every fixture in fixtures/*/ must give its whole expected record,
and the same record (but for line numbers) when its input arrives the way other
scrapers print it: CRLF, no blank lines, extra blank lines, trailing and no-break
spaces, a BOM, as bytes. Fixtures are discovered, not listed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import cleaner
from cleaner.engine import run_passes
from cleaner.rules import load_ruleset
from cleaner.segment import lines, split_lines
from tests.golden import case_id, expected_path, fixture_inputs, record_for

INPUTS = fixture_inputs()
IDS = [case_id(p) for p in INPUTS]


def test_fixtures_exist_and_are_well_formed() -> None:
    assert len(INPUTS) >= 8
    for inp in INPUTS:
        expected = json.loads(expected_path(inp).read_text(encoding="utf-8"))
        assert list(expected) == list(cleaner.Article(outlet="x").to_dict())
        assert expected["text"] == "\n\n".join(expected["paragraphs"])


@pytest.mark.parametrize("inp", INPUTS, ids=IDS)
def test_whole_record(inp: Path) -> None:
    expected = json.loads(expected_path(inp).read_text(encoding="utf-8"))
    assert record_for(inp) == expected


def _crlf(t: str) -> str:
    return t.replace("\n", "\r\n")


def _no_blank_lines(t: str) -> str:
    return "\n".join(line for line in lines(t) if line.strip())


def _extra_blank_lines(t: str) -> str:
    return "\n\n\n".join(t.splitlines())


def _trailing_and_nbsp(t: str) -> str:
    return "\n".join(line.replace(" ", "\u00a0", 1) + " \u00a0\t" for line in t.splitlines())


def _bom(t: str) -> str:
    return "\ufeff" + t


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": _crlf,
    "no-blank-lines": _no_blank_lines,
    "extra-blank-lines": _extra_blank_lines,
    "trailing-and-nbsp": _trailing_and_nbsp,
    "bom": _bom,
}


def _comparable(record: dict) -> dict:  # type: ignore[type-arg]
    out = dict(record)
    out["removed"] = [(r["text"], r["rule"]) for r in record["removed"]]
    return out


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("inp", [p for p in INPUTS if p.suffix == ".txt"], ids=lambda p: p.stem)
def test_scraper_variants(inp: Path, variant: str) -> None:
    expected = _comparable(json.loads(expected_path(inp).read_text(encoding="utf-8")))
    text = VARIANTS[variant](inp.read_text(encoding="utf-8"))
    assert _comparable(cleaner.clean(text).to_dict()) == expected
    assert _comparable(cleaner.clean(text.encode("utf-8")).to_dict()) == expected


@pytest.mark.parametrize("inp", INPUTS, ids=IDS)
def test_no_line_leaves_unaccounted(inp: Path) -> None:
    """Every non-blank input line is body, or in `removed` with a rule name; a line cut
    into parts (SPEC: "A line that glues chrome to text") is its parts, each body or
    removed, and together they hold every character of the line but spaces."""
    article = cleaner.clean(inp.read_bytes())
    assert all(r.rule for r in article.removed)
    if inp.suffix == ".html":  # HTML: numbered text blocks instead of lines
        from cleaner.html.frontend import html_blocks

        blocks, _ = html_blocks(inp.read_text(encoding="utf-8"), max_depth=400)
        lines = {b.number for b in blocks}
        body_lines = lines - {r.line for r in article.removed}
        assert len(body_lines) == len(article.paragraphs)
        return
    text = inp.read_text(encoding="utf-8")
    source = {n: line for n, line in enumerate(text.splitlines(), 1) if line.strip()}
    parts: dict[int, list[str]] = {n: [] for n in source}
    for r in article.removed:
        parts[r.line].append(r.text)
    body = list(article.paragraphs)
    page = run_passes(split_lines(text, max_line_chars=200_000), load_ruleset(article.outlet))
    kept = [b for b, v in zip(page.blocks, page.verdicts, strict=True) if v is None]
    assert len(kept) == len(body)
    for block, paragraph in zip(kept, body, strict=True):
        assert block.text.endswith(paragraph)  # the first may have lost its dateline
        parts[block.number].append(block.text)
    for n, line in source.items():
        assert sorted("".join(line.split())) == sorted("".join("".join(parts[n]).split())), n
