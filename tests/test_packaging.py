"""The pure wheel (what ``pip install .`` installs) holds every module, the rule files
and ``py.typed``, and setuptools builds it without a packaging warning."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

#: What the build reads: the project's metadata, its backend, and the package.
_BUILD_FILES = ("pyproject.toml", "setup.py", "build_backend.py", "README.md", "LICENSE")


def test_the_pure_wheel_holds_the_package_and_its_data(tmp_path: Path) -> None:
    """``cleaner/rules/`` (the TOML files) sits beside the ``cleaner.rules`` module, so
    setuptools took it for an unlisted package and warned that it "would be ignored";
    the files reach the wheel as package data, and the build says nothing about them."""
    src = tmp_path / "src"
    src.mkdir()
    for name in _BUILD_FILES:
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "cleaner", src / "cleaner", ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    env = {k: v for k, v in os.environ.items() if k != "CLEANER_COMPILE"}
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path / "dist"), str(src)],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "would be ignored" not in done.stdout + done.stderr, done.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {p.relative_to(src).as_posix() for p in (src / "cleaner").rglob("*")
              if p.suffix in (".py", ".toml") or p.name == "py.typed"}
    assert {"cleaner/rules/generic.toml", "cleaner/py.typed", "cleaner/html/frontend.py"} <= wanted
    assert wanted - names == set()
    assert not any(n.endswith((".so", ".pyd")) for n in names)  # the default build is pure
