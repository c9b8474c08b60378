"""Memory stays flat over a long stream of pages (`benchmarks.memory`).

The 100,000-page run takes longer than a unit-test run should, so it is marked
``slow``: ``python -m pytest benchmarks/test_memory.py -m slow`` (or
``python -m benchmarks.memory``). The default run checks the stream on a few pages.
"""

from __future__ import annotations

import pytest

from benchmarks import memory


def test_stream_pages_are_unique() -> None:
    pages = list(memory.stream(50))
    assert len({text for text, _ in pages}) == 50


def test_short_stream_runs() -> None:
    marks = memory.run(200, 100)
    assert [n for n, _ in marks] == [0, 100, 200] and all(mb > 0 for _, mb in marks)


@pytest.mark.slow
def test_rss_flat_over_100k_pages() -> None:
    marks = memory.run(100_000, 20_000)
    growth = marks[-1][1] - marks[1][1]  # from the first checkpoint (20,000 pages) to the end
    print("RSS MB at", marks)
    assert growth <= 4.0, marks
