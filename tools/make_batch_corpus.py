"""Write N pages made from the fixture pages, with small variations, for batch runs.

    python -m tools.make_batch_corpus /tmp/pages10k --count 10000

Pages go into 100 sub-folders (``000/`` ... ``099/``). Each is a fixture input (text
scrapes and HTML pages, in turn) with a few deterministic changes, so no two files are
equal: a number after the first long line, an extra chrome line (an ad label, a
share-widget word) and sometimes dropped blank lines or CRLF line ends. Write it
outside the repository (it is bulk).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROME = ("ADVERTISEMENT", "Advertising", "sosmed-whatsapp-white", "copy-link-circle", "TUTUP", "more-vertical")


def variant(page: str, i: int, rng: random.Random) -> str:
    lines = page.splitlines()
    # A changed number in the first long line (the story's first sentence, usually).
    for n, line in enumerate(lines):
        if len(line) > 120:
            lines[n] = f"{line} ({i})"
            break
    lines.insert(rng.randrange(1, max(2, len(lines))), rng.choice(CHROME))
    if rng.random() < 0.3:
        lines = [line for line in lines if line.strip()]
    text = "\n".join(lines) + "\n"
    return text.replace("\n", "\r\n") if rng.random() < 0.2 else text


def write_corpus(out: Path, count: int = 10_000, seed: int = 6) -> None:
    """``count`` page variants under ``out`` (100 sub-folders)."""
    sources = sorted((ROOT / "fixtures").glob("*/*.input.*"))
    pages = [(p.suffix, p.read_text(encoding="utf-8")) for p in sources]
    rng = random.Random(seed)
    for i in range(count):
        folder = out / f"{i % 100:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        suffix, page = pages[i % len(pages)]
        (folder / f"page-{i:05d}{suffix}").write_bytes(variant(page, i, rng).encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    write_corpus(args.out, args.count, args.seed)
    print(f"{args.count} pages in {args.out}")

if __name__ == "__main__":
    main()
