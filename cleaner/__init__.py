"""cleaner: clean article text and metadata out of scraped Indonesian news pages.

>>> import cleaner
>>> article = cleaner.clean(open("seeds/000_98c63ae8037c2311.txt", encoding="utf-8").read())
>>> article.outlet, article.published
('tempo', '2022-09-26T14:45:00+07:00')

Public API: `clean`, `Cleaner`, `CleanOptions`, `Hints`, `Article`, `Removal`,
`available_outlets`, and the errors (all subclasses of `CleanerError`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .core import Cleaner, clean
from .errors import (
    BinaryInputError,
    CleanerError,
    DecodeError,
    InputError,
    InputTooLargeError,
    OptionsError,
    RuleSetError,
    TimeBudgetError,
    UnknownOutletError,
)
from .options import CleanOptions
from .record import Article, Removal
from .rules import available_outlets
from .version import VERSION

if TYPE_CHECKING:
    from .hints import Hints

__all__ = [
    "Article",
    "BinaryInputError",
    "CleanOptions",
    "Cleaner",
    "CleanerError",
    "DecodeError",
    "Hints",
    "InputError",
    "InputTooLargeError",
    "OptionsError",
    "Removal",
    "RuleSetError",
    "TimeBudgetError",
    "UnknownOutletError",
    "available_outlets",
    "clean",
]
__version__ = VERSION

# The "cleaner" logger's NullHandler (an application that configured no logging sees
# nothing of ours on stderr through `logging.lastResort`) is added by the modules that
# log (`cleaner.integrations.scrapy`), not here: `logging` costs ~5 ms of a one-page run.


def __getattr__(name: str) -> object:
    # `Hints` is imported on first use: a page cleaned without hints needs neither it
    # nor the `datetime` it imports (~3 ms of a one-page run).
    if name == "Hints":
        from .hints import Hints

        globals()["Hints"] = Hints
        return Hints
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
