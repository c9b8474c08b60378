"""Time and memory of ``--learn`` over a JSONL corpus against cleaning it without learning.

usage: python -m tools.bench_learn [JSONL] [--repeat N] [--ablate RULE,...] [--scale K]

``plain``: one pass, `Cleaner.clean` on every row. ``learn``: the two passes of the
batch path: `learn_models` streaming over the file (pass 1), then `LearnedCleaner`
on every row (pass 2). Both read and parse the file; rule sets are compiled before
timing. Times are the best of N runs, wall clock and CPU. Memory: the peak traced
by `tracemalloc` during pass 1 (a separate run, as tracing slows it), over the file
read once and read K times in a row (``--scale``): a bounded model keeps it flat.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

from cleaner import Cleaner, CleanOptions
from cleaner.learn.model import LearnedCleaner, LearnPage, iter_jsonl, learn_models
from tests.learn_scoring import ablated_base

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk-2025-06-18.jsonl"


def rows(path: Path, times: int = 1) -> Iterator[LearnPage]:
    for _ in range(times):
        with path.open(encoding="utf-8") as lines:
            yield from iter_jsonl(lines)


def best(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """The best wall and CPU seconds of ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench_learn", description=__doc__.split("\n")[0])
    parser.add_argument("jsonl", nargs="?", default=str(BULK))
    parser.add_argument("--repeat", type=int, default=3, metavar="N")
    parser.add_argument("--ablate", default="", metavar="RULES", help="generic rule ids to disable first")
    parser.add_argument("--scale", type=int, default=3, metavar="K")
    args = parser.parse_args(argv)
    path = Path(args.jsonl)
    with tempfile.TemporaryDirectory() as tmp:
        base = ablated_base(args.ablate.split(","), Path(tmp)) if args.ablate else None
        options = CleanOptions(outlet=base)
        plain = Cleaner(options)
        n = sum(1 for _ in rows(path))

        def run_plain() -> None:
            for page in rows(path):
                plain.clean(page.text, url=page.url)

        def run_learn() -> None:
            cleaner = LearnedCleaner.learn(rows(path), options=options)  # pass 1
            for page in rows(path):  # pass 2
                cleaner.clean(page.text, url=page.url)

        def run_pass1() -> None:
            learn_models(rows(path), clean_options=options)

        p_wall, p_cpu = best(args.repeat, run_plain)
        l_wall, l_cpu = best(args.repeat, run_learn)
        one_wall, one_cpu = best(args.repeat, run_pass1)
        peaks = []
        for times in (1, args.scale):
            tracemalloc.start()
            models = learn_models(rows(path, times), clean_options=options)
            peaks.append((times, tracemalloc.get_traced_memory()[1], sum(len(m) for m in models.values())))
            tracemalloc.stop()
        learned = sum(len(m.rules()) for m in models.values())
    print(f"rows={n} sites={len(models)} learned-rules={learned}")
    print(f"plain  wall={p_wall:.3f}s cpu={p_cpu:.3f}s")
    print(f"learn  wall={l_wall:.3f}s cpu={l_cpu:.3f}s  (pass 1 alone: wall={one_wall:.3f}s cpu={one_cpu:.3f}s)")
    print(f"ratio  wall={l_wall / p_wall:.2f}x cpu={l_cpu / p_cpu:.2f}x")
    for times, peak, size in peaks:
        print(f"pass 1 over {times}x the rows: peak traced memory {peak / 2**20:.1f} MiB, {size} templates held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
