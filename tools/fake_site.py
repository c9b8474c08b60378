"""Write the pages of an invented news site as a crawl (JSONL), to try `cleaner learn` on.

usage: python -m tools.fake_site OUT.jsonl [--pages N]

The site is ``contohwarta.id`` of `tests/fakesite.py`: story text generated from word
lists inside chrome of its own ("Lanjutkan membaca artikel di bawah", "Dibaca N kali
hari ini", a footer line) that no shipped rule set knows, so learning has something
to find. Each row is ``{"url", "site", "title", "text"}``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from tests.fakesite import SITE, site_pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fake_site", description=__doc__.splitlines()[0])
    parser.add_argument("output", metavar="OUT.jsonl")
    parser.add_argument("--pages", type=int, default=60, metavar="N", help="how many pages (default: 60)")
    args = parser.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as f:
        for page in site_pages(args.pages):
            row = {"url": page.url, "site": SITE, "title": page.title, "text": "\n".join(page.lines) + "\n"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
