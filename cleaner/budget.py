"""A per-page time budget, checked cooperatively between stages and passes.

`Cleaner.clean` opens a `deadline` for each page when `CleanOptions.time_budget` is
set; the stages call `check_deadline` between their steps, which raises
`TimeBudgetError` once the budget is spent. The deadline lives in a context
variable, so threads sharing one `Cleaner` each have their own.

This bounds a page that is slow because it is long (many passes over many blocks),
not one stuck inside a single C call (a parser, one regular expression match): only
a separate process can be stopped there, which is what a batch with ``--jobs`` does
(`cleaner.batch`: the worker is stopped and the input gets an error record).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar

from .errors import TimeBudgetError

#: ``(deadline on the monotonic clock, budget in seconds)`` of the page being cleaned.
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("cleaner_deadline", default=None)


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Within this block, `check_deadline` raises once ``seconds`` have passed (no
    limit for ``None``)."""
    if seconds is None:
        yield
        return
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def has_deadline() -> bool:
    """Whether the current page has a time budget (`deadline` with seconds): a loop of
    many steps asks once, and calls `check_deadline` between them only then."""
    return _DEADLINE.get() is not None


def check_deadline() -> None:
    """Raise `TimeBudgetError` when the current page's time budget is spent."""
    current = _DEADLINE.get()
    if current is not None and time.monotonic() > current[0]:
        raise TimeBudgetError(f"cleaning took longer than the time budget of {current[1]:g} s "
                              "(time_budget, --time-budget)")
