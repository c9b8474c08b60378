"""The rule set cache's code key (`cleaner.rules._code_key`): the modules' content
hash, kept under a stamp of their file stats so a process does not read them all.

Each test runs a copy of the package in a child process (the stamp is about the files
of the package that runs), with a cache directory of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from tests.paths import ROOT

#: Prints the code key; ``settled`` replaces `_SETTLED_SECONDS` (a negative one lets a
#: stamp be written for files just copied).
KEY = "from cleaner import rules\n{settled}print(rules._code_key().hex())"


def _copy(tmp_path: Path) -> Path:
    """A copy of the package under ``tmp_path/pkg`` (sources and rule files)."""
    target = tmp_path / "pkg" / "cleaner"
    shutil.copytree(ROOT / "cleaner", target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _key(package: Path, cache: Path, *, settled: float | None = None) -> str:
    code = KEY.format(settled="" if settled is None else f"rules._SETTLED_SECONDS = {settled}\n")
    env = {**os.environ, "CLEANER_CACHE_DIR": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=package.parent, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _edit_in_place(path: Path) -> None:
    """Change one byte of ``path``, keeping its size and its modification time: only the
    ctime (which cannot be set back) tells the edit."""
    st = path.stat()
    data = bytearray(path.read_bytes())
    assert data[:3] == b'"""'  # one letter of the module's docstring: the module stays valid
    data[3] = ord("X") if data[3] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def test_the_key_is_kept_under_a_stamp_and_reused(tmp_path: Path) -> None:
    package, cache = _copy(tmp_path), tmp_path / "cache"
    first = _key(package, cache, settled=-60)
    stamps = list(cache.glob("code-*"))
    assert len(stamps) == 1 and stamps[0].read_bytes().hex() == first
    assert _key(package, cache) == first  # read from the stamp
    stamps[0].write_bytes(b"not a digest")  # a damaged stamp: the modules are hashed again
    assert _key(package, cache) == first


def test_no_stamp_while_a_module_is_fresh(tmp_path: Path) -> None:
    # Files copied a moment ago may still change within their timestamp's tick.
    package, cache = _copy(tmp_path), tmp_path / "cache"
    first = _key(package, cache)
    assert not list(cache.glob("code-*"))
    assert _key(package, cache) == first


def test_a_module_edited_in_place_changes_the_key(tmp_path: Path) -> None:
    package, cache = _copy(tmp_path), tmp_path / "cache"
    before = _key(package, cache, settled=-60)
    _edit_in_place(package / "engine.py")
    after = _key(package, cache, settled=-60)
    assert after != before
    assert len(list(cache.glob("code-*"))) == 2


def test_a_compiled_module_counts(tmp_path: Path) -> None:
    package, cache = _copy(tmp_path), tmp_path / "cache"
    before = _key(package, cache)
    # Named so that no import loads it: the stamp counts every extension module.
    (package / f"extra{EXTENSION_SUFFIXES[0]}").write_bytes(b"not really a module")
    assert _key(package, cache) != before


def test_a_write_bounds_the_cache_directory_oldest_first(tmp_path: Path) -> None:
    from cleaner import rules

    limit = rules.MAX_CACHE_ENTRIES
    for i in range(limit):  # a full directory of entries older than any new one
        old = tmp_path / f"ruleset-{i:040d}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 + i, 1_000_000 + i))
    rules._cache_put(str(tmp_path / "ruleset-new.pickle"), ("kept",))
    left = sorted(p.name for p in tmp_path.iterdir())
    assert len(left) == limit // 2
    assert "ruleset-new.pickle" in left
    assert left[0] == f"ruleset-{limit - limit // 2 + 1:040d}.pickle"  # the oldest went first
    assert rules._cache_get(str(tmp_path / "ruleset-new.pickle")) == ("kept",)


def test_a_write_under_the_bound_removes_nothing(tmp_path: Path) -> None:
    from cleaner import rules

    (tmp_path / "header-old.pickle").write_bytes(b"x")
    rules._cache_put(str(tmp_path / "header-new.pickle"), 1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["header-new.pickle", "header-old.pickle"]


def test_a_shipped_rule_file_edited_in_place_changes_the_key(tmp_path: Path) -> None:
    """The shipped rule files are hashed into the code key (a warm start neither reads
    nor hashes them): an edit that keeps the size and the modification time still
    changes the key, through the stamp's ctime."""
    package, cache = _copy(tmp_path), tmp_path / "cache"
    before = _key(package, cache, settled=-60)
    rules = package / "rules" / "tempo.toml"
    st = rules.stat()
    data = bytearray(rules.read_bytes())
    assert data[:1] == b"#"  # one letter of the file's first comment: the file stays valid
    data[1] = ord("X") if data[1] != ord("X") else ord("Y")
    rules.write_bytes(bytes(data))
    os.utime(rules, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = _key(package, cache, settled=-60)
    assert after != before
    assert len(list(cache.glob("code-*"))) == 2
