"""Command line: ``python -m cleaner INPUT...`` (or the ``cleaner`` console script).

One file: prints the clean text; ``--json`` prints the SPEC record; ``--explain``
lists every removed line with the rule that removed it. Errors go to stderr as one
line with a non-zero exit status, never as a traceback.

``--format markdown`` keeps an HTML page's headings, lists and tables; ``--format
csv`` writes one row per input; ``--metadata-only`` leaves the body out.

Several inputs, a directory, ``--jsonl``, JSONL input (``*.jsonl`` files or
``--input-format jsonl``), ``--jobs`` or ``--scheduler``: a batch (`cleaner.batch`).
One record per input, in input order, cleaned in ``--jobs`` processes (or on a Dask
scheduler), with a progress bar on a terminal. A failing input becomes an error record
and a non-zero exit at the end; it never stops the batch.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import stat
import sys
import threading
import time
from collections.abc import Generator, Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from .core import Cleaner
from .errors import CleanerError, OptionsError, RuleSetError, UnknownOutletError
from .options import BATCH_TIME_BUDGET, HTML_MAIN_ALIASES, CleanOptions, default_jobs
from .reading import STDIN, read_file, read_page
from .record import EXTRA_KEYS, METADATA_KEYS, RECORD_KEYS
from .rules import available_outlets
from .version import DISTRIBUTION, VERSION

if TYPE_CHECKING:
    from pathlib import Path

    from . import batch

# A one-file run imports neither `cleaner.batch` (process pools), `tempfile`, `csv` nor
# `signal`: each is imported where a batch, ``-o`` or CSV needs it (issue 17: start-up).

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_MIN_PER_JOB = 16  # inputs: a smaller batch is cleaned in fewer processes


#: The environment variable with rule paths (like ``--rules``; separated by ``os.pathsep``).
RULES_ENV = "CLEANER_RULES"

FORMATS = ("text", "json", "jsonl", "markdown", "csv")

EPILOG = f"""\
output: by default the clean text of the page (its paragraphs, separated by blank
lines); --json prints the whole record (SPEC keys), --format markdown the article as
Markdown, --format csv one row per input. A batch prints each input's text after a
"==> path <==" line, or one JSON record per line with --jsonl.

examples:
  cleaner page.html                                  the clean text
  cleaner --json --url https://www.tempo.co/x page.txt
  cleaner --format markdown page.html                headings, lists and tables kept
  cleaner --metadata-only --json page.html           title, authors, date... no body
  cleaner pages/ --jsonl -o pages.jsonl              a batch, all cores, progress bar
  cleaner crawl.jsonl -o clean.jsonl                 a crawl's records in (*.jsonl), its fields kept
  cleaner pages/ --format csv --fields url,title,published,text -o pages.csv
  cleaner --rules my-rules/ pages/ --jsonl           add outlets of your own to detection
  cleaner learn --site contoh.co.id crawl.jsonl -o contoh.toml   draft rules from many pages
                                                     (see: cleaner learn --help)

