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


def test_the_whole_runs_give_rows_and_targets() -> None:
    from benchmarks.peers import Batch, PeerSuite

    report = Report({})
    report.peers(PeerSuite(900, 30.0, 20.0, 0.93, 0.92), {"seeds": 0.5, "bulk rows": 1.2}, Batch(100, 9.0, 5.0, True))
    assert report.lines[0] == ("| peer suite: clean pages/s / trafilatura pages/s | 1.50x | | 900 pages, one pass "
                               "each; F1 clean 0.9300 vs trafilatura 0.9200 |")
    assert report.lines[-1] == "| batch: --jobs 1 wall / --jobs 2 wall | 1.80x | | 100 pages; records identical |"
    verdicts = {c.name: c.ok for c in report.checks}
    assert verdicts == {
        "html: at least 3x trafilatura's pages per second (peer suite)": False,
        "html: F1 at least trafilatura's (peer suite)": True,
        "text: faster than resiliparse (seeds)": False,
        "text: faster than resiliparse (bulk rows)": True,
        "batch: --jobs 2 at least 1.8x --jobs 1": True,
        "batch: --jobs 2 writes the records --jobs 1 writes": True,
    }


def test_a_whole_run_that_could_not_measure_says_why_and_misses() -> None:
    report = Report({})
    report.peers("no peer suite", "resiliparse is not installed (pip install -e '.[bench]')", "no batch")
    assert report.lines[1] == ("| seeds: clean pages/s / resiliparse pages/s | n/a | | "
                               "resiliparse is not installed (pip install -e '.[bench]') |")
    assert [c.ok for c in report.checks] == [False] * 6
    assert "text: faster than resiliparse (seeds): not measured (target > 1)" in report.text()
