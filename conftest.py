"""The ``shared`` marker and the Hypothesis profiles, for tests/ and benchmarks/ alike.

A test reads ``../shared`` (third-party pages and gold records, never copied into the
repository) when it carries ``@pytest.mark.shared`` or uses one of the fixtures that
load it (`SHARED_FIXTURES`); such a test is marked at collection, so
``pytest -m "not shared"`` runs everything else without ../shared. Selected with
../shared missing, it fails at set-up with one clear message, before anything reads a
missing file (and before an empty parameter list could skip it).

Property tests run under the ``repeatable`` Hypothesis profile: the same examples on
every run (no example database, no random seed) and no timing health check, so a
run on a busy machine answers as an idle one does. ``--hypothesis-profile=explore``
draws new examples each run (what the long ``slow`` runs are for).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from tests.paths import shared_missing

settings.register_profile(
    "repeatable", derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("repeatable")

#: Fixtures that load ../shared (tests/conftest.py, benchmarks/conftest.py).
SHARED_FIXTURES = frozenset({"shared", "bulk", "html_pages"})


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        uses_shared = SHARED_FIXTURES.intersection(getattr(item, "fixturenames", ()))
        if uses_shared and item.get_closest_marker("shared") is None:
            item.add_marker(pytest.mark.shared)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("shared") is not None:
        why = shared_missing()
        if why is not None:
            pytest.fail(why, pytrace=False)
