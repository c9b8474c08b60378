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
    #: Lines longer than this are cut into pieces of this size before cleaning.
    max_line_chars: int = 200_000
    #: HTML nested deeper than this is flattened below that depth.
    max_html_depth: int = 400
    #: How an HTML page's story container is found when no outlet selector marks it:
    #: ``"auto"`` (the densest element; trafilatura when that choice is not confident),
    #: ``"density"`` (never trafilatura) or ``"trafilatura"`` (always trafilatura).
    html_main: str = "auto"

    def __post_init__(self) -> None:
        if self.html_main not in ("auto", "density", "trafilatura"):
            raise ValueError(f"html_main must be 'auto', 'density' or 'trafilatura', not {self.html_main!r}")

    def replace(self, **changes: object) -> CleanOptions:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
