"""The build backend: setuptools', compiling (and asking for mypy) only for a wheel.

``CLEANER_COMPILE=1 pip install .`` (or ``pip wheel .``) builds the compiled hot path
(`setup.py`). Every other hook runs setup.py as a pure build (metadata, sdists: the
sources alone), and an editable install is refused when compiling: compiled modules
in the checkout would run instead of the ``.py`` files one edits. Without the
variable this is setuptools' backend unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

from setuptools import build_meta as _setuptools

#: mypyc comes with mypy; its C runtime is compiled into the wheel, so users need nothing.
#: regex's stubs give the compiler the types the package is checked with.
MYPYC = ["mypy>=1.11", "types-regex"]
_VARIABLE = "CLEANER_COMPILE"

R = TypeVar("R")


def _compiling() -> bool:
    return os.environ.get(_VARIABLE, "") not in ("", "0")


def _pure(hook: Callable[..., R]) -> Callable[..., R]:
    """``hook`` run with the variable unset: setup.py then adds no compiled modules."""

    def run(*args: Any, **kwargs: Any) -> R:
        saved = os.environ.pop(_VARIABLE, None)
        try:
            return hook(*args, **kwargs)
        finally:
            if saved is not None:
                os.environ[_VARIABLE] = saved

    return run


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    found = _pure(_setuptools.get_requires_for_build_wheel)(config_settings)
    return [*found, *MYPYC] if _compiling() else found


build_wheel = _setuptools.build_wheel
prepare_metadata_for_build_wheel = _pure(_setuptools.prepare_metadata_for_build_wheel)
get_requires_for_build_sdist = _pure(_setuptools.get_requires_for_build_sdist)
build_sdist = _pure(_setuptools.build_sdist)
get_requires_for_build_editable = _pure(_setuptools.get_requires_for_build_editable)
prepare_metadata_for_build_editable = _pure(_setuptools.prepare_metadata_for_build_editable)


def build_editable(wheel_directory: str, config_settings: dict[str, Any] | None = None,
                   metadata_directory: str | None = None) -> str:
    if _compiling():
        raise SystemExit(f"{_VARIABLE}=1 builds wheels and regular installs, not editable ones (compiled "
                         "modules in the checkout would shadow its .py files): use "
                         f"`{_VARIABLE}=1 pip install .` or `{_VARIABLE}=1 pip wheel . -w dist`")
    return str(_setuptools.build_editable(wheel_directory, config_settings, metadata_directory))
