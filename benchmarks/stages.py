"""The pipeline cut into its stages, so each can be timed alone.

`run_stages` does what `cleaner.Cleaner.clean` does, one named stage at a time:
``decode -> segment -> detect outlet -> apply rules -> assemble``, and it records
the metadata the rules captured, so the *metadata* stage (normalising those values:
names split, dates parsed) can be replayed alone. A test checks that the stages give
the record ``clean()`` gives, so this file cannot drift from the pipeline unseen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleaner import Article, Cleaner
from cleaner.decode import check_decodable, decode
from cleaner.detect import detect_outlet
from cleaner.engine import PASSES, Page, assemble
from cleaner.fields import Fields
from cleaner.rules import RuleSet, load_ruleset
from cleaner.segment import Block


class RecordingFields(Fields):
    """`Fields` that also keeps every value the rules offered, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []

    def add(self, field: str, value: str, at: float | None = None) -> None:
        self.calls.append((field, value))
        super().add(field, value, at)


@dataclass
class Stages:
    """One page after every stage."""

    text: str
    warnings: tuple[str, ...]
    blocks: list[Block]
    url: str | None
    ruleset: RuleSet
    page: Page
    field_calls: list[tuple[str, str]] = field(default_factory=list)


def stage_decode(pipeline: Cleaner, data: str | bytes) -> tuple[str, tuple[str, ...]]:
    text, warnings = decode(data, max_bytes=pipeline.options.max_bytes)
    check_decodable(text)
    return text, tuple(warnings)


def stage_segment(pipeline: Cleaner, text: str) -> tuple[list[Block], str | None]:
    return pipeline.segment(text)


def stage_detect(blocks: list[Block], url: str | None) -> RuleSet:
    return load_ruleset(detect_outlet("\n".join(b.text for b in blocks), url))


def stage_rules(blocks: list[Block], ruleset: RuleSet, fields: Fields | None = None) -> Page:
    page = Page(blocks=blocks, ruleset=ruleset)
    if fields is not None:
        page.fields = fields
    for step in PASSES:
        step(page)
    return page


def stage_metadata(calls: list[tuple[str, str]]) -> Fields:
    fields = Fields()
    for name, value in calls:
        fields.add(name, value)
    return fields


def stage_assemble(page: Page, url: str | None, warnings: tuple[str, ...]) -> Article:
    return assemble(page, url=url, warnings=warnings)


def run_stages(pipeline: Cleaner, data: str | bytes, url: str | None = None) -> Stages:
    """Every stage of one page, as `Cleaner.clean` runs them (default options)."""
    text, warnings = stage_decode(pipeline, data)
    blocks, page_url = stage_segment(pipeline, text)
    url = url or page_url
    ruleset = stage_detect(blocks, url)
    recorder = RecordingFields()
    page = stage_rules(blocks, ruleset, recorder)
    return Stages(text, warnings, blocks, url, ruleset, page, recorder.calls)


def same_record(a: Article, b: Article) -> bool:
    d: dict[str, Any] = a.to_dict()
    return d == b.to_dict() and a.reason == b.reason and a.warnings == b.warnings
