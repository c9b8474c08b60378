"""``cleaner learn``: learn a site's chrome from its pages and write a draft rule file.

    python -m cleaner learn --site liputan6.com corpus.jsonl -o rules/liputan6.toml

PAGES are text or HTML files, folders of them (``*.txt``, ``*.html``, ``*.htm``,
``*.jsonl``, recursively) or JSONL files whose rows have a ``text`` field (and
optionally ``url``, ``site``, ``title``); JSONL rows of other sites are skipped. The
draft has the format of ``cleaner/rules/*.toml``: review it, then use it with
``--outlet FILE`` or ship it as ``cleaner/rules/<name>.toml``.

The batch path (``python -m cleaner DIR --jsonl --learn``) uses
`cleaner.learn.LearnedCleaner` instead; see docs/learning.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..detect import GENERIC, outlet_from_url
from ..errors import CleanerError
from ..inputs import read_file
from ..options import CleanOptions
from .model import LearnOptions, LearnPage, SiteModel, iter_jsonl, normalise_site

EXIT_OK, EXIT_ERROR = 0, 1
PAGE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl"})


def build_parser() -> argparse.ArgumentParser:
    defaults = LearnOptions()
    parser = argparse.ArgumentParser(
        prog="cleaner learn",
        description="Learn a site's chrome (lines that recur across its pages) and write a draft rule file.",
    )
    parser.add_argument("pages", nargs="+", metavar="PAGES",
                        help="page files, folders of them, or JSONL files with a 'text' field")
    parser.add_argument("--site", required=True, metavar="HOST",
                        help="the site the pages belong to (e.g. liputan6.com); JSONL rows of other sites are skipped")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the draft rule file ('-' for stdout)")
    parser.add_argument("--name", metavar="NAME", help="the rule set's name (default: from the site)")
    parser.add_argument("--base", metavar="OUTLET",
                        help="the rule set the draft extends (default: the outlet the site picks, else generic)")
    parser.add_argument("--min-pages", type=int, default=defaults.min_pages, metavar="N",
                        help="a rule's template must be on at least N pages (default: %(default)s)")
    parser.add_argument("--min-share", type=float, default=defaults.min_share, metavar="X",
                        help="... and on at least this share of them (default: %(default)s)")
    parser.add_argument("--story-share", type=float, default=defaults.story_share, metavar="X",
                        help="the share a story-like line needs (default: %(default)s)")
    return parser


def iter_pages(paths: Sequence[str], *, site: str,
               skipped: Callable[[], None] | None = None) -> Iterator[LearnPage]:
    """The pages in ``paths`` (files, folders, JSONL files), read one at a time.
    A file that cannot be read as a page, or a JSONL line that is no row with a
    ``text`` field, is skipped with a line on stderr naming it and why, and counted
    through ``skipped``. Raises `OSError` for a path that cannot be read."""
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES) \
            if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                def skip(number: int, why: str, file: Path = file) -> None:
                    print(f"cleaner learn: skipped {file}:{number}: {why}", file=sys.stderr)
                    if skipped is not None:
                        skipped()

                with file.open(encoding="utf-8", errors="replace") as lines:
                    yield from iter_jsonl(lines, site=site, skip=skip)
                continue
            try:  # bounded, and never waiting on a named pipe
                data = read_file(str(file), CleanOptions().max_bytes)
            except CleanerError as e:  # one bad file is skipped, not the whole run
                print(f"cleaner learn: skipped {file}: {e}", file=sys.stderr)
                if skipped is not None:
                    skipped()
                continue
            yield LearnPage(data, site=site)


def learn_site(pages: Sequence[str], *, site: str, base: str | None = None,
               options: LearnOptions | None = None) -> SiteModel:
    """Learn the model of ``site`` from the pages in ``pages`` (see `iter_pages`); the
    inputs `iter_pages` skips count in the model's ``skipped``, as unreadable pages do."""
    base = base or outlet_from_url(f"https://{site}/") or GENERIC
    model = SiteModel(site, base=base, options=options)

    def skipped() -> None:
        model.skipped += 1

    for page in iter_pages(pages, site=site, skipped=skipped):
        model.add(page.text, title=page.title)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``cleaner learn``; returns the exit status. A leading ``learn`` is accepted,
    so ``python -m cleaner learn ...`` can pass its arguments on unchanged."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["learn"]:
        args_in = args_in[1:]
    args = build_parser().parse_args(args_in)
    site = normalise_site(args.site)
    options = LearnOptions(min_pages=args.min_pages, min_share=args.min_share, story_share=args.story_share)
    try:
        model = learn_site(args.pages, site=site, base=args.base, options=options)
        if model.pages == 0:
            print(f"cleaner learn: no readable pages of {site} in the inputs", file=sys.stderr)
            return EXIT_ERROR
        draft = model.draft_toml(name=args.name)
    except OSError as e:
        print(f"cleaner learn: cannot read {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    except CleanerError as e:
        print(f"cleaner learn: {e}", file=sys.stderr)
        return EXIT_ERROR
    try:
        if args.output == "-":
            sys.stdout.write(draft)
        else:
            Path(args.output).parent.mkdir(parents=True, exist_ok=True)
            Path(args.output).write_text(draft, encoding="utf-8")
    except OSError as e:
        print(f"cleaner learn: cannot write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    sel = model.select()
    print(f"cleaner learn: {site}: {len(sel.rules)} rules, {len(sel.near_misses)} near misses"
          f" from {model.pages} pages ({model.skipped} skipped); {len(sel.handled)} recurring lines"
          f" already removed by {model.base} -> {args.output}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
