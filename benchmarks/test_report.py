"""`benchmarks.report` says by how much a missed target is missed (issue 17: a missed
target is a result, with its distance and what the profile says is left)."""

from __future__ import annotations

from benchmarks.report import LEFT, Check, Report, shortfall


def test_shortfall_of_each_kind_of_target() -> None:
    assert shortfall(6.25, ">= 25.0") == "4.00x short of it"
    assert shortfall(0.6, "<= 0.5") == "1.20x over it"
    assert shortfall(180.0, "< 150.0 ms") == "1.20x over it"
    assert shortfall(-0.01, "> 0") == "off by 0.010"


def test_a_missed_target_prints_its_distance_and_what_is_left() -> None:
    report = Report({})
    report.checks = [Check("html: at least 3x trafilatura's pages per second", 1.5, ">= 3.0", False),
                     Check("import cleaner under 150 ms", 60.0, "< 150.0 ms", True)]
    lines = report.text().splitlines()
    missed = "  [MISSED] html: at least 3x trafilatura's pages per second: 1.50 (target >= 3.0); "
    assert lines[-3] == missed + "2.00x short of it"
    assert lines[-2] == f"      left, by the profile: {LEFT['html']}"
    assert lines[-1] == "  [ok] import cleaner under 150 ms: 60.00 (target < 150.0 ms)"
