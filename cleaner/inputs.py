"""Where a batch's inputs come from: files, directories, stdin, JSONL records.

Each input becomes a `Task`: a file the worker reads (so a pool of processes reads in
parallel), or a page already in memory (stdin, a JSONL record, a Dask item). Inputs
that fail before cleaning (a directory with no match, a malformed JSONL line) become
tasks with an ``error``, so they reach the output as error records, never vanish.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO, Any

from .errors import InputTooLargeError

# Re-exported: batch and learn read inputs through here.
from .reading import STDIN as STDIN
from .reading import read_file as read_file
from .reading import read_page as read_page


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    """One input: a file the worker reads, or a page already in memory.

    ``label`` names the input in its record (``path``): a file path, ``"-"`` for
    stdin, ``"FILE:LINE"`` for a JSONL record. ``keep`` holds a JSONL record's other
    fields, copied to the output; ``error`` marks an input that failed before
    cleaning (a malformed JSONL line) and becomes an error record as it is.
    """

    label: str | None
    path: str | None = None
    data: str | bytes | None = None
    url: str | None = None
    outlet: str | None = None
    keep: Mapping[str, Any] | None = None
    error: str | None = None


#: Where crawlers keep a page's text when they call it neither ``html`` nor ``text``:
#: trafilatura's and newspaper's exports (``text``/``raw_text``, ``maintext`` in
#: news-please), Indonesian news datasets' rows (``content``, ``isi``, ``body``,
#: ``article``, ``berita``: babalenong/Scrapy-Indonesian-News-Articles's spiders yield
#: ``{'judul': ..., 'berita': ...getall()}``, kompas/kompas/spiders/kompas_spider.py @
#: 57d33a2d3ec5f576b193d965b9fe1ae73fd76892). Read, in this order, only when the
#: caller named no text field.
BODY_KEYS: tuple[str, ...] = ("content", "raw_text", "maintext", "body", "article", "isi", "berita")
_TEXT_FIELD = "text"


@dataclass(frozen=True, slots=True, kw_only=True)
class JsonlFields:
    """Where a JSONL record keeps its page: ``html`` is tried first, then ``text``."""

    html: str = "html"
    text: str = _TEXT_FIELD
    url: str = "url"


def discover(inputs: Sequence[str], *, glob: str = "*") -> Iterator[str | Task]:
    """The files named by ``inputs``, in order: files as given, directories walked.

    A directory yields its regular files whose name (or, for a pattern with ``/``,
    whose path tail) matches ``glob``, recursively, sorted, skipping hidden names
    (``.git``, ``.DS_Store``) and not following symbolic links to directories. A
    directory with no match yields an error `Task` rather than nothing, so no input
    disappears silently. Files named on the command line are taken whatever their name.
    """
    for name in inputs:
        if name != STDIN and os.path.isdir(name):
            found = False
            for path in _walk(name, glob):
                found = found or isinstance(path, str)
                yield path
            if not found:
                yield Task(label=name, error=f"no file in this directory matches --glob {glob!r}")
        else:
            yield name


def _walk(top: str, glob: str) -> Iterator[str | Task]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=errors.append):
        while errors:  # a directory os.walk could not list: an error record, not a silent gap
            e = errors.pop(0)
            yield Task(label=os.fsdecode(e.filename) if e.filename is not None else root,
                       error=f"cannot read this directory: {e.strerror or e}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            if not PurePath(os.path.relpath(path, top)).match(glob):
                continue
            try:
                if not stat.S_ISREG(os.stat(path).st_mode):
                    continue  # FIFOs and devices would block or never end
            except OSError:
                pass  # a dangling link: let the worker report it
            yield path
    for e in errors:
        yield Task(label=os.fsdecode(e.filename) if e.filename is not None else top,
                   error=f"cannot read this directory: {e.strerror or e}")


def file_tasks(inputs: Iterable[str | Task], *, stdin: IO[bytes] | None = None,
               max_bytes: int | None = None) -> Iterator[Task]:
    """`Task`s for paths from `discover`; ``-`` reads ``stdin`` (once) in this process,
    at most ``max_bytes`` of it (more is an error task, and the rest is not read)."""
    for item in inputs:
        if isinstance(item, Task):
            yield item
        elif item == STDIN:
            if stdin is None:
                yield Task(label=STDIN, data=b"")
                continue
            try:
                data = read_page(stdin, max_bytes) if max_bytes is not None else stdin.read()
            except InputTooLargeError as e:
                yield Task(label=STDIN, error=str(e))
            except OSError as e:
                yield Task(label=STDIN, error=f"cannot read: {e.strerror or e}")
            else:
                yield Task(label=STDIN, data=data)
        else:
            yield Task(label=item, path=item)


#: A JSONL line may be this many times ``max_bytes`` (JSON escapes: ``\\u00e9`` is six
#: bytes for two of UTF-8; other fields; an HTML and a text field side by side).
LINE_BYTES_PER_PAGE_BYTE = 8


def read_jsonl(inputs: Iterable[str | Task], *, fields: JsonlFields = JsonlFields(),
               stdin: IO[bytes] | None = None, max_bytes: int | None = None) -> Iterator[Task]:
    """One `Task` per record of each JSONL input (``-`` is stdin; ``.gz`` is gunzipped).

    Blank lines are skipped; a line that is not a JSON object with a string page
    field gives an error task labelled ``FILE:LINE``, and so does a file that cannot
    be read. With ``max_bytes`` (the cleaner's page limit), a line longer than
    `LINE_BYTES_PER_PAGE_BYTE` times it is an error task too, and is skipped without
    being held in memory.
    """
    limit = max_bytes * LINE_BYTES_PER_PAGE_BYTE if max_bytes is not None else -1
    for item in inputs:
        if isinstance(item, Task):
            yield item
            continue
        try:
            stream = _open_jsonl(item, stdin)
        except OSError as e:
            yield Task(label=item, error=f"cannot read: {e.strerror or e}")
            continue
        with stream as opened:
            lines = _as_utf8(opened)
            number = 0
            try:
                while line := lines.readline(limit + 1 if limit >= 0 else -1):
                    number += 1
                    label = f"{item}:{number}"
                    if limit >= 0 and len(line) > limit and not line.endswith(b"\n"):
                        size = len(line) + skip_line(lines)
                        yield Task(label=label, error=f"line is {size:,} bytes, over {limit:,} "
                                   f"({LINE_BYTES_PER_PAGE_BYTE} x max_bytes); raise --max-bytes to accept it")
                    elif line.strip():
                        yield task_from_record(line, fields=fields, label=label)
            except (OSError, EOFError) as e:  # truncated gzip, I/O error mid-file
                yield Task(label=f"{item}:{number + 1}", error=f"cannot read: {getattr(e, 'strerror', None) or e}")
            finally:
                if isinstance(lines, _Utf8Lines):
                    lines.release()  # the caller's stdin stays open


def skip_line(stream: IO[bytes] | _Utf8Lines, chunk: int = 1 << 20) -> int:
    """Read past the rest of the current line, a chunk at a time; its length."""
    skipped = 0
    while part := stream.readline(chunk):
        skipped += len(part)
        if part.endswith(b"\n"):
            break
    return skipped


#: Byte-order marks of the UTF-16 and UTF-32 encodings, longest first (UTF-32 LE's
#: opens with UTF-16 LE's), and the codec that reads a stream that opens with one.
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


class _Utf8Lines:
    """A UTF-16 or UTF-32 stream read a line at a time as UTF-8 bytes, as
    `read_jsonl` reads every stream: a JSONL file saved by Windows PowerShell (``>``
    and ``Out-File`` write UTF-16 with its mark) was cut at each byte 0x0A, inside
    the two bytes of a character, and every line was an error record naming a codec
    ("'utf-16-le' codec can't decode byte 0x0a ... truncated data"). ``limit`` counts
    characters here, each one byte at least once re-encoded (a bound all the same)."""

    def __init__(self, stream: IO[bytes], encoding: str) -> None:
        self._text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")

    def readline(self, limit: int = -1) -> bytes:
        # (``newline=""``: a line ends at "\n", "\r\n" or "\r" as it would in bytes,
        # and keeps its end, so a cut line is told from a whole one)
        return self._text.readline(limit).encode("utf-8", "surrogatepass")

    def release(self) -> None:
        """Let go of the stream, unclosed (a text wrapper closes its stream when it goes)."""
        self._text.detach()


def _as_utf8(stream: IO[bytes]) -> IO[bytes] | _Utf8Lines:
    """``stream``, or a reader of its lines as UTF-8 when it opens with a UTF-16 or
    UTF-32 byte-order mark (one peek, or a read and a seek back: a stream that can do
    neither is read as it is)."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        head = peek(4)[:4]
    elif stream.seekable():  # (an in-memory stream: io.BytesIO)
        at = stream.tell()
        head = stream.read(4)
        stream.seek(at)
    else:
        return stream
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return _Utf8Lines(stream, encoding)
    return stream


def _open_jsonl(path: str, stdin: IO[bytes] | None) -> contextlib.AbstractContextManager[IO[bytes]]:
    if path == STDIN:  # not closed after: the caller owns stdin
        return contextlib.nullcontext(stdin) if stdin is not None else open(os.devnull, "rb")
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile is an IO[bytes]
    return open(path, "rb")


def task_from_record(line: str | bytes | Mapping[str, Any], *, fields: JsonlFields = JsonlFields(),
                     label: str | None = None) -> Task:
    """The `Task` for one JSONL record (a line, or a record already parsed).

    The page comes from ``fields.html`` (else ``fields.text``); ``fields.url`` is the
    URL hint. Every other field is kept for the output.
    """
    if isinstance(line, Mapping):
        record: Any = line
    else:
        try:
            record = json.loads(line, parse_constant=_not_json)
        except RecursionError:
            return Task(label=label, error="not a JSON line: nested too deeply")
        except ValueError as e:
            return Task(label=label, error=f"not a JSON line: {json_error(e)}")
    if not isinstance(record, dict):
        return Task(label=label, error=f"a JSON line must be an object, not {type(record).__name__}")
    # An empty or null HTML field does not hide the text scrape beside it.
    body = fields.html if _has_page(record, fields.html) or fields.text not in record else fields.text
    if body not in record and fields.text == _TEXT_FIELD:
        # a crawler's own name for its text field (the caller named none): the first of
        # `BODY_KEYS` the record has as a string
        body = next((k for k in BODY_KEYS if isinstance(record.get(k), str) or _is_lines(record.get(k))), body)
    keep = {k: v for k, v in record.items() if k != body}
    # A lone surrogate in the page becomes U+FFFD when it is decoded; in a kept field or
    # the URL it could be written nowhere as UTF-8, so the record is an error (without them).
    if isinstance(line, Mapping) or (_SURROGATE_ESCAPE.search(line) if isinstance(line, str)
                                     else _SURROGATE_ESCAPE_BYTES.search(line)):
        bad = _lone_surrogate(keep)
        if bad is not None:
            return Task(label=label, error=f"field {bad!a} holds a lone surrogate (U+D800-U+DFFF): "
                        "not valid Unicode")
    if body not in record:
        return Task(label=label, keep=record, error=f"no {fields.html!r} or {fields.text!r} field")
    page = record[body]
    if page is None:
        page = ""
    if _is_lines(page):
        # A scraper's list of the page's text pieces (Scrapy's ``.getall()`` of the
        # story's paragraphs): one line each, as a text scrape prints them.
        page = "\n".join(piece for piece in page if piece)
    if not isinstance(page, str):
        return Task(label=label, keep=keep,
                    error=f"field {body!r} must be a string or a list of strings, not {type(page).__name__}")
    url = record.get(fields.url)
    return Task(label=label, data=page, url=url if isinstance(url, str) else None, keep=keep)


def json_error(e: ValueError) -> str:
    """What is wrong with a JSON line, placed in the line itself: `json`'s own message
    counts the line's end as a line of its own ("Expecting ',' delimiter: line 2
    column 1 (char 39)" for a row cut short, which the file's line 13 holds).

    >>> json_error(json.JSONDecodeError("Expecting ',' delimiter", '{"a": 1\\n', 8))
    "Expecting ',' delimiter at the line's end (a cut line?)"
    >>> json_error(json.JSONDecodeError("Expecting value", '{"a": x}', 6))
    'Expecting value at character 7'
    >>> json_error(json.JSONDecodeError("Unterminated string starting at", '{"a": "xy', 6))
    'Unterminated string starting at character 7'
    """
    if not isinstance(e, json.JSONDecodeError):
        return str(e)
    at = "" if e.msg.endswith(" at") else " at"  # "Unterminated string starting at"
    if e.pos >= len(e.doc.rstrip()):
        return f"{e.msg}{at} the line's end (a cut line?)"
    return f"{e.msg}{at} character {e.pos + 1}"


def _is_lines(value: Any) -> bool:
    """Whether ``value`` is a list of text pieces (``None`` items are empty ones)."""
    return isinstance(value, list) and all(piece is None or isinstance(piece, str) for piece in value)


def _has_page(record: Mapping[str, Any], name: str) -> bool:
    value = record.get(name)
    return not (value is None or value == "")


def _not_json(constant: str) -> Any:
    # json.loads accepts NaN and Infinity, which are not JSON: written back out, they
    # would make the output not JSON either.
    raise ValueError(f"{constant} is not a JSON value")


#: A ``\uD800``-``\uDFFF`` escape: only a line with one can decode to a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE_ESCAPE_BYTES = re.compile(rb"\\u[dD][89a-fA-F]")


def _lone_surrogate(value: Any, key: str = "") -> str | None:
    """The key of the first string (or key) in ``value`` with a lone surrogate."""
    stack = [(key, value)]
    while stack:
        key, value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return key
        elif isinstance(value, dict):
            for k, v in value.items():
                if isinstance(k, str) and _SURROGATE.search(k):
                    return k
                stack.append((key or k, v))
        elif isinstance(value, list):
            stack.extend((key, v) for v in value)
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
