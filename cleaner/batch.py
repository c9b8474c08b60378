"""Batch cleaning: many inputs in, one JSON-ready record per input out, in input order.

Stages: `cleaner.inputs` makes `Task` objects (``discover`` files, directories, stdin;
``read_jsonl`` records as crawlers write them; both re-exported here); `clean_task` reads and cleans one task and never
raises (a failure is an error record); `run_tasks` maps it over the tasks in order,
in this process or in N worker processes (or on any executor with ``submit``, such as
a Dask ``distributed.Client``), with a bounded number of chunks in flight so memory
stays flat however long the batch is.

Which `Cleaner` cleans an input is a seam: `run_tasks` takes ``cleaner_for``, a
picklable callable ``(Task) -> Cleaner`` called in the worker for every input.
The default, `OneCleaner`, uses one Cleaner per process for everything; `UseCleaner`
uses one built beforehand (a `cleaner.learn.LearnedCleaner`); a caller with per-host
rule sets passes its own (see `CleanerFor`). The chooser reaches each worker once.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from .core import Cleaner
from .errors import CleanerError
from .hints import Hints
from .inputs import (
    STDIN,
    JsonlFields,
    Task,
    discover,
    file_tasks,
    read_file,
    read_jsonl,
    read_page,
    task_from_record,
)
from .options import BATCH_TIME_BUDGET, CleanOptions, default_jobs
from .record import RECORD_KEYS

__all__ = [
    "BATCH_TIME_BUDGET",
    "STDIN",
    "CleanerFor",
    "ErrorRecord",
    "JsonlFields",
    "Line",
    "OneCleaner",
    "Submitter",
    "Task",
    "UseCleaner",
    "clean_chunk",
    "clean_paths",
    "clean_task",
    "cleaner_with",
    "default_jobs",
    "discover",
    "dumps",
    "encode_chunk",
    "error_record",
    "file_tasks",
    "hard_limit",
    "is_error",
    "kept_fields",
    "max_bytes_of",
    "options_of",
    "read_file",
    "read_jsonl",
    "read_page",
    "run_tasks",
    "run_tasks_jsonl",
    "task_from_record",
]

_T = TypeVar("_T")


class CleanerFor(Protocol):
    """Picks the `Cleaner` for one input; called in the worker process for each task.

    It must be picklable (a module-level function or a small object of a
    module-level class), because it travels to the workers. Build Cleaners once per
    process and reuse them, e.g. with `functools.lru_cache` on a module-level
    function, as `OneCleaner` does::

        @dataclass(frozen=True)
        class PerHost:
            rules_dir: str
            def __call__(self, task: Task) -> Cleaner:
                return cleaner_for_host(self.rules_dir, urlsplit(task.url or "").hostname)
    """

    def __call__(self, task: Task, /) -> Cleaner: ...


@lru_cache(maxsize=32)
def cleaner_with(options: CleanOptions) -> Cleaner:
    """The Cleaner for ``options``, built once per process."""
    return Cleaner(options)


@dataclass(frozen=True, slots=True)
class OneCleaner:
    """The default `CleanerFor`: one Cleaner (per process) with these options for every input."""

    options: CleanOptions = field(default_factory=CleanOptions)

    def __call__(self, task: Task, /) -> Cleaner:
        return cleaner_with(self.options)


@dataclass(frozen=True, slots=True)
class UseCleaner:
    """A `CleanerFor` that uses this Cleaner for every input: one built beforehand, such
    as a `cleaner.learn.LearnedCleaner` (which picks each site's learned rules itself)."""

    cleaner: Cleaner

    def __call__(self, task: Task, /) -> Cleaner:
        return self.cleaner


# -- one input ------------------------------------------------------------------------


def clean_task(task: Task, cleaner_for: CleanerFor | None = None,
               fields: Sequence[str] | None = None) -> dict[str, Any]:
    """Read and clean one task; the output record. Never raises on bad input.

    A file's record starts with ``path``; a JSONL record starts with the input's other
    fields. Then the SPEC keys (or only ``fields``), then ``reason`` when the body is
    empty and ``warnings`` when decoding recovered from something. A failure gives
    ``{"path": ..., "error": ...}`` (plus a JSONL record's other fields).
    """
    if task.error is not None:
        return error_record(task, task.error)
    choose = cleaner_for or OneCleaner()
    try:
        cleaner = choose(task)
        data = task.data if task.path is None else read_file(task.path, cleaner.options.max_bytes)
        hints = Hints.from_mapping(task.keep) if task.keep else None
        article = cleaner.clean(data if data is not None else b"", url=task.url, outlet=task.outlet, hints=hints)
    except OSError as e:
        return error_record(task, f"cannot read: {e.strerror or e}")
    except CleanerError as e:
        return error_record(task, str(e))
    except Exception as e:  # a bug or an unsupported input must not stop the other inputs
        return error_record(task, f"{type(e).__name__}: {e}" if str(e) else type(e).__name__)
    out: dict[str, Any] = {"path": task.label} if task.keep is None else kept_fields(task.keep)
    record = article.to_dict()
    for key in fields or RECORD_KEYS:
        out[key] = record[key] if key in record else article.extra(key)
    if article.reason:
        out["reason"] = article.reason
    if article.warnings:
        out["warnings"] = list(article.warnings)
    return out


class ErrorRecord(dict[str, Any]):
    """The record of an input that failed: a ``dict`` like any other record, marked by
    its type (not by an ``error`` key, which a JSONL record's own fields may hold)."""

    __slots__ = ()


def is_error(record: Mapping[str, Any]) -> bool:
    """Whether ``record`` is the error record of a failed input (see `error_record`)."""
    return isinstance(record, ErrorRecord)


def error_record(task: Task, message: str) -> ErrorRecord:
    """``{"path": label, "error": message}``, after a JSONL record's other fields."""
    out = ErrorRecord(kept_fields(task.keep or {}))
    out["path"] = task.label
    out["error"] = message
    return out


#: Output keys besides the record's: an input field of one of these names goes under ``input``.
RESERVED_KEYS: frozenset[str] = frozenset({*RECORD_KEYS, "path", "error", "reason", "warnings", "input"})


def kept_fields(keep: Mapping[str, Any]) -> dict[str, Any]:
    """A JSONL record's fields (all but the page) as the output keeps them: as they
    came, except those whose names the output uses (`RESERVED_KEYS`: ``title``,
    ``published``, ``url`` ...), which go, as they came, into one ``input`` object.

    >>> kept_fields({"id": 7, "title": "Judul", "published": "Diperbarui 18 Jun 2025"})
    {'id': 7, 'input': {'title': 'Judul', 'published': 'Diperbarui 18 Jun 2025'}}
    """
    out: dict[str, Any] = {}
    moved: dict[str, Any] = {}
    for key, value in keep.items():
        (moved if key in RESERVED_KEYS else out)[key] = value
    if moved:
        out["input"] = moved
    return out


def clean_chunk(tasks: Sequence[Task], cleaner_for: CleanerFor | None = None,
                fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """`clean_task` over a chunk: the unit of work sent to a worker process."""
    if _worker_hard_limit is None:
        return [clean_task(task, cleaner_for, fields) for task in tasks]
    out = []
    for task in tasks:
        # The pool's hard bound: SIGALRM with its default action ends this process, even
        # inside C code (a parser, a regular expression) where no Python check runs; the
        # parent sees a dead worker and gives this input an error record.
        signal.setitimer(signal.ITIMER_REAL, _worker_hard_limit)
        try:
            out.append(clean_task(task, cleaner_for, fields))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return out


# -- many inputs ----------------------------------------------------------------------


class Submitter(Protocol):
    """Anything with ``submit(fn, *args)`` returning a future: a process pool, a Dask Client."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]: ...


#: The `CleanerFor` of a worker process, installed once when the process starts.
_worker_choice: CleanerFor | None = None
#: In a pool worker with a time budget: the seconds after which a page is stopped by
#: force (`hard_limit`).
_worker_hard_limit: float | None = None


def hard_limit(time_budget: float | None) -> float | None:
    """How long a pool worker may spend on one page before it is stopped by force:
    twice the budget (the cooperative checks raise `TimeBudgetError` soon after it)
    plus a few seconds for a machine shared with other work."""
    return None if time_budget is None else 2 * time_budget + 5.0


def _start_worker(cleaner_for: CleanerFor, limit: float | None = None) -> None:
    global _worker_choice, _worker_hard_limit
    _worker_choice = cleaner_for
    if limit is not None and hasattr(signal, "setitimer"):
        _worker_hard_limit = limit
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
    # Ctrl-C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A parent killed outright (SIGKILL, the OOM killer) cannot stop its workers: each
    # notices by itself that it was orphaned, and exits.
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True,
                     name="cleaner-orphan-check").start()


#: How often a worker looks whether its parent is still there (seconds).
ORPHAN_CHECK_SECONDS = 0.5


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)


def _run_in_worker(work: Callable[[list[Task], CleanerFor, Sequence[str] | None], list[_T]], tasks: list[Task],
                   fields: Sequence[str] | None) -> list[_T]:
    assert _worker_choice is not None, "a pool worker starts with _start_worker"
    return work(tasks, _worker_choice, fields)


class _ProcessPool:
    """A ProcessPoolExecutor whose workers get the `CleanerFor` once, at start (not with
    every chunk: a chooser holding learned rule sets is large), and that can be replaced
    when a worker dies (segfault, OOM kill)."""

    def __init__(self, jobs: int, cleaner_for: CleanerFor, limit: float | None = None) -> None:
        self.jobs = jobs
        self.cleaner_for = cleaner_for
        self.limit = limit
        # On Linux, fork: a worker starts in milliseconds with this process's compiled
        # rule sets (compiling them takes about half a second per process) and its
        # chooser, unpickled. Elsewhere (fork is unsafe on macOS, missing on Windows)
        # spawn: each worker unpickles the chooser and compiles the rule sets.
        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=self.context, initializer=_start_worker,
                                   initargs=(self.cleaner_for, self.limit))

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        return self.pool.submit(fn, *args)

    def restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def close(self, *, cancel: bool = False) -> None:
        # Busy workers are not killed on the way out: a worker killed while the pool
        # writes it work leaves the pool's feeder thread blocked on a full pipe, and
        # shutdown then never returns. What they are cleaning is bounded by the time
        # budget (the alarm in `clean_chunk`).
        self.pool.shutdown(wait=True, cancel_futures=cancel)


#: A chunk is closed once the pages it holds in memory reach this many bytes.
CHUNK_BYTES = 8 * 2**20
#: Pages in memory in flight, per job (beside the chunk count): 40 JSONL records of
#: 12 MB took 3.3 GB with 128 records in flight; now a few at a time.
INFLIGHT_BYTES_PER_JOB = 32 * 2**20


def _size(task: Task) -> int:
    """The bytes a task holds in memory (a file not read yet holds none)."""
    return len(task.data) if task.data is not None else 0


def _chunks(tasks: Iterable[Task], size: int, max_bytes: int | None = None) -> Iterator[list[Task]]:
    max_bytes = CHUNK_BYTES if max_bytes is None else max_bytes
    chunk: list[Task] = []
    held = 0
    for task in tasks:
        chunk.append(task)
        held += _size(task)
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk = []
            held = 0
    if chunk:
        yield chunk


def _materialized(tasks: list[Task], max_bytes: int) -> list[Task]:
    """Tasks with their files read here, for workers that may not see this file system."""
    out = []
    for task in tasks:
        if task.path is None or task.error is not None:
            out.append(task)
            continue
        try:
            data = read_file(task.path, max_bytes)
        except OSError as e:
            out.append(Task(label=task.label, error=f"cannot read: {e.strerror or e}"))
        except CleanerError as e:
            out.append(Task(label=task.label, error=str(e)))
        else:
            out.append(Task(label=task.label, data=data, url=task.url, outlet=task.outlet))
    return out


@dataclass(frozen=True, slots=True)
class Line:
    """A record serialized in the worker: its JSONL text, and its ``path`` and ``error``
    when it is an error record (so the parent need not parse it back)."""

    text: str
    path: str | None = None
    error: str | None = None
    empty: bool = False  # a record with an empty body (it has a ``reason``)
    record: bool = True  # False: output text that stands for no input (a CSV chunk's rows)


def encode_chunk(tasks: Sequence[Task], cleaner_for: CleanerFor | None = None,
                 fields: Sequence[str] | None = None) -> list[Line]:
    """`clean_chunk`, with each record serialized to a JSONL line in the worker."""
    return [_line(record) for record in clean_chunk(tasks, cleaner_for, fields)]


def _line(record: Mapping[str, Any]) -> Line:
    try:
        text = dumps(record)
    except (TypeError, ValueError, RecursionError) as e:  # a kept field JSON cannot hold
        path = record.get("path")
        message = f"the record cannot be written as JSON: {e}"
        return Line(dumps({"path": path, "error": message}), path, message)
    if is_error(record):
        return Line(text, record.get("path"), record["error"])
    return Line(text, empty="reason" in record)


def run_tasks(
    tasks: Iterable[Task],
    *,
    jobs: int = 1,
    cleaner_for: CleanerFor | None = None,
    fields: Sequence[str] | None = None,
    chunksize: int = 16,
    executor: Submitter | None = None,
    read_locally: bool = False,
) -> Generator[list[dict[str, Any]], None, None]:
    """Clean ``tasks`` and yield their records in input order, a chunk at a time.

    ``jobs=1`` cleans in this process; ``jobs>1`` in that many worker processes (one
    Cleaner each, chunks of ``chunksize`` tasks, at most ``4*jobs`` chunks in flight).
    ``executor`` (e.g. a ``distributed.Client``) replaces the process pool; with
    ``read_locally`` files are read here and their bytes sent, for workers that do not
    share this file system. A worker that dies takes only the input it was cleaning
    with it: that input gets an error record and the batch goes on.
    """
    return _ordered(clean_chunk, error_record, tasks, jobs=jobs, cleaner_for=cleaner_for, fields=fields,
                    chunksize=chunksize, executor=executor, read_locally=read_locally)


def run_tasks_jsonl(
    tasks: Iterable[Task],
    *,
    jobs: int = 1,
    cleaner_for: CleanerFor | None = None,
    fields: Sequence[str] | None = None,
    chunksize: int = 16,
    executor: Submitter | None = None,
    read_locally: bool = False,
) -> Generator[list[Line], None, None]:
    """`run_tasks`, yielding JSONL `Line`s serialized in the workers.

    This is what the CLI's ``--jsonl`` uses: encoding records is a good part of the
    work per page, and done in the parent it would cap the speed-up of ``--jobs``.
    """
    return _ordered(encode_chunk, lambda task, message: _line(error_record(task, message)), tasks, jobs=jobs,
                    cleaner_for=cleaner_for, fields=fields, chunksize=chunksize, executor=executor,
                    read_locally=read_locally)


def _ordered(
    work: Callable[[list[Task], CleanerFor, Sequence[str] | None], list[_T]],
    died_record: Callable[[Task, str], _T],
    tasks: Iterable[Task],
    *,
    jobs: int,
    cleaner_for: CleanerFor | None,
    fields: Sequence[str] | None,
    chunksize: int,
    executor: Submitter | None,
    read_locally: bool,
) -> Generator[list[_T], None, None]:
    choose = cleaner_for or OneCleaner()
    if executor is None and jobs <= 1:
        for chunk in _chunks(tasks, chunksize):
            yield work(chunk, choose, fields)
        return
    max_bytes = max_bytes_of(choose)
    prepare: Callable[[list[Task]], list[Task]] = (
        (lambda chunk: _materialized(chunk, max_bytes)) if read_locally else (lambda chunk: chunk)
    )
    limit = hard_limit(options_of(choose).time_budget)
    pool = _ProcessPool(jobs, choose, limit) if executor is None else None
    # An executor that can share an object with its workers (Dask: scatter) gets the
    # chooser once too; any other gets it with every chunk.
    share = getattr(executor, "share", None)
    shared = share(choose) if share is not None else choose
    # What a dead worker looks like: the pool breaks; other executors (Dask) raise
    # from the future, since the work function itself never raises.
    died: tuple[type[BaseException], ...] = (BrokenProcessPool,) if pool else (Exception,)
    window = 4 * max(jobs, 1)
    window_bytes = max(2, jobs) * INFLIGHT_BYTES_PER_JOB
    pending: deque[tuple[list[Task], Future[list[_T]]]] = deque()
    held = 0  # bytes of the pages in ``pending``

    def submit(chunk: list[Task]) -> Future[list[_T]]:
        if pool is not None:
            return pool.submit(_run_in_worker, work, chunk, fields)
        assert executor is not None
        return executor.submit(work, chunk, shared, fields)

    def isolated(task: Task) -> _T:
        start = time.monotonic()
        try:
            return submit([task]).result()[0]
        except died as e:
            if pool:
                pool.restart()
            if limit is not None and time.monotonic() - start >= limit:
                return died_record(task, f"cleaning took longer than the time budget of "
                                         f"{options_of(choose).time_budget:g} s; its worker was stopped")
            what = "the worker process died" if isinstance(e, BrokenProcessPool) else f"{type(e).__name__}: {e}"
            return died_record(task, f"{what} while cleaning this input")

    def collect() -> list[_T]:
        nonlocal held
        chunk, future = pending.popleft()
        held -= sum(_size(task) for task in chunk)
        try:
            return future.result()
        except died:
            # Clean the chunk's tasks one at a time to find the one that kills a worker.
            if pool:
                pool.restart()
            results = [isolated(task) for task in chunk]
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, submit(other))
            return results

    completed = False
    try:
        for chunk in _chunks(tasks, chunksize):
            ready = prepare(chunk)
            pending.append((ready, submit(ready)))
            held += sum(_size(task) for task in ready)
            # Hand out what is done at once (a slow input stream still shows progress);
            # wait only when the window is full: in chunks, or in bytes of pages.
            while pending and (len(pending) >= window or held >= window_bytes or pending[0][1].done()):
                yield collect()
        while pending:
            yield collect()
        completed = True
    finally:
        for _, future in pending:
            future.cancel()
        if pool:
            pool.close(cancel=not completed)


def options_of(choose: CleanerFor) -> CleanOptions:
    """The options of a chooser's Cleaner (the defaults when it shows none)."""
    options = getattr(choose, "options", None) or getattr(getattr(choose, "cleaner", None), "options", None)
    return options if isinstance(options, CleanOptions) else CleanOptions()


def max_bytes_of(choose: CleanerFor) -> int:
    """The input size limit of a chooser's options (the default limit when it has none)."""
    return options_of(choose).max_bytes


def clean_paths(paths: Sequence[str], *, glob: str = "*", jobs: int = 1, options: CleanOptions | None = None,
                fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Clean files and directories (see `discover`); the records, in order.

    >>> [r["outlet"] for r in clean_paths(["seeds/000_98c63ae8037c2311.txt"])]
    ['tempo']
    """
    tasks = file_tasks(discover(paths, glob=glob))
    return [r for chunk in run_tasks(tasks, jobs=jobs, cleaner_for=OneCleaner(options or CleanOptions()),
                                     fields=fields) for r in chunk]


def dumps(record: Mapping[str, Any]) -> str:
    """One JSONL line (no newline): compact, UTF-8 characters kept, always strict JSON
    that encodes as UTF-8.

    A float that is not finite (``NaN``, ``Infinity``: not JSON) becomes ``null``. A
    lone surrogate cannot be UTF-8: one that stands for an undecodable byte of a file
    name (``surrogateescape``, U+DC80-U+DCFF) is written as the text ``\\xff``, any other
    as U+FFFD.
    """
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(record), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub(_surrogate_text, text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_text(m: re.Match[str]) -> str:
    code = ord(m.group())
    # Inside a JSON string: a backslash is written as two.
    return f"\\\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def _finite(value: Any) -> Any:
    """``value`` with every float that is not finite replaced by ``None``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
