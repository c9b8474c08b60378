"""The build backend: setuptools', asking for mypy (mypyc) only when compiling.

``CLEANER_COMPILE=1 pip install .`` (or ``pip wheel .``) builds the compiled hot path
(`setup.py`); without the variable the build needs setuptools alone and gives the
pure-Python package.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the hooks this module does not change)

#: mypyc comes with mypy; its C runtime is compiled into the wheel, so users need nothing.
MYPYC = "mypy>=1.11"


def _compiling() -> bool:
    return os.environ.get("CLEANER_COMPILE", "") not in ("", "0")


def _requires(hook: Callable[[dict[str, Any] | None], list[str]], config_settings: dict[str, Any] | None) -> list[str]:
    """setuptools' requirements (it runs setup.py to find them: as a pure build, since
    mypy is not there yet), plus mypy when compiling."""
    if not _compiling():
        return hook(config_settings)
    saved = os.environ.pop("CLEANER_COMPILE")
    try:
        return [*hook(config_settings), MYPYC]
    finally:
        os.environ["CLEANER_COMPILE"] = saved


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _requires(_setuptools.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    return _requires(_setuptools.get_requires_for_build_editable, config_settings)