exit status: 0 done; 1 an input could not be cleaned (a one-line message on stderr;
in a batch its error record, the rest cleaned); 2 a usage error (an unknown flag or
--outlet, a --rules file that does not load); 130 interrupted.
Rule paths also come from ${RULES_ENV} (separated by '{os.pathsep}').
"""


class _BuildFormatter(argparse.RawDescriptionHelpFormatter):
    """The formatter `build_parser` adds arguments with. ``add_argument`` makes one per
    argument to check its metavar (no text is wrapped), and the stock one asks `shutil`
    for the terminal's width: `shutil` (with `bz2`, `lzma`, `fnmatch`) costs ~2 ms of a
    one-file run. The built parser prints help, usage and errors with the stock one."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, 80 if width is None else width)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleaner",
        description="Clean scraped Indonesian news pages (text scrapes or HTML) into article text and metadata.",
        epilog=EPILOG, formatter_class=_BuildFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{DISTRIBUTION} {VERSION} (import name: cleaner)")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a page to clean (text scrape or HTML), a directory (searched recursively), "
                             "or '-' for stdin; several make a batch")
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the whole record as JSON (--format json)")
    out.add_argument("--jsonl", action="store_true",
                     help="batch: one JSON record per input and line, with its path (or the input record's fields)")
    out.add_argument("--explain", action="store_true", help="print each removed line with its rule (one input)")
    out.add_argument("--format", choices=FORMATS, metavar="FORMAT",
                     help=f"output format: {', '.join(FORMATS)} (default: text; jsonl for JSONL input)")
    parser.add_argument("--fields", metavar="KEYS", type=_fields,
                        help="JSON/CSV output: only these record keys (comma-separated, e.g. title,published,text; "
                             "'markdown' adds the Markdown body, 'structure' what each paragraph was: heading, "
                             "list item, table row and its cells)")
    parser.add_argument("--metadata-only", action="store_true",
                        help=f"leave the body out: the keys {','.join(METADATA_KEYS)} (JSON unless --format csv)")
    parser.add_argument("--outlet", metavar="NAME",
                        help=f"force a rule set ({', '.join(available_outlets())}, one added by --rules, "
                             "or a .toml file)")
    parser.add_argument("--rules", action="append", metavar="PATH",
                        help=f"a rule file or a folder of them whose outlets join detection (by hosts and "
                             f"fingerprints); repeatable; also ${RULES_ENV}")
    parser.add_argument("--url", metavar="URL",
                        help="the page's URL (picks the outlet by host); in a batch, for every page input")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (atomically: it appears whole or not at all) instead of stdout")
    knobs = parser.add_argument_group("cleaning options (CleanOptions)")
    knobs.add_argument("--max-bytes", type=_positive, metavar="N", default=CleanOptions().max_bytes,
                       help="refuse inputs larger than N bytes (default: %(default)s)")
    knobs.add_argument("--max-line-chars", type=_positive, metavar="N", default=CleanOptions().max_line_chars,
                       help="refuse text scrapes with a line longer than N characters (default: %(default)s)")
    knobs.add_argument("--max-lines", type=_positive, metavar="N", default=CleanOptions().max_lines,
                       help="refuse text scrapes with more than N non-blank lines (default: %(default)s)")
    knobs.add_argument("--time-budget", type=_seconds, metavar="SECONDS",
                       help=f"stop cleaning a page after SECONDS; it becomes an error (default: "
                            f"{BATCH_TIME_BUDGET:g} in a batch, none for one input; 0: no limit)")
    knobs.add_argument("--fix-mojibake", action="store_true",
                       help=f"repair mojibake with ftfy (needs {DISTRIBUTION}[mojibake]; changes the text)")
    html_main = knobs.add_mutually_exclusive_group()
    html_main.add_argument("--html-main", choices=("auto", "density", "trafilatura", *HTML_MAIN_ALIASES),
                           default="auto", metavar="HOW",
                           help="HTML: how the story's container is found: auto (default), density (never "
                                "trafilatura: the densest element and its region), trafilatura (only what "
                                "trafilatura keeps)")
    html_main.add_argument("--precision", dest="html_main", action="store_const", const="precision",
                           help="HTML: favour precision (--html-main trafilatura)")
    html_main.add_argument("--recall", dest="html_main", action="store_const", const="recall",
                           help="HTML: favour recall (--html-main density)")
    group = parser.add_argument_group("batch")
    group.add_argument("--glob", metavar="PATTERN", default="*",
                       help="files to take from directories: a name pattern, or a path-tail pattern with '/' "
                            "(default: %(default)s; hidden files are skipped)")
    group.add_argument("--jobs", "-j", type=_positive, metavar="N",
                       help=f"clean in N processes, output order kept (default: all cores, {default_jobs()}; "
                            f"fewer for a small batch: at least {_MIN_PER_JOB} inputs each)")
    group.add_argument("--quiet", "-q", action="store_true",
                       help="no progress bar nor summary; with --jsonl, no stderr line per failed input either "
                            "(its error record is in the output; the final count is still printed)")
    group.add_argument("--progress", action="store_true",
                       help="show the progress bar and the summary even when stderr is not a terminal")
    group.add_argument("--input-format", choices=("auto", "page", "jsonl"), default="auto",
                       help="page: each file is a page; jsonl: each line is a record such as "
                            '{"url": ..., "html": ...} or {"text": ...}, other fields kept; auto (default): '
                            "jsonl when every input is a file named *.jsonl or *.ndjson (or .gz of one), else page")
    group.add_argument("--html-field", default="html", metavar="NAME", help="JSONL: the HTML field (default: html)")
    group.add_argument("--text-field", default="text", metavar="NAME",
                       help="JSONL: the text-scrape field, used when there is no HTML field (default: text)")
    group.add_argument("--url-field", default="url", metavar="NAME", help="JSONL: the URL field (default: url)")
    group.add_argument("--learn", action="store_true",
                       help="first learn each site's recurring chrome from the inputs themselves (a streaming "
                            "pass), then clean with it; removals name their rule learned:<site>:<n>")
    group.add_argument("--scheduler", metavar="ADDRESS",
                       help="run the batch on this Dask scheduler (tcp://host:8786; needs cleaner-berita[dask])")
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # help and errors: the terminal's width
    return parser


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not 0 <= n < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds (0: no limit), got {value!r}")
    return n


