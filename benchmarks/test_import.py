"""What ``import cleaner`` costs: a fresh interpreter importing it, against one that
runs ``pass``, timed in the same run (`benchmarks.report` takes the difference).

The import must stay light: the rule sets are compiled on first use, and the heavy
libraries (lxml, trafilatura, the charset detector) load only when a page needs them.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

#: Modules that ``import cleaner`` must not load (each costs tens of milliseconds).
HEAVY = ("lxml", "trafilatura", "charset_normalizer", "justext", "tomllib")


def _python(code: str) -> None:
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.benchmark(timer=time.perf_counter)  # wall time: the work is in a child process
@pytest.mark.parametrize("code", ["pass", "import cleaner"], ids=["python", "import-cleaner"])
def test_interpreter(benchmark: BenchmarkFixture, code: str) -> None:
    benchmark.group = "import"
    benchmark.extra_info.update(role="import" if "cleaner" in code else "python", group="import", pages=1)
    smoke = benchmark.disabled
    benchmark.pedantic(_python, args=(code,), rounds=1 if smoke else 20, warmup_rounds=0 if smoke else 2)


def test_import_loads_nothing_heavy() -> None:
    code = f"import sys, cleaner; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == []
