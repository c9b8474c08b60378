"""`CleanOptions`: every knob of a `Cleaner`, in one immutable object."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

#: The precision/recall knob, as values of `CleanOptions.html_main`.
HTML_MAIN_ALIASES: dict[str, str] = {"precision": "trafilatura", "recall": "density", "balanced": "auto"}
#: The time budget of a page in a batch (CLI, Scrapy, Dask) when none is given, in
#: seconds: no real page comes near it (the slowest bulk row takes well under one).
BATCH_TIME_BUDGET = 60.0


def default_jobs() -> int:
    """The cores this process may use: a batch's default number of processes."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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
    #: repaired paragraph is no longer a line of the input. Needs ``cleaner-berita[mojibake]``.
    fix_mojibake: bool = False
    #: How an HTML page's story container is found when no outlet selector marks it:
    #: ``"auto"`` (the densest element; trafilatura when that choice is not confident),
    #: ``"density"`` (never trafilatura: the densest element and the story's region around
    #: it, favouring recall) or
    #: ``"trafilatura"`` (always trafilatura: only the blocks it keeps, favouring
    #: precision). ``"recall"`` and ``"precision"`` are accepted as those two.
    html_main: str = "auto"
    #: Rule files (``.toml``) or folders of them whose outlets join detection (by
    #: ``hosts`` and ``fingerprints``, before the shipped ones) and can be named in
    #: ``outlet``. The CLI's ``--rules`` and ``$CLEANER_RULES`` fill it.
    rules_paths: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        from .errors import OptionsError

        if self.outlet is not None and not isinstance(self.outlet, str):
            raise OptionsError(f"outlet must be a rule set name or a .toml path (str) or None, "
                               f"not {type(self.outlet).__name__} {self.outlet!r}")
        html_main = HTML_MAIN_ALIASES.get(self.html_main, self.html_main) if isinstance(self.html_main, str) else None
        if html_main not in ("auto", "density", "trafilatura"):
            raise OptionsError(f"html_main must be 'auto', 'density' or 'trafilatura' (or 'recall', 'precision'), "
                               f"not {self.html_main!r}")
        object.__setattr__(self, "html_main", html_main)
        if not isinstance(self.fix_mojibake, bool):
            raise OptionsError(f"fix_mojibake must be True or False, not {self.fix_mojibake!r}")
        paths = (self.rules_paths,) if isinstance(self.rules_paths, str) else self.rules_paths
        if not isinstance(paths, tuple | list) or not all(isinstance(p, str) and p for p in paths):
            raise OptionsError(f"rules_paths must be a list of paths, not {self.rules_paths!r}")
        object.__setattr__(self, "rules_paths", tuple(paths))
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
