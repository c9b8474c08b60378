"""Smoke checks of `benchmarks.compiled` (the compiled-vs-pure timing): its child runs
on the pure package, and its report prints each implementation and ratio. The timing
itself: ``python -m benchmarks.compiled`` (it builds the compiled wheel)."""

from __future__ import annotations

import math

from benchmarks import compiled as C


def test_the_pure_child_times_pages() -> None:
    times = C._child("pure", 1)
    assert set(times) <= {"seeds", "bulk", "html"} and "seeds" in times
    assert all(0 < t < 1 and math.isfinite(t) for t in times.values())


def test_the_report_prints_pages_per_second_and_ratios() -> None:
    times = {"pure": {"seeds": [0.002, 0.003], "bulk": [0.001], "html": [0.008]},
             "compiled": {"seeds": [0.001], "bulk": [0.0005], "html": [0.005]},
             "trafilatura": {"seeds": [0.01], "bulk": [0.004], "html": [0.02]}}
    lines = C.report(times).splitlines()
    assert lines[1].split()[:2] == ["pure", "500"] and lines[2].split()[:2] == ["compiled", "1000"]
    ratios = {line.split("  ")[0].strip(): line.split()[-3:] for line in lines[4:]}
    assert ratios["compiled / pure"] == ["2.00x", "2.00x", "1.60x"]
    assert ratios["compiled / trafilatura"] == ["10.00x", "8.00x", "4.00x"]
    assert ratios["pure / trafilatura"] == ["5.00x", "4.00x", "2.50x"]
