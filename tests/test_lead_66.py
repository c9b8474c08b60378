"""The lead's checks of stop 66."""

from __future__ import annotations

from typing import cast

import cleaner
from tests.growth import MAX_GROWTH, MAX_GROWTH_8X, growth


class _QuadraticCleaner:
    """Does work quadratic in the page's length, as a stage with a scan per line would."""

    def clean(self, page: str | bytes) -> None:
        units = len(page) // 40
        total = 0
        for i in range(units):
            for j in range(units):
                total += i ^ j
        assert total >= 0


def test_growth_still_fails_a_quadratic_stage_after_its_retries() -> None:
    """`growth` keeps the lowest of its attempts so that a busy machine does not turn a
    linear shape red; a quadratic stage must still read about 16 on every attempt."""
    ratio = growth("html-br-lines", 20_000, cast(cleaner.Cleaner, _QuadraticCleaner()))
    assert ratio >= MAX_GROWTH, ratio


def test_growth_at_eight_times_the_bytes_still_fails_a_quadratic_stage() -> None:
    """The default run's step (eight times the bytes, limit `MAX_GROWTH_8X`)."""
    ratio = growth("html-br-lines", 10_000, cast(cleaner.Cleaner, _QuadraticCleaner()), factor=8,
                   limit=MAX_GROWTH_8X)
    assert ratio >= MAX_GROWTH_8X, ratio
