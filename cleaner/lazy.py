"""Patterns compiled on their first use, once a process (issue 17).

A module keeps a pattern a page seldom reaches as its source and calls
`compiled_regex` or `compiled_re` where it matches: the first call compiles, later
ones return the same object (a dict look-up). Compiling them at import cost a
one-file run ~8 ms (`cleaner.engine`'s), ~1 ms (`cleaner.markdown`'s) and ~3 ms
(`cleaner.dates`' two). A module that compiles so names its sources in a
``compiled_patterns()`` table, which `tests/test_regex_safety.py` screens.
"""

from __future__ import annotations

import functools
import re

import regex


@functools.cache
def compiled_regex(source: str) -> regex.Pattern[str]:
    """``source`` compiled by `regex`, once a process."""
    return regex.compile(source)


@functools.cache
def compiled_re(source: str) -> re.Pattern[str]:
    """``source`` compiled by the standard library's `re`, once a process."""
    return re.compile(source)
