"""Smoke run of `benchmarks.startup` (whole processes; the ratios are checked only by
``python -m benchmarks.report``, never here: the machine is shared)."""

from __future__ import annotations

from benchmarks.startup import commands, measure, table


def test_startup_runs_every_command() -> None:
    s = measure(rounds=1)
    assert set(s.seconds) == set(commands())
    assert {"python", "import", "first-clean", "cleaner-cli"} <= set(s.seconds)
    assert all(v > 0 for v in s.seconds.values())
    rows = table(s)
    assert any(r.startswith("| first-clean - python |") for r in rows)
