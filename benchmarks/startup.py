"""What a one-file run costs: whole processes, timed in CPU (user + system) of the child.

usage: python -m benchmarks.startup [--rounds N] [--cold]

Runs, interleaved, ``python -c pass``, ``python -c "import cleaner"``, ``import cleaner``
plus the first ``clean()`` of a seed page, ``python -m cleaner SEED`` and trafilatura's
CLI as issue 17 states it (``trafilatura -i SEED``), and prints the medians and the two
targets' ratios. Children run with bytecode caching on (as users run; the suite's own
environment may set ``PYTHONDONTWRITEBYTECODE``) and, unless ``--cold``, with a warm rule
set cache (`cleaner.rules.cache_dir`); ``--cold`` turns that cache off
(``CLEANER_CACHE_DIR=""``): every process compiles the rule set it needs.

Targets (issue 17): ``python -m cleaner SEED`` at most 0.5x the CPU of
``trafilatura -i SEED``; ``import cleaner`` plus the first ``clean()`` of a text page at
most 150 ms over ``python -c pass``. The slow test (``pytest -m slow
benchmarks/test_startup.py``) holds both as ratios of the same run: the CLI's, and the
first clean's cost over ``python -c pass`` against trafilatura's CLI's
(`MAX_FIRST_CLEAN_SHARE`).

What keeps a one-file run short: a text page imports no HTML front end, batch machinery
(process pools, ``tempfile``, ``csv``), ``logging``, ``urllib`` (without a URL),
``cleaner.hints`` (without hints), ``json`` (printed as text), ``shutil`` (the CLI's
parser is built without it) or the rule compiler (`cleaner.match.compile`); a rule set
comes from the disk cache (its split rules' needles too), its code key from a stamp
(`cleaner.rules._code_key`); ``python -m cleaner`` freezes the imports' objects out
of the collector's way (`cleaner.__main__`), the ``cleaner`` script too (`cleaner.cli.console`); and
the patterns a text page seldom reaches compile on first use (`cleaner.lazy`: the
engine's, the Markdown reader's, the sniffer's, two of the dates'). `imported` lists what a child process loads;
`NOT_FOR_A_TEXT_PAGE` is what it must not.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_98c63ae8037c2311.txt"

MAX_CLI_RATIO = 0.5
MAX_FIRST_CLEAN_MS = 150.0
#: The first clean's target as a ratio of one run: its cost over ``python -c pass`` at
#: most this share of trafilatura's CLI's (0.55 before issue 17's start-up work).
MAX_FIRST_CLEAN_SHARE = 0.5

#: Modules a one-file run on a text page (a warm rule set cache, no URL, no hints) never
#: needs; each costs milliseconds of it.
NOT_FOR_A_TEXT_PAGE = (
    "cleaner.batch", "cleaner.inputs", "cleaner.hints", "cleaner.html.frontend", "cleaner.formats",
    "lxml", "selectolax", "trafilatura", "charset_normalizer", "tqdm", "logging", "multiprocessing",
    "concurrent.futures", "tempfile", "csv", "signal", "urllib.parse", "datetime", "tomllib", "hashlib",
    "pathlib", "importlib.resources", "json", "shutil", "bz2", "lzma", "cleaner.match.compile",
)


@dataclass(frozen=True)
class Startup:
    """Median CPU seconds per command (keys of `commands`) over the rounds."""

    seconds: dict[str, float]
    rounds: int
    cold: bool

    @property
    def cli_ratio(self) -> float | None:
        """``python -m cleaner SEED`` / ``trafilatura -i SEED`` (None without trafilatura)."""
        t = self.seconds.get("trafilatura-cli")
        return self.seconds["cleaner-cli"] / t if t else None

    @property
    def first_clean_ms(self) -> float:
        """``import cleaner`` + first ``clean()`` over ``python -c pass``, in ms."""
        return (self.seconds["first-clean"] - self.seconds["python"]) * 1000

    @property
    def import_ms(self) -> float:
        return (self.seconds["import"] - self.seconds["python"]) * 1000

    @property
    def first_clean_share(self) -> float | None:
        """``first-clean`` over ``python -c pass``, as a share of ``trafilatura-cli`` over
        it (None without trafilatura)."""
        t = self.seconds.get("trafilatura-cli")
        if not t:
            return None
        return (self.seconds["first-clean"] - self.seconds["python"]) / max(t - self.seconds["python"], 1e-9)


def commands(seed: Path = SEED) -> dict[str, list[str]]:
    """What is timed, by name."""
    py = sys.executable
    out = {
        "python": [py, "-c", "pass"],
        "import": [py, "-c", "import cleaner"],
        "first-clean": [py, "-c", f"import cleaner; cleaner.clean(open({str(seed)!r}, 'rb').read())"],
        "cleaner-cli": [py, "-m", "cleaner", str(seed)],
    }
    traf = shutil.which("trafilatura", path=str(Path(py).parent)) or shutil.which("trafilatura")
    if traf:
        out["trafilatura-cli"] = [traf, "-i", str(seed)]
    return out


def imported(cmd: list[str], env: dict[str, str] | None = None) -> set[str]:
    """The modules the child ``cmd`` (a ``python`` command) imports, read from
    ``-X importtime``."""
    child = [cmd[0], "-X", "importtime", *cmd[1:]]
    run = subprocess.run(child, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         check=True)
    return {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines()
            if line.startswith("import time:") and "|" in line} - {"imported package"}


def _cpu(cmd: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(rounds: int = 7, *, cold: bool = False, seed: Path = SEED) -> Startup:
    """Median CPU time of each command over ``rounds`` interleaved rounds (after one
    untimed round that writes the bytecode and, unless ``cold``, the rule set cache)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if cold:
        env["CLEANER_CACHE_DIR"] = ""
    cmds = commands(seed)
    for cmd in cmds.values():
        _cpu(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(rounds):
        for name, cmd in cmds.items():
            times[name].append(_cpu(cmd, env))
    return Startup({name: statistics.median(v) for name, v in times.items()}, rounds, cold)


def table(s: Startup) -> list[str]:
    """Markdown rows: the medians and the two targets."""
    label = "no rule set cache" if s.cold else "rule set cache warm"
    rows = [f"| {name} | {1000 * v:.0f} ms | CPU median of {s.rounds} ({label}) |" for name, v in s.seconds.items()]
    ratio = s.cli_ratio
    rows.append(f"| cleaner-cli / trafilatura-cli | {'n/a' if ratio is None else f'{ratio:.2f}x'} | "
                f"target <= {MAX_CLI_RATIO}x |")
    rows.append(f"| first-clean - python | {s.first_clean_ms:.0f} ms | target <= {MAX_FIRST_CLEAN_MS:.0f} ms |")
    share = s.first_clean_share
    rows.append(f"| (first-clean - python) / (trafilatura-cli - python) | "
                f"{'n/a' if share is None else f'{share:.2f}'} | the slow test's bound: <= {MAX_FIRST_CLEAN_SHARE} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--cold", action="store_true", help="no rule set cache: each process compiles")
    a = ap.parse_args(argv)
    s = measure(a.rounds, cold=a.cold)
    print("| command | CPU | note |\n|---|---:|---|")
    print("\n".join(table(s)))
    ok = (s.cli_ratio is not None and s.cli_ratio <= MAX_CLI_RATIO) and s.first_clean_ms <= MAX_FIRST_CLEAN_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
