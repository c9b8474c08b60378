"""Run one call in a forked child with a CPU-time bound, for the bad-input suites.

A hostile input can hang a regular expression or a parser inside C code, where no
signal reaches it; a child process can always be killed. The child reports what the
call returned (an `Article` as its dict, with ``reason`` and ``warnings``), a
`CleanerError`, or any other exception with its traceback, which fails the test.

The bound counts the child's own CPU time (Linux's ``/proc/PID/stat``), not the
clock: a busy machine slows a page, it does not make it hang, and must not turn a test
red. The clock bounds it too, at `WALL_FACTOR` times the bound (a child that sleeps or
waits burns no CPU), and alone where ``/proc`` is not there.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

import cleaner

#: The bound for one page: "a record or a clear error within seconds" of CPU time.
#: Generous; a catastrophic case overshoots it by orders of magnitude.
SECONDS = 10.0
#: The wall-clock bound, as a multiple of the CPU bound: a loaded machine gives the
#: child a share of a core, and a hang is still ended.
WALL_FACTOR = 30
#: How often the parent looks at the child's CPU time.
_POLL = 0.1


@dataclass
class Outcome:
    """What one bounded call gave: a record (or other value) or a documented error."""

    record: dict[str, Any] | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    value: Any = None  # what the call returned, when it was not an Article
    error: str | None = None  # the CleanerError subclass name
    message: str = ""
    seconds: float = 0.0

    @property
    def paragraphs(self) -> list[str]:
        assert self.record is not None, f"expected a record, got {self.error}: {self.message}"
        return list(self.record["paragraphs"])


def _child(conn: Any, fn: Callable[[], Any]) -> None:
    try:
        try:
            got = fn()
            if isinstance(got, cleaner.Article):
                payload: tuple[Any, ...] = ("record", got.to_dict(), got.reason, got.warnings)
            else:
                payload = ("value", got)
        except cleaner.CleanerError as e:
            payload = ("error", type(e).__name__, str(e))
    except BaseException:  # the point: report anything else, with its traceback
        payload = ("crash", traceback.format_exc())
    conn.send(payload)
    conn.close()
    os._exit(0)


def _cpu_seconds(pid: int | None) -> float | None:
    """The CPU time (user + system) process ``pid`` has used, or ``None`` when the
    system does not tell (no ``/proc``) or the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    # the fields after the command's name, which is in brackets and may hold spaces
    fields = stat[stat.rfind(b")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_bounded(fn: Callable[[], Any], seconds: float = SECONDS) -> Outcome:
    """Call ``fn`` in a forked child; fail the test on a timeout or on any exception
    that is not a `CleanerError`."""
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, fn), daemon=True)
    start = time.perf_counter()
    proc.start()
    send.close()
    try:
        while not recv.poll(_POLL):
            used = _cpu_seconds(proc.pid)
            if (used if used is not None else time.perf_counter() - start) > seconds:
                pytest.fail(f"no answer after {seconds:.0f} s of CPU time (killed)")
            if time.perf_counter() - start > seconds * WALL_FACTOR:
                pytest.fail(f"no answer after {seconds * WALL_FACTOR:.0f} s (killed)")
        payload = recv.recv()
    except EOFError:
        pytest.fail(f"the child died without an answer (exit code {proc.exitcode})")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        recv.close()
    elapsed = time.perf_counter() - start
    kind = payload[0]
    if kind == "crash":
        pytest.fail(f"raised something other than a CleanerError:\n{payload[1]}")
    if kind == "error":
        return Outcome(error=payload[1], message=payload[2], seconds=elapsed)
    if kind == "value":
        return Outcome(value=payload[1], seconds=elapsed)
    return Outcome(record=payload[1], reason=payload[2], warnings=tuple(payload[3]), seconds=elapsed)


def clean_bounded(data: Any, seconds: float = SECONDS, **options: Any) -> Outcome:
    """`Cleaner.clean` (default options, or ``options``) on ``data``, bounded."""
    # Built here, so the rule sets are compiled once in this process, not per child.
    c = cleaner.Cleaner(cleaner.CleanOptions(**options)) if options else _default()
    return run_bounded(lambda: c.clean(data), seconds)


_DEFAULT: list[cleaner.Cleaner] = []


def _default() -> cleaner.Cleaner:
    if not _DEFAULT:
        _DEFAULT.append(cleaner.Cleaner())
    return _DEFAULT[0]
