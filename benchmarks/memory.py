"""Resident memory while cleaning a long stream of pages: it must stay flat.

usage: python -m benchmarks.memory [--pages 100000] [--every 20000] [--max-growth-mb 4]

Cleans ``--pages`` pages with one `cleaner.Cleaner`, cycling the seeds, the text
fixtures and the bulk rows (when ../shared has them), each made unique (a number in
its first line, a unique chrome line at its end, a unique URL), so a cache keyed by
page text or URL would grow. Prints the resident set size every ``--every`` pages and
exits 1 when it grew by more than ``--max-growth-mb`` between the first checkpoint
and the end (the first checkpoint is after every rule set and code path has warmed
up; the line for 0 pages shows the process before any page was cleaned).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import resource
import sys
import time
from collections.abc import Iterator

import cleaner
from benchmarks import pages as P


def rss_mb() -> float:
    """The resident set size of this process now (peak size where /proc is missing)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stream(count: int) -> Iterator[tuple[str, str | None]]:
    """``count`` unique pages (text, url) cycled from every page the benchmarks know."""
    base = [(p.text, p.url) for p in (*P.seed_pages(), *P.fixture_pages(), *P.bulk_pages())]
    for i, (text, url) in zip(range(count), itertools.cycle(base), strict=False):
        head, sep, rest = text.partition("\n")
        page = f"{head} {i}{sep}{rest}\n{i} Komentar\n"
        yield page, (f"{url}?n={i}" if url else None)


def run(pages: int, every: int) -> list[tuple[int, float]]:
    """Clean ``pages`` pages; the RSS (MB) before the first and after each ``every`` pages."""
    pipeline = cleaner.Cleaner()
    pages_iter = stream(pages)
    first = next(pages_iter)  # the source pages are loaded: the baseline includes them
    gc.collect()
    marks: list[tuple[int, float]] = [(0, rss_mb())]
    for n, (text, url) in enumerate(itertools.chain([first], pages_iter), 1):
        pipeline.clean(text, url=url)
        if n % every == 0 or n == pages:
            gc.collect()
            marks.append((n, rss_mb()))
    return marks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=20_000)
    ap.add_argument("--max-growth-mb", type=float, default=4.0)
    a = ap.parse_args(argv)
    start = time.perf_counter()
    marks = run(a.pages, a.every)
    for n, mb in marks:
        print(f"{n:>9,} pages  RSS {mb:7.1f} MB")
    growth = marks[-1][1] - marks[1][1]
    seconds = time.perf_counter() - start
    print(f"growth after the first checkpoint: {growth:+.1f} MB (limit {a.max_growth_mb} MB); "
          f"{a.pages:,} pages in {seconds:.1f} s")
    return 0 if growth <= a.max_growth_mb else 1


if __name__ == "__main__":
    sys.exit(main())