def _budget(args: argparse.Namespace, default: float | None) -> float | None:
    """The time budget asked for: ``--time-budget``, else ``default``; 0 means none."""
    if args.time_budget is None:
        return default
    return args.time_budget or None


def _fields(value: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in keys if k not in RECORD_KEYS and k not in EXTRA_KEYS]
    if unknown or not keys:
        raise argparse.ArgumentTypeError(f"unknown record key {', '.join(unknown) or value!r}; "
                                         f"choose from {', '.join((*RECORD_KEYS, *EXTRA_KEYS))}")
    return keys


def _options(args: argparse.Namespace, time_budget: float | None) -> CleanOptions:
    """The options the flags ask for; ``time_budget`` is the run's default budget."""
    env = [p for p in os.environ.get(RULES_ENV, "").split(os.pathsep) if p]
    return CleanOptions(outlet=args.outlet, max_bytes=args.max_bytes, max_line_chars=args.max_line_chars,
                        max_lines=args.max_lines, fix_mojibake=args.fix_mojibake, html_main=args.html_main,
                        rules_paths=(*env, *(args.rules or ())), time_budget=_budget(args, time_budget))


def _settle_format(args: argparse.Namespace, parser: argparse.ArgumentParser, batch_run: bool) -> None:
    """``args.format`` from --json/--jsonl/--format/--metadata-only; a usage error for a
    combination that would be ignored."""
    fmt = args.format or ("json" if args.json else "jsonl" if args.jsonl else None)
    if args.metadata_only:
        if fmt in ("text", "markdown") or args.explain:
            parser.error("--metadata-only prints records: use it with --json, --jsonl or --format csv")
        if args.fields:
            parser.error("--metadata-only and --fields both choose the keys: give one")
        args.fields = METADATA_KEYS
        fmt = fmt or ("jsonl" if batch_run else "json")
    if fmt is None:
        fmt = "jsonl" if args.input_format == "jsonl" else "text"
    if args.fields and (fmt in ("text", "markdown") or args.explain):
        parser.error(f"--fields picks record keys: use it with --json, --jsonl or --format csv "
                     f"(the output is {'--explain' if args.explain else fmt})")
    if fmt in ("text", "markdown") and args.input_format == "jsonl":
        parser.error(f"JSONL input (--input-format jsonl, or files named *.jsonl) writes records: --format {fmt} "
                     "is not available (use jsonl or csv; --input-format page reads a file as one page)")
    args.format = fmt


def _is_batch(args: argparse.Namespace) -> bool:
    return (len(args.inputs) > 1 or args.jsonl or args.format in ("jsonl", "csv") or args.input_format == "jsonl"
            or args.jobs is not None
            or args.scheduler is not None or args.learn or os.path.isdir(args.inputs[0]))


