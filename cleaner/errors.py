"""The exceptions `cleaner` raises. Every one derives from :class:`CleanerError`.

Bad *content* (an empty page, a page with no story) is not an error: it gives an
`Article` with an empty body and a ``reason``. Errors are for input that cannot be
read at all, for limits, and for broken configuration.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error raised by `cleaner`."""


class InputError(CleanerError, ValueError):
    """The input cannot be cleaned: wrong type, binary data, or over a limit."""


class BinaryInputError(InputError):
    """The input is binary data (an image, a PDF, an archive), not text or HTML."""


class InputTooLargeError(InputError):
    """The input is larger than `CleanOptions.max_bytes` (or a line over `max_line_chars`)."""


class DecodeError(InputError):
    """Bytes that no known encoding decodes into text."""


class OptionsError(CleanerError, ValueError):
    """A `CleanOptions` value out of its range (the message lists the valid ones)."""


class UnknownOutletError(CleanerError, LookupError):
    """An outlet name that has no rule set. The message lists the valid names."""


class RuleSetError(CleanerError):
    """A rule file that is malformed: unknown keys, bad patterns, duplicate ids."""


class TimeBudgetError(CleanerError):
    """Cleaning one page took longer than `CleanOptions.time_budget` (checked between
    stages and passes; a batch also stops a worker stuck inside one)."""
