"""`benchmarks.startup`: a smoke run of the measurement, what a one-file run imports
(the default suite: no timing), and the two targets as ratios of one run (``-m slow``:
the machine is shared, so only a run asked for measures)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from benchmarks.startup import (
    MAX_CLI_RATIO,
    MAX_FIRST_CLEAN_SHARE,
    NOT_FOR_A_TEXT_PAGE,
    SEED,
    commands,
    imported,
    measure,
    table,
)


def test_startup_runs_every_command() -> None:
    s = measure(rounds=1)
    assert set(s.seconds) == set(commands())
    assert {"python", "import", "first-clean", "cleaner-cli"} <= set(s.seconds)
    assert all(v > 0 for v in s.seconds.values())
    rows = table(s)
    assert any(r.startswith("| first-clean - python |") for r in rows)


@pytest.mark.parametrize("what", ["first-clean", "cleaner-cli"])
def test_a_text_page_imports_only_what_it_needs(tmp_path: Path, what: str) -> None:
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    cmd = commands()[what]
    cold = imported(cmd, env)  # compiles the rule sets the page needs and fills the cache
    assert "tomllib" in cold and "cleaner.match.prefilter" in cold
    warm = imported(cmd, env)
    assert {"cleaner.core", "cleaner.engine", "cleaner.match.prefilter"} <= warm
    assert sorted(m for m in NOT_FOR_A_TEXT_PAGE if m in warm) == []


def test_a_page_with_hints_and_a_url_imports_what_they_need(tmp_path: Path) -> None:
    env = {**os.environ, "CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    # A plain scheme://host URL is read without urllib.parse; one with user info needs it.
    code = (f"import cleaner; cleaner.clean(open({str(SEED)!r}, 'rb').read(), "
            "url='https://redaksi@www.tempo.co/x', hints={'author': 'Ani Lestari'})")
    assert {"cleaner.hints", "datetime", "urllib.parse"} <= imported([sys.executable, "-c", code], env)
    plain = code.replace("redaksi@", "")
    assert "urllib.parse" not in imported([sys.executable, "-c", plain], env)


@pytest.mark.slow
def test_startup_targets() -> None:
    s = measure(rounds=9)
    assert s.cli_ratio is not None, "trafilatura's CLI is not installed"
    assert s.cli_ratio <= MAX_CLI_RATIO, table(s)
    assert s.first_clean_share is not None
    assert s.first_clean_share <= MAX_FIRST_CLEAN_SHARE, table(s)
