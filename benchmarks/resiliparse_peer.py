"""The text path against resiliparse's main-content extraction (issue 17), pages per second.

usage: pip install -e '.[bench]' && python -m benchmarks.resiliparse_peer [--rounds N]

resiliparse is not a dependency (nor a test extra): this is an opt-in comparison. The
seeds (20 copies of the five) and the bulk rows of ``../shared`` go through
`cleaner.Cleaner.clean` as text (bulk rows with their URL), and through resiliparse's
``extract_plain_text(HTMLTree.parse(html), main_content=True)`` as HTML with one ``<p>``
per line (`benchmarks.pages.as_html`, as trafilatura gets them). CPU time of the
cleaning alone, fastest of ``N`` interleaved rounds each; the ratio is of the same run's figures.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import cleaner
from benchmarks import pages as P

T = TypeVar("T")


def pages_per_second(runs: Sequence[tuple[Callable[[T], object], Sequence[T]]], rounds: int) -> list[float]:
    """Pages per second of each ``(run, items)`` in its fastest of ``rounds`` rounds,
    the rounds interleaved (one of each in turn), so that a busy spell of the machine
    slows them alike."""
    best = [float("inf")] * len(runs)
    for _ in range(rounds):
        for k, (run, items) in enumerate(runs):
            start = time.process_time()
            for item in items:
                run(item)
            best[k] = min(best[k], time.process_time() - start)
    return [len(items) / b for (_, items), b in zip(runs, best, strict=True)]


def measure(rounds: int = 7) -> dict[str, tuple[float, float]]:
    """Per page set (seeds, bulk rows): cleaner's and resiliparse's pages per second.
    A set whose pages are absent (no ../shared) is left out."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    pipeline = cleaner.Cleaner()
    out: dict[str, tuple[float, float]] = {}
    for name, pages in (("seeds", P.seed_pages() * 20), ("bulk rows", P.bulk_pages())):
        if not pages:
            continue
        rows = [(p.text, p.url) for p in pages]
        htmls = [P.as_html(p.text) for p in pages]
        ours, theirs = pages_per_second([
            (lambda row: pipeline.clean(row[0], url=row[1]), rows),
            (lambda html: extract_plain_text(HTMLTree.parse(html), main_content=True), htmls),
        ], rounds)
        out[name] = (ours, theirs)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    for name, (ours, theirs) in measure(args.rounds).items():
        print(f"{name}: cleaner {ours:,.0f} pages/s, resiliparse {theirs:,.0f} pages/s, "
              f"cleaner / resiliparse {ours / theirs:.2f}x")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
