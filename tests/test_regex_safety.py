"""No rule can be made to backtrack without bound by a crafted line.

Each shipped rule (and each rule set's matching as a whole, the ``{date}`` grammar
and the outlet fingerprints) is fed lines of ``max_line_chars`` built to be slow for
backtracking engines. Matching runs with the `regex` module's ``timeout``: a linear
pattern takes milliseconds on these lines, a quadratic one seconds, an exponential
one forever. The default run feeds each rule the crafted runs; the ``slow`` run pumps
every piece of every sample (tests/pathological.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterable
from typing import Any

import pytest
import regex

import cleaner
from cleaner.dates import DATE_PATTERN, parse_date
from cleaner.options import CleanOptions
from cleaner.rules import Rule, available_outlets, load_ruleset
from tests.bounded import run_bounded
from tests.pathological import FAIL, crafted_lines, pump_lines, rule_samples

#: Seconds one match may take; linear matching of these lines takes under 0.05 s.
TIMEOUT = 1.0
LONG = CleanOptions().max_line_chars


def _rules() -> dict[str, Rule]:
    return {r.id: r for name in available_outlets() for r in load_ruleset(name).rules}


RULES = _rules()


def _matcher(rule: Rule) -> Callable[..., Any]:
    if rule.action == "split":  # searched all along the line, as the engine does
        return lambda line, timeout: list(rule.pattern.finditer(line, timeout=timeout))
    return rule.pattern.match if rule.action == "prefix" else rule.pattern.fullmatch


def assert_fast(match: Callable[..., Any], lines: Iterable[str], what: str) -> None:
    for line in lines:
        try:
            match(line, timeout=TIMEOUT)
        except TimeoutError:
            pytest.fail(f"{what}: over {TIMEOUT} s on a {len(line):,}-char line {line[:60]!r}...")


def test_every_rule_has_samples_to_pump() -> None:
    samples = rule_samples()
    assert set(RULES) <= set(samples)
    assert all(samples[rid] for rid in RULES)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_is_fast_on_crafted_lines(rule_id: str) -> None:
    rule = RULES[rule_id]
    samples = rule_samples()[rule_id]
    lines = [*crafted_lines(LONG), *(s + " " + s[-1] * LONG + "§" for s in samples)]
    assert_fast(_matcher(rule), lines, f"rule {rule_id!r}")
    if rule.item is not None:
        assert_fast(rule.item.fullmatch, lines, f"rule {rule_id!r} item")


#: Two whitespace runs with only an optional token between them (``\\s*:?\\s*``,
#: ``\\s*\\d*\\s*``): when the token is absent a run of n spaces splits n ways between
#: them, so a line that then fails takes n² steps. Write ``\\s*(?::\\s*)?`` instead.
SPLIT_SPACE_RUNS = regex.compile(
    r"\\s[*+](?:\\?[^\\]|\\[dswDSW]|\[[^\]]*\]|\((?:\?:)?[^()]*\))[?*]\\s[*+]"
)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_no_rule_splits_a_whitespace_run_two_ways(rule_id: str) -> None:
    # The pumped samples find these only where a sample has a space at the split;
    # this finds them in the pattern itself, in the default run.
    assert SPLIT_SPACE_RUNS.findall(RULES[rule_id].pattern.pattern) == []


def test_split_space_runs_check_finds_the_known_shapes() -> None:
    for shape in (r"a\s*:?\s*b", r"a\s*\d*\s*b", r"a\s*[.,]?\s+b", r"a\s*(?::|-)?\s*b"):
        assert SPLIT_SPACE_RUNS.search(shape), shape
    for shape in (r"a\s*(?::\s*)?b", r"a(?:\s*[.,])?\s+b", r"a\s*:\s*b"):
        assert not SPLIT_SPACE_RUNS.search(shape), shape


#: A bounded dot run, then (past the ends of optional groups) a group that opens with a
#: whitespace run that gives characters back (``.{1,120})?(?:\\s+Download``): on a line
#: that ends in a long run of spaces each of the dot run's lengths scans the rest of the
#: run again, and backtracks through it: 120 times the line (writer-editor-line's copyright
#: notice before ``{apptail}``: 2.9 s on 200K spaces). Start the run after a non-space
#: and make it possessive (``(?<!\\s)\\s++``), as ``{apptail}`` does.
DOT_RUN_THEN_SPACE_RUN = regex.compile(r"\.\{\d*,\d+\}\??(?:\)\??)*(?:\(\?:)+\\s[+*](?![+])")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_no_rule_scans_a_space_run_once_per_dot_run_length(rule_id: str) -> None:
    assert DOT_RUN_THEN_SPACE_RUN.findall(RULES[rule_id].pattern.pattern) == []


def test_dot_run_then_space_run_check_finds_the_known_shapes() -> None:
    for shape in (r"C © .{1,120})?(?:(?:\s+(?:Download", r"iklan.{0,80})?(?:(?:\s+(?:D", r"a.{1,9}(?:\s*b)?"):
        assert DOT_RUN_THEN_SPACE_RUN.search(shape), shape
    for shape in (r"C © .{1,120})?(?:(?:(?<!\s)\s++(?:D", r"a.{1,9}(?:\s++b)?", r"a.{1,9}\s+b", r"a.{1,9}(?:x\s+)?"):
        assert not DOT_RUN_THEN_SPACE_RUN.search(shape), shape


@pytest.mark.parametrize("outlet", available_outlets())
def test_rule_set_matching_and_fingerprints_are_fast(outlet: str) -> None:
    rs = load_ruleset(outlet)
    lines = list(crafted_lines(LONG))
    # The rule set's own matching (its prefilter, then the rules in order), bounded
    # as a whole in a child: it takes well under a second for all these lines.
    out = run_bounded(lambda: sum(1 for x in lines if rs.match_line(x) or rs.match_prefix(x)), seconds=30)
    assert 0 <= out.value <= len(lines)
    texts = [*lines, "\n" * LONG + "x", " \n" * (LONG // 2) + "x", "Reporter \n" * (LONG // 10) + "x"]
    for fp in rs.fingerprints:
        assert_fast(fp.search, texts, f"{outlet} fingerprint {fp.pattern!r}")


def test_date_grammar_is_fast_when_searched() -> None:
    # Searched, the grammar is tried at every position (about 2 µs each), so shorter
    # lines: a quadratic case would still take seconds on them.
    n = 20_000
    date = regex.compile(DATE_PATTERN)
    lines = [*crafted_lines(n), "12 " * (n // 3), "Senin, " * (n // 7), "1/" * (n // 2)]
    assert_fast(lambda s, timeout: list(date.finditer(s, timeout=timeout)), lines, "DATE_PATTERN")
    # parse_date runs it with the standard library's re, which has no timeout: bound it.
    out = run_bounded(lambda: [parse_date(line) for line in lines], seconds=10)
    assert len(out.value) == len(lines)


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_is_fast_on_every_pumped_sample(rule_id: str) -> None:
    rule = RULES[rule_id]
    lines = pump_lines(rule_samples()[rule_id], LONG)
    assert_fast(_matcher(rule), lines, f"rule {rule_id!r}")


def _module_patterns() -> tuple[dict[str, regex.Pattern[str]], dict[str, re.Pattern[str]]]:
    """Every `regex` pattern compiled at module level in the package, and those a
    module compiles on first use (its ``compiled_patterns()`` table: `cleaner.names`,
    `cleaner.engine`, `cleaner.html.sniff`); apart, the standard library's `re` patterns,
    module-level and of such tables (`cleaner.markdown`'s), which take no timeout."""
    out: dict[str, regex.Pattern[str]] = {}
    out_re: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for key, value in vars(module).items():
            if isinstance(value, regex.Pattern) and isinstance(value.pattern, str):
                out[f"{info.name}.{key}"] = value
            elif isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out_re[f"{info.name}.{key}"] = value
        for key, value in getattr(module, "compiled_patterns", dict)().items():
            name = f"{info.name}.compiled_patterns()[{key!r}]"
            if isinstance(value, re.Pattern):
                out_re[name] = value
            else:
                out[name] = value
    return out, out_re


MODULE_PATTERNS, MODULE_RE_PATTERNS = _module_patterns()


def test_module_patterns_are_found() -> None:
    assert "cleaner.html.link_lists._PAGE_BAR" in MODULE_PATTERNS
    assert "cleaner.names.compiled_patterns()['lead-authors']" in MODULE_PATTERNS
    assert "cleaner.engine.compiled_patterns()['site-name']" in MODULE_PATTERNS
    assert "cleaner.html.sniff.compiled_patterns()['trafilatura-doc']" in MODULE_PATTERNS
    assert "cleaner.markdown.compiled_patterns()['link']" in MODULE_RE_PATTERNS
    assert "cleaner.dates.compiled_patterns()['short-date']" in MODULE_RE_PATTERNS
    assert "cleaner.dates._DAY_FIRST_RE" in MODULE_RE_PATTERNS
    assert len(MODULE_PATTERNS) > 50


@pytest.mark.parametrize("name", sorted(MODULE_PATTERNS))
def test_module_pattern_is_fast_when_matched(name: str) -> None:
    # The code's own patterns, matched at a line's start as the code does (searches
    # run on short, whitespace-collapsed fields). A run of digits is in the lines: a
    # page bar's "(?:\d{1,3}\s*){1,20}" tried every split of one (30 digits: 8 s).
    n = 20_000
    lines = [*crafted_lines(n), "1" * 60 + "x", "1 " * (n // 2) + "x", "A" * n + FAIL]
    pattern = MODULE_PATTERNS[name]
    assert_fast(pattern.fullmatch, lines, name)
    assert_fast(pattern.match, lines, name)


@pytest.mark.parametrize("name", sorted(MODULE_RE_PATTERNS))
def test_module_re_pattern_is_fast(name: str) -> None:
    # `re` has no timeout: the lines run in a child bounded in CPU time (one slow line
    # fails the whole set). A table's patterns (`cleaner.markdown`'s) are searched too:
    # they substitute along a whole page; the module-level ones run on fields, as above.
    n = 20_000
    lines = [*crafted_lines(n), "1" * 60 + "x", "1 " * (n // 2) + "x", "A" * n + FAIL]
    pattern = MODULE_RE_PATTERNS[name]
    searched = ".compiled_patterns()[" in name

    def screen() -> int:
        for line in lines:
            pattern.fullmatch(line)
            pattern.match(line)
            if searched:
                pattern.search(line)
        return len(lines)

    out = run_bounded(screen, seconds=10)
    assert out.error is None and out.value == len(lines), name
