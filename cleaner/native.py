"""`mypyc_attr`: how a class of the compiled build (`setup.py`) is compiled.

mypyc reads the decorator when it compiles a module, so the pure package needs no
``mypy_extensions``: without it the decorator does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

try:
    from mypy_extensions import mypyc_attr
except ImportError:
    def mypyc_attr(*_attrs: str, **_kwattrs: object) -> Callable[[type], type]:  # type: ignore[misc]
        return lambda cls: cls

__all__ = ["mypyc_attr"]
