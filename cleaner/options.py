"""`CleanOptions`: every knob of a `Cleaner`, in one immutable object."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanOptions:
    """Options for :class:`cleaner.Cleaner`. Immutable; derive variants with :meth:`replace`.

    >>> CleanOptions().replace(outlet="tempo").outlet
    'tempo'
    """

    #: Force this rule set (``"tempo"``, ``"generic"``, ...) instead of detecting it.
    outlet: str | None = None
    #: Inputs larger than this many bytes (UTF-8 for ``str``) raise `InputTooLargeError`.
    max_bytes: int = 16 * 1024 * 1024
    #: A text line longer than this raises `InputTooLargeError` (no paragraph is that long).
    max_line_chars: int = 200_000
    #: A text page with more non-blank lines than this raises `InputTooLargeError`: the
    #: longest real page seen has under 2,000, and 16 MiB of one-letter lines (8
    #: million) would take a minute and gigabytes to clean, for no article.
    max_lines: int = 100_000
    #: Seconds one page may take; more raises `TimeBudgetError` (checked between stages
    #: and passes, see `cleaner.budget`). ``None``: no limit (a batch sets one).
    time_budget: float | None = None
    #: HTML nested deeper than this is flattened below that depth.
    max_html_depth: int = 400
    #: Repair mojibake (UTF-8 read as windows-1252) with ftfy before cleaning. Off by
    #: default: the output contract keeps text exactly as the page printed it, and a
    #: repaired paragraph is no longer a line of the input. Needs ``cleaner[mojibake]``.
    fix_mojibake: bool = False
    #: How an HTML page's story container is found when no outlet selector marks it:
    #: ``"auto"`` (the densest element; trafilatura when that choice is not confident),
    #: ``"density"`` (never trafilatura) or ``"trafilatura"`` (always trafilatura).
    html_main: str = "auto"

    def __post_init__(self) -> None:
        from .errors import OptionsError

        if self.outlet is not None and not isinstance(self.outlet, str):
            raise OptionsError(f"outlet must be a rule set name or a .toml path (str) or None, "
                               f"not {type(self.outlet).__name__} {self.outlet!r}")
        if not isinstance(self.html_main, str) or self.html_main not in ("auto", "density", "trafilatura"):
            raise OptionsError(f"html_main must be 'auto', 'density' or 'trafilatura', not {self.html_main!r}")
        if not isinstance(self.fix_mojibake, bool):
            raise OptionsError(f"fix_mojibake must be True or False, not {self.fix_mojibake!r}")
        for name in ("max_bytes", "max_line_chars", "max_lines", "max_html_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise OptionsError(f"{name} must be a positive whole number, not {value!r}")
        budget = self.time_budget
        if budget is not None and (not isinstance(budget, int | float) or isinstance(budget, bool)
                                   or not budget > 0 or budget == float("inf")):
            raise OptionsError(f"time_budget must be a positive number of seconds or None, not {budget!r}")

    def replace(self, **changes: object) -> CleanOptions:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
