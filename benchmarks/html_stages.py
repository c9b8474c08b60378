"""Where an HTML page's time goes: each stage of the HTML path timed alone.

```sh
.venv/bin/python -m benchmarks.html_stages [--rounds 9] [--peer DIR --every 8]
```

Process CPU time per page, the fastest of ``--rounds`` rounds over the dev HTML pages
(`benchmarks.pages.html_pages`), or with ``--peer`` over every ``--every``-th page of
trafilatura's evaluation suite unpacked in DIR (as ``../shared/tools/peer_eval.py
--dir DIR`` unpacks it). A stage is timed on the output of the stages before it, so
the rows of the parse add up to about ``parse_html``, and ``read_page`` holds
``parse_html`` and the walk. Times on the shared machine move between runs: compare
rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

import cleaner
from benchmarks.pages import html_pages
from cleaner.decode import decode
from cleaner.html import frontend, parse


def _peer_pages(folder: Path, every: int) -> list[bytes]:
    data = json.loads((folder / "tests" / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url in sorted(data):
        for sub in ("cache", "eval"):
            path = folder / "tests" / sub / data[url]["file"]
            if path.is_file():
                pages.append(path.read_bytes())
                break
    return pages[::every]


def _best(run: Callable[[Any], object], items: Sequence[Any], rounds: int) -> float:
    """Milliseconds a page of ``run`` over ``items``, the fastest round."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for item in items:
            run(item)
        best = min(best, time.process_time() - start)
    return best / len(items) * 1000


def stage_times(raws: list[bytes], rounds: int) -> dict[str, float]:
    """Milliseconds a page of each stage of the HTML path over ``raws``."""
    pipeline = cleaner.Cleaner()
    texts = [decode(raw, max_bytes=1 << 30)[0] for raw in raws]
    serialized = [LexborHTMLParser(t).html or "" for t in texts]
    roots = [parse.parse_html(t) for t in texts]
    pages = [frontend.read_page(t, max_depth=pipeline.options.max_html_depth) for t in texts]
    rulesets = [pipeline._detect(p.text, p.url, None, p) if p is not None else None for p in pages]

    def front(i: int) -> object:
        page = frontend.read_page(texts[i], max_depth=pipeline.options.max_html_depth)
        ruleset = rulesets[i]
        return frontend.front_end(page, ruleset) if page is not None and ruleset is not None else None

    def walk(root: Any) -> object:
        body = root.find("body") if root is not None else None
        return parse.html_text_blocks(body if body is not None else root, max_depth=pipeline.options.max_html_depth,
                                      inline_at={}) if root is not None else None

    index = list(range(len(texts)))
    return {
        "clean (whole page)": _best(pipeline.clean, raws, rounds),
        "decode": _best(lambda raw: decode(raw, max_bytes=1 << 30), raws, rounds),
        "parse_html": _best(parse.parse_html, texts, rounds),
        "  attribute-count scan": _best(parse.cap_attribute_count, texts, rounds),
        "  Lexbor parse": _best(LexborHTMLParser, texts, rounds),
        "  Lexbor parse + serialization": _best(lambda t: LexborHTMLParser(t).html, texts, rounds),
        "  libxml2 read of the serialization": _best(parse._read, serialized, rounds),
        "walk (html_text_blocks)": _best(walk, roots, rounds),
        "read_page (parse, walk, head)": _best(lambda t: frontend.read_page(
            t, max_depth=pipeline.options.max_html_depth), texts, rounds),
        "read_page + front_end": _best(front, index, rounds),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--peer", type=Path, help="trafilatura's evaluation suite, unpacked")
    ap.add_argument("--every", type=int, default=8)
    args = ap.parse_args(argv)
    raws = _peer_pages(args.peer, args.every) if args.peer else [p.raw for p in html_pages()]
    times = stage_times(raws, args.rounds)
    print(f"{len(raws)} pages, process ms a page, fastest of {args.rounds} rounds")
    for name, ms in times.items():
        print(f"{name:<40} {ms:8.3f}")


if __name__ == "__main__":
    main()
