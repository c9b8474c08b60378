"""The ratios of issue 17 that are whole runs, not pytest-benchmark suites.

`benchmarks.report --full` adds them to its table; each is also a function of its own:

* `peer_suite`: cleaner against trafilatura on trafilatura's own evaluation suite
  (``../shared/corpus/peer-suites/``), pages per second and F1 by the shared scorer
  (``../shared/tools/peer_eval.py``, whose ``load`` unpacks the suite on first use);
* `resiliparse`: the text path against resiliparse's main-content extraction
  (`benchmarks.resiliparse_peer`; resiliparse is not a dependency);
* `batch`: ``python -m cleaner DIR --jobs 2`` against ``--jobs 1`` on pages written by
  `tools.make_batch_corpus`, and whether both wrote the same records.

Each returns its figures, or a string saying why it could not measure.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.pages import ROOT, SHARED


@dataclass(frozen=True)
class PeerSuite:
    """One pass of each extractor over the suite: pages per second (CPU) and pooled F1."""

    pages: int
    cleaner_pps: float
    trafilatura_pps: float
    cleaner_f1: float
    trafilatura_f1: float

    @property
    def speedup(self) -> float:
        return self.cleaner_pps / self.trafilatura_pps


def _peer_eval(shared: Path) -> Any:
    path = shared / "tools" / "peer_eval.py"
    if not path.is_file():
        return f"no {path}"
    spec = importlib.util.spec_from_file_location("peer_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peer_suite(directory: Path, shared: Path = SHARED, limit: int = 0) -> PeerSuite | str:
    """cleaner and trafilatura (the shared scorer's settings) over the suite unpacked in
    ``directory`` (unpacked there first if it is not), ``limit`` pages if not 0."""
    scorer = _peer_eval(shared)
    if isinstance(scorer, str):
        return scorer
    unpacked = (directory / "tests" / "evaldata.json").is_file()
    if not unpacked and not (shared / "corpus" / "peer-suites" / "trafilatura-eval.tar.xz").is_file():
        return "the peer suite's tarball is not in ../shared"
    docs = scorer.load(directory)
    if limit:
        docs = docs[:limit]
    import trafilatura

    import cleaner

    pipeline = cleaner.Cleaner()
    runners: dict[str, Callable[[bytes], str | None]] = {
        "cleaner": lambda b: pipeline.clean(b).text,
        "trafilatura": lambda b: trafilatura.extract(b, include_comments=False, include_tables=True,
                                                     include_formatting=False),
    }
    pps: dict[str, float] = {}
    f1: dict[str, float] = {}
    for name, run in runners.items():
        tp = fp = fn = 0
        start = time.process_time()
        for _url, item, page in docs:
            try:
                out = run(page)
            except Exception:  # the scorer counts a crash as a full miss
                out = None
            t, f, n, _ = scorer.count(item, out)
            tp, fp, fn = tp + t, fp + f, fn + n
        pps[name] = len(docs) / max(1e-9, time.process_time() - start)
        f1[name] = 2 * tp / max(1, 2 * tp + fp + fn)
    return PeerSuite(len(docs), pps["cleaner"], pps["trafilatura"], f1["cleaner"], f1["trafilatura"])


def resiliparse(rounds: int = 5) -> dict[str, float] | str:
    """cleaner's pages per second over resiliparse's, per page set (seeds, bulk rows)."""
    if importlib.util.find_spec("resiliparse") is None:
        return "resiliparse is not installed (pip install -e '.[bench]')"
    from benchmarks.resiliparse_peer import measure

    return {name: ours / theirs for name, (ours, theirs) in measure(rounds).items()}


@dataclass(frozen=True)
class Batch:
    """CPU-bound wall times of the batch CLI with one and two workers (fastest round)."""

    pages: int
    wall_1: float
    wall_2: float
    same_records: bool

    @property
    def speedup(self) -> float:
        return self.wall_1 / self.wall_2


def _batch_run(corpus: Path, jobs: int, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "cleaner", str(corpus), "--jsonl", "--jobs", str(jobs), "--quiet",
                    "-o", str(out)], cwd=ROOT, check=True, timeout=3600)
    return time.perf_counter() - start


def batch(pages: int = 10_000, rounds: int = 3) -> Batch:
    """``--jobs 2`` against ``--jobs 1`` on ``pages`` generated pages, rounds alternated.
    Wall time: the point of ``--jobs`` is the second core (on a busy machine it is not free)."""
    from tools.make_batch_corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="cleaner-batch-") as tmp:
        corpus = Path(tmp) / "pages"
        write_corpus(corpus, pages)
        best = {1: float("inf"), 2: float("inf")}
        outs = {jobs: Path(tmp) / f"out-{jobs}.jsonl" for jobs in best}
        for _ in range(rounds):
            for jobs in best:
                best[jobs] = min(best[jobs], _batch_run(corpus, jobs, outs[jobs]))
        return Batch(pages, best[1], best[2], outs[1].read_bytes() == outs[2].read_bytes())

