"""Dask: clean a corpus on a cluster (local, Kubernetes, HPC) with plain Dask objects.

Every function returns a lazy ``dask.bag.Bag`` (or DataFrame) of records, the same
records ``python -m cleaner --jsonl`` writes; the cleaning runs in the Dask workers,
which need ``cleaner`` installed. Needs ``pip install 'cleaner-berita[dask]'``.

>>> from cleaner.integrations.dask import clean_files, to_dataframe
>>> records = clean_files("seeds/*.txt", files_per_partition=2)
>>> [r["outlet"] for r in records.compute()][:2]
['tempo', 'kumparan']

With a cluster, connect a ``distributed.Client`` first and call ``.compute()`` (or
``records_json(records).to_textfiles("out/*.jsonl")``) as with any bag.

Without a Client, ``.compute()`` uses Dask's default for bags: a pool of processes
started by *spawn*, which re-imports the running script. A plain script must then
keep its work under ``if __name__ == "__main__":`` (Python's rule for process pools;
without it the run fails with "An attempt has been made to start a new process
before the current process has finished its bootstrapping phase"), as it must for a
``LocalCluster``; or compute with ``scheduler="sync"``/``"threads"`` (one core).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from ..version import DISTRIBUTION

try:
    import dask
    import dask.bag as db
    import fsspec
    from dask.delayed import delayed
except ImportError as e:  # pragma: no cover - depends on the install
    raise ImportError(f"cleaner.integrations.dask needs Dask: pip install '{DISTRIBUTION}[dask]' ({e})") from e

from ..batch import (
    BATCH_TIME_BUDGET,
    CleanerFor,
    JsonlFields,
    OneCleaner,
    Task,
    clean_chunk,
    dumps,
    max_bytes_of,
    read_page,
    task_from_record,
)
from ..errors import CleanerError
from ..inputs import LINE_BYTES_PER_PAGE_BYTE, skip_line
from ..options import CleanOptions
from ..record import RECORD_KEYS

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["DaskSubmitter", "clean_bag", "clean_files", "clean_jsonl", "connect", "records_json", "to_dataframe"]


def _shared(choose: CleanerFor) -> Any:
    """The chooser as one node of the graph, so every task shares it (it is not copied
    into each task: a chooser with learned rule sets is large)."""
    return delayed(choose, pure=True, traverse=False)


def _choose(options: CleanOptions | None, cleaner_for: CleanerFor | None) -> CleanerFor:
    if cleaner_for is not None and options is not None:
        raise ValueError("give options or cleaner_for, not both")
    # A batch's default time budget: one slow page must not stall a task for long.
    return cleaner_for or OneCleaner(options or CleanOptions(time_budget=BATCH_TIME_BUDGET))


def clean_bag(bag: db.Bag, *, options: CleanOptions | None = None, cleaner_for: CleanerFor | None = None,
              fields: Sequence[str] | None = None, jsonl_fields: JsonlFields | None = None) -> db.Bag:
    """Clean a bag of pages into a bag of records, partition by partition.

    Each item is a page (``str`` or ``bytes``: its record has ``path: None``) or a
    record as crawlers write them (a ``dict`` such as ``{"url": ..., "html": ...}``:
    its other fields are kept, as with ``--input-format jsonl``).
    """
    return bag.map_partitions(_clean_items, _shared(_choose(options, cleaner_for)), fields,
                              jsonl_fields or JsonlFields())


def _clean_items(items: Iterable[Any], cleaner_for: CleanerFor, fields: Sequence[str] | None,
                 jsonl_fields: JsonlFields) -> list[dict[str, Any]]:
    return clean_chunk([_task(item, jsonl_fields) for item in items], cleaner_for, fields)


def _task(item: Any, jsonl_fields: JsonlFields) -> Task:
    if isinstance(item, str | bytes):
        return Task(label=None, data=item)
    if isinstance(item, Mapping):
        return task_from_record(item, fields=jsonl_fields)
    if isinstance(item, Task):
        return item
    return Task(label=None, error=f"expected a page (str or bytes) or a record (dict), not {type(item).__name__}")


def clean_files(urlpath: str | Sequence[str], *, glob: str = "*", files_per_partition: int | None = None,
                options: CleanOptions | None = None, cleaner_for: CleanerFor | None = None,
                fields: Sequence[str] | None = None, storage_options: Mapping[str, Any] | None = None) -> db.Bag:
    """Clean files, one page each: paths, globs (``corpus/**/*.html``) or directories,
    on any file system fsspec reads (local, ``s3://``, ``gs://``, ...).

    A directory gives its files matching ``glob`` recursively (hidden names skipped),
    as the CLI does. The workers read the files, so they must see them (a shared or
    remote file system). Records are in path order and start with ``path``; a file
    that cannot be read gives an error record. A glob matching nothing raises
    `FileNotFoundError`. Paths are written as given: relative to the working
    directory when ``urlpath`` is relative, as the CLI writes them.

    ``files_per_partition`` defaults to an even split into about 32 partitions (at
    least one file and at most 64 each), so a few hundred files still keep a cluster busy.
    """
    fs, paths = _expand(urlpath, glob, storage_options)
    labels = _labels(fs, urlpath, paths)
    if files_per_partition is None:
        files_per_partition = max(1, min(64, -(-len(paths) // 32)))
    choose = _shared(_choose(options, cleaner_for))
    groups = [list(zip(paths[i:i + files_per_partition], labels[i:i + files_per_partition], strict=True))
              for i in range(0, len(paths), files_per_partition)]
    parts = [delayed(_clean_files, pure=True)(fs, group, choose, fields) for group in groups]
    return db.from_delayed(parts)


def _labels(fs: fsspec.AbstractFileSystem, urlpath: str | Sequence[str], paths: Sequence[str]) -> list[str]:
    """How the records name the files: a remote file by its URL; a local one relative to
    the working directory when every path was given relative (fsspec makes them absolute)."""
    if "file" not in _protocols(fs):
        return [fs.unstrip_protocol(p) for p in paths]
    given = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    if all("://" not in g and not os.path.isabs(g) for g in given):
        return [os.path.relpath(p) for p in paths]
    return list(paths)


def _protocols(fs: fsspec.AbstractFileSystem) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _expand(urlpath: str | Sequence[str], glob: str,
            storage_options: Mapping[str, Any] | None) -> tuple[fsspec.AbstractFileSystem, list[str]]:
    fs: fsspec.AbstractFileSystem | None = None
    out: list[str] = []
    for one in [urlpath] if isinstance(urlpath, str) else list(urlpath):
        fs, _, paths = fsspec.core.get_fs_token_paths(one, storage_options=dict(storage_options or {}))
        if not paths:
            raise FileNotFoundError(f"no file matches {one}")
        for path in paths:
            if fs.isdir(path):
                found = [p for p in sorted(fs.find(path)) if _wanted(PurePosixPath(p).relative_to(path), glob)]
                if not found:
                    raise FileNotFoundError(f"no file in {path} matches {glob!r}")
                out.extend(found)
            else:
                out.append(path)
    assert fs is not None
    return fs, out


def _wanted(relative: PurePosixPath, glob: str) -> bool:
    return not any(part.startswith(".") for part in relative.parts) and relative.match(glob)


def _clean_files(fs: fsspec.AbstractFileSystem, group: list[tuple[str, str]], cleaner_for: CleanerFor,
                 fields: Sequence[str] | None) -> list[dict[str, Any]]:
    tasks = []
    max_bytes = max_bytes_of(cleaner_for)
    for path, label in group:
        try:
            with fs.open(path, "rb") as f:
                data = read_page(f, max_bytes)
        except OSError as e:
            tasks.append(Task(label=label, error=f"cannot read: {e.strerror or e}"))
        except CleanerError as e:
            tasks.append(Task(label=label, error=str(e)))
        else:
            tasks.append(Task(label=label, data=data))
    return clean_chunk(tasks, cleaner_for, fields)


def clean_jsonl(urlpath: str | Sequence[str], *, jsonl_fields: JsonlFields | None = None,
                options: CleanOptions | None = None, cleaner_for: CleanerFor | None = None,
                fields: Sequence[str] | None = None, storage_options: Mapping[str, Any] | None = None,
                lines_per_partition: int | None = None) -> db.Bag:
    """Clean JSONL files of records (``{"url": ..., "html": ...}`` or ``{"text": ...}``).

    One partition per file (``.gz`` and other compressions are inferred), or, with
    ``lines_per_partition``, one per that many lines of an uncompressed file (the
    client reads the file once to find where they start: one large crawl file then
    keeps a cluster busy). The output records keep each input record's fields as the
    CLI does (`cleaner.batch.kept_fields`). A line that is not such a record, or a
    file that cannot be read, gives an error record labelled ``FILE:LINE``.
    """
    if lines_per_partition is not None and lines_per_partition < 1:
        raise ValueError(f"lines_per_partition must be at least 1, not {lines_per_partition}")
    fs, paths = _expand(urlpath, "*", storage_options)
    choose = _shared(_choose(options, cleaner_for))
    jf = jsonl_fields or JsonlFields()
    parts = []
    for path, label in zip(paths, _labels(fs, urlpath, paths), strict=True):
        ranges = _line_ranges(fs, path, lines_per_partition) if lines_per_partition else None
        if not ranges:
            parts.append(delayed(_clean_jsonl_file, pure=True)(fs, path, label, choose, fields, jf))
            continue
        for start, end, first in ranges:
            parts.append(delayed(_clean_jsonl_file, pure=True)(fs, path, label, choose, fields, jf,
                                                              start, end, first))
    return db.from_delayed(parts)


def _line_ranges(fs: fsspec.AbstractFileSystem, path: str, lines: int) -> list[tuple[int, int, int]] | None:
    """``(start byte, end byte, number of the first line)`` for every ``lines`` lines of
    an uncompressed file; ``None`` for a compressed one (read whole, one partition)."""
    if fsspec.utils.infer_compression(path) is not None:
        return None
    starts, offset, number = [(0, 1)], 0, 0
    with fs.open(path, "rb") as f:
        for line in f:
            number += 1
            offset += len(line)
            if number % lines == 0:
                starts.append((offset, number + 1))
    ranges = [(a, b, first) for (a, first), (b, _) in zip(starts, [*starts[1:], (offset, 0)], strict=True)]
    return [r for r in ranges if r[1] > r[0]] or [(0, 0, 1)]


def _clean_jsonl_file(fs: fsspec.AbstractFileSystem, path: str, label: str, cleaner_for: CleanerFor,
                      fields: Sequence[str] | None, jsonl_fields: JsonlFields, start: int = 0,
                      end: int | None = None, first: int = 1) -> list[dict[str, Any]]:
    """Clean the lines of ``path`` (or its bytes ``start`` to ``end``, whose first line is
    line ``first``)."""
    tasks: list[Task] = []
    number = first - 1
    # A line is read up to its limit, as the CLI does: one huge line is an error record,
    # skipped without being held in memory.
    limit = max_bytes_of(cleaner_for) * LINE_BYTES_PER_PAGE_BYTE
    try:
        with fs.open(path, "rb", compression=None if end is not None else "infer") as f:
            if start:
                f.seek(start)
            left = None if end is None else end - start  # bytes of this partition
            while (left is None or left > 0) and (line := f.readline(limit + 1)):
                if left is not None:
                    left -= len(line)
                number += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    skipped = skip_line(f)
                    size = len(line) + skipped
                    if left is not None:
                        left -= skipped
                    tasks.append(Task(label=f"{label}:{number}", error=f"line is {size:,} bytes, over {limit:,} "
                                      f"({LINE_BYTES_PER_PAGE_BYTE} x max_bytes)"))
                elif line.strip():
                    tasks.append(task_from_record(line, fields=jsonl_fields, label=f"{label}:{number}"))
    except (OSError, EOFError) as e:
        tasks.append(Task(label=f"{label}:{number + 1}", error=f"cannot read: {getattr(e, 'strerror', None) or e}"))
    return clean_chunk(tasks, cleaner_for, fields)


def to_dataframe(records: db.Bag, *, fields: Sequence[str] | None = None, keep: Sequence[str] = ()) -> dd.DataFrame:
    """A Dask DataFrame of records: ``keep`` (input fields of JSONL records), ``path``,
    the record keys (or ``fields``), ``reason``, ``warnings`` and ``error``.

    Every column has dtype ``object`` (lists stay lists; a missing value is ``None``).
    """
    import dask.dataframe as dd

    columns = [*keep, "path", *(fields or RECORD_KEYS), "reason", "warnings", "error"]
    meta = _frame([], columns)
    parts = [delayed(_frame, pure=True)(part, columns) for part in records.to_delayed()]
    # Dask would turn every object column into a string column, lists included.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_delayed(parts, meta=meta, verify_meta=False)


def _frame(records: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> Any:
    import pandas as pd

    # dtype=object on every column: lists stay lists and a missing value stays None
    # (pandas would make it NaN, or guess a string dtype).
    return pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype=object) for c in columns})


class DaskSubmitter:
    """A ``distributed.Client`` seen as an executor for `cleaner.batch.run_tasks`."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        # pure=False: identical chunks (duplicate pages) are still separate tasks, and
        # Dask need not hash every page to name the task.
        return self.client.submit(fn, *args, pure=False)

    def share(self, obj: Any) -> Any:
        """Send ``obj`` (the chooser) to every worker once; tasks then take it by reference.
        A worker whose replica Dask's active memory manager dropped (it does while no
        task waits for the data) fetches it again, and gets the copy it already holds
        (`OncePerProcess`)."""
        return self.client.scatter(OncePerProcess(obj), broadcast=True, hash=False)

    def close(self) -> None:
        self.client.close()


class OncePerProcess:
    """A chooser (`cleaner.batch.CleanerFor`) that is one object in each process: when
    unpickled where a copy with the same token already lives, it is that copy. So the
    cleaners it builds and caches are built once per worker, however often the worker
    receives it."""

    __slots__ = ("token", "value")

    def __init__(self, value: CleanerFor, token: str | None = None) -> None:
        import uuid

        self.value = value
        self.token = token or uuid.uuid4().hex

    def __call__(self, task: Any) -> Any:
        return self.value(task)

    def __reduce__(self) -> tuple[Callable[[str, CleanerFor], OncePerProcess], tuple[str, CleanerFor]]:
        return _held, (self.token, self.value)


#: The `OncePerProcess` copies this process holds, newest last (a few: one per run).
_HELD: dict[str, OncePerProcess] = {}
_HELD_MAX = 16


def _held(token: str, value: CleanerFor) -> OncePerProcess:
    """The copy of the chooser ``token`` this process holds (``value`` when it is the first)."""
    got = _HELD.get(token)
    if got is None:
        got = _HELD[token] = OncePerProcess(value, token)
        while len(_HELD) > _HELD_MAX:
            del _HELD[next(iter(_HELD))]
    return got


def connect(address: str, *, timeout: float | str | None = None) -> tuple[DaskSubmitter, int]:
    """Connect to the Dask scheduler at ``address``; the submitter and its worker threads.

    ``timeout`` defaults to Dask's ``distributed.comm.timeouts.connect`` setting (set
    it with ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s``).
    """
    from distributed import Client
    from distributed.comm.addressing import get_address_host_port, normalize_address

    # A malformed address fails inside Client() after it has started, and the half-made
    # client then blocks for a minute on its way out: check the address first.
    get_address_host_port(normalize_address(address))
    if timeout is None:
        timeout = dask.config.get("distributed.comm.timeouts.connect")
    client = Client(address, timeout=timeout, set_as_default=False)
    try:
        threads = sum(client.nthreads().values())
    except Exception:
        client.close()
        raise
    return DaskSubmitter(client), max(threads, 1)


def records_json(records: db.Bag) -> db.Bag:
    """The records as JSONL lines (for ``.to_textfiles("out/*.jsonl")``)."""
    # `dumps`: strict JSON that encodes as UTF-8 (no NaN; no lone surrogate to fail the write).
    return records.map(dumps)