def console() -> int:
    """The ``cleaner`` console script: `main` with the collector's freezes of
    ``python -m cleaner`` (`cleaner.__main__`). The script imports the package before
    this runs, so the freeze comes after the imports, not before them: the collections
    the run triggers (unpickling a rule set makes thousands of containers) walk neither
    the imports' objects nor, at exit, the run's (issue 17). `main` itself, called in a
    process of one's own (the tests, an application), freezes nothing."""
    import gc

    gc.freeze()
    status = main()
    gc.freeze()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. ``cleaner learn ...`` writes a
    draft rule file (`cleaner.learn.cli`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["learn"]:
        from .learn.cli import main as learn_main

        return learn_main(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.inputs.count(STDIN) > 1:
        parser.error("'-' (stdin) can be given once")
    if args.input_format == "auto":
        args.input_format = "jsonl" if all(_names_jsonl(p) for p in args.inputs) else "page"
    batch_run = _is_batch(args)
    _settle_format(args, parser, batch_run)
    try:
        if batch_run:
            if args.explain:
                parser.error("--explain takes one input file")
            with _sigint_latch():
                return _main_batch(args)
        return _main_one(args)
    except _Usage as e:
        print(f"cleaner: {e}", file=sys.stderr)
        return EXIT_USAGE
    except _Refused as e:
        print(f"cleaner: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # workers stopped and a partial -o file removed on the way out
        print("cleaner: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def _names_jsonl(path: str) -> bool:
    """A file named as JSON Lines: a crawl's records, not a page (a page of JSON is no news page)."""
    return path.lower().endswith(_JSONL_SUFFIXES) and os.path.isfile(path)


class _Refused(Exception):
    """The command cannot run as asked (one stderr line, exit 1)."""


class _Usage(_Refused):
    """The flags name an outlet or a rule file that cannot be used (an unknown
    ``--outlet``, a ``--rules`` file that does not load): a usage error, one stderr line,
    exit 2 as argparse's own (README, "Exit status")."""


#: What `Cleaner` raises for the flags' outlet and rule files: a usage error.
_USAGE_ERRORS = (UnknownOutletError, RuleSetError, OptionsError)


#: Set by Ctrl-C during a batch run. The KeyboardInterrupt Python raises for it is
#: lost when it lands in a finalizer (``__del__``, a generator's ``close``: "Exception
#: ignored in ..."); the run then checks this after each chunk and before the output
#: file is committed, so an interrupted run never passes for a finished one.
_INTERRUPTED = threading.Event()


#: Where a KeyboardInterrupt raised by the handler could leave a lock held: the worker
#: pool's futures and queues. A run interrupted while waiting on a chunk's future could
#: leave that future's lock taken, and the pool's shutdown then waited forever for its
#: manager thread, which needs the lock to cancel the futures (1 SIGTERM in 60 hung,
#: the stack dumped by faulthandler). There the signal only sets `_INTERRUPTED`.
_DEFER_IN = tuple(os.sep + name for name in (
    os.path.join("concurrent", "futures", "_base.py"), os.path.join("concurrent", "futures", "process.py"),
    "threading.py", os.path.join("multiprocessing", "queues.py"), os.path.join("multiprocessing", "connection.py"),
))


@contextlib.contextmanager
def _sigint_latch() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return
    import signal

    def on_sigint(signum: int, frame: Any) -> None:
        _INTERRUPTED.set()
        if frame is not None and frame.f_code.co_filename.endswith(_DEFER_IN):
            return  # raised by the next `_check_interrupted`, after the chunk in hand
        raise KeyboardInterrupt

    _INTERRUPTED.clear()
    previous = signal.signal(signal.SIGINT, on_sigint)
    # SIGTERM (kill, a job scheduler) stops the run as Ctrl-C does: the workers are
    # stopped and a partial -o file is removed, rather than left behind.
    previous_term = signal.signal(signal.SIGTERM, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


def _check_interrupted() -> None:
    if _INTERRUPTED.is_set():
        raise KeyboardInterrupt


# -- one input --------------------------------------------------------------------------


def _main_one(args: argparse.Namespace) -> int:
    name = args.inputs[0]
    _check_output(args.output, [name])
    try:
        cleaner = Cleaner(_options(args, time_budget=None))
    except _USAGE_ERRORS as e:
        raise _Usage(str(e)) from e
    try:
        data = _read(name, args.max_bytes)
        article = cleaner.clean(data, url=args.url)
    except OSError as e:
        print(f"cleaner: cannot read {name}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    except CleanerError as e:
        print(f"cleaner: {name}: {e}", file=sys.stderr)
        return EXIT_ERROR
    if article.reason:
        print(f"cleaner: {name}: {article.reason}", file=sys.stderr)
    for warning in article.warnings:
        print(f"cleaner: {name}: warning: {warning}", file=sys.stderr)
    if args.explain:
        output = _explain(article.to_dict())
    elif args.format == "json":  # (jsonl and csv make a batch of one: a record with its path)
        record = article.to_dict()
        if args.fields:
            record = {k: record[k] if k in record else article.extra(k) for k in args.fields}
        import json  # here: a one-file run printing text needs none

        output = json.dumps(record, ensure_ascii=False, indent=2)
    elif args.format == "markdown":
        output = article.to_markdown()
    else:
        output = article.text
    with _output(args.output) as stream:
        _write(stream, output + "\n")
    return EXIT_OK


def _read(path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of the input (more is `InputTooLargeError`, ``/dev/zero``
    included); one input alone may be a pipe (``<(curl ...)``), read as stdin is."""
    if path == STDIN:
        return read_page(sys.stdin.buffer, max_bytes)
    return read_file(path, max_bytes, pipes=True)


def _explain(article_dict: dict) -> str:  # type: ignore[type-arg]
    lines = [f"{r['line']:>5}  {r['rule']:<32} {r['text'][:100]}" for r in article_dict["removed"]]
    lines.append(f"-- {len(article_dict['removed'])} lines removed, "
                 f"{len(article_dict['paragraphs'])} paragraphs kept (outlet: {article_dict['outlet']})")
    return "\n".join(lines)


# -- a batch ----------------------------------------------------------------------------


def _main_batch(args: argparse.Namespace) -> int:
    from . import batch

    try:
        options = _options(args, BATCH_TIME_BUDGET)
        # An unknown --outlet fails here, once, not once per input; and the rule sets are
        # compiled before the worker processes fork, so they start with them.
        batch.cleaner_with(options)
    except _USAGE_ERRORS as e:
        raise _Usage(str(e)) from e
    except CleanerError as e:
        raise _Refused(str(e)) from e
    found = list(batch.discover(args.inputs, glob=args.glob))
    _check_output(args.output, [p for p in found if isinstance(p, str)])
    if args.learn and STDIN in args.inputs:
        raise _Refused("--learn reads the inputs twice (learn, then clean): give files, not '-'")
    tasks = _tasks(args, found)
    show = args.progress or (not args.quiet and sys.stderr.isatty())
    if args.input_format == "jsonl":
        # Records are counted as they stream; for the bar's total and ETA the files are
        # counted first (plain files only: not stdin, not .gz).
        total = _count_records(found) if show else None
        size = None
    else:
        total = size = len(found)
    jsonl = args.format in ("json", "jsonl")  # records out
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        executor, jobs = _executor(args, stack)
        if executor is None and size is not None:
            # A worker process costs a start-up; each gets at least a few chunks of work.
            jobs = max(1, min(jobs, size // _MIN_PER_JOB))
        run = dict(jobs=jobs, cleaner_for=_cleaner_for(args, options, found), chunksize=_chunksize(size, jobs),
                   executor=executor, read_locally=executor is not None)
        if jsonl:
            chunks = batch.run_tasks_jsonl(tasks, fields=args.fields, **run)
        elif args.format == "csv":
            chunks = _csv_blocks(batch.run_tasks(tasks, fields=args.fields, **run), args.fields)
        else:
            key = "markdown" if args.format == "markdown" else "text"
            chunks = _text_blocks(batch.run_tasks(tasks, fields=(key,), **run), key)
        stack.callback(chunks.close)  # stop the workers on any way out
        stream = stack.enter_context(_output(args.output))
        done, failed, empty = _drain(chunks, stream, jsonl=jsonl, total=total, quiet=args.quiet, show=show,
                                     eager=args.progress)
    if show:
        seconds = max(time.monotonic() - started, 1e-9)
        print(f"cleaner: {done:,} pages in {seconds:.1f} s ({done / seconds:,.1f} pages/s): "
              f"{failed:,} errors, {empty:,} empty bodies" + (f"; written to {args.output}" if args.output else ""),
              file=sys.stderr)
    if failed:
        print(f"cleaner: {failed} of {done} inputs failed (see their error records)"
              if jsonl else f"cleaner: {failed} of {done} inputs failed", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _tasks(args: argparse.Namespace, found: list[str | batch.Task]) -> Iterable[batch.Task]:
    """The inputs as tasks, lazily: a fresh iterator each call (``--learn`` reads twice)."""
    from . import batch

    if args.input_format == "jsonl":
        fields = batch.JsonlFields(html=args.html_field, text=args.text_field, url=args.url_field)
        return batch.read_jsonl(found, fields=fields, stdin=sys.stdin.buffer, max_bytes=args.max_bytes)
    return (t if args.url is None or t.error else _with_url(t, args.url)
            for t in batch.file_tasks(found, stdin=sys.stdin.buffer, max_bytes=args.max_bytes))


def _cleaner_for(args: argparse.Namespace, options: CleanOptions, found: list[str | batch.Task]) -> batch.CleanerFor:
    """Which Cleaner cleans each input of the batch: the seam for per-site rules.

    With ``--learn``, a first pass streams every input into per-site models
    (`cleaner.learn.model`, bounded memory) and the batch is cleaned with what they learned.
    """
    from . import batch

    if not args.learn:
        return batch.OneCleaner(options)
    from .learn.model import LearnedCleaner, LearnPage

    def pages() -> Iterator[LearnPage]:
        for task in _tasks(args, found):
            if task.error is not None:
                continue
            try:
                data = task.data if task.path is None else read_file(task.path, options.max_bytes)
            except (OSError, CleanerError):
                continue  # the cleaning pass reports it as an error record
            if data is not None:
                yield LearnPage(data, url=task.url)

    return batch.UseCleaner(LearnedCleaner.learn(pages(), options=options))


def _with_url(task: batch.Task, url: str) -> batch.Task:
    from . import batch

    return batch.Task(label=task.label, path=task.path, data=task.data, url=url)


def _chunksize(total: int | None, jobs: int) -> int:
    # Small enough that every worker gets several chunks (order and progress stay
    # smooth), large enough that the per-chunk round trip is noise.
    if total is None:
        return 16
    return max(1, min(32, total // (8 * max(jobs, 1))))


def _executor(args: argparse.Namespace, stack: contextlib.ExitStack) -> tuple[Any, int]:
    """``(None, jobs)`` for the local process pool, or a Dask client and its worker count."""
    jobs = args.jobs or default_jobs()
    if args.scheduler is None:
        return None, jobs
    try:
        from .integrations.dask import connect
    except ImportError as e:
        raise _Refused(f"--scheduler: {e}") from e
    try:
        submitter, workers = connect(args.scheduler)
    except (OSError, TimeoutError, ValueError) as e:
        raise _Refused(f"cannot reach the Dask scheduler at {args.scheduler}: {e}") from e
    stack.callback(submitter.close)
    return submitter, args.jobs or workers


def _count_records(found: Sequence[str | batch.Task]) -> int | None:
    """The non-blank lines of plain JSONL files; ``None`` for stdin or a compressed file."""
    count = 0
    for item in found:
        if not isinstance(item, str) or item == STDIN or item.endswith(".gz"):
            return None
        try:
            with open(item, "rb") as f:
                count += sum(1 for line in f if line.strip())
        except OSError:
            count += 1  # its error record
    return count


def _text_blocks(chunks: Generator[list[dict[str, Any]], None, None],
                 key: str = "text") -> Generator[list[batch.Line], None, None]:
    """Records as text blocks: a ``==> path <==`` header, then the clean text (or ``key``)."""
    from . import batch

    try:
        for records in chunks:
            yield [batch.Line("", r["path"], r["error"]) if batch.is_error(r) else
                   batch.Line(f"==> {r['path']} <==\n{r[key]}\n", empty="reason" in r) for r in records]
    finally:
        chunks.close()


#: CSV columns besides the record keys: where the input came from, and what went wrong.
CSV_EXTRA = ("reason", "warnings", "error", "input")


def _csv_blocks(chunks: Generator[list[dict[str, Any]], None, None],
                fields: Sequence[str] | None) -> Generator[list[batch.Line], None, None]:
    """Records as CSV rows (RFC 4180, a header row first): ``path``, the record keys
    (default: all but ``removed``), `CSV_EXTRA` (``input``: a JSONL record's own fields as JSON)."""
    from . import batch
    from .formats import csv_row

    columns = ["path", *(fields or [k for k in RECORD_KEYS if k != "removed"]), *CSV_EXTRA]
    header = True
    try:
        for records in chunks:
            rows = [csv_row(r, columns) for r in records]
            text = _csv_text([columns] if header else [], rows).rstrip("\r\n")
            header = False
            lines = [batch.Line("", r.get("path"), r["error"]) if "error" in r else
                     batch.Line("", empty="reason" in r) for r in records]
            lines.append(batch.Line(text, record=False))
            yield lines
    finally:
        chunks.close()


def _csv_text(header: list[list[str]], rows: list[list[str]]) -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _drain(chunks: Iterator[list[batch.Line]], stream: IO[bytes], *, jsonl: bool,
           total: int | None, quiet: bool, show: bool = False, eager: bool = False) -> tuple[int, int, int]:
    """Write the records as they come, in order; the number of inputs, of failures and
    of empty bodies. A CSV chunk's text comes in one extra `Line` with no record."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
    done = failed = empty = 0
    # delay: short runs finish before a bar would appear and print nothing (unless asked for).
    with tqdm(total=total, unit="page", file=sys.stderr, disable=not show, delay=0 if eager else 1.0,
              mininterval=0.5, dynamic_ncols=True) as bar:
        for lines in chunks:
            records = [line for line in lines if line.record]
            done += len(records)
            for line in records:
                empty += line.empty
                if line.error is not None:
                    failed += 1
                    if not (quiet and jsonl):  # with --jsonl the error is in the output too
                        bar.write(f"cleaner: {line.path}: {line.error}", file=sys.stderr)
            text = "\n".join(line.text for line in lines if line.text)
            if text:
                _write(stream, text + "\n")
            bar.update(len(records))
            _check_interrupted()
    _check_interrupted()
    return done, failed, empty


# -- output -----------------------------------------------------------------------------


def _check_output(output: str | None, inputs: Sequence[str]) -> None:
    """Refuse to write over an input: ``-o`` naming one, or stdout redirected into one."""
    files = [p for p in inputs if p != STDIN]
    if output and output != "-":
        if os.path.isdir(output):
            raise _Refused(f"-o {output}: is a directory; give a file name")
        try:
            existing = os.stat(output)
        except OSError:
            return  # a file that does not exist is no input (a dangling link to it reads as an error)
        same = _same_file(existing, files)  # stat follows links: a link to an input, a hard link, the input
        if same is not None:
            raise _Refused(f"refusing to write the output over the input {same}")
        if STDIN in inputs and _is_stdin(existing):
            raise _Refused(f"refusing to write the output over the input {output} (stdin is read from it)")
        return
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (closed, or captured in-process)
        return
    same = _same_file(out, files) if stat.S_ISREG(out.st_mode) else None
    if same is not None:
        raise _Refused(f"refusing to write the output over the input {same} (stdout is redirected into it)")


def _is_stdin(st: os.stat_result) -> bool:
    try:
        inp = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISREG(inp.st_mode) and (inp.st_dev, inp.st_ino) == (st.st_dev, st.st_ino)


def _same_file(st: os.stat_result, files: Sequence[str]) -> str | None:
    for path in files:
        try:
            other = os.stat(path)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            return path
    return None


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[bytes]]:
    """stdout, or ``path`` written atomically: a temporary file beside it, renamed over
    it at the end (``os.replace``), removed if anything fails on the way."""
    if not path or path == "-":
        yield sys.stdout.buffer
        return
    import tempfile
    from pathlib import Path

    target = Path(path)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    _remove_stale_parts(target)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".part")
    except OSError as e:
        raise _Refused(f"cannot write {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            try:
                f.flush()
                os.fsync(f.fileno())
            except OSError as e:  # a full disk shows at the last flush too
                raise _Refused(f"cannot write {path}: {e.strerror or e}") from e
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _Refused(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _remove_stale_parts(target: Path) -> None:
    """Remove the ``.part`` files a run killed outright (SIGKILL, power loss) left beside
    ``target``: their name holds the pid of the run that wrote them, and it is gone."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".part")):
            continue
        pid = name[len(prefix):].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(target.parent / name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _write(stream: IO[bytes], text: str) -> None:
    try:
        # A file name's undecodable bytes (surrogateescape) are written back as they were.
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error; stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_OK) from None
    except OSError as e:  # a full disk (ENOSPC), a quota, an I/O error
        if stream is sys.stdout.buffer:  # what is left in stdout's buffer cannot be written at exit either
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise _Refused(f"cannot write the output: {e.strerror or e}") from e
