"""Command line: ``python -m cleaner FILE`` (or the ``cleaner`` console script).

Prints the clean text; ``--json`` prints the SPEC record; ``--explain`` lists every
removed line with the rule that removed it. Errors go to stderr as one line with a
non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .core import Cleaner
from .errors import CleanerError
from .options import CleanOptions
from .rules import available_outlets

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Clean a scraped Indonesian news page (text scrape or HTML) into article text.",
    )
    parser.add_argument("file", help="the page to clean: a text scrape or an HTML file ('-' for stdin)")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the whole record as JSON")
    out.add_argument("--explain", action="store_true", help="print each removed line with its rule")
    parser.add_argument("--outlet", metavar="NAME",
                        help=f"force a rule set ({', '.join(available_outlets())}, or a .toml file)")
    parser.add_argument("--url", metavar="URL", help="the page's URL (picks the outlet by host)")
    parser.add_argument("--max-bytes", type=int, metavar="N", default=CleanOptions().max_bytes,
                        help="refuse inputs larger than N bytes (default: %(default)s)")
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _explain(article_dict: dict) -> str:  # type: ignore[type-arg]
    lines = [f"{r['line']:>5}  {r['rule']:<32} {r['text'][:100]}" for r in article_dict["removed"]]
    lines.append(f"-- {len(article_dict['removed'])} lines removed, "
                 f"{len(article_dict['paragraphs'])} paragraphs kept (outlet: {article_dict['outlet']})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        cleaner = Cleaner(CleanOptions(outlet=args.outlet, max_bytes=args.max_bytes))
        data = _read(args.file)
        article = cleaner.clean(data, url=args.url)
    except OSError as e:
        print(f"cleaner: cannot read {args.file}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    except CleanerError as e:
        print(f"cleaner: {args.file}: {e}", file=sys.stderr)
        return EXIT_ERROR
    if article.reason:
        print(f"cleaner: {args.file}: {article.reason}", file=sys.stderr)
    for warning in article.warnings:
        print(f"cleaner: {args.file}: warning: {warning}", file=sys.stderr)
    if args.json:
        output = article.to_json()
    elif args.explain:
        output = _explain(article.to_dict())
    else:
        output = article.text
    _write(output)
    return EXIT_OK


def _write(text: str) -> None:
    stream = sys.stdout
    try:
        stream.buffer.write((text + "\n").encode("utf-8"))
        stream.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()
