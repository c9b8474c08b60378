"""The bad-input suites' bound (`tests.bounded`): it ends a call that burns CPU time past
its bound, and a loaded machine's slow clock alone does not fail a test."""

from __future__ import annotations

import os
import time

import pytest

from tests.bounded import _cpu_seconds, run_bounded


def _spin() -> None:
    while True:
        pass


def test_a_call_that_spins_past_its_cpu_bound_fails_the_test() -> None:
    with pytest.raises(pytest.fail.Exception, match="CPU time"):
        run_bounded(_spin, seconds=0.5)


def _wait() -> str:
    time.sleep(0.8)
    return "done"


def test_a_call_that_waits_longer_than_its_bound_is_not_killed() -> None:
    # a child that gets no core (here: sleeps) burns no CPU time: the clock alone is no hang
    out = run_bounded(_wait, seconds=0.3)
    assert out.value == "done"


def test_cpu_seconds_reads_this_process_and_none_for_no_process() -> None:
    used = _cpu_seconds(os.getpid())
    assert used is not None and used > 0
    assert _cpu_seconds(2**22 + 12345) is None
