"""The lead's checks of stop 66."""

from __future__ import annotations

from typing import cast

import cleaner
from tests.growth import MAX_GROWTH, growth


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
