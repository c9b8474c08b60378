"""The line matcher's index nominates every rule that can match a line (issue 17's text
path: `cleaner.match.prefilter.LineMatcher`).

A rule set's matcher reads a line's first and last characters, its length and its
leading words (the index), then each remaining rule's literals, other literal groups
and tail guards (the screens), and runs the regex only of the rules left, in file
order, sharing what one literal scan found between the rules that list it (``settled``,
``among``). The answer tests (tests/test_prefilter.py) hold the *first* matching rule
against the joined alternation; here every rule is held: a matcher built on the rule
set's own patterns and sources, whose patterns record that they were asked and match
nothing, tries each rule the index and the screens leave on a line (no rule matches, so
no plan stops early), through the very loop `match_all` and `match_capped` run. Every
rule whose real pattern matches the line must be among them: on every line of the
fixtures and seeds (all shipped rule sets) and of the bulk rows in
../shared/corpus/bulk-2025-06-18.jsonl (generic and idntimes, as test_prefilter.py's
bulk test reads them). Rule order and the answer then follow: the first rule tried
whose pattern matches is the first in file order that matches.

Also pinned: what the matcher keeps of a page it is asked again (`match_all`'s ``seen``
table), so that the recorded tries are each line's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
import regex

import cleaner
from cleaner.match.compile import NAMED_GROUP
from cleaner.match.prefilter import LineMatcher
from cleaner.rules import MAX_PREFIX_CHARS, Rule, RuleSet, load_ruleset
from cleaner.segment import split_lines
from tests.conftest import FIXTURES, ROOT
from tests.paths import bulk_lines

OUTLETS = cleaner.available_outlets()


class Recorder:
    """Stands for rule ``index``'s pattern in a matcher: records each line it is asked
    about in ``asked`` and matches nothing."""

    def __init__(self, index: int, pattern: regex.Pattern[str], asked: list[tuple[int, str]]) -> None:
        self.index = index
        self.pattern = pattern.pattern
        self.asked = asked

    def fullmatch(self, text: str) -> None:
        self.asked.append((self.index, text))

    def match(self, text: str) -> None:
        self.asked.append((self.index, text))


def recording_matcher(rules: tuple[Rule, ...], whole: bool) -> tuple[LineMatcher[int], list[tuple[int, str]]]:
    """A matcher over ``rules`` built as `cleaner.match.compile.line_matcher` builds the
    rule set's (the same sources, so the same shapes, index and screens), whose patterns
    are `Recorder`s; and the list they record into."""
    asked: list[tuple[int, str]] = []
    patterns = [cast(regex.Pattern[str], Recorder(i, r.pattern, asked)) for i, r in enumerate(rules)]
    sources = [NAMED_GROUP.sub("(?:", r.pattern.pattern) for r in rules]
    return LineMatcher(patterns, range(len(rules)), sources=sources, whole=whole), asked


def _page_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted([*FIXTURES.glob("*/*.input.txt"), *(ROOT / "seeds").glob("*.txt")]):
        lines += [b.text for b in split_lines(path.read_text(encoding="utf-8"), max_line_chars=10**6)]
    return lines


def _tried(matcher: LineMatcher[int], asked: list[tuple[int, str]], lines: list[str]) -> dict[str, set[int]]:
    """Per line, the rules the line matcher ran on it (each line asked alone: no shared table)."""
    out: dict[str, set[int]] = {}
    for text in dict.fromkeys(lines):
        asked.clear()
        assert matcher.match_all([text]) == [None]
        assert all(line == text for _i, line in asked)
        out[text] = {i for i, _line in asked}
    return out


def check_line_rules(ruleset: RuleSet, lines: list[str]) -> int:
    """Every line rule that matches a line is tried on it, and the real matcher's answer
    is the first rule in file order that matches. Returns the matches seen."""
    rules = ruleset.line_rules
    matcher, asked = recording_matcher(rules, whole=True)
    seen = 0
    for text, tried in _tried(matcher, asked, lines).items():
        matching = [i for i, rule in enumerate(rules) if rule.pattern.fullmatch(text) is not None]
        missed = [rules[i].id for i in matching if i not in tried]
        assert not missed, (ruleset.name, text, missed)
        hit = ruleset.match_line(text)
        assert (hit[0] if hit else None) is (rules[matching[0]] if matching else None), (ruleset.name, text)
        seen += len(matching)
    return seen


def check_prefix_rules(ruleset: RuleSet, lines: list[str]) -> int:
    """Every prefix rule whose match ends within `MAX_PREFIX_CHARS` is tried on the line
    by `match_capped` (a match past that is no dateline: `RuleSet.match_prefix`)."""
    rules = ruleset.prefix_rules
    matcher, asked = recording_matcher(rules, whole=False)
    seen = 0
    for text in dict.fromkeys(lines):
        asked.clear()
        assert matcher.match_capped(text, MAX_PREFIX_CHARS) is None
        tried = {i for i, _line in asked}
        ends = {i: m.end() for i, rule in enumerate(rules) if (m := rule.pattern.match(text)) is not None}
        missed = [rules[i].id for i, end in ends.items() if end <= MAX_PREFIX_CHARS and i not in tried]
        assert not missed, (ruleset.name, text, missed)
        seen += sum(1 for end in ends.values() if end <= MAX_PREFIX_CHARS)
    return seen


@pytest.mark.parametrize("name", OUTLETS)
def test_every_line_rule_that_matches_a_page_line_is_tried(name: str) -> None:
    assert check_line_rules(load_ruleset(name), _page_lines()) > 100


@pytest.mark.parametrize("name", OUTLETS)
def test_every_prefix_rule_that_matches_a_page_line_is_tried(name: str) -> None:
    assert check_prefix_rules(load_ruleset(name), _page_lines()) > 5


@pytest.mark.parametrize("name", ["generic", "idntimes"])
def test_every_rule_that_matches_a_bulk_line_is_tried(shared: Path, name: str) -> None:
    lines = bulk_lines(shared)
    assert len(lines) > 10_000
    ruleset = load_ruleset(name)
    assert check_line_rules(ruleset, lines) > 250
    assert check_prefix_rules(ruleset, lines) > 1_000


def test_the_recorder_sees_the_screens_at_work() -> None:
    """The recording matcher is the rule set's: it leaves out a rule whose literals a line
    lacks (the screens are on), and tries a rule on a line whose literal is there."""
    ruleset = load_ruleset("generic")
    rules = ruleset.line_rules
    matcher, asked = recording_matcher(rules, whole=True)
    real = ruleset.match_line
    credit = next(i for i, r in enumerate(rules) if r.id == "caption-copyright-credit")
    story = "Warga memadati alun-alun kota pada Minggu pagi untuk menonton pawai budaya."
    with_credit = "Warga memadati alun-alun kota pada Minggu pagi. / © Nama Fotografer"
    tried = _tried(matcher, asked, [story, with_credit])
    assert credit not in tried[story]
    assert len(tried[story]) < len(rules) // 10
    assert credit in tried[with_credit]
    hit = real(with_credit)
    assert hit is not None and hit[0].id == "caption-copyright-credit"
    assert real(story) is None
