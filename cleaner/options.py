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

    def replace(self, **changes: object) -> CleanOptions:
        """Return a copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
