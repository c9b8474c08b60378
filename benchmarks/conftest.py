"""Fixtures of the benchmark suites: the pages, loaded once, and a warmed-up `Cleaner`.

Rule sets are compiled before any timing starts (the ``pipeline`` fixture loads them
all; ``Cleaner()`` itself compiles them lazily), so no benchmark measures a first-call cost.

Smoke mode: unless timing is asked for (``--benchmark-only`` or ``--benchmark-enable``),
every benchmark body runs once, untimed, with its checks. So the default ``pytest``
run (CI) keeps the suites working, and ``pytest benchmarks/ --benchmark-only`` measures.
"""

from __future__ import annotations

import pytest

import cleaner
from benchmarks import pages as P


def pytest_configure(config: pytest.Config) -> None:
    # Runs before pytest-benchmark's own configure (which is trylast).
    if not (config.getoption("benchmark_only", False) or config.getoption("benchmark_enable", False)):
        config.option.benchmark_disable = True


@pytest.fixture(scope="session")
def seeds() -> list[P.TextPage]:
    found = P.seed_pages()
    assert len(found) == 5, "the five bundled seeds are missing"
    return found


@pytest.fixture(scope="session")
def fixtures() -> list[P.TextPage]:
    found = P.fixture_pages()
    assert found, "no text fixtures found"
    return found


@pytest.fixture(scope="session")
def bulk() -> list[P.TextPage]:
    """The bulk scrape's rows; the suites on them run only where the file is present."""
    rows = P.bulk_pages()
    if not rows:
        pytest.skip(f"{P.BULK} is not present")
    return rows


@pytest.fixture(scope="session")
def html_pages() -> list[P.HtmlPage]:
    """The real HTML pages with gold; ../shared is part of every CI checkout, so a
    missing one fails (as in tests/) instead of skipping."""
    assert (P.SHARED / "SPEC.md").exists(), f"shared material not found at {P.SHARED} (set CLEANER_SHARED)"
    found = P.html_pages()
    assert len(found) >= 10, "the real HTML pages of the shared corpus are missing"
    return found


@pytest.fixture(scope="session")
def pipeline() -> cleaner.Cleaner:
    from cleaner.detect import outlet_rulesets
    from cleaner.rules import load_ruleset

    load_ruleset("generic")
    outlet_rulesets()  # every rule set compiled before timing: no first-call cost is measured
    return cleaner.Cleaner()
